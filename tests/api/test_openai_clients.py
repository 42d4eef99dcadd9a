"""Real clients against a real uvicorn: the official `openai` SDK (plain and streaming)
and LangChain's `ChatOpenAI` in an LCEL chain, reading the citations they carry."""

from __future__ import annotations

from typing import Any

import httpx
import openai
import pytest
from api_fixtures import REFERENCE_LETTER, TALENT_QUESTION, TOKEN

REFERENCE = REFERENCE_LETTER.read_text(encoding="utf-8")
OFF_TOPIC = "明天重庆的天气怎么样？"
CITATION_KEYS = {"n", "letter_id", "title", "proposal_no", "kind", "section", "quote", "source"}


def client(url: str, key: str = "unused") -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{url}/v1", api_key=key, max_retries=0, timeout=120)


def asked(url: str, question: str, stream: bool) -> tuple[str, dict[str, Any]]:
    """The answer text and the response's extra fields (the last chunk's when streamed)."""
    messages: Any = [{"role": "user", "content": question}]
    if stream:
        chunks = list(
            client(url).chat.completions.create(model="m", messages=messages, stream=True)
        )
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        return text, chunks[-1].model_extra or {}
    response = client(url).chat.completions.create(model="m", messages=messages)
    return response.choices[0].message.content or "", response.model_extra or {}


def assert_cited_talent_answer(text: str, citations: list[dict[str, Any]]) -> None:
    assert "[1]" in text and "评价" in text
    assert citations and all(CITATION_KEYS <= set(c) for c in citations)
    assert [c["n"] for c in citations] == list(range(1, len(citations) + 1))
    first = citations[0]
    assert first["proposal_no"] == "0798" and first["kind"] == "提案"
    assert first["section"].startswith("二、下一步工作重点")
    assert first["source"] == REFERENCE_LETTER.name
    assert all(c["quote"] in REFERENCE for c in citations if c["source"] == REFERENCE_LETTER.name)


def test_openai_sdk_gets_an_answer_with_citations(open_server: str) -> None:
    response = client(open_server).chat.completions.create(
        model="anything-at-all", messages=[{"role": "user", "content": TALENT_QUESTION}]
    )
    message = response.choices[0].message
    assert response.model == "anything-at-all" and response.choices[0].finish_reason == "stop"
    extra = response.model_extra or {}
    assert extra["refused"] is False
    assert_cited_talent_answer(message.content or "", extra["citations"])
    assert response.usage is not None and response.usage.completion_tokens > 0


def test_openai_sdk_streams_the_same_answer_with_citations_on_the_last_chunk(
    open_server: str,
) -> None:
    messages = [{"role": "user", "content": TALENT_QUESTION}]
    plain = client(open_server).chat.completions.create(model="m", messages=messages)
    stream = client(open_server).chat.completions.create(
        model="m", messages=messages, stream=True, stream_options={"include_usage": True}
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert len([c for c in chunks if c.choices and c.choices[0].delta.content]) > 1
    assert text == plain.choices[0].message.content
    last = next(c for c in reversed(chunks) if c.choices)
    assert last.choices[0].finish_reason == "stop"
    extra = last.model_extra or {}
    assert extra["citations"] == (plain.model_extra or {})["citations"]
    assert_cited_talent_answer(text, extra["citations"])
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    # The very last chunk (here the usage chunk) carries the citations too.
    assert (chunks[-1].model_extra or {})["citations"] == extra["citations"]


@pytest.mark.parametrize("stream", [False, True])
def test_a_compare_answer_carries_its_table_as_rows(open_server: str, stream: bool) -> None:
    text, extra = asked(open_server, "各地对科技服务人才的培养是怎么答复的？", stream)
    rows, citations = extra["compare"], extra["citations"]
    assert "| 答复函 | 答复单位 | 日期 | 已做的 | 承诺的 |" in text
    assert len(rows) >= 2 and any(r["proposal_no"] == "0798" for r in rows)
    for row in rows:
        for cell in ("done", "promised", "said"):
            if row[cell] is not None:
                cited = citations[row[f"{cell}_n"] - 1]
                assert cited["quote"] == row[cell] and cited["letter_id"] == row["letter_id"]


@pytest.mark.parametrize("stream", [False, True])
def test_a_refusal_comes_back_as_an_answer_marked_refused(open_server: str, stream: bool) -> None:
    text, extra = asked(open_server, OFF_TOPIC, stream)
    assert extra["refused"] is True and extra["citations"] == []
    assert text and "[1]" not in text


def test_earlier_messages_are_the_conversation(open_server: str) -> None:
    """A follow-up is answered within the previous answer, as in the chat UI."""
    first_question = "重庆市科技局下一步有哪些工作重点？"
    sdk = client(open_server)
    first = sdk.chat.completions.create(
        model="m", messages=[{"role": "user", "content": first_question}]
    )
    follow_up = sdk.chat.completions.create(
        model="m",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": first_question},
            {"role": "assistant", "content": first.choices[0].message.content},
            {"role": "user", "content": [{"type": "text", "text": "其中第四点具体指什么？"}]},
        ],
    )
    sections = [c["section"] for c in (follow_up.model_extra or {})["citations"]]
    assert sections and all("(四)培育壮大科技服务业人才队伍" in s for s in sections), sections


def test_models_lists_the_model(open_server: str) -> None:
    assert "replyletter-qa" in [m.id for m in client(open_server).models.list()]


def test_with_a_token_the_sdk_key_is_the_token(token_server: str) -> None:
    response = client(token_server, key=TOKEN).chat.completions.create(
        model="m", messages=[{"role": "user", "content": TALENT_QUESTION}]
    )
    assert (response.model_extra or {})["citations"]
    with pytest.raises(openai.AuthenticationError) as wrong:
        client(token_server, key="not-the-token").models.list()
    assert "RAG_API_TOKEN" in str(wrong.value)
    # Liveness never needs the token.
    assert httpx.get(f"{token_server}/healthz").json()["letters"] >= 10


def test_langchain_chat_openai_in_an_lcel_chain(open_server: str) -> None:
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_openai import ChatOpenAI

    llm = ChatOpenAI(
        base_url=f"{open_server}/v1", api_key="unused", model="replyletter-qa", max_retries=0
    )
    prompt = ChatPromptTemplate.from_messages([("user", "{question}")])
    chain = prompt | llm | StrOutputParser()
    text = chain.invoke({"question": TALENT_QUESTION})
    assert "[1]" in text and "第0798号" in text
    streamed = "".join(chain.stream({"question": TALENT_QUESTION}))
    assert streamed == text
