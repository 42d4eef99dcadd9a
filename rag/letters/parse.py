"""Parse a reply letter (答复函) into a `Letter`: fields, cleaned body and sections.

    letter = load_letter(Path("corpus/cq-kjj-0798.txt"))
    letter.proposal_no, letter.issuer      # "0798", "重庆市科学技术局"
    for s in letter.sections:
        print(s.part, s.section, s.text[:20])

How a letter is read:

* Page furniture (breadcrumb, QR prompt, the `[ 索引号 ]` block, portal pipe tables,
  the `日期:` line under the title, letterhead lines) is removed while the metadata it
  states is kept (`rag.letters.header`).
* `body` is the title, a blank line, then every remaining paragraph (one per input
  line, trimmed) separated by blank lines. `letter_id` hashes it, so the same letter
  read from .txt, .docx or .html gets the same id when the words are the same.
* `sections` tile `body` after the title in document order; `body[s.start:s.end] ==
  s.text`. Parts: salutation, opening, body, closing, signature. A body section's
  `path` is its heading path: `一、…` › `(一)…` › `1.`/`1、`/`（1）` › `一是…`, each
  heading cut at its first sentence end, without the `。`. A bare heading line shares
  a section with the paragraph that follows it; a lead sentence before `一是` items is
  a section of its own with the parent's path. Unnumbered paragraphs have `path=()`.

Field choices: `issuer` is the name the letter signs with (the signature line), else
the `XX关于` prefix of the title, else the letterhead, else the portal's 发布机构
(which is often an abbreviation such as 市科技局, so it comes last).
`date_published` is the page's 发布日期, else 成文日期, else its `日期:` line; `date_signed`
is the date printed at the end of the letter. `proposers` are the names in the
salutation as written; an anonymised `xxx委员` gives `("xxx",)`, since the letter
does state that a (hidden) member wrote it, and a salutation without a name (`各位委员:`)
gives `()`. `kind` comes from the title (`第182号建议`), else 体裁分类, the session
(政协/人大), the proposal's own title (`…的提案》`) or the salutation (委员/代表).
A field the letter does not state is None.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from rag.letters.dates import DATE, find_iso, match_to_iso, to_iso
from rag.letters.header import Meta, is_furniture, read_metadata_line, read_pipe_table
from rag.errors import LetterParseError
from rag.letters.load import DEFAULT_MAX_BYTES, read_text
from rag.models import Letter, Section

_CN_NUM = "[一二三四五六七八九十]"
_PARTS = ("salutation", "opening", "body", "closing", "signature")

# --- the letter's own lines -----------------------------------------------------------

# A title names what it answers: `…关于…第0798号提案答复的函`, `…对…建议的答复`.
_TITLE_HINT = re.compile(r"关于|答复|复函|的函|第\s*[0-9０-９]+\s*号")
_TITLE_END = re.compile(r"(?:函|答复|复文|意见|说明|报告)\s*$")
_ORG_SUFFIX = (
    r"(?:局|委|委员会|政府|人民政府|办公室|办公厅|办|厅|部|院|中心|公司|集团|银行|会|"
    r"所|处|站|队|馆|街道办事处|管委会|党组|支部)"
)
_ORG_LINE = re.compile(rf"^[\u4e00-\u9fff（）()]{{2,30}}{_ORG_SUFFIX}$")
# `王晓颖委员:` `尊敬的李明代表：` `民盟市委:` — a short line that ends in a colon.
_SALUTATION = re.compile(r"^(?!.*(?:如下|答复|函复))[^。！？!?；;，,]{1,60}[:：]$")
# The opening acknowledges the proposal and announces the reply.
_OPENING_END = re.compile(r"(?:答复|函复|回复|报告)如下|现(?:予|将[^。]{0,20})?(?:答复|函复)")
_OPENING_START = re.compile(r"收悉|您(?:们)?(?:提出|所提|领衔提出|在[^。]{0,30}提出)的")
# Closing formulas, and the notes and contact lines around the signature.
_CLOSING = re.compile(
    r"^(?:此答复函?已经|此答复已经|此件已经|此致|敬礼|特此(?:函复|答复|复函|函告)|专此(?:答复|函复)|"
    r"以上答复|对以上答复|再次感谢|衷心感谢|感谢您|如有(?:疑问|不同意见)|抄送|[(（]此件)"
)
_CONTACT = re.compile(r"^[(（]?\s*(?:联\s*系\s*人|联系电话|联系方式|经\s*办\s*人|电\s*话)\s*[:：]")
_DATE_LINE = re.compile(rf"^(?P<org>[^\d。，,；;:：]{{0,40}}?)\s*[(（]?(?:{DATE.pattern})[)）]?$")

# --- headings, by rank: one rank nests inside every smaller one -----------------------

_HEADINGS = (
    (1, re.compile(rf"^{_CN_NUM}{{1,3}}、(?!{_CN_NUM}+[季月年届])")),  # 一、 (not 一、二季度)
    (2, re.compile(rf"^[(（]{_CN_NUM}{{1,3}}[)）]")),  # (一) （一）
    # 1. 1、 — but not a decimal (1.5亿元), though an item may open with a year (1.2023年)
    (3, re.compile(r"^[0-9０-９]{1,2}(?:、|[.．](?!(?!(?:19|20)\d\d年)[0-9０-９]))")),
    (4, re.compile(r"^[(（][0-9０-９]{1,2}[)）]")),  # (1) （1）
    (5, re.compile(rf"^{_CN_NUM}{{1,3}}是")),  # 一是 二是
)
_ITEM_RANK = 5
# `一是` items inside a paragraph start after a sentence end (not in `这一是非问题`).
_INLINE_ITEM = re.compile(rf"(?<=[。；;！!？?：:])\s*(?P<num>{_CN_NUM}{{1,3}})是")
_SENTENCE_END = "。！？!?；;"
_HEADING_END = _SENTENCE_END + "：:"
_OPENERS, _CLOSERS = "《“‘（(「『〈【", "》”’）)」』〉】"
_MAX_HEADING = 50  # longer first sentences are cut, so a section path stays readable

# --- fields ---------------------------------------------------------------------------

_PROPOSAL_NO = re.compile(r"第\s*(?P<no>[0-9０-９]+)\s*号\s*(?P<kind>提案|建议)?")
_SESSION = re.compile(
    rf"(?:[市区县省州]|全国)?(?:政协|人大)?第?{_CN_NUM}{{1,3}}届"
    rf"(?:政协|人大|人民代表大会|全国委员会|委员会)?第?{_CN_NUM}{{1,3}}次(?:全体)?会议"
)
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
_SIGNER = re.compile(
    rf"(?:已经|已由|经)(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:同志)?{_SIGNER_TITLE}?"
    r"(?:审签|签发|审定|审核签发)"
)
_SIGNER_LABEL = re.compile(r"签发人\s*[:：]\s*(?P<name>[^\s,，;；]{2,8})")
_CATEGORY = re.compile(r"(?:办复|答复|办理)?类别\s*[:：]\s*([A-DＡ-Ｄ])")
_SALUTATION_TRIM = re.compile(r"^(?:尊敬的|敬爱的|亲爱的)|[:：]$")
_NAME_SUFFIX = re.compile(r"(?:等\s*\d*\s*[位名]?)?(?:委员|代表|同志|先生|女士)(?:们)?$|等$")
_NAME_SPLIT = re.compile(r"[、，,；;]|\s+")
_NO_NAME = {"", "各位", "您", "您好", "各位领导", "领导"}


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
    """Parse the text of one letter; `source` is its file name as ingested."""
    meta = Meta()
    lines = _clean_lines(text, meta)
    title, lines = _split_title(lines, meta)
    if not lines:
        raise LetterParseError(
            path or source, "no letter text found after removing the page furniture"
        )

    body, paras = _layout(title, lines)
    parts = _classify(paras)
    sections = _sections(body, paras, parts)
    by_part: dict[str, list[str]] = {part: [] for part in _PARTS}
    for para, part in zip(paras, parts, strict=True):
        by_part[part].append(para.text)
    salutation = next(iter(by_part["salutation"]), None)
    opening = "\n".join(by_part["opening"])
    tail = by_part["signature"] + by_part["closing"]
    session = _first(_SESSION, title) or _first(_SESSION, opening)
    proposal_title = _first(_PROPOSAL_TITLE, opening, "title")

    proposal_no, kind = _proposal(title, opening)
    return Letter(
        letter_id=hashlib.sha256(body.encode("utf-8")).hexdigest()[:16],
        source=source,
        body=body,
        sections=sections,
        title=title,
        issuer=_issuer(by_part["signature"], title, meta),
        doc_number=meta.doc_number,
        index_no=meta.index_no,
        proposal_no=proposal_no,
        kind=kind or _kind_from(meta.genre, session, proposal_title, salutation),
        session=session,
        proposers=_proposers(salutation),
        proposal_title=proposal_title,
        co_handlers=_co_handlers(opening),
        signer=meta.signer or _signer(" ".join(tail)),
        date_signed=_date_signed(by_part["signature"]),
        date_published=_iso_or_none(meta.date_published or meta.date_written or meta.date_line),
        category=meta.category or _category(" ".join(tail)),
        topic=meta.topic,
        contact=" ".join(p for p in tail if _CONTACT.match(p)) or None,
        path=path,
    )


# --- cleaning -------------------------------------------------------------------------


def _clean_lines(text: str, meta: Meta) -> list[str]:
    """Trimmed non-empty lines without furniture or portal metadata blocks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    lines = [line.strip() for line in text.split("\n")]
    kept: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("|"):
            j = i
            while j < len(lines) and lines[j].startswith("|"):
                j += 1
            if not read_pipe_table(lines[i:j], meta):
                kept.extend(lines[i:j])
            i = j
            continue
        if line and not is_furniture(line) and not _is_bracket_block(line, meta):
            kept.append(line)
        i += 1
    return kept


def _is_bracket_block(line: str, meta: Meta) -> bool:
    # The `[ 索引号 ]` block can sit anywhere on a copied page; colon pairs are only
    # metadata in the header, so they are read later, by _split_title.
    return line.startswith(("[", "【")) and read_metadata_line(line, meta)


def _split_title(lines: list[str], meta: Meta) -> tuple[str | None, list[str]]:
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
    if _ORG_LINE.match(line):
        meta.letterhead_org = meta.letterhead_org or line
        return True
    return False


def _content_start(lines: list[str]) -> int | None:
    """Index of the salutation or the opening, looked for near the top only."""
    for i, line in enumerate(lines[:15]):
        if _SALUTATION.match(line) or _OPENING_START.search(line):
            return i
    return None


def _is_title_line(line: str) -> bool:
    return (
        len(line) <= 100
        and "。" not in line
        and bool(_TITLE_HINT.search(line))
        and not _SALUTATION.match(line)
        and not _OPENING_START.search(line)
        and not read_metadata_line(line, Meta())
    )


def _is_title_prefix(previous: str, line: str) -> bool:
    # `重庆市科学技术局` over `关于…的函`: an issuer line the title continues.
    return line.startswith("关于") and bool(_ORG_LINE.match(previous))


def _is_title_continuation(line: str) -> bool:
    return (
        len(line) <= 60
        and "。" not in line
        and not _SALUTATION.match(line)
        and not _OPENING_START.search(line)
        and not read_metadata_line(line, Meta())
        and bool(_TITLE_END.search(line) or _PROPOSAL_NO.search(line))
    )


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
        is_signature = _ORG_LINE.match(text) or _DATE_LINE.match(text)
        parts[i] = "signature" if is_signature and not _CONTACT.match(text) else "closing"

    first = 0
    for j in range(min(3, tail_from)):
        if _SALUTATION.match(paras[j].text) and not _is_heading(paras[j].text):
            parts[j] = "salutation"
            first = j + 1
            break
    # The opening runs to the paragraph announcing the reply, within three paragraphs,
    # or is the one paragraph acknowledging the proposal (`…收悉`).
    end = None
    for j in range(first, min(first + 3, tail_from)):
        if _is_heading(paras[j].text):
            break
        if _OPENING_END.search(paras[j].text):
            end = j
            break
    if end is None and first < tail_from and _OPENING_START.search(paras[first].text):
        end = first
    for j in range(first, end + 1 if end is not None else first):
        parts[j] = "opening"
    return parts


def _tail_start(paras: list[_Para]) -> int:
    """First paragraph of the closing formulas, contact lines, signature and date."""
    start = len(paras)
    while start > 0:
        text = paras[start - 1].text
        if not (
            _CLOSING.match(text)
            or _CONTACT.match(text)
            or _DATE_LINE.match(text)
            or (_ORG_LINE.match(text) and not _is_heading(text))
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
        stack = [entry for entry in stack if entry[0] < _ITEM_RANK]
        if heading is not None:
            rank, text = heading
            stack = [entry for entry in stack if entry[0] < rank] + [(rank, text)]
        for offset, end, item in _segments(para.text):
            if item is not None:
                stack = [entry for entry in stack if entry[0] < _ITEM_RANK] + [(_ITEM_RANK, item)]
            path = tuple(text for _, text in stack)
            spans.append((path, part, para.start + offset, para.start + end))
        bare_heading = heading is not None and _is_bare(para.text)
    return tuple(Section(path, part, body[s:e], s, e) for path, part, s, e in spans)


def _is_heading(text: str) -> bool:
    return _heading(text) is not None


def _heading(text: str) -> tuple[int, str] | None:
    """(rank, heading text) when the paragraph starts with a numbering mark."""
    for rank, pattern in _HEADINGS:
        if pattern.match(text):
            return rank, _heading_text(text)
    return None


def _heading_text(text: str) -> str:
    """The first sentence, without its end mark, cut to a readable length."""
    end = _first_sentence_end(text, _HEADING_END)
    head = text[:end].rstrip(_HEADING_END + " ") if end else text.rstrip(_HEADING_END + " ")
    return head if len(head) <= _MAX_HEADING else head[:_MAX_HEADING] + "…"


def _first_sentence_end(text: str, ends: str) -> int | None:
    """Offset just past the first sentence end outside quotes and brackets."""
    depth = 0
    for i, char in enumerate(text):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
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
    starts_item = _HEADINGS[-1][1].match(text)
    expected = _cn_int(text[: starts_item.end() - 1]) + 1 if starts_item else 1
    cuts = [0]
    for match in _INLINE_ITEM.finditer(text):
        if _cn_int(match.group("num")) == expected:
            cuts.append(match.start("num"))
            expected += 1
    segments = []
    for k, start in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(text)
        chunk = text[start:end].rstrip()
        # The first segment's heading, if any, is the paragraph's and already stacked.
        segments.append((start, start + len(chunk), _heading_text(chunk) if k else None))
    return segments


def _cn_int(text: str) -> int:
    """一 → 1 … 九十九 → 99; anything else → 0."""
    digits = "一二三四五六七八九"
    if not text or any(c not in digits + "十" for c in text):
        return 0
    if "十" not in text:
        return digits.index(text) + 1 if len(text) == 1 else 0
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return 0
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(units) + 1 if units else 0)


# --- fields ---------------------------------------------------------------------------


def _first(pattern: re.Pattern[str], text: str | None, group: int | str = 0) -> str | None:
    match = pattern.search(text or "")
    return match.group(group) if match else None


def _proposal(title: str | None, opening: str) -> tuple[str | None, str | None]:
    """Proposal number as written and "提案"/"建议", from the title, else the opening."""
    for text in (title or "", opening):
        match = _PROPOSAL_NO.search(text)
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
    return letter.translate(str.maketrans("ＡＢＣＤ", "ABCD")) if letter else None


def _issuer(signature: list[str], title: str | None, meta: Meta) -> str | None:
    for text in signature:
        if _ORG_LINE.match(text):
            return text
        match = _DATE_LINE.match(text)
        if match and match.group("org").strip():
            return match.group("org").strip()
    prefix = title.split("关于", 1)[0] if title and "关于" in title else ""
    if 2 <= len(prefix) <= 30:
        return prefix
    return meta.letterhead_org or meta.publisher


def _date_signed(signature: list[str]) -> str | None:
    for text in reversed(signature):
        match = DATE.search(text) if _DATE_LINE.match(text) else None
        if match:
            return match_to_iso(match)
    return None


def _iso_or_none(text: str | None) -> str | None:
    return (to_iso(text) or find_iso(text)) if text else None
