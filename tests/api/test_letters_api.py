"""Upload, list and remove letters over HTTP with httpx, against a real uvicorn; then ask
about what was uploaded. Limits and errors come back in OpenAI's error shape."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from api_fixtures import REFERENCE_LETTER, running, settings_for
from letter_builders import LIGHTING_LETTER

from rag import ReplyLetterQA

LIGHTING = LIGHTING_LETTER

LIGHTING_QUESTION = "路灯单灯智能控制改造计划什么时候完成？"


def ask(url: str, question: str) -> dict:  # type: ignore[type-arg]
    body = {"model": "m", "messages": [{"role": "user", "content": question}]}
    response = httpx.post(f"{url}/v1/chat/completions", json=body, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def assert_error(response: httpx.Response, status: int, *words: str) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "param", "code"}
    assert "Traceback" not in response.text
    for word in words:
        assert word in error["message"]
    return str(error["message"])


def test_upload_list_ask_and_remove(writable_home: Path) -> None:
    qa = ReplyLetterQA(settings_for(writable_home))
    with running(qa) as url:
        files = [
            ("files", ("lighting-9001.txt", LIGHTING.encode("utf-8"), "text/plain")),
            ("files", ("same-letter-again.txt", LIGHTING.encode("utf-8"), "text/plain")),
            ("files", ("notes.xlsx", b"PK\x03\x04", "application/octet-stream")),
            ("files", ("empty.txt", b"", "text/plain")),
        ]
        report = httpx.post(f"{url}/v1/letters", files=files, timeout=120).json()
        assert report["added"] == ["lighting-9001.txt"]
        assert [d["file"] for d in report["duplicates"]] == ["same-letter-again.txt"]
        # The reason names the other file, not where it sits on the server.
        assert report["duplicates"][0]["reason"] == "same letter as lighting-9001.txt"
        failed = {f["file"]: f["reason"] for f in report["failed"]}
        assert set(failed) == {"notes.xlsx", "empty.txt"}
        assert "unsupported type" in failed["notes.xlsx"] and "empty" in failed["empty.txt"]
        assert report["letters"] == 2

        listed = httpx.get(f"{url}/v1/letters").json()["letters"]
        lighting = next(x for x in listed if x["proposal_no"] == "9001")
        assert lighting["issuer"] == "重庆市城市管理局" and lighting["kind"] == "提案"
        assert lighting["source"] == "lighting-9001.txt" and lighting["chunks"] >= 1
        assert "path" not in lighting  # where files sit on the server is not a client's business

        answer = ask(url, LIGHTING_QUESTION)
        assert "2026年底前" in answer["choices"][0]["message"]["content"]
        assert answer["citations"][0]["proposal_no"] == "9001"

        # The same file again changes nothing.
        again = httpx.post(
            f"{url}/v1/letters",
            files=[("files", ("lighting-9001.txt", LIGHTING.encode("utf-8"), "text/plain"))],
            timeout=120,
        ).json()
        assert again["unchanged"] == ["lighting-9001.txt"] and not again["added"]

        deleted = httpx.delete(f"{url}/v1/letters/{lighting['letter_id']}")
        assert deleted.json() == {"id": lighting["letter_id"], "deleted": True}
        assert_error(httpx.delete(f"{url}/v1/letters/{lighting['letter_id']}"), 404, "letter_id")
        listed = httpx.get(f"{url}/v1/letters").json()["letters"]
        assert [x["source"] for x in listed] == [REFERENCE_LETTER.name]
        after = ask(url, LIGHTING_QUESTION)
        assert all(c["proposal_no"] != "9001" for c in after["citations"])
        # The stored upload went with it: a later ingest of the uploads cannot revive it.
        assert not (writable_home / "uploads" / "lighting-9001.txt").exists()


def test_a_bad_re_upload_loses_nothing(writable_home: Path) -> None:
    qa = ReplyLetterQA(settings_for(writable_home))
    with running(qa) as url:
        good = [("files", ("lighting-9001.txt", LIGHTING.encode("utf-8"), "text/plain"))]
        assert httpx.post(f"{url}/v1/letters", files=good, timeout=120).json()["added"]
        bad = [("files", ("lighting-9001.txt", b"", "text/plain"))]
        report = httpx.post(f"{url}/v1/letters", files=bad, timeout=120).json()
        assert [f["file"] for f in report["failed"]] == ["lighting-9001.txt"]
        # the letter is still there, and so is the copy it was read from
        listed = httpx.get(f"{url}/v1/letters").json()["letters"]
        assert any(x["proposal_no"] == "9001" for x in listed)
    uploads = writable_home / "uploads"
    assert (uploads / "lighting-9001.txt").read_text(encoding="utf-8") == LIGHTING
    assert sorted(p.name for p in uploads.iterdir()) == ["lighting-9001.txt"]


def test_a_file_over_the_limit_is_refused_naming_the_setting(writable_home: Path) -> None:
    qa = ReplyLetterQA(settings_for(writable_home, max_file_mb=0.01, max_request_mb=0.05))
    with running(qa) as url:
        big = ("files", ("big.txt", LIGHTING.encode("utf-8") * 20, "text/plain"))
        report = httpx.post(f"{url}/v1/letters", files=[big], timeout=60).json()
        assert report["failed"][0]["file"] == "big.txt"
        assert "RAG_MAX_FILE_MB" in report["failed"][0]["reason"]
        assert not report["added"]

        huge = ("files", ("huge.txt", b"x" * 200_000, "text/plain"))
        response = httpx.post(f"{url}/v1/letters", files=[huge], timeout=60)
        assert_error(response, 413, "RAG_MAX_REQUEST_MB")

        # Without a Content-Length (a chunked body), the limit holds as the bytes arrive.
        def chunks():  # type: ignore[no-untyped-def]
            yield b'--zzz\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\n'
            for _ in range(40):
                yield b"y" * 8192
            yield b"\r\n--zzz--\r\n"

        chunked = httpx.post(
            f"{url}/v1/letters",
            content=chunks(),
            headers={"content-type": "multipart/form-data; boundary=zzz"},
            timeout=60,
        )
        assert_error(chunked, 413, "RAG_MAX_REQUEST_MB")
        listed = httpx.get(f"{url}/v1/letters").json()["letters"]
        assert len(listed) == 1


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"model": "m", "messages": []}, ["messages"]),
        ({"model": "m", "messages": [{"role": "assistant", "content": "hi"}]}, ["user message"]),
        ({"model": "m", "messages": [{"role": "user", "content": "  "}]}, ["user message"]),
        ({"model": "m", "messages": [{"role": "wizard", "content": "x"}]}, ["role"]),
        (
            {"model": "m", "messages": [{"role": "user", "content": "人才"}], "filters": {"x": 1}},
            ["unknown filter 'x'"],
        ),
        ({"model": "m", "messages": [{"role": "user", "content": "问" * 5000}]}, ["at most"]),
        (
            {
                "model": "m",
                "messages": [{"role": "user", "content": "人才"}],
                "filters": {"year": "abc"},
            },
            ["filter 'year'"],
        ),
        (
            {
                "model": "m",
                "messages": [{"role": "user", "content": "人才"}],
                "filters": {"issuer": {"$ne": "x"}},
            },
            ["filter 'issuer'"],
        ),
    ],
)
def test_bad_chat_requests_get_one_clear_error(
    open_server: str, body: dict, words: list[str]
) -> None:  # type: ignore[type-arg]
    response = httpx.post(f"{open_server}/v1/chat/completions", json=body, timeout=60)
    message = assert_error(response, 400, *words)
    assert "\n" not in message


def test_malformed_json_and_bad_parameters(open_server: str) -> None:
    response = httpx.post(
        f"{open_server}/v1/chat/completions",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert_error(response, 400)
    assert_error(httpx.get(f"{open_server}/v1/search", params={"q": "人才", "k": 0}), 400, "k")
    assert_error(httpx.get(f"{open_server}/v1/search"), 400, "q")
    assert_error(httpx.delete(f"{open_server}/v1/letters/nope"), 404, "nope")


def test_search_returns_passages_with_their_letter_and_section(open_server: str) -> None:
    response = httpx.get(f"{open_server}/v1/search", params={"q": "科技人才评价", "k": 3})
    body = response.json()
    assert body["query"] == "科技人才评价" and len(body["passages"]) == 3
    first = body["passages"][0]
    assert {"letter_id", "title", "proposal_no", "kind", "section", "text", "score"} <= set(first)
    assert any("评价" in p["text"] for p in body["passages"])
    scores = [p["score"] for p in body["passages"]]
    assert scores == sorted(scores, reverse=True)


def test_filters_narrow_the_letters_answered(open_server: str) -> None:
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": "下一步有哪些工作重点？"}],
        "filters": {"proposal_no": "0798"},
    }
    answer = httpx.post(f"{open_server}/v1/chat/completions", json=body, timeout=120).json()
    assert answer["citations"] and {c["proposal_no"] for c in answer["citations"]} == {"0798"}


def test_docs_and_openapi_describe_the_api(open_server: str) -> None:
    assert httpx.get(f"{open_server}/docs").status_code == 200
    paths = httpx.get(f"{open_server}/openapi.json").json()["paths"]
    assert {"/v1/chat/completions", "/v1/search", "/v1/letters", "/healthz"} <= set(paths)
    # The chat UI is served at / by the same process.
    page = httpx.get(f"{open_server}/")
    assert page.status_code == 200 and "gradio" in page.text.lower()


def test_open_writes_are_refused_from_other_sites_and_host_names(writable_home: Path) -> None:
    """Without a token a loopback server's writes are this machine's: a page elsewhere
    that makes the browser post here, or a host name rebound to 127.0.0.1, is refused."""
    qa = ReplyLetterQA(settings_for(writable_home))
    letter = [("files", ("lighting-9001.txt", LIGHTING.encode("utf-8"), "text/plain"))]
    with running(qa) as url:
        cross_site = httpx.post(
            f"{url}/v1/letters", files=letter, headers={"Origin": "https://evil.example"}
        )
        assert_error(cross_site, 403, "cross-site")
        rebound = httpx.post(f"{url}/v1/letters", files=letter, headers={"Host": "evil.example"})
        assert_error(rebound, 403, "Host")
        assert len(httpx.get(f"{url}/v1/letters").json()["letters"]) == 1
        same_machine = httpx.post(
            f"{url}/v1/letters", files=letter, headers={"Origin": "http://127.0.0.1:7860"}
        )
        assert same_machine.json()["added"] == ["lighting-9001.txt"]


def test_a_write_while_another_writer_holds_the_index_is_a_409(writable_home: Path) -> None:
    """Another process (a CLI ingest) holds RAG_HOME longer than RAG_WRITE_WAIT_SECONDS:
    the upload answers 409 with Retry-After, which clients retry, and loses nothing."""
    from rag.index.ledger import hold_home

    qa = ReplyLetterQA(settings_for(writable_home, write_wait_seconds=0.5))
    letter = [("files", ("lighting-9001.txt", LIGHTING.encode("utf-8"), "text/plain"))]
    with running(qa) as url:
        with hold_home(writable_home, 1):  # this thread holds it; the server's waits
            response = httpx.post(f"{url}/v1/letters", files=letter, timeout=60)
        assert_error(response, 409, "RAG_WRITE_WAIT_SECONDS")
        assert response.headers["retry-after"] == "5"
        again = httpx.post(f"{url}/v1/letters", files=letter, timeout=60)
        assert again.json()["added"] == ["lighting-9001.txt"]
