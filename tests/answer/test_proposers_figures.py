"""A figure in the proposer's words is what they asked for, not a fact the bureau states:
"你们建议由镇政府按每公斤1元的保护价收购" gives no purchase price.  Unless the question asks
about what they asked for.  Every question and sentence here is made up."""

from __future__ import annotations

from rag.answer.extractive import answer_extractive
from rag.answer.proposed import asks_proposed
from rag.models import Passage


def _passage(text: str) -> Passage:
    return Passage(
        chunk_id="c0",
        letter_id="ds",
        source="ds-5.txt",
        title="东坳镇人民政府关于镇人大第二次会议第5号建议的答复",
        issuer="东坳镇人民政府",
        doc_number=None,
        proposal_no="5",
        section="",
        text=text,
        score=0.9,
    )


LETTER = _passage(
    "你们建议由镇政府按每公斤1元的保护价收购农户滞销的马铃薯。"
    "镇政府财力有限，难以承担兜底收购，但将继续联系周边加工企业到镇设立收购点。"
)


def test_a_figure_the_proposer_asked_for_is_no_price_the_letter_states():
    assert answer_extractive("东坳镇的马铃薯今年收购价一公斤多少钱？", [LETTER]).refused
    # the bureau's own figure still answers
    stated = _passage("今年东坳镇马铃薯地头收购价稳定在每公斤1.2元左右。" + LETTER.text)
    answer = answer_extractive("东坳镇的马铃薯今年收购价一公斤多少钱？", [stated])
    assert not answer.refused and "1.2元" in answer.text


def test_a_question_about_what_the_proposer_asked_reads_their_words():
    assert asks_proposed("代表想让镇上按一公斤多少钱兜底收马铃薯？")
    assert asks_proposed("How much per kilogram did the deputies suggest the town pay?")
    assert not asks_proposed("东坳镇的马铃薯今年收购价一公斤多少钱？")
    answer = answer_extractive("代表建议镇里按一公斤多少钱兜底收马铃薯？", [LETTER])
    assert not answer.refused and "1元" in answer.text


def test_only_a_clause_the_proposer_opens_is_theirs():
    # the bureau taking up their suggestion states its own figures (a helper's review)
    taken = _passage("我镇已采纳您的建议安排资金50万元增设路灯120盏。")
    assert "120盏" in answer_extractive("东坳镇增设了多少盏路灯？", [taken]).text
    # another unit's figure the letter relays is still the letter's
    relayed = _passage("县财政局表示，将安排配套资金80万元用于该项目。")
    assert "80万元" in answer_extractive("县财政局安排多少配套资金？", [relayed]).text
    # their suggestion named before the bureau's answer is theirs
    named = _passage("您建议的每公斤1元的保护价，我镇已报县政府研究。")
    assert answer_extractive("东坳镇马铃薯保护价是每公斤多少钱？", [named]).refused
    # questions about the proposal in other words
    assert asks_proposed("提案中的保护价是每公斤多少？")
    assert asks_proposed("What guaranteed price did the suggestion ask for?")
    assert asks_proposed("他们要求设的贷款贴息基金是多少钱？")  # they: the proposers


def test_a_request_named_as_a_heading_names_it_is_theirs():
    # "关于县财政设立300万元…的建议" names what they asked for: no sum the letter states
    named = _passage(
        "东坳黑陶以本地黑土烧制，近年来已成为我县的一张文化名片。"
        "关于县财政设立300万元黑陶发展专项资金的建议。县财政今年已无预算空间。"
    )
    assert answer_extractive("东坳的黑陶花瓶一个卖多少钱？", [named]).refused
    assert "300万元" in answer_extractive("代表建议设立多少钱的专项资金？", [named]).text
