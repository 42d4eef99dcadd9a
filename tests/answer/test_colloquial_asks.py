"""How people ask in speech and how letters state: "一亩地补多少钱" is 每亩, a figure for
a place below the letter's own names it, and a count's noun may be written with a word of
the same meaning.  Every question and sentence
here is made up."""

from __future__ import annotations

from dataclasses import replace

from rag.answer.asks import asks_for
from rag.answer.extractive import answer_extractive
from rag.answer.terms import content_terms
from rag.models import Passage


def _passage(text: str, issuer: str = "青禾县农业农村局", chunk: str = "c0") -> Passage:
    return Passage(
        chunk_id=chunk,
        letter_id="qh",
        source="qh-nyj-45.txt",
        title="关于县政协八届二次会议第45号提案的答复",
        issuer=issuer,
        doc_number=None,
        proposal_no="45",
        section="",
        text=text,
        score=0.9,
    )


def test_yi_before_a_measure_word_asks_a_rate_as_mei_does():
    assert "每亩" in content_terms("一亩地补多少钱？")
    asks = asks_for("新栽的茶园一亩地补多少钱？")
    assert asks.answered_by("对新栽茶园每亩补助300元。")
    assert not asks.answered_by("县财政安排茶园建设资金200万元。")
    assert not asks.answered_by("对示范村每村补助30万元。")  # a rate of another unit
    # a price is a rate: "坐一趟多少钱" is answered by the fare
    assert asks_for("到县城的公交坐一趟多少钱？").answered_by("全程票价8元。")
    # not a lump sum, not the first one
    assert "一次性" in content_terms("一次性补助多少钱？")
    assert asks_for("一次性补助多少钱？").answered_by("给予一次性建设补助5万元。")
    assert "每个" not in content_terms("第一个项目投资多少？")


def test_a_figure_for_a_place_below_the_letters_own_names_that_place():
    total = _passage("全市已完成尾水治理3.1万亩。", issuer="安平市农业农村局")
    pilot = _passage("我局正在青禾县探索连片治理模式。", issuer="安平市农业农村局", chunk="c1")
    assert answer_extractive("青禾县完成了多少亩尾水治理？", [total, pilot]).refused
    named = replace(pilot, text="青禾县已完成尾水治理0.8万亩。")
    answer = answer_extractive("青禾县完成了多少亩尾水治理？", [total, named])
    assert not answer.refused and "0.8万亩" in answer.text


def test_a_kind_of_place_is_no_place_below_the_letters_own():
    market = _passage(
        "目前夜市共有经营摊位286个，营业时间为每日18时至次日1时。", issuer="安平市青禾区商务局"
    )
    named = replace(market, text="青禾古镇夜市是我区夜间经济的重要载体。", chunk_id="c1")
    answer = answer_extractive("青禾古镇夜市晚上营业到几点？", [named, market])
    assert not answer.refused and "次日1时" in answer.text


def test_speechs_fang_is_the_letters_cubic_metre():
    assert "每立方米" in content_terms("农村用自来水，一方水多少钱？")


def test_what_a_count_counts_may_be_written_with_a_word_of_the_same_meaning():
    asks = asks_for("那场冻害过后惠及多少户果农？")
    assert asks.answered_by("全市柑橘保险共支付赔款1860万元，受益农户1.2万户。")
    assert not asks.answered_by("全市共建成冷库1.2万座。")


def test_pay_asked_in_english_is_an_amount_of_money():
    asks = asks_for(
        "How much is each waste-sorting instructor in the pilot villages paid per month?"
    )
    assert not asks.answered_by("指导员每人每月入户不少于40户。")
    assert asks.answered_by("指导员每人每月补贴800元。")
    # a compound naming the topic is no price asked
    assert (
        asks_for("Where is the target-price insurance piloted, and on how large an area?").units
        is None
    )


def test_one_thing_asked_with_yi_ge_is_its_total_and_a_bureau_is_a_body():
    assert asks_for("新建一个养老服务中心花了多少钱？").answered_by("中心总投资500万元。")
    asks = asks_for("这项工作由哪个机构负责？")
    assert asks.answered_by("由县发改委牵头负责。")
    assert not asks.answered_by("由相关部门负责。")
