"""What a helper's review of session 46's changes sent back (281 probes on sentences and
questions it wrote, 64 questions over 23 letters it wrote): a clause "在…建成/通车前，" that
tells how things are until then ("两岸群众需绕行…", "我局曾多次…") promises nothing; a past
year that dates a thing, not the plan ("去年底开工的…厂计划于今年10月建成"), leaves the plan
a promise; a partner's name that holds 指导 / 优化 / 为 is read whole; a verb before a
kind's character is no place ("新建村级活动场所" names no 新建村); a card's `代表：` line
stays in the letter, where a question about who proposed quotes it; co-operatives and
workshops with everyday names answer which ones.  The sentences are made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.commitments import kinds_of
from rag.answer.partners import partners_in
from rag.answer.spelling import spelled_in_index
from rag.letters.parse import parse_letter


def _kinds(sentence: str, issuer: str = "某某县交通运输局") -> tuple[str, ...] | None:
    return kinds_of(sentence, (), 2025, "2025-06-10", issuer)


@pytest.mark.parametrize(
    "sentence",
    [
        "在新校区建成前，学生暂时在原校区就读。",
        "在项目竣工前，施工单位须做好围挡和扬尘管控。",
        "在该桥建成前，两岸群众需绕行15公里。",
        "在道路硬化完工前，该路段雨天泥泞难行。",
        "在该路通车前，我局曾多次组织现场踏勘。",
        "在水厂建成之前，当地群众主要饮用井水。",
        "在新医院投入使用前，住院患者仍在老院区治疗。",
    ],
)
def test_how_things_are_until_a_work_is_done_promises_nothing(sentence):
    kinds = _kinds(sentence)
    assert kinds is None or "commitment" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "在该路段改建工程竣工前，我局将完成沿线安全防护设施的安装。",
        "（一）在某某公路改建工程通车前，完成沿线7处急弯陡坡的防护设施安装。",
    ],
)
def test_what_the_bureau_does_before_a_work_is_done_still_promises(sentence):
    assert "commitment" in (_kinds(sentence) or ())


def test_a_past_year_that_dates_the_thing_leaves_the_plan_a_promise():
    kinds = _kinds("去年底开工的县污水处理厂计划于今年10月建成投运。", "某某县住房和城乡建设局")
    assert "commitment" in (kinds or ())


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("下一步，我局将会同县农业技术推广指导站开展病虫害统防统治。", "县农业技术推广指导站"),
        ("我局将会同市营商环境优化办公室开展专项督查。", "市营商环境优化办公室"),
        ("我局将会同县为老服务指导中心开展养老机构等级评定。", "县为老服务指导中心"),
        ("我局将联合县安置帮助服务站开展走访慰问。", "县安置帮助服务站"),
    ],
)
def test_a_partners_name_holding_a_verb_is_read_whole(sentence, partner):
    assert partners_in(sentence, "某某县民政局") == (partner,)


def test_a_verb_before_a_kinds_character_is_no_place():
    body = "今年新建村级活动场所36处，新建乡村舞台12个。"
    found = spelled_in_index("How many village halls were built in Xinjian Village?", "", body)
    assert "新建村" not in found


def test_a_cards_deputies_line_stays_in_the_letter():
    letter = parse_letter(
        "\n".join(
            [
                "关于县十七届人大二次会议第0033号建议的答复",
                "代表：林国栋、韩雪",
                "林国栋代表：",
                "您提出的《关于增开农村公交班次的建议》收悉，现答复如下：",
                "我局已增开班次6个。",
                "某某县交通运输局",
                "2024年6月20日",
            ]
        ),
        source="bus.txt",
    )
    assert "韩雪" in letter.body


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "Which cooperatives received the subsidy?",
            "向绿野果蔬专业合作社、丰收粮食合作社发放补贴60万元。",
        ),
        ("那几家作坊分别叫什么？", "镇上的老字号有张记糕点作坊和刘家酱坊。"),
    ],
)
def test_cooperatives_and_workshops_with_everyday_names_answer_which(question, sentence):
    assert asks_for(question).answered_by(sentence, "", 2024)
