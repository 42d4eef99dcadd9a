"""The chunks in one Chroma collection: their vectors, their indexed text and their fields.

    chroma = ChunkCollection(chroma_client(settings), collection_name(model_id))
    chroma.upsert(chunks, vectors)
    chroma.nearest(vector, k=5, where=chroma_where({"proposal_no": "0798"}))  # [(Chunk, cos)]

We talk to chromadb directly: langchain-chroma's `add_texts` re-embeds every text and
upserts them in one call (past Chroma's batch limit), while ingest writes precomputed,
cached vectors in batches. So the collection has no embedding function; a chunk's
document is its indexed text and its metadata are its scalar fields.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar, cast
from urllib.parse import urlparse

import numpy as np
import numpy.typing as npt

from rag.errors import ConfigError
from rag.index.keyword import tokenize
from rag.index.protocol import Filters, Scalar
from rag.models import Chunk
from rag.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.types import Metadata, Where

Vectors = npt.NDArray[np.float32]

_CHUNK_FIELDS = [f.name for f in fields(Chunk) if f.name != "chunk_id"]
TOKENS_KEY = "bm25_tokens"
TOKEN_SEPARATOR = "\x1f"  # jieba's tokens may hold spaces; this unit separator never
# Rows per Chroma read when reading many chunks: reading a whole large collection at once
# fails inside Chroma ("too many SQL variables" at 100,000 chunks).
_PAGE = 5000
# A Chroma metadata filter as we build it: {"k": v}, {"k": {"$in": [a, b]}}, {"$and": [...]}.
# It is cast to chromadb's `Where` at each call: that type's invariant dicts of literal
# keys are met by no dict literal a type checker infers.
_Clause = Mapping[str, Scalar | Mapping[str, Scalar | Sequence[Scalar]]]
ChromaFilter = _Clause | Mapping[str, Sequence[_Clause]]
# A filter no chunk can match (a filter field with no values): searches return nothing.
NOTHING: Final[ChromaFilter] = {"__nothing__": True}
# Candidates Chroma's HNSW search explores. At its default (100) a search for the 100
# nearest chunks is approximate, and an index under Chroma's sync threshold (1,000
# vectors) is rebuilt with random levels by every process that opens it: the same question
# found other chunks in another run (a dev_multi question flipped between answered and
# refused). At 1,000 the 100 nearest are the exact ones on the indexes measured (333 and
# 1,079 chunks: the same as ef 3,000, in every run); `rag bench` has the cost.
SEARCH_EF = 1000

_T = TypeVar("_T")


def chroma_client(settings: Settings) -> ClientAPI:
    """Chroma on disk under RAG_HOME, or the server at RAG_CHROMA_URL."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if not settings.chroma_url:
        path = Path(settings.home) / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    url = urlparse(settings.chroma_url)
    if url.scheme not in ("http", "https") or not url.hostname:
        raise ConfigError(
            f"RAG_CHROMA_URL={settings.chroma_url!r} is not a URL like http://127.0.0.1:8000"
        )
    https = url.scheme == "https"
    try:
        client = chromadb.HttpClient(
            host=url.hostname,
            port=url.port or (443 if https else 8000),
            ssl=https,
            settings=chroma_settings,
        )
        client.heartbeat()
    except Exception as exc:  # chromadb raises plain exceptions of several kinds here
        raise ConfigError(
            f"RAG_CHROMA_URL={settings.chroma_url}: cannot reach the Chroma server "
            f"({type(exc).__name__}). Start it with `chroma run --path <dir>` or unset "
            "RAG_CHROMA_URL to use the embedded store."
        ) from exc
    return client


def collection_name(model_id: str) -> str:
    """One collection per embedding model: vectors of two models never mix."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", model_id).strip("-_")
    return f"letters__{safe}"[:63].rstrip("-_")


def chroma_where(where: Filters | None) -> ChromaFilter | None:
    """{"k": v, "k2": [a, b]} → Chroma's {"$and": [{"k": v}, {"k2": {"$in": [a, b]}}]};
    None for no filter, `NOTHING` when a field has no value left to match."""
    clauses: list[_Clause] = []
    for key, value in sorted((where or {}).items()):
        if value is None:
            continue
        values = filter_values(value)
        if key == "year":  # stored as int; filters often arrive as "2024"
            values = [int(v) for v in values if str(v).strip().isdigit()]
        if not values:
            return NOTHING
        clauses.append({key: values[0]} if len(values) == 1 else {key: {"$in": values}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def filter_values(value: Scalar | Collection[Scalar]) -> list[Scalar]:
    """The values a filter field allows: several (a list, tuple or set), or one."""
    if isinstance(value, str | int | float | bool):
        return [value]
    return list(value)


class ChunkCollection:
    """One Chroma collection of chunks, read and written in batches Chroma accepts.

    With `keep_tokens`, each chunk's metadata also holds its BM25 tokens (`TOKENS_KEY`),
    so whoever rebuilds a keyword index reads them instead of running jieba again.
    """

    def __init__(self, client: ClientAPI, name: str, keep_tokens: bool = False) -> None:
        self.client = client
        self.name = name
        self.keep_tokens = keep_tokens
        # No embedding function: every vector is computed by us and passed explicitly.
        self.collection = client.get_or_create_collection(
            name,
            configuration={"hnsw": {"space": "cosine", "ef_search": SEARCH_EF}},
            embedding_function=None,
        )

    def count(self) -> int:
        return self.collection.count()

    def max_batch(self) -> int:
        return max(1, min(self.client.get_max_batch_size(), 5000))

    # -- writes ----------------------------------------------------------------------------

    def upsert(self, chunks: Sequence[Chunk], vectors: Vectors) -> None:
        self._search_exactly()
        size = self.max_batch()
        for start in range(0, len(chunks), size):
            batch = chunks[start : start + size]
            self.collection.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[start : start + size],
                documents=[c.indexed_text for c in batch],
                metadatas=[self.metadata(c) for c in batch],
            )

    def metadata(self, chunk: Chunk) -> dict[str, str | int]:
        """What is stored beside a chunk's vector: its fields, and its tokens if kept."""
        metadata = chunk_metadata(chunk)
        if self.keep_tokens:
            metadata[TOKENS_KEY] = TOKEN_SEPARATOR.join(tokenize(chunk.indexed_text))
        return metadata

    def _search_exactly(self) -> None:
        """A collection an older version created searches approximately: its next write
        raises its `SEARCH_EF` (reads never change the index), for the processes that open
        it from then on. A collection without an HNSW index (a server's SPANN) is left be."""
        hnsw = (self.collection.configuration or {}).get("hnsw")
        if hnsw is not None and (hnsw.get("ef_search") or 0) < SEARCH_EF:
            self.collection.modify(configuration={"hnsw": {"ef_search": SEARCH_EF}})

    def delete(self, ids: list[str]) -> None:
        for batch in _batches(ids, self.max_batch()):
            self.collection.delete(ids=batch)

    def stored_metadata(self, ids: list[str]) -> dict[str, Metadata]:
        """id → the metadata stored under it, for those of the ids that are stored."""
        stored: dict[str, Metadata] = {}
        for batch in _batches(ids, self.max_batch()):
            result = self.collection.get(ids=batch, include=["metadatas"])
            stored.update(zip(result["ids"], result["metadatas"] or [], strict=True))
        return stored

    # -- reads -----------------------------------------------------------------------------

    def ids(self, where: ChromaFilter | None = None) -> list[str]:
        """The ids of every chunk (that matches `where`), in one read."""
        return self.collection.get(where=_where(where), include=[])["ids"]

    def nearest(
        self, vector: Sequence[float], k: int, where: ChromaFilter | None
    ) -> list[tuple[Chunk, float]]:
        """Chroma's approximate search: the k nearest chunks and their cosines, best first."""
        result = self.collection.query(
            query_embeddings=[vector],
            n_results=k,
            where=_where(where),
            include=["metadatas", "distances"],
        )
        metadatas, distances = _first(result["metadatas"]), _first(result["distances"])
        rows = zip(result["ids"][0], metadatas, distances, strict=True)
        return [(_chunk(i, m), 1.0 - float(d)) for i, m, d in rows]

    def nearest_among(
        self, ids: list[str], unit_query: Vectors, k: int
    ) -> list[tuple[Chunk, float]]:
        """Exact cosine search over the given chunks, their vectors read by id."""
        if not ids:
            return []
        found = self.collection.get(ids=ids, include=["embeddings", "metadatas"])
        if not found["ids"]:
            return []
        cosines = unit_rows(np.asarray(found["embeddings"])) @ unit_query
        best = np.argsort(-cosines, kind="stable")[:k]
        rows = list(zip(found["ids"], found["metadatas"] or [], strict=True))
        return [(_chunk(*rows[i]), float(cosines[i])) for i in best]

    def chunks(
        self, ids: list[str] | None = None, where: ChromaFilter | None = None
    ) -> list[Chunk]:
        """The chunks with these ids, or all that match `where`, read a page at a time."""
        if ids is not None:
            if not ids:  # Chroma refuses an empty id list
                return []
            result = self.collection.get(ids=ids, include=["metadatas"])
            return [
                _chunk(i, m) for i, m in zip(result["ids"], result["metadatas"] or [], strict=True)
            ]
        chunks: list[Chunk] = []
        while True:
            result = self.collection.get(
                where=_where(where), include=["metadatas"], limit=_PAGE, offset=len(chunks)
            )
            page = zip(result["ids"], result["metadatas"] or [], strict=True)
            chunks += [_chunk(i, m) for i, m in page]
            if len(result["ids"]) < _PAGE:
                return chunks

    def keyword_tokens(self, ids: list[str]) -> dict[str, list[str]]:
        """The BM25 tokens of the chunks with these ids that are stored: the kept ones, or
        jieba's of the indexed text."""
        tokens: dict[str, list[str]] = {}
        for batch in _batches(ids, self.max_batch()):
            result = self.collection.get(ids=batch, include=["metadatas"])
            for chunk_id, metadata in zip(result["ids"], result["metadatas"] or [], strict=True):
                kept = metadata.get(TOKENS_KEY) if metadata else None
                if isinstance(kept, str):
                    tokens[chunk_id] = kept.split(TOKEN_SEPARATOR) if kept else []
        unkept = [i for i in ids if i not in tokens]  # written without them: tokenize here
        for batch in _batches(unkept, self.max_batch()):
            result = self.collection.get(ids=batch, include=["documents"])
            documents = zip(result["ids"], result["documents"] or [], strict=True)
            tokens.update((chunk_id, tokenize(document)) for chunk_id, document in documents)
        return tokens

    def unit_vectors(self, where: ChromaFilter) -> Vectors:
        """The vectors of the chunks matching `where`, scaled to length 1, read a page at a
        time (see `chunks`)."""
        pages: list[Vectors] = []
        offset = 0
        while True:
            result = self.collection.get(
                where=_where(where), include=["embeddings"], limit=_PAGE, offset=offset
            )
            embeddings = result["embeddings"]
            if embeddings is not None and len(embeddings):
                pages.append(np.asarray(embeddings, dtype=np.float32))
            offset += len(result["ids"])
            if len(result["ids"]) < _PAGE:
                break
        if not pages:
            return np.zeros((0, 0), dtype=np.float32)
        return unit_rows(np.concatenate(pages))


def unit_rows(matrix: npt.ArrayLike) -> Vectors:
    """float32 rows scaled to length 1 (zero rows stay zero), so a product is a cosine."""
    rows = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return (rows / np.where(norms == 0, 1.0, norms)).astype(np.float32, copy=False)


def chunk_metadata(chunk: Chunk) -> dict[str, str | int]:
    """Every scalar Chunk field but the id (Chroma has no None); `text` is the raw quote."""
    return {name: v for name in _CHUNK_FIELDS if (v := getattr(chunk, name)) is not None}


def _chunk(chunk_id: str, metadata: Metadata) -> Chunk:
    # Each field has its own type; Chroma hands back whatever was stored under its name.
    values: dict[str, Any] = {name: metadata.get(name) for name in _CHUNK_FIELDS}
    return Chunk(chunk_id=chunk_id, **values)


def _where(where: ChromaFilter | None) -> Where | None:
    return cast("Where | None", where)


def _first(results: list[list[_T]] | None) -> list[_T]:
    """The results of the first (only) query of a batch query."""
    return results[0] if results else []


def _batches(items: list[_T], size: int) -> Iterator[list[_T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
