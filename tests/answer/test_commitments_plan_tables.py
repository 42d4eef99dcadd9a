"""Met on made_up/commit16–22 (sixteen rows, every one missed): a plan printed as a table
under its lead-in promises one item per row, read by its header — the 责任单位 / 配合单位
columns say who does it: the bureau (by its full or short name) with partners, or another
unit, whose row promises nothing for the bureau; nor does a row whose item opens with
another unit ("老冢镇人民政府为…").  The header row is no item.  The letter is made up."""

from __future__ import annotations

from rag.answer.commitments import commitments
from rag.letters.parse import parse_letter

LETTER = "\n".join(
    [
        "关于县十七届人大四次会议第12号建议的答复",
        "朱红军代表：",
        "您提出的《关于办好农村互助幸福院的建议》收悉。现答复如下：",
        "今年我局争取资金210万元，完成6所幸福院的适老化改造。",
        "今年下半年，我局将重点推进以下事项：",
        "| 序号 | 事项 | 责任单位 | 完成时限 |",
        "| 1 | 为两镇幸福院配备助餐设备 | 县民政局 | 10月底前 |",
        "| 2 | 盘活3所停运幸福院 | 县民政局、逊母口镇人民政府 | 12月底前 |",
        "| 3 | 幸福院消防设施检查 | 县消防救援大队 | 11月底前 |",
        "| 4 | 老冢镇人民政府为幸福院聘用护理员 |  | 11月底前 |",
        "感谢您对全县民政工作的关心和支持。",
        "某某县民政局",
        "2024年8月16日",
    ]
)


def _promised():
    letter = parse_letter(LETTER, source="x.txt")
    return {item.quote: item for item in commitments(letter)}


def test_each_row_the_bureau_leads_is_a_commitment_with_its_due_and_partners():
    promised = _promised()
    first = promised["| 1 | 为两镇幸福院配备助餐设备 | 县民政局 | 10月底前 |"]
    second = promised["| 2 | 盘活3所停运幸福院 | 县民政局、逊母口镇人民政府 | 12月底前 |"]
    assert (first.due, first.partners) == ("10月底前", ())
    assert (second.due, second.partners) == ("12月底前", ("逊母口镇人民政府",))


def test_another_units_row_and_the_header_are_no_commitments():
    promised = _promised()
    assert not any("县消防救援大队" in quote for quote in promised)
    assert not any("老冢镇人民政府为" in quote for quote in promised)
    assert not any("序号" in quote for quote in promised)


def _rows_promised(*lines: str) -> list[str]:
    head = [
        "关于县十七届人大四次会议第12号建议的答复",
        "朱红军代表：",
        "您提出的建议收悉。现答复如下：",
    ]
    text = "\n".join([*head, *lines, "某某县民政局", "2024年8月16日"])
    return [i.quote for i in commitments(parse_letter(text, source="x.txt")) if "|" in i.quote]


def test_a_unit_cell_with_its_role_noted_still_names_the_bureau():
    rows = _rows_promised(
        "今年下半年，我局将重点推进以下事项：",
        "| 2024年下半年重点工作安排表 |",
        "| 序号 | 事项 | 责任单位 | 完成时限 |",
        "| 1 | 盘活3所停运幸福院 | 县民政局（牵头）、各镇人民政府 | 12月底前 |",
        "| 2 | 为幸福院配备助餐设备 | 县民政局牵头，各镇配合 | 10月底前 |",
        "| 3 | 开展幸福院运营评估 | 我局 | 11月底前 |",
        "| 4 | 幸福院消防设施检查 | 县消防救援大队 | 11月底前 |",
    )
    assert len(rows) == 3 and not any("消防" in row for row in rows)


def test_a_table_of_figures_after_a_report_holds_no_items():
    rows = _rows_promised(
        "2023年，我局在两镇新建幸福院5所，情况如下：",
        "| 镇 | 新建（所） | 床位（张） | 建成时间 |",
        "| 城关镇 | 2 | 70 | 2023年10月 |",
        "| 老冢镇 | 3 | 90 | 2023年12月 |",
    )
    assert rows == []


def test_a_column_of_amounts_in_a_unit_is_no_column_of_units():
    rows = _rows_promised(
        "明年，我局将实施以下项目：",
        "| 序号 | 项目名称 | 计划投资（单位：万元） | 完成时限 |",
        "| 1 | 幸福院适老化改造 | 210 | 2025年6月底前 |",
    )
    assert rows == ["| 1 | 幸福院适老化改造 | 210 | 2025年6月底前 |"]
