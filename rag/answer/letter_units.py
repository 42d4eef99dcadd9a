"""The sentences of a letter its commitments and actions are read from, in letter order,
and the kind the heading of a half of the reply gives them ("二、下一步工作打算": promises).

    for section, start, sentence, heading in units(letter): ...
    by_heading(("二、下一步工作打算",))     # ("commitment",)
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rag.answer.heading_lines import bare_heading, frame_line, heading_line, is_short, topic_heading
from rag.answer.plan_rows import ROW, header_of
from rag.answer.sentences import is_frame
from rag.answer.tense import own_words
from rag.letters.genre import OPENING_END, SENTENCE, strip_numbering
from rag.models import Letter, Section

# Headings of the halves most replies have: 计划 only as a work plan (not 行动计划); a
# report's name ends its heading ("工作开展情况"), not a measure's topic ("科技成果转化").
PLAN_HEADING = re.compile(
    r"下一?步|下阶段|今后|打算|(?:工作|下步)计划|思路|努力方向|展望|拟采取|工作重点|工作安排|举一反三"
)
_DONE = r"(?<!基本|有关|总体)情况|进展|成效|成果|做法|已做|已开展|现状"
DONE_HEADING = re.compile(rf"(?:{_DONE})(?=$|\W|[及和与]|工作|方面)")
PROBLEM_HEADING = re.compile(r"存在的?(?:主要)?(?:问题|困难|不足)|面临的?(?:主要)?(?:问题|困难)")


def units(letter: Letter) -> Iterator[tuple[Section, int, str, bool]]:
    """(section, offset, sentence, whether it is a heading line) of the opening and body. An
    introduction its first item runs on from in its line ("…问题主要有三个方面：一是…；") is
    one sentence with it, under the introduction's heading."""
    held: tuple[Section, int, str, bool] | None = None
    sections = letter.sections
    for at, section in enumerate(sections):
        if section.part not in ("opening", "body", "closing"):
            continue
        below = sections[at + 1].path if at + 1 < len(sections) else ()
        parent = len(below) > len(section.path) and below[: len(section.path)] == section.path
        for start, sentence, heading in _sentences(section, letter.body, parent):
            if held and not heading and "\n" not in letter.body[held[1] : start]:
                yield held[0], held[1], letter.body[held[1] : start + len(sentence)], False
                held = None
                continue
            if held:
                yield held
            held = (section, start, sentence, heading)
            if heading or sentence[-1] not in "：:" or ends_line(letter, start + len(sentence)):
                yield held
                held = None
    if held:
        yield held


def ends_line(letter: Letter, at: int) -> bool:
    """Whether nothing but spaces follows `at` in its line of the body."""
    return not letter.body[at:].split("\n", 1)[0].strip()


def by_heading(path: tuple[str, ...]) -> tuple[str, ...] | None:
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


def _sentences(section: Section, body: str, parent: bool) -> Iterator[tuple[int, str, bool]]:
    """(offset in the body, sentence, whether it is an unnumbered heading line) of the
    section's substance: no frame, no numbered topic heading (one with nothing under it is
    an item of its list: "1.加大资金投入，完善养护机制。"), of unnumbered heading lines those
    naming a half ("下一步工作打算"); of the opening, what follows its announcement."""
    headings = {strip_numbering(h) for h in section.path}
    matches = list(SENTENCE.finditer(section.text))
    if section.part == "opening":
        ends = [i for i, m in enumerate(matches) if OPENING_END.search(m.group(0))]
        matches = matches[ends[-1] + 1 :] if ends else []
    for match in matches:
        sentence = match.group(0).strip()
        lead = section.start + match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        if ROW.fullmatch(sentence):  # a plan's row (`plan_rows`), not its header or a title
            if header_of(body, lead):
                yield lead, sentence, False
            continue
        if heading_line(match, section.text):
            if sentence and by_heading((sentence,)) is not None:
                yield lead, sentence, True
            continue
        if is_short(sentence) or frame_line(sentence) or bare_heading(sentence):
            continue
        if section.part == "closing" and not is_frame(sentence):
            continue  # of the closing, only what the bureau says in its thanks
        if not topic_heading(sentence, headings) or (len(matches) == 1 and not parent):
            yield lead, sentence, False
