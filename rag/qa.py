"""The facade: `ReplyLetterQA` ties settings, store, retriever and answerer together."""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rag.answer.extractive import answer_extractive
from rag.answer.printed import as_printed, in_simplified, letter_from_chunks
from rag.answer.refusal import refusal_for
from rag.answer.result import RetrievalResult
from rag.answer.retrieve import Retriever
from rag.answer.shapes import answer_per_letter, answer_points
from rag.errors import RagError
from rag.models import Answer, Chunk, IngestReport, Letter, Passage
from rag.settings import Settings

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings
    from langchain_core.language_models import BaseChatModel
    from langchain_core.retrievers import BaseRetriever

    from rag.answer.commitments import Item
    from rag.index.store import Store

History = list[tuple[str, str]]


log = logging.getLogger(__name__)


class ReplyLetterQA:
    """Ask questions of reply letters and get answers that cite letter, number and section.

        qa = ReplyLetterQA(Settings(home="/tmp/x"))   # Settings() reads env and .env
        report = qa.ingest(["corpus/"])               # idempotent
        passages = qa.retrieve("人才评价", k=5, filters={"proposal_no": "0798"})
        answer = qa.ask("市科技局下一步在人才评价方面会做什么？", history=[])
        for delta in qa.stream(question, history=[]): ...   # str deltas, then an Answer

    Every collaborator can be passed in (tests swap the chat model or the store);
    nothing heavy is created until first used.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        embeddings: Embeddings | None = None,
        store: Store | None = None,
        llm: BaseChatModel | None = None,
        chroma_client: Any = None,
    ) -> None:
        self.settings = settings or Settings()
        self._embeddings = embeddings
        self._store = store
        self._llm = llm
        self._chroma_client = chroma_client
        self._retriever: Retriever | None = None
        # Threads (the UI's workers) share one object: each collaborator is created once,
        # not once per thread that happens to ask first. Reentrant: `store` needs `embeddings`.
        self._init_lock = threading.RLock()

    # -- collaborators, created on first use ---------------------------------------------

    @property
    def embeddings(self) -> Embeddings:
        if self._embeddings is None:
            with self._init_lock:
                if self._embeddings is None:
                    from rag.index.embed import E5Embeddings

                    self._embeddings = E5Embeddings(self.settings)
        return self._embeddings

    @property
    def store(self) -> Store:
        if self._store is None:
            with self._init_lock:
                if self._store is None:
                    from rag.index.store import open_store

                    store = open_store(self.settings, self.embeddings, client=self._chroma_client)
                    if store.switched_from:
                        log.warning(
                            "the letters in %s were embedded with another model (%s); "
                            "`rag ingest` embeds them again for %s",
                            self.settings.home,
                            store.switched_from,
                            store.collection_name,
                        )
                    self._store = store
        return self._store

    @property
    def llm(self) -> BaseChatModel | None:
        """The chat model in LLM mode, None offline."""
        if self._llm is None and self.settings.llm_enabled:
            with self._init_lock:
                if self._llm is None:
                    from rag.answer.llm import make_chat_model

                    self._llm = make_chat_model(self.settings)
        return self._llm

    # -- ingest -----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        progress: Callable[[str, int, int], None] | None = None,
    ) -> IngestReport:
        """Index files or folders; re-running with the same input changes nothing."""
        from rag.index.ingest import ingest
        from rag.index.ledger import exclusive_home

        with exclusive_home(self.settings):  # another writer may be at it: take turns
            return ingest([Path(p) for p in paths], self.store, self.settings, progress=progress)

    def ensure_index(
        self, progress: Callable[[str, int, int], None] | None = None
    ) -> IngestReport | None:
        """Index the bundled corpus when the index is empty (first start); embed the
        indexed letters again when they were embedded with another model."""
        if self.store.counts()["letters"] == 0 and Path(self.settings.corpus).exists():
            return self.ingest([self.settings.corpus], progress=progress)
        if getattr(self.store, "switched_from", None):
            # Letters missing from this model's collection are read again.
            return self.ingest([], progress=progress)
        return None

    def letters(self) -> list[dict[str, Any]]:
        """The ingested letters and their metadata, one dict each."""
        return [record.as_dict() for record in self._current_store().letters()]

    def letter(self, key: str) -> Letter:
        """One indexed letter, parsed, with its sections: `key` is its letter_id or its
        proposal number ("0798", "798"). Read again from its file when the file is here
        and unchanged; otherwise rebuilt from its indexed chunks (another replica's)."""
        return self._parsed(self._record(key))

    def _parsed(self, record: dict[str, Any], chunks: Sequence[Chunk] | None = None) -> Letter:
        """The letter a manifest record names, from its file or else its chunks."""
        path = Path(record["path"])
        if path.is_file() and _sha256(path) == record["sha256"]:
            from rag.letters.parse import load_letter

            letter = load_letter(path)
            if letter.letter_id == record["letter_id"]:
                return letter
        return letter_from_chunks(record, chunks or self.chunks(record["letter_id"]))

    def commitments(self, letter: str | Letter) -> list[Item]:
        """What a letter (a Letter, its letter_id or its proposal number) promises, one
        item per sentence in letter order: text, section, quote, due, partners."""
        from rag.answer.commitments import commitments

        return commitments(letter if isinstance(letter, Letter) else self.letter(letter))

    def actions(self, letter: str | Letter) -> list[Item]:
        """What a letter says has been done, with the same fields as `commitments`."""
        from rag.answer.commitments import actions

        return actions(letter if isinstance(letter, Letter) else self.letter(letter))

    def _record(self, key: str) -> dict[str, Any]:
        records = self.letters()
        exact = [r for r in records if r["letter_id"] == key]
        number = key.strip().lstrip("第").rstrip("号").lstrip("0")
        found = exact or [r for r in records if (r.get("proposal_no") or "").lstrip("0") == number]
        if not found:
            raise RagError(f"no indexed letter with letter_id or proposal number {key!r}")
        if len(found) > 1:
            names = ", ".join(f"{r['letter_id']} ({r['source']})" for r in found[:5])
            raise RagError(f"{key!r} names {len(found)} letters; give a letter_id: {names}")
        return found[0]

    def remove(self, letter_id: str) -> bool:
        """Remove one letter from every index; False when it was not there."""
        removed = self.store.remove_letter(letter_id)
        return removed

    def stats(self) -> dict[str, Any]:
        counts = self._current_store().counts()
        llm = self.settings.openai_model if self.settings.llm_enabled else None
        return {**counts, "mode": self.settings.mode, "model": llm}

    def _current_store(self) -> Store:
        """The store, having taken in what other processes or replicas committed (checked
        at most once per RAG_REFRESH_SECONDS)."""
        store = self.store
        store.refresh()
        return store

    # -- questions --------------------------------------------------------------------------

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            with self._init_lock:
                if self._retriever is None:
                    self._retriever = Retriever(self.store, self.settings)
        return self._retriever

    def warm_up(self) -> None:
        """Create the store, the embeddings and the retriever now, so the first question
        does not wait for them (BM25 and the boilerplate vectors included)."""
        _ = self.retriever
        self.store.warm_up()

    def chunks(self, letter_id: str | None = None) -> list[Chunk]:
        """The indexed chunks, of one letter or of all, in letter order, as printed."""
        return [c.as_printed() for c in self._current_store().get_chunks(letter_id)]

    def retrieve(
        self,
        question: str,
        k: int | None = None,
        filters: dict[str, Any] | None = None,
        history: History | None = None,
    ) -> list[Passage]:
        """The k passages that best answer the question, best first."""
        self._current_store()
        passages = self.retriever.retrieve(
            question, k=k or self.settings.top_k, filters=filters, history=history or []
        )
        return [p.as_printed() for p in passages]

    def as_retriever(
        self, k: int | None = None, filters: dict[str, Any] | None = None
    ) -> BaseRetriever:
        """A LangChain retriever over the letters: Documents of the best passages, with the
        letter and section in their metadata.

            chain = {"context": qa.as_retriever(k=4), "question": RunnablePassthrough()} | …
        """
        from rag.answer.documents import LetterRetriever

        def search(question: str, k: int, filters: dict[str, Any] | None) -> list[Passage]:
            return self.retrieve(question, k=k, filters=filters)

        return LetterRetriever(search=search, k=k or self.settings.top_k, filters=filters)

    def ask(
        self,
        question: str,
        history: History | None = None,
        filters: dict[str, Any] | None = None,
    ) -> Answer:
        """Answer with [n] markers; `answer.citations[i]` backs marker [i+1]."""
        final: Answer | None = None
        for item in self.stream(question, history=history, filters=filters):
            if isinstance(item, Answer):
                final = item
        assert final is not None
        return final

    def stream(
        self,
        question: str,
        history: History | None = None,
        filters: dict[str, Any] | None = None,
    ) -> Iterator[str | Answer]:
        """Yield text deltas as the answer is written; the last item is the `Answer`.

        The steps, in order: make a follow-up standalone (the chat model's rewrite in LLM
        mode, the offline rules otherwise) and retrieve; refuse when the letters do not
        answer; answer with the chat model (its citations checked against the letters) or
        extractively.
        """
        # Typed as the letters' text reads: ２０２２年 is 2022年 (the letters are narrowed so),
        # 補貼 is 补贴 (a traditional letter is read in simplified characters too).
        question, history = in_simplified(question, history or [])
        self._current_store()
        llm, notice = self._chat_model()
        rewrite = None
        if llm is not None:
            from rag.answer.llm import condense_question  # openai and LangChain: LLM mode only

            chat = llm
            rewrite = lambda q, h: condense_question(chat, q, h)  # noqa: E731
        result = self.retriever.search(
            question, k=self.settings.top_k, filters=filters, history=history, rewrite=rewrite
        )
        diagnostics = {**result.features, "confidence": result.confidence}
        refusal = refusal_for(question, result, self.settings.refusal_threshold)
        if refusal is not None:
            yield refusal.text
            yield replace(refusal, diagnostics=diagnostics)
            return

        table = self._compare(question, result)
        if table is not None:  # a table of verbatim sentences, the same in LLM mode
            table = as_printed(table)
            yield table.text  # whole: a table drawn piece by piece is not a table
            yield replace(table, notice=notice, diagnostics=diagnostics)
            return

        def extractive(q: str, passages: Sequence[Passage]) -> Answer:
            return _answer_offline(q, passages, result, self.settings)

        if llm is not None:
            from rag.answer.llm import llm_answer_stream

            for item in llm_answer_stream(
                llm, question, result.passages, history, self.settings, fallback=extractive
            ):
                if isinstance(item, Answer):
                    item = replace(as_printed(item), diagnostics=diagnostics)
                yield item
            return
        answer = as_printed(extractive(question, result.passages))
        yield from text_pieces(answer.text)
        yield replace(answer, notice=notice or answer.notice, diagnostics=diagnostics)

    def _compare(self, question: str, result: RetrievalResult) -> Answer | None:
        """Letters side by side, when the question compares them and two or more answer."""
        from rag.answer import compare, query

        if not (result.per_letter and query.asks_compare(question)):
            return None
        records = {r["letter_id"]: r for r in self.letters()}  # read once, not per row
        letters = []
        for passage in result.passages:
            record = records.get(passage.letter_id)  # None: it left the index meanwhile
            chunks = self._current_store().get_chunks(passage.letter_id) if record else []
            # A letter without numbered parts may hold its whole reply in its opening.
            said = [c for c in chunks if c.part == "body"] or [
                c for c in chunks if c.part != "meta"
            ]
            if record and said:
                letter = self._readable(record, chunks)
                letters.append((letter, [Passage.from_chunk(c, passage.score) for c in said]))
        return compare.compare_letters(
            question,
            letters,
            intent=result.intent,
            standalone=result.standalone,
            evidence=result.evidence,
        )

    def _readable(self, record: dict[str, Any], chunks: Sequence[Chunk]) -> Letter:
        """The parsed letter; when its file cannot be read now, its indexed chunks."""
        try:
            return self._parsed(record, chunks)
        except (OSError, RagError) as error:
            log.warning("letter %s read from its chunks: %s", record["letter_id"], error)
            return letter_from_chunks(record, chunks)

    def _chat_model(self) -> tuple[BaseChatModel | None, str | None]:
        """The chat model, or None offline; when the LLM extras are missing, answer
        offline and say so."""
        try:
            return self.llm, None
        except ImportError:
            return None, "LLM chain unavailable, extractive answer shown"


def _answer_offline(
    question: str, passages: Sequence[Passage], result: RetrievalResult, settings: Settings
) -> Answer:
    """The offline answer in the shape the question asks for: a letter's points, one line
    per letter, or the sentences that best answer it."""
    if result.outline_kind == "points" and result.outline:
        points = answer_points(question, result.outline, standalone=result.standalone)
        if points is not None:
            return points
    if result.per_letter:
        return answer_per_letter(
            question,
            passages,
            intent=result.intent,
            standalone=result.standalone,
            evidence=result.evidence,
            subjects=result.subjects,
        )
    answer = partial(
        answer_extractive,
        question,
        passages,
        intent=result.intent,
        standalone=result.standalone,
        evidence=result.evidence,
        outline=result.outline if result.outline_kind == "headings" else (),
        positions=result.positions,
        items=result.items,
        subjects=result.subjects,
        held=result.held,
        settings=settings,
    )
    # A question in parts reads further into its letter only when what was read states
    # none of what it asks: the passages ranked below may answer a part worse.
    first = answer()
    return answer(more=result.more) if first.refused and result.more else first


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def text_pieces(text: str) -> Iterator[str]:
    """The answer in a few pieces (lead, each quoted run, sources), as a stream would."""
    for piece in re.split(r"(?<=\n)|(?<=\])", text):
        if piece:
            yield piece
