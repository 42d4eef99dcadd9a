"""`retrieve` and `ask` latency on a built store, each beside the floor measured with it.

The floor is one query embedding by the bare e5 model plus one bare Chroma query for the
top k, on the collection the store wrote: what any retrieval over this index must pay.
"""

from __future__ import annotations

import time
from typing import Any

from rag.eval.bench.config import E5_LABEL, STANDIN_LABEL
from rag.eval.bench.machine import peak_rss_mb
from rag.eval.bench.questions import Question
from rag.eval.bench.stores import EmbeddingsKind, chroma_client, e5_model, embeddings, floor_step
from rag.eval.bench.timing import forget, interleaved
from rag.settings import Settings

__all__ = ["measure_latency"]


def measure_latency(
    settings: Settings, kind: EmbeddingsKind, questions: list[Question], repeats: int
) -> dict[str, Any]:
    """retrieve and ask latency per question, interleaved with the floor measured beside them.

    A worker: run it through `process.isolated`, so its peak RSS is that of a loaded
    ReplyLetterQA that has answered every question.
    """
    from rag.index.store import collection_name
    from rag.qa import ReplyLetterQA

    emb = embeddings(settings, kind)
    client = chroma_client(settings)
    start = time.perf_counter()
    qa = ReplyLetterQA(settings, embeddings=emb, chroma_client=client)
    first_answer = qa.ask(questions[0].question)
    first_s = time.perf_counter() - start
    collection = client.get_collection(collection_name(emb.model_id))
    model = e5_model()
    k = settings.top_k

    # Earlier turns are answered once, untimed: the timed call is the follow-up itself.
    histories = {}
    for q in questions:
        history: list[tuple[str, str]] = []
        for turn in q.earlier:
            history.append((turn, qa.ask(turn, history=list(history)).text))
        histories[q.id] = history

    def retrieve(q: Question) -> None:
        forget(emb, qa.retriever)
        qa.retrieve(q.question, history=histories[q.id])

    def ask(q: Question) -> None:
        forget(emb, qa.retriever)
        qa.ask(q.question, history=histories[q.id])

    steps = {"floor": floor_step(collection, model, k), "retrieve": retrieve, "ask": ask}
    timings = interleaved(questions, repeats, steps)
    return {
        "embeddings": STANDIN_LABEL if kind == "standin" else E5_LABEL,
        "server": bool(settings.chroma_url),
        "questions": len(questions),
        "repeats": repeats,
        "counts": qa.store.counts(),
        "first_answer_s": first_s,
        "first_answer_refused": first_answer.refused,
        **timings,
        "peak_rss_mb": peak_rss_mb(),
    }
