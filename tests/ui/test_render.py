"""The UI's rendering and file helpers: escaping, highlighting, upload names, feedback lines."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from rag.models import Answer, Citation
from ui import render
from ui.app import Conversation, FeedbackLog, Turn, _messages, safe_upload_name, store_upload

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
PASSAGE = (
    "(四)培育壮大科技服务业人才队伍。一是培育壮大科技服务人才队伍。"
    "结合我市科技工作实际,突出市场实绩评价,着重评价成果转化效益。二是健全科技服务人才评价激励机制。"
)
QUOTE = "突出市场实绩评价,着重评价成果转化效益"


def citation(**overrides: object) -> Citation:
    fields: dict[str, object] = {
        "letter_id": "abc",
        "source": "cq-kjj-0798.txt",
        "title": "重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函",
        "issuer": "重庆市科学技术局",
        "doc_number": "渝科局函〔2024〕300号",
        "proposal_no": "0798",
        "section": "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍",
        "text": PASSAGE,
        "quote": QUOTE,
        "date": "2024-05-23",
    }
    fields.update(overrides)
    return Citation(**fields)  # type: ignore[arg-type]


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
    user, bot = _messages(conv)
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


# -- upload names -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../x.txt", "x.txt"),
        ("..\\..\\evil.md", "evil.md"),
        ("/etc/passwd", "passwd"),
        ("..", "upload"),
        (".hidden.txt", "hidden.txt"),
        ("答复函 第0798号.TXT", "答复函 第0798号.txt"),
        ("a\x00b\nc.pdf", "abc.pdf"),
        ("x<script>.html", "x_script_.html"),
    ],
)
def test_upload_names_are_basenames(raw: str, expected: str) -> None:
    assert safe_upload_name(raw) == expected


def test_upload_names_are_bounded_and_keep_the_extension() -> None:
    name = safe_upload_name("长" * 500 + ".docx")
    assert len(name) <= 120 and name.endswith(".docx")


def test_store_upload_never_writes_outside_uploads(tmp_path: Path) -> None:
    src_dir = tmp_path / "incoming" / "a" / "b"
    src_dir.mkdir(parents=True)
    hostile = src_dir / "..%2F..%2Fx.txt"
    hostile.write_text("函", encoding="utf-8")
    uploads = tmp_path / "home" / "uploads"
    stored = store_upload(hostile, uploads, max_bytes=1024)
    assert stored.parent == uploads.resolve()
    assert stored.read_text(encoding="utf-8") == "函"
    assert sorted(p.name for p in uploads.iterdir()) == [stored.name]


def test_store_upload_refuses_large_and_foreign_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ValueError, match="RAG_MAX_FILE_MB"):
        store_upload(big, tmp_path / "uploads", max_bytes=1024)
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(ValueError, match="不支持"):
        store_upload(exe, tmp_path / "uploads", max_bytes=1024)
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())


# -- feedback ---------------------------------------------------------------------------


def test_feedback_lines_are_complete_utf8_json_under_concurrency(tmp_path: Path) -> None:
    log = FeedbackLog(tmp_path / "feedback.jsonl")
    answer = Answer(text="将突出市场实绩评价[1]。" + "长" * 5000, citations=[citation()])

    def vote(i: int) -> None:
        log.record(f"问题{i}", answer, "up" if i % 2 else "down")

    threads = [threading.Thread(target=vote, args=(i,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    raw = (tmp_path / "feedback.jsonl").read_bytes().decode("utf-8")
    assert "问题" in raw  # not \u-escaped
    entries = [json.loads(line) for line in raw.splitlines()]
    assert len(entries) == 40
    assert {e["question"] for e in entries} == {f"问题{i}" for i in range(40)}
    first = entries[0]
    assert first["vote"] in {"up", "down"} and first["timestamp"].endswith("+00:00")
    assert first["answer"] == answer.text
    assert first["citations"][0]["proposal_no"] == "0798"
    assert first["citations"][0]["quote"] == QUOTE


# -- the chat handler ---------------------------------------------------------------------


class _ScriptedQA:
    """Stands in for ReplyLetterQA: `stream` replays the items it was given, or raises."""

    def __init__(self, tmp_path: Path, items: list[object]) -> None:
        from rag.settings import Settings

        self.settings = Settings(home=tmp_path, openai_api_key=None)
        self.items = items
        self.calls: list[tuple[str, list[tuple[str, str]], object]] = []

    def stream(self, question, history=None, filters=None):  # type: ignore[no-untyped-def]
        self.calls.append((question, list(history or []), filters))
        for item in self.items:
            if isinstance(item, BaseException):
                raise item
            yield item


def _run(qa: _ScriptedQA, question: str, conv: Conversation | None = None) -> list[tuple]:
    from ui.app import _Handlers

    handlers = _Handlers(qa)  # type: ignore[arg-type]
    return list(handlers.ask(question, conv or Conversation(), [], ["重庆市科学技术局"], ["2024"]))


def test_the_final_answer_replaces_the_streamed_text(tmp_path: Path) -> None:
    final = Answer(text="正式答案[1]", citations=[citation()])
    qa = _ScriptedQA(tmp_path, ["草稿", "文本", final])
    updates = _run(qa, "问题")
    chat, evidence, conv, box, copied = updates[-1]
    assert chat[-1]["content"] == "正式答案[\\[1\\]](#cite-1)"
    assert 'id="cite-1"' in evidence and box == "" and copied.startswith("正式答案[1]")
    assert conv.history() == [("问题", "正式答案[1]")]
    assert qa.calls == [("问题", [], {"issuer": ["重庆市科学技术局"], "year": [2024]})]
    assert any("草稿" in u[0][-1]["content"] for u in updates[:-1])  # it did stream


def test_follow_ups_pass_the_history_as_question_answer_pairs(tmp_path: Path) -> None:
    earlier = Turn("第一问", Answer(text="第一答"))
    qa = _ScriptedQA(tmp_path, [Answer(text="第二答")])
    _run(qa, "其中第二点呢？", Conversation([earlier, Turn("失败的问题", None)]))
    assert qa.calls[0][1] == [("第一问", "第一答")]


def test_errors_become_messages_never_tracebacks(tmp_path: Path) -> None:
    from rag.errors import IndexNotBuiltError
    from ui.app import GENERIC_ERROR

    updates = _run(_ScriptedQA(tmp_path, [RuntimeError("secret /path/x.py line 3")]), "问")
    chat, evidence, conv, *_ = updates[-1]
    assert chat[-1]["content"] == GENERIC_ERROR and "secret" not in str(updates)
    assert conv.history() == []

    hint = "还没有收录任何答复函：请先运行 rag ingest <script>"
    chat = _run(_ScriptedQA(tmp_path, [IndexNotBuiltError(hint)]), "问")[-1][0]
    assert chat[-1]["content"].startswith("⚠️ 还没有收录任何答复函")
    assert "<script>" not in chat[-1]["content"]
