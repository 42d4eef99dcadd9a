"""The same letter as different site copies print it: each variant must read the same.

Found by metamorphic testing (a letter's title wrapped, its page's furniture around it,
its salutation and sign-off set differently). Every letter here is made up.
"""

from __future__ import annotations

import pytest

from rag.letters.parse import parse_letter
from rag.models import Letter

_REPLY = (
    "柯然代表：",
    "您提出的关于改善乡村道路的建议收悉，现答复如下：",
    "我局已完成道路修缮规划。",
)
_SIGN_OFF = ("青禾县交通运输局", "2023年3月8日")


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


@pytest.mark.parametrize(
    "footer",
    [
        ("打印本页 关闭窗口",),
        ("打印本页",),
        ("【字体：大 中 小】", "打印本页  关闭窗口", "分享到："),
    ],
)
def test_toolbar_buttons_below_the_sign_off_leave_it_whole(footer):
    letter = _letter("关于县九届人大二次会议第12号建议的答复", *_REPLY, *_SIGN_OFF, *footer)
    assert (letter.issuer, letter.date_signed) == ("青禾县交通运输局", "2023-03-08")


def test_toolbar_buttons_run_into_the_title_line_are_not_the_title():
    letter = _letter("关于县九届人大二次会议第12号建议的答复  【字体：大 中 小】 【打印】", *_REPLY)
    assert letter.title == "关于县九届人大二次会议第12号建议的答复"


@pytest.mark.parametrize(
    "site", ["青禾县人民政府门户网站", "青禾县政务服务网", "青禾县人民政府网站"]
)
def test_the_sites_name_above_the_title_is_not_part_of_it(site):
    title = "对县九届人大二次会议第12号建议的答复"
    letter = _letter(site, "首页 > 政务公开 > 建议提案办理", title, *_REPLY)
    assert (letter.title, letter.issuer) == (title, None)


@pytest.mark.parametrize(
    "lines",
    [
        ("青禾县农业农村", "局关于对县政协九届二次会", "议第33号提案的答复"),
        ("关于对政协青禾县第九届", "委员会第三次会", "议第17号提案的复函"),
    ],
)
def test_a_title_wrapped_over_three_lines_wherever_the_wrap_cuts(lines):
    letter = _letter(*lines, *_REPLY)
    assert letter.title == "".join(lines)


def test_a_wrap_that_cuts_the_word_opening_the_title_still_opens_it():
    # A guard for the rule above that keeps the site's name out: `关` / `于…` opens a title.
    lines = ("青禾县农业农村局关", "于县九届人大二次会议", "第33号建议的答复")
    assert _letter(*lines, *_REPLY).title == "".join(lines)


def test_a_title_whose_ending_is_spaced_out_and_states_no_number():
    letter = _letter("对青禾县十届人大三次会议代表建议的", "答 复", *_REPLY)
    assert letter.title == "对青禾县十届人大三次会议代表建议的答复"


def test_a_title_in_brackets_that_names_the_proposal_in_book_marks():
    letter = _letter("【《关于改善乡村道路的建议》的答复】", *_REPLY)
    assert letter.title == "《关于改善乡村道路的建议》的答复"


def test_a_title_printed_twice_gives_the_number_the_first_print_lost():
    letter = _letter(
        "关于县十届人大二次会议代表建议办理情况的函",
        "关于县十届人大二次会议第18号代表建议办理情况的函",
        *_REPLY,
    )
    assert letter.title == "关于县十届人大二次会议代表建议办理情况的函"
    assert (letter.proposal_no, letter.kind) == ("18", "建议")


def test_a_seal_note_on_its_own_line_below_the_name():
    letter = _letter(*_REPLY, "青禾县交通运输局", "（盖章）", "2023年3月8日")
    assert (letter.issuer, letter.date_signed) == ("青禾县交通运输局", "2023-03-08")


def test_page_fields_among_the_approval_lines_below_the_sign_off():
    letter = _letter(
        *_REPLY, *_SIGN_OFF, "发布日期：2023-03-20  来源：本站", "签发人：周立平", "联系人：赵立群"
    )
    assert (letter.issuer, letter.date_signed, letter.signer) == (
        "青禾县交通运输局",
        "2023-03-08",
        "周立平",
    )
    assert letter.date_published == "2023-03-20"


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        ("罗成 代表：", ("罗成",)),
        ("罗成，柯然代表：", ("罗成", "柯然")),
        ("罗成 柯然代表：", ("罗成", "柯然")),
        ("罗　成代表：", ("罗成",)),
        ("罗成代表（青禾代表团）：", ("罗成",)),
    ],
)
def test_a_salutation_run_into_the_opening_however_it_names_them(salutation, names):
    letter = _letter(
        "关于第5号建议的答复", salutation + " 您提出的建议收悉，现答复如下：", "正文。"
    )
    assert letter.proposers == names


def test_a_space_before_the_role_parts_no_names():
    assert _letter("姜晓(等3位) 代表：", "你们的建议收悉。现答复如下：", "正文。").proposers == (
        "姜晓",
    )


@pytest.mark.parametrize(
    ("column", "lines"),
    [
        ("建议提案办理", ("市政协十三届三次会议", "第2051号提案的答复")),
        ("人大代表建议", ("关于县九届人大二次会议", "第12号建议的答复")),
    ],
)
def test_a_column_name_above_a_wrapped_title_is_not_part_of_it(column, lines):
    letter = _letter(column, *lines, *_REPLY)
    assert letter.title == "".join(lines)


def test_an_issuer_line_over_a_title_naming_the_proposal_in_quotes_opens_it():
    # `某某局` / `《关于…的建议》的答复`: the title wrapped after the issuer's name.
    letter = _letter("青禾县城市管理局", "《关于规范路边摊点的建议》的答复", *_REPLY)
    assert letter.title == "青禾县城市管理局《关于规范路边摊点的建议》的答复"


@pytest.mark.parametrize(
    "footer",
    [
        ("某某县人民政府版权所有　黔ICP备xxxxxxxx号",),
        ("主办单位：某某县人民政府办公室　联系方式：0851-8700000　地址：城关镇某某路",),
        ("注：“主动公开”。",),
    ],
)
def test_a_site_footer_or_disclosure_note_after_the_letter_leaves_the_sign_off_whole(footer):
    # made_up/fields7 f7-20: the date alone under the thanks, then the page's footer
    letter = _letter("关于县九届人大二次会议第12号建议的答复", *_REPLY, *_SIGN_OFF, *footer)
    assert (letter.issuer, letter.date_signed) == ("青禾县交通运输局", "2023-03-08")
    assert footer[0] not in letter.body
