"""Counter-examples a helper's review of session 35's changes found (old code right, new
wrong), each fixed: a lower letter leading for a place or firm only the first names, a year
read as a listed total's figure, measure words of other things answering 多少个, the
bureau's own unit read as another in charge, words read as towns, a proposal's date read as
the page's, a flow chart read as a breadcrumb, 厦门市场监管局 read as every market regulator,
a worker's pay read as a fee, a header's label read as a unit, a label read as a proposer.
Every sentence here is made up."""

from __future__ import annotations

import pytest
from letter_builders import passage_of

from rag.answer.asks import asks_for
from rag.answer.commitments import kinds_of
from rag.answer.extractive import answer_extractive
from rag.answer.issuers import match_issuers
from rag.answer.listed import listed_only_beside_a_figure
from rag.answer.support import unheld_places
from rag.answer.tables import table_lead, with_units
from rag.letters.furniture import is_furniture
from rag.letters.labels import field_of
from rag.letters.parse import parse_letter


@pytest.mark.parametrize(
    ("question", "first", "lower"),
    [
        (
            "坑尾村的农村饮水安全工程投资多少钱？",
            ("坑尾村的农村饮水安全工程已列入今年计划。", "关于解决坑尾村饮水问题的建议"),
            ("岭头村农村饮水安全工程总投资120万元。", "关于农村饮水安全工程投资建设情况的答复"),
        ),
        (
            "闽兴公司的技改项目获得了多少补助资金？",
            ("闽兴公司的技改项目已通过县级初审。", "关于支持企业技术改造的建议"),
            ("华达公司技改项目获得省级补助资金200万元。", "关于技改补助资金的提案"),
        ),
    ],
)
def test_a_lower_letter_does_not_lead_for_a_place_or_firm_only_the_first_names(
    question, first, lower
):
    (text, title), (other, other_title) = first, lower
    water = "某某县水利局"
    passages = [
        passage_of(text, "a", title, 0.9, issuer=water),
        passage_of(other, "b", other_title, 0.8, issuer=water),
    ]
    assert answer_extractive(question, passages).refused


def test_a_year_is_no_figure_a_list_of_towns_shares():
    dated = "2023年10月，甲山镇、乙河镇污水处理厂相继建成投运。"
    assert not listed_only_beside_a_figure(dated, "甲山")
    assert listed_only_beside_a_figure("全县投入500万元，重点支持甲山镇、乙河镇、丙田镇。", "甲山")


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("全县有多少个规模养殖场？", "全县规模养殖场生猪存栏12万头。", False),
        ("全镇有多少个村通了客运班车？", "全镇开通农村客运班线12条。", False),
        ("全县建了多少个公厕？", "全县新建公厕156座。", True),
        ("小区装了多少个充电桩？", "小区新装充电桩20台。", True),
    ],
)
def test_ge_is_answered_by_a_structures_or_machines_measure_only(question, sentence, answered):
    assert asks_for(question).answered_by(sentence, year=2024) is answered


@pytest.mark.parametrize(
    "sentence",
    ["该路段改造工程由县交通运输局负责组织实施。", "具体工作由局综合科负责。"],
)
def test_the_bureau_or_a_part_of_it_in_charge_is_no_division_of_duties(sentence):
    kinds = kinds_of(sentence, ("二、下一步工作打算",), 2024, "2024-06-01", "某某县交通运输局")
    assert kinds != ()


@pytest.mark.parametrize(
    "question",
    [
        "老旧小区改造了多少？",
        "办社区食堂补多少？",
        "进园区的企业有多少？",
        "新盖的乡卫生院花了多少钱？",
        "乡里电商站去年帮老乡在网上卖掉了多少芸豆？",
    ],
)
def test_words_before_a_common_place_word_name_no_town(question):
    assert unheld_places(question, "全县") == []


def test_towns_jieba_reads_otherwise_are_still_towns():
    assert unheld_places("从化区的荔枝种了多少亩？", "增城区 全区") == ["从化"]
    assert unheld_places("为善镇有多少？", "全县") == ["为善"]
    # 喜洲 of 喜洲古镇, which the letter names
    assert unheld_places("喜洲古镇停车位多少？", "大理市喜洲镇人民政府 喜洲") == []


def test_the_proposals_own_dates_are_not_the_pages():
    for label in ("提案时间", "立案时间", "会议时间", "提出日期"):
        assert field_of(label) is None
    assert field_of("编稿时间") == "date_line"


@pytest.mark.parametrize(
    "line",
    [
        "个人申请＞乡镇审核＞县民政局审批＞公示发放",
        "城西客运站＞人民医院＞火车站＞高铁新城",
        "企业申报 » 部门审核 » 公示",
    ],
)
def test_a_flow_in_the_letter_is_no_breadcrumb(line):
    assert not is_furniture(line)


def test_a_city_before_a_market_regulator_qualifies_it():
    issuers = ["泉州市市场监督管理局", "晋江市市场监督管理局"]
    assert match_issuers("厦门市场监管局怎么答复的？", issuers) == []
    assert match_issuers("泉州市场监管局怎么说？", issuers) == ["泉州市市场监督管理局"]


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("县养老院的护理费每月多少钱？", "护理员报酬每月3000元。"),
        ("小区物业服务费每平方米多少钱？", "物业服务人员薪酬每月2800元。"),
    ],
)
def test_a_workers_pay_is_no_fee_for_the_service(question, sentence):
    assert not asks_for(question).answered_by(sentence, year=2024)


@pytest.mark.parametrize(
    "header",
    ["乡镇　其中：设施面积（亩）　露地面积（亩）", "乡镇　完成情况（已完成）　面积（亩）"],
)
def test_a_headers_label_is_no_unit(header):
    row = "白兔镇　600　8000"
    assert with_units(row, table_lead(row, f"{header}\n{row}")) == row


@pytest.mark.parametrize("line", ["答复内容", "正文", "附件", "全文"])
def test_a_label_under_the_proposers_is_no_proposer(line):
    letter = parse_letter(
        "\n".join(
            [
                "关于县十八届人大二次会议第31号建议的答复",
                "提案人：张三",
                line,
                "各位委员：",
                "您提出的建议收悉，现答复如下：",
                "已新建停车位100个。",
            ]
        ),
        source="t.txt",
    )
    assert letter.proposers == ("张三",)
