"""The index: Chroma for dense search, jieba + bm25s for keywords, a manifest of letters.

    store = open_store(settings, embeddings)          # Chroma on disk, or RAG_CHROMA_URL
    store.add_letter(letter, chunks)                   # replaces what the letter had
    store.dense("人才评价", k=5, where={"proposal_no": "0798"})   # [(Chunk, cosine)]
    store.keyword("人才评价", k=5)                                 # [(Chunk, BM25 score)]

Under RAG_HOME:

    chroma/          Chroma's PersistentClient (not used with RAG_CHROMA_URL)
    bm25/            bm25s index, its chunk ids and the jieba tokens of every chunk
    manifest.json    resolved source path → LetterRecord (written atomically)

Writes go Chroma → BM25 → manifest. The manifest is the truth: `reconcile()` deletes
Chroma chunks it does not reference and returns the letters whose chunks went missing;
BM25 is derived data, rebuilt (from the kept tokens, so cheaply) whenever its chunk ids
differ from the manifest's. One writer per RAG_HOME at a time; within a process, writes
take turns and reads never wait for them.

We talk to chromadb directly: langchain-chroma's `add_texts` re-embeds every text and
upserts them in one call (past Chroma's batch limit), while ingest needs precomputed,
cached vectors written in batches. `as_vectorstore()` hands LangChain code a
`langchain_chroma.Chroma` over the same collection.
"""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import numpy as np

from rag.index.keyword import Bm25Index, tokenize, write_atomic
from rag.errors import ConfigError
from rag.models import Chunk, Letter
from rag.settings import Settings

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

_CHUNK_FIELDS = [f.name for f in fields(Chunk) if f.name != "chunk_id"]
_NOTHING: dict[str, Any] = {"__nothing__": True}  # a filter no chunk can match


# A search filtered to letters with at most this many chunks is an exact one over their
# vectors, read by id, instead of a Chroma query with a metadata filter (see dense).
_EXACT_SEARCH_MAX = 2000

# Rows per Chroma read when reading many chunks (see Store._get).
_PAGE = 5000


@dataclass(frozen=True)
class LetterRecord:
    """One manifest entry: where a letter came from, its file hash, chunks and metadata."""

    path: str
    letter_id: str
    sha256: str
    source: str
    chunk_ids: tuple[str, ...]
    ingested_at: str
    chunker: str = ""  # the chunking settings used; a change re-chunks the letter
    title: str | None = None
    issuer: str | None = None
    doc_number: str | None = None
    index_no: str | None = None
    proposal_no: str | None = None
    kind: str | None = None
    session: str | None = None
    proposers: tuple[str, ...] = ()
    proposal_title: str | None = None
    co_handlers: tuple[str, ...] = ()
    signer: str | None = None
    date_signed: str | None = None
    date_published: str | None = None
    category: str | None = None
    topic: str | None = None
    contact: str | None = None
    year: int | None = None
    # The section path of each chunk, in chunk_ids order: what a question can quote by its
    # heading, known without reading every chunk back from Chroma. () in old manifests.
    sections: tuple[str, ...] = ()

    @classmethod
    def of(cls, letter: Letter, chunks: Sequence[Chunk], sha256: str, chunker: str) -> LetterRecord:
        meta: dict[str, Any] = {
            f.name: getattr(letter, f.name) for f in fields(cls) if hasattr(letter, f.name)
        }
        meta.update(
            path=_key(letter),
            sha256=sha256,
            chunk_ids=tuple(c.chunk_id for c in chunks),
            sections=tuple(c.section for c in chunks),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            chunker=chunker,
            year=letter.year,
        )
        return cls(**meta)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LetterRecord:
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in known
        }
        return cls(**values)

    def as_dict(self) -> dict[str, Any]:
        # Every field is a scalar or a tuple of strings: no need for asdict's deep copy,
        # which took 1.6 s over 12,500 records.
        values = ((f.name, getattr(self, f.name)) for f in fields(self))
        return {k: list(v) if isinstance(v, tuple) else v for k, v in values}


@dataclass
class LetterChunks:
    """A letter to (re)index: its chunks and the sha256 of the file it was read from."""

    letter: Letter
    chunks: list[Chunk]
    sha256: str = ""
    chunker: str = ""
    record: LetterRecord | None = field(default=None, init=False)


def open_store(settings: Settings, embeddings: Embeddings, client: Any = None) -> Store:
    """The store for `settings`; `client` is any chromadb client (tests, the facade)."""
    _check_home(Path(settings.home))
    if client is None:
        client = _chroma_client(settings)
    model_id = getattr(embeddings, "model_id", type(embeddings).__name__)
    return Store(settings, embeddings, client, collection_name(model_id))


def collection_name(model_id: str) -> str:
    """One collection per embedding model: vectors of two models never mix."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", model_id).strip("-_")
    return f"letters__{safe}"[:63].rstrip("-_")


def _check_home(home: Path) -> None:
    """RAG_HOME holds the manifest and BM25 even with a Chroma server: it must be writable."""
    try:
        home.mkdir(parents=True, exist_ok=True)
        probe = home / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise ConfigError(
            f"RAG_HOME={home}: cannot create or write this folder "
            f"({exc.strerror or type(exc).__name__}); set RAG_HOME to a writable folder"
        ) from None


def _chroma_client(settings: Settings) -> Any:
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


class Store:
    """Dense, keyword and manifest views of the indexed letters; see the module docstring."""

    def __init__(self, settings: Settings, embeddings: Embeddings, client: Any, name: str) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.collection_name = name
        self._client = client
        # No embedding function: every vector is computed by us and passed explicitly.
        self._collection = client.get_or_create_collection(
            name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )
        self._home = Path(settings.home)
        self._manifest_path = self._home / "manifest.json"
        self._records, written_to = self._read_manifest()
        # The collection (one per embedding model) the manifest's letters were last written
        # to, when it is not this one: the letters' vectors for this model may be missing.
        self.switched_from = written_to if self._records and written_to != name else None
        self._keyword_index: Bm25Index | None = None
        self._boilerplate: np.ndarray | None = None  # unit vectors, see boilerplate_cosine
        # (the records it was built from, letter id → chunk ids); see _letters_chunk_ids
        self._by_letter: tuple[dict[str, LetterRecord], dict[str, tuple[str, ...]]] | None = None
        # Writers take turns (`_write_lock`, held for a whole update, embedding included).
        # Readers never wait for them: a write builds a new manifest dict and a new BM25
        # index and swaps each in with one assignment, so a reader sees the old or the new,
        # never one half-changed. `_lock` only guards those swaps and BM25's first load.
        self._write_lock = threading.RLock()
        self._lock = threading.RLock()

    # -- writes ----------------------------------------------------------------------------

    def add_letter(self, letter: Letter, chunks: list[Chunk], sha256: str = "") -> LetterRecord:
        """Index one letter, replacing any chunks its path or letter_id had."""
        item = LetterChunks(letter, chunks, sha256)
        self.update(add=[item])
        assert item.record is not None
        return item.record

    def remove_letter(self, letter_id: str) -> bool:
        """Drop a letter's chunks, BM25 entries and manifest record; False if unknown."""
        return bool(self.update(remove=[letter_id]))

    def update(
        self,
        add: Sequence[LetterChunks] = (),
        remove: Iterable[str] = (),
        progress: Callable[[Letter], None] | None = None,
    ) -> list[str]:
        """Add/replace and remove letters in one pass; returns the letter_ids removed.

        Chunks are embedded and written to Chroma in groups across letters (the model is
        the bottleneck and wants full batches); `progress(letter)` is called as each
        letter's chunks land. Then stale chunks go, BM25 is rebuilt, the manifest written.
        """
        remove = set(remove)
        with self._write_lock:
            records = dict(self._records)
            removed = [r for r in records.values() if r.letter_id in remove]
            replaced = [
                r
                for item in add
                for r in records.values()
                if r.path == _key(item.letter) or r.letter_id == item.letter.letter_id
            ]
            self._write_chunks(add, progress)
            keep = {c.chunk_id for item in add for c in item.chunks}
            stale = {i for r in removed + replaced for i in r.chunk_ids} - keep
            self._delete(sorted(stale))
            for record in removed + replaced:
                records.pop(record.path, None)
            for item in add:
                item.record = LetterRecord.of(item.letter, item.chunks, item.sha256, item.chunker)
                records[item.record.path] = item.record
            with self._lock:
                self._records = records
                self._sync_keyword_index({c.chunk_id: c for item in add for c in item.chunks})
                self._boilerplate = None
            self._write_manifest()
            return sorted({r.letter_id for r in removed})

    def reconcile(self) -> list[LetterRecord]:
        """Delete Chroma chunks the manifest does not know; return letters missing chunks."""
        with self._write_lock:
            present = set(self._collection.get(include=[])["ids"])
            wanted = {i for r in self._records.values() for i in r.chunk_ids}
            self._delete(sorted(present - wanted))
            self._boilerplate = None
            return [r for r in self._records.values() if not set(r.chunk_ids) <= present]

    def _write_chunks(
        self, add: Sequence[LetterChunks], progress: Callable[[Letter], None] | None
    ) -> None:
        # Chunks already stored exactly as they are now are not written again. (The id is
        # a content hash, but metadata such as `source` can change under the same id.)
        ids = [c.chunk_id for item in add for c in item.chunks]
        stored: dict[str, Any] = {}
        for batch in _batches(ids, self._max_batch()):
            result = self._collection.get(ids=batch, include=["metadatas"])
            stored.update(zip(result["ids"], result["metadatas"], strict=True))
        pending: list[Chunk] = []
        waiting: list[Letter] = []  # letters whose chunks are (partly) in `pending`
        group = max(1, self.settings.embedding_batch) * 8
        for item in add:
            pending.extend(c for c in item.chunks if stored.get(c.chunk_id) != _metadata(c))
            waiting.append(item.letter)
            if len(pending) >= group:
                self._upsert(pending)
                pending = []
                _report(progress, waiting)
                waiting = []
        self._upsert(pending)
        _report(progress, waiting)

    def _upsert(self, chunks: list[Chunk]) -> None:
        if not chunks:
            return
        vectors = np.asarray(
            self.embeddings.embed_documents([c.indexed_text for c in chunks]), dtype=np.float32
        )
        size = self._max_batch()
        for start in range(0, len(chunks), size):
            batch = chunks[start : start + size]
            self._collection.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[start : start + size],
                documents=[c.indexed_text for c in batch],
                metadatas=[_metadata(c) for c in batch],
            )

    def _delete(self, ids: list[str]) -> None:
        for batch in _batches(ids, self._max_batch()):
            self._collection.delete(ids=batch)

    def _max_batch(self) -> int:
        return max(1, min(self._client.get_max_batch_size(), 5000))

    # -- reads -------------------------------------------------------------------------------

    def dense(self, query: str, k: int, where: dict[str, Any] | None = None):
        """Nearest chunks by cosine similarity (1 = same direction), best first."""
        chroma_where = _chroma_where(where)
        # Chroma returns fewer than k when it has fewer; asking it to count first costs a
        # read of the collection per query (3 ms at 18,000 chunks).
        if chroma_where is _NOTHING or not self._records or k <= 0:
            return []
        ids = self._letters_chunk_ids(where)
        if ids is not None and len(ids) <= _EXACT_SEARCH_MAX:
            return self._dense_among(query, ids, k)
        result = self._collection.query(
            query_embeddings=[self.embeddings.embed_query(query)],
            n_results=k,
            where=chroma_where,
            include=["metadatas", "distances"],
        )
        rows = zip(result["ids"][0], result["metadatas"][0], result["distances"][0], strict=True)
        return [(_chunk(i, m), 1.0 - float(d)) for i, m, d in rows]

    def keyword(self, query: str, k: int, where: dict[str, Any] | None = None):
        """Best BM25 matches (jieba search-mode tokens), best first; zero scores left out."""
        chroma_where = _chroma_where(where)
        index = self._keyword()
        if chroma_where is _NOTHING or index is None or k <= 0:
            return []
        allowed = None
        if chroma_where is not None:
            ids = self._letters_chunk_ids(where)
            if ids is None:
                ids = self._collection.get(where=chroma_where, include=[])["ids"]
            allowed = set(ids)
        hits = index.search(tokenize(query), k, allowed)
        found = self._get({"ids": [i for i, _ in hits]})
        by_id = {c.chunk_id: c for c in found}
        return [(by_id[i], score) for i, score in hits if i in by_id]

    def _letters_chunk_ids(self, where: dict[str, Any] | None) -> list[str] | None:
        """The chunk ids a filter on `letter_id` alone allows, from the manifest; None for
        any other filter. (Chroma answers such a filter by reading the metadata of every
        chunk: 110 ms at 100,000 chunks, for every question that names its letter.)"""
        where = where or {}
        if {key for key, value in where.items() if value is not None} != {"letter_id"}:
            return None
        value = where["letter_id"]
        wanted = set(value) if isinstance(value, list | tuple | set | frozenset) else {value}
        records = self._records
        if self._by_letter is None or self._by_letter[0] is not records:
            self._by_letter = (records, {r.letter_id: r.chunk_ids for r in records.values()})
        by_letter = self._by_letter[1]
        return [i for letter_id in sorted(wanted) for i in by_letter.get(letter_id, ())]

    def _dense_among(self, query: str, ids: list[str], k: int) -> list[tuple[Chunk, float]]:
        """Exact cosine search over the given chunks, their vectors read by id."""
        if not ids:
            return []
        found = self._collection.get(ids=ids, include=["embeddings", "metadatas"])
        if not found["ids"]:
            return []
        cosines = _unit_rows(np.asarray(found["embeddings"])) @ self._unit_query(query)
        best = np.argsort(-cosines, kind="stable")[:k]
        rows = list(zip(found["ids"], found["metadatas"], strict=True))
        return [(_chunk(*rows[i]), float(cosines[i])) for i in best]

    def boilerplate_cosine(self, query: str) -> float | None:
        """The query's best cosine to any chunk that is not letter body (opening, closing,
        signature, the meta card); None when the index has none.

        A Chroma query filtered on `part` reads every chunk's metadata (≈25 ms at 18,000
        chunks, growing with the index). Boilerplate is about one chunk in five, so its
        unit vectors are read once (again after a write) and kept: then this is one
        matrix-vector product.
        """
        matrix = self._boilerplate
        if matrix is None:
            with self._lock:
                if self._boilerplate is None:
                    self._boilerplate = self._unit_vectors({"part": {"$ne": "body"}})
                matrix = self._boilerplate
        if not len(matrix):
            return None
        return float(np.max(matrix @ self._unit_query(query)))

    def _unit_query(self, query: str) -> np.ndarray:
        vector = np.asarray(self.embeddings.embed_query(query), dtype=np.float32)
        return vector / (np.linalg.norm(vector) or 1.0)

    def document_frequency(self, forms: Sequence[str]) -> int:
        """How many chunks have, for at least one of the forms, every keyword token of it
        (the jieba tokens BM25 indexes: "人才评价" is in a chunk with 人才 and 评价)."""
        index = self._keyword()
        if index is None:
            return 0
        return index.document_frequency([tokenize(form) for form in forms])

    def sections(self) -> list[tuple[str, str]]:
        """(letter id, section path) of every chunk, each letter's in letter order; from
        the manifest (reading 100,000 chunks back from Chroma takes 11 s)."""
        records = sorted(self._records.values(), key=lambda r: (r.source, r.letter_id))
        if all(len(r.sections) == len(r.chunk_ids) for r in records):
            return [(r.letter_id, section) for r in records for section in r.sections]
        return [(c.letter_id, c.section) for c in self.get_chunks()]  # an older manifest

    def get_chunks(self, letter_id: str | None = None) -> list[Chunk]:
        """All chunks (of one letter), in letter order."""
        chunks = self._get({"where": {"letter_id": letter_id}} if letter_id else {})
        return sorted(chunks, key=lambda c: (c.source, c.letter_id, c.ordinal))

    def letters(self) -> list[LetterRecord]:
        return sorted(self._records.values(), key=lambda r: r.path)

    def record(self, path: str | Path) -> LetterRecord | None:
        return self._records.get(str(Path(path).resolve()))

    def counts(self) -> dict[str, int]:
        bm25 = (
            self._keyword_index.ids if self._keyword_index else Bm25Index.saved_ids(self._bm25_dir)
        )
        return {
            "chroma": self._collection.count(),
            "bm25": len(bm25),
            "letters": len(self._records),
        }

    def as_vectorstore(self) -> Any:
        """This collection as a `langchain_chroma.Chroma`, for LangChain code."""
        from langchain_chroma import Chroma

        return Chroma(
            client=self._client,
            collection_name=self.collection_name,
            embedding_function=self.embeddings,
        )

    def _unit_vectors(self, where: dict[str, Any]) -> np.ndarray:
        """The vectors of the chunks matching a Chroma filter, scaled to length 1, read a
        page at a time (see `_get`)."""
        pages: list[np.ndarray] = []
        offset = 0
        while True:
            result = self._collection.get(
                where=where, include=["embeddings"], limit=_PAGE, offset=offset
            )
            embeddings = result["embeddings"]
            if embeddings is not None and len(embeddings):
                pages.append(np.asarray(embeddings, dtype=np.float32))
            offset += len(result["ids"])
            if len(result["ids"]) < _PAGE:
                break
        if not pages:
            return np.zeros((0, 0), dtype=np.float32)
        return _unit_rows(np.concatenate(pages))

    def _get(self, query: dict[str, Any]) -> list[Chunk]:
        if query.get("ids") == []:  # Chroma refuses an empty id list
            return []
        if "ids" in query:
            result = self._collection.get(**query, include=["metadatas"])
            return [_chunk(i, m) for i, m in zip(result["ids"], result["metadatas"], strict=True)]
        # Reading a whole large collection at once fails inside Chroma ("too many SQL
        # variables" at 100,000 chunks): read it a page at a time.
        chunks: list[Chunk] = []
        while True:
            result = self._collection.get(
                **query, include=["metadatas"], limit=_PAGE, offset=len(chunks)
            )
            ids, metadatas = result["ids"], result["metadatas"]
            chunks += [_chunk(i, m) for i, m in zip(ids, metadatas, strict=True)]
            if len(ids) < _PAGE:
                return chunks

    # -- BM25 --------------------------------------------------------------------------------

    @property
    def _bm25_dir(self) -> Path:
        return self._home / "bm25"

    def _keyword(self) -> Bm25Index | None:
        index = self._keyword_index  # never modified once built: safe to search unlocked
        if index is None:
            with self._lock:
                if self._keyword_index is None:
                    self._keyword_index = Bm25Index.load(self._bm25_dir)
                    self._sync_keyword_index({})
                index = self._keyword_index
        return index if index.ids else None

    def _sync_keyword_index(self, new: dict[str, Chunk]) -> None:
        """Rebuild BM25 when its chunk ids differ from the manifest's; it is cheap.

        Called with `_lock` held; the rebuilt index replaces the old one in one assignment.
        """
        if self._keyword_index is None:
            self._keyword_index = Bm25Index.load(self._bm25_dir)
        current = self._keyword_index
        wanted = sorted({i for r in self._records.values() for i in r.chunk_ids})
        if current.ids == wanted:
            return
        tokens = {i: current.tokens[i] for i in wanted if i in current.tokens}
        tokens.update({i: tokenize(c.indexed_text) for i, c in new.items() if i not in tokens})
        missing = [i for i in wanted if i not in tokens]
        for batch in _batches(missing, self._max_batch()):
            result = self._collection.get(ids=batch, include=["documents"])
            for i, document in zip(result["ids"], result["documents"], strict=True):
                tokens[i] = tokenize(document)
        ids = [i for i in wanted if i in tokens]  # a chunk Chroma lost is not searchable
        self._keyword_index = Bm25Index.build(ids, tokens)
        self._keyword_index.save(self._bm25_dir)

    # -- manifest ----------------------------------------------------------------------------

    def _read_manifest(self) -> tuple[dict[str, LetterRecord], str | None]:
        """The records, and the collection they were last written to (None if unknown)."""
        if not self._manifest_path.exists():
            return {}, None
        with self._manifest_path.open(encoding="utf-8") as f:
            data = json.load(f)
        records = {path: LetterRecord.from_dict(r) for path, r in data.get("letters", {}).items()}
        return records, data.get("collection")

    def _write_manifest(self) -> None:
        letters = {path: r.as_dict() for path, r in sorted(self._records.items())}
        manifest = {"version": 1, "collection": self.collection_name, "letters": letters}
        write_atomic(self._manifest_path, json.dumps(manifest, ensure_ascii=False, indent=1))
        self.switched_from = None


def _chroma_where(where: dict[str, Any] | None) -> dict[str, Any] | None:
    """{"k": v, "k2": [a, b]} → Chroma's {"$and": [{"k": v}, {"k2": {"$in": [a, b]}}]}."""
    clauses = []
    for key, value in sorted((where or {}).items()):
        if value is None:
            continue
        values = list(value) if isinstance(value, list | tuple | set | frozenset) else [value]
        if key == "year":  # stored as int; filters often arrive as "2024"
            values = [int(v) for v in values if str(v).strip().isdigit()]
        if not values:
            return _NOTHING
        clauses.append({key: values[0]} if len(values) == 1 else {key: {"$in": values}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _unit_rows(matrix: np.ndarray) -> np.ndarray:
    """float32 rows scaled to length 1 (zero rows stay zero), so a product is a cosine."""
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def _metadata(chunk: Chunk) -> dict[str, Any]:
    """Every scalar Chunk field but the id (Chroma has no None); `text` is the raw quote."""
    return {name: v for name in _CHUNK_FIELDS if (v := getattr(chunk, name)) is not None}


def _chunk(chunk_id: str, metadata: dict[str, Any]) -> Chunk:
    values: dict[str, Any] = {name: metadata.get(name) for name in _CHUNK_FIELDS}
    return Chunk(chunk_id=chunk_id, **values)


def _key(letter: Letter) -> str:
    """Manifest key: the resolved path the letter was read from (its file name otherwise)."""
    return str(Path(letter.path).resolve()) if letter.path else letter.source


def _report(progress: Callable[[Letter], None] | None, letters: list[Letter]) -> None:
    for letter in letters:
        if progress is not None:
            progress(letter)


def _batches(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
