"""Counter-examples a helper's review of session 36's changes found (old code right, new
wrong), each fixed: a prefecture or province named before the letter's own county read as
a place the letter never names; a town's fragments ("县的乡", "市社区") read as places the
passages write; the bureau's own 派出所 / 执法大队 / 中心 read as others in charge; "我局经与…
共同努力" read as how the reply was worked out; a body's table read as a metadata row; a
count of beds read as a count of homes; 传统村落 / 每个村 read as villages.  Every sentence
here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.commitments import kinds_of
from rag.answer.confidence import names_elsewhere
from rag.answer.issuers import place_core
from rag.answer.listed import places_asked
from rag.answer.parts import not_of_the_letter
from rag.answer.result import Held
from rag.letters.parse import parse_letter
from rag.letters.people import co_handlers

QINGXU = "据我局统计，全县现有食醋生产企业约110家，2015年食醋产量约42万吨。"


@pytest.mark.parametrize(
    ("question", "own", "text"),
    [
        ("太原清徐的老陈醋产量有多少？", ("清徐县",), QINGXU),
        ("新疆木垒的鹰嘴豆保险一亩保多少钱？", ("木垒哈萨克自治县",), "鹰嘴豆每亩保额500元。"),
    ],
)
def test_a_place_named_before_the_letters_own_is_where_it_lies(question, own, text):
    held = Held(text, True, (), own)
    assert not_of_the_letter(question, held, "2016-05-01")[0] is False


def test_a_bare_place_the_letter_never_names_is_still_elsewhere():
    held = Held("今年大红袍干椒收购价稳定在每公斤78元至84元之间。", True, (), ("韩城市",))
    assert not_of_the_letter("若羌红枣现在收购价一公斤多少钱？", held, "2020-05-01")[0]


def test_an_autonomous_county_is_known_by_its_name_without_its_people():
    assert place_core("木垒哈萨克自治县") == "木垒"
    assert place_core("巴音郭楞蒙古自治州") == "巴音郭楞"
    assert place_core("石林彝族自治县") == "石林"


def test_an_outer_place_no_letter_names_before_a_letters_own_is_not_somewhere_else():
    def known(term: str) -> bool:
        return term in {"木垒", "鹰嘴豆"}

    question = "昌吉木垒的鹰嘴豆能上保险吗？一亩保多少钱？"
    assert not names_elsewhere(question, known, [], ["木垒哈萨克自治县"])
    assert names_elsewhere("岑溪有多少家日用陶瓷企业？", known, [], [])


@pytest.mark.parametrize(
    "question",
    [
        "克东县的乡镇药店有多少家没有配执业药师？",
        "蓬莱市社区老年食堂每餐补贴多少钱？",
        "蓬莱市的老旧小区改造了多少个？",
    ],
)
def test_fragments_of_a_town_are_no_place_the_passages_write(question):
    from rag.models import Chunk

    held = "拜泉、克山、明水三县的乡镇药店97家，全市社区老年食堂，老旧小区改造"
    chunk = Chunk("c", "L", "L.txt", 1, "", "body", held, "", 0, len(held))
    assert names_elsewhere(question, lambda term: False, [(chunk, 0.9)])


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("由城关派出所牵头，开展棋牌室专项整治。", "潢川县公安局"),
        ("由局执法大队负责，开展常态化巡查。", "潢川县城市管理局"),
        ("由县农技推广中心牵头，开展莲藕良种试验。", "监利县农业农村局"),
        ('全面落实农村公路"路长制"，由县、乡、村三级路长分段负责；', "某某县交通运输局"),
    ],
)
def test_the_bureaus_own_unit_or_post_in_charge_still_promises(sentence, issuer):
    assert kinds_of(sentence, ("三、下一步工作打算",), 2023, "2023-06-30", issuer) == (
        "commitment",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "古城内历史建筑的修缮由产权人负责，县住建局负责审批和技术指导。",
        "按照“县道县管、乡道乡管、村道村管”的原则，村道日常养护由所在乡镇负责。",
    ],
)
def test_a_division_of_duties_among_others_is_neither(sentence):
    assert kinds_of(sentence, ("一、办理情况",), 2023, "2023-06-30", "某某县交通运输局") == ()


def test_joint_work_done_with_a_unit_is_no_co_handling():
    body = ["我局经与县交通运输局共同努力，2022年在城区新增公交站点12个。"]
    assert co_handlers("您提出的建议收悉，现答复如下：", body) == ()
    body = ["我局经商县住房和城乡建设局，于6月召开专题会议进行研究。"]
    assert co_handlers("现将您提出的建议办理情况答复如下：", body) == ("县住房和城乡建设局",)


LETTER = """关于县政协十届二次会议第12号提案的答复
王明委员：
您提出的关于保护非遗项目的提案收悉。现答复如下：
我县现有省级非遗项目如下：
名称 | 类别 | 时间
南丰傩舞 | 传统舞蹈 | 2008年
下一步，我局将加大保护力度。
某某县文化和旅游局
2023年6月1日"""


def test_a_bodys_table_without_outer_bars_stays_in_the_letter():
    letter = parse_letter(LETTER, "tbl.txt")
    assert any("南丰傩舞" in section.text for section in letter.sections)


def test_a_bar_less_header_over_units_is_the_pages_metadata():
    text = LETTER.replace(
        "名称 | 类别 | 时间\n南丰傩舞 | 传统舞蹈 | 2008年",
        "主办单位 | 会办单位 | 办理类别\n某某县文化和旅游局 | 县财政局 | A",
    )
    letter = parse_letter(text, "card.txt")
    assert letter.co_handlers == ("县财政局",)
    assert not any("县财政局" in section.text for section in letter.sections)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("全市有多少个养老院？", "全市养老院共4200张床位。"),
        ("全镇有多少个泵站？", "全镇泵站共12台机组。"),
        ("有多少个渔船码头？", "渔船码头共停靠渔船86艘"),
    ],
)
def test_a_figure_of_something_else_after_the_counted_noun_does_not_count_it(question, sentence):
    assert not asks_for(question).answered_by(sentence, year=2023)


def test_a_count_in_the_letters_own_measure_word_counts():
    sentence = "其中周溪镇、多宝乡、西源乡三地渡口合计19道，年渡运量约86万人次。"
    assert asks_for("这三个地方加起来有几个渡口？").answered_by(sentence, year=2023)


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("传统村落有多少个？", []),
        ("每个村有几个保洁员？", []),
        ("全县农村有多少公里路？", []),
        ("俞源村有多少幢古民居被白蚁蛀了？", [("俞源", "源村")]),
    ],
)
def test_only_a_villages_name_is_a_village(question, places):
    assert places_asked(question) == places
