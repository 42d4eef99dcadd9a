"""Promises and their partners in sentences that refuse, report work under way, or name the
suggestion by what it asks (made_up/commit5 followed these, labelled by the dev rules).
Every sentence here is made up; the letters are signed 2024-09-10."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of
from rag.answer.partners import partners_in

ISSUER = "某某市城市管理局"


def _kinds(sentence: str) -> tuple[str, ...] | None:
    return kinds_of(sentence, (), 2024, "2024-09-10", ISSUER)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # a refusal is neither, whatever the suggestion it quotes asks the bureau to do
        (
            "关于提案中提出的将托育费用纳入专项附加扣除范围的建议，该事项属于国家税收政策，地方无权实施。",
            (),
        ),
        ("关于施划免费泊位的建议，因道路宽度不足，施划后将影响消防通道畅通，无法全部实施。", ()),
        # a refusal the bureau's promise follows, or one its promise goes on to, promises
        ("受县级财力所限，目前暂时不能解决，我局将协调镇政府设置临时站点。", ("commitment",)),
        ("我局将积极争取，但受财力所限暂时无法全部解决。", ("commitment",)),
        # the suggestion named by what it asks is no promise: "将…的建议已报…" reports
        ("同时，将加装电梯补助标准提高到每台10万元的建议已报区政府研究。", ("action",)),
        ("我局将认真研究您的建议。", ("commitment",)),
        # work under way reports; with a time it is to be done by, it promises too
        ("需报经国家知识产权局批准，我局已协助完成申报材料，正在积极争取。", ("action",)),
        ("我局正在积极争取列入2026年度中央水利发展资金计划。", ("action", "commitment")),
        # 争取 an amount in yuan has secured it
        (
            "2023年，我局会同市发展改革委争取中央预算内投资1.36亿元，完成燃气管道改造112公里。",
            ("action",),
        ),
        ("下一步，我局将积极争取上级资金500万元。", ("commitment",)),
        # what a reviewer's probes found must still promise
        ("同时，将研究出台支持村集体经济发展的意见并组织实施。", ("commitment",)),
        ("对此，将增设路灯的建议列入2025年民生实事项目。", ("commitment",)),
        ("该项目将在2025年启动，2024年暂不安排资金。", ("commitment",)),
        ("下一步将积极向上争取资金，但短期内难以全部解决。", ("commitment",)),
        ("争取每年安排奖补资金200万元。", ("commitment",)),
        # 将 before an adverb of manner (依法依规) moves no object: it promises
        ("对原有班线，我局将依法依规做好经营权到期后的退出工作。", ("commitment",)),
    ],
)
def test_what_a_sentence_promises_or_reports(sentence, kinds) -> None:
    assert _kinds(sentence) == kinds


@pytest.mark.parametrize(
    ("sentence", "partners"),
    [
        ("我局将协调县农商银行推出“竹企数改贷”专项产品。", ("县农商银行",)),
        ("我局将协调兴隆镇政府利用闲置停车场设置临时首末站。", ("兴隆镇政府",)),
        (
            "同时，我局将与国家金融监督管理总局加强合作，研究扩大保险覆盖范围。",
            ("国家金融监督管理总局",),
        ),
        ("加强与市卫生健康委的协作，推动镇卫生院与幸福院签约。", ("市卫生健康委",)),
        # no partner: people, a route, offices asked, a trade
        ("同时，推行“田长制”，由村干部担任田长。", ()),
        ("拟采取“干线+支线”模式，主线由市区火车站至兴隆镇。", ()),
        ("我局将加强与省、市水利部门的对接，积极争取。", ()),
        ("还将加强与电商平台的协作，督促平台下架侵权商品。", ()),
        (
            "我局将会同县财政局落实配套资金，协调由禾丰镇人民政府负责。",
            ("县财政局", "禾丰镇人民政府"),
        ),
        ("我局将协调县公安局交警大队和县城管局联合整治。", ("县公安局交警大队", "县城管局")),
        ("将由县住建局到现场核查。", ("县住建局",)),
        ("我局将协调有关部门加快办理。", ()),
    ],
)
def test_partners_named_as_working_with_the_bureau(sentence, partners) -> None:
    assert partners_in(sentence, ISSUER) == partners
