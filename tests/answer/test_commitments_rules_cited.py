"""Rules a letter cites by who laid them down rather than by a document's title ("按照省里的
统一要求，…须…", "按照州里有关…的规定，禁止将…"), whose 将 moves its object (把) and
promises nothing, are neither promises nor reports; the bureau's conditional promise ("待…
后，我局将优先为…") still promises, and a tally's 将 (县委将油茶作为…) is still 把.  Met on
made_up/commit13; every sentence here is made up, letters signed 2024-06-20."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of


def _kinds(sentence: str, path: tuple[str, ...] = ()) -> tuple[str, ...] | None:
    return kinds_of(sentence, path, 2024, "2024-06-20", "某某县农业农村局")


@pytest.mark.parametrize(
    "sentence",
    [
        "按照省里的统一要求，小型渔船出海作业须全程开启定位终端，不得擅自关闭。",
        "按照州里有关湖泊保护的规定，禁止将未经处理的畜禽粪污直接排入河道沟渠。",
        "按照自治区有关规定，永久基本农田不得用于种植多年生饲草。",
        "按照古城保护规划，古城墙以内原则上不得新建公共停车场。",
    ],
)
def test_a_rule_cited_by_who_laid_it_down_is_neither(sentence):
    assert _kinds(sentence, ("一、工作开展情况",)) == ()
    assert _kinds(sentence, ("二、下一步工作",)) == ()


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("待县财政资金落实后，我局将优先为近岸村庄的散养户配建储粪池。", ("commitment",)),
        ("按照省里的统一要求，我局将于年底前完成渔船定位终端安装。", ("commitment",)),
        ("同时，要加强对收费的监督检查，严禁以课后服务名义乱收费。", None),
    ],
)
def test_the_bureaus_own_plans_still_promise(sentence, kinds):
    assert _kinds(sentence) == kinds


def test_a_tallys_jiang_still_moves_its_object():
    sentence = "近年来，县委、县政府将油茶作为主导产业来抓，我局累计完成油茶新造林2.4万亩。"
    assert _kinds(sentence) == ("action",)
