"""Calibrate: read the refusal threshold off a development Q&A set.

    rag calibrate --qa corpus/qa/real/dev.jsonl --qa corpus/qa/qa.jsonl --qa corpus/qa/heldout.jsonl \
        --corpus corpus --corpus ../shared/letters/real

Every question is answered once with the threshold at 0, so its confidence is recorded
and the only refusals are the other kinds (a number no letter has, a figure the letter
does not state).  For each candidate threshold the refusal accuracy on unanswerable
questions and the false-refusal rate on answerable ones follow without asking again.
Several Q&A sets are pooled, so near-topic questions (a fee the letter does not give)
and off-topic ones (the weather) both count.  The threshold chosen is the one that
refuses the most unanswerable questions while refusing at most `max_false` of the
answerable ones; `Settings.refusal_threshold`
holds the value and names this command.  Run it on the development split only: a
threshold read off the blind split would make its numbers a tuning result.
"""

from __future__ import annotations

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
    curve = sweep(records)
    chosen = choose(curve, max_false)
    console.print(_table(curve, chosen))
    console.print(
        f"RAG_REFUSAL_THRESHOLD={chosen.threshold} (refusal accuracy "
        f"{chosen.refusal_accuracy:.2f}, false refusals {chosen.false_refusal_rate:.2f})",
        highlight=False,
    )
    result = {
        "qa_files": [str(f) for f in qa_files],
        "max_false": max_false,
        "chosen": chosen.__dict__,
        "curve": [p.__dict__ for p in curve],
    }
    Path(out).mkdir(parents=True, exist_ok=True)
    (Path(out) / "calibrate.json").write_text(
        json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return result


def sweep(records: Sequence[dict[str, Any]]) -> list[Point]:
    """Refusal accuracy and false refusals at each threshold, from answers given with none."""
    answerable = [r for r in records if r["answerable"]]
    unanswerable = [r for r in records if not r["answerable"]]

    def refused(record: dict[str, Any], threshold: float) -> bool:
        confidence = float(record.get("diagnostics", {}).get("confidence", 1.0))
        return bool(record["answer"]["refused"]) or confidence < threshold

    return [
        Point(
            t,
            round(sum(refused(r, t) for r in unanswerable) / max(1, len(unanswerable)), 3),
            round(sum(refused(r, t) for r in answerable) / max(1, len(answerable)), 3),
        )
        for t in THRESHOLDS
    ]


def choose(curve: Sequence[Point], max_false: float) -> Point:
    """The threshold refusing most unanswerable questions within the false-refusal budget
    (the highest such threshold on ties: the most cautious on questions not seen yet);
    with none inside it, the fewest false refusals."""
    within = [p for p in curve if p.false_refusal_rate <= max_false]
    if within:
        return max(within, key=lambda p: (p.refusal_accuracy, p.threshold))
    return min(curve, key=lambda p: (p.false_refusal_rate, -p.refusal_accuracy))


def _table(curve: Sequence[Point], chosen: Point) -> Table:
    table = Table(title="refusal threshold")
    for name in ("threshold", "refusal accuracy", "false refusals"):
        table.add_column(name, justify="right")
    for p in curve:
        mark = " ←" if p == chosen else ""
        table.add_row(
            f"{p.threshold:.3f}{mark}", f"{p.refusal_accuracy:.2f}", f"{p.false_refusal_rate:.2f}"
        )
    return table
