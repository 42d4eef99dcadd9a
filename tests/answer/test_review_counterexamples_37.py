"""Counter-examples a helper's review of session 37's changes found (old code right, new
wrong), each fixed: a deed or a promise about what exists read as an inventory ("组织对全市
现有86座桥梁开展安全检测"); a report promised in a manner ("将书面报告市政府", "将第一时间
上报省厅") read as 将 = 把; a verb-noun subject ("改造工程已完工") read as the verb a deadline's
已 stands inside (that change was dropped); a units note of several labelled units, or a
"下同", read as one list; a 节假日 / 冬日 / 隔日 figure read as a day's; a proposal number
before a person's or a place's name read as a numbered school; "what is X's position on
output subsidies" read as asking a figure; co-handlers marked together (A、B（会办）) or
named on two lines.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.commitments import kinds_of
from rag.answer.query import find_numbers
from rag.answer.tables import table_lead, with_units
from rag.letters.parse import parse_letter

BUREAU = "某市交通运输局"


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # what exists, acted on: the deed decides, as the section does
        ("组织对全市现有86座桥梁开展安全检测。", None),
        ("为全市现有126辆出租车安装北斗定位终端。", None),
        ("全面排查现有45处农村客运招呼站，建立问题清单。", None),
        ("全市现有建制村1262个，其中通客车1200个。", ()),
        # a report promised in a manner, not a thing handed on
        ("我局将书面报告市政府。", ("commitment",)),
        ("我局将第一时间上报省交通运输厅。", ("commitment",)),
        ("我局将限期报市政府。", ("commitment",)),
        ("我局将汇总后报市政府。", ("commitment",)),
        # a deadline over work a verb-noun subject names is done
        ("2025年6月底前，改造工程已完工。", ("action",)),
        ("我局将于年底前全面完工，道路改造已完成80%。", ("action", "commitment")),
    ],
)
def test_what_the_sentence_is(sentence, kinds):
    assert kinds_of(sentence, (), 2025, "2025-10-30", BUREAU) == kinds


ROW = "哈乐镇　　6.8　　8840　　9"


@pytest.mark.parametrize(
    ("note", "read"),
    [
        (
            "（面积单位：万亩，总产单位：吨，合作社单位：个）：",
            "哈乐镇 面积6.8万亩，总产8840吨，合作社9个",
        ),
        ("（单位：万元，下同）：", "哈乐镇 6.8万元，8840万元，9万元"),
        ("（单位：万亩、吨、个）：", "哈乐镇 6.8万亩，8840吨，9个"),
    ],
)
def test_a_units_note_lists_units_only_with_enumeration_commas(note, read):
    letter = f"各乡镇情况如下{note}\n{ROW}"
    assert with_units(ROW, table_lead(ROW, letter)) == read


def test_column_names_with_a_continued_line_under_them_keep_their_units():
    letter = "乡镇　面积（亩）　投资（万元）\n（续表）\n哈乐镇　　600　　120"
    row = "哈乐镇　　600　　120"
    assert with_units(row, table_lead(row, letter)) == "哈乐镇 面积600亩，投资120万元"


@pytest.mark.parametrize(
    "sentence", ["节假日供水量达6万吨。", "冬日供暖面积达300万平方米。", "部分小区隔日供水2000吨。"]
)
def test_a_holiday_or_every_other_day_is_no_daily_figure(sentence):
    assert not asks_for("每天多少吨？").answered_by(sentence)


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("What did the bureau reply to No. 88 Wang Fang's suggestion?", ["88"]),
        ("What was promised in No. 215 Heihe rural road proposal?", ["215"]),
        ("Was No. 17 Adopted?", ["17"]),
        ("How many places does Huangqiao No. 2 Experimental Primary School add?", []),
        ("How many children will the new Huarong No.2 Kindergarten take?", []),
    ],
)
def test_a_number_before_a_name_is_a_proposals_unless_it_names_an_institution(question, numbers):
    assert [n for n, _ in find_numbers(question)] == numbers


def test_a_places_stance_on_a_quantity_asks_no_figure():
    assert asks_for("what is Jurong's position on output subsidies?").kind is None
    assert asks_for("What was Jurong’s strawberry output in 2015?").kind == "count"


def test_co_handlers_marked_together_or_on_two_lines_are_all_kept():
    reply = ("李明代表：", "您提出的建议收悉，现答复如下：", "正文。")
    together = "承办单位：市交通运输局（主办），市财政局、市自然资源局（会办）"
    letter = parse_letter("\n".join(["关于某事的答复", together, *reply]), source="t.txt")
    assert letter.co_handlers == ("市财政局", "市自然资源局")
    lines = ["关于某事的答复", "承办单位：甲局（主办）、乙局（会办）", "会办单位：丙局", *reply]
    assert parse_letter("\n".join(lines), source="t.txt").co_handlers == ("乙局", "丙局")
