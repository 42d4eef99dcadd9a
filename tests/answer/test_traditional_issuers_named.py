"""An issuer printed in traditional characters is named by a question in simplified ones
("农业局怎么说的" names 祁東縣農業局 as much as 洮南市农业局) — a question naming 农业局
searched only the simplified bureaus' letters (met on made_up/qa38).  The letters are
made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.issuers import match_issuers

ISSUERS = ["某東縣農業局", "某南市农业局"]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("代表想建黄花菜交易市场，农业局怎么说的？", ISSUERS),
        ("某东县农业局怎么答复的？", ["某東縣農業局"]),
        ("某東縣農業局怎麼答復的？", ["某東縣農業局"]),
        ("某南市农业局怎么答复的？", ["某南市农业局"]),
    ],
)
def test_a_traditional_issuer_is_named_in_either_script(question, named):
    assert match_issuers(question, ISSUERS) == sorted(named)


DAYLILY = "\n".join(
    [
        "關於縣十七屆人大五次會議第52號建議的答復",
        "劉志明代表：",
        "您提出的《關於做大黃花菜產業的建議》收悉，現答復如下：",
        "全縣黃花菜種植面積約6.5萬畝，鮮菜產量約9萬噸。",
        "關於建設國家級黃花菜交易市場的建議。交易市場的規劃建設由商務部門負責，"
        "不屬於我局職責範圍，我局已將該建議轉交縣商務局研究。",
        "某東縣農業局",
        "2016年7月5日",
    ]
)
BEANS = "\n".join(
    [
        "关于市政协八届三次会议第31号提案的答复",
        "王海燕委员：",
        "您提出的《关于建设绿豆交易市场的提案》收悉，现答复如下：",
        "关于建设绿豆交易市场的建议。市政府已将绿豆杂粮交易市场项目列入重点项目，"
        "选址在万宝镇，我局将配合做好前期工作。",
        "某南市农业局",
        "2015年6月20日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    root = tmp_path_factory.mktemp("daylily")
    return indexed(root / "letters", root / "home", daylily=DAYLILY, beans=BEANS)


def test_the_traditional_bureaus_letter_answers_a_simplified_question(qa):
    answer = qa.ask("代表想建国家级黄花菜交易市场，农业局怎么说的？")
    assert not answer.refused
    assert answer.citations[0].source == "daylily.txt"
    assert "商務部門負責" in answer.text
