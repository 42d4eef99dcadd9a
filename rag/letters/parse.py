"""Parse a reply letter (答复函) into a `Letter`: fields, cleaned body and sections.

    letter = load_letter(Path("corpus/cq-kjj-0798.txt"))
    letter.proposal_no, letter.issuer      # "0798", "重庆市科学技术局"
    for s in letter.sections:
        print(s.part, s.section, s.text[:20])

How a letter is read:
* Page furniture (front matter, breadcrumb, QR prompt, the `[ 索引号 ]` block, pipe tables
  and bulleted metadata, the `日期:` line under the title, letterhead lines, a heading
  above the metadata) is removed while the metadata it states is kept (`header`, `title`);
  so are page fields below the letter. What follows the signing date and a page's links
  to other letters or related news, or the salutation printed again, is not the letter.
  Lines a page ran together come apart: a salutation run into the first paragraph, a
  title leading a line, a document number beside a title, a sign-off run into the last.
* `body` is the title, a blank line, then every remaining paragraph (one per input
  line, trimmed) separated by blank lines. `letter_id` hashes it, so the same letter
  read from .txt, .docx or .html gets the same id when the words are the same.
* `sections` tile `body` after the title in document order; `body[s.start:s.end] ==
  s.text`. Parts: salutation, opening, body, closing (the page's tail under the date
  too), signature. A body section's `path` is its heading path: `一、…` › `(一)…` ›
  `1.`/`1、`/`（1）` › `一是…`, each cut at its first sentence end, without the `。`. A
  bare heading line shares a section with the paragraph after it; a lead sentence before
  `一是` items is a section with the parent's path. Unnumbered paragraphs: `path=()`.
Fields: `fields`; title and head: `title`; sign-off and tail: `signoff` (in rag.letters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rag.errors import LetterParseError
from rag.letters.cards import opened, reply_cells
from rag.letters.fields import read_fields
from rag.letters.furniture import is_furniture, strip_front_matter, without_toolbar
from rag.letters.genre import (
    CLOSING,
    CLOSING_BRACKETS,
    CLOSING_MARKS,
    CONTACT,
    HEADING_RANKS,
    INLINE_ITEM,
    ITEM_RANK,
    OPENING_BRACKETS,
    OPENING_END,
    OPENING_START,
    PHONE_LINE,
    SALUTATION,
    SALUTATION_RUN_IN,
    SENTENCE_ENDS,
    SIGN_OFF_LABEL,
    cn_number,
    heading_rank,
    narrow_alphanumerics,
    unspread,
)
from rag.letters.header import (
    Meta,
    read_metadata_line,
    read_pipe_table,
    split_document_number,
    table_end,
)
from rag.letters.load import DEFAULT_MAX_BYTES, read_text
from rag.letters.script import read_as_printed
from rag.letters.signoff import (
    CONTACT_RUN_IN,
    DATE_LINE,
    ORG_LINE,
    SEAL_LINE,
    SIGN_OFF_RUN_IN,
    letter_ended,
    page_tail,
    split_sign_off_tail,
    without_reprint,
    without_trailing_metadata,
)
from rag.letters.title import split_run_in_title, split_title
from rag.models import Letter, Section, letter_id_of

# The colon closing an announcement, a word or two after it (`现答复如下：`).
_COLON = re.compile(r"[^。；;：:]{0,4}[：:]\s*")
_PARTS = ("salutation", "opening", "body", "closing", "signature")
_HEADING_END = SENTENCE_ENDS + "：:"  # a heading is cut at its first sentence end or colon
_MAX_HEADING = 50  # longer first sentences are cut, so a section path stays readable
_ITEM = dict(HEADING_RANKS)[ITEM_RANK]  # a paragraph that opens with `一是`
# A line of prose (it has a clause inside), and one that ends a sentence or announces.
_PROSE = re.compile(r"[，,]")
_ENDED = re.compile(rf"[{SENTENCE_ENDS}：:][{re.escape(CLOSING_MARKS)}\s]*$")
_WRAP_MIN = 20  # a wrapped line is a full line; headings and labels are shorter


@dataclass(frozen=True)
class _Para:
    text: str
    start: int  # offset in the body

    @property
    def end(self) -> int:
        return self.start + len(self.text)


def load_letter(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> Letter:
    """Read and parse the letter file at `path`; raises `LetterParseError` saying why not."""
    path = Path(path)
    return parse_letter(read_text(path, max_bytes), source=path.name, path=str(path))


def parse_letter(text: str, source: str, path: str | None = None) -> Letter:
    """Parse the text of one letter; `source` is its file name as ingested.

    A letter printed in traditional characters is read on its simplified view and comes
    back in its own characters (`rag.letters.script`)."""
    return read_as_printed(text, lambda view: _parse(view, source, path))


def _parse(text: str, source: str, path: str | None) -> Letter:
    meta = Meta()
    lines = _clean_lines(text, meta)
    title, lines = split_title(lines, meta)
    lines = _unwrapped(lines)
    if not lines:
        raise LetterParseError(
            path or source, "no letter text found after removing the page furniture"
        )

    body, paras = _layout(title, lines)
    parts = _classify(paras)
    by_part: dict[str, list[str]] = {part: [] for part in _PARTS}
    for para, part in zip(paras, parts, strict=True):
        by_part[part].append(para.text)
    return Letter(
        letter_id=letter_id_of(body),
        source=source,
        body=body,
        sections=_sections(body, paras, parts),
        path=path,
        **read_fields(title, by_part, meta),
    )


# --- cleaning -------------------------------------------------------------------------


def _clean_lines(text: str, meta: Meta) -> list[str]:
    """Trimmed non-empty lines without furniture or portal metadata blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = text.replace("\xa0", " ").replace("\u200b", "")  # a web copy's odd spaces
    text = narrow_alphanumerics(text)
    lines = [
        _without_cell_end(without_toolbar(line.strip()))
        for line in strip_front_matter(text.split("\n"))
    ]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if letter_ended(line, kept):
            break
        if (j := table_end(lines, i)) > i:
            if not read_pipe_table(lines[i:j], meta, card=not opened(kept)):
                kept.extend(lines[i:j])
            elif prose := reply_cells(lines[i:j]):  # (the reply itself, in the card)
                kept.extend(part for cell in prose for part in _unrun(unspread(cell)))
            elif kept:
                meta.cut_after.add(len(kept) - 1)
            i = j
            continue
        if line and not is_furniture(line) and not _is_bracket_block(line, meta):
            kept.extend(_unrun(unspread(line)))
        elif line and kept:
            meta.cut_after.add(len(kept) - 1)
        i += 1
    return without_trailing_metadata(without_reprint(kept), meta)


# A table's cell border after a line of text (`…的答复 |`, `纸坊镇人民政府 2024年6月3日 |`), as
# a page that set the letter in a table copies it; a row of borders alone (`||||`) is none.
_CELL_END = re.compile(r"(?<=[^|\s])\s*\|+$")
_BORDERS = re.compile(r"^[|\s]+$")


def _without_cell_end(line: str) -> str:
    if _BORDERS.match(line):
        return ""
    return line if line.startswith("|") else _CELL_END.sub("", line)


def _unrun(line: str) -> list[str]:
    """Lines a page ran together, apart: `张三代表: 您提出的…` is the salutation and the first
    paragraph; `…支持。 某某局 2021年7月2日` the last paragraph, the signature and its date,
    which a closing note or contact line may follow (`… 2021年7月2日 联系人：…`); a title
    or a document number may lead or end a line too."""
    lines = split_document_number(line)
    if len(lines) > 1:
        return [part for piece in lines for part in _unrun(piece)]
    lines = split_run_in_title(line)
    if len(lines) > 1:
        return [lines[0], *_unrun(lines[1])]
    match = SALUTATION_RUN_IN.match(line)
    if match:
        return [match.group("salutation"), *_unrun(match.group("rest"))]
    lines = _split_opening(line)
    if len(lines) > 1:
        return [lines[0], *_unrun(lines[1])]
    lines = split_sign_off_tail(line)
    if len(lines) > 1:
        return [*_unrun(lines[0]), *_unrun(lines[1])]
    match = SIGN_OFF_RUN_IN.match(line) or CONTACT_RUN_IN.match(line)
    if match:
        return [match.group("text"), *filter(None, (match.group("org"), match.group("date")))]
    return [line]


def _split_opening(line: str) -> list[str]:
    """`您提出的建议收悉，现答复如下：我局已…` is the opening and, after its colon, the
    reply's first paragraph: the reply is the letter's substance, not its frame."""
    end = OPENING_END.search(line)
    if end is None or not OPENING_START.search(line, 0, end.start()):
        return [line]
    colon = _COLON.match(line, end.end())
    rest = line[colon.end() :] if colon else ""
    return [line[: colon.end()].rstrip(), rest] if colon and len(rest) >= 8 else [line]


def _unwrapped(lines: list[str]) -> list[str]:
    """Lines a page broke mid-sentence (a narrow page's or a PDF's wrap: "…自2017年至今" /
    ",市科技局为…") joined back into their paragraph: a long line of prose that ends no
    sentence, then one that opens no heading, salutation, closing or sign-off."""
    out: list[str] = []
    for line in lines:
        if out and _wrapped(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def _wrapped(line: str, after: str) -> bool:
    prose = len(line) >= _WRAP_MIN and bool(_PROSE.search(line)) and "|" not in line
    opens = heading_rank(after) is not None or any(
        p.match(after) for p in (SALUTATION, CLOSING, CONTACT, ORG_LINE, DATE_LINE, SIGN_OFF_LABEL)
    )  # (a list goes on past its 、, into a salutation too: "马金山、…王桂兰、" / "李德胜…代表：")
    return line.endswith("、") or prose and not _ENDED.search(line) and not opens


def _is_bracket_block(line: str, meta: Meta) -> bool:
    # (`[ 索引号 ]` anywhere on a page; colon pairs only in the header, read by split_title)
    return line.startswith(("[", "【")) and read_metadata_line(line, meta)


# --- layout and parts -----------------------------------------------------------------


def _layout(title: str | None, lines: list[str]) -> tuple[str, list[_Para]]:
    body = f"{title}\n\n" if title else ""
    paras = []
    for line in lines:
        paras.append(_Para(line, len(body)))
        body += line + "\n\n"
    return body.rstrip("\n"), paras


def _classify(paras: list[_Para]) -> list[str]:
    """Name the part of the letter each paragraph belongs to."""
    parts = ["body"] * len(paras)
    tail_from = _tail_start(paras)
    for i in range(tail_from, len(paras)):
        text = paras[i].text
        is_signature = ORG_LINE.match(text) or DATE_LINE.match(text)
        is_label = CONTACT.match(text) or SIGN_OFF_LABEL.match(text) or PHONE_LINE.match(text)
        parts[i] = "signature" if is_signature and not is_label else "closing"

    # The salutation: the nearest above the opening (not a form's "内容：" higher up, nor
    # page fields the head did not know); the first when no opening was found (not a body
    # line's "具体情况：").
    starts = (j for j in range(min(16, tail_from)) if OPENING_START.search(paras[j].text))
    found = next(starts, None)
    opening = 3 if found is None else found
    above, first = range(min(opening, tail_from)), 0
    for j in above if found is None else reversed(above):
        if SALUTATION.match(paras[j].text) and heading_rank(paras[j].text) is None:
            parts[j] = "salutation"
            first = j + 1
            break
    # The opening runs to the paragraph announcing the reply, within three paragraphs,
    # or is the one paragraph acknowledging the proposal (`…收悉`).
    end = None
    for j in range(first, min(first + 3, tail_from)):
        if heading_rank(paras[j].text) is not None:
            break
        if OPENING_END.search(paras[j].text):
            end = j
            break
    if end is None and first < tail_from and OPENING_START.search(paras[first].text):
        end = first
    for j in range(first, end + 1 if end is not None else first):
        parts[j] = "opening"
    return parts


def _tail_start(paras: list[_Para]) -> int:
    """First paragraph of the closing formulas, contact lines, signature and date."""
    start = page_tail([p.text for p in paras])
    while start > 0:
        text = paras[start - 1].text
        if not (
            CLOSING.match(text)
            or CONTACT.match(text)
            or PHONE_LINE.match(text)
            or SIGN_OFF_LABEL.match(text)
            or DATE_LINE.match(text)
            or SEAL_LINE.match(text)
            or (ORG_LINE.match(text) and heading_rank(text) is None)
        ):
            break
        start -= 1
    return start


# --- sections -------------------------------------------------------------------------


def _sections(body: str, paras: list[_Para], parts: list[str]) -> tuple[Section, ...]:
    spans: list[tuple[tuple[str, ...], str, int, int]] = []
    stack: list[tuple[int, str]] = []  # (rank, heading) from the top
    bare_heading = False  # the previous paragraph was a heading line and nothing else
    for para, part in zip(paras, parts, strict=True):
        if part != "body":
            if spans and spans[-1][1] == part:  # one section per run of a non-body part
                spans[-1] = (spans[-1][0], part, spans[-1][2], para.end)
            else:
                spans.append(((), part, para.start, para.end))
            stack, bare_heading = [], False
            continue
        heading = _heading(para.text)
        if heading is None and bare_heading and len(_segments(para.text)) == 1:
            spans[-1] = (spans[-1][0], part, spans[-1][2], para.end)
            bare_heading = False
            continue
        # `一是` items belong to their paragraph; the next paragraph starts above them.
        stack = [entry for entry in stack if entry[0] < ITEM_RANK]
        if heading is not None:
            rank, text = heading
            stack = [entry for entry in stack if entry[0] < rank] + [(rank, text)]
        for offset, end, item in _segments(para.text):
            if item is not None:
                stack = [entry for entry in stack if entry[0] < ITEM_RANK] + [(ITEM_RANK, item)]
            path = tuple(text for _, text in stack)
            spans.append((path, part, para.start + offset, para.start + end))
        bare_heading = heading is not None and _is_bare(para.text)
    return tuple(Section(path, part, body[s:e], s, e) for path, part, s, e in spans)


def _heading(text: str) -> tuple[int, str] | None:
    """(rank, heading text) when the paragraph starts with a numbering mark."""
    rank = heading_rank(text)
    return None if rank is None else (rank, _heading_text(text))


def _heading_text(text: str) -> str:
    """The first sentence, without its end mark, cut to a readable length."""
    end = _first_sentence_end(text, _HEADING_END)
    head = text[:end].rstrip(_HEADING_END + " ") if end else text.rstrip(_HEADING_END + " ")
    return head if len(head) <= _MAX_HEADING else head[:_MAX_HEADING] + "…"


def _first_sentence_end(text: str, ends: str) -> int | None:
    """Offset just past the first sentence end outside quotes and brackets."""
    depth = 0
    for i, char in enumerate(text):
        if char in OPENING_BRACKETS:
            depth += 1
        elif char in CLOSING_BRACKETS:
            depth = max(depth - 1, 0)
        elif char in ends and depth == 0:
            if char in ":：" and 0 < i < len(text) - 1 and text[i - 1].isdigit():
                continue  # a time of day, 10:30
            return i + 1
    return None


def _is_bare(text: str) -> bool:
    end = _first_sentence_end(text, _HEADING_END)
    return end is None or not text[end:].strip()


def _segments(text: str) -> list[tuple[int, int, str | None]]:
    """Split a paragraph at its `一是 … 二是 …` items: (start, end, item heading or None).

    Only a run counting up from the paragraph's own item (or from 一) splits, so a
    stray `二是` in a sentence does not.
    """
    starts_item = _ITEM.match(text)
    expected = (cn_number(text[: starts_item.end() - 1]) or 0) + 1 if starts_item else 1
    cuts = [0]
    for match in INLINE_ITEM.finditer(text):
        if cn_number(match.group("num")) == expected:
            cuts.append(match.start("num"))
            expected += 1
    segments = []
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(text)
        chunk = text[start:end].rstrip()
        # The first segment's heading, if any, is the paragraph's and already stacked.
        segments.append((start, start + len(chunk), _heading_text(chunk) if k else None))
    return segments
