"""Conversation: make a follow-up stand alone.

    resolved = resolve("其中第四点具体指什么？", previous, letter_sections)

A follow-up (`其中`, `第四点`, `那么…呢`, "it", "what about") carries over the previous
turn's letter and, for an ordinal, the n-th subsection of the section the previous turn
was about.  `implicit` carries the letter into a question without follow-up words, as a
second reading the retriever tries when the question is weak on its own.  With a chat
model configured the facade rewrites follow-ups with it instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rag.answer import query
from rag.answer.bilingual import english_words
from rag.answer.catalog import Named
from rag.answer.sections import common_prefix, nth_subsection
from rag.answer.terms import is_english
from rag.answer.words import tagged
from rag.letters.genre import kind_in_title
from rag.models import SECTION_SEP, Chunk, Passage

History = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Resolved:
    """A question made standalone, plus what the previous turn pinned down."""

    text: str
    letter_ids: tuple[str, ...] = ()
    section: str | None = None  # a follow-up's section (prefix of Passage.section)
    section_strength: float = 0.0  # how hard to prefer it: ordinal → strong, "其中" → mild
    intent: str | None = None
    evidence: str | None = None  # the words a passage must contain (default: text)
    named: bool = True  # the carried letter counts as named by the user (a real follow-up)


@dataclass(frozen=True)
class Previous:
    """What the previous turn was answered from."""

    standalone: str
    passages: list[Passage]
    intent: str | None
    unmatched: bool


# How strongly a follow-up prefers its section: an ordinal names it, "其中" only leans.
_ORDINAL_STRENGTH = 2.0
_WITHIN_STRENGTH = 0.2

_ORDINAL_PHRASE = re.compile(
    r"第\s*(?:[一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:点|条|项|个|部分|方面)"
    r"|\bthe\s+(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))(?:\s+one)?\b",
    re.I,
)
_INTENT_HINT = {query.PLAN: "下一步", query.RESULT: "工作开展情况"}


def resolve(
    question: str,
    previous: Callable[[], Previous | None],
    chunks_of: Callable[[str], list[Chunk]],
    *,
    has_history: bool,
    implicit: bool = False,
    answered: str = "",
) -> Resolved:
    """Carry the previous turn's letter (and section) into a follow-up.

    `previous()` gives what the previous turn retrieved (called only for a follow-up);
    `chunks_of(letter_id)` a letter's chunks, in letter order; `answered` the previous
    answer's text, whose n-th quote is what "其中第n点" points at.
    """
    explicit = query.looks_like_follow_up(question)
    if not has_history or not (explicit or implicit) or query.find_numbers(question):
        return Resolved(question)
    before = previous()
    if before is None or not before.passages or before.unmatched:
        return Resolved(question)
    lead = before.passages[0]
    ordinal = query.find_ordinal(question)
    section: str | None = None
    strength = 0.0
    if ordinal:
        chunks = chunks_of(lead.letter_id)
        section = _quoted_point(answered, chunks, ordinal) or _nth_point(
            before.passages, lead.letter_id, [c.section for c in chunks], ordinal
        )
        strength = _ORDINAL_STRENGTH
    if section is None and lead.section:
        # "其中…" stays within the part of the letter the last answer came from.
        section = lead.section.split(SECTION_SEP)[0]
        strength = _WITHIN_STRENGTH
    intent = query.own_intent(question) or before.intent
    text, evidence = _rewrite(question, before, lead, section if ordinal else None, intent)
    if ordinal and section is None and (label := _labelled(question, chunks_of(lead.letter_id))):
        # the letter's own label of a point ("那第三条呢？" of "关于第三条，…")
        evidence = label + _ORDINAL_PHRASE.sub("", evidence)  # (not the last turn's point)
        text = letter_label(lead, False) + evidence
    return Resolved(
        text=text.strip(),
        letter_ids=(lead.letter_id,),
        section=section,
        section_strength=strength,
        intent=intent,
        evidence=evidence,
        named=explicit,
    )


def _rewrite(
    question: str, before: Previous, lead: Passage, section: str | None, intent: str | None
) -> tuple[str, str]:
    """(standalone question, the words that answer it)."""
    english = is_english(question)
    rest = query.strip_deictic(_ORDINAL_PHRASE.sub("", question)) or question
    label = letter_label(lead, english)
    if section:
        heading = section.replace(SECTION_SEP, " ")
        return f"{label} {heading} {rest}", f"{heading} {rest}"
    if query.is_elliptical(question):
        # "技术经纪人呢？": the previous question, about the new topic.
        text = f"{before.standalone} {rest}"
        return text, text
    if english:
        return f"{label}: {rest}", rest
    return f"{label}{_INTENT_HINT.get(intent or '', '')}{rest}", rest


_MARKED = re.compile(r"^(?P<quote>.+?)\[(?P<n>\d+)\]\s*$", re.M)
_KEY = 16  # characters of a quote that find it again in its letter


def _quoted_point(answered: str, chunks: list[Chunk], n: int) -> str | None:
    """The section of the n-th quote of the previous answer ("其中第二点" of an answer
    that listed points is its second point), when that answer quoted n or more; a lead-in
    it quoted before its items ("…提出如下协办意见:") is none of its points."""
    quotes = [m.group("quote").strip() for m in _MARKED.finditer(answered)]
    quotes = [q for q in quotes if not q.endswith((":", "："))]
    # …nor is a heading it quoted above the others ("二、已采取的措施", then its (一), (二))
    sections = [next((c.section for c in chunks if q[-_KEY:] in c.text), "") for q in quotes]
    above = {p for s in sections for p in s.split(SECTION_SEP)[:-1]}
    quotes = [q for q in quotes if q not in above]
    if len(quotes) < n:
        return None
    key = quotes[n - 1][-_KEY:]
    return next((c.section for c in chunks if c.section and key in c.text), None)


def _labelled(question: str, chunks: list[Chunk]) -> str | None:
    """The ordinal a Chinese question names, when the letter labels a point with it in
    its text ("第三条" of "关于第三条，建议由政府出资…"), not by a heading."""
    phrase = _ORDINAL_PHRASE.search(question)
    said = re.sub(r"\s+", "", phrase.group(0)) if phrase and not is_english(question) else ""
    return said if said and any(said in c.text for c in chunks) else None


def _nth_point(passages: list[Passage], letter_id: str, sections: list[str], n: int) -> str | None:
    """The n-th subsection of what the previous answer was about.

    The anchor is the heading path the previous top passages share ("二、下一步工作重点"
    when they were its subsections); when it has fewer than n children we climb a level,
    so "第二点" after an answer from "(四)…" still means "(二)…" of its parent.
    """
    top = passages[0].section.split(SECTION_SEP) if passages[0].section else []
    same = [
        p.section.split(SECTION_SEP)
        for p in passages[:3]
        if p.letter_id == letter_id and p.section and p.section.split(SECTION_SEP)[:1] == top[:1]
    ]
    anchor = common_prefix(same) if same else []
    if len(same) == 1:
        anchor = anchor[:-1]  # one passage: it is a child, not the parent of the list
    return nth_subsection(sections, anchor, n)


def letter_label(passage: Passage, english: bool) -> str:
    """How a rewritten question names the letter: "第0798号提案答复函"."""
    kind = passage.kind or kind_in_title(passage.title) or "提案"
    if passage.proposal_no:
        if english:
            return f"the reply to {'suggestion' if kind == '建议' else 'proposal'} No. {passage.proposal_no}"
        return f"第{passage.proposal_no}号{kind}答复函"
    return f"《{passage.title or passage.source}》"


def leans_on(
    question: str, history: History, carried: Resolved, chunks_of: Callable[[str], list[Chunk]]
) -> bool:
    """Whether a question with no follow-up words asks about what the previous answer
    quoted from the letter it would be carried into: it names no place of its own, each
    noun it asks about is a word of that answer ("去年来了多少游客？" after "…2024年接待游客
    约38万人次"; not "明年的GDP目标是多少？" after an answer that never mentions a GDP), and
    the answer quotes that letter (not when the previous turn is read as another's).  A bare
    ask leans on it too: in English with no topic word ("How often?"), in Chinese with no
    noun, each verb a word of the answer ("多久发布一次？")."""
    asked, answered = history[-1] if history else ("", "")
    if not answered or not carried.letter_ids or not _asks_of(question, answered, asked):
        return False
    letter = "".join(c.text for c in chunks_of(carried.letter_ids[0]))
    quotes = (_MARK.sub("", line).strip() for line in answered.splitlines())
    return any(len(q) >= _QUOTED and q in letter for q in quotes)


def _asks_of(question: str, answered: str, asked: str = "") -> bool:
    """Whether the question asks only of what the answer says (see `leans_on`): a place
    asked ("先在哪个镇试？") or the previous question's place by its kind ("镇里" after
    "黄坡镇…") is none of its own."""
    if is_english(question):
        # a bare ask ("How often?", "In which months, and how often?"): no topic of its own
        return not set(english_words(question)) - _EN_TIME_UNITS
    tags = tagged(question)
    # (the previous question's place by its kind: "镇里" after "黄坡镇…")
    tags = [(w, "r") if _named_before(w, asked) else (w, t) for w, t in tags]
    words = [(w, t) for w, t in tags if len(w) >= 2 and t[:1] == "n" or t == "eng"]
    # (a place of its own, however jieba tags it: 隔壁旗, 别的县, 市里; not 哪个镇)
    places = [
        w
        for i, (w, t) in enumerate(tags)
        if t != "r"
        and re.search(rf"[{_PLACE_UNITS}](?:里)?$", w)
        and not (len(w) == 1 and i and re.fullmatch(r"哪个?|哪些|几个|那个", tags[i - 1][0]))
    ]
    if places or any(t in ("ns", "nt") for _, t in words):
        return False
    # a bare ask ("多久一次？", "哪几个月发布？"): no noun, only its verbs, which the answer says
    words = words or [(w, t) for w, t in tags if len(w) >= 2 and t[:1] == "v"]
    return all(w in answered for w, _ in words)


def _named_before(word: str, asked: str) -> bool:
    """Whether the word is a place's kind the previous question named one of ("镇里")."""
    return (
        len(word) == 2
        and word[1] == "里"
        and word[0] in _PLACE_UNITS
        and re.search(f"[\u4e00-\u9fff]{word[0]}", asked) is not None
    )


_MARK = re.compile(r"\[\d+\]")  # an answer's citation mark
_PLACE_UNITS = "省市县区旗镇乡"  # the unit a place's name ends in (隔壁旗, 别的县, 镇里)
_EN_TIME_UNITS = frozenset("year month week day time date".split())  # (as english_words gives)
_QUOTED = 10  # a line this long found in the letter is quoted from it


def carry(named: Named, resolved: Resolved, asked_names: bool) -> Named:
    """A follow-up's letter narrows the search when the question names none itself
    (`asked_names`: whether the user's own words name a letter)."""
    if not resolved.letter_ids:
        return named
    carried = set(resolved.letter_ids)
    if named.named:
        # The rewrite's label ("the reply to suggestion No. 56") names every letter of that
        # number; when the user named none, the previous turn's letter is the one meant.
        if not asked_names and named.ids is not None and carried < named.ids:
            return Named(carried, named.unmatched, named.named, named.soft_years)
        return named
    ids = carried if named.ids is None else (named.ids & carried or named.ids)
    return Named(ids, named.unmatched, resolved.named, named.soft_years)
