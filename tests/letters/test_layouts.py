"""Layouts of reply letters beyond the real development letters, one small letter a rule.

The letters here were written for these tests from how government portals publish
replies (metadata cards, red heads, colophons, run-in lines), not copied from the real
letters in `../shared`; `test_real_fields.py` holds the rules those taught.
"""

from __future__ import annotations

import pytest

from rag.letters.genre import PROPOSAL_NO
from rag.letters.parse import parse_letter
from rag.models import Letter


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


_REPLY = ("李明代表：", "您提出的建议收悉，现答复如下：", "正文。")


# --- the number and the kind ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("关于州十三届人大三次会议第BH058号建议的答复", "BH058", "建议"),
        ("关于县政协十一届三次会议2024087号提案的答复", "2024087", "提案"),
        ('关于省十三届人大一次会议"125号"建议的答复', "125", "建议"),
        ("对市政协提案第139号的答复", "139", None),
        ("根据〔2023〕第5号交办通知，您提出的第73号建议", "73", "建议"),
        ("依照省政府令第5号", None, None),
        ("〔2023〕45号", None, None),
        ("2号楼", None, None),
    ],
)
def test_proposal_numbers_as_letters_write_them(text, number, kind):
    match = PROPOSAL_NO.search(text)
    assert (match and (match.group("no"), match.group("kind"))) == (
        (number, kind) if number else None
    )


def test_a_portal_card_states_the_number_the_proposer_and_the_co_handlers():
    letter = _letter(
        "关于加强农村养老服务体系建设的答复",
        "提案编号：20230117",
        "提案人：徐卫东",
        "协办单位：县财政局、县卫健局",
        "答复日期：2023-07-20",
        "您提出的提案收悉，现答复如下：",
        "正文。",
    )
    assert (letter.proposal_no, letter.kind, letter.proposers) == ("20230117", "提案", ("徐卫东",))
    assert (letter.co_handlers, letter.date_published) == (("县财政局", "县卫健局"), "2023-07-20")
    assert "提案编号" not in letter.body


def test_a_card_names_proposers_under_any_proposer_label_and_co_handlers_by_their_mark():
    letter = _letter(
        "关于发展林下中药材种植的答复",
        "稿源：某某县林业局　　编发时间：2019-08-16 15:20",
        "第一提案人：马文忠",
        "联名提案人：杨海燕、敏学礼",
        "承办单位：某某县林业局（主办）　某某县财政局（会办）",
        "马文忠等委员：",
        "您提出的提案收悉，现答复如下：",
        "正文。",
    )
    assert letter.proposers == ("马文忠", "杨海燕", "敏学礼")
    assert (letter.co_handlers, letter.date_published) == (("某某县财政局",), "2019-08-16")
    # the deputies one a line under a bare label; a unit handling it with no mark is the handler
    letter = _letter(
        "关于加密城区公交班次的答复",
        "代表姓名",
        "王建军",
        "苏日娜",
        "承办单位：某某市交通运输局",
        "王建军等代表：",
        "你们提出的建议收悉，现答复如下：",
        "正文。",
    )
    assert (letter.proposers, letter.co_handlers) == (("王建军", "苏日娜"), ())
    # a name's cell ends at the table's bar
    letter = _letter("代表姓名 | 余德胜 | 所属代表团 | 青山镇 |", "余德胜代表：", *_REPLY[1:])
    assert letter.proposers == ("余德胜",)


@pytest.mark.parametrize(
    ("salutation", "opening", "kind"),
    [
        ("罗永康委员：", "您提出的《关于推动中医药传承创新发展的建议》收悉，现答复如下：", "提案"),
        ("王志刚同志：", "您在县人代会期间提出的关于加强饮水安全的建议收悉，现答复如下：", "建议"),
        ("吴建新等10位同志：", "你们提出的《关于加快停车场建设的议案》收悉，现答复如下：", "建议"),
        ("王志刚同志：", "您提出的关于加强饮水安全的提案收悉，现答复如下：", "提案"),
    ],
)  # fmt: skip
def test_kind_from_the_strongest_wording(salutation, opening, kind):
    assert _letter("关于加强饮水安全保障的答复", salutation, opening, "正文。").kind == kind


# --- who answers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "issuer",
    [
        "桐林县供销合作社联合社",
        "锡林高勒盟行政公署教育局",
        "厦阳海关",
        "中国人民银行汉阳市分行",
        "安平市科学技术协会",
        "东坪镇人民政府",
        "桐林县公路养护段",
        "桐林县国有林场",
    ],
)
def test_the_signature_of_any_kind_of_body(issuer):
    assert _letter(*_REPLY, issuer, "2023年6月5日").issuer == issuer


@pytest.mark.parametrize(
    ("title", "issuer"),
    [
        ("市委改革办(市营商环境建设局)关于市十六届人大六次会议第248号建议的答复", "市委改革办(市营商环境建设局)"),
        ("市财政局、市发展改革委关于市政协十一届二次会议第0305号提案的答复", "市财政局、市发展改革委"),
        ("宁川县商务和对外开放局关于县政协第9号提案的答复", "宁川县商务和对外开放局"),
        ("关于市财政局对第9号提案的意见", None),
    ],
)  # fmt: skip
def test_the_issuer_a_title_names_before_its_about(title, issuer):
    assert _letter(title, *_REPLY).issuer == issuer


def test_a_red_head_names_the_issuer():
    letter = _letter("石门县教育局文件", "石教函〔2022〕41号", "关于第62号建议的答复", *_REPLY)
    assert (letter.issuer, letter.doc_number) == ("石门县教育局", "石教函〔2022〕41号")


def test_units_signing_on_a_line_each_or_far_apart_are_one_issuer():
    expected = "东阳市市场监督管理局 东阳市商务局"
    assert (
        _letter(*_REPLY, "东阳市市场监督管理局", "东阳市商务局", "2023年8月15日").issuer == expected
    )
    assert (
        _letter(*_REPLY, "东阳市市场监督管理局    东阳市商务局", "2023年8月15日").issuer == expected
    )


# --- the head: metadata, letterhead, title ---------------------------------------------


@pytest.mark.parametrize(
    ("head", "doc_number", "category"),
    [
        (("A类  临江发改函〔2023〕77号",), "临江发改函〔2023〕77号", "A"),
        (("文号：渝北交函﹝2023﹞156号",), "渝北交函﹝2023﹞156号", None),
    ],
)
def test_document_numbers_in_more_layouts(head, doc_number, category):
    letter = _letter(*head, "关于区政协第189号提案答复的函", *_REPLY)
    assert (letter.title, letter.doc_number, letter.category) == (
        "关于区政协第189号提案答复的函",
        doc_number,
        category,
    )


def test_vertical_labels_and_a_page_date_under_the_title():
    letter = _letter(
        "信息名称：",
        "关于市十五届人大四次会议第156号建议的答复",
        "签发领导：刘振华",
        "关于市十五届人大四次会议第156号建议的答复",
        "2023-07-06 16:42",
        *_REPLY,
    )
    assert (letter.title, letter.proposal_no, letter.signer) == (
        "关于市十五届人大四次会议第156号建议的答复",
        "156",
        "刘振华",
    )
    assert letter.proposers == ("李明",) and letter.date_published == "2023-07-06"


def test_portal_lines_with_counters_leave_the_letter():
    letter = _letter(
        "关于区十八届人大二次会议第103号建议的答复",
        "来源：松岭区农业农村局 时间：2023-07-12 浏览次数：386",
        *_REPLY,
    )
    assert letter.date_published == "2023-07-12" and "浏览次数" not in letter.body


def test_a_title_that_ends_as_a_summary():
    title = "关于加快发展社区嵌入式托育服务建议的答复摘要"
    assert _letter(title, *_REPLY).title == title


# --- who is answered ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        ("马晓东等五位代表：", ("马晓东",)),
        ("王  芳委员：", ("王芳",)),
        ("致：刘家伟，张晓红代表：", ("刘家伟", "张晓红")),
        ("谢春生代表（城关代表团）：", ("谢春生",)),
        ("张三 李四代表：", ("张三", "李四")),
    ],
)
def test_salutations_as_written(salutation, names):
    assert _letter(salutation, "您提出的建议收悉，现答复如下：", "正文。").proposers == names


@pytest.mark.parametrize(
    "line", ["邓丽华委员：您提出的提案收悉，现答复如下：", "邓丽华委员：您好！您提出的提案收悉，现答复如下："]
)  # fmt: skip
def test_a_salutation_run_into_the_opening_without_a_space(line):
    letter = _letter("关于第46号提案的答复", line, "正文。")
    assert letter.proposers == ("邓丽华",) and letter.sections[0].part == "salutation"


def test_without_a_salutation_the_title_may_name_the_proposer():
    letter = _letter(
        "关于张立新代表提出的第45号建议的答复", "您提出的建议收悉，现答复如下：", "正文。"
    )
    assert letter.proposers == ("张立新",)
    letter = _letter(
        "关于市人大代表提出的第45号建议的答复", "您提出的建议收悉，现答复如下：", "正文。"
    )
    assert letter.proposers == ()


@pytest.mark.parametrize(
    ("opening", "body", "handlers"),
    [
        ("您提出的建议收悉。经会同市住房和城乡建设局、市财政局研究，现答复如下：", "正文。", ("市住房和城乡建设局", "市财政局")),
        ("您提出的建议收悉。经征求市教育局、市财政局意见，现答复如下：", "正文。", ("市教育局", "市财政局")),
        ("您提出的建议收悉，现答复如下：", "经与区住建局、区城管局共同研究，已安排改造。", ("区住建局", "区城管局")),
        ("您提出的建议收悉。经与协办单位市商务局、市城管局共同研究，现答复如下：", "正文。", ("市商务局", "市城管局")),
        ("您提出的建议收悉，现答复如下：", "我局已会同区教委增设停车位。", ()),
        # the units end where what was studied begins
        ("您提出的建议收悉。我厅会同省发展改革委对建议进行了认真研究，现答复如下：", "正文。", ("省发展改革委",)),
    ],
)  # fmt: skip
def test_co_handlers_in_more_wordings(opening, body, handlers):
    assert _letter("张晓花代表:", opening, body).co_handlers == handlers


# --- the sign-off ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        ("（联系人：陈晓，联系电话：0763-3381234）", "信息来源：清泉市自然资源局  发布时间：2023-06-09"),
        ("抄送：市政协提案委员会。", "清泉市自然资源局办公室                2023年6月6日印发"),
        ("附件：清泉市充电设施建设计划表",),
        ("承办负责人：戴春", "报：市人民政府建议提案办公室", "抄送：市人大代表联络工委"),
        ("审核人：马建军", "承办科室：规划科", "联系地址：解放路12号", "手机：13800001234", "邮编：362400"),
        ("领导签批：刘建平", "承 办 人：孙晓琳", "联系方式：010-69842176"),
    ],
)  # fmt: skip
def test_the_sign_off_reads_past_page_and_office_lines(tail):
    letter = _letter(*_REPLY, "清泉市自然资源局", "2023年6月5日", *tail)
    assert (letter.issuer, letter.date_signed) == ("清泉市自然资源局", "2023-06-05")
    assert "发布时间" not in letter.body


def test_page_metadata_below_the_letter_is_read():
    letter = _letter(*_REPLY, "某某局", "2023年6月5日", "信息来源：某某局  发布时间：2023-06-09")
    assert letter.date_published == "2023-06-09"


@pytest.mark.parametrize(
    ("date", "iso"),
    [("二Ｏ二三年八月十日", "2023-08-10"), ("日期：2024年6月28日", "2024-06-28"), ("2023-06-05", "2023-06-05")],
)  # fmt: skip
def test_signing_dates_in_more_forms(date, iso):
    assert _letter(*_REPLY, "孟溪县文化馆", date).date_signed == iso


def test_a_sign_off_run_into_the_last_paragraph():
    letter = _letter(
        "李明代表：",
        "您提出的建议收悉，现答复如下：已安排资金修缮。感谢您的支持。 双峰县文化局 2021年7月2日",
    )
    assert (letter.issuer, letter.date_signed) == ("双峰县文化局", "2021-07-02")
    assert [s.part for s in letter.sections][-1] == "signature"


@pytest.mark.parametrize(
    ("note", "signer"),
    [
        ("此答复已经局长罗文斌审签。", "罗文斌"),
        ("本答复已经分管副局长黄志诚审签。", "黄志诚"),
        ("此答复函已经明炬局长审签。", "明炬"),
        ("此答复已经局长审签。", None),
    ],
)
def test_the_signing_note_with_the_title_on_either_side(note, signer):
    assert _letter(*_REPLY, note, "金沙县水务局", "2024年7月15日").signer == signer


# --- pages that print more, or less, than the letter ------------------------------------


def test_a_salutation_below_unlabelled_page_fields_is_found():
    letter = _letter(
        "对区十五届人大二次会议第58号代表建议的答复",
        "区十五届人大二次会议",
        "58",
        "交通运输",
        "2023年",
        "王丽娟代表：",
        "您提出的关于增设公交站台的建议收悉，现答复如下：",
        "正文。",
    )
    assert letter.proposers == ("王丽娟",)


def test_a_salutation_that_lost_its_colon_and_a_signing_month_without_a_day():
    letter = _letter(
        "关于县政协八届二次会议第31号提案的答复",
        "陈国华委员",
        "您好！你们联名提出的提案收悉，现答复如下：",
        "正文。",
        "清源县农业农村局",
        "2022年7月",
    )
    assert (letter.proposers, letter.issuer, letter.date_signed) == (
        ("陈国华",),
        "清源县农业农村局",
        None,
    )


def test_the_number_in_brackets_after_the_proposals_title():
    letter = _letter(
        "尊敬的孙海涛代表：",
        "您提出的《关于加快老旧管网改造的建议》（45号）收悉，现答复如下：",
        "正文。",
        "上一篇：关于市人大第44号建议的答复",
    )
    assert letter.proposal_no == "45" and "上一篇" not in letter.body


def test_kind_from_the_letters_words_when_nothing_else_says():
    letter = _letter(
        "刘明同志：", "您的意见收悉，现答复如下：", "您的提案很有针对性，我们认真研究了提案。"
    )
    assert letter.kind == "提案"
    assert _letter("刘明同志：", "您的意见收悉，现答复如下：", "正文。").kind is None


def test_a_number_beside_another_field_and_a_padded_signer():
    letter = _letter(
        "类别：B  宁教函〔2021〕66号", "签发人：张  平", "关于区政协第91号提案的答复", *_REPLY
    )
    assert (letter.category, letter.doc_number, letter.signer) == (
        "B",
        "宁教函〔2021〕66号",
        "张平",
    )


def test_an_unknown_label_never_joins_the_title():
    letter = _letter(
        "索取号：K13561234/2022-00321",
        "公文标题：关于市政协十二届一次会议第0156号提案的答复",
        "信息发布日期：2022-08-18",
        "关于市政协十二届一次会议第0156号提案的答复",
        *_REPLY,
        "本答复由局长陈建国签发。",
        "宜丰市民政局",
        "2022年8月15日",
    )
    assert letter.title == "关于市政协十二届一次会议第0156号提案的答复"
    assert (letter.index_no, letter.date_published, letter.signer) == (
        "K13561234/2022-00321",
        "2022-08-18",
        "陈建国",
    )


def test_an_unknown_page_field_above_the_title_is_not_the_title():
    letter = _letter("责任单位：某某局", "关于第9号提案的答复", *_REPLY)
    assert letter.title == "关于第9号提案的答复"


def test_a_letter_a_page_printed_on_one_line():
    letter = _letter(
        "关于县政协十一届二次会议第12号提案的答复 程晓东委员： 您提出的提案收悉，现答复如下："
        "一、增加绿地面积。感谢您的支持。 长湖县林业局 2023年6月5日"
    )
    assert (letter.title, letter.proposers) == (
        "关于县政协十一届二次会议第12号提案的答复",
        ("程晓东",),
    )
    assert (letter.issuer, letter.date_signed) == ("长湖县林业局", "2023-06-05")


def test_a_document_number_on_the_titles_line():
    letter = _letter("关于市人大第0132号建议的答复    铜城交函〔2024〕58号", *_REPLY)
    assert (letter.title, letter.doc_number) == (
        "关于市人大第0132号建议的答复",
        "铜城交函〔2024〕58号",
    )


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [("第2023-012号建议", "2023-012", "建议"), ("第12号重点提案", "12", "提案"), ("8号集体提案", "8", "提案")],
)  # fmt: skip
def test_numbers_with_a_serial_or_a_qualified_kind(text, number, kind):
    match = PROPOSAL_NO.search(text)
    assert match and (match.group("no"), match.group("kind")) == (number, kind)


def test_a_page_date_leading_a_line_of_fields():
    letter = _letter("关于第9号提案的答复", "2023-06-05 10:21 来源：某某局 点击：35", *_REPLY)
    assert letter.date_published == "2023-06-05" and "来源" not in letter.body


def test_a_signing_date_with_full_width_dots_and_a_bare_signing_label():
    letter = _letter(*_REPLY, "签发：张三", "长江航道局汉口航道处", "2023．6．5")
    assert (letter.signer, letter.issuer, letter.date_signed) == (
        "张三",
        "长江航道局汉口航道处",
        "2023-06-05",
    )


def test_without_a_salutation_the_opening_may_name_the_proposers():
    letter = _letter(
        "关于第45号建议的答复", "张立新等5位代表提出的《关于加快停车场建设的建议》收悉，现答复如下：", "正文。"
    )  # fmt: skip
    assert letter.proposers == ("张立新",)


def test_the_number_the_first_paragraph_gives_with_its_kind():
    letter = _letter(
        "李明代表：", "您好！现答复如下：", "您提出的第73号建议已交我局办理。", "正文。"
    )
    assert (letter.proposal_no, letter.kind) == ("73", "建议")
    assert _letter("李明代表：", "您好！现答复如下：", "新建第3号楼。").proposal_no is None


def test_a_cell_of_a_pipe_table_may_hold_a_pair():
    letter = _letter(
        "| 索引号：000019156/2019-00877 | 主题分类：公路 |",
        "| 发布机构：清泉市交通运输局办公室 | 成文日期：2019年08月09日 |",
        "| 文　　号：清交函〔2019〕287号 | 发布日期：2019年09月17日 |",
        "",
        "李明代表：",
        "您提出的建议收悉，现答复如下：已安排资金修缮。",
        "清泉市交通运输局",
        "2019年8月9日",
    )
    assert (letter.doc_number, letter.date_published) == ("清交函〔2019〕287号", "2019-09-17")
    assert "索引号" not in letter.body


def test_the_party_of_zhigong_is_no_salutation_to():
    letter = _letter("致公党清泉市委员会：", "你们提出的提案收悉，现答复如下：", "正文。")
    assert letter.proposers == ("致公党清泉市委员会",)


def test_a_co_handler_line_among_the_paragraphs_names_the_co_handlers():
    letter = _letter(
        *_REPLY[:2],
        "已对12条重复线路进行了优化调整。",
        "协办单位：市公安局交通警察支队、区财政局",
        "感谢您对交通运输事业的关心和支持。",
        "领导署名：陈志远",
        "联 系 人：黄丽娟",
        "清泉市交通运输局",
        "2017年6月9日",
    )
    assert letter.co_handlers == ("市公安局交通警察支队", "区财政局")
