"""Whether a figure answers what was asked, read more closely: a total the question itself
states is no part of it ("那7000多万元里，2022年投了多少"), a total spread over places
("主要分布在习水县、赤水县") is no one county's, a year asked ("哪一年") is not answered by
a plan period, a sum spent ("投了多少") by a count, electricity ("多少度电") by tonnes,
dollars by yuan, a turnover by a number of inspections.  Every sentence is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.asks import asks_for
from rag.answer.listed import places_asked
from rag.answer.support import one_place_listed, says_of


@pytest.mark.parametrize(
    ("question", "not_an_answer", "an_answer"),
    [
        (
            "支持企业的那7000多万元里，光2022年一年投了多少？",
            "2018年以来，市级部门累计投入财政经费超7000万元，支持企业开展研发。",
            "2022年，市级部门投入财政经费1800万元支持企业研发。",
        ),
        (
            "那笔经费2022年一年投了多少？",
            "2022年7月，市政府成立由23个市级单位组成的工作小组。",
            "2022年投入资金1800万元。",
        ),
        (
            "打算哪一年出台专门的促进条例？",
            "在“十四五”时期发展规划的编制工作中统筹部署条例研究。",
            "我委计划于2025年提请出台促进条例。",
        ),
        (
            "那两座热电联产项目一年能发多少度电？",
            "建成2座秸秆热电联产项目，年消纳秸秆约65万吨。",
            "2座热电联产项目年发电量约3.2亿千瓦时。",
        ),
        (
            "彩灯企业在国外办灯展挣了多少美元？",
            "2015年全市彩灯企业实现产值58.6亿元。",
            "2015年境外灯展合同额达1.2亿美元。",
        ),
        (
            "夜市2023年一年营业额有多少？",
            "2023年对夜市摊位开展食品抽检216批次，合格率98.6%。",
            "2023年全区夜市营业额约4.6亿元。",
        ),
        (
            "线路是围绕多少个县（市、区）的资源设计出来的？",
            "精心设计发布了20条疗休养线路产品。",
            "围绕9县(市、区)自然风光等资源，精心设计发布了20条线路。",
        ),
    ],
)
def test_a_figure_of_another_kind_does_not_answer(question, not_an_answer, an_answer):
    asks = asks_for(question)
    assert not asks.answered_by(not_an_answer)
    assert asks.answered_by(an_answer)


def test_spending_verbs_followed_by_a_noun_ask_no_sum():
    assert asks_for("花了多少时间？").units is None or asks_for("花了多少时间？").kind == "time"
    assert asks_for("一共投了多少票？").answered_by("共投票312张。")


FISHERS = "\n".join(
    [
        "关于市政协九届四次会议第56号提案的答复",
        "李军委员：",
        "您提出的关于退捕渔民安置的提案收悉。现答复如下：",
        "全市共回收持证捕捞渔船146艘，涉及渔民203户512人，主要分布在习水县、赤水县和仁怀县。",
        "赤水县已建成帮扶车间1个，吸纳退捕渔民38人就近务工。",
        "全市建成渔民安置小区12个，主要集中在醒民镇、隆兴镇。",
        "某某市农业农村局",
        "2020年7月1日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("spread")
    return indexed(root / "letters", root / "home", fishers=FISHERS)


def test_a_total_spread_over_places_is_no_one_places(qa):
    answer = qa.ask("习水县有多少户退捕渔民？")
    assert answer.refused
    assert "203户" not in answer.text


def test_a_town_a_total_is_spread_over_is_refused_and_the_total_answered(qa):
    answer = qa.ask("醒民镇建了几个渔民安置小区？")
    assert answer.refused and "12个" not in answer.text
    assert "12个" in qa.ask("全市建了几个渔民安置小区？").text


def test_a_place_the_letter_gives_its_own_figure_is_answered(qa):
    answer = qa.ask("赤水县的帮扶车间吸纳了多少渔民？")
    assert not answer.refused
    assert "38人" in answer.text


def test_the_period_nearest_the_question_word_is_asked():
    asks = asks_for("习水的渔民头一年每个月能领多少生活补助？")
    assert asks.answered_by("退捕后12个月内按每人每月600元发放过渡期生活补助。")


def test_how_often_a_bus_runs():
    asks = asks_for("从停车场到古镇门口有车送吗？多久一趟？")
    assert asks.answered_by("停车场到古镇入口开通了免费接驳车，每15分钟发一班。")
    assert not asks.answered_by("接驳车于2018年5月1日开通。")


def test_people_counted_without_a_measure_word_are_answered_by_people():
    asks = asks_for("古镇2018年上半年接待了多少游客？")
    assert not asks.answered_by("停车场设小型车车位420个，于2018年5月1日投入使用。")
    assert asks.answered_by("2018年上半年古镇接待游客96万人次。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("习水县有多少户退捕渔民？", "涉及渔民203户512人，全部分布在习水县。"),
        ("习水县有多少户退捕渔民？", "涉及渔民203户，分布在习水县的有120户，其余在赤水县。"),
    ],
)
def test_a_county_the_figure_is_given_for_is_its_own(question, sentence):
    assert says_of(sentence, "习水")


@pytest.mark.parametrize(
    ("question", "sentence", "listed"),
    [
        # a town the total is spread over: no figure of its own
        (
            "青村镇种了多少亩黄桃？",
            "全区黄桃种植面积约1.15万亩，主要分布在庄行、青村、金汇等镇。",
            True,
        ),
        ("浏阳官渡镇有多少家企业？", "全市企业391家，主要集中在大瑶镇、官渡镇和金刚镇。", True),
        # …its own figure in the list, or the town said of outside it
        ("大瑶镇有多少家企业？", "主要分布在大瑶镇（120家）、金刚镇（80家）。", False),
        ("大瑶镇有多少家企业？", "大瑶镇有企业120家，全市企业主要分布在大瑶镇、金刚镇。", False),
        ("大瑶镇有多少家企业？", "全市企业391家，已全部完成改造。", False),  # not named at all
        # the total of the places listed is asked, or a 区 that is no place
        (
            "羊口镇和侯镇一共有多少户渔民？",
            "涉及渔民203户，主要分布在羊口镇、侯镇和营里镇。",
            False,
        ),
        ("沿海老旧小区改造了多少户？", "改造560户，主要分布在沿海老旧小区和城中村。", False),
    ],
)
def test_a_town_a_total_is_spread_over_gets_no_figure_of_its_own(question, sentence, listed):
    assert one_place_listed(sentence, places_asked(question)) is listed


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("外贸出口额是多少美元？", "外贸出口额达12.5亿美元。"),
        ("跨境电商交易额有多少？", "交易额达到3.2亿美元。"),
        ("产值是多少？占全市比重多少？", "产值占全市比重达到35%。"),
        ("今年共享单车投了多少？", "今年新投放共享单车3000辆。"),
        ("警力投入了多少？", "共投入警力1200人次。"),
        ("每亩补贴是500元吗？具体补多少？", "每亩补贴标准为500元。"),
        ("光伏电站一年能发多少度电？", "年发电量约1.5万兆瓦时。"),
        ("水温有多少度？", "水温28摄氏度。"),
        ("这条路哪一年通车？", "该路于同年10月通车。"),
        ("首席专家是谁？", "首席专家为某某大学张教授。"),
    ],
)
def test_what_the_review_found_still_answers(question, sentence):
    assert asks_for(question).answered_by(sentence)


def test_a_slogan_counts_nothing():
    asks = asks_for("“百村示范千村提升”工程2019年计划打造多少个示范村？")
    assert not asks.answered_by("市委印发了《2019年度实施“百村示范千村提升”工程工作方案》。")


def test_a_year_before_a_county_is_no_part_of_its_name():
    from rag.answer.support import _without_lead

    question = "2018年徐闻县新增了多少亩菠萝？"
    assert _without_lead(question, 4, "年徐闻县") == "徐闻县"
