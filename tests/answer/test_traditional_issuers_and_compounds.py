"""Two readings a fresh set (made_up/qa26) showed wrong: a traditional-character letter's
issuer (績溪縣…) is the place a question names in simplified characters (绩溪), as its text
is; and "daily-use" is an adjective, not a rate asked per day.  Every question and sentence
here is made up."""

from __future__ import annotations

from rag.answer.asks import asks_for
from rag.answer.extractive import answer_extractive
from rag.models import Passage


def _passage(text: str, issuer: str, title: str) -> Passage:
    return Passage(
        chunk_id="c0",
        letter_id="jx",
        source="jx-22.txt",
        title=title,
        issuer=issuer,
        doc_number=None,
        proposal_no="22",
        section="一、基本情况",
        text=text,
        score=0.9,
    )


# The store holds a traditional letter's text in simplified characters; its title and
# issuer are as printed.
TEXT = (
    "东坳是宣纸的主要产地之一。目前全县共有宣纸生产企业和作坊11家，"
    "从业人员约430人，2016年生产各类宣纸约180吨。"
)


def test_a_traditional_issuer_names_the_place_a_question_asks_about():
    printed = _passage(TEXT, "東坳縣經濟和信息化委員會", "關於縣人大二次會議第22號建議的答復")
    answer = answer_extractive("东坳县现在有几家做宣纸的？", [printed])
    assert not answer.refused and "11家" in answer.text
    # the citation still names the issuer as printed
    assert answer.citations[0].issuer == "東坳縣經濟和信息化委員會"
    # a letter printed in simplified characters reads the same
    plain = _passage(TEXT, "东坳县经济和信息化委员会", "关于县人大二次会议第22号建议的答复")
    assert "11家" in answer_extractive("东坳县现在有几家做宣纸的？", [plain]).text


def test_daily_use_is_no_daily_rate():
    sentence = "目前全市共有日用陶瓷生产企业54家，2020年生产日用陶瓷约32亿件。"
    asks = asks_for("How many daily-use ceramics makers does Dongao have?")
    assert asks.period is None and asks.answered_by(sentence)
    # a rate asked daily still is one
    assert asks_for("How many pieces does the city make daily?").period == "日"


def test_a_trade_volume_asked_with_a_verb_is_a_sum_earned_not_spent():
    sentence = "东坳镇农产品交易市场2023年完成改造，入驻经营户320户，全年交易额约19亿元；"
    assert asks_for("东坳镇那个市场一年成交多少钱？").answered_by(sentence)
    assert asks_for("东坳镇那个市场一年销售多少钱的货？").answered_by(sentence)
    # a sum spent is still not a trade volume
    assert not asks_for("东坳镇那个市场改造花了多少钱？").answered_by(sentence)


def test_a_trade_named_in_a_noun_asks_no_trade_volume():
    # 交易中心 names a place; its investment is a sum spent, which no output value answers
    asks = asks_for("东坳县茶叶交易中心项目总投资是多少？")
    assert not asks.answered_by("全年茶叶总产量1.12万吨，涉茶产值18.5亿元。")
