"""Page furniture and the metadata a letter's page or letterhead states before the letter.

Portals print a metadata block (`[ 索引号 ] … [ 发文字号 ] …`, often twice), or a
pipe table copied from the page (`| 索引号 | … |`); letterheads carry `类别:A类`,
`签发人:张三` and a document number (`潼民发【2024】275号`). These lines are read
into a `Meta` and removed from the letter body; furniture (breadcrumb, QR-code
prompt, print buttons) is removed without a trace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.letters.genre import halfwidth

# Page chrome that is never letter text.
_FURNITURE = re.compile(
    r"""^(?:
        (?:您当前的位置|您的位置|当前位置)\s*[:：].*      # breadcrumb
      | 扫一扫在手机(?:上)?打开当前页
      | (?:【[^】]{1,10}】\s*)+                           # 【打印本页】【关闭窗口】
      | (?:\[\s*(?:打印|关闭|打印本页|关闭窗口)\s*\]\s*)+
    )$""",
    re.VERBOSE,
)

# Metadata labels portals and letterheads use, and the Meta field each one fills.
_LABELS = {
    "索引号": "index_no",
    "发文字号": "doc_number",
    "文号": "doc_number",
    "主题分类": "topic",
    "体裁分类": "genre",
    "发布机构": "publisher",
    "发文机关": "publisher",
    "发文机构": "publisher",
    "成文日期": "date_written",
    "发布日期": "date_published",
    "发布时间": "date_published",
    "日期": "date_line",
    "类别": "category",
    "办复类别": "category",
    "答复类别": "category",
    "签发人": "signer",
    "公开方式": None,  # recognised so the line is removed, but not kept
    "公开属性": None,
    "公开类别": None,
    "信息来源": None,
    "来源": None,
    "有效性": None,
}
# Longest first, so 发文字号 is not read as 文号 and 办复类别 not as 类别.
_LABEL_ALT = "|".join(sorted(_LABELS, key=len, reverse=True))

# `[ 索引号 ] 1150…/2024-00099 [ 发文字号 ] 渝科局函〔2024〕300号` (also 【…】 brackets).
_BRACKET_PAIR = re.compile(rf"[\[【]\s*(?P<label>{_LABEL_ALT})\s*[\]】]\s*(?P<value>[^\[【]*)")
# `类别:A类    签发人:张三` — label, colon, value up to the next label or the line end.
_COLON_PAIR = re.compile(
    rf"(?P<label>{_LABEL_ALT})\s*[:：]\s*(?P<value>.*?)\s*(?=(?:{_LABEL_ALT})\s*[:：]|$)"
)
# A whole document number: issuer abbreviation, year in any of the brackets letters use,
# number (`genre.DOC_NUMBER` is only the `〔2024〕300号` part, as a question may quote it).
_DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fff]{1,12}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号"
)
_CATEGORY = re.compile(r"^\s*([A-Da-dＡ-Ｄａ-ｄ])\s*类?")
_TABLE_RULE = re.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*\|?$")


@dataclass
class Meta:
    """What the page and letterhead state; the first statement of each field wins."""

    index_no: str | None = None
    doc_number: str | None = None
    topic: str | None = None
    genre: str | None = None  # 体裁分类, e.g. 政协提案办理
    publisher: str | None = None  # 发布机构: often an abbreviation such as 市科技局
    date_written: str | None = None
    date_published: str | None = None
    date_line: str | None = None  # the `日期:` line under a portal's title
    category: str | None = None
    signer: str | None = None
    letterhead_org: str | None = None  # an issuer name printed above the title

    def set(self, label: str, value: str) -> None:
        name = _LABELS.get(label)
        value = value.strip().strip("|").strip()
        if name is None or not value:
            return
        if name == "category":
            match = _CATEGORY.match(value)
            if not match:
                return
            value = halfwidth(match.group(1)).upper()
        if name == "signer":
            value = value.split()[0]
        if getattr(self, name) is None:
            setattr(self, name, value)


def is_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line))


def read_metadata_line(line: str, meta: Meta) -> bool:
    """Record a line made only of metadata (bracket pairs, `label:value` pairs, document
    numbers) into `meta`; True when the line is metadata and must leave the body."""
    pairs = _pairs(line, _BRACKET_PAIR) or _pairs(line, _COLON_PAIR)
    if not pairs and _DOC_NUMBER.search(line):
        # A letterhead number, alone or beside `签发人:张三` on the same line.
        rest = _DOC_NUMBER.sub("", line)
        others = _pairs(rest, _COLON_PAIR) if rest.strip() else []
        if rest.strip() and not others:
            return False
        pairs = [("文号", number) for number in _DOC_NUMBER.findall(line)] + others
    if not pairs:
        return False
    for label, value in pairs:
        meta.set(label, value)
    return True


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


def read_pipe_table(rows: list[str], meta: Meta) -> bool:
    """Read a block of `| … |` lines as a metadata table; True when it is one.

    Portals lay them out as label/value pairs on a row (`| 索引号 | x | 发文字号 | y |`)
    or as a header row of labels over a row of values.
    """
    cells = [_cells(row) for row in rows if not _TABLE_RULE.match(row)]
    found = False
    for i, row in enumerate(cells):
        labels = row[0::2]
        if all(_is_label(c) for c in row):
            if i + 1 < len(cells):
                for label, value in zip(row, cells[i + 1], strict=False):
                    meta.set(label.rstrip(":："), value)
            found = True
        elif len(row) % 2 == 0 and all(_is_label(c) for c in labels):
            for label, value in zip(labels, row[1::2], strict=True):
                meta.set(label.rstrip(":："), value)
            found = True
    return found


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _is_label(cell: str) -> bool:
    return cell.rstrip(":：").strip() in _LABELS
