"""An English word the dictionary renders two ways is one word of the question: a letter
writes one of its renderings, and that is the word found, not half of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag import ReplyLetterQA, Settings
from rag.answer.bilingual import translate, translation_groups
from rag.answer.rank import coverage
from rag.answer.terms import alike_terms
from rag.models import Chunk

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
TALENT = "What will the bureau do about talent evaluation and technology services?"


def everything(term: str) -> bool:
    return True


def chunk(text: str) -> Chunk:
    return Chunk(
        chunk_id="c", letter_id="l", source="s.txt", ordinal=0, section="", part="body",
        text=text, header="", start=0, end=len(text),
    )  # fmt: skip


def test_translate_is_its_groups_one_after_another() -> None:
    groups = translation_groups(TALENT, everything)
    assert translate(TALENT, everything) == [t for group in groups for t in group]
    # "technology" is 技术 or 科技: one word, two renderings
    assert any({"技术", "科技"} <= set(group) for group in groups)


def test_only_renderings_of_one_word_are_alike() -> None:
    held = "健全科技服务人才评价激励机制,组织开展技术经纪专业职称评审工作"
    alike = alike_terms(TALENT, held.__contains__)
    assert alike["技术"] == alike["科技"]
    assert all(term in held for term in alike)  # only words the letters hold
    assert alike_terms("科技服务人才评价", held.__contains__) == {}  # Chinese: terms are words


def test_a_word_is_found_when_the_letter_writes_one_of_its_renderings() -> None:
    weights = {"技术": 2.0, "科技": 1.0, "人才": 3.0}
    alike = {"技术": 0, "科技": 0}
    written = chunk("健全科技服务人才评价激励机制")  # 科技, not 技术
    assert coverage(weights, written) == pytest.approx(4.0 / 6.0)
    assert coverage(weights, written, alike) == 1.0
    # the word weighs as its commonest rendering: finding 科技 is not credited as 技术
    assert coverage(weights, chunk("科技"), alike) == pytest.approx(1.0 / 4.0)
    assert coverage(weights, chunk("评价"), alike) == 0.0


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    qa = ReplyLetterQA(Settings(home=tmp_path_factory.mktemp("home"), openai_api_key=None))
    letters = sorted(CORPUS.glob("*.txt")) + sorted((CORPUS / "synthetic").glob("*.txt"))
    assert qa.ingest(letters).ok
    return qa


def test_an_english_which_letters_question_finds_its_letter(qa: ReplyLetterQA) -> None:
    # each word reads as two words the letters hold (deal: 处理 or 从事, residential: 居民
    # or 区 …): counted apart, a passage holding one of each held about half the question,
    # and it was refused
    answer = qa.ask("Which letters deal with problems in old residential compounds?")
    assert not answer.refused
    assert answer.citations[0].proposal_no == "0688"


def test_an_english_question_about_nothing_the_letters_say_is_still_refused(
    qa: ReplyLetterQA,
) -> None:
    assert qa.ask("What is the weather forecast for Chongqing this weekend?").refused
