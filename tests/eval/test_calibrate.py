"""rag calibrate: the threshold curve from answers given with no threshold, and the choice."""

from __future__ import annotations

from rag.eval.calibrate import Point, choose, sweep


def record(answerable: bool, confidence: float, refused: bool = False) -> dict[str, object]:
    return {
        "answerable": answerable,
        "answer": {"refused": refused},
        "diagnostics": {"confidence": confidence},
    }


def test_the_curve_counts_refusals_a_threshold_would_add_to_the_others() -> None:
    records = [
        record(True, 0.9),
        record(True, 0.3),
        record(False, 0.15),
        record(False, 0.8, refused=True),  # refused for another reason (a figure not stated)
    ]
    by_threshold = {p.threshold: p for p in sweep(records)}
    assert by_threshold[0.1] == Point(0.1, 0.5, 0.0)
    assert by_threshold[0.2] == Point(0.2, 1.0, 0.0)
    assert by_threshold[0.4] == Point(0.4, 1.0, 0.5)


def test_the_choice_refuses_most_within_the_false_refusal_budget() -> None:
    curve = [
        Point(0.2, 0.8, 0.0),
        Point(0.3, 0.9, 0.04),
        Point(0.35, 0.9, 0.05),
        Point(0.4, 1.0, 0.2),
    ]
    assert choose(curve, max_false=0.05) == Point(0.35, 0.9, 0.05)  # highest on a tie
    assert choose(curve, max_false=0.0) == Point(0.2, 0.8, 0.0)
    assert choose([Point(0.3, 1.0, 0.1), Point(0.4, 1.0, 0.2)], 0.05) == Point(0.3, 1.0, 0.1)
