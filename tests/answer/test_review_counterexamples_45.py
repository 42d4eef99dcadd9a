"""What a helper's review of session 45's changes sent back (each made up, as the review's
letters were): a quarter or a term heading what was counted (第一季度内，我局共受理…件) or a
past event of an undated letter (2016年撤乡并镇前，…) is no due; 中小学生 is no school; a
district's government named with its city is still the bureau's own level; "我局已明确由…
负责，将于…" is the bureau's; an inventory with a year's work, or 基本覆盖, is not a mere
state; "通过…，可有效…" and "通过…，建设一批…" report no effect; a 主任 among the contacts signs
nothing, and a head named with another post (党组书记、局长, 代局长) signs; a question that
wants to know a figure (想知道…，答复里有没有说？) or asks one of what was proposed (代表建议
的那个项目投资了多少钱) still asks it; "dialogue" and "timbre" stay themselves; an office's 站
before a town is no place of its name."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.bilingual import english_words
from rag.answer.commitments import kinds_of
from rag.answer.issuers import places_of
from rag.answer.partners import partners_in
from rag.letters.parse import parse_letter

_ISSUER = "某某区教育局"


@pytest.mark.parametrize(
    ("sentence", "year", "date"),
    [
        ("第一季度内，我局共受理群众投诉咨询326件。", 2024, "2024-06-10"),
        ("本学期内，全市共开展防溺水专题教育活动420场次。", 2024, "2024-06-10"),
        ("2016年撤乡并镇前，该村隶属原红旗乡管辖。", None, None),
    ],
)
def test_what_was_counted_or_befell_is_no_promise(sentence, year, date):
    assert "commitment" not in (kinds_of(sentence, (), year, date, _ISSUER) or ())


def test_pupils_parents_are_no_school():
    assert partners_in("我局将与中小学生家长一起做好假期安全教育。", _ISSUER) == ()


def test_a_district_government_named_with_its_city_is_the_bureaus_own_level():
    sentence = "宁波市鄞州区人民政府将于年底前完成该片区改造。"
    assert kinds_of(sentence, (), 2024, "2024-06-10", "鄞州区住房和城乡建设局") == ("commitment",)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("我局已明确由县交通局负责该路段养护，将于年底前完成修复。", "commitment"),
        ("全县现有中小学56所，已于2023年全部完成校园安防设施建设。", "action"),
    ],
)
def test_the_bureaus_own_ruling_and_a_years_work_stay(sentence, kind):
    assert kind in kinds_of(sentence, (), 2024, "2024-06-10", "某某县交通运输局")


@pytest.mark.parametrize(
    "sentence",
    ["全市现有公共充电桩3200个，已基本覆盖主城区。", "县林业局已规定，禁伐区内严禁采伐天然林。"],
)
def test_a_state_or_another_units_rule_is_neither(sentence):
    assert kinds_of(sentence, (), 2024, "2024-06-10", _ISSUER) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "通过开展专项整治，可有效遏制非法营运行为。",
        "通过这种方式，既能减轻企业负担，又能保障工人权益。",
        "通过引进社会资本，建设一批公共停车场。",
    ],
)
def test_a_means_with_no_result_reports_no_effect(sentence):
    assert kinds_of(sentence, (), 2024, "2024-06-10", _ISSUER) is None


_LETTER = (
    "某某县农业农村局关于县十八届人大一次会议第22号建议的答复\n王明代表：\n"
    "您提出的建议收悉，现答复如下：\n今年我局新建日光温室120座。\n感谢您的关心和支持。\n"
)


@pytest.mark.parametrize(
    ("tail", "signer"),
    [
        ("某某县农业农村局\n党组书记、局长：王立新\n2022年7月7日", "王立新"),
        ("某某县农业农村局\n代局长：王立新\n2022年7月7日", "王立新"),
        ("某某县农业农村局\n2022年7月7日\n联系人：张三\n主任：李娜", None),
    ],
)
def test_the_head_signs_and_an_office_director_does_not(tail, signer):
    letter = parse_letter(_LETTER + tail, source="t.txt")
    assert letter.signer == signer
    assert letter.date_signed == "2022-07-07"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("提案人想知道新建了多少座公厕，答复里有没有说？", "count"),
        ("代表建议的那个项目投资了多少钱，落实了吗？", "count"),
        ("代表提出修的那条路有多少公里，修好了没有？", "count"),
    ],
)
def test_a_figure_wanted_or_of_what_was_proposed_is_still_asked(question, kind):
    assert asks_for(question).kind == kind


@pytest.mark.parametrize("word", ["dialogue", "timbre", "rogue"])
def test_a_headword_that_only_looks_british_stays(word):
    assert english_words(f"the {word}") == [word]


def test_an_offices_station_before_a_town_names_no_place():
    assert places_of("某某县气象站某某镇观测点") == ["某某县"]
