"""A figures table's rows are read in the units and the year its note declares: a town's
row answers what was grown there, the county's lead sentence does not.  The letter is made
up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.tables import table_lead, with_units

NOTE = "2015年全县燕麦种植面积33万亩，总产40660吨，各乡镇情况如下（面积单位：万亩；总产单位：吨）："
ROWS = ["可可以力更镇　　4.2　　5040", "哈乐镇　　6.8　　8840", "西乌兰不浪镇　　7.5　　9380"]
OATS = "\n".join(
    [
        "关于县政协十一届五次会议第33号提案的答复",
        "白俊峰委员：",
        "您提出的《关于做大做强武川燕麦产业的提案》收悉，现答复如下：",
        "一、燕麦产业基本情况",
        NOTE,
        *[line for row in ROWS for line in (row, "")],
        "二、下一步工作",
        "（一）计划在哈乐镇建设燕麦加工园区，力争明年5月开工。",
        "某某县农牧业局",
        "2016年6月28日",
    ]
)


def test_a_row_is_read_in_the_units_its_tables_note_declares():
    lead = table_lead(ROWS[1], OATS)
    assert lead == NOTE
    assert with_units(ROWS[1], lead) == "哈乐镇 面积6.8万亩，总产8840吨"
    assert with_units("（一）计划在哈乐镇建设燕麦加工园区。", lead).startswith("（一）")
    assert table_lead("（一）计划在哈乐镇建设燕麦加工园区，力争明年5月开工。", OATS) == ""


def test_one_note_giving_each_columns_unit_in_order_is_read_with_the_column_names_under_it():
    letter = "\n".join(
        [
            "2020年全县鲜松茸产量约450吨，各乡镇情况如下（单位：户、吨、万元）：",
            "乡镇　　采集户数　　鲜松茸产量　　产值",
            "霞若乡　　1130　　94　　4720",
            "燕门乡　　980　　81　　4050",
        ]
    )
    lead = table_lead("燕门乡　　980　　81　　4050", letter)
    assert with_units("燕门乡　　980　　81　　4050", lead) == (
        "燕门乡 采集户数980户，鲜松茸产量81吨，产值4050万元"
    )


def test_a_row_is_read_in_the_units_its_columns_names_give_in_brackets():
    # the column names, run into the lead-in of the passage that holds them
    names = "分乡镇完成情况如下： 乡镇　　面积（亩）　　投资（万元）　　受益农户（户）"
    letter = f"{names}\n\n以勒镇　　3200　　896　　1460\n\n泼机镇　　2800　　784　　1315"
    lead = table_lead("泼机镇　　2800　　784　　1315", letter)
    assert lead == names
    assert with_units("泼机镇　　2800　　784　　1315", lead) == (
        "泼机镇 面积2800亩，投资784万元，受益农户1315户"
    )
    # one column's unit is no other's: the checks and the rate are no firms
    mixed = "乡镇　　生产企业（家）　检查次数　隐患整改率\n大瑶镇　　118　　412　　98.5%"
    assert with_units(
        "大瑶镇　　118　　412　　98.5%", table_lead("大瑶镇　　118　　412　　98.5%", mixed)
    ) == ("大瑶镇　　118　　412　　98.5%")
    # a heading's bracket is no column's unit
    heading = "（一）关于资金（万元）的问题。\n以勒镇　　3200　　896"
    assert table_lead("以勒镇　　3200　　896", heading) == ""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("tables")
    return indexed(root / "letters", root / "home", oats=OATS)


def test_a_towns_row_answers_what_was_grown_there(qa):
    answer = qa.ask("哈乐镇2015年种了多少万亩燕麦？")
    assert not answer.refused
    assert "哈乐镇　　6.8" in answer.text
