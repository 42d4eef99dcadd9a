"""A person asked as "谁是…会长" as much as "会长是谁"; and a town jieba tags as a person's
name (凤鸣镇, 蔡家坡 of 蔡家坡镇) is no person — a question asking who heads an association
was "answered" by a sentence listing towns (met on made_up/qa35).  Sentences are made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.posts import names_in


@pytest.mark.parametrize(
    "question", ["谁是某某县餐饮行业协会的会长？", "谁是项目负责人？", "协会会长是谁？"]
)
def test_a_person_asked_either_way(question):
    assert asks_for(question).kind == "person"


def test_who_is_a_unit_asks_no_person():
    assert asks_for("谁是牵头单位？").kind != "person"


def test_towns_are_no_people():
    assert names_in("经营户主要集中在凤鸣镇、蔡家坡镇和益店镇。") == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("张伟区长强调，要抓好落实。", "张伟"), ("项目由王小明村长负责。", "王小明")],
)
def test_a_name_before_a_post_is_still_a_person(sentence, name):
    assert name in names_in(sentence)


def test_a_name_the_question_says_itself_is_not_the_person_asked():
    # (made_up/qa40: 黄梅 of 黄梅挑花, tagged a person's name, "answered" who the inheritor is)
    asks = asks_for("黄梅挑花那位国家级传承人叫什么名字？")
    assert not asks.answered_by("黄梅挑花是国家级非物质文化遗产代表性项目。", year=2020)
    assert asks.answered_by("黄梅挑花国家级代表性传承人王秀兰今年已83岁。", year=2020)
    asks = asks_for("接替王秀兰的负责人是谁？")
    assert asks.kind == "person"
    assert not asks.answered_by("王秀兰同志负责该项目已有12年。", year=2020)
    assert asks.answered_by("该项目现由李小梅同志负责。", year=2020)
