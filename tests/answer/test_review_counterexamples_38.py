"""Counter-examples a helper review found in session 38's changes, probed against the code
before them: each was right before and wrong after, and is right again.  Every sentence
and letter here is made up; letters signed 2024-09-15."""

from __future__ import annotations

import pytest
from letter_builders import passage_of

from rag.answer import query
from rag.answer.asks import asks_for
from rag.answer.choose import Scored, completions
from rag.answer.commitments import kinds_of
from rag.answer.support import unheld_places
from rag.letters.parse import parse_letter

COUNTY = "某某县交通运输局"


def _kinds(sentence: str, issuer: str = COUNTY) -> tuple[str, ...] | None:
    return kinds_of(sentence, ("二、下一步工作",), 2024, "2024-09-15", issuer)


@pytest.mark.parametrize(
    "sentence",
    [
        # a date before the letter opens the sentence, but 将 promises (only a report handed
        # to a body in a month gone by is done)
        "针对今年5月群众反映的问题，我局将督促物业公司整改到位。",
        "在2023年试点的基础上，我局将推广至全县各乡镇。",
        "按照2022年印发的实施方案，我局将适时提高补助标准至每人每月800元。",
        # a town named as what the bureau's own plan is about
        "城关镇将作为首批试点镇，由我局投入资金200万元开展改造。",
    ],
)
def test_the_bureaus_promises_stay_promises(sentence):
    assert "commitment" in (_kinds(sentence) or ())


@pytest.mark.parametrize(
    "sentence",
    [
        # another unit's work after a condition, the sentence opening with what a thing is
        "该路段为国道，列入计划后，由市公路事务中心组织实施。",
        "该项目属于市级项目，审批通过后，由市城投公司组织建设。",
    ],
)
def test_anothers_work_after_a_condition_is_not_the_bureaus(sentence):
    assert _kinds(sentence) == ()


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("今年发生了几起安全事故？", "今年共排查安全隐患236件，均已整改。"),
        ("今年查处了几起非法捕捞？", "今年共收缴非法捕捞渔具120件。"),
    ],
)
def test_incidents_are_not_counted_by_the_pieces_near_them(question, sentence):
    assert not asks_for(question).answered_by(sentence, "", 2024)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("一期工程总投资多少钱？", "一期工程总投资1.2亿元。"),
        ("身高一米二以下的儿童门票多少钱？", "儿童票价30元。"),
        ("人行道改造一米多少钱？", "每延米造价约850元。"),
        ("一条龙服务收费多少钱？", "基本收费为3800元。"),
    ],
)
def test_a_one_that_is_no_unit_price_asks_the_sum(question, sentence):
    assert asks_for(question).answered_by(sentence, "", 2024)


def test_a_region_of_lakes_is_no_county():
    assert unheld_places("湖区渔民转产后有什么补助？", "洪湖市渔民转产补助") == []
    assert unheld_places("八旗有多少个牧业合作社？", "全旗牧业合作社") == []


def test_an_attachments_number_under_the_sign_off_is_not_the_letters():
    letter = parse_letter(
        "\n".join(
            [
                "关于县十七届人大二次会议第3号建议的答复",
                "李明代表：",
                "您提出的建议收悉，现答复如下：",
                "我局已增设站点3处。",
                "某某县交通运输局",
                "2023年6月28日",
                "附件：某某县农村公路养护实施方案",
                "文号：某政发〔2022〕5号",
            ]
        ),
        source="t.txt",
    )
    assert letter.doc_number is None


@pytest.mark.parametrize(
    ("first", "pulled"),
    [
        ("关于将看护员补贴由每月300元提高到800元的建议。", True),
        # a sentence that opens with 关于 and goes on is no topic line
        ("关于资金保障问题，县财政局已出具同意的意见。", False),
    ],
)
def test_only_a_topic_line_pulls_in_the_long_sentence_after_it(first, pulled):
    after = "另外，县城第二污水处理厂扩建工程已完成环评批复，计划年底前开工建设，总投资约1.8亿元。"
    passage = passage_of(first + after, "water", "关于加强基层工作的建议", 0.9, issuer=COUNTY)
    chosen = [Scored(0, 0, len(first), first, 1.0)]
    following = [Scored(0, len(first), len(first) + len(after), after, 0.5)]
    assert bool(completions(chosen + following, chosen, [passage])) is pulled


def test_which_departments_reply_to_the_hotline_is_no_question_about_the_letter():
    assert query.fields_asked("12345热线的诉求一般由哪几个部门联合回复？") == []
