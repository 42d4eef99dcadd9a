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

# Its date sits below twelve paragraphs of work done, far from the question's words.
WORK = "".join(
    f"{n}、2024年，我局在青石镇第{n}村完成村道公路硬化{n + 2}公里，改造村道公路危桥{n}座，"
    "村道公路养护资金全部落实到位，村民出行条件明显改善。\n"
    for n in range(1, 13)
)
DATED = f"""source_url: synthetic
completeness: full
---
青河县交通运输局关于县人大四届二次会议第57号建议的答复
李华代表:
你提出的《关于修建青石镇村道公路的建议》收悉,现答复如下:
2024年,我局完成青石镇村道硬化8公里。
{WORK}青河县交通运输局
2024年7月3日
"""

# A web copy cut before its sign-off: when it was written only its page's 成文日期 says,
# a year before the page published it.
WRITTEN = """source_url: synthetic
completeness: partial
---
  • 发文字号 青财函〔2019〕58号
  • 成文日期 2019-07-03
  • 发布日期 2020-08-04
青河县财政局关于县人大四届三次会议第58号建议的答复函
赵敏代表:
你提出的《关于加大城区环卫经费投入的建议》收悉,现答复如下:
近三年,我局共计安排城区环卫经费2200万元。下一步,我局将逐步加大环卫资金投入。
"""

# A copy with its page's dates and its own sign-off; its opening names another day.
SIGNED = """source_url: synthetic
completeness: full
---
  • 发布日期 2024-06-21
青河县教育局关于县人大四届三次会议第59号建议的答复
马红代表:
你提出的《关于增加公办幼儿园学位的建议》收悉。我局于2024年4月17日邀请你实地查看了片区幼儿园,现答复如下:
2023年,我局新建公办幼儿园1所,新增学位360个。
青河县教育局
2024年6月14日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        undated=UNDATED,
        dated=DATED,
        written=WRITTEN,
        signed=SIGNED,
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


def test_when_it_was_written_is_the_pages_written_date_not_its_publication(
    qa: ReplyLetterQA,
) -> None:
    for question in (
        "第58号建议的答复函成文日期是哪天？",
        "When was the reply to suggestion 58 written?",
    ):
        answer = qa.ask(question)
        assert not answer.refused, question
        assert any("2019-07-03" in c.quote for c in answer.citations), answer.text
    letter = qa.letter("58")
    assert (letter.date_written, letter.date_signed, letter.year) == ("2019-07-03", None, 2019)
    record = next(r for r in qa.letters() if r["proposal_no"] == "58")
    assert record["date_written"] == "2019-07-03"


def test_the_date_is_quoted_as_the_letter_writes_it_under_its_sign_off(qa: ReplyLetterQA) -> None:
    # the field card prints it "落款日期：2024-06-14"; the quote is the letter's own words
    for question in (
        "第59号建议的答复是哪天答复的？",
        "When was the reply to suggestion 59 signed?",
    ):
        answer = qa.ask(question)
        quotes = [c.quote for c in answer.citations]
        assert "2024年6月14日" in quotes, (question, quotes)
        assert not any("2024-06-14" in q for q in quotes)  # not the card's line besides
        assert not any(q.startswith("我局于2024年4月17日") for q in quotes)
