"""What a count asks to count, and what a measure measures: the nouns right after the
measure word ("多少家生物医药企业" → 生物医药, 企业), or the thing a size is asked of
("绿地有多大" → 绿地, by an area). (A noun counted with no measure word, "多少游客", is not
required beside the figure: questions paraphrase it — 骨干 for a letter's 人员.)

    counted_nouns("多少家生物医药企业？", 3)   # → ("生物医药", "企业", "业")
    measured("集资房门口的绿地有多大？")        # → ("绿地", an area)
"""

from __future__ import annotations

import re

from rag.answer.terms import tagged

# A figure as letters write it: digits or Chinese numerals, then 万/亿, with 余/多 for an
# approximate one ("7000余万元", "3万多人", "十余家").
FIGURE = (
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:余|多)?\s*(?:万|亿)?\s*(?:余|多)?\s*"
)


def counted_nouns(question: str, after: int) -> tuple[str, ...]:
    """The nouns right after the measure word: what the question counts; a compound's last
    character too, which letters write alone ("行政村" counted as "86个村", "技术经纪人" as
    "460人次")."""
    words: list[str] = []
    phrase = re.split(r"[，,。？?！!；;、]", question[after:], maxsplit=1)[0]
    for word, tag in tagged(phrase):
        if tag in ("b", "a", "an") and not words:
            continue  # a modifier before the noun ("省级", "国家级")
        if not (tag.startswith("n") or tag == "vn"):
            break
        if len(word) >= 2:
            words.append(word)
        elif not words and tag == "n":
            words.append(word)  # a one-character noun right after it: "几个班", "多少个村"
            break
    if words and len(words[-1]) >= 3:
        words.append(words[-1][-1])
    # "几个已建成的基地": the noun a 的 clause ends on is what is counted; not the object of a
    # clause with a subject ("多少所学校建起了…的食堂"), nor a possession ("几个县的项目")
    clause, _, noun = phrase.rpartition("的")
    head = next(iter(tagged(noun)), None) if clause else None
    opens = next(iter(tagged(clause)), ("", "x"))[1][:1] in ("v", "d")  # "几个新建成的基地"
    if head and len(head[0]) >= 2 and head[1][0] == "n" and (opens or not words):
        words.append(head[0])
    return tuple(words)


_MEASURE_ASKED = re.compile(
    r"(?:一共|总共|大约|到底|究竟)?(?:有|是|为|达到?)?(?:多大|多少|多高|多长|多宽|多深|几)"
)


# What is measured is the thing, not the dimension ("操场面积多大" measures 操场).
_DIMENSION = re.compile(r"面积|长度|宽度|高度|深度|规模|总量|数量|总数|大小")
# A size asked is answered in its units: 多大 by an area, 多长 / 多远 by a length.
_SIZED = {"多大": "平方米|平方公里|公顷|亩|㎡", "多长": "米|公里", "多远": "米|公里"}
# A figure for the whole place ("全区现有公园绿地…", "人均…") is no one thing's.
WHOLE = re.compile(r"全[区市县省国]|[我本][区市县省]|人均")


def measured(question: str) -> tuple[str, re.Pattern[str]] | None:
    """The noun a figure asked without a unit measures ("绿地有多大" → 绿地), and the
    figures that measure it (an area for 多大)."""
    asked = _MEASURE_ASKED.search(question)
    clause = re.split(r"[，,。？?！!；;、的]", question[: asked.start()])[-1] if asked else ""
    nouns = [w for w, t in tagged(clause) if t[0] == "n" and len(w) >= 2]
    nouns = [w for w in nouns if not _DIMENSION.fullmatch(w)]
    if not nouns or asked is None:
        return None
    units = _SIZED.get(asked.group()[-2:], r"[^\d.\s年月日号]")
    return nouns[-1], re.compile(FIGURE + f"(?:{units})")
