"""Counter-examples a review of session 39's changes found (old vs new code), each now held:
a verb-noun subject before 已 still reports; a lead-in with a figure or a deadline of its own
still promises; a follow-up naming another place (隔壁旗, 别的县, 市里) is a new question;
卖 that only says who or what asks no income; a question asking to know a share asks the
figure; a month's or a season's sales, a total or an adverb's 一 are no price of one; a
co-handler named short and in full is one; a sense that only mentions a thing ("parent or
guardian of a child") makes no kind of it; a school or hospital speaking of itself promises.
Every sentence here is made up."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from rag.answer.asks import asks_for
from rag.answer.commitments import kinds_of
from rag.answer.conversation import Resolved, leans_on
from rag.answer.heading_lines import lead_in
from rag.answer.per_unit import asks_per_unit


def _kinds(sentence: str, issuer: str = "某某县农业农村局") -> tuple[str, ...] | None:
    return kinds_of(sentence, ("二、下一步工作",), 2025, "2025-09-10", issuer)


@pytest.mark.parametrize(
    "sentence",
    [
        "今年计划实施的农村公路维修已完成80%。",
        "原定年底前开工的道路改造已完成招标。",
        "按计划年底前完成的维修已完成80%。",
    ],
)
def test_a_verb_noun_subject_before_already_still_reports(sentence):
    assert "action" in (_kinds(sentence) or ())


@pytest.mark.parametrize(
    "line",
    ["我局将于2025年底前完成以下3个村的道路硬化：", "下一步，我局将投入资金300万元实施以下项目："],
)
def test_a_lead_in_with_a_figure_or_deadline_of_its_own_is_an_item(line):
    assert not lead_in(line)


ANSWER = "根据第31号提案答复函，\n连续三年举办金桔采摘文化活动，2024年接待游客约38万人次。[1]"
LETTER = [SimpleNamespace(text="连续三年举办金桔采摘文化活动，2024年接待游客约38万人次。")]


@pytest.mark.parametrize(
    "question", ["隔壁旗去年接待了多少游客？", "别的县去年来了多少游客？", "市里去年来了多少游客？"]
)
def test_a_follow_up_naming_another_place_does_not_lean(question):
    carried = Resolved("上一问", letter_ids=("x",))
    assert not leans_on(question, [("上一问", ANSWER)], carried, {"x": LETTER}.__getitem__)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("卖粮食的农户每亩能得到多少补贴？", "种粮农户亩均收入增加120元。"),
        ("建设直播卖货基地投了多少钱？", "基地年销售额达800万元。"),
    ],
)
def test_sold_saying_only_who_or_what_asks_no_income(question, sentence):
    assert not asks_for(question).answered_by(sentence, "", 2025)


def test_asking_to_know_a_share_asks_the_figure():
    asks = asks_for("你知道农村医保的住院报销比例吗？")
    assert asks.kind == "count"
    assert not asks.answered_by("我局将积极研究提高报销比例。", "", 2025)


@pytest.mark.parametrize(
    "question",
    [
        "合作社的茶叶一个月能卖多少钱？",
        "一个旺季能卖多少钱？",
        "这些茶叶打包一起卖多少钱？",
        "一条街的商户总共卖多少钱？",
    ],
)
def test_a_periods_sales_a_total_or_an_adverb_is_no_price_of_one(question):
    assert not asks_per_unit(question)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("今年有多少名儿童接种了疫苗？", "组织家长培训1200人。"),
        ("全县有多少家酒店？", "全县共有商店860家。"),
    ],
)
def test_a_sense_that_only_mentions_a_thing_makes_no_kind_of_it(question, sentence):
    assert not asks_for(question).answered_by(sentence, "", 2025)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("医院将于年底前开设夜间门诊。", "某某县人民医院"),
        ("学校将于明年秋季前建成新食堂。", "某某县第一中学"),
        ("我校将于明年秋季前建成新食堂。", "某某县第一中学"),
    ],
)
def test_a_school_or_hospital_speaking_of_itself_promises(sentence, issuer):
    assert _kinds(sentence, issuer) == ("commitment",)
