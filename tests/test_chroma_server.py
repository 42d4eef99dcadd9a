"""The store through a real `chroma run` server on 127.0.0.1 (RAG_CHROMA_URL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS

from rag.index.embed import HashEmbeddings
from rag.index.ingest import ingest
from rag.index.store import open_store
from rag.letters.parse import load_letter
from rag.settings import Settings

pytestmark = pytest.mark.server


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
