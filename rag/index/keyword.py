"""Keyword search for the store: jieba search-mode tokens and a bm25s index over them.

The tokens of every chunk are kept beside the index, so rebuilding it when the chunk set
changes (bm25s has no incremental add) re-tokenizes only the new chunks.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from bm25s import BM25

_TOKEN = re.compile(r"[\W_]+")  # tokens made only of punctuation, symbols or spaces


class Bm25Index:
    """A bm25s index over jieba tokens, with the tokens kept so a rebuild re-tokenizes nothing."""

    def __init__(
        self, ids: list[str], tokens: dict[str, list[str]] | Path, retriever: BM25 | None
    ) -> None:
        self.ids = ids
        # The tokens, or the tokens.jsonl they are read from when first needed: only a
        # rebuild needs them (reading 100,000 lines costs a search's first second).
        self._tokens = tokens
        self.retriever = retriever
        self._rows: dict[str, int] | None = None  # chunk id → row, for masks

    @property
    def tokens(self) -> dict[str, list[str]]:
        if isinstance(self._tokens, Path):
            tokens = {}
            with self._tokens.open(encoding="utf-8") as f:
                for line in f:
                    chunk_id, _, joined = line.rstrip("\n").partition("\t")
                    tokens[chunk_id] = joined.split(" ") if joined else []
            self._tokens = tokens
        return self._tokens

    @classmethod
    def build(cls, ids: list[str], tokens: dict[str, list[str]]) -> Bm25Index:
        import bm25s

        retriever = None
        if ids:
            retriever = bm25s.BM25()
            retriever.index([tokens[i] for i in ids], show_progress=False)
        return cls(ids, tokens, retriever)

    @staticmethod
    def saved_ids(directory: Path) -> list[str]:
        try:
            with (directory / "ids.json").open(encoding="utf-8") as f:
                ids: list[str] = json.load(f)
        except FileNotFoundError:
            return []
        return ids

    @classmethod
    def load(cls, directory: Path) -> Bm25Index:
        ids = cls.saved_ids(directory)
        if not ids:
            return cls([], {}, None)
        import bm25s

        retriever = bm25s.BM25.load(str(directory / "index"), show_progress=False)
        return cls(ids, directory / "tokens.jsonl", retriever)

    def tokens_from(self, directory: Path) -> None:
        """Drop the tokens from memory; they are read from `directory` when next needed."""
        self._tokens = directory / "tokens.jsonl"

    def save(self, directory: Path) -> None:
        """Written beside the old index, then swapped in; a crash leaves one or the other."""
        fresh = directory.with_name(directory.name + ".new")
        shutil.rmtree(fresh, ignore_errors=True)
        fresh.mkdir(parents=True)
        if self.retriever is not None:
            self.retriever.save(str(fresh / "index"), show_progress=False)
        with (fresh / "tokens.jsonl").open("w", encoding="utf-8") as f:
            f.writelines(f"{i}\t{' '.join(self.tokens[i])}\n" for i in self.ids)
        # ids.json last: a directory without it reads as an empty index, which is rebuilt.
        write_atomic(fresh / "ids.json", json.dumps(self.ids))
        old = directory.with_name(directory.name + ".old")
        shutil.rmtree(old, ignore_errors=True)
        if directory.exists():
            os.replace(directory, old)
        os.replace(fresh, directory)
        shutil.rmtree(old, ignore_errors=True)

    def search(
        self, tokens: list[str], k: int, allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        if self.retriever is None:
            return []
        known = [t for t in tokens if t in self.retriever.vocab_dict]
        if not known:
            return []
        mask = None if allowed is None else self.mask(allowed)
        scores = self.retriever.get_scores(known, weight_mask=mask)
        # The k best positive scores, ties in index order: as a stable sort of all scores,
        # but sorting only what can make the cut (a full sort costs ms at 100,000 chunks).
        hits = np.flatnonzero(scores > 0)
        if len(hits) > k:
            cut = np.partition(scores[hits], len(hits) - k)[len(hits) - k]
            hits = hits[scores[hits] >= cut]
        top = hits[np.argsort(-scores[hits], kind="stable")][:k]
        return [(self.ids[i], float(scores[i])) for i in top]

    def document_frequency(self, forms: list[list[str]]) -> int:
        """How many chunks hold every token of at least one form (token lists).

        Read from the index's postings (bm25s keeps a CSC matrix: one column of chunk
        rows per token), so the cost is the length of those columns, not of the corpus;
        sets of rows are boolean masks, never sorted.
        """
        if self.retriever is None:
            return 0
        vocab = self.retriever.vocab_dict
        indptr, rows = self.retriever.scores["indptr"], self.retriever.scores["indices"]
        found = np.zeros(len(self.ids), dtype=bool)
        for tokens in forms:
            columns = [vocab.get(t) for t in dict.fromkeys(tokens)]
            if not columns or None in columns:
                continue  # a form without tokens, or with a token no chunk has
            held = rows[indptr[columns[0]] : indptr[columns[0] + 1]]
            for column in columns[1:]:
                mask = np.zeros(len(self.ids), dtype=bool)
                mask[held] = True
                posting = rows[indptr[column] : indptr[column + 1]]
                held = posting[mask[posting]]
            found[held] = True
        return int(np.count_nonzero(found))

    def mask(self, allowed: set[str]) -> np.ndarray:
        """1.0 for the rows of the allowed chunk ids, 0.0 elsewhere."""
        if self._rows is None:
            self._rows = {chunk_id: row for row, chunk_id in enumerate(self.ids)}
        weights = np.zeros(len(self.ids), dtype=np.float32)
        weights[[self._rows[i] for i in allowed if i in self._rows]] = 1.0
        return weights


def tokenize(text: str) -> list[str]:
    """jieba search-mode tokens, lowercased, without punctuation or whitespace tokens."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    words = (w.strip().lower() for w in jieba.cut_for_search(text))
    # Tokens never contain spaces, so tokens.jsonl can store them space-joined.
    return [w.replace(" ", "") for w in words if w and not _TOKEN.fullmatch(w)]


class KeywordCache:
    """BM25 over a set of chunks, saved under `directory`, rebuilt when the set changes
    from the tokens it already has, the new chunks' text, and `fetch(ids)` for the rest.

    Not locked: the store calls `sync` under its own lock; searches read `index`, which a
    rebuild replaces in one assignment.
    """

    def __init__(self, directory: Path, fetch: Callable[[list[str]], dict[str, list[str]]]):
        self.directory = directory
        self._fetch = fetch
        self.index: Bm25Index | None = None

    def ids(self) -> list[str]:
        return self.index.ids if self.index is not None else Bm25Index.saved_ids(self.directory)

    def sync(self, wanted: list[str], new: Mapping[str, str]) -> None:
        """Make the index cover exactly `wanted` (sorted ids); `new` maps ids of chunks just
        written to their indexed text."""
        if self.index is None:
            self.index = Bm25Index.load(self.directory)
        current = self.index
        if current.ids == wanted:
            return
        tokens = {i: current.tokens[i] for i in wanted if i in current.tokens}
        tokens.update({i: tokenize(text) for i, text in new.items() if i not in tokens})
        tokens.update(self._fetch([i for i in wanted if i not in tokens]))
        ids = [i for i in wanted if i in tokens]  # a chunk Chroma lost is not searchable
        self.index = Bm25Index.build(ids, tokens)
        self.index.save(self.directory)
        # The tokens are only needed for the next rebuild: read them back from disk then
        # (at 100,000 chunks they hold about a gigabyte of Python strings).
        self.index.tokens_from(self.directory)


def write_atomic(path: Path, text: str) -> None:
    """Write a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    with temporary.open("w", encoding="utf-8") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)
