"""Rendering: escaping hostile text, highlighting quotes, the chat messages, examples."""

from __future__ import annotations

import pytest
from ui_samples import IMG, PASSAGE, QUOTE, SCRIPT, citation

from rag.models import Answer, CompareRow
from ui import render
from ui.compare_table import compare_markdown
from ui.conversation import Conversation, Turn, chat_messages


def assert_inert(html: str) -> None:
    """No tag or attribute from hostile text survives; its text is still there, escaped."""
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert "&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;" in html


# -- escaping ---------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["title", "section", "issuer", "doc_number", "source"])
def test_card_escapes_hostile_metadata(field: str) -> None:
    card = render.citation_card(1, citation(**{field: f"关于{SCRIPT}{IMG}的函"}))
    assert_inert(card)


def test_card_escapes_hostile_passage_and_quote() -> None:
    text = f"第一句。{SCRIPT}危险{IMG}第二句。"
    card = render.citation_card(1, citation(text=text, quote=f"{SCRIPT}危险{IMG}"))
    assert_inert(card)
    assert f"<mark>{render.esc(SCRIPT)}危险{render.esc(IMG)}</mark>" in card


def test_refusal_escapes_closest_titles() -> None:
    html = render.evidence_panel(
        Answer(text="未在答复函中找到依据", refused=True, closest=[f"{SCRIPT}{IMG}"])
    )
    assert render.REFUSAL_TITLE in html
    assert_inert(html)


def test_pending_escapes_the_question() -> None:
    assert_inert(render.evidence_pending(f"问{SCRIPT}{IMG}"))


@pytest.mark.parametrize(
    "hostile",
    [SCRIPT, IMG, "[点我](javascript:alert(1))", "![x](http://evil/x.png)", "`code` **b** $$x$$"],
)
def test_questions_and_answers_reach_the_chat_as_plain_text(hostile: str) -> None:
    conv = Conversation(
        [Turn(f"问题{hostile}", Answer(text=f"回答{hostile}[1]", citations=[citation()]))]
    )
    user, bot = chat_messages(conv)
    for content in (user["content"], bot["content"]):
        assert "<script" not in content and "<img" not in content
        assert "](javascript" not in content and "![" not in content
        assert "`" not in content.replace("\\`", "")
    assert "[\\[1\\]](#cite-1)" in bot["content"]


def test_only_markers_with_a_citation_become_links() -> None:
    md = render.answer_markdown("甲[1]乙[2]丙[10]", n_citations=2)
    assert md.count("](#cite-") == 2
    assert "#cite-10" not in md and "\\[10\\]" in md


def test_status_line_names_the_host_only() -> None:
    line = render.status_markdown(
        {"mode": "llm", "model": "deepseek-chat", "letters": 3, "chroma": 40},
        "https://user:sk-secret@api.deepseek.com/v1?key=sk-secret",
    )
    assert "api.deepseek.com" in line and "deepseek" in line
    assert "sk-secret" not in line and "/v1" not in line
    offline = render.status_markdown({"mode": "offline", "letters": 1, "chroma": 12})
    assert "离线" in offline and "1 封" in offline and "12 个片段" in offline


# -- highlighting -----------------------------------------------------------------------


def test_highlight_marks_the_quote_inside_its_passage() -> None:
    html = render.highlight(PASSAGE, QUOTE)
    before, rest = html.split("<mark>")
    marked, after = rest.split("</mark>")
    assert marked == QUOTE
    assert before.endswith("结合我市科技工作实际,") and after.startswith("。二是")


def test_highlight_tolerates_line_breaks_inside_the_quote() -> None:
    html = render.highlight("甲乙\n丙丁戊", "乙丙丁")
    assert "<mark>乙\n丙丁</mark>" in html


def test_highlight_keeps_a_quote_it_cannot_find() -> None:
    html = render.highlight(PASSAGE, "完全不在原文中的句子<b>")
    assert "<mark>完全不在原文中的句子&lt;b&gt;</mark>" in html


def test_highlight_clips_context_around_the_quote() -> None:
    text = "前" * 500 + QUOTE + "后" * 500
    html = render.highlight(text, QUOTE, context=50)
    assert html.startswith("…" + "前" * 50 + "<mark>")
    assert html.endswith("</mark>" + "后" * 50 + "…")


def test_card_shows_where_the_quote_comes_from() -> None:
    card = render.citation_card(2, citation())
    assert 'id="cite-2"' in card
    for text in ("第0798号", "渝科局函〔2024〕300号", "重庆市科学技术局", "2024-05-23"):
        assert text in card
    assert "下一步工作重点" in card and "人才队伍" in card
    assert f"<mark>{QUOTE}</mark>" in card


def test_copy_text_lists_sources_with_quotes() -> None:
    text = render.copy_text(Answer(text="将突出市场实绩评价[1]。", citations=[citation()]))
    assert text.startswith("将突出市场实绩评价[1]。\n\n来源 Sources:\n[1] 重庆市科学技术局")
    assert "第0798号" in text and f"「{QUOTE}」" in text


# -- examples ---------------------------------------------------------------------------


def test_examples_take_one_topic_per_letter_next_steps_first() -> None:
    questions = render.example_questions(
        [
            ("第0798号提案", "一、工作开展情况 > (一)实施科技服务能级提升行动。"),
            ("第0798号提案", "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍 > 一是"),
            ("第0798号提案", "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍"),
            ("第182号建议", "1.关于新增公交线路"),
            ("第182号建议", "一、基本情况"),
            (None, "二、下一步打算 > （一）加强人才培养"),
            ("第0798号提案", ""),
        ]
    )
    assert questions == [
        *render.CANONICAL_EXAMPLES,
        "第0798号提案的答复中，关于“培育壮大科技服务业人才队伍”有哪些举措？",
        "第182号建议的答复中，关于“新增公交线路”有哪些举措？",
        "关于“加强人才培养”，答复函提出了哪些举措？",
        "第0798号提案的答复中，关于“实施科技服务能级提升行动”有哪些举措？",
    ]


def test_the_answerers_own_sources_line_is_quiet_in_chat_and_replaced_in_copy() -> None:
    answer = Answer(
        text="将突出市场实绩评价。[1]\n来源：[1] 某函 二、下一步工作重点", citations=[citation()]
    )
    md = render.final_answer_markdown(answer)
    assert md.endswith("</small>") and "<small>来源：[\\[1\\]](#cite-1)" in md
    copied = render.copy_text(answer)
    assert "来源：[1] 某函" not in copied and copied.startswith(
        "将突出市场实绩评价。[1]\n\n来源 Sources:"
    )


def test_a_compare_table_keeps_letter_text_as_text_and_links_its_markers():
    hostile = "已建成 | 2 | 座[x](javascript:alert(1))<img src=x>。"
    row = CompareRow(
        letter_id="a", name="第1号提案", title=None, proposal_no="1", kind="提案",
        issuer="某市某局", date=None, done=hostile, done_n=1,
    )  # fmt: skip
    text = "已收录的答复函中有2封谈到了这个问题，逐封对比如下：\n\n(table)\n\n来源：[1] 第1号"
    markdown = compare_markdown(Answer(text=text, compare=[row, row], question="各地怎么答复的"))
    lines = markdown.splitlines()
    assert lines[2] == "| 答复函 | 答复单位 | 日期 | 已做的 | 承诺的 |"
    cells = lines[4].split(" | ")
    assert len(cells) == 5  # the letter's own pipes are escaped, not new columns
    assert "\\|" in cells[3] and "<img" not in markdown and "](javascript" not in markdown
    assert cells[3].endswith("[\\[1\\]](#cite-1)") and cells[2] == "—" and cells[4] == "— |"
