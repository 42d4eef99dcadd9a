"""What report.json holds: every configuration's metrics, computed from its records.

    report = build_report(items, systems, runs, context)
    report["metrics"]                         # the full pipeline, overall
    report["configurations"]["naive"]["overall"], report["configurations"]["full"]["ratio_vs_naive"]
    report["checks"] = citation_checks(report["questions"], letter_texts)

The scores are rebuilt from the records rather than carried beside them, so every number
in the report can be recomputed from what the report shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rag.answer.sentences import is_frame
from rag.eval.metrics import (
    MRR_K,
    RATE_METRICS,
    QuestionScore,
    aggregate,
    aggregate_by_type,
    keyword_coverage,
    normalize_file,
)
from rag.eval.run import Record
from rag.letters.script import simplified

if TYPE_CHECKING:
    from rag.eval.baselines import System
    from rag.eval.qaset import QAItem

__all__ = ["HEADLINE", "LATENCIES", "build_report", "citation_checks", "records_of"]

# The rows of the console table and the bars of the chart: the headline numbers.
HEADLINE = (
    "letter_hit@1",
    "letter_hit@5",
    f"mrr@{MRR_K}",
    "section_hit@1",
    "section_hit@5",
    "citation_accuracy",
    "citation_accuracy_all",
    "keyword_full",
    "keyword_mean",
    "refusal_accuracy",
    "false_refusal_rate",
)
LATENCIES = ("retrieve_p50_ms", "retrieve_p95_ms", "answer_p50_ms", "answer_p95_ms")


def build_report(
    items: Sequence[QAItem],
    systems: Sequence[System],
    runs: dict[str, list[Record]],
    context: dict[str, Any],
) -> dict[str, Any]:
    """Metrics per configuration; the last system is the main one, "naive" the baseline."""
    configurations: dict[str, Any] = {}
    for system in systems:
        scores = _scores(runs[system.name])
        configurations[system.name] = {
            "label": system.label,
            "overall": aggregate(scores),
            "by_type": aggregate_by_type(scores),
            "failed": [s.id for s in scores if s.failed],
        }
    naive = configurations.get("naive")
    if naive:
        for config in configurations.values():
            config["ratio_vs_naive"] = _ratios(config["overall"], naive["overall"])
    main = systems[-1].name
    defaults: dict[str, Any] = {
        "qa_file": None,
        "corpus": None,
        "mode": "offline",
        "embedding_model": None,
    }
    defaults |= {"llm_model": None, "ingest": {"letters": None, "chunks": None, "failed": []}}
    return {
        **defaults,
        **context,
        "questions_total": len(items),
        "main": main,
        "metrics": configurations[main]["overall"],
        "by_type": configurations[main]["by_type"],
        "configurations": configurations,
        "questions": runs[main],
        "baseline_questions": {name: runs[name] for name in runs if name != main},
    }


def records_of(report: dict[str, Any], name: str) -> list[Record]:
    """The per-question records of configuration `name`."""
    records: list[Record] = (
        report["questions"] if name == report["main"] else report["baseline_questions"][name]
    )
    return records


def _scores(records: Sequence[Record]) -> list[QuestionScore]:
    """Rebuild the scores from the records, so the report is computed from what it shows."""
    scores = []
    for record in records:
        fields = dict(record["score"])
        if fields.get("keywords") is not None:
            fields["keywords"] = tuple(fields["keywords"])
        scores.append(
            QuestionScore(
                id=record["id"], type=record["type"], failed=tuple(record["failed"]), **fields
            )
        )
    return scores


def _ratios(metrics: dict[str, Any], naive: dict[str, Any]) -> dict[str, float | None]:
    ratios: dict[str, float | None] = {}
    for name in (*RATE_METRICS, *LATENCIES):
        value, base = metrics.get(name), naive.get(name)
        ratios[name] = value / base if value is not None and base else None
    return ratios


# -- citation checks ------------------------------------------------------------------------


def citation_checks(records: Sequence[Record], texts: dict[str, str]) -> dict[str, Any]:
    """What the answers promise users, checked over the full pipeline's answers.

    - `answered_with_citation`: answerable questions answered (not refused) that carry at
      least one citation, over all answerable questions answered;
    - `quotes_verbatim`: citations whose quote occurs verbatim in the letter it names;
    - `citation_accuracy_by_letter`: citation accuracy (as in the metrics table) per gold
      proposal number, so the reference letter can be read on its own;
    - `frame_evidence`: answered content questions citing a frame sentence (receipt,
      thanks, sign-off, contact), over all of them; a question of type or tag `metadata`
      asks about the letter itself (who proposed, who signed, when), which the frame states,
      and so does a question whose asked fact (every `must_include_any` group) the cited
      frame sentence states ("经商市财政局…，现答复如下" for the units consulted);
    - `letters_cited`: for multi-letter questions, the gold letters cited over all gold
      letters (recall over letters).
    """
    answered = [r for r in records if r["answerable"] and not r["answer"]["refused"]]
    citations = [c for r in records for c in r["answer"]["citations"]]
    verbatim = [
        c for c in citations if c["quote"] and _in_letter(c["quote"], texts.get(c["source"], ""))
    ]
    by_letter: dict[str, list[bool]] = {}
    for r in records:
        gold = (r.get("expected") or {}).get("gold_proposal")
        if r["answerable"] and gold:
            by_letter.setdefault(str(gold), []).append(bool(r["score"].get("citation_any")))
    return {
        "answered": len(answered),
        "answered_with_citation": _share(
            sum(bool(r["answer"]["citations"]) for r in answered), len(answered)
        ),
        "citations": len(citations),
        "quotes_verbatim": _share(len(verbatim), len(citations)),
        "not_verbatim": [c["quote"][:80] for c in citations if c not in verbatim][:20],
        "citation_accuracy_by_letter": {
            gold: {"n": len(hits), "citation_accuracy": _share(sum(hits), len(hits))}
            for gold, hits in sorted(by_letter.items())
        },
        "frame_evidence": _frame_evidence(records),
        "letters_cited": _letters_cited(records),
    }


def _frame_evidence(records: Sequence[Record]) -> float | None:
    content = [r for r in records if not r["answer"]["refused"] and not _about_the_letter(r)]
    framed = [
        r
        for r in content
        if any(
            is_frame(c["quote"]) and not _states_asked_fact(r, c["quote"])
            for c in r["answer"]["citations"]
        )
    ]
    return _share(len(framed), len(content))


def _states_asked_fact(record: Record, quote: str) -> bool:
    """Whether the frame sentence holds every asked group, and is no receipt or thanks
    (which repeat the proposal's topic, not a fact of the reply)."""
    groups = (record.get("expected") or {}).get("must_include_any") or ()
    covered, total = keyword_coverage(groups, quote)
    return total > 0 and covered == total and not any(w in quote for w in ("收悉", "感谢"))


def _about_the_letter(record: Record) -> bool:
    tags = (record.get("expected") or {}).get("tags") or ()
    return record.get("type") == "metadata" or "metadata" in tags


def _letters_cited(records: Sequence[Record]) -> float | None:
    cited = gold = 0
    for r in records:
        wanted = {normalize_file(f) for f in (r.get("expected") or {}).get("gold_files_any") or ()}
        if not wanted:
            continue
        sources = {normalize_file(c["source"]) for c in r["answer"]["citations"]}
        cited += len(wanted & sources)
        gold += len(wanted)
    return _share(cited, gold)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _in_letter(quote: str, text: str) -> bool:
    """Whether the quote is the letter's words: the store holds a traditional-character
    letter in its simplified view, character for character, and a quote is printed back
    in the letter's own characters (`rag.letters.script`)."""
    return quote in text or simplified(quote) in text
