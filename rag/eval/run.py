"""Ask one configuration every question of the set, timed: one JSON-ready record each.

    records = run_system(FullPipeline(qa), items, console)
    records[0]["answer"]["citations"], records[0]["score"]["letter_rank"], records[0]["failed"]

Earlier turns of a conversation are asked first, untimed, and their answers become its
history; only the last turn is timed and scored. An error the library raises on purpose
(the LLM endpoint failing, say) is recorded as that question's failure and the run goes on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from time import perf_counter
from typing import TYPE_CHECKING, Any

from rag.errors import RagError
from rag.eval.metrics import FAIL_K, MRR_K, Located, QuestionScore, score_question
from rag.models import Answer, Passage

if TYPE_CHECKING:
    from rich.console import Console

    from rag.eval.baselines import System
    from rag.eval.qaset import QAItem

# One question's record in report.json: plain JSON, so the report is computed from it.
Record = dict[str, Any]


def run_system(system: System, items: Sequence[QAItem], console: Console) -> list[Record]:
    """Every question through `system`, in order, with a progress bar on `console`."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    # Untimed: the first query loads models and dictionaries, which is not answer latency.
    system.retrieve("warm-up", k=1, history=[])
    records = []
    with Progress(
        TextColumn(f"{system.name:>6}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        transient=True,
    ) as progress:
        task = progress.add_task(system.name, total=len(items))
        for item in items:
            records.append(_run_question(system, item))
            progress.advance(task)
    return records


def _run_question(system: System, item: QAItem) -> Record:
    history: list[tuple[str, str]] = []
    error = None
    passages: list[Passage] = []
    answer = Answer(text="", refused=False)
    retrieve_ms = answer_ms = 0.0
    try:
        for turn in item.earlier_turns:
            history.append((turn, system.ask(turn, history=list(history)).text))
        # `ask` goes first so it pays for embedding the question, as a user's call does;
        # `retrieve` then finds the query vector cached and measures search alone.
        start = perf_counter()
        answer = system.ask(item.question, history=list(history))
        answered = perf_counter()
        passages = system.retrieve(item.question, k=MRR_K, history=list(history))
        retrieved = perf_counter()
        answer_ms, retrieve_ms = (answered - start) * 1000, (retrieved - answered) * 1000
    except RagError as exc:  # e.g. the LLM endpoint failed: score it as a failure, go on
        error = f"{type(exc).__name__}: {exc}"
    score = score_question(
        item, passages, answer, retrieve_ms=retrieve_ms, answer_ms=answer_ms, fail_k=FAIL_K
    )
    return _record(item, score, passages, answer, error)


def _record(
    item: QAItem,
    score: QuestionScore,
    passages: Sequence[Passage],
    answer: Answer,
    error: str | None,
) -> Record:
    failed = list(score.failed) + ([error] if error else [])
    return {
        "id": item.id,
        "type": score.type,
        "question": item.question,
        "earlier_turns": list(item.earlier_turns),
        "answerable": item.answerable,
        "expected": item.gold(),
        "answer": {
            "text": answer.text,
            "refused": answer.refused,
            "notice": answer.notice,
            "citations": [_where(c) | {"quote": c.quote} for c in answer.citations],
        },
        "retrieved": [
            _where(p) | {"score": round(float(p.score), 6), "text": p.text[:160]} for p in passages
        ],
        "score": {k: v for k, v in asdict(score).items() if k not in ("id", "type", "failed")},
        "failed": failed,
        "diagnostics": dict(answer.diagnostics),  # the confidence and its inputs
    }


def _where(hit: Located) -> dict[str, Any]:
    return {"source": hit.source, "proposal_no": hit.proposal_no, "section": hit.section}
