"""What the reader's events do: open a letter (from a citation, a table row or the
picker), scope the chat to it, and list every letter's commitments.

`Reader` is bound to one `ReplyLetterQA`, like `Handlers`; every failure becomes a message.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import gradio as gr

from rag.errors import RagError
from rag.models import Letter
from rag.qa import ReplyLetterQA
from ui import commitments as ledger
from ui import letter_html, render

if TYPE_CHECKING:
    from rag.answer.commitments import Item

log = logging.getLogger(__name__)

READER_TAB = "reader"
ASK_TAB = "ask"
# Parsed letters with their commitments and actions, by letter_id (a hash of the letter's
# text, so an entry never goes stale); bounded so a large index cannot fill memory.
CACHE_LETTERS = 512


class Reader:
    """The reader's and the commitments view's event handlers, bound to one QA object."""

    def __init__(self, qa: ReplyLetterQA) -> None:
        self.qa = qa
        self._cache: OrderedDict[str, tuple[Letter, list[Item], list[Item]]] = OrderedDict()
        self._version = -1  # the store's version the cache was filled at
        self._lock = threading.Lock()

    # one letter --------------------------------------------------------------------------

    def read(self, key: str) -> tuple[Letter, list[Item], list[Item]]:
        """The letter (letter_id or proposal number), its commitments and its actions."""
        version = self.qa.store.version  # a write (a removal, say) empties the cache
        with self._lock:
            if version != self._version:
                self._cache.clear()
                self._version = version
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]
        letter = self.qa.letter(key)
        found = (letter, self.qa.commitments(letter), self.qa.actions(letter))
        with self._lock:
            self._cache[letter.letter_id] = found
            while len(self._cache) > CACHE_LETTERS:
                self._cache.popitem(last=False)
        return found

    def html(self, key: str | None, cited: letter_html.Cited | None = None) -> str:
        """The reader for one letter, or a message saying why it cannot be shown."""
        if not key:
            return letter_html.placeholder()
        try:
            letter, promised, done = self.read(key)
        except RagError as exc:
            return letter_html.placeholder(f"⚠️ {exc}")
        except Exception:
            log.exception("opening letter %r failed", key)
            return letter_html.placeholder("⚠️ 无法打开这封答复函 The letter could not be opened")
        return letter_html.reader(letter, promised, done, cited)

    def pick(self, letter_id: str | None) -> str:
        return self.html(letter_id)

    def open_citation(self, evt: gr.EventData) -> tuple[Any, ...]:
        """An evidence card's "open letter": the reader, scrolled to the cited quote."""
        data = getattr(evt, "_data", None) or {}
        letter_id = str(data.get("letter_id") or "")
        cited = letter_html.Cited(
            quote=str(data.get("quote") or ""),
            text=str(data.get("text") or ""),
            section=str(data.get("section") or ""),
        )
        return self._shown(letter_id, self.html(letter_id, cited))

    def open_row(self, evt: gr.SelectData) -> tuple[Any, ...]:
        """A row of the letters table opens that letter."""
        row = [str(cell) for cell in (evt.row_value or [])]
        for record in self._letters():
            if render.letter_rows([record])[0] == row:
                letter_id = str(record["letter_id"])
                return self._shown(letter_id, self.html(letter_id))
        return gr.skip(), gr.skip(), gr.skip()

    def open_commitment(self, rows: list[ledger.Row], evt: gr.SelectData) -> tuple[Any, ...]:
        """A row of the commitments table opens its letter with that sentence marked."""
        cells = [str(cell) for cell in (evt.row_value or [])]
        row = next((r for r in rows if r.cells() == cells), None)
        if row is None:
            return gr.skip(), gr.skip(), gr.skip()
        return self._shown(row.letter_id, self.html(row.letter_id, letter_html.Cited(row.quote)))

    @staticmethod
    def _shown(letter_id: str, html: str) -> tuple[Any, ...]:
        """(tabs, picker, reader): the reader tab, showing `letter_id`."""
        return gr.Tabs(selected=READER_TAB), gr.update(value=letter_id or None), html

    # scope -------------------------------------------------------------------------------

    @staticmethod
    def scope(letter_id: str | None) -> tuple[Any, ...]:
        """(tabs, letters filter, filters box): the Ask tab, answering from this letter only.
        The filters stay as they were, folded or open: the chip above the chat shows the
        scope, and an opened panel would show the letter twice and push the question box
        down."""
        if not letter_id:
            gr.Warning("请先打开一封答复函 Open a letter first")
            return gr.skip(), gr.skip(), gr.skip()
        return gr.Tabs(selected=ASK_TAB), gr.update(value=[letter_id]), gr.skip()

    def chip(self, letter_ids: Sequence[str] | None) -> Any:
        """The scope shown above the chat: one removable chip per chosen letter."""
        if not letter_ids:
            return gr.update(value="", visible=False)
        records = {str(r.get("letter_id")): r for r in self._letters()}
        labels = [
            (i, render.letter_choice(records[i])[0] if i in records else i) for i in letter_ids
        ]
        return gr.update(value=scope_chips(labels), visible=True)

    @staticmethod
    def unscope(letter_ids: Sequence[str] | None, evt: gr.EventData) -> list[str]:
        """A chip's ×: that letter leaves the filter."""
        data = getattr(evt, "_data", None) or {}
        gone = str(data.get("letter_id") or "")
        return [i for i in (letter_ids or []) if i != gone]

    # every letter's commitments ----------------------------------------------------------

    def commitments_table(
        self, issuers: Sequence[str] | None, years: Sequence[str] | None
    ) -> tuple[Any, ...]:
        """(summary, table, CSV file, rows) of the commitments of the chosen letters."""
        rows: list[ledger.Row] = []
        for record in self._letters():
            if issuers and record.get("issuer") not in issuers:
                continue
            if years and str(render.letter_year(record) or "") not in years:
                continue
            try:
                letter, promised, _ = self.read(str(record["letter_id"]))
            except Exception:  # one unreadable letter must not hide the others
                log.exception("reading commitments of %s failed", record.get("letter_id"))
                continue
            rows += ledger.letter_rows(letter, promised)
        try:
            path: Any = str(ledger.write_csv(rows))
        except OSError:
            log.exception("could not write the commitments CSV")
            path = None
        return ledger.summary(rows), ledger.table(rows), path, rows

    def _letters(self) -> list[dict[str, Any]]:
        try:
            return self.qa.letters()
        except Exception:
            log.exception("could not list letters")
            return []


def scope_chips(labels: Sequence[tuple[str, str]]) -> str:
    """The chips for (letter_id, label) pairs; each × removes its letter from the filter."""
    chips = "".join(
        f'<span class="scope-chip" title="{render.esc(label)}">'
        f'<span class="scope-label">{render.esc(label)}</span>'
        f'<button type="button" class="scope-x" data-letter="{render.esc(letter_id)}" '
        f'aria-label="取消限定 Remove scope: {render.esc(label)}">×</button></span>'
        for letter_id, label in labels
    )
    return (
        '<div class="scope-bar"><span class="scope-lead">只问这封答复函 Scoped to</span>'
        f"{chips}</div>"
    )
