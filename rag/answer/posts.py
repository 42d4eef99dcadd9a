"""Whether a question asks for a person ("负责人是谁", "谁是…会长", "which officer…"), the post
they are asked for by ("局长是谁", "who is the general manager of …": a name that answers it
comes with the post, not any person the passage names), and the people a sentence names.

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


# A person: "负责人是谁", "谁是…会长", "哪位", "who is the project manager"; a letter's own
# fields (who signed, proposed) are its fields', one in the body a name jieba tags so. "由谁
# 负责", "谁来修", "who is responsible for …", "who is the lead agency" ask for a party (a unit
# as often as a person: "由市交投集团承接修建"), answered by who does it, no name checked.
_UNIT_NOUN = (
    r"(?:agenc(?:y|ies)|department|unit|bureau|office|organi[sz]ation|body|bodies|authorit"
    r"(?:y|ies)|government|part(?:y|ies)|compan(?:y|ies)|institution|committee)s?\b"
)
ASKS_PERSON = re.compile(
    r"(?:人|长|员|者|师|傅|匠|主任|书记|主席|领导|经理|总监)\s*(?:是谁|为谁|叫什么)|哪几?位|什么人|谁是"
    r"[^，,。？?]{0,20}?(?:人|长|员|主任|书记|主席|领导|经理|总监)(?=[？?]|$)|"
    # "which police officer is in charge": a person asked by what they are
    # (or by their craft: "which eleven Jianyang craftspeople obtained titles")
    r"\bwhich (?:[\w-]+ ){0,3}?(?:officer|official|person|leader|director|manager|expert|cadre"
    r"|craftsm[ae]n|craftspeople|artisan|inheritor|master)s?"
    r"(?= (?:is|are|was|were|will|would|did|does|do|has|have|had|can|should|\w+ed)\b|\s*\?)|"
    r"\bwho (?:is|are|was|were|will be) (?:the|its|their|his|her) (?!(?:\w+ )?"
    + _UNIT_NOUN
    + r")\w+",
    re.I,
)

# "What is the name of the deputy mayor who …", "… one of the inheritors of …": a name asked
# of what the last word before its clause is ("who heads the group" is as often answered by
# a post, "分管副市长任组长", as by a name).
_EN_NAME_OF = re.compile(
    r"\bwhat(?:'s| is| was| are| were) the names? of (?:the |a |an |its |their |one of "
    r"(?:the |its |their )?)?(?:[a-z-]+ ){0,3}?([a-z-]+?)"
    r"(?=\s+(?:who|that|of|at|in|for|from|on|behind)\b|\s*[?,.]|\s*$)",
    re.I,
)
# A word for a person by a post (`_POST_WORD`) or a calling (教练, 主帅) in the dictionary's first
# senses (设计师, 副市长; not 公司, 项目, nor 投资者, 制造商, 承包人: as often a firm as a person),
# or by an agent noun's ending where the dictionary has no sense of it ("inheritors").
_CALLING = ("练", "帅")
_AGENT_NOUN = re.compile(r"(?:or|er|ist)s?$", re.I)


def asks_person(question: str) -> bool:
    """Whether the question asks for a person."""
    if ASKS_PERSON.search(question):
        return True
    named = _EN_NAME_OF.search(question)
    if not named:
        return False
    senses = chinese_candidates(named.group(1))[:4]
    if senses:
        return any(_POST_WORD.search(s) or s.endswith(_CALLING) for s in senses)
    return bool(_AGENT_NOUN.search(named.group(1)))


def post_asked(question: str) -> tuple[str, ...]:
    """The post a person is asked for by, as a letter may write it ("局长是谁" → 局长)."""
    post = _ASKS_POST.search(question)
    if post:
        return (post.group(1)[-2:],)
    english = _EN_POST.search(question) or _EN_NAME_OF.search(question)
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
    address ("副局长高峰同志"); a surname jieba cuts from its given name (李 | 志强) is one."""
    words = [("", "x"), *_surnamed(tagged(sentence)), ("", "x")]
    return [
        word
        for (before, _), (word, tag), (after, _) in zip(words, words[1:], words[2:], strict=False)
        if tag == "nr"
        and len(word) >= 2
        and not _PLACED.search(word + "|" + after)  # (凤鸣镇, 蔡家坡 of 蔡家坡镇: towns)
        and (not first_sense(word) or is_name(word) or _ADDRESSED.search(before + "|" + after))
    ]


def _surnamed(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words with a one-character surname joined to the given name jieba tags after it."""
    out: list[tuple[str, str]] = []
    for word, tag in words:
        if out and out[-1][1] == "nr" and len(out[-1][0]) == 1 and tag in ("nr", "nrfg"):
            out[-1] = (out[-1][0] + word, "nr")
        else:
            out.append((word, tag))
    return out


# A place's unit ending a word or right after it: the word names a place, not a person.
_PLACED = re.compile(r"[省市县区镇乡村]\||\|(?:[省市县区镇乡村]|街道)(?![长委])")  # (not 区长)
# A post right before a name, or a form of address right after it.
_ADDRESSED = re.compile(r"(?:长|主任|书记|经理|主席|委员|代表|员)\||\|(?:同志|先生|女士)")
