"""Web copies of reply letters in layouts met on made_up/fields5 (pages written in real
portals' layouts): labels over their values with a colon, footers after the sign-off, a
sign-off run into a contact line, a portal banner over a bureau's letter, a fuller title
under the page's heading, a letter set in a table. Every letter here is made up."""

from __future__ import annotations

import pytest

from rag.letters.furniture import is_furniture
from rag.letters.parse import parse_letter
from rag.models import Letter


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


_TITLE = "某某县水利局关于县十八届人大二次会议第31号建议的答复"
_REPLY = ("李明代表：", "您提出的建议收悉，现答复如下：", "我局已新建蓄水池3座。")
_SIGN_OFF = ("某某县水利局", "2023年6月12日")


def test_labels_over_their_values_with_a_colon_are_metadata_not_a_salutation() -> None:
    letter = _letter(
        "索引号：",
        "FORESTRY-2024-04126",
        "信息所属单位：",
        "生态保护修复司",
        "发布日期：",
        "2024-08-02",
        "文号：",
        "林函护字〔2024〕97号",
        _TITLE,
        *_REPLY,
        *_SIGN_OFF,
    )
    assert letter.title == _TITLE
    assert letter.proposers == ("李明",)
    assert (letter.doc_number, letter.date_published) == ("林函护字〔2024〕97号", "2024-08-02")


def test_bulleted_labels_over_bulleted_values() -> None:
    letter = _letter(
        "• 文 号:", "• 某水〔2024〕63号", "• 成文日期:", "• 2024-06-19", _TITLE, *_REPLY
    )
    assert (letter.doc_number, letter.date_published) == ("某水〔2024〕63号", "2024-06-19")


def test_a_bulleted_card_with_each_value_under_its_label() -> None:
    # 公文名称 names the title; 实施日期 and 废止日期 print no value and are dropped
    letter = _letter(
        "  • 公文名称：",
        "    某某县水利局关于县十八届人大二次会议第31号建议的答复",
        "  • 文  号：",
        "    某水〔2024〕63号",
        "  • 实施日期：",
        "  • 发文日期：",
        "    2024-06-19",
        "  • 废止日期：",
        *_REPLY,
        *_SIGN_OFF,
    )
    assert letter.doc_number == "某水〔2024〕63号"
    assert letter.proposers == ("李明",)
    assert "公文名称" not in letter.body and "废止日期" not in letter.body


def test_a_proposal_number_field_naming_the_proposal_in_full() -> None:
    letter = _letter(
        "建议号", "某县十六届人大四次会议第104号建议", "建议人", "宋长江", _TITLE, *_REPLY
    )
    assert letter.title == _TITLE
    assert (letter.proposal_no, letter.kind) == ("31", "建议")
    heading_only = _letter("建议号", "某县十六届人大四次会议第104号建议", *_REPLY)
    assert heading_only.proposal_no == "104" and heading_only.title is None


@pytest.mark.parametrize(
    "tail",
    [
        ("主管领导：赵德明", "经办人及联系电话：何静：0916—3918276", "主办：某某县人民政府办公室"),
        ("领导签批：赵德明", "承 办 人：何静", "联系方式：0916-3918276"),
        ("附件下载：", "扫一扫在手机上查看当前页面"),
        (
            "（此件公开发布）",
            "抄送：县人大代表工委。",
            "某某县水利局办公室" + " " * 40 + "2023年6月12日印发",
        ),
        ("抄报：县政协提案委",),
    ],
)
def test_what_a_page_prints_after_the_sign_off_leaves_it_whole(tail) -> None:
    letter = _letter(_TITLE, *_REPLY, *_SIGN_OFF, *tail)
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-06-12")


def test_a_sign_off_run_into_the_contact_line() -> None:
    letter = _letter(
        "关于县十八届人大二次会议第31号建议的答复",
        *_REPLY,
        "联系人姓名及电话：朴美兰 13943318624 某某县水利局 2023年8月14日",
    )
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-08-14")


def test_a_signer_run_into_the_date_line_and_one_named_by_the_note() -> None:
    letter = _letter(_TITLE, *_REPLY, "某某县水利局", "2023年7月18日　　签发人：黄德胜")
    assert (letter.signer, letter.date_signed) == ("黄德胜", "2023-07-18")
    noted = _letter(_TITLE, *_REPLY, "此复函已经我镇陈家明镇长审签。", *_SIGN_OFF)
    assert noted.signer == "陈家明"


def test_a_portal_banner_is_no_issuer_of_a_letter_that_speaks_as_another_body() -> None:
    lines = (
        "某某市某某区人民政府",
        "发布机构：区政府办公室",
        "关于区政协十五届二次会议第0087号提案的答复",
    )
    body = (
        "贾立新委员：",
        "您提出的提案收悉，我委高度重视，现答复如下：",
        "我委已出台扶持办法。",
        "2023年7月20日",
    )
    assert _letter(*lines, *body).issuer is None
    town = (
        "某某镇人民政府",
        "关于镇人大第5号建议的答复",
        "王芳代表：",
        "您的建议收悉，现答复如下：",
    )
    assert _letter(*town, "我镇已硬化道路2公里。", "2023年7月20日").issuer == "某某镇人民政府"


def test_the_letters_fuller_title_under_the_pages_heading() -> None:
    letter = _letter(
        "关于对区十八届人大三次会议第17号建议的答复",
        "【字体：大 中 小】　　分享到：",
        "某某区农业农村委员会关于对区十八届人大三次会议第17号建议的答复函",
        "某农函〔2024〕28号",
        *_REPLY,
    )
    assert letter.title == "某某区农业农村委员会关于对区十八届人大三次会议第17号建议的答复函"
    assert letter.proposers == ("李明",)
    assert is_furniture("【字体：大 中 小】　　分享到：")


def test_a_letter_set_in_a_table() -> None:
    letter = _letter(
        "成文日期: | 2024-06-20 | 有效性: |",
        _TITLE + " |",
        "||||||",
        "|",
        "李明代表: 您提出的建议收悉,现答复如下: 我局已新建蓄水池3座。",
        "某某县水利局 2024年6月3日 |",
        "||||||",
    )
    assert letter.title == _TITLE
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2024-06-03")


def test_no_break_spaces_are_spaces() -> None:
    letter = _letter("关于市五届人大五次会议第\xa091号建议的答复", *_REPLY)
    assert letter.title == "关于市五届人大五次会议第 91号建议的答复"


# -- what a reviewer's probes found the rules above must leave alone ---------------------


@pytest.mark.parametrize(
    "line",
    [
        "中共某某县委办公室　某某县人民政府办公室　2024年6月10日印发",
        "某某县水利局 办公室　2024年6月10日印发",
        "二〇二四年六月十日印发",
    ],
)
def test_a_printing_offices_line_after_the_sign_off(line) -> None:
    letter = _letter(_TITLE, *_REPLY, *_SIGN_OFF, line)
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-06-12")


@pytest.mark.parametrize("number", ["BH-037", "2024-056", "ZX2024-118"])
def test_a_proposal_number_under_its_label(number) -> None:
    assert _letter("提案编号：", number, *_REPLY).proposal_no == number


def test_a_meeting_signs_nothing_and_a_merged_office_may_be_the_issuer() -> None:
    note = "此答复已经我县县长办公会议审定。"
    assert _letter(_TITLE, *_REPLY, note, *_SIGN_OFF).signer is None
    merged = _letter(
        "来源：某某市住房和城乡建设局（市人民防空办公室）",
        "关于第5号建议的答复",
        *_REPLY[:2],
        "我局已改造老旧小区12个。",
        "2023年6月12日",
    )
    assert merged.issuer == "某某市住房和城乡建设局（市人民防空办公室）"


@pytest.mark.parametrize(
    "line",
    [
        "来源:县政府办2023-06-15 浏览量:",  # the page's date run into its source
        "來源:縣政府辦2023-06-15 瀏覽量:",  # …on a traditional-character page
        "来源于： 某某县人民政府 发布时间：2023-06-15 11:05 发布人：某某县水利局",
    ],
)
def test_the_pages_date_beside_its_source_is_the_publishing_date(line) -> None:
    letter = _letter(_TITLE, line, *_REPLY, "感谢您对水利工作的关心和支持。", *_SIGN_OFF)
    assert letter.date_published == "2023-06-15"
    assert letter.date_signed == "2023-06-12"
    assert letter.issuer == "某某县水利局"  # a source is never the issuer


@pytest.mark.parametrize(
    ("title", "number", "doc"),
    [
        (
            "关于县十九届人大四次会议第2025B017号建议的答复",
            "2025B017",
            None,
        ),  # year, series, serial
        ("关于区政协三届四次会议第二十三号提案的答复", "23", None),  # in Chinese numerals
        ("关于区政协三届四次会议第0023号提案的答复", "0023", None),  # as printed, zeros kept
        ("关于县十六届人大四次会议第27号建议的答复[嵊交〔2019〕38号]", "27", "嵊交〔2019〕38号"),
    ],
)
def test_proposal_numbers_and_a_document_number_in_brackets_after_the_title(
    title, number, doc
) -> None:
    letter = _letter(title, *_REPLY, "感谢您对水利工作的关心和支持。", *_SIGN_OFF)
    assert letter.proposal_no == number
    assert letter.doc_number == doc
    assert letter.title == title.split("[")[0]


def test_a_chinese_numeral_number_counts_only_as_a_proposals() -> None:
    # 第六号台风 names a typhoon; the opening's 第0123号提案 is the proposal's number
    letter = _letter(
        "关于第六号台风灾后农田修复的提案的答复",
        "陈建平委员：",
        "您提出的第0123号提案收悉，现答复如下：",
        "我局已修复农田水利设施42处。",
        *_SIGN_OFF,
    )
    assert letter.proposal_no == "0123"
    assert _letter("关于县政协第一百二十三号提案的答复", *_REPLY, *_SIGN_OFF).proposal_no == "123"


def test_a_body_line_citing_a_document_number_in_brackets_stays_whole() -> None:
    line = "1.《某某县农村客运管理办法》（某政发〔2020〕8号）"
    letter = _letter(_TITLE, *_REPLY, line, *_SIGN_OFF)
    assert line in [s.text for s in letter.sections]
    assert letter.doc_number is None
