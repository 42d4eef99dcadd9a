"""Met on made_up/qa49 and qa50: a price asked per a measure of goods is not stated by a sum
paid every year ("径山茶一斤卖多少钱" vs "每年安排品牌宣传资金500万元"), but is by a price in a
range ("售价在300元至2000元之间"); and an English question's place that only a letter's body names is spelled
out of the body, before its kind ("Yujia village" → 于家村) or by three syllables or more
("Miaoergou" → 庙儿沟).  The sentences are made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.asks import asks_for
from rag.answer.spelling import spelled_in_index


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("径山茶现在一斤卖多少钱？", "区政府已同意从今年起每年安排品牌宣传资金500万元。", False),
        ("径山茶现在一斤卖多少钱？", "目前径山茶每斤售价约800元。", True),
        ("径山茶现在一斤卖多少钱？", "径山茶售价每年上涨，目前约800元/斤。", True),
        (
            "澄泥砚一方一般卖多少钱？",
            "建议县财政每年安排300万元设立澄泥砚产业发展专项资金。",
            False,
        ),
        ("澄泥砚一方一般卖多少钱？", "一方澄泥砚售价在300元至2000元之间。", True),
        ("澄泥砚一方一般卖多少钱？", "2018年销售收入约3100万元。", False),
    ],
)
def test_a_price_per_measure_is_not_a_yearly_sum(question, sentence, answered):
    assert asks_for(question).answered_by(sentence, "", 2021) is answered


TITLES = "《关于加快井陉拉花传承发展的建议》 《关于加强矿山生态修复的提案》"
BODY = "利用于家村石头村景区，每逢周末安排拉花表演。计划利用庙儿沟废弃矿坑建设矿山公园。属于家庭农场的…"


@pytest.mark.parametrize(
    ("question", "titles", "spelled"),
    [
        # before its kind: the body's 于家村, not the 于加 of the titles' 关于加快
        ("How many lahua shows were staged at Yujia village last year?", TITLES, ["于家村"]),
        # three syllables, no kind: wherever a body writes it
        ("What is planned for the abandoned pit at Miaoergou?", TITLES, ["庙儿沟"]),
        # two syllables and no kind: not the 于家 of 属于家庭
        ("What did Yujia get?", "《井陉拉花传承发展的建议》", []),
    ],
)
def test_places_only_a_body_names_are_spelled(question, titles, spelled):
    assert spelled_in_index(question, titles, BODY) == spelled


YUJIA = """关于县十七届人大四次会议第21号建议的答复

张建国代表：
　　您提出的《关于加强传统舞蹈传承的建议》收悉，现答复如下：
　　近年来我局组织表演队进村演出。利用于家村石头村景区，每逢周末和节假日安排传统舞蹈表演，去年演出约90场，观众约6万人次。
　　下一步，我局将在年内建成传习所1处。
　　感谢您对文化旅游工作的关心和支持。

某某县文化广电和旅游局
2022年6月10日
"""

# Letters of other counties about the same shows in villages of their own.
OTHERS = {
    f"other{i}": f"""关于县十六届人大二次会议第{30 + i}号建议的答复

王{name}代表：
　　您提出的《关于丰富乡村文化活动的建议》收悉，现答复如下：
　　近年来我局组织表演队进村演出。在{name}村文化广场，每逢周末和节假日安排传统舞蹈表演，去年演出约{40 + i}场，观众约{i + 1}万人次。
　　下一步，我局将在年内新建乡村舞台{i + 1}处。
　　感谢您对文化旅游工作的关心和支持。

某{name}县文化和旅游局
2022年7月{i + 1}日
"""
    for i, name in enumerate("李家 张庄 王营 刘湾 陈集 杨坪 赵岗 孙桥 周寨 吴堡 郑店 冯屯".split())
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    root = tmp_path_factory.mktemp("body_places")
    return indexed(root / "letters", root / "home", yujia=YUJIA, **OTHERS)


def test_an_english_question_finds_the_letter_whose_body_names_its_village(qa):
    answer = qa.ask("How many traditional dance shows were staged at Yujia village last year?")
    assert not answer.refused
    # (not the other villages' shows, which the other letters count)
    assert {c.source for c in answer.citations} == {"yujia.txt"}
    assert "90场" in answer.text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a length, however many words name the thing measured
        ("How long would an undersea water pipeline from the mainland to the island be?", "count"),
        ("How long will the new road be?", "count"),
        # …a time, if it is how long something takes or stays so
        ("How long will the project take?", "time"),
        ("How long will the bridge be closed?", "time"),
    ],
)
def test_how_long_a_thing_would_be_asks_its_length(question, kind):
    assert asks_for(question).kind == kind
