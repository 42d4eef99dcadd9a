"""Test doubles that record what they were sent, so a test can assert the exact prompt."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.fake_chat_models import GenericFakeChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field

from rag.models import Answer, Passage


@dataclass(frozen=True)
class Truncated:
    """A reply whose stream stops early: `text` arrives, then no finish reason, or `error`."""

    text: str
    error: BaseException | None = None


class RecordingChatModel(GenericFakeChatModel):
    """A streaming fake chat model that replies from a queue and records every prompt.

        llm = RecordingChatModel.replying("答复「…」[1]。", RuntimeError("down"), Truncated("半"))
        ...
        llm.prompts[-1]        # the messages of the last call
        llm.last_prompt        # the same as (role, text) pairs

    A queued exception is raised when the call starts. Like OpenAI, a complete stream ends
    with an empty chunk carrying finish_reason "stop"; a `Truncated` one does not.
    """

    # GenericFakeChatModel's own reply iterator; unused, `replies` can also hold failures.
    messages: Iterator[AIMessage | str] = Field(default_factory=lambda: iter(()))
    replies: list[Any] = Field(default_factory=list)
    prompts: list[list[BaseMessage]] = Field(default_factory=list)
    chunk_chars: int = 4  # so Chinese text, which has no spaces, still streams in pieces

    @classmethod
    def replying(cls, *replies: str | BaseException | Truncated) -> RecordingChatModel:
        return cls(replies=list(replies))

    @property
    def last_prompt(self) -> list[tuple[str, str]]:
        return [(m.type, str(m.content)) for m in self.prompts[-1]]

    def _next(self, messages: list[BaseMessage]) -> str | Truncated:
        self.prompts.append(list(messages))
        if not self.replies:
            raise AssertionError("RecordingChatModel: no reply queued for this call")
        reply = self.replies.pop(0)
        if isinstance(reply, BaseException):
            raise reply
        return reply

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        reply = self._next(messages)
        text = reply.text if isinstance(reply, Truncated) else reply
        metadata = {} if isinstance(reply, Truncated) else {"finish_reason": "stop"}
        message = AIMessage(content=text, response_metadata=metadata)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        reply = self._next(messages)
        text = reply.text if isinstance(reply, Truncated) else reply
        for at in range(0, len(text), self.chunk_chars):
            piece = text[at : at + self.chunk_chars]
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
        if isinstance(reply, Truncated):
            if reply.error is not None:
                raise reply.error
            return
        yield ChatGenerationChunk(
            message=AIMessageChunk(content="", chunk_position="last"),
            generation_info={"finish_reason": "stop"},
        )


class RecordingFallback:
    """Stands in for the extractive answerer: records its calls, returns a fixed answer."""

    def __init__(self, text: str = "extractive answer") -> None:
        self.text = text
        self.calls: list[tuple[str, list[Passage]]] = []

    def __call__(self, question: str, passages: list[Passage]) -> Answer:
        self.calls.append((question, list(passages)))
        return Answer(text=self.text, question=question, mode="offline")
