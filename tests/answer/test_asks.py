"""What a question asks for, read from the form of the question and of the figures that
answer it; and frame passages that do not crowd the substance out of the answerer's view."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.extractive import PASSAGES_READ, answer_extractive
from rag.models import Passage


def test_ji_asks_a_count_only_when_it_is_the_sentences_question_word():
    # "几家运营商" is "a few operators": the sentence asks what was set up.
    assert asks_for("为了协调几家运营商建基站，专门设了什么机构？").kind is None
    assert asks_for("有几家运营商参加吗？").kind is None
    assert asks_for("有几家运营商参加？").kind == "count"
    # In a sentence asking 多少, the figure asked is the one 多少 counts, not 几个's unit.
    asks = asks_for("几个部门一共派出多少人？")
    assert asks.units is not None and asks.units.search("12人") and not asks.units.search("3个")
    # Each sentence has its own question word.
    assert asks_for("设了什么机构？有几家运营商参加？").kind == "count"


@pytest.mark.parametrize(
    "question",
    ["一共拿出多少财政钱？", "每学期保教费是多少？", "专线票价是多少？", "建设预算是多少万元？"],
)
def test_money_is_asked_by_the_form_of_the_noun_counted(question):
    asks = asks_for(question)
    assert asks.answered_by("累计投入财政经费7000余万元。")
    assert not asks.answered_by("共有12家企业参与。")


@pytest.mark.parametrize("question", ["人才评价指标有多少项？", "金融机构有多少家？"])
def test_words_that_only_contain_a_money_character_do_not_ask_for_money(question):
    assert asks_for(question).answered_by("共有12项指标、12家机构。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("培训了多少人？", "共培训3000余人次。"),
        ("扶持了多少家企业？", "扶持企业十余家。"),
        ("投入多少万元？", "投入资金1.2万多元。"),
    ],
)
def test_an_approximate_figure_answers_a_count(question, sentence):
    assert asks_for(question).answered_by(sentence)


@pytest.mark.parametrize(
    "question",
    ["新园区什么时间开工？", "新园区哪个月开工？", "In which year will the new park open?"],
)
def test_a_date_asked_in_other_words_is_still_asked_for(question):
    asks = asks_for(question)
    assert asks.answered_by("预计2025年6月开工。")
    assert not asks.answered_by("正在积极推进前期工作。")


def test_a_duration_or_plan_period_answers_when():
    asks = asks_for("审批需要多久？")
    assert asks.answered_by("审批时限压缩至15个工作日。")
    assert asks_for("什么时候完成？").answered_by("力争在“十四五”期间完成。")
    assert asks_for("什么时候完成？").answered_by("预计明年投入使用。")
    assert not asks_for("什么时候完成？").answered_by("正在积极推进相关工作。")


def _passage(n: int, text: str, part: str = "body") -> Passage:
    return Passage(
        chunk_id=f"c{n}",
        letter_id="czj",
        source="13_czj-21.txt",
        title="关于第21号建议的答复函",
        issuer="区财政局",
        doc_number=None,
        proposal_no="21",
        section="",
        text=text,
        score=0.9 - n / 100,
        part=part,
    )


def test_frame_passages_do_not_use_up_the_passages_read():
    frames = [
        _passage(
            0, "龚凤琼代表:\n您提出的《关于加强城区环卫经费投入的建议》(第21号)收悉。现答复如下:"
        ),
        _passage(1, "首先特别感谢您对财政工作的重视和对城区环卫工作的关心。"),
        _passage(2, "最后,再次感谢您对财政工作的关心、支持和理解。"),
    ]
    plans = [
        _passage(3 + i, f"下一步将逐步加大环卫资金投入力度,{work}。")
        for i, work in enumerate(["争取专项补助", "保障人员经费", "改善环卫设施", "整治城区环境"])
    ][: PASSAGES_READ - 1]
    figure = _passage(9, "近三年共计安排城区环卫资金22375万元。")
    answer = answer_extractive("区财政在环卫方面已经投了多少资金？", [*frames, *plans, figure])
    assert not answer.refused and "22375万元" in answer.text


def test_who_does_it_is_answered_by_the_units_a_letter_names():
    # "Who is responsible" asks for a party — here two units — not for a person's name.
    roads = _passage(0, "按照属地原则,乡镇政府和村委会分别负责乡道和村道的日常养护。")
    answer = answer_extractive("Who is responsible for maintaining township roads?", [roads])
    assert not answer.refused and "乡镇政府" in answer.text
    # A person asked by name ("负责人是谁") still needs a name.
    assert answer_extractive("乡道养护的项目负责人是谁？", [roads]).refused
    assert answer_extractive("Who is the project manager for township roads?", [roads]).refused
    # "the lead agency" is a unit too
    lead = answer_extractive("Who is the lead agency for township road upkeep?", [roads])
    assert not lead.refused and "乡镇政府" in lead.text


@pytest.mark.parametrize(
    ("question", "letter_date"),
    [
        ("这封答复函是哪天发的？", True),
        ("第0798号提案是哪天答复的？", True),
        ("落款日期是哪天", True),
        ("子洲县交通局是哪天开会专门研究这份提案的？", False),  # a meeting's day, in the body
        ("这份答复是哪天签发的？", True),
        ("补贴资金是哪天发放的？", False),  # a payment's day, not the letter's
        ("项目是哪天签约的？", False),  # a contract's day
    ],
)
def test_which_day_asks_the_letters_date_only_about_the_letter(question, letter_date):
    from rag.answer import query

    assert ("date" in [f.name for f in query.fields_asked(question)]) is letter_date


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("那份答复由谁承办？电话多少？", "contact"),
        ("这份建议是谁领衔提的？一共几位代表？", "proposers"),
    ],
)
def test_contact_and_proposer_questions_in_other_words(question, field):
    from rag.answer import query

    assert field in [f.name for f in query.fields_asked(question)]
