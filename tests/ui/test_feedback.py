"""Votes: one complete UTF-8 JSON line each, however many arrive at once."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from ui_samples import QUOTE, citation

from rag.models import Answer
from ui.feedback import FeedbackLog


def test_feedback_lines_are_complete_utf8_json_under_concurrency(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    answer = Answer(text="将突出市场实绩评价[1]。" + "长" * 5000, citations=[citation()])

    def vote(i: int) -> None:
        log.record(f"问题{i}", answer, "up" if i % 2 else "down")

    threads = [threading.Thread(target=vote, args=(i,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    raw = (tmp_path / "feedback.jsonl").read_bytes().decode("utf-8")
    assert "问题" in raw  # not \u-escaped
    entries = [json.loads(line) for line in raw.splitlines()]
    assert len(entries) == 40
    assert {e["question"] for e in entries} == {f"问题{i}" for i in range(40)}
    first = entries[0]
    assert first["vote"] in {"up", "down"} and first["timestamp"].endswith("+00:00")
    assert first["answer"] == answer.text
    assert first["citations"][0]["proposal_no"] == "0798"
    assert first["citations"][0]["quote"] == QUOTE
