"""The HTTP API in LLM mode: the chat model (a local OpenAI-compatible stub over real
HTTP) writes the answer, its citations are checked, and only the checked answer reaches
the API's client — streamed or not."""

from __future__ import annotations

import re
from pathlib import Path

import openai
from api_fixtures import TALENT_QUESTION, running, settings_for
from openai_stub import OpenAIStub, Reply

from rag import ReplyLetterQA

KEY = "sk-stub-secret-41d0"


def test_the_api_sends_the_models_answer_only_once_its_citations_are_checked(
    corpus_home: Path,
) -> None:
    with OpenAIStub() as stub:
        settings = settings_for(
            corpus_home, openai_api_key=KEY, openai_base_url=stub.url, llm_max_retries=0
        )
        qa = ReplyLetterQA(settings)
        first = qa.retrieve(TALENT_QUESTION)[0]  # what the model will see as [1]
        sentence = re.split(r"(?<=[。；])", first.text)[0].rstrip("。；")
        written = f"市科技局将「{sentence}」[1]，并「编造一项不存在的措施」[2]。"
        stub.enqueue(Reply(written, chunk_chars=3), Reply(written, chunk_chars=3))
        with running(qa) as url:
            client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
            messages = [{"role": "user", "content": TALENT_QUESTION}]
            plain = client.chat.completions.create(model="m", messages=messages)
            chunks = list(client.chat.completions.create(model="m", messages=messages, stream=True))
    text = plain.choices[0].message.content or ""
    extra = plain.model_extra or {}
    assert f"「{sentence}」[1]" in text and extra["refused"] is False
    assert "notice" in extra and "[2]" not in text  # the unsupported claim was removed, and said so
    assert [c["quote"] for c in extra["citations"]] == [sentence]
    assert extra["citations"][0]["section"] == first.section
    streamed = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert streamed == text  # the client never saw the claim that was withdrawn
    assert (chunks[-1].model_extra or {})["citations"] == extra["citations"]
    assert KEY not in text and all(KEY not in str(c.model_extra) for c in chunks)
