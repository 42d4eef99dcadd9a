"""Extractive: the offline answerer, which quotes letters and nothing else.

    answer = answer_extractive(question, passages, intent=..., evidence=...)

A one-line lead in the question's language ("根据第0798号提案答复函（重庆市科学技术局），…"),
the two to four sentences that best support the answer, each run followed by its marker
`[n]`, and a sources line.  Every quote is a verbatim slice of its passage.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from rag.answer import query
from rag.answer.asks import Asks, asks_for
from rag.answer.choose import (
    Scored,
    adjacent,
    by_kind_of_line,
    by_place_in_letter,
    choose,
    completions,
    in_frame,
    states_field,
)
from rag.answer.lead_ins import asks_items, items_after, with_item_passages
from rag.answer.listed import asked_alone, places_asked
from rag.answer.parts import Scorer, not_of_the_letter, per_part, stated_first
from rag.answer.proposed import asks_proposed, unproposed
from rag.answer.quotes import quoted, unsupported
from rag.answer.result import Held
from rag.answer.sections import outline_runs
from rag.answer.sentences import split_sentences
from rag.answer.support import (
    as_read,
    coverages,
    in_letter,
    kin_share,
    named_things,
    one_place_listed,
    part_of,
    says_of,
    term_weights,
    town_said,
    towns_held,
    with_antecedent,
    with_lead_in,
)
from rag.answer.tables import table_lead, with_units
from rag.answer.terms import content_terms, is_english
from rag.answer.words import tagged
from rag.models import Answer, Passage
from rag.settings import Settings

# Settings.keep_ratio, other_letter_ratio, support_coverage and support_share (which sentences
# join the answer, when one gives a figure) were read off evaluation sets: see rag/settings.py.
# Only the best passages are read: lower ones are rarely the answer and cost time.
PASSAGES_READ = 4


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
    items: Mapping[str, Sequence[Passage]] | None = None,
    subjects: Mapping[str, str] | None = None,
    settings: Settings | None = None,
    held: Held | None = None,
    more: Sequence[Passage] = (),
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
    the letter's order.  `items` (a passage ending in a lead-in → its items' passages) lets
    a list question quote each item after its lead-in ("…有以下三种方式:" → 一是…, 二是…).
    `held` (what the first passage's letter says) is where the places and years a question
    asks a fact of are looked for: a letter that names 官渡镇 nowhere gives none of its
    (unless its own place is unknown: it may be the one asked).  `more` (that letter's
    passages below those retrieved) are read too, for a question in parts.
    """
    english = is_english(question)
    if not passages:
        text = "No passage to answer from." if english else "没有可以作答的内容。"
        return Answer(text=text, refused=True, question=standalone or question)
    search_text = evidence or standalone or question
    if outline and query.asks_list(search_text):
        outlined = outline_runs(outline)
        if len(outlined) >= 2:
            return quoted(list(outline), outlined, english, standalone or question, shape="parts")
    intent = intent or query.detect_intent(question)
    asks = asks_for(search_text, years_from=question)
    # a list question reads the items of a lead-in ("…有以下三种方式:"), to quote them with it
    items = (items or {}) if intent != query.META and asks_items(question, search_text) else None
    read = with_item_passages(_passages_to_read(passages, more), items)
    settings = settings or _defaults()
    letter = held.text if held else ""  # (the first letter's whole text: its tables' notes)
    sentences = score_sentences(search_text, read, intent, asks, settings, subjects, letter)
    # The figure must come from the best-matching letter (one of its kind in a neighbouring
    # letter answers another question); a field ("联系电话是多少") is checked as a field.
    fields = query.fields_asked(search_text)
    a_field = intent == query.META and any(f.name != "date" for f in fields)
    # …nor from a letter that never names the place or the year asked (浏阳官渡镇, "in 2017")
    read_text = "\n".join(f"{p.title or ''} {p.issuer or ''} {p.text}" for p in read)
    elsewhere, other_year = not_of_the_letter(search_text, held, read[0].date, read_text)
    # (…or, of a question in parts, one part's fact: "保费出几成？多少户拿到了赔款？")
    scorer = _part_scorer(read, intent, settings, subjects, letter)
    kind_asked, first = bool(asks.kind and not a_field), read[0].letter_id
    read, sentences, unstated = stated_first(
        search_text, read, sentences, scorer, kind_asked and not elsewhere, held, subjects
    )
    # (a lower letter put first states the fact for the year asked, which the first never named)
    other_year = other_year and read[0].letter_id == first
    scorer = _part_scorer(read, intent, settings, subjects, letter)  # (of the order read)
    if other_year or (kind_asked and elsewhere) or unstated:
        place = asks.place
        left_out = ("body" if place.body else "firm") if place and place.firm else asks.kind
        return unsupported(question, read, standalone or question, english, left_out)
    about_letter = (
        intent == query.META
        and bool(query.fields_named(search_text))
        and query.names_the_reply(search_text)
    )

    # a question about the letter itself ("那份函的发文字号是多少") is answered where the
    # letter speaks of itself — its field card, opening, sign-off — not by its body, whose
    # "按照《…方案》(南府办〔2022〕16号)" is another document's number
    # …and of its field card, the lines of the fields asked: "征求了哪些部门的意见" is not
    # answered by the card's 标题 and 发文机关 lines, which hold the question's names too
    def kept(s: Scored) -> bool:
        card = read[s.passage].part == "meta" and intent == query.META and bool(fields)
        own = not card or any(f.states.search(s.text) for f in fields)
        return own and (in_frame(read[s.passage], s.text) or not about_letter)

    if (
        intent == query.META
        and fields
        and not states_field(sentences, read, fields, kept, about_letter)
    ):
        asked = next((f.name for f in fields if f.name != "date"), fields[0].name)
        return unsupported(question, read, standalone or question, english, asked)
    letters = [p.letter_id for p in read]
    # A fact asked that a sentence states is the lead letter's: another letter's sentence
    # is chosen only if it states one too (no toy maker's robots beside the harvesters).
    facts = kind_asked and any(s.answers for s in sentences)
    chosen = choose(
        [s for s in sentences if s.answers or not facts or letters[s.passage] == letters[0]],
        letters,
        settings,
        [f.states for f in fields] if intent == query.META else [],
        kept=kept,
    )
    if not about_letter:  # each field asked has its line already
        chosen += per_part(
            search_text,
            chosen,
            scorer,
            lambda part: not_of_the_letter(part, held, read[0].date, read_text) != (False, False),
        )
    if intent != query.META:
        chosen += _completions(sentences, chosen, read, items)
    if not chosen:  # nothing but the letters' frame: they do not answer it
        return unsupported(question, read, standalone or question, english)
    runs = _runs(read, chosen, positions or {})
    return quoted(read, runs, english, standalone or question)


def _part_scorer(
    read: list[Passage],
    intent: str | None,
    settings: Settings,
    subjects: Mapping[str, str] | None,
    letter: str = "",
) -> Scorer:
    """Scores the read sentences for one part of a question, by what the part asks."""

    def score(part: str, asked: Asks | None) -> list[Scored]:
        intended = query.detect_intent(part) or intent
        return score_sentences(
            part, read, intended, asked, settings, subjects if asked else None, letter
        )

    return score


def _runs(
    read: list[Passage], chosen: list[Scored], order: Mapping[str, int]
) -> list[tuple[int, int, int]]:
    """The chosen sentences as quoted runs (passage, start, end): contiguous sentences of
    one passage form one citation.  Letters follow the rank of their best passage; within
    a letter the quotes follow the letter's own order (its chunk ordinals, when known),
    which reads as the letter argues rather than as the scores fell."""
    first_rank: dict[str, int] = {}
    for index, passage in enumerate(read):
        first_rank.setdefault(passage.letter_id, index)

    def letter_order(s: Scored) -> tuple[int, int, int]:
        passage = read[s.passage]
        return (first_rank[passage.letter_id], order.get(passage.chunk_id, s.passage), s.start)

    runs: list[tuple[int, int, int]] = []
    for sentence in sorted(chosen, key=letter_order):
        passage = read[sentence.passage]
        # Meta card lines stay apart: each quotes one field's value.
        if (
            runs
            and runs[-1][0] == sentence.passage
            and passage.part != "meta"
            and adjacent(passage.text, runs[-1][2], sentence.start)
        ):
            runs[-1] = (runs[-1][0], runs[-1][1], sentence.end)
        else:
            runs.append((sentence.passage, sentence.start, sentence.end))
    return runs


def score_sentences(
    question: str,
    passages: list[Passage],
    intent: str | None,
    asks: Asks | None = None,
    settings: Settings | None = None,
    subjects: Mapping[str, str] | None = None,
    letter: str = "",
) -> list[Scored]:
    meta_patterns = [f.states for f in query.fields_asked(question)]
    lists = query.asks_list(question)
    passages = [as_read(p) for p in passages]  # (their titles and issuers as their text is)
    asks_date = (asks is not None and asks.kind == "time") or any(
        f.name == "date" for f in query.fields_asked(question)
    )
    # The frame answers only a question about the letter itself (who signed it, its date):
    # "计划何时开建" is about the content, however its "何时" reads.
    frames = intent == query.META and bool(query.fields_named(question))
    raw = split_sentences(passages, frames=frames)
    # An English question's words count in the Chinese the passages hold.
    held = "\n".join(p.text for p in passages)
    terms = content_terms(question, held.__contains__)
    weights = term_weights(terms, raw)
    shares = coverages(terms, passages, raw, weights)
    # Whether a sentence is on topic enough to give the fact asked (its issuer counts: the
    # 我区 it writes).  A count of a thing named beside its figure may take its topic from
    # the lead; a measure asked without a unit ("绿地有多大"), from the letter's passages at
    # hand (never both); any other fact, from the sentence it points back to (该路段).
    fact_asked = asks is not None and bool(asks.kind)
    on_topic = coverages(terms, passages, raw, weights, issuer=True) if fact_asked else shares
    led = on_topic
    # each sentence that points back to its topic ("该工程…") with the one that names it
    # (one that opens its passage points to the proposal its letter answers: "该桥…")
    proposal = [(subjects or {}).get(p.letter_id, "") for p in passages]
    antecedents = with_antecedent(raw, proposal) if fact_asked else raw
    if asks and asks.counted:
        led = coverages(terms, passages, with_lead_in(raw), issuer=True)
    elif asks and asks.measured:
        led = coverages(terms, passages, in_letter(raw, passages, asks.measures), issuer=True)
    elif fact_asked:
        led = coverages(terms, passages, antecedents, issuer=True)
    # a table's row, by the lead of its table (its note of units)
    leads = [table_lead(text, letter) for *_, text in raw] if letter and fact_asked else []
    if any(leads):
        rows = [(i, s, e, f"{lead}{t}") for (i, s, e, t), lead in zip(raw, leads, strict=True)]
        by_lead = coverages(terms, passages, rows, issuer=True)
        led = [max(a, b) for a, b in zip(led, by_lead, strict=True)]
    # The letter's own date or fields are about the letter, not about a thing it names.
    named = named_things(question, passages, held, proposal) if fact_asked and not frames else []
    # …nor a total spread over places the question names one of (青村镇 of 庄行、青村、金汇等镇)
    chinese = fact_asked and not is_english(question)  # (named is empty when no fact is asked)
    listed = places_asked(question) if chinese else [(n,) for n in named]
    if chinese:  # …or a name listed with others before their total (宁夏 of 宁夏、甘肃…共83起)
        own = " ".join(f"{p.title or ''} {p.issuer or ''}" for p in passages) + "".join(proposal)
        listed = asked_alone(question, listed, held, own)
    towns = towns_held(listed, held) if chinese else []  # (two towns may ask a total)
    towns = towns if len(towns) == 1 else []
    tuning, of_proposal = settings or _defaults(), asks_proposed(question)
    # The figure must sit in a sentence about as on-topic as its letter's most on-topic
    # one: "提取住房公积金…" without a figure is not answered by a household count nearby.
    topical: dict[str, float] = {}
    for (index, *_), coverage in zip(raw, on_topic, strict=True):
        letter = passages[index].letter_id
        topical[letter] = max(topical.get(letter, 0.0), coverage)
    top_score = passages[0].score or 1.0
    floor = tuning.support_coverage_en if is_english(question) else tuning.support_coverage
    scored: list[Scored] = []
    for n, ((index, start, end, text), coverage, support, lead, (*_, topic)) in enumerate(
        zip(raw, shares, on_topic, led, antecedents, strict=True)
    ):
        passage = passages[index]
        answers = False
        if asks is not None and asks.kind:
            needed = max(floor, tuning.support_share * topical[passage.letter_id])
            year = int(passage.date[:4]) if passage.date else None
            table = leads[n] if leads else ""  # a row is read in its table's units and year
            before = table + passage.text[:start]
            said = with_units(text if of_proposal else unproposed(text), table)  # (the bureau's)
            answers = asks.answered_by(said, before, year) and (
                intent == query.META
                or max(support, 0.0 if part_of(text, asks.counted, question) else lead) >= needed
                or kin_share(weights, passage.section, text, passage.issuer or "") >= needed
            )
            # "when will the Huilong–Yufeng road be finished": a date about that road
            answers = answers and (not named or _of_named(named, topic, text, passage.text, start))
            answers = answers and not one_place_listed(topic, listed)
            context = f"{passage.section} {passage.title} {passage.issuer} {proposal[index]}"
            before = passage.text[:start]
            answers = answers and all(town_said(t, before, topic, context) for t in towns)
        prior = max(passage.score, 0.0) / top_score if top_score > 0 else 1.0 / (1 + index)
        score = coverage + 0.3 * prior + 0.05 / (1 + index)
        score = by_place_in_letter(score, passage, text, intent, meta_patterns)
        score = by_kind_of_line(score, text, asks_date, lists)
        if answers:
            score += 0.3
        scored.append(Scored(index, start, end, text, score, answers))
    return scored


def _passages_to_read(passages: Sequence[Passage], more: Sequence[Passage]) -> list[Passage]:
    """The top passages, plus the best passage of each other letter retrieved: a question
    over several letters ("市科技局和沙坪坝区科技局分别…") needs a sentence from each.  A
    passage that is all frame (salutation, receipt, thanks, sign-off) is read but does not
    use up the budget: it can only answer a question about the letter itself, and a
    letter's frame often ranks above its substance.  A question in parts reads every passage
    of the first letter retrieved, and `more` of it below them."""
    read: list[Passage] = []
    substantial = 0
    for passage in passages:
        if substantial >= PASSAGES_READ:
            break
        read.append(passage)
        if split_sentences([passage], frames=False):
            substantial += 1
    first, letters = passages[0].letter_id, {p.letter_id for p in read}
    if more:
        read += [p for p in [*passages, *more] if p not in read and p.letter_id == first]
    for passage in passages:  # (those read are of letters already in `letters`)
        if passage.letter_id not in letters:
            letters.add(passage.letter_id)
            read.append(passage)
    return read


@cache
def _defaults() -> Settings:
    return Settings()


def _completions(
    sentences: list[Scored],
    chosen: list[Scored],
    read: list[Passage],
    items: Mapping[str, Sequence[Passage]] | None,
) -> list[Scored]:
    """The sentences completing the chosen ones (`choose.completions`) and, with `items` (a
    list question's), each item after a chosen lead-in ("…有以下三种方式:" → 一是…, 二是…)."""
    added = completions(sentences, chosen, read)
    if items is not None:
        added += items_after(sentences, chosen + added, read, items)
    return added


# A place a sentence names by its unit ("渭源县", "首阳镇"): then it is about that place.
_PLACED = re.compile(r"[\u4e00-\u9fff]{2}(?:省|市|县|区|镇|乡|村|街道)(?![级长委])")


def _names_any(sentence: str) -> bool:
    """Whether the sentence names a place or a thing of its own: a place with its unit, or
    a word jieba tags as a name ("石门至青岗公路…": 青岗)."""
    names = (tag for _, tag in tagged(sentence) if tag[:2] in ("ns", "nr", "nz", "nt"))
    return bool(_PLACED.search(sentence)) or next(names, None) is not None


def _of_named(named: Sequence[str], topic: str, sentence: str, text: str, start: int) -> bool:
    """Whether a sentence, read with what it points back to (`topic`), says something of a
    thing the question names — or, when it names no place or name itself, the paragraph of
    the passage `text` before it (at `start`) does ("首阳镇中药材交易市场是…集散地。截至
    2020年6月，已有126家…")."""
    if any(says_of(topic, n) for n in named):
        return True
    if _names_any(sentence):
        return False
    lead_in = text[text.rfind("\n", 0, start) + 1 : start]
    return any(says_of(lead_in, n) for n in named)
