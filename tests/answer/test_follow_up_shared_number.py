"""A follow-up stays in the previous answer's letter when another letter in the index
has the same proposal number (numbers restart in every county and every session).
Every letter here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag import ReplyLetterQA

SIGNAL = """source_url: synthetic
completeness: full
---
标题：青山县科技工信局关于县人大十届二次会议第56号建议的答复
周红代表:
您提出的关于改善偏远山村手机信号的建议收悉,现答复如下:
一、开展信号排查。我局已组织三家运营商对全县行政村信号覆盖情况进行排查,并编制《青山县5G通信基础设施专项规划》(2023-2026)。
二、加快基站建设。2023年新建5G基站120座,偏远村民组信号覆盖率提升至92%。
青山县科技工信局
2023年7月10日
"""

ROAD = """source_url: synthetic
completeness: full
---
标题：河口区交通运输局关于区人大四届二次会议第56号建议的答复
李强代表:
你提出的关于修建村道联网路的建议收悉,现答复如下:
今年我局计划新建村道联网路100公里,并编制《河口区农村公路专项规划》(2021-2025),将全区大部分村道公路建成联网路。
河口区交通运输局
2023年6月2日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        signal=SIGNAL,
        road=ROAD,
    )


@pytest.mark.parametrize(
    ("first", "follow_up"),
    [
        (
            "What has Qingshan county done about weak mobile signal in remote villages?",
            "They mentioned a special plan — which years does it cover?",
        ),
        ("青山县对偏远山村手机信号差是怎么答复的？", "他们说的那个专项规划管哪几年？"),
    ],
)
def test_a_follow_up_stays_in_the_letter_of_the_same_number_it_was_about(qa, first, follow_up):
    answer = qa.ask(first)
    assert "青山县" in answer.text or "信号" in answer.text
    again = qa.ask(follow_up, history=[(first, answer.text)])
    assert not again.refused
    assert {c.source for c in again.citations} == {"signal.txt"}
    assert "2023-2026" in again.text


def test_a_follow_up_naming_the_other_letter_of_that_number_goes_to_it(qa):
    first = "青山县对偏远山村手机信号差是怎么答复的？"
    answer = qa.ask(first)
    again = qa.ask("那河口区交通运输局的那个专项规划管哪几年？", history=[(first, answer.text)])
    assert {c.source for c in again.citations} == {"road.txt"}
    assert "2021-2025" in again.text
