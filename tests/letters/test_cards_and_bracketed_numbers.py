"""Fields as more web copies print them: a 联名代表 list on the 建议人 line, a proposal's
number in brackets after its name in the page's heading (`(63号)`, no 第) or in the opening
(`（立案号：2020114号）`), and a co-handling opinion without its title, which says what it
is as its opening ends (`会办意见如下`) and is written to the lead unit, not the proposer.
The letters are made up."""

from __future__ import annotations

from rag.letters.parse import parse_letter


def test_joint_deputies_on_the_proposers_line_are_proposers() -> None:
    letter = parse_letter(
        "\n".join(
            [
                "关于区十七届人大四次会议第0037号建议的答复",
                "建议人：沈国平　　联名代表：吴晓燕、钱志明",
                "沈国平代表：",
                "您领衔提出的《关于增开公交班次的建议》收悉。现答复如下：",
                "我局已于5月起增开班次6个。",
                "某某区交通运输局",
                "2024年6月20日",
            ]
        ),
        source="bus.txt",
    )
    assert letter.proposers == ("沈国平", "吴晓燕", "钱志明")


def test_a_number_in_brackets_after_the_proposals_name_in_the_heading() -> None:
    letter = parse_letter(
        "\n".join(
            [
                "县政协十届三次会议《关于加强老旧小区物业管理的建议》(63号)答复",
                "韩玉梅委员：",
                "您提出的关于加强老旧小区物业管理的建议收悉，现答复如下：",
                "我局已在12个老旧小区引入物业服务。",
                "某某县住房和城乡建设局",
                "2021年4月9日",
            ]
        ),
        source="estate.txt",
    )
    assert letter.proposal_no == "63"


def test_a_co_handling_opinion_without_its_title() -> None:
    letter = parse_letter(
        "\n".join(
            [
                "市交通运输局：",
                "黄志强代表提出的《关于加快连接线建设的建议》（立案号：2020114号）收悉，"
                "经我局研究，会办意见如下：",
                "我局对建议表示支持，线位已纳入近期重点项目清单。",
                "某某市自然资源局",
                "2020年6月3日",
            ]
        ),
        source="link.txt",
    )
    assert letter.proposal_no == "2020114"
    assert letter.proposers == ("黄志强",)


def _letter(head: list[str]) -> list[str]:
    return [*head, "我局已开展相关工作。", "某某县住房和城乡建设局", "2021年4月9日"]


def test_a_standard_or_a_year_in_brackets_in_the_title_is_no_proposal_number() -> None:
    title = "关于贯彻执行《生活饮用水卫生标准》(GB5749)的建议的答复"
    letter = parse_letter(
        "\n".join(_letter([title, "王明代表：", "你提出的建议收悉，现答复如下："])), "x.txt"
    )
    assert letter.proposal_no is None


def test_a_count_on_the_proposers_card_is_no_name() -> None:
    head = ["关于第37号建议的答复", "建议人：沈国平　　联名代表：吴晓燕等12人", "沈国平代表："]
    letter = parse_letter(
        "\n".join(_letter([*head, "您领衔提出的建议收悉。现答复如下："])), "x.txt"
    )
    assert letter.proposers == ("沈国平", "吴晓燕")


def test_an_opinion_written_to_the_deputies_names_them() -> None:
    head = [
        "关于第5号建议的答复",
        "黄志强、李明代表：",
        "你们提出的《关于修路的建议》收悉，现将我局协办意见如下：",
    ]
    letter = parse_letter("\n".join(_letter(head)), "x.txt")
    assert letter.proposers == ("黄志强", "李明")


def test_an_opinion_titled_so_but_written_to_the_deputies_names_them() -> None:
    head = [
        "某某区农业农村局关于区三届人大三次会议第45号建议的协办意见",
        "黄志坚等代表：",
        "你们提出的《关于修建机耕路的建议》（第45号）收悉。经研究，现答复如下：",
    ]
    letter = parse_letter("\n".join(_letter(head)), "x.txt")
    assert letter.proposers == ("黄志坚",)


def test_an_opinion_titled_so_and_written_to_the_lead_unit_names_no_proposer() -> None:
    head = [
        "某某区农业农村局关于区三届人大三次会议第45号建议的协办意见",
        "区交通运输局：",
        "黄志坚代表提出的《关于修建机耕路的建议》（第45号）收悉。我局协办意见如下：",
    ]
    letter = parse_letter("\n".join(_letter(head)), "x.txt")
    assert "区交通运输局" not in letter.proposers


def test_an_opinion_written_to_several_units_names_no_proposer() -> None:
    head = [
        "某某县财政局关于县政协第56号提案的协办意见",
        "某某县交通运输局、某某县公安局等：",
        "《关于加强农村道路交通安全设施建设的提案》收悉，现提出协办意见如下：",
    ]
    assert parse_letter("\n".join(_letter(head)), "x.txt").proposers == ()
