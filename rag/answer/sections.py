"""Sections: a letter's headings as a question can name them.

    headings = Headings.of(store.sections())
    headings.quoted("下一步工作重点一共列了几块？", ids=None)   # (letter id, section path)
    outline(chunks, "二、下一步工作重点")                        # first chunk of each subsection
    nth_subsection(paths, anchor, 2)                             # "其中第二点"

Section paths are heading paths joined with `SECTION_SEP`; a heading's words are compared
without its numbering ("二、下一步工作重点" → "下一步工作重点").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rag.answer.catalog import Substrings
from rag.letters.genre import halfwidth, strip_numbering
from rag.models import SECTION_SEP, Chunk, Passage

# Headings of this many characters or fewer are too generic to name a section.
_GENERIC_HEADING = 4

Place = tuple[int, str, str]  # (order over the index, letter id, section path)


class Headings:
    """The heading cores longer than four characters, over every section of every chunk,
    and each core's places."""

    def __init__(self, cores: Substrings, places: dict[str, list[Place]]) -> None:
        self._cores = cores
        self._places = places

    @classmethod
    def of(cls, sections: Iterable[tuple[str, str]]) -> Headings:
        """From (letter id, section path) of every chunk."""
        places: dict[str, list[Place]] = {}
        order = 0
        for letter_id, section in dict.fromkeys(sections):
            if not section:
                continue
            path = section.split(SECTION_SEP)
            for depth, component in enumerate(path, start=1):
                core = strip_numbering(component)
                if len(core) > _GENERIC_HEADING:
                    places.setdefault(core, []).append(
                        (order, letter_id, SECTION_SEP.join(path[:depth]))
                    )
                order += 1
        return cls(Substrings((core, core) for core in places), places)

    def quoted(self, question: str, ids: set[str] | None) -> tuple[str, str] | None:
        """(letter id, section path) of the heading the question quotes word for word
        ("下一步工作重点一共列了几块？"), when one letter has the longest such heading.
        Where a letter has that heading more than once, its first place counts."""
        best: dict[str, tuple[int, int, str]] = {}  # letter id → (-length, order, path)
        for core in self._cores.found_in(halfwidth(question)):
            for order, letter_id, path in self._places[core]:
                if ids is None or letter_id in ids:
                    place = (-len(core), order, path)
                    best[letter_id] = min(best.get(letter_id, place), place)
        if not best:
            return None
        longest = min(length for length, _, _ in best.values())
        letters = [(lid, path) for lid, (length, _, path) in best.items() if length == longest]
        return letters[0] if len(letters) == 1 else None


def outline(chunks: Iterable[Chunk], section: str) -> list[Chunk]:
    """The first chunk of each direct subsection of `section`, in letter order (none
    unless there are at least two)."""
    depth = len(section.split(SECTION_SEP))
    firsts: dict[str, Chunk] = {}
    for chunk in chunks:
        path = chunk.section.split(SECTION_SEP) if chunk.section else []
        if len(path) > depth and under(chunk.section, section):
            child = path[depth]
            if child not in firsts or chunk.ordinal < firsts[child].ordinal:
                firsts[child] = chunk
    ordered = sorted(firsts.values(), key=lambda c: c.ordinal)
    return ordered if len(ordered) >= 2 else []


def nth_subsection(sections: Sequence[str], anchor: list[str], n: int) -> str | None:
    """The n-th child of the heading path `anchor` among a letter's `sections`; when it has
    fewer than n children, the n-th child of its parent, and so on up."""
    paths = [s.split(SECTION_SEP) for s in sections if s]
    while True:
        children: list[str] = []
        for path in paths:
            if len(path) > len(anchor) and path[: len(anchor)] == anchor:
                if path[len(anchor)] not in children:
                    children.append(path[len(anchor)])
        if len(children) >= n:
            return SECTION_SEP.join([*anchor, children[n - 1]])
        if not anchor:
            return None
        anchor = anchor[:-1]


def under(section: str, prefix: str) -> bool:
    return section == prefix or section.startswith(prefix + SECTION_SEP)


def common_prefix(paths: list[list[str]]) -> list[str]:
    prefix = paths[0]
    for path in paths[1:]:
        i = 0
        while i < min(len(prefix), len(path)) and prefix[i] == path[i]:
            i += 1
        prefix = prefix[:i]
    return list(prefix)


# A letter's points are its headings at the deepest of the first two levels that still
# reads as an outline: at most this many points.
_MAX_POINTS = 8


def points(chunks: Iterable[Chunk], within: re.Pattern[str] | None = None) -> list[Chunk]:
    """The chunks that open a letter's points, in letter order: the first chunk of each
    heading at level two when there are at most eight of them ("(一)…" under "一、…"), else
    at level one; for a letter without headings, its body chunks.  `within` keeps the
    top-level sections whose heading it matches (the plans, "二、下一步工作重点"), if any."""
    body = [c for c in sorted(chunks, key=lambda c: c.ordinal) if c.part == "body"]
    if within is not None:
        inside = [c for c in body if within.search(c.section.split(SECTION_SEP)[0])]
        body = inside or body
    for depth in (2, 1):
        firsts: dict[str, Chunk] = {}
        for chunk in body:
            path = chunk.section.split(SECTION_SEP) if chunk.section else []
            if len(path) >= depth:
                firsts.setdefault(SECTION_SEP.join(path[:depth]), chunk)
        if 2 <= len(firsts) <= _MAX_POINTS or (depth == 1 and len(firsts) >= 2):
            return list(firsts.values())[: _MAX_POINTS * 2]
    return body[:_MAX_POINTS]


def outline_runs(outline: Sequence[Passage]) -> list[tuple[int, int, int]]:
    """Where each outline passage states its subsection's heading: the heading is the path
    component right below the one the passages share ("(一)优化提升…政策措施")."""
    paths = [p.section.split(SECTION_SEP) for p in outline]
    depth = len(common_prefix(paths))
    runs: list[tuple[int, int, int]] = []
    for index, (passage, path) in enumerate(zip(outline, paths, strict=True)):
        if len(path) <= depth:
            continue
        start = passage.text.find(path[depth])
        if start < 0:
            continue
        end = start + len(path[depth])
        if passage.text[end : end + 1] in ("。", "."):
            end += 1
        runs.append((index, start, end))
    return runs
