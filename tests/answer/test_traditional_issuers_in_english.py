"""Met on made_up/qa39: an English question names a bureau whose page is printed in
traditional characters by its place and office ("the Zhong County economy and information
commission" for 忠縣經濟和信息化委員會): the issuer is read in its simplified view, the 和
of 经济和信息化 need not be said, and a county named by one character is "Zhong County" as
well as "Zhongxian".  The letters are made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.catalog import Catalog

TRADITIONAL = """關於縣政協十四屆一次會議第15號提案的答復

冉啟明委員：
　　您提出的《關於扶持腐乳產業發展的提案》收悉，現答復如下：
　　全縣現有腐乳生產企業12家，2016年產值約3.1億元。下一步，我委將支持企業申報地理標誌。
　　感謝您對全縣工業經濟工作的關心和支持。

忠縣經濟和信息化委員會
2017年7月10日
"""

OTHER = """关于县第十八届人民代表大会第一次会议第86号建议的答复

冉茂林等4名代表：
　　你们提出的《关于促进黄连产业健康发展的建议》收悉，现答复如下：
　　全县黄连种植面积约6万亩，2021年产值约9亿元。下一步，我委将推进黄连标准化种植。
　　感谢你们对全县农业农村工作的关心和支持。

石柱土家族自治县农业农村委员会
2022年7月12日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    root = tmp_path_factory.mktemp("traditional_en")
    return indexed(root / "letters", root / "home", zhong=TRADITIONAL, shizhu=OTHER)


@pytest.mark.parametrize(
    "question",
    [
        "Which CPPCC member made the proposal that the Zhong County economy and information commission answered?",
        "Who proposed the fermented bean curd proposal answered by the Zhongxian economy and information commission?",
    ],
)
def test_a_traditional_issuer_is_named_in_english(qa, question):
    answer = qa.ask(question)
    assert not answer.refused
    assert {c.source for c in answer.citations} == {"zhong.txt"}
    assert "冉啟明" in answer.text


CATALOG = Catalog(
    [
        dict(letter_id="zx", issuer="忠縣經濟和信息化委員會", title=None),
        dict(letter_id="sz", issuer="石柱土家族自治县农业农村委员会", title=None),
        dict(letter_id="gx", issuer="冠县农业农村局", title=None),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "What did the Zhong County economy and information commission say about furu?",
        "What did the Zhongxian economy and information commission reply?",
    ],
)
def test_the_catalog_names_a_traditional_issuer_in_english(question):
    assert CATALOG.letters_named(question, None, english=True).ids == {"zx"}


def test_a_one_character_name_alone_is_no_county():
    named = CATALOG.letters_named("What did deputy Guan propose about farming?", None, english=True)
    assert named.ids != {"gx"}
