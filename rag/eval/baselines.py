"""Configurations `rag eval --compare` measures side by side with the full pipeline.

    systems = [naive_langchain(files, embeddings), store_only(store, "dense"),
               store_only(store, "keyword"), FullPipeline(qa)]

Each one answers the same two calls the evaluator makes, `retrieve(question, k, history)`
and `ask(question, history)`, so the metrics compare like with like:

- `naive`: what a first LangChain tutorial builds. The raw file text (page furniture
  included, no parsing) split by `RecursiveCharacterTextSplitter(500, 50)`, the same
  e5 embeddings, top-k cosine in an `InMemoryVectorStore`; the answer is the top chunk.
  Its passages have no section; their letter is the file they came from.
- `dense` / `bm25`: one half of the project's own index (`store.dense` or
  `store.keyword`), no fusion and no question rewriting, answered by the extractive
  answerer from the top passages.
- `full`: `ReplyLetterQA` itself.

Every configuration is deterministic: no sampling, ties keep insertion order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rag.models import Answer, Passage

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from rag.index.protocol import StoreReader
    from rag.qa import ReplyLetterQA

History = list[tuple[str, str]]

NAIVE_CHUNK_SIZE = 500
NAIVE_CHUNK_OVERLAP = 50


class System(Protocol):
    """A configuration under evaluation."""

    name: str
    label: str

    def retrieve(self, question: str, k: int, history: History) -> list[Passage]: ...

    def ask(self, question: str, history: History) -> Answer: ...


@dataclass(frozen=True)
class LetterFile:
    """A raw letter file and the identity the index gave it (used only to label passages)."""

    path: Path
    source: str
    proposal_no: str | None = None
    title: str | None = None


class FullPipeline:
    """The project's pipeline: hybrid retrieval, question rewriting, extractive or LLM answer."""

    name = "full"
    label = "full pipeline"

    def __init__(self, qa: ReplyLetterQA) -> None:
        self.qa = qa

    def retrieve(self, question: str, k: int, history: History) -> list[Passage]:
        return self.qa.retrieve(question, k=k, history=history)

    def ask(self, question: str, history: History) -> Answer:
        return self.qa.ask(question, history=history)


class NaiveLangChain:
    """Raw text, fixed-size splits, dense top-k, the top chunk as the answer."""

    name = "naive"
    label = f"naive LangChain ({NAIVE_CHUNK_SIZE}/{NAIVE_CHUNK_OVERLAP} splitter, dense)"

    def __init__(
        self,
        files: Sequence[LetterFile],
        embeddings: Embeddings,
        read_text: Callable[[Path], str] | None = None,
    ) -> None:
        from langchain_core.documents import Document
        from langchain_core.vectorstores import InMemoryVectorStore
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from rag.letters.load import read_text as read_letter_file

        read = read_text or read_letter_file
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=NAIVE_CHUNK_SIZE, chunk_overlap=NAIVE_CHUNK_OVERLAP
        )
        documents: list[Document] = []
        ids: list[str] = []
        for file in files:
            for n, piece in enumerate(splitter.split_text(read(file.path))):
                metadata = {"source": file.source, "proposal_no": file.proposal_no, "n": n}
                documents.append(Document(page_content=piece, metadata=metadata))
                ids.append(f"{file.source}#{n}")
        self.files = list(files)
        self._titles = {file.source: file.title for file in files}
        self.vectors = InMemoryVectorStore(embeddings)
        if documents:
            self.vectors.add_documents(documents, ids=ids)
        self.size = len(documents)

    def retrieve(self, question: str, k: int, history: History) -> list[Passage]:
        # The tutorial chain has no memory: earlier turns are ignored.
        if not self.size:
            return []
        hits = self.vectors.similarity_search_with_score(question, k=k)
        return [
            Passage(
                chunk_id=f"{doc.metadata['source']}#{doc.metadata['n']}",
                letter_id=doc.metadata["source"],
                source=doc.metadata["source"],
                title=self._titles.get(doc.metadata["source"]),
                issuer=None,
                doc_number=None,
                proposal_no=doc.metadata.get("proposal_no"),
                section="",
                text=doc.page_content,
                score=float(score),
            )
            for doc, score in hits
        ]

    def ask(self, question: str, history: History) -> Answer:
        passages = self.retrieve(question, k=1, history=history)
        if not passages:
            return Answer(text="", refused=True, question=question, mode="naive")
        top = passages[0]
        return Answer(
            text=f"{top.text} [1]",
            citations=[top.cite(top.text)],
            question=question,
            mode="naive",
        )


class StoreOnly:
    """One half of the project's index (dense or BM25), answered extractively."""

    def __init__(
        self,
        store: StoreReader,
        method: str,
        answer: Callable[[str, list[Passage]], Answer] | None = None,
        answer_k: int = 5,
    ) -> None:
        if method not in ("dense", "keyword"):
            raise ValueError(f"method must be 'dense' or 'keyword', not {method!r}")
        self.store = store
        self.method = method
        self._search = store.dense if method == "dense" else store.keyword
        self.name = "dense" if method == "dense" else "bm25"
        self.label = "dense only (e5)" if method == "dense" else "BM25 only (jieba)"
        self._answer = answer or extractive_answerer()
        self.answer_k = answer_k

    def retrieve(self, question: str, k: int, history: History) -> list[Passage]:
        # No rewriting of follow-ups: the question is searched as asked.
        hits = self._search(question, k)
        return [Passage.from_chunk(chunk, score) for chunk, score in hits]

    def ask(self, question: str, history: History) -> Answer:
        return self._answer(question, self.retrieve(question, self.answer_k, history))


def extractive_answerer() -> Callable[[str, list[Passage]], Answer]:
    """`rag.answer.extractive.answer_extractive`, or quoting the top passage if that is not built yet."""
    try:
        from rag.answer.extractive import answer_extractive
    except ImportError:
        return top_passage_answer
    return answer_extractive


def top_passage_answer(question: str, passages: list[Passage]) -> Answer:
    """The simplest extractive answer: the best passage, cited."""
    if not passages:
        return Answer(text="", refused=True, question=question)
    top = passages[0]
    return Answer(text=f"{top.text} [1]", citations=[top.cite(top.text)], question=question)


def compare_systems(
    make_qa: Callable[[], ReplyLetterQA], files: Sequence[LetterFile]
) -> list[System]:
    """Naive, dense-only, BM25-only and full, in the order reports show them.

    Each gets its own `ReplyLetterQA` (same index on disk), so none inherits another's
    in-memory query-embedding cache and latencies compare fairly.
    """
    naive, dense, bm25, full = (make_qa() for _ in range(4))
    return [
        NaiveLangChain(files, naive.embeddings),
        StoreOnly(dense.store, "dense", answer_k=dense.settings.top_k),
        StoreOnly(bm25.store, "keyword", answer_k=bm25.settings.top_k),
        FullPipeline(full),
    ]
