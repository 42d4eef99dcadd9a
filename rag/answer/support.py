"""Support: how much of a question a sentence holds, and which names a figure or date
given for it must mention.

    shares = coverages(terms, passages, raw)
    named = named_things(question, passages, held)
"""

from __future__ import annotations

import math

from rag.answer.bilingual import spelled_in
from rag.answer.terms import is_english, names_held
from rag.models import Passage

Raw = list[tuple[int, int, int, str]]  # (passage index, start, end, sentence)


def coverages(terms: list[str], passages: list[Passage], raw: Raw) -> list[float]:
    """Each sentence's weighted share of the question's terms; rarer terms say more (a term
    in every sentence, "科技", weighs little).  The heading path supplies the subject a
    sentence leaves out ("(四)…人才队伍 > 二是…").  (The sentence before one opening with
    其中 / 该 was tried as its context too: "其中,支持贵州省建设超30个联合体" then answered
    how many farmers found jobs, from "带动农民就业" the sentence before.)"""
    df = {t: sum(t in s for *_, s in raw) for t in terms}
    weights = {t: len(t) * math.log(1 + len(raw) / (1 + df[t])) for t in terms}
    total = sum(weights.values()) or 1.0
    return [
        sum(w for t, w in weights.items() if t in f"{passages[index].section}\n{text}") / total
        for index, _, _, text in raw
    ]


def named_things(question: str, passages: list[Passage], held: str) -> list[str]:
    """The names an English question spells that the passages hold — dictionary names, and
    any words of theirs it spells ("Juxian" is 聚贤) — but not the letter's own place (丽水
    of 丽水市民政局, in its title or issuer): a figure or date about a named thing names it.
    (A Chinese question's names were tried too: letters shorten them, 回玉公路 for 回龙至
    玉丰公路, and jieba cuts them, so stated facts were refused.)"""
    if not is_english(question):
        return []
    own = " ".join(f"{p.title or ''} {p.issuer or ''}" for p in passages)
    named = names_held(question, held.__contains__) + spelled_in(question, held)
    return [n for n in dict.fromkeys(named) if n not in own]
