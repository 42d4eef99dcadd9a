"""Questions in several parts ("已经做了什么？接下来又打算怎么做？", "保费政府出几成？头一年有
多少户拿到了赔款？"): each part is scored on its own, so the answer has the best sentence
for every part, and a fact one part asks that the letter states is answered even when
another part's is not (the answer then quotes what the letter does state); a question is
not of its letter when every part names a place or a year the letter never speaks of
(`not_of_the_letter`). When the letter ranked first states no fact asked, the one a lower
letter states answers if the question is about that letter (`stated_first`).

    parts_of("保费政府出几成？头一年有多少户拿到了赔款？")  # → ["保费政府出几成？", "头一年…？"]
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping

from rag.answer import query
from rag.answer.asks import Asks, asks_for
from rag.answer.bilingual import translation_groups
from rag.answer.choose import MAX_SENTENCES, Scored
from rag.answer.dates_asked import year_unheld
from rag.answer.issuers import place_core
from rag.answer.pinyin_names import is_name
from rag.answer.result import Held
from rag.answer.spelling import spelled_in, unheld_spelled
from rag.answer.support import unheld_places
from rag.answer.terms import content_terms, is_english, place_names
from rag.answer.words import tagged
from rag.letters.genre import PLACE_UNITS
from rag.letters.script import simplified
from rag.models import Passage

_PARTS = re.compile(r"(?<=[？?；;])")

# A part's sentences scored: (the part, what it asks, or None to score its words alone) →
# the read passages' sentences, `answers` set only where what it asks is stated.
Scorer = Callable[[str, Asks | None], list[Scored]]


def parts_of(question: str) -> list[str]:
    """The question's parts of four characters or more; one part for a simple question."""
    return [p for p in _PARTS.split(question) if len(p.strip(" ？?；;")) >= 4]


# An English question's second question after a comma ("How much cover per mu does the pilot
# give, and how many households joined?", "…, and by how much did energy use fall?"): its own
# part for the facts it asks (not for the places it names: the second goes on about the
# first one's); ", and by when is it finished?" asks the first one's date, which its answer gives.
_EN_AND = re.compile(
    r"(?<=,)\s*(?=and (?:(?:by|to|in|for|from|at|on|with) (?=how|what|which))?"
    r"(?:how|what|when|where|which|who)\b)",
    re.I,
)


def _asked_parts(question: str) -> list[str]:
    if not is_english(question):
        return parts_of(question)
    return [p for part in parts_of(question) for p in _EN_AND.split(part) if p.strip()]


def more_to_read(question: str) -> int:
    """How many passages of its letter beyond the usual a question in parts reads: two for
    each part after the first ("去年添了多少台收获机？机收率到多少了？" asks of another
    paragraph than the first part's), at most four; none for one about the letter itself
    (who answered and when: a meeting's date in the body is no answer)."""
    if query.own_intent(question) == query.META:
        return 0
    return min(2 * (len(_asked_parts(question)) - 1), 4)


def a_part_answered(question: str, read: list[Passage], score: Scorer) -> bool:
    """Whether one part of a question in several asks a fact a sentence of the first
    letter states."""
    parts = _asked_parts(question)
    if len(parts) < 2:
        return False
    for part in parts:
        asks = asks_for(part, years_from=question)  # "…增长了多少？ 2024年？": of 2024
        if asks.kind and any(
            s.answers and read[s.passage].letter_id == read[0].letter_id for s in score(part, asks)
        ):
            return True
    return False


def per_part(
    question: str, chosen: list[Scored], score: Scorer, elsewhere: Callable[[str], bool]
) -> list[Scored]:
    """For a question of several parts, the best sentence for each part the chosen ones
    do not already cover (at most MAX_SENTENCES in all): for a part asking a fact, only a
    sentence that states it, and none for a part about a place or a year the letter never
    speaks of (`elsewhere`) — no stall fee quoted from a pension letter."""
    parts = _asked_parts(question)
    if len(parts) < 2:
        return []
    added: list[Scored] = []
    for part in parts:
        asks = asks_for(part, years_from=question)
        scored = [] if elsewhere(part) else score(part, asks if asks.kind else None)
        scored = [s for s in scored if s.answers] if asks.kind else scored
        if not scored:
            continue
        best = max(scored, key=lambda s: s.score)
        taken = {(s.passage, s.start) for s in chosen + added}
        if (best.passage, best.start) not in taken and len(chosen) + len(added) < MAX_SENTENCES:
            added.append(best)
    return added


def not_of_the_letter(
    question: str, held: Held | None, date: str | None, read: str = ""
) -> tuple[bool, bool]:
    """Whether every part of the question names a place, and whether every part names a
    year, the letter never speaks of (a place only of a letter whose own place is known):
    "醒民镇有多少艘渔船？官渡镇有多少艘？" still asks of 醒民镇.  A place an English question
    spells is the letter's too when a passage read with it names it (`read`: the letter
    ranked first may not be the one the answer comes from)."""
    if held is None:
        return False, False
    parts = parts_of(question) or [question]
    places = [held.placed and _elsewhere(part, held, read) for part in parts]
    years = [year_unheld(part, held.text, date) for part in parts]
    return all(places), all(years)


def _elsewhere(part: str, held: Held, read: str) -> bool:
    """Whether a part of the question names a place the letter never does (in English, by
    its pinyin: "Jiahe township", nor the passages read; in Chinese, by a name with its unit,
    a name CC-CEDICT has only as a place's — "若羌红枣" of a letter on 韩城's peppers — or
    one another letter read names)."""
    if is_english(part):
        return bool(unheld_spelled(part, f"{held.text}\n{read}"))
    others = [p for p in held.elsewhere if p in part or place_core(p) in part]
    bare = (p for p in place_names(part) if not p.endswith(PLACE_UNITS))  # (units: below)
    # (a place it names before the letter's own is where that lies: 太原清徐, 新疆木垒)
    ours = any(place_core(p) in part for p in held.own)
    names = [p for p in bare if is_name(p) and p not in held.text and not ours]
    if others or names or unheld_places(part, held.text):
        return True
    # …or a place jieba tags that another letter read names and this one never does (梅关 of
    # 大余县's letter, asked of a scenic area elsewhere; 乾县 is 干县 in its simplified view)
    return not ours and any(
        tag == "ns" and len(w) >= 2 and w in read and simplified(w) not in held.text
        for w, tag in tagged(part)
    )


def _first_letter_states(
    sentences: list[Scored], read: list[Passage], question: str, scorer: Scorer
) -> bool:
    """Whether a sentence of the first letter states the fact asked, or of one part asked."""
    first = read[0].letter_id
    stated = any(s.answers and read[s.passage].letter_id == first for s in sentences)
    return stated or a_part_answered(question, read, scorer)


def stated_first(
    question: str,
    read: list[Passage],
    sentences: list[Scored],
    scorer: Scorer,
    asked: bool,
    held: Held | None,
    subjects: Mapping[str, str] | None,
) -> tuple[list[Passage], list[Scored], bool]:
    """When the first letter does not state the fact `asked`: the passages read with the
    letter of the best sentence first, if that sentence states it and the question is
    about that letter (`_about_it`: 黄连's dryers, ranked below a grape letter's 热风烘干 for
    the words they share; not a students' insurance for surfers'); and whether the fact is
    unstated."""
    if not asked or _first_letter_states(sentences, read, question, scorer):
        return read, sentences, False
    best = max((s for s in sentences if s.answers), key=lambda s: s.score, default=None)
    if best is None:
        return read, sentences, True
    lead = read[best.passage]
    if not _about_it(question, read, lead, held, subjects):
        return read, sentences, True
    order = sorted(range(len(read)), key=lambda i: read[i].letter_id != lead.letter_id)
    moved = {old: new for new, old in enumerate(order)}  # (sorted is stable: ranks kept)
    sentences = [dataclasses.replace(s, passage=moved[s.passage]) for s in sentences]
    return [read[i] for i in order], sentences, False


def _about_it(
    question: str,
    read: list[Passage],
    lead: Passage,
    held: Held | None,
    subjects: Mapping[str, str] | None,
) -> bool:
    """Whether the lower letter `lead` is the one the question asks about: it names a place
    an English question spells and the first letter never does ("Wuming's": 武鸣), and every
    one it spells; or it is about a word of the question the first letter never writes and
    its passages hold every noun of the question the first letter's do (坑尾村, 闽兴公司: a
    place or a firm the first names is no other's) — an English word by any of its
    renderings."""
    own, led = (_read_of(read, letter) for letter in (read[0].letter_id, lead.letter_id))
    first = held.text if held else own
    subject = f"{lead.title or ''} {(subjects or {}).get(lead.letter_id, '')}"
    if is_english(question):
        spelled = spelled_in(question, f"{first}\n{led}")
        if any(t not in f"{subject}\n{led}" for t in spelled):
            return False  # (a place it spells that the lower letter never names)
        if any(t not in first for t in spelled):
            return True
    words = [t for t in content_terms(question, f"{first}\n{led}".__contains__) if len(t) >= 2]
    groups = (
        translation_groups(question, lambda _: True)
        if is_english(question)
        else [[w] for w, tag in tagged(question) if len(w) >= 2 and tag[:1] == "n"]
    )
    lacks = any(
        any(t in own for t in g) and not any(t in f"{subject}\n{led}" for t in g) for g in groups
    )
    return any(t in subject and t not in first for t in words) and not lacks


def _read_of(read: list[Passage], letter_id: str) -> str:
    return "\n".join(p.text for p in read if p.letter_id == letter_id)
