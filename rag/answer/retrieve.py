"""Retrieve: hybrid dense + BM25 search fused with weighted reciprocal rank fusion.

    retriever = Retriever(store, embeddings, settings)
    passages = retriever.retrieve("市科技局下一步在人才评价方面会做什么？", k=5)
    result = retriever.search(question, k=5, history=[...])   # passages + why
    result.unmatched      # ["第9999号提案"] when the question names a letter we don't have
    retriever.standalone_question("其中第四点具体指什么？", history)

What happens to a question, in order:

1. **Follow-ups** (`其中`, `第四点`, `那么…呢`, "it", "what about") are made standalone by
   carrying over the previous turn's letter and, for an ordinal, the n-th subsection of
   the section the previous turn was about.  `Retriever.rewrite` can be set to an LLM
   rewrite; the offline rules are the default.
2. **Filters** come from the question (proposal/suggestion number, an issuer known to the
   index under any of its short names, a session, a year written as the letter's year)
   and from `filters=`; all become a `letter_id` filter.  A number no letter has is
   reported in `unmatched`, and the answer refuses instead of answering from another letter.
3. **Candidates**: `store.dense` (e5 query role) and `store.keyword` (BM25; English
   questions get Chinese glossary keywords), `candidates` from each.
4. **Fusion**: score = dense_weight/(rrf_k + rank_dense) + bm25_weight/(rrf_k + rank_bm25),
   then multiplied by (1 + coverage_boost × keyword coverage) — the IDF-weighted share of
   the question's terms the chunk contains — and up for sections that fit the question's
   intent (plans → 下一步工作重点, results → 工作开展情况, metadata → opening/closing/
   signature) and for the section a follow-up points at.
5. **Confidence** (`Passage.score` = confidence × the passage's fused score relative to
   the best), used for refusal: see `confidence()`.  Two routes, the better wins: cosine
   band + keyword coverage, and (for paraphrases) the dense margin — the question's best
   cosine to a body passage over its best cosine to the letters' boilerplate, MARGIN_BAND
   (0.01, 0.04) → 0..1 — averaged with coverage (alone when the question has no
   checkable terms).  A metadata question about a field its letter's record states
   (signer, doc number, co-handlers, proposers, dates, contact) gets ≥ META_STATED=0.6.
   The figure/date/name support check in answer.py still refuses what a letter lacks.

Defaults and how they were chosen (all on corpus/qa/qa.jsonl, 141 questions, offline):
`RAG_DENSE_WEIGHT=1.0`, `RAG_BM25_WEIGHT=1.0`, `RAG_RRF_K=60`, `RAG_TOP_K=5`,
`intent_boost=0.35`, `coverage_boost=1.0`, `RAG_REFUSAL_THRESHOLD=0.4`.  The weight grid
is flat around these (no setting beats 1.0/1.0/60 on any headline metric); the coverage
rerank is what matters (without it section hit@1 drops 0.98 → 0.86 and refusal accuracy
1.0 → 0.83).  Refusal accuracy is 1.0 with no false refusals for thresholds 0.35–0.425;
0.4 sits inside that plateau.  Reproduce, with the threshold curve, the grid and the
ablations:

    .venv/bin/python scripts/calibrate_retrieval.py [--sweep] [--ablate]

These numbers are on the set the defaults were tuned on.  corpus/qa/heldout.jsonl (60
questions, written blind) was then used as a development set for general mechanisms only
(paraphrase groups, quoted headings and outlines for list questions, relative figure
support, English intent and glossary words); before/after: citation accuracy on the
reference letter 0.83 → 0.97, English 0.73 → 0.91, keyword coverage 0.78 → 0.94, refusal
accuracy 0.78 → 0.89, false refusals 0.06 → 0.0.  Those are dev-set numbers, so
optimistic; the blind measurement is corpus/qa/final.jsonl, kept unseen.

The dense margin and the stated-field floor were added after a blind run refused 19% of
answerable questions (paraphrases and metadata questions with low term overlap).
MARGIN_BAND was read off both sets' features (`--features`): off-topic questions have
margins ≤ 0.02, answerable paraphrases 0.025–0.045.  With it qa.jsonl and heldout.jsonl
are unchanged (1.0/0.0 and 0.89/0.0 refusal accuracy / false refusals; citation and
keyword numbers identical), the threshold plateau on qa.jsonl is 0.35–0.425, and
RAG_REFUSAL_THRESHOLD stays 0.4.  "What's the budget for …" now counts as asking for a
figure (rag/_asks.py), which the margin would otherwise have let through.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rag.answer import language as _lang
from rag.answer.aliases import english_issuer, issuer_aliases, match_issuers
from rag.models import SECTION_SEP, Chunk, Passage
from rag.settings import Settings

History = Sequence[tuple[str, str]]

# e5 cosines between a query and passages sit in a narrow band: unrelated Chinese text
# still scores ~0.83, a passage that answers ~0.90+; an English question against Chinese
# letters scores lower throughout.  These bounds map each band onto 0..1.
COS_BAND = {"zh": (0.84, 0.94), "en": (0.76, 0.84)}
# Weight of keyword coverage against dense similarity in the confidence.
COVERAGE_WEIGHT = 0.75
# A question's best cosine to a body passage minus its best cosine to boilerplate: off-topic
# questions stay below ~0.02, paraphrases of what a letter says reach 0.025–0.045.
MARGIN_BAND = (0.01, 0.04)
# A metadata question about a field its letter's record states is answered by quoting the
# field, however few of the question's words the letter shares: at least this confidence.
META_STATED = 0.6
# Metadata questions and the record fields that answer each (answer.py's _META_FIELDS
# finds the sentence; this only asks whether the letter has the field at all).
_META_RECORD_FIELDS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (re.compile(r"审签|签发|谁签|签字|\bsign", re.I), ("signer",)),
    (
        re.compile(r"发文字号|文号|字号|document number|reference number|doc(?:ument)? no", re.I),
        ("doc_number",),
    ),
    (re.compile(r"协办|co-?organi[sz]er|co-?handl", re.I), ("co_handlers",)),
    (
        re.compile(
            r"提案人|建议人|哪位委员|哪位代表|谁提出|谁提的|proposer|who (?:proposed|wrote|submitted)",
            re.I,
        ),
        ("proposers",),
    ),
    (re.compile(r"日期|哪天|\bdate\b", re.I), ("date_signed", "date_published")),
    (re.compile(r"联系人|联系电话|contact", re.I), ("contact",)),
    (re.compile(r"索引号", re.I), ("index_no",)),
)


@dataclass(frozen=True)
class Resolved:
    """A question made standalone, plus what the previous turn pinned down."""

    text: str
    letter_ids: tuple[str, ...] = ()
    section: str | None = None  # a follow-up's section (prefix of Passage.section)
    section_strength: float = 0.0  # how hard to prefer it: ordinal → strong, "其中" → mild
    intent: str | None = None
    evidence: str | None = None  # the words a passage must contain (default: text)
    named: bool = True  # the carried letter counts as named by the user (a real follow-up)


@dataclass
class RetrievalResult:
    """Passages and everything the answerer needs to explain or refuse."""

    question: str  # as asked
    standalone: str  # what was searched for
    passages: list[Passage]
    confidence: float  # = passages[0].score, 0.0 when there are none
    intent: str | None = None
    where: dict[str, Any] | None = None
    unmatched: list[str] = field(default_factory=list)  # e.g. ["第9999号提案"]
    closest: list[str] = field(default_factory=list)  # titles of the closest letters
    section_hint: str | None = None
    evidence: str | None = None  # the words that answer it (a follow-up's resolved topic)
    features: dict[str, float] = field(default_factory=dict)  # confidence inputs
    # For a question asking for the parts of a section it names ("下一步工作重点有哪几块？"):
    # the first passage of each subsection, in letter order.
    outline: list[Passage] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)  # chunk id → ordinal in its letter


def rrf(rankings: Sequence[Sequence[str]], weights: Sequence[float], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion: Σ weight / (k + rank), ranks starting at 1."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, key in enumerate(ranking, start=1):
            fused[key] = fused.get(key, 0.0) + weight / (k + rank)
    return fused


def confidence(
    best_cosine: float,
    coverage: float | None,
    named_letter: bool = False,
    *,
    english: bool = False,
    foreign_place: bool = False,
    dense_margin: float | None = None,
) -> float:
    """How likely the letters answer the question, 0..1 (calibrated on corpus/qa/qa.jsonl).

    Two signals, because each fails alone: e5's cosine is high for anything on-topic
    ("补贴标准" is close to every technology letter), and keyword coverage — the
    IDF-weighted share of the question's content terms that the best candidate passage
    contains — misses paraphrases.  A question whose terms appear in no letter scores low
    on coverage even when its cosine is high: that is what makes it refusable.  A question
    with no content terms of its own ("第0798号提案的下一步工作重点？") is judged on cosine
    and on naming a letter the index has; one about a province or city no letter mentions
    is scaled down, however well the rest of it matches.

    Coverage alone refuses paraphrases ("出台的政策怎么检验…有没有效果" shares few words
    with "加强政策落实和跟踪问效"), so `dense_margin` — the question's best cosine to a
    letter's body over its best cosine to the letters' boilerplate (`Retriever.
    _dense_margin`) — is a second route: mapped through MARGIN_BAND onto 0..1 and
    averaged with coverage, it can carry a question whose wording differs from the
    letter's; with no checkable terms at all (an English question the glossary misses)
    it is the only evidence.  The final score is the better of the two routes.
    """
    low, high = COS_BAND["en" if english else "zh"]
    cos = min(1.0, max(0.0, (best_cosine - low) / (high - low)))
    if coverage is None and english and not named_letter:
        coverage = 0.0  # no glossary term matched: nothing in the question is checkable
    if coverage is None:
        score = max(cos, 0.75) if named_letter else cos
    else:
        score = (1 - COVERAGE_WEIGHT) * cos + COVERAGE_WEIGHT * coverage
        if named_letter:
            score = max(score, 0.5 * (1 + coverage))  # the user chose the letter
    if dense_margin is not None:
        low, high = MARGIN_BAND
        dense = min(1.0, max(0.0, (dense_margin - low) / (high - low)))
        paraphrase = dense if coverage is None else 0.5 * (dense + max(coverage, 0.0))
        score = max(score, paraphrase)
    return score * 0.5 if foreign_place else score


class Retriever:
    """Hybrid retrieval over a Store (see docs/ARCHITECTURE.md for the Store contract)."""

    candidates = 30  # from each of dense and BM25 before fusion
    coverage_boost = 1.0  # ×(1 + boost·coverage): keyword evidence reranks the fused list
    intent_boost = 0.35  # ×(1 + boost) for a section that fits the question's intent
    year_boost = 0.15  # ×(1 + boost) for a letter of a year the question mentions
    heading_boost = 0.5  # ×(1 + boost) under a section whose heading the question quotes
    history_turns = 3  # how far back follow-ups are resolved
    # Below this confidence a question in a conversation is also tried within the previous
    # turn's letter (an implicit follow-up), and the better reading wins.
    implicit_follow_up_below = 0.6

    def __init__(
        self,
        store: Any,
        embeddings: Any = None,
        settings: Settings | None = None,
        *,
        rewrite: Callable[[str, History], str] | None = None,
    ) -> None:
        self.store = store
        self.embeddings = embeddings  # the store embeds queries; kept for rewrites/rerankers
        self.settings = settings or Settings()
        # An LLM rewrite of follow-ups (question, history) -> standalone question; the
        # offline rules are used when None.
        self.rewrite = rewrite
        self.last_query_info: RetrievalResult | None = None
        self._catalog: _Catalog | None = None
        self._df_cache: dict[str, int] = {}
        self._all_sections: list[tuple[str, str]] | None = None
        self._headings: tuple[_Substrings, dict[str, list[tuple[int, str, str]]]] | None = None
        self._chunks_by_letter: dict[str, list[Chunk]] = {}
        self._memo: dict[tuple[str, tuple[tuple[str, str], ...]], RetrievalResult] = {}
        self._margins: dict[str, float] = {}  # question → `_dense_margin`

    # -- public -------------------------------------------------------------------------

    def retrieve(
        self,
        question: str,
        k: int | None = None,
        filters: dict[str, Any] | None = None,
        history: History | None = None,
    ) -> list[Passage]:
        """The k passages that best answer the question, best first; see `search`."""
        result = self.search(question, k=k, filters=filters, history=history)
        self.last_query_info = result
        return result.passages

    def standalone_question(self, question: str, history: History | None = None) -> str:
        """The question rewritten to stand alone (the LLM rewrite when one is set)."""
        if self.rewrite is not None and history:
            return self.rewrite(question, list(history))
        return self._resolve(question, list(history or [])).text

    def search(
        self,
        question: str,
        k: int | None = None,
        filters: dict[str, Any] | None = None,
        history: History | None = None,
    ) -> RetrievalResult:
        """Retrieve and explain: passages, the standalone question, filters, unmatched numbers."""
        history = list(history or [])[-self.history_turns :]
        k = k or self.settings.top_k
        if self.rewrite is not None and history:
            return self._search(question, Resolved(self.rewrite(question, history)), k, filters)
        resolved = self._resolve(question, history)
        result = self._search(question, resolved, k, filters)
        if (
            history
            and not resolved.letter_ids
            and result.confidence < self.implicit_follow_up_below
        ):
            # "第一次评审通过了多少人？" leans on the previous turn without saying so: when
            # the question is weak on its own, try it within the previous letter too.
            carried = self._resolve(question, history, implicit=True)
            if carried.letter_ids:
                alternative = self._search(question, carried, k, filters)
                if alternative.confidence > result.confidence:
                    return alternative
        return result

    # -- filters ------------------------------------------------------------------------

    def catalog(self) -> list[dict[str, Any]]:
        """One dict per indexed letter: letter_id, source, title, issuer, proposal_no, …"""
        return self._lookup().records

    def _lookup(self) -> _Catalog:
        if self._catalog is None:
            self._catalog = _Catalog([_record_dict(r) for r in self.store.letters()])
        return self._catalog

    def _letter_filter(
        self, question: str, explicit: dict[str, Any] | None, english: bool
    ) -> tuple[set[str] | None, list[str], bool, set[int]]:
        """(letter ids or None for all, unmatched notes, a letter was named, soft years)."""
        lookup = self._lookup()
        catalog = lookup.records
        ids: set[str] | None = None
        unmatched: list[str] = []
        named = False

        def narrow(found: set[str]) -> None:
            nonlocal ids
            ids = found if ids is None else ids & found

        for key, value in (explicit or {}).items():
            values = value if isinstance(value, list | tuple | set) else [value]
            found = {r["letter_id"] for r in catalog if any(_matches(r, key, v) for v in values)}
            if not found:
                unmatched.append(f"{key}={value}")
            narrow(found)
            named = named or key in ("proposal_no", "letter_id", "source")

        numbers = _lang.find_numbers(question)
        number_ids: set[str] = set()
        for number, kind in numbers:
            same = lookup.by_number.get(_lang.norm_number(number), [])
            # 提案 and 建议 are numbered separately, so the kind decides between two letters
            # of one number; people mix the words up, so alone it excludes nothing.
            exact = [r for r in same if kind and _kind(r) == kind]
            found = {r["letter_id"] for r in exact or same}
            if not found:
                unmatched.append(_number_label(number, kind, english))
            number_ids |= found
        if numbers:
            narrow(number_ids)  # empty when no number matched: nothing else may answer
            named = bool(number_ids)
        elif not numbers:
            # A document number ("渝科局函〔2024〕300号") or a proposer's name names one letter.
            by_doc = lookup.doc_numbers.found_in(_plain(question))
            by_proposer = lookup.proposers.found_in(question)
            for found in (by_doc, by_proposer):
                if found:
                    narrow(found)
                    named = True
            # An issuer only narrows when no number did: "市科技局第0798号提案" is one letter.
            named_issuer = english_issuer(question) if english else None
            issuers = match_issuers(named_issuer or question, sorted(lookup.by_issuer))
            if issuers:
                narrow(set().union(*(lookup.by_issuer[i] for i in issuers)))
            hits = [s for s, core in lookup.sessions if s in question or core in question]
            if hits:
                narrow(set().union(*(lookup.by_session[s] for s in hits)))
        hard_years, soft_years = _years(question)
        known_years = set(lookup.by_year)
        if hard_years and hard_years & known_years:
            narrow(set().union(*(lookup.by_year[y] for y in hard_years & known_years)))
        return ids, unmatched, named, soft_years | (hard_years - known_years)

    # -- search -------------------------------------------------------------------------

    def _search(
        self, asked: str, resolved: Resolved, k: int, filters: dict[str, Any] | None
    ) -> RetrievalResult:
        text = resolved.text
        english = _lang.is_english(asked)
        intent = _lang.detect_intent(_lang.strip_deictic(asked)) or resolved.intent
        ids, unmatched, named, soft_years = self._letter_filter(text, filters, english)
        if resolved.letter_ids and not named:
            carried = set(resolved.letter_ids)
            ids = carried if ids is None else (ids & carried or ids)
            named = resolved.named
        where = {"letter_id": sorted(ids)} if ids is not None else None
        result = RetrievalResult(
            question=asked,
            standalone=text,
            passages=[],
            confidence=0.0,
            intent=intent,
            where=where,
            unmatched=unmatched,
            section_hint=resolved.section,
            evidence=resolved.evidence or text,
        )
        if ids is not None and not ids:
            result.closest = self._closest(text)
            return result

        n = max(self.candidates, k)
        dense = self.store.dense(text, n, where)
        keyword = self._keyword(_lang.keyword_query(text), n, where)
        chunks: dict[str, Chunk] = {}
        cosines: dict[str, float] = {}
        for chunk, cos in dense:
            chunks[chunk.chunk_id] = chunk
            cosines[chunk.chunk_id] = float(cos)
        for chunk, _ in keyword:
            chunks.setdefault(chunk.chunk_id, chunk)
        fused = rrf(
            [[c.chunk_id for c, _ in dense], [c.chunk_id for c, _ in keyword]],
            [self.settings.dense_weight, self.settings.bm25_weight],
            self.settings.rrf_k,
        )
        heading = self._quoted_heading(text, ids)
        if heading is not None and not named and not resolved.letter_ids:
            named = True  # the user named a section only one letter has: as good as its number
        terms = _lang.content_terms(resolved.evidence or text)
        weights = self._term_weights(terms, _lang.quoted_terms(resolved.evidence or text))
        coverage: dict[str, float] = {}
        for chunk_id, score in fused.items():
            chunk = chunks[chunk_id]
            coverage[chunk_id] = _coverage(weights, chunk)
            boost = 1.0 + self.coverage_boost * coverage[chunk_id]
            if _fits_intent(chunk, intent):
                boost += self.intent_boost
            if resolved.section and _under(chunk.section, resolved.section):
                boost += resolved.section_strength
            if chunk.year in soft_years:
                boost += self.year_boost
            if heading and chunk.letter_id == heading[0] and _under(chunk.section, heading[1]):
                boost += self.heading_boost
            fused[chunk_id] = score * boost
        ranked = sorted(fused, key=lambda cid: (-fused[cid], chunks[cid].ordinal, cid))
        if not ranked:
            result.closest = self._closest(text)
            return result

        best_coverage = max(coverage[cid] for cid in ranked[:5]) if weights else None
        best_cos = max(cosines.values(), default=0.0)
        margin = self._dense_margin(text, dense if where is None else None)
        # A province or city no letter mentions, asked about without any place the letters
        # do know ("上海市…", but not "the Chengdu–Chongqing centre").
        mentioned = _lang.places(asked)
        foreign = [p for p in mentioned if self._df(p) == 0]
        if len(foreign) < len(mentioned):
            foreign = []
        conf = confidence(
            best_cos,
            best_coverage,
            named_letter=named,
            english=english,
            foreign_place=bool(foreign),
            dense_margin=margin,
        )
        stated = intent == _lang.META and self._states_asked_field(
            asked,
            sorted(ids) if ids is not None and len(ids) == 1 else [chunks[ranked[0]].letter_id],
        )
        if stated:
            conf = max(conf, META_STATED)
        top = fused[ranked[0]]
        result.passages = [
            Passage.from_chunk(chunks[cid], round(conf * fused[cid] / top, 4)) for cid in ranked[:k]
        ]
        result.confidence = result.passages[0].score
        result.positions = {cid: chunks[cid].ordinal for cid in ranked[:k]}
        result.closest = _distinct_titles(chunks[cid] for cid in ranked)
        if heading is not None and _lang.asks_list(asked):
            result.outline = [Passage.from_chunk(c, conf) for c in self._outline(*heading)]
        result.features = {
            "cosine": round(best_cos, 4),
            "coverage": -1.0 if best_coverage is None else round(best_coverage, 4),
            "dense_margin": round(margin, 4),
            "named": float(named),
            "foreign": float(bool(foreign)),
            "stated_field": float(stated),
        }
        return result

    def _keyword(
        self, query: str, n: int, where: dict[str, Any] | None
    ) -> list[tuple[Chunk, float]]:
        try:
            return self.store.keyword(query, n, where)
        except ValueError:
            # Chroma rejects a get() with no ids, which a store may send when BM25 found
            # nothing; no keyword hit is an answer, not an error.
            return []

    def _states_asked_field(self, question: str, letter_ids: list[str]) -> bool:
        """Whether the question asks for metadata fields (signer, document number, …) and
        the letter's record states every one of them."""
        asked = [keys for pattern, keys in _META_RECORD_FIELDS if pattern.search(question)]
        if not asked or len(letter_ids) != 1:
            return False
        record = self._lookup().by_id.get(letter_ids[0])
        return record is not None and all(any(record.get(k) for k in keys) for keys in asked)

    def _dense_margin(self, text: str, near: list[tuple[Chunk, float]] | None = None) -> float:
        """How much closer the question is to the letters' substance than to their
        boilerplate: its best cosine to a body passage minus its best cosine to an
        opening, closing, signature or meta card, over the whole index (memoised).

        e5 scores any question ~0.83–0.89 against these letters, so the raw cosine says
        little; but every letter has the same boilerplate, which is as close to an
        off-topic question ("明天重庆的天气怎么样？", a hukou question) as any body passage
        is, while a paraphrase of something a letter says stands 0.02–0.04 above it.

        `near` is the unfiltered dense search already run for this question, if any: the
        first body passage in it is the best body passage of the index (boilerplate is
        about one chunk in five, so there nearly always is one)."""
        if text not in self._margins:
            if len(self._margins) > 256:
                self._margins.clear()
            if near is None:
                near = self.store.dense(text, self.candidates, None)
            body = next((cos for chunk, cos in near if chunk.part == "body"), None)
            if body is None and near:
                best = self.store.dense(text, 1, {"part": "body"})
                body = best[0][1] if best else None
            other = self.store.boilerplate_cosine(text) if body is not None else None
            self._margins[text] = float(body - other) if other is not None else 0.0
        return self._margins[text]

    def _closest(self, text: str) -> list[str]:
        """Titles of the letters nearest to the question, ignoring every filter."""
        return _distinct_titles(c for c, _ in self.store.dense(text, 10, None))

    # -- keyword evidence ---------------------------------------------------------------

    def _df(self, term: str) -> int:
        """In how many chunks of the index the term (or a synonym) occurs, by the keyword
        index's tokens: the statistics BM25 ranks with, read from its postings."""
        if term not in self._df_cache:
            self._df_cache[term] = self.store.document_frequency(_lang.variants(term))
        return self._df_cache[term]

    def _sections(self) -> list[tuple[str, str]]:
        """(letter id, section path) of every chunk of the index."""
        if self._all_sections is None:
            self._all_sections = self.store.sections()
        return self._all_sections

    def _quoted_heading(self, question: str, ids: set[str] | None) -> tuple[str, str] | None:
        """(letter id, section path) of the heading the question quotes word for word
        ("下一步工作重点一共列了几块？"), when one letter has the longest such heading;
        headings of four characters or fewer are too generic to name anything. Where a
        letter has that heading more than once, its first place in the letter counts."""
        cores, places = self._heading_index()
        best: dict[str, tuple[int, int, str]] = {}  # letter id → (-length, order, path)
        for core in cores.found_in(_lang.halfwidth(question)):
            for order, letter_id, path in places[core]:
                if ids is None or letter_id in ids:
                    place = (-len(core), order, path)
                    best[letter_id] = min(best.get(letter_id, place), place)
        if not best:
            return None
        longest = min(length for length, _, _ in best.values())
        letters = [(lid, path) for lid, (length, _, path) in best.items() if length == longest]
        return letters[0] if len(letters) == 1 else None

    def _heading_index(self) -> tuple[_Substrings, dict[str, list[tuple[int, str, str]]]]:
        """The heading cores longer than four characters, over every section of every
        chunk, and each core's places: (order, letter id, section path)."""
        if self._headings is None:
            places: dict[str, list[tuple[int, str, str]]] = {}
            order = 0
            for letter_id, section in dict.fromkeys(self._sections()):
                if not section:
                    continue
                path = section.split(SECTION_SEP)
                for depth, component in enumerate(path, start=1):
                    core = _heading_core(component)
                    if len(core) > 4:
                        places.setdefault(core, []).append(
                            (order, letter_id, SECTION_SEP.join(path[:depth]))
                        )
                    order += 1
            self._headings = (_Substrings((core, core) for core in places), places)
        return self._headings

    def _outline(self, letter_id: str, section: str) -> list[Chunk]:
        """The first chunk of each direct subsection of `section`, in letter order."""
        depth = len(section.split(SECTION_SEP))
        firsts: dict[str, Chunk] = {}
        for chunk in self._letter_chunks(letter_id):
            path = chunk.section.split(SECTION_SEP) if chunk.section else []
            if len(path) > depth and _under(chunk.section, section):
                child = path[depth]
                if child not in firsts or chunk.ordinal < firsts[child].ordinal:
                    firsts[child] = chunk
        chunks = sorted(firsts.values(), key=lambda c: c.ordinal)
        return chunks if len(chunks) >= 2 else []

    def _term_weights(
        self, terms: list[str], quoted: frozenset[str] = frozenset()
    ) -> dict[str, float]:
        """IDF of each question term over the index: a term no letter has weighs most, so
        a question about something the letters never mention cannot reach high coverage.
        A term the user put in quotes (“双倍增”) is a name they expect to find: ×3."""
        if not terms:
            return {}
        n = len(self._sections())
        return {
            t: max(math.log((n + 1) / (self._df(t) + 0.5)), 0.1) * (3.0 if t in quoted else 1.0)
            for t in terms
        }

    # -- follow-ups -----------------------------------------------------------------------

    def _resolve(
        self, question: str, history: list[tuple[str, str]], implicit: bool = False
    ) -> Resolved:
        """Carry the previous turn's letter (and section) into a follow-up; `implicit`
        carries it into a question without follow-up words, as a second guess."""
        explicit = _lang.looks_like_follow_up(question)
        if not history or not (explicit or implicit) or _lang.find_numbers(question):
            return Resolved(question)
        previous = self._previous(history)
        if previous is None or not previous.passages or previous.unmatched:
            return Resolved(question)
        lead = previous.passages[0]
        ordinal = _lang.find_ordinal(question)
        section: str | None = None
        strength = 0.0
        if ordinal:
            section = self._nth_subsection(lead.letter_id, previous.passages, ordinal)
            strength = 2.0
        if section is None and lead.section:
            # "其中…" stays within the part of the letter the last answer came from.
            section = lead.section.split(SECTION_SEP)[0]
            strength = 0.2
        intent = _lang.detect_intent(_lang.strip_deictic(question)) or previous.intent
        english = _lang.is_english(question)
        rest = _lang.strip_deictic(_ORDINAL_PHRASE.sub("", question)) or question
        label = _letter_label(lead, english)
        if ordinal and section:
            heading = section.replace(SECTION_SEP, " ")
            text, evidence = f"{label} {heading} {rest}", f"{heading} {rest}"
        elif _lang.is_elliptical(question):
            # "技术经纪人呢？": the previous question, about the new topic.
            text = evidence = f"{previous.standalone} {rest}"
        elif english:
            text, evidence = f"{label}: {rest}", rest
        else:
            text, evidence = f"{label}{_INTENT_HINT.get(intent or '', '')}{rest}", rest
        return Resolved(
            text=text.strip(),
            letter_ids=(lead.letter_id,),
            section=section,
            section_strength=strength,
            intent=intent,
            evidence=evidence,
            named=explicit,
        )

    def _previous(self, history: list[tuple[str, str]]) -> RetrievalResult | None:
        """What the previous turn retrieved (memoised: each turn is resolved once)."""
        question = history[-1][0]
        key = (question, tuple(history[:-1]))
        if key not in self._memo:
            if len(self._memo) > 64:
                self._memo.clear()
            resolved = self._resolve(question, list(history[:-1]))
            self._memo[key] = self._search(question, resolved, self.settings.top_k, None)
        return self._memo[key]

    def _letter_chunks(self, letter_id: str) -> list[Chunk]:
        if letter_id not in self._chunks_by_letter:
            self._chunks_by_letter[letter_id] = list(self.store.get_chunks(letter_id))
        return self._chunks_by_letter[letter_id]

    def _nth_subsection(self, letter_id: str, passages: list[Passage], n: int) -> str | None:
        """The n-th subsection of what the previous answer was about.

        The anchor is the heading path the previous top passages share ("二、下一步工作重点"
        when they were its subsections); when it has fewer than n children we climb a
        level, so "第二点" after an answer from "(四)…" still means "(二)…" of its parent.
        """
        top = passages[0].section.split(SECTION_SEP) if passages[0].section else []
        same = [
            p.section.split(SECTION_SEP)
            for p in passages[:3]
            if p.letter_id == letter_id
            and p.section
            and p.section.split(SECTION_SEP)[:1] == top[:1]
        ]
        anchor = _common_prefix(same) if same else []
        if len(same) == 1:
            anchor = anchor[:-1]  # one passage: it is a child, not the parent of the list
        paths = [c.section.split(SECTION_SEP) for c in self._letter_chunks(letter_id) if c.section]
        while True:
            children: list[str] = []
            for path in paths:
                if len(path) > len(anchor) and path[: len(anchor)] == anchor:
                    if path[len(anchor)] not in children:
                        children.append(path[len(anchor)])
            if len(children) >= n:
                return SECTION_SEP.join([*anchor, children[n - 1]])
            if not anchor:
                return None
            anchor = anchor[:-1]


class _Substrings:
    """Which of many short strings occur in a text, found through the text's character
    pairs rather than by trying every string (one per letter, or per heading)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._by_start: dict[str, list[tuple[str, str]]] = {}  # first two chars → (string, id)
        for string, key in pairs:
            if len(string) >= 2:
                self._by_start.setdefault(string[:2], []).append((string, key))

    def found_in(self, text: str) -> set[str]:
        return {
            key
            for i in range(len(text) - 1)
            for string, key in self._by_start.get(text[i : i + 2], ())
            if text.startswith(string, i)
        }


class _Catalog:
    """The letter records, and the lookups a question's filters need, built once: without
    them every question scanned every record several times (20 ms at 12,500 letters)."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records
        self.by_id = {r["letter_id"]: r for r in records}
        self.by_number: dict[str, list[dict[str, Any]]] = {}
        self.by_issuer: dict[str, set[str]] = {}
        self.by_session: dict[str, set[str]] = {}
        self.by_year: dict[Any, set[str]] = {}
        for r in records:
            lid = r["letter_id"]
            self.by_number.setdefault(_lang.norm_number(r.get("proposal_no")), []).append(r)
            if r.get("issuer"):
                self.by_issuer.setdefault(r["issuer"], set()).add(lid)
            if r.get("session"):
                self.by_session.setdefault(r["session"], set()).add(lid)
            self.by_year.setdefault(r.get("year"), set()).add(lid)
        self.sessions = [(s, _session_core(s)) for s in sorted(self.by_session)]
        self.doc_numbers = _Substrings(
            (_plain(r["doc_number"]), r["letter_id"]) for r in records if r.get("doc_number")
        )
        self.proposers = _Substrings(
            (name, r["letter_id"]) for r in records for name in r.get("proposers") or ()
        )


# -- helpers ------------------------------------------------------------------------------

_ORDINAL_PHRASE = re.compile(
    r"第\s*(?:[一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:点|条|项|个|部分|方面)"
    r"|\bthe\s+(?:first|second|third|fourth|fifth|\d(?:st|nd|rd|th))(?:\s+one)?\b",
    re.I,
)
_INTENT_HINT = {_lang.PLAN: "下一步", _lang.RESULT: "工作开展情况"}
_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年")
_LETTER_YEAR = re.compile(
    r"(20\d{2}|19\d{2})\s*年\s*(?:的)?\s*(?:答复|回复|提案|建议|函)|in\s+(20\d{2})\b.*\b(?:repl|letter|propos)",
    re.I,
)


_BRACKETS = str.maketrans("〔【[（(", "[[[[[", "") | str.maketrans("〕】]）)", "]]]]]")


def _plain(text: str) -> str:
    """Document numbers compare without spaces and with one kind of bracket."""
    return re.sub(r"\s+", "", _lang.halfwidth(text)).translate(_BRACKETS)


def _years(question: str) -> tuple[set[int], set[int]]:
    """(years written as the letter's year, other years): "2024年的答复函" vs "2023年，交易额…"."""
    hard = {int(a or b) for a, b in _LETTER_YEAR.findall(question)}
    soft = {int(y) for y in _YEAR.findall(question)} - hard
    return hard, soft


def _session_core(session: str) -> str:
    """ "市政协六届二次会议" → "六届二次会议", what people usually write."""
    match = re.search(r"[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次会议", session)
    return match.group(0) if match else session


def _matches(record: dict[str, Any], key: str, value: Any) -> bool:
    have = record.get(key)
    if have is None:
        return False
    if key == "proposal_no":
        return _lang.norm_number(have) == _lang.norm_number(str(value))
    if key == "issuer":
        return str(value) == have or str(value) in issuer_aliases(have)
    if key == "year":
        return str(have) == str(value)
    if key == "source":
        return have == value or have.rsplit("/", 1)[-1] == str(value).rsplit("/", 1)[-1]
    return have == value


def _record_dict(record: Any) -> dict[str, Any]:
    """A manifest record as a flat dict, whatever shape the store gives it."""
    data = dict(record.as_dict()) if hasattr(record, "as_dict") else dict(record)
    meta = data.pop("metadata", None)
    if isinstance(meta, dict):
        data = {**meta, **{k: v for k, v in data.items() if v is not None}}
    if data.get("year") is None:
        date = data.get("date_signed") or data.get("date_published")
        if date and str(date)[:4].isdigit():
            data["year"] = int(str(date)[:4])
    return data


def _kind(record: dict[str, Any]) -> str | None:
    return record.get("kind") or (letter_kind(record.get("title")) if record.get("title") else None)


def _number_label(number: str, kind: str | None, english: bool) -> str:
    if english:
        return f"{'suggestion' if kind == '建议' else 'proposal'} No. {number}"
    return f"第{number}号{kind or '提案'}"


def _letter_label(passage: Passage, english: bool) -> str:
    kind = letter_kind(passage.title)
    if passage.proposal_no:
        if english:
            return f"the reply to {'suggestion' if kind == '建议' else 'proposal'} No. {passage.proposal_no}"
        return f"第{passage.proposal_no}号{kind}答复函"
    return f"《{passage.title or passage.source}》"


def letter_kind(title: str | None) -> str:
    """提案 or 建议, read from the title ("…第182号建议的答复"); 提案 when unsaid."""
    match = re.search(r"号\s*(提案|建议)", title or "")
    return match.group(1) if match else "提案"


def _fits_intent(chunk: Chunk, intent: str | None) -> bool:
    if intent is None:
        return False
    if intent == _lang.META:
        return chunk.part in _lang.META_PARTS
    return chunk.part == "body" and bool(_lang.INTENT_SECTIONS[intent].search(chunk.section))


_NUMBERING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.．、]"
    r"|[一二三四五六七八九十]+是)\s*"
)


def _heading_core(component: str) -> str:
    """A heading without its numbering or closing stop: "二、下一步工作重点" → "下一步工作重点"."""
    return _lang.halfwidth(_NUMBERING.sub("", component)).strip().rstrip("。.")


def _under(section: str, prefix: str) -> bool:
    return section == prefix or section.startswith(prefix + SECTION_SEP)


def _coverage(weights: dict[str, float], chunk: Chunk) -> float:
    """IDF-weighted share of the question's terms the chunk (header included) contains.

    jieba's search mode yields a compound and its parts (人才评价, 人才, 评价); a compound
    counts as found when its parts are, so word order and wording don't cost evidence.
    """
    if not weights:
        return 0.0
    haystack = f"{chunk.header}\n{chunk.text}"
    terms = list(weights)
    found = {t for t in terms if any(form in haystack for form in _lang.variants(t))}
    found |= {t for t in terms if t not in found and _parts_found(t, found, terms)}
    return sum(weights[t] for t in found) / sum(weights.values())


def _parts_found(term: str, found: set[str], terms: list[str]) -> bool:
    parts = [t for t in terms if t != term and t in term]
    return bool(parts) and sum(len(p) for p in parts if p in found) >= len(term)


def _common_prefix(paths: list[list[str]]) -> list[str]:
    prefix = paths[0]
    for path in paths[1:]:
        i = 0
        while i < min(len(prefix), len(path)) and prefix[i] == path[i]:
            i += 1
        prefix = prefix[:i]
    return list(prefix)


def _distinct_titles(chunks: Any, limit: int = 3) -> list[str]:
    titles: list[str] = []
    for chunk in chunks:
        title = chunk.title or chunk.source
        if title not in titles:
            titles.append(title)
        if len(titles) == limit:
            break
    return titles


__all__ = ["Retriever", "RetrievalResult", "Resolved", "rrf", "confidence", "letter_kind"]
