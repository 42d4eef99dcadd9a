"""Replicas on one Chroma server (a real `chroma run` on 127.0.0.1): the server holds the
chunks, the manifest and its version; each replica's BM25 and letter list are caches that
follow it. Writers take turns under a lease; a killed writer leaves nothing half-done.
Embedded mode: writers on one RAG_HOME take turns under a file lock."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import chromadb
import httpx
import pytest
from conftest import CORPUS, REFERENCE_LETTER
from index_checks import assert_index_consistent

from rag.eval.synth import synth_letters
from rag.index.embed import HashEmbeddings
from rag.index.ingest import ingest
from rag.index.ledger import LEASE_COLLECTION, ChromaLedger, WriteConflict
from rag.index.store import open_store
from rag.letters.parse import load_letter
from rag.settings import Settings

pytestmark = pytest.mark.server

RAG = Path(sys.executable).with_name("rag")


@pytest.fixture(autouse=True)
def empty_server(chroma_url: str) -> None:
    """Each test starts from an empty server: no chunks, no manifest, no lease."""
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    for collection in client.list_collections():
        client.delete_collection(collection.name)


def server_settings(home: Path, url: str, **changes: Any) -> Settings:
    return Settings(home=home, chroma_url=url, refresh_seconds=0, **changes)


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> float:
    """Poll `check` until it holds; the seconds it took."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > seconds:
            raise AssertionError(f"not within {seconds} s: {what}")
        time.sleep(0.1)
    return time.monotonic() - start


# -- the store and its ledger, in process ---------------------------------------------------


def test_one_replica_sees_what_another_wrote(chroma_url: str, tmp_path: Path) -> None:
    a = open_store(server_settings(tmp_path / "a", chroma_url), HashEmbeddings())
    b = open_store(server_settings(tmp_path / "b", chroma_url), HashEmbeddings())
    report = ingest([CORPUS], a, a.settings, load=load_letter)
    assert report.ok and len(report.added) >= 10

    version = b.version
    assert b.refresh() and b.version > version
    assert [r.letter_id for r in b.letters()] == [r.letter_id for r in a.letters()]
    assert b.counts() == a.counts()
    assert b.keyword("明炬局长审签", 1)[0][0].part == "closing"  # B's own BM25, from the server
    assert b.dense("人才评价", k=3, where={"proposal_no": "0798"})
    # B built its BM25 from the tokens kept on the server, not from jieba over documents.
    assert (tmp_path / "b" / "bm25").is_dir()

    reference = next(r for r in a.letters() if r.proposal_no == "0798")
    assert a.remove_letter(reference.letter_id)
    assert b.refresh()
    assert reference.letter_id not in {r.letter_id for r in b.letters()}
    assert not b.dense("人才评价", k=3, where={"proposal_no": "0798"})
    assert all(c.letter_id != reference.letter_id for c, _ in b.keyword("人才评价", 20))
    assert not b.refresh()  # nothing new


def test_chunks_of_an_uncommitted_write_are_never_searched(chroma_url: str, tmp_path: Path) -> None:
    """A writer that dies after writing chunks but before its commit: the chunks are in
    Chroma, yet no replica returns them, and the next ingest deletes them."""
    settings = server_settings(tmp_path / "a", chroma_url)
    store = open_store(settings, HashEmbeddings())
    letter = load_letter(REFERENCE_LETTER)
    from rag.index.chunk import chunk_letter

    chunks = chunk_letter(letter, settings.chunk_tokens)
    store._upsert(chunks)  # what a killed writer leaves: chunks, no manifest entry
    reader = open_store(server_settings(tmp_path / "b", chroma_url), HashEmbeddings())
    assert not [c for c, _ in reader.dense("人才评价", k=50) if c.letter_id == letter.letter_id]
    assert not reader.get_chunks(letter.letter_id)
    ingest([], store, settings, load=load_letter)  # the next ingest reconciles
    assert not store._chroma.chunks(ids=[c.chunk_id for c in chunks])


def test_the_lease_lets_one_writer_in_and_frees_when_its_holder_dies(
    chroma_url: str, tmp_path: Path
) -> None:
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    settings = server_settings(tmp_path, chroma_url, write_wait_seconds=1, write_lease_seconds=2)
    first, second = ChromaLedger(client, settings), ChromaLedger(client, settings)
    with first.writing():
        with pytest.raises(WriteConflict, match=first.owner):
            with second.writing():
                pass
    # A holder that dies stops renewing: its lease expires and the next writer takes it.
    first._acquire()  # taken, and never renewed or released
    started = time.monotonic()
    with ChromaLedger(
        client, server_settings(tmp_path, chroma_url, write_lease_seconds=2)
    ).writing():
        assert time.monotonic() - started >= 1.0
    assert LEASE_COLLECTION not in [c.name for c in client.list_collections()]


def test_a_writer_whose_lease_was_taken_commits_nothing(chroma_url: str, tmp_path: Path) -> None:
    """A writer paused past its lease finds it taken when it resumes: its commit (and any
    deletion of chunks it thinks are orphans) is refused, not interleaved."""
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    ledger = ChromaLedger(client, server_settings(tmp_path, chroma_url))
    with ledger.writing():
        before = ledger.read()
        client.delete_collection(LEASE_COLLECTION)  # expired and taken over meanwhile
        client.create_collection(LEASE_COLLECTION, metadata={"owner": "other", "expires": 9e9})
        with pytest.raises(WriteConflict, match="lease .* was lost"):
            ledger.commit(before.records, "letters__x", expected=before.stamp)
        assert ledger.stamp() == before.stamp  # nothing committed
    # Its release leaves the other writer's lease alone.
    assert client.get_collection(LEASE_COLLECTION).metadata["owner"] == "other"


def test_a_replica_never_drops_letters_whose_files_are_elsewhere(
    chroma_url: str, tmp_path: Path
) -> None:
    """On a shared server a letter's file is on the replica that ingested it. A letter that
    lost chunks is not removed by a replica that lacks its file (it cannot read it)."""
    folder = tmp_path / "on-a"
    folder.mkdir()
    shutil.copy(REFERENCE_LETTER, folder)
    a = open_store(server_settings(tmp_path / "a", chroma_url), HashEmbeddings())
    ingest([folder], a, a.settings, load=load_letter)
    record = a.letters()[0]
    a._chroma.delete([record.chunk_ids[0]])  # broken: one chunk gone
    shutil.move(folder, tmp_path / "moved")  # the file is not on B's disk
    b = open_store(server_settings(tmp_path / "b", chroma_url), HashEmbeddings())
    report = ingest([], b, b.settings, load=load_letter)
    assert not report.removed and [r.letter_id for r in b.letters()] == [record.letter_id]
    assert any("not on this machine" in note for note in report.notes)


def test_a_commit_on_a_stale_version_is_refused(chroma_url: str, tmp_path: Path) -> None:
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    settings = server_settings(tmp_path, chroma_url)
    ledger = ChromaLedger(client, settings)
    with ledger.writing():
        before = ledger.read()
        ledger.commit(before.records, "letters__x", expected=before.stamp)
        with pytest.raises(WriteConflict, match="meanwhile"):
            ledger.commit(before.records, "letters__x", expected=before.stamp)
    with pytest.raises(WriteConflict, match="lost"):  # and never without the lease
        ledger.commit(before.records, "letters__x", expected=ledger.stamp())


# -- `rag serve` replicas ---------------------------------------------------------------------


@contextmanager
def rag_serve(home: Path, chroma_url: str, corpus: Path, **env: str) -> Iterator[Replica]:
    port = _free_port()
    environment = {
        **os.environ,
        "RAG_HOME": str(home),
        "RAG_CORPUS": str(corpus),
        "RAG_CHROMA_URL": chroma_url,
        "RAG_API_TOKEN": "",
        "OPENAI_API_KEY": "",
        **env,
    }
    log = (home.parent / f"{home.name}.log").open("w", encoding="utf-8")
    process = subprocess.Popen(
        [str(RAG), "serve", "--port", str(port)],
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    replica = Replica(f"http://127.0.0.1:{port}", process)
    try:
        wait_for(replica.up, 180, f"rag serve on port {port} answers /healthz")
        yield replica
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=30)
        log.close()


class Replica:
    def __init__(self, url: str, process: subprocess.Popen[bytes]) -> None:
        self.url, self.process = url, process

    def up(self) -> bool:
        if self.process.poll() is not None:
            raise AssertionError(f"rag serve exited with {self.process.returncode}")
        try:
            return httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def health(self) -> dict[str, Any]:
        return httpx.get(f"{self.url}/healthz", timeout=30).json()  # type: ignore[no-any-return]

    def letters(self) -> dict[str, str]:
        """proposal number → letter id."""
        body = httpx.get(f"{self.url}/v1/letters", timeout=30).json()
        return {x["proposal_no"]: x["letter_id"] for x in body["letters"]}

    def upload(self, paths: list[Path]) -> httpx.Response:
        files = [("files", (p.name, p.read_bytes(), "text/plain")) for p in paths]
        return httpx.post(f"{self.url}/v1/letters", files=files, timeout=600)

    def cited(self, question: str) -> set[str]:
        body = {"messages": [{"role": "user", "content": question}]}
        answer = httpx.post(f"{self.url}/v1/chat/completions", json=body, timeout=120).json()
        return {c["proposal_no"] for c in answer["citations"]}

    def search(self, query: str) -> set[str]:
        body = httpx.get(f"{self.url}/v1/search", params={"q": query, "k": 5}, timeout=60).json()
        return {p["proposal_no"] for p in body["passages"]}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def start_letters(tmp_path: Path) -> Path:
    folder = tmp_path / "start"
    folder.mkdir()
    shutil.copy(REFERENCE_LETTER, folder)
    return folder


def letter_files(folder: Path, count: int, start: int) -> list[Path]:
    """`count` synthetic letters (numbered from `start`) written into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for letter in synth_letters(count, start=start):
        paths.append(folder / letter.file_name)
        paths[-1].write_text(letter.text, encoding="utf-8")
    return paths


def test_what_is_uploaded_through_a_is_answered_through_b(
    chroma_url: str, tmp_path: Path, start_letters: Path
) -> None:
    with rag_serve(tmp_path / "a", chroma_url, start_letters) as a:
        with rag_serve(tmp_path / "b", chroma_url, start_letters) as b:
            assert a.letters() == b.letters() == {"0798": a.letters()["0798"]}
            letter = synth_letters(1, start=900)[0]
            path = tmp_path / letter.file_name
            path.write_text(letter.text, encoding="utf-8")
            question = f"{letter.issuer}关于第{letter.proposal_no}号{letter.kind}的答复中下一步工作重点是什么？"

            assert a.upload([path]).json()["added"] == [letter.file_name]
            took = wait_for(
                lambda: letter.proposal_no in b.cited(question), 5, "B answers from A's upload"
            )
            print(f"A's upload answered through B after {took:.2f} s")
            assert letter.proposal_no in b.search(question)  # B's keyword + dense search

            removed = httpx.delete(f"{a.url}/v1/letters/{a.letters()[letter.proposal_no]}")
            assert removed.status_code == 200
            took = wait_for(
                lambda: letter.proposal_no not in b.letters(), 5, "B forgets the letter"
            )
            print(f"A's removal seen through B after {took:.2f} s")
            assert letter.proposal_no not in b.cited(question)


def test_two_replicas_ingesting_at_once_end_complete_and_consistent(
    chroma_url: str, tmp_path: Path, start_letters: Path
) -> None:
    first = letter_files(tmp_path / "first", 4, start=100)
    second = letter_files(tmp_path / "second", 4, start=200)
    with rag_serve(tmp_path / "a", chroma_url, start_letters) as a:
        with rag_serve(tmp_path / "b", chroma_url, start_letters) as b:
            results: dict[str, Any] = {}
            threads = [
                threading.Thread(target=lambda: results.update(a=a.upload(first))),
                threading.Thread(target=lambda: results.update(b=b.upload(second))),
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert len(results["a"].json()["added"]) == 4, results["a"].text
            assert len(results["b"].json()["added"]) == 4, results["b"].text
            wait_for(lambda: len(a.letters()) == len(b.letters()) == 9, 5, "both list 9")
            assert a.letters() == b.letters()
            health_a, health_b = a.health(), b.health()
            assert health_a["chroma"] == health_a["bm25"] == health_b["bm25"] == health_b["chroma"]
            assert health_a["letters"] == health_b["letters"] == 9
    assert_server_consistent(tmp_path / "check", chroma_url)


def test_a_replica_killed_mid_ingest_leaves_the_last_complete_state(
    chroma_url: str, tmp_path: Path, start_letters: Path
) -> None:
    many = letter_files(tmp_path / "many", 12, start=300)
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_url.rsplit(":", 1)[1]))
    env = {"RAG_WRITE_LEASE_SECONDS": "3", "RAG_EMBEDDING_BATCH": "4"}
    with rag_serve(tmp_path / "a", chroma_url, start_letters, **env) as a:
        with rag_serve(tmp_path / "b", chroma_url, start_letters, **env) as b:
            before = b.letters()
            chunks = _collection(client).count()
            upload = threading.Thread(target=lambda: _ignore_errors(lambda: a.upload(many)))
            upload.start()
            wait_for(lambda: _collection(client).count() > chunks, 120, "A writes chunks")
            a.process.send_signal(signal.SIGKILL)
            a.process.wait(timeout=30)
            upload.join()
            assert _collection(client).count() > chunks  # A's chunks are there, uncommitted
            assert b.letters() == before  # B answers from the last complete state
            assert b.cited("市科技局下一步在人才评价方面会做什么？") == {"0798"}
            # The next ingest (through B; A's lease expires) repairs the rest.
            report = b.upload(many).json()
            assert len(report["added"]) == 12 and not report["failed"]
            assert len(b.letters()) == 13
    assert_server_consistent(tmp_path / "check", chroma_url)


def _collection(client: Any) -> Any:
    name = next(c.name for c in client.list_collections() if c.name.startswith("letters__"))
    return client.get_collection(name)


def _ignore_errors(call: Callable[[], object]) -> None:
    try:
        call()
    except httpx.HTTPError:
        pass  # the server was killed mid-request, as intended


def assert_server_consistent(home: Path, chroma_url: str) -> None:
    """Chroma holds exactly the chunks the manifest references, once each, as a new
    replica (the e5 model `rag serve` uses) sees them."""
    from rag.index.embed import E5Embeddings

    settings = server_settings(home, chroma_url)
    store = open_store(settings, E5Embeddings(settings))
    chroma = [c.chunk_id for c in store._chroma.chunks()]
    manifest = [i for r in store.letters() for i in r.chunk_ids]
    assert len(chroma) == len(set(chroma)) and len(manifest) == len(set(manifest))
    assert set(chroma) == set(manifest)
    store.warm_up()  # a new replica's BM25, built from the server
    assert store.counts()["bm25"] == len(manifest)


# -- embedded: one RAG_HOME, two writers -------------------------------------------------------


def test_two_ingests_on_one_home_take_turns(tmp_path: Path) -> None:
    first = letter_files(tmp_path / "first", 3, start=400)[0].parent
    second = letter_files(tmp_path / "second", 3, start=500)[0].parent
    home = tmp_path / "home"
    env = {**os.environ, "RAG_HOME": str(home), "RAG_CHROMA_URL": "", "OPENAI_API_KEY": ""}
    runs = [
        subprocess.Popen(
            [str(RAG), "ingest", str(folder)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for folder in (first, second)
    ]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    from rag.index.embed import E5Embeddings

    settings = Settings(home=home)
    store = assert_index_consistent(settings, E5Embeddings(settings))
    assert len(store.letters()) == 6


def test_a_second_writer_that_cannot_wait_says_why(tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, write_wait_seconds=0.5)
    holder = open_store(settings, HashEmbeddings())
    with holder.writing():
        done = subprocess.run(
            [str(RAG), "ingest", str(REFERENCE_LETTER)],
            env={**os.environ, "RAG_HOME": str(tmp_path), "RAG_WRITE_WAIT_SECONDS": "0.5"},
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )
    assert done.returncode == 1
    message = done.stderr.strip().splitlines()
    assert len(message) == 1 and "being written by another process" in message[0], done.stderr
    assert "RAG_WRITE_WAIT_SECONDS" in message[0] and "Traceback" not in done.stderr
