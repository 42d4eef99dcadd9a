"""What the first version of session 27's charge, share and plan checks got wrong, found by a
reviewer's counter-examples: each must keep answering (or keep promising) as before.  Every
question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.charges import asks_whether_charged
from rag.answer.commitments import kinds_of


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("电价是多少？", "居民生活用电每千瓦时0.56元。"),
        ("门票多少钱？", "景区成人票每张60元。"),
        ("车票多少钱？", "专线票价2元。"),
        ("What is the ticket price?", "景区门票60元。"),
        ("这项服务要多少费用？", "每次服务收费30元。"),
        ("有多少学生免费乘车？", "全县3200名学生免费乘坐校车。"),
        ("容积率是多少？", "地块容积率为2.5。"),
        ("路灯功率是多少？", "每盏功率60瓦。"),
        ("效率提升后能节省多少钱？", "每年节省电费约20万元。"),
        ("What is the nightly rate for the homestays?", "精品民宿每晚680元。"),
        ("How much of the budget went to roads?", "道路建设资金1200万元。"),
        ("村里建一套污水处理设施要多少钱？", "项目总投资85万元。"),
    ],
)
def test_ordinary_questions_are_still_answered(question, sentence):
    assert asks_for(question).answered_by(sentence)


def test_a_charge_is_said_by_a_charge_not_by_a_sum_spent_or_depreciation():
    asks = asks_for("在这里办证要交钱吗？")
    assert not asks.answered_by("该项目已于2023年完成折旧评估。")
    assert not asks.answered_by("共投入资金500万元。")
    assert asks.answered_by("办证每次收取工本费10元。")
    assert not asks_whether_charged("企业搬迁有没有优惠政策？")


def test_an_electronics_firm_is_not_counted_by_charging_piles():
    assert not asks_for("多少家电子企业入驻？").answered_by("新增充电桩30个。")


ISSUER = "某某县住房和城乡建设局"


@pytest.mark.parametrize(
    ("sentence", "path", "kinds"),
    [
        ("由县住建局拟定改造方案，我局积极配合。", ("二、下一步工作",), ("commitment",)),
        ("按照市民政局计划，年底前完成全部改造。", ("二、下一步工作",), ("commitment",)),
        ("我局请专家对项目进行了评估论证。", (), ("action",)),
        ("我们请县疾控中心专家开展了现场指导。", (), ("action",)),
        ("我们希望年底前完成全部改造。", ("二、下一步工作",), ("commitment",)),
    ],
)
def test_the_bureaus_own_deeds_and_aims_stay_its_own(sentence, path, kinds):
    assert kinds_of(sentence, path, 2024, "2024-09-10", ISSUER) == kinds
