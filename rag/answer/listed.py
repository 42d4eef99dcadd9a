"""Names a sentence lists with others before a figure they share: "宁夏、甘肃、青海三省区…
共查处…案件83起", "寿宁、屏南两县项目保护经费合计260万元".  The figure is of them all,
not of the one a question asks about ("光宁夏一个区查处了多少起？").

    listed_only_before_a_figure("寿宁、屏南两县经费合计260万元", "屏南")  # → True
    names_asked("2019年光宁夏一个区查处了多少起？", "宁夏、甘肃、青海…", "")  # → ["宁夏"]
"""

from __future__ import annotations

import re

from rag.answer.issuers import place_core
from rag.answer.terms import tagged

# A bare enumeration: names joined by 、, none with a figure of its own ("大瑶镇（120家）、
# 金刚镇（80家）" and "寿宁县30座、屏南县20座" give each its own).
_ITEM = r"[\u4e00-\u9fff]{1,10}"
_LIST = re.compile(rf"(?<![0-9０-９])(?:{_ITEM}、)+{_ITEM}(?![0-9０-９])")
_FIGURE = re.compile(r"[0-9０-９]")


def listed_only_before_a_figure(sentence: str, name: str) -> bool:
    """Whether the sentence names `name` only in bare enumerations with a figure after
    them: a total of all it lists."""
    lists = [m.span() for m in _LIST.finditer(sentence) if _FIGURE.search(sentence, m.end())]
    found = [m.start() for m in re.finditer(re.escape(name), sentence)]
    return bool(found) and all(any(s <= at < e for s, e in lists) for at in found)


def names_asked(question: str, held: str, own: str) -> list[str]:
    """The places a Chinese question names alone (as jieba tags names of places, without
    their unit) that the letter holds and that are not its own (its title's, issuer's): not
    those the question lists on or joins with another ("宁夏等四个主产区", "寿宁和屏南" ask
    the total)."""
    words = tagged(question)
    names = []
    for i, (word, tag) in enumerate(words):
        core = place_core(word)
        if tag != "ns" or core not in held or core in own:
            continue
        after = words[i + 1][0] if i + 1 < len(words) else ""
        joined = {t for _, t in words[max(0, i - 1) : i + 2 : 2]} & {"c"} or after == "、"
        if after != "等" and not joined:  # (nor "寿宁和屏南": the two's total)
            names.append(core)
    return list(dict.fromkeys(names))
