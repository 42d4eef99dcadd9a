"""Servers for the API tests (see api_server.py).

`corpus_home` is the bundled corpus ingested once per session into a tmp RAG_HOME (real
e5 embeddings, Chroma on disk, BM25); servers that only read share it.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from api_server import CORPUS, REFERENCE_LETTER, TOKEN, running, settings_for

from rag import ReplyLetterQA


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
