"""The sign-off at the end of a letter: the issuer's name and the signing date.

    ORG_LINE.match("重庆市科学技术局")            # a signature (or letterhead) line
    DATE_LINE.match("重庆市某某局 2024年5月23日")  # a date line, perhaps after the name
    signature_issuer(lines), signature_date(lines)

A name line may list the units that signed jointly (`市自然资源和规划局 市市场监督管理局`);
it is kept as printed. A printed letter notes where its seal goes (`某某局（盖章）`), and a
form-like sign-off labels its lines (`答复单位：某某局`, `答复时间：2023年8月25日`): the note
and the labels are not part of the name, and a note on a line of its own belongs to the
sign-off. What a page prints under the signing date (`打印`, `返回列表`, `附件：1.…`,
`（本件经厅长…审签）`, an appended `附：提案原文` card) is its tail, not the body
(`page_tail`). A date line whose 年 月 日 the page lost
(`2023927`) is read as the one real date it can be (`rag.letters.dates.lost_glyph_iso`).
"""

from __future__ import annotations

import re

from rag.letters.dates import DATE, LOST_GLYPH_DATE, YEAR_MONTH, lost_glyph_iso, match_to_iso
from rag.letters.genre import (
    CLOSING,
    CONTACT,
    OPENING_START,
    ORG_NAME,
    SALUTATION,
    SIGN_OFF_LABEL,
)
from rag.letters.header import Meta, read_metadata_line, read_page_metadata_line

# Where the seal goes: `（盖章）`, `（公章）`, `（印章）`, `（代章）`.
_SEAL = r"[(（]\s*(?:[盖公印代签]\s*)?[章印]\s*[)）]"
# A sign-off's labels: `答复单位（盖章）：`, `答复时间：`, `日期：`.
_ORG_LABEL = rf"(?:答复|回复|办复|落款)\s*单\s*位\s*(?:{_SEAL})?\s*[:：]\s*"
_DATE_LABEL = r"(?:(?:答复|回复|办复|签发|落款)\s*(?:日\s*期|时\s*间)|日\s*期)\s*[:：]\s*"
# A line that is only an organisation's name, or several signing together.
ORG_LINE = re.compile(rf"^(?:{_ORG_LABEL})?(?P<names>{ORG_NAME}(?:\s+{ORG_NAME})*)\s*(?:{_SEAL})?$")
# The note alone on the line under the name: `（盖章）`.
SEAL_LINE = re.compile(rf"^{_SEAL}$")
_SEALED = re.compile(rf"^(?P<names>.*?)\s*(?:{_SEAL})?$")
# A signature's date line, perhaps after the issuer's name: `重庆市科学技术局 2024年5月23日`.
# A label may stand before the date; a date without its day (`2022年7月`) still closes a
# signature, but states no date.
DATE_LINE = re.compile(
    rf"^(?P<org>[^\d。，,；;:：]{{0,40}}?)\s*(?:{_DATE_LABEL})?"
    rf"[(（]?(?:{DATE.pattern}|{LOST_GLYPH_DATE.pattern}|{YEAR_MONTH})[)）]?$"
)

# A sign-off run into the end of the last paragraph, as a page that lost its line breaks
# prints it: `…感谢您的关心和支持。 双峰县文化旅游广电体育局 2021年7月2日`.
SIGN_OFF_RUN_IN = re.compile(
    rf"^(?P<text>.*[。！!？?])\s+(?:(?P<org>{ORG_NAME}(?:\s+{ORG_NAME})*)\s+)?(?P<date>{DATE.pattern})$"
)
# …or into the end of a contact line: `联系人及电话：朴美兰 139… 敦化市水利局 2023年8月14日`.
CONTACT_RUN_IN = re.compile(
    rf"^(?P<text>(?:{CONTACT.pattern.removeprefix('^')}).*?)\s+"
    rf"(?:(?P<org>{ORG_NAME}(?:\s+{ORG_NAME})*)\s+)?(?P<date>{DATE.pattern})$"
)


def split_sign_off_tail(line: str) -> list[str]:
    """`2023年6月5日　（此件公开发布）`, `某某局 2023年7月3日 联系人：…`, `2023年7月18日　签发人：…`:
    a signing date and the closing note, contact or signer line a page ran into its line,
    apart."""
    for match in DATE.finditer(line):
        head, rest = line[: match.end()], line[match.end() :].strip()
        signs = DATE_LINE.match(head) or SIGN_OFF_RUN_IN.match(head)
        if rest and signs and any(p.match(rest) for p in (CLOSING, CONTACT, SIGN_OFF_LABEL)):
            return [head, rest]
    return [line]


# Lines a page prints under the signing date: a short button or link (`打印`, `返回列表`),
# a labelled line (`附件：…`, `抄送：…`, `提案人：…`), a bracketed note, an attachment's
# numbered item (`2.…项目清单`).
_TAIL_LINE = re.compile(
    r"^(?:.{1,12}|[^：:。，,]{1,6}[：:].*|[^：:。，,]{0,20}(?:联系|电话|负责人|承办人)[^：:。，,]{0,4}[：:].*"
    r"|[(（][^()（）]*[)）]|\d{1,2}[.、．].{0,40})$"
)
# A page's tail is at most this many lines long; a longer run after a date is the letter's.
_TAIL_LINES = 12


def page_tail(lines: list[str]) -> int:
    """Where the lines under the letter's signing date begin (`len(lines)` when the letter
    ends on its sign-off): after the last date line (a full date: `2021年4月9日`) that a
    name line or a closing formula stands above and only tail lines follow."""
    last = len(lines)
    for at in range(last - 1, max(last - 1 - _TAIL_LINES, 0), -1):
        if not _TAIL_LINE.match(lines[at]):
            break
        if _signs_off(lines, at - 1):
            return at
    return last


def _signs_off(lines: list[str], at: int) -> bool:
    """Whether `lines[at]` is a signing date: a full date, after a name on its line or
    under a name line or a closing formula."""
    dated = DATE_LINE.match(lines[at]) if at >= 1 else None
    if not dated or not DATE.search(dated.group()):
        return False
    above = lines[at - 1]
    return bool(dated.group("org").strip() or ORG_LINE.match(above) or CLOSING.match(above))


# What a page prints after the letter it carries: links to the next letters and lists of
# related pages (`上一篇：…`, `相关新闻：`).
_PAGE_AFTER = re.compile(
    r"^(?:[上下]一[篇条]\s*[:：]|(?:相关|推荐|热点|最新|更多)"
    r"(?:新闻|链接|文章|阅读|信息|资讯|内容|文件|稿件)\s*[:：]?$)"
)


# The title of a reply standing alone: another letter's head printed below this one.
_REPLY_TITLE = re.compile(
    r"^[^，,。；;：:]{0,40}?(?:关于|对)[^。；;]{4,80}(?:的答复|的复函|答复的函)$"
)


def letter_ended(line: str, kept: list[str]) -> bool:
    """Whether the letter ended above `line`: once it is signed off, a page's links to the
    next letters or to related pages begin what is not this letter (another letter's head,
    a list of news with dates), and so does the title of a reply (the page's next letter)."""
    return bool(_PAGE_AFTER.match(line) or _REPLY_TITLE.match(line)) and _signed_off(
        kept, len(kept)
    )


def without_reprint(lines: list[str]) -> list[str]:
    """The lines without a second printing of the letter: once it is signed off, its
    salutation and the paragraph under it printed again begin the reprint (an opinion
    appended to the same deputy goes on with other words)."""
    seen: dict[tuple[str, str], int] = {}
    for i, pair in enumerate(zip(lines, lines[1:], strict=False)):
        seen.setdefault(pair, i)
    for i in range(1, len(lines) - 1):
        first = seen.get((lines[i], lines[i + 1]))
        if first is not None and first < i and SALUTATION.match(lines[i]):
            if _signed_off(lines, i):
                return lines[:i]
    return lines


def _signed_off(lines: list[str], end: int) -> bool:
    """Whether `lines[:end]` hold a signed-off letter: a salutation or an opening, then a
    closing formula and, at most three lines below it, a signing date."""
    opened = next((i for i in range(end) if SALUTATION.match(lines[i])), None)
    opened = next((i for i in range(end) if OPENING_START.search(lines[i])), opened)
    if opened is None:
        return False
    return any(
        _signs_off(lines, at) and any(CLOSING.match(x) for x in lines[max(opened, at - 3) : at])
        for at in range(opened + 1, end)
    )


def signature_issuer(signature: list[str]) -> str | None:
    """The name the letter signs with: a name line, or the name before the date."""
    lines = (ORG_LINE.match(text) for text in signature)
    names = [line.group("names") for line in lines if line]
    if names:  # units signing jointly may stand on a line each
        return _one_space(" ".join(names))
    for text in signature:
        match = DATE_LINE.match(text)
        org = _SEALED.match(match.group("org").strip()) if match else None
        if org and org.group("names"):
            return _one_space(org.group("names"))
    return None


def _one_space(names: str) -> str:
    """Units signing jointly, one space apart however wide the page set them."""
    return " ".join(names.split())


def signature_date(signature: list[str]) -> str | None:
    """The ISO date of the last date line of the signature."""
    for text in reversed(signature):
        if not DATE_LINE.match(text):
            continue
        match = DATE.search(text)
        if match:
            return match_to_iso(match)
        lost = LOST_GLYPH_DATE.search(text)
        if lost:
            return lost_glyph_iso(lost)
    return None


def without_trailing_metadata(lines: list[str], meta: Meta) -> list[str]:
    """Some pages print their metadata below the letter (`信息来源:… 发布时间:…`), among
    or after the closing, contact and approval lines: it is read and leaves the letter; a
    `文号:` line among them too, when the head printed none (`文件信息` under the letter),
    with the `签发人:` beside it, but not one with no field of the page's beside it (an
    attachment's: `附件：…` / `文号：…`)."""
    dropped, numbers, before = set(), [], dict(vars(meta))
    for i in range(len(lines) - 1, -1, -1):
        if read_page_metadata_line(lines[i], meta):
            dropped.add(i)
        elif read_metadata_line(lines[i], found := Meta()) and found.doc_number:
            numbers.append((i, found))
        elif not (
            CLOSING.match(lines[i]) or CONTACT.match(lines[i]) or SIGN_OFF_LABEL.match(lines[i])
        ):
            break
    if numbers and meta.doc_number is None and vars(meta) != before:  # (a field was read)
        at, found = numbers[-1]
        signed = any("签发" in line for i, line in enumerate(lines) if i != at)  # (its own)
        meta.doc_number = found.doc_number
        meta.signer = meta.signer or (None if signed else found.signer)
        dropped.add(at)
    return [line for i, line in enumerate(lines) if i not in dropped]
