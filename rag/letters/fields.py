"""The fields of a letter: what its title, opening, sign-off and page state.

    title, lines = split_title(lines, meta)        # rag.letters.title
    fields = read_fields(title, parts, meta)       # issuer, proposal_no, kind, proposers, …

`issuer` is the name the letter signs with (the signature lines), else the issuer its
title names (`XX关于…`, `XX、YY对…`, or `…的答复(水利局)`), else the letterhead (a red head
`XX局文件` too), else the page's 发文机关, else the body the page gives as its 来源 (who
wrote the text it shows). The page's 发布机构 is not the issuer: it is often the portal or
a general office. `proposal_no` is the number as the title writes it
(`第 91号` → "91", `第BH037号`), else as the opening does (`《…》(45号)` too), else as another
title on the page does, else the page's 提案编号, else as the first paragraphs give it with
its kind. `date_published` is the page's 发布日期, else another page date (成文日期, 发文日期,
…), else its `日期:` line or a date alone under the title; `date_signed` is the date
printed at the end of the letter; `date_written` the page's 成文日期 (发文日期, 生成日期…). `kind` comes from the number (`第182号建议`), else the
strongest wording (see `_kind_from`), else the words of the whole letter. People: see
`rag.letters.people`; without a salutation, the page's 提案人. A field the letter does not
state is None.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypedDict

from rag.letters.dates import find_iso, to_iso
from rag.letters.genre import CONTACT, ORG_NAME, PROPOSAL_NO, SESSION, halfwidth, proposal_digits
from rag.letters.header import Meta
from rag.letters.people import co_handlers, proposers, signer
from rag.letters.signoff import DATE_LINE, ORG_LINE, signature_date, signature_issuer
from rag.letters.title import split_title

__all__ = ["DATE_LINE", "ORG_LINE", "LetterFields", "read_fields", "split_title"]

_PROPOSAL_TITLE = re.compile(r"《(?P<title>[^《》]+)》")
# A proposal's title the opening gives without 《》: "您提出的关于加强…的建议收悉",
# "你提出的“关于加固杭埠河河堤,提高防洪能力”的建议收悉" (its quotation marks dropped).
_SAID_TITLE = re.compile(
    r"(?:提出|所提|提交)的\s*(?P<title>[“\"]?关于[^。！？；\n《》]{2,90}?(?:提案|建议|议案)[”\"]?)\s*(?:[（(][^（()）]{1,12}[）)])?\s*已?收[悉到]"
)
# The number in brackets after the proposal's title: `《关于…的建议》（45号）`, `(编号:45)`,
# `（立案号：2020114号）`.
_BRACKETED_NO = re.compile(
    r"》\s*[(（]\s*(?:(?:提案|建议|立案)?编?号\s*[:：]\s*)?(?P<no>[A-Za-z]{0,3}[0-9０-９]{1,8})\s*号?\s*[)）]"
)
_CATEGORY = re.compile(r"(?:办复|答复|办理)?类别\s*[:：]\s*([A-DＡ-Ｄ])")
# The issuer a title names: before its 关于/对, or in brackets at its end.
_TITLE_WORD = re.compile(r"关于|对")
_TITLE_SUFFIX = re.compile(rf"[(（](?P<org>{ORG_NAME})[)）]$")
_ORGS = re.compile(rf"{ORG_NAME}(?:、{ORG_NAME})*")  # `市财政局、市发展改革委关于…`


class LetterFields(TypedDict):
    """The `Letter` fields read from the letter's words and its page's metadata."""

    title: str | None
    issuer: str | None
    doc_number: str | None
    index_no: str | None
    publisher: str | None
    proposal_no: str | None
    kind: str | None
    session: str | None
    proposers: tuple[str, ...]
    proposal_title: str | None
    co_handlers: tuple[str, ...]
    signer: str | None
    date_signed: str | None
    date_published: str | None
    date_written: str | None
    category: str | None
    topic: str | None
    contact: str | None


def read_fields(title: str | None, parts: Mapping[str, list[str]], meta: Meta) -> LetterFields:
    """The fields stated by the title, the paragraphs of each part and the page's `meta`."""
    salutation = next(iter(parts["salutation"]), None)
    opening = "\n".join(parts["opening"])
    tail = parts["signature"] + parts["closing"]
    session = _first(SESSION, title) or _first(SESSION, opening)
    proposal_title = _first(_PROPOSAL_TITLE, opening, "title") or _said_title(opening)
    proposal_no, kind = _proposal(title, opening, parts["body"], meta)
    issuer = _issuer(parts["signature"], title, meta, [*parts["opening"], *parts["body"]])
    return LetterFields(
        title=title,
        issuer=issuer,
        doc_number=meta.doc_number,
        index_no=meta.index_no,
        publisher=meta.publisher,
        proposal_no=proposal_no,
        kind=kind
        or _kind_from(meta.genre, session, title, proposal_title, salutation, opening)
        or _kind_in_words(parts["body"]),
        session=session,
        proposers=_proposers(proposers(salutation, title, opening), _listed(meta.proposer)),
        proposal_title=proposal_title,
        co_handlers=_with_card(
            co_handlers(opening, parts["body"]), _listed(meta.co_handlers), issuer
        ),
        signer=signer(meta.signer, tail),
        date_signed=signature_date(parts["signature"]),
        date_published=_iso_or_none(meta.date_published or meta.date_written or meta.date_line),
        date_written=_iso_or_none(meta.date_written),
        category=meta.category or _category(" ".join(tail)),
        topic=meta.topic,
        contact=" ".join(p for p in tail if CONTACT.match(p)) or None,
    )


def _said_title(opening: str) -> str | None:
    title = _first(_SAID_TITLE, opening, "title")
    return re.sub(r"[“”\"]", "", title) if title else None


def _first(pattern: re.Pattern[str], text: str | None, group: int | str = 0) -> str | None:
    match = pattern.search(text or "")
    return match.group(group) if match else None


def _proposal(
    title: str | None, opening: str, body: list[str], meta: Meta
) -> tuple[str | None, str | None]:
    """Proposal number as written and "提案"/"建议", from the title, else the opening, else
    another title the page prints (its heading, its 标题 field), else the opening's number in
    brackets after the proposal's title, else the page's 提案编号, else the title's, else the first paragraphs
    after the opening when they give the number with its kind."""
    for text in (title, opening, meta.heading, meta.title):
        match = PROPOSAL_NO.search(text or "")
        if match:
            return proposal_digits(match.group("no")), match.group("kind")
    match = _BRACKETED_NO.search(opening)
    if match:
        return match.group("no"), None
    if meta.proposal_no:
        return meta.proposal_no, meta.proposal_kind
    # a heading's `《关于…的建议》(63号)`, with its 号 (not a standard's `(GB5749)`, a year)
    match = _BRACKETED_NO.search(title or "")
    if match and "号" in match.group():
        return match.group("no"), None
    # Last, the first paragraphs after the opening, where they name it with its kind.
    match = next((m for m in PROPOSAL_NO.finditer("\n".join(body[:2])) if m.group("kind")), None)
    return (proposal_digits(match.group("no")), match.group("kind")) if match else (None, None)


def _proposers(addressed: tuple[str, ...], listed: tuple[str, ...]) -> tuple[str, ...]:
    """Whom the salutation addresses, or the page's card when it lists them and more
    (`蒋文斌等代表：` under `领衔代表：蒋文斌` / `附议代表：汤丽娟、殷建平`)."""
    return listed if addressed and set(addressed) < set(listed) else addressed or listed


def _with_card(
    named: tuple[str, ...], card: tuple[str, ...], issuer: str | None
) -> tuple[str, ...]:
    """The co-handlers the letter's words name, then those only its page's card lists
    (`协办单位：原州区卫生健康局` above "我局会同区财政局进行了研究"), each unit once, by any
    name (`区卫健局` is `某某区卫生健康局`), a card's note aside (`（会签）`), never the
    issuer itself."""
    card = tuple(_NOTE.sub("", c) for c in card)
    return named + tuple(c for c in card if not any(_same_unit(c, n) for n in (*named, issuer)))


_NOTE = re.compile(r"[（(][^）)]*[）)]$")
_PLACE_PREFIX = re.compile(r"^.*?[省市县区旗](?!场)")  # (not the 市 of 市场监督管理局)


def _same_unit(a: str, b: str | None) -> bool:
    """Whether two names are one unit's: one ends the other, or one's name past its place is
    the other's shortened, keeping its last character (卫健局 of 卫生健康局, 卫健委 of
    卫生健康委员会)."""
    if not b:
        return False
    if a.endswith(b) or b.endswith(a):
        return True
    short, long = sorted((_core(a), _core(b)), key=len)
    rest = iter(long)
    return bool(short) and short[-1] == long[-1] and all(c in rest for c in short)


def _core(name: str) -> str:
    return re.sub("委员会$", "委", _PLACE_PREFIX.sub("", name))


def _listed(names: str | None) -> tuple[str, ...]:
    """`市财政局、市人社局` as a page's field lists them; a field printed after them on the
    same line (`霍建英 代 表 团: 朔城区`) or in the next cell (`余德胜 | 所属代表团 | 青山镇`)
    is none of them."""
    head = re.split(r"[:：]", re.split(r"\s*[|｜]", names or "", maxsplit=1)[0], maxsplit=1)
    names = _NEXT_LABEL.sub("", head[0]) if len(head) > 1 else head[0]
    names = _A_COUNT.sub("", names)  # `吴晓燕等12人`, `10人`: a count, no name
    return tuple(dict.fromkeys(n for n in re.split(r"[、，,；;\s]+", names) if n))


_A_COUNT = re.compile(r"等?\s*\d+\s*(?:人|名|位)(?=[、，,；;\s]|$)")
_NEXT_LABEL = re.compile(r"(?:\s+\S){2,}\s*$|\s+\S+\s*$")  # `代 表 团`, `附议代表`


_CONGRESS = ("人大", "人民代表大会", "人代会")


def _kind_from(
    genre: str | None,
    session: str | None,
    title: str | None,
    proposal_title: str | None,
    salutation: str | None,
    opening: str,
) -> str | None:
    """提案 (CPPCC, 政协, written by 委员) or 建议 (People's Congress, 人大, by 代表), from
    the strongest statement: the page's 体裁分类, the session, the title, a proposal titled
    `…的提案`, the salutation, the opening's words (`在县人代会上提出的`, `…的提案收悉`).
    A proposal titled `…的建议` counts last, as members title their proposals so too; a
    passing 建议 in the text does not count."""
    suffix = proposal_title[-2:] if proposal_title else None
    for text, cppcc, congress in (
        (genre, ("提案",), ("建议",)),
        (session, ("政协",), _CONGRESS),
        (title, ("政协",), _CONGRESS),
        (suffix, ("提案",), ("议案",)),  # only deputies move bills (议案)
        (salutation, ("委员",), ("代表",)),
        (opening, ("政协",), _CONGRESS),
        (opening, ("提案",), ("代表建议", "议案")),
        (suffix, (), ("建议",)),
    ):
        if text and any(word in text for word in cppcc):
            return "提案"
        if text and any(word in text for word in congress):
            return "建议"
    return None


# Words of the two kinds anywhere in a letter, for a letter that states its kind nowhere
# else (`您的提案很有针对性`); a 委员会 is a committee, not a member, and 代表性 no deputy.
_CPPCC_WORDS = re.compile(r"政协|提案|委员(?!会)")
_CONGRESS_WORDS = re.compile(r"人大|人代会|议案|代表(?![性着了])")


def _kind_in_words(paragraphs: list[str]) -> str | None:
    text = "\n".join(paragraphs)
    cppcc, congress = len(_CPPCC_WORDS.findall(text)), len(_CONGRESS_WORDS.findall(text))
    return None if cppcc == congress else "提案" if cppcc > congress else "建议"


def _category(text: str) -> str | None:
    letter = _first(_CATEGORY, text, 1)
    return halfwidth(letter) if letter else None


def _issuer(
    signature: list[str], title: str | None, meta: Meta, paragraphs: list[str]
) -> str | None:
    stated = signature_issuer(signature) or _title_issuer(title)
    if stated:
        return stated
    # What the page says around the letter is the issuer only if the letter could be
    # speaking as it: a portal's 某某区人民政府 over a letter that says 我委 is the site's.
    page = (
        meta.letterhead_org,
        meta.site_org if not _PORTAL.search(meta.site_org or "") else None,
        meta.issuing_body,
        _source_body(meta.source),
        meta.site_org,
    )
    speaks_as = _speaks_as(paragraphs)
    return next((org for org in page if org and _could_say(org, speaks_as)), None)


# How a letter names its own body: 我局, 我委, 本厅, 我镇, 我府. (我区, 我县, 我市 name the
# place as often as its government: a county's bureau writes 我县 for the county.)
_SELF = re.compile(r"(?:我|本)(局|委|厅|部|办|院|司|署|镇|乡|街道|中心|府)(?![员门理])")
# A government speaks as 我镇, 我府: its name ends in 政府 (or 街道办事处).
_GOVERNMENT_SELF = frozenset(("镇", "乡", "府", "街道"))


def _speaks_as(paragraphs: list[str]) -> str | None:
    """The unit the letter most often names itself by (我局 → 局), if it does."""
    said = [m.group(1) for p in paragraphs for m in _SELF.finditer(p)]
    return max(set(said), key=said.count) if said else None


def _could_say(org: str, unit: str | None) -> bool:
    """Whether a body of that name could call itself 我<unit>."""
    if unit is None:
        return True
    if unit in _GOVERNMENT_SELF and re.search(r"政府|街道办事处|办事处$", org):
        return True
    tail = re.sub(r"[(（][^()（）]*[)）]$", "", org.split()[-1])[-4:]  # 某某局（市人防办）
    return unit in tail or unit == "委" and "委员会" in org or unit == "办" and "办公" in tail


# A government's site publishes every bureau's letters; a bureau's site, its own.
_PORTAL = re.compile(r"政府(?:网|门户网站?)?$")


def _source_body(source: str | None) -> str | None:
    """A page's 来源 when it names a body (`县民政局`), not the site (`本站`)."""
    return source if source and _ORGS.fullmatch(source) else None


def _title_issuer(title: str | None) -> str | None:
    """`重庆市财政局关于…` → 重庆市财政局 (units answering jointly as listed); `…的答复(水利局)`
    → 水利局."""
    for word in _TITLE_WORD.finditer(title or ""):  # an issuer may hold 对 (…对外开放局)
        prefix = word.string[: word.start()]
        if _ORGS.fullmatch(prefix) and not _TITLE_WORD.match(prefix):
            return prefix
    suffix = _TITLE_SUFFIX.search(title or "")
    return suffix.group("org") if suffix else None


def _iso_or_none(text: str | None) -> str | None:
    return (to_iso(text) or find_iso(text)) if text else None
