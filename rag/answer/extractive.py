"""Answer: orchestration (`answer_stream`) and the offline extractive answerer.

    for item in answer_stream(qa, question, history, filters):   # str deltas, then an Answer
        ...
    answer = answer_extractive(question, passages)

`answer_stream` makes the question standalone, retrieves, decides whether to refuse
(confidence below `settings.refusal_threshold`, or the question names a letter the index
does not have), then answers: with the LLM chain (`rag.answer.llm.llm_answer_stream`) when a
chat model is configured, otherwise extractively.

The extractive answer quotes letters and nothing else: a one-line lead in the question's
language ("根据第0798号提案答复函（重庆市科学技术局），…"), the two to four sentences
that best support the answer, each run followed by its marker `[n]`, and a sources line.
Every quote is a verbatim slice of its passage.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from rag.answer import language as _lang
from rag.answer.asks import Asks, asks_for
from rag.models import SECTION_SEP, Answer, Citation, Passage
from rag.answer.prompts import neutralize_markers
from rag.answer.retrieve import RetrievalResult, _common_prefix, letter_kind

if TYPE_CHECKING:
    from rag.qa import ReplyLetterQA

MAX_SENTENCES = 4
MIN_SENTENCES = 2
# A sentence joins the answer when it scores at least this share of the best one.
KEEP_RATIO = 0.55
# A sentence (with its heading path) gives a figure/date answer only when it contains at
# least this share of the question's weighted terms (a figure in an unrelated sentence
# of the right letter is not an answer).
SUPPORT_COVERAGE = 0.15
# ... and at least this share of the coverage of its letter's most on-topic sentence.
SUPPORT_SHARE = 0.45
# Only the best passages are read: lower ones are rarely the answer and cost time.
PASSAGES_READ = 4

# A sentence ends at 。！？； (or their half-width forms), with any closing quotes or
# brackets, or at a line break.  Half-width "." is not an end: "15.4%".
_SENTENCE = re.compile(r"[^。！？；!?;\n]+(?:[。！？；!?;][”’\"'）)」』】》]*)?")
_HEADING = re.compile(
    r"\s*(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|\d+[.．、])"
)
_DATE = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|[〇○OО零一二三四五六七八九]{4}年"
)
_DOC_NUMBER = re.compile(r"[〔【\[(（]\s*\d{4}\s*[〕】\])）]\s*\d+\s*号")

# Metadata questions and the sentence that answers each: (question pattern, sentence pattern).
_META_FIELDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile(r"审签|签发|谁签|签字|sign", re.I), re.compile(r"审签|签发|签发人")),
    (
        re.compile(r"发文字号|文号|字号|document number|reference number|doc(?:ument)? no", re.I),
        _DOC_NUMBER,
    ),
    (re.compile(r"协办|co-?organi[sz]er|co-?handl", re.I), re.compile(r"协办|会同|共同研究")),
    (
        re.compile(
            r"提案人|建议人|哪位委员|哪位代表|谁提出|谁提的|proposer|who (?:proposed|wrote|submitted)",
            re.I,
        ),
        # The salutation names the proposers; "您提出的…" only says someone did.
        re.compile(r"(?:委员|代表)[们]?\s*[:：]|提案人|建议人"),
    ),
    (re.compile(r"日期|什么时候|何时|哪天|when|date", re.I), _DATE),
    (re.compile(r"联系人|联系电话|contact", re.I), re.compile(r"联系人|联系电话|电话")),
    (re.compile(r"索引号", re.I), re.compile(r"索引号")),
)


@dataclass(frozen=True)
class _Sentence:
    passage: int  # index into the passages read
    start: int
    end: int
    text: str
    score: float
    answers: bool = False  # holds what the question asks for, and matches it well


# -- orchestration ------------------------------------------------------------------------


def answer_stream(
    qa: ReplyLetterQA,
    question: str,
    history: Sequence[tuple[str, str]],
    filters: dict[str, Any] | None,
) -> Iterator[str | Answer]:
    """Standalone question → retrieve → refuse or answer; yields str deltas, then the Answer."""
    settings = qa.settings
    notice: str | None = None
    try:
        llm = qa.llm
    except ImportError:  # the LLM extras are missing: answer offline and say so
        llm, notice = None, "LLM chain unavailable, extractive answer shown"
    retriever = qa.retriever
    if llm is not None and retriever.rewrite is None:
        from rag.answer.llm import condense_question

        # With a model configured, follow-ups are rewritten by it (the offline rules otherwise).
        retriever.rewrite = lambda q, h: condense_question(llm, q, h)

    result: RetrievalResult = retriever.search(
        question, k=settings.top_k, filters=filters, history=list(history)
    )
    retriever.last_query_info = result
    refusal = refusal_for(question, result, settings.refusal_threshold)
    if refusal is not None:
        yield refusal.text
        yield refusal
        return

    def extractive(q: str, passages: Sequence[Passage]) -> Answer:
        return answer_extractive(
            q,
            passages,
            intent=result.intent,
            standalone=result.standalone,
            evidence=result.evidence,
            outline=result.outline,
            positions=result.positions,
        )

    if llm is not None:
        from rag.answer.llm import llm_answer_stream

        yield from llm_answer_stream(
            llm, question, result.passages, list(history), settings, fallback=extractive
        )
        return

    answer = extractive(question, result.passages)
    if notice:
        answer = replace(answer, notice=notice)
    yield from _deltas(answer.text)
    yield answer


def refusal_for(question: str, result: RetrievalResult, threshold: float) -> Answer | None:
    """The refusal to give instead of an answer, or None when the passages answer."""
    english = _lang.is_english(question)
    numbers = [u for u in result.unmatched if "=" not in u]
    if numbers:
        if english:
            text = f"No reply letter for {', '.join(numbers)} was found among the indexed letters."
        else:
            text = f"没有找到{'、'.join(numbers)}的答复函。"
    elif result.unmatched or not result.passages:
        text = (
            "No indexed reply letter matches the requested filters."
            if english
            else "已收录的答复函中没有符合条件的答复函。"
        )
    elif result.confidence < threshold:
        text = (
            "The indexed reply letters do not answer this question."
            if english
            else "已收录的答复函中没有找到能回答这个问题的内容。"
        )
    else:
        return None
    if result.closest:
        names = (
            "; ".join(result.closest) if english else "；".join(f"《{t}》" for t in result.closest)
        )
        text += f" Closest letters: {names}." if english else f"最接近的答复函：{names}。"
    return Answer(
        text=text,
        citations=[],
        refused=True,
        closest=list(result.closest),
        question=result.standalone,
    )


def _deltas(text: str) -> Iterator[str]:
    """The answer in a few pieces (lead, each quoted run, sources), as a stream would."""
    for piece in re.split(r"(?<=\n)|(?<=\])", text):
        if piece:
            yield piece


# -- extractive answerer ------------------------------------------------------------------


def answer_extractive(
    question: str,
    passages: Sequence[Passage],
    *,
    intent: str | None = None,
    standalone: str | None = None,
    evidence: str | None = None,
    outline: Sequence[Passage] = (),
    positions: Mapping[str, int] | None = None,
) -> Answer:
    """Quote the sentences of the passages that best answer the question, with citations.

    Sentences are scored by the question's content terms they contain (weighted by how
    rare each is among the candidate sentences), the rank of their passage, how well
    their section fits the question's intent (plans, results, metadata), and whether
    they hold what the question asks for (a figure, a date).  When the question asks
    for a figure or a date that no well-matching sentence gives, the answer is a
    refusal: quoting the neighbouring figure would answer a different question.
    `evidence` is the text whose terms a sentence should contain (a follow-up's
    resolved topic); it defaults to `standalone`, then to the question.  `outline` (the
    first passage of each subsection of a section the question names) answers a question
    asking for that section's parts: each subsection's heading is quoted, in letter order.
    `positions` (chunk id → its ordinal in its letter) puts the quotes from one letter in
    the letter's order.
    """
    english = _lang.is_english(question)
    if not passages:
        text = "No passage to answer from." if english else "没有可以作答的内容。"
        return Answer(text=text, refused=True, question=standalone or question)
    search_text = evidence or standalone or question
    if outline and _lang.asks_list(search_text):
        outlined = _outline_runs(outline)
        if len(outlined) >= 2:
            return _quoted(list(outline), outlined, english, standalone or question)
    intent = intent or _lang.detect_intent(question)
    asks = asks_for(search_text, years_from=question)
    read = _passages_to_read(passages)
    sentences = _score_sentences(search_text, read, intent, asks)
    # The figure must come from the best-matching letter: a figure of the same kind in a
    # neighbouring letter ("2024年…通过1026人" about another title series) answers a
    # different question.
    if asks.kind and not any(
        s.answers and read[s.passage].letter_id == read[0].letter_id for s in sentences
    ):
        return _unsupported(question, read, standalone or question, english)
    fields = [answer for asks_field, answer in _META_FIELDS if asks_field.search(search_text)]
    if intent == _lang.META and fields:
        # A field the letter does not state ("联系人" of a letter without one) is not
        # answered by the fields it does state.
        # (Dates are left to the figure/date check: "什么时候完成" asks about the content.)
        top_letter = [s for s in sentences if read[s.passage].letter_id == read[0].letter_id]
        stated = [f for f in fields if f is not _DATE]
        if stated and not any(f.search(s.text) for f in stated for s in top_letter):
            return _unsupported(question, read, standalone or question, english)
    chosen = _choose(sentences, fields if intent == _lang.META else [])

    # Group chosen sentences into quoted runs: contiguous sentences of one passage form
    # one citation.  Letters follow the rank of their best passage; within a letter the
    # quotes follow the letter's own order (its chunk ordinals, when known), which reads
    # as the letter argues rather than as the scores fell.
    first_rank: dict[str, int] = {}
    for index, passage in enumerate(read):
        first_rank.setdefault(passage.letter_id, index)
    order = positions or {}

    def letter_order(s: _Sentence) -> tuple[int, int, int]:
        passage = read[s.passage]
        return (first_rank[passage.letter_id], order.get(passage.chunk_id, s.passage), s.start)

    runs: list[tuple[int, int, int]] = []  # (passage, start, end)
    for sentence in sorted(chosen, key=letter_order):
        passage = read[sentence.passage]
        # Meta card lines stay apart: each quotes one field's value.
        if (
            runs
            and runs[-1][0] == sentence.passage
            and passage.part != "meta"
            and _adjacent(passage.text, runs[-1][2], sentence.start)
        ):
            runs[-1] = (runs[-1][0], runs[-1][1], sentence.end)
        else:
            runs.append((sentence.passage, sentence.start, sentence.end))

    return _quoted(read, runs, english, standalone or question)


def _quoted(
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
    text = "\n".join([_lead(letters, english), *body, _sources(citations, english)])
    return Answer(text=text, citations=citations, question=question)


def _outline_runs(outline: Sequence[Passage]) -> list[tuple[int, int, int]]:
    """Where each outline passage states its subsection's heading: the heading is the path
    component right below the one the passages share ("(一)优化提升…政策措施")."""
    paths = [p.section.split(SECTION_SEP) for p in outline]
    depth = len(_common_prefix(paths))
    runs: list[tuple[int, int, int]] = []
    for index, (passage, path) in enumerate(zip(outline, paths, strict=True)):
        if len(path) <= depth:
            continue
        start = passage.text.find(path[depth])
        if start < 0:
            continue
        end = start + len(path[depth])
        if passage.text[end : end + 1] in ("。", "."):
            end += 1
        runs.append((index, start, end))
    return runs


def _score_sentences(
    question: str, passages: list[Passage], intent: str | None, asks: Asks | None = None
) -> list[_Sentence]:
    terms = _lang.content_terms(question)
    meta_patterns = [answer for asks, answer in _META_FIELDS if asks.search(question)]
    lists = _lang.asks_list(question)
    asks_date = (asks is not None and asks.kind == "time") or any(p is _DATE for p in meta_patterns)
    raw: list[tuple[int, int, int, str]] = []
    for index, passage in enumerate(passages):
        for match in _SENTENCE.finditer(passage.text):
            piece = match.group(0)
            if not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            raw.append((index, match.start() + lead, match.end(), piece.strip()))

    # Rarer terms say more: a term in every sentence ("科技") weighs little.
    forms = {t: _lang.variants(t) for t in terms}
    df = {t: sum(any(f in s for f in forms[t]) for *_, s in raw) for t in terms}
    weights = {t: len(t) * math.log(1 + len(raw) / (1 + df[t])) for t in terms}
    total = sum(weights.values()) or 1.0
    top_score = passages[0].score or 1.0

    def coverage_of(index: int, text: str) -> float:
        # The heading path supplies the subject a sentence leaves out ("(四)…人才队伍 > 二是…").
        context = f"{passages[index].section}\n{text}"
        return sum(w for t, w in weights.items() if any(f in context for f in forms[t])) / total

    coverages = [coverage_of(index, text) for index, _, _, text in raw]
    # The figure must sit in a sentence about as on-topic as its letter's most on-topic
    # one: "提取住房公积金…" without a figure is not answered by a household count nearby.
    topical: dict[str, float] = {}
    for (index, *_), coverage in zip(raw, coverages, strict=True):
        letter = passages[index].letter_id
        topical[letter] = max(topical.get(letter, 0.0), coverage)
    scored: list[_Sentence] = []
    for (index, start, end, text), coverage in zip(raw, coverages, strict=True):
        passage = passages[index]
        answers = False
        if asks is not None and asks.kind:
            before = passage.text[:start]
            needed = max(SUPPORT_COVERAGE, SUPPORT_SHARE * topical[passage.letter_id])
            answers = asks.answered_by(text, before) and (
                intent == _lang.META or coverage >= needed
            )
        prior = max(passage.score, 0.0) / top_score if top_score > 0 else 1.0 / (1 + index)
        score = coverage + 0.3 * prior + 0.05 / (1 + index)
        if intent == _lang.META:
            if any(p.search(text) for p in meta_patterns):
                score += 0.6
            if passage.part == "meta" and not any(p.search(text) for p in meta_patterns):
                score -= 0.3  # the meta card lists every field; only the asked one answers
        elif intent in _lang.INTENT_SECTIONS and _lang.INTENT_SECTIONS[intent].search(
            passage.section
        ):
            score += 0.15
        if passage.part == "meta" and intent != _lang.META:
            score -= 0.5  # field lists don't answer content questions
        if not asks_date and _DATE.search(text) and len(_DATE.sub("", text).strip()) < 4:
            # A bare date line (a signature's, a page's) answers only "when"; quoted for
            # anything else it is noise, and from an unrelated letter misleading.
            score -= 1.0
        elif len(text) < 8 and not _DATE.search(text):
            score -= 0.2  # a bare heading says little on its own
        elif _HEADING.match(text) and len(text) < 30:
            # "(一)实施…行动。" names a topic: it is the answer to "哪几项行动", and only
            # a lead-in to the sentences after it otherwise.
            score += 0.3 if lists else -0.1
        if answers:
            score += 0.3
        scored.append(_Sentence(index, start, end, text, score, answers))
    return scored


def _unsupported(question: str, passages: list[Passage], standalone: str, english: bool) -> Answer:
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


def _passages_to_read(passages: Sequence[Passage]) -> list[Passage]:
    """The top passages, plus the best passage of each other letter retrieved: a question
    over several letters ("市科技局和沙坪坝区科技局分别…") needs a sentence from each."""
    read = list(passages[:PASSAGES_READ])
    letters = {p.letter_id for p in read}
    for passage in passages[PASSAGES_READ:]:
        if passage.letter_id not in letters:
            letters.add(passage.letter_id)
            read.append(passage)
    return read


def _choose(sentences: list[_Sentence], fields: Sequence[re.Pattern[str]] = ()) -> list[_Sentence]:
    """The best sentence, then those scoring close to it (at most MAX_SENTENCES).  For a
    metadata question asking several things ("who submitted it and when was it signed"),
    the best sentence for each field asked comes first."""
    if not sentences:
        return []
    ranked = sorted(sentences, key=lambda s: (-s.score, s.passage, s.start))
    chosen: list[_Sentence] = []
    for pattern in fields:
        match = next((s for s in ranked if pattern.search(s.text)), None)
        if match is not None and match not in chosen and len(chosen) < MAX_SENTENCES:
            chosen.append(match)
    if not chosen:
        chosen.append(ranked[0])
    best = ranked[0].score
    for sentence in ranked:
        if len(chosen) >= MAX_SENTENCES:
            break
        if sentence in chosen:
            continue
        if sentence.score >= KEEP_RATIO * best or (
            len(chosen) < MIN_SENTENCES and sentence.passage == ranked[0].passage
        ):
            chosen.append(sentence)
    return chosen


def _adjacent(text: str, end: int, start: int) -> bool:
    return not text[end:start].strip()


def _meta_value(line: str) -> str:
    """The value of a meta card line ("发文字号:渝科局函〔2024〕300号" → the number): the
    value is what the letter's page prints; the label is the card's."""
    _, sep, value = line.partition(":")
    if not sep:
        _, sep, value = line.partition("：")
    return value.strip() or line


def _distinct_letters(passages: Any) -> list[Passage]:
    seen: dict[str, Passage] = {}
    for passage in passages:
        seen.setdefault(passage.letter_id, passage)
    return list(seen.values())


def _letter_name(passage: Passage, english: bool) -> str:
    kind = letter_kind(passage.title)
    issuer = f"（{passage.issuer}）" if passage.issuer and not english else ""
    if english:
        what = "suggestion" if kind == "建议" else "proposal"
        issuer = f" ({passage.issuer})" if passage.issuer else ""
        if passage.proposal_no:
            return f"the reply to {what} No. {passage.proposal_no}{issuer}"
        return f"《{passage.title or passage.source}》{issuer}"
    if passage.proposal_no:
        return f"第{passage.proposal_no}号{kind}答复函{issuer}"
    return f"《{passage.title or passage.source}》{issuer}"


def _lead(letters: list[Passage], english: bool) -> str:
    names = [_letter_name(p, english) for p in letters]
    if english:
        return f"According to {' and '.join(names)}:"
    return f"根据{'和'.join(names)}，"


def _sources(citations: list[Citation], english: bool) -> str:
    label = "Sources" if english else "来源"
    items = []
    for n, c in enumerate(citations, start=1):
        number = f"第{c.proposal_no}号" if c.proposal_no else c.source
        section = f" {c.section}" if c.section else ""
        items.append(neutralize_markers(f"{c.title or c.source}（{number}）{section}"))
        items[-1] = f"[{n}] {items[-1]}"
    return f"{label}：" + "；".join(items)
