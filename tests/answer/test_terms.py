"""Which words of a question count as its topic."""

from __future__ import annotations

from rag.answer.terms import tokens


def test_a_stop_phrase_goes_before_jieba_cuts_it() -> None:
    assert tokens("下一步工作重点有哪些？") == []
    assert tokens("介绍一下补助标准") == ["补助", "标准"]


def test_a_stop_phrase_inside_a_word_keeps_the_word_whole() -> None:
    # 具体指 is a stop phrase, but here it would cut 指标 into 标
    assert tokens("具体指标是多少？") == ["指标"]


def test_a_question_word_or_pointer_with_its_measure_word_is_no_term() -> None:
    # what a passage holds is 夜市 and 校车, not 几点 / 几辆 / 那批 (made_up/qa9)
    assert tokens("莒县的夜市几点能出摊？") == ["莒县", "夜市", "出摊"]
    assert tokens("五常那批校车一共买了几辆？") == ["五常", "校车"]
    assert "那曲" in tokens("那曲县怎么做的？")  # a name that starts so stays


def test_a_word_for_now_is_no_term() -> None:
    # a letter states "目前我市共有…4个" or nothing of the time: 眼下 / 如今 are the
    # dictionary's "now" as 目前 is (dev7)
    assert tokens("青禾县眼下有几个院士工作站？") == ["青禾", "院士", "工作站"]
    assert tokens("如今全县有多少家养老院？") == ["全县", "养老", "养老院"]
    assert "汛期" in tokens("汛期前能修好吗？")  # a time of year is a topic


def test_a_word_that_hedges_a_figure_is_no_term() -> None:
    # "大概要多久" asks how long; a letter that says "缩短至48小时以内" need not say "roughly"
    assert tokens("康县现在快递送到村里大概要多久？") == ["康县", "快递", "送到", "村里"]
    assert "大约" not in tokens("大约有多少家企业") and "企业" in tokens("大约有多少家企业")
