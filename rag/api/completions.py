"""OpenAI chat completions over `ReplyLetterQA.stream`: messages in, a cited answer out.

    question, history = conversation(request.messages)
    body = completion(answer, model=request.model, prompt=question)          # stream=False
    for event in completion_events(qa.stream(question, history), ...): ...   # stream=True

The answer text keeps its [n] markers; `citations` and `refused` ride at the top level of
the response, or of the last chunk when streaming. A stream carries the *verified* answer:
in LLM mode the model's citations are checked before the text is sent (SSE comments keep
the connection alive meanwhile), so what a client shows is never taken back.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict
from typing import Any

from rag.api.schemas import CitationOut, CompareRowOut, Message, error_body
from rag.errors import RagError
from rag.index.chunk import count_tokens
from rag.models import Answer
from rag.qa import text_pieces

History = list[tuple[str, str]]

# A question is a sentence or a paragraph; a request carrying a book is a mistake.
MAX_QUESTION_CHARS = 4000


class BadRequest(RagError):
    """A request the client must change (HTTP 400)."""


def conversation(messages: Sequence[Message]) -> tuple[str, History]:
    """The last user message as the question, and the earlier (question, answer) pairs.

    System and tool messages are not instructions to this system (it only quotes the
    letters), so they are ignored.
    """
    last = messages[-1]
    question = last.text.strip()
    if last.role != "user" or not question:
        raise BadRequest("the last message must be a user message with text: the question")
    if len(question) > MAX_QUESTION_CHARS:
        raise BadRequest(
            f"the question is {len(question)} characters; at most {MAX_QUESTION_CHARS}"
        )
    history: History = []
    asked: str | None = None
    for message in messages[:-1]:
        if message.role == "user":
            if asked is not None:
                history.append((asked, ""))
            asked = message.text.strip()
        elif message.role == "assistant" and asked is not None:
            history.append((asked, message.text))
            asked = None
    if asked is not None:
        history.append((asked, ""))
    return question, history


def citations(answer: Answer) -> list[dict[str, Any]]:
    return [
        CitationOut(
            n=n,
            letter_id=c.letter_id,
            title=c.title,
            proposal_no=c.proposal_no,
            kind=c.kind,
            section=c.section,
            quote=c.quote,
            source=c.source,
            issuer=c.issuer,
            date=c.date,
        ).model_dump()
        for n, c in enumerate(answer.citations, 1)
    ]


def completion(answer: Answer, *, model: str, prompt: str) -> dict[str, Any]:
    """The `chat.completion` object of a finished answer."""
    return {
        "id": _completion_id(),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer.text},
                "finish_reason": "stop",
            }
        ],
        "usage": _usage(prompt, answer.text),
        **_extras(answer),
    }


def completion_events(
    items: Iterable[str | Answer], *, model: str, prompt: str, include_usage: bool = False
) -> Iterator[str]:
    """Server-sent events of a streamed `chat.completion.chunk` sequence, then `[DONE]`."""
    chunk_id, created = _completion_id(), int(time.time())

    def event(choices: list[dict[str, Any]], **extra: Any) -> str:
        head = {"id": chunk_id, "object": "chat.completion.chunk", "created": created}
        return _event({**head, "model": model, "choices": choices, **extra})

    def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> str:
        return event([{"index": 0, "delta": delta, "finish_reason": finish}], **extra)

    yield chunk({"role": "assistant", "content": ""})
    answer: Answer | None = None
    for item in items:
        if isinstance(item, Answer):
            answer = item
        else:
            yield ": working\n\n"  # a comment: keeps proxies from closing a slow stream
    if answer is None:
        raise RagError("the answer ended without a result")
    for piece in text_pieces(answer.text):
        yield chunk({"content": piece})
    yield chunk({}, "stop", **_extras(answer))
    if include_usage:
        # The last chunk carries the citations, whatever it is.
        yield event([], usage=_usage(prompt, answer.text), **_extras(answer))
    yield "data: [DONE]\n\n"


def error_event(message: str, kind: str = "server_error") -> str:
    """An error inside a stream: OpenAI clients raise it as an `APIError`."""
    return _event(error_body(message, kind))


def _extras(answer: Answer) -> dict[str, Any]:
    extras: dict[str, Any] = {"citations": citations(answer), "refused": answer.refused}
    if answer.notice:
        extras["notice"] = answer.notice
    if answer.compare:
        extras["compare"] = [CompareRowOut(**asdict(row)).model_dump() for row in answer.compare]
    return extras


def _usage(prompt: str, text: str) -> dict[str, int]:
    prompt_tokens, completion_tokens = count_tokens(prompt), count_tokens(text)
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def _event(body: dict[str, Any]) -> str:
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex[:24]}"
