"""HTML and Markdown for the chat UI, built from answers, citations and letter records.

Every string that comes from a letter, a file name or a question passes through `esc`
(or `md_text`) before it reaches the page: letters are scraped from the web and may
contain markup, and nothing in them may ever run in a user's browser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlparse

from rag.models import SECTION_SEP, Answer, Citation

REFUSAL_TITLE = "未在答复函中找到依据"
CANONICAL_EXAMPLES = (
    "市科技局下一步在人才评价方面会做什么？",
    "What will the bureau do about talent evaluation?",
)
# Characters of passage text kept on each side of the highlighted quote in a card;
# the whole passage stays one click away in a <details>.
CONTEXT_CHARS = 140

_MARKER = re.compile(r"\[(\d{1,3})\]")
# Markdown punctuation that could build links, images, code spans or emphasis out of
# letter text.  Escaped with a backslash, it renders as itself.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!~|#$])")
_HEADING_NUMBER = re.compile(
    r"^\s*(?:[（(][一二三四五六七八九十百\d]+[)）]|[一二三四五六七八九十百]+[、.．]|\d+[、.．])\s*"
)


def esc(value: object) -> str:
    """HTML-escape anything (None becomes an empty string), quotes included."""
    return html.escape("" if value is None else str(value), quote=True)


# -- chat messages ----------------------------------------------------------------------


def md_text(text: str) -> str:
    """Text for the Chatbot's Markdown renderer that displays exactly as written.

    HTML is escaped (the renderer shows the entities as characters) and Markdown
    punctuation is backslash-escaped, so `[x](javascript:…)`, `![](…)` or `<img …>`
    in a question or a quoted letter stays plain text.
    """
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def answer_markdown(text: str, n_citations: int = 0) -> str:
    """The answer as Markdown: escaped, with each valid `[n]` a link to evidence card n.

    Markers beyond the citation list (possible while a model is still streaming, or
    if it invents one) stay plain text.
    """
    out: list[str] = []
    last = 0
    for match in _MARKER.finditer(text):
        n = int(match.group(1))
        if not 1 <= n <= n_citations:
            continue
        out.append(md_text(text[last : match.start()]))
        out.append(f"[\\[{n}\\]](#cite-{n})")
        last = match.end()
    out.append(md_text(text[last:]))
    return "".join(out)


def final_answer_markdown(answer: Answer, asked: str | None = None) -> str:
    """The finished answer for the chat, with a refusal, notice or rewritten follow-up shown."""
    text, sources = _split_sources_line(answer.text) if answer.citations else (answer.text, "")
    if answer.compare:
        from ui.compare_table import compare_markdown  # it renders cells with md_text

        body = compare_markdown(answer)
    else:
        body = answer_markdown(text, len(answer.citations))
    if sources:
        # The answerer's own one-line source list repeats the evidence cards; keep it,
        # but quietly (<small> is one of the few tags the Chatbot's sanitizer keeps).
        body += f"\n\n<small>{answer_markdown(sources, len(answer.citations))}</small>"
    lines = []
    if asked and answer.question and answer.question.strip() != asked.strip():
        lines.append(f"*按上下文理解为 Read as:* {md_text(answer.question)}")
    if answer.refused and REFUSAL_TITLE not in answer.text:
        lines.append(f"**{REFUSAL_TITLE}** · Not found in the letters")
    if answer.notice:
        lines.append(f"*{md_text(answer.notice)}*")
    lines.append(body)
    return "\n\n".join(lines)


def copy_text(answer: Answer) -> str:
    """Plain text for the clipboard: the answer, then one line per source with its quote."""
    # The answerer may end with its own one-line source list; the list below replaces it.
    text = _split_sources_line(answer.text)[0] if answer.citations else answer.text.strip()
    parts = [text]
    if answer.citations:
        parts.append("来源 Sources:")
        for n, c in enumerate(answer.citations, 1):
            parts.append(f"[{n}] {citation_label(c)}\n    「{c.quote.strip()}」")
    elif answer.refused and answer.closest:
        parts.append("最接近的答复函 Closest letters:\n" + "\n".join(answer.closest))
    return "\n".join(parts[:1] + [""] + parts[1:]) if len(parts) > 1 else parts[0]


def _split_sources_line(text: str) -> tuple[str, str]:
    """(answer, its trailing "来源：…" line or "") of an answer text."""
    text = text.strip()
    head, _, last = text.rpartition("\n")
    if head and last.lstrip().startswith(("来源：", "来源:", "Sources:", "Sources：")):
        return head.rstrip(), last.strip()
    return text, ""


def citation_label(c: Citation) -> str:
    """One line naming a source: title (文号; 第N号; issuer; date) › section."""
    meta = [m for m in (c.doc_number, number_label(c.proposal_no), c.issuer, c.date) if m]
    label = c.title or c.source
    if meta:
        label += f"（{'；'.join(meta)}）"
    if c.section:
        label += f" {c.section.replace(SECTION_SEP, ' › ')}"
    return label


def number_label(proposal_no: str | None) -> str | None:
    return f"第{proposal_no}号" if proposal_no else None


# -- evidence panel ---------------------------------------------------------------------


def evidence_placeholder() -> str:
    return (
        '<div class="ev-empty"><div class="ev-empty-title">证据 Evidence</div>'
        "<p>提问后，这里列出回答中每个引用 [n] 的出处：答复函标题、文号、提案号、章节，"
        "以及被引用的原文。</p>"
        "<p class='ev-en'>Each citation [n] in an answer appears here with its letter, "
        "number, section and the quoted text.</p></div>"
    )


def evidence_pending(question: str) -> str:
    return (
        '<div class="ev-empty ev-pending"><span class="ev-spinner"></span>'
        f"正在检索答复函… <span class='ev-q'>{esc(question)}</span></div>"
    )


def evidence_panel(answer: Answer | None) -> str:
    """All evidence for an answer: a refusal box, or one card per citation."""
    if answer is None:
        return evidence_placeholder()
    parts: list[str] = []
    if answer.citations:
        letters = len({c.letter_id for c in answer.citations})
        parts.append(
            f'<div class="ev-head">证据 Evidence · {len(answer.citations)} 条引用，'
            f"来自 {letters} 封答复函</div>"
        )
    if answer.notice:
        parts.append(f'<div class="ev-notice">{esc(answer.notice)}</div>')
    if answer.refused or not answer.citations:
        parts.append(refusal_box(answer.closest))
    for n, citation in enumerate(answer.citations, 1):
        parts.append(citation_card(n, citation))
    return f'<div class="ev-list">{"".join(parts)}</div>'


def refusal_box(closest: Sequence[str]) -> str:
    items = "".join(f"<li>{esc(title)}</li>" for title in closest)
    listing = (
        f'<div class="ev-closest-title">最接近的答复函 Closest letters</div><ul>{items}</ul>'
        if items
        else ""
    )
    return (
        f'<div class="ev-refusal"><div class="ev-refusal-title">{REFUSAL_TITLE}</div>'
        '<div class="ev-en">The indexed letters do not answer this question.</div>'
        f"{listing}</div>"
    )


def citation_card(n: int, c: Citation) -> str:
    """Card n: where the quote comes from, and the quote highlighted inside its passage."""
    meta = [
        ("文号", c.doc_number),
        ("编号", number_label(c.proposal_no)),
        ("发文机关", c.issuer),
        ("日期", c.date),
    ]
    meta_html = "".join(
        f'<span class="ev-meta-item"><span class="ev-meta-key">{key}</span>{esc(value)}</span>'
        for key, value in meta
        if value
    )
    crumbs = [p for p in c.section.split(SECTION_SEP) if p] if c.section else []
    section_html = (
        '<div class="ev-section" title="章节 Section">'
        + '<span class="ev-sep">›</span>'.join(f"<span>{esc(p)}</span>" for p in crumbs)
        + "</div>"
        if crumbs
        else '<div class="ev-section ev-muted">（正文 body）</div>'
    )
    excerpt = highlight(c.text, c.quote, context=CONTEXT_CHARS)
    full = highlight(c.text, c.quote)
    details = (
        f'<details class="ev-full"><summary>全文 Full passage</summary>'
        f'<div class="ev-passage">{full}</div></details>'
        if excerpt != full
        else ""
    )
    return (
        f'<article class="ev-card" id="cite-{n}" data-cite="{n}">'
        f'<header><span class="ev-badge">[{n}]</span>'
        f'<span class="ev-title">{esc(c.title or c.source)}</span></header>'
        f'<div class="ev-meta">{meta_html}</div>'
        f"{section_html}"
        f'<blockquote class="ev-passage">{excerpt}</blockquote>'
        f"{details}"
        '<footer class="ev-foot"><button type="button" class="ev-open" '
        f'data-letter="{esc(c.letter_id)}" data-quote="{esc(c.quote)}" '
        f'data-section="{esc(c.section)}">阅读原函 Open letter</button>'
        f'<span class="ev-source">{esc(c.source)}</span></footer>'
        "</article>"
    )


def highlight(text: str, quote: str, context: int | None = None) -> str:
    """The escaped passage with the quote wrapped in <mark>.

    The quote is located in the raw text and each piece is escaped on its own, so
    the mark never splits an entity and letter markup never becomes tags.  A quote
    that cannot be found is shown after the passage, still marked, rather than lost.
    With `context`, only that many characters are kept on each side of the quote.
    """
    start, end = _locate(text, quote)
    if start < 0:
        body = text if context is None else _clip(text, 0, 2 * context)
        return f'{esc(body)}<div class="ev-quote-only"><mark>{esc(quote)}</mark></div>'
    before, marked, after = text[:start], text[start:end], text[end:]
    if context is not None:
        if len(before) > context:
            before = "…" + before[-context:]
        if len(after) > context:
            after = after[:context] + "…"
    return f"{esc(before)}<mark>{esc(marked)}</mark>{esc(after)}"


def _locate(text: str, quote: str) -> tuple[int, int]:
    quote = quote.strip()
    if not quote:
        return -1, -1
    i = text.find(quote)
    if i >= 0:
        return i, i + len(quote)
    # Quotes may differ from the passage only in whitespace (line breaks in the file).
    pattern = r"\s*".join(re.escape(ch) for ch in quote if not ch.isspace())
    match = re.search(pattern, text)
    return (match.start(), match.end()) if match else (-1, -1)


def _clip(text: str, start: int, length: int) -> str:
    return text[start : start + length] + ("…" if len(text) > start + length else "")


# -- letters, status, examples ----------------------------------------------------------

# ui/static/app.css sets how each column wraps by its position in this list.
LETTER_COLUMNS = [
    "标题 Title",
    "文号 Doc No.",
    "编号 No.",
    "发文机关 Issuer",
    "日期 Date",
    "文件 File",
]


def letter_rows(letters: Iterable[Mapping[str, Any]]) -> list[list[str]]:
    """Rows for the letters table (plain text: the Dataframe shows cells as text)."""
    rows = []
    for letter in letters:
        rows.append(
            [
                str(letter.get("title") or "—"),
                str(letter.get("doc_number") or "—"),
                number_label(letter.get("proposal_no")) or "—",
                str(letter.get("issuer") or "—"),
                str(letter_date(letter) or "—"),
                str(letter.get("source") or "—"),
            ]
        )
    return rows


def letter_date(letter: Mapping[str, Any]) -> str | None:
    return letter.get("date_signed") or letter.get("date_published") or letter.get("date")


def letter_choice(letter: Mapping[str, Any]) -> tuple[str, str]:
    """(label, value) for a dropdown: "第0798号 · title" → letter_id."""
    number = number_label(letter.get("proposal_no"))
    title = letter.get("title") or letter.get("source") or letter.get("letter_id")
    label = f"{number} · {title}" if number else str(title)
    return label, str(letter.get("letter_id"))


def letter_year(letter: Mapping[str, Any]) -> int | None:
    year = letter.get("year")
    if year:
        return int(year)
    date = letter_date(letter)
    return int(date[:4]) if date and date[:4].isdigit() else None


def status_markdown(stats: Mapping[str, Any], base_url: str | None = None) -> str:
    """The status line: mode, and the model and endpoint host (never the key or path)."""
    if stats.get("mode") == "llm":
        host = urlparse(base_url).hostname if base_url else "api.openai.com"
        mode = f"LLM · {md_text(str(stats.get('model') or '?'))} @ {md_text(host or '?')}"
    else:
        mode = "离线抽取<span class='st-en'> Offline extractive</span>"
    # The English words are marked so a phone can drop them and keep the line short.
    return (
        f"<span class='st-dot'></span> **{mode}** · "
        f"{int(stats.get('letters') or 0)} 封答复函<span class='st-en'> letters</span> · "
        f"{int(stats.get('chroma') or 0)} 个片段<span class='st-en'> chunks</span>"
    )


def heading_topic(heading: str) -> str:
    """A heading without its number or trailing full stop: "(四)培育…队伍。" → "培育…队伍"."""
    return _HEADING_NUMBER.sub("", heading).strip().rstrip("。.：:")


def example_questions(sections: Iterable[tuple[str | None, str]], limit: int = 6) -> list[str]:
    """Example questions: the canonical two, then topics taken from the letters' headings.

    `sections` are (letter label such as "第0412号提案", section path) pairs.  One topic
    is taken from each letter in turn so the examples show the breadth of the corpus;
    within a letter, headings under "下一步…" come first, because what a bureau promises
    to do next is what researchers ask about most.
    """
    per_letter: dict[str | None, list[tuple[int, str]]] = {}
    seen: set[str] = set()
    for label, section in sections:
        topic, priority = _topic(section)
        if topic is None or topic in seen:
            continue
        seen.add(topic)
        per_letter.setdefault(label, []).append((priority, topic))
    queues = [
        [(label, topic) for _, topic in sorted(items, key=lambda item: item[0])]
        for label, items in per_letter.items()
    ]
    questions = list(CANONICAL_EXAMPLES)
    while len(questions) < limit and any(queues):
        for queue in queues:
            if queue and len(questions) < limit:
                label, topic = queue.pop(0)
                questions.append(
                    f"{label}的答复中，关于“{topic}”有哪些举措？"
                    if label
                    else f"关于“{topic}”，答复函提出了哪些举措？"
                )
    return questions


def _topic(section: str) -> tuple[str | None, int]:
    """(topic, priority) of a section path: its second-level heading, or a "关于…" heading."""
    path = [p for p in section.split(SECTION_SEP) if p]
    if len(path) >= 2:
        topic = heading_topic(path[1])
    elif path and heading_topic(path[0]).startswith("关于"):
        topic = heading_topic(path[0])
    else:
        return None, 0
    topic = re.sub(r"^关于|的(?:建议|问题|提案)$", "", topic).strip('“”"')
    if not 4 <= len(topic) <= 24:
        return None, 0
    return topic, 0 if path[0].find("下一步") >= 0 else 1


def upload_results_html(rows: Sequence[tuple[str, str, str]]) -> str:
    """Per-file upload results: (file name, status, reason)."""
    if not rows:
        return ""
    labels = {
        "added": "已添加 added",
        "updated": "已更新 updated",
        "unchanged": "未变化 unchanged",
        "failed": "失败 failed",
    }
    body = "".join(
        f'<tr class="up-{esc(status)}"><td>{esc(name)}</td>'
        f'<td><span class="up-status">{esc(labels.get(status, status))}</span></td>'
        f"<td>{esc(reason)}</td></tr>"
        for name, status, reason in rows
    )
    return (
        '<table class="up-results"><thead><tr><th>文件 File</th><th>结果 Result</th>'
        f"<th>说明 Reason</th></tr></thead><tbody>{body}</tbody></table>"
    )
