"""What a reply neither promises nor reports, though it reads like it (met on
made_up/commit21): a refusal put as 不宜; a procedure anyone follows — a case and what
then happens ("…的，可…"), what anyone may do ("企业可通过…申报"); a plan of the towns or
streets below the bureau ("各乡镇本季度将…"); another body's plan about things already
built ("某镇计划年内对镇区已建…"); the problem a work will solve ("…通水后，…问题将得到
解决").  The bureau's own plans and deeds beside them still count.  Every sentence here
is made up; the letters are signed 2025-06-18."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

BUREAU = "某某县文化和旅游局"


def _kinds(sentence: str, path: tuple[str, ...] = ("二、下一步工作计划",)):
    return kinds_of(sentence, path, 2025, "2025-06-18", BUREAU)


@pytest.mark.parametrize(
    "sentence",
    [
        "民宿价格属市场调节价，我局不宜统一规定。",
        "您建议“由县里统一收购蜂蜜”，收购属市场经营行为，我局不宜直接参与。",
        "住户室温低于16℃的，可拨打服务热线申请上门测温，测温不达标的按日退费。",
        "经营户可通过县政务服务平台申报奖补，我局在5个工作日内完成审核。",
        "各乡镇本季度将组织一次景区周边环境卫生检查。",
        "各街道下月将开展一次燃气管道入户排查。",
        "青石镇计划年内对镇区已建停车场进行扩容改造。",
        "水厂建成通水后，沿河两镇约8000名群众的季节性缺水问题将得到解决。",
    ],
)
def test_neither_promised_nor_reported_under_a_plan_heading(sentence):
    assert _kinds(sentence) in ((), None)
    assert _kinds(sentence, ("一、工作开展情况",)) in ((), None)


@pytest.mark.parametrize(
    "sentence",
    [
        "年底前，我局将对全县已建成的旅游厕所开展一次运行情况检查。",
        "我局将对已建停车场全部加装智能收费系统。",
        "对符合条件的，我局将给予一次性奖补。",
        "明年起，我局将会同县财政局制定民宿奖补办法。",
    ],
)
def test_the_bureaus_own_plans_still_promise(sentence):
    assert _kinds(sentence) == ("commitment",)


@pytest.mark.parametrize(
    "sentence",
    [
        "我局在景区已建成游客服务中心3座。",
        "经营户可通过县政务服务平台申报奖补，2024年全县已有46户获得奖补。",
        "对就业困难人员灵活就业的，按规定给予社会保险补贴，2024年全县共发放补贴320万元。",
    ],
)
def test_deeds_beside_a_procedure_still_report(sentence):
    assert _kinds(sentence, ("一、工作开展情况",)) == ("action",)
