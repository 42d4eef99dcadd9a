"""What a page prints under a letter's signing date (its buttons, an attachment list, a
审签 note and a 抄送 line, the proposal appended as a card) is the page's tail: the sign-off
above it still gives the issuer and the date, and the tail is no part of the reply's body.
The letters are made up."""

from __future__ import annotations

import pytest

from rag.letters.parse import parse_letter

BODY = [
    "关于县政协十届二次会议第12号提案的答复",
    "刘强委员：",
    "您提出的《关于加强农村供水保障的提案》收悉。现答复如下：",
    "今年我局新建农村供水工程8处，受益人口2.1万人。",
    "感谢您对水利工作的关心和支持。",
    "某某县水利局",
    "2023年7月18日",
]


@pytest.mark.parametrize(
    "tail",
    [
        ["打印", "分享", "返回列表"],
        ["附件：1.提案办理情况征询意见表", "2.2023年农村供水工程建设项目清单"],
        ["（本件经局长王文涛审签）", "抄送：县政协提案委员会，县政府办公室。"],
        ["附：提案原文", "案由：关于加强农村供水保障的提案", "提案人：刘强", "附议人：张明、李红"],
        ["×"],
        # a second contact under the first, its unit and person before the 电话 label
        ["联系人：县水利局　王文涛　电话：0816-1234567", "县财政局　　　李红　电话：0816-7654321"],
    ],
)
def test_the_sign_off_is_read_above_the_pages_tail(tail) -> None:
    letter = parse_letter("\n".join(BODY + tail), source="water.txt")
    assert letter.issuer == "某某县水利局"
    assert letter.date_signed == "2023-07-18"
    body = "".join(s.text for s in letter.sections if s.part == "body")
    assert "受益人口2.1万人" in body
    assert not any(line in body for line in tail)


def test_a_letter_that_goes_on_after_a_dated_line_is_not_cut() -> None:
    # a date standing alone mid-letter, followed by a paragraph of the reply
    lines = BODY[:3] + [
        "2023年3月1日",
        "我局组织专家赴现场调研，确定了改造方案，计划年内完成管网延伸工程12公里，解决3个村的饮水问题。",
        "某某县水利局",
        "2023年7月18日",
    ]
    letter = parse_letter("\n".join(lines), source="water.txt")
    body = "".join(s.text for s in letter.sections if s.part == "body")
    assert "管网延伸工程12公里" in body
    assert letter.date_signed == "2023-07-18"


def test_a_tail_label_of_eight_characters_and_a_date_alone_still_sign_off() -> None:
    # no name over the date (the stamp was lost), `承办人及联系电话：` and a QR prompt under it
    lines = [
        *BODY[:5],
        "2023年7月18日",
        "承办负责人：王文",
        "承办人及联系电话：李红 0731-2345678",
        "扫码关注",
    ]
    letter = parse_letter("\n".join(lines), source="water.txt")
    assert letter.date_signed == "2023-07-18"
    assert "承办人及联系电话" not in "".join(s.text for s in letter.sections if s.part == "body")


NEXT_LETTER = [
    "上一篇：关于县政协十届二次会议第11号提案的答复",
    "下一篇：关于县政协十届二次会议第13号提案的答复",
    "索引号：11411100MB0/2023-00214  发布机构：某某县水利局",
    "发布日期：2023-08-03  文号：某水函〔2023〕61号",
    "关于县政协十届二次会议第13号提案的答复",
    "苏",
]
RELATED_NEWS = [
    "相关新闻：",
    "- 我局召开汛期安全生产会议2023-07-26",
    "- 县水利局开展河湖巡查2023-07-25",
]
# the page prints the letter again, cut short
REPRINT = ["标题：关于县政协十届二次会议第12号提案的答复，", "正文：", *BODY[1:3], BODY[3][:10]]


@pytest.mark.parametrize("after", [NEXT_LETTER, RELATED_NEWS, REPRINT])
def test_what_follows_the_links_to_other_pages_or_a_second_printing_is_no_part_of_the_letter(
    after,
) -> None:
    letter = parse_letter("\n".join(BODY + after), source="water.txt")
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-07-18")
    assert letter.proposers == ("刘强",)
    assert letter.doc_number is None  # the next letter's number is not this one's
    text = "".join(s.text for s in letter.sections)
    assert "第13号" not in text and "河湖巡查" not in text
    assert text.count("受益人口") == 1 and text.count("刘强委员") == 1


def test_links_to_other_letters_above_the_letter_end_nothing() -> None:
    # a page's links printed above the letter: no signing date stands above them yet
    letter = parse_letter("\n".join([NEXT_LETTER[0], *BODY]), source="water.txt")
    assert letter.date_signed == "2023-07-18"
    assert "受益人口2.1万人" in "".join(s.text for s in letter.sections if s.part == "body")


def test_thanks_to_you_in_the_plain_form_is_the_closing_not_the_body() -> None:
    lines = [*BODY[:4], "感谢你们对水利工作的关心和支持！", *BODY[5:]]
    letter = parse_letter("\n".join(lines), source="water.txt")
    closing = [s.text for s in letter.sections if s.part == "closing"]
    assert closing == ["感谢你们对水利工作的关心和支持！"]


def test_a_sidebar_of_dated_links_above_the_letter_leaves_it_whole() -> None:
    sidebar = ["最新信息", "关于做好2021年防汛工作的通知 2021-08-18", "热点信息", "更多信息"]
    letter = parse_letter("\n".join(sidebar + BODY), source="water.txt")
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-07-18")
    assert "受益人口2.1万人" in "".join(s.text for s in letter.sections if s.part == "body")


def test_an_opinion_appended_to_the_same_deputy_is_no_second_printing() -> None:
    opinion = [
        BODY[1],
        "县财政局会同我局研究，今年安排农村供水配套资金150万元。",
        "某某县财政局",
        "2023年7月10日",
    ]
    letter = parse_letter("\n".join(BODY + opinion), source="water.txt")
    assert "配套资金150万元" in "".join(s.text for s in letter.sections)


def test_thanks_that_open_a_paragraph_of_the_reply_are_body() -> None:
    lines = [*BODY[:4], "感谢你们的建议，经研究，我局决定明年再投入资金80万元。", *BODY[4:]]
    letter = parse_letter("\n".join(lines), source="water.txt")
    body = "".join(s.text for s in letter.sections if s.part == "body")
    assert "再投入资金80万元" in body
