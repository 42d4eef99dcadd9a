"""A question in two parts, each asking a fact: the part the letter states is answered
(with its figure), not refused because the other part's fact is missing or because the
whole question reads as one count; a question none of whose parts' facts are stated is
still refused.  The letter is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.parts import _asked_parts, parts_of

SCHOOLS = "\n".join(
    [
        "关于市政协十届三次会议第78号提案的答复",
        "李军委员：",
        "您提出的关于规范民办武术学校办学的提案收悉。现答复如下：",
        "一、已开展的工作",
        "截至2023年底，全市经审批的武术学校共29所，在校学生3390人。",
        "二、下一步工作",
        "（一）今年暑期组织武术学校文化课教师培训2期，每期不少于60人。",
        "某某市教育局",
        "2024年6月1日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("parts")
    return indexed(root / "letters", root / "home", schools=SCHOOLS)


def test_each_part_of_a_two_part_count_is_answered(qa):
    answer = qa.ask("暑期那个文化课老师的培训办几期？每期多少人？")
    assert not answer.refused
    assert "2期" in answer.text and "60人" in answer.text


def test_a_question_no_part_of_which_is_stated_is_refused(qa):
    answer = qa.ask("武术学校的学费一年多少钱？住宿费又是多少？")
    assert answer.refused


def test_parts_are_split_at_question_marks():
    assert parts_of("培训办几期？每期多少人？") == ["培训办几期？", "每期多少人？"]
    assert parts_of("培训办几期？") == ["培训办几期？"]


def test_a_follow_ups_year_holds_for_every_part(qa):
    first = "暑期那个文化课老师的培训办几期？"
    answer = qa.ask(first)
    follow = qa.ask("那2019年呢？", history=[(first, answer.text)])
    assert follow.refused


OVENS = "\n".join(
    [
        "关于县政协九届二次会议第17号提案的答复",
        "赵红委员：",
        "您提出的关于降低烘焙企业用能成本的提案收悉。现答复如下：",
        "我局已协助7家烘焙企业完成烤炉节能改造，单位产品耗气量平均下降约9%。",
        "某某县工业和信息化局",
        "2024年6月1日",
    ]
)


def test_an_english_second_question_after_a_preposition_is_its_own_part(tmp_path):
    # (made_up/qa39: "per product" belongs to the second question, ", and by how much did
    # energy use per product fall?", not to the count of companies the first one asks)
    qa = indexed(tmp_path / "letters", tmp_path / "home", ovens=OVENS)
    answer = qa.ask(
        "How many bakeries were helped with oven energy-saving upgrades, "
        "and by how much did gas use per product fall?"
    )
    assert not answer.refused
    assert "7家" in answer.text and "9%" in answer.text


def test_a_date_asked_after_a_preposition_is_the_first_parts():
    # (made_up/qa16: ", and by when is it to be finished?" quoted a 2015 sampling date too)
    question = "How much capacity will phase two add, and by when is it to be finished?"
    assert _asked_parts(question) == [question]
