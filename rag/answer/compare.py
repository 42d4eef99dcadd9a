"""Compare: how several letters answered one concern, side by side.

    answer = compare_letters(question, letters, intent=…)   # "各地对停车难是怎么答复的？"

One row per letter, best letters first: who answered, when, the sentence that best says
what it has done about the concern and the one that best says what it promises. Whether a
sentence reports or promises is read as `rag commitments` reads it (its tense, its
paragraph, its section); which sentence is best is the extractive answerer's score for the
question. Every cell that quotes a letter is cited, and the letter's fields (issuer, date)
come from the same letter as its cells. A letter that speaks to the question in a sentence
that neither reports nor promises still gets its row, that sentence marked as a reply.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from rag.answer.commitments import Item, items
from rag.answer.extractive import score_sentences
from rag.answer.prompts import neutralize_markers
from rag.answer.quotes import sources_line
from rag.answer.terms import content_terms, is_english
from rag.letters.genre import kind_in_title
from rag.models import Answer, Citation, CompareRow, Letter, Passage

# "对比各地…", "compare how the bureaus answered …", "各自是怎么答复的": a table; a
# which-letters question that asks how they answered ("各地…是怎么答复的") is one too.
# (比较 alone is also "rather", 相比 "compared with last year": not asked for here.)
_ASKS_COMPARE = re.compile(
    r"对比|比较一下|比较各|横向比较|各自|分别(?:是)?(?:怎么|如何|怎样)|"
    r"\bcompare\b|\bcomparison\b|\bside by side\b|\bcontrast\b",
    re.I,
)


def asks_compare(question: str, per_letter: bool, points: bool) -> bool:
    """The question wants letters side by side: a question over several letters
    (`per_letter`) that says so or asks how they answered (`points`: the query's reading)."""
    return per_letter and (points or bool(_ASKS_COMPARE.search(question)))


def compare_letters(
    question: str,
    letters: Sequence[tuple[Letter, Sequence[Passage]]],
    *,
    intent: str | None = None,
    standalone: str | None = None,
    evidence: str | None = None,
) -> Answer | None:
    """A compare table over `letters` (each with its indexed body passages), best first;
    None when fewer than two letters say anything on the question's terms."""
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
        rows.append(_row(letter, passages[0], numbered, english))
    if len(rows) < 2:
        return None
    text = "\n".join(
        [
            _lead(len(rows), english),
            "",
            *_table(rows, english),
            "",
            sources_line(citations, english),
        ]
    )
    return Answer(text=text, citations=citations, question=standalone or question, compare=rows)


def _cells(
    search_text: str, letter: Letter, passages: list[Passage], intent: str | None
) -> dict[str, tuple[Passage, str]]:
    """The letter's best report ("action") and best promise ("commitment") on the
    question, each (passage, verbatim sentence), two different sentences when the letter
    has them; when it states neither in a sentence holding one of the question's terms,
    its best such sentence as "letter" (shown, marked as a reply, in the row);
    empty when it has none."""
    kinds = _kinds_by_sentence(items(letter))
    held = "\n".join(p.text for p in passages)
    sentences = score_sentences(search_text, passages, intent)
    weigh = _term_weights(
        content_terms(search_text, held.__contains__), [s.text for s in sentences]
    )
    topical = [(weigh(f"{passages[s.passage].section}\n{s.text}"), s) for s in sentences]
    ranked = [
        s
        for cover, s in sorted(
            topical, key=lambda t: (-t[0], -t[1].score, t[1].passage, t[1].start)
        )
        if cover > 0 or not weigh.terms
    ]
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


def _term_weights(terms: list[str], sentences: list[str]) -> _Weights:
    return _Weights(terms, sentences)


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
    letter: Letter, passage: Passage, cells: dict[str, tuple[str, int]], english: bool
) -> CompareRow:
    done, promised, said = cells.get("action"), cells.get("commitment"), cells.get("letter")
    return CompareRow(
        letter_id=letter.letter_id,
        name=_name(letter, english),
        title=letter.title,
        proposal_no=letter.proposal_no,
        kind=letter.kind,
        issuer=letter.issuer,
        date=letter.date_signed or letter.date_published,
        done=done[0] if done else None,
        done_n=done[1] if done else None,
        promised=promised[0] if promised else None,
        promised_n=promised[1] if promised else None,
        said=said[0] if said else None,
        said_n=said[1] if said else None,
    )


def _name(letter: Letter, english: bool) -> str:
    """The letter by its number ("第0798号提案", "Proposal No. 0798"), else its title; the
    issuer has a column of its own."""
    kind = letter.kind or kind_in_title(letter.title) or "提案"
    if letter.proposal_no:
        what = ("Suggestion" if kind == "建议" else "Proposal") if english else kind
        return f"{what} No. {letter.proposal_no}" if english else f"第{letter.proposal_no}号{what}"
    if letter.title:
        return f"《{letter.title}》"
    return "Reply letter" if english else "答复函"


def _lead(letters: int, english: bool) -> str:
    if english:
        return f"{letters} of the indexed reply letters address this, side by side:"
    return f"已收录的答复函中有{letters}封谈到了这个问题，逐封对比如下："


# A letter's sentence that neither reports nor promises, shown in the "done" column.
SAID = {False: "（答复）", True: "(reply) "}
HEADERS = {
    False: ("答复函", "答复单位", "日期", "已做的", "承诺的"),
    True: ("Letter", "Issuer", "Date", "Done", "Promised"),
}


def _table(rows: Sequence[CompareRow], english: bool) -> list[str]:
    """The rows as a Markdown table; cells keep the letter's words and their [n]."""
    none = "—"
    lines = ["| " + " | ".join(HEADERS[english]) + " |", "|---|---|---|---|---|"]
    for row in rows:
        cells = [
            _cell(row.name),
            _cell(row.issuer or none),
            _cell(row.date or none),
            f"{_cell(row.done)}[{row.done_n}]"
            if row.done
            else f"{SAID[english]}{_cell(row.said)}[{row.said_n}]"
            if row.said
            else none,
            f"{_cell(row.promised)}[{row.promised_n}]" if row.promised else none,
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _cell(text: str | None) -> str:
    """Letter text inside a table cell: on one line, its own pipes escaped, its own
    bracketed numbers never mistaken for markers."""
    flat = " ".join((text or "").split())
    return neutralize_markers(flat).replace("|", "\\|")
