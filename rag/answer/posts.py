"""The post a person is asked for by ("局长是谁", "who is the general manager of …"): a
name that answers it comes with the post, not any person the passage names.

    post_asked("大队长叫什么名字？")   # ("队长",)
"""

from __future__ import annotations

import re

from rag.answer.bilingual import chinese_candidates, first_sense
from rag.answer.pinyin_names import is_name
from rag.answer.words import tagged

# A post asked for by name ("大队长叫什么名字", "局长是谁"): a name that answers it comes
# with the post, not any person the passage names.
_ASKS_POST = re.compile(r"([\u4e00-\u9fff]{0,3}?(?:长|主任|书记|主席))\s*(?:是谁|为谁|叫什么)")
# …and in English ("who is the general manager of …"): the post in the letter's words is
# one the dictionary gives for it (总经理).
_EN_POST = re.compile(
    r"\bwho (?:is|are|was|were|will be) (?:the|its|their|his|her) ((?:[a-z\-]+ ){0,2}?[a-z\-]+?)"
    r"(?=\s+(?:of|at|in|for|from|on|heading|who|that|running)\b|\s*[?,.]|\s*$)",
    re.I,
)
# Of what the dictionary gives, the words that name a post. One whose first sense is 主任
# ("head", "director") is any unit's head (局长 or 主任 alike): no post is checked for it.
_POST_WORD = re.compile(r"(?:长|经理|书记|主席|主任|总监|员|师|官)$")


def post_asked(question: str) -> tuple[str, ...]:
    """The post a person is asked for by, as a letter may write it ("局长是谁" → 局长)."""
    post = _ASKS_POST.search(question)
    if post:
        return (post.group(1)[-2:],)
    english = _EN_POST.search(question)
    if not english:
        return ()
    phrase = english.group(1)
    senses = chinese_candidates(phrase) + chinese_candidates(phrase.split()[-1])
    if not senses or senses[0] == "主任" or not _POST_WORD.search(senses[0]):
        return ()
    posts = list(dict.fromkeys(s for s in senses if _POST_WORD.search(s)))
    return (*posts[:3], "负责人")  # its first senses (later: 协管员, 店长), or the head of it


def names_in(sentence: str) -> list[str]:
    """People's names in a sentence, as jieba's dictionary tags them (nr); a word CC-CEDICT
    gives a common sense (jieba tags 康复 "recuperate" nr) only beside a post or a form of
    address ("副局长高峰同志")."""
    words = [("", "x"), *tagged(sentence), ("", "x")]
    return [
        word
        for (before, _), (word, tag), (after, _) in zip(words, words[1:], words[2:], strict=False)
        if tag == "nr"
        and len(word) >= 2
        and (not first_sense(word) or is_name(word) or _ADDRESSED.search(before + "|" + after))
    ]


# A post right before a name, or a form of address right after it.
_ADDRESSED = re.compile(r"(?:长|主任|书记|经理|主席|委员|代表|员)\||\|(?:同志|先生|女士)")
