"""The chat UI in a real headless Chromium, on the real pipeline and corpus (offline mode).

One app serves the whole module: `ui.app.launch` on 127.0.0.1 with a tmp RAG_HOME, which
indexes `corpus/` on start.  Screenshots go to $RAG_UI_ARTIFACTS (default: a tmp folder,
printed at the end).  `RAG_UI_SCREENSHOT=docs/screenshot.png` also saves the README's
screenshot of the first answer.

Chromium is Debian's (`apt-get install -y chromium fonts-noto-cjk`); without it these
tests fail rather than skip, because an untested UI is how script injection ships.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from letter_builders import LIGHTING_LETTER

from rag.settings import Settings

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
TALENT_QUESTION = "市科技局下一步在人才评价方面会做什么？"

HOSTILE_LETTER = """重庆市林业局关于市政协六届三次会议第9002号提案答复的函<img src=y onerror="window.__pwned=1">

李四委员:

您提出的《关于加强古树名木保护的提案》(第9002号)收悉,现答复如下。

一、工作开展情况

全市已完成古树名木普查建档。<script>window.__pwned=1</script>

二、下一步工作重点

(一)加强古树名木保护。我们将为每一株古树名木建立电子身份证并实行挂牌保护<img src=x onerror="window.__pwned=1">,2025年底前完成全部挂牌。

重庆市林业局

2025年4月8日
"""
SCRIPT_TEXT = "<script>window.__pwned=1</script>"
IMG_TEXT = '<img src=x onerror="window.__pwned=1">'
TITLE_IMG_TEXT = '<img src=y onerror="window.__pwned=1">'


# -- fixtures ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    path = Path(os.environ.get("RAG_UI_ARTIFACTS") or tmp_path_factory.mktemp("ui-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        request.addfinalizer(lambda: reporter.write_line(f"UI screenshots: {path}"))
    return path


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The real UI on the real pipeline: (url, RAG_HOME)."""
    from ui.app import launch

    home = tmp_path_factory.mktemp("rag-home")
    with pytest.MonkeyPatch.context() as mp:
        for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "RAG_CHROMA_URL", "RAG_UI_AUTH"):
            mp.delenv(name, raising=False)
        settings = Settings(
            home=home,
            corpus=REPO / "corpus",
            openai_api_key=None,
            chroma_url=None,
            ui_auth=None,
        )
        assert settings.mode == "offline"
        port = _free_port()
        demo = launch(settings, host="127.0.0.1", port=port, block=False)
        try:
            yield f"http://127.0.0.1:{port}/", home
        finally:
            demo.close()


@pytest.fixture
def page(browser, app, artifacts, request):  # type: ignore[no-untyped-def]
    """A fresh browser session on the app, loaded and showing its letters.

    The page's last state is saved as `end-<test>.png`, which is what you want to see
    when a test fails.
    """
    url, _ = app
    context = browser.new_context(viewport={"width": 1440, "height": 900}, locale="zh-CN")
    page = context.new_page()
    # An offline deployment must not depend on (or leak to) anything beyond this server.
    external: list[str] = []
    page.on(
        "request",
        lambda r: (
            external.append(r.url)
            if not r.url.startswith(("http://127.0.0.1", "data:", "blob:"))
            else None
        ),
    )
    page.goto(url)
    page.wait_for_selector("#question textarea")
    page.wait_for_function(
        "() => /[1-9]\\d* 封答复函/.test(document.querySelector('#status')?.innerText || '')"
    )
    yield page
    page.screenshot(path=str(artifacts / f"end-{request.node.name}.png"))
    context.close()
    assert not external, f"the page requested non-local URLs: {external}"


# -- helpers ----------------------------------------------------------------------------


def ask(page, question: str, n: int) -> None:  # type: ignore[no-untyped-def]
    """Ask the n-th question of the conversation and wait until its answer is final."""
    page.fill("#question textarea", question)
    page.keyboard.press("Enter")
    # Final: the evidence panel is a list again, and the answer is the re-rendered final
    # text (its [n] links, or for a refusal, no streaming cursor).  The chat renders its
    # Markdown asynchronously, so the panel alone can be ahead of it.
    page.wait_for_function(
        """n => {
            const bots = document.querySelectorAll('#chat .bot');
            const list = document.querySelector('#evidence .ev-list');
            if (bots.length < n || list === null) return false;
            const bot = bots[n - 1], text = bot.innerText.trim();
            if (list.querySelector('.ev-card')) return bot.querySelector('a[href^="#cite-"]') !== null;
            return text !== '…' && !text.includes('▍');
        }""",
        arg=n,
        timeout=120_000,
    )


def card_sections(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.eval_on_selector_all(
        "#evidence .ev-card .ev-section", "els => els.map(e => e.innerText)"
    )


def open_tab(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.get_by_role("tab", name=name).click()


def choose(page, dropdown: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick the option containing `text` in a Gradio dropdown."""
    page.locator(f"{dropdown} input").click()
    page.locator(f"{dropdown} .options li", has_text=text).first.click()
    page.keyboard.press("Escape")


def upload(page, files: dict[str, str]) -> str:  # type: ignore[no-untyped-def]
    """Upload {file name: text} through the Letters tab; returns the results table's text.

    Files are sent as buffers so the test controls the exact name the browser sends.
    """
    open_tab(page, "答复函 Letters")
    payload = [
        {"name": name, "mimeType": "text/plain", "buffer": text.encode("utf-8")}
        for name, text in files.items()
    ]
    page.set_input_files("#upload input[type=file]", payload)
    # Wait for Gradio to finish uploading: each file is then listed in the component
    # (name and extension in separate elements, hence the stem).
    for name in files:
        stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        page.locator("#upload").get_by_text(stem).first.wait_for()
    page.get_by_role("button", name="上传并索引 Upload & index").click()
    page.wait_for_selector("#upload-result table", timeout=120_000)
    return page.inner_text("#upload-result")


# -- tests ------------------------------------------------------------------------------


def test_answer_shows_evidence_and_follow_up_keeps_the_conversation(page, app, artifacts) -> None:  # type: ignore[no-untyped-def]
    _, home = app
    ask(page, TALENT_QUESTION, 1)
    sections = card_sections(page)
    assert any("下一步工作重点" in s and "人才队伍" in s for s in sections), sections
    first = page.locator("#evidence .ev-card").first
    assert "第0798号" in first.inner_text()
    assert first.locator("mark").count() == 1
    page.screenshot(path=str(artifacts / "1-answer.png"))
    if target := os.environ.get("RAG_UI_SCREENSHOT"):
        page.screenshot(path=target)

    # Pointing at [n] in the answer brings card n into view (clicking it opens the letter:
    # test_reader_browser.py).
    last = page.locator("#evidence .ev-card").last
    n_cards = page.locator("#evidence .ev-card").count()
    page.locator(f"#chat .bot a[href='#cite-{n_cards}']").first.hover()
    page.wait_for_function(
        "n => document.getElementById('cite-' + n).classList.contains('ev-flash')", arg=n_cards
    )
    box, panel = last.bounding_box(), page.locator("#evidence").bounding_box()
    assert box and panel and box["y"] >= panel["y"] - 1 and box["y"] < panel["y"] + panel["height"]
    assert page.url.endswith("/"), "the link must not navigate"
    # Only the evidence panel scrolled: the question box is still on screen.
    field = page.locator("#question textarea").bounding_box()
    assert field and 0 <= field["y"] and field["y"] + field["height"] <= 900, field

    # Copy: the answer text plus its sources with quotes.
    page.get_by_role("button", name="复制答案及来源 Copy with sources").click()
    copied = page.wait_for_function("() => window.__rlCopied").json_value()
    assert "来源 Sources:" in copied and "第0798号" in copied and "「" in copied

    # 👍 lands in RAG_HOME/feedback.jsonl with the question and citations.
    page.locator("#chat .bot").last.hover()  # the vote buttons show on hover
    # Gradio translates the label: "赞" under the zh-CN locale, "Like" otherwise.
    page.locator("#chat button[aria-label='赞'], #chat button[aria-label='Like']").last.click()
    feedback = home / "feedback.jsonl"
    deadline = time.monotonic() + 10
    # Appended by the server: wait for a whole line, not just the file (it exists, empty,
    # for a moment before the line is written).
    while time.monotonic() < deadline and not (
        feedback.exists() and feedback.read_text(encoding="utf-8").endswith("\n")
    ):
        time.sleep(0.1)
    entry = json.loads(feedback.read_text(encoding="utf-8").splitlines()[-1])
    assert entry["question"] == TALENT_QUESTION and entry["vote"] == "up"
    assert entry["citations"] and entry["citations"][0]["proposal_no"] == "0798"

    # A follow-up is answered in the context of the first question, with a citation.
    ask(page, "其中第二点具体指什么？", 2)
    assert page.locator("#evidence .ev-card").count() >= 1
    assert page.locator("#chat .bot").nth(1).locator("a[href^='#cite-']").count() >= 1
    assert any("0798" in t for t in page.locator("#evidence .ev-card").all_inner_texts())
    page.screenshot(path=str(artifacts / "2-follow-up.png"))

    # Clicking the first answer brings its evidence back.
    page.locator("#chat .bot").first.click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('#evidence .ev-section')]"
        ".some(e => e.innerText.includes('人才队伍'))"
    )

    # New chat clears the conversation and the evidence.
    page.get_by_role("button", name="新对话 New chat").click()
    page.wait_for_selector("#evidence .ev-empty")
    assert page.locator("#chat .bot").count() == 0


def test_unanswerable_question_is_refused_with_closest_letters(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    ask(page, "明天重庆会下雨吗？", 1)
    refusal = page.locator("#evidence .ev-refusal")
    assert "未在答复函中找到依据" in refusal.inner_text()
    assert refusal.locator("li").count() >= 1
    assert "未在答复函中找到依据" in page.locator("#chat .bot").first.inner_text()
    page.screenshot(path=str(artifacts / "3-refusal.png"))


def test_filters_restrict_answers_to_the_chosen_issuer(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    page.get_by_text("筛选 Filters").click()
    choose(page, "#filter-issuer", "人力资源和社会保障局")
    page.get_by_text("已启用 1 项").wait_for()
    ask(page, "人才评价有哪些措施？", 1)
    cards = page.locator("#evidence .ev-card").all_inner_texts()
    assert cards and all("第0215号" in c for c in cards), cards
    page.screenshot(path=str(artifacts / "3b-filtered.png"))


def test_uploaded_letter_is_indexed_and_answerable(page, app, artifacts) -> None:  # type: ignore[no-untyped-def]
    _, home = app
    result = upload(
        page,
        {
            "夜间照明-第9001号.txt": LIGHTING_LETTER,
            "../../escape-9003.txt": LIGHTING_LETTER.replace("9001", "9003"),
        },
    )
    assert "夜间照明-第9001号.txt" in result and "已添加 added" in result, result
    # Whatever name the browser sent, the copy lands inside RAG_HOME/uploads.
    stored = sorted(p.name for p in (home / "uploads").iterdir())
    assert "夜间照明-第9001号.txt" in stored
    assert not list(home.parent.glob("escape-9003.txt"))
    assert not list(home.parent.parent.glob("escape-9003.txt"))
    page.wait_for_function(
        "() => document.querySelector('#letters-table').innerText.includes('第9001号')"
    )
    page.screenshot(path=str(artifacts / "4-letters.png"), full_page=True)

    # Removing a letter takes it out of the table (and the index).
    choose(page, "#remove-letter", "第9003号")
    page.get_by_role("button", name="删除 Remove").click()
    page.wait_for_function(
        "() => document.querySelector('#remove-result').innerText.includes('已删除')"
    )
    page.wait_for_function(
        "() => !document.querySelector('#letters-table').innerText.includes('第9003号')"
    )

    open_tab(page, "问答 Ask")
    ask(page, "第9001号提案答复中，路灯智能化改造计划什么时候完成？", 1)
    cards = page.locator("#evidence .ev-card").all_inner_texts()
    assert any("第9001号" in c and "2026年底前" in c for c in cards), cards
    page.screenshot(path=str(artifacts / "5-uploaded-answer.png"))


def test_script_in_a_letter_or_question_renders_as_text(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    result = upload(page, {"古树名木-9002.txt": HOSTILE_LETTER})
    assert "已添加 added" in result, result
    # The title (with its tag) is text in the letters table and in the filter choices.
    page.wait_for_function(
        "t => document.querySelector('#letters-table').innerText.includes(t)", arg=TITLE_IMG_TEXT
    )
    open_tab(page, "问答 Ask")
    page.get_by_text("筛选 Filters").click()
    page.locator("#filter-letters input").click()
    page.locator("#filter-letters .options li", has_text=TITLE_IMG_TEXT).first.wait_for()
    page.keyboard.press("Escape")

    ask(page, "第9002号提案答复中，古树名木挂牌保护什么时候完成？", 1)
    assert IMG_TEXT in page.inner_text("#evidence")
    assert TITLE_IMG_TEXT in page.inner_text("#evidence .ev-card .ev-title")
    ask(page, f"{SCRIPT_TEXT}第9002号提案答复中，古树名木普查情况如何？{IMG_TEXT}", 2)
    assert SCRIPT_TEXT in page.inner_text("#evidence")
    user_text = page.locator("#chat .user").nth(1).inner_text()
    assert SCRIPT_TEXT in user_text and IMG_TEXT in user_text
    page.screenshot(path=str(artifacts / "6-hostile.png"))

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src='x'], img[src='y']").count() == 0
    scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
    assert not any("__pwned" in s for s in scripts)


def test_twenty_concurrent_questions_through_the_queue(app) -> None:
    """Twenty sessions ask at once through Gradio's queue; every one gets its own answer."""
    from gradio_client import Client

    url, _ = app
    client = Client(url, verbose=False)
    questions = [
        TALENT_QUESTION if i % 2 else "第0798号提案的答复中，下一步工作重点是什么？"
        for i in range(20)
    ]

    def one(question: str) -> tuple[str, str]:
        job = client.submit(question, [], [], [], api_name="/ask")
        outputs = job.result(timeout=300)
        chat, evidence = outputs[0], outputs[1]
        content = chat[-1]["content"]  # Gradio 6 sends a list of typed parts
        parts = content if isinstance(content, list) else [{"text": content}]
        return "".join(str(part.get("text", "")) for part in parts), evidence

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(one, questions))
    elapsed = time.monotonic() - started
    for answer, evidence in results:
        assert "cite-1" in answer and 'id="cite-1"' in evidence
        assert "第0798号" in evidence
    print(f"20 concurrent questions answered in {elapsed:.1f}s")
