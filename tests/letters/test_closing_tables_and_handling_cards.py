"""Web copies met on made_up/fields22 (and fields21): a congress site's breadcrumb with no
首页 in it (`某某县人大常委会 > 代表建议 > 办理答复`) is no title, though a flow the letter
describes in the same shape stays in it; a card naming the lead unit and then the
co-handlers (`承办单位：主办：A　协办：B、C`); a signing note naming a director of two-part
name, the post before or after it.  The letters here are made up."""

from __future__ import annotations

from rag.letters.parse import parse_letter
from rag.models import Letter

_BODY = (
    "李明代表：",
    "您提出的《关于增设公交站点的建议》收悉，现答复如下：",
    "我局已增设站点3处，下一步将优化线路。",
)


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


def test_a_congress_sites_breadcrumb_is_no_title():
    letter = _letter(
        "某某县人大常委会 > 代表建议 > 办理答复",
        "某某县交通运输局关于县十九届人大二次会议第58号建议的答复",
        *_BODY,
        "某某县交通运输局",
        "2023年7月28日",
    )
    assert letter.title == "某某县交通运输局关于县十九届人大二次会议第58号建议的答复"


def test_a_flow_the_letter_describes_stays_in_it():
    # (the review: a body's `县人大常委会 > 县政府督查室 > 承办单位 > 代表` is no breadcrumb)
    letter = _letter(
        "某某县交通运输局关于县十九届人大二次会议第58号建议的答复",
        *_BODY,
        "建议按以下程序办理：",
        "县人大常委会 > 县政府督查室 > 承办单位 > 代表",
        "某某县交通运输局",
        "2023年7月28日",
    )
    assert "县人大常委会 > 县政府督查室 > 承办单位 > 代表" in letter.body


def test_a_handling_card_names_the_co_handlers_after_the_lead_unit():
    letter = _letter(
        "某某县卫生健康委员会对县政协十二届二次会议第147号提案的答复",
        "提案提出者：李明　　提案号：第147号",
        "承办单位：主办：某某县卫生健康委员会　协办：县医疗保障局、县财政局",
        *_BODY,
        "某某县卫生健康委员会",
        "2023年7月12日",
    )
    assert letter.co_handlers == ("县医疗保障局", "县财政局")
    letter = _letter(
        "某某县卫生健康委员会对县政协十二届二次会议第147号提案的答复",
        "主办：某某县卫生健康委员会　协办：县财政局　会办：县水务局",
        *_BODY,
        "某某县卫生健康委员会",
        "2023年7月12日",
    )
    assert letter.co_handlers == ("县财政局", "县水务局")


def test_a_signing_note_names_a_director_of_two_part_name():
    for note in (
        "本答复经局长艾尔肯·吐尔逊审签。",
        "本答复经艾尔肯·吐尔逊局长审签。",  # (the post after the name is no part of it)
    ):
        letter = _letter(
            "某某县水利局关于县十八届人大五次会议第32号建议的答复",
            *_BODY,
            note,
            "某某县水利局",
            "2025年6月11日",
        )
        assert letter.signer == "艾尔肯·吐尔逊", note
