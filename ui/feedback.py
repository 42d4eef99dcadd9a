"""The 👍/👎 votes users give answers, kept as JSON Lines in RAG_HOME/feedback.jsonl."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from rag.models import Answer

try:  # advisory file locks: two UI processes may share one RAG_HOME
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class FeedbackLog:
    """Appends 👍/👎 votes to a JSON Lines file, one complete line per vote.

    A thread lock orders writers in this process and an advisory `flock` orders
    processes, so concurrent votes never interleave within a line.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, question: str, answer: Answer, vote: str) -> dict[str, Any]:
        entry = {
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
            "vote": vote,
            "question": question,
            "answer": answer.text,
            "refused": answer.refused,
            "mode": answer.mode,
            "citations": [
                {
                    "n": n,
                    "letter_id": c.letter_id,
                    "source": c.source,
                    "title": c.title,
                    "proposal_no": c.proposal_no,
                    "section": c.section,
                    "quote": c.quote,
                }
                for n, c in enumerate(answer.citations, 1)
            ],
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                if fcntl is not None:
                    fcntl.flock(f, fcntl.LOCK_EX)
                f.write(line)
                f.flush()
        return entry
