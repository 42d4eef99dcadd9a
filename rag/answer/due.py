"""By when a promise is to be done, as the sentence writes it (`due_in`).

due_in("下一步，我局将于2025年底前完成改造。", 2024)  # → "2025年底前"
"""

from __future__ import annotations

import re

from rag.answer.deadlines import DUE, dated_before
from rag.answer.future import FUTURE, lead
from rag.answer.tense import PAST, PROBLEM, own_words
from rag.answer.words import in_dictionary
from rag.letters.genre import strip_numbering


def due_in(sentence: str, year: int | None = None, date: str | None = None) -> str | None:
    """The time a sentence says something will be done by, as written: looked for from the clause
    that promises on ("争取借助2017年…契机"), then anywhere. A time all before the letter's year
    ("自2017年以来", "2000年底前建成的小区") is history, and so is a bare year outside the promise
    when the letter's year is unknown; so is a date the letter has passed ("于今年5月申报"). A time
    in a clause that refuses ("暂时无法列入今年的计划") is when it cannot be done; the year of a
    plan a thing joins ("纳入明年省级…项目") is its due only when no other time is stated. Of
    two acts, the first one's time is the due ("年底前，我局将…，并于明年汛期前…")."""
    promise = FUTURE.search(own_words(sentence))
    clause = 0
    if promise:  # (a marker may hold the mark that opens its clause: "，计划新装…")
        at = promise.start() + lead(promise)
        clause = _opening(sentence, max(sentence.rfind(mark, 0, at) for mark in "，,；;：:") + 1)
    parts = [(sentence[clause:], True)] if promise else []
    joined = None
    for text, promised in [*parts, (sentence, False)]:
        for match in DUE.finditer(text):
            when = match.group(0).strip()
            if when.endswith("起") and in_dictionary(text[match.end() - 1 : match.end() + 1]):
                when = when[:-1]  # (the 起 of 起草, 起步: "今年起草…" is due 今年)
            years = [int(y) for y in re.findall(r"20\d{2}", when)]
            if text.startswith(("以来", "来"), match.end()):
                continue  # "今年以来": a period that ends now
            if max(years, default=year or 0) < (year or 0) or (
                not year and not promised and re.fullmatch(r"20\d{2}年", when)
            ):
                continue
            if dated_before(when, year, date) or PROBLEM.search(_clause(text, match.start())):
                continue
            if text.endswith(("纳入", "列入"), 0, match.start()):
                joined = joined or when  # "纳入明年…项目": the plan's year, if no other time
                continue
            return when
    return joined


def _opening(sentence: str, clause: int) -> int:
    """Where the promise starts: at its clause, or at the clauses before it that only time it
    ("年底前，我局将…"; not a year it sets the plan in: "今年，我委计划…，力争年底前…") or
    hold the first of the acts it joins with 并 / 同时 ("年底前完成…，并于明年…") — not at a
    clause that reports ("已完成…，并将…")."""
    start = clause
    joins = sentence.startswith(("并", "同时"), clause)
    while start > 0 and sentence[start - 1] in "，,":
        before = max(sentence.rfind(mark, 0, start - 1) for mark in "，,；;：:") + 1
        words = re.sub(r"^下一步", "", strip_numbering(sentence[before : start - 1]))
        timed = DUE.fullmatch(words) and not re.fullmatch(r"(?:20\d{2}|[今明本])年", words)
        if not (timed or joins and not PAST.search(words)):
            break
        start = before
    return start


def _clause(text: str, at: int) -> str:
    """The clause of `text` that holds offset `at`: between commas or semicolons."""
    start = max(text.rfind(mark, 0, at) for mark in "，,；;") + 1
    return re.split(r"[，,；;。]", text[start:], maxsplit=1)[0]
