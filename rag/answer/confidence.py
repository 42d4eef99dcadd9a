"""Confidence: how likely the retrieved letters answer the question, 0..1; below
`Settings.refusal_threshold` the answer is a refusal.

Two routes, the better wins: cosine band + keyword coverage, and (for paraphrases) the
dense margin — the question's best cosine to a body passage over its best cosine to the
letters' boilerplate, MARGIN_BAND (0.01, 0.04) → 0..1 — averaged with coverage (alone
when the question has no checkable terms).  A metadata question about a field its
letter's record states gets ≥ META_STATED.  The answerer's figure/date support check
still refuses what a letter lacks — on the real dev letters it makes nearly all the
refusals of unanswerable questions; this score refuses the off-topic ones.

The constants shape the score; the threshold makes the decision.  COS_BAND and
MARGIN_BAND map e5's narrow cosine range (per language) and the margin onto 0..1,
COVERAGE_WEIGHT mixes the two; they were set on corpus/qa/qa.jsonl
(`scripts/calibrate_retrieval.py --features` prints every question's inputs: off-topic
questions have margins ≤ 0.02, answerable paraphrases 0.025–0.045).  With them fixed,
`rag calibrate` reads the threshold off the development sets and cross-validates it by
letter (rag/eval/calibrate.py); change one and run it again.  A logistic model over the
same inputs, fitted on half of the real dev letters (with the bundled sets) and measured
on the other half, did no better there than this score and its threshold, so the
hand-set shape stays.  META_STATED only has to clear the
threshold and `Settings.implicit_follow_up_below` (0.6), so a stated field neither
refuses nor sends the question into the previous turn's letter.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from rag.answer.issuers import common_word, place_core
from rag.answer.pinyin_names import places_spelled
from rag.answer.spelling import spelled_in
from rag.answer.terms import place_names
from rag.answer.words import spans
from rag.index.protocol import StoreReader
from rag.models import Chunk

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
    and on naming a letter the index has; one about a place no letter mentions scores 0,
    however well the rest of it matches (unless it names its letter by number: "连云港市
    政协8206号提案" of a letter that writes only "市政协" is the user's choice).

    Coverage alone refuses paraphrases ("出台的政策怎么检验…有没有效果" shares few words
    with "加强政策落实和跟踪问效"), so `dense_margin` (see `dense_margin`) is a second
    route: mapped through MARGIN_BAND onto 0..1 and averaged with coverage, it can carry a
    question whose wording differs from the letter's; with no checkable terms at all (an
    English question no term of which is known) it is the only evidence.  The final
    score is the better of the two routes.
    """
    low, high = COS_BAND["en" if english else "zh"]
    cos = min(1.0, max(0.0, (best_cosine - low) / (high - low)))
    if coverage is None and english and not named_letter:
        coverage = 0.0  # no known term matched: nothing in the question is checkable
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
    # A question about a place no letter mentions ("上海市…") is about somewhere else:
    # letters from here do not answer it, however close the rest of its wording is.
    return 0.0 if foreign_place else score


def dense_margin(
    store: StoreReader, text: str, near: Sequence[tuple[Chunk, float]] | None, candidates: int
) -> float:
    """How much closer the question is to the letters' substance than to their
    boilerplate: its best cosine to a body passage minus its best cosine to an opening,
    closing, signature or meta card, over the whole index.

    e5 scores any question ~0.83–0.89 against these letters, so the raw cosine says
    little; but every letter has the same boilerplate, which is as close to an off-topic
    question ("明天重庆的天气怎么样？", a hukou question) as any body passage is, while a
    paraphrase of something a letter says stands 0.02–0.04 above it.

    `near` is the unfiltered dense search already run for this question, if any: the first body passage in it is the best body passage of the index
    (boilerplate is about one chunk in five, so there nearly always is one)."""
    if near is None:
        near = store.dense(text, candidates, None)
    body = next((cos for chunk, cos in near if chunk.part == "body"), None)
    if body is None and near:
        best = store.dense(text, 1, {"part": "body"})
        body = best[0][1] if best else None
    other = store.boilerplate_cosine(text) if body is not None else None
    return float(body - other) if body is not None and other is not None else 0.0


def from_features(features: Mapping[str, float], english: bool) -> float:
    """`confidence` from the inputs a search records in `RetrievalResult.features`."""
    return confidence(
        features["cosine"],
        None if features["coverage"] < 0 else features["coverage"],
        named_letter=bool(features["named"]),
        english=english,
        foreign_place=bool(features["foreign"]),
        dense_margin=features["dense_margin"],
    )


def names_elsewhere(
    question: str,
    known: Callable[[str], bool],
    found: Sequence[tuple[Chunk, float]],
    places: Sequence[str] = (),
) -> bool:
    """Whether the question asks about a province or city no letter mentions, and about
    no place the letters do know ("上海市…", "the weather in Kunming", but not "the
    Chengdu–Chongqing centre"); a place an English question spells is any name CC-CEDICT
    reads so (`places_spelled`), and it asks about one only when no word the letters found
    write is spelled so either ("Jinfeng": 金凤, where the dictionary has 金峰).  A
    place jieba cut out of a longer name ("水塘" + "铺村" of 水塘铺村委会) is no keyword of
    the index, but the passages found for the question (`found`) hold it.  A place named
    inside one the letters know, and unknown to them, is asked about all the same."""
    held = "\n".join(c.text for c, _ in found)
    spelled = places_spelled(question)
    if spelled and spelled_in(question, held):
        spelled = []  # it names, in pinyin, something the letters hold ("Anju", 安居区)
    mentioned = [(p,) for p in place_names(question)] + spelled
    # (a letter may write the place without its unit: 西昌 of 西昌市)
    elsewhere = [
        names
        for names in mentioned
        if not any(known(n) or n in held for p in names for n in (p, place_core(p)))
    ]
    if elsewhere and len(elsewhere) == len(mentioned):
        # (unless it also names, by name and unit, a place the passages found write —
        # "醒民镇有多少艘渔船？官渡镇有多少艘？" of 醒民镇's letter, 醒民 no word jieba tags —
        # or, inside the one unknown, a place letters are from (`places`: 昌吉木垒 of 木垒's))
        last = max(question.find(names[0]) for names in elsewhere)
        inner = any(question.find(place_core(p)) > last for p in places)
        return not inner and not any(place in held for place in _unit_places(question))
    # …or names one inside a place they know ("凉山州西昌市" of letters on 凉山州's other
    # counties): the inner place is what it asks about
    outer = [names[0] for names in mentioned if names not in elsewhere]
    return any(o + names[0] in question for names in elsewhere for o in outer)


_UNIT_AT = re.compile(r"街道|镇|乡|县|区|村")


def _unit_places(question: str) -> list[str]:
    """The names of two to four characters and a place's unit the question may give a town
    jieba does not tag as a place ("醒民镇"): each starting where a word of it starts, with
    no 的 (not "县的乡" of 克东县的乡镇), not a common word (贫困县), and no 区 or 村 that ends
    a common word (老旧小区, 农村)."""
    starts = {at for *_, at in spans(question)}
    found = []
    for unit in _UNIT_AT.finditer(question):
        at = unit.start()
        if unit.group() in "区村" and any(
            common_word(question[at - k : unit.end()]) for k in (1, 2)
        ):
            continue
        runs = (question[at - k : at] for k in (2, 3, 4) if at - k in starts)
        found += [r + unit.group() for r in runs if r.isalpha() and not _no_name(r)]
    return found


def _no_name(run: str) -> bool:
    """Whether a run before a unit is no town's name: it holds 的, or is a common word."""
    return "的" in run or common_word(run)
