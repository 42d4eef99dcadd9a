"""A letter typed with full-width digits and letters (２０２２年, ＰＭ２．５), as letters
drafted in a word processor often are, answers as the same letter with half-width ones:
the year, the figure, the proposal and document numbers are found. The letter is made up."""

from __future__ import annotations

from pathlib import Path

from letter_builders import indexed

WIDE = "\n".join(
    [
        "source_url: synthetic",
        "completeness: full",
        "---",
        "关于县十八届人大二次会议第０３１号建议的答复",
        "文号：某环函〔２０２３〕１２号",
        "李明代表：",
        "您提出的关于改善城区空气质量的建议收悉，现答复如下：",
        "２０２２年以来，我局累计投入大气污染防治资金１．５亿元，城区ＰＭ２．５年均浓度"
        "下降至３１微克每立方米，优良天数比例达到８９．３％。",
        "１．加强扬尘管控。对全县２６个在建工地实行视频监控全覆盖。",
        "某某县生态环境局",
        "2023年6月12日",
    ]
)


def test_full_width_figures_years_and_numbers_are_read(tmp_path: Path) -> None:
    qa = indexed(tmp_path / "letters", tmp_path / "home", wide=WIDE)

    money = qa.ask("2022年以来县里在大气污染防治上投了多少钱？")
    assert not money.refused
    assert "1.5亿元" in money.text
    assert any("累计投入大气污染防治资金1.5亿元" in c.quote for c in money.citations)

    share = qa.ask("优良天数比例是多少？")
    assert "89.3%" in share.text

    (letter,) = qa.letters()
    assert letter["proposal_no"] == "031"
    assert letter["doc_number"] == "某环函〔2023〕12号"

    # a question typed full-width is the same question
    assert "1.5亿元" in qa.ask("２０２２年以来县里在大气污染防治上投了多少钱？").text
    # a numbered item keeps its full-width point: it is no decimal
    assert "26个" in qa.ask("全县有多少个在建工地装了视频监控？").text
