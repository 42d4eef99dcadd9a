"""A page's card around the reply: a table before the letter that holds its fields, and
sometimes the whole reply in one of its cells (`| 答复内容 | …收悉。… |`); and a table after
it that holds the sign-off (`| 答复单位 | 某某局 |` over `| 答复日期 | 2024年6月24日 |`)."""

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


# A sign-off's cells: the replying unit's and the date's (`| 答复单位 | 某某局 | 答复日期 | … |`;
# a 承办单位 cell is the contact's unit as often as the issuer).
_SIGN_OFF_CELL = re.compile(r"^(?:答复|回复|办复|落款)\s*(?:单\s*位|日\s*期|时\s*间)$")


def sign_off_cells(rows: list[str]) -> list[str]:
    """The sign-off a closing table's rows hold, as the lines a sign-off prints
    (`答复单位：某某局`, `答复日期：2024年6月24日`); none when it holds none."""
    lines = []
    for row in rows:
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        pairs = zip(cells[::2], cells[1::2], strict=False)
        lines += [f"{label}：{value}" for label, value in pairs if _SIGN_OFF_CELL.match(label)]
    return lines
