"""A question asking when the reply was dated is answered by the letter's own date (its
sign-off or its field card), never by a date its body mentions ("2025年以来…"); a letter
printed without one is refused, saying the date is what it leaves out.  Every letter here
is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag import ReplyLetterQA

# A partial copy: no sign-off, no date of its own, and dates all over its body.
UNDATED = """source_url: synthetic
completeness: partial
---
关于区人大四届二次会议第56号建议的答复
王明代表:
你提出的《关于改善青石镇通信信号的建议》(第56号建议)收悉,现将办理情况答复如下:
一、基本情况
2025年以来,基础电信公司针对山区群众的反馈,进一步摸排山区信号弱覆盖区域。
二、下一步工作
2026年底前,我们将推动青石镇新建通信基站12座。
"""

DATED = """source_url: synthetic
completeness: full
---
青河县交通运输局关于县人大四届二次会议第57号建议的答复
李华代表:
你提出的《关于修建青石镇村道公路的建议》收悉,现答复如下:
2024年,我局完成青石镇村道硬化8公里。
1、2024年，我局在青石镇第1村完成村道公路硬化3公里，改造村道公路危桥1座，村道公路养护资金全部落实到位，村民出行条件明显改善。
2、2024年，我局在青石镇第2村完成村道公路硬化4公里，改造村道公路危桥2座，村道公路养护资金全部落实到位，村民出行条件明显改善。
3、2024年，我局在青石镇第3村完成村道公路硬化5公里，改造村道公路危桥3座，村道公路养护资金全部落实到位，村民出行条件明显改善。
4、2024年，我局在青石镇第4村完成村道公路硬化6公里，改造村道公路危桥4座，村道公路养护资金全部落实到位，村民出行条件明显改善。
5、2024年，我局在青石镇第5村完成村道公路硬化7公里，改造村道公路危桥5座，村道公路养护资金全部落实到位，村民出行条件明显改善。
6、2024年，我局在青石镇第6村完成村道公路硬化8公里，改造村道公路危桥6座，村道公路养护资金全部落实到位，村民出行条件明显改善。
7、2024年，我局在青石镇第7村完成村道公路硬化9公里，改造村道公路危桥7座，村道公路养护资金全部落实到位，村民出行条件明显改善。
8、2024年，我局在青石镇第8村完成村道公路硬化10公里，改造村道公路危桥8座，村道公路养护资金全部落实到位，村民出行条件明显改善。
9、2024年，我局在青石镇第9村完成村道公路硬化11公里，改造村道公路危桥9座，村道公路养护资金全部落实到位，村民出行条件明显改善。
10、2024年，我局在青石镇第10村完成村道公路硬化12公里，改造村道公路危桥10座，村道公路养护资金全部落实到位，村民出行条件明显改善。
11、2024年，我局在青石镇第11村完成村道公路硬化13公里，改造村道公路危桥11座，村道公路养护资金全部落实到位，村民出行条件明显改善。
12、2024年，我局在青石镇第12村完成村道公路硬化14公里，改造村道公路危桥12座，村道公路养护资金全部落实到位，村民出行条件明显改善。
青河县交通运输局
2024年7月3日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        undated=UNDATED,
        dated=DATED,
    )


def test_a_letter_without_a_date_of_its_own_is_refused_saying_so(qa: ReplyLetterQA) -> None:
    answer = qa.ask("第56号建议的答复函是哪天发出的？")
    assert answer.refused
    assert "所问的日期" in answer.text and "2025年以来" not in answer.text
    english = qa.ask("When was the reply to suggestion 56 dated?")
    assert english.refused and "the date asked for" in english.text


def test_a_letter_with_a_sign_off_date_is_answered_by_it(qa: ReplyLetterQA) -> None:
    answer = qa.ask("第57号建议的答复函是哪天发出的？")
    assert not answer.refused
    assert [c.quote for c in answer.citations if "2024年7月3日" in c.quote]


def test_a_date_asked_of_the_content_is_still_the_bodys(qa: ReplyLetterQA) -> None:
    answer = qa.ask("青石镇新建通信基站计划什么时候完成？")
    assert not answer.refused and "2026年底前" in answer.text


def test_it_in_the_question_does_not_hide_what_it_asks(qa: ReplyLetterQA) -> None:
    # "when was it written" asks the letter's date only with its "it": the retriever read
    # the question without it, found no field asked and never fetched the sign-off
    answer = qa.ask("The reply to suggestion No. 57 on village roads: when was it written?")
    assert not answer.refused
    assert any("2024年7月3日" in c.quote for c in answer.citations)
