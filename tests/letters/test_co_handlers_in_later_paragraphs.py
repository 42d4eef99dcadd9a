"""Shapes of web copies met on made_up/fields20: the reply names whom it was worked out with
in a later paragraph's opening words (`经商县林业局，对其中…`, `我街道经征求市民政局意见，…`,
`我乡经与县水利局共同研究，…`), in the opening as `经X、Y会办，现答复如下`, or as `我乡会同X对
建议进行了研究`; field work the bureau did with a unit (`我局会同市消防大队，在…建成…`) and
work named after something else was done still name none.  A co-handling opinion answered to
the lead unit (`现将我局协办意见答复如下`) names the member its opening names, not the lead unit.
The letters are made up."""

from __future__ import annotations

from rag.letters.parse import parse_letter


def _letter(*body: str, opening: str = "你提出的《关于改善农村供水的建议》已收悉，现答复如下："):
    lines = ["关于县十七届人大四次会议第58号建议的答复", "周志明代表：", opening, *body]
    return parse_letter("\n".join([*lines, "某某县水利局", "2022年6月16日"]), source="x.txt")


def test_a_later_paragraph_opening_with_its_consultation_names_the_co_handler():
    letter = _letter(
        "全县共有农村供水工程126处，其中千吨万人工程4处。",
        "一、存在的问题。部分工程水源不稳定，旱季供水不足。",
        "二、处置措施。经商县林业局，对涉及林地的3处水源地依法办理用地手续。",
    )
    assert letter.co_handlers == ("县林业局",)


def test_a_town_offices_consultation_opening_a_later_paragraph():
    letter = _letter(
        "全县共有农村供水工程126处。",
        "我街道经征求市民政局意见，确定在燕山新村建设老年食堂。",
    )
    assert letter.co_handlers == ("市民政局",)


def test_the_units_that_co_handled_as_the_opening_says_so():
    opening = "你提出的《关于改善农村供水的建议》收悉，经市财政局、市住建局会办，现答复如下："
    letter = _letter("全县共有农村供水工程126处。", opening=opening)
    assert letter.co_handlers == ("市财政局", "市住建局")


def test_a_town_that_studied_the_suggestion_with_a_bureau():
    letter = _letter("我乡会同县交通运输局对建议进行了研究，决定将沟渠一并清淤修缮。")
    assert letter.co_handlers == ("县交通运输局",)


def test_field_work_with_a_unit_names_no_co_handler():
    letter = _letter(
        "全县共有农村供水工程126处。",
        "我局会同市消防救援支队，在传统村落中建成消防水池23座。",
        "今年汛前，我局经与县气象局共同努力，提前完成了水源储备。",
        "经与县交通运输局共同努力，沿河公路防护栏已全部完成安装。",
        "我局经与县公安局联合执法，今年查处非法采砂案件12起。",
        "二是提高补助标准。会同县财政局研究将水毁工程纳入补助范围，争取2025年起实施。",
    )
    assert letter.co_handlers == ()


def test_a_co_handling_opinion_answered_to_the_lead_unit_names_the_member():
    letter = parse_letter(
        "\n".join(
            [
                "关于区政协十五届二次会议第87号提案协办件的答复",
                "区住房和城乡建设局：",
                "刘晓光委员所提出的《关于完善公交站点设置的提案》已收悉，现将我局协办意见答复如下：",
                "今年我局已协调公交企业新增站点9处。",
                "某某区交通运输局",
                "2023年7月4日",
            ]
        ),
        source="x.txt",
    )
    assert letter.proposers == ("刘晓光",)
