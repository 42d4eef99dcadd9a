"""Compare: how several letters answered one concern, side by side.

    answer = compare_letters(question, letters, intent=…)   # "各地对停车难是怎么答复的？"
    headers, rows = grid(answer)                            # what every front end draws

One row per letter, best letters first: who answered, when, the sentence that best says
what it has done about the concern and the one that best says what it promises. Whether a
sentence reports or promises is read as `rag commitments` reads it (its tense, its
paragraph, its section); which sentence is best is, first, how much of the question's
terms it holds (weighted by their rarity in that letter), then the extractive answerer's
score. Every cell that quotes a letter is cited, and the row's fields (number, issuer,
date) are the indexed ones its citations carry. A letter that speaks to the question only
in a sentence that neither reports nor promises still gets its row, that sentence marked
as a reply.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from rag.answer.commitments import Item, items
from rag.answer.extractive import score_sentences
from rag.answer.prompts import neutralize_markers
from rag.answer.quotes import sources_line
from rag.answer.terms import content_terms, is_english
from rag.letters.genre import kind_in_title
from rag.models import Answer, Citation, CompareRow, Letter, Passage

HEADERS = {
    False: ("答复函", "答复单位", "日期", "已做的", "承诺的"),
    True: ("Letter", "Issuer", "Date", "Done", "Promised"),
}
# A letter's sentence that neither reports nor promises, shown in the "done" column.
SAID = {False: "（答复）", True: "(reply) "}
NONE = "—"
# A cell as the front ends draw it: its text (letter text shown on one line, its own
# bracketed numbers never mistaken for markers) and its marker n, if it quotes.
Cell = tuple[str, int | None]


def compare_letters(
    question: str,
    letters: Sequence[tuple[Letter, Sequence[Passage]]],
    *,
    intent: str | None = None,
    standalone: str | None = None,
    evidence: str | None = None,
) -> Answer | None:
    """A compare table over `letters` (each with its indexed passages, best letter
    first); None when fewer than two letters say anything on the question's terms."""
    english = is_english(question)
    search_text = evidence or standalone or question
    rows: list[CompareRow] = []
    citations: list[Citation] = []
    for letter, passages in letters:
        found = _cells(search_text, letter, list(passages), intent)
        if not found:
            continue
        numbered: dict[str, tuple[str, int]] = {}
        for kind, (passage, quote) in found.items():
            same = next((n for q, n in numbered.values() if q == quote), None)
            if same is None:
                citations.append(passage.cite(quote))
            numbered[kind] = (quote, same or len(citations))
        rows.append(_row(letter.letter_id, passages[0], numbered, english))
    if len(rows) < 2:
        return None
    headers, cells = _grid(rows, english)
    table = [_markdown_row(headers), "|" + "---|" * len(headers)]
    table += [_markdown_row(_with_marker(c) for c in row) for row in cells]
    lead = _lead(len(rows), english)
    text = "\n".join([lead, "", *table, "", sources_line(citations, english)])
    return Answer(text=text, citations=citations, question=standalone or question, compare=rows)


def grid(answer: Answer) -> tuple[tuple[str, ...], list[list[Cell]]]:
    """The table of a compare answer as headers and plain cells: the answer text, the chat
    and the terminal each escape these for their own medium."""
    return _grid(answer.compare, is_english(answer.question or ""))


def _grid(
    compared: Sequence[CompareRow], english: bool
) -> tuple[tuple[str, ...], list[list[Cell]]]:
    rows = []
    for row in compared:
        if row.done:
            done: Cell = (_shown(row.done), row.done_n)
        elif row.said:
            done = (SAID[english] + _shown(row.said), row.said_n)
        else:
            done = (NONE, None)
        promised: Cell = (_shown(row.promised), row.promised_n) if row.promised else (NONE, None)
        fields = (row.name, row.issuer or NONE, row.date or NONE)
        rows.append([*((f, None) for f in fields), done, promised])
    return HEADERS[english], rows


def _cells(
    search_text: str, letter: Letter, passages: list[Passage], intent: str | None
) -> dict[str, tuple[Passage, str]]:
    """The letter's best report ("action") and best promise ("commitment") on the
    question, each (passage, verbatim sentence), two different sentences when the letter
    has them; when it states neither in a sentence holding one of the question's terms,
    its best such sentence as "letter"; empty when it has none."""
    kinds = _kinds_by_sentence(items(letter))
    held = "\n".join(p.text for p in passages)
    sentences = score_sentences(search_text, passages, intent)
    weigh = _Weights(content_terms(search_text, held.__contains__), [s.text for s in sentences])
    topical = [(weigh(f"{passages[s.passage].section}\n{s.text}"), s) for s in sentences]
    topical.sort(key=lambda t: (-t[0], -t[1].score, t[1].passage, t[1].start))
    ranked = [s for cover, s in topical if cover > 0 or not weigh.terms]
    by_kind = {
        kind: [s for s in ranked if kind in _kinds_of(s.text, kinds)]
        for kind in ("action", "commitment")
    }
    cells: dict[str, tuple[Passage, str]] = {}
    done = by_kind["action"][0] if by_kind["action"] else None
    if done is not None:
        cells["action"] = (passages[done.passage], done.text)
    promises = by_kind["commitment"]
    other = [s for s in promises if done is None or s.text != done.text]
    if other or promises:
        promise = (other or promises)[0]
        cells["commitment"] = (passages[promise.passage], promise.text)
    if not cells and ranked:
        cells["letter"] = (passages[ranked[0].passage], ranked[0].text)
    return cells


class _Weights:
    """How much of the question's terms a text holds, each term weighted by its rarity
    among the letter's own sentences (a term in every sentence, 科技, says little)."""

    def __init__(self, terms: list[str], sentences: list[str]) -> None:
        n = len(sentences)
        self.terms = {t: math.log((n + 1) / (sum(t in s for s in sentences) + 0.5)) for t in terms}

    def __call__(self, text: str) -> float:
        return sum(max(w, 0.0) for t, w in self.terms.items() if t in text)


def _kinds_by_sentence(found: Sequence[Item]) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for item in found:
        kinds.setdefault(item.quote, set()).add(item.kind)
    return kinds


def _kinds_of(sentence: str, kinds: dict[str, set[str]]) -> set[str]:
    """The kinds of the item this sentence is (a chunk may cut a sentence: then the item
    that holds it, or that it holds)."""
    if sentence in kinds:
        return kinds[sentence]
    for quote, its in kinds.items():
        if len(sentence) >= 8 and (sentence in quote or quote in sentence):
            return its
    return set()


def _row(
    letter_id: str, passage: Passage, cells: dict[str, tuple[str, int]], english: bool
) -> CompareRow:
    """A row: the letter's fields as indexed (those its citations carry), its cells."""
    done, promised, said = cells.get("action"), cells.get("commitment"), cells.get("letter")
    return CompareRow(
        letter_id=letter_id,
        name=_name(passage, english),
        title=passage.title,
        proposal_no=passage.proposal_no,
        kind=passage.kind,
        issuer=passage.issuer,
        date=passage.date,
        done=done[0] if done else None,
        done_n=done[1] if done else None,
        promised=promised[0] if promised else None,
        promised_n=promised[1] if promised else None,
        said=said[0] if said else None,
        said_n=said[1] if said else None,
    )


def _name(passage: Passage, english: bool) -> str:
    """The letter by its number ("第0798号提案", "Proposal No. 0798"), else its title; the
    issuer has a column of its own."""
    kind = passage.kind or kind_in_title(passage.title) or "提案"
    if passage.proposal_no:
        if english:
            return f"{'Suggestion' if kind == '建议' else 'Proposal'} No. {passage.proposal_no}"
        return f"第{passage.proposal_no}号{kind}"
    if passage.title:
        return f"《{passage.title}》"
    return "Reply letter" if english else "答复函"


def _lead(letters: int, english: bool) -> str:
    if english:
        return f"{letters} of the indexed reply letters address this, side by side:"
    return f"已收录的答复函中有{letters}封谈到了这个问题，逐封对比如下："


def _shown(text: str) -> str:
    return neutralize_markers(" ".join(text.split()))


def _with_marker(cell: Cell) -> str:
    text, n = cell
    return f"{text}[{n}]" if n else text


def _markdown_row(cells: Iterable[str]) -> str:
    """A Markdown table row; the letters' own pipes escaped, so they make no new column."""
    return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"
