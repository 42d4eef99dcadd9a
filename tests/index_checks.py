"""Invariants of an index on disk, shared by the robustness, crash and concurrency tests."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rag.index.keyword import Bm25Index
from rag.index.store import Store, open_store
from rag.settings import Settings


def assert_index_consistent(settings: Settings, embeddings: Any) -> Store:
    """Chroma ids == BM25 ids == the manifest's chunk ids, as the next process sees them.

    Also: no chunk belongs to two letters, no letter has two chunks at one ordinal, and
    every letter in the manifest has all its chunks. Returns the store reopened from disk.
    """
    store = open_store(settings, embeddings)  # a fresh view: nothing cached in memory
    chunks = store._chroma.chunks()  # everything Chroma holds, orphans included
    chroma = [c.chunk_id for c in chunks]
    manifest = [i for r in store.letters() for i in r.chunk_ids]
    on_disk = Bm25Index.saved_ids(settings.home / "bm25")

    assert len(chroma) == len(set(chroma)), "Chroma holds an id twice"
    assert len(manifest) == len(set(manifest)), "two letters claim one chunk"
    assert set(chroma) == set(manifest), (
        f"orphans in Chroma: {sorted(set(chroma) - set(manifest))[:3]}, "
        f"missing from Chroma: {sorted(set(manifest) - set(chroma))[:3]}"
    )
    assert sorted(on_disk) == sorted(manifest), "BM25 on disk disagrees with the manifest"
    assert store.counts() == {
        "chroma": len(chroma),
        "bm25": len(manifest),
        "letters": len(store.letters()),
    }
    twice = [k for k, n in Counter((c.letter_id, c.ordinal) for c in chunks).items() if n > 1]
    assert not twice, f"two chunks at one (letter_id, ordinal): {twice[:3]}"
    for record in store.letters():
        assert record.chunk_ids, f"{record.path} has no chunks"
        assert {c.chunk_id for c in store.get_chunks(record.letter_id)} == set(record.chunk_ids)
    return store
