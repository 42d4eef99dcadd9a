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
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.errors import ConfigError, IndexNotBuiltError
from rag.eval.baselines import FullPipeline, LetterFile, System, compare_systems
from rag.eval.charts import write_charts
from rag.eval.extra import require_eval_extra
from rag.eval.metrics import normalize_file
from rag.eval.qaset import QAItem, load_qa
from rag.eval.render import checks_line, checks_markdown, console_table, render_markdown
from rag.eval.report import build_report, citation_checks
from rag.eval.run import run_system
from rag.settings import Settings

if TYPE_CHECKING:
    from rich.console import Console

    from rag.qa import ReplyLetterQA

__all__ = ["evaluate_systems", "letter_files", "run_eval"]

MODES = ("offline", "llm")
LETTER_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
_HOME_MARKER = ".rag-eval-corpus"


def run_eval(
    settings: Settings,
    qa_file: Path,
    corpus: Path | Sequence[Path] | None = None,
    out: Path = Path("out/eval"),
    mode: str = "offline",
    compare: bool = False,
    console: Console | None = None,
    *,
    home: Path | None = None,
) -> dict[str, Any]:
    """Index `corpus` (a folder or file, or several), ask every question of `qa_file`,
    score, and write the reports.

    `mode="llm"` answers with the configured OpenAI-compatible model (needs
    OPENAI_API_KEY); `compare=True` also runs the naive LangChain, dense-only and
    BM25-only baselines. Returns what `report.json` holds. Needs the `eval` extra
    (matplotlib, for the charts): without it, fails before indexing anything.
    """
    from rich.console import Console

    from rag.qa import ReplyLetterQA

    require_eval_extra("rag eval")
    items = load_qa(qa_file)  # fail on a bad Q&A file before indexing anything
    corpora = _corpora(corpus, settings)
    out = Path(out)
    own_home = home is None
    home = out / "home" if home is None else Path(home)
    settings = _eval_settings(settings, mode, home, corpora[0])
    if own_home:
        _fresh_home(home, corpora)

    qa = ReplyLetterQA(settings)
    ingest = qa.ingest(corpora)
    named = ", ".join(str(c) for c in corpora)
    if ingest.chunks == 0:
        reasons = "; ".join(f"{path}: {reason}" for path, reason in ingest.failed[:3])
        raise IndexNotBuiltError(f"no letter in {named} could be indexed. {reasons}".strip())

    def make_qa() -> ReplyLetterQA:
        return ReplyLetterQA(settings)

    files = [f for c in corpora for f in letter_files(c, qa.letters())]
    systems = compare_systems(make_qa, files) if compare else [FullPipeline(make_qa())]
    context = {
        "qa_file": str(qa_file),
        "corpus": named,
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
        md.write(checks_markdown(report["checks"]))
    (console or Console(stderr=True)).print(checks_line(report["checks"]), highlight=False)
    return report


def _letter_texts(qa: ReplyLetterQA) -> dict[str, str]:
    """Each indexed letter's text as the store holds it, by source file name."""
    parts: dict[str, list[str]] = {}
    for chunk in qa.store.get_chunks():
        parts.setdefault(chunk.source, []).append(chunk.text)
    return {source: "\n".join(texts) for source, texts in parts.items()}


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
    from rich.console import Console

    console = console or Console(stderr=True)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    runs = {system.name: run_system(system, items, console) for system in systems}
    report = build_report(items, systems, runs, context or {})
    report["charts"] = write_charts(report, out)
    (out / "report.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
    console.print(console_table(report))
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


def _corpora(corpus: Path | Sequence[Path] | None, settings: Settings) -> list[Path]:
    """The folders (or files) to index, each checked to exist."""
    if corpus is None:
        corpora = [Path(settings.corpus)]
    elif isinstance(corpus, Path | str):
        corpora = [Path(corpus)]
    else:
        corpora = [Path(c) for c in corpus] or [Path(settings.corpus)]
    for path in corpora:
        if not path.exists():
            raise ConfigError(f"corpus {path} does not exist: pass --corpus DIR or set RAG_CORPUS")
    return corpora


def _fresh_home(home: Path, corpora: Sequence[Path]) -> None:
    """Start over when the eval home was built from another corpus.

    Ingest only removes letters gone from the folder it is given; letters left over
    from another corpus would otherwise be retrieved and change the numbers.
    """
    marker = home / _HOME_MARKER
    wanted = "\n".join(str(c.resolve()) for c in corpora)
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
