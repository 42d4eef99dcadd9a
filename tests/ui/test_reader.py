"""The reader's HTML and the commitments CSV, without a browser: fields, marks, escaping."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ui_samples import IMG, SCRIPT

from rag.answer.commitments import actions, commitments
from rag.letters.parse import load_letter, parse_letter
from ui import commitments as ledger
from ui import letter_html
from ui.reader import scope_chips

REPO = Path(__file__).resolve().parents[2]
REFERENCE = load_letter(REPO / "corpus" / "cq-kjj-0798.txt")
QUOTE = "突出市场实绩评价,着重评价成果转化效益"


def _text(html: str) -> str:
    """What the browser shows of `html`: tags dropped, entities decoded."""
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def test_the_field_card_leaves_out_what_the_letter_does_not_state() -> None:
    card = letter_html.field_card(REFERENCE)
    assert "渝科局函〔2024〕300号" in card and "第0798号提案" in card
    assert "市人力社保局、市经济信息委" in card
    assert REFERENCE.category is None and "办复类别" not in card
    assert "None" not in card
    assert "成文日期" not in card  # its page states no written date apart from the signed one


def test_the_field_card_shows_when_a_copy_was_written_apart_from_when_published() -> None:
    page = "\n".join(
        [
            "• 成文日期 2019-07-03",
            "• 发布日期 2020-08-04",
            "青河县财政局关于县人大四届三次会议第58号建议的答复函",
            "赵敏代表:",
            "你提出的建议收悉,现答复如下:",
            "下一步,我局将逐步加大环卫资金投入。",
        ]
    )
    text = _text(letter_html.field_card(parse_letter(page, "t.txt")))
    assert "成文日期 Written2019-07-03" in text and "公开日期 Published2020-08-04" in text


def test_the_text_is_the_letter_with_the_cited_quote_marked() -> None:
    html = letter_html.reader(
        REFERENCE,
        commitments(REFERENCE),
        actions(REFERENCE),
        letter_html.Cited(QUOTE),
    )
    text = letter_html.letter_text(REFERENCE)
    # Every character of the body is shown, in order (blank lines between sections aside).
    assert re.sub(r"\s", "", _text(text)) == re.sub(r"\s", "", REFERENCE.body)
    marked = "".join(re.findall(r'<mark class="rd-cite">(.*?)</mark>', html))
    assert marked == QUOTE


def test_the_outline_jumps_to_sections_that_exist() -> None:
    html = letter_html.reader(REFERENCE)
    jumps = re.findall(r'data-jump="(\d+)"', html)
    assert jumps and all(f'data-sec="{n}"' in html for n in jumps)
    assert ">一、工作开展情况<" in letter_html.outline(REFERENCE)


def test_each_commitment_marks_its_sentence_in_the_text() -> None:
    promised = commitments(REFERENCE)
    html = letter_html.letter_text(REFERENCE, promised)
    for i, item in enumerate(promised):
        pieces = re.findall(rf'<span class="rd-item" data-item="c{i}">(.*?)</span>', html)
        assert _text("".join(pieces)) == item.quote


def test_letter_markup_is_text_everywhere_in_the_reader() -> None:
    text = (
        f"重庆市林业局关于第9002号提案答复的函{IMG}\n\n李四委员:\n\n"
        "您提出的《关于加强古树名木保护的提案》(第9002号)收悉,现答复如下。\n\n"
        f"一、下一步工作重点\n\n我们将为每一株古树建立电子身份证{SCRIPT},2025年底前完成。\n\n"
        "重庆市林业局\n\n2025年4月8日\n"
    )
    letter = parse_letter(text, "hostile.txt")
    html = letter_html.reader(
        letter, commitments(letter), actions(letter), letter_html.Cited(SCRIPT)
    )
    assert "<script" not in html and "<img" not in html
    assert SCRIPT in _text(html) and IMG in _text(html)
    chips = scope_chips([('x" onclick="1', IMG)])
    assert "<img" not in chips and 'data-letter="x&quot; onclick=&quot;1"' in chips


def test_the_csv_opens_in_excel_with_its_chinese_intact(tmp_path: Path) -> None:
    rows = ledger.letter_rows(REFERENCE, commitments(REFERENCE))
    path = ledger.write_csv(rows, tmp_path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == ledger.CSV_COLUMNS
    assert len(table) == len(rows) + 1
    assert all(row[0] == "第0798号提案" and row[-1] == REFERENCE.letter_id for row in table[1:])
    assert all(row[3].startswith("二、下一步工作重点") for row in table[1:])


def test_an_empty_commitments_table_keeps_its_headers() -> None:
    assert ledger.table([]) == [["—", "", "", "", "", "", ""]]
    assert ledger.summary([]).startswith("0 项承诺")


def test_drawing_the_same_table_again_writes_no_new_file() -> None:
    rows = ledger.letter_rows(REFERENCE, commitments(REFERENCE))
    first, other = ledger.write_csv(rows), ledger.write_csv(rows[:1])
    exports = first.parent.parent  # one export folder per process
    files = sorted(exports.rglob("*"))
    assert ledger.write_csv(rows) == first and sorted(exports.rglob("*")) == files
    assert other != first and other.name == first.name and other.parent.parent == exports
