"""A question in two parts, each asking a fact: the part the letter states is answered
(with its figure), not refused because the other part's fact is missing or because the
whole question reads as one count; a question none of whose parts' facts are stated is
still refused.  The letter is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.parts import _asked_parts, parts_of

SCHOOLS = "\n".join(
    [
        "关于市政协十届三次会议第78号提案的答复",
        "李军委员：",
        "您提出的关于规范民办武术学校办学的提案收悉。现答复如下：",
        "一、已开展的工作",
        "截至2023年底，全市经审批的武术学校共29所，在校学生3390人。",
        "二、下一步工作",
        "（一）今年暑期组织武术学校文化课教师培训2期，每期不少于60人。",
        "某某市教育局",
        "2024年6月1日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("parts")
    return indexed(root / "letters", root / "home", schools=SCHOOLS)


def test_each_part_of_a_two_part_count_is_answered(qa):
    answer = qa.ask("暑期那个文化课老师的培训办几期？每期多少人？")
    assert not answer.refused
    assert "2期" in answer.text and "60人" in answer.text


def test_a_question_no_part_of_which_is_stated_is_refused(qa):
    answer = qa.ask("武术学校的学费一年多少钱？住宿费又是多少？")
    assert answer.refused


def test_parts_are_split_at_question_marks():
    assert parts_of("培训办几期？每期多少人？") == ["培训办几期？", "每期多少人？"]
    assert parts_of("培训办几期？") == ["培训办几期？"]


def test_a_follow_ups_year_holds_for_every_part(qa):
    first = "暑期那个文化课老师的培训办几期？"
    answer = qa.ask(first)
    follow = qa.ask("那2019年呢？", history=[(first, answer.text)])
    assert follow.refused


OVENS = "\n".join(
    [
        "关于县政协九届二次会议第17号提案的答复",
        "赵红委员：",
        "您提出的关于降低烘焙企业用能成本的提案收悉。现答复如下：",
        "我局已协助7家烘焙企业完成烤炉节能改造，单位产品耗气量平均下降约9%。",
        "某某县工业和信息化局",
        "2024年6月1日",
    ]
)


def test_an_english_second_question_after_a_preposition_is_its_own_part(tmp_path):
    # (made_up/qa39: "per product" belongs to the second question, ", and by how much did
    # energy use per product fall?", not to the count of companies the first one asks)
    qa = indexed(tmp_path / "letters", tmp_path / "home", ovens=OVENS)
    answer = qa.ask(
        "How many bakeries were helped with oven energy-saving upgrades, "
        "and by how much did gas use per product fall?"
    )
    assert not answer.refused
    assert "7家" in answer.text and "9%" in answer.text


def test_a_date_asked_after_a_preposition_is_the_first_parts():
    # (made_up/qa16: ", and by when is it to be finished?" quoted a 2015 sampling date too)
    question = "How much capacity will phase two add, and by when is it to be finished?"
    assert _asked_parts(question) == [question]


# Every paragraph names the crop: the one the second part asks of ranks below the fifth.
COIX = "\n".join(
    [
        "某某市农业农村局关于市政协二届三次会议第58号提案的答复",
        "王明委员：",
        "您提出的关于做强薏仁产业的提案收悉，现答复如下：",
        "一、产业基本情况",
        "某某薏仁米种植历史较长，已获国家地理标志产品保护。2023年全市薏仁种植面积约18.5万亩，"
        "种植户约3.9万户，产薏仁米约4.6万吨。",
        "全市有薏仁加工企业27家，其中省级龙头企业4家，开发了薏仁米、薏仁粉、薏仁茶等产品，"
        "2023年加工产值约21亿元。",
        "二、已开展的工作",
        "（一）良种繁育。2023年，在巴铃镇建设薏仁良种繁育基地500亩，年供种约75吨，"
        "良种覆盖率提高到85%。",
        "（二）机械化生产。统筹农机购置补贴，2023年新增薏仁收获机械46台，机收率达到38%。",
        "（三）关于建设薏仁交易中心的建议。国家级交易市场的认定不由我局负责，且全市薏仁交易量"
        "目前尚不具备申报条件，此项建议暂不能采纳。"
        "我局将配合市商务局完善巴铃镇现有薏仁交易市场的仓储设施。",
        "（四）品牌宣传。组织薏仁企业参加农产品博览会，2023年签约薏仁销售订单1.2亿元。",
        "三、下一步工作",
        "一是2024年底前制定薏仁绿色种植技术规程；二是2025年将良种繁育基地扩大到800亩；"
        "三是计划于2024年10月举办薏仁产业发展推介会。",
        "感谢您对农业农村工作的关心和支持。",
        "某某市农业农村局",
        "2024年8月16日",
    ]
)


def test_a_question_in_parts_reads_deeper_into_its_letter(tmp_path):
    # (made_up/qa41 q41-zh-27: the two parts together rank the machines' paragraph sixth;
    # four passages were read, and the figures it states were called unstated)
    qa = indexed(tmp_path / "letters", tmp_path / "home", coix=COIX)
    question = "去年添了多少台收薏仁的机器？机器收的比例到多少了？"
    answer = qa.ask(question)
    assert not answer.refused
    assert "46台" in answer.text and "38%" in answer.text
    assert len(qa.retrieve(question, k=5)) == 5  # (what is shown stays the top five)
