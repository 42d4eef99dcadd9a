"""Rank: fuse the dense and keyword candidates, then rerank them with a list of boosts.

    fused = rrf([dense_ids, keyword_ids], [1.0, 1.0], k=60)
    ranked = rank(chunks, fused, coverage, boosts=default_boosts(settings), ask=ask)

score = Σ weight/(rrf_k + rank) over the two rankings, then × (1 + Σ boosts), each boost a
function of the chunk and what the question asks (`Ask`): keyword coverage (the IDF-
weighted share of the question's terms the chunk contains), a section that fits the
question's intent (plans → 下一步工作重点, results → 工作开展情况, metadata → opening,
closing, signature), the section a follow-up points at, a year the question mentions,
and a heading the question quotes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag.answer import query
from rag.answer.catalog import Named
from rag.answer.sections import under
from rag.letters.genre import FRAME_PARTS
from rag.models import Chunk
from rag.settings import Settings


@dataclass(frozen=True)
class Ask:
    """What the ranking needs to know about the question."""

    intent: str | None = None
    coverage: Mapping[str, float] = field(default_factory=dict)  # chunk id → coverage
    section: str | None = None  # a follow-up's section (prefix of Chunk.section)
    section_strength: float = 0.0
    years: frozenset[int] = frozenset()  # years mentioned, not as the letter's
    heading: tuple[str, str] | None = None  # (letter id, section path) quoted


Boost = Callable[[Chunk, Ask], float]


@dataclass(frozen=True)
class Ranked:
    """The ranked candidates of one search, and what they were ranked with."""

    chunks: dict[str, Chunk]
    ranked: list[str]
    scores: dict[str, float]
    covered: dict[str, float]  # chunk id → keyword coverage
    has_terms: bool
    dense: list[tuple[Chunk, float]]
    where: dict[str, Any] | None
    named: Named
    heading: tuple[str, str] | None
    # A letter named only by its place: chunk id → coverage of the question's other terms
    # (None when it has none, or names no letter so).
    unplaced: dict[str, float] | None = None

    def varied(self, depth: int) -> list[str]:
        """The ranking with its `depth`-th place given to the best passage of a letter the
        places above it are not from, when that place holds one more passage of a letter
        other than the best one.

        The top passages often all come from two or three letters; when the best letter is
        the wrong one, the right one is often just below them, and one more passage of a
        runner-up is the place an answer needs least.  The best letter's own passages keep
        their places: they are most often where the answer is (measured with
        `rag eval --compare`: letter and evidence in the top five, answers; README)."""
        ranked = self.ranked
        if len(ranked) <= depth or self._letter(depth - 1) == self._letter(0):
            return ranked
        head, tail = ranked[: depth - 1], ranked[depth - 1 :]
        above = {self.chunks[c].letter_id for c in head}
        other = next((c for c in tail if self.chunks[c].letter_id not in above), None)
        if other is None:
            return ranked
        return [*head, other, *(c for c in tail if c != other)]

    def below(self, shown: list[str], more: int) -> list[str]:
        """The next `more` passages the first letter of `shown` ranks below them: a question
        in parts may ask each of a different paragraph of that letter."""
        if not shown or more <= 0:
            return []
        first = self.chunks[shown[0]].letter_id
        below = [c for c in self.ranked if c not in shown and self.chunks[c].letter_id == first]
        return below[:more]

    def _letter(self, place: int) -> str:
        return self.chunks[self.ranked[place]].letter_id


def rrf(rankings: Sequence[Sequence[str]], weights: Sequence[float], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: Σ weight / (k + rank), ranks starting at 1."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, key in enumerate(ranking, start=1):
            fused[key] = fused.get(key, 0.0) + weight / (k + rank)
    return fused


def placed_first(
    placed: list[tuple[Chunk, float]], hits: list[tuple[Chunk, float]]
) -> list[tuple[Chunk, float]]:
    """The hits with those `placed` first: the passages that name a place only a letter's
    body names, which the question spells (`IndexView.body_only`)."""
    return placed + [hit for hit in hits if hit not in placed]


Rescore = Callable[[dict[str, Any]], list[tuple[Chunk, float]]]


def completed(
    own: list[tuple[Chunk, float]],
    other: list[tuple[Chunk, float]],
    rescore: Rescore,
    where: Mapping[str, Any] | None,
    top: int,
) -> list[tuple[Chunk, float]]:
    """One list's candidates and, after them, those of the other list's `top` it missed,
    ranked by this list's score of them (`rescore` scores a filter's chunks; a keyword list
    gives none to a chunk without the question's words): fusion then ranks the other's best
    by both lists, not as if this one ranked them nowhere (the pearl letter BM25 put first
    for "the pearl e-commerce base in Shanxiahu", past the dense model's 30).  Only the
    other's best: its tail, ranked at this one's tail too, would crowd out what both found."""
    held = {chunk.chunk_id for chunk, _ in own}
    missed = {c.chunk_id: c for c, _ in other[:top] if c.chunk_id not in held}
    if not missed or set(where or {}) - {"letter_id"}:  # a letter filter keeps it exact
        return own
    letters = sorted({chunk.letter_id for chunk in missed.values()})
    scored = [(c, s) for c, s in rescore({"letter_id": letters}) if c.chunk_id in missed]
    return [*own, *sorted(scored, key=lambda hit: -hit[1])]


def rank(
    chunks: Mapping[str, Chunk], fused: dict[str, float], boosts: Sequence[Boost], ask: Ask
) -> tuple[list[str], dict[str, float]]:
    """Chunk ids best first, and their boosted scores."""
    scores: dict[str, float] = {}
    for chunk_id, score in fused.items():
        boost = 1.0
        for rule in boosts:
            boost += rule(chunks[chunk_id], ask)
        scores[chunk_id] = score * boost
    ranked = sorted(scores, key=lambda cid: (-scores[cid], chunks[cid].ordinal, cid))
    return ranked, scores


# -- boosts -----------------------------------------------------------------------------------


def coverage_boost(weight: float) -> Boost:
    """Keyword evidence reranks the fused list: × (1 + weight · coverage)."""
    return lambda chunk, ask: weight * ask.coverage.get(chunk.chunk_id, 0.0)


def intent_boost(weight: float) -> Boost:
    """A section that fits the question's intent."""
    return lambda chunk, ask: weight if fits_intent(chunk, ask.intent) else 0.0


def follow_up_boost() -> Boost:
    """The section a follow-up points at, as strongly as the follow-up says."""
    return lambda chunk, ask: (
        ask.section_strength if ask.section and under(chunk.section, ask.section) else 0.0
    )


def year_boost(weight: float) -> Boost:
    """A letter of a year the question mentions in passing ("2023年，交易额…")."""
    return lambda chunk, ask: weight if chunk.year in ask.years else 0.0


def heading_boost(weight: float) -> Boost:
    """A section under the heading the question quotes."""

    def boost(chunk: Chunk, ask: Ask) -> float:
        heading = ask.heading
        if heading and chunk.letter_id == heading[0] and under(chunk.section, heading[1]):
            return weight
        return 0.0

    return boost


def frame_penalty(weight: float) -> Boost:
    """The frame (field card, sign-off, salutation) does not answer a question about what a
    letter says: it gives way to the letter's body unless the question is about the letter
    itself (metadata)."""
    return lambda chunk, ask: (
        -weight if chunk.part in FRAME_PARTS and ask.intent != query.META else 0.0
    )


def default_boosts(settings: Settings) -> list[Boost]:
    return [
        frame_penalty(settings.frame_penalty),
        coverage_boost(settings.coverage_boost),
        intent_boost(settings.intent_boost),
        follow_up_boost(),
        year_boost(settings.year_boost),
        heading_boost(settings.heading_boost),
    ]


def fits_intent(chunk: Chunk, intent: str | None) -> bool:
    if intent is None:
        return False
    if intent == query.META:
        return chunk.part in query.META_PARTS
    return chunk.part == "body" and bool(query.INTENT_SECTIONS[intent].search(chunk.section))


# -- keyword coverage -----------------------------------------------------------------------


def coverage(
    weights: Mapping[str, float], chunk: Chunk, alike: Mapping[str, int] | None = None
) -> float:
    """IDF-weighted share of the question's terms the chunk (header included) contains.

    jieba's search mode yields a compound and its parts (人才评价, 人才, 评价); a compound
    counts as found when its parts are, so word order and wording don't cost evidence.
    `alike` (term → the English word it renders) counts an English word once, found when
    any of its renderings is: "technology" gives 技术 and 科技, and a letter writes one
    of them (counted apart, a word of two renderings was never more than half found).
    """
    if not weights:
        return 0.0
    haystack = f"{chunk.header}\n{chunk.text}"
    terms = list(weights)
    found = {t for t in terms if t in haystack}
    found |= {t for t in terms if t not in found and _parts_found(t, found, terms)}
    # fsum: exact, so the share does not hang on the set's (hash-seeded) order — a tie
    # between two chunks broke one way or the other from one process to the next.
    # the renderings of one English word count once, at the weight of the commonest: a
    # rare rendering's weight must not be credited for finding a common one (市 for 中央)
    group: dict[object, float] = {}
    held: set[object] = set()
    for t in terms:
        key = (alike or {}).get(t, t)
        group[key] = min(group.get(key, weights[t]), weights[t])
        if t in found:
            held.add(key)
    return math.fsum(group[k] for k in held) / math.fsum(group.values())


def _parts_found(term: str, found: set[str], terms: list[str]) -> bool:
    parts = [t for t in terms if t != term and t in term]
    return bool(parts) and sum(len(p) for p in parts if p in found) >= len(term)


def idf_weights(
    terms: list[str], df: Callable[[str], int], n: int, quoted: Iterable[str] = ()
) -> dict[str, float]:
    """IDF of each question term over the index's `n` sections (`df`: in how many chunks it
    occurs): a term no letter has weighs most, so a question about what no letter mentions
    cannot reach high coverage; a term the user quoted (“双倍增”) is a name they expect to
    find: ×3.  (A place an English question spells, "Jilin", is not: weighed so, it drew the
    answers to any letter naming the province, measured on qa9–qa31.)"""
    named = set(quoted)
    return {
        t: max(math.log((n + 1) / (df(t) + 0.5)), 0.1) * (3.0 if t in named else 1.0) for t in terms
    }
