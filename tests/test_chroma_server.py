"""The store through a real `chroma run` server on 127.0.0.1 (RAG_CHROMA_URL)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest import CORPUS

from rag.index.embed import HashEmbeddings
from rag.index.ingest import ingest
from rag.index.store import open_store
from rag.letters.parse import load_letter
from rag.settings import Settings

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    chroma = Path(sys.executable).with_name("chroma")
    if not chroma.exists():
        pytest.skip("the chroma CLI is not installed next to this Python")
    data = tmp_path_factory.mktemp("chroma-server")
    port = _free_port()
    log = (data / "server.log").open("w", encoding="utf-8")
    server = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(data / "db"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma run did not start: {(data / 'server.log').read_text('utf-8')}")
            time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_ingest_and_query_through_the_server(chroma_url: str, tmp_path: Path) -> None:
    settings = Settings(home=tmp_path, chroma_url=chroma_url)
    store = open_store(settings, HashEmbeddings())
    assert not (tmp_path / "chroma").exists()  # nothing embedded on disk

    report = ingest([CORPUS], store, settings, load=load_letter)
    assert report.ok and report.added
    counts = store.counts()
    assert counts["chroma"] == counts["bm25"] == report.chunks

    hits = store.dense("人才评价", k=3, where={"proposal_no": "0798"})
    assert hits and all(c.proposal_no == "0798" for c, _ in hits)
    assert store.keyword("明炬局长审签", 1)[0][0].part == "closing"

    again = ingest([CORPUS], open_store(settings, HashEmbeddings()), settings, load=load_letter)
    assert again.unchanged and not (again.added or again.updated or again.removed)
