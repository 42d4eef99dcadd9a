"""The web chat: questions on the left, the evidence for every [n] on the right.

    from rag import ReplyLetterQA, Settings
    from ui.app import build_app, launch

    launch(Settings())                       # what `rag ui` and `python -m ui.app` run
    demo = build_app(ReplyLetterQA(settings))  # or build the Blocks yourself

The UI only talks to the `ReplyLetterQA` facade.  Rendering lives in `ui/render.py`;
this module wires events, files and feedback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import shutil
import tempfile
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import gradio as gr

from rag.errors import RagError
from rag.models import Answer
from rag.qa import ReplyLetterQA
from rag.settings import Settings
from ui import render

try:  # advisory file locks: two UI processes may share one RAG_HOME
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
# Offline answers are CPU-bound (query embedding, BM25, sentence scoring) on a small
# machine; LLM answers mostly wait on the network.  Four concurrent questions keep two
# cores busy without making a 20-question burst slower for everyone; the rest queue.
CHAT_CONCURRENCY = 4
QUEUE_SIZE = 64
GENERIC_ERROR = (
    "抱歉，处理这个问题时出错了，请稍后再试。(Something went wrong; the error was logged.)"
)


# -- files ------------------------------------------------------------------------------

_UNSAFE_NAME_CHARS = re.compile(r"[^\w.\-()（）【】〔〕\[\] ]+")


def safe_upload_name(name: str, max_len: int = 120) -> str:
    """A file name that is only ever a basename inside the uploads folder.

    Takes the last component under either separator (so `../../x` and `..\\x` become
    `x`), drops control and path characters and leading dots, keeps CJK, and shortens
    long names while keeping the extension.
    """
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE_NAME_CHARS.sub("_", name).strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = suffix[:10].lower()
    stem = stem[: max_len - len(suffix) - 1].strip(" .") or "upload"
    return f"{stem}.{suffix}" if suffix else stem


def store_upload(source: Path, uploads: Path, max_bytes: int) -> Path:
    """Copy an uploaded file into `uploads` under its sanitised name; returns the copy.

    Raises ValueError with a user-facing reason for a wrong type or a file over the limit.
    The copy is written next to its target and renamed, so an ingest running at the
    same time never reads half a file.
    """
    name = safe_upload_name(source.name)
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise ValueError(f"不支持的文件类型 unsupported type；支持 {' '.join(ALLOWED_SUFFIXES)}")
    size = source.stat().st_size
    if size > max_bytes:
        raise ValueError(
            f"文件 {size / 2**20:.1f} MB，超过上限 {max_bytes / 2**20:g} MB "
            f"(file exceeds the limit; set RAG_MAX_FILE_MB to change it)"
        )
    uploads.mkdir(parents=True, exist_ok=True)
    target = (uploads / name).resolve()
    if target.parent != uploads.resolve():  # belt and braces: never write elsewhere
        raise ValueError("非法文件名 invalid file name")
    fd, tmp = tempfile.mkstemp(dir=uploads, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


class FeedbackLog:
    """Appends 👍/👎 votes to a JSON Lines file, one complete line per vote.

    A thread lock orders writers in this process and an advisory `flock` orders
    processes, so concurrent votes never interleave within a line.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()

    def record(self, question: str, answer: Answer, vote: str) -> dict[str, Any]:
        entry = {
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
            "vote": vote,
            "question": question,
            "answer": answer.text,
            "refused": answer.refused,
            "mode": answer.mode,
            "citations": [
                {
                    "n": n,
                    "letter_id": c.letter_id,
                    "source": c.source,
                    "title": c.title,
                    "proposal_no": c.proposal_no,
                    "section": c.section,
                    "quote": c.quote,
                }
                for n, c in enumerate(answer.citations, 1)
            ],
        }
        line = json.dumps(entry, ensure_ascii=False) + "\n"
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as f:
                if fcntl is not None:
                    fcntl.flock(f, fcntl.LOCK_EX)
                f.write(line)
                f.flush()
        return entry


# -- conversation state -----------------------------------------------------------------


@dataclass
class Turn:
    question: str
    answer: Answer | None = None  # None when answering failed


@dataclass
class Conversation:
    """Per-browser-session state (a gr.State copies it for every session)."""

    turns: list[Turn] = field(default_factory=list)

    def history(self) -> list[tuple[str, str]]:
        """(question, answer_text) pairs of the answered turns, for follow-ups."""
        return [(t.question, t.answer.text) for t in self.turns if t.answer is not None]

    def turn_at(self, message_index: int) -> Turn | None:
        """The turn a chat message belongs to: each turn is a user and an assistant message."""
        i = message_index // 2
        return self.turns[i] if 0 <= i < len(self.turns) else None


def _messages(conv: Conversation, pending: str | None = None) -> list[dict[str, str]]:
    """Chatbot value (Gradio 6 messages) rebuilt from the conversation, always escaped."""
    messages: list[dict[str, str]] = []
    for i, turn in enumerate(conv.turns):
        messages.append({"role": "user", "content": render.md_text(turn.question)})
        last = i == len(conv.turns) - 1
        if last and pending is not None:
            content = pending
        elif turn.answer is not None:
            content = render.final_answer_markdown(turn.answer, turn.question)
        else:
            content = GENERIC_ERROR
        messages.append({"role": "assistant", "content": content})
    return messages


# -- the app ----------------------------------------------------------------------------


class _Handlers:
    """Event handlers bound to one QA object; Gradio calls them from worker threads."""

    def __init__(self, qa: ReplyLetterQA) -> None:
        self.qa = qa
        self.settings = qa.settings
        self.feedback = FeedbackLog(Path(self.settings.home) / "feedback.jsonl")
        self.uploads = Path(self.settings.home) / "uploads"
        # Ingest and removal rewrite the indexes: one at a time.  Questions are not
        # serialised: answering only reads, the store locks its own writes and BM25, and
        # the embedder locks its C engine (checked with 20 concurrent questions).
        self._write_lock = threading.Lock()

    # chat ------------------------------------------------------------------------------

    def ask(
        self,
        message: str,
        conv: Conversation,
        letter_ids: list[str] | None,
        issuers: list[str] | None,
        years: list[str] | None,
    ) -> Iterator[tuple[Any, ...]]:
        question = (message or "").strip()
        if not question:
            yield _messages(conv), gr.skip(), conv, gr.skip(), gr.skip()
            return
        history = conv.history()
        conv.turns.append(Turn(question))
        yield _messages(conv, "…"), render.evidence_pending(question), conv, "", gr.skip()

        filters = _filters(letter_ids, issuers, years)
        text = ""
        final: Answer | None = None
        try:
            for item in self.qa.stream(question, history=history, filters=filters):
                if isinstance(item, Answer):
                    final = item
                    break
                text += item
                yield _messages(conv, render.md_text(text) + " ▍"), gr.skip(), conv, "", gr.skip()
        except RagError as exc:
            conv.turns[-1].answer = None
            message_md = f"⚠️ {render.md_text(str(exc))}"
            yield _messages(conv, message_md), render.evidence_placeholder(), conv, "", ""
            return
        except Exception:
            log.exception("answering %r failed", question)
            yield _messages(conv, GENERIC_ERROR), render.evidence_placeholder(), conv, "", ""
            return
        if final is None:  # the stream ended without its Answer: a pipeline bug
            log.error("stream for %r ended without an Answer", question)
            yield _messages(conv, GENERIC_ERROR), render.evidence_placeholder(), conv, "", ""
            return
        # The final Answer is authoritative: its text may differ from the streamed deltas
        # (citations checked, markers renumbered), so the message is rendered again.
        conv.turns[-1].answer = final
        yield (
            _messages(conv),
            render.evidence_panel(final),
            conv,
            "",
            render.copy_text(final),
        )

    def show_turn(self, conv: Conversation, evt: gr.SelectData) -> Any:
        """Clicking an earlier message shows that turn's evidence."""
        index = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        turn = conv.turn_at(int(index))
        if turn is None or turn.answer is None:
            return gr.skip()
        return render.evidence_panel(turn.answer)

    def vote(self, conv: Conversation, evt: gr.LikeData) -> None:
        index = evt.index[0] if isinstance(evt.index, list | tuple) else evt.index
        turn = conv.turn_at(int(index))
        if turn is None or turn.answer is None or not isinstance(evt.liked, bool):
            return
        try:
            self.feedback.record(turn.question, turn.answer, "up" if evt.liked else "down")
        except OSError:
            log.exception("could not save feedback")
            gr.Warning("反馈未能保存 Feedback could not be saved")
            return
        gr.Info("谢谢反馈 Thanks for the feedback")

    @staticmethod
    def new_chat() -> tuple[Any, ...]:
        return [], render.evidence_placeholder(), Conversation(), "", ""

    # letters ---------------------------------------------------------------------------

    def options(self) -> dict[str, Any]:
        """The letters and the filter choices they allow."""
        letters = self._letters()
        return {
            "letters": letters,
            "letter_choices": [render.letter_choice(letter) for letter in letters],
            "issuers": sorted({str(x["issuer"]) for x in letters if x.get("issuer")}),
            "years": sorted(
                {str(y) for y in (render.letter_year(x) for x in letters) if y}, reverse=True
            ),
        }

    def refresh(self) -> tuple[Any, ...]:
        """Everything that depends on the set of letters, for page load and after changes."""
        o = self.options()
        return (
            render.status_markdown(self._stats(), self.settings.openai_base_url),
            gr.update(choices=o["letter_choices"]),
            gr.update(choices=o["issuers"]),
            gr.update(choices=o["years"]),
            render.letter_rows(o["letters"]),
            gr.update(choices=o["letter_choices"], value=None),
            gr.update(examples=[{"text": q} for q in self.examples()]),
        )

    def examples(self) -> list[str]:
        try:
            sections = [
                (_letter_label(chunk.proposal_no, chunk.kind), chunk.section)
                for chunk in self.qa.store.get_chunks()
            ]
        except Exception:  # examples are a nicety; never let them break the page
            log.exception("could not read sections for example questions")
            sections = []
        return render.example_questions(sections)

    def upload(
        self,
        files: list[str] | None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 - Gradio injects it by default value
    ) -> str:
        """Copy uploads into RAG_HOME/uploads, ingest them, and report each file."""
        if not files:
            return render.upload_results_html([("—", "failed", "请先选择文件 Choose files first")])
        results: dict[str, tuple[str, str, str]] = {}
        stored: dict[Path, str] = {}  # copy → name shown to the user
        max_bytes = int(self.settings.max_file_mb * 2**20)
        for raw in files or []:
            path = Path(raw)
            shown = safe_upload_name(path.name)
            try:
                stored[store_upload(path, self.uploads, max_bytes)] = shown
            except ValueError as exc:
                results[shown] = (shown, "failed", str(exc))
            except OSError:
                log.exception("could not store upload %s", path.name)
                results[shown] = (shown, "failed", "无法保存文件 could not store the file")
        if stored:
            total = len(stored)
            progress(0, desc=f"索引中 Indexing 0/{total}")

            def on_file(name: str, done: int, total: int) -> None:
                progress((done, total), desc=f"索引中 Indexing {Path(name).name}", unit="files")

            try:
                with self._write_lock:
                    report = self.qa.ingest(list(stored), progress=on_file)
            except RagError as exc:
                for shown in stored.values():
                    results[shown] = (shown, "failed", str(exc))
            except Exception:
                log.exception("ingest of uploads failed")
                for shown in stored.values():
                    results[shown] = (shown, "failed", "索引失败 indexing failed (logged)")
            else:
                for copy, shown in stored.items():
                    results[shown] = (shown, *_outcome(report, copy))
        return render.upload_results_html(list(results.values()))

    def remove(self, letter_id: str | None) -> str:
        if not letter_id:
            return "请选择要删除的答复函 Choose a letter first."
        record = next((x for x in self._letters() if str(x.get("letter_id")) == letter_id), {})
        try:
            with self._write_lock:
                removed = self.qa.remove(letter_id)
        except RagError as exc:
            return f"⚠️ {render.md_text(str(exc))}"
        except Exception:
            log.exception("removing %s failed", letter_id)
            return GENERIC_ERROR
        label = render.md_text(render.letter_choice(record)[0]) if record else letter_id
        if not removed:
            return f"未找到 Not found: {label}"
        self._forget_upload(record)
        return f"已删除 Removed: {label}"

    def _forget_upload(self, record: dict[str, Any]) -> None:
        """Delete the stored upload of a removed letter, so a re-ingest cannot revive it."""
        path = record.get("path") or record.get("source_path")
        if not path:
            return
        path = Path(path).resolve()
        if path.parent == self.uploads.resolve():
            path.unlink(missing_ok=True)

    def _letters(self) -> list[dict[str, Any]]:
        try:
            return self.qa.letters()
        except Exception:
            log.exception("could not list letters")
            return []

    def _stats(self) -> dict[str, Any]:
        try:
            return self.qa.stats()
        except Exception:
            log.exception("could not read index stats")
            return {"mode": self.settings.mode, "model": None}


def _letter_label(proposal_no: str | None, kind: str | None) -> str | None:
    return f"第{proposal_no}号{kind or ''}" if proposal_no else None


def _filters(
    letter_ids: list[str] | None, issuers: list[str] | None, years: list[str] | None
) -> dict[str, Any] | None:
    filters: dict[str, Any] = {}
    if letter_ids:
        filters["letter_id"] = list(letter_ids)
    if issuers:
        filters["issuer"] = list(issuers)
    if years:
        filters["year"] = [int(y) for y in years]
    return filters or None


def _outcome(report: Any, copy: Path) -> tuple[str, str]:
    """(status, reason) of one stored upload in an IngestReport."""

    def same(entry: Any) -> bool:
        text = str(entry)
        return text == str(copy) or Path(text).name == copy.name

    for path, reason in report.failed:
        if same(path):
            return "failed", str(reason)
    for status in ("added", "updated", "unchanged"):
        if any(same(entry) for entry in getattr(report, status)):
            return status, ""
    return "unchanged", ""


def build_app(qa: ReplyLetterQA) -> gr.Blocks:
    """The Gradio Blocks for a QA object (not launched; `launch` adds CSS, JS and auth)."""
    h = _Handlers(qa)
    # Initial choices matter beyond the first paint: Gradio checks submitted dropdown
    # values against them in sessions that never ran the load event (API clients).
    o = h.options()
    with gr.Blocks(title="答复函问答 Reply-letter Q&A", analytics_enabled=False) as demo:
        conv = gr.State(Conversation())
        with gr.Row(elem_id="topbar"):
            gr.HTML(
                '<div class="brand"><span class="brand-mark">函</span><div>'
                '<div class="brand-title">答复函问答</div>'
                '<div class="brand-sub">政府答复函智能问答 · 每个回答都注明出处 · '
                "Answers cite letter, number and section</div></div></div>",
                js_on_load=None,
            )
            status = gr.Markdown(
                render.status_markdown(h._stats(), h.settings.openai_base_url), elem_id="status"
            )

        with gr.Tabs():
            with gr.Tab("问答 Ask", id="ask"):
                with gr.Row(equal_height=False, elem_id="workspace"):
                    with gr.Column(scale=6, min_width=420, elem_id="chat-col"):
                        with gr.Accordion(
                            _filters_label(0), open=False, elem_id="filters"
                        ) as filters_box:
                            # Letter titles are long: the letters filter gets a row of its own.
                            f_letters = gr.Dropdown(
                                label="答复函 Letters",
                                elem_id="filter-letters",
                                multiselect=True,
                                choices=o["letter_choices"],
                            )
                            with gr.Row():
                                f_issuers = gr.Dropdown(
                                    label="发文机关 Issuer",
                                    elem_id="filter-issuer",
                                    multiselect=True,
                                    choices=o["issuers"],
                                    scale=3,
                                )
                                f_years = gr.Dropdown(
                                    label="年份 Year",
                                    multiselect=True,
                                    choices=o["years"],
                                    scale=2,
                                    elem_id="filter-years",
                                )
                        # Shown in the chat's own toolbar, where they take no extra height.
                        new = gr.Button("新对话 New chat", size="sm", elem_id="new-btn")
                        copy = gr.Button(
                            "复制答案及来源 Copy with sources", size="sm", elem_id="copy-btn"
                        )
                        chatbot = gr.Chatbot(
                            elem_id="chat",
                            show_label=False,
                            height="calc(100vh - 318px)",
                            min_height=360,
                            layout="bubble",
                            buttons=[new, copy],
                            latex_delimiters=[],
                            render_markdown=True,
                            sanitize_html=True,
                            allow_tags=False,
                            feedback_options=("Like", "Dislike"),
                            examples=[{"text": q} for q in h.examples()],
                            placeholder=(
                                "<div class='chat-hello'><b>问一问答复函</b><br>"
                                "例如：市科技局下一步在人才评价方面会做什么？<br>"
                                "<span>Ask in Chinese or English; follow-up questions "
                                "remember the conversation.</span></div>"
                            ),
                        )
                        with gr.Row(elem_id="composer"):
                            box = gr.Textbox(
                                show_label=False,
                                placeholder="输入问题，回车发送 · Type a question, Enter to send",
                                scale=8,
                                lines=1,
                                max_lines=4,
                                autofocus=True,
                                elem_id="question",
                            )
                            send = gr.Button("提问 Ask", variant="primary", scale=1, min_width=90)
                    with gr.Column(scale=5, min_width=360, elem_id="evidence-col"):
                        evidence = gr.HTML(
                            render.evidence_placeholder(),
                            elem_id="evidence",
                            js_on_load=None,
                        )
                # Holds the clipboard text of the latest answer; hidden by CSS rather than
                # visible=False so the browser keeps its value for the copy button.
                copy_box = gr.Textbox(
                    elem_id="copy-text", show_label=False, elem_classes="rl-hidden"
                )

            with gr.Tab("答复函 Letters", id="letters"):
                gr.Markdown(
                    "已收录的答复函。上传 .txt / .md / .html / .docx / .pdf 即可加入问答；"
                    f"单个文件不超过 {h.settings.max_file_mb:g} MB。"
                    "  \nIndexed letters. Upload files to add them; re-uploading an edited file "
                    "updates it."
                )
                with gr.Row(equal_height=False, elem_id="letters-actions"):
                    with gr.Column(scale=3):
                        files = gr.File(
                            label="上传答复函 Upload letters",
                            file_count="multiple",
                            file_types=list(ALLOWED_SUFFIXES),
                            type="filepath",
                            elem_id="upload",
                            height=150,
                        )
                        upload_btn = gr.Button("上传并索引 Upload & index", variant="primary")
                        upload_result = gr.HTML(elem_id="upload-result", js_on_load=None)
                    with gr.Column(scale=2):
                        to_remove = gr.Dropdown(
                            label="删除答复函 Remove a letter",
                            choices=o["letter_choices"],
                            elem_id="remove-letter",
                        )
                        remove_btn = gr.Button("删除 Remove", variant="stop")
                        remove_result = gr.Markdown(elem_id="remove-result")
                table = gr.Dataframe(
                    headers=render.LETTER_COLUMNS,
                    value=render.letter_rows(o["letters"]),
                    interactive=False,
                    wrap=True,
                    elem_id="letters-table",
                )

        refresh_outputs = [status, f_letters, f_issuers, f_years, table, to_remove, chatbot]
        demo.load(h.refresh, outputs=refresh_outputs, queue=False)

        ask_inputs = [box, conv, f_letters, f_issuers, f_years]
        ask_outputs = [chatbot, evidence, conv, box, copy_box]
        box.submit(h.ask, ask_inputs, ask_outputs, concurrency_id="ask")
        send.click(h.ask, ask_inputs, ask_outputs, concurrency_id="ask")
        chatbot.example_select(_example_text, None, box, queue=False).then(
            h.ask, ask_inputs, ask_outputs, concurrency_id="ask"
        )
        chatbot.select(h.show_turn, conv, evidence, queue=False)
        chatbot.like(h.vote, conv, None, queue=False)
        reset_outputs = [chatbot, evidence, conv, box, copy_box]
        new.click(h.new_chat, None, reset_outputs, queue=False)
        chatbot.clear(h.new_chat, None, reset_outputs, queue=False)
        copy.click(None, copy_box, None, js="(text) => window.rlCopy(text)")

        # A collapsed filter is easy to forget; its label says how many are active.
        for dropdown in (f_letters, f_issuers, f_years):
            dropdown.change(
                lambda *values: gr.update(label=_filters_label(sum(bool(v) for v in values))),
                [f_letters, f_issuers, f_years],
                filters_box,
                queue=False,
                show_progress="hidden",
            )

        upload_btn.click(
            h.upload, files, upload_result, concurrency_id="write", concurrency_limit=1
        ).then(lambda: None, None, files).then(h.refresh, None, refresh_outputs)
        remove_btn.click(
            h.remove, to_remove, remove_result, concurrency_id="write", concurrency_limit=1
        ).then(h.refresh, None, refresh_outputs)
    return demo


def _filters_label(active: int) -> str:
    if active:
        return f"筛选 Filters · 已启用 {active} 项 active"
    return "筛选 Filters · 答复函 / 发文机关 / 年份"


def _example_text(evt: gr.SelectData) -> str:
    value = evt.value
    return value.get("text", "") if isinstance(value, dict) else str(value)


def _theme() -> gr.themes.Base:
    # Local fonts only: the default theme pulls web fonts from Google, which an offline
    # or mainland-China deployment cannot reach, and CJK needs a CJK face first.
    sans = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei"]
    return gr.themes.Soft(
        primary_hue=gr.themes.colors.red,
        secondary_hue=gr.themes.colors.stone,
        neutral_hue=gr.themes.colors.stone,
        radius_size=gr.themes.sizes.radius_md,
        font=[*sans, "system-ui", "sans-serif"],
        font_mono=["Noto Sans Mono CJK SC", "ui-monospace", "monospace"],
    ).set(
        # One deep red for actions, as on a letterhead, instead of the theme's bright one.
        button_primary_background_fill="#b42318",
        button_primary_background_fill_hover="#912018",
        button_primary_text_color="#ffffff",
        button_primary_border_color="#b42318",
        # Quiet field labels; red is kept for actions and citation markers.
        block_title_background_fill="transparent",
        block_title_text_color="*neutral_600",
        block_label_background_fill="transparent",
        block_label_text_color="*neutral_600",
    )


def _auth(settings: Settings) -> tuple[str, str] | None:
    if settings.ui_auth is None:
        return None
    user, sep, password = settings.ui_auth.get_secret_value().partition(":")
    if not sep or not user or not password:
        raise RagError('RAG_UI_AUTH must look like "user:password"')
    return user, password


def launch(
    settings: Settings | None = None,
    host: str | None = None,
    port: int | None = None,
    *,
    qa: ReplyLetterQA | None = None,
    block: bool = True,
) -> gr.Blocks:
    """Index the corpus on first start, then serve the UI (blocks unless block=False)."""
    settings = settings or Settings()
    qa = qa or ReplyLetterQA(settings)
    try:
        qa.ensure_index()
        # Creating the store, embeddings and retriever now means the first questions
        # don't race to build them, and the first user doesn't wait for model loading.
        qa.stats()
        _ = qa.retriever
    except RagError as exc:
        log.error("index not ready: %s", exc)
    demo = build_app(qa)
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=QUEUE_SIZE)
    demo.launch(
        server_name=host or settings.ui_host,
        server_port=port or settings.ui_port,
        auth=_auth(settings),
        auth_message="答复函问答 — 请登录 Please sign in",
        theme=_theme(),
        css_paths=[STATIC / "app.css"],
        js=(STATIC / "app.js").read_text(encoding="utf-8"),
        # Gradio refuses larger files in the browser, before they are sent, with a message
        # naming the limit; the upload handler checks again for API clients.
        max_file_size=int(settings.max_file_mb * 2**20),
        footer_links=[],
        show_error=False,
        prevent_thread_lock=not block,
        quiet=not block,
    )
    return demo


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="答复函问答 web UI")
    parser.add_argument("--host", help="default: RAG_UI_HOST (127.0.0.1)")
    parser.add_argument("--port", type=int, help="default: RAG_UI_PORT (7860)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    launch(Settings(), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
