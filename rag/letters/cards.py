"""A page's card around the reply: a table before the letter that holds its fields, and
sometimes the whole reply in one of its cells (`| 答复内容 | …收悉。… |`)."""

from __future__ import annotations

import re

from rag.letters.genre import OPENING_START

# A cell holding the letter itself (`| 答复内容 | 俞晓峰委员：您提出的提案收悉。… |`), as a
# page that set the whole reply in its card copies it: sentences and the opening, not a
# field's value nor a card's note.
_SENTENCES = re.compile(r"。[^|]*。")
_REPLY_CELL = 60  # characters at least


def reply_cells(rows: list[str]) -> list[str]:
    """The cells of a table's rows that hold the reply itself."""
    cells = (cell.strip() for row in rows for cell in row.strip().strip("|").split("|"))
    return [
        cell
        for cell in cells
        if len(cell) >= _REPLY_CELL and _SENTENCES.search(cell) and OPENING_START.search(cell)
    ]


def opened(kept: list[str]) -> bool:
    """Whether the letter has begun: its opening (`…收悉`) is among the lines kept."""
    return any(OPENING_START.search(line) for line in kept)
