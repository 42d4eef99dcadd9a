"""A compare answer ("各地对停车难是怎么答复的？") as a Markdown table for the chat.

Drawn from `compare.grid(answer)`, not from the answer's text: every cell is escaped as
letter text (`md_text`), and each cell's marker links to its evidence card like any `[n]`.
"""

from __future__ import annotations

from rag.answer.compare import Cell, grid
from rag.models import Answer
from ui.render import md_text


def compare_markdown(answer: Answer) -> str:
    """The lead line and the table; the sources line is left to the caller."""
    headers, rows = grid(answer)
    lead = answer.text.split("\n", 1)[0]
    lines = [md_text(lead), "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _cell(cell: Cell) -> str:
    """A cell's text escaped, then its marker as a link to evidence card n."""
    text, n = cell
    return f"{md_text(text)}[\\[{n}\\]](#cite-{n})" if n else md_text(text)
