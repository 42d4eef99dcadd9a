"""A sum asked ("一共补了多少钱", "in total") is not answered by a share per unit or a cap."""

import pytest

from rag.answer.asks import asks_for

SUBSIDY_RATE = (
    "对新建陈化仓的企业，区财政按仓储面积每平方米150元给予一次性补助，2021年共补助企业19家。"
)
SUBSIDY_CAP = "2018年，市财政按设备投资额的10%给予补助，单个企业最高不超过200万元。"
SUBSIDY_SUM = "2023年起，每座补助8000元，2023年共改造晾房5600座，发放补助资金4480万元。"


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("2021年区财政给陈化仓一共补了多少钱？", SUBSIDY_RATE, False),
        ("2018年市财政给企业智能化改造总共补了多少钱？", SUBSIDY_CAP, False),
        ("2023年一共发了多少补助资金？", SUBSIDY_SUM, True),  # the sum beside the rate
        ("How much subsidy was paid in total in 2021?", SUBSIDY_RATE, False),
        ("区财政给陈化仓每平方米补多少钱？", SUBSIDY_RATE, True),  # the rate asked
        ("每平方米补多少钱？", SUBSIDY_RATE, True),
    ],
)
def test_a_sum_asked_is_stated_as_one(question, sentence, answered):
    assert asks_for(question).answered_by(sentence, year=2023) is answered
