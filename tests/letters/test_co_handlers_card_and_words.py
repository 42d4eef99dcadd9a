"""A page's `协办单位` card and the letter's own words may each name co-handlers: both are
read, each unit once (met on made_up/fields18).  The letters here are made up."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("card", "words"),
    [
        ("某某区卫生健康局", "区卫健局"),
        ("某某区发展和改革局", "区发改局"),
        ("某某区卫生健康委员会", "区卫健委"),
        ("某某区财政局（会签）", "区财政局"),
    ],
)
def test_a_unit_named_short_in_the_words_and_in_full_on_the_card_is_named_once(card, words):
    got = _co_handlers(
        f"协办单位：{card}",
        f"贵会提出的《关于发展农村互助养老的提案》收悉。我局会同{words}进行了研究，现答复如下：",
    )
    assert got == (words,)


def test_the_issuer_on_its_own_card_is_no_co_handler():
    got = _co_handlers(
        "协办单位：某某区民政局、某某区财政局",
        "贵会提出的《关于发展农村互助养老的提案》收悉，现答复如下：",
    )
    assert got == ("某某区财政局",)
