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

The modules, in the order `run_bench` uses them:

    config       how much to measure (FULL, QUICK) and the targets
    questions    the Q&A-set questions every latency measurement asks
    ingest       ingest throughput beside the raw model          (workers)
    latency      retrieve/ask latency beside the floor           (worker)
    growth       retrieve as the index grows                      (worker)
    ui_startup   `rag ui` in a child process, to its first answer
    server       a `chroma run` server for the server measurement
    rows, report the table's rows, the table and the chart
    runner       run_bench itself
    process, machine, stores, timing    what the measurements share
"""

from rag.eval.bench.config import FULL, QUICK, BenchConfig
from rag.eval.bench.questions import Question, load_questions
from rag.eval.bench.runner import run_bench

__all__ = ["FULL", "QUICK", "BenchConfig", "Question", "load_questions", "run_bench"]
