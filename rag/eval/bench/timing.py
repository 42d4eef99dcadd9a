"""Timing steps side by side: per-question medians, then p50/p95 over the questions."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, MutableMapping, Sequence

from rag.eval.bench.questions import Question

__all__ = ["Step", "forget", "interleaved", "summary"]

# One timed call on one question; what it returns is not looked at.
Step = Callable[[Question], object]


def interleaved(
    questions: Sequence[Question], repeats: int, steps: dict[str, Step]
) -> dict[str, dict[str, float]]:
    """p50/p95 (ms) over questions of each step's per-question median over `repeats`.

    The steps of one question run back to back, so a burst of load from elsewhere on the
    machine hits the pipeline and its floor alike; the median drops the burst.
    """
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in steps}
    for step in steps.values():  # untimed: first calls allocate buffers and fill caches
        step(questions[0])
    for _ in range(repeats):
        for q in questions:
            for name, step in steps.items():
                start = time.perf_counter()
                step(q)
                samples[name].setdefault(q.id, []).append((time.perf_counter() - start) * 1000)
    return {
        name: {
            **summary([statistics.median(v) for v in per_q.values()]),
            # Every timed call added up: a median hides a slow repeat, this total does not.
            "total_s": sum(sum(v) for v in per_q.values()) / 1000,
        }
        for name, per_q in samples.items()
    }


def summary(values: Sequence[float]) -> dict[str, float]:
    import numpy as np

    arr = np.asarray(values, dtype=float)
    return {
        "p50": float(np.percentile(arr, 50)),
        "p95": float(np.percentile(arr, 95)),
        "mean": float(arr.mean()),
        "n": len(values),
    }


def forget(embeddings: object, retriever: object | None) -> None:
    """Make the next question cost what a question never seen before costs.

    E5Embeddings keeps an LRU of query vectors, and the Retriever's view of the index
    memoises per-question work (term statistics, dense margins, resolved follow-ups, chunks
    read). Without this, every repeat of a bench question after the first would be a cache
    hit and retrieve could look faster than the floor, which always embeds. What is loaded
    once per index (the catalog, section paths, BM25, boilerplate vectors, jieba) stays
    loaded: that is start-up cost, measured separately as the first answer.

    Every mapping held by the retriever or its view is such a memo, so all of them are
    cleared by type rather than by name: a renamed cache is still forgotten.
    """
    owners = [o for o in (retriever, getattr(retriever, "_index", None)) if o is not None]
    caches = [getattr(embeddings, "_queries", None)]
    caches += [value for owner in owners for value in vars(owner).values()]
    for cache in caches:
        if isinstance(cache, MutableMapping):
            cache.clear()
