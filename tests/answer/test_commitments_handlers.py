"""Commitments and actions in replies by handlers the earlier sets had few of: a utility or
a group company answering in its own voice (我公司, 我集团), a report handed to a body
("6月，我局将…报省交通运输厅备案": 将 as 把, done when dated before the letter), a city
opening its own clause with a plan in a province's reply, and a place's inventory
counted in a clause of its own.  Every sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import kinds_of

UTILITY = "国网某市供电公司"
PROVINCE = "黑龙江省农业农村厅"
CITY = "某市生态环境局"
TOWN = "某县某镇人民政府"


@pytest.mark.parametrize(
    ("sentence", "issuer", "kinds"),
    [
        ("我公司还将于10月底前开通供暖投诉线上受理平台。", UTILITY, ("commitment",)),
        ("“十五五”期间，我集团将持续加大农村供水管网投资。", UTILITY, ("commitment",)),
        # the same 将 before a noun phrase handed to a body, in a month gone by: done
        ("8月，我局将合水县申报的4条融合线路报省交通运输厅备案。", CITY, ("action",)),
        ("7月，我镇将古镇周边停车需求调查结果报送县人民政府。", TOWN, ("action",)),
        # …while 将 before how it will be done still promises
        ("我局将按程序报县人民政府审批。", CITY, ("commitment",)),
        ("我局将及时报送县人民政府。", CITY, ("commitment",)),
        # another level's plan: a city opening its clause in a province's reply
        ("黑河市计划年内出台大豆加工企业用电补贴办法。", PROVINCE, ()),
        # what places have: an inventory, however it is placed in the sentence
        ("洞口县、新邵县现有乡村小规模学校217所，专任教师缺口约340人。", CITY, ()),
        ("古镇节假日日均接待游客超过3万人次，现有停车位约2100个。", TOWN, ()),
    ],
)
def test_what_the_sentence_is(sentence, issuer, kinds):
    assert kinds_of(sentence, (), 2025, "2025-10-30", issuer) == kinds


def test_an_inventory_beside_the_bureaus_deed_is_not_one():
    # "现有…" after the bureau's own new building: the sentence reports it
    assert kinds_of("今年我镇新建停车场2处，现有停车位2100个。", (), 2025, "2025-06-30", TOWN) != ()
