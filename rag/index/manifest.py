"""The manifest: one record per indexed letter, saved as `RAG_HOME/manifest.json`.

    records, collection = read_manifest(path)
    text = manifest_json(records, collection)      # the store writes it atomically

A record says where the letter came from (its resolved path, the key), the sha256 of that
file, its chunk ids and section paths, and the letter's fields, so listing or filtering
letters never reads Chroma. The manifest is the truth the other indexes are checked against.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from rag.models import Chunk, Letter

_VERSION = 1


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
    date_written: str | None = None
    category: str | None = None
    topic: str | None = None
    contact: str | None = None
    year: int | None = None
    # The section path of each chunk, in chunk_ids order: what a question can quote by its
    # heading, known without reading every chunk back from Chroma. () in old manifests.
    sections: tuple[str, ...] = ()

    @classmethod
    def of(cls, letter: Letter, chunks: Sequence[Chunk], sha256: str, chunker: str) -> LetterRecord:
        # Values of every type a field has: Any is the honest type of this mapping.
        meta: dict[str, Any] = {
            f.name: getattr(letter, f.name) for f in fields(cls) if hasattr(letter, f.name)
        }
        meta.update(
            path=manifest_key(letter),
            sha256=sha256,
            chunk_ids=tuple(c.chunk_id for c in chunks),
            sections=tuple(c.section for c in chunks),
            ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
            chunker=chunker,
            year=letter.year,
        )
        return cls(**meta)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LetterRecord:
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


class RecordSet(Mapping[str, LetterRecord]):
    """The records by key, read-only, with the lookups searches need built once per set
    (a write makes a new set)."""

    def __init__(self, records: Mapping[str, LetterRecord]) -> None:
        self._records = dict(records)

    def __getitem__(self, key: str) -> LetterRecord:
        return self._records[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._records)

    def __len__(self) -> int:
        return len(self._records)

    @cached_property
    def known(self) -> frozenset[str]:
        """Every chunk id a record references: what the index holds."""
        return frozenset(i for r in self._records.values() for i in r.chunk_ids)

    @cached_property
    def by_letter(self) -> dict[str, tuple[str, ...]]:
        """letter_id → its chunk ids."""
        return {r.letter_id: r.chunk_ids for r in self._records.values()}


def manifest_key(letter: Letter) -> str:
    """Manifest key: the resolved path the letter was read from (its file name otherwise)."""
    return str(Path(letter.path).resolve()) if letter.path else letter.source


def read_manifest(path: Path) -> tuple[dict[str, LetterRecord], str | None]:
    """The records by key, and the collection they were last written to (None if unknown)."""
    if not path.exists():
        return {}, None
    with path.open(encoding="utf-8") as f:
        data = json.load(f)
    return records_of(data), data.get("collection")


def records_of(data: Mapping[str, Any]) -> dict[str, LetterRecord]:
    """The records of a manifest's parsed JSON, by key."""
    return {key: LetterRecord.from_dict(r) for key, r in data.get("letters", {}).items()}


def manifest_json(records: Mapping[str, LetterRecord], collection: str) -> str:
    """The manifest file's text: the records in key order, and the collection they are in."""
    letters = {key: r.as_dict() for key, r in sorted(records.items())}
    manifest = {"version": _VERSION, "collection": collection, "letters": letters}
    return json.dumps(manifest, ensure_ascii=False, indent=1)
