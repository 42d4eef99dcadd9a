"""Aspect: whether a sentence's words say a thing is done — the particle 了 after a verb
("纳入了"), and a 已 that tells of its clause ("6月底前已完成") rather than of a thing the
clause's verb is about ("年底前完成两县已建设施排查": the facilities already built).

    completed("已纳入了计划")                        # → [3]
    before_its_verb("完成两县已建设施排查", 4)        # → False: 完成 comes first
"""

from __future__ import annotations

import re

from rag.answer.words import tagged, tokens_of

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


def before_its_verb(clause: str, at: int) -> bool:
    """Whether the word at `at` comes before the clause's first verb: "已完成改造" is done,
    while the 已 of "完成两县已建设施运行状况排查" is inside what 完成 is to finish.  (所 makes
    a verb a noun: "所需资金已向县财政申请".)"""
    words = tagged(clause[:at])
    previous = ["", *(word for word, _ in words)][: len(words)]
    return not any(
        tag == "v" and "所" not in (word[:1], before)
        for (word, tag), before in zip(words, previous, strict=True)
    )


def reported_after(words: str, at: int) -> bool:
    """Whether a clause after `at` says something is done: its 已 before its verb ("，目前已
    完成60%"), not one inside what a verb is to do ("完成两县已建设施运行状况排查")."""
    for done in ALREADY.finditer(words, at):
        clause = re.split(r"[，,；;：:]", words[: done.start()])[-1]
        if before_its_verb(clause, len(clause)):
            return True
    return False
