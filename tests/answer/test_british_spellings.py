"""Met on made_up/qa47: English questions in British spelling ("organic fertiliser", "the
visitor centre") found none of the dictionary's Chinese, which spells American. The
questions are made up."""

from __future__ import annotations

import pytest

from rag.answer.bilingual import english_words, translate


@pytest.mark.parametrize(
    ("british", "chinese"),
    [("fertiliser", "肥料"), ("programme", "计划"), ("labour costs", "人工费"), ("colour", "颜色")],
)
def test_a_british_spelling_finds_the_dictionarys_words(british, chinese):
    assert chinese in translate(f"Which replies mention {british}?", lambda term: True)


def test_the_centre_is_the_center():
    assert english_words("the visitor centre") == ["visitor", "center"]


@pytest.mark.parametrize("word", ["hour", "tour", "enterprise", "exercise", "science"])
def test_words_that_only_look_british_stay(word):
    assert english_words(f"the {word}") == [word]
