"""What a helper's review of session 44's changes sent back (each made up, as the review's
letters were): a firm asked by name ("the manufacturer", "the contractor") is no person; a
surname jieba cuts from its given name (李 | 志强) is still a name; "what will the subsidy pay
for?" and "the pension policy" ask no sum; "how old" is answered by the year a thing was
built; hours in words (早八点至晚六点, 全天开放) answer opening hours; a count naming a place of
its own is a new question; the 起 of 起草 bounds no due; a heading that only names a standard
starting a year promises nothing."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.commitments import commitments
from rag.answer.due import due_in
from rag.answer.query import looks_like_follow_up
from rag.letters.parse import parse_letter

_YEAR = 2024


@pytest.mark.parametrize(
    "question",
    [
        "What is the name of the manufacturer of the new buses?",
        "What is the name of the contractor?",
        "What is the name of the investor behind the park?",
    ],
)
def test_a_firm_asked_by_name_is_no_person(question):
    assert asks_for(question).kind != "person"


@pytest.mark.parametrize(
    "question",
    ["What is the name of the general manager of the water company?", "县水厂由哪几位负责？"],
)
def test_a_name_jieba_cuts_after_its_surname_answers_a_person_asked(question):
    assert asks_for(question).answered_by("县水务公司总经理李志强负责全县水厂运营。", year=_YEAR)


@pytest.mark.parametrize(
    "question",
    [
        "What will the nutrition subsidy pay for?",
        "What is the pension policy for landless farmers?",
    ],
)
def test_what_a_sum_covers_or_a_policy_is_no_sum_asked(question):
    assert asks_for(question).kind is None


def test_how_old_is_answered_by_the_year_it_was_built():
    asks = asks_for("How old is the village farm?")
    assert asks.answered_by("该农场建于1998年。", year=_YEAR)
    assert not asks.answered_by("该农场现有职工46人。", year=_YEAR)


@pytest.mark.parametrize(
    "sentence", ["景区开放时间为早八点至晚六点。", "景区全天开放，周末和节假日不闭园。"]
)
def test_hours_in_words_answer_opening_hours(sentence):
    assert asks_for("What are the opening hours of the lake?").answered_by(sentence, year=_YEAR)


def test_a_count_naming_a_place_of_its_own_is_a_new_question():
    assert looks_like_follow_up("How many were shut down?")
    assert not looks_like_follow_up("How many were closed in Wuchuan?")


def test_the_qi_of_a_word_bounds_no_due():
    assert due_in("今年起草县级养护标准。", 2025, "2025-06-01") == "今年"
    assert due_in("明年起，每年组织一次培训。", 2025, "2025-06-01") == "明年起"


def test_a_heading_naming_a_standard_is_no_promise():
    letter = parse_letter(
        "\n".join(
            [
                "关于县政协十一届四次会议第37号提案的答复",
                "钟春华委员：",
                "您提出的提案收悉，现答复如下：",
                "一、下一步工作",
                "（一）年底前，我局将完成全县公路养护标准修订。",
                "（二）2026年起实施的新标准。",
                "新标准将提高农村公路日常养护的频次。",
                "感谢您对交通工作的关心和支持。",
                "某某县交通运输局",
                "2025年8月14日",
            ]
        ),
        source="x.txt",
    )
    quotes = [item.quote for item in commitments(letter)]
    assert "（一）年底前，我局将完成全县公路养护标准修订。" in quotes
    assert "（二）2026年起实施的新标准。" not in quotes
