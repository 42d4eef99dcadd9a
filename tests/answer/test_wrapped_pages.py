"""A letter copied from a page that wrapped its lines mid-sentence (a narrow page, a PDF)
answers as the same letter unwrapped does: the figure and what it counts are one sentence
again. The letter is made up."""

from __future__ import annotations

from pathlib import Path

from letter_builders import indexed

LINES = [
    "source_url: synthetic",
    "completeness: full",
    "---",
    "关于县十八届人大二次会议第31号建议的答复",
    "李明代表：",
    "您提出的关于缓解老城区停车难的建议收悉，现答复如下：",
    "近年来，我局结合老旧小区改造和道路提升，在老城片区的背街小巷、学校周边和医院附近新",
    "增公共停车位，截至目前累计320个，并在东坳路口新建立体停车场一座，有效缓解了老城区",
    "停车难问题。",
    "某某县住房和城乡建设局",
    "2023年6月12日",
]


def test_a_figure_wrapped_away_from_what_it_counts_is_still_found(tmp_path: Path) -> None:
    qa = indexed(tmp_path / "letters", tmp_path / "home", wrapped="\n".join(LINES))
    answer = qa.ask("老城片区学校和医院周边一共新增了多少个公共停车位？")
    assert not answer.refused
    assert "320个" in answer.text
    # the quote is the whole sentence, as the letter's reader shows it
    assert any("医院附近新增公共停车位，截至目前累计320个" in c.quote for c in answer.citations)
