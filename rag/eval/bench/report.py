"""The bench's output: the rich table printed at the end and the growth chart."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.eval.bench.rows import Row

if TYPE_CHECKING:
    from rich.console import Group

__all__ = ["fmt", "plot_growth", "render_table"]

_PASS = {True: "[green]pass[/green]", False: "[red]FAIL[/red]", None: ""}


def render_table(rows: list[Row], results: dict[str, Any]) -> Group:
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
        table.add_row(
            escape(r.what + _note_marker(r, notes)),
            "not measured" if r.value is None else f"{fmt(r.value)} {r.unit}",
            "" if r.baseline is None else fmt(r.baseline),
            "" if r.ratio is None else f"{r.ratio:.2f}×",
            r.target,
            _PASS[r.passed],
        )
    for name, error in results["errors"].items():
        table.add_section()
        table.add_row(escape(name), "[red]failed[/red]", "", "", "", "")
        notes.append(f"{name}: {error}")
    lines = [Text(f"[{n}] {note}", style="dim") for n, note in enumerate(notes, 1)]
    return Group(table, *lines)


def _note_marker(r: Row, notes: list[str]) -> str:
    """The ` [n]` that points at the row's note under the table (added to `notes`), if any."""
    detail = "; ".join(x for x in (r.baseline_what and f"baseline: {r.baseline_what}", r.note) if x)
    if not detail:
        return ""
    if detail not in notes:
        notes.append(detail)
    return f" [{notes.index(detail) + 1}]"


def plot_growth(points: list[dict[str, Any]], path: Path) -> bool:
    """retrieve latency against corpus size (log x), with its floor and parts; False if empty."""
    if not points:
        return False
    # A Figure renders through Agg without pyplot: no global backend switch, no display.
    from matplotlib.figure import Figure

    xs = [p["chunks"] for p in points]
    done = [p for p in points if "retrieve" in p]  # sizes where retrieve itself worked
    fig = Figure(figsize=(7, 4.5), dpi=120)
    ax = fig.subplots()
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
    return True


def fmt(x: float) -> str:
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"
