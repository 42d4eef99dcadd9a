"""Web copies met on made_up/fields22 (and fields21): a congress site's breadcrumb with no
首页 in it (`某某县人大常委会 > 代表建议 > 办理答复`), a card's 承办单位 naming the lead unit and then the co-handlers
(`主办：A　协办：B、C`), a signing note naming a director of two-part name, and a sign-off
set in a closing table (`| 答复单位 | … |`, `| 答复日期 | … |`), the reply's issuer and the date it
was signed.  The letters here
are made up."""

from __future__ import annotations

from rag.letters.furniture import is_furniture
from rag.letters.parse import parse_letter
from rag.models import Letter

_BODY = (
    "李明代表：",
    "您提出的《关于增设公交站点的建议》收悉，现答复如下：",
    "我局已增设站点3处，下一步将优化线路。",
)


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


def test_a_congress_sites_breadcrumb_is_furniture():
    assert is_furniture("某某县人大常委会 > 代表建议 > 办理答复")
    letter = _letter(
        "某某县人大常委会 > 代表建议 > 办理答复",
        "某某县交通运输局关于县十九届人大二次会议第58号建议的答复",
        *_BODY,
        "某某县交通运输局",
        "2023年7月28日",
    )
    assert letter.title == "某某县交通运输局关于县十九届人大二次会议第58号建议的答复"
    assert not is_furniture("企业申报 > 部门审核 > 公示")  # (a flow the letter describes)


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


def test_a_signing_note_names_a_director_of_two_part_name():
    letter = _letter(
        "某某县水利局关于县十八届人大五次会议第32号建议的答复",
        *_BODY,
        "本答复经局长艾尔肯·吐尔逊审签。",
        "某某县水利局",
        "2025年6月11日",
    )
    assert letter.signer == "艾尔肯·吐尔逊"


def test_a_closing_tables_reply_date_is_the_date_signed():
    letter = _letter(
        "关于县十八届人大四次会议第12号建议的答复",
        "发布时间：2023-07-13 09:20:11",
        *_BODY,
        "感谢您对交通工作的关心和支持。",
        "| 答复单位 | 某某县交通运输局（盖章） |",
        "| 签发人 | 王强 | 答复日期 | 2023年7月6日 |",
    )
    assert (letter.issuer, letter.date_signed) == ("某某县交通运输局", "2023-07-06")
    assert (letter.signer, letter.date_published) == ("王强", "2023-07-13")
