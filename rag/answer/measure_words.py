"""Counts in measure words the question's own: any character CC-CEDICT glosses as a
classifier, so a count "多少支龙舟队" is answered by "龙舟队186支" (or "8个"), not by "设…等
6个分站"; what a figure counts when its clause goes on with a noun ("6个分站" counts
stations, not teams); and the nouns a question counts (`counted_nouns`).

    asked_classifier("公安县有多少支龙舟队？")   # → ("支", 7)
    counted_nouns("多少座土豆窖？", 3)            # → ("土豆", "土豆窖", "窖")
    asked_classifier("要交多少手续费？")          # → None: 手续 is a word, 手 no measure word
    own_phrase("设荆州区等6个分站，总决赛…", match of "6个")   # → "分站"
"""

from __future__ import annotations

import re
from functools import lru_cache

from rag.answer.bilingual import dictionary, first_sense, is_classifier, measure_words_of
from rag.answer.words import in_dictionary, tagged

# 多少 / 几 and the character after it (几 not of 哪几 / 这几 / 第几, as counting reads it)
# …before what it counts: "多少票？" counts votes, whatever a letter counts them in (312张)
_ASKED = re.compile(r"(?:多少|(?<![哪这那近前好去第])几)\s*([\u4e00-\u9fff])(?=[\u4e00-\u9fff])")
_ASKED_LAST = re.compile(
    r"(?:多少|(?<![哪这那近前好去第])几)\s*([\u4e00-\u9fff])(?=[？?，,。！!]|$)"
)
# The measure words of how many times a thing is done, one as good as another (几回 / 11次).
_TIMES_DONE = "次回趟遍"
# What a noun phrase right after a measure word is made of: nouns, 村级-like attributes,
# verbal nouns (服务站点), abbreviations.
_PHRASE_TAGS = ("n", "vn", "b", "j")


def asked_classifier(question: str) -> tuple[str, int] | None:
    """The measure word a count is asked in and where it ends, when CC-CEDICT has the
    character as one and it does not begin a word with the next (多少手续费, 几点钟) or the noun
    after it is one it counts (多少头花猪, though 头花 is a word); or, ending the question,
    when CC-CEDICT counts a noun before it in that word — then with the noun's other
    measure words, as alternatives ("羊…多少只" → "只|头"; "油纸伞…多少把":
    伞 is counted in 把; "得了多少票" stays any figure)."""
    for match in _ASKED.finditer(question):
        unit, end = match.group(1), match.end()
        if is_classifier(unit) and (
            not in_dictionary(question[end - 1 : end + 1]) or _counts_next(unit, question[end:])
        ):
            return ("|".join(_TIMES_DONE) if unit in _TIMES_DONE else unit), end
    for match in _ASKED_LAST.finditer(question):
        unit, before = match.group(1), tagged(question[: match.start()])
        nouns = [measure_words_of(w) for w, tag in before if tag.startswith("n")]
        counted = next((m for m in nouns if unit in m), "")
        if is_classifier(unit) and counted:  # (in any measure word it is counted in: 只, 头)
            return "|".join(dict.fromkeys(unit + counted)), match.end()
    return None


def _counts_next(unit: str, rest: str) -> bool:
    """Whether the noun jieba reads right after a measure word is counted in it, though the
    two characters also make a word (多少头花猪: 猪 is counted in 头, whatever 头花 is)."""
    words = tagged(rest)
    return bool(words) and words[0][1].startswith("n") and unit in measure_words_of(words[0][0])


def in_its_measures(
    units: re.Pattern[str] | None, unit: str, counted: tuple[str, ...], figure: str
) -> re.Pattern[str] | None:
    """The `figure`s of a count asked in `unit` (多少条船), with those in the counted noun's
    other measure words when CC-CEDICT counts it in `unit` too (船: 条, 艘, 只 — "客船27艘")."""
    measures = "".join(dict.fromkeys("".join(measure_words_of(w) for w in counted)))
    if units is None or not unit or unit not in measures:
        return units
    return re.compile(f"{units.pattern}|{figure}(?:{'|'.join(measures)})")


def own_phrase(sentence: str, figure: re.Match[str]) -> str:
    """What the figure's clause goes on to say after its measure word when a noun follows
    it there: what it counts, with whatever the clause adds ("12个乡镇" → 乡镇; "3200名家庭
    经济困难学生" → all of it), or "" when no noun follows ("游客186万人次，"): then the
    words before the figure say what it counts."""
    clause = re.split(r"[，,。；;：:！!？?、）)]", sentence[figure.end() :])[0]
    words = tagged(clause[:24])
    return clause if words and words[0][1].startswith(_PHRASE_TAGS) else ""


def counted_nouns(question: str, after: int) -> tuple[str, ...]:
    """The nouns right after the measure word: what the question counts; a compound's last
    character too, which letters write alone ("行政村" counted as "86个村", "技术经纪人" as
    "460人次")."""
    words: list[str] = []
    phrase = re.split(r"[，,。？?！!；;、]", question[after:], maxsplit=1)[0]
    for word, tag in tagged(phrase):
        if tag in ("b", "a", "an") and not words:
            continue  # a modifier before the noun ("省级", "国家级")
        if not (tag.startswith("n") or tag == "vn" or tag == "zg" and not words):
            break
        if len(word) >= 2:
            words.append(word)
        elif words and tag in ("n", "ng"):  # "多少座土豆窖": a compound, 窖 its head
            words += [words[-1] + word, word]
            break
        elif not words and tag in ("n", "ng", "zg"):  # (jieba tags "鸟" zg)
            # a one-character noun right after it: "几个班", "多少个村", "几个乡卫生院" — not
            # a preposition jieba calls a noun ("几家经湖南省认定的", "几所经教育部批准的")
            if word in _PREPOSITIONS:
                break
            words.append(word)
            break
    if words and len(words[-1]) >= 3:
        words.append(words[-1][-1])
    # "几个已建成的基地": the noun a 的 clause ends on is what is counted; not the object of a
    # clause with a subject ("多少所学校建起了…的食堂"), nor a possession ("几个县的项目")
    clause, _, noun = phrase.rpartition("的")
    head = next(iter(tagged(noun)), None) if clause else None
    opens = next(iter(tagged(clause)), ("", "x"))[1][:1] in ("v", "d")  # "几个新建成的基地"
    if head and len(head[0]) >= 2 and head[1][0] == "n" and (opens or _describes(clause, words)):
        words.append(head[0])
    # speech's 子 of a noun letters write as a 件 ("案子" as 案件; not 电子, 孩子)
    words += [f"{w[0]}件" for w in words if w[1:] == "子" and in_dictionary(f"{w[0]}件")]
    return tuple(words)


def _describes(clause: str, words: list[str]) -> bool:
    """Whether the words before a 的 describe the noun after it rather than count their own
    first word: nothing was taken, or the one word taken is followed by a verb with no
    aspect mark (了/过/着), as a modifier's clause is ("几条专门接送学生的公交", where jieba
    calls 专门 a noun) and a subject's predicate is not ("多少所学校建起了…的食堂"). The tags
    cannot tell a modifier from a subject with a bare verb ("多少名教师参加培训的项目"): there
    both nouns count, and the measure word (名) still decides which figures may answer."""
    if not words:
        return True
    parts = list(tagged(clause))
    if len(parts) == 1 and len(words[0]) >= 2:
        return True  # a noun alone may be either ("多少座存梨的冷库"): both count
    return (
        len(words) == 1
        and len(parts) > 1
        and parts[0][0] == words[0]
        and parts[1][1].startswith("v")
        and not re.search("[了过着]", clause)
    )


# Prepositions that open a clause before the counted noun ("经…认定的", "由…建设的").
_PREPOSITIONS = frozenset("经由在从被于")


@lru_cache(maxsize=4096)
def a_kind_of(counted: tuple[str, ...], word: str) -> bool:
    """Whether the word is a kind of what is counted, as CC-CEDICT glosses both: a sense of
    it of two words or more ends in the one-word main sense of a counted noun (农户 "farmer
    household" is a household, as "多少户人家" asks; not 家长 "parent or guardian of a child"
    for 儿童, nor 人才 "person of talent" for 残疾人 "disabled person", a sense of two words)."""
    mains = (first_sense(w).split() for w in counted if len(w) >= 2)
    heads = {main[0] for main in mains if len(main) == 1}
    senses = dictionary().senses.get(word, "").split("/")
    kinds = (sense.split(" of ")[0].split() for sense in senses if " " in sense.strip())
    return any(words and words[-1] in heads for words in kinds)
