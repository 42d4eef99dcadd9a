"""Web copies met on made_up/fields17: a breadcrumb printed inside a wrapped title, the
portal's name over a title that opens with its own issuer, a `文件信息` block under the
letter that prints the document number, and a portal forwarding the reply (`…转：`) above
its title.  The letters here are made up."""

from __future__ import annotations

from rag.letters.parse import parse_letter
from rag.models import Letter

_BODY = (
    "李明代表：",
    "您提出的《关于增设公交站点的建议》收悉，现答复如下：",
    "我局已增设站点3处。",
)


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


def test_a_breadcrumb_inside_a_wrapped_title_is_left_out_of_it():
    letter = _letter(
        "某某县交通运输局关于县十七届人大",
        "当前位置：首页 > 政务公开 > 建议提案办理",
        "四次会议第15号建议的答复",
        "发布日期：2019-06-25",
        *_BODY,
    )
    assert letter.title == "某某县交通运输局关于县十七届人大四次会议第15号建议的答复"
    assert (letter.proposal_no, letter.date_published) == ("15", "2019-06-25")


def test_the_portals_name_over_a_title_with_its_own_issuer_is_no_part_of_it():
    letter = _letter(
        "剑河县人民政府",
        "剑河县农业农村局关于县十八届人大三次会议第0078号建议的答复",
        *_BODY,
    )
    assert letter.title == "剑河县农业农村局关于县十八届人大三次会议第0078号建议的答复"
    # …while a unit over a title that opens with 关于 is the title's start
    letter = _letter("剑河县农业农村局", "关于县十八届人大三次会议第0078号建议的答复", *_BODY)
    assert letter.title == "剑河县农业农村局关于县十八届人大三次会议第0078号建议的答复"


def test_a_file_block_under_the_letter_gives_its_number_and_page_date():
    letter = _letter(
        "某某旗林业和草原局关于旗十七届人大四次会议第27号建议的答复",
        *_BODY,
        "某某旗林业和草原局",
        "2021年7月9日",
        "抄送：旗人大常委会人事代表工作委员会",
        "文件信息",
        "索引号：1150626/2021-0318",
        "成文日期：2021-07-09",
        "发布日期：2021-07-16",
        "文号：乌林草字〔2021〕44号",
    )
    assert (letter.doc_number, letter.date_signed, letter.date_published) == (
        "乌林草字〔2021〕44号",
        "2021-07-09",
        "2021-07-16",
    )


def test_a_file_block_under_the_letter_gives_the_signer_beside_its_number():
    # made_up/fields21 f21-31 (and f21-04 in traditional characters): the block's number
    # line names who signed the reply off
    letter = _letter(
        "某某县交通运输局关于县十八届人大四次会议第31号建议的答复",
        *_BODY,
        "某某县交通运输局",
        "2024年6月14日",
        "文件信息",
        "发文字号：某交函〔2024〕15号　　签 发 人：龙宏伟",
        "成文日期：2024年6月14日　　　　发布日期：2024年6月20日",
    )
    assert (letter.doc_number, letter.signer) == ("某交函〔2024〕15号", "龙宏伟")
    assert letter.date_published == "2024-06-20"
    # …its post before the name is none of it; a 签发人 line of the letter's own comes first
    for line, signer in (("", "李明"), ("签发人：张强", "张强")):
        letter = _letter(
            "某某县交通运输局关于县十八届人大四次会议第31号建议的答复",
            *_BODY,
            "某某县交通运输局",
            "2024年6月14日",
            *([line] if line else []),
            "文件信息",
            "发文字号：某交函〔2024〕15号　签发人：局长李明",
            "发布日期：2024-06-20",
        )
        assert letter.signer == signer


def test_a_portal_forwarding_the_reply_is_no_salutation():
    letter = _letter(
        "某某县人大常委会选举任免联络工作委员会转：",
        "某某县水利局关于县十六届人大二次会议第26号建议的答复",
        "发布时间：2022-08-16　　来源：人大选联工委",
        *_BODY,
    )
    assert letter.title == "某某县水利局关于县十六届人大二次会议第26号建议的答复"
    assert (letter.date_published, letter.proposers) == ("2022-08-16", ("李明",))
