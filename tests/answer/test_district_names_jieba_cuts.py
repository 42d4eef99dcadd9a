"""Met on made_up/qa37: jieba cuts 辽中区 as 辽|中区, and 中区 is a word of its dictionary, so
the district was read as a kind of place and a 灯塔市 letter's 佟二堡 figures answered "辽中区
有多少皮草商户".  A run CC-CEDICT has only as a place's name (辽中, 市中) is a name however
jieba cuts it; kinds of place (老城区, 景区, 开发区) still are none.  Every sentence here is
made up."""

from __future__ import annotations

import pytest

from rag.answer.support import unheld_places

LETTER = "灯塔市商务局关于皮草产业的答复。据我局统计，佟二堡现有皮草经营商户约4200户。"


@pytest.mark.parametrize(
    ("question", "place"), [("辽中区有多少皮草商户？", "辽中"), ("市中区有多少皮草商户？", "市中")]
)
def test_a_district_jieba_cuts_is_a_place_the_letter_never_names(question, place):
    assert unheld_places(question, LETTER) == [place]


@pytest.mark.parametrize(
    "question", ["老城区有多少皮草商户？", "景区有多少皮草商户？", "开发区有多少皮草商户？"]
)
def test_a_kind_of_place_is_no_name(question):
    assert unheld_places(question, LETTER) == []


def test_the_letters_own_district_is_held():
    assert unheld_places("辽中区有多少皮草商户？", LETTER + "辽中区商户约300户。") == []
