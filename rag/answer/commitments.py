"""What a letter promises, and what it says it has already done.

    promised = commitments(letter)   # [Item], in letter order
    done = actions(letter)           # the same fields

Each item is one sentence of the letter's body, verbatim (`quote`), with its heading path,
the time it is due by when the sentence states one ("2025年底前", "十四五期间"), and the
units it names as doing it with the bureau. A sentence is read by its own tense first —
将 / 拟 / 计划 / 力争 / 下一步 promise, 已 / 截至 / 累计 / 先后 report — and, when it
has neither, by its section: under 下一步工作打算 an imperative ("加快推进…") is a
promise, under 工作开展情况 a report. The frame (receipt, thanks, sign-off, contact) is
never an item, and neither is a bare heading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rag.answer.issuers import names_issuer
from rag.answer.sentences import is_frame
from rag.letters.genre import (
    ITEM_RANK,
    PLACE_UNITS,
    SENTENCE,
    heading_rank,
    strip_numbering,
)
from rag.models import SECTION_SEP, Letter, Section

# Headings of the two halves most replies have (the genre's words, not a topic's).
PLAN_HEADING = re.compile(
    r"下一步|下阶段|今后|打算|计划|思路|努力方向|展望|拟采取|工作重点|工作安排"
)
DONE_HEADING = re.compile(
    r"开展情况|办理情况|工作情况|落实情况|进展|成效|做法|已做|已开展|基本情况|现状|有关情况|工作成效"
)
# The sentence's own tense. 将 after 已 ("已将…纳入") reports; 将 in 将其/将军 is no tense.
# 计划 promises only where a clause starts with it ("计划于明年…"), not as a noun (行动计划).
FUTURE = re.compile(
    r"(?<![已并])将(?![其军])|拟(?!定)|(?:^|[，,；;。：:]|我们|我[局委厅办]|今年|明年)计划|"
    r"力争|争取|下一步|今后|明年|下阶段|接下来|届时|预计|即将|着手"
)
PAST = re.compile(
    r"已|截至|截止|累计|先后|共计|目前|去年|此前|至今|以来|近年来|多年来|"
    r"(?<=[\u4e00-\u9fff])(?<![为除罢])了(?![解结却])"  # 提升了, 开展了: done
)
_YEAR = re.compile(r"(20\d{2})年(?![底内前])")
DUE = re.compile(
    r"(?:20\d{2}|今|明|本|当)年(?:年?底|末|内|上半年|下半年|第[一二三四]季度|\d{1,2}月(?:底|份)?)?"
    r"(?:前|之前|以前|内)?"
    r"|年(?:底|内)前?"
    # a plan period, not a plan's name ("十四五规划", "“十四五”时期…发展规划")
    r"|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期|末|期)?(?![^，,。；;]{0,14}规划)"
    r"|20\d{2}\s*[—–-]\s*20\d{2}\s*年"
    r"|(?:[一二两三五\d]+年内)"
)
# A unit named in a sentence: a level or place (市, 省, 国家, 丽水市…), then a government
# unit's name ending as one does (市财政局, 省科技厅, 国家知识产权局); the words that lead
# into a partner ("会同", "联合") are cut off its front.
_UNITS = "|".join(PLACE_UNITS)
_LEVEL = rf"(?:国家|中央|省|市|区|县|州|[\u4e00-\u9fff]{{1,6}}?(?:{_UNITS}))"
_ORG = re.compile(
    rf"{_LEVEL}[\u4e00-\u9fff]{{1,12}}?"
    r"(?:(?<![格布结大全当时开])局|委员会|委|厅|办公室|办|政府|中心|院|银行|管委会|联合会)"
    r"(?![\u4e00-\u9fff]?[长员门士面])"
)
_LEAD_IN = re.compile(
    r".*(?:会同|联合|协同|配合|协调|联系|指导|督促|推动|支持|依托|针对|下一步|目前|"
    r"与|和|及|同|向|由|请|等|经|待|将|对|在|把|为)"
)
_SELF = re.compile(r"^(?:我|本|贵|该|各|有关|相关)")
_MIN_CHARS = 8  # shorter pieces are headings' remains or list labels


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


def items(letter: Letter) -> list[Item]:
    """Every sentence of the body that promises or reports, in letter order."""
    found: list[Item] = []
    carried: tuple[str, ...] = ()  # what the paragraph has said so far: 下一步… then 一是…
    end = 0
    for section in letter.sections:
        if section.part != "body":
            continue
        for start, sentence in _sentences(section):
            kinds = kinds_of(sentence, section.path, letter.year)
            if "\n" in letter.body[end:start]:
                carried = ()
            if kinds:
                carried = kinds if len(kinds) == 1 else ("commitment",)
            else:
                kinds = carried
            end = start + len(sentence)
            for kind in kinds:
                promise = kind == "commitment"
                found.append(
                    Item(
                        kind=kind,
                        text=strip_numbering(sentence).strip() or sentence,
                        quote=sentence,
                        section=section.section,
                        due=due_in(sentence, letter.year) if promise else None,
                        partners=partners_in(sentence, letter.issuer) if promise else (),
                        start=start,
                    )
                )
    return found


def kinds_of(sentence: str, path: tuple[str, ...], year: int | None = None) -> tuple[str, ...]:
    """What a sentence is, by its own tense, else by its section: ("commitment",),
    ("action",), both ("已建成…，下一步将…" reports and promises), or neither."""
    future = FUTURE.search(sentence)
    past = PAST.search(sentence) or _earlier_year(sentence, year)
    if future and past:
        return ("action", "commitment")
    if future:
        return ("commitment",)
    if past:
        return ("action",)
    headings = SECTION_SEP.join(path)
    if PLAN_HEADING.search(headings):
        return ("commitment",)
    if DONE_HEADING.search(headings):
        return ("action",)
    return ()


def _earlier_year(sentence: str, year: int | None) -> bool:
    """Whether the sentence dates itself before the letter's year ("2021年，我部认定…")."""
    return year is not None and any(int(y) < year for y in _YEAR.findall(sentence))


def due_in(sentence: str, year: int | None = None) -> str | None:
    """The time a sentence says something will be done by, as written; a bare year before
    the letter's own ("自2017年以来") is history, not a due date."""
    for match in DUE.finditer(sentence):
        when = match.group(0).strip()
        bare = re.fullmatch(r"(20\d{2})年", when)
        if bare and (year is None or int(bare.group(1)) < year):
            continue  # a year alone dates a promise only if it is not before the letter's
        return when
    return None


def partners_in(sentence: str, issuer: str | None) -> tuple[str, ...]:
    """The units a sentence names besides the letter's issuer ("会同市财政局" → 市财政局)."""
    names: list[str] = []
    for match in _ORG.finditer(sentence):
        name = _LEAD_IN.sub("", match.group(0))
        if len(name) < 3 or _SELF.match(name) or "的" in name or "我" in name:
            continue
        if issuer and names_issuer(name, issuer):
            continue
        if name not in names:
            names.append(name)
    return tuple(names)


def _sentences(section: Section) -> Iterator[tuple[int, str]]:
    """(offset in the body, sentence) of the section's substance: no frame, no heading."""
    headings = {strip_numbering(h) for h in section.path}
    for match in SENTENCE.finditer(section.text):
        sentence = match.group(0).strip()
        if len(sentence) < _MIN_CHARS or is_frame(sentence) or _bare_heading(sentence):
            continue
        if _topic_heading(sentence, headings):
            continue
        lead = len(match.group(0)) - len(match.group(0).lstrip())
        yield section.start + match.start() + lead, sentence


def _topic_heading(sentence: str, headings: set[str]) -> bool:
    """A numbered heading that names a topic ("（一）优化提升政策措施。"): the section of
    the sentences under it, not an item, unless it says what was done or will be."""
    rank = heading_rank(sentence)
    if rank is None or rank >= ITEM_RANK or strip_numbering(sentence) not in headings:
        return False
    return not (FUTURE.search(sentence) or PAST.search(sentence))


def _bare_heading(sentence: str) -> bool:
    """A heading line by itself ("（一）加强人才培养"): numbered, and no sentence end."""
    return heading_rank(sentence) is not None and sentence[-1] not in "。；;！!？?"
