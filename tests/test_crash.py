"""Crash safety: an ingest killed with SIGKILL midway, then run again, ends in exactly the
index a clean ingest builds — no duplicate or orphan chunks, no letter lost.

The killed ingest is a real child process that SIGKILLs itself at a chosen point (after N
letters reached Chroma, mid-way through swapping the BM25 index, or while the manifest's
temporary file is half written), so the crash is real and lands in the same place every
time. HashEmbeddings keep the 30-letter runs fast; crash safety does not depend on meaning.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from index_checks import assert_index_consistent

from rag import ReplyLetterQA, Settings
from rag.eval.synth import synth_letters, write_letters
from rag.index.chunk import chunk_letter
from rag.index.embed import HashEmbeddings
from rag.letters.parse import load_letter

LETTERS = 30
# A small embedding batch makes Chroma writes land letter by letter (8 batches per write).
BATCH = 4

CHILD = r"""
import os, signal, sys
from pathlib import Path

import rag.index.keyword
import rag.index.ledger
from rag import ReplyLetterQA, Settings
from rag.index.embed import HashEmbeddings

home, folder, point, after = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])

def die():
    os.kill(os.getpid(), signal.SIGKILL)

def progress(name, done, total):
    if point == "chroma" and done >= after:
        die()  # `after` letters have reached Chroma; BM25 and the manifest are not written

if point == "bm25-swap":  # the old index moved aside, the new one not yet in place
    real_replace = os.replace
    def replace(src, dst):
        real_replace(src, dst)
        if str(dst).endswith("bm25.old"):
            die()
    rag.index.keyword.os.replace = replace

if point == "manifest":  # the manifest's temporary file half written
    def write_atomic(path, text):
        if path.name == "manifest.json":
            temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
            temporary.write_text(text[: len(text) // 2], encoding="utf-8")
            die()
        rag.index.keyword.write_atomic(path, text)
    rag.index.ledger.write_atomic = write_atomic

qa = ReplyLetterQA(Settings(home=home, embedding_batch={BATCH}), embeddings=HashEmbeddings())
qa.ingest([folder], progress=progress)
print("finished without being killed")
""".replace("{BATCH}", str(BATCH))


def settings(home: Path) -> Settings:
    return Settings(home=home, embedding_batch=BATCH)


def ingest(home: Path, folder: Path):
    qa = ReplyLetterQA(settings(home), embeddings=HashEmbeddings())
    return qa, qa.ingest([folder])


def killed_ingest(home: Path, folder: Path, point: str, after: int = 0) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(home), str(folder), point, str(after)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stdout, done.stderr)


def expected_chunks(folder: Path) -> dict[str, list[str]]:
    """What a clean ingest indexes: file name → the chunk ids of its letter, sorted."""
    budget = settings(Path()).chunk_tokens
    return {
        path.name: sorted(c.chunk_id for c in chunk_letter(load_letter(path), budget))
        for path in sorted(folder.glob("*.txt"))
    }


def edit(folder: Path) -> None:
    """Edit 8 letters, delete 3 and add 5: a re-ingest that adds, replaces and removes."""
    files = sorted(folder.glob("*.txt"))
    for path in files[:8]:
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace("下一步", "下一步（修订）", 1), encoding="utf-8")
    for path in files[-3:]:
        path.unlink()
    for letter in synth_letters(5, start=LETTERS):
        (folder / letter.file_name).write_text(letter.text, encoding="utf-8")


def change_after_the_crash(folder: Path) -> None:
    """The user edits a letter the killed run had already written, and deletes another:
    the chunks the killed run wrote for them now belong to no file."""
    first, second = sorted(folder.glob("*.txt"))[:2]
    first.write_text(first.read_text(encoding="utf-8") + "\n附件：联系人名单。\n", encoding="utf-8")
    second.unlink()


def assert_recovers(home: Path, folder: Path) -> None:
    """Re-running ingest repairs the index to exactly what a clean ingest builds."""
    qa, report = ingest(home, folder)
    assert report.failed == []
    store = assert_index_consistent(settings(home), HashEmbeddings())
    indexed = {Path(r.path).name: sorted(r.chunk_ids) for r in store.letters()}
    assert indexed == expected_chunks(folder)  # every letter, each with exactly its chunks

    again = ingest(home, folder)[1]
    assert len(again.unchanged) == len(indexed) and not (again.added or again.updated)

    letter = next(
        letter
        for letter in synth_letters(LETTERS + 5)
        if (folder / letter.file_name).exists() and letter.index % 7 == 3
    )
    answer = qa.ask(
        f"{letter.issuer}关于第{letter.proposal_no}号{letter.kind}的答复中下一步工作重点是什么？"
    )
    assert not answer.refused and answer.citations
    assert {c.source for c in answer.citations} == {letter.file_name}
    for citation in answer.citations:
        assert citation.quote in (folder / citation.source).read_text(encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_letters(tmp_path / "letters", LETTERS)
    return tmp_path / "letters"


def test_killed_during_the_first_ingest(folder: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    killed_ingest(home, folder, "chroma", after=12)
    crashed = ReplyLetterQA(settings(home), embeddings=HashEmbeddings()).store
    # Killed midway: some letters' chunks are in Chroma, none is in the manifest yet.
    assert crashed.counts()["chroma"] > 0 and crashed.counts()["letters"] == 0
    change_after_the_crash(folder)
    assert_recovers(home, folder)


# The re-ingest sees 19 unchanged files (progress 1-19), then writes 13: killed after 6.
@pytest.mark.parametrize(
    ("point", "after"), [("chroma", 19 + 6), ("bm25-swap", 0), ("manifest", 0)]
)
def test_killed_during_a_reingest_with_edits_and_removals(
    folder: Path, tmp_path: Path, point: str, after: int
) -> None:
    home = tmp_path / "home"
    _, first = ingest(home, folder)
    assert first.ok and len(first.added) == LETTERS
    edit(folder)
    killed_ingest(home, folder, point, after)
    assert (home / "manifest.json").exists()  # a whole manifest survives every crash point
    with (home / "manifest.json").open(encoding="utf-8") as f:
        letters = len(json.load(f)["letters"])
    # The manifest is committed before BM25 (derived data) is swapped: killed before the
    # commit, the previous run's manifest; killed after it, this run's (30 - 3 + 5).
    assert letters == (LETTERS - 3 + 5 if point == "bm25-swap" else LETTERS)
    change_after_the_crash(folder)
    assert_recovers(home, folder)
