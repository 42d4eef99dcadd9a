"""The fields of a letter: its title, then what its title, opening and closing state.

    title, lines = split_title(lines, meta)        # the title, and the letterhead read
    fields = read_fields(title, parts, meta)       # issuer, proposal_no, kind, proposers, …

`issuer` is the name the letter signs with (the signature line), else the `XX关于` prefix
of the title, else the letterhead, else the portal's 发布机构 (which is often an
abbreviation such as 市科技局, so it comes last). `date_published` is the page's 发布日期,
else 成文日期, else its `日期:` line; `date_signed` is the date printed at the end of the
letter. `proposers` are the names in the salutation as written; an anonymised `xxx委员`
gives `("xxx",)`, since the letter does state that a (hidden) member wrote it, and a
salutation without a name (`各位委员:`) gives `()`. `kind` comes from the title
(`第182号建议`), else 体裁分类, the session (政协/人大), the proposal's own title
(`…的提案》`) or the salutation (委员/代表). A field the letter does not state is None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypedDict

from rag.letters.dates import DATE, find_iso, match_to_iso, to_iso
from rag.letters.genre import CONTACT, OPENING_START, PROPOSAL_NO, SALUTATION, SESSION, halfwidth
from rag.letters.header import Meta, read_metadata_line

# A title names what it answers: `…关于…第0798号提案答复的函`, `…对…建议的答复`.
_TITLE_HINT = re.compile(r"关于|答复|复函|的函|第\s*[0-9０-９]+\s*号")
_TITLE_END = re.compile(r"(?:函|答复|复文|意见|说明|报告)\s*$")
_ORG_SUFFIX = (
    r"(?:局|委|委员会|政府|人民政府|办公室|办公厅|办|厅|部|院|中心|公司|集团|银行|会|"
    r"所|处|站|队|馆|街道办事处|管委会|党组|支部)"
)
# A line that is only an organisation's name: the signature, or the letterhead.
ORG_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,30}}{_ORG_SUFFIX}$")
# A signature's date line, perhaps after the issuer's name: `重庆市科学技术局 2024年5月23日`.
DATE_LINE = re.compile(rf"^(?P<org>[^\d。，,；;:：]{{0,40}}?)\s*[(（]?(?:{DATE.pattern})[)）]?$")

_PROPOSAL_TITLE = re.compile(r"《(?P<title>[^《》]+)》")
_CO_HANDLERS = (
    # `经与市人力社保局、市经济信息委等协办单位共同研究` / `会同A、B等部门`
    re.compile(
        r"(?:经与|会同|经商)(?P<orgs>[^。；;，,]{2,150}?)(?:等)?(?:协办|会办|相关|有关)?(?:单位|部门)"
    ),
    re.compile(r"(?:经与|会同)(?P<orgs>[^。；;，,]{2,150}?)(?:共同|认真|联合|进行)"),
)
_SIGNER_TITLE = (
    r"(?:副)?(?:局长|主任|厅长|部长|区长|县长|市长|镇长|乡长|书记|院长|秘书长|会长|"
    r"行长|主席|处长|站长|所长|队长|校长|理事长|委员长|总经理|董事长)"
)
# `此答复函已经明炬局长审签`
_SIGNER = re.compile(
    rf"(?:已经|已由|经)(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:同志)?{_SIGNER_TITLE}?"
    r"(?:审签|签发|审定|审核签发)"
)
_CATEGORY = re.compile(r"(?:办复|答复|办理)?类别\s*[:：]\s*([A-DＡ-Ｄ])")
_SALUTATION_TRIM = re.compile(r"^(?:尊敬的|敬爱的|亲爱的)|[:：]$")
_NAME_SUFFIX = re.compile(r"(?:等\s*\d*\s*[位名]?)?(?:委员|代表|同志|先生|女士)(?:们)?$|等$")
_NAME_SPLIT = re.compile(r"[、，,；;]|\s+")
_NO_NAME = {"", "各位", "您", "您好", "各位领导", "领导"}


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


# --- the title ------------------------------------------------------------------------


def split_title(lines: list[str], meta: Meta) -> tuple[str | None, list[str]]:
    """Find the title (one or two lines); drop and read the letterhead around it."""
    start = _content_start(lines)
    window = lines[:start] if start is not None else lines[:6]
    title_at = next((i for i, line in enumerate(window) if _is_title_line(line)), None)
    if title_at is None:
        first = last = -1
        title = None
    else:
        first = last = title_at
        if title_at > 0 and _is_title_prefix(window[title_at - 1], window[title_at]):
            first = title_at - 1
        elif (
            title_at + 1 < len(window)
            and not _TITLE_END.search(window[title_at])
            and _is_title_continuation(window[title_at + 1])
        ):
            last = title_at + 1
        title = "".join(lines[first : last + 1])
    # Everything above the title is letterhead: read it, keep none of it.
    for line in lines[: max(first, 0)]:
        _read_letterhead(line, meta)
    rest = lines[last + 1 :]
    if start is None:  # no salutation or opening to stop at: only leading metadata goes
        while rest and read_metadata_line(rest[0], meta):
            rest.pop(0)
        return title, rest
    head, letter = rest[: start - last - 1], rest[start - last - 1 :]
    if title is None:
        return None, [line for line in head if not _read_letterhead(line, meta)] + letter
    return title, [line for line in head if not read_metadata_line(line, meta)] + letter


def _read_letterhead(line: str, meta: Meta) -> bool:
    """Record a letterhead line (metadata, or the issuer's name); True if it was one."""
    if read_metadata_line(line, meta):
        return True
    if ORG_LINE.match(line):
        meta.letterhead_org = meta.letterhead_org or line
        return True
    return False


def _content_start(lines: list[str]) -> int | None:
    """Index of the salutation or the opening, looked for near the top only."""
    for i, line in enumerate(lines[:15]):
        if SALUTATION.match(line) or OPENING_START.search(line):
            return i
    return None


def _is_title_line(line: str) -> bool:
    return (
        len(line) <= 100
        and "。" not in line
        and bool(_TITLE_HINT.search(line))
        and not SALUTATION.match(line)
        and not OPENING_START.search(line)
        and not read_metadata_line(line, Meta())
    )


def _is_title_prefix(previous: str, line: str) -> bool:
    # `重庆市科学技术局` over `关于…的函`: an issuer line the title continues.
    return line.startswith("关于") and bool(ORG_LINE.match(previous))


def _is_title_continuation(line: str) -> bool:
    return (
        len(line) <= 60
        and "。" not in line
        and not SALUTATION.match(line)
        and not OPENING_START.search(line)
        and not read_metadata_line(line, Meta())
        and bool(_TITLE_END.search(line) or PROPOSAL_NO.search(line))
    )


# --- the other fields -----------------------------------------------------------------


def read_fields(title: str | None, parts: Mapping[str, list[str]], meta: Meta) -> LetterFields:
    """The fields stated by the title, the paragraphs of each part and the page's `meta`."""
    salutation = next(iter(parts["salutation"]), None)
    opening = "\n".join(parts["opening"])
    tail = parts["signature"] + parts["closing"]
    session = _first(SESSION, title) or _first(SESSION, opening)
    proposal_title = _first(_PROPOSAL_TITLE, opening, "title")
    proposal_no, kind = _proposal(title, opening)
    return LetterFields(
        title=title,
        issuer=_issuer(parts["signature"], title, meta),
        doc_number=meta.doc_number,
        index_no=meta.index_no,
        proposal_no=proposal_no,
        kind=kind or _kind_from(meta.genre, session, proposal_title, salutation),
        session=session,
        proposers=_proposers(salutation),
        proposal_title=proposal_title,
        co_handlers=_co_handlers(opening),
        signer=meta.signer or _signer(" ".join(tail)),
        date_signed=_date_signed(parts["signature"]),
        date_published=_iso_or_none(meta.date_published or meta.date_written or meta.date_line),
        category=meta.category or _category(" ".join(tail)),
        topic=meta.topic,
        contact=" ".join(p for p in tail if CONTACT.match(p)) or None,
    )


def _first(pattern: re.Pattern[str], text: str | None, group: int | str = 0) -> str | None:
    match = pattern.search(text or "")
    return match.group(group) if match else None


def _proposal(title: str | None, opening: str) -> tuple[str | None, str | None]:
    """Proposal number as written and "提案"/"建议", from the title, else the opening."""
    for text in (title or "", opening):
        match = PROPOSAL_NO.search(text)
        if match:
            return match.group("no"), match.group("kind")
    return None, None


def _kind_from(
    genre: str | None, session: str | None, proposal_title: str | None, salutation: str | None
) -> str | None:
    """提案 (CPPCC, 政协, written by 委员) or 建议 (People's Congress, 人大, by 代表),
    from what the page or the letter states; a passing 建议 in the text does not count."""
    for text, cppcc, congress in (
        (genre, "提案", "建议"),
        (session, "政协", "人大"),
        (proposal_title and proposal_title[-2:], "提案", "建议"),
        (salutation, "委员", "代表"),
    ):
        if text and cppcc in text:
            return "提案"
        if text and (congress in text or (congress == "人大" and "人民代表大会" in text)):
            return "建议"
    return None


def _proposers(salutation: str | None) -> tuple[str, ...]:
    if not salutation:
        return ()
    names = []
    for part in _NAME_SPLIT.split(_SALUTATION_TRIM.sub("", salutation)):
        name = _NAME_SUFFIX.sub("", part.strip())
        if name not in _NO_NAME:
            names.append(name)
    return tuple(names)


def _co_handlers(opening: str) -> tuple[str, ...]:
    for pattern in _CO_HANDLERS:
        match = pattern.search(opening)
        if match:
            orgs = re.split(r"[、，,]", match.group("orgs"))
            return tuple(org.strip() for org in orgs if org.strip())
    return ()


def _signer(text: str) -> str | None:
    match = _SIGNER.search(text)
    if not match or re.fullmatch(_SIGNER_TITLE, match.group("name")):
        return None
    return match.group("name")


def _category(text: str) -> str | None:
    letter = _first(_CATEGORY, text, 1)
    return halfwidth(letter) if letter else None


def _issuer(signature: list[str], title: str | None, meta: Meta) -> str | None:
    for text in signature:
        if ORG_LINE.match(text):
            return text
        match = DATE_LINE.match(text)
        if match and match.group("org").strip():
            return match.group("org").strip()
    prefix = title.split("关于", 1)[0] if title and "关于" in title else ""
    if 2 <= len(prefix) <= 30:
        return prefix
    return meta.letterhead_org or meta.publisher


def _date_signed(signature: list[str]) -> str | None:
    for text in reversed(signature):
        match = DATE.search(text) if DATE_LINE.match(text) else None
        if match:
            return match_to_iso(match)
    return None


def _iso_or_none(text: str | None) -> str | None:
    return (to_iso(text) or find_iso(text)) if text else None
