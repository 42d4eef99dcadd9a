"""What a search returns: the passages, the confidence that they answer, and what the
answerer needs to explain or refuse (`rag.answer.retrieve` fills it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rag.models import Passage


@dataclass(frozen=True)
class Held:
    """What the letter an answer would come from says, for checking the places and years a
    question names against it."""

    text: str  # all it says, with its title, issuer and proposal, in simplified characters
    placed: bool  # whether its own place is known (its issuer's, its title's)
    elsewhere: tuple[str, ...] = ()  # places of other letters the question names, this never
    own: tuple[str, ...] = ()  # the places it says it is from (木垒哈萨克自治县)


@dataclass
class RetrievalResult:
    """Passages and everything the answerer needs to explain or refuse."""

    question: str  # as asked
    standalone: str  # what was searched for
    passages: list[Passage]
    confidence: float  # = passages[0].score, 0.0 when there are none
    intent: str | None = None
    where: dict[str, Any] | None = None
    unmatched: list[str] = field(default_factory=list)  # e.g. ["第9999号提案"]
    closest: list[str] = field(default_factory=list)  # titles of the closest letters
    section_hint: str | None = None
    evidence: str | None = None  # the words that answer it (a follow-up's resolved topic)
    features: dict[str, float] = field(default_factory=dict)  # confidence inputs
    # the first passage of each subsection of a section asked for ("下一步工作重点有哪几块？")
    outline: list[Passage] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)  # chunk id → ordinal in its letter
    # a passage ending in a lead-in ("…有以下三种方式:") → the passages of its items
    items: dict[str, list[Passage]] = field(default_factory=dict)
    outline_kind: str = "headings"  # or "points": a letter's points, each with its key sentence
    per_letter: bool = False  # the question asks which letters: one passage per letter
    subjects: dict[str, str] = field(default_factory=dict)  # letter → the proposal it answers
    # passages of the first letter below those shown, for an answer to a question in parts
    more: list[Passage] = field(default_factory=list)
    held: Held | None = None  # what the first passage's letter says of places and years
