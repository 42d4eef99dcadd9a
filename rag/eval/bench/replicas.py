"""A new app replica against a large index on a `chroma run` server: how long it takes to
start (read the manifest, build BM25 from the tokens kept on the server, load the
boilerplate vectors) and how much memory it holds, at each size; then a restart with its
BM25 cached under RAG_HOME, and what the per-question version check costs.

The index is grown with the growth series' synthetic chunks and stand-in vectors: start-up
cost depends on how many chunks and letters there are, not on what they say.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rag.eval.bench.growth import grow, synthetic_chunks
from rag.eval.bench.machine import peak_rss_mb
from rag.eval.bench.process import derive, isolated
from rag.eval.bench.stores import embeddings
from rag.settings import Settings

__all__ = ["measure_replicas"]

_STAMP_CHECKS = 30


def measure_replicas(
    settings: Settings, url: str, sizes: Sequence[int], work: Path, seed: int
) -> list[dict[str, Any]]:
    """Grow the server's index to each size (one worker per step), then start a new
    replica and restart it, each in a fresh process."""
    points = []
    grown, next_letter = 0, 0
    writer = derive(settings, home=work / "writer", chroma_url=url)
    for size in sorted(sizes):
        build, grown, next_letter = isolated(grow_to, writer, grown, next_letter, size, seed)
        replica = derive(settings, home=work / f"replica-{size}", chroma_url=url)
        new = isolated(start_replica, replica)
        restart = isolated(start_replica, replica)
        points.append({"chunks": grown, "grow_s": round(build, 1), "new": new, "restart": restart})
    return points


def grow_to(
    settings: Settings, grown: int, next_letter: int, size: int, seed: int
) -> tuple[float, int, int]:
    """A worker: add synthetic letters through the Store API until `size` chunks;
    (seconds, chunks, the next letter's index)."""
    from rag.index.store import open_store

    store = open_store(settings, embeddings(settings, "standin"))
    letters = synthetic_chunks(seed, start=next_letter)
    build, total, used = grow(store, letters, grown, size)
    return build, total, next_letter + used


def start_replica(settings: Settings) -> dict[str, Any]:
    """A worker: what a replica does before it can answer, each step timed."""
    from rag.index.store import open_store

    emb = embeddings(settings, "standin")
    start = time.perf_counter()
    store = open_store(settings, emb)  # connect; read the manifest and its version
    opened = time.perf_counter()
    store._keyword()  # BM25: from the local cache, or built from the server's tokens
    keyword = time.perf_counter()
    store._boilerplate_vectors()
    ready = time.perf_counter()
    checks = []
    for _ in range(_STAMP_CHECKS):  # what every question pays, at most once a second
        begin = time.perf_counter()
        store._ledger.stamp()
        checks.append((time.perf_counter() - begin) * 1000)
    return {
        "letters": store.counts()["letters"],
        "bm25": store.counts()["bm25"],
        "open_s": round(opened - start, 2),
        "bm25_s": round(keyword - opened, 2),
        "boilerplate_s": round(ready - keyword, 2),
        "total_s": round(ready - start, 2),
        "version_check_ms": round(statistics.median(checks), 2),
        "peak_rss_mb": round(peak_rss_mb(), 1),
    }
