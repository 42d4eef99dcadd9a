"""The API key is never logged or shown: not in logs (at DEBUG, every library's), not in
reprs, stats, answers, notices or CLI output, even when the server quotes it back; and
`.env`, where it lives, is never committed."""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from openai_stub import OpenAIStub, Reply, Status

from rag import ReplyLetterQA, Settings
from rag.index.embed import HashEmbeddings

KEY = "sk-secret-test-8e2f4a6c0b1d3957"
LETTER = Path(__file__).parent / "fixtures" / "synthetic-renda-letterhead.txt"
QUESTION = "第182号建议的答复提到了哪些养老服务措施？"
GOOD = "区民政局「开展养老护理员培训，全年培训1200人次」[1]。"
RAG = Path(sys.executable).with_name("rag")


def assert_no_key(*texts: str) -> None:
    for text in texts:
        assert KEY not in text
        assert KEY[3:] not in text and KEY[-12:] not in text  # nor a recognisable part


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(LETTER, folder)
    return folder


def llm_qa(tmp_path: Path, letters: Path, base_url: str) -> ReplyLetterQA:
    settings = Settings(
        home=tmp_path / "home",
        openai_api_key=KEY,
        openai_base_url=base_url,
        openai_model="stub-model",
        llm_max_retries=0,
        llm_timeout=5.0,
    )
    qa = ReplyLetterQA(settings, embeddings=HashEmbeddings())
    assert qa.ingest([letters]).ok
    return qa


@pytest.mark.parametrize("reply", ["ok", "401 quoting the key", "500", "closed port"])
def test_the_key_is_in_no_log_answer_or_repr(
    tmp_path: Path, letters: Path, caplog: pytest.LogCaptureFixture, reply: str
) -> None:
    caplog.set_level(logging.DEBUG)  # everything: ours, openai's, httpx's, langchain's
    with OpenAIStub() as stub:
        stub.enqueue(
            {
                "ok": Reply(GOOD),
                "401 quoting the key": Status(401, f"Incorrect API key provided: {KEY}"),
                "500": Status(500, f"upstream rejected key {KEY}"),
                "closed port": Reply(GOOD),  # never asked
            }[reply]
        )
        url = stub.url if reply != "closed port" else f"http://127.0.0.1:{closed_port()}/v1"
        qa = llm_qa(tmp_path, letters, url)
        answer = qa.ask(QUESTION)
        if reply != "closed port":
            assert stub.requests[0].headers["authorization"] == f"Bearer {KEY}"  # it was sent
    assert (answer.mode == "llm") == (reply == "ok")
    assert caplog.records  # DEBUG logging really was on
    assert_no_key(
        caplog.text,
        answer.text,
        answer.notice or "",
        repr(answer),
        repr(qa.settings),
        str(qa.settings),
        qa.settings.model_dump_json(),
        repr(qa.llm),
        json.dumps(qa.stats()),
    )


def test_the_cli_never_prints_the_key(tmp_path: Path, letters: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "OPENAI_"))}
    env.update(
        RAG_HOME=str(tmp_path / "home"),
        RAG_CORPUS=str(letters),  # indexed on first start
        OPENAI_API_KEY=KEY,
        OPENAI_MODEL="stub-model",
        RAG_LLM_MAX_RETRIES="0",
        OPENAI_LOG="debug",  # the openai SDK's own debug logging, as a user might set it
    )
    with OpenAIStub() as stub:
        stub.enqueue(Status(401, f"Incorrect API key provided: {KEY}"), Reply(GOOD))
        env["OPENAI_BASE_URL"] = stub.url
        outputs = []
        for args in (["ask", QUESTION], ["ask", QUESTION, "--json"]):
            done = subprocess.run(
                [str(RAG), *args], capture_output=True, text=True, env=env, cwd=REPO, timeout=300
            )
            assert done.returncode == 0, done.stderr
            outputs += [done.stdout, done.stderr]
        assert len(stub.requests) == 2
    assert "OPENAI_API_KEY" in outputs[1]  # the 401 notice names the variable...
    assert_no_key(*outputs)  # ...never its value


def test_dot_env_is_git_ignored() -> None:
    ignored = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=REPO)
    assert ignored.returncode == 0, ".env is not git-ignored"
    example = subprocess.run(["git", "check-ignore", "-q", ".env.example"], cwd=REPO)
    assert example.returncode == 1, ".env.example must stay committed"
