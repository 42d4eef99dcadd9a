"""Calibrate: read the refusal threshold off development Q&A sets, and say how well it
holds on letters it was not read off.

    rag calibrate --qa corpus/qa/real/dev.jsonl --qa corpus/qa/qa.jsonl --qa corpus/qa/heldout.jsonl \
        --corpus corpus --corpus ../shared/letters/real

Every question is answered once with the threshold at 0, so its confidence is recorded
and the only refusals are the other kinds (a number no letter has, a figure the letter
does not state).  For each candidate threshold the refusal accuracy on unanswerable
questions and the false-refusal rate on answerable ones follow without asking again.
Several Q&A sets are pooled, so near-topic questions (a fee the letter does not give)
and off-topic ones (the weather) both count.

The threshold chosen refuses the most unanswerable questions within `max_false` false
refusals; among thresholds that refuse the same questions it takes the fewest false
refusals, and then the middle of the gap between the confidences on either side — the
widest margin, so a question from a letter nobody tuned on, a little above or below the
ones seen, falls on the same side.  (Taking the highest threshold on a tie, "the most
cautious", put it just under a cluster of answerable English questions: on letters not
seen those fell below it.)  The candidates are the midpoints between the recorded
confidences, not a grid.  `Settings.refusal_threshold` holds the value and names this
command.

The same choice is then cross-validated by letter: the letters of the first `--qa` set
are split in two by the sha256 of their file names, the threshold is chosen on the
questions of one half (and of the other sets) and measured on the other half's, and the
other way round.  An unanswerable question counts for the letter retrieved first.  Those held-out numbers, not the ones
the threshold was read off, are what to expect on new letters.  Run it on the
development split only: a threshold read off the blind split would make its numbers a
tuning result.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from rag.eval.evaluate import run_eval
from rag.settings import Settings

THRESHOLDS = tuple(round(0.10 + 0.025 * i, 3) for i in range(21))  # 0.10 … 0.60


@dataclass(frozen=True)
class Point:
    threshold: float
    refusal_accuracy: float
    false_refusal_rate: float


def run_calibrate(
    settings: Settings,
    qa_files: Sequence[Path],
    corpus: Sequence[Path] | None,
    out: Path,
    *,
    max_false: float = 0.05,
    console: Console | None = None,
) -> dict[str, Any]:
    """Answer every question of the `qa_files` with no threshold, then sweep it; returns
    the curve and the chosen threshold (also written to `out/calibrate.json`)."""
    console = console or Console(stderr=True)
    records: list[dict[str, Any]] = []
    first: list[dict[str, Any]] = []
    unthresholded = settings.model_copy(update={"refusal_threshold": 0.0})
    for qa_file in qa_files:
        report = run_eval(
            unthresholded,
            qa_file=qa_file,
            corpus=corpus,
            out=Path(out) / Path(qa_file).stem,
            console=console,
            home=Path(out) / "home",
        )
        records += report["questions"]
        first = first or list(report["questions"])
    curve = sweep(records)
    chosen = choose_threshold(records, max_false)
    console.print(_table(curve, chosen))
    console.print(
        f"RAG_REFUSAL_THRESHOLD={chosen.threshold} (refusal accuracy "
        f"{chosen.refusal_accuracy:.2f}, false refusals {chosen.false_refusal_rate:.2f})",
        highlight=False,
    )
    folds = cross_validate(first, records[len(first) :], max_false)
    for name, fold in folds.items():
        console.print(
            f"held-out letters {name}: threshold {fold['fitted'].threshold} read off the "
            f"other half → refusal accuracy {fold['held_out'].refusal_accuracy:.2f}, false "
            f"refusals {fold['held_out'].false_refusal_rate:.2f} "
            f"({fold['unanswerable']} unanswerable, {fold['answerable']} answerable)",
            highlight=False,
        )
    result = {
        "qa_files": [str(f) for f in qa_files],
        "max_false": max_false,
        "chosen": chosen.__dict__,
        "curve": [p.__dict__ for p in curve],
        "cross_validated": {
            name: {k: v.__dict__ if isinstance(v, Point) else v for k, v in fold.items()}
            for name, fold in folds.items()
        },
    }
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "calibrate.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return result


def sweep(
    records: Sequence[dict[str, Any]], thresholds: Sequence[float] = THRESHOLDS
) -> list[Point]:
    """Refusal accuracy and false refusals at each threshold, from answers given with none."""
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]

    def refused(record: dict[str, Any], threshold: float) -> bool:
        return bool(record["answer"]["refused"]) or _confidence(record) < threshold

    return [
        Point(
            t,
            round(sum(refused(r, t) for r in unanswerable) / max(1, len(unanswerable)), 3),
            round(sum(refused(r, t) for r in answerable) / max(1, len(answerable)), 3),
        )
        for t in thresholds
    ]


def choose_threshold(records: Sequence[dict[str, Any]], max_false: float) -> Point:
    """The threshold refusing most unanswerable questions within the false-refusal budget,
    then the fewest answerable ones, placed midway between the confidences on either
    side (see the module docstring); with none inside the budget, the fewest false
    refusals."""
    decided = sorted({_confidence(r) for r in records if not r["answer"]["refused"]})
    # Below the lowest confidence nothing is refused by it; each midpoint refuses one
    # more distinct confidence; above the highest, everything.
    edges = [0.0, *decided, decided[-1] + 1.0] if decided else [0.0, 1.0]
    candidates = [round((lo + hi) / 2, 3) for lo, hi in zip(edges, edges[1:], strict=False)]
    curve = sweep(records, [0.0, *candidates[1:]])
    within = [p for p in curve if p.false_refusal_rate <= max_false]
    if within:
        return max(within, key=lambda p: (p.refusal_accuracy, -p.false_refusal_rate))
    return min(curve, key=lambda p: (p.false_refusal_rate, -p.refusal_accuracy))


def cross_validate(
    split: Sequence[dict[str, Any]], rest: Sequence[dict[str, Any]], max_false: float
) -> dict[str, Any]:
    """The threshold read off one half of `split`'s letters (with all of `rest`) and
    measured on the other half's questions, both ways; letters are halved by the sha256
    of their file names."""
    letters = sorted({letter_of(r) for r in split}, key=_digest)
    first = set(letters[: len(letters) // 2])
    folds: dict[str, Any] = {}
    for name, in_first in (("A", True), ("B", False)):
        held_out = [r for r in split if (letter_of(r) in first) == in_first]
        fitted = choose_threshold(
            [*rest, *(r for r in split if (letter_of(r) in first) != in_first)], max_false
        )
        (point,) = sweep(held_out, [fitted.threshold])
        folds[name] = {
            "fitted": fitted,
            "held_out": point,
            "answerable": sum(1 for r in held_out if r["answerable"]),
            "unanswerable": sum(1 for r in held_out if not r["answerable"]),
        }
    return folds


def letter_of(record: dict[str, Any]) -> str:
    """The letter a question is about: its gold file (the first of several), the file of
    its gold proposal, or — unanswerable questions name none — the letter retrieved first,
    the one it is nearest to."""
    expected = record.get("expected", {})
    if expected.get("gold_file"):
        return str(expected["gold_file"])
    if expected.get("gold_files_any"):
        return str(sorted(expected["gold_files_any"])[0])
    retrieved = record.get("retrieved") or []
    proposal = str(expected.get("gold_proposal") or "").lstrip("0")
    for hit in retrieved:
        if proposal and str(hit.get("proposal_no") or "").lstrip("0") == proposal:
            return str(hit["source"])
    return str(retrieved[0]["source"]) if retrieved else str(record.get("id", ""))


def _confidence(record: dict[str, Any]) -> float:
    return float(record.get("diagnostics", {}).get("confidence", 1.0))


def _digest(name: str) -> str:
    return hashlib.sha256(name.encode("utf-8")).hexdigest()


def _table(curve: Sequence[Point], chosen: Point) -> Table:
    table = Table(title="refusal threshold")
    for name in ("threshold", "refusal accuracy", "false refusals"):
        table.add_column(name, justify="right")
    for p in sorted({*curve, chosen}, key=lambda p: p.threshold):
        mark = " ←" if p == chosen else ""
        table.add_row(
            f"{p.threshold:.3f}{mark}", f"{p.refusal_accuracy:.2f}", f"{p.false_refusal_rate:.2f}"
        )
    return table
