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
take turns and reads never wait for them. `version` counts the writes, so a reader can
key its caches by it. The read side is `rag.index.protocol.StoreReader`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from rag.errors import ConfigError
from rag.index.chroma import (
    NOTHING,
    ChunkCollection,
    Vectors,
    chroma_client,
    chroma_where,
    chunk_metadata,
    collection_name,
    filter_values,
)
from rag.index.keyword import Bm25Index, tokenize, write_atomic
from rag.index.manifest import LetterRecord, manifest_json, manifest_key, read_manifest
from rag.index.protocol import Filters
from rag.models import Chunk, Letter
from rag.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from langchain_core.embeddings import Embeddings

# What other steps import from here (`collection_name` and `LetterRecord` live beside it).
__all__ = ["LetterChunks", "LetterRecord", "Store", "collection_name", "open_store"]

# A search filtered to letters with at most this many chunks is an exact one over their
# vectors, read by id, instead of a Chroma query with a metadata filter (see dense).
_EXACT_SEARCH_MAX = 2000


@dataclass
class LetterChunks:
    """A letter to (re)index: its chunks and the sha256 of the file it was read from."""

    letter: Letter
    chunks: list[Chunk]
    sha256: str = ""
    chunker: str = ""
    record: LetterRecord | None = field(default=None, init=False)


def open_store(
    settings: Settings, embeddings: Embeddings, client: ClientAPI | None = None
) -> Store:
    """The store for `settings`; `client` is any chromadb client (tests, the facade)."""
    _check_home(Path(settings.home))
    if client is None:
        client = chroma_client(settings)
    model_id = getattr(embeddings, "model_id", type(embeddings).__name__)
    return Store(settings, embeddings, client, collection_name(model_id))


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


class Store:
    """Dense, keyword and manifest views of the indexed letters; see the module docstring."""

    def __init__(
        self, settings: Settings, embeddings: Embeddings, client: ClientAPI, name: str
    ) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.collection_name = name
        self._chroma = ChunkCollection(client, name)
        self._home = Path(settings.home)
        self._manifest_path = self._home / "manifest.json"
        self._records, written_to = read_manifest(self._manifest_path)
        # The collection (one per embedding model) the manifest's letters were last written
        # to, when it is not this one: the letters' vectors for this model may be missing.
        self.switched_from = written_to if self._records and written_to != name else None
        self._version = 0
        self._keyword_index: Bm25Index | None = None
        self._boilerplate: Vectors | None = None  # unit vectors, see boilerplate_cosine
        # (the records it was built from, letter id → chunk ids); see _letters_chunk_ids
        self._by_letter: tuple[dict[str, LetterRecord], dict[str, tuple[str, ...]]] | None = None
        # Writers take turns (`_write_lock`, held for a whole update, embedding included).
        # Readers never wait for them: a write builds a new manifest dict and a new BM25
        # index and swaps each in with one assignment, so a reader sees the old or the new,
        # never one half-changed. `_lock` only guards those swaps and BM25's first load.
        self._write_lock = threading.RLock()
        self._lock = threading.RLock()

    @property
    def version(self) -> int:
        """Goes up with every write that changes what the reads return (in this process)."""
        return self._version

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
                if r.path == manifest_key(item.letter) or r.letter_id == item.letter.letter_id
            ]
            self._write_chunks(add, progress)
            keep = {c.chunk_id for item in add for c in item.chunks}
            stale = {i for r in removed + replaced for i in r.chunk_ids} - keep
            self._chroma.delete(sorted(stale))
            for record in removed + replaced:
                records.pop(record.path, None)
            for item in add:
                item.record = LetterRecord.of(item.letter, item.chunks, item.sha256, item.chunker)
                records[item.record.path] = item.record
            with self._lock:
                self._records = records
                self._sync_keyword_index({c.chunk_id: c for item in add for c in item.chunks})
                self._boilerplate = None
                if add or removed:
                    self._version += 1
            self._write_manifest()
            return sorted({r.letter_id for r in removed})

    def reconcile(self) -> list[LetterRecord]:
        """Delete Chroma chunks the manifest does not know; return letters missing chunks."""
        with self._write_lock:
            present = set(self._chroma.ids())
            wanted = {i for r in self._records.values() for i in r.chunk_ids}
            orphans = sorted(present - wanted)
            self._chroma.delete(orphans)
            with self._lock:
                self._boilerplate = None
                if orphans:
                    self._version += 1
            return [r for r in self._records.values() if not set(r.chunk_ids) <= present]

    def _write_chunks(
        self, add: Sequence[LetterChunks], progress: Callable[[Letter], None] | None
    ) -> None:
        # Chunks already stored exactly as they are now are not written again. (The id is
        # a content hash, but metadata such as `source` can change under the same id.)
        stored = self._chroma.stored_metadata([c.chunk_id for item in add for c in item.chunks])
        pending: list[Chunk] = []
        waiting: list[Letter] = []  # letters whose chunks are (partly) in `pending`
        group = max(1, self.settings.embedding_batch) * 8
        for item in add:
            pending.extend(c for c in item.chunks if stored.get(c.chunk_id) != chunk_metadata(c))
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
        texts = [c.indexed_text for c in chunks]
        vectors = np.asarray(self.embeddings.embed_documents(texts), dtype=np.float32)
        self._chroma.upsert(chunks, vectors)

    def _write_manifest(self) -> None:
        write_atomic(self._manifest_path, manifest_json(self._records, self.collection_name))
        self.switched_from = None

    # -- reads -------------------------------------------------------------------------------

    def dense(self, query: str, k: int, where: Filters | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks by cosine similarity (1 = same direction), best first."""
        chroma_filter = chroma_where(where)
        # Chroma returns fewer than k when it has fewer; asking it to count first costs a
        # read of the collection per query (3 ms at 18,000 chunks).
        if chroma_filter is NOTHING or not self._records or k <= 0:
            return []
        ids = self._letters_chunk_ids(where)
        if ids is not None and len(ids) <= _EXACT_SEARCH_MAX:
            return self._chroma.nearest_among(ids, self._unit_query(query), k) if ids else []
        return self._chroma.nearest(self.embeddings.embed_query(query), k, chroma_filter)

    def keyword(
        self, query: str, k: int, where: Filters | None = None
    ) -> list[tuple[Chunk, float]]:
        """Best BM25 matches (jieba search-mode tokens), best first; zero scores left out."""
        chroma_filter = chroma_where(where)
        index = self._keyword()
        if chroma_filter is NOTHING or index is None or k <= 0:
            return []
        allowed = None
        if chroma_filter is not None:
            ids = self._letters_chunk_ids(where)
            allowed = set(ids if ids is not None else self._chroma.ids(chroma_filter))
        hits = index.search(tokenize(query), k, allowed)
        by_id = {c.chunk_id: c for c in self._chroma.chunks(ids=[i for i, _ in hits])}
        return [(by_id[i], score) for i, score in hits if i in by_id]

    def _letters_chunk_ids(self, where: Filters | None) -> list[str] | None:
        """The chunk ids a filter on `letter_id` alone allows, from the manifest; None for
        any other filter. (Chroma answers such a filter by reading the metadata of every
        chunk: 110 ms at 100,000 chunks, for every question that names its letter.)"""
        where = where or {}
        if {key for key, value in where.items() if value is not None} != {"letter_id"}:
            return None
        value = where["letter_id"]
        wanted = {str(v) for v in filter_values(value)} if value is not None else set()
        records = self._records
        if self._by_letter is None or self._by_letter[0] is not records:
            self._by_letter = (records, {r.letter_id: r.chunk_ids for r in records.values()})
        by_letter = self._by_letter[1]
        return [i for letter_id in sorted(wanted) for i in by_letter.get(letter_id, ())]

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
                    self._boilerplate = self._chroma.unit_vectors({"part": {"$ne": "body"}})
                matrix = self._boilerplate
        if not len(matrix):
            return None
        return float(np.max(matrix @ self._unit_query(query)))

    def _unit_query(self, query: str) -> Vectors:
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
        chunks = self._chroma.chunks(where={"letter_id": letter_id} if letter_id else None)
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
            "chroma": self._chroma.count(),
            "bm25": len(bm25),
            "letters": len(self._records),
        }

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
        for i, document in self._chroma.documents(missing).items():
            tokens[i] = tokenize(document)
        ids = [i for i in wanted if i in tokens]  # a chunk Chroma lost is not searchable
        self._keyword_index = Bm25Index.build(ids, tokens)
        self._keyword_index.save(self._bm25_dir)


def _report(progress: Callable[[Letter], None] | None, letters: list[Letter]) -> None:
    for letter in letters:
        if progress is not None:
            progress(letter)
