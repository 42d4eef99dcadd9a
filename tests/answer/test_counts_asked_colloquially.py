"""Counts asked in everyday words: 几回 is answered by a count in 次 ("去年搞了几回培训" /
"举办培训6次"), and a measure word is read as one when the noun after it is counted in it,
though the two characters make another word (多少头花猪: 头花 is a hair ornament) — a
district's pig question was "answered" by another letter's 860户 of street vendors (made_up/
qa44).  Sentences are made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for

_YEAR = 2025


@pytest.mark.parametrize("question", ["去年搞了几回培训？", "去年一共办了几趟培训？"])
def test_times_asked_in_any_measure_of_times(question):
    asks = asks_for(question)
    assert asks.answered_by("去年共举办培训6次。", year=_YEAR)
    assert not asks.answered_by("去年共培训学员320人。", year=_YEAR)


def test_a_measure_word_before_the_noun_it_counts():
    asks = asks_for("某某区养了多少头花猪？")
    assert asks.answered_by("全区现有花猪存栏2.3万头。", year=_YEAR)
    assert not asks.answered_by("城区现有流动摊贩约860户。", year=_YEAR)


def test_a_measure_word_beginning_another_word_is_still_no_measure():
    assert asks_for("办证要交多少手续费？").units is not None  # a sum, not 手
    assert asks_for("几点钟开门？").kind == "time"
