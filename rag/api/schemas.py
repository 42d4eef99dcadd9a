"""The shapes of the HTTP API: what clients send and what they get back.

The chat endpoint follows OpenAI's chat completions (any OpenAI client works), with two
additions at the top level of the response, or of the last chunk when streaming:
`citations` (one object per [n] marker) and `refused`; a compare answer ("各地对…是怎么
答复的") adds `compare`, its table as rows.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MODEL_ID = "replyletter-qa"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    @property
    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(part.text or "" for part in self.content if part.type == "text")
        return self.content or ""


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="allow")
    include_usage: bool = False


class ChatRequest(BaseModel):
    """OpenAI's request body; sampling options are accepted and have no effect offline."""

    model_config = ConfigDict(extra="allow")
    model: str = MODEL_ID
    messages: list[Message] = Field(min_length=1)
    stream: bool = False
    stream_options: StreamOptions | None = None


class CompareRowOut(BaseModel):
    """One letter's row of a compare answer: who answered and when, and its sentences on
    the concern — done, promised, or (neither) what it said — each with its marker n."""

    letter_id: str
    name: str
    title: str | None
    proposal_no: str | None
    kind: str | None
    issuer: str | None
    date: str | None
    done: str | None
    done_n: int | None
    promised: str | None
    promised_n: int | None
    said: str | None
    said_n: int | None


class CitationOut(BaseModel):
    """Marker [n] of the answer: the letter, its section and the verbatim quote."""

    n: int
    letter_id: str
    title: str | None
    proposal_no: str | None
    kind: str | None
    section: str
    quote: str
    source: str
    issuer: str | None = None
    date: str | None = None


class PassageOut(BaseModel):
    chunk_id: str
    letter_id: str
    title: str | None
    issuer: str | None
    proposal_no: str | None
    kind: str | None
    section: str
    text: str
    score: float
    source: str
    date: str | None = None


class SearchResult(BaseModel):
    query: str
    passages: list[PassageOut]


class FileProblem(BaseModel):
    file: str
    reason: str


class IngestOut(BaseModel):
    """What happened to each uploaded file, by its (sanitised) name."""

    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    duplicates: list[FileProblem] = []
    failed: list[FileProblem] = []
    letters: int = 0
    chunks: int = 0


class LettersOut(BaseModel):
    letters: list[dict[str, Any]]


class ErrorBody(BaseModel):
    message: str
    type: str
    param: str | None = None
    code: str | None = None


class ErrorOut(BaseModel):
    """OpenAI's error shape."""

    error: ErrorBody


def error_body(
    message: str, kind: str, *, param: str | None = None, code: str | None = None
) -> dict[str, Any]:
    """`{"error": {...}}` as every error of the API is sent, streams and middleware too."""
    return ErrorOut(
        error=ErrorBody(message=message, type=kind, param=param, code=code)
    ).model_dump()
