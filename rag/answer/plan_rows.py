"""A plan printed as a table under its lead-in ("今年下半年，我局将重点推进以下事项：" over
`| 序号 | 事项 | 责任单位 | 完成时限 |`): each row under the header is one item of the plan,
read by its header — the columns of units (责任单位, 配合单位) say who does it: the bureau
leading, with partners, or another unit.

    row = read_row("| 2 | 食堂建设 | 某某市民政局、某某县人民政府 | 12月底前 |",
                   "| 序号 | 事项 | 责任单位 | 完成时限 |", "某某市民政局")
    # Row(text="食堂建设，12月底前", partners=("某某县人民政府",), theirs=False)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.answer.doers import another
from rag.answer.issuers import names_issuer
from rag.answer.words import tagged

ROW = re.compile(r"\|.*\|")  # a line of a table: | 1 | 为两镇幸福院配备助餐设备 | 10月底前 |
_UNIT_COLUMN = re.compile(r"(?:单位|部门)$")  # 责任单位, 配合单位, 牵头部门 (not 单位：万元)
_ORDINAL_COLUMN = re.compile(r"^(?:序号|编号|序)$")
# What a unit cell says of a unit besides its name: "县民政局（牵头）", "县民政局牵头，各镇配合".
_ROLE = re.compile(r"[（(][^）)]*[）)]|(?:牵头|配合|负责|参与|协助)$")
# A unit an item opens with, as the one that does it (its government, bureau or office),
# before a preposition or a verb ("老冢镇人民政府为…", "崔木镇人民政府建设…"); after 会同 /
# 联合 the unit is the bureau's partner ("会同县林业和草原局在两亭镇补植…").
_LEADS = re.compile(
    r"(?P<with>会同|联合|协同)?"
    r"(?P<unit>[\u4e00-\u9fff]{2,20}?(?:人民政府|政府|局|委员会|委|办事处|管委会|中心|公司))"
    r"(?=[为对向在将把负]|(?P<verb>[\u4e00-\u9fff]{2}))"
)


@dataclass(frozen=True)
class Row:
    text: str  # what the row says is done, and by when, as one clause after another
    partners: tuple[str, ...]  # units its cells name beside the bureau
    theirs: bool  # another unit leads it (the first unit named is not the bureau)


def header_of(body: str, at: int) -> str | None:
    """The header of the table whose row starts at `at`: the first of the rows right above
    it with as many cells (not a title row over the table, nor another table's); None when
    the line is no row, or is the header itself."""
    line = body[at:].split("\n", 1)[0].strip()
    if not ROW.fullmatch(line):
        return None  # (most lines: no table's)
    lines = [line.strip() for line in body[:at].split("\n") if line.strip()]  # (rows apart)
    header, width = None, len(_cells(line))
    while lines and ROW.fullmatch(lines[-1]) and len(_cells(lines[-1])) == width:
        header = lines.pop()
    return header


def read_row(row: str, header: str, issuer: str | None) -> Row:
    """The row's item read as a sentence, and who does it by its columns of units."""
    labels, cells = [re.sub(r"\s", "", label) for label in _cells(header)], _cells(row)
    units = {i for i, label in enumerate(labels) if _UNIT_COLUMN.search(label)}
    ordinal = {i for i, label in enumerate(labels) if _ORDINAL_COLUMN.match(label)}
    said = "，".join(c for i, c in enumerate(cells) if c and i not in units | ordinal)
    named = (re.split(r"[、，,]", cells[i]) for i in sorted(units) if i < len(cells))
    names = [unit for unit in (_ROLE.sub("", n).strip() for cell in named for n in cell) if unit]
    names = [name for name in names if re.search(r"\w", name) and name not in ("无", "暂无")]
    # (or, with no unit in its columns, the item names who does it: "老冢镇人民政府为…")
    leader = None if names else _LEADS.match(said)
    if leader and (not leader["verb"] or tagged(leader["verb"])[0][1][:1] == "v"):
        unit = leader["unit"]  # (its own service unit is the bureau: 县社会福利中心新增…)
        names = [*names, unit] if leader["with"] else [unit] if another(unit, issuer) else []
    ours = [name for name in names if issuer and _ours(name, issuer)]
    partners = tuple(name for name in names if name not in ours)
    first = names[0] if names and not (leader and leader["with"]) else None
    return Row(said, partners, theirs=first is not None and first not in ours)


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _ours(name: str, issuer: str) -> bool:
    """Whether a unit cell names the bureau: as itself (我局), in full, as its own level's
    (市民政局 of 泰安市民政局), or by a short name (县文旅广体局)."""
    return name[:1] in "我本" or issuer.endswith(name) or names_issuer(name, issuer)
