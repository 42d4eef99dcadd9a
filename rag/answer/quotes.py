"""Quotes: how an offline answer is written out.

A one-line lead naming the letters ("根据第0798号提案答复函（重庆市科学技术局），…"), each
quoted run followed by its marker `[n]`, and a sources line; or, when the letters
discuss the topic but do not state what was asked, a refusal that says so.  A letter's
own "[7]" is shown as "〔7〕" so it never passes for a marker; the quote stays verbatim.
"""

from __future__ import annotations

from collections.abc import Iterable

from rag.answer.prompts import neutralize_markers
from rag.letters.genre import NUMBERING, kind_in_title
from rag.models import SECTION_SEP, Answer, Citation, Passage


def quoted(
    read: list[Passage], runs: list[tuple[int, int, int]], english: bool, question: str
) -> Answer:
    """The answer quoting each run (passage index, start, end), each with its marker."""
    citations: list[Citation] = []
    body: list[str] = []
    for n, (index, start, end) in enumerate(runs, start=1):
        passage = read[index]
        shown = passage.text[start:end].strip()
        quote = _meta_value(shown) if passage.part == "meta" else shown
        citations.append(passage.cite(quote))
        # Displayed text only: a letter's own "[7]" must not read as marker [7].
        # The citation's quote stays verbatim.
        body.append(f"{neutralize_markers(shown)}[{n}]")

    letters = _distinct_letters(read[index] for index, _, _ in runs)
    text = "\n".join([_lead(letters, english), *body, sources_line(citations, english)])
    return Answer(text=text, citations=citations, question=question)


def unsupported(question: str, passages: list[Passage], standalone: str, english: bool) -> Answer:
    """The refusal when the letters discuss the topic but don't state the figure, date or
    field asked for."""
    closest = list(dict.fromkeys(p.title or p.source for p in passages))[:3]
    if english:
        text = "The indexed reply letters discuss this topic but do not state what the question asks for."
        if closest:
            text += " Closest letters: " + "; ".join(closest) + "."
    else:
        text = "已收录的答复函谈到了相关内容，但没有给出问题所问的信息。"
        if closest:
            text += "最接近的答复函：" + "；".join(f"《{t}》" for t in closest) + "。"
    return Answer(text=text, refused=True, closest=closest, question=standalone)


def _meta_value(line: str) -> str:
    """The value of a meta card line ("发文字号:渝科局函〔2024〕300号" → the number): the
    value is what the letter's page prints; the label is the card's."""
    _, sep, value = line.partition(":")
    if not sep:
        _, sep, value = line.partition("：")
    return value.strip() or line


def _distinct_letters(passages: Iterable[Passage]) -> list[Passage]:
    seen: dict[str, Passage] = {}
    for passage in passages:
        seen.setdefault(passage.letter_id, passage)
    return list(seen.values())


def letter_name(passage: Passage, english: bool) -> str:
    kind = passage.kind or kind_in_title(passage.title) or "提案"
    issuer = f"（{passage.issuer}）" if passage.issuer and not english else ""
    if english:
        what = "suggestion" if kind == "建议" else "proposal"
        issuer = f" ({passage.issuer})" if passage.issuer else ""
        if passage.proposal_no:
            return f"the reply to {what} No. {passage.proposal_no}{issuer}"
        if passage.title:
            return f"《{passage.title}》{issuer}"
        return f"the reply{issuer or f' in {passage.source}'}"
    if passage.proposal_no:
        return f"第{passage.proposal_no}号{kind}答复函{issuer}"
    if passage.title:
        return f"《{passage.title}》{issuer}"
    # No title and no number: name it by its issuer; the file name only as the last resort.
    return f"{passage.issuer}的答复函" if passage.issuer else f"答复函（{passage.source}）"


def _lead(letters: list[Passage], english: bool) -> str:
    names = [letter_name(p, english) for p in letters]
    if english:
        return f"According to {' and '.join(names)}:"
    return f"根据{'和'.join(names)}，"


def sources_line(citations: list[Citation], english: bool) -> str:
    """A compact line of where each marker comes from: "[1] 第0798号 · 二 > (四) > 一是"
    (the evidence itself, with titles and full headings, is in the citations)."""
    label = "Sources" if english else "来源"
    items = [f"[{n}] {_short_source(c, english)}" for n, c in enumerate(citations, start=1)]
    return f"{label}：" + "；".join(items)


def _short_source(citation: Citation, english: bool) -> str:
    if citation.proposal_no:
        who = f"No. {citation.proposal_no}" if english else f"第{citation.proposal_no}号"
    else:
        who = citation.issuer or citation.title or citation.source
    path = " > ".join(_numbering(h) for h in citation.section.split(SECTION_SEP) if h)
    return neutralize_markers(f"{who} · {path}" if path else who)


def _numbering(heading: str) -> str:
    """A heading by its number alone ("二、下一步工作重点" → "二"); one without a number by
    its first words."""
    match = NUMBERING.match(heading)
    return match.group(0).strip().rstrip("、.．") if match else heading[:10]
