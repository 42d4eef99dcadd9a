"""Lines of a letter's frame that look like something else, and words that look like fields.

A contact line looks like page metadata, a wrapped title like a salutation, a determiner
like a name, the public whose views were asked like a co-handling unit. The letters are
made up for these tests.
"""

from __future__ import annotations

import pytest

from rag.letters.parse import parse_letter
from rag.models import Letter


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


_REPLY = ("李明代表：", "您提出的建议收悉，现答复如下：", "已安排资金实施改造。")
_SIGN_OFF = ("青禾县交通运输局", "2023年6月5日")


# --- contact lines are the letter's, page footers are not ------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ("承办单位：县交通运输局公路股",),
        ("承办单位：县交通运输局公路股  联系人：王五  联系电话：0571-12345678",),
        ("承办单位：县交通运输局公路股", "联系人：王五", "联系电话：0571-12345678"),
        ("承办单位：县交通运输局公路股", "负 责 人：程 立", "联系电话：0571-12345678"),
    ],
)
def test_a_contact_line_after_the_signature_stays_with_the_letter(tail):
    letter = _letter(*_REPLY, *_SIGN_OFF, *tail)
    assert letter.contact is not None and letter.contact.startswith("承办单位：县交通运输局公路股")
    assert letter.body.endswith(tail[-1])
    assert letter.sections[-1].part == "closing"


def test_contact_lines_labelled_by_post_and_name_leave_the_sign_off_found():
    # "主管领导人姓名：… 联系电话：…" under the sign-off: without it read as a contact line,
    # the sign-off was taken for body text and the letter had no signing date
    tail = ("主管领导人姓名：周明 联系电话：84620000", "具体经办人姓名：吴兰 联系电话：84630000")
    letter = _letter(*_REPLY, *_SIGN_OFF, *tail, "抄送：县人大常委会代工委")
    assert letter.date_signed == "2023-06-05"
    assert letter.contact == " ".join(tail)
    assert "周明" not in "".join(s.text for s in letter.sections if s.part == "body")


def test_a_page_footer_naming_its_host_and_builder_still_leaves():
    footer = "主办单位：青禾县人民政府办公室  承办单位：青禾县大数据中心"
    letter = _letter(*_REPLY, *_SIGN_OFF, "联系人：王五", footer)
    assert letter.contact == "联系人：王五"
    assert "主办单位" not in letter.body


# --- a title line is not a salutation ------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "number", "proposers"),
    [
        (("对市人大第123号代表", "建议的答复"), "123", ()),
        (("对赵一鸣代表", "所提建议的答复"), None, ("赵一鸣",)),
    ],
)
def test_a_title_wrapped_after_the_deputy_is_the_title_not_a_salutation(title, number, proposers):
    letter = _letter(*title, "您提出的建议收悉，现答复如下：", "已安排资金实施改造。")
    assert letter.title == "".join(title)
    assert (letter.proposal_no, letter.proposers) == (number, proposers)
    assert "salutation" not in [s.part for s in letter.sections]


def test_a_salutation_without_a_colon_below_such_a_title_is_still_read():
    letter = _letter(
        "对市人大第123号代表", "建议的答复", "刘洋代表", "您提出的建议收悉，现答复如下：", "正文。"
    )
    assert (letter.title, letter.proposers) == ("对市人大第123号代表建议的答复", ("刘洋",))


# --- determiners are not names ------------------------------------------------------------


@pytest.mark.parametrize(
    "salutation",
    ["部分委员：", "各位代表：", "有关委员：", "相关代表：", "广大代表：", "诸位委员：", "部分政协委员："],
)  # fmt: skip
def test_a_determiner_before_members_names_no_proposer(salutation):
    assert _letter(salutation, "您提出的建议收悉，现答复如下：", "正文。").proposers == ()


@pytest.mark.parametrize(
    ("salutation", "names"),
    [("民盟市委：", ("民盟市委",)), ("九三学社县委会：", ("九三学社县委会",)), ("部光明委员：", ("部光明",))],
)  # fmt: skip
def test_named_groups_and_people_are_still_proposers(salutation, names):
    assert _letter(salutation, "您提出的提案收悉，现答复如下：", "正文。").proposers == names


def test_a_determiner_in_the_title_or_the_opening_names_no_proposer():
    title = _letter(
        "关于部分委员提出的第45号提案的答复", "您们提出的提案收悉，现答复如下：", "正文。"
    )
    opening = _letter("关于第45号提案的答复", "部分委员提出的提案收悉，现答复如下：", "正文。")
    assert (title.proposers, opening.proposers) == ((), ())


# --- co-handlers are units ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "handlers"),
    [
        ("您提出的建议收悉。经征求群众意见，现答复如下：", ()),
        ("您提出的建议收悉。经广泛征求沿线群众的意见，现答复如下：", ()),
        ("您提出的建议收悉。经征求群众意见，并会同县财政局研究，现答复如下：", ("县财政局",)),
        ("您提出的建议收悉。经征求县教育局、沿线群众意见，现答复如下：", ("县教育局",)),
    ],
)
def test_the_public_whose_views_were_asked_is_no_co_handler(opening, handlers):
    assert _letter("张晓花代表:", opening, "正文。").co_handlers == handlers


@pytest.mark.parametrize("value", ["无", "暂无", "—", "/", "-", ""])
def test_a_co_handler_field_that_says_none_names_none(value):
    card = _letter(
        "关于加强农村养老服务体系建设的答复",
        "提案编号：20230117",
        f"协办单位：{value}",
        "您提出的提案收悉，现答复如下：",
        "正文。",
    )
    below = _letter(*_REPLY, *_SIGN_OFF, f"协办单位：{value}  发布时间：2023-06-09")
    assert (card.co_handlers, below.co_handlers) == ((), ())
