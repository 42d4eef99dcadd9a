"""Questions over letters laid out as real portals lay them out (made_up/qa7 followed
them): a figure in a sentence that points back to its topic (该路段), a question word jieba
cuts across a word it does not know (多少个助餐点), a count of a noun with no measure word
(多少技术骨干), a firm asked for (哪家公司中标), a group that proposed, a 办理结果 mark. The
letters are made up for these tests."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.asks import asks_for
from rag.answer.terms import content_terms

ROAD = "\n".join(
    [
        "关于镇第十九届人民代表大会第三次会议第5号建议的复函",
        "办理结果：B类",
        "九三学社某某县基层委员会：",
        "贵委提出的《关于硬化岳东村连接道路的建议》（第5号）收悉。现答复如下：",
        "岳东村三组至五组连接道路全长1.6公里，目前为泥结石路面，雨天泥泞。"
        "经研究，该路段路基宽度已达到4米以上，具备硬化条件。"
        "镇政府已将该路段硬化列入2024年“一事一议”财政奖补项目库，预计总投资约52万元。",
        "今年上半年，我镇举办民宿管家培训班4期，培训215人。",
        "某某县白驿镇人民政府",
        "2023年6月12日",
    ]
)
MEALS = "\n".join(
    [
        "关于对区政协十届三次会议第0412号提案的答复",
        "张丽委员：",
        "您提出的关于老年助餐的提案收悉。现答复如下：",
        "二、下一步工作",
        "2024年底前新增助餐点12个，重点向老旧小区和农村地区延伸。",
        "某某区民政局",
        "2024年6月18日",
    ]
)
HONEY = "\n".join(
    [
        "关于县政协九届二次会议第38号提案的答复",
        "李明委员：",
        "您提出的《关于做大中蜂产业的提案》收悉。现答复如下：",
        "截至2018年底，全县中蜂存栏3.2万箱，养蜂户1460户；全年蜂蜜产量186吨，产值约2300万元。",
        "2018年，我局举办养蜂技术培训班23期，培训蜂农1100人次。",
        "某某县农业农村局",
        "2019年5月10日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("portal")
    return indexed(root / "letters", root / "home", road=ROAD, meals=MEALS, honey=HONEY)


def test_a_figure_in_a_sentence_pointing_back_to_its_topic(qa) -> None:
    answer = qa.ask("岳东村那段泥结石路硬化要花多少钱？")
    assert not answer.refused
    assert "52万元" in answer.text


def test_a_clause_after_a_semicolon_is_of_its_sentences_year(qa) -> None:
    # "全年蜂蜜产量186吨" names no year: the clause before its semicolon says 2018
    answer = qa.ask("2018年蜂农一共产了多少蜂蜜？")
    assert not answer.refused
    assert "186吨" in answer.text


def test_a_word_jieba_cuts_across_is_read_as_the_letters_write_it(qa) -> None:
    held = MEALS.__contains__
    assert "助餐点" in content_terms("今年年底前还要新开多少个助餐点？", held)
    answer = qa.ask("今年年底前还要新开多少个助餐点？")
    assert "12个" in answer.text


def test_a_count_of_a_noun_without_a_measure_word_may_be_paraphrased() -> None:
    # questions paraphrase what the letter counts (骨干 for its 人员): any figure answers
    asks = asks_for("这两年往全市人才库里推荐了多少企业技术骨干？")
    assert asks.answered_by("市科技局为人才信息库提供了近1000名具有优秀科技素质的企业科技人员。")


def test_a_firm_asked_for_needs_a_firm_named(qa) -> None:
    assert asks_for("那条路改造是哪家公司中标施工的？").kind == "place"
    assert qa.ask("岳东村那条路硬化是哪家公司中标施工的？").refused


@pytest.mark.parametrize(
    "question",
    [
        "岳东村那条路硬化是哪家施工单位承建的？",
        "Which contractor will harden the Yuedong village road?",
        "What brand or supplier of road materials will Baiyi town use in Yuedong village?",
    ],
)
def test_a_firm_asked_by_its_role_needs_a_firm_named(qa, question) -> None:
    answer = qa.ask(question)
    assert answer.refused
    if question.isascii():
        assert "the company asked for" in answer.text


def test_a_firm_named_answers_its_role() -> None:
    asks = asks_for("岳东村那条路是哪家施工单位承建的？")
    assert asks.answered_by("该路段由某某县交投公司承建，预计年底完工。")
    assert not asks.answered_by("施工单位正在进行路基整修。")


def test_in_charge_asks_no_fee() -> None:
    assert asks_for("Which unit is in charge of the road?").kind != "count"
    assert asks_for("Is the parking free of charge?").kind != "count"
    assert asks_for("What are the charges for parking?").kind == "count"


def test_a_post_asked_in_english_is_named_with_the_person() -> None:
    asks = asks_for("Who is the general manager of the water supply company?")
    assert asks.kind == "person"
    assert not asks.answered_by("督促供水公司经办人王建国加强管理。")
    assert asks.answered_by("供水公司总经理王建国表示将加强管理。")
    # a unit's head is written 局长 or 主任 alike: any name answers
    assert asks_for("Who is the head of the bureau?").post == ()


def test_a_group_that_proposed_and_the_handling_mark(qa) -> None:
    (road,) = [r for r in qa.letters() if r["proposal_no"] == "5"]
    assert road["proposers"] == ["九三学社某某县基层委员会"]
    assert road["category"] == "B"
    answer = qa.ask("第5号建议是谁提出的？")
    assert not answer.refused and "九三学社" in answer.text


def test_organisations_asked_for_are_proposers_only_of_a_proposal() -> None:
    from rag.answer import query

    asked = query.fields_asked("Which organization submitted proposal 8206 on food safety?")
    assert [f.name for f in asked] == ["proposers"]
    assert not query.fields_asked("Which organizations submitted applications for the subsidy?")


def test_a_rarer_reading_spells_only_a_place_name() -> None:
    from rag.answer.spelling import spelled_in

    assert spelled_in("Is Huanjiang investing more?", "我局还将加大投入。") == []
    assert spelled_in("What did Changle town do?", "长乐镇已完成改造。") == ["长乐"]


def test_a_number_asked_in_words_is_found_in_digits() -> None:
    held = "其中60岁以上的132名，占38.7%。".__contains__
    assert "60岁" in content_terms("村医里头六十岁以上的有多少？", held)
    # a plan period stays in words; a bare number is no term of its own
    assert "十四五" in content_terms("十四五期间要建几所学校？", "“十四五”期间".__contains__)
