"""Which sentences an offline answer quotes: the letter asked about and not its
neighbour's, the reply where a receipt runs into it, the short sentence that completes a
quoted one, and not a sentence that only shares a question word with the question."""

from __future__ import annotations

from rag.answer.extractive import answer_extractive
from rag.models import Passage


def _passage(letter: str, n: int, text: str, score: float) -> Passage:
    return Passage(
        chunk_id=f"{letter}-{n}",
        letter_id=letter,
        source=f"{letter}.txt",
        title=f"关于第{n + 10}号建议的答复",
        issuer=f"{letter}交通局",
        doc_number=None,
        proposal_no=str(n + 10),
        section="",
        text=text,
        score=score,
    )


def test_a_question_about_one_letter_does_not_quote_a_neighbouring_letters_dates():
    road = _passage(
        "town",
        1,
        "该段公路改造拓宽工作已全面启动,由市交投集团承接修建。"
        "预计年底该段公路可完成改造拓宽,解决群众出行难题。",
        0.8,
    )
    other = _passage(
        "county", 2, "2018年末,全县农村公路共390条2576公里,2019年新改建公路120公里。", 0.5
    )
    answer = answer_extractive("大桥到熊岭的公路改造预计什么时候完工？", [road, other])
    assert not answer.refused and "年底" in answer.text
    assert {c.letter_id for c in answer.citations} == {"town"}


def test_a_reply_run_into_the_receipt_is_quoted_and_the_receipt_is_not():
    letter = _passage(
        "city",
        1,
        "关于您提出的《生活垃圾影响市容市貌》的提案已收悉,现将办理情况答复如下"
        "对于提案中“取消地面垃圾箱”的建议,作为市容管理部门,我们非常赞成!"
        "目前全市共有地埋式垃圾箱65个。",
        0.8,
    )
    answer = answer_extractive("对取消地面垃圾箱的建议，市里持什么态度？", [letter])
    assert "非常赞成" in answer.text
    assert all("收悉" not in c.quote for c in answer.citations)


def test_the_short_sentence_that_completes_a_quote_is_quoted_with_it():
    letter = _passage(
        "city",
        1,
        "三是支持社会力量进入养老服务市场。采取“一企一策”招商优惠政策,引进知名企业发展康养产业。"
        "如青山康养小镇项目。\n四是落实招商引资奖励政策,吸引知名康养企业投资。",
        0.8,
    )
    answer = answer_extractive("吸引知名康养企业用了什么招商办法？", [letter])
    assert "一企一策" in answer.text and "青山康养小镇" in answer.text
    example = next(c for c in answer.citations if "青山康养小镇" in c.quote)
    assert "一企一策" in example.quote  # quoted with the sentence it completes


def test_a_word_inside_next_step_is_not_a_topic_of_the_question():
    # "下一步" asks about plans; "进一步" shares only its characters, not its meaning.
    vague = _passage("city", 1, "进一步深化改革,进一步优化服务,进一步提升效能。", 0.9)
    talent = _passage("city", 2, "将组织开展职称评审,完善人才评价机制。", 0.7)
    answer = answer_extractive("下一步在人才评价方面会做什么？", [vague, talent])
    assert "人才评价" in answer.text and "深化改革" not in answer.text
