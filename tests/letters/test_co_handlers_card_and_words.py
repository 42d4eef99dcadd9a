"""A page's `协办单位` card and the letter's own words may each name co-handlers: both are
read, each unit once (met on made_up/fields18).  The letters here are made up."""

from __future__ import annotations

from rag.letters.parse import parse_letter


def _co_handlers(card: str, opening: str) -> tuple[str, ...]:
    letter = parse_letter(
        "\n".join(
            (
                "关于区政协十届三次会议第0049号提案的答复",
                "发布时间：2025-07-10 17:05:33",
                card,
                "民盟某某区委员会：",
                opening,
                "目前已建成农村互助幸福院52个。",
                "某某区民政局",
                "2025年7月4日",
            )
        ),
        source="t.txt",
    )
    return letter.co_handlers


def test_the_card_adds_a_co_handler_the_words_leave_out():
    got = _co_handlers(
        "协办单位：某某区卫生健康局",
        "贵会提出的《关于发展农村互助养老的提案》收悉。我局会同区财政局进行了研究，现答复如下：",
    )
    assert got == ("区财政局", "某某区卫生健康局")


def test_a_unit_in_both_is_named_once():
    got = _co_handlers(
        "协办单位：某某区财政局",
        "贵会提出的《关于发展农村互助养老的提案》收悉。我局会同区财政局进行了研究，现答复如下：",
    )
    assert got == ("区财政局",)


def test_the_card_alone_still_names_them():
    got = _co_handlers(
        "协办单位：某某区财政局、某某区卫生健康局",
        "贵会提出的《关于发展农村互助养老的提案》收悉，现答复如下：",
    )
    assert got == ("某某区财政局", "某某区卫生健康局")
