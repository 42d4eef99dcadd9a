"""Aspect: the words that say a thing is done or under way — 已, 截至, 去年, 此前, 先后,
正在 (`ALREADY`) and the particle 了 after a verb (`completed`).

    completed("已纳入了计划")     # → [3]
    ALREADY.search("正在开展的试点")  # → None: which pilot, not work under way
"""

from __future__ import annotations

import re

from rag.answer.words import tokens_of

# Done, or under way (ongoing work is reported): 已 (not "已…的", which names a thing),
# 截至, 去年, 此前, 先后, 正在 (not "正在开展的试点": which one).
NOW = r"正在(?![\u4e00-\u9fff]{1,4}的)"
ALREADY = re.compile(rf"已(?![\u4e00-\u9fff]{{1,3}}的)|截至|截止|{NOW}|去年|此前|先后")


def completed(words: str) -> list[int]:
    """Offsets of the aspect particle 了 ("纳入了", "成为了"): a word of its own after a
    word, as jieba cuts the sentence; the 了 of 了解 / 为了 / 一目了然 is inside its word."""
    found, at, previous = [], 0, ""
    for token in tokens_of(words):
        if token == "了" and re.fullmatch(r"[\u4e00-\u9fff]+", previous):
            found.append(at)
        at, previous = at + len(token), token
    return found
