"""A figures table's rows read with the units the note above the table declares: under
"各乡镇情况如下（面积单位：万亩；总产单位：吨；合作社单位：个）" the row "哈乐镇　6.8　8840　9"
states 6.8万亩 of area, 8840吨 of output and 9个 co-operatives — to tell whether a row
states the figure asked and what it is of, never to quote it (a quote stays the letter's
words).

    lead = table_lead("哈乐镇　　6.8　　8840　　9", letter_text)  # the note's line
    with_units("哈乐镇　　6.8　　8840　　9", lead)  # → "哈乐镇 面积6.8万亩，总产8840吨，合作社9个"

…or the units the columns' names give in brackets ("乡镇　面积（亩）　投资（万元）").
"""

from __future__ import annotations

import re

# "合作社单位：个": what a column counts, and in what
_UNIT_NOTE = re.compile(r"([\u4e00-\u9fff]{0,4}?)单位(?:为)?\s*[:：]\s*([\u4e00-\u9fff%％]{1,4})")
# …or one note giving each column's unit in order: "（单位：户、吨、万元）", named by the
# line of column names under it ("乡镇　采集户数　鲜松茸产量　产值")
_MEASURE = r"(?:[万亿千百]|平方)?[\u4e00-\u9fff]{1,2}|[%％]"
_NOTE_LIST = re.compile(
    rf"单位(?:为)?\s*[:：]\s*((?:{_MEASURE})(?:\s*、\s*(?:{_MEASURE}))+)(?=\s*(?:[）)，,；;。]|$))"
)  # (not "单位：万元，下同", nor "面积单位：万亩，总产单位：吨": one unit a note)
# …or the columns' names, each with its unit in brackets: "乡镇　面积（亩）　投资（万元）"
_COLUMN_UNIT = re.compile(
    r"([\u4e00-\u9fff]{1,8}?)\s*[（(]\s*((?:[万亿千百]|平方)?[\u4e00-\u9fff]{1,2}|[%％])\s*[)）]"
)  # (a measure: 亩, 万元, 平方米, 万人次 — not 完成情况（已完成）)
_COLUMNS = re.compile(
    r"^(?:[\u4e00-\u9fff（()）%％]+[\s　|｜]+)+[\u4e00-\u9fff（()）%％]+[\s|｜]*$"
)
# A row: a name, then figures only, apart by spaces or bars.
_ROW = re.compile(
    r"^(?P<name>[^\d\s|｜]{1,16})(?P<cells>(?:[\s　|｜]+\d+(?:\.\d+)?[%％]?)+)[\s|｜]*$"
)
_CELL = re.compile(r"\d+(?:\.\d+)?[%％]?")
_ROWS_ABOVE = 40  # lines a table's note may stand above one of its rows
_HEADINGS = 2  # lines of a table's title and column names between its note and its rows


def table_lead(row: str, letter: str) -> str:
    """The line with the units note of the table the row is one of, in the letter's text
    (its own passage may not hold it), with the lines of headings under it (which may name
    its columns), or "" for a sentence that is no table row: above
    the row stand only rows, blank lines and at most two lines of headings before it (a
    second table's title ends the first's rows)."""
    row = row.strip()
    at = letter.find(row) if _ROW.match(row) else -1
    headings = 0
    below: list[str] = []  # the headings between the note and the rows
    for line in reversed(letter[:at].splitlines()[-_ROWS_ABOVE:] if at >= 0 else []):
        if _units(line):
            return "\n".join([line, *reversed(below)])
        if line.strip() and not _ROW.match(line.strip()):
            below.append(line)
            headings += 1
            if headings > _HEADINGS or "。" in line:
                break
    return ""


def with_units(row: str, lead: str) -> str:
    """The row with each figure in the unit its table's note declares for its column, after
    what the column is of (one unit for them all when the note gives one), or the row as
    it is."""
    match = _ROW.match(row.strip())
    units = _units(lead)
    if match is None or not units:
        return row
    cells = _CELL.findall(match.group("cells"))
    if len(units) == 1 and _UNIT_NOTE.search(lead):  # (a note's one unit is every column's)
        units *= len(cells)
    if len(units) != len(cells):
        return row
    named = (f"{what}{cell}{unit}" for cell, (what, unit) in zip(cells, units, strict=True))
    return f"{match.group('name')} " + "，".join(named)


def _units(lead: str) -> list[tuple[str, str]]:
    """(what, unit) of each column a units note or a line of column names declares (the
    lead's first line; the lines under it may name the columns a list of units is for)."""
    line, *below = lead.split("\n")
    listed = _NOTE_LIST.search(line)
    if listed:  # each column's unit in order, named by the column names under the note
        listed_units = re.split(r"\s*、\s*", listed.group(1))
        column_line = below[-1].strip(" |｜") if below else ""
        column_names = re.split(r"[\s　|｜]+", column_line)[1:]
        named = len(column_names) == len(listed_units) and _COLUMNS.match(column_line)
        names_given = column_names if named else [""] * len(listed_units)
        return list(zip(names_given, listed_units, strict=True))
    noted = _UNIT_NOTE.findall(line)
    names = re.split(r"[。；;]|[：:]\s", line)[-1]  # (after a lead-in a passage ran into it)
    if noted or not _COLUMNS.match(names.strip(" |｜")):
        return noted
    columns = re.split(r"[\s　|｜]+", names.strip(" |｜"))[1:]  # (the first names the rows)
    units = [_COLUMN_UNIT.fullmatch(c) for c in columns]
    # every column's, or none: "生产企业（家）　检查次数" gives no unit to the checks
    return [(u.group(1), u.group(2)) for u in units if u] if all(units) else []
