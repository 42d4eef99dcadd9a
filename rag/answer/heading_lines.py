"""The lines of a reply's sections that look like items and are not, or are both: a
numbered heading naming a topic ("（一）优化提升政策措施。") is the section of what follows
it, one that says a deed or sets a time ("1.今年汛期前完成…修复。") is an item too; a bare
heading, an unnumbered heading line ("下一步工作打算") and a list's label are no items.
"""

from __future__ import annotations

import re

from rag.answer.aspect import completed
from rag.answer.deadlines import DUE
from rag.answer.tense import FUTURE, PAST, own_words
from rag.letters.genre import ITEM_RANK, SENTENCE_ENDS, heading_rank, strip_numbering

_MIN_CHARS = 8  # shorter pieces are headings' remains or list labels
_PUNCTUATION = re.compile(r"[，,、。；;：:！!？?（(）)“”\"]")


def own_heading(sentence: str, heading: str) -> bool:
    """Whether the sentence is the numbered heading of its section ("1.今年汛期前完成…。"),
    not a run-in lead (一是…), which the section's path names as its own."""
    rank = heading_rank(heading)
    own = strip_numbering(sentence).strip().rstrip("。；;") == strip_numbering(heading).strip()
    return own and rank is not None and rank < ITEM_RANK


def is_short(sentence: str) -> bool:
    """A heading's remains or a list's label, not an item's lead sentence ("一是优化线路。")."""
    lead = heading_rank(sentence) == ITEM_RANK and sentence[-1] in SENTENCE_ENDS
    return len(sentence) < _MIN_CHARS and not lead


def topic_heading(sentence: str, headings: set[str]) -> bool:
    """A numbered heading that names a topic ("（一）优化提升政策措施。"): the section of
    the sentences under it, not an item, unless it says what was done or will be."""
    rank = heading_rank(sentence)
    if rank is None or rank >= ITEM_RANK or strip_numbering(sentence) not in headings:
        return False
    words = own_words(sentence)
    # (and "1.今年汛期前完成…修复。" sets its time: a statement)
    timed = any(m.group(0)[-1] in "前内" for m in DUE.finditer(words))
    return not (FUTURE.search(words) or PAST.search(words) or completed(words) or timed)


def bare_heading(sentence: str) -> bool:
    """A heading line by itself ("（一）加强人才培养"): numbered, and no sentence end."""
    return heading_rank(sentence) is not None and sentence[-1] not in "。；;！!？?"


def heading_line(match: re.Match[str], text: str) -> bool:
    """An unnumbered heading ("下一步工作打算"): a line of its own without a mark in it."""
    before = text[: match.start()].rstrip(" \t\u3000")
    alone = (not before or before.endswith("\n")) and text[match.end() :][:1] in ("", "\n")
    return alone and not _PUNCTUATION.search(match.group(0))
