"""The reader's and the commitments view's tabs, the scope chips above the chat, and
their events; `ui/app.py` places them and `ui/reader.py` says what the events do.

The reader's clicks that need no server (outline, commitments, the cited quote) are
handled in the browser by `window.rlReader` (ui/static/app.js).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import gradio as gr

from ui import commitments as ledger
from ui import letter_html
from ui.reader import Reader

# The custom events' names must appear quoted in js_on_load for Gradio to offer them.
EVIDENCE_JS = (
    "element.addEventListener('click', (e) => "
    "window.rlOpenLetter && window.rlOpenLetter(e, (d) => trigger('open_letter', d)));"
)
SCOPE_JS = (
    "element.addEventListener('click', (e) => { const x = e.target.closest('.scope-x');"
    " if (x) trigger('unscope', {letter_id: x.dataset.letter}); });"
)
READER_JS = (
    "const shown = () => window.rlReader ? window.rlReader.shown(element) "
    ": setTimeout(shown, 50); shown(); watch('value', shown);"
    " element.addEventListener('click', (e) => window.rlReader && window.rlReader.click(e, element));"
    " element.addEventListener('keydown', (e) => { if (e.key === 'Enter') "
    "window.rlReader && window.rlReader.click(e, element); });"
)


@dataclass(frozen=True)
class ReaderTab:
    pick: gr.Dropdown
    scope: gr.Button
    back: gr.Button
    view: gr.HTML


@dataclass(frozen=True)
class CommitmentsTab:
    issuers: gr.Dropdown
    years: gr.Dropdown
    download: gr.DownloadButton
    summary: gr.Markdown
    table: gr.Dataframe
    rows: gr.State


def scope_chips() -> gr.HTML:
    """Above the chat: which letters the answers are limited to, each chip removable."""
    return gr.HTML("", visible=False, elem_id="scope", js_on_load=SCOPE_JS)


def reader_tab(letter_choices: Sequence[tuple[str, str]]) -> ReaderTab:
    with gr.Row(equal_height=True, elem_id="reader-bar"):
        back = gr.Button("← 返回问答 Back to chat", elem_id="reader-back", scale=0, min_width=150)
        pick = gr.Dropdown(
            label="答复函 Letter",
            choices=list(letter_choices),
            elem_id="reader-pick",
            scale=5,
        )
        scope = gr.Button(
            "只问这封答复函 Ask about this letter",
            variant="primary",
            elem_id="reader-scope",
            scale=1,
            min_width=200,
        )
    view = gr.HTML(letter_html.placeholder(), elem_id="reader", js_on_load=READER_JS)
    return ReaderTab(back=back, pick=pick, scope=scope, view=view)


def commitments_tab(issuers: Sequence[str], years: Sequence[str]) -> CommitmentsTab:
    gr.Markdown(
        "所有答复函中“下一步”“将”“力争”等承诺，一句一行；点选一行可在阅读器中查看原文。"
        "  \nEvery letter's commitments, one sentence a row; select a row to read it in "
        "its letter. The CSV opens in Excel with the Chinese intact."
    )
    with gr.Row(equal_height=True, elem_id="commitments-bar"):
        f_issuers = gr.Dropdown(
            label="发文机关 Issuer",
            choices=list(issuers),
            multiselect=True,
            elem_id="commit-issuer",
            scale=3,
        )
        f_years = gr.Dropdown(
            label="年份 Year",
            choices=list(years),
            multiselect=True,
            elem_id="commit-years",
            scale=2,
        )
        download = gr.DownloadButton(
            "导出 CSV Export", elem_id="commit-csv", scale=1, min_width=160
        )
    summary = gr.Markdown(elem_id="commit-summary")
    table = gr.Dataframe(
        headers=ledger.COLUMNS,
        value=ledger.table([]),
        interactive=False,
        wrap=True,
        column_widths=["9%", "10%", "6%", "24%", "8%", "9%", "34%"],
        elem_id="commit-table",
    )
    return CommitmentsTab(
        issuers=f_issuers,
        years=f_years,
        download=download,
        summary=summary,
        table=table,
        rows=gr.State([]),
    )


def wire_reader(
    reader: Reader,
    *,
    tabs: gr.Tabs,
    tab: ReaderTab,
    evidence: gr.HTML,
    letters_table: gr.Dataframe,
    f_letters: gr.Dropdown,
    filters_box: gr.Accordion,
    chips: gr.HTML,
    commitments: CommitmentsTab,
) -> None:
    shown = [tabs, tab.pick, tab.view]
    evidence.open_letter(reader.open_citation, None, shown, queue=False)
    letters_table.select(reader.open_row, None, shown, queue=False)
    # .input, not .change: opening a letter sets the picker, which must not re-render it.
    tab.pick.input(reader.pick, tab.pick, tab.view, queue=False)
    tab.scope.click(reader.scope, tab.pick, [tabs, f_letters, filters_box], queue=False)
    tab.back.click(lambda: gr.Tabs(selected="ask"), None, tabs, queue=False)
    f_letters.change(reader.chip, f_letters, chips, queue=False, show_progress="hidden")
    chips.unscope(reader.unscope, f_letters, f_letters, queue=False)

    c = commitments
    ledger_outputs = [c.summary, c.table, c.download, c.rows]
    for dropdown in (c.issuers, c.years):
        dropdown.change(reader.commitments_table, [c.issuers, c.years], ledger_outputs)
    c.table.select(reader.open_commitment, c.rows, shown, queue=False)


def refresh(
    reader: Reader, options: Callable[[], Any], tab: ReaderTab, c: CommitmentsTab
) -> tuple[Callable[..., tuple[Any, ...]], list[Any], list[Any]]:
    """(function, inputs, outputs) bringing the reader's choices and the commitments up
    to date, for page load and after uploads and removals; `options` is
    `Handlers.options`."""

    def run(issuers: list[str] | None, years: list[str] | None) -> tuple[Any, ...]:
        o = options()
        return (
            gr.update(choices=o.letter_choices),
            gr.update(choices=o.issuers),
            gr.update(choices=o.years),
            *reader.commitments_table(issuers, years),
        )

    outputs = [tab.pick, c.issuers, c.years, c.summary, c.table, c.download, c.rows]
    return run, [c.issuers, c.years], outputs
