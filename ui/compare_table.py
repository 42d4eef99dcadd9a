"""A compare answer ("各地对停车难是怎么答复的？") as a Markdown table for the chat.

Built from `Answer.compare`, not from the answer's text: every cell is escaped as letter
text (`md_text`), and each cell's marker links to its evidence card like any `[n]`.
"""

from __future__ import annotations

from rag.answer.compare import HEADERS, SAID
from rag.answer.terms import is_english
from rag.models import Answer, CompareRow
from ui.render import md_text

_NONE = "—"


def compare_markdown(answer: Answer) -> str:
    """The lead line and the table; the sources line is left to the caller."""
    english = is_english(answer.question or "")
    lead = answer.text.split("\n", 1)[0]
    header = HEADERS[english]
    lines = [md_text(lead), "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(_cells(row, english)) + " |" for row in answer.compare]
    return "\n".join(lines)


def _cells(row: CompareRow, english: bool) -> list[str]:
    if row.done:
        done = _cited(row.done, row.done_n)
    elif row.said:
        done = md_text(SAID[english]) + _cited(row.said, row.said_n)
    else:
        done = _NONE
    return [
        md_text(row.name),
        md_text(row.issuer or _NONE),
        md_text(row.date or _NONE),
        done,
        _cited(row.promised, row.promised_n) if row.promised else _NONE,
    ]


def _cited(text: str, n: int | None) -> str:
    """A cell's sentence on one line, then its marker as a link to evidence card n."""
    flat = md_text(" ".join(text.split()))
    return f"{flat}[\\[{n}\\]](#cite-{n})" if n else flat
