"""Command line: `rag ingest`, `rag ask`, `rag commitments`, `rag eval`, `rag bench`,
`rag ui`, `rag serve`.

Errors the user can act on are printed as one line (never a traceback) with exit status 1.
"""

from __future__ import annotations

import csv
import json
import logging
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from rag.errors import RagError
from rag.settings import Settings, config_error

if TYPE_CHECKING:
    from rag.models import Answer
    from rag.qa import ReplyLetterQA

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="答复函问答: questions over reply letters, with citations.",
)
console = Console()
err = Console(stderr=True)


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:  # RAG_TOP_K=five: one line naming it, not a traceback
        raise config_error(exc) from None


def _qa() -> ReplyLetterQA:
    from rag.qa import ReplyLetterQA

    return ReplyLetterQA(_settings())


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files or folders (default: the corpus).")
    ] = None,
) -> None:
    """Index letters; re-running is safe and only re-indexes what changed."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    qa = _qa()
    targets = paths or [qa.settings.corpus]
    # pypdf warns about damaged files on stderr; the failure lines below already say it.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=err,
        transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None)

        def on_file(name: str, done: int, total: int) -> None:
            progress.update(task, description=name[-40:], completed=done, total=total)

        report = qa.ingest(targets, progress=on_file)

    table = Table(title="ingest")
    for column in ("added", "updated", "unchanged", "removed", "failed", "chunks"):
        table.add_column(column, justify="right")
    table.add_row(
        *(
            str(len(getattr(report, c)))
            for c in ("added", "updated", "unchanged", "removed", "failed")
        ),
        str(report.chunks),
    )
    console.print(table)
    for note in report.notes:
        err.print(f"[yellow]note[/yellow] {escape(note)}", highlight=False, soft_wrap=True)
    for path, reason in report.duplicates:
        # The same letter under another name is indexed once: say which file was skipped.
        err.print(
            f"[yellow]duplicate[/yellow] {escape(f'{path}: {reason}')}",
            highlight=False,
            soft_wrap=True,
        )
    for path, reason in report.failed:
        # Escaped: a file named "[draft]x.txt" is a path, not markup. soft_wrap: one line per
        # file however narrow the terminal (or a pipe's 80 columns).
        err.print(
            f"[red]failed[/red] {escape(f'{path}: {reason}')}", highlight=False, soft_wrap=True
        )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def ask(
    question: Annotated[
        str | None, typer.Argument(help="The question; omit for an interactive loop.")
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the answer and citations as JSON.")
    ] = False,
    k: Annotated[int | None, typer.Option(help="Passages to retrieve.")] = None,
) -> None:
    """Ask a question (or start an interactive session with follow-ups)."""
    qa = _qa()
    # A model failure is logged and also shown as the answer's notice: show it once.
    logging.getLogger("rag.answer.llm").setLevel(logging.ERROR)
    qa.ensure_index()
    if question is not None:
        _print_answer(qa.ask(question), as_json)
        return
    history: list[tuple[str, str]] = []
    console.print("答复函问答 — 输入问题，空行退出 (empty line quits)")
    while True:
        try:
            line = input("? ").strip()
        except EOFError:
            break
        if not line:
            break
        answer = qa.ask(line, history=history)
        _print_answer(answer, as_json)
        history.append((line, answer.text))


def _print_answer(answer: Answer, as_json: bool) -> None:
    if as_json:
        payload = {
            "text": answer.text,
            "refused": answer.refused,
            "notice": answer.notice,
            "closest": answer.closest,
            "citations": [asdict(c) for c in answer.citations],
            "compare": [asdict(row) for row in answer.compare],
        }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    # soft_wrap: lines are never broken by rich (a pipe gets 80 columns); the terminal wraps.
    if answer.notice:
        err.print(answer.notice, style="yellow", markup=False, highlight=False, soft_wrap=True)
    if answer.compare:
        _print_compare(answer)
    else:
        console.print(answer.text, markup=False, highlight=False, soft_wrap=True)
    for n, c in enumerate(answer.citations, 1):
        number = f"第{c.proposal_no}号" if c.proposal_no else c.source
        console.print(
            f"[{n}] {c.title or c.source} ({number}) {c.section}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        console.print(f"    「{c.quote}」", markup=False, highlight=False, soft_wrap=True)


def _print_compare(answer: Answer) -> None:
    """A compare answer as a table on a terminal; piped, its text (a Markdown table)."""
    from rich.table import Table
    from rich.text import Text

    from rag.answer.compare import grid

    if not console.is_terminal:
        console.print(answer.text, markup=False, highlight=False, soft_wrap=True)
        return
    headers, rows = grid(answer)
    lines = answer.text.splitlines()
    console.print(lines[0], markup=False, highlight=False, soft_wrap=True)
    table = Table(show_lines=True)
    for header in headers:
        table.add_column(header, overflow="fold")
    for row in rows:
        table.add_row(*(Text(f"{text}[{n}]" if n else text) for text, n in row))
    console.print(table)
    console.print(lines[-1], markup=False, highlight=False, soft_wrap=True)


@app.command()
def commitments(
    letter: Annotated[
        list[str] | None,
        typer.Option("--letter", help="A letter_id or proposal number, repeatable (default: all)."),
    ] = None,
    issuer: Annotated[
        str | None, typer.Option(help="Only letters whose issuer contains this.")
    ] = None,
    year: Annotated[int | None, typer.Option(help="Only letters of this year.")] = None,
    done: Annotated[
        bool, typer.Option("--actions", help="What the letters say was done, not promised.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """What each letter promises (下一步 / 将 / 计划 / 力争 …), one row per commitment."""
    if fmt not in ("table", "csv", "json"):
        raise RagError(f"--format {fmt!r}: use table, csv or json")
    qa = _qa()
    keys = letter or [
        r["letter_id"]
        for r in qa.letters()
        if (issuer is None or issuer in (r.get("issuer") or ""))
        and (year is None or r.get("year") == year)
    ]
    rows = []
    for key in keys:
        record = qa.letter(key)
        found = qa.actions(record) if done else qa.commitments(record)
        number = f"第{record.proposal_no}号" if record.proposal_no else record.source
        rows += [
            {
                "letter_id": record.letter_id,
                "letter": number,
                "issuer": record.issuer or "",
                "section": item.section,
                "due": item.due or "",
                "partners": "、".join(item.partners),
                "quote": item.quote,
            }
            for item in found
        ]
    _print_rows(rows, fmt, "actions" if done else "commitments")


def _print_rows(rows: list[dict[str, str]], fmt: str, title: str) -> None:
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    columns = ["letter", "issuer", "section", "due", "partners", "quote", "letter_id"]
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: row[c] for c in columns} for row in rows)
        return
    table = Table(title=f"{title}: {len(rows)}", show_lines=True)
    for column in columns[:-1]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(escape(row[c]) for c in columns[:-1]))
    console.print(table)


@app.command(name="eval-commitments")
def eval_commitments(
    gold: Annotated[Path, typer.Option(help="Hand-labelled commitments, JSON Lines.")] = Path(
        "corpus/qa/commitments/dev.jsonl"
    ),
    corpus: Annotated[
        list[Path] | None,
        typer.Option(help="Folders holding the labelled letters, repeatable."),
    ] = None,
    misses: Annotated[
        bool, typer.Option("--misses", help="List what was missed or extra.")
    ] = False,
) -> None:
    """Precision and recall of `rag commitments` (and actions) against hand labels."""
    from rag.eval.commitments import miss_lines, score_commitments, summary_table

    result = score_commitments(gold, corpus or [Path("corpus"), Path("../shared/letters/real")])
    console.print(summary_table(result, f"{gold}: {result['letters']} letters"))
    for line in miss_lines(result) if misses else []:
        console.print(line, markup=False)


@app.command(name="eval-fields")
def eval_fields(
    part: Annotated[str, typer.Option(help="dev, blind or all letters of the split.")] = "dev",
    golden: Annotated[Path, typer.Option(help="Hand-checked fields, JSON.")] = Path(
        "tests/golden/real_fields.json"
    ),
    split: Annotated[Path, typer.Option(help="The dev/blind split, JSON.")] = Path(
        "corpus/qa/real/split.json"
    ),
    letters: Annotated[Path, typer.Option(help="Folder of the letters.")] = Path(
        "../shared/letters/real"
    ),
    misses: Annotated[
        bool, typer.Option("--misses", help="List each wrong field (refused for blind).")
    ] = False,
) -> None:
    """Letter fields the parser reads right, against a hand-checked golden file."""
    from rag.eval.fields import read_golden, score_fields, summary_table

    if part not in ("dev", "blind", "all"):
        raise RagError(f"--part is dev, blind or all, not {part!r}")
    gold = read_golden(golden)
    with split.open(encoding="utf-8") as f:
        halves = json.load(f)
    names = list(gold) if part == "all" else halves[part]
    if misses and set(names) & set(halves["blind"]):
        raise RagError("--misses lists dev letters only: blind ones are measured, not read")
    result = score_fields(gold, [letters], names, misses=misses)
    console.print(summary_table(result, f"{part}: {result['letters']} letters"))
    for name, field, want, have in result["misses"]:
        console.print(f"{name} {field}: golden {want!r}, parsed {have!r}", markup=False)


@app.command()
def calibrate(
    qa_files: Annotated[
        list[Path] | None,
        typer.Option("--qa", help="Development Q&A sets, repeatable (default: the real dev set)."),
    ] = None,
    corpus: Annotated[
        list[Path] | None,
        typer.Option(help="Letters to index, repeatable (default: the corpus)."),
    ] = None,
    out: Annotated[Path, typer.Option(help="Where the reports go.")] = Path("out/calibrate"),
    max_false: Annotated[
        float, typer.Option(help="Largest share of answerable questions it may refuse.")
    ] = 0.05,
) -> None:
    """Read the refusal threshold off a development Q&A set (never the blind one)."""
    from rag.eval.calibrate import run_calibrate

    files = qa_files or [Path("corpus/qa/real/dev.jsonl")]
    run_calibrate(_settings(), files, corpus, out, max_false=max_false, console=console)


@app.command(name="eval")
def eval_(
    qa_file: Annotated[Path, typer.Option("--qa", help="Q&A set, JSON Lines.")] = Path(
        "corpus/qa/qa.jsonl"
    ),
    corpus: Annotated[
        list[Path] | None,
        typer.Option(help="Letters to index, repeatable (default: the corpus)."),
    ] = None,
    out: Annotated[Path, typer.Option(help="Where reports and charts go.")] = Path("out/eval"),
    mode: Annotated[str, typer.Option(help="offline or llm")] = "offline",
    compare: Annotated[
        bool, typer.Option("--compare", help="Also run the baselines side by side.")
    ] = False,
) -> None:
    """Measure retrieval and answers on a Q&A set; writes report.json, report.md and charts."""
    from rag.eval.evaluate import run_eval

    run_eval(
        _settings(),
        qa_file=qa_file,
        corpus=corpus,
        out=out,
        mode=mode,
        compare=compare,
        console=console,
    )


@app.command()
def bench(
    out: Annotated[Path, typer.Option(help="Where bench.json and the chart go.")] = Path(
        "out/bench"
    ),
    quick: Annotated[bool, typer.Option("--quick", help="Small sizes only (a smoke run).")] = False,
) -> None:
    """Measure ingest, retrieval and answer speed and memory against their floors."""
    from rag.eval.bench import run_bench

    run_bench(_settings(), out=out, quick=quick, console=console)


@app.command()
def ui(
    host: Annotated[str | None, typer.Option(help="Default: RAG_UI_HOST (127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Default: RAG_UI_PORT (7860).")] = None,
) -> None:
    """Start the web chat (Gradio) on the ingested letters; indexes the corpus on first start."""
    from ui.app import launch

    launch(_settings(), host=host, port=port)


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Default: RAG_SERVE_HOST (127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Default: RAG_SERVE_PORT (8000).")] = None,
) -> None:
    """Serve the HTTP API (OpenAI-compatible chat, search, letters) with the chat UI at /."""
    from rag.api.serve import serve as run

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    run(_settings(), host=host, port=port)


def main() -> None:
    try:
        app()
    except RagError as exc:
        err.print(f"error: {exc}", highlight=False, markup=False, soft_wrap=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
