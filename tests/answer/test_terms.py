"""Which words of a question count as its topic."""

from __future__ import annotations

from rag.answer.terms import tokens


def test_a_stop_phrase_goes_before_jieba_cuts_it() -> None:
    assert tokens("下一步工作重点有哪些？") == []
    assert tokens("介绍一下补助标准") == ["补助", "标准"]


def test_a_stop_phrase_inside_a_word_keeps_the_word_whole() -> None:
    # 具体指 is a stop phrase, but here it would cut 指标 into 标
    assert tokens("具体指标是多少？") == ["指标"]
