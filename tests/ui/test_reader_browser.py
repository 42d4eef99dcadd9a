"""The letter reader and the commitments view in a real headless Chromium, on the real
pipeline and corpus (offline mode): opened from a citation, its outline, scoping the chat
to one letter, what the reference letter promises, the CSV export, a hostile letter, and a
compare question's cited table.

The app is test_browser.py's, one per module; screenshots go to the same
$RAG_UI_ARTIFACTS folder, and with RAG_UI_SCREENSHOT_DIR=docs also to docs/reader.png,
docs/commitments.png and docs/compare.png.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
import test_browser
from test_browser import (
    HOSTILE_LETTER,
    IMG_TEXT,
    SCRIPT_TEXT,
    TALENT_QUESTION,
    TITLE_IMG_TEXT,
    ask,
    choose,
    open_tab,
    upload,
)

pytestmark = pytest.mark.browser

app = test_browser.app
artifacts = test_browser.artifacts
page = test_browser.page

REFERENCE = "第0798号"
# Answered from several letters unscoped, from the reference letter alone when scoped.
PLANS_QUESTION = "下一步有哪些工作打算？"
# Several bundled letters answer it: a table, one row per letter.
COMPARE_QUESTION = "各地对科技服务人才的培养是怎么答复的？"
# Whether an element is inside the window and inside the reader's text column.
IN_VIEW = """el => {
    const r = el.getBoundingClientRect();
    const box = el.closest('.rd-text').getBoundingClientRect();
    return r.height > 0 && r.top >= Math.max(0, box.top) - 1
        && r.bottom <= Math.min(window.innerHeight, box.bottom) + 1;
}"""


# Scroll the chat (not the page) so that the element's top shows below its first line.
SHOW_TOP = """el => {
    window.scrollTo(0, 0);
    let box = el.parentElement;
    while (box && box.scrollHeight <= box.clientHeight) box = box.parentElement;
    if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 48;
}"""


def screenshot(page, artifacts: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    page.screenshot(path=str(artifacts / name))
    if folder := os.environ.get("RAG_UI_SCREENSHOT_DIR"):
        page.screenshot(path=str(Path(folder) / name))


def open_letter(page, number: str) -> None:  # type: ignore[no-untyped-def]
    """Open a letter in the reader through its picker."""
    open_tab(page, "阅读 Reader")
    choose(page, "#reader-pick", number)
    page.wait_for_function(
        "n => (document.querySelector('#reader .rd-card')?.innerText || '').includes(n)",
        arg=number,
    )


def card_letters(page) -> list[str]:  # type: ignore[no-untyped-def]
    return page.locator("#evidence .ev-card .ev-meta").all_inner_texts()


def test_a_citation_opens_its_letter_at_the_quote(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    ask(page, TALENT_QUESTION, 1)
    quote = page.locator("#evidence #cite-1 mark").inner_text()
    page.locator("#chat .bot a[href='#cite-1']").first.click()  # [1] in the answer

    # The quote is marked, in pieces where a heading or a commitment starts inside it.
    marks = page.locator("#reader mark.rd-cite")
    marks.first.wait_for()
    assert page.get_by_role("tab", name="阅读 Reader").get_attribute("aria-selected") == "true"
    assert "".join(marks.all_inner_texts()) == quote
    page.wait_for_function(f"() => ({IN_VIEW})(document.querySelector('#reader mark.rd-cite'))")

    card = page.inner_text("#reader .rd-card")
    for value in ("渝科局函〔2024〕300号", f"{REFERENCE}提案", "市政协六届二次会议", "王晓颖"):
        assert value in card, card
    assert "市人力社保局" in card and "明炬" in card and "2024-05-23" in card
    assert "None" not in page.inner_text("#reader")
    screenshot(page, artifacts, "reader.png")

    # The outline jumps to a section: its heading comes into view in the text.
    page.locator("#reader .rd-outline a", has_text="一、工作开展情况").click()
    heading = "#reader .rd-text strong.rd-h >> text=一、工作开展情况"
    page.wait_for_function(f"el => ({IN_VIEW})(el)", arg=page.locator(heading).element_handle())

    # Back to the chat: the conversation is where it was.
    page.get_by_role("button", name="← 返回问答 Back to chat").click()
    ask_tab = page.get_by_role("tab", name="问答 Ask")
    page.wait_for_function("() => document.querySelector('#question textarea')?.offsetParent")
    assert ask_tab.get_attribute("aria-selected") == "true"
    assert page.locator("#chat .bot a[href='#cite-1']").count() >= 1


def test_ask_about_this_letter_scopes_the_next_answers(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    open_letter(page, REFERENCE)
    page.get_by_role("button", name="只问这封答复函 Ask about this letter").click()

    chip = page.locator("#scope .scope-chip")
    chip.wait_for()
    assert REFERENCE in chip.inner_text()
    assert page.get_by_role("tab", name="问答 Ask").get_attribute("aria-selected") == "true"
    # The scope is the letters filter itself, counted in the folded panel's label; the
    # question box stays in view.
    page.get_by_text("已启用 1 项").wait_for()
    box = page.locator("#question textarea").bounding_box()
    assert box and box["y"] + box["height"] <= 900, box

    ask(page, PLANS_QUESTION, 1)
    letters = card_letters(page)
    assert letters and all(REFERENCE in c for c in letters), letters
    page.screenshot(path=str(artifacts / "reader-scoped.png"))

    # Removing the chip lifts the scope: the filter empties and answers draw on any letter.
    chip.get_by_role("button").click()
    page.locator("#scope .scope-chip").wait_for(state="detached")
    page.get_by_text("已启用 1 项").wait_for(state="hidden")
    page.get_by_role("button", name="新对话 New chat").click()
    page.wait_for_selector("#evidence .ev-empty")
    ask(page, PLANS_QUESTION, 1)
    letters = card_letters(page)
    assert any(REFERENCE not in c for c in letters), letters


def test_the_reference_letter_promises_only_its_next_steps(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    open_letter(page, REFERENCE)
    entries = page.locator("#reader .rd-commitments .rd-entry")
    sections = entries.locator(".rd-item-section").evaluate_all(
        "els => els.map(e => e.getAttribute('title'))"
    )
    assert len(sections) >= 8, sections
    assert all(s.startswith("二、下一步工作重点") for s in sections), sections
    assert not any("工作开展情况" in s for s in sections), sections
    assert any("培育壮大科技服务业人才队伍" in s for s in sections), sections

    # What was done is there too, collapsed, and it is the other heading's.
    actions = page.locator("#reader details.rd-actions")
    assert actions.get_attribute("open") is None
    actions.locator("summary").click()
    done = actions.locator(".rd-item-section").evaluate_all(
        "els => els.map(e => e.getAttribute('title'))"
    )
    assert done and all("工作开展情况" in s for s in done), done

    # Clicking a commitment highlights its sentence in the text and brings it into view.
    entry = entries.filter(has_text="技术经纪专业职称评审").first
    quote = entry.locator(".rd-quote").inner_text()
    entry.click()
    target = entry.get_attribute("data-target")
    marked = page.locator(f"#reader .rd-text .rd-on[data-item='{target}']")
    assert "".join(marked.all_inner_texts()) == quote
    page.wait_for_function(f"el => ({IN_VIEW})(el)", arg=marked.first.element_handle())
    screenshot(page, artifacts, "commitments.png")


def test_every_letters_commitments_export_as_csv_for_excel(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    open_tab(page, "承诺 Commitments")
    page.wait_for_function(
        "n => document.querySelector('#commit-table').innerText.includes(n)", arg=REFERENCE
    )
    choose(page, "#commit-issuer", "重庆市科学技术局")
    page.wait_for_function(
        "() => /^\\d+ 项承诺，来自 1 封/.test(document.querySelector('#commit-summary').innerText)"
    )
    page.screenshot(path=str(artifacts / "commitments-table.png"))
    with page.expect_download() as download:
        page.locator("#commit-csv").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), data[:8]  # the BOM Excel needs for UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0][0] == "编号 Letter" and len(rows) > 8
    assert all(REFERENCE in row[0] and row[1] == "重庆市科学技术局" for row in rows[1:]), rows

    # A row opens its letter in the reader, that sentence marked.
    sentence = "深入实施重庆市科技服务业三年行动计划"
    page.locator("#commit-table [role=gridcell]", has_text=sentence).first.click()
    page.locator("#reader mark.rd-cite", has_text=sentence).first.wait_for()


def test_a_hostile_letter_is_text_in_the_reader(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    hostile = HOSTILE_LETTER.replace("全市已完成", "{{value}}${window.__pwned=1}全市已完成")
    assert "已添加 added" in upload(page, {"古树名木-9002.txt": hostile})
    # A row of the letters table opens the letter.
    page.locator("#letters-table [role=gridcell]", has_text="第9002号").first.click()
    page.locator("#reader .rd-doc").wait_for()

    assert TITLE_IMG_TEXT in page.inner_text("#reader .rd-title")
    text = page.inner_text("#reader .rd-text")
    assert SCRIPT_TEXT in text and IMG_TEXT in text and "${window.__pwned=1}" in text
    assert IMG_TEXT in page.inner_text("#reader .rd-commitments")
    page.screenshot(path=str(artifacts / "reader-hostile.png"))

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img[src='x'], img[src='y']").count() == 0
    scripts = page.eval_on_selector_all("script", "els => els.map(e => e.textContent)")
    assert not any("__pwned" in s for s in scripts)


def test_a_compare_question_renders_a_cited_table(page, artifacts) -> None:  # type: ignore[no-untyped-def]
    ask(page, COMPARE_QUESTION, 1)
    table = page.locator("#chat .bot").last.locator("table")
    table.wait_for()
    headers = table.locator("th").all_inner_texts()
    assert [h.strip() for h in headers] == ["答复函", "答复单位", "日期", "已做的", "承诺的"]
    rows = table.locator("tbody tr")
    assert rows.count() >= 2
    letters = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    assert len(set(letters)) == rows.count() and any(REFERENCE in n for n in letters), letters
    for i in range(rows.count()):
        # Every row is cited, and each of its markers backs a card on the same letter.
        links = rows.nth(i).locator('a[href^="#cite-"]')
        assert links.count() >= 1, letters[i]
        for n in links.all_inner_texts():
            card = page.locator(f"#evidence #cite-{n.strip('[]')} .ev-meta").inner_text()
            number = letters[i].split("号")[0] + "号"  # 第0798号提案 → 第0798号
            assert number in card, (letters[i], card)
    page.wait_for_timeout(500)  # the chat scrolls itself to its end once it has drawn
    table.evaluate(SHOW_TOP)
    screenshot(page, artifacts, "compare.png")

    # A cell's marker opens its letter in the reader at the cell's sentence.
    link = rows.first.locator('a[href^="#cite-"]').first
    quote = page.locator(f"#evidence #cite-{link.inner_text().strip('[]')} mark").inner_text()
    link.click()
    marks = page.locator("#reader mark.rd-cite")
    marks.first.wait_for()
    assert "".join(marks.all_inner_texts()) == quote
