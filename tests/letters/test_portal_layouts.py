"""Layouts found on real government portals (session 10's made-up pages, made_up/fields4,
followed them): empty metadata labels, a co-handling unit's opinion naming the proposer in
its opening, the proposer named before the role or with where it was proposed, a menu item
and a column heading over the letter, the site's name over its breadcrumb beside a 来源
field, half-width commas between co-handlers. The letters are made up for these tests."""

from __future__ import annotations

import pytest

from rag.letters.parse import parse_letter
from rag.models import Letter


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


_BODY = ("一、基本情况", "全县现有乡镇卫生院14个。", "某某县卫生健康局", "2020年10月26日")


def test_labels_the_page_printed_without_values_are_no_salutation():
    letter = _letter(
        "国家某某局",
        "文件名称：对十三届全国人大二次会议7731号建议的答复",
        "文件编号：",
        "发布时间：",
        "实施时间：",
        "尊敬的阿依努尔·托合提代表：",
        "您提出的关于完善补偿机制的建议（第7731号）收悉。经商财政部、自然资源部，现答复如下：",
        *_BODY,
    )
    assert letter.proposers == ("阿依努尔·托合提",)
    assert letter.co_handlers == ("财政部", "自然资源部")
    assert "文件编号" not in letter.body and "实施时间" not in letter.body


def test_a_salutation_to_leaders_is_still_a_salutation():
    letter = _letter(
        "关于县政协第5号提案的答复", "各位领导：", "您提出的提案收悉，现答复如下：", *_BODY
    )
    assert letter.sections[0].part == "salutation"


@pytest.mark.parametrize(
    ("opening", "names"),
    [
        (
            "民盟泉州市委提出的《关于加强近视防控的提案》由你局主办，我委协办。现将我委协办意见函告如下：",
            ("民盟泉州市委",),
        ),
        (
            "胡建英等代表提出的《关于加装电梯的建议》（第252号）收悉。现提出会办意见如下：",
            ("胡建英",),
        ),
    ],
)
def test_a_co_handling_opinion_names_the_proposer_in_its_opening(opening, names):
    letter = _letter(
        "某某市卫生健康委员会关于市政协第318号提案的协办意见", "市教育局：", opening, *_BODY
    )
    assert letter.proposers == names  # not the lead unit it writes to


@pytest.mark.parametrize(
    "opening",
    [
        "县人大代表赵国华在县第十六届人民代表大会第五次会议上提出的《关于配备全科医生的建议》(第97号),已转交我局办理,现将办理情况答复如下:",
        "赵国华代表在县十六届人大五次会议期间提出的《关于配备全科医生的建议》（第97号）收悉。现答复如下：",
        # "关于" before the role and the name
        "关于县人大代表赵国华提出的《关于配备全科医生的建议》(第97号)，经我局认真研究，现答复如下：",
        "对赵国华代表提出的《关于配备全科医生的建议》，现答复如下：",
    ],
)
def test_without_a_salutation_the_opening_names_the_proposer(opening):
    letter = _letter(
        "  • 建议提案办理答复",
        "某某县卫生健康局对县人大代表建议第97号的答复",
        "来源:县卫生健康局 发布日期:2020-11-02 浏览次数:",
        opening,
        *_BODY,
    )
    assert letter.proposers == ("赵国华",)
    assert letter.title == "某某县卫生健康局对县人大代表建议第97号的答复"  # not the menu item


def test_the_committee_a_member_belongs_to_is_no_proposers_name():
    opening = "关于县政协委员会办公室提出的《关于配备全科医生的提案》，现答复如下："
    letter = _letter("某某县卫生健康局对县政协提案第97号的答复", opening, *_BODY)
    assert letter.proposers == ()  # not "会办公室"


def test_a_column_heading_naming_no_letter_is_no_title():
    letter = _letter(
        "某某县人民政府",
        "首页 > 信息公开 > 政协提案答复",
        "政协提案答复",
        "发布日期：2015-08-06　　信息来源：县教育局",
        "民革某某县支部：",
        "你们提出的“关于解决大班额问题的提案”收悉。现答复如下：",
        *_BODY,
    )
    assert letter.title is None
    assert letter.proposers == ("民革某某县支部",)


def test_the_sites_name_over_its_breadcrumb_yields_to_the_source_field():
    head = [
        "某某市人民政府",
        "首页 > 政务公开 > 建议提案办理 > 政协提案",
        "关于市政协六届一次会议第069号提案的答复",
    ]
    reply = [
        "朱晓东委员：",
        "您提出的提案收悉。现答复如下：",
        "全市现有企业87家。",
        "2022年6月30日",
    ]
    sourced = _letter(*head, "来源：某某市市场监督管理局　发布时间：2022-07-12", *reply)
    assert sourced.issuer == "某某市市场监督管理局"
    # with nothing else naming the issuer, the site is the bureau's own
    assert _letter(*head, "发布时间：2022-07-12", *reply).issuer == "某某市人民政府"


def test_co_handlers_listed_with_half_width_commas():
    letter = _letter(
        "关于省十三届人大四次会议第1104号建议的答复",
        "王振海等12位代表:",
        "你们提出的<关于加快确权登记的建议>收悉,经商省农业农村厅,省财政厅,现答复如下:",
        *_BODY,
    )
    assert letter.co_handlers == ("省农业农村厅", "省财政厅")


@pytest.mark.parametrize(
    ("salutation", "name"), [("市人大代表张伟：", "张伟"), ("尊敬的政协委员徐丽：", "徐丽")]
)
def test_a_salutation_may_give_the_role_before_the_name(salutation, name):
    letter = _letter("关于第12号建议的答复", salutation, "您提出的建议收悉，现答复如下：", *_BODY)
    assert letter.proposers == (name,)


def test_what_the_portal_rules_leave_alone():
    # a generic title of the letter's own is kept; an item's number keeps its point
    letter = _letter(
        "城区停车难问题的复函",
        "李明代表：",
        "您提出的建议收悉，现答复如下：",
        "２．３个乡镇敬老院已完成改造。",
        *_BODY,
    )
    assert letter.title == "城区停车难问题的复函"
    assert "2．3个乡镇敬老院" in letter.body
    # a unit whose name holds the role, and a party committee, are no proposers by name
    liaison = _letter(
        "关于第5号建议的答复", "市人大代表联络站：", "您提出的建议收悉，现答复如下：", *_BODY
    )
    assert liaison.proposers == ("市人大代表联络站",)
    party = _letter(
        "关于第5号建议的答复", "中共某某县委提出的《关于加强党建的建议》收悉，现答复如下：", *_BODY
    )
    assert party.proposers == ()


def test_a_navigation_trail_set_with_bars_is_no_title():
    letter = _letter(
        "某某县人民政府网 | 信息公开 | 建议提案答复",
        "某某县卫生健康局关于县十七届人大五次会议第19号建议的答复",
        "李明代表：",
        "您提出的建议收悉，现答复如下：",
        *_BODY,
    )
    assert letter.title == "某某县卫生健康局关于县十七届人大五次会议第19号建议的答复"


# made_up/fields7 (session 23): where else a page names who proposed.


def test_a_salutation_naming_nobody_leaves_the_proposers_to_the_opening():
    letter = _letter(
        "关于县政协十一届四次会议第29号提案的答复",
        "各位委员：",
        "县政协十一届四次会议第29号提案（提案人：热合曼·吐尔逊、张建新）《关于改造老城区供热管网的"
        "提案》收悉。现答复如下：",
        *_BODY,
    )
    assert letter.proposers == ("热合曼·吐尔逊", "张建新")


def test_a_proposal_cited_with_its_proposer_and_no_salutation():
    letter = _letter(
        "关于市政协十四届二次会议第0209号提案的答复",
        "市政协十四届二次会议第0209号提案（提案人：邹立军）《关于完善课后服务经费保障机制的提案》"
        "收悉。现答复如下：",
        *_BODY,
    )
    assert letter.proposers == ("邹立军",)


def test_a_party_committee_written_as_its_provincial_committee_proposes():
    letter = _letter(
        "关于省政协十一届五次会议第236号提案的会办意见",
        "省林业局：",
        "民盟浙江省委会在省政协十一届五次会议上提出的《关于推进林下经济发展的提案》（第236号）"
        "收悉。经研究，提出如下会办意见：",
        *_BODY,
    )
    assert letter.proposers == ("民盟浙江省委会",)


def test_co_handlers_named_inside_the_first_sentence_after_the_opening():
    letter = _letter(
        "尊敬的卢向晖委员：",
        "您提出的《关于在城区学校周边设置潮汐停车位的建议》收悉，现答复如下：",
        "接到提案后，我局高度重视，经与市交通运输局、市教育局研究，确定试点设置潮汐停车位286个。",
        "下一步，我局将会同市城管局扩大试点。",
        "某某市公安局",
        "2024年6月20日",
    )
    assert letter.co_handlers == ("市交通运输局", "市教育局")


def test_a_card_of_labels_over_values_keeps_its_topic_words_out_of_the_title():
    # made_up/qa13 q13-01: the ministry's card, each label on the line over its value
    letter = _letter(
        "关于十三届全国人大五次会议第4316号建议的答复函",
        "文号",
        "交公路函〔2022〕287号",
        "主题词",
        "十三届全国人大五次会议;建议答复函",
        "机构分类",
        "公路局",
        "公文类型",
        "其他",
        "向秀英代表：",
        "您提出的《关于加大农村公路养护支持力度的建议》（第4316号）收悉，现答复如下：",
        *_BODY,
    )
    assert letter.title == "关于十三届全国人大五次会议第4316号建议的答复函"
    assert letter.doc_number == "交公路函〔2022〕287号"
    assert "公文类型" not in letter.body and "机构分类" not in letter.body


# A second reader's probes of the rules above: letter text they must leave alone.


@pytest.mark.parametrize(
    "line",
    [
        "一、关于版权归属。传承人整理的作品版权所有权归传承人，我局已印发指引。",
        "主办单位：市版权局，活动地址：市文化中心，联系方式：12345。",
        "【内容】新建候车亭50座，更换站牌120块。",
    ],
)
def test_letter_text_that_looks_like_a_footer_or_a_label_stays(line):
    letter = _letter(
        "关于某某建议的答复", "李明代表：", "您提出的建议收悉，现答复如下：", line, *_BODY
    )
    assert line in letter.body


def test_a_title_with_a_semicolon_under_an_empty_topic_words_label_is_the_title():
    letter = _letter(
        "主题词", "关于加强公交建设；优化线路的建议的答复", "李明代表：", "您提出的建议收悉，现答复如下：",
        *_BODY,
    )  # fmt: skip
    assert letter.title == "关于加强公交建设；优化线路的建议的答复"


@pytest.mark.parametrize(
    "first",
    [
        ("近年来，经与市交通运输局共同努力，我市公交线路达到120条。",),
        ("一、基本情况", "2022年，经与市交通运输局协商，开通了3条公交线路。"),
    ],
)
def test_work_done_with_a_unit_before_the_proposal_is_no_co_handling(first):
    letter = _letter("李明代表：", "您提出的建议收悉，现答复如下：", *first, *_BODY)
    assert letter.co_handlers == ()


@pytest.mark.parametrize("cited", ["（提案人：王明、李华等）", "（提案人：王明等5人）"])
def test_proposers_cited_with_others_unnamed(cited):
    letter = _letter(
        "关于县政协第58号提案的答复", "各位委员：", f"第58号提案{cited}收悉，现答复如下：", *_BODY
    )
    assert letter.proposers == (("王明", "李华") if "李华" in cited else ("王明",))
