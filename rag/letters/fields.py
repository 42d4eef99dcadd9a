"""The fields of a letter: what its title, opening, sign-off and page state.

    title, lines = split_title(lines, meta)        # rag.letters.title
    fields = read_fields(title, parts, meta)       # issuer, proposal_no, kind, proposers, …

`issuer` is the name the letter signs with (the signature line), else the issuer its
title names (`XX关于…`, `XX对…`, or `…的答复(水利局)`), else the letterhead, else the
page's 发文机关. The page's 发布机构 is not the issuer: it is often the portal or a general
office. `proposal_no` is the number as the title writes it (`第 91号` → "91"), else as
the opening does, else as another title on the page does. `date_published` is the page's
发布日期, else another page date (成文日期, 发文日期, …), else its `日期:` line;
`date_signed` is the date printed at the end of the letter. `kind` comes from the number
(`第182号建议`, `第1235号代表建议`), else 体裁分类, the session (政协/人大), the title, the
proposal's own title (`…的提案》`) or the salutation (委员/代表). People: see
`rag.letters.people`. A field the letter does not state is None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypedDict

from rag.letters.dates import find_iso, to_iso
from rag.letters.genre import CONTACT, ORG_NAME, PROPOSAL_NO, SESSION, halfwidth
from rag.letters.header import Meta
from rag.letters.people import co_handlers, proposers, signer
from rag.letters.signoff import DATE_LINE, ORG_LINE, signature_date, signature_issuer
from rag.letters.title import split_title

__all__ = ["DATE_LINE", "ORG_LINE", "LetterFields", "read_fields", "split_title"]

_PROPOSAL_TITLE = re.compile(r"《(?P<title>[^《》]+)》")
_CATEGORY = re.compile(r"(?:办复|答复|办理)?类别\s*[:：]\s*([A-DＡ-Ｄ])")
# The issuer a title names: before its 关于/对, or in brackets at its end.
_TITLE_PREFIX = re.compile(r"^(?P<org>.+?)(?:关于|对)")
_TITLE_SUFFIX = re.compile(rf"[(（](?P<org>{ORG_NAME})[)）]$")
_ORG = re.compile(ORG_NAME)


class LetterFields(TypedDict):
    """The `Letter` fields read from the letter's words and its page's metadata."""

    title: str | None
    issuer: str | None
    doc_number: str | None
    index_no: str | None
    proposal_no: str | None
    kind: str | None
    session: str | None
    proposers: tuple[str, ...]
    proposal_title: str | None
    co_handlers: tuple[str, ...]
    signer: str | None
    date_signed: str | None
    date_published: str | None
    category: str | None
    topic: str | None
    contact: str | None


def read_fields(title: str | None, parts: Mapping[str, list[str]], meta: Meta) -> LetterFields:
    """The fields stated by the title, the paragraphs of each part and the page's `meta`."""
    salutation = next(iter(parts["salutation"]), None)
    opening = "\n".join(parts["opening"])
    tail = parts["signature"] + parts["closing"]
    session = _first(SESSION, title) or _first(SESSION, opening)
    proposal_title = _first(_PROPOSAL_TITLE, opening, "title")
    proposal_no, kind = _proposal(title, opening, meta)
    return LetterFields(
        title=title,
        issuer=_issuer(parts["signature"], title, meta),
        doc_number=meta.doc_number,
        index_no=meta.index_no,
        proposal_no=proposal_no,
        kind=kind or _kind_from(meta.genre, session, title, proposal_title, salutation),
        session=session,
        proposers=proposers(salutation, title),
        proposal_title=proposal_title,
        co_handlers=co_handlers(opening, parts["body"]),
        signer=signer(meta.signer, tail),
        date_signed=signature_date(parts["signature"]),
        date_published=_iso_or_none(meta.date_published or meta.date_written or meta.date_line),
        category=meta.category or _category(" ".join(tail)),
        topic=meta.topic,
        contact=" ".join(p for p in tail if CONTACT.match(p)) or None,
    )


def _first(pattern: re.Pattern[str], text: str | None, group: int | str = 0) -> str | None:
    match = pattern.search(text or "")
    return match.group(group) if match else None


def _proposal(title: str | None, opening: str, meta: Meta) -> tuple[str | None, str | None]:
    """Proposal number as written and "提案"/"建议", from the title, else the opening, else
    another title the page prints (its heading, its 标题 field)."""
    for text in (title, opening, meta.heading, meta.title):
        match = PROPOSAL_NO.search(text or "")
        if match:
            return match.group("no"), match.group("kind")
    return None, None


def _kind_from(
    genre: str | None,
    session: str | None,
    title: str | None,
    proposal_title: str | None,
    salutation: str | None,
) -> str | None:
    """提案 (CPPCC, 政协, written by 委员) or 建议 (People's Congress, 人大, by 代表),
    from what the page or the letter states; a passing 建议 in the text does not count."""
    for text, cppcc, congress in (
        (genre, "提案", "建议"),
        (session, "政协", "人大"),
        (title, "政协", "人大"),
        (proposal_title and proposal_title[-2:], "提案", "建议"),
        (salutation, "委员", "代表"),
    ):
        if text and cppcc in text:
            return "提案"
        if text and (congress in text or (congress == "人大" and "人民代表大会" in text)):
            return "建议"
    return None


def _category(text: str) -> str | None:
    letter = _first(_CATEGORY, text, 1)
    return halfwidth(letter) if letter else None


def _issuer(signature: list[str], title: str | None, meta: Meta) -> str | None:
    return (
        signature_issuer(signature)
        or _title_issuer(title)
        or meta.letterhead_org
        or meta.issuing_body
    )


def _title_issuer(title: str | None) -> str | None:
    """`重庆市财政局关于…` → 重庆市财政局; `…的答复(水利局)` → 水利局."""
    prefix = _TITLE_PREFIX.match(title or "")
    if prefix and _ORG.fullmatch(prefix.group("org")):
        return prefix.group("org")
    suffix = _TITLE_SUFFIX.search(title or "")
    return suffix.group("org") if suffix else None


def _iso_or_none(text: str | None) -> str | None:
    return (to_iso(text) or find_iso(text)) if text else None
