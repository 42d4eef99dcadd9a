"""The chat UI at / of `rag serve` (API and UI in one uvicorn) in headless Chromium, with
RAG_API_TOKEN set: questions work without it, upload and remove need it."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_browser import LIGHTING_LETTER, TALENT_QUESTION, ask, choose, open_tab, upload

from rag import ReplyLetterQA, Settings

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
REFERENCE_LETTER = REPO / "corpus" / "cq-kjj-0798.txt"
TOKEN = "browser-token-5a1e"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """`rag serve`'s app with a token, on a home holding the reference letter: (url, home)."""
    import uvicorn

    from rag.api.serve import build

    letters = tmp_path_factory.mktemp("letters")
    shutil.copy(REFERENCE_LETTER, letters)
    home = tmp_path_factory.mktemp("serve-home")
    settings = Settings(
        home=home,
        corpus=letters,
        openai_api_key=None,
        chroma_url=None,
        ui_auth=None,
        api_token=TOKEN,
    )
    qa = ReplyLetterQA(settings)
    assert qa.ingest([letters]).ok
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(build(qa, "127.0.0.1"), port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        assert thread.is_alive()
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", home
    server.should_exit = True
    thread.join(timeout=30)


def letters_indexed(url: str) -> list[str]:
    response = httpx.get(f"{url}/v1/letters", headers={"Authorization": f"Bearer {TOKEN}"})
    return [x["proposal_no"] for x in response.json()["letters"]]


def result_shows(page, text: str) -> None:  # type: ignore[no-untyped-def]
    """The upload result (re-rendered after each upload) comes to say `text`."""
    page.wait_for_function(
        "t => document.querySelector('#upload-result').innerText.includes(t)",
        arg=text,
        timeout=120_000,
    )


def test_ui_at_root_answers_and_needs_the_token_to_change_the_index(  # type: ignore[no-untyped-def]
    browser, served, tmp_path
) -> None:
    url, home = served
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.goto(url + "/")
    page.wait_for_selector("#question textarea")

    # Reading needs no token in the page: the question is answered with its evidence.
    ask(page, TALENT_QUESTION, 1)
    assert page.locator("#evidence .ev-card").count() >= 1
    assert "第0798号" in page.locator("#evidence .ev-card").first.inner_text()

    # Upload without the token: refused, naming the setting; nothing indexed.
    result = upload(page, {"夜间照明-第9001号.txt": LIGHTING_LETTER})
    assert "Not allowed" in result and "RAG_API_TOKEN" in result, result
    assert letters_indexed(url) == ["0798"]
    assert not (home / "uploads").exists() or not list((home / "uploads").iterdir())

    # A wrong token is refused too; the right one indexes the letter.
    page.fill("#api-token input", "wrong")
    upload(page, {"夜间照明-第9001号.txt": LIGHTING_LETTER})
    result_shows(page, "wrong token")
    page.fill("#api-token input", TOKEN)
    upload(page, {"夜间照明-第9001号.txt": LIGHTING_LETTER})
    result_shows(page, "已添加 added")
    assert sorted(letters_indexed(url)) == ["0798", "9001"]

    # Removal: refused without the token, done with it.
    page.fill("#api-token input", "")
    page.wait_for_function(
        "() => document.querySelector('#letters-table').innerText.includes('第9001号')"
    )
    choose(page, "#remove-letter", "第9001号")
    page.get_by_role("button", name="删除 Remove").click()
    page.wait_for_function(
        "() => document.querySelector('#remove-result').innerText.includes('RAG_API_TOKEN')"
    )
    assert sorted(letters_indexed(url)) == ["0798", "9001"]
    page.fill("#api-token input", TOKEN)
    choose(page, "#remove-letter", "第9001号")
    page.get_by_role("button", name="删除 Remove").click()
    page.wait_for_function(
        "() => document.querySelector('#remove-result').innerText.includes('已删除')"
    )
    assert letters_indexed(url) == ["0798"]
    open_tab(page, "问答 Ask")
    context.close()
