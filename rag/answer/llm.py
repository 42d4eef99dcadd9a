"""The LLM answer path: an LCEL chain over any OpenAI-compatible chat model, checked citations,
and the extractive answer as the fallback whenever the model fails.

    llm = make_chat_model(settings)                 # ChatOpenAI; OPENAI_BASE_URL for any server
    question = condense_question(llm, question, history)   # follow-ups become standalone
    for item in llm_answer_stream(llm, question, passages, history, settings):
        if isinstance(item, str):
            show_delta(item)                        # provisional text, as the model writes it
        else:
            render(item)                            # the Answer: authoritative, replace the text

Streamed deltas are provisional: the final `Answer` is what the user should see. Its text
has had unsupported citations removed and markers renumbered, or is a refusal, or is the
extractive answer after a failure (even when deltas were already shown). Consumers always
re-render from the `Answer`. The deltas hold back the refusal token, so a refusal never
flickers on screen as `NO_ANSWER`.

Failures never raise: 401/403/404 and connection errors get a notice naming the setting to
fix, 429, 5xx and timeouts are retried by the openai SDK (`RAG_LLM_MAX_RETRIES`), and what
retrying does not fix, like a malformed or cut-off stream, falls back to the extractive
answer with a visible notice. Notices and logs name the host and status, never the key,
and never echo the server's error text (a 401 body can quote the key back).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import openai
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate, MessagesPlaceholder

from rag.answer.cite import check_citations, strip_markers
from rag.answer.prompts import (
    CONDENSE_SYSTEM_PROMPT,
    REFUSAL_TOKEN,
    SYSTEM_PROMPT,
    USER_TEMPLATE,
    closest_name,
    format_context,
    refusal_text,
    sanitize_block_text,
)
from rag.errors import ConfigError, ModelError
from rag.models import Answer, Passage
from rag.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.outputs import LLMResult
    from langchain_core.runnables import Runnable
    from langchain_openai import ChatOpenAI

log = logging.getLogger(__name__)

History = Sequence[tuple[str, str]]
Fallback = Callable[[str, list[Passage]], Answer]

# Prior turns sent with a question: enough for follow-ups, bounded so the context blocks
# always dominate the prompt.
MAX_HISTORY_TURNS = 4
_DEFAULT_BASE_URL = "https://api.openai.com/v1"
# finish_reason values that mean the answer is complete.
_COMPLETE = {"stop", "end_turn", "eos", "stop_sequence"}


def make_chat_model(settings: Settings) -> ChatOpenAI:
    """The chat model for LLM mode, configured from settings (OPENAI_* and RAG_LLM_*)."""
    from langchain_openai import ChatOpenAI

    if settings.openai_api_key is None:
        raise ConfigError(
            "OPENAI_API_KEY is not set: set it (and OPENAI_BASE_URL if needed) for LLM mode"
        )
    url = urlsplit(settings.openai_base_url or _DEFAULT_BASE_URL)
    if url.scheme not in ("http", "https") or not url.hostname:
        # Otherwise every question fails to connect and says only "check OPENAI_BASE_URL".
        raise ConfigError(
            f"OPENAI_BASE_URL={settings.openai_base_url!r} is not a URL like "
            "http://127.0.0.1:11434/v1"
        )
    return ChatOpenAI(
        model=settings.openai_model,
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key,  # stays a SecretStr: repr and logs show ********
        timeout=settings.llm_timeout,
        max_retries=settings.llm_max_retries,
        temperature=settings.llm_temperature,
        streaming=True,
    )


def build_prompt() -> ChatPromptTemplate:
    """System rules, then the prior turns, then one user message: blocks first, question last."""
    return ChatPromptTemplate.from_messages(
        [
            ("system", SYSTEM_PROMPT),
            MessagesPlaceholder("history"),
            ("human", USER_TEMPLATE),
        ]
    )


def build_chain(llm: BaseChatModel) -> Runnable[dict[str, Any], str]:
    """prompt | llm | text. Input: `chain_inputs(question, passages, history)`."""
    return build_prompt() | llm | StrOutputParser()


def chain_inputs(question: str, passages: Sequence[Passage], history: History) -> dict[str, Any]:
    """The chain's input: numbered, fenced context blocks, the question and prior turns."""
    return {
        "n_blocks": len(passages),
        "context": format_context(passages),
        # A user may paste letter text into a question too; it must not fake a block either.
        "question": sanitize_block_text(question.strip()),
        "history": history_messages(history),
    }


def history_messages(history: History) -> list[BaseMessage]:
    """Prior turns as chat messages, most recent last.

    Markers are stripped from earlier answers: their [n] numbered other context blocks and
    would invite the model to cite blocks of this turn by the old numbers.
    """
    messages: list[BaseMessage] = []
    for question, answer in list(history)[-MAX_HISTORY_TURNS:]:
        messages.append(HumanMessage(question))
        messages.append(AIMessage(strip_markers(answer)))
    return messages


def condense_question(llm: BaseChatModel, question: str, history: History) -> str:
    """A follow-up rewritten as a standalone question; the question itself when that fails."""
    if not history:
        return question
    prompt = ChatPromptTemplate.from_messages(
        [
            ("system", CONDENSE_SYSTEM_PROMPT),
            MessagesPlaceholder("history"),
            ("human", "{question}"),
        ]
    )
    try:
        rewritten = (prompt | llm | StrOutputParser()).invoke(
            {"question": question, "history": history_messages(history)}
        )
    except Exception as exc:  # a failed rewrite must not cost the user the answer
        log.warning(
            "follow-up rewrite failed (%s); using the question as asked", type(exc).__name__
        )
        return question
    rewritten = rewritten.strip().strip("\"'“”「」")
    # Guard against a model that answers instead of rewriting, or refuses.
    if not rewritten or REFUSAL_TOKEN in rewritten or len(rewritten) > 4 * len(question) + 200:
        return question
    return rewritten


def llm_answer_stream(
    llm: BaseChatModel,
    question: str,
    passages: Sequence[Passage],
    history: History,
    settings: Settings,
    *,
    fallback: Fallback,
) -> Iterator[str | Answer]:
    """Stream the model's answer as text deltas, then yield the checked, final `Answer`.

    The last item is always an `Answer`, and its text replaces whatever was streamed
    (see the module docstring). `fallback(question, passages)` gives the answer shown when
    the model fails (the facade passes the offline extractive answerer).
    """
    passages = list(passages)
    closest = list(dict.fromkeys(closest_name(p.title, p.issuer, p.source) for p in passages))
    if not passages:
        # Nothing to ground an answer in: refusing without a call keeps the model from
        # answering out of its own knowledge.
        yield _refusal(question, closest)
        return

    finish = _FinishReason()
    parts: list[str] = []
    holding = True  # while the text so far could still be the refusal token
    try:
        chain = build_chain(llm)
        for delta in chain.stream(
            chain_inputs(question, passages, history), config={"callbacks": [finish]}
        ):
            if not delta:
                continue
            parts.append(delta)
            if holding:
                so_far = "".join(parts).lstrip()
                if REFUSAL_TOKEN.startswith(so_far) or so_far.startswith(REFUSAL_TOKEN):
                    continue
                holding = False
                yield "".join(parts)
            else:
                yield delta
        finish.check()
    except Exception as exc:  # every model failure ends in the fallback, never a traceback
        notice = _failure_notice(exc, _endpoint(llm, settings), settings, received=bool(parts))
        log.warning("%s", notice)
        yield _fallback(question, passages, notice, fallback)
        return

    text = "".join(parts)
    if REFUSAL_TOKEN in text:
        yield _refusal(question, closest)
        return
    checked = check_citations(text, passages)
    if not checked.citations:
        # Whatever the model wrote, nothing of it is backed by a letter: don't show it.
        notice = (
            "The model's answer cited nothing the letters support, so it is not shown."
            if checked.markers_found
            else "The model's answer cited no letter, so it is not shown."
        )
        yield replace(_refusal(question, closest), notice=notice)
        return
    yield Answer(
        text=checked.text,
        citations=checked.citations,
        notice=checked.notice,
        question=question,
        mode="llm",
    )


# -- helpers ---------------------------------------------------------------------------------


class _StreamCutOff(ModelError):
    """The stream ended without a finish reason (or with "length"): the answer is partial."""


class _FinishReason(BaseCallbackHandler):
    """Records the chat model's finish_reason, which the chain's str output drops."""

    def __init__(self) -> None:
        self.reason: str | None = None

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        for generations in response.generations:
            for generation in generations:
                info = dict(generation.generation_info or {})
                message = getattr(generation, "message", None)
                if message is not None:
                    info = {**message.response_metadata, **info}
                self.reason = info.get("finish_reason") or self.reason

    def check(self) -> None:
        # A cut connection that closes cleanly ends the stream without error: only the
        # missing finish_reason tells a partial answer from a complete one.
        if self.reason in _COMPLETE:
            return
        if self.reason is None:
            raise _StreamCutOff("the stream ended before the answer did")
        if self.reason == "length":
            raise _StreamCutOff("it reached the model's length limit")
        raise _StreamCutOff(f"finish_reason {self.reason!r}")


def _refusal(question: str, closest: list[str]) -> Answer:
    return Answer(
        text=refusal_text(question, closest),
        citations=[],
        refused=True,
        closest=closest,
        question=question,
        mode="llm",
    )


def _fallback(question: str, passages: list[Passage], notice: str, fallback: Fallback) -> Answer:
    answer = fallback(question, passages)
    notice = f"{notice} {answer.notice}" if answer.notice else notice
    return replace(answer, notice=notice, question=answer.question or question)


def _endpoint(llm: Any, settings: Settings) -> str:
    """host[:port] of the endpoint, for messages; never the path, query or credentials."""
    url = getattr(llm, "openai_api_base", None) or settings.openai_base_url or _DEFAULT_BASE_URL
    parts = urlsplit(url)
    host = parts.hostname or "the LLM endpoint"
    return f"{host}:{parts.port}" if parts.port else host


def _failure_notice(exc: Exception, host: str, settings: Settings, *, received: bool) -> str:
    """One line a user can act on. Built from the status and host only: server error text
    is left out because it may quote the key back."""
    showing = "showing the extractive answer"
    message = _status_notice(exc, host, settings, showing) or _transport_notice(
        exc, host, settings, showing, received=received
    )
    return _redact(message, settings)


def _status_notice(exc: Exception, host: str, settings: Settings, showing: str) -> str | None:
    """The notice for an HTTP error status, or None for another failure."""
    if isinstance(exc, openai.AuthenticationError):
        return f"LLM rejected the API key (HTTP 401 from {host}): check OPENAI_API_KEY; {showing}"
    if isinstance(exc, openai.PermissionDeniedError):
        return f"LLM refused access (HTTP 403 from {host}): check OPENAI_API_KEY and OPENAI_MODEL; {showing}"
    if isinstance(exc, openai.NotFoundError):
        return (
            f"LLM model {settings.openai_model!r} not found (HTTP 404 from {host}): "
            f"check OPENAI_MODEL and OPENAI_BASE_URL; {showing}"
        )
    if isinstance(exc, openai.RateLimitError):
        return f"LLM unavailable (HTTP 429 rate limit from {host}, after retries), {showing}"
    if isinstance(exc, openai.APIStatusError):
        return f"LLM unavailable (HTTP {exc.status_code} from {host}), {showing}"
    return None


def _transport_notice(
    exc: Exception, host: str, settings: Settings, showing: str, *, received: bool
) -> str:
    """The notice for a timeout, a broken connection or a bad stream."""
    if isinstance(exc, openai.APITimeoutError):
        return (
            f"LLM unavailable (no reply from {host} within {settings.llm_timeout:g} s, "
            f"RAG_LLM_TIMEOUT), {showing}"
        )
    if isinstance(exc, openai.APIConnectionError):
        if received:
            return f"LLM stream from {host} broke off mid-answer, {showing}"
        return f"LLM unreachable (cannot connect to {host}): check OPENAI_BASE_URL; {showing}"
    if isinstance(exc, _StreamCutOff):
        return f"LLM answer from {host} was cut off ({exc}), {showing}"
    if isinstance(exc, ValueError):  # json.JSONDecodeError included
        return f"LLM sent a malformed response ({host}), {showing}"
    return f"LLM failed ({type(exc).__name__} from {host}), {showing}"


def _redact(text: str, settings: Settings) -> str:
    """Belt and braces: no message leaves this module with the key in it."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else ""
    # A too-short "key" (a test's "x") would turn ordinary words into ***.
    return text.replace(key, "***") if len(key) >= 8 else text
