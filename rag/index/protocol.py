"""What answering reads from the index: `StoreReader`, the read side of `Store`.

Retrieval and the facade depend on this, not on `Store`, so a test can hand them any
object with these methods, and the store's writes stay out of their reach.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

from rag.index.manifest import LetterRecord
from rag.models import Chunk

Scalar = str | int | float | bool
# A metadata filter: field → a value, or values any of which matches; None leaves the
# field unfiltered. {"proposal_no": ["182", "0798"], "year": "2024"} (years may be strings).
Filters = Mapping[str, Scalar | Collection[Scalar] | None]


class StoreReader(Protocol):
    """The read methods of the index, as retrieval uses them."""

    @property
    def version(self) -> int:
        """Changes whenever a write (ingest, removal, re-embedding) changes what the reads
        return; a cache keyed by it is never stale."""
        ...

    def dense(self, query: str, k: int, where: Filters | None = None) -> list[tuple[Chunk, float]]:
        """The k chunks nearest to `query` by cosine similarity, best first."""
        ...

    def keyword(
        self, query: str, k: int, where: Filters | None = None
    ) -> list[tuple[Chunk, float]]:
        """The k best BM25 matches for `query` and their scores, best first; none scoring 0."""
        ...

    def boilerplate_cosine(self, query: str) -> float | None:
        """The query's best cosine to any chunk that is not letter body; None if none."""
        ...

    def document_frequency(self, forms: Sequence[str]) -> int:
        """How many chunks hold every keyword token of at least one of the forms."""
        ...

    def get_chunks(self, letter_id: str | None = None) -> list[Chunk]:
        """All chunks (of one letter), in letter order."""
        ...

    def sections(self) -> list[tuple[str, str]]:
        """(letter id, section path) of every chunk, each letter's in letter order."""
        ...

    def letters(self) -> list[LetterRecord]:
        """The manifest record of every indexed letter."""
        ...

    def counts(self) -> dict[str, int]:
        """How many chunks Chroma and BM25 hold ("chroma", "bm25"), and "letters"."""
        ...
