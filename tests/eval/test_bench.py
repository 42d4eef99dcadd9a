"""`rag bench` and its synthetic letters: behaviour only, never a timing."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import time
from collections.abc import MutableMapping
from dataclasses import replace

import pytest
from conftest import CORPUS
from rich.console import Console

from rag.eval import synth as _synth
from rag.eval.bench import QUICK, load_questions, run_bench
from rag.eval.bench.report import plot_growth
from rag.eval.bench.rows import growth_rows, ui_rows
from rag.letters.parse import parse_letter
from rag.settings import Settings


def test_same_seed_writes_the_same_bytes(tmp_path) -> None:
    first = _synth.write_letters(tmp_path / "a", 12, seed=7)
    second = _synth.write_letters(tmp_path / "b", 12, seed=7)
    assert [p.name for p in first] == [p.name for p in second]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(first, second, strict=True))


def test_letters_do_not_depend_on_the_process_or_on_how_many_are_made() -> None:
    # Another interpreter (another PYTHONHASHSEED) and a longer run give the same letter 3.
    code = "from rag.eval.synth import synth_letter; print(synth_letter(3, seed=7).text)"
    env_out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        env={"PYTHONHASHSEED": "12345", "PATH": ""},
    ).stdout
    assert env_out == _synth.synth_letter(3, seed=7).text + "\n"
    assert _synth.synth_letters(40, seed=7)[3] == _synth.synth_letters(4, seed=7)[3]


def test_another_seed_gives_other_letters() -> None:
    assert _synth.synth_letter(0, seed=1).text != _synth.synth_letter(0, seed=2).text


def test_every_letter_says_it_is_synthetic() -> None:
    for letter in _synth.synth_letters(30):
        assert _synth.SYNTHETIC_NOTE in letter.text
        assert "synthetic" in letter.text
        assert letter.file_name.startswith(_synth.FILE_PREFIX)


@pytest.mark.parametrize("index", range(0, 60, 3))
def test_letters_parse_into_the_structure_they_were_written_with(index: int) -> None:
    synth = _synth.synth_letter(index)
    letter = parse_letter(synth.text, synth.file_name)

    assert letter.title == synth.title
    assert letter.issuer == synth.issuer
    assert letter.proposal_no == synth.proposal_no
    assert letter.kind == synth.kind
    assert letter.session == synth.session
    assert letter.proposers == synth.proposers
    assert letter.proposal_title == synth.proposal_title
    assert letter.date_signed == synth.date_signed
    # 一、 › (一) headings, as written (the parser drops a heading's closing 。).
    written = {tuple(h.rstrip("。") for h in path) for path, _ in synth.sections}
    assert {s.path[:2] for s in letter.sections if s.path} == written
    # 一是… items sit under their (一) heading in the second part.
    items = [s.path for s in letter.sections if len(s.path) == 3]
    assert items and all(p[0] == "二、下一步工作重点" and p[2][1] == "是" for p in items)
    parts = [s.part for s in letter.sections]
    for part in ("salutation", "opening", "closing", "signature"):
        assert part in parts, part
    assert any(_synth.SYNTHETIC_NOTE in s.text for s in letter.sections)


def test_questions_come_from_the_qa_set_with_their_earlier_turns(tmp_path) -> None:
    qa = tmp_path / "qa.jsonl"
    lines = [
        {"id": "a", "question": "第一问？"},
        {"id": "b", "turns": ["先问这个", "其中第二点呢？"]},
    ]
    qa.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    questions = load_questions(qa)
    assert [(q.id, q.question, q.earlier) for q in questions] == [
        ("a", "第一问？", ()),
        ("b", "其中第二点呢？", ("先问这个",)),
    ]
    assert load_questions(tmp_path / "missing.jsonl")  # built-in questions instead


@pytest.mark.slow
def test_quick_bench_writes_report_and_chart(tmp_path) -> None:
    tiny = replace(
        QUICK,
        scale_letters=3,
        repeats=1,
        questions=2,
        growth_questions=2,
        reingests=1,
        bundled=False,
    )
    settings = Settings(home=tmp_path / "home", corpus=CORPUS)
    console = Console(file=io.StringIO(), width=160)
    out = tmp_path / "out"

    results = run_bench(
        settings,
        out,
        quick=True,
        console=console,
        config=tiny,
        letters=2,
        sizes=(20, 40),
        server=False,
        ui=False,
    )

    report = json.loads((out / "bench.json").read_text(encoding="utf-8"))
    assert report == json.loads(json.dumps(results, ensure_ascii=False))
    for key in (
        "machine",
        "config",
        "corpus",
        "load",
        "ingest",
        "latency",
        "growth",
        "memory",
        "ui",
        "rows",
        "targets",
        "chart",
        "phases_s",
        "duration_s",
    ):
        assert key in report, key
    assert report["errors"] == {}
    assert report["config"]["letters"] == 2 and report["config"]["sizes"] == [20, 40]
    assert {"cpu", "cores", "ram_gb"} <= set(report["machine"])
    assert "synthetic" in report["corpus"]["synthetic"]
    assert report["ingest"]["letters"] == 2 and report["ingest"]["reingest_unchanged"] == 2
    assert set(report["latency"]) == {"e5", "scale"}
    for measured in report["latency"].values():
        assert {"floor", "retrieve", "ask"} <= set(measured)
    assert [p["chunks"] for p in report["growth"]] == [20, 40]
    assert {r["group"] for r in report["rows"]} == {"ingest", "latency", "growth", "ui", "memory"}
    for row in report["rows"]:
        assert {"what", "value", "baseline", "ratio", "target", "passed"} <= set(row)
    ui_row = next(r for r in report["rows"] if r["group"] == "ui")
    assert ui_row["value"] is None and "not measured" in ui_row["note"]
    chart = out / report["chart"]
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    printed = console.file.getvalue()
    assert "retrieve p50" in printed and "bench.json" in printed


def test_a_size_where_retrieve_failed_fails_the_growth_target_and_still_plots(tmp_path) -> None:
    def timing(ms: float) -> dict[str, float]:
        return {"p50": ms, "p95": ms * 1.2, "mean": ms, "n": 3, "total_s": ms * 3 / 1000}

    measured = {"floor": timing(20), "dense": timing(25), "keyword": timing(5)}
    points = [
        {
            "chunks": 1_000,
            "build_s": 1.0,
            "first_retrieve_s": 0.2,
            "retrieve": timing(40),
            **measured,
        },
        {"chunks": 100_000, "build_s": 99.0, "error": "retrieve failed: InternalError", **measured},
    ]
    rows = growth_rows(points)
    assert [r.passed for r in rows] == [None, False]
    assert rows[1].value is None and "InternalError" in rows[1].note
    assert plot_growth(points, tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.slow
def test_ui_start_up_is_measured_from_a_rag_ui_child_to_its_first_answer(tmp_path) -> None:
    from rag.eval.bench.ui_startup import measure_ui
    from rag.qa import ReplyLetterQA

    letters = tmp_path / "letters"
    letters.mkdir()
    shutil.copy(CORPUS / "cq-kjj-0798.txt", letters)
    settings = Settings(home=tmp_path / "home", corpus=letters)
    ReplyLetterQA(settings).ingest([letters])

    ui = measure_ui(settings, "市科技局下一步在人才评价方面会做什么？", timeout=180)

    assert ui["measured"], ui.get("reason")
    assert 0 < ui["launched_s"] <= ui["page_served_s"] <= ui["answered_s"]
    rows = ui_rows(ui)
    assert rows[0].value == ui["answered_s"] and "first answer" in rows[0].note


def test_ui_start_up_that_takes_too_long_is_reported_not_waited_for(tmp_path) -> None:
    from rag.eval.bench.ui_startup import measure_ui

    settings = Settings(home=tmp_path / "home", corpus=CORPUS)
    started = time.monotonic()

    ui = measure_ui(settings, "人才评价", timeout=0.5)

    assert time.monotonic() - started < 30  # the child was stopped, not waited for
    assert ui == {"measured": False, "reason": ui["reason"]}
    assert ui["reason"].startswith("UI child failed: did not answer in time")
    assert "not measured: UI child failed" in ui_rows(ui)[0].note


@pytest.mark.slow
def test_ui_start_up_showing_an_error_instead_of_an_answer_is_not_a_measurement(
    tmp_path,
) -> None:
    from rag.eval.bench.ui_startup import measure_ui

    # A home under a regular file cannot be created: the UI starts, but every question
    # gets its error message, which must not be timed as an answer.
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    settings = Settings(home=tmp_path / "afile" / "home", corpus=CORPUS)

    ui = measure_ui(settings, "人才评价", timeout=180)

    assert ui["measured"] is False
    assert ui["reason"].startswith("UI child failed: the chat showed an error"), ui["reason"]


def _memos(qa) -> list:
    """Every mapping the query embedder, the retriever and its view of the index hold."""
    owners = [qa.retriever, getattr(qa.retriever, "_index", None)]
    held = [value for owner in owners if owner is not None for value in vars(owner).values()]
    return [qa.embeddings._queries] + [m for m in held if isinstance(m, MutableMapping)]


@pytest.mark.slow
def test_forget_leaves_no_per_question_memo_behind(tmp_path) -> None:
    # A repeat of a timed question must cost what a new question costs, or retrieve could
    # look faster than its floor, which always embeds.
    from rag.eval.bench.timing import forget
    from rag.qa import ReplyLetterQA

    qa = ReplyLetterQA(Settings(home=tmp_path / "home", corpus=CORPUS))
    qa.ingest([CORPUS / "cq-kjj-0798.txt"])
    qa.ask("市科技局下一步在人才评价方面会做什么？")
    assert qa.embeddings._queries and sum(len(m) for m in _memos(qa)) > len(qa.embeddings._queries)

    forget(qa.embeddings, qa.retriever)

    assert [len(m) for m in _memos(qa)] == [0] * len(_memos(qa))


@pytest.mark.server
def test_replica_start_up_is_measured_against_a_server(chroma_url, tmp_path) -> None:
    """A new replica (empty RAG_HOME) builds its BM25 from the server's kept tokens; a
    restart reads it from its own cache. Both report what they hold and their memory."""
    from rag.eval.bench.replicas import measure_replicas
    from rag.eval.bench.rows import replica_rows

    settings = Settings(home=tmp_path / "home", corpus=CORPUS)
    points = measure_replicas(settings, chroma_url, [300], tmp_path, seed=7)
    assert [p["chunks"] for p in points] == [300]
    new, restart = points[0]["new"], points[0]["restart"]
    assert new["bm25"] == restart["bm25"] == 300 and new["letters"] == restart["letters"] > 0
    for run in (new, restart):
        assert run["total_s"] >= run["open_s"] + run["bm25_s"] - 0.02
        assert run["peak_rss_mb"] > 0 and run["version_check_ms"] > 0
    rows = replica_rows(points)
    assert [r.what.split(" @")[0] for r in rows] == [
        "new replica start-up",
        "replica restart (BM25 cached)",
    ]
    assert all(r.value is not None and r.unit == "s" for r in rows)
