"""Met on made_up/qa44: "枫溪区有几个易积水点？" named a district beside the one a letter is
from (湘桥区), and was answered with 湘桥's count: jieba knows 枫溪 as a place name, but the
district was read as a name only when its whole (枫溪区) was one.  A place whose core jieba
tags a name is named.  The letters are made up."""

from __future__ import annotations

from letter_builders import indexed

from rag.answer.support import _a_name

DRAINS = "\n".join(
    [
        "湘桥区住房和城乡建设局关于区政协七届二次会议第0047号提案的答复",
        "李明委员：",
        "您提出的关于解决古城内涝问题的提案收悉，现答复如下：",
        "经排查，古城范围内现有易积水点12处，主要集中在地势较低的古城北片街巷。",
        "今年底前完成古城北片1.2公里截流管建设，明年汛期前再改造易积水点5处。",
        "湘桥区住房和城乡建设局",
        "2022年6月20日",
    ]
)


def test_a_district_whose_core_jieba_knows_as_a_place_is_named():
    assert _a_name("枫溪区")
    assert not _a_name("开发区") and not _a_name("集聚区")


def test_a_neighbouring_districts_count_is_not_the_letters(tmp_path):
    qa = indexed(tmp_path / "letters", tmp_path / "home", drains=DRAINS)
    assert qa.ask("枫溪区有几个易积水点？").refused
    answer = qa.ask("湘桥区古城有几个易积水点？")
    assert not answer.refused and "12处" in answer.text
