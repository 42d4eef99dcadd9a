"""A wrong setting gives one clear line naming the variable: through the Python API as a
ConfigError, through the CLI as `error: …` with exit status 1 and no traceback.

A bad OPENAI_BASE_URL is two cases: a malformed URL is a configuration error like the
others; a well-formed URL nobody answers at is a model failure, which (by design) still
answers, extractively, with a one-line notice naming OPENAI_BASE_URL.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from rag import ReplyLetterQA, Settings
from rag.errors import ConfigError
from rag.index.embed import HashEmbeddings

RAG = Path(sys.executable).with_name("rag")
LETTER = Path(__file__).parent / "fixtures" / "synthetic-renda-letterhead.txt"
QUESTION = "第182号建议的答复提到了哪些养老服务措施？"
KEY = "sk-config-test-5d1e9b7a3c"


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_line(message: str, *names: str) -> None:
    assert message and "\n" not in message.strip(), message
    for name in names:
        assert name in message, (name, message)


def unwritable_homes(tmp_path: Path) -> dict[str, Path]:
    """Homes no one can create, even root (chmod does not stop root): under a regular file,
    and in /proc."""
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    return {"under a file": tmp_path / "afile" / "home", "in /proc": Path("/proc/rag-home")}


def cli(*args: str, env: dict[str, str], cwd: Path = REPO) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "OPENAI_"))}
    return subprocess.run(
        [str(RAG), *args],
        capture_output=True,
        text=True,
        env={**base, "COLUMNS": "80", **env},  # 80: what a pipe or CI log gets
        cwd=cwd,
        timeout=300,
    )


def assert_cli_error(done: subprocess.CompletedProcess, *names: str) -> str:
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("error: ")
    one_line(line, *names)
    return line


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(LETTER, folder)
    return folder


# -- RAG_CHROMA_URL -----------------------------------------------------------------------


@pytest.mark.parametrize("url", ["closed port", "not a url"])
def test_bad_chroma_url_is_a_config_error(tmp_path: Path, letters: Path, url: str) -> None:
    url = f"http://127.0.0.1:{closed_port()}" if url == "closed port" else url
    qa = ReplyLetterQA(Settings(home=tmp_path / "home", chroma_url=url))
    with pytest.raises(ConfigError) as info:
        qa.ingest([letters])
    one_line(str(info.value), "RAG_CHROMA_URL", url)
    with pytest.raises(ConfigError):
        qa.ask(QUESTION)


def test_cli_with_an_unreachable_chroma_url(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    done = cli("ask", QUESTION, env={"RAG_HOME": str(tmp_path / "home"), "RAG_CHROMA_URL": url})
    assert "chroma run" in assert_cli_error(done, "RAG_CHROMA_URL", url)  # says what to do


# -- RAG_HOME -----------------------------------------------------------------------------


def test_unwritable_home_is_a_config_error(tmp_path: Path, letters: Path) -> None:
    for case, home in unwritable_homes(tmp_path).items():
        qa = ReplyLetterQA(Settings(home=home))
        with pytest.raises(ConfigError) as info:
            qa.ingest([letters])
        one_line(str(info.value), "RAG_HOME", str(home))
        with pytest.raises(ConfigError):
            qa.ask(QUESTION)
        assert not home.exists(), case


def test_cli_with_an_unwritable_home(tmp_path: Path, letters: Path) -> None:
    home = unwritable_homes(tmp_path)["under a file"]
    assert_cli_error(cli("ingest", str(letters), env={"RAG_HOME": str(home)}), "RAG_HOME")
    assert_cli_error(cli("ask", QUESTION, env={"RAG_HOME": str(home)}), "RAG_HOME")


# -- OPENAI_BASE_URL ----------------------------------------------------------------------


@pytest.mark.parametrize("url", ["not a url", "127.0.0.1:8000/v1", "ftp://127.0.0.1/v1"])
def test_malformed_openai_base_url_is_a_config_error(tmp_path: Path, url: str) -> None:
    settings = Settings(home=tmp_path / "home", openai_api_key=KEY, openai_base_url=url)
    qa = ReplyLetterQA(settings, embeddings=HashEmbeddings())
    with pytest.raises(ConfigError) as info:
        qa.ask(QUESTION)
    one_line(str(info.value), "OPENAI_BASE_URL", url)
    assert KEY not in str(info.value)


def test_unreachable_openai_base_url_answers_extractively_with_a_notice(
    tmp_path: Path, letters: Path
) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    settings = Settings(
        home=tmp_path / "home", openai_api_key=KEY, openai_base_url=url, llm_max_retries=0
    )
    qa = ReplyLetterQA(settings, embeddings=HashEmbeddings())
    assert qa.ingest([letters]).ok
    answer = qa.ask(QUESTION)
    assert answer.notice is not None
    one_line(answer.notice, "OPENAI_BASE_URL", "127.0.0.1")
    assert not answer.refused and answer.citations  # the extractive answer, not nothing


def test_cli_with_a_malformed_openai_base_url(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()  # RAG_CORPUS: nothing to index on first start
    env = {
        "RAG_HOME": str(tmp_path / "home"),
        "RAG_CORPUS": str(tmp_path / "empty"),
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": "not a url",
    }
    line = assert_cli_error(cli("ask", QUESTION, env=env), "OPENAI_BASE_URL", "not a url")
    assert KEY not in line


def test_cli_with_an_unreachable_openai_base_url(tmp_path: Path, letters: Path) -> None:
    env = {
        "RAG_HOME": str(tmp_path / "home"),
        "RAG_CORPUS": str(letters),  # indexed on first start
        "OPENAI_API_KEY": KEY,
        "OPENAI_BASE_URL": f"http://127.0.0.1:{closed_port()}/v1",
        "RAG_LLM_MAX_RETRIES": "0",
    }
    done = cli("ask", QUESTION, env=env)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    [notice] = [line for line in done.stderr.splitlines() if "OPENAI_BASE_URL" in line]
    one_line(notice, "OPENAI_BASE_URL", "showing the extractive answer")
    assert "[1]" in done.stdout  # the extractive answer, with its citations
    for line in done.stdout.splitlines():  # quotes are whole lines, never broken at 80
        assert ("「" in line) == ("」" in line), line
    assert KEY not in done.stdout + done.stderr


# -- any other setting --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value"),
    [("RAG_TOP_K", "five"), ("RAG_MAX_FILE_MB", "20MB"), ("RAG_LLM_TIMEOUT", "soon")],
)
def test_cli_with_a_setting_of_the_wrong_type(tmp_path: Path, variable: str, value: str) -> None:
    done = cli("ask", QUESTION, env={"RAG_HOME": str(tmp_path / "home"), variable: value})
    assert_cli_error(done, variable, repr(value))
