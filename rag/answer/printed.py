"""Answers in the letter's own characters.

A letter printed in traditional characters is searched and read on its simplified view
(`Chunk.printed`), so the answerer writes its quotes in simplified characters while each
citation already holds the quote as printed (`Passage.cite`). This puts the printed quote
back wherever the answer's text or its compare table shows the simplified one:

    answer = as_printed(answer)   # "…补贴500元[1]" → "…補貼500元[1]", the lead untouched

A letter in simplified characters has nothing to put back: the answer is returned as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields as dataclass_fields
from dataclasses import replace
from typing import Any

from rag.letters.script import simplified
from rag.models import SECTION_SEP, Answer, Chunk, CompareRow, Letter, Section


def as_printed(answer: Answer) -> Answer:
    """`answer` with each quote of a traditional letter shown as the letter prints it."""
    back = {read: c.quote for c in answer.citations if (read := simplified(c.quote)) != c.quote}
    if not back:
        return answer

    def put_back(text: str) -> str:
        for read in sorted(back, key=len, reverse=True):  # a quote holding another first
            text = text.replace(read, back[read])
        return text

    def row(r: CompareRow) -> CompareRow:
        done, promised, said = (put_back(v) if v else v for v in (r.done, r.promised, r.said))
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
