"""Choosing: which scored sentences of the passages read join the answer.

    chosen = choose(sentences, letters, settings, fields, kept=…)

The best sentence, then those scoring close to it; for a question about the letter itself
(`query.names_the_reply`), the line stating each field asked and the letter's frame, not
its body.  `by_place_in_letter` and `by_kind_of_line` adjust a sentence's score for where
it stands (its section, a field card) and what kind of line it is (a bare date, a heading).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rag.answer import query
from rag.answer.sentences import is_frame
from rag.answer.support import bare_heading
from rag.letters.dates import find_iso
from rag.letters.genre import DATE_MENTION, NUMBERING, SECTION_NUMBER
from rag.models import Passage
from rag.settings import Settings

MAX_SENTENCES = 4
# A sentence this short right after a quoted one is quoted with it: it completes it.
COMPLETION_CHARS = 20
# A paragraph's run-in topic line that restates what the proposal asked ("关于将文物看护员
# 补贴由每月300元提高到800元的建议。"): what answers it is the sentence after it.
_TOPIC_LINE = re.compile(
    rf"^(?:{NUMBERING.pattern.removeprefix('^')})?"
    r"(?:关于|關於|对于|對於)[^。；;！？，,]{2,80}?的(?:建议|建議|提案|意见|意見|诉求|訴求)[。：:]$"
)
MIN_SENTENCES = 2


@dataclass(frozen=True)
class Scored:
    """A sentence of the passages read, with its score."""

    passage: int  # index into the passages read
    start: int
    end: int
    text: str
    score: float
    answers: bool = False  # holds what the question asks for, and matches it well


def choose(
    sentences: list[Scored],
    letters: Sequence[str],
    settings: Settings,
    fields: Sequence[re.Pattern[str]] = (),
    kept: Callable[[Scored], bool] = lambda s: True,
) -> list[Scored]:
    """The best sentence, then those scoring close to it (at most MAX_SENTENCES), closer
    still when they come from another letter (`letters[i]` is passage i's).  For a
    metadata question asking several things ("who submitted it and when was it signed"),
    the best sentence for each field asked comes first.  Only sentences `kept` join after
    the best (for a question about the letter itself: those of its frame, `in_frame`)."""
    if not sentences:
        return []
    ranked = sorted(sentences, key=lambda s: (-s.score, s.passage, s.start))
    # A field asked of a letter is its own: another letter's date or signer is no answer.
    if fields:
        ranked = [s for s in ranked if letters[s.passage] == letters[0]] or ranked
    chosen = _field_lines(ranked, fields, kept) or [ranked[0]]
    best = ranked[0].score
    for sentence in ranked:
        if len(chosen) >= MAX_SENTENCES:
            break
        if sentence in chosen or not kept(sentence):
            continue
        if _said(sentence, chosen) or (fields and _another_day(sentence, chosen)):
            continue
        same = letters[sentence.passage] == letters[0]
        ratio = settings.keep_ratio if same else settings.other_letter_ratio
        if sentence.score >= ratio * best or (
            len(chosen) < MIN_SENTENCES and sentence.passage == ranked[0].passage
        ):
            chosen.append(sentence)
    return chosen


def _field_lines(
    ranked: list[Scored],
    fields: Sequence[re.Pattern[str]],
    kept: Callable[[Scored], bool],
) -> list[Scored]:
    """The best sentence stating each field asked, one the letter speaks of itself in
    (`kept`) before a body sentence: the 发文字号 line, not a sentence naming another
    document's number."""
    lines: list[Scored] = []
    for pattern in fields:
        stating = [s for s in ranked if pattern.search(s.text)]
        own = [s for s in stating if kept(s)]
        # a date the card records is the letter's, before one its words give another day
        card = next((s for s in own if _card_day(s)), None)
        match = card or next(iter(own), next(iter(stating), None))
        if match is not None:
            match = _in_its_words(match, own)
        if match is not None and match not in lines and len(lines) < MAX_SENTENCES:
            lines.append(match)
    return lines


# A date as the field card prints it ("落款日期：2024-06-14"), not as the letter writes it.
_CARD_DATE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*(\d{4}-\d{2}-\d{2})$")


def _card_day(line: Scored) -> str | None:
    """The day a field card's date line gives, None for any other line."""
    card = _CARD_DATE.match(line.text.strip())
    return card.group(1) if card else None


def _in_its_words(line: Scored, stating: Sequence[Scored]) -> Scored:
    """The letter's own line for a date its field card gives ("2024年6月14日" under the
    sign-off for "落款日期：2024-06-14"): the quote is then the letter's words."""
    day = _card_day(line)
    if day is None:
        return line
    own = (s for s in stating if not _card_day(s))
    return next((s for s in own if find_iso(s.text) == day), line)


def _another_day(sentence: Scored, chosen: Sequence[Scored]) -> bool:
    """Whether the letter's words date another day than the dated lines chosen for the
    fields asked ("我局于2024年4月17日邀请…" beside the sign-off's "2024年6月14日"); with no
    dated line chosen (no date asked), nothing is left out."""
    day = None if _card_day(sentence) else find_iso(sentence.text)
    days = {find_iso(c.text) for c in chosen} - {None}
    return day is not None and bool(days) and day not in days


def _said(sentence: Scored, chosen: Sequence[Scored]) -> bool:
    """Whether a chosen line says what the sentence says: the same line in two chunks (the
    field card and its own), or a card date the letter's own line gives."""
    day = _card_day(sentence)
    return any(sentence.text == c.text or (day and find_iso(c.text) == day) for c in chosen)


def in_frame(passage: Passage, sentence: str) -> bool:
    """Whether the sentence is the letter speaking of itself: a line of its field card,
    opening, closing or sign-off, or a frame sentence of its body (the receipt)."""
    return passage.part in query.META_PARTS or is_frame(sentence)


def by_place_in_letter(
    score: float,
    passage: Passage,
    text: str,
    intent: str | None,
    meta_patterns: Sequence[re.Pattern[str]],
) -> float:
    """The score adjusted for how well the sentence's place fits the question's intent."""
    if intent == query.META:
        if any(p.search(text) for p in meta_patterns):
            score += 0.6
        if passage.part == "meta" and not any(p.search(text) for p in meta_patterns):
            score -= 0.3  # the meta card lists every field; only the asked one answers
    elif intent in query.INTENT_SECTIONS and query.INTENT_SECTIONS[intent].search(passage.section):
        score += 0.15
    if passage.part == "meta" and intent != query.META:
        score -= 0.5  # field lists don't answer content questions
    return score


def by_kind_of_line(score: float, text: str, asks_date: bool, lists: bool) -> float:
    """The score adjusted for what kind of line the sentence is."""
    if not asks_date and DATE_MENTION.search(text) and len(DATE_MENTION.sub("", text).strip()) < 4:
        # A bare date line (a signature's, a page's) answers only "when"; quoted for
        # anything else it is noise, and from an unrelated letter misleading.
        score -= 1.0
    elif len(text) < 8 and not DATE_MENTION.search(text):
        score -= 0.2  # a bare heading says little on its own
    elif bare_heading(text):
        # "(一)实施…行动。" names a topic: it is the answer to "哪几项行动", and only
        # a lead-in to the sentences after it otherwise.
        score += 0.3 if lists else -0.1
    return score


def completions(
    sentences: list[Scored],
    chosen: list[Scored],
    read: list[Passage],
) -> list[Scored]:
    """The short sentence right after a chosen one that completes it ("…引进知名企业来丽
    发展康养产业。如莲都区灵康蓝城·杏福小镇项目。"): quoted with it, in the same citation."""
    taken = {(s.passage, s.start) for s in chosen}
    added = []
    for sentence in chosen:
        text = read[sentence.passage].text
        following = next(
            (
                s
                for s in sentences
                if s.passage == sentence.passage
                and s.start >= sentence.end
                and adjacent(text, sentence.end, s.start)
            ),
            None,
        )
        if (
            following is not None
            and (following.passage, following.start) not in taken
            and (len(following.text) <= COMPLETION_CHARS or _answers_topic(sentence, following))
            and not SECTION_NUMBER.match(following.text)
        ):
            added.append(following)
            taken.add((following.passage, following.start))
    return added


def _answers_topic(topic: Scored, following: Scored) -> bool:
    """Whether a topic line is followed by what answers it: neither another topic line nor the
    letter's frame (感谢…)."""
    return bool(_TOPIC_LINE.match(topic.text)) and not (
        _TOPIC_LINE.match(following.text) or is_frame(following.text)
    )


def adjacent(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def states_field(
    sentences: list[Scored],
    read: list[Passage],
    fields: list[query.MetaField],
    kept: Callable[[Scored], bool],
    about_letter: bool,
) -> bool:
    """Whether the best letter states a field the question asks for: a field the letter
    does not state ("联系人" of a letter without one) is not answered by the fields it
    does state.  A field letters also cite of other documents (a 文号) counts only where
    the letter may be quoted for it (`kept`), where a contact or signing note in its body
    is its own.  Dates are left to the figure/date check ("什么时候完成" asks about the
    content) unless the question asks the reply's own date (`about_letter`): that is in
    its frame, never a date its body mentions ("2025年以来…" of a letter printed undated)."""
    stated = [f for f in fields if f.name != "date" or about_letter]
    if not stated:
        return True
    top_letter = [s for s in sentences if read[s.passage].letter_id == read[0].letter_id]
    return any(
        f.states.search(s.text) and (not (f.cited_of_others or f.name == "date") or kept(s))
        for f in stated
        for s in top_letter
    )
