"""The questions every latency measurement asks: from the Q&A set, spread over its kinds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Question", "load_questions", "spread"]


@dataclass(frozen=True)
class Question:
    """A Q&A-set question; `earlier` are the turns asked before it in the same conversation."""

    id: str
    question: str
    earlier: tuple[str, ...] = ()


# Used when the Q&A set is missing, so the bench still runs on any checkout.
_FALLBACK_QUESTIONS = (
    "市科技局下一步在人才评价方面会做什么？",
    "2023年全市技术合同交易额增长了多少？",
    "What will the bureau do about talent evaluation?",
    "养老服务方面有哪些下一步工作重点？",
    "第0798号提案是谁提出的？",
)


def load_questions(path: Path, limit: int | None = None) -> list[Question]:
    """Questions of a Q&A set (JSON Lines, see DESIGN.md); the built-in five if it is absent."""
    questions: list[Question] = []
    if Path(path).exists():
        with Path(path).open(encoding="utf-8") as f:
            for n, line in enumerate(f):
                if not line.strip():
                    continue
                item = json.loads(line)
                turns = item.get("turns") or [item.get("question", "")]
                if turns[-1]:
                    questions.append(Question(str(item.get("id", n)), turns[-1], tuple(turns[:-1])))
    if not questions:
        questions = [Question(f"builtin-{n}", q) for n, q in enumerate(_FALLBACK_QUESTIONS)]
    return spread(questions, limit)


def spread(items: list[Question], limit: int | None) -> list[Question]:
    """`limit` items evenly spaced over `items` (Q&A sets are grouped by kind of question)."""
    if not limit or limit >= len(items):
        return list(items)
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
