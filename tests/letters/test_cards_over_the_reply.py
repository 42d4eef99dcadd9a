"""Portal cards and columns over a reply: a column name over the title, a card's 答复内容
label over it, a proposer card with another field on its line, a salutation far below the
page's furniture, a greeting or a lost 的 in it, and a masked deputy.  The letters are made
up."""

from __future__ import annotations

from rag.letters.parse import parse_letter

BODY = [
    "您提出的《关于推进剪纸非遗工坊建设的提案》收悉，现答复如下：",
    "今年共举办剪纸技艺培训班6期，培训村民和学生230人次。",
    "感谢您对文化旅游工作的关心和支持。",
    "某某县文化和旅游局",
    "2022年10月24日",
]


def _letter(*head: str) -> object:
    return parse_letter("\n".join([*head, *BODY]), source="card.txt")


def test_a_column_name_over_the_title_is_no_part_of_it() -> None:
    letter = _letter(
        "政协委员提案",
        "",
        "某某县文化和旅游局 关于县政协九届二次会议第52号提案的复函",
        "阎秋菊委员：",
    )
    assert letter.title == "某某县文化和旅游局关于县政协九届二次会议第52号提案的复函"


def test_a_cards_reply_label_over_the_title_is_no_part_of_it() -> None:
    letter = _letter(
        "提案编号", "第41号", "答复内容", "关于县政协十届二次会议第41号提案的答复", "汪国庆委员："
    )
    assert letter.title == "关于县政协十届二次会议第41号提案的答复"
    assert letter.proposers == ("汪国庆",)


def test_another_field_on_the_proposer_cards_line_is_no_proposer() -> None:
    letter = _letter("领衔代表: 霍建英 代 表 团: 朔城区", "霍建英代表您好:")
    assert letter.proposers == ("霍建英",)


def test_a_salutation_below_a_long_card_is_the_one_above_the_opening() -> None:
    card = ["提案号：27号", "提案人：鲁振江 韩玉芬", "内容：", "城区部分老街区仍为雨污合流管道。"]
    furniture = [
        "对本案的实施建议：",
        "建议分年度实施。",
        "承办单位：水务局",
        "交办日期：2016年3月18日",
    ]
    letter = _letter(*card, *furniture, "办理情况：", "", "鲁振江、韩玉芬委员：")
    assert letter.proposers == ("鲁振江", "韩玉芬")


def test_a_salutation_without_its_de_or_with_a_greeting_names_the_member() -> None:
    assert _letter("尊敬金英淑委员：").proposers == ("金英淑",)
    assert _letter("尊敬的马**代表：").proposers == ()  # masked: nobody named


def test_field_work_with_other_units_makes_them_no_co_handlers() -> None:
    opening = "您提出的建议收悉。我局会同县城市管理局、川口镇人民政府对农贸市场周边进行了实地查看，现答复如下："
    letter = parse_letter("\n".join(["马建国代表：", opening, *BODY[1:]]), source="walk.txt")
    assert letter.co_handlers == ()
    studied = opening.replace("对农贸市场周边进行了实地查看", "对建议进行了认真研究")
    letter = parse_letter("\n".join(["马建国代表：", studied, *BODY[1:]]), source="study.txt")
    assert letter.co_handlers == ("县城市管理局", "川口镇人民政府")
