"""rag calibrate: the threshold sits midway in the widest gap, and is cross-validated by letter."""

from __future__ import annotations

from typing import Any

import pytest

from rag.eval.calibrate import Point, choose_threshold, cross_validate, letter_of


def record(
    answerable: bool, confidence: float, letter: str = "a.txt", refused: bool = False
) -> dict[str, Any]:
    return {
        "id": f"{letter}-{confidence}",
        "answerable": answerable,
        "expected": {"gold_file": letter} if answerable else {},
        "retrieved": [{"source": letter, "proposal_no": None, "section": ""}],
        "answer": {"refused": refused},
        "diagnostics": {"confidence": confidence},
    }


def test_the_threshold_lies_midway_between_the_last_refused_and_the_first_answered() -> None:
    records = [
        record(False, 0.10),
        record(False, 0.15),
        record(True, 0.25),  # answerable questions just above the last off-topic one
        record(True, 0.60),
        record(True, 0.90),
    ]
    # The old rule took the highest threshold refusing as many (0.25, on a 0.025 grid),
    # next to the answerable question at 0.25; the margin is on both sides now.
    assert choose_threshold(records, max_false=0.05) == Point(0.2, 1.0, 0.0)


def test_a_false_refusal_is_only_bought_with_a_refusal_and_within_the_budget() -> None:
    records = [record(False, 0.10), record(True, 0.20), record(False, 0.30), record(True, 0.8)]
    assert choose_threshold(records, max_false=0.0) == Point(0.15, 0.5, 0.0)
    assert choose_threshold(records, max_false=0.5) == Point(0.55, 1.0, 0.5)


def test_questions_refused_for_another_reason_do_not_place_the_threshold() -> None:
    records = [
        record(False, 0.10),
        record(False, 0.80, refused=True),  # a figure the letter does not state
        record(True, 0.30),
        record(True, 0.90),
    ]
    assert choose_threshold(records, max_false=0.0) == Point(0.2, 1.0, 0.0)


def test_unanswerable_questions_belong_to_the_letter_retrieved_first() -> None:
    assert letter_of(record(True, 0.5, "b.txt")) == "b.txt"
    assert letter_of(record(False, 0.5, "c.txt")) == "c.txt"
    multi = {"expected": {"gold_files_any": ["z.txt", "y.txt"]}, "retrieved": []}
    assert letter_of(multi) == "y.txt"


def test_each_half_of_the_letters_is_measured_with_a_threshold_read_off_the_other() -> None:
    split = [
        record(False, 0.10, "a.txt"),
        record(True, 0.50, "a.txt"),
        record(False, 0.12, "b.txt"),
        record(True, 0.40, "b.txt"),
    ]
    rest = [record(False, 0.05, "r.txt"), record(True, 0.45, "r.txt")]
    folds = cross_validate(split, rest, max_false=0.0)
    assert set(folds) == {"A", "B"}
    for fold in folds.values():
        assert fold["answerable"] == fold["unanswerable"] == 1
        # read off one letter and the rest, the threshold still separates the other letter
        assert fold["held_out"] == Point(fold["fitted"].threshold, 1.0, 0.0)
        assert fold["fitted"].threshold == pytest.approx(0.275, abs=0.03)
