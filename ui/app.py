"""The web chat: questions on the left, the evidence for every [n] on the right.

    from rag import ReplyLetterQA, Settings
    from ui.app import build_app, launch

    launch(Settings())                       # what `rag ui` and `python -m ui.app` run
    mount(fastapi_app, qa, access)           # what `rag serve` runs: the UI at /
    demo = build_app(ReplyLetterQA(settings))  # or build the Blocks yourself

The UI only talks to the `ReplyLetterQA` facade.  This module lays out the page and
wires its events; `ui/handlers.py` says what the events do, `ui/render.py` draws
answers and evidence, `ui/uploads.py` keeps uploaded files safe.
"""

from __future__ import annotations

import argparse
import logging
import sys
from dataclasses import dataclass
from typing import Any

import gradio as gr
from fastapi import FastAPI

from rag.access import TOKEN_VARIABLE, Access
from rag.errors import RagError
from rag.qa import ReplyLetterQA
from rag.settings import Settings
from ui import reader_layout, render
from ui.conversation import Conversation
from ui.handlers import Handlers, LetterOptions
from ui.page import page_options
from ui.reader import Reader
from ui.uploads import ALLOWED_SUFFIXES

log = logging.getLogger(__name__)

# Offline answers are CPU-bound (query embedding, BM25, sentence scoring) on a small
# machine; LLM answers mostly wait on the network.  Four concurrent questions keep two
# cores busy without making a 20-question burst slower for everyone; the rest queue.
CHAT_CONCURRENCY = 4
QUEUE_SIZE = 64


@dataclass(frozen=True)
class _AskTab:
    filters_box: gr.Accordion
    f_letters: gr.Dropdown
    f_issuers: gr.Dropdown
    f_years: gr.Dropdown
    scope: gr.HTML
    new: gr.Button
    copy: gr.Button
    chatbot: gr.Chatbot
    box: gr.Textbox
    send: gr.Button
    evidence: gr.HTML
    copy_box: gr.Textbox


@dataclass(frozen=True)
class _LettersTab:
    token: gr.Textbox
    files: gr.File
    upload_btn: gr.Button
    upload_result: gr.HTML
    to_remove: gr.Dropdown
    remove_btn: gr.Button
    remove_result: gr.Markdown
    table: gr.Dataframe


def build_app(qa: ReplyLetterQA, access: Access | None = None) -> gr.Blocks:
    """The Gradio Blocks for a QA object (not launched; `launch` adds CSS, JS and auth).

    `access` says who may upload and remove (default: as `rag ui` on RAG_UI_HOST)."""
    h = Handlers(qa, access)
    # Initial choices matter beyond the first paint: Gradio checks submitted dropdown
    # values against them in sessions that never ran the load event (API clients).
    o = h.options()
    demo = gr.Blocks(title="答复函问答 Reply-letter Q&A", analytics_enabled=False)
    with demo:
        conv = gr.State(Conversation())
        status = _topbar(h)
        with gr.Tabs(elem_id="main-tabs") as tabs:
            with gr.Tab("问答 Ask", id="ask"):
                ask = _ask_tab(h, o)
            with gr.Tab("答复函 Letters", id="letters"):
                letters = _letters_tab(h, o)
            with gr.Tab("阅读 Reader", id="reader"):
                reading = reader_layout.reader_tab(o.letter_choices)
            with gr.Tab("承诺 Commitments", id="commitments"):
                promised = reader_layout.commitments_tab(o.issuers, o.years)

        refresh_outputs = [
            status,
            ask.f_letters,
            ask.f_issuers,
            ask.f_years,
            letters.table,
            letters.to_remove,
            ask.chatbot,
        ]
        reader = Reader(h.qa)
        # The reader's choices and every letter's commitments follow the letters too.
        more = reader_layout.refresh(reader, h.options, reading, promised)
        demo.load(h.refresh, outputs=refresh_outputs, queue=False).then(*more)
        _wire_chat(h, ask, conv)
        _wire_letters(h, letters, refresh_outputs, more)
        reader_layout.wire_reader(
            reader,
            tabs=tabs,
            tab=reading,
            evidence=ask.evidence,
            letters_table=letters.table,
            f_letters=ask.f_letters,
            filters_box=ask.filters_box,
            chips=ask.scope,
            commitments=promised,
        )
    return demo


# -- layout -----------------------------------------------------------------------------


def _topbar(h: Handlers) -> gr.Markdown:
    """The brand and the status line; returns the status line."""
    with gr.Row(elem_id="topbar"):
        gr.HTML(
            '<div class="brand"><span class="brand-mark">函</span><div>'
            '<div class="brand-title">答复函问答</div>'
            '<div class="brand-sub">政府答复函智能问答 · 每个回答都注明出处 · '
            "Answers cite letter, number and section</div></div></div>",
            js_on_load=None,
        )
        status = gr.Markdown(h.status(), elem_id="status")
    return status


def _ask_tab(h: Handlers, o: LetterOptions) -> _AskTab:
    with gr.Row(equal_height=False, elem_id="workspace"):
        with gr.Column(scale=6, min_width=420, elem_id="chat-col"):
            with gr.Accordion(_filters_label(0), open=False, elem_id="filters") as filters_box:
                # Letter titles are long: the letters filter gets a row of its own.
                f_letters = gr.Dropdown(
                    label="答复函 Letters",
                    elem_id="filter-letters",
                    multiselect=True,
                    choices=o.letter_choices,
                )
                with gr.Row():
                    f_issuers = gr.Dropdown(
                        label="发文机关 Issuer",
                        elem_id="filter-issuer",
                        multiselect=True,
                        choices=o.issuers,
                        scale=3,
                    )
                    f_years = gr.Dropdown(
                        label="年份 Year",
                        multiselect=True,
                        choices=o.years,
                        scale=2,
                        elem_id="filter-years",
                    )
            scope = reader_layout.scope_chips()
            # Shown in the chat's own toolbar, where they take no extra height.
            new = gr.Button("新对话 New chat", size="sm", elem_id="new-btn")
            copy = gr.Button("复制答案及来源 Copy with sources", size="sm", elem_id="copy-btn")
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
                js_on_load=reader_layout.EVIDENCE_JS,
            )
    # Holds the clipboard text of the latest answer; hidden by CSS rather than
    # visible=False so the browser keeps its value for the copy button.
    copy_box = gr.Textbox(elem_id="copy-text", show_label=False, elem_classes="rl-hidden")
    return _AskTab(
        filters_box=filters_box,
        f_letters=f_letters,
        f_issuers=f_issuers,
        f_years=f_years,
        scope=scope,
        new=new,
        copy=copy,
        chatbot=chatbot,
        box=box,
        send=send,
        evidence=evidence,
        copy_box=copy_box,
    )


def _letters_tab(h: Handlers, o: LetterOptions) -> _LettersTab:
    gr.Markdown(
        "已收录的答复函。上传 .txt / .md / .html / .docx / .pdf 即可加入问答；"
        f"单个文件不超过 {h.settings.max_file_mb:g} MB。"
        "  \nIndexed letters. Upload files to add them; re-uploading an edited file "
        "updates it." + _writes_note(h.access)
    )
    token = gr.Textbox(
        label=f"令牌 Token ({TOKEN_VARIABLE})，上传和删除需要 · needed to upload and remove",
        type="password",
        visible=h.access.token is not None,
        elem_id="api-token",
        max_lines=1,
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
                choices=o.letter_choices,
                elem_id="remove-letter",
            )
            remove_btn = gr.Button("删除 Remove", variant="stop")
            remove_result = gr.Markdown(elem_id="remove-result")
    table = gr.Dataframe(
        headers=render.LETTER_COLUMNS,
        value=render.letter_rows(o.letters),
        interactive=False,
        wrap=True,
        elem_id="letters-table",
    )
    return _LettersTab(
        token=token,
        files=files,
        upload_btn=upload_btn,
        upload_result=upload_result,
        to_remove=to_remove,
        remove_btn=remove_btn,
        remove_result=remove_result,
        table=table,
    )


# -- events -----------------------------------------------------------------------------


def _wire_chat(h: Handlers, ask: _AskTab, conv: gr.State) -> None:
    ask_inputs = [ask.box, conv, ask.f_letters, ask.f_issuers, ask.f_years]
    ask_outputs = [ask.chatbot, ask.evidence, conv, ask.box, ask.copy_box]
    ask.box.submit(h.ask, ask_inputs, ask_outputs, concurrency_id="ask")
    ask.send.click(h.ask, ask_inputs, ask_outputs, concurrency_id="ask")
    ask.chatbot.example_select(_example_text, None, ask.box, queue=False).then(
        h.ask, ask_inputs, ask_outputs, concurrency_id="ask"
    )
    ask.chatbot.select(h.show_turn, conv, ask.evidence, queue=False)
    ask.chatbot.like(h.vote, conv, None, queue=False)
    reset_outputs = [ask.chatbot, ask.evidence, conv, ask.box, ask.copy_box]
    ask.new.click(h.new_chat, None, reset_outputs, queue=False)
    ask.chatbot.clear(h.new_chat, None, reset_outputs, queue=False)
    ask.copy.click(None, ask.copy_box, None, js="(text) => window.rlCopy(text)")

    # A collapsed filter is easy to forget; its label says how many are active.
    dropdowns = [ask.f_letters, ask.f_issuers, ask.f_years]
    for dropdown in dropdowns:
        dropdown.change(
            lambda *values: gr.update(label=_filters_label(sum(bool(v) for v in values))),
            dropdowns,
            ask.filters_box,
            queue=False,
            show_progress="hidden",
        )


def _wire_letters(
    h: Handlers, letters: _LettersTab, refresh_outputs: list[Any], more: tuple[Any, ...]
) -> None:
    letters.upload_btn.click(
        h.upload,
        [letters.files, letters.token],
        letters.upload_result,
        concurrency_id="write",
        concurrency_limit=1,
    ).then(lambda: None, None, letters.files).then(h.refresh, None, refresh_outputs).then(*more)
    letters.remove_btn.click(
        h.remove,
        [letters.to_remove, letters.token],
        letters.remove_result,
        concurrency_id="write",
        concurrency_limit=1,
    ).then(h.refresh, None, refresh_outputs).then(*more)


def _writes_note(access: Access) -> str:
    if access.token is None and not access.loopback:
        return (
            f"  \n**上传和删除已关闭**：本服务可从其他机器访问且未设置 {TOKEN_VARIABLE}。"
            f" Uploads and removals are disabled: set {TOKEN_VARIABLE} to allow them."
        )
    return ""


def _filters_label(active: int) -> str:
    if active:
        return f"筛选 Filters · 已启用 {active} 项 active"
    return "筛选 Filters · 答复函 / 发文机关 / 年份"


def _example_text(evt: gr.SelectData) -> str:
    value = evt.value
    return value.get("text", "") if isinstance(value, dict) else str(value)


# -- serving ----------------------------------------------------------------------------


def prepare(qa: ReplyLetterQA) -> None:
    """Index the corpus on first start and load the models, so that the first questions
    neither race to build them nor wait for them."""
    try:
        qa.ensure_index(progress=_indexing_progress)
        qa.warm_up()
    except RagError as exc:
        log.error("index not ready: %s", exc)


def _indexing_progress(name: str, done: int, total: int) -> None:
    # Nothing else is printed until the server listens: the first start indexes the corpus.
    end = "\n" if done == total else ""
    print(f"\rIndexing letters {done}/{total}…", end=end, file=sys.stderr, flush=True)


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
    prepare(qa)
    host = host or settings.ui_host
    demo = build_app(qa, Access.of(settings, host))
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=QUEUE_SIZE)
    demo.launch(
        server_name=host,
        server_port=port or settings.ui_port,
        prevent_thread_lock=not block,
        quiet=not block,
        **page_options(settings),
    )
    return demo


def mount(app: FastAPI, qa: ReplyLetterQA, access: Access, path: str = "/") -> FastAPI:
    """Mount the chat UI on a FastAPI app (the HTTP API's), at `path`."""
    demo = build_app(qa, access)
    demo.queue(default_concurrency_limit=CHAT_CONCURRENCY, max_size=QUEUE_SIZE)
    mounted: FastAPI = gr.mount_gradio_app(app, demo, path=path, **page_options(qa.settings))
    return mounted


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="答复函问答 web UI")
    parser.add_argument("--host", help="default: RAG_UI_HOST (127.0.0.1)")
    parser.add_argument("--port", type=int, help="default: RAG_UI_PORT (7860)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    launch(Settings(), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
