"""The metadata a letter's page or letterhead states before the letter.

Portals print their metadata in many layouts; each is read into one `Meta`:

    [ 索引号 ] 1150…/2024-00099 [ 发文字号 ] 渝科局函〔2024〕300号     bracket pairs
    | 索引号 | … | 发文字号 | … |   | 标 题 | …的协办意见 | ||          pipe tables
    索引号 : 0113…/2021-23369 文       号 : 无                         colon pairs
    • 发文字号 黔江财政函〔2019〕111号   - 文号弥民函〔2017〕14号        bullets
    索引号 1133…/2022-38305 文号                                       space-separated pairs
    发文日期 / 2021年09月30日 (a label, its value on the next line)    vertical pairs
    [发布时间：2023-07-02] [来源：某某局]                              colon pairs in brackets

Letterheads carry `类别:A类`, `签发人:张三`, a document number (`潼民发【2024】275号`,
`华教体函〔2017〕35号B类`) and the issuer's name beside them (`宝鸡市生态环境局 签发人:…`).
A portal's card for the proposal gives its number, who proposed it and who co-handled it
(`提案编号:`, `提案人:`, `协办单位:`); a line of fields may open with the page's date
(`2023-06-05 10:21 来源:…`); some pages print their fields below the letter
(`read_page_metadata_line`). These lines are read and leave the letter body; furniture
leaves without a trace (`rag.letters.furniture`). A label is known whatever the spacing
inside it (`索 引 号`, `签 发 人`); a value that cannot be what its label says (`文号: 无`)
or says there is none (`协办单位: 无`, `—`) is none; a document number beside another is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import takewhile

from rag.letters.dates import DATE
from rag.letters.furniture import is_furniture
from rag.letters.genre import CONTACT, ORG_NAME, drop_layout_spaces, halfwidth, unpad_names
from rag.letters.labels import LABEL_ALT, LABELS, co_handling, field_of

# `[ 索引号 ] 1150…/2024-00099 [ 发文字号 ] 渝科局函〔2024〕300号` (also 【…】, `【提案号】：0037`).
_BRACKET_PAIR = re.compile(rf"[\[【]\s*(?P<label>{LABEL_ALT})\s*[\]】][\s:：]*(?P<value>[^\[【]*)")
# `[发布时间：2023-07-02] [来源：某某局]` — a colon pair in brackets, a pair a bracket.
_BRACKETED_COLON_PAIR = re.compile(
    rf"[\[【]\s*(?P<label>{LABEL_ALT})\s*[:：]\s*(?P<value>[^\]】]*?)\s*[\]】]\s*"
)
# `类别:A类    签发人:张三` — label, colon, value up to the next label or the line end.
_COLON_PAIR = re.compile(
    rf"(?P<label>{LABEL_ALT})\s*[:：]\s*(?P<value>.*?)\s*(?=(?:{LABEL_ALT})\s*[:：]|$)"
)
# `索引号 1133…/2022-38305 文号` — label, then the words up to the next label word.
_SPACE_PAIR = re.compile(
    rf"(?P<label>{LABEL_ALT})(?P<value>(?:\s+(?!(?:{LABEL_ALT})(?:\s|$))\S+)*)\s*"
)
# `• 文件标题 …`, `- 文号弥民函〔2017〕14号`: one pair after a bullet, glued or not.
_BULLET = re.compile(r"^[•·●▪◦*-]\s*")
_BULLET_PAIR = re.compile(rf"^(?P<label>{LABEL_ALT})\s*[:：]?\s*(?P<value>.*)$")
_LABEL_COLON = re.compile(rf"(?:^|(?<=\s))(?:{LABEL_ALT})\s*[:：]")
_BARE_LABEL = re.compile(rf"^(?P<label>{LABEL_ALT})\s*[:：]?$")
# A label the page printed with no value, known or of a known label's kind (`文件编号:`,
# `实施时间:` among `发布时间:` lines): its last two characters end a known label. Labels
# ending like a salutation's addressee (`签发领导`, `协办单位`: `各位领导:`; `领衔代表`:
# `杨光辉代表:`) are left out.
_LABEL_TAILS = {label[-2:] for label in LABELS if len(label) > 1} - {"领导", "单位", "代表", "委员"}
_EMPTY_LABEL = re.compile(r"(?P<label>[\u4e00-\u9fff\s]{2,8}?)\s*[:：]")


def is_empty_label(line: str) -> bool:
    """Whether the line is a metadata label with no value (`文件编号:`), no salutation."""
    match = _EMPTY_LABEL.fullmatch(line.strip())
    label = re.sub(r"\s+", "", match.group("label")) if match else ""
    return label[-2:] in _LABEL_TAILS and not re.match(r"尊敬|敬爱|各|致", label)


# A whole document number: issuer abbreviation, year in any of the brackets letters use,
# number (`genre.DOC_NUMBER` is only the `〔2024〕300号` part, as a question may quote it);
# or, as a page may print it, one that lost its closing bracket or 号 (`周交政发〔202527`).
_YEAR = r"[〔\[［【(（﹝〖]\s*(?:19|20)\d{2}"  # 〔2024〕 ﹝2024﹞ [2024]
_ISSUER_AND_YEAR = rf"[\u4e00-\u9fff]{{1,12}}{_YEAR}"
_NUMBER = r"\s*[〕\]］】)）﹞〗]\s*第?\s*\d{1,5}\s*号"
_DOC_NUMBER = _ISSUER_AND_YEAR + _NUMBER  # …not a title quoting one (关于…〔2022〕第56号提案…)
_LOOSE = rf"{_ISSUER_AND_YEAR}(?![^\s:：]*(?:提案|建议|答复))[^\s:：]*"
_DOC_NUMBER_AS_PRINTED = rf"{_DOC_NUMBER}|{_LOOSE}"
# …and under a 文号 label, one without the issuer's abbreviation (`〔2019〕第3号`).
_DOC_SHAPE = re.compile(rf"{_DOC_NUMBER_AS_PRINTED}|{_YEAR}{_NUMBER}")
_LEADING_DATE = re.compile(
    rf"^(?P<date>(?:{DATE.pattern})(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?)\s+"
)
_TRAILING_DAY = re.compile(r"\s*(?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?)$")
_TRAILING_DOC = re.compile(rf"\s+(?P<doc>{_DOC_NUMBER})$")
_DOC_AFTER = re.compile(  # (or in brackets after a title: `关于…的答复[嵊交〔2019〕38号]`)
    rf"^(?P<rest>\S.*?)(?:\s+|(?<=答复|复函|的函|意见)\s*[\[【［(（])(?P<doc>{_DOC_NUMBER})"
    r"[\]】］)）]?$"
)
_DOC_BEFORE = re.compile(rf"^(?P<doc>{_DOC_NUMBER})\s+(?P<rest>\S.*)$")
# The 办复类别 as a letterhead prints it alone: `A类)`, `(B类)`, `B`.
_CATEGORY_MARK = r"[(（]?\s*[A-DＡ-Ｄ]\s*类?\s*[)）]?"
# What may stand before a letterhead's pairs, or alone: a document number (with its
# category run in on either side: `…35号B类`, `A类  临江发改函〔2023〕77号`), a category
# mark, the issuer's name before `签发人:`.
_LEAD = re.compile(
    rf"(?:(?P<pre>{_CATEGORY_MARK})\s*)?(?P<doc>{_DOC_NUMBER_AS_PRINTED})\s*(?P<cat>{_CATEGORY_MARK})?"
    rf"|(?P<mark>{_CATEGORY_MARK})|(?P<org>{ORG_NAME})"
)
_CATEGORY = re.compile(r"^\s*[(（]?\s*([A-Da-dＡ-Ｄａ-ｄ])\s*类?")
# A value's edges: spaces, bars, a bracket the next field opened (`来源：某某局 【字体：大】`).
_EDGES = re.compile(r"^[\s|\]】]+|[\s|\[【]+$")
_MAX_VALUE = 60  # a vertical pair's value is one short line
_TITLE_WORDS = re.compile(r"关于|答复|复函|的函|第\s*\d+\s*号")
_LETTER_FIELDS = {"signer", "category", "doc_number"}  # what a letter's own lines state
# A date labelled as the reply's, alone on a line below the letter, is its signing date.
_SIGNING_DATES = {"答复日期", "答复时间", "办复日期", "签发日期"}
# A field the page states it has no value for: `协办单位:无`, `暂无`, `—`, `/`.
_NIL = re.compile(r"(?:无|暂无|没有|空|[-－—–/／、]+)?")


@dataclass
class Meta:
    """What the page and letterhead state; the first statement of each field wins."""

    index_no: str | None = None
    doc_number: str | None = None
    topic: str | None = None
    genre: str | None = None  # 体裁分类 / 组配分类, e.g. 政协提案办理
    publisher: str | None = None  # 发布机构: the portal or office that published the page
    source: str | None = None  # 来源 / 信息来源: who wrote the page's text (or `本站`)
    issuing_body: str | None = None  # 发文机关 / 发文单位
    title: str | None = None  # the page's 标题 / 文件标题 field
    heading: str | None = None  # a title printed above the page's metadata (the portal's)
    date_written: str | None = None  # 成文日期, 发文日期, 生成日期, …
    date_published: str | None = None
    date_line: str | None = None  # the `日期:` line under a portal's title
    category: str | None = None
    signer: str | None = None
    letterhead_org: str | None = None  # an issuer name printed above the title
    site_org: str | None = None  # … or the site's name, over its breadcrumb
    proposal_no: str | None = None  # a portal's 提案编号 / 建议编号 field
    proposal_kind: str | None = None  # … and the kind its label names
    proposer: str | None = None  # 提案人 / 建议人
    co_handlers: str | None = None  # 协办单位 / 会办单位
    # Kept lines that page furniture (a breadcrumb, a field table) stood after: the site's
    # name over a breadcrumb does not run on into the title below it.
    cut_after: set[int] = field(default_factory=set)

    def _without_run_in(self, name: str | None, value: str) -> str:
        """The value without what the page ran into its end, which is recorded: a document
        number (`类别:B  宁教函〔2021〕66号`), the page's date (`来源:县政府办2019-09-10`)."""
        dated = _TRAILING_DAY.search(value) if name == "source" else None
        if dated:
            self.set("发布日期", dated.group("date"))
            value = value[: dated.start()]
        doc = _TRAILING_DOC.search(value) if name != "doc_number" else None
        if doc:
            self.set("文号", doc.group("doc"))
            value = value[: doc.start()]
        return value

    def set(self, label: str, value: str) -> None:
        name = field_of(label)
        value = self._without_run_in(name, _EDGES.sub("", value))
        name, value = co_handling(name, value)
        # the first value of a field stands, but for proposers and co-handlers (领衔 + 附议代表)
        if (
            name is None
            or _NIL.fullmatch(value)
            or (getattr(self, name) is not None and name not in ("proposer", "co_handlers"))
        ):
            return
        if name == "category":
            match = _CATEGORY.match(value)
            value = halfwidth(match.group(1)).upper() if match else ""
        elif name == "signer":
            value = unpad_names(value).split()[0]
        elif name == "doc_number" and not _DOC_SHAPE.fullmatch(value):
            value = ""  # `文号: 无`
        elif name == "title":
            value = drop_layout_spaces(value)
        elif name == "proposal_no":
            # `第56号`, or the proposal named in full: `县十六届人大四次会议第104号建议`
            numbered = _NUMBERED.search(value)
            said = value if numbered else label
            value = (
                numbered.group("no") if numbered else value.removeprefix("第").removesuffix("号")
            )
            if value:
                self.proposal_kind = next((k for k in ("提案", "建议") if k in said), None)
        if value:
            setattr(self, name, _joined(getattr(self, name), value))


def _joined(before: str | None, value: str) -> str:
    return value if before is None else f"{before}、{value}"


_NUMBERED = re.compile(r"第\s*(?P<no>[A-Za-z]{0,3}\d{1,8})\s*号")


def _label_key(label: str) -> str:
    return re.sub(r"\s+", "", label)


def read_metadata_line(line: str, meta: Meta) -> bool:
    """Record a line made only of metadata (pairs in any layout, document numbers, the
    category, the issuer beside them) into `meta`; True when the line must leave the body."""
    pairs = _metadata_pairs(line.strip())
    for label, value in pairs or ():
        if label == "_org":
            meta.letterhead_org = meta.letterhead_org or value
        else:
            meta.set(label, value)
    return pairs is not None


def read_page_metadata_line(line: str, meta: Meta) -> bool:
    """Record a line of the page's own metadata (`信息来源:… 发布时间:…`, as some pages print
    below the letter) into `meta`; True when it is one. A sign-off's `签发人:` or `类别:`
    and its contact lines (`承办单位:…`) belong to the letter and are not read here."""
    pairs = _metadata_pairs(line.strip())
    names = {field_of(label) for label, _ in pairs or ()}
    # A lone `日期:` or `答复时间:` line after the signature may be the signing date itself.
    # A page's footer names its 承办单位 beside its 主办单位; alone, or before `联系人:`, it
    # is the letter's.
    if (
        not pairs
        or names & _LETTER_FIELDS
        or names == {"date_line"}
        or (len(pairs) == 1 and _label_key(pairs[0][0]) in _SIGNING_DATES)
        or all(CONTACT.match(f"{label}:") for label, _ in pairs)
    ):
        return False
    for label, value in pairs:
        meta.set(label, value)
    return True


def split_document_number(line: str) -> list[str]:
    """A document number printed on the line of something else (`关于…的答复    铜城交函〔2024〕58号`,
    `宁交函〔2011〕25号 签发人:廖德谦`) stands on a line of its own."""
    before, after = _DOC_BEFORE.match(line), _DOC_AFTER.match(line)
    match = before or after
    if not match or any(end in match.group("rest") for end in "。！？") or _metadata_pairs(line):
        return [line]  # a metadata line is read whole
    doc, rest = match.group("doc", "rest")
    return [doc, rest] if before else [rest, doc]


def metadata_at(lines: list[str], i: int, meta: Meta) -> int:
    """How many lines from `lines[i]` are metadata (0, 1, or 2 for a label over its value;
    more for proposers named a line or a few at a time under their label), recorded into
    `meta`."""
    taken = _metadata_at(lines, i, meta)
    if taken and field_of(_LABELLED_LINE.sub(r"\g<label>", lines[i].strip())) == "proposer":
        while i + taken < len(lines) and _names_only(line := lines[i + taken].strip()):
            meta.set("提案人", line)  # (`提案人：石家旺　陈素芬` / `　　吴翠兰　何建华`)
            taken += 1
    return taken


def _metadata_at(lines: list[str], i: int, meta: Meta) -> int:
    # (`• 成文日期:` over `• 2024-06-19`: a label and its value on bullets of their own)
    label = _BARE_LABEL.match(_BULLET.sub("", lines[i].strip()))
    value = _BULLET.sub("", lines[i + 1].strip()) if i + 1 < len(lines) else ""
    if label and value and _fits(label.group("label"), value):
        meta.set(label.group("label"), value)
        return 2
    return 1 if read_metadata_line(lines[i], meta) or is_empty_label(lines[i]) else 0


# A line opening with a label and a colon (its label: the field it names); a line of names
# only (2–4 characters each, no unit's: not 各位委员, 主办单位).
_LABELLED_LINE = re.compile(r"^(?P<label>[\u4e00-\u9fff\s]{2,8}?)\s*[:：].*$")
_NAME = r"[\u4e00-\u9fff·]{2,4}"
_NAMES = re.compile(rf"{_NAME}(?:[\s、，,]+{_NAME})*")


def _names_only(line: str) -> bool:
    """Whether a line holds people's names only: not a unit's (局, 委…) nor a label's (提案标题,
    答复内容, 正文)."""
    unit = re.search("[局委厅府院会办室处司所站校]", line)
    return bool(_NAMES.fullmatch(line)) and not unit and not line.endswith(tuple(LABELS))


_KEYWORD_LABELS = ("主题词", "关键词")
_KEYWORD_LIST = re.compile(r"[^;；]+[;；]\s*[^;；]+")


def _fits(label: str, value: str) -> bool:
    """Whether the line under a bare label can be its value."""
    key = re.sub(r"\s+", "", label)
    name = field_of(key)
    if not value or len(value) > _MAX_VALUE or "。" in value or _metadata_pairs(value):
        return False
    if name == "proposal_no" and _NUMBERED.search(value):
        return True  # the proposal named in full: `…第104号建议`
    if (
        key in _KEYWORD_LABELS
        and _KEYWORD_LIST.search(value)
        and not value.startswith(("关于", "对"))  # `关于加强…；优化…的建议的答复` is a title
    ):
        return True  # `主题词` over `十三届全国人大五次会议;建议答复函`: words, not the title
    if name != "title" and _TITLE_WORDS.search(value):
        return False  # the title under a label such as 有效性 that printed no value
    if name == "doc_number":
        return bool(_DOC_SHAPE.fullmatch(value))
    if name is not None and name.startswith("date"):
        return bool(DATE.search(value))
    return True


def _metadata_pairs(line: str) -> list[tuple[str, str]] | None:
    """The (label, value) pairs a metadata line states, or None when it is not one."""
    if not line:
        return None
    unbulleted = _BULLET.sub("", line)
    dated = _LEADING_DATE.match(unbulleted)  # `2023-06-05 10:21 来源:某某局`
    lead = [("日期", dated.group("date"))] if dated else []
    for pattern in (_BRACKET_PAIR, _BRACKETED_COLON_PAIR, _COLON_PAIR, _SPACE_PAIR):
        pairs = _pairs(unbulleted[dated.end() :] if dated else unbulleted, pattern)
        if pairs:
            return lead + pairs
    if unbulleted != line:
        bullet = _BULLET_PAIR.match(unbulleted)
        return [(bullet.group("label"), bullet.group("value"))] if bullet else None
    return _letterhead_pairs(line)


def _letterhead_pairs(line: str) -> list[tuple[str, str]] | None:
    """`宁交函〔2011〕25号 签发人:廖德谦`, `宝鸡市生态环境局 签发人:…`, `华教体函〔2017〕35号B类`."""
    first = _LABEL_COLON.search(line)
    lead, rest = (line[: first.start()], line[first.start() :]) if first else (line, "")
    pairs = _pairs(rest, _COLON_PAIR) if rest.strip() else []
    match = _LEAD.fullmatch(lead.strip())
    if not match or (rest.strip() and not pairs) or (match.group("org") and not pairs):
        return None
    if match.group("org"):
        return [("_org", match.group("org")), *pairs]
    if match.group("mark"):
        return [("类别", match.group("mark")), *pairs]
    cat = match.group("cat") or match.group("pre")
    category = [("类别", cat)] if cat else []
    return [("文号", match.group("doc")), *category, *pairs]


def _pairs(line: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """All (label, value) pairs when the pairs cover the whole line, else []."""
    pairs, pos = [], 0
    for match in pattern.finditer(line):
        if line[pos : match.start()].strip():
            return []
        pairs.append((match.group("label"), match.group("value")))
        pos = match.end()
    if line[pos:].strip():
        return []
    return pairs


def table_end(lines: list[str], i: int) -> int:
    """Where a table that starts at `lines[i]` ends (`i` when none does): its `| … |` rows,
    or a header row of labels printed without outer bars (`主办单位 | 会办单位 | 办理类别`)
    and rows of as many cells under it, one naming a unit (not `名称 | 类别 | 时间`)."""
    j = i
    while j < len(lines) and lines[j].startswith("|"):
        j += 1
    header = _cells(lines[i]) if j == i and "|" in lines[i] else []
    if len(header) < 2 or not all(map(_is_label, header)):
        return j
    rows = list(takewhile(lambda row: len(row) == len(header), map(_cells, lines[i + 1 :])))
    named = any(re.fullmatch(ORG_NAME, cell) for row in rows for cell in row)
    return i + 1 + len(rows) if named else i


def read_pipe_table(rows: list[str], meta: Meta, card: bool = False) -> bool:
    """Read `| … |` lines as a metadata table (True when they are one): pairs on a row (`| 索引号
    | x | 文号 | y |`), labels over values, or a pair a cell (`| 文号：… |`; in a `card` before
    the letter, beside a label this reader does not know: `| 提案号：045 | 提案类别：… |`)."""
    cells = [_cells(row) for row in rows if not is_furniture(row)]
    found = False
    pairs = [row for row in cells if row and _is_pair_row(row, strict=True)]
    for i, row in enumerate(cells):
        if row and all(_is_label(c) for c in row):
            if i + 1 < len(cells):
                for label, value in zip(row, cells[i + 1], strict=False):
                    meta.set(label.rstrip(":："), value)
            found = True
        elif row and _is_pair_row(row, strict=not pairs):
            for label, value in zip(row[0::2], row[1::2], strict=False):
                meta.set(label.rstrip(":："), value)
            found = True
        elif (
            row
            and (paired := [(_pairs(c, _COLON_PAIR), c) for c in row if c])
            and all(p or card and _UNREAD_PAIR.match(c) for p, c in paired)
        ):  # `| 索引号：000019156/2019-00877 | 主题分类：公路 |`: a pair a cell (or one unread)
            for label, value in (pair for pairs, _ in paired for pair in pairs):
                meta.set(label, value)
            found = found or any(p for p, _ in paired)
    return found


def _cells(row: str) -> list[str]:
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    while cells and not cells[-1]:
        cells.pop()
    return cells


def _is_pair_row(row: list[str], strict: bool) -> bool:
    """Label/value pairs; in a table that has a row of known labels only, a row may have a
    label this reader does not know (`| 文号 | … | 关键字 | … |`), read as nothing."""
    labels, values = row[0::2], row[1::2] + [""]
    return any(_is_label(label) for label in labels) and all(
        _is_label(label) or not (label or value) or not strict and _UNKNOWN_LABEL.fullmatch(label)
        for label, value in zip(labels, values, strict=False)
    )


_UNKNOWN_LABEL = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ]{1,7}[:：]?")
_UNREAD_PAIR = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff ]{1,7}[:：]")


def _is_label(cell: str) -> bool:
    key = re.sub(r"\s+", "", cell.rstrip(":："))
    return key in LABELS or field_of(key) == "proposer"  # (`| 第一提案人 |`, `| 代表姓名 |`)
