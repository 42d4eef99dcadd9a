"""Every letter's commitments in one table, and the same rows as a CSV file for Excel.

The columns are `rag commitments --format csv`'s, headed in Chinese and English.  The
file starts with a UTF-8 byte-order mark: without it Excel reads UTF-8 as the local code
page and the Chinese comes out garbled.
"""

from __future__ import annotations

import atexit
import csv
import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rag.models import Letter
from ui.render import number_label

if TYPE_CHECKING:
    from rag.answer.commitments import Item

COLUMNS = [
    "编号 Letter",
    "发文机关 Issuer",
    "年份 Year",
    "章节 Section",
    "时限 Due",
    "会同单位 Partners",
    "原文 Quote",
]
CSV_COLUMNS = [*COLUMNS, "letter_id"]
CSV_NAME = "答复函承诺-commitments.csv"


@dataclass(frozen=True)
class Row:
    """One commitment of one letter, as the table and the CSV show it."""

    letter_id: str
    letter: str  # 第0798号提案, or the file name of a letter without a number
    issuer: str
    year: str
    section: str
    due: str
    partners: str
    quote: str

    def cells(self) -> list[str]:
        return [
            self.letter,
            self.issuer,
            self.year,
            self.section,
            self.due,
            self.partners,
            self.quote,
        ]


def letter_rows(letter: Letter, items: Iterable[Item]) -> list[Row]:
    number = number_label(letter.proposal_no)
    name = f"{number}{letter.kind or ''}" if number else letter.source
    return [
        Row(
            letter_id=letter.letter_id,
            letter=name,
            issuer=letter.issuer or "",
            year=str(letter.year or ""),
            section=item.section,
            due=item.due or "",
            partners="、".join(item.partners),
            quote=item.quote,
        )
        for item in items
    ]


def table(rows: Sequence[Row]) -> list[list[str]]:
    """Cells for the Dataframe; one empty-looking row when there is nothing to show
    (Gradio draws an empty value as a table without its headers)."""
    return [row.cells() for row in rows] or [["—", "", "", "", "", "", ""]]


def summary(rows: Sequence[Row]) -> str:
    letters = len({row.letter_id for row in rows})
    return f"{len(rows)} 项承诺，来自 {letters} 封答复函 · {len(rows)} commitments from {letters} letters"


def write_csv(rows: Sequence[Row], folder: Path | None = None) -> Path:
    """The rows as CSV with a BOM, for Gradio to serve. By default in this process's
    export folder (removed at exit), one sub-folder per content: the same table is one
    file however often it is drawn, so a long-running server does not fill the disk."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows([*row.cells(), row.letter_id] for row in rows)
    data = buffer.getvalue().encode("utf-8-sig")
    if folder is None:
        folder = _exports() / hashlib.sha256(data).hexdigest()[:16]
        folder.mkdir(exist_ok=True)
    path = folder / CSV_NAME
    if not (path.is_file() and path.read_bytes() == data):
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    return path


_EXPORT_FOLDER: list[Path] = []


def _exports() -> Path:
    if not _EXPORT_FOLDER:
        folder = Path(tempfile.mkdtemp(prefix="rl-exports-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _EXPORT_FOLDER.append(folder)
    return _EXPORT_FOLDER[0]
