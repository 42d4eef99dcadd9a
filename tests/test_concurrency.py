"""Load through the Python API: 20 threads sharing one ReplyLetterQA get the answers a
single thread gets, and questions keep being answered while an ingest is writing."""

from __future__ import annotations

import re
import shutil
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import CORPUS, REFERENCE_LETTER
from index_checks import assert_index_consistent
from langchain_core.embeddings import Embeddings

import rag.index.store
from rag import Answer, ReplyLetterQA, Settings
from rag.index.embed import E5Embeddings

SYNTHETIC = CORPUS / "synthetic"
QUESTIONS = [
    "市科技局下一步在人才评价方面会做什么？",
    "What will the Chongqing Science and Technology Bureau do about talent evaluation?",
    "第0798号提案是谁提出的？",
    "重庆市科技局的答复函由谁审签？",
    "市科技局在科技服务能级提升方面开展了哪些工作？",
    "第0215号提案答复中提到了哪些就业措施？",
    "市人力社保局下一步有哪些工作重点？",
    "第0412号提案答复讲了什么？",
    "公交线路优化有什么安排？",
    "市教委在校园足球方面做了什么？",
]


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The reference letter and two synthetic letters, indexed with the real embeddings."""
    folder = tmp_path_factory.mktemp("letters")
    shutil.copy(REFERENCE_LETTER, folder)
    for name in ("synthetic-cqrsj-0215.txt", "synthetic-cqjw-0412.txt"):
        shutil.copy(SYNTHETIC / name, folder)
    settings = Settings(home=tmp_path_factory.mktemp("home"))
    report = ReplyLetterQA(settings, embeddings=E5Embeddings(settings)).ingest([folder])
    assert report.ok and len(report.added) == 3
    return settings


def summary(answer: Answer) -> tuple:
    """What a user sees: the text, refusal, and each citation's passage and quote."""
    return answer.text, answer.refused, [(c.chunk_id, c.quote) for c in answer.citations]


def assert_well_formed(answer: Answer) -> None:
    assert isinstance(answer, Answer) and answer.text
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert answer.refused or markers == set(range(1, len(answer.citations) + 1))


def test_20_concurrent_questions_get_the_sequential_answers(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    sequential = ReplyLetterQA(settings)
    expected = [summary(sequential.ask(q)) for q in QUESTIONS * 2]

    opened: list[object] = []
    real_open_store = rag.index.store.open_store

    def counting_open_store(*args, **kwargs):
        opened.append(args)
        return real_open_store(*args, **kwargs)

    monkeypatch.setattr(rag.index.store, "open_store", counting_open_store)
    shared = ReplyLetterQA(settings)  # fresh: nothing opened yet, all 20 race to open it
    start = threading.Barrier(20)

    def ask(question: str) -> Answer:
        start.wait()
        return shared.ask(question)

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(ask, QUESTIONS * 2, timeout=300))

    for question, answer, want in zip(QUESTIONS * 2, answers, expected, strict=True):
        assert_well_formed(answer)
        assert summary(answer) == want, question
    assert len(opened) == 1, f"one ReplyLetterQA opened the store {len(opened)} times"
    talent = answers[0]
    assert not talent.refused and any("人才队伍" in c.section for c in talent.citations)


class GatedEmbeddings(Embeddings):
    """Real embeddings whose document embedding waits at a gate: an ingest parked mid-write."""

    def __init__(self, inner: E5Embeddings) -> None:
        self.inner = inner
        self.writing = threading.Event()
        self.open = threading.Event()

    @property
    def model_id(self) -> str:
        return self.inner.model_id

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.writing.set()
        assert self.open.wait(300), "the gate was never opened"
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def test_questions_are_answered_while_an_ingest_writes(settings: Settings, tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(SYNTHETIC / "synthetic-cqjxw-0563.txt", extra)
    gate = GatedEmbeddings(E5Embeddings(settings))
    qa = ReplyLetterQA(settings, embeddings=gate)
    before = qa.ask(QUESTIONS[0])
    assert_well_formed(before)

    reports: list = []
    ingesting = threading.Thread(target=lambda: reports.append(qa.ingest([extra])))
    ingesting.start()
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        assert gate.writing.wait(120), "the ingest never reached the store"
        # The ingest is now inside the store's write, parked at the gate: it cannot finish
        # until we open it, so any answer we get here was given during the ingest. (A
        # reader that waited for the writer would wait here forever: the bound is generous.)
        during = pool.submit(lambda: [qa.ask(q) for q in QUESTIONS[:4]])
        answers = during.result(timeout=120)
        assert ingesting.is_alive()
        for answer in answers:
            assert_well_formed(answer)
        assert summary(answers[0]) == summary(before)
    finally:
        gate.open.set()
        pool.shutdown()
    # And while it really writes (Chroma, then BM25, then the manifest): keep asking.
    errors: list[BaseException] = []
    while ingesting.is_alive():
        try:
            assert_well_formed(qa.ask(QUESTIONS[len(errors) % len(QUESTIONS)]))
        except BaseException as exc:  # noqa: BLE001 (collected and reported below)
            errors.append(exc)
    ingesting.join()
    assert not errors, errors[:3]
    [report] = reports
    assert report.ok and len(report.added) == 1

    assert_index_consistent(settings, gate.inner)
    new = qa.ask("第0563号提案答复中提到了哪些措施？")
    assert not new.refused and {c.source for c in new.citations} == {"synthetic-cqjxw-0563.txt"}
