"""What a review of this session's rules found them doing wrong, each now right: a question
naming places together asks their total, figures given 分别 are each place's own, a
possessive ends an English place name, a sum's clause may count per unit and still sum,
durations and the bureau's own spending are no estimates, 也 does not set the bureau's
own arm apart, a time that opens a report promises nothing, measure words the noun is
counted in, households counted with 个, a quarter read in the figure's clause, a title
whose second line opens with 关于, and a second table's rows.  Every sentence is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.commitments import kinds_of
from rag.answer.listed import asked_alone, listed_only_beside_a_figure
from rag.answer.spelling import unheld_spelled
from rag.answer.tables import table_lead
from rag.letters.parse import parse_letter


@pytest.mark.parametrize(
    "question",
    ["寿宁、屏南两县2020年一共拿到多少经费？", "寿宁和屏南两县的经费合计多少？"],
)
def test_places_the_question_names_together_ask_their_total(question):
    assert (
        asked_alone(question, [("屏南两县", "屏南两")], "寿宁、屏南两县经费合计260万元", "") == []
    )


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("寿宁、屏南、周宁3县分别有国家级传承人2名、1名、1名。", "屏南"),
        ("温州、台州两市分别投入资金3亿元和2亿元。", "台州"),
        ("安吉、长兴、德清三县种植面积依次为17万亩、4万亩、1万亩。", "长兴"),
        ("成都、绵阳、德阳（各2个）共建设示范区6个。", "绵阳"),
    ],
)
def test_figures_given_each_are_each_places_own(sentence, name):
    assert not listed_only_beside_a_figure(sentence, name)


def test_a_possessive_ends_an_english_place_name():
    text = "诸暨市山下湖镇建成生态净化塘14处。"
    assert unheld_spelled("How many ponds were built in Zhuji's Shanxiahu town?", text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "为全县每个行政村共配备保洁员1260名。",
        "项目合计投入资金3000万元（其中中央/省级资金2100万元）。",
        "2019年以来累计投入资金1.8亿元用于每个乡镇污水处理设施建设。",
        "全镇共种植辣椒1.2万亩（户均种植8亩）。",
        "市级财政按每亩200元标准合计补助资金480万元。",
    ],
)
def test_a_sum_beside_a_share_per_unit_is_still_a_sum(sentence):
    question = "一共配备了多少名保洁员？" if "保洁员" in sentence else "一共投入了多少？"
    question = "一共种了多少亩？" if "亩（" in sentence else question
    assert asks_for(question).answered_by(sentence, year=2023)


@pytest.mark.parametrize(
    ("sentence", "issuer", "kinds"),
    [
        ("预计3个月内完成修复。", "某某县交通运输局", ("commitment",)),
        ("我局预计投入资金500万元，对全县敬老院进行适老化改造。", "某某县民政局", ("commitment",)),
        ("中心也将在全县推广这一做法。", "某某县农业技术推广中心", ("commitment",)),
        ("局属县救助管理站也将加强街面巡查。", "某某县民政局", ("commitment",)),
        ("下半年，县乡村振兴局也将开展专项督查。", "某某县市场监督管理局", ()),
        ("下半年，全县共完成危房改造326户。", "某某县住房和城乡建设局", None),
    ],
)
def test_what_a_sentence_promises(sentence, issuer, kinds):
    path = ("二、下一步工作",) if sentence.startswith(("预计", "我局预计")) else ()
    assert kinds_of(sentence, path, 2024, "2024-12-20", issuer) == kinds


def test_facts_stated_in_other_words_are_still_stated():
    assert asks_for("全县的羊存栏有多少只？").answered_by("全县羊存栏12.6万头。", year=2023)
    assert asks_for("How many poor households were helped?").answered_by(
        "共资助困难家庭1260个。", year=2023
    )
    assert asks_for("今年一季度招商引资到位资金多少？").answered_by(
        "今年1-3月，全县招商引资到位资金12.6亿元，其中第二季度签约项目8个。", year=2023
    )
    assert asks_for("从立项到开工用了多长时间？").answered_by(
        "项目于2022年5月立项，2023年3月开工。", year=2023
    )
    asked = asks_for("How many batches were tested in the first quarter of 2023?")
    assert not asked.answered_by("2023年第三季度，共抽检612批次。", year=2023)


def test_a_title_whose_second_line_opens_with_guanyu_is_read_whole():
    lines = ["关于对县十七届人大三次会议", "关于加强农村养老服务的建议的答复", "王伟代表："]
    body = ["您提出的建议收悉，现答复如下：", "今年新建养老院1所。", "某某县民政局", "2021年7月2日"]
    letter = parse_letter("\n".join([*lines, *body]), source="x.txt")
    assert letter.title == "关于对县十七届人大三次会议关于加强农村养老服务的建议的答复"


def test_a_second_tables_rows_take_no_note_of_the_first():
    letter = "\n".join(
        [
            "燕麦情况如下（面积单位：万亩；总产单位：吨）：",
            "乡镇　面积　总产",
            "哈乐镇　　6.8　　8840",
            "",
            "表2 各乡镇合作社和带动农户情况",
            "乡镇　合作社　农户",
            "哈乐镇　　9　　1260",
        ]
    )
    assert table_lead("哈乐镇　　6.8　　8840", letter).startswith("燕麦情况如下")
    assert table_lead("哈乐镇　　9　　1260", letter) == ""


def test_a_long_place_name_spelled_a_letter_off_is_still_named():
    text = "抓喜秀龙镇的3家白牦牛肉加工企业已全部纳入重点监管名单。"
    assert unheld_spelled("How many meat plants are in Zhaxixiulong town?", text) == []
    assert unheld_spelled("How many meat plants are in Lianxia town?", text) == ["lianxia"]
    # the name is the characters right before the unit, whatever stands before them
    text = "我局在抓喜秀龙镇建成白牦牛肉加工企业3家。"
    assert unheld_spelled("How many meat plants are in Zhaxixiulong town?", text) == []
