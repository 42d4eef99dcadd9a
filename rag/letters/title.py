"""The head of a letter — everything above its salutation or opening: the page's heading
and metadata, the letterhead, and the title.

    title, lines = split_title(lines, meta)   # the title; the lines of the letter after it

The title names what the letter answers (`…关于…第0798号提案答复的函`, `…对…建议的答复`)
on one line or a few: `对…第71号建议的` over `答 复`, and an issuer's name over a line
opening with 关于/对 (`重庆市财政局` / `关于…的函`) is the title's first line. When a page
prints titles above and below its metadata block, the one below is the letter's own and
the one above is the portal's heading (kept in `meta.heading`); titles printed twice in a
row are one title, the first. A page may head the letter with the proposal's own title
(`关于…的建议`): with no other title, that is the title; with no title line at all, the
page's 标题 field is. What a page sets around a title is not part of it: brackets around
the whole (`【…】`, `《…》`), the site after it in a browser tab (`…的答复_某某县人民政府`),
a note of the letterhead's after it (`（A类）`, `（签发人：…）`, read into `meta`; the unit's
role, `（主办）`), page fields run into its line. An issuer in brackets (`…的答复(水利局)`)
stays. Layout spaces inside a title go (`genre.drop_layout_spaces`). Everything above the title
is page or letterhead (a red head `某某局文件` names the issuer), read into `meta` and
dropped; metadata below it is dropped too, and so is a date alone under it, the page's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.letters.dates import DATE
from rag.letters.genre import (
    OPENING_END,
    OPENING_START,
    ORG_NAME,
    PROPOSAL_NO,
    SALUTATION,
    SALUTATION_START,
    SESSION,
    drop_layout_spaces,
    heading_rank,
)
from rag.letters.header import Meta, is_empty_label, metadata_at, read_metadata_line
from rag.letters.signoff import ORG_LINE

# A title names what it answers: `…关于…第0798号提案答复的函`, `…对…建议的答复`.
_TITLE_HINT = re.compile(r"关于|答复|复函|的函|第\s*[0-9０-９]+\s*号")
# A heading of the genre's words alone names no letter: the page's column (政协提案答复).
_GENERIC = re.compile(
    r"(?:政协|人大|代表|委员|提案|建议|议案|答复|复函|回复|办理|结果|情况|意见|的|函)+"
)
# …and ends like one, perhaps with the issuer in brackets: `…的答复(水利局)`.
_TITLE_END = re.compile(
    r"(?:函|答复|回复|复文|意见|说明|报告|答复摘要|答复书|答复件|办理结果)(?:[(（][^()（）]{1,20}[)）])?$"
)
_OPENS_TITLE = re.compile(r"^(?:关于|对)")
_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,8}?[省市县区旗盟州]")
_OPENS_AFTER_ISSUER = re.compile(rf"^[《【]?(?:{ORG_NAME})?\s*[《【]?(?:关于|对)")
# A page may head the letter with the proposal's own title: `关于加快…一体化的建议`.
_NAMES_PROPOSAL = re.compile(r"(?:关于|对)[^《》]{4,60}的(?:提案|建议|议案)")
# A whole title in brackets: `【关于…的答复】`.
# A title that names the proposal in 《》 may be wrapped in 【】 all the same.
_WRAPPED = re.compile(r"[【\[](?P<inner>[^【】\[\]]+)[】\]]|《(?P<book>[^《》]+)》")
# A title as a browser tab shows it, with the site after it: `关于…的答复_某某县人民政府`.
# (or a dash, spaced or not: `…的答复-某某区人民政府`, `…的答复——某某县人民政府门户网站`)
_SITE_SUFFIX = re.compile(
    rf"\s*(?:[_|｜]|\s[-—]\s|[-—–]{{1,2}})\s*(?:{ORG_NAME}|[^_|｜\s]{{2,30}}网站?)$"
)
# A note before or after the title, in brackets: the 办复类别, the signer, the unit's role.
_NOTE = re.compile(
    r"^[(（](?P<note>[^()（）]{1,20})[)）]\s*|\s*[(（](?P<last>[^()（）]{1,20})[)）]$"
)
_ROLE = re.compile(r"(?:主办|协办|会办|分办|牵头)(?:单位)?")
# A date, perhaps with its time, alone on a line: `2023-07-06 16:42`, `[2023年7月6日]`.
_PAGE_DATE = re.compile(
    rf"[\[【(（]?\s*(?:{DATE.pattern})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?\s*[\]】)）]?"
)
_TITLE_RUN_IN = re.compile(
    r"^(?P<title>[^\s。！？]{6,100}?(?:答复|复函|的函|回复|答复函|意见))\s+(?P<rest>\S.*)$"
)
# A field of the page whose label is not known: `索取号：…` is never part of a title.
_LABEL_LIKE = re.compile(r"^[\u4e00-\u9fff ]{1,8}[:：]")
# A document's red head names its issuer: `石门县教育局文件`.
_RED_HEAD = re.compile(rf"^(?P<org>{ORG_NAME})\s*文\s*件$")
_HEAD_LINES = 25  # the salutation or opening is looked for this far down
_HEAD_WITHOUT_START = 6  # with neither, the title is looked for this far down
_TITLE_LINES = 3  # a title wraps over at most this many lines (its issuer's line apart)
_MAX_LINE = 100
_MAX_CONTINUATION = 60


@dataclass(frozen=True)
class _Block:
    first: int
    last: int
    text: str


def split_run_in_title(line: str) -> list[str]:
    """`关于…第12号提案的答复 程晓东委员： 您提出的…` or `关于…的答复 发布时间：2023-06-20`, a page
    that lost its line breaks: the title, then the rest of the line."""
    match = _TITLE_RUN_IN.match(line)
    rest = match.group("rest") if match else ""
    if not match or not (
        SALUTATION_START.match(rest)
        or OPENING_START.match(rest)
        or read_metadata_line(rest, Meta())
    ):
        return [line]
    return [match.group("title"), rest]


def split_title(lines: list[str], meta: Meta) -> tuple[str | None, list[str]]:
    """The title, and `lines` without the head's metadata, letterhead and titles."""
    start = _content_start(lines)
    head = lines[: _HEAD_WITHOUT_START if start is None else start]
    marks, blocks = _read_head(head, meta)
    chosen = _choose(blocks, marks)
    below = chosen.last + 1 if chosen is not None else 0
    if start is None:  # nothing to stop at: below the title, only leading metadata goes
        while below < len(head) and marks[below] == "meta":
            below += 1
        kept = list(range(below, len(head)))
    else:
        kept = [i for i in range(below, len(head)) if marks[i] == "text"]
        # A date alone under the title is the page's (`2023-07-06 16:42`), not the letter's.
        dates = [i for i in kept if _PAGE_DATE.fullmatch(head[i])] if chosen is not None else []
        for i in dates:
            meta.set("日期", head[i])
        kept = [i for i in kept if i not in dates]
    # Everything above the title is page or letterhead: read it, keep none of it.
    # A name the page's furniture (its breadcrumb) stood under is the site's: the portal
    # of a government or of the bureau itself, weaker than a field naming the issuer.
    letterhead = [
        (_RED_HEAD.sub(r"\g<org>", line), i in meta.cut_after)
        for i, line in enumerate(head)
        if marks[i] == "letterhead" and i not in kept
    ]
    meta.letterhead_org = meta.letterhead_org or next((n for n, s in letterhead if not s), None)
    meta.site_org = next((name for name, site in letterhead if site), None)
    if chosen is not None:
        # Another title the page prints (its heading, a browser tab's); one that states
        # the proposal's number first, for a letter whose own title lost it.
        others = sorted(
            (b for b in blocks if b is not chosen), key=lambda b: not PROPOSAL_NO.search(b.text)
        )
        meta.heading = next((b.text for b in others), None)
    title = _without_notes(chosen.text, meta) if chosen is not None else meta.title
    return _fuller(title, meta.title, head), [head[i] for i in kept] + lines[len(head) :]


def _fuller(title: str | None, field: str | None, head: list[str]) -> str | None:
    """The title field when the heading is the end of it (a page cut at the top printed
    "七届人大五次会议第0056号建议的答复" above its 信息名称 "睢宁县…第0056号建议的答复"), or
    the field and the heading together when the field's value wrapped onto the next line
    (标题 / "汝州市民政局关于市政协九届五次会议" / "第104号提案的答复")."""
    if not title or not field or field == title:
        return title or field
    if len(field) > len(title) and drop_layout_spaces(field).endswith(drop_layout_spaces(title)):
        return field
    wrapped = not _ends_title(field) and not _OPENS_AFTER_ISSUER.match(title)
    if wrapped and not field.endswith(("…", "...")) and field + title in "".join(head):
        return field + title  # (not a field over a title of its own: 标题：关于… / 关于…的答复)
    return title


def _without_notes(title: str, meta: Meta) -> str:
    """The title without a note of the letterhead's printed before or after it (`（B类）关于…`,
    `…的答复（A类）`, `（签发人：陈立新）`, `（主办）`), which is read into `meta`; an issuer in
    brackets stays."""
    for note in _NOTE.finditer(title):
        text = note.group("note") or note.group("last")
        if _ROLE.fullmatch(text) or read_metadata_line(text, meta):
            title = title.replace(note.group(), "", 1)
    return title.strip()


def _content_start(lines: list[str]) -> int | None:
    """Index of the salutation or the opening, looked for near the top only."""
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if read_metadata_line(line, Meta()) or is_empty_label(line):
            continue  # `建议人:`, `文件编号:` are no salutation
        if SALUTATION.match(line) or OPENING_START.search(line) or OPENING_END.search(line):
            return i
    return None


def _read_head(head: list[str], meta: Meta) -> tuple[list[str], list[_Block]]:
    """Mark each head line meta (read into `meta`), title, letterhead or text; the title
    blocks found."""
    marks = ["text"] * len(head)
    blocks: list[_Block] = []
    unwrapped = [_unwrap(line) for line in head]
    i = 0
    while i < len(head):
        taken = metadata_at(head, i, meta)
        block = None if taken else _title_block(unwrapped, i, meta.cut_after)
        if block is not None:
            blocks.append(block)
            marks[block.first : block.last + 1] = ["title"] * (block.last - block.first + 1)
            i = block.last + 1
            continue
        if taken:
            marks[i : i + taken] = ["meta"] * taken
        elif ORG_LINE.match(head[i]) or _RED_HEAD.match(head[i]):
            marks[i] = "letterhead"
        i += max(taken, 1)
    return marks, blocks


def _choose(blocks: list[_Block], marks: list[str]) -> _Block | None:
    """The first title below the last metadata line that has a title below it, or a fuller
    printing of it further down; a heading that only names the proposal counts when there
    is no other."""
    blocks = [b for b in blocks if _names_a_letter(b.text)]
    replies = [b for b in blocks if not _NAMES_PROPOSAL.fullmatch(b.text)]
    blocks = replies or blocks
    if not blocks:
        return None
    last_meta = max(
        (i for i, mark in enumerate(marks) if mark == "meta" and blocks[-1].first > i),
        default=-1,
    )
    chosen = next((b for b in blocks if b.first > last_meta), None)
    # The same title printed again in full, under the page's heading: `关于…的答复` over
    # `某某委员会关于…的答复函` is the page's short form of the letter's own.
    fuller = [b for b in blocks if chosen and b.first > chosen.first and chosen.text in b.text]
    return max(fuller, key=lambda b: len(b.text), default=chosen)


def _names_a_letter(heading: str) -> bool:
    """Whether a heading may be a letter's title: not the genre's words alone (政协提案答复,
    the page's column), nor a navigation trail set with bars or arrows (某某县人民政府网 |
    信息公开 | 建议提案答复, 某某县人大常委会 > 代表建议 > 办理答复)."""
    trail = max(heading.count("|"), len(re.findall(r"\s[>＞»]{1,2}\s", heading)))
    return trail < 2 and not _GENERIC.fullmatch(re.sub(r"[^\u4e00-\u9fff]", "", heading))


def _title_block(head: list[str], i: int, cut: set[int]) -> _Block | None:
    """The title starting at `head[i]`, over as many lines as it runs, or None; it runs on
    past no line the page's furniture stood after (`cut`)."""
    if _GENERIC.fullmatch(drop_layout_spaces(head[i])):
        return None  # the page's column (政协委员提案) over the title
    j = i
    if (
        ORG_LINE.match(head[i])
        and i + 1 < len(head)
        and _OPENS_TITLE.match(head[i + 1])
        and i not in cut
    ):
        j = i + 1  # the issuer's name over the title
    if not _is_fragment(head[j], _MAX_LINE):
        return None
    text = "".join(head[i : j + 1])
    # A title wrapped over lines opens as a title does (`关于…`, `某某局对…`, `…第12号`, the
    # session), wherever the wrap cuts (`某某局关` / `于…`, `某某卫生` / `局关于…`): a line above
    # it that does not (`某某市政务服务平台`, the page's column) is none of it.
    below = head[j + 1] if j + 1 < len(head) else ""
    lead = text + below
    named_below = _site_over(text, below)
    wraps = (
        i < j
        or any(hint.start() < len(text) for hint in _TITLE_HINT.finditer(lead))
        or bool(SESSION.search(text) or _OPENS_AFTER_ISSUER.match(lead) and not named_below)
    )
    for k in range(j + 1, min(j + _TITLE_LINES, len(head)) if wraps else 0):
        if _ends_title(text) or _cut_before(head, k, text, cut):
            break
        if ORG_LINE.match(head[k]) and not _continues(head, k + 1):
            break  # a name under the title: the letterhead's, not the title's end
        if _OPENS_TITLE.match(head[k]) and (
            _NAMES_PROPOSAL.fullmatch(text) or not _OPENS_AFTER_ISSUER.match(text)
        ):
            break  # the proposal's title over the reply's, a card's 答复内容 over it
        text += head[k]
        if _ends_title(text) and _TITLE_HINT.search(drop_layout_spaces(text)):
            return _Block(i, k, drop_layout_spaces(text))
    text = "".join(head[i : j + 1])
    if _TITLE_HINT.search(drop_layout_spaces(text)) and (
        _ends_title(text) or PROPOSAL_NO.search(text) or _NAMES_PROPOSAL.fullmatch(text)
    ):
        return _Block(i, j, drop_layout_spaces(text))
    return None


def _site_over(text: str, below: str) -> bool:
    """Whether a name over a title is the site's or the letterhead's, not the title's start:
    the title below opens with that name again (`四川省交通运输厅` / `四川省交通运输厅关于…
    的函`), or a government's over a title that opens with its own issuer of the same place
    (`剑河县人民政府` / `剑河县农业农村局关于…`; a second bureau is a joint title's)."""
    if not ORG_LINE.match(text):
        return False
    if below.startswith(text.strip()):
        return True
    place = _PLACE.match(text)
    return bool(
        place
        and text.strip().endswith("政府")
        and below.startswith(place.group())
        and _OPENS_AFTER_ISSUER.match(below)
        and not _OPENS_TITLE.match(below)
    )


def _cut_before(head: list[str], k: int, text: str, cut: set[int]) -> bool:
    """Whether the title so far cannot run on into `head[k]`: no fragment, or the page's
    furniture stood between — a site's name over a breadcrumb runs on into nothing, but a
    breadcrumb may cut a title in two (`关于市十八届人大三次会议` / `第112号建议的答复`)."""
    if not _is_fragment(head[k], _MAX_CONTINUATION):
        return True
    return k - 1 in cut and not (_OPENS_AFTER_ISSUER.match(text) and _continues(head, k))


def _continues(head: list[str], k: int) -> bool:
    """Whether `head[k]` goes on with a title a name-like line cut (`…第十届委员会第二次会` /
    `议第14号提案的复函`): a fragment that ends it, opening no title of its own."""
    return (
        k < len(head)
        and _is_fragment(head[k], _MAX_CONTINUATION)
        and _ends_title(head[k])
        and not _OPENS_TITLE.match(head[k])
    )


def _unwrap(line: str) -> str:
    """A title a page set in brackets, without them (`【关于…的答复】`, `《关于…的答复》`), or
    without the site a browser tab names after it (`关于…的答复_某某县人民政府`)."""
    match = _WRAPPED.fullmatch(line)
    if match:
        return match.group("inner") or match.group("book")
    site = _SITE_SUFFIX.search(line)
    return line[: site.start()] if site and _ends_title(line[: site.start()]) else line


def _ends_title(text: str) -> bool:
    return bool(_TITLE_END.search(drop_layout_spaces(text)))


def _is_fragment(line: str, max_len: int) -> bool:
    """A line that may be (part of) a title: short, no sentence, no frame, no metadata."""
    return (
        len(line) <= max_len
        and not any(mark in line for mark in "。！？")
        and not SALUTATION.match(line)
        and not OPENING_START.search(line)
        and not OPENING_END.search(line)  # `…的建议,已转交我局办理,现将办理情况答复如下:`
        and heading_rank(line) is None
        and not read_metadata_line(line, Meta())
        and not _LABEL_LIKE.match(line)
    )
