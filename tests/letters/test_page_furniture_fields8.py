"""Web copies in layouts met on made_up/fields8: a site's login box, page numbers and an
HTML comment after the sign-off, a year written 二0一七, a contact label that names
several things, a banner's date line and accessibility modes, a 时效性 card, a deputies'
card with the 领衔 and 附议 deputies, where a member sits written between name and role,
another post before the signer's.  Every letter here is made up."""

from __future__ import annotations

import pytest

from rag.letters.furniture import is_furniture
from rag.letters.parse import parse_letter
from rag.models import Letter


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


_TITLE = "某某县林业局关于县政协十一届四次会议第83号提案的答复"
_REPLY = ("王明委员：", "您提出的提案收悉，现答复如下：", "我局已修建防火通道两条，总长约9公里。")


@pytest.mark.parametrize(
    "line",
    [
        "账号+密码登录",
        "还没有账号？",
        "立即注册",
        "— 2 —",
        "<!--EndFragment-->",
        "今天是：",
        "无障碍浏览　长者模式",
    ],
)
def test_a_sites_login_box_page_numbers_and_comments_are_furniture(line: str) -> None:
    assert is_furniture(line)


def test_a_sign_off_is_read_under_the_pages_trailing_furniture() -> None:
    letter = _letter(
        _TITLE,
        *_REPLY,
        "感谢您对林业工作的关心和支持！",
        "2020年7月6日",
        "联系单位和联系人及电话：县林业局 陈启明 0831-7752016",
        "账号+密码登录",
        "还没有账号？",
        "立即注册",
    )
    assert letter.date_signed == "2020-07-06"
    assert letter.proposers == ("王明",)


def test_a_year_with_an_ascii_zero_and_an_attachment_link_after_the_date() -> None:
    letter = _letter(_TITLE, *_REPLY, "某某县林业局", "二0一七年五月十九日", "附件【办事指南.docx")
    assert letter.date_signed == "2017-05-19"
    assert letter.issuer == "某某县林业局"


def test_a_banner_date_line_and_a_validity_card_are_no_title() -> None:
    letter = _letter("今天是：", "无障碍浏览　长者模式", "  • 时效性", "    有效", _TITLE, *_REPLY)
    assert letter.title == _TITLE


def test_the_deputies_card_lists_those_the_salutation_calls_and_others() -> None:
    letter = _letter("领衔代表：蒋文", "附议代表：汤丽、殷平", _TITLE, "蒋文等代表：", *_REPLY[1:])
    assert letter.proposers == ("蒋文", "汤丽", "殷平")
    # a salutation that calls someone the card does not list stays as it is
    assert _letter("领衔代表：蒋文", _TITLE, "李四代表：", *_REPLY[1:]).proposers == ("李四",)


def test_where_a_member_sits_is_no_part_of_the_name() -> None:
    letter = _letter(_TITLE, "覃玉林政协五峰县委员：", *_REPLY[1:])
    assert letter.proposers == ("覃玉林",)


def test_the_signer_after_another_post() -> None:
    letter = _letter(
        _TITLE, *_REPLY, "此件已经厅党组成员、副厅长林建新审签。", "某某厅", "2021年3月2日"
    )
    assert letter.signer == "林建新"


def test_units_worked_with_after_a_clause_naming_the_proposal_in_a_later_paragraph() -> None:
    letter = _letter(
        _TITLE,
        *_REPLY,
        "近年来，经与市交通运输局共同努力，全县道路条件明显改善。",
        "对您提出的将屋面防水纳入节能改造的建议，经与市财政局共同研究，拟在明年一并实施。",
    )
    assert letter.co_handlers == ("市财政局",)


@pytest.mark.parametrize(
    "line", ["一、关于企业注册", "（二）关于商标注册", "二是推行网上登录", "犬只登记注册"]
)
def test_letter_lines_ending_in_register_or_log_in_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_a_heading_about_registration_keeps_its_section() -> None:
    letter = _letter(_TITLE, *_REPLY, "一、关于企业注册", "我局已简化企业注册流程。")
    assert any(s.path == ("一、关于企业注册",) for s in letter.sections)


def test_a_proposer_printed_twice_is_listed_once_and_a_name_ending_in_a_place_unit_stays() -> None:
    assert _letter("提案人：张三", "提案人：张三", _TITLE, *_REPLY[1:]).proposers == ("张三",)
    assert _letter(_TITLE, "王海州人大代表：", *_REPLY[1:]).proposers == ("王海州",)


def test_a_document_number_before_an_unknown_date_label_in_a_one_line_field_run() -> None:
    letter = _letter(
        "索引号:11210522MB01/2021-0702004 公开范围:公开 发文日期:2021年07月02日 主题词:提案 "
        "文  号:某自然资函〔2021〕19号 著录日期:",
        _TITLE,
        *_REPLY,
    )
    assert letter.doc_number == "某自然资函〔2021〕19号"
