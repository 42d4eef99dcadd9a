"""A city a question names that its letter never names ("原平市有多少家锻造企业？" of a
county's letter that names no 原平) is another place: the letter's figures are not its —
and so is a city jieba's dictionary has as a name (都匀市), however common a word it is
there; kinds of place (城市, 小城镇, 市区, 开发区) and the letter's own places are none
(met on made_up/qa37).  The letters here are made up."""

from __future__ import annotations

import pytest

from rag.answer.support import unheld_places

COUNTY = "某某县工业和信息化局：目前全县有法兰及锻件生产企业约310家，其中规模以上企业96家。"
TOWNSHIP = "三洞乡人民政府：全乡会做马尾绣的妇女约1100人，三都县今年举办了绣娘培训。"


@pytest.mark.parametrize(
    ("question", "letter", "place"),
    [
        ("原平市有多少家锻造企业？", COUNTY, "原平"),
        ("都匀市有多少妇女会做马尾绣？", TOWNSHIP, "都匀"),
    ],
)
def test_a_city_the_letter_never_names_is_another_place(question, letter, place):
    assert unheld_places(question, letter) == [place]


@pytest.mark.parametrize(
    "question",
    [
        "城市里有多少家锻造企业？",
        "小城镇有多少家锻造企业？",
        "市区有多少家锻造企业？",
        "开发区有多少家锻造企业？",
        "全市有多少家锻造企业？",
        "去超市买一袋要多少钱？",
        "三都县有多少妇女会做马尾绣？",
    ],
)
def test_kinds_of_place_and_places_the_letter_names_are_none(question):
    assert unheld_places(question, TOWNSHIP) == []
