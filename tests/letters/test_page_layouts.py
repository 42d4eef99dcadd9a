"""Where web pages state a letter's title, issuer, people and dates, beyond the layouts of
`test_layouts.py`: sealed and labelled sign-offs, the page's 来源, titles in brackets or
with a note after them, breadcrumbs, bracketed fields, salutations that name the office
first. The letters here were made up for these tests, not copied from real letters.
"""

from __future__ import annotations

import pytest

from rag.letters.dates import to_iso
from rag.letters.furniture import is_furniture
from rag.letters.genre import unspread
from rag.letters.parse import parse_letter
from rag.models import Letter


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


_TITLE = "关于县十八届人大二次会议第31号建议的答复"
_REPLY = ("李明代表：", "您提出的建议收悉，现答复如下：", "已新建停车位100个。")


# --- the sign-off ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "signoff",
    [
        ("某某县水利局（盖章）", "2023年6月12日"),
        ("某某县水利局(公章)", "2023年6月12日"),
        ("某某县水利局（盖章）　2023年6月12日",),
        ("某某县水利局　　　2023年6月12日",),
        ("某 某 县 水 利 局", "2023 年 6 月 12 日"),
        ("答复单位：某某县水利局", "答复日期：2023年6月12日"),
        ("答复单位（盖章）：某某县水利局", "答复时间：2023年6月12日"),
        ("某某县水利局", "２０２３年６月１２日"),
    ],
)
def test_the_sign_off_names_the_issuer_and_the_date_however_it_is_set(signoff):
    letter = _letter(_TITLE, *_REPLY, *signoff)
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-06-12")
    assert letter.date_published is None  # a reply's own 答复日期 is not the page's date


@pytest.mark.parametrize(
    ("line", "after"),
    [
        ("某某县民政局　2023年6月5日　（此件公开发布）", "（此件公开发布）"),
        ("某某县民政局 2023年6月5日 联系人：刘芳　联系电话：0731-5551234", "联系人：刘芳"),
    ],
)
def test_a_closing_note_or_contact_run_into_the_date_line(line, after):
    letter = _letter(_TITLE, *_REPLY, line)
    assert (letter.issuer, letter.date_signed) == ("某某县民政局", "2023-06-05")
    assert letter.sections[-1].part == "closing" and letter.sections[-1].text.startswith(after)


def test_a_reply_date_above_the_letter_is_still_the_pages():
    letter = _letter(_TITLE, "答复日期：2023-07-20", *_REPLY)
    assert (letter.date_published, letter.date_signed) == ("2023-07-20", None)


def test_a_seal_note_is_not_part_of_a_joint_signature():
    letter = _letter(_TITLE, *_REPLY, "某某县财政局 某某县水利局（盖章）", "2023年6月12日")
    assert letter.issuer == "某某县财政局 某某县水利局"


def test_a_sites_footer_below_the_sign_off_leaves_the_letter():
    letter = _letter(
        _TITLE,
        *_REPLY,
        "某某县交通运输局",
        "2023年6月13日",
        "主办单位：某某县人民政府办公室　承办单位：某某县大数据中心",
        "版权所有：某某县人民政府　网站标识码：5113210001",
        "蜀ICP备05012345号-1　川公网安备51132102000123号",
    )
    assert (letter.issuer, letter.date_signed) == ("某某县交通运输局", "2023-06-13")
    assert "版权所有" not in letter.body


# --- the page's fields -------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        "发布时间：2023-08-02 10:15　来源：某某市医疗保障局　浏览次数：96",
        "[发布时间：2023-08-02] [来源：某某市医疗保障局] [浏览次数：88]",
        "录入时间：2023-08-02　作者：办公室　来源：某某市医疗保障局",
        "发表时间：2023-08-02　信息来源：某某市医疗保障局",
        "发布时间：2023-08-02　　来源：某某市医疗保障局　　【字体：大 中 小】【打印】",
    ],
)
def test_without_a_signature_the_pages_source_is_the_issuer(fields):
    letter = _letter(_TITLE, fields, *_REPLY, "2023年7月28日")
    assert (letter.issuer, letter.date_published) == ("某某市医疗保障局", "2023-08-02")
    assert letter.date_signed == "2023-07-28"


def test_the_signature_outranks_the_pages_source_and_the_site_is_no_issuer():
    signed = _letter(_TITLE, "来源：某某区人民政府办公室", *_REPLY, "某某区卫生健康委员会")
    assert signed.issuer == "某某区卫生健康委员会"
    assert _letter(_TITLE, "时间：2023-09-05　来源：本站", *_REPLY).issuer is None


def test_fields_below_the_letter_name_its_source():
    letter = _letter(
        _TITLE, *_REPLY, "2023年6月20日", "信息来源：某某区商务局　发布日期：2023-06-28"
    )
    assert (letter.issuer, letter.date_published) == ("某某区商务局", "2023-06-28")


# --- the title -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"【{_TITLE}】",
        f"《{_TITLE}》",
        f"{_TITLE}（A类）",
        f"{_TITLE}（主办）",
        f"（B类）{_TITLE}",
        f"{_TITLE}_某某县人民政府",
        f"{_TITLE} 发布时间：2023-06-20 来源：某某县卫生健康局",
    ],
)
def test_a_title_without_what_the_page_set_around_it(line):
    assert _letter(line, *_REPLY).title == _TITLE


def test_a_signer_noted_after_the_title_is_the_signer():
    for line in (f"{_TITLE}（签发人：陈立新）", f"{_TITLE}　　签发人：陈立新"):
        letter = _letter(line, *_REPLY)
        assert (letter.title, letter.signer) == (_TITLE, "陈立新")


def test_an_issuer_in_brackets_stays_in_the_title():
    title = "对县十六届人大一次会议第3号建议的答复(水利局)"
    assert _letter(title, *_REPLY).title == title


@pytest.mark.parametrize(
    "crumb",
    [
        "首页 >> 政务公开 >> 建议提案办理",
        "您现在的位置：网站首页 / 政务公开 / 建议提案办理 / 正文",
        "所在位置：首页>>信息公开>>人大建议",
        "首页 → 政务公开 → 建议提案",
    ],
)
def test_a_breadcrumb_above_the_title_is_furniture(crumb):
    assert is_furniture(crumb)
    assert _letter(crumb, _TITLE, *_REPLY).title == _TITLE


def test_a_breadcrumb_changes_its_separator_never():
    assert not is_furniture("首页 > 政务公开 >> 建议")
    assert not is_furniture("首页设计/方案很好。")


def test_a_page_heading_naming_the_proposal_is_the_title():
    heading = "关于加快推进城乡供水一体化的建议"
    letter = _letter(heading, "发布时间：2023-07-08　来源：本站", *_REPLY)
    assert (letter.title, letter.date_published) == (heading, "2023-07-08")


def test_a_title_label_or_an_index_card_names_the_title():
    labelled = _letter(f"文件名称：{_TITLE}", "发布日期：2023-05-30", *_REPLY)
    card = _letter(
        "索 引 号：\t000014348/2023-01122\t主题分类：\t农业",
        "发文机关：\t某某县农业农村局\t成文日期：\t2023年07月05日",
        f"名　　称：\t{_TITLE}",
        *_REPLY,
    )
    assert labelled.title == card.title == _TITLE
    assert (card.issuer, card.date_published) == ("某某县农业农村局", "2023-07-05")


# --- who is addressed ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        ("尊敬的王国强代表、李秀梅代表：", ("王国强", "李秀梅")),
        ("王建国等6位代表：", ("王建国",)),
        ("民盟县委员会办公室：", ("民盟县委员会办公室",)),
    ],
)
def test_the_names_a_salutation_addresses(salutation, names):
    letter = _letter(_TITLE, salutation, *_REPLY[1:])
    assert letter.proposers == names


def test_a_salutation_and_a_greeting_after_a_comma():
    letter = _letter(_TITLE, "马丽代表，您好！", *_REPLY[1:])
    assert letter.proposers == ("马丽",)
    assert [s.part for s in letter.sections][:2] == ["salutation", "opening"]


# --- dates and spread lines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("２０２３年６月８日", "2023-06-08"),
        ("２０２３－０６－０８", "2023-06-08"),
        ("2023.05.06", "2023-05-06"),
        ("2023/5/6", "2023-05-06"),
        ("二〇二三年五月六日", "2023-05-06"),
    ],
)
def test_dates_in_the_forms_pages_print(text, iso):
    assert to_iso(text) == iso


@pytest.mark.parametrize(
    ("line", "unspread_line"),
    [
        ("清 河 县 交 通 局", "清河县交通局"),
        ("张三 李四", "张三 李四"),
        ("2023 年 6 月 2 日", "2023 年 6 月 2 日"),
        ("此 致", "此 致"),
    ],
)
def test_a_line_spread_one_character_at_a_time_is_one_word(line, unspread_line):
    assert unspread(line) == unspread_line


def test_a_heading_naming_the_proposal_gives_way_to_the_reply_title():
    letter = _letter("关于加快推进城乡供水一体化的建议", _TITLE, *_REPLY)
    assert letter.title == _TITLE


# --- more of what web copies print around the letter ----------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "某某县交通运输局关于县十八届人大二次会议第31号建议的答复",
        "关于县十八届人大二次会议第31号建议的答复",
    ],
)
def test_the_sites_name_over_a_breadcrumb_is_no_part_of_the_title_below(title):
    # the site's name, its breadcrumb (or a field table), then the letter's own title
    for between in (
        ("首页 > 政务公开 > 建议提案办理",),
        ("| 索引号 | 0001/2023-01 | 文号 | 某交函〔2023〕5号 |",),
    ):
        letter = _letter(
            "某某县人民政府", *between, title, *_REPLY, "某某县交通运输局", "2023年6月12日"
        )
        assert letter.title == title, between


def test_the_issuers_name_over_a_title_that_opens_with_its_own_issuer_is_the_letterhead():
    title = "某某县交通运输局关于县十八届人大二次会议第31号建议的答复"
    letter = _letter("某某县交通运输局", title, *_REPLY, "某某县交通运输局", "2023年6月12日")
    assert letter.title == title


def test_a_printed_forms_no_text_on_this_page_note_is_not_the_letters_end():
    letter = _letter(
        _TITLE, *_REPLY, "某某县水利局", "2023年6月12日", "（此页无正文）", "抄送：县人大选联工委"
    )
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-06-12")


def test_a_field_table_row_with_a_label_this_reader_does_not_know_is_read_all_the_same():
    letter = _letter(
        "| 发布机构 | 某某县水利局 | 生成日期 | 2023-06-20 |",
        "| 文号 | 某水函〔2023〕118号 | 关键字 | 建议 水利 |",
        _TITLE,
        *_REPLY,
    )
    assert letter.doc_number == "某水函〔2023〕118号"


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("文号：〔2019〕第3号", "doc_number", "〔2019〕第3号"),  # labelled, with no issuer prefix
        ("审签：刘永刚", "signer", "刘永刚"),
    ],
)
def test_labelled_lines_under_the_title(line, field, value):
    letter = _letter(_TITLE, line, *_REPLY, "某某县水利局", "2023年6月12日")
    assert getattr(letter, field) == value


def test_co_handlers_named_as_the_lead_units_partners():
    letter = _letter(
        _TITLE,
        "李明代表：",
        "您提出的建议收悉。本建议由我局主办，县财政局、县自然资源局协办。现答复如下：",
        "已新建停车位100个。",
        "某某县水利局",
        "2023年6月12日",
    )
    assert letter.co_handlers == ("县财政局", "县自然资源局")


def test_a_table_in_the_letters_body_is_kept_as_text():
    # labels this reader knows among others (时间) do not make a body table metadata
    letter = _letter(
        _TITLE,
        *_REPLY,
        "| 序号 | 项目 | 时间 | 金额 |",
        "| 1 | 东坳桥 | 2024年5月 | 120万元 |",
        "某某县水利局",
        "2023年6月12日",
    )
    assert "东坳桥" in letter.body and "120万元" in letter.body


def test_a_unit_that_co_organised_something_else_is_no_co_handler():
    letter = _letter(
        _TITLE,
        "李明代表：",
        "您提出的建议收悉，现答复如下：",
        "全县技能大赛由县人社局主办，县总工会协办。",
        "某某县水利局",
        "2023年6月12日",
    )
    assert letter.co_handlers == ()


def test_a_joint_title_keeps_the_first_issuers_line():
    letter = _letter(
        "某某县交通运输局",
        "某某县财政局关于县十八届人大二次会议第31号建议的答复",
        *_REPLY,
        "某某县财政局",
        "2023年6月12日",
    )
    assert letter.title == "某某县交通运输局某某县财政局关于县十八届人大二次会议第31号建议的答复"


def test_lines_a_page_wrapped_mid_sentence_are_one_paragraph_again():
    letter = _letter(
        _TITLE,
        "李明代表：",
        "您提出的建议收悉，现答复如下：",
        "一、工作开展情况",
        "近年来，我县累计投入资金3000万元，新建停车位1200个，其中老城片区",
        "新增停车位320个，有效缓解了停车难问题。",
        "二、下一步工作打算",
        "我局将结合道路改造，继续增设停车位，力争2025年底前",
        "再新增停车位500个。",
        "某某县水利局",
        "2023年6月12日",
    )
    assert "其中老城片区新增停车位320个" in letter.body
    assert "力争2025年底前再新增停车位500个。" in letter.body
    # headings, the sign-off and a line that ends its sentence stay lines of their own
    paths = {s.path for s in letter.sections if s.path}
    assert ("一、工作开展情况",) in paths and ("二、下一步工作打算",) in paths
    assert (letter.issuer, letter.date_signed) == ("某某县水利局", "2023-06-12")


@pytest.mark.parametrize(
    "line",
    [
        "编稿时间：2023-09-06　　访问量：",
        "更新日期：2023-09-06　　字号：大 中 小",
        "信息时间：2023-09-06",
        "稿时间：2023-09-06　　来源：县住建局",  # a copy cut at the top, mid-label
    ],
)
def test_any_label_of_a_date_over_the_letter_gives_the_pages_date(line):
    letter = _letter(line, _TITLE, *_REPLY)
    assert (letter.date_published, letter.title) == ("2023-09-06", _TITLE)
    assert "2023-09-06" not in letter.body  # the line left the body


def test_a_label_of_a_date_is_no_label_inside_a_name_or_without_a_date():
    # 务局　发布日期 is no label (务局 ends the source's name): the source is read whole
    letter = _letter(
        _TITLE, *_REPLY, "2023年6月20日", "信息来源：某某区商务局　发布日期：2023-06-28"
    )
    assert letter.issuer == "某某区商务局"
    # a body line timing the work is the letter's text
    timed = _letter(_TITLE, *_REPLY, "办理时间：自收到之日起三个月内。")
    assert "办理时间：自收到之日起三个月内" in timed.body


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("吴忠市红寺堡区人民政府 > 政务公开 > 政协提案答复", True),
        ("称多县人民政府网　　首页 > 政务公开 > 提案答复", True),
        ("当年产值>100万元的企业>20家", False),  # comparisons, with figures
        ("优先级：安全>质量>进度", False),
        ("收入 > 支出", False),  # two steps are no trail
    ],
)
def test_a_breadcrumb_from_any_page_is_furniture(line, furniture):
    assert is_furniture(line) is furniture
    if furniture:  # …so the letter's own title under it is the title
        assert _letter(line, _TITLE, *_REPLY).title == _TITLE


def test_a_salutation_listing_names_over_two_lines_names_them_all():
    letter = _letter(
        _TITLE,
        "马金山、杨玉琴、田志福、",
        "李德胜、周海燕代表：",
        "你们提出的建议收悉，现答复如下：",
        "已新建停车位100个。",
    )
    assert letter.proposers == ("马金山", "杨玉琴", "田志福", "李德胜", "周海燕")


@pytest.mark.parametrize(
    "card",
    [
        ("提案人：石家旺　陈素芬　汪林生", "　　　　吴翠兰　何建华"),
        ("提案人：", "　　石家旺", "　　陈素芬", "　　汪林生", "　　吴翠兰", "　　何建华"),
    ],
)
def test_proposers_named_a_line_at_a_time_under_their_label_are_all_read(card):
    letter = _letter(_TITLE, *card, "主办单位：某某县文化旅游体育局", "各位委员：", *_REPLY[1:])
    assert letter.proposers == ("石家旺", "陈素芬", "汪林生", "吴翠兰", "何建华")
    # …and a label under them is no name
    card_then_label = _letter(
        _TITLE, "提案人", "宋长江", "标题", _TITLE, "宋长江委员：", *_REPLY[1:]
    )
    assert card_then_label.proposers == ("宋长江",)
