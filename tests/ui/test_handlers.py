"""The chat handler: streams, then shows the final answer; failures become messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from ui_samples import citation

from rag.errors import ConfigError, IndexNotBuiltError
from rag.models import Answer, IngestReport
from ui.conversation import GENERIC_ERROR, Conversation, Turn
from ui.handlers import Handlers


class _ScriptedQA:
    """Stands in for ReplyLetterQA: `stream` replays the items it was given, or raises."""

    def __init__(self, tmp_path: Path, items: list[object]) -> None:
        from rag.settings import Settings

        self.settings = Settings(home=tmp_path, openai_api_key=None)
        self.items = items
        self.calls: list[tuple[str, list[tuple[str, str]], object]] = []

    def stream(self, question, history=None, filters=None):  # type: ignore[no-untyped-def]
        self.calls.append((question, list(history or []), filters))
        for item in self.items:
            if isinstance(item, BaseException):
                raise item
            yield item


def _run(qa: _ScriptedQA, question: str, conv: Conversation | None = None) -> list[tuple]:
    handlers = Handlers(qa)  # type: ignore[arg-type]
    return list(handlers.ask(question, conv or Conversation(), [], ["重庆市科学技术局"], ["2024"]))


def test_the_final_answer_replaces_the_streamed_text(tmp_path: Path) -> None:
    final = Answer(text="正式答案[1]", citations=[citation()])
    qa = _ScriptedQA(tmp_path, ["草稿", "文本", final])
    updates = _run(qa, "问题")
    chat, evidence, conv, box, copied = updates[-1]
    assert chat[-1]["content"] == "正式答案[\\[1\\]](#cite-1)"
    assert 'id="cite-1"' in evidence and box == "" and copied.startswith("正式答案[1]")
    assert conv.history() == [("问题", "正式答案[1]")]
    assert qa.calls == [("问题", [], {"issuer": ["重庆市科学技术局"], "year": [2024]})]
    assert any("草稿" in u[0][-1]["content"] for u in updates[:-1])  # it did stream


def test_follow_ups_pass_the_history_as_question_answer_pairs(tmp_path: Path) -> None:
    earlier = Turn("第一问", Answer(text="第一答"))
    qa = _ScriptedQA(tmp_path, [Answer(text="第二答")])
    _run(qa, "其中第二点呢？", Conversation([earlier, Turn("失败的问题", None)]))
    assert qa.calls[0][1] == [("第一问", "第一答")]


def test_errors_become_messages_never_tracebacks(tmp_path: Path) -> None:
    updates = _run(_ScriptedQA(tmp_path, [RuntimeError("secret /path/x.py line 3")]), "问")
    chat, evidence, conv, *_ = updates[-1]
    assert chat[-1]["content"] == GENERIC_ERROR and "secret" not in str(updates)
    assert conv.history() == []

    hint = "还没有收录任何答复函：请先运行 rag ingest <script>"
    chat = _run(_ScriptedQA(tmp_path, [IndexNotBuiltError(hint)]), "问")[-1][0]
    assert chat[-1]["content"].startswith("⚠️ 还没有收录任何答复函")
    assert "<script>" not in chat[-1]["content"]


# -- uploads ------------------------------------------------------------------------------


class _IngestingQA(_ScriptedQA):
    """Also stands in for `ingest`: reports the files as `outcome` says, or raises it."""

    def __init__(self, tmp_path: Path, outcome: dict[str, str] | Exception) -> None:
        super().__init__(tmp_path, [])
        self.outcome = outcome
        self.ingested: list[str] = []

    def ingest(self, paths, progress=None):  # type: ignore[no-untyped-def]
        self.ingested = [Path(p).name for p in paths]
        if isinstance(self.outcome, Exception):
            raise self.outcome
        report = IngestReport()
        for path in paths:
            status = self.outcome[Path(path).name]
            if status == "failed":
                report.failed.append((str(path), "不是答复函 not a reply letter"))
            else:
                getattr(report, status).append(str(path))
        return report


@pytest.fixture(autouse=True)
def _gradio_uploads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Gradio's upload folder, where the files the browser sent arrive."""
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(tmp_path / "incoming"))


def _upload(qa: _IngestingQA, tmp_path: Path, names: list[str]) -> str:
    incoming = tmp_path / "incoming"  # as Gradio receives them
    incoming.mkdir(exist_ok=True)
    for name in names:
        (incoming / name).write_text("函", encoding="utf-8")
    steps: list[object] = []
    html = Handlers(qa).upload(  # type: ignore[arg-type]
        [str(incoming / name) for name in names],
        progress=lambda *args, **kwargs: steps.append(args),  # type: ignore[arg-type]
    )
    assert steps, "the progress bar was never updated"
    return html


def test_upload_reports_each_file_in_the_order_given(tmp_path: Path) -> None:
    qa = _IngestingQA(tmp_path, {"new.txt": "added", "bad.md": "failed", "same.txt": "unchanged"})
    html = _upload(qa, tmp_path, ["tool.exe", "new.txt", "bad.md", "same.txt"])
    assert qa.ingested == ["new.txt", "bad.md", "same.txt"]  # the .exe never reached it
    rows = re.findall(r'<tr class="up-(\w+)"><td>([^<]+)</td>', html)
    assert rows == [
        ("failed", "tool.exe"),
        ("added", "new.txt"),
        ("failed", "bad.md"),
        ("unchanged", "same.txt"),
    ]
    assert "不支持" in html and "not a reply letter" in html


def test_upload_refuses_a_path_gradio_did_not_receive(tmp_path: Path) -> None:
    """Any API client of the page can name a path: only the files the browser sent are
    read, never another file on the server."""
    qa = _IngestingQA(tmp_path, {"new.txt": "added"})
    secret = tmp_path / "secret.txt"
    secret.write_text("函", encoding="utf-8")
    (tmp_path / "incoming").mkdir()
    (tmp_path / "incoming" / "new.txt").write_text("函", encoding="utf-8")
    html = Handlers(qa).upload(  # type: ignore[arg-type]
        [str(secret), str(tmp_path / "incoming" / "new.txt")],
        progress=lambda *args, **kwargs: None,  # type: ignore[arg-type]
    )
    assert qa.ingested == ["new.txt"]
    rows = re.findall(r'<tr class="up-(\w+)"><td>([^<]+)</td>', html)
    assert sorted(rows) == [("added", "new.txt"), ("failed", "secret.txt")]
    assert "not an uploaded file" in html
    assert not (tmp_path / "uploads" / "secret.txt").exists()  # RAG_HOME is tmp_path
    assert (tmp_path / "uploads" / "new.txt").exists()


def test_a_failed_re_upload_keeps_the_copy_it_would_have_replaced(tmp_path: Path) -> None:
    """A bad file uploaded under a letter's name loses nothing: the stored copy the index
    holds comes back; a good one replaces it and leaves nothing behind."""
    stored = tmp_path / "uploads" / "bad.md"  # RAG_HOME is tmp_path
    stored.parent.mkdir()
    stored.write_text("原来的答复函", encoding="utf-8")
    _upload(_IngestingQA(tmp_path, {"bad.md": "failed"}), tmp_path, ["bad.md"])
    assert stored.read_text(encoding="utf-8") == "原来的答复函"
    _upload(_IngestingQA(tmp_path, {"bad.md": "updated"}), tmp_path, ["bad.md"])
    assert stored.read_text(encoding="utf-8") == "函"
    assert sorted(p.name for p in stored.parent.iterdir()) == ["bad.md"]


def test_a_failed_ingest_fails_every_stored_file_with_its_reason(tmp_path: Path) -> None:
    qa = _IngestingQA(tmp_path, ConfigError("RAG_HOME is read-only <b>"))
    html = _upload(qa, tmp_path, ["a.txt", "b.txt"])
    rows = re.findall(r'<tr class="up-(\w+)"><td>([^<]+)</td><td>.*?</td><td>([^<]*)</td>', html)
    assert rows == [
        ("failed", "a.txt", "RAG_HOME is read-only &lt;b&gt;"),
        ("failed", "b.txt", "RAG_HOME is read-only &lt;b&gt;"),
    ]

    qa = _IngestingQA(tmp_path, RuntimeError("secret /path/x.py"))
    html = _upload(qa, tmp_path, ["a.txt"])
    assert "indexing failed (logged)" in html and "secret" not in html
