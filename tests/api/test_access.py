"""Who may read and who may write: the token, loopback, and a server reachable from
elsewhere (a real `rag serve --host 0.0.0.0` in a subprocess)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from api_fixtures import REFERENCE_LETTER, TOKEN, free_port

from rag.access import Access, bearer, is_loopback
from rag.settings import Settings

LETTER = ("files", ("x.txt", REFERENCE_LETTER.read_bytes(), "text/plain"))


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.0.0.5", True),
        ("localhost", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.20", False),
        ("example.org", False),
    ],
)
def test_loopback_addresses(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_bearer_header() -> None:
    assert bearer("Bearer abc") == "abc"
    assert bearer("bearer  abc ") == "abc"
    assert bearer("Basic abc") is None
    assert bearer(None) is None and bearer("Bearer") is None


def test_the_rules() -> None:
    open_local = Access(token=None, loopback=True)
    assert open_local.read_denied(None) is None and open_local.write_denied(None) is None

    exposed = Access(token=None, loopback=False)
    assert exposed.read_denied(None) is None
    denied = exposed.write_denied("anything")
    assert denied is not None and denied.status == 403 and "RAG_API_TOKEN" in denied.message

    tokened = Access.of(Settings(api_token="s3cret"), host="0.0.0.0")
    assert tokened.read_denied("s3cret") is None and tokened.write_denied("s3cret") is None
    for wrong in (None, "", "s3cre", "s3cret2"):
        for check in (tokened.read_denied, tokened.write_denied):
            result = check(wrong)
            assert result is not None and result.status == 401


def test_with_a_token_every_endpoint_but_healthz_needs_it(token_server: str) -> None:
    calls = [
        ("GET", "/v1/models", {}),
        ("GET", "/v1/letters", {}),
        ("GET", "/v1/search", {"params": {"q": "人才"}}),
        (
            "POST",
            "/v1/chat/completions",
            {"json": {"messages": [{"role": "user", "content": "人才"}]}},
        ),
        ("POST", "/v1/letters", {"files": [LETTER]}),
        ("DELETE", "/v1/letters/abc", {}),
    ]
    for method, path, kwargs in calls:
        response = httpx.request(method, token_server + path, timeout=60, **kwargs)
        assert response.status_code == 401, (path, response.text)
        error = response.json()["error"]
        assert error["type"] == "authentication_error" and "RAG_API_TOKEN" in error["message"]
        assert response.headers["www-authenticate"] == "Bearer"
        wrong = httpx.request(
            method, token_server + path, headers={"Authorization": "Bearer nope"}, **kwargs
        )
        assert wrong.status_code == 401 and "wrong token" in wrong.json()["error"]["message"]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert httpx.get(f"{token_server}/v1/letters", headers=auth).status_code == 200
    assert httpx.get(f"{token_server}/healthz").status_code == 200


def test_rag_serve_beyond_loopback_without_a_token_reads_but_refuses_writes(
    tmp_path: Path,
) -> None:
    letters = tmp_path / "letters"
    letters.mkdir()
    shutil.copy(REFERENCE_LETTER, letters)
    port = free_port()
    env = {
        **os.environ,
        "RAG_HOME": str(tmp_path / "home"),
        "RAG_CORPUS": str(letters),
        "RAG_API_TOKEN": "",
        "OPENAI_API_KEY": "",
    }
    rag = Path(sys.executable).with_name("rag")
    server = subprocess.Popen(
        [str(rag), "serve", "--host", "0.0.0.0", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, server)
        letters_list = httpx.get(f"{url}/v1/letters", timeout=60).json()["letters"]
        assert [x["source"] for x in letters_list] == [REFERENCE_LETTER.name]
        # the first search loads the embedding model: seconds on a busy machine
        search = httpx.get(f"{url}/v1/search", params={"q": "人才评价"}, timeout=60).json()
        assert search["passages"]

        upload = httpx.post(f"{url}/v1/letters", files=[LETTER], timeout=60)
        assert upload.status_code == 403
        assert upload.json()["error"]["type"] == "permission_error"
        assert "RAG_API_TOKEN" in upload.json()["error"]["message"]
        removal = httpx.delete(f"{url}/v1/letters/{letters_list[0]['letter_id']}")
        assert removal.status_code == 403
        assert len(httpx.get(f"{url}/v1/letters").json()["letters"]) == 1
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    startup = [line for line in output.splitlines() if line.startswith("rag serve:")]
    assert any("refused (403) until RAG_API_TOKEN is set" in line for line in startup), output


def _wait_until_up(url: str, server: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"rag serve exited: {server.communicate()[0]}")
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise AssertionError("rag serve did not answer /healthz within 180 s")


def test_no_response_or_log_line_repeats_a_token(
    token_server: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Neither the real token nor a wrong one comes back in a response or a log line."""
    caplog.set_level("DEBUG")
    sent = "guess-3f9a1c"
    responses = [
        httpx.get(f"{token_server}/v1/letters", headers={"Authorization": f"Bearer {sent}"}),
        httpx.post(
            f"{token_server}/v1/letters",
            files=[LETTER],
            headers={"Authorization": f"Bearer {sent}"},
        ),
        httpx.get(f"{token_server}/v1/models", headers={"Authorization": f"Bearer {TOKEN}"}),
    ]
    for response in responses:
        assert TOKEN not in response.text and sent not in response.text
    assert TOKEN not in caplog.text and sent not in caplog.text
    assert TOKEN not in repr(Settings(api_token=TOKEN))


def test_with_a_token_the_pages_programmatic_routes_need_it_too(token_server: str) -> None:
    """Programs call /v1 with the token; the UI's own REST calls (Gradio's /call, /info)
    need it as well, or they would be a way round it. The page itself stays open."""
    for method, path in [
        ("POST", "/gradio_api/call/ask"),
        ("POST", "/gradio_api/call/upload"),
        ("POST", "/gradio_api/call/refresh"),
        ("GET", "/gradio_api/info"),
    ]:
        response = httpx.request(method, token_server + path, json={"data": []})
        assert response.status_code == 401, (path, response.text)
        assert "RAG_API_TOKEN" in response.json()["error"]["message"]
    authorized = httpx.get(
        f"{token_server}/gradio_api/info", headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert authorized.status_code == 200
    page = httpx.get(f"{token_server}/")
    assert page.status_code == 200 and "gradio" in page.text.lower()
