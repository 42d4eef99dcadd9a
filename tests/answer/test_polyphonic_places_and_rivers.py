"""Met on made_up/qa42: 长宁区 was spelled "Zhangning" only (pypinyin's reading of 长),
so "the Changning greening bureau" named no letter; and "Suzhou Creek" named the city of
Suzhou, whose letters then crowded out the Shanghai district's.  A name is spelled as
CC-CEDICT reads it too (not in every reading of each character: 广元 is no "Yanyuan"), and a
river's, a lake's or a road's name names no place.  The letters are made up."""

from __future__ import annotations

from letter_builders import indexed

from rag.answer.pinyin_names import pinyin_forms

CREEK = "\n".join(
    [
        "上海市长宁区绿化和市容管理局关于区政协十五届三次会议第0091号提案的答复",
        "王芳委员：",
        "您提出的关于完善苏州河长宁段滨水空间服务设施的提案收悉，现答复如下：",
        "2021年，我局结合绿地改造新增座椅120组、直饮水点5处。",
        "上海市长宁区绿化和市容管理局",
        "2022年6月20日",
    ]
)
WUJIANG = "\n".join(
    [
        "苏州市吴江区城市管理局关于区政协十五届三次会议第0075号提案的答复",
        "李强委员：",
        "您提出的关于增设公园休憩设施的提案收悉，现答复如下：",
        "2021年，我局在公园绿地新增座椅80组、饮水点12处。",
        "苏州市吴江区城市管理局",
        "2022年6月15日",
    ]
)


def test_a_name_is_spelled_as_the_dictionary_reads_it():
    assert "changning" in pinyin_forms("长宁")
    assert "yanyuan" not in pinyin_forms("广元")  # (a rare reading of 广: q9-en-01's Yanyuan)


def test_a_district_and_a_river_named_in_english(tmp_path):
    qa = indexed(tmp_path / "letters", tmp_path / "home", creek=CREEK, wujiang=WUJIANG)
    answer = qa.ask(
        "How many benches did the Changning greening bureau add along Suzhou Creek in 2021?"
    )
    assert not answer.refused
    assert answer.citations[0].source == "creek.txt"
    assert "120组" in answer.text
