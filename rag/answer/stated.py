"""A metadata question's passages: the letter's own frame chunks that state what it asks.

    chosen = with_stated_fields(view, "when is the reply dated?", "meta", found, chosen)
    chosen, subjects = with_subjects(view, found, chosen, every)   # "交通部门的答复函有哪些？"

"When is the reply dated", "who made the suggestion": the answer is on the letter's field
card, salutation or sign-off, which a body passage about the question's topic can outrank.
The top letter's chunks that state each field asked come right after its first passage.
Letters asked for by their names alone are shown by the proposal each one answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from rag.answer import query
from rag.answer.index_view import IndexView
from rag.answer.issuers import own_places, place_core
from rag.answer.rank import Ranked
from rag.answer.result import Held
from rag.models import Chunk

_NATIONAL = re.compile(r"全国(?:人大|人民代表大会|政协|委员会)")

_SIGNED = ("signature", "closing")  # where a letter writes its own date


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
        found.chunks[cid]
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
        # a date as the letter writes it under its sign-off, before the card's ISO line (a
        # date its opening names is another day's)
        worded = f.name == "date"
        dated = (c for c in frame if c.part in (*_SIGNED, "meta"))
        where = sorted(dated, key=lambda c: c.part == "meta") if worded else frame
        if any(f.states.search(c.text) for c in own if not worded or c.part in _SIGNED):
            continue
        chunk = next((c for c in where if f.states.search(c.text)), None)
        if chunk is not None and chunk.chunk_id not in chosen and chunk not in added:
            added.append(chunk)
            own.append(chunk)
    for chunk in added:
        found.chunks[chunk.chunk_id] = chunk
        found.scores[chunk.chunk_id] = found.scores[chosen[0]]
    ids = [chosen[0], *(c.chunk_id for c in added), *chosen[1:]]
    return ids[: max(len(chosen), 1 + len(added))]


def with_subjects(
    view: IndexView, found: Ranked, chosen: list[str], every: bool
) -> tuple[list[str], dict[str, str]]:
    """For a question asking for `every` letter its names name and nothing more ("交通部门
    的答复函有哪些？", "各地卫生健康部门分别答复了哪些问题？"): each letter's passage that
    writes the proposal it replies to (its receipt, or its title), and that proposal as
    the letter writes it (letter id → text), as its parsed fields state it.  A body passage
    about one of its points does not say it.  A letter whose fields name no proposal the
    letter writes keeps its passage."""
    if not every:
        return chosen, {}
    records = view.catalog().by_id
    passages: list[str] = []
    subjects: dict[str, str] = {}
    for cid in chosen:
        letter = found.chunks[cid].letter_id
        chunks = view.letter_chunks(letter)
        record = records.get(letter, {})
        named = [v for v in (record.get("proposal_title"), record.get("title")) if v]
        held = next(
            ((c, n) for n in named for c in chunks if c.part != "meta" and n in c.text), None
        )
        if held is None:
            passages.append(cid)
            continue
        chunk, subjects[letter] = held
        if chunk.chunk_id not in found.chunks:
            found.chunks[chunk.chunk_id] = chunk
            found.scores[chunk.chunk_id] = found.scores[cid]
        passages.append(chunk.chunk_id)
    return passages, subjects


def proposals(view: IndexView, letters: Iterable[str]) -> dict[str, str]:
    """The proposal each letter answers, as its parsed fields state it (letter id → its
    title): what a sentence of the letter is about when it names nothing itself ("该桥…")."""
    records = view.catalog().by_id
    titles = ((lid, records.get(lid, {}).get("proposal_title")) for lid in letters)
    return {lid: str(title) for lid, title in titles if title}


def letter_held(view: IndexView, letter_id: str, question: str) -> Held:
    """All the letter says, with its title, issuer and proposal as parsed, in simplified
    characters; whether its own place is known (a letter that never names its own, 安居区's,
    may be asked by it); and the places other letters are from that the question names and
    it never does ("钦州大蚝…" of a letter on 韩城's peppers)."""
    catalog, text = view.catalog(), view.letter_text(letter_id)
    elsewhere = tuple(p for p in catalog.places_named(question) if place_core(p) not in text)
    record = catalog.by_id.get(letter_id, {})
    own = tuple(sorted(own_places(record)))
    return Held(text, bool(own) or _national(record), elsewhere, own)


def _national(record: Mapping[str, Any]) -> bool:
    """Whether the letter answers the national congress or CPPCC (its title's session: "十
    三届全国人大三次会议"): its place is the country, so a town it never names is not its own."""
    return bool(_NATIONAL.search(str(record.get("title") or "")))
