"""The lines of a reply's sections that look like items and are not, or are both: a
numbered heading naming a topic ("（一）优化提升政策措施。") is the section of what follows
it, one that says a deed or sets a time ("1.今年汛期前完成…修复。") is an item too; a bare
heading, an unnumbered heading line ("下一步工作打算"), a list's label, a line that only
leads in to its items ("今年，我局将重点做好以下工作：") and the letter's frame are no items.
"""

from __future__ import annotations

import re

from rag.answer.aspect import completed
from rag.answer.deadlines import DUE
from rag.answer.future import FUTURE
from rag.answer.sentences import is_frame
from rag.answer.tense import PAST, own_words
from rag.letters.genre import ITEM_RANK, SENTENCE_ENDS, heading_rank, strip_numbering

_MIN_CHARS = 8  # shorter pieces are headings' remains or list labels
_PUNCTUATION = re.compile(r"[，,、。；;：:！!？?（(）)“”\"]")
# A clause of the bureau's own that promises or reports: substance, even amid thanks.
OWN_CLAUSE = re.compile(
    r"(?:^|[，,；;])[^，,；;。]{0,6}?(?:我们|[我本][局委厅办部镇乡])(?:也|还|一定|都)?"
    r"(?:将|会|要|已|正在|拟|计划)"
)
# Nothing but a lead-in, after at most a time or purpose of its own ("今年，"): its items
# say what is promised or done, not "…做好以下工作：" itself.
# ("…将按下表推进相关工作：", a table's rows after it)
_LEAD_IN = re.compile(r"^(?:[^，,]{1,8}[，,])?[^，,]*(?:以下|如下|下表)[^，,。；;]{0,12}[：:]\s*$")
_LEGEND = re.compile(r"^[(（]?[A-DＡ-Ｄ]\s*类\s*[)）]?\s*(?:[—–\-－:：]|[(（]?所提)")


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
    # (and "1.今年汛期前完成…修复。", "（四）2026年起，每年…" set its time: a statement; not
    # "（二）2026年起实施的新标准。")
    timed = any(
        m.group(0)[-1] in "前内" or words[m.end() - 1 : m.end() + 1] in ("起，", "起,")
        for m in DUE.finditer(words)
    )
    return not (FUTURE.search(words) or PAST.search(words) or completed(words) or timed)


def bare_heading(sentence: str) -> bool:
    """A heading line by itself ("（一）加强人才培养"): numbered, and no sentence end."""
    return heading_rank(sentence) is not None and sentence[-1] not in "。；;！!？?"


def heading_line(match: re.Match[str], text: str) -> bool:
    """An unnumbered heading ("下一步工作打算"): a line of its own without a mark in it."""
    before = text[: match.start()].rstrip(" \t\u3000")
    alone = (not before or before.endswith("\n")) and text[match.end() :][:1] in ("", "\n")
    return alone and not _PUNCTUATION.search(match.group(0))


def lead_in(sentence: str) -> bool:
    """A line that only leads in to the items after it ("我厅将重点做好以下工作：")."""
    words = own_words(sentence)  # (one with a figure or a deadline of its own promises that)
    due = any(m.group(0)[-1] in "前内底" for m in DUE.finditer(words))
    return bool(_LEAD_IN.search(words)) and not re.search(r"\d", words) and not due


def frame_line(sentence: str) -> bool:
    """Part of the letter's frame (thanks, receipt, sign-off, the legend of the result
    categories: "B类——所提问题正在解决或已列入工作计划…；"), unless the bureau promises or
    reports in it besides ("我们将积极响应，…，再次感谢您的关心。")."""
    if _LEGEND.match(sentence):
        return True
    return is_frame(sentence) and not OWN_CLAUSE.search(own_words(sentence))
