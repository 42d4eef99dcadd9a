"""A region named by its unit alone ("自治区给…拨了多少钱") names no letter: titles say
"关于自治区政协…会议…", and 自治区 is no place of theirs; a region's name is its core
("Xinjiang" is 新疆 of 新疆维吾尔自治区, as 木垒 is of 木垒哈萨克自治县); and "index
number" asks for a letter's 索引号 — met on made_up/qa37.  The letters are made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.catalog import Catalog
from rag.answer.issuers import letter_places, place_core

HORSES = "\n".join(
    [
        "| 索引号 | XJ-NY-2020-00911 | 发文日期 | 2020-07-06 |",
        "关于政协新疆维吾尔自治区第十二届委员会第三次会议第0517号提案的答复",
        "马建国委员：",
        "您提出的《关于做大昭苏县马产业的提案》收悉，现答复如下：",
        "一、昭苏县马产业发展情况",
        "昭苏县是伊犁马的主要产地，目前全县马匹存栏约7.2万匹。",
        "二、工作开展情况",
        "2019年，我厅安排昭苏县马产业项目资金1300万元，全县新建配种站点11个。",
        "感谢您对农业农村工作的关心和支持。",
        "新疆维吾尔自治区农业农村厅",
        "2020年7月6日",
    ]
)
ELDERS = "\n".join(
    [
        "关于自治区政协十二届二次会议第0388号提案的答复",
        "王立新委员：",
        "您提出的《关于发展牧区互助养老的提案》收悉，现答复如下：",
        "2019年，自治区财政安排专项资金1600万元，新建嘎查互助养老点120个。",
        "感谢您对民政工作的关心和支持。",
        "内蒙古自治区民政厅",
        "2019年6月20日",
    ]
)


def test_a_unit_alone_is_no_place_of_a_letter():
    record = {"letter_id": "e", "issuer": "内蒙古自治区民政厅", "title": ELDERS.split("\n")[0]}
    assert letter_places(record) == {"内蒙古自治区"}
    assert "自治区" not in Catalog([record]).known_places


@pytest.mark.parametrize(
    ("region", "core"),
    [("新疆维吾尔自治区", "新疆"), ("广西壮族自治区", "广西"), ("内蒙古自治区", "内蒙古")],
)
def test_a_region_is_called_by_its_core(region, core):
    assert place_core(region) == core


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    root = tmp_path_factory.mktemp("regions")
    return indexed(root / "letters", root / "home", horses=HORSES, elders=ELDERS)


def test_the_region_asked_of_by_its_unit_is_any_regions(qa):
    answer = qa.ask("自治区给昭苏养马拨了多少钱？新建了几个配种点？")
    assert not answer.refused
    assert answer.citations[0].source == "horses.txt"
    assert "1300万元" in answer.text and "11个" in answer.text


def test_the_index_number_asked_in_english(qa):
    answer = qa.ask(
        "What is the index number of the Xinjiang agriculture and rural affairs "
        "department's reply on horses in Zhaosu?"
    )
    assert not answer.refused
    assert "XJ-NY-2020-00911" in answer.text
