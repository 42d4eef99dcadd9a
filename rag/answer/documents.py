"""Passages as LangChain Documents, and a `BaseRetriever` that returns them.

retriever = qa.as_retriever(k=4)          # built by the facade
docs = retriever.invoke("人才评价")        # Document(page_content=quote-able text,
                                          #          metadata={letter_id, section, …})
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from rag.models import Passage

Search = Callable[[str, int, dict[str, Any] | None], list[Passage]]


def passage_document(passage: Passage) -> Document:
    """The passage's text, with where it comes from in the metadata."""
    metadata = {
        "letter_id": passage.letter_id,
        "chunk_id": passage.chunk_id,
        "source": passage.source,
        "title": passage.title,
        "issuer": passage.issuer,
        "doc_number": passage.doc_number,
        "proposal_no": passage.proposal_no,
        "kind": passage.kind,
        "section": passage.section,
        "date": passage.date,
        "score": passage.score,
    }
    return Document(page_content=passage.text, metadata=metadata, id=passage.chunk_id)


class LetterRetriever(BaseRetriever):
    """The letters' best passages for a query, as Documents, best first."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    search: Search
    k: int = 5
    filters: dict[str, Any] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return [passage_document(p) for p in self.search(query, self.k, self.filters)]
