"""Met on made_up/commit22: what an institution says it will do is its plan — "有关保险机构表示，
将…" promises nothing for the bureau, as "县人民政府表示，将…" and "市场监管部门表示，将…" never
did; the bureau's own "我局表示，将…", its head's ("局主要负责同志表示，将…") and a promise of
the bureau after another's words ("部分企业表示，…，下一步县农业农村局将…") still promise.  And an estimate foretells up
to its amount ("预计年内可增长一倍": its 年内 is no deadline of the bureau's).  Every sentence
here is made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

ISSUER = "某某县农业农村局"


@pytest.mark.parametrize(
    "sentence",
    [
        "有关保险机构表示，将研究开发柑橘低温气象指数保险。",
        "有关金融机构表示，将研究推出专项信贷产品。",
        "对您反映的问题，市场监管部门表示，将加大检查力度。",
    ],
)
def test_what_another_says_it_will_do_is_no_commitment(sentence):
    assert kinds_of(sentence, (), 2024, "2024-08-27", ISSUER) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "对此，我局表示，将积极争取上级资金。",
        "调研中，局主要负责同志表示，将于年底前盘活3所停运幸福院。",
        "部分企业表示，用工成本较高，下一步县农业农村局将加强用工服务。",
    ],
)
def test_what_the_bureau_says_it_will_do_is_one(sentence):
    assert kinds_of(sentence, (), 2024, "2024-08-27", ISSUER) == ("commitment",)


@pytest.mark.parametrize(
    "sentence",
    [
        "两镇分馆借阅量预计年内可增长一倍。",
        "油茶林进入盛产期后，预计每亩年均收益可达2000元以上，群众增收效果将更加明显。",
    ],
)
def test_an_estimate_up_to_its_amount_foretells(sentence):
    assert kinds_of(sentence, (), 2025, "2025-06-01", ISSUER) == ()


def test_an_estimate_of_the_bureaus_own_spending_still_promises():
    sentence = "且近期正在研究保洁人员待遇问题，预计调整后每年财政投入将突破1000万元。"
    assert "commitment" in kinds_of(sentence, (), 2025, "2025-06-01", ISSUER)


@pytest.mark.parametrize(
    "sentence",
    [
        "预计2025年底前完成12个老旧小区改造。",
        "我县预计年内新建充电桩200个。",
        "预计年底前为全县10个乡镇配备助餐设备。",
    ],
)
def test_an_estimate_over_a_deed_or_a_deadline_is_a_schedule(sentence):
    assert kinds_of(sentence, (), 2024, "2024-06-01", ISSUER) == ("commitment",)
