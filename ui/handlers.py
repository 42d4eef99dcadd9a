"""What the page's events do: answer, show a turn's evidence, vote, refresh, upload, remove.

`Handlers` is bound to one `ReplyLetterQA`; Gradio calls its methods from worker threads.
Every failure becomes a message on the page; tracebacks only go to the log.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from rag.access import Access, Denied
from rag.errors import RagError
from rag.models import Answer
from rag.qa import ReplyLetterQA
from ui import render, uploads
from ui.conversation import GENERIC_ERROR, Conversation, Turn, chat_messages
from ui.feedback import FeedbackLog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LetterOptions:
    """The indexed letters and the filter choices they allow."""

    letters: list[dict[str, Any]]
    letter_choices: list[tuple[str, str]]
    issuers: list[str]
    years: list[str]


class Handlers:
    """Event handlers bound to one QA object; Gradio calls them from worker threads."""

    def __init__(self, qa: ReplyLetterQA, access: Access | None = None) -> None:
        self.qa = qa
        self.settings = qa.settings
        # Who may upload and remove: the token when RAG_API_TOKEN is set; nobody when the
        # page is reachable beyond this machine without one.
        self.access = access or Access.of(self.settings, self.settings.ui_host)
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
        """Stream the answer into the chat: (chat, evidence, conversation, box, copy text)."""
        question = (message or "").strip()
        if not question:
            yield chat_messages(conv), gr.skip(), conv, gr.skip(), gr.skip()
            return
        history = conv.history()
        conv.turns.append(Turn(question))
        yield chat_messages(conv, "…"), render.evidence_pending(question), conv, "", gr.skip()

        filters = _filters(letter_ids, issuers, years)
        text = ""
        final: Answer | None = None
        try:
            for item in self.qa.stream(question, history=history, filters=filters):
                if isinstance(item, Answer):
                    final = item
                    break
                text += item
                pending = render.md_text(text) + " ▍"
                yield chat_messages(conv, pending), gr.skip(), conv, "", gr.skip()
        except RagError as exc:
            conv.turns[-1].answer = None
            message_md = f"⚠️ {render.md_text(str(exc))}"
            yield chat_messages(conv, message_md), render.evidence_placeholder(), conv, "", ""
            return
        except Exception:
            log.exception("answering %r failed", question)
            yield chat_messages(conv, GENERIC_ERROR), render.evidence_placeholder(), conv, "", ""
            return
        if final is None:  # the stream ended without its Answer: a pipeline bug
            log.error("stream for %r ended without an Answer", question)
            yield chat_messages(conv, GENERIC_ERROR), render.evidence_placeholder(), conv, "", ""
            return
        # The final Answer is authoritative: its text may differ from the streamed deltas
        # (citations checked, markers renumbered), so the message is rendered again.
        conv.turns[-1].answer = final
        yield (
            chat_messages(conv),
            render.evidence_panel(final),
            conv,
            "",
            render.copy_text(final),
        )

    def show_turn(self, conv: Conversation, evt: gr.SelectData) -> Any:
        """Clicking an earlier message shows that turn's evidence."""
        turn = _clicked_turn(conv, evt.index)
        if turn is None or turn.answer is None:
            return gr.skip()
        return render.evidence_panel(turn.answer)

    def vote(self, conv: Conversation, evt: gr.LikeData) -> None:
        turn = _clicked_turn(conv, evt.index)
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

    def status(self) -> str:
        """The status line: mode, model and what is indexed."""
        return render.status_markdown(self._stats(), self.settings.openai_base_url)

    def options(self) -> LetterOptions:
        letters = self._letters()
        years = {str(y) for y in (render.letter_year(x) for x in letters) if y}
        return LetterOptions(
            letters=letters,
            letter_choices=[render.letter_choice(letter) for letter in letters],
            issuers=sorted({str(x["issuer"]) for x in letters if x.get("issuer")}),
            years=sorted(years, reverse=True),
        )

    def refresh(self) -> tuple[Any, ...]:
        """Everything that depends on the set of letters, for page load and after changes."""
        o = self.options()
        return (
            self.status(),
            gr.update(choices=o.letter_choices),
            gr.update(choices=o.issuers),
            gr.update(choices=o.years),
            render.letter_rows(o.letters),
            gr.update(choices=o.letter_choices, value=None),
            gr.update(examples=[{"text": q} for q in self.examples()]),
        )

    def examples(self) -> list[str]:
        try:
            sections = [
                (_letter_label(chunk.proposal_no, chunk.kind), chunk.section)
                for chunk in self.qa.chunks()
            ]
        except Exception:  # examples are a nicety; never let them break the page
            log.exception("could not read sections for example questions")
            sections = []
        return render.example_questions(sections)

    def upload(
        self,
        files: list[str] | None,
        token: str | None = None,
        progress: gr.Progress = gr.Progress(),  # noqa: B008 - Gradio injects it by default value
    ) -> str:
        """Copy uploads into RAG_HOME/uploads, ingest them, and report each file."""
        denied = self.access.write_denied(token or None)
        if denied is not None:
            return render.upload_results_html([("—", "failed", _refusal(denied))])
        if not files:
            return render.upload_results_html([("—", "failed", "请先选择文件 Choose files first")])
        max_bytes = int(self.settings.max_file_mb * 2**20)
        files, outside = uploads.received(files)
        stored, results = uploads.store_uploads(files, self.uploads, max_bytes)
        results.update(outside)
        if stored:
            results.update(self._index_uploads(stored, progress))
            uploads.settle(stored, results)
        return render.upload_results_html(list(results.values()))

    def _index_uploads(
        self, stored: Mapping[Path, str], progress: gr.Progress
    ) -> dict[str, uploads.UploadResult]:
        progress(0, desc=f"索引中 Indexing 0/{len(stored)}")

        def on_file(name: str, done: int, total: int) -> None:
            progress((done, total), desc=f"索引中 Indexing {Path(name).name}", unit="files")

        try:
            with self._write_lock:
                report = self.qa.ingest(list(stored), progress=on_file)
        except RagError as exc:
            return uploads.all_failed(stored, str(exc))
        except Exception:
            log.exception("ingest of uploads failed")
            return uploads.all_failed(stored, "索引失败 indexing failed (logged)")
        return uploads.ingest_results(report, stored)

    def remove(self, letter_id: str | None, token: str | None = None) -> str:
        denied = self.access.write_denied(token or None)
        if denied is not None:
            return f"⚠️ {render.md_text(_refusal(denied))}"
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
        uploads.forget_upload(record, self.uploads)
        return f"已删除 Removed: {label}"

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


def _refusal(denied: Denied) -> str:
    """The refusal as the page's user can act on it: the token field, not a header."""
    if denied.status == 401 and "wrong token" in denied.message:
        return "未获授权 Not allowed: wrong token — it does not match RAG_API_TOKEN"
    if denied.status == 401:
        return "未获授权 Not allowed: enter the token (RAG_API_TOKEN) in the token field above"
    return (
        "未获授权 Not allowed: uploads and removals are disabled on a server reachable from "
        "other machines until RAG_API_TOKEN is set"
    )


def _clicked_turn(conv: Conversation, index: Any) -> Turn | None:
    """The turn of a clicked chat message; Gradio sends its index, or [index, ...]."""
    i = index[0] if isinstance(index, list | tuple) else index
    return conv.turn_at(int(i))


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
