"""Shapes: answers that are lists — a letter's points in order, or one line per letter.

    answer_points(question, outline, standalone=…)          # "第182号建议的答复提到了哪些措施？"
    answer_per_letter(question, passages, intent=…, …)       # "哪些答复函涉及路灯？"

Both quote the letters verbatim, like the extractive answerer, and never the frame
(receipt, thanks, sign-off, contact).  Asked what proposals the letters answer ("各地卫生
健康部门分别答复了哪些问题？"), or for letters by their names and nothing more ("交通部门的
答复函有哪些？"), each letter's line is the proposal it replies to, quoted from its receipt
(or its title) as the retriever found it (`RetrievalResult.subjects`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rag.answer.extractive import score_sentences
from rag.answer.prompts import neutralize_markers
from rag.answer.quotes import letter_name, quoted, sources_line, unsupported
from rag.answer.sentences import is_frame, split_sentences
from rag.answer.terms import is_english
from rag.models import Answer, Citation, Passage

# A first sentence this short is a bare heading ("(一)实施…行动。"): its point is the
# sentence after it.
_BARE_HEADING = 30


def answer_points(
    question: str, outline: Sequence[Passage], *, standalone: str | None = None
) -> Answer | None:
    """Each point of the letter with its key sentence, in letter order; None when the
    letter has fewer than two points to list."""
    runs: list[tuple[int, int, int]] = []
    for index, passage in enumerate(outline):
        sentences = [s for s in split_sentences([passage]) if not is_frame(s[3])]
        if not sentences:
            continue
        _, start, end, text = sentences[0]
        if len(text) < _BARE_HEADING and len(sentences) > 1:
            _, next_start, next_end, _ = sentences[1]
            if "\n" in passage.text[end:next_start]:
                start = next_start  # a heading on its own line: its citation names it
            end = next_end
        runs.append((index, start, end))
    if len(runs) < 2:
        return None
    return quoted(list(outline), runs, is_english(question), standalone or question, shape="points")


def answer_per_letter(
    question: str,
    passages: Sequence[Passage],
    *,
    intent: str | None = None,
    standalone: str | None = None,
    evidence: str | None = None,
    subjects: Mapping[str, str] | None = None,
) -> Answer:
    """One cited line per letter (each passage is one letter's best), best letters first;
    a letter in `subjects` (letter id → the proposal it answers, as its passage writes it)
    is quoted by that."""
    english = is_english(question)
    search_text = evidence or standalone or question
    lines: list[tuple[Passage, str]] = []
    citations: list[Citation] = []
    for passage in passages:
        shown = (subjects or {}).get(passage.letter_id)
        if shown is None or shown not in passage.text:
            scored = score_sentences(search_text, [passage], intent)
            if not scored:
                continue
            best = max(scored, key=lambda s: (s.score, -s.start))
            shown = passage.text[best.start : best.end].strip()
        citations.append(passage.cite(shown))
        lines.append((passage, shown))
    if not citations:
        return unsupported(question, list(passages), standalone or question, english)
    separator = ": " if english else "："
    body = [
        f"{_line_name(p, english)}{separator}{neutralize_markers(shown)}[{n}]"
        for n, (p, shown) in enumerate(lines, start=1)
    ]
    text = "\n".join(
        [_per_letter_lead(len(lines), english), *body, sources_line(citations, english)]
    )
    return Answer(text=text, citations=citations, question=standalone or question)


def _per_letter_lead(letters: int, english: bool) -> str:
    if not english:
        return f"已收录的答复函中有{letters}封谈到了这个问题："
    if letters == 1:
        return "One indexed reply letter addresses this:"
    return f"{letters} of the indexed reply letters address this, one line per letter:"


def _line_name(passage: Passage, english: bool) -> str:
    """The letter a line quotes; in English capitalised, as it opens the line."""
    name = letter_name(passage, english)
    return name[:1].upper() + name[1:] if english else name
