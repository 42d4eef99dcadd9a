"""Build `Letter`s by hand for chunk/store/ingest tests (independent of the parser), a
retrieved `Passage` of a made-up letter for answering tests (`passage_of`), and an offline
index of made-up letter files (`indexed`)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from rag import ReplyLetterQA, Settings
from rag.models import Letter, Passage, Section

REFERENCE = Path(__file__).resolve().parent.parent / "corpus" / "cq-kjj-0798.txt"

# A short, made-up letter for upload tests: one result, one plan with a date.
LIGHTING_LETTER = """重庆市城市管理局关于市政协六届三次会议第9001号提案答复的函

赵六委员:

您提出的《关于提升城市夜间照明品质的提案》(第9001号)收悉,现答复如下。

一、工作开展情况

全市主城区已建成路灯约42万盏,其中LED路灯占比达到86%。

二、下一步工作重点

(一)推进路灯智能化改造。我们将在2026年底前完成主城区全部路灯的单灯智能控制改造,实现按需调光、故障自动报警。

(二)完善夜景照明管理。制定夜景灯光分级管控标准,节假日与平日分时段开启。

重庆市城市管理局

2025年3月18日
"""


def passage_of(
    text: str, letter: str, title: str, score: float, issuer: str | None = None
) -> Passage:
    """A body passage of the made-up letter `letter` (its id, chunk and file), as retrieved."""
    return Passage(
        chunk_id=letter,
        letter_id=letter,
        source=f"{letter}.txt",
        title=title,
        issuer=issuer,
        doc_number=None,
        proposal_no="12",
        section="",
        text=text,
        score=score,
        part="body",
    )


def indexed(folder: Path, home: Path, **letters: str) -> ReplyLetterQA:
    """An offline index of the made-up letters given as file name (without `.txt`) → text."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in letters.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    qa = ReplyLetterQA(Settings(home=home, openai_api_key=None))
    assert qa.ingest([folder]).ok
    return qa


_TOP = re.compile(r"^[一二三四五六七八九十]+、")
_SUB = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
_ITEM = re.compile(r"[一二三四五六七八九十]是")
_TITLE = re.compile(r"(答复|函)$")
_FURNITURE = ("您当前的位置", "[", "扫一扫")


def build_letter(
    blocks: list[tuple[tuple[str, ...], str, str]],
    *,
    source: str = "letter.txt",
    preamble: str = "",
    sep: str = "\n\n",
    **fields,
) -> Letter:
    """A letter whose body is `preamble` + the blocks' texts joined by `sep`.

    Each block is (path, part, text) and becomes one Section with exact offsets.
    """
    body = preamble
    sections = []
    for path, part, text in blocks:
        if body:
            body += sep
        sections.append(Section(path, part, text, len(body), len(body) + len(text)))
        body += text
    letter_id = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    return Letter(letter_id=letter_id, source=source, body=body, sections=tuple(sections), **fields)


def simple_parse(text: str, source: str, path: str | None = None) -> Letter:
    """A crude stand-in for rag.letters.parse, good enough for the reference letter's layout.

    Drops page furniture, takes the first line naming a 函/答复 as the title, nests 一、 › (一) ›
    一是 units, and labels salutation, opening, closing and signature.
    """
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line and not line.startswith(_FURNITURE)]
    head = next((i for i, line in enumerate(lines) if _TITLE.search(line)), 0)
    title, paragraphs = lines[head], lines[head + 1 :]
    blocks: list[tuple[tuple[str, ...], str, str]] = []
    top: tuple[str, ...] = ()
    for i, para in enumerate(paragraphs):
        if para.startswith("日期"):
            continue  # a page's date line, not part of the letter from the salutation on
        if not blocks and para.endswith((":", "：")):
            blocks.append(((), "salutation", para))
        elif "收悉" in para:
            blocks.append(((), "opening", para))
        elif _TOP.match(para):
            top = (para,)
            blocks.append((top, "body", para))
        elif _SUB.match(para):
            blocks.extend(_sub_blocks(top, para))
        elif para.startswith(("此答复", "特此", "此致")):
            blocks.append(((), "closing", para))
        elif i >= len(paragraphs) - 2 and len(para) < 30:
            blocks.append(((), "signature", para))
        else:
            blocks.append((top, "body", para))
    number = re.search(r"第(\d+)号", title)
    return build_letter(
        blocks,
        source=source,
        preamble=title,
        title=title,
        proposal_no=number.group(1) if number else None,
        kind="提案" if "提案" in title else None,
        path=path,
    )


def _sub_blocks(top: tuple[str, ...], para: str) -> list[tuple[tuple[str, ...], str, str]]:
    """`(四)标题。一是…二是…` → a heading-only unit, then one unit per 一是/二是 item."""
    heading_end = para.index("。") + 1 if "。" in para else len(para)
    sub = top + (para[:heading_end].rstrip("。"),)
    items = [m.start() for m in _ITEM.finditer(para, heading_end)]
    if not items:
        return [(sub, "body", para)]
    blocks = [(sub, "body", para[: items[0]])]
    for start, end in zip(items, items[1:] + [len(para)], strict=True):
        item = para[start:end]
        blocks.append((sub + (item.split("。")[0],), "body", item))
    return blocks


def reference_letter(sep: str = "\n\n") -> Letter:
    """The reference letter as the parser should see it, with its metadata filled in."""
    text = REFERENCE.read_text(encoding="utf-8")
    parsed = simple_parse(text, REFERENCE.name, str(REFERENCE))
    return replace(
        parsed,
        issuer="重庆市科学技术局",
        doc_number="渝科局函〔2024〕300号",
        index_no="11500000MB15895317/2024-00099",
        session="市政协六届二次会议",
        proposers=("王晓颖",),
        proposal_title="关于多措并举 推动我市科技服务业高质量发展的建议的提案",
        co_handlers=("市人力社保局", "市经济信息委"),
        signer="明炬",
        date_signed="2024-05-23",
        date_published="2024-10-12",
        topic="科技",
    )


def load_simple(path: Path, max_bytes: int) -> Letter:
    from rag.errors import LetterParseError

    data = Path(path).read_bytes()
    if len(data) > max_bytes:
        raise LetterParseError(str(path), "file too large")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LetterParseError(str(path), "not UTF-8 text") from exc
    if not text.strip():
        raise LetterParseError(str(path), "no text found in the file")
    return simple_parse(text, Path(path).name, str(path))
