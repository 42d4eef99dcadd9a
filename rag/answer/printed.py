"""Answers in the letter's own characters.

A letter printed in traditional characters is searched and read on its simplified view
(`Chunk.printed`), so the answerer writes its quotes in simplified characters while each
citation already holds the quote as printed (`Passage.cite`). This puts the printed quote
back wherever the answer's text or its compare table shows the simplified one:

    answer = as_printed(answer)   # "…补贴500元[1]" → "…補貼500元[1]", the lead untouched

A letter in simplified characters has nothing to put back: the answer is returned as is.
`in_simplified` reads a question typed in traditional characters the same way, and
`letter_from_chunks` rebuilds a letter whose file is gone from its chunks, as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from rag.letters.genre import narrow_alphanumerics
from rag.letters.script import is_traditional, simplified
from rag.models import SECTION_SEP, Answer, Chunk, CompareRow, Letter, Section

History = list[tuple[str, str]]


def in_simplified(question: str, history: History) -> tuple[str, History]:
    """The question and the history's questions as the letters' text reads: ２０２２年 is
    2022年 (the letters are narrowed so), and a question typed in traditional characters
    (補貼) in simplified ones, as a traditional letter is read."""

    def read(text: str) -> str:
        text = narrow_alphanumerics(text)
        return simplified(text) if is_traditional(text) else text

    return read(question), [(read(asked), said) for asked, said in history]


def as_printed(answer: Answer) -> Answer:
    """`answer` with each quote of a traditional letter shown as the letter prints it: the
    simplified run right before its own marker ([n]), so another letter's sentence that
    reads the same stays as that letter prints it."""
    back = {
        n: (read, c.quote)
        for n, c in enumerate(answer.citations, 1)
        if (read := simplified(c.quote)) != c.quote
    }
    if not back:
        return answer

    def put_back(text: str, marker: int | None = None) -> str:
        for n, (read, printed) in back.items():
            if marker is None:
                text = re.sub(
                    rf"{re.escape(read)}(?=\s*\[{n}\])", printed.replace("\\", r"\\"), text
                )
            elif marker == n:
                text = text.replace(read, printed)
        return text

    def row(r: CompareRow) -> CompareRow:
        done, promised, said = (
            put_back(v, n) if v else v
            for v, n in ((r.done, r.done_n), (r.promised, r.promised_n), (r.said, r.said_n))
        )
        return replace(r, done=done, promised=promised, said=said)

    return replace(answer, text=put_back(answer.text), compare=[row(r) for r in answer.compare])


def letter_from_chunks(record: dict[str, Any], chunks: Sequence[Chunk]) -> Letter:
    """A letter as its indexed chunks hold it: their texts in order, one section each."""
    body, sections = "", []
    for chunk in map(Chunk.as_printed, chunks):
        if chunk.part == "meta":
            continue  # the field card is rendered from the fields, not letter text
        start = len(body) + (2 if body else 0)
        body = f"{body}\n\n{chunk.text}" if body else chunk.text
        path = tuple(chunk.section.split(SECTION_SEP)) if chunk.section else ()
        sections.append(Section(path, chunk.part, chunk.text, start, len(body)))
    fields: dict[str, Any] = {f.name: record.get(f.name) for f in dataclass_fields(Letter)}
    fields.update(body=body, sections=tuple(sections))
    for name in ("proposers", "co_handlers"):
        fields[name] = tuple(record.get(name) or ())
    return Letter(**fields)
