"""The page's frame in headless Chromium: every tab as wide as the page on a laptop, nothing
wider than a phone's screen, and the chat's own controls never drawn over an answer.

The app is test_browser.py's (the real pipeline on the bundled corpus), one per module;
windows come from test_newcomer_browser.py's `open_app`, screenshots go to the same
$RAG_UI_ARTIFACTS folder.
"""

from __future__ import annotations

import pytest
import test_browser
import test_newcomer_browser
from test_browser import ask

pytestmark = pytest.mark.browser

app = test_browser.app
artifacts = test_browser.artifacts
open_app = test_newcomer_browser.open_app

TABS = ["问答 Ask", "答复函 Letters", "阅读 Reader", "承诺 Commitments"]
# Answered from several letters: a table, one row per letter, wider than a phone.
COMPARE_QUESTION = "各地对科技服务人才的培养是怎么答复的？"

SHOWN_PANEL_WIDTH = """() => [...document.querySelectorAll('#main-tabs > [role=tabpanel]')]
    .find(p => p.offsetParent !== null).getBoundingClientRect().width"""

# Elements drawn past the window's right edge that no sideways-scrolling box inside the
# window holds: what a reader could not see (a cut-off column) or would scroll the page for.
STICKING_OUT = """() => {
    const edge = document.documentElement.clientWidth + 1;
    const scrolls = el => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
    const held = el => {
        for (let box = el.parentElement; box && box !== document.body; box = box.parentElement)
            if (scrolls(box) && box.getBoundingClientRect().right <= edge) return true;
        return false;
    };
    return [...document.querySelectorAll('.gradio-container *')]
        .filter(el => {
            const r = el.getBoundingClientRect();
            // Gradio's off-screen copy of the tab row, and its folded "…" menu.
            return r.width > 0 && r.right > edge && !el.closest('.visually-hidden, .hide');
        })
        .filter(el => !held(el))
        .map(el => `${el.tagName.toLowerCase()}#${el.id}.${[...el.classList].join('.')}`)
        .slice(0, 10);
}"""

# The messages' text lines (as far as the chat shows them) that the element covers.
TEXT_UNDER = """el => {
    const over = el.getBoundingClientRect();
    const view = document.querySelector('#chat [role=log]').getBoundingClientRect();
    const covered = [];
    for (const message of document.querySelectorAll('#chat .message-content')) {
        const walker = document.createTreeWalker(message, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of range.getClientRects()) {
                const top = Math.max(r.top, view.top), bottom = Math.min(r.bottom, view.bottom);
                if (bottom - top > 1 && r.left < over.right - 1 && over.left < r.right - 1
                        && top < over.bottom - 1 && over.top < bottom - 1)
                    covered.push(node.textContent.trim().slice(0, 20));
            }
        }
    }
    return covered;
}"""


def show_tab(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """Select a tab, through Gradio's "…" menu when the phone's tab row has folded it."""
    tab = page.get_by_role("tab", name=name)
    if tab.is_visible():
        tab.click()
    else:
        page.locator("#main-tabs .overflow-menu > button").click()
        page.locator("#main-tabs .overflow-dropdown button", has_text=name).click()
    page.wait_for_function(
        "n => [...document.querySelectorAll('#main-tabs [role=tab]')]"
        ".some(t => t.innerText.trim() === n && t.getAttribute('aria-selected') === 'true')",
        arg=name,
    )
    page.wait_for_timeout(300)  # the panel's tables size themselves after a frame


def test_every_tab_is_as_wide_as_the_page_at_1280px(open_app, artifacts) -> None:  # type: ignore[no-untyped-def]
    page = open_app(1280, 800)
    widths, headers = {}, {}
    for i, name in enumerate(TABS):
        show_tab(page, name)
        widths[name] = round(page.evaluate(SHOWN_PANEL_WIDTH))
        headers[name] = page.locator("#topbar").bounding_box()["height"]
        page.screenshot(path=str(artifacts / f"width-1280-tab{i}.png"))
    # The reader (no letter open) and the commitments hold less than the chat: the page,
    # and with it the header, must not narrow and re-wrap when they are shown.
    assert len(set(widths.values())) == 1, widths
    assert len(set(headers.values())) == 1, headers
    assert widths["问答 Ask"] >= 1280 - 2 * 32 - 1, widths  # the page's own margins only


def test_no_tab_is_wider_than_a_phone(open_app, artifacts) -> None:  # type: ignore[no-untyped-def]
    page = open_app(390, 844)
    for i, name in enumerate(TABS):
        show_tab(page, name)
        page.screenshot(path=str(artifacts / f"width-390-tab{i}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, name
        assert page.evaluate(STICKING_OUT) == [], name

    # The letters and commitments tables keep readable columns: they scroll sideways in
    # their own box.
    for table, tab in (("#letters-table", "答复函 Letters"), ("#commit-table", "承诺 Commitments")):
        show_tab(page, tab)
        viewport = page.locator(f"{table} .virtual-table-viewport")
        assert viewport.evaluate("v => v.scrollWidth > v.clientWidth"), table
        assert viewport.bounding_box()["x"] + viewport.bounding_box()["width"] <= 390, table

    # So does a compare answer's table, inside its message.
    show_tab(page, "问答 Ask")
    ask(page, COMPARE_QUESTION, 1)
    table = page.locator("#chat .bot table").last
    table.wait_for()
    page.screenshot(path=str(artifacts / "width-390-compare.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(STICKING_OUT) == []
    assert table.evaluate("t => t.scrollWidth > t.clientWidth")


@pytest.mark.parametrize("size", [(1280, 800), (390, 844)], ids=["1280", "390"])
def test_chat_controls_never_cover_an_answer(open_app, artifacts, size) -> None:  # type: ignore[no-untyped-def]
    page = open_app(*size)
    ask(page, COMPARE_QUESTION, 1)
    page.locator("#chat .bot table").last.wait_for()
    # The toolbar (新对话 / 复制) is a strip across the chat, not a box floating beside
    # the text that scrolls under it.
    toolbar = page.locator("#chat .top-panel")
    chat = page.locator("#chat [role=log]").bounding_box()
    strip = toolbar.bounding_box()
    assert strip["width"] >= chat["width"] - 2 and strip["y"] + strip["height"] <= chat["y"] + 1
    assert toolbar.evaluate(TEXT_UNDER) == []

    # Scrolled back into the table, the chat offers its "scroll down" arrow: beside the
    # cells, not over them.
    page.wait_for_timeout(500)  # the chat scrolls itself to its end once it has drawn
    page.locator("#chat [role=log]").hover()
    page.mouse.wheel(0, -250)
    arrow = page.locator("#chat .scroll-down-button-container")
    arrow.wait_for()
    page.wait_for_timeout(300)  # the wheel scrolls smoothly
    page.screenshot(path=str(artifacts / f"chat-controls-{size[0]}.png"))
    assert arrow.evaluate(TEXT_UNDER) == []
    assert toolbar.evaluate(TEXT_UNDER) == []

    # The arrow still does its job.
    arrow.locator("button").click()
    arrow.wait_for(state="detached")
