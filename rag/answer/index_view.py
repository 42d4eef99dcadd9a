"""What retrieval derives from one version of the index: the catalog of letters, the
heading index, term statistics, each letter's chunks, and earlier turns' results.

Each part is built on first use and bounded; a write to the store changes its version,
and the retriever starts a new view, so nothing is ever cleared from outside.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from cachetools import LRUCache

from rag.answer.catalog import Catalog
from rag.answer.sections import Headings
from rag.answer.spelling import spelled_in_index
from rag.answer.terms import is_english
from rag.index.protocol import StoreReader
from rag.letters.script import simplified
from rag.models import Chunk

T = TypeVar("T")
_FEW_HOLD = 3  # letters a place only bodies name may be in, and still tell which is meant


class IndexView:
    """What retrieval derives from one version of the index, each part built on first use
    and bounded; a new version gets a new view, so nothing is ever cleared from outside."""

    def __init__(self, store: StoreReader, version: int) -> None:
        self.store = store
        self.version = version
        self._lock = threading.Lock()
        self._catalog: Catalog | None = None
        self._sections: list[tuple[str, str]] | None = None
        self._headings: Headings | None = None
        self._body: str | None = None
        self._chunk_texts: list[tuple[str, str]] | None = None
        self.df: LRUCache[Hashable, Any] = LRUCache(maxsize=8192)
        self.margins: LRUCache[Hashable, Any] = LRUCache(maxsize=1024)
        self.previous: LRUCache[Hashable, Any] = LRUCache(maxsize=256)
        self.chunks: LRUCache[Hashable, Any] = LRUCache(maxsize=256)
        self.spellings: LRUCache[Hashable, Any] = LRUCache(maxsize=256)
        self.places: LRUCache[Hashable, Any] = LRUCache(maxsize=256)
        self.texts: LRUCache[Hashable, Any] = LRUCache(maxsize=256)

    def memo(self, cache: LRUCache[Hashable, Any], key: Hashable, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in cache:
                value: T = cache[key]
                return value
        value = compute()  # outside the lock: it may read the store, or memo itself
        with self._lock:
            cache[key] = value
        return value

    def catalog(self) -> Catalog:
        if self._catalog is None:
            self._catalog = Catalog.of(self.store.letters())
        return self._catalog

    def sections(self) -> list[tuple[str, str]]:
        """(letter id, section path) of every chunk of the index."""
        if self._sections is None:
            self._sections = self.store.sections()
        return self._sections

    def headings(self) -> Headings:
        if self._headings is None:
            self._headings = Headings.of(self.sections())
        return self._headings

    def letter_chunks(self, letter_id: str) -> list[Chunk]:
        chunks: list[Chunk] = self.memo(
            self.chunks, letter_id, lambda: list(self.store.get_chunks(letter_id))
        )
        return chunks

    def letter_text(self, letter_id: str) -> str:
        """All the letter says, with its title, issuer and proposal as parsed, in simplified
        characters (read once per letter, not once per question)."""

        def read() -> str:
            record = self.catalog().by_id.get(letter_id, {})
            fields = [str(record.get(k) or "") for k in ("title", "issuer", "proposal_title")]
            return simplified(" ".join([*fields, *(c.text for c in self.letter_chunks(letter_id))]))

        text: str = self.memo(self.texts, letter_id, read)
        return text

    def spelled(self, question: str) -> list[str]:
        """The words of the letters' issuers, titles and proposal titles an English question
        spells in pinyin ("Zhubu and Baojia" → 主簿, 包家 of 《关于方便主簿镇、包家乡…》):
        names no dictionary lists, looked for in the whole index and not only in the
        passages a search has already found; then the places only the letters' bodies name,
        before their kind ("Yujia village" → 于家村) or of three syllables or more
        (`spelled_in_index`).  (Headings were tried as names: their common words sound like
        names too often, "Zhubu" → 逐步.)"""
        if not is_english(question):
            return []

        def spell() -> list[str]:
            return spelled_in_index(question, self.catalog().names_text, self.body())

        names: list[str] = self.memo(self.spellings, question, spell)
        return names

    def body_only(self, question: str) -> list[str]:
        """The places an English question spells that only the letters' bodies name
        ("Yujia village" → 于家村), when it names no place an issuer or a title does
        ("Maguan county: … Xinfazhai": 马关 says which letter) and few letters write them."""
        return self._body_places(question)[0]

    def holding(self, question: str) -> set[str] | None:
        """The letters whose bodies write the places of `body_only` (于家村): one to three."""
        return self._body_places(question)[1] or None

    def _body_places(self, question: str) -> tuple[list[str], set[str]]:
        def find() -> tuple[list[str], set[str]]:
            names_text, spelled = self.catalog().names_text, self.spelled(question)
            only = [n for n in spelled if n not in names_text]
            if not only or len(only) < len(spelled):
                return [], set()
            texts = self._letters_body()
            held = {letter for letter, text in texts if any(n in text for n in only)}
            return (only, held) if len(held) <= _FEW_HOLD else ([], set())

        found: tuple[list[str], set[str]] = self.memo(self.places, question, find)
        return found

    def body(self) -> str:
        """Every chunk's text, in simplified characters, read once per version of the index."""
        if self._body is None:
            self._body = "\n".join(text for _, text in self._letters_body())
        return self._body

    def _letters_body(self) -> list[tuple[str, str]]:
        """(letter id, text in simplified characters) of every chunk."""
        if self._chunk_texts is None:
            chunks = self.store.get_chunks()
            self._chunk_texts = [(c.letter_id, simplified(c.text)) for c in chunks]
        return self._chunk_texts
