"""Met on made_up/commit22: what anyone but the bureau says it will do is reported speech —
"部分养殖场表示，将…", "有关保险机构表示，将…" promise nothing for the bureau, as "县人民政府表示，
将…" never did; the bureau's own "我局表示，将…" still promises.  And an estimate foretells up
to its amount ("预计年内可增长一倍": its 年内 is no deadline of the bureau's).  Every sentence
here is made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

ISSUER = "某某县农业农村局"


@pytest.mark.parametrize(
    "sentence",
    [
        "部分养殖场表示，将自筹资金新建覆膜贮存设施。",
        "有关保险机构表示，将研究开发柑橘低温气象指数保险。",
        "多数合作社表示，将在明年春耕前完成设备更新。",
    ],
)
def test_what_another_says_it_will_do_is_no_commitment(sentence):
    assert kinds_of(sentence, (), 2024, "2024-08-27", ISSUER) == ()


def test_what_the_bureau_says_it_will_do_is_one():
    assert kinds_of("对此，我局表示，将积极争取上级资金。", (), 2024, "2024-08-27", ISSUER) == (
        "commitment",
    )


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
