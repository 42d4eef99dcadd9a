"""A place below the letter's own is a name, not a kind of place: "集聚区", "开发区" and
"试点县" name no place whose figure the answer must name.  Made-up sentences."""

from __future__ import annotations

from rag.answer.support import named_things


def test_a_kind_of_place_is_not_a_place_the_answer_must_name():
    held = "全市建成科技服务业集聚区3个。试点县共11个。徐闻县已完成0.8万亩。"
    assert named_things("科技服务业集聚区有几个？", [], held) == []
    assert named_things("那11个试点县一共给了多少经费？", [], held) == []
    assert named_things("徐闻县完成了多少亩？", [], held) == ["徐闻"]
