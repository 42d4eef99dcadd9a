"""Letters copied from traditional-character pages: read like simplified ones, shown as
printed. Every letter here is made up."""

from __future__ import annotations

from pathlib import Path

from rag.letters.parse import parse_letter
from rag.letters.script import simplified

ROOT = Path(__file__).resolve().parents[2]

_LETTER = "\n".join(
    (
        "澄川市交通運輸局關於市政協八屆三次會議第0217號提案的答覆",
        "楊建國委員：",
        "您提出的《關於優化公交線路的提案》收悉。我局會同市財政局進行了認真研究，現答覆如下：",
        "一、工作開展情況",
        "今年新開通公交線路4條，優化調整線路7條。",
        "二、下一步工作",
        "我局將於2025年底前完成全市公交站亭改造。",
        "感謝您對交通運輸工作的關心和支持。",
        "澄川市交通運輸局",
        "2024年6月18日",
    )
)


def test_a_traditional_letter_has_its_fields_read_and_printed_as_the_letter_prints_them():
    letter = parse_letter(_LETTER, source="t.txt")
    assert letter.title == "澄川市交通運輸局關於市政協八屆三次會議第0217號提案的答覆"
    assert (letter.issuer, letter.proposal_no, letter.kind) == ("澄川市交通運輸局", "0217", "提案")
    assert letter.proposers == ("楊建國",)  # 委員 is a title, in either script
    assert letter.co_handlers == ("市財政局",)
    assert letter.date_signed == "2024-06-18"


def test_its_sections_are_found_and_quote_the_letter_verbatim():
    letter = parse_letter(_LETTER, source="t.txt")
    paths = [s.section for s in letter.sections if s.part == "body"]
    assert paths == ["一、工作開展情況", "二、下一步工作"]
    for section in letter.sections:
        assert all(line in _LETTER for line in section.text.split("\n"))
        assert letter.body[section.start : section.end] == section.text


def test_a_page_in_simplified_around_a_traditional_letter_shows_the_letters_own_title():
    page = "\n".join(
        (
            "索引号：015191627/2024-00318　　发布机构：澄川市交通运输局",
            "标题：澄川市交通运输局关于市政协八届三次会议第0217号提案的答复",
            _LETTER,
        )
    )
    letter = parse_letter(page, source="t.txt")
    assert letter.title == "澄川市交通運輸局關於市政協八屆三次會議第0217號提案的答覆"


def test_a_simplified_letter_is_read_exactly_as_before():
    text = (ROOT / "corpus" / "cq-kjj-0798.txt").read_text(encoding="utf-8")
    assert simplified(text) == text
    letter = parse_letter(text, source="cq-kjj-0798.txt")
    assert letter.proposal_no == "0798" and letter.issuer == "重庆市科学技术局"
