"""Shapes of web copies met on made_up/fields19: a bracketed label followed by a colon
(`【提案号】：0037`), a salutation with no colon and its role spaced off (`农瑞祥  委员`),
a signing note naming only a surname and a post (`此复函已经梁镇长审签`: nobody's name), and
a town office's own 经征求…意见 in its first sentence.  The letters are made up."""

from __future__ import annotations

from rag.letters.parse import parse_letter


def _letter(*lines: str):
    return parse_letter("\n".join(lines), source="x.txt")


def test_a_bracketed_label_may_take_a_colon():
    letter = _letter(
        "【提案号】：0052",
        "【提案人】：民盟某某县支部",
        "关于政协某某县第十届委员会第三次会议提案的答复",
        "民盟某某县支部：",
        "你们提出的《关于推广集雨补灌技术的提案》收悉，现答复如下：",
        "下一步，我局将在两个镇开展示范片建设。",
        "某某县农业农村局",
        "2024年6月11日",
    )
    assert letter.proposal_no == "0052"


def test_a_salutation_with_its_role_spaced_off_and_no_colon():
    letter = _letter(
        "关于县政协十届二次会议第61号提案的答复函",
        "   韦春明  委员",
        "您在县政协十届二次会议期间提出的关于加强校门口交通疏导的提案，经认真办理，现答复如下：",
        "大队在上放学时段安排民警在学校门口设立护学岗。",
        "某某县公安局交通管理大队",
        "2022年10月18日",
    )
    assert letter.proposers == ("韦春明",)


def test_a_surname_and_a_post_name_no_signer():
    letter = _letter(
        "某某镇人民政府关于县十五届人大四次会议第21号建议的复函",
        "何少文代表：",
        "您提出的《关于增设路灯的建议》收悉。经研究办理，现答复如下：",
        "下一步，我镇将建立路灯日常巡查和维修制度。",
        "此复函已经陈镇长审签。对以上答复您有什么意见，请及时反馈。",
        "某某镇人民政府",
        "2024年5月31日",
    )
    assert letter.signer is None


def test_a_named_signer_in_the_same_note_is_still_read():
    letter = _letter(
        "某某镇人民政府关于县十五届人大四次会议第21号建议的复函",
        "何少文代表：",
        "您提出的《关于增设路灯的建议》收悉。经研究办理，现答复如下：",
        "下一步，我镇将建立路灯日常巡查和维修制度。",
        "此复函已经陈立华镇长审签。",
        "某某镇人民政府",
        "2024年5月31日",
    )
    assert letter.signer == "陈立华"


def test_a_street_offices_own_consultation_names_its_co_handler():
    letter = _letter(
        "关于县十七届人大四次会议第58号建议的答复",
        "周志明代表：",
        "你提出的《关于整治背街小巷停车秩序的建议》已收悉，现答复如下：",
        "我街道经征求县住建局意见，梳理出可施划停车位的小巷12条。",
        "某某县某某街道办事处",
        "2022年6月16日",
    )
    assert letter.co_handlers == ("县住建局",)


def test_a_consultation_after_the_suggestion_came_names_its_co_handler():
    letter = _letter(
        "关于县十七届人大四次会议第58号建议的答复",
        "周志明代表：",
        "你提出的《关于整治背街小巷停车秩序的建议》已收悉，现答复如下：",
        "街道辖区内背街小巷共37条。收到建议后，我街道经征求县住建局意见，梳理出可施划停车位的小巷12条。",
        "某某县某某街道办事处",
        "2022年6月16日",
    )
    assert letter.co_handlers == ("县住建局",)


def test_joint_work_in_a_later_sentence_names_no_co_handler():
    letter = _letter(
        "关于县十七届人大四次会议第58号建议的答复",
        "周志明代表：",
        "你提出的《关于改善农村公路的建议》已收悉，现答复如下：",
        "全县农村公路总里程1200公里。近年来，我局经与市交通运输局共同努力，争取资金3000万元。",
        "某某县交通运输局",
        "2022年6月16日",
    )
    assert letter.co_handlers == ()
