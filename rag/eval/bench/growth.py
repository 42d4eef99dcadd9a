"""How `retrieve` grows with the index: one store grown through each size, timed at each.

Documents are synthetic letters cut one chunk per section and embedded with the stand-in
(HashEmbeddings documents, real e5 queries): index cost depends on vector count and size,
not content. Answers from this store mean nothing; only its latency is reported.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from rag.eval import synth as _synth
from rag.eval.bench.machine import peak_rss_mb
from rag.eval.bench.questions import Question
from rag.eval.bench.stores import BareModel, chroma_client, e5_model, embeddings, floor_step
from rag.eval.bench.timing import Step, forget, interleaved
from rag.settings import Settings

if TYPE_CHECKING:
    from chromadb.api.models.Collection import Collection
    from langchain_core.embeddings import Embeddings

    from rag.answer.retrieve import Retriever
    from rag.index.store import LetterChunks, Store
    from rag.models import Chunk, Letter

__all__ = ["measure_growth"]

# About five update() calls per size: the store rebuilds BM25 and rewrites its manifest
# once per call, as an ingest of that many letters would. At least this many chunks a call.
_MIN_UPDATE = 2_000


def measure_growth(
    settings: Settings, sizes: Sequence[int], questions: list[Question], repeats: int, seed: int
) -> list[dict[str, Any]]:
    """Grow one store through the Store API to each size; time retrieve and its parts.

    A worker: run it through `process.isolated`.
    """
    from rag.answer.retrieve import Retriever
    from rag.index.store import collection_name, open_store

    emb = embeddings(settings, "standin")
    client = chroma_client(settings)
    store = open_store(settings, emb, client=client)
    collection = client.get_collection(collection_name(emb.model_id))
    model = e5_model()
    k = settings.top_k
    letters = synthetic_chunks(seed)
    total, points = 0, []
    for size in sorted(sizes):
        build, total, _ = grow(store, letters, total, size)
        point: dict[str, Any] = {"chunks": total, "counts": store.counts(), "build_s": build}
        retriever = Retriever(store, settings)
        parts = _steps(retriever, emb, collection, model, settings)
        start = time.perf_counter()
        try:
            retriever.retrieve(questions[0].question, k=k)  # loads catalog, BM25, term stats
            point["first_retrieve_s"] = time.perf_counter() - start
        except Exception as exc:  # a size retrieve cannot handle is a result, not a crash
            point["error"] = f"retrieve failed: {type(exc).__name__}: {exc}"[:400]
            del parts["retrieve"]  # the index itself is still measured
        point.update(interleaved(questions, repeats, parts))
        point["peak_rss_mb"] = peak_rss_mb()
        points.append(point)
    return points


def grow(
    store: Store, letters: Iterator[tuple[Letter, list[Chunk]]], total: int, size: int
) -> tuple[float, int, int]:
    """Add letters until the store holds `size` chunks; (seconds inside update, chunks,
    letters taken from `letters`)."""
    from rag.index.store import LetterChunks

    build, used = 0.0, 0
    per_update = max(_MIN_UPDATE, (size - total) // 5)
    while total < size:
        batch: list[LetterChunks] = []
        while total < size and sum(len(b.chunks) for b in batch) < per_update:
            letter, chunks = next(letters)
            used += 1
            chunks = chunks[: size - total]
            batch.append(LetterChunks(letter, chunks))
            total += len(chunks)
        start = time.perf_counter()
        store.update(add=batch)
        build += time.perf_counter() - start
    return build, total, used


def _steps(
    retriever: Retriever,
    emb: Embeddings,
    collection: Collection,
    model: BareModel,
    settings: Settings,
) -> dict[str, Step]:
    """retrieve, its two candidate searches (as retrieve calls them) and the floor."""
    from rag.answer.terms import keyword_query

    store = retriever.store
    k = settings.top_k
    n = max(settings.candidates, k)

    def retrieve(q: Question) -> object:
        forget(emb, retriever)
        return retriever.retrieve(q.question, k=k)

    def dense(q: Question) -> object:
        forget(emb, None)  # the question is embedded, as retrieve does
        return store.dense(q.question, n)

    def keyword(q: Question) -> object:
        try:
            return store.keyword(keyword_query(q.question), n)
        except ValueError:  # Chroma rejects get(ids=[]) when BM25 found nothing, as retrieve knows
            return []

    return {
        "floor": floor_step(collection, model, k),
        "retrieve": retrieve,
        "dense": dense,
        "keyword": keyword,
    }


def synthetic_chunks(seed: int, start: int = 0) -> Iterator[tuple[Letter, list[Chunk]]]:
    """Synthetic letters cut one chunk per section, built directly (no parser, no chunker).

    The growth series measures the index, so the chunk texts only need realistic length
    and vocabulary; going through the parser would make the build time its time.
    """
    index = start
    while True:
        yield _cut(_synth.synth_letter(index, seed))
        index += 1


def _cut(synth: _synth.SynthLetter) -> tuple[Letter, list[Chunk]]:
    from rag.models import SECTION_SEP, Chunk, Letter, Section

    body = synth.text
    letter_id = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    sections, chunks, cursor = [], [], 0
    for ordinal, (path, text) in enumerate(synth.sections):
        start = body.index(text, cursor)
        cursor = start + len(text)
        sections.append(Section(path, "body", text, start, cursor))
        section = SECTION_SEP.join(path)
        header = f"{synth.title} | 第{synth.proposal_no}号{synth.kind} | {section}"
        chunk_id = hashlib.sha256(f"{letter_id}\x00{section}\x00{start}".encode()).hexdigest()
        chunks.append(
            Chunk(
                chunk_id=chunk_id[:32],
                letter_id=letter_id,
                source=synth.file_name,
                ordinal=ordinal,
                section=section,
                part="body",
                text=text,
                header=header,
                start=start,
                end=cursor,
                title=synth.title,
                issuer=synth.issuer,
                proposal_no=synth.proposal_no,
                kind=synth.kind,
                session=synth.session,
                year=int(synth.date_signed[:4]),
                date_signed=synth.date_signed,
            )
        )
    letter = Letter(
        letter_id=letter_id,
        source=synth.file_name,
        body=body,
        sections=tuple(sections),
        title=synth.title,
        issuer=synth.issuer,
        proposal_no=synth.proposal_no,
        kind=synth.kind,
        session=synth.session,
        proposers=synth.proposers,
        proposal_title=synth.proposal_title,
        date_signed=synth.date_signed,
    )
    return letter, chunks
