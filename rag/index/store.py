"""The index: Chroma for dense search, jieba + bm25s for keywords, a manifest of letters.

    store = open_store(settings, embeddings)          # Chroma on disk, or RAG_CHROMA_URL
    store.add_letter(letter, chunks)                   # replaces what the letter had
    store.dense("人才评价", k=5, where={"proposal_no": "0798"})   # [(Chunk, cosine)]
    store.keyword("人才评价", k=5)                                 # [(Chunk, BM25 score)]

Under RAG_HOME: `chroma/`, `bm25/`, `manifest.json` (docs/ARCHITECTURE.md); with
RAG_CHROMA_URL, chunks and manifest live on the server (`rag.index.ledger`).

Writes go: new chunks to Chroma → the manifest (one atomic commit) → stale chunks out of
Chroma → BM25. The manifest is the truth: searches only return chunks it references, so
chunks of a write that died before its commit are never seen; `reconcile()` deletes the
chunks it does not reference and returns the letters whose chunks went missing. BM25 is
derived data, rebuilt (from the kept tokens, so cheaply) whenever its chunk ids differ
from the manifest's. One writer at a time (`writing()`: a lock across threads, and the
ledger's lock across processes or replicas); reads never wait for writers. `refresh()`
picks up another process's commit (at most once per RAG_REFRESH_SECONDS). `version`
counts the changes this process has seen (caches key on it). Read side: `StoreReader`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from rag.index.chroma import (
    NOTHING,
    ChunkCollection,
    Vectors,
    chroma_client,
    chroma_where,
    collection_name,
    filter_values,
)
from rag.index.keyword import Bm25Index, KeywordCache, tokenize
from rag.index.ledger import Ledger, check_home, open_ledger
from rag.index.manifest import LetterRecord, RecordSet, manifest_key
from rag.index.protocol import Filters
from rag.models import Chunk, Letter
from rag.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from langchain_core.embeddings import Embeddings

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
    check_home(Path(settings.home))
    if client is None:
        client = chroma_client(settings)
    model_id = getattr(embeddings, "model_id", type(embeddings).__name__)
    return Store(
        settings, embeddings, client, collection_name(model_id), open_ledger(settings, client)
    )


class Store:
    """Dense, keyword and manifest views of the indexed letters; see the module docstring."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings,
        client: ClientAPI,
        name: str,
        ledger: Ledger | None = None,
    ) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.collection_name = name
        # On a server, chunks carry their BM25 tokens: new replicas need no jieba (90 s/100k).
        self._chroma = ChunkCollection(client, name, keep_tokens=bool(settings.chroma_url))
        self._home = Path(settings.home)
        self._ledger = ledger or open_ledger(settings, client)
        snapshot = self._ledger.read()
        self._records = RecordSet(snapshot.records)
        self._stamp = snapshot.stamp
        self._checked = time.monotonic()
        # The collection (one per embedding model) the manifest's letters were last written
        # to, when it is not this one: the letters' vectors for this model may be missing.
        written_to = snapshot.collection
        self.switched_from = written_to if self._records and written_to != name else None
        self._version = 0
        self._writing = 0  # depth of `writing()` in the thread that holds `_write_lock`
        self._bm25 = KeywordCache(self._home / "bm25", self._chroma.keyword_tokens)
        self._boilerplate: Vectors | None = None  # unit vectors, see boilerplate_cosine
        # (the records it was built from, letter id → chunk ids); see _letters_chunk_ids
        # Writers take turns (`_write_lock`, held for a whole update, embedding included).
        # Readers never wait for them: a write builds a new manifest dict and a new BM25
        # index and swaps each in with one assignment, so a reader sees the old or the new,
        # never one half-changed. `_lock` only guards those swaps and BM25's first load.
        self._write_lock = threading.RLock()
        self._lock = threading.RLock()
        self._refreshing = threading.Lock()

    @property
    def shared(self) -> bool:
        """Whether other processes (replicas on a server) write this index too."""
        return self._ledger.followed

    @property
    def version(self) -> int:
        """Goes up with every change this process makes or sees (its own writes, another
        process's commits found by `refresh`)."""
        return self._version

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the index for writing: the threads of this process and every other writer
        (processes on this RAG_HOME, replicas on this server) wait. Reentrant. The records
        are re-read once it is held, so decisions rest on the latest commit."""
        # (the second context is chosen once the first is held: the outermost's)
        with self._write_lock, nullcontext() if self._writing else self._ledger.writing():
            outermost = not self._writing
            self._writing += 1
            try:
                if outermost:
                    self.refresh(force=True)
                yield
            finally:
                self._writing -= 1

    def refresh(self, force: bool = False) -> bool:
        """Take in another process's commit, if any (checked at most once per
        RAG_REFRESH_SECONDS unless forced); True when the index changed."""
        now = time.monotonic()
        if not force and (
            not self._ledger.followed or now - self._checked < self.settings.refresh_seconds
        ):
            return False
        self._checked = now
        # One reader takes the commit in; others meanwhile answer from what they have.
        if self._ledger.stamp() == self._stamp or not self._refreshing.acquire(force):
            return False
        try:
            with self._lock:
                snapshot = self._ledger.read()
                if snapshot.stamp == self._stamp:
                    return False
                self._records, self._stamp = RecordSet(snapshot.records), snapshot.stamp
                self._sync_keyword_index({})
                self._boilerplate = None
                self._version += 1
            return True
        finally:
            self._refreshing.release()

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
        with self.writing():
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
            for record in removed + replaced:
                records.pop(record.path, None)
            for item in add:
                item.record = LetterRecord.of(item.letter, item.chunks, item.sha256, item.chunker)
                records[item.record.path] = item.record
            if records != self._records or self.switched_from or self._stamp is None:
                self._commit(records)  # from here on, readers anywhere see the new letters
            self._chroma.delete(sorted(stale))
            with self._lock:
                self._sync_keyword_index({c.chunk_id: c for item in add for c in item.chunks})
                self._boilerplate = None
                if add or removed:
                    self._version += 1
            return sorted({r.letter_id for r in removed})

    def reconcile(self) -> list[LetterRecord]:
        """Delete Chroma chunks the manifest does not know; return letters missing chunks."""
        with self.writing():
            present = set(self._chroma.ids())
            wanted = {i for r in self._records.values() for i in r.chunk_ids}
            orphans = sorted(present - wanted)
            if orphans:  # they may be another writer's, in flight, if this one lost its turn
                self._ledger.check_held()
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
            pending.extend(
                c for c in item.chunks if stored.get(c.chunk_id) != self._chroma.metadata(c)
            )
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

    def _commit(self, records: dict[str, LetterRecord]) -> None:
        stamp = self._ledger.commit(records, self.collection_name, expected=self._stamp)
        with self._lock:
            self._records, self._stamp = RecordSet(records), stamp
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
        vector = self.embeddings.embed_query(query)
        known = self._records.known
        asked = k
        while True:
            # Chunks no record references (a write that died before its commit, or whose
            # old chunks are not yet deleted) are not part of the index.
            hits = self._chroma.nearest(vector, asked, chroma_filter)
            kept = [(chunk, cosine) for chunk, cosine in hits if chunk.chunk_id in known]
            if len(kept) >= k or len(hits) < asked or asked >= 8 * k:
                return kept[:k]
            asked *= 2

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
        by_letter = self._records.by_letter
        return [i for letter_id in sorted(wanted) for i in by_letter.get(letter_id, ())]

    def boilerplate_cosine(self, query: str) -> float | None:
        """The query's best cosine to any chunk that is not letter body (opening, closing,
        signature, the meta card); None when the index has none.

        A Chroma query filtered on `part` reads every chunk's metadata (≈25 ms at 18,000
        chunks, growing with the index). Boilerplate is about one chunk in five, so its
        unit vectors are read once (again after a write) and kept: then this is one
        matrix-vector product.
        """
        matrix = self._boilerplate_vectors()
        if not len(matrix):
            return None
        return float(np.max(matrix @ self._unit_query(query)))

    def _boilerplate_vectors(self) -> Vectors:
        matrix = self._boilerplate
        if matrix is None:
            with self._lock:
                if self._boilerplate is None:
                    self._boilerplate = self._chroma.unit_vectors({"part": {"$ne": "body"}})
                matrix = self._boilerplate
        return matrix

    def warm_up(self) -> None:
        """Build what the first question would otherwise wait for: BM25 (from the kept
        tokens, or from the server on a new replica) and the boilerplate vectors."""
        self._keyword()
        self._boilerplate_vectors()

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
        known = self._records.known
        chunks = [c for c in chunks if c.chunk_id in known]
        return sorted(chunks, key=lambda c: (c.source, c.letter_id, c.ordinal))

    def letters(self) -> list[LetterRecord]:
        return sorted(self._records.values(), key=lambda r: r.path)

    def record(self, path: str | Path) -> LetterRecord | None:
        return self._records.get(str(Path(path).resolve()))

    def counts(self) -> dict[str, int]:
        return {
            "chroma": self._chroma.count(),
            "bm25": len(self._bm25.ids()),
            "letters": len(self._records),
        }

    # -- BM25 --------------------------------------------------------------------------------

    def _keyword(self) -> Bm25Index | None:
        index = self._bm25.index  # never modified once built: safe to search unlocked
        if index is None:
            with self._lock:
                if self._bm25.index is None:
                    self._sync_keyword_index({})
                index = self._bm25.index
        return index if index is not None and index.ids else None

    def _sync_keyword_index(self, new: dict[str, Chunk]) -> None:
        """Rebuild BM25 when its chunk ids differ from the manifest's (with `_lock` held)."""
        wanted = sorted(self._records.known)
        self._bm25.sync(wanted, {i: c.indexed_text for i, c in new.items()})


def _report(progress: Callable[[Letter], None] | None, letters: list[Letter]) -> None:
    for letter in letters:
        if progress is not None:
            progress(letter)
