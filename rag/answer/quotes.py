"""Quotes: how an offline answer is written out.

A one-line lead naming the letters ("根据第0798号提案答复函（重庆市科学技术局），…"), each
quoted run followed by its marker `[n]`, and a sources line; or, when the letters
discuss the topic but do not state what was asked, a refusal that says so.  A letter's
own "[7]" is shown as "〔7〕" so it never passes for a marker; the quote stays verbatim.

An English question gets the same answer with its words in English: the lead ("According
to the reply to proposal No. 0798 (重庆市科学技术局):"), the shape of a list ("The points
of …, in the letter's order:") and the sources line, whose heading numbers are read as
English structure ("二 > (四) > 一是" → "Part 2 > (4) > first").  The quotes, the issuers'
and titles' names and every citation stay the letter's own Chinese.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Literal

from rag.answer.prompts import closest_name, neutralize_markers
from rag.answer.sections import common_prefix
from rag.letters.genre import (
    NUMBERING,
    halfwidth,
    heading_number,
    kind_in_title,
    strip_numbering,
)
from rag.models import SECTION_SEP, Answer, Citation, Passage

# What a list of quotes is: the best sentences, a letter's points, or a section's parts.
Shape = Literal["quotes", "points", "parts"]


def quoted(
    read: list[Passage],
    runs: list[tuple[int, int, int]],
    english: bool,
    question: str,
    *,
    shape: Shape = "quotes",
) -> Answer:
    """The answer quoting each run (passage index, start, end), each with its marker."""
    citations: list[Citation] = []
    body: list[str] = []
    cited: list[Passage] = []
    for index, start, end in runs:
        passage = read[index]
        shown = passage.text[start:end].strip()
        quote = _meta_value(shown) if passage.part == "meta" else shown
        citation = passage.cite(quote)
        key = (citation.source, citation.proposal_no, quote)
        if any((c.source, c.proposal_no, c.quote) == key for c in citations):
            continue  # the field card's line and the letter's own say the same
        citations.append(citation)
        cited.append(passage)
        # Displayed text only: a letter's own "[7]" must not read as marker [7].
        # The citation's quote stays verbatim.
        body.append(f"{neutralize_markers(shown)}[{len(citations)}]")

    lead = _english_lead(cited, shape) if english else _lead(_distinct_letters(cited))
    text = "\n".join([lead, *body, sources_line(citations, english)])
    return Answer(text=text, citations=citations, question=question)


# What a refusal says the letters leave out, in English and in Chinese, by what the question
# asked for: a figure, a time or a person (`Asks.kind`), or a field of the letter
# (`MetaField.name`).
_LEFT_OUT = {
    "count": ("the figure asked for", "所问的数字"),
    "time": ("the date or time asked for", "所问的日期或时间"),
    "person": ("the person asked for", "所问的人"),
    "place": ("the place asked for", "所问的地点"),
    "brand": ("the brand or model asked for", "所问的品牌或型号"),
    "firm": ("the company asked for", "所问的企业"),
    "body": ("the organisation asked for", "所问的机构"),
    "compare": ("the place it is compared with", "所比较的地方"),
    "charge": ("whether or what it charges", "是否收费或收费多少"),
    "signer": ("who signed the letter", "签发人"),
    "doc_number": ("the letter's document number", "答复函的文号"),
    "co_handlers": ("the units that co-handled it", "协办单位"),
    "proposers": ("who made the proposal", "提出人"),
    "date": ("the date asked for", "所问的日期"),
    "contact": ("a contact person or phone number", "联系人或联系电话"),
    "index_no": ("the letter's index number", "索引号"),
    "session": ("the session the proposal was raised at", "提出时的会议届次"),
    "issuer": ("who replied", "答复单位"),
    "copied_to": ("whom it was copied to", "抄送单位"),
    "category": ("the result category it was given", "办复类别"),
    "postcode": ("a postal code", "邮政编码"),
    "disclosure": ("how it was made public", "公开方式"),
    "publisher": ("the body that published the page", "发布机构"),
}
_ANYTHING = ("what the question asks for", "问题所问的信息")


def unsupported(
    question: str,
    passages: list[Passage],
    standalone: str,
    english: bool,
    asked: str | None = None,
) -> Answer:
    """The refusal when the letters discuss the topic but don't state the figure, date or
    field asked for (`asked`: an `Asks.kind` or a `MetaField.name`), saying which."""
    closest = list(dict.fromkeys(closest_name(p.title, p.issuer, p.source) for p in passages))[:3]
    left_out_en, left_out_zh = _LEFT_OUT.get(asked or "", _ANYTHING)
    if english:
        text = f"The indexed reply letters discuss this topic but do not state {left_out_en}."
        if closest:
            text += " Closest letters: " + "; ".join(closest) + "."
    else:
        text = f"已收录的答复函谈到了相关内容，但没有写明{left_out_zh}。"
        if closest:
            text += "最接近的答复函：" + "；".join(closest) + "。"
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
    if english:
        return _english_name(passage, kind)
    issuer = f"（{passage.issuer}）" if passage.issuer else ""
    if passage.proposal_no:
        return f"第{passage.proposal_no}号{kind}答复函{issuer}"
    if passage.title:
        return f"《{passage.title}》{issuer}"
    # No title and no number: name it by its issuer; the file name only as the last resort.
    return f"{passage.issuer}的答复函" if passage.issuer else f"答复函（{passage.source}）"


def _english_name(passage: Passage, kind: str) -> str:
    """ "the reply to proposal No. 0798 (重庆市科学技术局)"; a letter without a number by its
    title, then its issuer, then its file."""
    issuer = f" ({passage.issuer})" if passage.issuer else ""
    if passage.proposal_no:
        what = "suggestion" if kind == "建议" else "proposal"
        return f"the reply to {what} No. {passage.proposal_no}{issuer}"
    if passage.title:
        # A title that quotes the proposal ("《关于…的建议》的答复") is not wrapped again.
        title = f"“{passage.title}”" if "《" in passage.title else f"《{passage.title}》"
        return f"the reply letter {title}{issuer}"
    return (
        f"the reply from {passage.issuer}" if passage.issuer else f"the reply in {passage.source}"
    )


def _lead(letters: list[Passage]) -> str:
    """ "根据A，", "根据A和B，", "根据A、B和C，"."""
    names = [letter_name(p, False) for p in letters]
    listed = "和".join(names) if len(names) < 3 else f"{'、'.join(names[:-1])}和{names[-1]}"
    return f"根据{listed}，"


def _english_lead(cited: list[Passage], shape: Shape) -> str:
    names = _english_list([letter_name(p, True) for p in _distinct_letters(cited)])
    if shape == "points":
        return f"The points of {names}, in the letter's order:"
    if shape == "parts":
        prefix = common_prefix([p.section.split(SECTION_SEP) for p in cited])
        section = english_section(prefix, words=True) if prefix else "that section"
        return f"The parts of {section} of {names}, in the letter's order:"
    return f"According to {names}:"


def _english_list(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(items) <= 2:
        return " and ".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def sources_line(citations: list[Citation], english: bool) -> str:
    """A compact line of where each marker comes from: "[1] 第0798号 · 二 > (四) > 一是",
    in English "[1] No. 0798 · Part 2 > (4) > first" (the evidence itself, with titles and
    full headings, is in the citations)."""
    items = [f"[{n}] {_short_source(c, english)}" for n, c in enumerate(citations, start=1)]
    return f"Sources: {'; '.join(items)}" if english else f"来源：{'；'.join(items)}"


def _short_source(citation: Citation, english: bool) -> str:
    if citation.proposal_no:
        who = f"No. {citation.proposal_no}" if english else f"第{citation.proposal_no}号"
    else:
        who = citation.issuer or citation.title or citation.source
    headings = [h for h in citation.section.split(SECTION_SEP) if h]
    path = english_section(headings) if english else " > ".join(map(_numbering, headings))
    return neutralize_markers(f"{who} · {path}" if path else who)


def _numbering(heading: str) -> str:
    """A heading by its number alone ("二、下一步工作重点" → "二"); one without a number by
    its first words."""
    match = NUMBERING.match(heading)
    return match.group(0).strip().rstrip("、.．") if match else heading[:10]


# -- section paths in English ----------------------------------------------------------------


def english_section(headings: Sequence[str], *, words: bool = False) -> str:
    """A heading path with its numbering read as English structure: "二、…" → "Part 2",
    "(四)…" → "(4)", "1.…" → "1", "(2)…" → "(2)", "一是…" → "first"; with `words`, each
    heading's own (Chinese) words follow in quotes ('Part 2 "下一步工作重点"').  A heading
    without a number shows its first ten characters, quoted."""
    return SECTION_SEP.join(_english_heading(h, words) for h in headings)


def _english_heading(heading: str, words: bool) -> str:
    number = _english_number(heading)
    if number is None:
        shown = heading if words or len(heading) <= 10 else heading[:10] + "…"
        return f'"{shown}"'
    text = strip_numbering(heading)
    return f'{number} "{text}"' if words and text else number


def _english_number(heading: str) -> str | None:
    match = NUMBERING.match(heading)
    if match is None:
        return None
    mark, n = halfwidth(match.group(0)).strip(), heading_number(heading)
    if n is None:
        return None
    if mark.endswith("是"):  # 一是 … 二是 …: "first, …, second, …"
        return _ordinal(n) if n else None
    if mark.startswith("("):
        return f"({n})"
    return str(n) if mark.rstrip("、.").isdigit() else f"Part {n}"


_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()


def _ordinal(n: int) -> str:
    if n <= len(_ORDINALS):
        return _ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
