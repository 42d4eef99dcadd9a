"""What a newcomer noticed first, in headless Chromium: the letters table fits a laptop,
the upload button has a real name, 👍 comes before 👎, and the header stays small on a phone.

The app is test_browser.py's (the real pipeline on the bundled corpus), one per module;
screenshots go to the same $RAG_UI_ARTIFACTS folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
import test_browser
from test_browser import LIGHTING_LETTER, TALENT_QUESTION, ask, open_tab, upload

pytestmark = pytest.mark.browser

app = test_browser.app
artifacts = test_browser.artifacts

STATUS_LOADED = (
    "() => /[1-9]\\d* 封答复函/.test(document.querySelector('#status')?.innerText || '')"
)
# No break opportunity in it: only wrapping anywhere keeps it inside its column.
LONG_FILE_NAME = "chongqing_urban_management_night_lighting_reply_letter_9004_final_revised.txt"
# How an untranslated Gradio string looks ("common.upload").
I18N_KEY = re.compile(r"[a-z_]+\.[a-z_]+")
LIKE = "#chat button[aria-label='赞'], #chat button[aria-label='Like']"
DISLIKE = "#chat button[aria-label='踩'], #chat button[aria-label='Dislike']"

# For each data row of the letters table: the file name, and whether its text lies
# inside its cell and the cell inside the visible table (nothing cut, no sideways scroll).
FILE_CELLS = """grid => {
    const heads = [...grid.querySelectorAll('[role=columnheader]')].map(h => h.innerText);
    const col = heads.findIndex(h => h.includes('文件'));
    const view = grid.getBoundingClientRect();
    return [...grid.querySelectorAll('[role=row]')]
        .map(row => row.querySelectorAll('[role=gridcell]')[col])
        .filter(cell => cell)
        .map(cell => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            const text = range.getBoundingClientRect(), box = cell.getBoundingClientRect();
            return {
                name: cell.innerText.trim(),
                whole: text.left >= box.left - 1 && text.right <= box.right + 1
                    && box.left >= view.left - 1 && box.right <= view.right + 1,
            };
        });
}"""


@pytest.fixture
def open_app(browser, app, artifacts, request) -> Iterator[Callable[[int, int], object]]:  # type: ignore[no-untyped-def]
    """Opens the app, loaded, in a new window of a given size; the last window's final
    state is saved as `end-<test>.png`."""
    url, _ = app
    contexts = []

    def open_(width: int, height: int):  # type: ignore[no-untyped-def]
        context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN")
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        page.wait_for_selector("#question textarea")
        page.wait_for_function(STATUS_LOADED)
        return page

    yield open_
    if contexts:
        contexts[-1].pages[0].screenshot(path=str(artifacts / f"end-{request.node.name}.png"))
    for context in contexts:
        context.close()


def test_letters_table_shows_every_file_name_whole_at_1280px(open_app, artifacts) -> None:  # type: ignore[no-untyped-def]
    page = open_app(1280, 800)
    result = upload(page, {LONG_FILE_NAME: LIGHTING_LETTER.replace("9001", "9004")})
    assert "已添加 added" in result, result
    page.wait_for_function(
        "() => document.querySelector('#letters-table').innerText.includes('第9004号')"
    )
    page.locator("#letters-table").scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "letters-1280.png"), full_page=True)

    cells = page.locator("#letters-table [role=grid]").evaluate(FILE_CELLS)
    names = [c["name"] for c in cells]
    assert "cq-kjj-0798.txt" in names and LONG_FILE_NAME in names, names
    assert all(c["whole"] for c in cells), [c["name"] for c in cells if not c["whole"]]


def test_upload_button_is_named_not_an_untranslated_key(open_app) -> None:  # type: ignore[no-untyped-def]
    page = open_app(1280, 800)
    open_tab(page, "答复函 Letters")
    # The widget's "add files" button only appears once a file is chosen.
    draft = {"name": "草稿.txt", "mimeType": "text/plain", "buffer": "草稿".encode()}
    page.set_input_files("#upload input[type=file]", [draft])
    page.locator("#upload").get_by_text("草稿").first.wait_for()
    # The buttons come once the file has reached the server, a moment after its name.
    named = page.locator("#upload").get_by_role("button", name="上传答复函 Upload letters")
    named.wait_for()

    buttons = page.locator("#upload").get_by_role("button")
    labels = buttons.evaluate_all(
        "els => els.flatMap(e => [e.getAttribute('aria-label'), e.getAttribute('title')])"
    )
    assert not [label for label in labels if label and I18N_KEY.fullmatch(label)], labels
    assert named.count() == 1 and named.get_attribute("title") == "上传答复函 Upload letters"


def test_thumbs_up_comes_before_thumbs_down(open_app) -> None:  # type: ignore[no-untyped-def]
    page = open_app(1440, 900)
    ask(page, TALENT_QUESTION, 1)
    page.locator("#chat .bot").last.hover()  # the vote buttons show on hover
    like, dislike = page.locator(LIKE).last, page.locator(DISLIKE).last
    assert like.bounding_box()["x"] < dislike.bounding_box()["x"]

    # A vote changes the button's label and icon, not its place.
    like.click()
    liked = page.locator("#chat button[aria-label='Liked']").last
    liked.wait_for()
    assert liked.bounding_box()["x"] < dislike.bounding_box()["x"]


def test_header_is_two_short_lines_on_a_phone_and_complete_on_a_laptop(open_app, artifacts) -> None:  # type: ignore[no-untyped-def]
    phone = open_app(390, 844)
    phone.evaluate("window.scrollTo(0, 0)")  # autofocus on the question scrolls down
    phone.screenshot(path=str(artifacts / "header-390.png"))
    assert phone.locator("#topbar").bounding_box()["height"] <= 120
    assert phone.locator(".brand-title").is_visible()
    # The status is one line whose counts are not cut off, and nothing scrolls sideways.
    status = phone.locator("#status")
    assert re.search(r"\d+ 封答复函 · \d+ 个片段", status.inner_text()), status.inner_text()
    assert status.evaluate("e => e.scrollWidth <= e.clientWidth")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390

    laptop = open_app(1280, 800)
    assert laptop.locator(".brand-sub").is_visible()
    assert "Offline extractive" in laptop.locator("#status").inner_text()
