"""The bench table's rows: each value beside the floor or baseline it is judged against."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from rag.eval.bench.config import (
    ASK_P50_TARGET_MS,
    GROWTH_TARGET,
    INGEST_RATIO_TARGET,
    REINGEST_SPEEDUP_TARGET,
    RETRIEVE_FLOOR_TARGET,
)

__all__ = ["Row", "growth_rows", "ingest_rows", "latency_rows", "memory_rows", "ui_rows"]


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


def ingest_rows(m: dict[str, Any]) -> list[Row]:
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
        Row(
            "ingest",
            "share of ingest time inside e5",
            m["model_s"] / first * 100,
            "%",
            note=(
                "same process and seconds as the ingest, so immune to load drift; "
                f"outside the model: {first - m['model_s']:.1f} s of {first:.1f} s"
            ),
        ),
    ]
    if m["reingest_s"]:
        rows.append(_reingest_row(m))
    return rows


def _reingest_row(m: dict[str, Any]) -> Row:
    first = m["first_s"]
    again = statistics.median(m["reingest_s"])
    speedup = first / again
    return Row(
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


def latency_rows(label: str, m: dict[str, Any], targets: bool) -> list[Row]:
    floor, floor95 = m["floor"]["p50"], m["floor"]["p95"]
    retrieve, ask = m["retrieve"], m["ask"]
    note = (
        f"{m['counts'].get('letters')} letters, {m['counts'].get('chroma')} chunks, "
        f"{m['embeddings']}; first answer {m['first_answer_s']:.1f} s after opening the store"
    )
    ratio = _ratio(retrieve["p50"], floor)
    return [
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
            floor95,
            "floor p95",
            _ratio(retrieve["p95"], floor95),
        ),
        Row(
            "latency",
            f"ask p50 offline [{label}]",
            ask["p50"],
            "ms",
            floor,
            "floor p50",
            _ratio(ask["p50"], floor),
            f"≤ {ASK_P50_TARGET_MS:.0f} ms" if targets else "",
            (ask["p50"] <= ASK_P50_TARGET_MS) if targets else None,
        ),
        Row(
            "latency",
            f"ask p95 offline [{label}]",
            ask["p95"],
            "ms",
            floor95,
            "floor p95",
            _ratio(ask["p95"], floor95),
        ),
    ]


def growth_rows(points: list[dict[str, Any]]) -> list[Row]:
    """One row per size, judged against the smallest size where retrieve worked."""
    measured = [p for p in points if "retrieve" in p]
    base = measured[0] if measured else None
    rows = []
    for i, p in enumerate(points):
        last = i == len(points) - 1 and len(points) > 1
        rows.append(_growth_row(p, base, last))
    return rows


def _growth_row(p: dict[str, Any], base: dict[str, Any] | None, last: bool) -> Row:
    target = f"≤ {GROWTH_TARGET:.0f}×" if last else ""
    parts = (
        f"p50 floor {p['floor']['p50']:.1f}, store.dense {p['dense']['p50']:.1f}, "
        f"store.keyword {p['keyword']['p50']:.1f} ms"
    )
    what = f"retrieve p50 @ {p['chunks']:,} chunks"
    if "retrieve" not in p or base is None:  # no base: retrieve failed at every size
        note = f"{p.get('error', 'not measured')}; {parts}; built in {p['build_s']:.1f} s"
        return Row(
            "growth", what, None, "ms", target=target, passed=False if last else None, note=note
        )
    base_p50 = base["retrieve"]["p50"]
    ratio = p["retrieve"]["p50"] / base_p50 if base_p50 else None
    # What retrieve spends outside its two searches: filters, fusion, term statistics.
    rest = p["retrieve"]["p50"] - p["dense"]["p50"] - p["keyword"]["p50"]
    return Row(
        "growth",
        what,
        p["retrieve"]["p50"],
        "ms",
        base_p50,
        f"retrieve p50 @ {base['chunks']:,}",
        ratio,
        target,
        (ratio <= GROWTH_TARGET) if last and ratio is not None else None,
        (
            f"{parts}, rest of retrieve {rest:.1f} ms; first retrieve "
            f"{p['first_retrieve_s'] * 1000:,.0f} ms; built in {p['build_s']:.1f} s"
        ),
    )


def replica_rows(points: list[dict[str, Any]]) -> list[Row]:
    """Per size: a new replica's start-up (and its memory), then its restart."""
    rows = []
    for p in points:
        new, restart = p["new"], p["restart"]
        where = f"@ {p['chunks']:,} chunks, {new['letters']:,} letters"
        rows.append(
            Row(
                "replicas",
                f"new replica start-up {where}",
                new["total_s"],
                "s",
                note=(
                    f"manifest {new['open_s']:.2f} s, BM25 from the server's tokens "
                    f"{new['bm25_s']:.2f} s, boilerplate vectors {new['boilerplate_s']:.2f} s; "
                    f"peak RSS {new['peak_rss_mb']:,.0f} MB; version check "
                    f"{new['version_check_ms']:.1f} ms"
                ),
            )
        )
        rows.append(
            Row(
                "replicas",
                f"replica restart (BM25 cached) {where}",
                restart["total_s"],
                "s",
                note=f"BM25 {restart['bm25_s']:.2f} s; peak RSS {restart['peak_rss_mb']:,.0f} MB",
            )
        )
    return rows


def ui_rows(ui: dict[str, Any] | None) -> list[Row]:
    what = "UI start-up to first answer"
    if not ui or not ui.get("measured"):
        reason = (ui or {}).get("reason", "not run")
        return [Row("ui", what, None, "s", note=f"not measured: {reason}")]
    note = (
        f"from process start: UI launched {ui['launched_s']:.1f} s, "
        f"page served {ui['page_served_s']:.1f} s, first answer {ui['answered_s']:.1f} s"
    )
    return [Row("ui", what, ui["answered_s"], "s", note=note)]


def memory_rows(results: dict[str, Any]) -> list[Row]:
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


def _ratio(value: float, floor: float) -> float | None:
    return value / floor if floor else None
