"""What a letter promises, and what it says it has already done.

    promised = commitments(letter)   # [Item], in letter order
    done = actions(letter)           # the same fields

Each item is one sentence of the letter's body, verbatim (`quote`), with its heading path,
the time it is due by when the sentence states one ("2025年底前", "十四五期间"), and the
units it names as doing it with the bureau.

A sentence's own words give its tense (`rag.answer.tense`: 将 / 拟 / a deadline promise;
已 / 了 / a date before the letter report). Neither, whatever the markers: advice to another
body ("建议市政府…"), a predicted effect ("建成后将有效缓解…"), a problem or a refusal
("暂时不能解决"), a rule ("乡道应当…"), the handling frame ("我局高度重视"), the proposer's
words. With no tense of its own a sentence goes by its section (under 下一步工作打算 it
promises, under 工作开展情况 it reports, under 存在的问题 neither, under 基本情况 nothing
by itself), else by the list it is in ("重点做好以下工作：" then 一、二、…; "问题主要有三个
方面：" then neither), else by the sentence before it in its paragraph, unless it turns from
it ("但…", "由于…", "该路段全长…", "经测算，…"). The frame (receipt, thanks, sign-off,
contact) and headings are never items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rag.answer.partners import partners_in
from rag.answer.sentences import is_frame
from rag.answer.tense import (
    EFFECT,
    FOUND,
    FUTURE,
    PAST,
    PROBLEM,
    STATUS,
    Written,
    completed,
    due_in,
    mask,
    own_words,
    tense,
    written,
)
from rag.answer.terms import tokens_of
from rag.letters.genre import (
    CLOSING_MARKS,
    ITEM_RANK,
    OPENING_END,
    SENTENCE,
    SENTENCE_ENDS,
    heading_rank,
    strip_numbering,
)
from rag.models import Letter, Section

# Headings of the halves most replies have (the genre's words, not a topic's); 计划 names
# a half only as a work plan (工作计划), not as a programme's name (行动计划).
PLAN_HEADING = re.compile(
    r"下一?步|下阶段|今后|打算|(?:工作|下步)计划|思路|努力方向|展望|拟采取|工作重点|工作安排|举一反三"
)
DONE_HEADING = re.compile(r"(?<!基本|有关|总体)情况|进展|成效|成果|做法|已做|已开展|现状")
PROBLEM_HEADING = re.compile(r"存在的?(?:主要)?(?:问题|困难|不足)|面临的?(?:主要)?(?:问题|困难)")
# What ought to be, not what the bureau does: a rule ("乡道应当由乡镇负责养护") or advice.
# The modal is a word of its own (`_modal`), not the 应 of 相应 / 应对 / 供应, and a
# slogan's 应X尽X (应保尽保) names a policy; what else the sentence says decides.
_NORM = re.compile(r"应(?:当|该|予|由)?|必须|务必")
_SLOGAN = re.compile(r"应([\u4e00-\u9fff]{1,2})尽\1")
# The frame of handling a proposal ("我局高度重视，认真研究", "收到建议后，…", "对此，我局进行了
# 认真研究。"), unless it dates, counts or completes a deed besides the study ("进行了实地踏勘").
_STUDY = re.compile(r"(?:进行|作|做|开展)?了?(?:认真|专题|深入|仔细|反复)的?(?:研究|讨论|分析)")
_HANDLING = re.compile(
    r"(?:高度|十分|非常|极为|特别)重视|收到[^，,。；;]{0,30}?(?:建议|提案)后"
    rf"|(?:{_STUDY.pattern})[。！!]?$"
)
_REPORTS = re.compile(r"已|截至|截止|累计|正在|\d")
# A recommendation to another body ("建议市政府加大投入", "同时，希望…"), not a promise.
_ASKS = re.compile(r"^(?:[^，,。；;]{0,6}[，,])?(?:建议|希望|恳请|呼吁|请(?!示))(?![中的书])")
# The proposer's part: the reply slip ("请填写在征询意见表中"), a call for help, their
# satisfaction ("代表表示满意").
_TO_PROPOSER = re.compile(
    r"(?:请|希望)[^，,。；;]{0,4}?(?:您|你|代表|委员)|(?:您|你)[^。；;]*[，,]请(?!示)"
    r"|(?:您|你|代表|委员)[^，,。；;]{0,10}?(?:表示)?(?:满意|认可)"
)
# A rule a document lays down ("《条例》第十条规定…"): the document's words.
_RELAYS = re.compile(r"^《[^》]*》(?:第[^，,。]{1,8}条)?(?:规定|明确|提出|要求|指出)")
# A sentence that turns from the one before it: a contrast, a reason, a condition, or a
# description ("我县是交通大县，…", "该路段全长…": what the proposal is about).
_TURN = re.compile(
    r"^(?:但|但是|然而|不过|可是|只是|只有|除非|由于|因为|随着|鉴于|虽然|尽管|该|此(?!外)|这|"
    r"[^，,。；;]{1,10}?(?<![别其而或还凡就更总于要正便即])是(?!否))"
)
# A list of problems or causes ("问题主要有三个方面：一是…；二是…"): its items are neither,
# but for the first, which shares its sentence with the introduction.
_PROBLEMS_LISTED = re.compile(r"(?:问题|困难|原因|不足|短板|隐患)[^，,。；;：:]{0,12}[：:]")
_LIST_INTRO = re.compile(r"[：:]$|(?:以下|如下)[^，,。]{0,8}(?:工作|措施|方面|举措)")
_CLOSING_MARKS = CLOSING_MARKS + " \t\u3000"  # what may follow a sentence's end mark
_ITEM_FROM = 3  # heading ranks from 1. on number a list's items; 一、 (一) number parts
_MIN_CHARS = 8  # shorter pieces are headings' remains or list labels
_PUNCTUATION = re.compile(r"[，,、。；;：:！!？?（(）)“”\"]")


@dataclass(frozen=True)
class Item:
    """A commitment (or an action): one sentence of the letter, in its words."""

    kind: str  # "commitment" or "action"
    text: str  # the sentence without its leading numbering (一是, (一), 1.)
    quote: str  # the sentence verbatim: a substring of the letter's body
    section: str  # its heading path, " > "-joined
    due: str | None  # when the sentence says it will be done, for a commitment
    partners: tuple[str, ...]  # the other units it names as doing it
    start: int  # offset of the quote in `Letter.body`


def commitments(letter: Letter) -> list[Item]:
    """What the letter promises, one sentence each, in letter order."""
    return [item for item in items(letter) if item.kind == "commitment"]


def actions(letter: Letter) -> list[Item]:
    """What the letter says has been done, one sentence each, in letter order."""
    return [item for item in items(letter) if item.kind == "action"]


@dataclass
class _Context:
    """What the letter has said so far, for a sentence without a tense of its own."""

    carried: tuple[str, ...] = ()  # what the paragraph has said so far: 下一步… then 一是…
    listed: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # (intro's path, kinds)
    problems: bool = False  # the paragraph lists problems ("问题主要有三个方面：一是…")

    def taken(self, sentence: str) -> tuple[str, ...]:
        """The kinds of the list the sentence is in, else of its paragraph (none after a
        turn: "但…", "该路段全长…")."""
        if self.listed:
            return self.listed[1]
        if _TURN.match(strip_numbering(sentence)) or FOUND.match(sentence):
            self.carried = ()  # what follows a turn goes on from it, not from before it
        return self.carried

    def said(self, kinds: tuple[str, ...], sentence: str, path: tuple[str, ...]) -> None:
        """What a sentence of its own tense leaves for the ones after it."""
        self.carried = ("commitment",) if len(kinds) > 1 else kinds
        if kinds and _LIST_INTRO.search(own_words(sentence)):
            self.listed = (path, self.carried)


def items(letter: Letter) -> list[Item]:
    """Every sentence of the body that promises or reports, in letter order."""
    found: list[Item] = []
    context = _Context()
    leads: list[tuple[int, str]] | None = None  # an item's opening sentences, kind unsaid
    when = written(letter)
    end, previous = 0, ""
    for section in letter.sections:
        if section.part not in ("opening", "body"):
            continue
        leads = [] if _in_item(section) else None
        for start, sentence in _sentences(section):
            closes = _closed(previous)  # the piece before ended its sentence
            if "\n" in letter.body[end:start] and closes:
                context = _Context(listed=context.listed)  # a new paragraph, not a broken line
            if context.listed and not _extends(section.path, context.listed[0]):
                context.listed = None
            end, previous = start + len(sentence), sentence
            kinds = kinds_of(sentence, section.path, *when, letter.issuer)
            if context.problems and closes and heading_rank(sentence) is not None:
                kinds = ()  # a problem a list names, after the first
            if kinds is None:
                kinds = context.taken(sentence)
                if not kinds and leads is not None:
                    leads.append((start, sentence))
            else:
                context.said(kinds, sentence, section.path)
                # An item's opening words ("一是设计推出…线路。") are what the item goes on to say.
                found += [
                    _item(k, s, section, p, letter, when)
                    for p, s in leads or ()
                    for k in context.carried
                ]
                leads = None
            context.problems = context.problems or bool(
                _PROBLEMS_LISTED.search(own_words(sentence))
            )
            found += [_item(kind, sentence, section, start, letter, when) for kind in kinds]
    return found


def _item(
    kind: str, sentence: str, section: Section, start: int, letter: Letter, when: Written
) -> Item:
    promise = kind == "commitment"
    return Item(
        kind=kind,
        text=strip_numbering(sentence).strip() or sentence,
        quote=sentence,
        section=section.section,
        due=due_in(sentence, *when) if promise else None,
        partners=partners_in(sentence, letter.issuer) if promise else (),
        start=start,
    )


def _closed(sentence: str) -> bool:
    """Whether a sentence ends as one does (a page may break a line mid-sentence)."""
    return not sentence or sentence.rstrip(_CLOSING_MARKS)[-1:] in SENTENCE_ENDS


def _in_item(section: Section) -> bool:
    """Whether a section is one item of a list (1. (1) 一是), not a part or a topic."""
    rank = heading_rank(section.path[-1]) if section.path else None
    return rank is not None and rank >= _ITEM_FROM


def _extends(path: tuple[str, ...], intro: tuple[str, ...]) -> bool:
    """Whether a section opened below the one that introduced a list (its items)."""
    return len(path) > len(intro) and path[: len(intro)] == intro


def kinds_of(
    sentence: str,
    path: tuple[str, ...] = (),
    year: int | None = None,
    date: str | None = None,
    issuer: str | None = None,
) -> tuple[str, ...] | None:
    """What a sentence is: ("commitment",), ("action",), both ("已建成…，下一步将…" reports
    and promises), () neither; None when neither its words nor its section say, and the
    paragraph or list it belongs to decides."""
    words = own_words(sentence)
    if not re.sub(r"[□\W]", "", words):  # only what the proposer or another unit said
        return ()
    if _ASKS.match(strip_numbering(words)) or _RELAYS.match(words):
        return ()
    future, done = tense(words, year, date, issuer)
    if future:
        return ("action", "commitment") if done else ("commitment",)
    deeds = _REPORTS.search(words) or completed(_STUDY.sub(mask, words))
    if _TO_PROPOSER.search(words) or (_HANDLING.search(words) and not deeds):
        return ()
    if (EFFECT.search(words) or PROBLEM.search(words) or _modal(words)) and not done:
        return ()
    heading = _by_heading(path)
    if done or (STATUS.search(words) and heading != ()):
        return ("action",)
    return heading


def _modal(words: str) -> bool:
    """Whether the sentence says what ought to be: 应 / 应当 / 必须 as words of their own,
    a slogan's 应X尽X aside."""
    return any(_NORM.fullmatch(token) for token in tokens_of(_SLOGAN.sub(mask, words)))


def _by_heading(path: tuple[str, ...]) -> tuple[str, ...] | None:
    """The kind the outermost heading that names a half of the reply gives its sentences."""
    for heading in path:
        words = own_words(heading)
        if PROBLEM_HEADING.search(words):
            return ()
        if PLAN_HEADING.search(words):
            return ("commitment",)
        if DONE_HEADING.search(words):
            return ("action",)
    return None


def _sentences(section: Section) -> Iterator[tuple[int, str]]:
    """(offset in the body, sentence) of the section's substance: no frame, no heading. Of
    the opening, only what follows its announcement of the reply ("现答复如下：按照…")."""
    headings = {strip_numbering(h) for h in section.path}
    matches = list(SENTENCE.finditer(section.text))
    if section.part == "opening":
        ends = [i for i, m in enumerate(matches) if OPENING_END.search(m.group(0))]
        matches = matches[ends[-1] + 1 :] if ends else []
    for match in matches:
        sentence = match.group(0).strip()
        if _short(sentence) or is_frame(sentence) or _bare_heading(sentence):
            continue
        if _topic_heading(sentence, headings) or _heading_line(match, section.text):
            continue
        lead = len(match.group(0)) - len(match.group(0).lstrip())
        yield section.start + match.start() + lead, sentence


def _short(sentence: str) -> bool:
    """A heading's remains or a list's label; an item's lead sentence ("一是优化线路。") is
    an item however short."""
    lead = heading_rank(sentence) == ITEM_RANK and sentence[-1] in SENTENCE_ENDS
    return len(sentence) < _MIN_CHARS and not lead


def _topic_heading(sentence: str, headings: set[str]) -> bool:
    """A numbered heading that names a topic ("（一）优化提升政策措施。"): the section of
    the sentences under it, not an item, unless it says what was done or will be."""
    rank = heading_rank(sentence)
    if rank is None or rank >= ITEM_RANK or strip_numbering(sentence) not in headings:
        return False
    words = own_words(sentence)
    return not (FUTURE.search(words) or PAST.search(words) or completed(words))


def _bare_heading(sentence: str) -> bool:
    """A heading line by itself ("（一）加强人才培养"): numbered, and no sentence end."""
    return heading_rank(sentence) is not None and sentence[-1] not in "。；;！!？?"


def _heading_line(match: re.Match[str], text: str) -> bool:
    """An unnumbered heading ("下一步工作打算"): a line of its own without a mark in it."""
    before = text[: match.start()].rstrip(" \t\u3000")
    alone = (not before or before.endswith("\n")) and text[match.end() :][:1] in ("", "\n")
    return alone and not _PUNCTUATION.search(match.group(0))
