"""A follow-up with no follow-up words ("去年来了多少游客？") that asks only of what the
previous answer said stays in that answer's letter, even when another letter in the index
answers the words better on their own; a question naming a place, or a thing the previous
answer never mentioned, is a new question.  Every letter here is made up."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from letter_builders import indexed

from rag import ReplyLetterQA
from rag.answer.conversation import Resolved, leans_on

ORANGES = """source_url: synthetic
completeness: full
---
标题：青禾县农业农村局关于县政协十一届三次会议第31号提案的答复
王敏委员:
您提出的关于做强金桔采摘旅游的提案收悉,现答复如下:
一、已开展的工作
（一）建设标准化果园。全县已建成金桔标准化示范园12个,面积1.6万亩。
（二）加强品牌宣传。连续三年举办金桔采摘文化活动,2024年接待游客约38万人次。
二、下一步工作
我局将会同县商务局组织产销对接活动,今年计划组织4场。
青禾县农业农村局
2025年6月18日
"""

FESTIVAL = """source_url: synthetic
completeness: full
---
标题：白石旗文化旅游局关于旗人大八届四次会议第28号建议的答复
赵刚代表:
您提出的关于办好秋季胡杨节的建议收悉,现答复如下:
去年胡杨节期间,全旗共接待游客41.3万人次,同比增长27%,住宿、交通、餐饮都出现了供不应求的情况。
下一步,我局将增设临时停车场3处,并在景区入口实行分时段预约。
白石旗文化旅游局
2025年5月20日
"""

FIRST = "青禾县的金桔采摘活动办得怎么样？"


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        oranges=ORANGES,
        festival=FESTIVAL,
    )


def sources(answer) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.proposal_no for c in answer.citations}


def test_a_follow_up_asking_of_the_answers_own_words_stays_in_its_letter(qa):
    first = qa.ask(FIRST)
    assert sources(first) == {"31"} and "游客" in first.text
    # alone, the festival letter answers "去年…游客" too (it writes 去年; the other, 2024年)
    assert "28" in sources(qa.ask("去年来了多少游客？"))
    again = qa.ask("去年来了多少游客？", history=[(FIRST, first.text)])
    assert sources(again) == {"31"}
    assert "38万人次" in again.text


def test_a_follow_up_naming_a_place_or_a_new_thing_is_a_new_question(qa):
    first = qa.ask(FIRST)
    history = [(FIRST, first.text)]
    assert sources(qa.ask("白石旗去年来了多少游客？", history=history)) == {"28"}
    assert "31" not in sources(qa.ask("明年的GDP目标是多少？", history=history))


LETTER = "（三）加强品牌宣传。连续三年举办金桔采摘文化活动，2024年接待游客约38万人次。"
QUOTED = "根据第31号提案答复函，\n连续三年举办金桔采摘文化活动，2024年接待游客约38万人次。[1]"
OTHERS = "根据第28号建议答复函，\n去年胡杨节期间，全旗共接待游客41.3万人次。[1]"


@pytest.mark.parametrize(
    ("question", "answered", "leans"),
    [
        ("去年来了多少游客？", QUOTED, True),
        ("明年的GDP目标是多少？", QUOTED, False),  # the answer never said GDP
        ("白石旗去年来了多少游客？", QUOTED, False),  # a place of its own
        ("How many visitors came last year?", QUOTED, False),  # a topic of its own
        # a bare ask: nothing of its own to ask about but the answer's (made_up/qa39)
        ("How often?", QUOTED, True),
        ("In which months, and how often?", QUOTED, True),
        ("How often?", OTHERS, False),
        ("多久一次？", QUOTED, True),
        ("多久举办一次？", QUOTED, True),  # (举办: a verb of the answer)
        ("多久评比一次？", QUOTED, False),  # (评比: not)
        ("去年来了多少游客？", OTHERS, False),  # the answer quoted another letter
        ("去年来了多少游客？", "", False),
    ],
)
def test_which_questions_lean_on_the_previous_answer(question, answered, leans):
    history = [("上一问", answered)] if answered else []
    carried = Resolved("上一问", letter_ids=("oranges",))
    chunks_of = {"oranges": [SimpleNamespace(text=LETTER)]}.__getitem__
    assert leans_on(question, history, carried, chunks_of) is leans


# made_up/qa45 and qa46: a count whose thing is left unsaid is a follow-up; a place asked
# ("哪个镇") or the previous question's town by its kind ("镇里") is no place of its own.
TOWN = "根据第31号提案答复函，\n连续三年举办金桔采摘文化活动，2024年接待游客约38万人次。[1]"


@pytest.mark.parametrize(
    ("question", "asked", "leans"),
    [
        ("镇里去年来了多少游客？", "青禾镇的金桔采摘活动办得怎么样？", True),
        ("镇里去年来了多少游客？", "青禾县的金桔采摘活动办得怎么样？", False),
        ("别的县去年来了多少游客？", "青禾县的金桔采摘活动办得怎么样？", False),
    ],
)
def test_the_previous_questions_place_by_its_kind_is_no_new_place(question, asked, leans):
    history = [(asked, TOWN)]
    carried = Resolved(asked, letter_ids=("oranges",))
    chunks_of = {"oranges": [SimpleNamespace(text=LETTER)]}.__getitem__
    assert leans_on(question, history, carried, chunks_of) is leans


@pytest.mark.parametrize(
    ("question", "follows"),
    [
        ("How many were shut down?", True),
        ("How much was spent?", True),
        ("How many workshops were shut down in Yanshan?", False),
    ],
)
def test_a_count_of_a_thing_unsaid_is_a_follow_up(question, follows):
    from rag.answer.query import looks_like_follow_up

    assert looks_like_follow_up(question) is follows
