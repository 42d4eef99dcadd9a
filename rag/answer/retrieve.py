"""Retrieve: hybrid dense + BM25 search over a store, fused, reranked and scored.

    retriever = Retriever(store, settings)
    result = retriever.search("市科技局下一步在人才评价方面会做什么？", k=5, history=[...])
    result.passages       # best first; Passage.score = confidence × fused score / best
    result.unmatched      # ["第9999号提案"] when the question names a letter we don't have
    result.standalone     # the question as searched (a follow-up made standalone)

What happens to a question, in order:

1. **Follow-ups** are made standalone (`rag.answer.conversation`), or by the `rewrite`
   the caller passes (the facade passes the chat model's, in LLM mode).
2. **Letters named** (`rag.answer.catalog`): a number, document number, proposer, issuer
   (or kind of office: "教育部门出具的"), session or year, and `filters=`, become a
   `letter_id` filter; a number no letter has is reported in `unmatched` (a refusal).
3. **Candidates**: `store.dense` (e5 query role) and `store.keyword` (BM25, with an English
   question's Chinese words and pinyin names the letters hold), `Settings.candidates` each.
4. **Rank**: weighted reciprocal rank fusion, then the boosts (`rag.answer.rank`).
5. **Confidence** (`rag.answer.confidence`), used by the facade to refuse.

Everything derived from the index (catalog, headings, term statistics, a letter's chunks,
earlier turns' results) is cached per index version (`store.version`; a write changes it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from rag.answer import query
from rag.answer.catalog import Named
from rag.answer.confidence import META_STATED, dense_margin, from_features, names_elsewhere
from rag.answer.conversation import History, Previous, Resolved, carry, leans_on, resolve
from rag.answer.index_view import IndexView
from rag.answer.issuers import unplaced_terms
from rag.answer.lead_ins import add_items, add_more
from rag.answer.letters_search import choose_letters, names_hold_evidence, on_theme, which_named
from rag.answer.parts import more_to_read
from rag.answer.prompts import closest_names
from rag.answer.rank import (
    Ask,
    Boost,
    Ranked,
    completed,
    coverage,
    default_boosts,
    idf_weights,
    placed_first,
    rank,
    rrf,
)
from rag.answer.result import RetrievalResult
from rag.answer.sections import outline, points
from rag.answer.spelling import spelled_in
from rag.answer.stated import letter_held, proposals, with_stated_fields, with_subjects
from rag.answer.terms import alike_terms, content_terms, is_english, keyword_query, quoted_terms
from rag.index.protocol import StoreReader
from rag.models import Chunk, Passage
from rag.settings import Settings

_LETTER_CHUNKS = 400  # more chunks than any letter is cut into
Rewrite = Callable[[str, list[tuple[str, str]]], str]


class Retriever:
    """Hybrid retrieval over a store; safe to share between threads."""

    def __init__(
        self,
        store: StoreReader,
        settings: Settings | None = None,
        *,
        boosts: Sequence[Boost] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        self.boosts = list(boosts) if boosts is not None else default_boosts(self.settings)
        self._lock = threading.Lock()
        self._index: IndexView | None = None

    def retrieve(
        self,
        question: str,
        k: int | None = None,
        filters: Mapping[str, Any] | None = None,
        history: History | None = None,
    ) -> list[Passage]:
        """The k passages that best answer the question, best first; see `search`."""
        return self.search(question, k=k, filters=filters, history=history).passages

    def standalone_question(self, question: str, history: History | None = None) -> str:
        """The question rewritten to stand alone by the offline follow-up rules."""
        return self._resolve(self._view(), question, list(history or [])).text

    def catalog(self) -> list[dict[str, Any]]:
        """One dict per indexed letter: letter_id, source, title, issuer, proposal_no, …"""
        return self._view().catalog().records

    def search(
        self,
        question: str,
        k: int | None = None,
        filters: Mapping[str, Any] | None = None,
        history: History | None = None,
        *,
        rewrite: Rewrite | None = None,
    ) -> RetrievalResult:
        """Retrieve and explain: passages, the standalone question, filters, unmatched numbers."""
        turns = list(history or [])[-self.settings.history_turns :]
        k = k or self.settings.top_k
        view = self._view()
        if rewrite is not None and turns:
            return self._search(view, question, Resolved(rewrite(question, turns)), k, filters)
        resolved = self._resolve(view, question, turns)
        result = self._search(view, question, resolved, k, filters)
        weak = result.confidence < self.settings.implicit_follow_up_below
        if turns and not resolved.letter_ids:
            # "第一次评审通过了多少人？" leans on the previous turn unsaid: when weak alone, or
            # asking only of what the last answer quoted, try it within the previous letter.
            carried = self._resolve(view, question, turns, implicit=True)
            leans = leans_on(question, turns, carried, view.letter_chunks)
            if carried.letter_ids and (weak or leans):
                alternative = self._search(view, question, carried, k, filters)
                # only a reading that answers, not a new topic ("明年的GDP目标…") scoring higher
                bar = max(0.0 if leans else result.confidence, self.settings.refusal_threshold)
                if alternative.confidence > bar:
                    return alternative
        return result

    def _resolve(
        self,
        view: IndexView,
        question: str,
        history: list[tuple[str, str]],
        implicit: bool = False,
    ) -> Resolved:
        return resolve(
            question,
            lambda: self._previous(view, history),
            view.letter_chunks,
            has_history=bool(history),
            implicit=implicit,
            answered=history[-1][1] if history else "",
        )

    def _previous(self, view: IndexView, history: list[tuple[str, str]]) -> Previous:
        """What the previous turn retrieved (each turn is resolved once per index version)."""
        question = history[-1][0]

        def search() -> Previous:
            resolved = self._resolve(view, question, list(history[:-1]))
            result = self._search(view, question, resolved, self.settings.top_k, None)
            return Previous(
                result.standalone, result.passages, result.intent, bool(result.unmatched)
            )

        return view.memo(view.previous, (question, tuple(history[:-1])), search)

    # -- search ---------------------------------------------------------------------------

    def _search(
        self,
        view: IndexView,
        asked: str,
        resolved: Resolved,
        k: int,
        filters: Mapping[str, Any] | None,
    ) -> RetrievalResult:
        text = resolved.text
        english = is_english(asked)
        intent = query.own_intent(asked) or resolved.intent
        letters = query.asks_letters(asked)
        beyond = letters and not query.points_back(asked)  # "那各地…": past the last letter
        catalog = view.catalog()
        named = catalog.letters_named(asked if beyond else text, filters, english)
        if not beyond:
            # the rewrite's label may name letters the user did not ("No. 56" of two counties)
            own = named.named and bool(resolved.letter_ids)
            own = own and catalog.letters_named(asked, None, english).named
            named = carry(named, resolved, asked_names=own)
        named, every = which_named(catalog, named, text, self._known(view), letters)
        if english and named.ids is None and (held := view.holding(text)):  # "Yujia village"
            named = Named(held, named.unmatched, False, named.soft_years, by_place=True)
        if letters and named.ids and not (filters or resolved.letter_ids):
            named = named if every else self._names_or_none(view, text, resolved, named, intent)
        where = {"letter_id": sorted(named.ids)} if named.ids is not None else None
        by_letter = letters and (named.ids is None or len(named.ids) > 1)
        result = RetrievalResult(
            question=asked,
            standalone=text,
            passages=[],
            confidence=0.0,
            intent=intent,
            where=where,
            unmatched=named.unmatched,
            section_hint=resolved.section,
            evidence=resolved.evidence or text,
            per_letter=by_letter,
        )
        if named.ids is not None and not named.ids:
            result.closest = self._closest(text)
            return result
        n = max(self.settings.letters_candidates if by_letter else self.settings.candidates, k)
        if by_letter:  # letters are found by what they must speak of, not all that is asked
            text, resolved = on_theme(text, resolved)
        found = self._candidates(view, text, resolved, named, intent, where, n)
        if not found.ranked:
            result.closest = self._closest(text)
            return result
        self._score(view, result, found, english)
        if by_letter:
            letters_chosen = choose_letters(found, self.settings, every)
            chosen, result.subjects = with_subjects(view, found, letters_chosen, every)
        else:  # a metadata question also reads the frame that states what it asks
            shown = found.varied(self.settings.top_k)[:k]
            chosen = with_stated_fields(view, asked, intent, found, shown)
            result.subjects = proposals(view, {found.chunks[c].letter_id for c in chosen})
            result.held = letter_held(view, found.chunks[chosen[0]].letter_id, text)
        top = found.scores[found.ranked[0]]
        result.passages = [
            Passage.from_chunk(
                found.chunks[cid], round(result.confidence * found.scores[cid] / top, 4)
            )
            for cid in chosen
        ]
        result.confidence = round(result.confidence, 4)  # = the top passage's score
        result.positions = {cid: found.chunks[cid].ordinal for cid in chosen}
        if not by_letter:
            add_items(view, found, chosen, result)
            add_more(found, chosen, result, more_to_read(asked))
        result.closest = closest_names(found.chunks[cid] for cid in found.ranked)
        self._outline(view, result, found, resolved)
        return result

    def _names_or_none(
        self, view: IndexView, text: str, resolved: Resolved, named: Named, intent: str | None
    ) -> Named:
        """The issuer or place a which-letters question names, unless its letters hold the
        question's words far worse than other letters do (a number always narrows)."""
        if query.find_numbers(text):
            return named
        anywhere = Named(None, named.unmatched, False, named.soft_years)
        n = self.settings.letters_candidates
        found = self._candidates(view, text, resolved, anywhere, intent, None, n)
        return named if names_hold_evidence(found, named.ids or (), self.settings) else anywhere

    def _candidates(
        self,
        view: IndexView,
        text: str,
        resolved: Resolved,
        named: Named,
        intent: str | None,
        where: dict[str, Any] | None,
        n: int,
    ) -> Ranked:
        """Dense and keyword candidates, fused and ranked."""
        known, top = self._known(view), self.settings.top_k
        words = keyword_query(text, known, view.spelled(text))
        dense, keyword = self.store.dense(text, n, where), self._keyword(words, n, where)
        if only := view.body_only(text):  # a place only a body names: its passages first
            keyword = placed_first(self._keyword(" ".join(only), top, where), keyword)
        chunks = {chunk.chunk_id: chunk for chunk, _ in [*keyword, *dense]}
        every = _LETTER_CHUNKS * top  # (the chunks of the letters of the other's best)
        both = (  # each list ranks the other's best candidates too
            completed(dense, keyword, lambda w: self.store.dense(text, every, w), where, top),
            completed(keyword, dense, lambda w: self._keyword(words, every, w), where, top),
        )
        fusion = [self.settings.dense_weight, self.settings.bm25_weight]
        fused = rrf([[c.chunk_id for c, _ in hits] for hits in both], fusion, self.settings.rrf_k)
        heading = view.headings().quoted(text, named.ids)
        if heading is not None and not named.named and not resolved.letter_ids:
            named = Named(named.ids, named.unmatched, True, named.soft_years)  # as good as a number
        evidence = resolved.evidence or text
        # names no dictionary lists, as the candidates write them ("Wenxian": 温县)
        held = "\n".join(c.text for c in chunks.values()) if is_english(evidence) else ""
        spelled = spelled_in(evidence, held) if held else []
        terms = list(dict.fromkeys([*content_terms(evidence, known), *spelled, *only]))
        df, n = partial(self._df, view), len(view.sections())
        weights = idf_weights(terms, df, n, quoted_terms(evidence))
        alike = alike_terms(evidence, known)  # "technology": 技术 or 科技, not both
        covered = {cid: coverage(weights, chunks[cid], alike) for cid in fused}
        ask = Ask(
            intent=intent,
            coverage=covered,
            section=resolved.section,
            section_strength=resolved.section_strength,
            years=frozenset(named.soft_years),
            heading=heading,
        )
        ranked, scores = rank(chunks, fused, self.boosts, ask)
        # A letter named by its place: coverage of what is asked of it (in Chinese: English
        # renderings are too noisy for it — dev: 12 answerable refused per 6 unanswerable).
        unplaced = None
        if (
            named.by_place
            and not is_english(evidence)
            and (rest := unplaced_terms(weights, text, view.catalog().known_places))
        ):
            unplaced = {cid: coverage(rest, chunks[cid]) for cid in fused}
        found = Ranked(chunks, ranked, scores, covered, bool(weights), dense, where, named, heading)
        return replace(found, unplaced=unplaced)

    def _score(
        self, view: IndexView, result: RetrievalResult, found: Ranked, english: bool
    ) -> None:
        """The confidence that the letters answer, and its inputs."""
        ranked, chunks, named = found.ranked, found.chunks, found.named
        best_coverage = max(found.covered[cid] for cid in ranked[:5]) if found.has_terms else None
        if found.unplaced:
            best_coverage = max(found.unplaced[cid] for cid in ranked[:5])
        features = self._features(
            view, result.question, result.standalone, found.dense, found.where, best_coverage, named
        )
        if found.unplaced:
            # Naming the place of one letter says where, not that the letter says what is
            # asked ("北海银滩有什么好玩的" of 北海's mangrove letter): the rest of the
            # question must be found in it, as when no letter is named.
            features["named"] = 0.0
        conf = from_features(features, english)
        stated = result.intent == query.META and self._states_asked_field(
            view,
            result.question,
            sorted(named.ids)
            if named.ids is not None and len(named.ids) == 1
            else [chunks[ranked[0]].letter_id],
        )
        if stated:
            conf = max(conf, META_STATED)
        result.features = {name: round(value, 4) for name, value in features.items()}
        result.features["stated_field"] = float(stated)
        result.confidence = conf

    def _outline(
        self, view: IndexView, result: RetrievalResult, found: Ranked, resolved: Resolved
    ) -> None:
        """The passages an outline answer quotes: the subsections of a section the question
        names and asks the parts of, or the points of the one letter it asks about."""
        conf = result.confidence
        if found.heading is not None and query.asks_list(result.question):
            parts = outline(view.letter_chunks(found.heading[0]), found.heading[1])
            result.outline = [Passage.from_chunk(c, conf) for c in parts]
            return
        ids = found.named.ids if found.named.ids is not None else set(resolved.letter_ids)
        if not result.per_letter and len(ids) == 1 and query.asks_points(result.question):
            (letter_id,) = ids
            within = query.INTENT_SECTIONS.get(result.intent or "")
            parts = points(view.letter_chunks(letter_id), within)
            result.outline = [Passage.from_chunk(c, conf) for c in parts]
            result.outline_kind = "points"

    def _features(
        self,
        view: IndexView,
        asked: str,
        text: str,
        dense: list[tuple[Chunk, float]],
        where: dict[str, Any] | None,
        best_coverage: float | None,
        named: Named,
    ) -> dict[str, float]:
        """The confidence's inputs, as `RetrievalResult.features` shows them."""
        best_cos = max((float(cos) for _, cos in dense), default=0.0)
        margin = view.memo(
            view.margins,
            text,
            lambda: dense_margin(
                self.store, text, dense if where is None else None, self.settings.candidates
            ),
        )
        places = view.catalog().places_named(asked)
        foreign = not named.named and names_elsewhere(asked, self._known(view), dense, places)
        return {
            "cosine": best_cos,
            "coverage": -1.0 if best_coverage is None else best_coverage,
            "dense_margin": margin,
            "named": float(named.named),
            "foreign": float(foreign),
        }

    def _keyword(
        self, text: str, n: int, where: dict[str, Any] | None
    ) -> list[tuple[Chunk, float]]:
        try:
            return self.store.keyword(text, n, where)
        except ValueError:  # Chroma rejects a get() with no ids (when BM25 found none)
            return []

    def _states_asked_field(self, view: IndexView, question: str, letter_ids: list[str]) -> bool:
        """Whether the letter's record states every field (signer, 文号, …) asked for."""
        asked = query.fields_named(question)
        if not asked or len(letter_ids) != 1:
            return False
        return view.catalog().states(letter_ids[0], asked)

    def _closest(self, text: str) -> list[str]:
        """Titles of the letters nearest to the question, ignoring every filter."""
        return closest_names(c for c, _ in self.store.dense(text, 10, None))

    def _df(self, view: IndexView, term: str) -> int:
        """In how many chunks the term occurs, by the keyword index's own postings."""
        return view.memo(view.df, term, lambda: self.store.document_frequency((term,)))

    def _known(self, view: IndexView) -> Callable[[str], bool]:
        """Whether a term occurs in the letters: the words an English question may use."""
        return lambda term: self._df(view, term) > 0

    def _view(self) -> IndexView:
        """The caches of the index as it is now: rebuilt after any write to the store."""
        version = self.store.version
        with self._lock:
            if self._index is None or self._index.version != version:
                self._index = IndexView(self.store, version)
            return self._index


__all__ = ["Retriever", "RetrievalResult", "Resolved"]
