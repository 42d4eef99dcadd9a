"""A lead-in and its items: "目前,我市农村生活污水处理主要有以下三种方式:" says nothing
without the "一是…；二是…；三是…" after it, whether they run on in its paragraph or stand
as the subsections that follow it.

    add_items(view, found, chosen, result)   # retrieval: each lead-in's item passages
    items_after(sentences, chosen, read, result.items)   # answer: each item's first sentence

A lead-in is a body sentence that ends in a colon, or whose colon opens the first item; the
letter's frame ("现答复如下:") and a salutation ("张三代表:") are no lead-ins.  Items are
quoted for a question that asks what a list holds (哪些 / 哪几种 / 怎么 / what are …), not
for one that asks one item of it ("第二种…") or one fact (who, when, yes or no); and only a
whole list, numbered in sequence — a longer one than `MAX_ITEMS` is left to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from rag.answer.choose import Scored
from rag.answer.index_view import IndexView
from rag.answer.rank import Ranked
from rag.answer.result import RetrievalResult
from rag.answer.sentences import is_frame
from rag.letters.genre import heading_number, heading_rank
from rag.models import SECTION_SEP, Chunk, Passage

MAX_ITEMS = 6  # the longest list quoted whole after its lead-in
_ENDS_IN_COLON = re.compile(r"[:：]\s*$")
_LAST_SENTENCE = re.compile(r"[^。；;！!？?]*$")
# …or whose colon opens the first item in its own sentence ("…三种方式:一是接入管网。")
_OPENS_FIRST_ITEM = re.compile(r"[:：]\s*(?:[一1]是|[(（][一1][)）]|[一1][、.．])")
_ASKS_ITEMS = re.compile(
    r"哪些|哪几|几[种项类条]|几个方面|什么(?:措施|办法|方式|做法|意见|举措)|怎么|怎样|如何|"
    r"\bwhat (?:are|were|measures|steps|ways|actions)\b|\bhow many (?:ways|kinds|types)\b|"
    r"\bhow (?:do|does|did|is|are|was|were|will|would|can)\b",
    re.I,
)
_ONE_ITEM = re.compile(
    r"第[一二三四五六七八九十\d]+[种条点项个类部块]|"
    r"\b(?:first|second|third|fourth|fifth|last) (?:one|way|point|item|measure|kind)\b",
    re.I,
)


def asks_items(question: str, searched: str | None = None) -> bool:
    """Whether the question asks what a list holds, and not one item of it; `searched` is
    what a follow-up was read as ("第二种方式…" after "有哪几种方式？" asks one item, though
    what it is searched with names the list)."""
    asked = _ASKS_ITEMS.search(searched or question)
    return bool(asked) and not _ONE_ITEM.search(question) and not _ONE_ITEM.search(searched or "")


def is_lead_in(text: str) -> bool:
    """Whether the text's last sentence ends in a colon and is no frame sentence."""
    last = _LAST_SENTENCE.search(text.rstrip())
    sentence = last.group().strip() if last else ""
    return bool(_ENDS_IN_COLON.search(sentence)) and not is_frame(sentence)


def items_following(chunks: Sequence[Chunk], lead: Chunk) -> list[Chunk]:
    """The first chunk of each subsection right after a lead-in chunk (of its letter's
    `chunks`, in letter order): the items it opens, up to the first chunk that is not
    inside one; none for a list of one or of more than `MAX_ITEMS`."""
    parent = lead.section.split(SECTION_SEP) if lead.section else []
    firsts: dict[str, Chunk] = {}
    for chunk in chunks:
        if chunk.ordinal <= lead.ordinal:
            continue
        path = chunk.section.split(SECTION_SEP) if chunk.section else []
        if len(path) <= len(parent) or path[: len(parent)] != parent:
            break
        firsts.setdefault(path[len(parent)], chunk)
    items = list(firsts.values())
    return items if 2 <= len(items) <= MAX_ITEMS and _in_sequence(firsts, 1) else []


def add_items(view: IndexView, found: Ranked, chosen: list[str], result: RetrievalResult) -> None:
    """`result.items`: for each chosen passage that ends in a lead-in, its items' passages,
    scored as they ranked but never above the last passage chosen (they are there to be
    quoted with their lead-in, not to outrank what was chosen); and their positions."""
    if not chosen or not found.ranked:
        return
    last, top = min(found.scores[c] for c in chosen), found.scores[found.ranked[0]]
    for cid in chosen:
        chunk = found.chunks[cid]
        lead_in = is_lead_in(chunk.text)
        if chunk.part != "body" or not (lead_in or _OPENS_FIRST_ITEM.search(chunk.text)):
            continue  # (reading the letter's chunks costs a read of the store)
        chunks = view.letter_chunks(chunk.letter_id)
        items = items_following(chunks, chunk) if lead_in else _list_goes_on(chunks, chunk)
        if not items:
            continue
        result.items[cid] = [
            Passage.from_chunk(
                item,
                round(
                    result.confidence * min(found.scores.get(item.chunk_id, last), last) / top, 4
                ),
            )
            for item in items
        ]
        result.positions.update({item.chunk_id: item.ordinal for item in items})


def add_more(found: Ranked, chosen: list[str], result: RetrievalResult, more: int) -> None:
    """`result.more`: the first letter's next `more` passages below those chosen, for the
    answer to a question in parts to read (`parts.more_to_read`); and their positions."""
    below = found.below(chosen, more)
    result.more = [Passage.from_chunk(found.chunks[c], 0.0) for c in below]
    result.positions.update({c: found.chunks[c].ordinal for c in below})


def _list_goes_on(chunks: Sequence[Chunk], chunk: Chunk) -> list[Chunk]:
    """The next of the letter's `chunks` (in letter order), when it is of the same section
    and goes on with an item ("(二)残疾人;…") of the list the chunk opens in its paragraph
    ("…下列人员:(一)重病人员;"): a page or a chunk cut the list, not the letter."""
    following = next((c for c in chunks if c.ordinal > chunk.ordinal), None)
    if following is None or following.section != chunk.section or following.part != "body":
        return []
    return [following] if heading_rank(following.text.strip()) is not None else []


def with_item_passages(
    read: list[Passage], items: Mapping[str, Sequence[Passage]] | None
) -> list[Passage]:
    """The passages to read, each lead-in's item passages right after it (once)."""
    if not items:
        return read
    held = {p.chunk_id for p in read}
    out: list[Passage] = []
    for passage in read:
        out.append(passage)
        for item in items.get(passage.chunk_id, ()):
            if item.chunk_id not in held:
                held.add(item.chunk_id)
                out.append(item)
    return out


def items_after(
    sentences: list[Scored],
    chosen: list[Scored],
    read: Sequence[Passage],
    items: Mapping[str, Sequence[Passage]] | None = None,
) -> list[Scored]:
    """For each chosen lead-in, the first sentence of each of its items: those that run on
    in its passage ("…三种方式:一是…。二是…。", and on in the next passage where a chunk cut
    the list), or the item passages retrieval found for a passage it ends."""
    taken = {(s.passage, s.start) for s in chosen}
    added: list[Scored] = []
    for lead in chosen:
        passage = read[lead.passage]
        opens = bool(_OPENS_FIRST_ITEM.search(lead.text)) and not is_frame(lead.text)
        if passage.part != "body" or not (opens or is_lead_in(lead.text)):
            continue
        after = [s for s in sentences if s.passage == lead.passage and s.start >= lead.end]
        if opens:  # and where a chunk cut the list, the passage that goes on with it
            after += _sentences_of(sentences, read, (items or {}).get(passage.chunk_id, ()))
        found = _run_of_items(after, 2 if opens else 1)
        if not found and not opens and not [s for s in after if s.text.strip()]:
            found = _first_sentences(sentences, read, (items or {}).get(passage.chunk_id, ()))
        for item in found:
            if (item.passage, item.start) not in taken:
                taken.add((item.passage, item.start))
                added.append(item)
    return added


def _run_of_items(after: list[Scored], first: int) -> list[Scored]:
    """The item sentences after a lead-in, numbered in sequence from `first` and of one
    rank: the other sentences of each item are passed over; a sentence out of sequence or
    a new lead-in ends the list.  None when it is longer than `MAX_ITEMS`."""
    run: list[Scored] = []
    rank = None
    for sentence in after:
        text = sentence.text.strip()
        this = heading_rank(text)
        if this is None:
            if is_lead_in(text):
                break
            continue
        if heading_number(text) != first + len(run) or rank not in (None, this):
            break
        rank = this
        run.append(sentence)
    whole = first - 1 + len(run)
    return run if (run and whole >= 2 and whole <= MAX_ITEMS) else []


def _sentences_of(
    sentences: list[Scored], read: Sequence[Passage], passages: Sequence[Passage]
) -> list[Scored]:
    """The sentences of the passages read that are these passages, in their order."""
    index = {p.chunk_id: i for i, p in enumerate(read)}
    order = {index[p.chunk_id]: n for n, p in enumerate(passages) if p.chunk_id in index}
    return sorted(
        (s for s in sentences if s.passage in order), key=lambda s: (order[s.passage], s.start)
    )


def _first_sentences(
    sentences: list[Scored], read: Sequence[Passage], items: Sequence[Passage]
) -> list[Scored]:
    """The first sentence of each item passage, in the items' order."""
    firsts: dict[int, Scored] = {}
    for sentence in _sentences_of(sentences, read, items):
        firsts.setdefault(sentence.passage, sentence)
    return list(firsts.values())


def _in_sequence(firsts: Mapping[str, Chunk], first: int) -> bool:
    """Whether subsection headings are numbered in sequence from `first` (一是, 二是 …)."""
    numbers = [heading_number(heading) for heading in firsts]
    return all(heading_rank(h) is not None for h in firsts) and numbers == list(
        range(first, first + len(numbers))
    )
