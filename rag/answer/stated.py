"""A metadata question's passages: the letter's own frame chunks that state what it asks.

    chosen = with_stated_fields(view, "when is the reply dated?", "meta", found, chosen)

"When is the reply dated", "who made the suggestion": the answer is on the letter's field
card, salutation or sign-off, which a body passage about the question's topic can outrank.
The top letter's chunks that state each field asked come right after its first passage.
"""

from __future__ import annotations

from rag.answer import query
from rag.answer.index_view import IndexView
from rag.answer.rank import Ranked
from rag.models import Chunk


def with_stated_fields(
    view: IndexView, question: str, intent: str | None, found: Ranked, chosen: list[str]
) -> list[str]:
    """A metadata question's passages with the top letter's frame chunks that state the
    fields asked (its field card, its sign-off) right after its first passage: "when is
    the reply dated" is answered by the sign-off, whatever body passage ranked first (a
    date in the body is no answer to it).  The chunks added join `found`, scored as the
    first passage, so that they are quoted like any other passage."""
    fields = query.fields_named(question)
    if intent != query.META or not fields or not chosen:
        return chosen
    letter = found.chunks[chosen[0]].letter_id
    own = [
        found.chunks[cid].text
        for cid in chosen
        if found.chunks[cid].letter_id == letter and found.chunks[cid].part in query.META_PARTS
    ]
    chunks = view.letter_chunks(letter)
    # and its first body passage: a letter whose opening is no receipt ("经研究,现对九三学社
    # 提出的…提案提出如下协办意见") names the proposal there
    lead = next(([c] for c in chunks if c.part == "body"), [])
    frame = [c for c in chunks if c.part in query.META_PARTS] + lead
    added: list[Chunk] = []
    for f in fields:
        if any(f.states.search(text) for text in own):
            continue
        chunk = next((c for c in frame if f.states.search(c.text)), None)
        if chunk is not None and chunk.chunk_id not in chosen and chunk not in added:
            added.append(chunk)
            own.append(chunk.text)
    for chunk in added:
        found.chunks[chunk.chunk_id] = chunk
        found.scores[chunk.chunk_id] = found.scores[chosen[0]]
    ids = [chosen[0], *(c.chunk_id for c in added), *chosen[1:]]
    return ids[: max(len(chosen), 1 + len(added))]
