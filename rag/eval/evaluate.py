"""`rag eval`: run a Q&A set through the pipeline (and, with --compare, the baselines).

    report = run_eval(Settings(), qa_file=Path("corpus/qa/qa.jsonl"), out=Path("out/eval"))
    report["metrics"]["letter_hit@5"], report["metrics"]["citation_accuracy"]

Writes into `out`: `report.json` (every number and one record per question and
configuration), `report.md` (tables, the per-type breakdown and a "Failures" section
with what was expected, answered, cited and retrieved) and PNG charts.

The index is built in a home of its own (`out/home` unless `home=` says otherwise), so
an evaluation never touches the user's index. Offline runs ignore OPENAI_API_KEY, so
the numbers depend only on the Q&A set, the corpus and the code.
"""

from __future__ import annotations

import json
import math
import shutil
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from time import perf_counter
from typing import Any

from rich.console import Console
from rich.table import Table

from rag.eval.baselines import FullPipeline, LetterFile, System, compare_systems
from rag.errors import ConfigError, IndexNotBuiltError, RagError
from rag.eval.metrics import (
    MRR_K,
    RATE_METRICS,
    QAItem,
    QuestionScore,
    aggregate,
    aggregate_by_type,
    load_qa,
    normalize_file,
    score_question,
)
from rag.models import Answer, Passage
from rag.settings import Settings

__all__ = ["evaluate_systems", "letter_files", "render_markdown", "run_eval"]

MODES = ("offline", "llm")
LETTER_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
FAIL_K = 5  # a question fails when its gold letter or section is not in the top FAIL_K
TOP_SHOWN = 5  # retrieved passages listed per failure in report.md
_HOME_MARKER = ".rag-eval-corpus"

# The rows of the console table and the bars of the chart: the headline numbers.
HEADLINE = (
    "letter_hit@1",
    "letter_hit@5",
    f"mrr@{MRR_K}",
    "section_hit@5",
    "citation_accuracy",
    "citation_accuracy_all",
    "keyword_full",
    "keyword_mean",
    "refusal_accuracy",
    "false_refusal_rate",
)
LATENCIES = ("retrieve_p50_ms", "retrieve_p95_ms", "answer_p50_ms", "answer_p95_ms")


def run_eval(
    settings: Settings,
    qa_file: Path,
    corpus: Path | None = None,
    out: Path = Path("out/eval"),
    mode: str = "offline",
    compare: bool = False,
    console: Console | None = None,
    *,
    home: Path | None = None,
) -> dict[str, Any]:
    """Index `corpus`, ask every question of `qa_file`, score, and write the reports.

    `mode="llm"` answers with the configured OpenAI-compatible model (needs
    OPENAI_API_KEY); `compare=True` also runs the naive LangChain, dense-only and
    BM25-only baselines. Returns what `report.json` holds.
    """
    from rag.qa import ReplyLetterQA

    items = load_qa(qa_file)  # fail on a bad Q&A file before indexing anything
    corpus = Path(corpus or settings.corpus)
    if not corpus.exists():
        raise ConfigError(f"corpus {corpus} does not exist: pass --corpus DIR or set RAG_CORPUS")
    out = Path(out)
    own_home = home is None
    home = out / "home" if home is None else Path(home)
    settings = _eval_settings(settings, mode, home, corpus)
    if own_home:
        _fresh_home(home, corpus)

    qa = ReplyLetterQA(settings)
    ingest = qa.ingest([corpus])
    if ingest.chunks == 0:
        reasons = "; ".join(f"{path}: {reason}" for path, reason in ingest.failed[:3])
        raise IndexNotBuiltError(f"no letter in {corpus} could be indexed. {reasons}".strip())

    def make_qa() -> ReplyLetterQA:
        return ReplyLetterQA(settings)

    files = letter_files(corpus, qa.letters())
    systems = compare_systems(make_qa, files) if compare else [FullPipeline(make_qa())]
    context = {
        "qa_file": str(qa_file),
        "corpus": str(corpus),
        "mode": mode,
        "embedding_model": settings.embedding_model,
        "llm_model": settings.openai_model if mode == "llm" else None,
        "ingest": {
            "letters": len(ingest.added) + len(ingest.updated) + len(ingest.unchanged),
            "chunks": ingest.chunks,
            "failed": [list(pair) for pair in ingest.failed],
        },
    }
    report = evaluate_systems(systems, items, out, console=console, context=context)
    report["checks"] = citation_checks(report["questions"], _letter_texts(qa))
    (out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    with (out / "report.md").open("a", encoding="utf-8") as md:
        md.write(_checks_markdown(report["checks"]))
    (console or Console(stderr=True)).print(_checks_line(report["checks"]), highlight=False)
    return report


def _letter_texts(qa: Any) -> dict[str, str]:
    """Each indexed letter's text as the store holds it, by source file name."""
    parts: dict[str, list[str]] = {}
    for chunk in qa.store.get_chunks():
        parts.setdefault(chunk.source, []).append(chunk.text)
    return {source: "\n".join(texts) for source, texts in parts.items()}


def citation_checks(records: Sequence[dict[str, Any]], texts: dict[str, str]) -> dict[str, Any]:
    """What the answers promise users, checked over the full pipeline's answers.

    - `answered_with_citation`: answerable questions answered (not refused) that carry at
      least one citation, over all answerable questions answered;
    - `quotes_verbatim`: citations whose quote occurs verbatim in the letter it names;
    - `citation_accuracy_by_letter`: citation accuracy (as in the metrics table) per gold
      proposal number, so the reference letter can be read on its own.
    """
    answered = [r for r in records if r["answerable"] and not r["answer"]["refused"]]
    citations = [c for r in records for c in r["answer"]["citations"]]
    verbatim = [c for c in citations if c["quote"] and c["quote"] in texts.get(c["source"], "")]
    by_letter: dict[str, list[bool]] = {}
    for r in records:
        gold = (r.get("expected") or {}).get("gold_proposal")
        if r["answerable"] and gold:
            by_letter.setdefault(str(gold), []).append(bool(r["score"].get("citation_any")))
    return {
        "answered": len(answered),
        "answered_with_citation": _share(
            sum(bool(r["answer"]["citations"]) for r in answered), len(answered)
        ),
        "citations": len(citations),
        "quotes_verbatim": _share(len(verbatim), len(citations)),
        "not_verbatim": [c["quote"][:80] for c in citations if c not in verbatim][:20],
        "citation_accuracy_by_letter": {
            gold: {"n": len(hits), "citation_accuracy": _share(sum(hits), len(hits))}
            for gold, hits in sorted(by_letter.items())
        },
    }


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _checks_line(checks: dict[str, Any]) -> str:
    fmt = lambda v: "–" if v is None else f"{v:.2f}"  # noqa: E731
    return (
        f"answered with ≥1 citation: {fmt(checks['answered_with_citation'])} of "
        f"{checks['answered']}; quotes verbatim in their letter: "
        f"{fmt(checks['quotes_verbatim'])} of {checks['citations']}"
    )


def _checks_markdown(checks: dict[str, Any]) -> str:
    lines = ["", "## Citation checks", "", _checks_line(checks), ""]
    lines += ["| gold proposal | questions | citation accuracy |", "|---|---:|---:|"]
    for gold, row in checks["citation_accuracy_by_letter"].items():
        lines.append(f"| {gold} | {row['n']} | {row['citation_accuracy']:.2f} |")
    for quote in checks["not_verbatim"]:
        lines.append(f"- not verbatim: {quote}")
    return "\n".join(lines) + "\n"


def evaluate_systems(
    systems: Sequence[System],
    items: Sequence[QAItem],
    out: Path,
    console: Console | None = None,
    context: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Ask every system every question, score, print the table and write the reports.

    The last system is the one the failures and per-type sections describe (the full
    pipeline); one named "naive" is the baseline ratios are taken against.
    """
    console = console or Console(stderr=True)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    runs = {system.name: _run_system(system, items, console) for system in systems}
    report = _report(items, systems, runs, context or {})
    report["charts"] = _write_charts(report, out)
    (out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
    console.print(_table(report))
    console.print(f"reports in {out}/ (report.md, report.json, charts)", highlight=False)
    return report


def _eval_settings(settings: Settings, mode: str, home: Path, corpus: Path) -> Settings:
    if mode not in MODES:
        raise ConfigError(f"unknown eval mode {mode!r}: use --mode offline or --mode llm")
    update: dict[str, Any] = {"home": home, "corpus": corpus}
    if mode == "llm" and not settings.llm_enabled:
        raise ConfigError(
            "--mode llm needs OPENAI_API_KEY (and OPENAI_BASE_URL for a non-OpenAI server); "
            "use --mode offline to evaluate without a model"
        )
    if mode == "offline":
        update["openai_api_key"] = None  # a key in the environment must not change the numbers
    return settings.model_copy(update=update)


def _fresh_home(home: Path, corpus: Path) -> None:
    """Start over when the eval home was built from another corpus.

    Ingest only removes letters gone from the folder it is given; letters left over
    from another corpus would otherwise be retrieved and change the numbers.
    """
    marker = home / _HOME_MARKER
    wanted = str(corpus.resolve())
    if marker.exists() and marker.read_text(encoding="utf-8") != wanted:
        shutil.rmtree(home)
    elif home.exists() and not marker.exists() and any(home.iterdir()):
        # Not ours (maybe the user's index): never delete it, but do not mix corpora.
        raise ConfigError(f"{home} holds an index not made by `rag eval`; choose another --out")
    home.mkdir(parents=True, exist_ok=True)
    marker.write_text(wanted, encoding="utf-8")


def letter_files(corpus: Path, records: Sequence[dict[str, Any]]) -> list[LetterFile]:
    """The corpus files the naive baseline reads, labelled with the index's letter identity.

    The identity (proposal number, title) only labels passages for scoring; the naive
    baseline never sees parsed text.
    """
    by_path = {str(r.get("path")): r for r in records if r.get("path")}
    by_name = {normalize_file(str(r.get("source") or "")): r for r in records}
    paths = [corpus] if corpus.is_file() else sorted(p for p in corpus.rglob("*") if p.is_file())
    files = []
    for path in paths:
        # The manifest keys letters by resolved path; a bare file name is the fallback.
        record = by_path.get(str(path.resolve())) or by_name.get(normalize_file(path.name))
        if path.suffix.lower() not in LETTER_SUFFIXES or record is None:
            continue  # not a letter the index accepted (a README, the Q&A set, a failed file)
        files.append(
            LetterFile(
                path=path,
                source=str(record.get("source") or path.name),
                proposal_no=record.get("proposal_no"),
                title=record.get("title"),
            )
        )
    return files


# -- running the questions ------------------------------------------------------------------


def _run_system(system: System, items: Sequence[QAItem], console: Console) -> list[dict[str, Any]]:
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


def _run_question(system: System, item: QAItem) -> dict[str, Any]:
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
) -> dict[str, Any]:
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
    }


def _where(hit: Any) -> dict[str, Any]:
    return {"source": hit.source, "proposal_no": hit.proposal_no, "section": hit.section}


def _scores(records: Sequence[dict[str, Any]]) -> list[QuestionScore]:
    """Rebuild the scores from the records, so the report is computed from what it shows."""
    scores = []
    for record in records:
        fields = dict(record["score"])
        if fields.get("keywords") is not None:
            fields["keywords"] = tuple(fields["keywords"])
        scores.append(
            QuestionScore(
                id=record["id"], type=record["type"], failed=tuple(record["failed"]), **fields
            )
        )
    return scores


# -- the report -----------------------------------------------------------------------------


def _report(
    items: Sequence[QAItem],
    systems: Sequence[System],
    runs: dict[str, list[dict[str, Any]]],
    context: dict[str, Any],
) -> dict[str, Any]:
    configurations: dict[str, Any] = {}
    for system in systems:
        scores = _scores(runs[system.name])
        configurations[system.name] = {
            "label": system.label,
            "overall": aggregate(scores),
            "by_type": aggregate_by_type(scores),
            "failed": [s.id for s in scores if s.failed],
        }
    naive = configurations.get("naive")
    if naive:
        for config in configurations.values():
            config["ratio_vs_naive"] = _ratios(config["overall"], naive["overall"])
    main = systems[-1].name
    defaults: dict[str, Any] = {
        "qa_file": None,
        "corpus": None,
        "mode": "offline",
        "embedding_model": None,
    }
    defaults |= {"llm_model": None, "ingest": {"letters": None, "chunks": None, "failed": []}}
    return {
        **defaults,
        **context,
        "questions_total": len(items),
        "main": main,
        "metrics": configurations[main]["overall"],
        "by_type": configurations[main]["by_type"],
        "configurations": configurations,
        "questions": runs[main],
        "baseline_questions": {name: runs[name] for name in runs if name != main},
    }


def _ratios(metrics: dict[str, Any], naive: dict[str, Any]) -> dict[str, float | None]:
    ratios: dict[str, float | None] = {}
    for name in (*RATE_METRICS, *LATENCIES):
        value, base = metrics.get(name), naive.get(name)
        ratios[name] = value / base if value is not None and base else None
    return ratios


def _fmt(value: Any, name: str = "") -> str:
    if value is None:
        return "–"
    if name.endswith("_ms"):
        return f"{value:.1f}" if value < 10 else f"{value:.0f}"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _cell(report: dict[str, Any], config: str, name: str) -> str:
    data = report["configurations"][config]
    text = _fmt(data["overall"].get(name), name)
    ratio = data.get("ratio_vs_naive", {}).get(name)
    if config != "naive" and ratio is not None:
        text += f" (×{ratio:.2f})"
    return text


def _table(report: dict[str, Any]) -> Table:
    configs = list(report["configurations"])
    table = Table(title=f"rag eval — {report['questions_total']} questions, {report['mode']}")
    table.add_column("metric")
    for config in configs:
        table.add_column(config, justify="right")
    for name in (*HEADLINE, *LATENCIES):
        table.add_row(name, *(_cell(report, config, name) for config in configs))
    return table


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(report: dict[str, Any]) -> str:
    """report.md: setup, metrics side by side, per-type breakdown, charts, failures."""
    configs = report["configurations"]
    overall = report["metrics"]
    lines = [
        "# Evaluation report",
        "",
        f"- Q&A set: `{report['qa_file']}` — {overall['n']} questions "
        f"({overall['n_answerable']} answerable, {overall['n_unanswerable']} unanswerable)",
        f"- Corpus: `{report['corpus']}` — {report['ingest']['letters']} letters, "
        f"{report['ingest']['chunks']} chunks, {len(report['ingest']['failed'])} failed",
        f"- Mode: {report['mode']}; embeddings `{report['embedding_model']}`"
        + (f"; model `{report['llm_model']}`" if report["llm_model"] else ""),
        "- Latency: `answer` is the whole `ask` call (retrieval included, question not yet "
        "embedded); `retrieve` runs after it, so it measures search without query encoding.",
        f"- A question fails when its gold letter or section is not in the top {FAIL_K}, "
        "it has no correct citation, misses a keyword group, or is wrongly (not) refused.",
        "",
        "## Metrics",
        "",
    ]
    if "naive" in configs:
        lines += [
            "Ratios in parentheses are relative to the naive baseline. The baselines have no "
            "refusal step: they refuse only when retrieval returns nothing (BM25 can).",
            "",
        ]
    names = list(configs)
    lines += [
        "| metric | " + " | ".join(f"{n} — {configs[n]['label']}" for n in names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for name in (*RATE_METRICS, *LATENCIES, "n_failed"):
        lines.append(f"| {name} | " + " | ".join(_cell(report, n, name) for n in names) + " |")

    columns: tuple[str, ...] = (
        "n",
        "letter_hit@5",
        f"mrr@{MRR_K}",
        "section_hit@5",
        "citation_accuracy",
    )
    columns += ("keyword_full", "refusal_accuracy", "false_refusal_rate", "answer_p50_ms")
    for name in names:
        lines += ["", f"## By question type — {name}", ""]
        lines += ["| type | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
        for kind, metrics in configs[name]["by_type"].items():
            cells = " | ".join(_fmt(metrics.get(c), c) for c in columns)
            lines.append(f"| {kind} | {cells} |")

    if report.get("charts"):
        lines += ["", "## Charts", ""]
        lines += [f"![{Path(chart).stem}]({chart})" for chart in report["charts"]]

    failures = [r for r in report["questions"] if r["failed"]]
    lines += ["", f"## Failures — {report['main']} ({len(failures)})", ""]
    if not failures:
        lines.append("None.")
    for record in failures:
        lines += _failure(record)
    for name, records in report["baseline_questions"].items():
        failed = [r["id"] for r in records if r["failed"]]
        lines += ["", f"{name}: {len(failed)} failed — " + (", ".join(failed) or "none")]
    return "\n".join(lines) + "\n"


def _expected(expected: dict[str, Any]) -> list[str]:
    lines = []
    letters = []
    if "gold_proposal" in expected:
        letters.append(f"第{expected['gold_proposal']}号")
    if "gold_file" in expected:
        letters.append(f"`{expected['gold_file']}`")
    if "gold_files_any" in expected:
        files = ", ".join(f"`{f}`" for f in expected["gold_files_any"])
        letters.append(f"at least {expected['min_distinct_letters']} of {files}")
    lines.append("  - letter: " + (" / ".join(letters) or "none (unanswerable: should refuse)"))
    if "gold_section_keywords" in expected:
        lines.append("  - section containing: " + " + ".join(expected["gold_section_keywords"]))
    if "must_include_any" in expected:
        groups = ["「" + "」or「".join(group) + "」" for group in expected["must_include_any"]]
        lines.append("  - answer mentioning: " + "; ".join(groups))
    if "reference" in expected:
        lines.append(f"  - reference: {expected['reference']}")
    return lines


def _failure(record: dict[str, Any]) -> list[str]:
    answer = record["answer"]
    lines = [f"### {record['id']} ({record['type']}): {'; '.join(record['failed'])}", ""]
    for n, turn in enumerate(record["earlier_turns"], 1):
        lines.append(f"- Turn {n}: {turn}")
    lines += [f"- Question: {record['question']}", "- Expected:", *_expected(record["expected"])]
    text = answer["text"].strip().replace("\n", " ")
    lines.append(f"- Answered (refused: {'yes' if answer['refused'] else 'no'}): {text[:400]}")
    lines.append("- Cited:" + ("" if answer["citations"] else " nothing"))
    for n, c in enumerate(answer["citations"], 1):
        lines.append(f"  - [{n}] {_label(c)}")
    lines.append(f"- Retrieved top {TOP_SHOWN}:" + ("" if record["retrieved"] else " nothing"))
    for n, p in enumerate(record["retrieved"][:TOP_SHOWN], 1):
        lines.append(f"  {n}. {p['score']:.3f} {_label(p)}")
    lines.append("")
    return lines


def _label(hit: dict[str, Any]) -> str:
    number = f" 第{hit['proposal_no']}号" if hit.get("proposal_no") else ""
    return f"`{hit['source']}`{number} — {hit['section'] or '(no section)'}"


# -- charts ---------------------------------------------------------------------------------

_CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
)


def _font_family() -> list[str]:
    """A CJK font first when one is installed (fonts-noto-cjk), so type names render."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in _CJK_FONTS if name in installed] + ["DejaVu Sans"]


def _write_charts(report: dict[str, Any], out: Path) -> list[str]:
    """metrics.png, by_type.png and latency.png; returns their names relative to `out`."""
    import warnings

    import matplotlib

    # Figure objects render through Agg without pyplot: no global backend switch, no display.
    from matplotlib.figure import Figure

    configs = report["configurations"]
    charts = []
    with matplotlib.rc_context({"font.family": _font_family()}), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing-glyph warnings when no CJK font exists
        figure = Figure(figsize=(11, 4.5), layout="constrained")
        _bars(
            figure.subplots(),
            HEADLINE,
            {name: config["overall"] for name, config in configs.items()},
            "Metrics per configuration",
        )
        figure.savefig(out / "metrics.png", dpi=110, metadata={"Software": None})
        charts.append("metrics.png")

        by_type = report["by_type"]
        figure = Figure(figsize=(11, 4.5), layout="constrained")
        shown: tuple[str, ...] = (
            "letter_hit@5",
            f"mrr@{MRR_K}",
            "section_hit@5",
            "citation_accuracy",
        )
        shown += ("keyword_full", "refusal_accuracy")
        _bars(figure.subplots(), shown, by_type, f"{report['main']} by question type")
        figure.savefig(out / "by_type.png", dpi=110, metadata={"Software": None})
        charts.append("by_type.png")

        figure = Figure(figsize=(9, 4), layout="constrained")
        axes = figure.subplots(1, 2)
        for ax, key, title in zip(
            axes, ("retrieve_ms", "answer_ms"), ("retrieve", "ask"), strict=True
        ):
            data = [[r["score"][key] for r in _records(report, name)] or [0.0] for name in configs]
            ax.boxplot(data, tick_labels=list(configs))
            ax.set_title(f"{title} latency (ms)")
        figure.savefig(out / "latency.png", dpi=110, metadata={"Software": None})
        charts.append("latency.png")
    return charts


def _records(report: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return report["questions"] if name == report["main"] else report["baseline_questions"][name]


def _bars(ax: Any, metrics: Sequence[str], groups: dict[str, dict[str, Any]], title: str) -> None:
    """Grouped bars: one group per metric, one bar per configuration (or type)."""
    width = 0.8 / max(len(groups), 1)
    for i, (name, values) in enumerate(groups.items()):
        # A metric that does not apply (None) gets no bar rather than a misleading zero.
        heights = [math.nan if values.get(m) is None else values[m] for m in metrics]
        xs = [x + (i - (len(groups) - 1) / 2) * width for x in range(len(metrics))]
        ax.bar(xs, heights, width, label=name)
    ax.set_xticks(range(len(metrics)), [m.replace("_", " ") for m in metrics], rotation=25)
    ax.set_ylim(0, 1.05)
    ax.set_title(title)
    ax.legend(fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1.0))
