"""Calibrate retrieval weights and the refusal threshold on the Q&A set.

    .venv/bin/python scripts/calibrate_retrieval.py                 # current defaults
    .venv/bin/python scripts/calibrate_retrieval.py --sweep         # grid over weights
    .venv/bin/python scripts/calibrate_retrieval.py --features      # per-question inputs
    .venv/bin/python scripts/calibrate_retrieval.py --ablate        # what each part adds

Indexes the corpus once into `out/calibrate/home`, asks every question of
corpus/qa/qa.jsonl offline (earlier turns first, as `rag eval` does), scores it with
rag.eval.metrics, and prints: the headline metrics, citation accuracy on the reference letter
and on English questions, and refusal accuracy / false-refusal rate for a range of
`RAG_REFUSAL_THRESHOLD` values (the confidence does not depend on the threshold, so one
pass gives the whole curve).  `--sweep` repeats that for a grid of dense/BM25 weights,
rrf_k and the intent boost, with the store's answers memoised so only scoring is redone.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from statistics import median
from typing import Any

from rag.answer import terms
from rag.eval.metrics import (
    aggregate,
    aggregate_by_type,
    normalize_proposal,
    score_question,
)
from rag.eval.qaset import load_qa
from rag.models import Answer
from rag.qa import ReplyLetterQA
from rag.settings import Settings

THRESHOLDS = [round(0.30 + 0.025 * i, 3) for i in range(17)]


class MemoStore:
    """The real store with dense/keyword answers memoised: a sweep only re-fuses."""

    def __init__(self, store: Any) -> None:
        self._store = store
        self._memo: dict[Any, Any] = {}

    def _cached(self, name: str, query: str, k: int, where: Any) -> Any:
        key = (name, query, k, json.dumps(where, sort_keys=True))
        if key not in self._memo:
            self._memo[key] = getattr(self._store, name)(query, k, where)
        return self._memo[key]

    def dense(self, query, k, where=None):
        return self._cached("dense", query, k, where)

    def keyword(self, query, k, where=None):
        return self._cached("keyword", query, k, where)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def build(home: Path, corpus: Path) -> ReplyLetterQA:
    settings = Settings(home=home, corpus=corpus, openai_api_key=None)
    qa = ReplyLetterQA(settings)
    if qa.store.counts()["letters"] == 0:
        try:
            qa.ingest([corpus])
        except ImportError:  # before rag.index.ingest existed: parse, chunk and add directly
            from rag.index.chunk import chunk_letter
            from rag.index.store import LetterChunks
            from rag.letters.parse import load_letter

            files = sorted(p for p in corpus.rglob("*.txt"))
            items = [
                LetterChunks(ltr, chunk_letter(ltr, settings.chunk_tokens))
                for ltr in map(load_letter, files)
            ]
            qa.store.update(add=items)
    return qa


def ask(qa: ReplyLetterQA, question: str, history: list[tuple[str, str]]) -> Answer:
    return qa.ask(question, history=history)


def run(
    qa: ReplyLetterQA, items: list[Any], features: bool = False, quiet: bool = False
) -> dict[str, Any]:
    scores, rows, latencies = [], [], []
    for item in items:
        history: list[tuple[str, str]] = []
        for turn in item.earlier_turns:
            history.append((turn, ask(qa, turn, history).text))
        passages = qa.retrieve(item.question, k=10, history=history)
        start = time.perf_counter()
        answer = ask(qa, item.question, history)
        latencies.append((time.perf_counter() - start) * 1000)
        info = answer.diagnostics
        score = score_question(item, passages, answer, answer_ms=latencies[-1])
        scores.append(score)
        rows.append(
            {
                "answerable": item.answerable,
                "confidence": info["confidence"],
                "refused": answer.refused,
            }
        )
        if features or (score.failed and not quiet):
            print(
                f"{item.id:12} {'A' if item.answerable else 'U'} conf={info['confidence']:.3f} "
                f"{json.dumps({k: round(v, 3) for k, v in info.items()})} "
                f"failed={','.join(score.failed) or '-'} | {item.question[:60]}",
                file=sys.stderr,
            )
    return {"scores": scores, "rows": rows, "latency_p50": median(latencies)}


def report(qa: ReplyLetterQA, items: list[Any], result: dict[str, Any]) -> dict[str, Any]:
    scores = result["scores"]
    metrics = aggregate(scores)
    by_type = aggregate_by_type(scores)
    ref = [
        s
        for s, i in zip(scores, items, strict=True)
        if i.answerable and normalize_proposal(i.gold_proposal) == "798"
    ]
    ref_metrics = aggregate(ref) if ref else {}
    out = {
        "letter_hit@1": metrics.get("letter_hit@1"),
        "section_hit@1": metrics.get("section_hit@1"),
        "section_hit@5": metrics.get("section_hit@5"),
        "citation_accuracy": metrics.get("citation_accuracy"),
        "citation_accuracy_ref": ref_metrics.get("citation_accuracy"),
        "citation_accuracy_en": by_type.get("en", {}).get("citation_accuracy"),
        "keyword_full": metrics.get("keyword_full"),
        "refusal_accuracy": metrics.get("refusal_accuracy"),
        "false_refusal_rate": metrics.get("false_refusal_rate"),
        "ask_p50_ms": round(result["latency_p50"], 1),
    }
    return out


def threshold_curve(rows: list[dict[str, Any]]) -> list[tuple[float, float, float]]:
    """(threshold, refusal accuracy, false-refusal rate) from a run with threshold 0: the
    other refusals (unmatched numbers, the answer-type check) don't depend on it."""
    curve = []
    answerable = [r for r in rows if r["answerable"]]
    unanswerable = [r for r in rows if not r["answerable"]]
    for t in THRESHOLDS:

        def refused(r: dict[str, Any], t: float = t) -> bool:
            return r["refused"] or r["confidence"] < t

        acc = sum(map(refused, unanswerable)) / max(1, len(unanswerable))
        false = sum(map(refused, answerable)) / max(1, len(answerable))
        curve.append((t, round(acc, 3), round(false, 3)))
    return curve


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qa", type=Path, default=Path("corpus/qa/qa.jsonl"))
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--home", type=Path, default=Path("out/calibrate/home"))
    parser.add_argument("--sweep", action="store_true")
    parser.add_argument("--features", action="store_true")
    parser.add_argument("--ablate", action="store_true")
    args = parser.parse_args()

    items = load_qa(args.qa)
    qa = build(args.home, args.corpus)
    qa.retrieve("warm-up", k=1)
    base = qa.settings
    store = MemoStore(qa.store)

    embeddings = qa.embeddings

    def configure(**values: Any) -> None:
        nonlocal qa
        settings = base.model_copy(update=values)
        qa = ReplyLetterQA(settings, embeddings=embeddings, store=store)  # type: ignore[arg-type]

    configure(refusal_threshold=0.0)
    curve = threshold_curve(run(qa, items, quiet=True)["rows"])
    configure()
    result = run(qa, items, features=args.features)
    print(json.dumps(report(qa, items, result), ensure_ascii=False))
    print("threshold  refusal_acc  false_refusal")
    for t, acc, false in curve:
        print(f"{t:9.3f}  {acc:11.3f}  {false:13.3f}")
    if args.ablate:
        ablations: dict[str, dict[str, Any]] = {
            "no coverage rerank": {"coverage_boost": 0.0},
            "no intent boost": {"intent_boost": 0.0},
            "dense only": {"bm25_weight": 0.0},
            "bm25 only": {"dense_weight": 0.0},
        }
        for name, values in ablations.items():
            configure(**values)
            print(json.dumps({"ablation": name, **report(qa, items, run(qa, items, quiet=True))}))
        # The English glossary: English questions reach BM25 (and coverage) only through it.
        expand = terms.expand_english
        terms.expand_english = lambda question: []  # type: ignore[assignment]
        try:
            configure()
            print(
                json.dumps(
                    {"ablation": "no glossary", **report(qa, items, run(qa, items, quiet=True))}
                )
            )
        finally:
            terms.expand_english = expand  # type: ignore[assignment]
    if not args.sweep:
        return
    grid = itertools.product(
        [(1.0, 1.0), (1.0, 0.5), (0.5, 1.0), (1.0, 1.5), (1.5, 1.0)], [20, 60], [0.0, 0.35]
    )
    for (dense, bm25), rrf_k, boost in grid:
        configure(dense_weight=dense, bm25_weight=bm25, rrf_k=rrf_k, intent_boost=boost)
        metrics = report(qa, items, run(qa, items, quiet=True))
        print(
            json.dumps({"dense": dense, "bm25": bm25, "rrf_k": rrf_k, "boost": boost, **metrics}),
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
