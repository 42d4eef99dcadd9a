"""HTML for the letter reader: the field card, the outline, the full text, and what the
letter promises and reports.

The letter is data, as everywhere in the UI: every string passes through `render.esc`.
The text is cut at every place a tag has to start or end (a section, its heading, a
cited quote, a commitment) and each piece is escaped on its own, so a highlight never
splits an entity and the letter's own markup never becomes tags.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rag.models import SECTION_SEP, Letter, Section
from ui.render import esc, number_label

if TYPE_CHECKING:
    from rag.answer.commitments import Item


@dataclass(frozen=True)
class Cited:
    """What the reader was opened from: a citation's quote, and its passage and section."""

    quote: str
    text: str = ""
    section: str = ""


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    open: str
    close: str


def placeholder(message: str | None = None) -> str:
    text = message or (
        "从问答的证据卡片点击“阅读原函”，或在“答复函”列表中点选一行，即可在此阅读全文。"
    )
    return (
        '<div class="rd-empty"><div class="ev-empty-title">阅读 Reader</div>'
        f"<p>{esc(text)}</p><p class='ev-en'>Open a letter from an evidence card "
        "(“阅读原函 Open letter”) or a row of the Letters table.</p></div>"
    )


def reader(
    letter: Letter,
    commitments: Sequence[Item] = (),
    actions: Sequence[Item] = (),
    cited: Cited | None = None,
) -> str:
    """The whole reader for one letter: fields and outline | text | commitments."""
    cite = _locate_cited(letter, cited) if cited else None
    return (
        f'<div class="rd-doc" data-letter="{esc(letter.letter_id)}">'
        f'<aside class="rd-side">{field_card(letter)}{outline(letter)}</aside>'
        f'<main class="rd-text" tabindex="0">{letter_text(letter, commitments, actions, cite)}'
        "</main>"
        f'<aside class="rd-promises">{commitments_panel(commitments, actions)}</aside>'
        "</div>"
    )


# -- field card and outline ---------------------------------------------------------------


def _fields(letter: Letter) -> list[tuple[str, str | None]]:
    number = number_label(letter.proposal_no)
    return [
        ("发文机关 Issuer", letter.issuer),
        ("文号 Doc No.", letter.doc_number),
        ("编号 No.", f"{number}{letter.kind or ''}" if number else letter.kind),
        ("会议 Session", letter.session),
        ("提案人 Proposers", "、".join(letter.proposers) or None),
        ("原题 Proposal", letter.proposal_title),
        ("协办单位 Co-handlers", "、".join(letter.co_handlers) or None),
        ("签发人 Signer", letter.signer),
        ("签发日期 Signed", letter.date_signed),
        ("成文日期 Written", letter.written_apart),
        ("公开日期 Published", letter.date_published),
        ("发布机构 Publisher", letter.publisher),
        ("主题 Topic", letter.topic),
        ("办复类别 Category", letter.category),
        ("索引号 Index No.", letter.index_no),
        ("文件 File", letter.source),
    ]


def field_card(letter: Letter) -> str:
    """The letter's stated fields; a field the letter does not state is left out."""
    rows = "".join(
        f"<div><dt>{esc(key)}</dt><dd>{esc(value)}</dd></div>"
        for key, value in _fields(letter)
        if value
    )
    return (
        '<section class="rd-card">'
        f'<h3 class="rd-title">{esc(letter.title or letter.source)}</h3>'
        f'<dl class="rd-fields">{rows}</dl></section>'
    )


def outline(letter: Letter) -> str:
    """The heading paths as a clickable list; each entry jumps to its section."""
    seen: set[tuple[str, ...]] = set()
    entries = []
    for i, section in enumerate(letter.sections):
        if not section.path or section.path in seen:
            continue
        seen.add(section.path)
        entries.append(
            f'<li class="rd-ol-{min(len(section.path), 3)}">'
            f'<a href="#rd-s-{i}" data-jump="{i}" title="{esc(section.section)}">'
            f"{esc(section.path[-1])}</a></li>"
        )
    if not entries:
        return ""
    return (
        '<nav class="rd-outline"><div class="rd-label">目录 Outline</div>'
        f"<ul>{''.join(entries)}</ul></nav>"
    )


# -- the text -------------------------------------------------------------------------------


def letter_text(
    letter: Letter,
    commitments: Sequence[Item] = (),
    actions: Sequence[Item] = (),
    cite: tuple[int, int] | None = None,
) -> str:
    """The body, one block per section, with headings, the cited quote and every
    commitment and action marked (the panel's items highlight them on click)."""
    spans = [
        *_item_spans(commitments, "c", letter.body),
        *_item_spans(actions, "a", letter.body),
    ]
    if cite is not None:
        spans.append(_Span(cite[0], cite[1], '<mark class="rd-cite">', "</mark>"))
    out: list[str] = []
    last = 0
    for i, section in enumerate(letter.sections):
        out.append(_gap(letter.body[last : section.start]))
        heading = _heading_span(section)
        marked = _marked(letter.body, section.start, section.end, [*heading, *spans])
        out.append(
            f'<div class="rd-sec rd-part-{esc(section.part)}" id="rd-s-{i}" data-sec="{i}">'
            f"{marked}</div>"
        )
        last = section.end
    out.append(_gap(letter.body[last:]))
    return "".join(out)


def _gap(text: str) -> str:
    # Between sections is the title above the first and blank lines; only text is kept.
    text = text.strip()
    return f'<div class="rd-sec rd-head">{esc(text)}</div>' if text else ""


def _heading_span(section: Section) -> list[_Span]:
    if section.part != "body" or not section.path:
        return []
    heading = section.path[-1]
    if not section.text.startswith(heading):
        return []
    end = section.start + len(heading)
    return [_Span(section.start, end, '<strong class="rd-h">', "</strong>")]


def _item_spans(items: Sequence[Item], kind: str, body: str) -> list[_Span]:
    spans = []
    for i, item in enumerate(items):
        end = item.start + len(item.quote)
        if body[item.start : end] != item.quote:
            continue  # not this letter's offsets: leave the text unmarked
        spans.append(
            _Span(item.start, end, f'<span class="rd-item" data-item="{kind}{i}">', "</span>")
        )
    return spans


def _marked(body: str, start: int, end: int, spans: Sequence[_Span]) -> str:
    """body[start:end], escaped piece by piece, each piece inside the spans covering it."""
    inside = [s for s in spans if s.start < end and s.end > start]
    cuts = sorted(
        {start, end, *(max(start, min(end, p)) for s in inside for p in (s.start, s.end))}
    )
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in inside if s.start <= a and s.end >= b]
        out.append("".join(s.open for s in covering))
        out.append(esc(body[a:b]))
        out.append("".join(s.close for s in reversed(covering)))
    return "".join(out)


def _locate_cited(letter: Letter, cited: Cited) -> tuple[int, int] | None:
    """Where the cited quote is in the body: inside its passage or its section when they
    are found, else its first occurrence; None when the letter does not contain it."""
    quote = cited.quote.strip()
    if not quote:
        return None
    where = [s for s in letter.sections if cited.section and s.section == cited.section]
    lo, hi = (where[0].start, where[-1].end) if where else (0, len(letter.body))
    if cited.text and (offset := letter.body.find(cited.text)) >= 0:
        lo, hi = offset, offset + len(cited.text)
    i = letter.body.find(quote, lo, hi)
    if i < 0:
        i = letter.body.find(quote)
    return (i, i + len(quote)) if i >= 0 else None


# -- commitments and actions ------------------------------------------------------------------


def commitments_panel(commitments: Sequence[Item], actions: Sequence[Item]) -> str:
    """承诺 (what the letter promises), then 已办 (what it reports done), collapsed."""
    promised = (
        f'<ol class="rd-items">{"".join(_item(x, f"c{i}") for i, x in enumerate(commitments))}</ol>'
        if commitments
        else '<p class="rd-none">这封答复函没有可识别的承诺。No commitments found.</p>'
    )
    done = (
        '<details class="rd-actions"><summary>'
        f"已办 Actions · {len(actions)} 项</summary>"
        f'<ol class="rd-items">{"".join(_item(x, f"a{i}") for i, x in enumerate(actions))}</ol>'
        "</details>"
        if actions
        else ""
    )
    return (
        f'<section class="rd-commitments"><div class="rd-label">承诺 Commitments · '
        f"{len(commitments)} 项</div>{promised}</section>{done}"
    )


def _item(item: Item, key: str) -> str:
    crumbs = [p for p in item.section.split(SECTION_SEP) if p]
    meta = []
    if item.due:
        meta.append(f'<span class="rd-due">时限 {esc(item.due)}</span>')
    if item.partners:
        meta.append(f'<span class="rd-partners">会同 {esc("、".join(item.partners))}</span>')
    meta_html = f'<div class="rd-item-meta">{"".join(meta)}</div>' if meta else ""
    return (
        f'<li class="rd-entry" data-target="{key}" tabindex="0" role="button">'
        f'<div class="rd-item-section" title="{esc(item.section)}">'
        f"{esc(' › '.join(crumbs[-2:]) or '正文 body')}</div>"
        f'<div class="rd-quote">{esc(item.quote)}</div>'
        f"{meta_html}</li>"
    )
