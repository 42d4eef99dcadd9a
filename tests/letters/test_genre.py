"""The genre table: numerals, headings, kinds, width, and the frame sentences of a letter."""

from __future__ import annotations

import pytest

from rag.letters.genre import (
    CLOSING,
    CONTACT,
    OPENING_END,
    OPENING_START,
    PROPOSAL_NO,
    SALUTATION,
    SESSION,
    SIGN_OFF_LABEL,
    cn_digit,
    cn_number,
    halfwidth,
    heading_number,
    heading_rank,
    kind_in_title,
    strip_numbering,
)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("一", 1), ("九", 9), ("十", 10), ("十二", 12), ("二十", 20), ("三十一", 31),
        ("九十九", 99), ("两", 2), ("12", 12), ("１２", 12), (" 三 ", 3),
    ],
)  # fmt: skip
def test_cn_number_reads_small_numbers_as_letters_write_them(text: str, number: int) -> None:
    assert cn_number(text) == number


@pytest.mark.parametrize("text", ["", "十十", "一二", "三五", "一十十", "十一十", "百", "x"])
def test_cn_number_is_none_for_what_is_not_a_number(text: str) -> None:
    assert cn_number(text) is None


def test_cn_digit_reads_every_zero_a_year_is_written_with() -> None:
    assert [cn_digit(c) for c in "二〇二四"] == [2, 0, 2, 4]
    assert {cn_digit(c) for c in "〇○OoО零"} == {0}
    assert cn_digit("十") is None and cn_digit("a") is None


@pytest.mark.parametrize(
    ("line", "rank"),
    [
        ("一、工作开展情况", 1), ("十二、其他", 1), ("(一)实施行动。", 2), ("（四）培育", 2),
        ("1.加强政策", 3), ("1、加强政策", 3), ("１．加强", 3), ("1.2023年起", 3),
        ("(1)完善", 4), ("（２）完善", 4), ("一是培育壮大", 5), ("二是加强", 5),
        ("一、二季度完成", None), ("1.5亿元已下达", None), ("我局将", None), ("", None),
    ],
)  # fmt: skip
def test_heading_rank(line: str, rank: int | None) -> None:
    assert heading_rank(line) == rank


@pytest.mark.parametrize(
    ("heading", "words"),
    [
        ("二、下一步工作重点", "下一步工作重点"),
        ("(四)培育壮大科技服务业人才队伍。", "培育壮大科技服务业人才队伍"),
        ("（一）实施行动", "实施行动"),
        ("3. 加强政策", "加强政策"),
        ("一是培育壮大", "培育壮大"),
        ("工作开展情况", "工作开展情况"),
    ],
)
def test_strip_numbering_leaves_the_words(heading: str, words: str) -> None:
    assert strip_numbering(heading) == words


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("一、工作开展情况", 1),
        ("（三）加强宣传", 3),
        ("2.增设站点", 2),
        ("１０、其他", 10),
        ("四是强化监管", 4),
        ("(12)附件", 12),
        ("目前主要有以下方式", None),
    ],
)
def test_the_number_a_heading_or_an_item_opens_with(line: str, number: int | None) -> None:
    assert heading_number(line) == number


def test_kind_in_title() -> None:
    assert kind_in_title("重庆市民政局关于市人大第182号建议的答复") == "建议"
    assert kind_in_title("关于市政协六届二次会议第0798号提案答复的函") == "提案"
    assert kind_in_title("关于加强养老服务建议的答复") is None  # no number: not stated
    assert kind_in_title(None) is None


def test_halfwidth_folds_full_width_forms() -> None:
    assert halfwidth("第０７９８号（Ａ类）：") == "第0798号(A类):"
    assert halfwidth("人才评价") == "人才评价"


def test_frame_patterns_find_the_frame_of_the_reference_letter() -> None:
    opening = (
        "您提出的《关于…的提案》(第0798号)收悉,经与市人力社保局等协办单位共同研究办理,现答复如下。"
    )
    assert SALUTATION.match("王晓颖委员:") and SALUTATION.match("尊敬的李明代表：")
    assert not SALUTATION.match("现答复如下:")
    assert OPENING_START.search(opening) and OPENING_END.search(opening)
    for closing in (
        "此答复函已经明炬局长审签。",
        "此致",
        "敬礼",
        "特此函复。",
        "感谢您对我们工作的支持。",
    ):
        assert CLOSING.match(closing), closing
    assert not CLOSING.match("我局将继续支持。")
    assert CONTACT.match("联系人：张三") and CONTACT.match("（联系电话：023-1234）")
    number = PROPOSAL_NO.search("关于市人大第182号建议的答复")
    assert number and (number.group("no"), number.group("kind")) == ("182", "建议")
    session = SESSION.search("重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函")
    assert session and session.group() == "市政协六届二次会议"


def test_frame_patterns_of_the_sign_off_in_real_letters() -> None:
    for contact in ("承办人及联系电话:李芳莉 1897", "联系人及电话:骆永仙", "人:黎浩", "联系电话;131", "邮政编码:400711", "(联系单位:某局,联系人:李)"):  # fmt: skip
        assert CONTACT.match(contact), contact
    assert not CONTACT.match("人民群众满意。")
    for label in (
        "签 发 人:伏瑞峰",
        "主管领导:刘**",
        "领导签字:",
        "领导签批：刘建平",
        "签批人：刘建平",
    ):
        assert SIGN_OFF_LABEL.match(label), label
    for closing in ("此复函已经我局余兵局长审签。", "特此回复。", "特此说明", "(依申请公开)", "(此件公开发布)"):  # fmt: skip
        assert CLOSING.match(closing), closing
    number = PROPOSAL_NO.search("关于省十三届人大一次会议第1235号代表建议答复的函")
    assert number and (number.group("no"), number.group("kind")) == ("1235", "建议")
    assert not PROPOSAL_NO.search("第123456789号")  # more than 8 digits is no proposal number
