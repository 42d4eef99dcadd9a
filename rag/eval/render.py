"""The report for people: a console table and report.md (metrics, per type, failures).

    console.print(console_table(report))
    (out / "report.md").write_text(render_markdown(report) + checks_markdown(checks))

A failure section says what was expected, answered, cited and retrieved, so a failing
question can be judged without re-running it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.eval.metrics import FAIL_K, MRR_K, RATE_METRICS
from rag.eval.report import HEADLINE, LATENCIES
from rag.eval.run import Record

if TYPE_CHECKING:
    from rich.table import Table

__all__ = ["checks_line", "checks_markdown", "console_table", "render_markdown"]

TOP_SHOWN = 5  # retrieved passages listed per failure in report.md


def console_table(report: dict[str, Any]) -> Table:
    """The headline metrics and latencies, one column per configuration."""
    from rich.table import Table

    configs = list(report["configurations"])
    table = Table(title=f"rag eval — {report['questions_total']} questions, {report['mode']}")
    table.add_column("metric")
    for config in configs:
        table.add_column(config, justify="right")
    for name in (*HEADLINE, *LATENCIES):
        table.add_row(name, *(_cell(report, config, name) for config in configs))
    return table


def render_markdown(report: dict[str, Any]) -> str:
    """report.md: setup, metrics side by side, per-type breakdown, charts, failures."""
    lines = _setup(report) + _metrics(report)
    for name, config in report["configurations"].items():
        lines += _by_type(name, config["by_type"])
    if report.get("charts"):
        lines += ["", "## Charts", ""]
        lines += [f"![{Path(chart).stem}]({chart})" for chart in report["charts"]]
    lines += _failures(report)
    return "\n".join(lines) + "\n"


def checks_line(checks: dict[str, Any]) -> str:
    """The citation checks in one line, for the console."""
    return (
        f"answered with ≥1 citation: {_rate(checks['answered_with_citation'])} of "
        f"{checks['answered']}; quotes verbatim in their letter: "
        f"{_rate(checks['quotes_verbatim'])} of {checks['citations']}; "
        f"frame-sentence evidence: {_rate(checks.get('frame_evidence'))}; "
        f"multi-letter questions, right letters cited: {_rate(checks.get('letters_cited'))}"
    )


def checks_markdown(checks: dict[str, Any]) -> str:
    """The "Citation checks" section appended to report.md."""
    lines = ["", "## Citation checks", "", checks_line(checks), ""]
    lines += ["| gold proposal | questions | citation accuracy |", "|---|---:|---:|"]
    for gold, row in checks["citation_accuracy_by_letter"].items():
        lines.append(f"| {gold} | {row['n']} | {row['citation_accuracy']:.2f} |")
    for quote in checks["not_verbatim"]:
        lines.append(f"- not verbatim: {quote}")
    return "\n".join(lines) + "\n"


# -- sections of report.md ------------------------------------------------------------------


def _setup(report: dict[str, Any]) -> list[str]:
    overall = report["metrics"]
    return [
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


def _metrics(report: dict[str, Any]) -> list[str]:
    configs = report["configurations"]
    lines = []
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
    return lines


def _by_type(name: str, by_type: dict[str, dict[str, Any]]) -> list[str]:
    columns: tuple[str, ...] = (
        "n",
        "letter_hit@5",
        f"mrr@{MRR_K}",
        "section_hit@5",
        "citation_accuracy",
    )
    columns += ("keyword_full", "refusal_accuracy", "false_refusal_rate", "answer_p50_ms")
    lines = ["", f"## By question type — {name}", ""]
    lines += ["| type | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for kind, metrics in by_type.items():
        cells = " | ".join(_fmt(metrics.get(c), c) for c in columns)
        lines.append(f"| {kind} | {cells} |")
    return lines


def _failures(report: dict[str, Any]) -> list[str]:
    failures = [r for r in report["questions"] if r["failed"]]
    lines = ["", f"## Failures — {report['main']} ({len(failures)})", ""]
    if not failures:
        lines.append("None.")
    for record in failures:
        lines += _failure(record)
    for name, records in report["baseline_questions"].items():
        failed = [r["id"] for r in records if r["failed"]]
        lines += ["", f"{name}: {len(failed)} failed — " + (", ".join(failed) or "none")]
    return lines


def _failure(record: Record) -> list[str]:
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


def _expected(expected: dict[str, Any]) -> list[str]:
    letters = []
    if "gold_proposal" in expected:
        letters.append(f"第{expected['gold_proposal']}号")
    if "gold_file" in expected:
        letters.append(f"`{expected['gold_file']}`")
    if "gold_files_any" in expected:
        files = ", ".join(f"`{f}`" for f in expected["gold_files_any"])
        letters.append(f"at least {expected['min_distinct_letters']} of {files}")
    lines = ["  - letter: " + (" / ".join(letters) or "none (unanswerable: should refuse)")]
    if "gold_section_keywords" in expected:
        lines.append("  - section containing: " + " + ".join(expected["gold_section_keywords"]))
    if "must_include_any" in expected:
        groups = ["「" + "」or「".join(group) + "」" for group in expected["must_include_any"]]
        lines.append("  - answer mentioning: " + "; ".join(groups))
    if "reference" in expected:
        lines.append(f"  - reference: {expected['reference']}")
    return lines


# -- cells ----------------------------------------------------------------------------------


def _label(hit: dict[str, Any]) -> str:
    number = f" 第{hit['proposal_no']}号" if hit.get("proposal_no") else ""
    return f"`{hit['source']}`{number} — {hit['section'] or '(no section)'}"


def _cell(report: dict[str, Any], config: str, name: str) -> str:
    data = report["configurations"][config]
    text = _fmt(data["overall"].get(name), name)
    ratio = data.get("ratio_vs_naive", {}).get(name)
    if config != "naive" and ratio is not None:
        text += f" (×{ratio:.2f})"
    return text


def _fmt(value: float | None, name: str = "") -> str:
    if value is None:
        return "–"
    if name.endswith("_ms"):
        return f"{value:.1f}" if value < 10 else f"{value:.0f}"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _rate(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"
