"""Names a sentence lists with others beside a figure they share: "宁夏、甘肃、青海三省区…
共查处…案件83起", "寿宁、屏南两县项目保护经费合计260万元".  The figure is of them all,
not of the one a question asks about ("光宁夏一个区查处了多少起？").

    listed_only_beside_a_figure("寿宁、屏南两县经费合计260万元", "屏南")  # → True
    names_asked("2019年光宁夏一个区查处了多少起？", "宁夏、甘肃、青海…", "")  # → ["宁夏"]
    asked_alone("寿宁、屏南两县一共拿到多少？", [("屏南两县", "屏南两")], …)  # → []: both

The places a question names, by the names a letter may list them by (`places_asked`), are
read here too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rag.answer.issuers import POINTING, common_word, place_core
from rag.answer.words import spans, tagged
from rag.letters.genre import PLACE_UNITS

# A bare enumeration: names joined by 、, none with a figure of its own ("大瑶镇（120家）、
# 金刚镇（80家）" and "寿宁县30座、屏南县20座" give each its own).
_ITEM = r"[\u4e00-\u9fff]{1,10}"
_LIST = re.compile(rf"(?<![0-9０-９])(?:{_ITEM}、)+{_ITEM}(?![0-9０-９])")
# (a figure, not a year's or a date's: "2023年10月，甲山镇、乙河镇…建成投运" dates them both)
_FIGURE = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?(?![0-9０-９.]|\s*[年月日号])")
_COUNT_END = re.compile(r"[一二两三四五六七八九十几]$")
# Figures the list's items have each: "…3县分别有…2名、1名", "依次为…", "（各2个）".
_EACH = re.compile(r"分别|依次|各(?=[\d一二两三四五六七八九十])")
_JOINS = "、和与及跟同"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_UNIT = "(?:" + "|".join((*PLACE_UNITS, "村")) + ")?"  # a place's unit, if written


def joined_in(question: str, names: tuple[str, ...]) -> bool:
    """Whether the question joins the place with another (仙岩、大桥; 寿宁和屏南两县): it asks
    of them together."""
    return any(
        re.search(rf"[{_JOINS}]{re.escape(n)}|{re.escape(n)}{_UNIT}[{_JOINS}]", question)
        for n in names
        if n
    )


def listed_only_beside_a_figure(sentence: str, name: str) -> bool:
    """Whether the sentence names `name` only as an item of bare enumerations with a figure
    after or before them (next to a 、: "寿宁、屏南两县", not 新建 of "新建城西、沙田…"): a
    total of all it lists ("…种植面积约8.6万亩，…新渥街道、尚湖镇、玉山镇是主要产区")."""
    if _COUNT_END.search(name):
        return False  # 屏南两 of "寿宁、屏南两县" is no name
    if not _FIGURE.search(sentence):
        return False
    lists = [
        m.span()
        for m in _LIST.finditer(sentence)
        if not _EACH.search(sentence, m.start(), m.end() + 30)
    ]
    found = [m.start() for m in re.finditer(re.escape(name), sentence)]
    return bool(found) and all(
        any(s <= at < e for s, e in lists) and _an_item(sentence, at, at + len(name))
        for at in found
    )


def _an_item(sentence: str, start: int, end: int) -> bool:
    """Whether the name at start:end stands next to an enumeration's 、 (with its unit)."""
    after = re.match(rf"{_UNIT}、", sentence[end:])
    return sentence[start - 1 : start] == "、" or after is not None


def names_asked(question: str, held: str, own: str) -> list[str]:
    """The places a Chinese question names alone (as jieba tags names of places, without
    their unit) that the letter holds and that are not its own (its title's, issuer's): not
    those the question lists on or joins with another ("宁夏等四个主产区", "寿宁和屏南" ask
    the total)."""
    words = tagged(question)
    names = []
    for i, (word, tag) in enumerate(words):
        core = place_core(word)
        if tag != "ns" or core not in held or core in own or common_word(core):
            continue
        beside = [w for w, _ in words[max(0, i - 1) : i + 2 : 2] if w != word]
        joined = any(w in _JOINS for w in beside)  # (nor "寿宁和屏南": the two's total)
        if not joined and not question.startswith("等", sum(len(w) for w, _ in words[: i + 1])):
            names.append(core)
    return list(dict.fromkeys(names))


def asked_alone(
    question: str, places: Sequence[tuple[str, ...]], held: str, own: str
) -> list[tuple[str, ...]]:
    """The places a Chinese question asks of one by one — those its places' names give (each
    with the names a letter may write it by) and `names_asked` — but for those it joins with
    another (寿宁、屏南两县一共…: the total of both)."""
    names = [(n,) for n in names_asked(question, held, own) if all(n not in p for p in places)]
    return [p for p in [*places, *names] if not joined_in(question, p)]


def places_asked(question: str) -> list[tuple[str, ...]]:
    """The names a Chinese question may give each place it names by (青村镇: 青村; 陈曹乡:
    陈曹): the runs of two to four characters before a place's unit — the caller keeps
    those a letter lists, so a run that is no name finds nothing.  A 区 that ends a common
    word names no place (老旧小区, 工业园区, 开发区), nor a 村 one (农村, 乡村) or one
    inside a word (村落)."""
    places, cut = [], spans(question)
    for unit in re.finditer(r"(?=街道|镇|乡|县|区|旗|村)", question):
        at = unit.start()
        if question[at] == "村" and not _village(cut, at):
            continue
        if question[at] == "区" and any(common_word(question[at - k : at + 1]) for k in (1, 2)):
            continue
        unit_text = "街道" if question.startswith("街道", at) else question[at]
        names = [question[at - k : at] for k in (2, 3, 4) if k <= at]
        names = [n for n in names if _HAN.fullmatch(n) and not POINTING.match(n)]
        one = question[at - 1 : at] + unit_text if at else ""  # 侯镇, listed with its unit
        names += [one] if _HAN.fullmatch(one) and not POINTING.match(one) else []
        if names:
            places.append(tuple(names))
    return places


def _village(cut: list[tuple[str, str, int]], at: int) -> bool:
    """Whether the 村 at `at` of a question (`cut`: its `spans`) ends a village's name: it
    ends a word (not 村落, 青村镇), after no measure or pointing word (每个村) and no common
    word (农村, 山村; 东村 is a place)."""
    last = next((i for i, (word, _, start) in enumerate(cut) if start + len(word) == at + 1), None)
    if last is None:
        return False
    word, tag, _ = cut[last]
    if word != "村":
        return tag in ("ns", "nr", "nz") or not common_word(word)
    before = cut[last - 1] if last else ("", "x", 0)
    return before[1][:1] not in ("r", "m", "q") and not common_word(before[0])
