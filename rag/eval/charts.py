"""The report's PNG charts: metrics per configuration, the main one by type, latency.

    report["charts"] = write_charts(report, out)   # ["metrics.png", "by_type.png", "latency.png"]

Needs matplotlib (the `eval` extra), imported here only.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.eval.metrics import MRR_K
from rag.eval.report import HEADLINE, records_of

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["write_charts"]

_CJK_FONTS = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "SimHei",
    "Microsoft YaHei",
)
_BY_TYPE = (
    "letter_hit@5",
    f"mrr@{MRR_K}",
    "section_hit@5",
    "citation_accuracy",
    "keyword_full",
    "refusal_accuracy",
)


def write_charts(report: dict[str, Any], out: Path) -> list[str]:
    """metrics.png, by_type.png and latency.png; returns their names relative to `out`."""
    import warnings

    import matplotlib

    with matplotlib.rc_context({"font.family": _font_family()}), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # missing-glyph warnings when no CJK font exists
        _metrics_chart(report, out / "metrics.png")
        _by_type_chart(report, out / "by_type.png")
        _latency_chart(report, out / "latency.png")
    return ["metrics.png", "by_type.png", "latency.png"]


def _metrics_chart(report: dict[str, Any], path: Path) -> None:
    # Figure objects render through Agg without pyplot: no global backend switch, no display.
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 4.5), layout="constrained")
    overall = {name: config["overall"] for name, config in report["configurations"].items()}
    _bars(figure.subplots(), HEADLINE, overall, "Metrics per configuration")
    figure.savefig(path, dpi=110, metadata={"Software": None})


def _by_type_chart(report: dict[str, Any], path: Path) -> None:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(11, 4.5), layout="constrained")
    _bars(figure.subplots(), _BY_TYPE, report["by_type"], f"{report['main']} by question type")
    figure.savefig(path, dpi=110, metadata={"Software": None})


def _latency_chart(report: dict[str, Any], path: Path) -> None:
    from matplotlib.figure import Figure

    configs = list(report["configurations"])
    figure = Figure(figsize=(9, 4), layout="constrained")
    axes = figure.subplots(1, 2)
    for ax, key, title in zip(axes, ("retrieve_ms", "answer_ms"), ("retrieve", "ask"), strict=True):
        data = [[r["score"][key] for r in records_of(report, name)] or [0.0] for name in configs]
        ax.boxplot(data, tick_labels=configs)
        ax.set_title(f"{title} latency (ms)")
    figure.savefig(path, dpi=110, metadata={"Software": None})


def _font_family() -> list[str]:
    """A CJK font first when one is installed (fonts-noto-cjk), so type names render."""
    from matplotlib import font_manager

    installed = {font.name for font in font_manager.fontManager.ttflist}
    return [name for name in _CJK_FONTS if name in installed] + ["DejaVu Sans"]


def _bars(ax: Axes, metrics: Sequence[str], groups: dict[str, dict[str, Any]], title: str) -> None:
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
