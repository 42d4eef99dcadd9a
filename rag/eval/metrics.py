"""Metrics for a Q&A set: pure functions over questions, retrieved passages and answers.

    items = load_qa(Path("corpus/qa/qa.jsonl"))          # rag.eval.qaset
    s = score_question(item, passages, answer, retrieve_ms=12.0, answer_ms=40.0)
    aggregate([s, ...])   # {"letter_hit@5": 0.9, "mrr@10": 0.8, ...}

Definitions (the contract is /work/shared/DESIGN.md, "Q&A set format"):

- Matching ignores full-width/half-width differences, whitespace and case (NFKC), and
  leading zeros of proposal numbers: "0798" == "798" == "第0798号".
- A passage (or citation) *matches the gold letter* when its `proposal_no` equals
  `gold_proposal`, or its file name equals `gold_file` or any of `gold_files_any`.
- It *matches the gold section* when it matches the gold letter and every string of
  `gold_section_keywords` occurs in its `section`.
- Retrieval metrics (letter hit@k, MRR@10, section hit@k) are means over answerable
  questions of the ranked list returned by `retrieve`.
- Citation accuracy, over answerable questions (a refusal or an answer without
  citations scores 0):
    `citation_accuracy`      at least one citation matches the gold section;
    `citation_accuracy_all`  there is a citation and every citation matches it.
  For multi-letter questions (`min_distinct_letters` > 1) both also need citations of
  at least `min_distinct_letters` distinct files of `gold_files_any`.
- Keyword coverage, over questions with `must_include_any`: `keyword_full` is the
  fraction whose answer text has an alternative of every group, `keyword_mean` the mean
  fraction of groups covered.
- `refusal_accuracy`: fraction of unanswerable questions answered with refused=True;
  `false_refusal_rate`: fraction of answerable questions refused.
- Latency: p50/p95 (linear interpolation) of `retrieve` and of `ask`, in milliseconds.

A metric with no question it applies to is None, never a made-up 0 or 1.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Protocol

from rag.eval.qaset import QAItem, question_type

__all__ = [
    "FAIL_K",
    "HIT_KS",
    "MRR_K",
    "RATE_METRICS",
    "Answered",
    "Located",
    "QuestionScore",
    "aggregate",
    "aggregate_by_type",
    "citation_correct",
    "keyword_coverage",
    "letter_matches",
    "normalize",
    "normalize_file",
    "normalize_proposal",
    "percentile",
    "rank_of_first",
    "score_question",
    "section_matches",
]

HIT_KS = (1, 3, 5, 10)
MRR_K = 10
FAIL_K = 5  # a question fails when its gold letter or section is not in the top FAIL_K

# Every metric whose value is a fraction in [0, 1]; latencies and counts are not.
RATE_METRICS = (
    *(f"letter_hit@{k}" for k in HIT_KS),
    f"mrr@{MRR_K}",
    *(f"section_hit@{k}" for k in HIT_KS),
    "citation_accuracy",
    "citation_accuracy_all",
    "keyword_full",
    "keyword_mean",
    "refusal_accuracy",
    "false_refusal_rate",
)


# -- normalisation --------------------------------------------------------------------------

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def normalize(text: str | None) -> str:
    """NFKC (full-width → half-width), no whitespace, case-folded: the form all matching uses."""
    if not text:
        return ""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def normalize_proposal(number: str | None) -> str:
    """ "第0798号", "0798" and "798" all become "798"; text without digits is only normalised."""
    text = normalize(number)
    match = _DIGITS.search(text)
    if match is None:
        return text
    return match.group().lstrip("0") or "0"


def normalize_file(name: str | None) -> str:
    """The bare file name, normalised: gold files are named without their folder."""
    text = unicodedata.normalize("NFKC", name or "").strip()
    # Either separator: a source recorded on Windows must still match.
    text = PureWindowsPath(PurePosixPath(text).name).name
    return normalize(text)


def _file_matches(gold: str, source: str | None) -> bool:
    gold_name, source_name = normalize_file(gold), normalize_file(source)
    if not gold_name or not source_name:
        return False
    if gold_name == source_name:
        return True
    # A gold file written without its extension matches any extension of that stem.
    return "." not in gold_name and source_name.rsplit(".", 1)[0] == gold_name


# -- matching -------------------------------------------------------------------------------


class Located(Protocol):
    """What matching needs of a `Passage` or a `Citation`."""

    @property
    def source(self) -> str: ...

    @property
    def proposal_no(self) -> str | None: ...

    @property
    def section(self) -> str: ...


def _gold_files(item: QAItem) -> tuple[str, ...]:
    return ((item.gold_file,) if item.gold_file else ()) + item.gold_files_any


def letter_matches(item: QAItem, hit: Located) -> bool:
    """True when the passage or citation comes from (one of) the question's gold letters."""
    if item.gold_proposal and hit.proposal_no:
        if normalize_proposal(item.gold_proposal) == normalize_proposal(hit.proposal_no):
            return True
    return any(_file_matches(gold, hit.source) for gold in _gold_files(item))


def section_matches(item: QAItem, hit: Located) -> bool:
    """Gold letter, and every gold section keyword occurs in the passage's section path."""
    if not letter_matches(item, hit):
        return False
    section = normalize(hit.section)
    return all(normalize(keyword) in section for keyword in item.gold_section_keywords)


def rank_of_first(item: QAItem, ranked: Sequence[Located], *, section: bool = False) -> int | None:
    """1-based rank of the first passage matching the gold letter (or section); None if none."""
    matches = section_matches if section else letter_matches
    for rank, passage in enumerate(ranked, 1):
        if matches(item, passage):
            return rank
    return None


def _distinct_gold_files_cited(item: QAItem, citations: Sequence[Located]) -> int:
    good = [c for c in citations if section_matches(item, c)]
    return sum(any(_file_matches(gold, c.source) for c in good) for gold in item.gold_files_any)


def citation_correct(item: QAItem, citations: Sequence[Located], *, strict: bool = False) -> bool:
    """Whether an answer's citations back it; see the module docstring for both definitions.

    Lenient: some citation matches the gold letter and section. Strict (`strict=True`):
    there is a citation and all of them do. Multi-letter questions also need
    `min_distinct_letters` distinct files of `gold_files_any` among the matching citations.
    """
    if not citations:
        return False
    good = [section_matches(item, c) for c in citations]
    if not (all(good) if strict else any(good)):
        return False
    if item.multi_letter:
        return _distinct_gold_files_cited(item, citations) >= item.min_distinct_letters
    return True


def keyword_coverage(groups: Iterable[Sequence[str]], text: str) -> tuple[int, int]:
    """(groups with an alternative in the text, groups), both after normalisation."""
    answer = normalize(text)
    groups = list(groups)
    covered = sum(any(normalize(alt) in answer for alt in group) for group in groups)
    return covered, len(groups)


def percentile(values: Iterable[float], q: float) -> float | None:
    """The q-th percentile by linear interpolation between closest ranks (numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return None
    position = (len(ordered) - 1) * q / 100
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# -- per question and overall ---------------------------------------------------------------


class Answered(Protocol):
    """What scoring needs of an `Answer`."""

    @property
    def text(self) -> str: ...

    @property
    def refused(self) -> bool: ...

    @property
    def citations(self) -> Sequence[Located]: ...


@dataclass(frozen=True)
class QuestionScore:
    """How one question fared. Fields that do not apply to the question are None."""

    id: str
    type: str
    answerable: bool
    refused: bool
    letter_rank: int | None = None  # rank of the first gold-letter passage (answerable only)
    section_rank: int | None = None
    citation_any: bool | None = None
    citation_all: bool | None = None
    keywords: tuple[int, int] | None = None  # (groups covered, groups)
    retrieve_ms: float = 0.0
    answer_ms: float = 0.0
    failed: tuple[str, ...] = field(default=())

    def hit(self, k: int, *, section: bool = False) -> bool:
        rank = self.section_rank if section else self.letter_rank
        return rank is not None and rank <= k


def _failed_checks(score: QuestionScore, k: int) -> tuple[str, ...]:
    if not score.answerable:
        return () if score.refused else ("not refused",)
    checks = [
        (score.refused, "refused"),
        (not score.hit(k), f"letter not in top {k}"),
        (not score.hit(k, section=True), f"section not in top {k}"),
        (not score.citation_any, "no correct citation"),
        (score.keywords is not None and score.keywords[0] < score.keywords[1], "keywords missing"),
    ]
    return tuple(reason for failed, reason in checks if failed)


def score_question(
    item: QAItem,
    passages: Sequence[Located],
    answer: Answered,
    *,
    retrieve_ms: float = 0.0,
    answer_ms: float = 0.0,
    fail_k: int = FAIL_K,
) -> QuestionScore:
    """Score one question from its ranked passages (best first) and its answer.

    `failed` lists the checks the question fails, judged at hit@`fail_k`; empty means it passed.
    """
    ranked = list(passages)[:MRR_K]
    answerable = item.answerable
    score = QuestionScore(
        id=item.id,
        type=question_type(item),
        answerable=answerable,
        refused=bool(answer.refused),
        letter_rank=rank_of_first(item, ranked) if answerable else None,
        section_rank=rank_of_first(item, ranked, section=True) if answerable else None,
        citation_any=citation_correct(item, answer.citations) if answerable else None,
        citation_all=citation_correct(item, answer.citations, strict=True) if answerable else None,
        keywords=keyword_coverage(item.must_include_any, answer.text)
        if item.must_include_any
        else None,
        retrieve_ms=retrieve_ms,
        answer_ms=answer_ms,
    )
    return replace(score, failed=_failed_checks(score, fail_k))


def _mean(values: Iterable[float | bool]) -> float | None:
    values = [float(v) for v in values]
    return sum(values) / len(values) if values else None


def aggregate(scores: Sequence[QuestionScore]) -> dict[str, Any]:
    """Every metric over the given questions (the module docstring defines each one)."""
    answerable = [s for s in scores if s.answerable]
    unanswerable = [s for s in scores if not s.answerable]
    with_keywords = [s for s in scores if s.keywords is not None]
    metrics: dict[str, Any] = {
        "n": len(scores),
        "n_answerable": len(answerable),
        "n_unanswerable": len(unanswerable),
        "n_failed": sum(bool(s.failed) for s in scores),
    }
    for k in HIT_KS:
        metrics[f"letter_hit@{k}"] = _mean(s.hit(k) for s in answerable)
    metrics[f"mrr@{MRR_K}"] = _mean(
        1 / s.letter_rank if s.letter_rank and s.letter_rank <= MRR_K else 0.0 for s in answerable
    )
    for k in HIT_KS:
        metrics[f"section_hit@{k}"] = _mean(s.hit(k, section=True) for s in answerable)
    metrics["citation_accuracy"] = _mean(bool(s.citation_any) for s in answerable)
    metrics["citation_accuracy_all"] = _mean(bool(s.citation_all) for s in answerable)
    metrics["keyword_full"] = _mean(
        s.keywords[0] == s.keywords[1] for s in with_keywords if s.keywords
    )
    metrics["keyword_mean"] = _mean(
        s.keywords[0] / s.keywords[1] for s in with_keywords if s.keywords
    )
    metrics["refusal_accuracy"] = _mean(s.refused for s in unanswerable)
    metrics["false_refusal_rate"] = _mean(s.refused for s in answerable)
    for name, values in (
        ("retrieve", [s.retrieve_ms for s in scores]),
        ("answer", [s.answer_ms for s in scores]),
    ):
        metrics[f"{name}_p50_ms"] = percentile(values, 50)
        metrics[f"{name}_p95_ms"] = percentile(values, 95)
    return metrics


def aggregate_by_type(scores: Sequence[QuestionScore]) -> dict[str, dict[str, Any]]:
    """`aggregate` per question type, in first-seen order (the Q&A file's order)."""
    types = list(dict.fromkeys(s.type for s in scores))
    return {kind: aggregate([s for s in scores if s.type == kind]) for kind in types}
