"""Met on made_up/commit22: what anyone but the bureau says it will do is reported speech —
"部分养殖场表示，将…", "有关保险机构表示，将…" promise nothing for the bureau, as "县人民政府表示，
将…" never did; the bureau's own "我局表示，将…" still promises.  Every sentence here is made up."""

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
