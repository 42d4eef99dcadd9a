"""Fixtures of the HTTP API tests (a plugin of tests/conftest.py): a real uvicorn on
127.0.0.1 serving `rag serve`'s app (API and UI) on a real index.

`corpus_home` is the bundled corpus ingested once per session into a tmp RAG_HOME (real
e5 embeddings, Chroma on disk, BM25); servers that only read share it.

with running(qa, host="127.0.0.1") as url: ...      # one server, stopped afterwards
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import uvicorn

from rag import ReplyLetterQA, Settings

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
REFERENCE_LETTER = CORPUS / "cq-kjj-0798.txt"
TALENT_QUESTION = "市科技局下一步在人才评价方面会做什么？"
TOKEN = "test-token-91f3c2"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running(qa: ReplyLetterQA, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve `rag serve`'s app for `qa` (bound as if on `host`) on 127.0.0.1; yields its URL."""
    from rag.api.serve import build

    app = build(qa, host)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def settings_for(home: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "home": home,
        "corpus": CORPUS,
        "openai_api_key": None,
        "chroma_url": None,
        "api_token": None,
        "ui_auth": None,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("api-corpus-home")
    report = ReplyLetterQA(settings_for(home)).ingest([CORPUS])
    assert report.ok and len(report.added) >= 10
    return home


@pytest.fixture(scope="session")
def open_server(corpus_home: Path) -> Iterator[str]:
    """No token, loopback: everything open."""
    with running(ReplyLetterQA(settings_for(corpus_home))) as url:
        yield url


@pytest.fixture(scope="session")
def token_server(corpus_home: Path) -> Iterator[str]:
    """RAG_API_TOKEN set: every endpoint but /healthz needs it."""
    with running(ReplyLetterQA(settings_for(corpus_home, api_token=TOKEN))) as url:
        yield url


@pytest.fixture
def writable_home(tmp_path: Path) -> Path:
    """A home holding just the reference letter: quick to index, free to change."""
    letters = tmp_path / "letters"
    letters.mkdir()
    shutil.copy(REFERENCE_LETTER, letters / REFERENCE_LETTER.name)
    home = tmp_path / "home"
    report = ReplyLetterQA(settings_for(home, corpus=letters)).ingest([letters])
    assert report.ok
    return home
