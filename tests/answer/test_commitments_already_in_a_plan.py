"""A 已 that only describes what a plan is about ("对已治理水体开展监测", "年底前完成全市
已建防火检查站…排查") reports nothing: the sentence promises; a 已 after a subject ("该段
河道治理已纳入…", "渠道改造已完成…") or opening the bureau's clause still reports (met on
made_up/commit20).  Every sentence here is made up; the letters are signed 2025-09-10."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

BUREAU = "某某市林业和草原局"


def _kinds(sentence: str) -> tuple[str, ...] | None:
    return kinds_of(sentence, ("二、下一步工作",), 2025, "2025-09-10", BUREAU)


@pytest.mark.parametrize(
    "sentence",
    [
        "年底前完成全市已建防火检查站运行情况排查。",
        "明年起，我局将每半年对已治理水体开展一次水质监测，监测结果向社会公开。",
        "我局将把已建护林点全部接入监控平台。",
    ],
)
def test_a_plan_about_things_already_built_only_promises(sentence):
    assert _kinds(sentence) == ("commitment",)


@pytest.mark.parametrize(
    "sentence",
    [
        "截至目前全市已建成防火检查站5处。",
        "今年以来，我局已建成防火检查站5处。",
        "5月，县河长办已将白沙河集镇段列为重点督办河段。",
        "我局正在组织实施的稻渔基地灌排渠道改造已完成土方工程。",
    ],
)
def test_a_deed_already_done_still_reports(sentence):
    assert "action" in (_kinds(sentence) or ())


def test_a_lead_in_is_no_item_but_its_items_promise():
    from rag.answer.heading_lines import lead_in

    assert lead_in("我厅将重点做好以下工作：")
    assert lead_in("今年下半年，我局重点推进以下事项：")
    assert not lead_in("下一步,我县将继续加大投入,重点做好以下工作:")  # a promise of its own
    assert not lead_in("为从根本上解决学位问题，我局将从以下几方面推进：")
