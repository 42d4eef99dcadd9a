"""Which letters answer a question over several letters: letter-level evidence, both kinds."""

from __future__ import annotations

import re

import pytest

from rag.answer import query
from rag.answer.catalog import Catalog, Named
from rag.answer.issuers import issuers_of_class
from rag.answer.letters_search import (
    asks_only_names,
    choose_letters,
    names_hold_evidence,
    only_names,
    which_named,
)
from rag.answer.rank import Ranked
from rag.models import Chunk
from rag.settings import Settings


def _chunk(letter: str, n: int, text: str = "……", part: str = "body") -> Chunk:
    return Chunk(
        chunk_id=f"{letter}-{n}",
        letter_id=letter,
        source=f"{letter}.txt",
        ordinal=n,
        section="一、工作开展情况",
        part=part,
        text=text,
        header="",
        start=0,
        end=1,
    )


def _found(letters: dict[str, tuple[float, float]], has_terms: bool = True) -> Ranked:
    """Letter → (keyword coverage, cosine) of its one chunk; ranked as given."""
    chunks = {f"{letter}-0": _chunk(letter, 0) for letter in letters}
    ranked = list(chunks)
    covered = {cid: letters[chunks[cid].letter_id][0] for cid in ranked}
    dense = [(chunks[cid], letters[chunks[cid].letter_id][1]) for cid in ranked]
    scores = {cid: 1.0 / (i + 1) for i, cid in enumerate(ranked)}
    return Ranked(chunks, ranked, scores, covered, has_terms, dense, None, Named(None), None)


SETTINGS = Settings(letters_min_share=0.5, letters_dense_knee=0.7, letters_dense_floor=0.1)
# Cosines of one question sit in a narrow band: only the place in the spread tells.
LETTERS = {
    "a": (1.00, 0.920),  # holds the question's words, nearest by meaning
    "b": (0.14, 0.912),  # says it in other words: near the top by meaning, few of the words
    "c": (0.60, 0.880),  # holds enough of the words
    "d": (0.00, 0.918),  # near by meaning but holds none of the words
    "e": (0.10, 0.885),  # a word or two, far by meaning
    "f": (0.00, 0.884),
    "g": (0.05, 0.883),
}


def test_a_letter_is_answered_by_its_words_or_by_meaning_with_some_of_them() -> None:
    chosen = choose_letters(_found(LETTERS), SETTINGS)
    assert [cid.split("-")[0] for cid in chosen] == ["a", "b", "c"]


def test_without_the_dense_knee_only_coverage_counts() -> None:
    settings = SETTINGS.model_copy(update={"letters_dense_knee": 2.0})
    assert [c.split("-")[0] for c in choose_letters(_found(LETTERS), settings)] == ["a", "c"]


def test_at_most_letters_max() -> None:
    settings = SETTINGS.model_copy(update={"letters_max": 2})
    assert len(choose_letters(_found(LETTERS), settings)) == 2


def test_a_question_without_terms_gets_the_best_three_letters() -> None:
    assert len(choose_letters(_found(LETTERS, has_terms=False), SETTINGS)) == 3


def test_a_question_asking_for_no_more_than_the_names_gets_every_letter_searched() -> None:
    chosen = choose_letters(_found(LETTERS), SETTINGS, every=True)
    assert [cid.split("-")[0] for cid in chosen] == list(LETTERS)


def test_terms_written_in_the_names_ask_for_nothing_more() -> None:
    names = ["重庆市科学技术局", "岳阳市科学技术局", "岳阳市"]
    assert only_names(["科技", "科技局"], names)  # 科学技术局, shortened
    assert only_names(["岳阳", "科技局"], names)
    assert not only_names(["科技局", "人才"], names)  # a topic besides
    assert not only_names(["技科"], names)  # not in the name's order


def test_every_named_letter_answers_only_when_each_ones_own_name_says_what_is_asked() -> None:
    catalog = Catalog.of(
        [
            {"letter_id": "a", "issuer": "岳阳市科学技术局", "proposal_no": "1"},
            {"letter_id": "b", "issuer": "岳阳市教育局", "proposal_no": "2"},
            {"letter_id": "c", "issuer": "重庆市科学技术局", "proposal_no": "3"},
        ]
    )
    known = lambda term: True  # noqa: E731
    assert asks_only_names(catalog, {"a", "c"}, "科技局的答复函有哪些？", known)
    assert asks_only_names(catalog, {"a", "b"}, "岳阳市的答复函有哪些？", known)
    # Yueyang's letters, but a topic only one of their names holds: found by its words
    assert not asks_only_names(catalog, {"a", "b"}, "岳阳市关于科技的答复函有哪些？", known)
    assert not asks_only_names(catalog, {"a"}, "岳阳市的答复函有哪些？", known)  # one letter


def test_named_letters_that_hold_the_words_keep_their_narrowing() -> None:
    assert names_hold_evidence(_found(LETTERS), {"a", "e"}, SETTINGS)
    assert names_hold_evidence(_found(LETTERS), {"c"}, SETTINGS)


def test_named_letters_far_worse_than_the_best_letter_are_a_misreading() -> None:
    # "Which letters discuss food safety supervision?" read as a public security bureau.
    assert not names_hold_evidence(_found(LETTERS), {"b", "e"}, SETTINGS)
    assert not names_hold_evidence(_found(LETTERS), {"zz"}, SETTINGS)


def _letter_of_two(contact: Chunk, body: Chunk) -> Ranked:
    """Letter a's contact line covers the question fully, its body half; letter b is far."""
    other = _chunk("b", 0)
    chunks = {c.chunk_id: c for c in (contact, body, other)}
    ranked = list(chunks)
    covered = {contact.chunk_id: 1.0, body.chunk_id: 0.5, other.chunk_id: 0.1}
    dense = [(c, 0.9) for c in chunks.values()]
    scores = {cid: 1.0 / (i + 1) for i, cid in enumerate(ranked)}
    return Ranked(chunks, ranked, scores, covered, True, dense, None, Named(None), None)


def test_a_letter_is_quoted_from_its_body_not_from_its_contact_line() -> None:
    # "哪些答复函涉及中小企业？": the contact line names 中小企业服务处, but an answer never
    # quotes a contact line, so the letter would vanish from the answer.
    contact = _chunk("a", 9, "（联系人：中小企业服务处 李想，联系电话：023-61234567）", "closing")
    body = _chunk("a", 2, "为500家中小企业免费提供网络安全评估服务。")
    assert choose_letters(_letter_of_two(contact, body), SETTINGS) == ["a-2"]


def test_a_letter_with_nothing_quotable_among_its_chunks_is_not_answered() -> None:
    signoff = _chunk("a", 9, "此答复函已经张立新主任审签。感谢您对卫生健康工作的关心和支持。")
    salutation = _chunk("a", 1, "王晓颖委员:", "salutation")
    assert choose_letters(_letter_of_two(signoff, salutation), SETTINGS) == ["b-0"]


def test_a_kind_of_office_named_as_the_author_names_every_bureau_of_that_kind() -> None:
    issuers = ["重庆市科学技术局", "岳阳市科学技术局", "重庆市教育委员会", "衢州市衢江区教育局"]
    issuers += ["重庆市卫生健康委员会", "高平市卫生健康和体育局", "重庆市黔江区财政局"]
    education = ["衢州市衢江区教育局", "重庆市教育委员会"]
    assert issuers_of_class("教育部门出具的答复函都回应了哪些问题？", issuers) == education
    assert issuers_of_class("科技部门的答复函有哪些？", issuers) == [
        "岳阳市科学技术局",
        "重庆市科学技术局",
    ]  # its characters in the name's order, as a short name's are
    assert issuers_of_class("各地卫生健康部门分别答复了哪些问题？", issuers) == [
        "重庆市卫生健康委员会",
        "高平市卫生健康和体育局",
    ]
    # Words before the kind are read off by what the names hold.
    assert issuers_of_class("请问教育部门的答复函有哪些？", issuers) == education
    # A department the letters mention is their topic, not their author.
    assert issuers_of_class("哪些答复函提到要会同财政部门？", issuers) == []
    assert issuers_of_class("财政部门的支持力度有多大？", issuers) == []
    # …and 部门 is no word of an issuer's name: "交通部门的答复函" asks for no more.
    catalog = Catalog.of(
        [
            {"letter_id": "a", "issuer": "宁陕县交通局", "proposal_no": "37"},
            {"letter_id": "b", "issuer": "子洲县交通运输局", "proposal_no": "14"},
        ]
    )
    known = lambda term: True  # noqa: E731
    assert asks_only_names(catalog, {"a", "b"}, "交通部门的答复函有哪些？", known)
    assert not asks_only_names(catalog, {"a", "b"}, "交通部门关于路灯的答复函有哪些？", known)


@pytest.mark.parametrize(
    "question",
    [
        "教育部门出具的答复函都回应了哪些问题？",
        "教育部门分别答复了哪些问题？",
        "教育系统都收到了哪些建议？",
        "What kinds of proposals did the education commissions reply to?",
    ],
)
def test_what_the_named_letters_answered_asks_for_every_one_of_them(question: str) -> None:
    assert query.asks_letters(question) and query.asks_subjects(question)
    catalog = Catalog.of(
        [
            {"letter_id": "a", "issuer": "重庆市教育委员会", "proposal_no": "1"},
            {"letter_id": "b", "issuer": "衢州市衢江区教育局", "proposal_no": "2"},
        ]
    )
    known = lambda term: True  # noqa: E731
    assert asks_only_names(catalog, {"a", "b"}, question, known)
    # …but asked of a topic besides, the letters are those that hold its words
    topical = re.sub("(教育(?:部门|系统))", r"\1在课后服务方面", question)
    topical = topical.replace("reply to?", "reply to about after-school care?")
    assert not asks_only_names(catalog, {"a", "b"}, topical, known)


def test_which_letters_on_a_topic_do_not_ask_what_each_one_answers() -> None:
    for question in [
        "哪些答复函涉及路灯？",
        "Which letters discuss street lights?",
        "What issues did the letters raise about talent evaluation?",
        "What issues did the bureaus say they would tackle first?",
    ]:
        assert not query.asks_subjects(question), question


def test_a_kind_of_office_names_its_letters_only_when_nothing_else_is_asked() -> None:
    catalog = Catalog.of(
        [
            {"letter_id": "a", "issuer": "宁陕县交通局", "proposal_no": "37"},
            {"letter_id": "b", "issuer": "子洲县交通运输局", "proposal_no": "14"},
            {"letter_id": "c", "issuer": "神山镇人民政府", "proposal_no": "9"},
            {"letter_id": "d", "issuer": None, "proposal_no": "56"},
        ]
    )
    known = lambda term: True  # noqa: E731
    anywhere = Named(None)
    named, every = which_named(catalog, anywhere, "交通部门的答复函有哪些？", known, True)
    assert named.ids == {"a", "b"} and every
    # A topic besides: the letters on it answer, a town's and an unknown issuer's among them.
    topical = "哪些答复函涉及农村公路的修建？各地交通部门是怎么答复的？"
    named, every = which_named(catalog, anywhere, topical, known, True)
    assert named.ids is None and not every
    # Not a which-letters question: its names are left as they are.
    assert which_named(catalog, anywhere, "交通部门的答复函有哪些？", known, False) == (
        anywhere,
        False,
    )
