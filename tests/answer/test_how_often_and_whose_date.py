"""What a question asks, read more closely: how often something is done, the day another
document was issued (not the reply's own date), a builder asked by its role, a category or
a web copy's date asked of the reply, and an English question asking whether there is a
budget rather than how large it is.  A user who asks "多久开一次会" must not be told the
month a group was set up.  Every question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.meta_fields import fields_named


@pytest.mark.parametrize(
    ("question", "a_date", "how_often"),
    [
        (
            "工作专班多久开一次会？",
            "2022年7月，市政府成立工作专班，由分管副市长任组长。",
            "工作专班原则上每季度召开1次会议。",
        ),
        (
            "How often will the drones inspect the old trees?",
            "The county bought four drones in 2019.",
            "利用无人机每月对一级古树巡查一次。",
        ),
        (
            "联席会议一般隔多长时间开一次？",
            "联席会议于2023年3月建立。",
            "联席会议一年两次，遇有重大事项随时召开。",
        ),
    ],
)
def test_how_often_is_answered_by_a_period_not_a_date(question, a_date, how_often):
    asks = asks_for(question)
    assert asks.kind == "time"
    assert not asks.answered_by(a_date)
    assert asks.answered_by(how_often)


def test_only_regularly_says_nothing_of_how_often():
    asks = asks_for("联席会议多久开一次？")
    assert not asks.answered_by("我局将定期召开联席会议，研究解决存在的问题。")
    assert asks.answered_by("联席会议每两个月召开一次。")


def test_when_something_will_be_done_is_still_any_time():
    asks = asks_for("那座桥多久能修好？")
    assert asks.kind == "time"
    assert asks.answered_by("力争2025年9月底前完工。")


@pytest.mark.parametrize(
    "question",
    [
        "加装电梯的实施意见最终是哪天正式印发的？",
        "那份管理办法是哪天发布的？",
        "实施方案哪天印发？",
    ],
)
def test_the_day_another_document_was_issued_is_not_the_replys_date(question):
    assert "date" not in [f.name for f in fields_named(question)]
    # …it is a date in the letter's body, asked like any other
    assert asks_for(question).kind == "time"


@pytest.mark.parametrize(
    "question",
    [
        "这份答复是哪天印发的？",
        "答复函哪天发的",
        "那份函，网上是哪天发布的？",
        # a document's word inside a bureau's name or a proposal's title names no document
        "盐源县自然资源和规划局是哪天答复的？",
        "关于修订管理办法的提案是哪天答复的？",
    ],
)
def test_the_day_the_reply_was_issued_is_its_date(question):
    assert "date" in [f.name for f in fields_named(question)]


@pytest.mark.parametrize(
    "question",
    [
        "What date is the committee's co-handling opinion on proposal 8206 signed?",
        "When was the bureau's co-handling opinion on suggestion 041 posted online?",
        "When was the reply put on the website?",
    ],
)
def test_a_co_handling_opinion_or_a_web_copy_is_dated_like_a_reply(question):
    assert "date" in [f.name for f in fields_named(question)]


@pytest.mark.parametrize(
    "question",
    [
        "When was the plan published?",
        "When will the emergency plan be posted?",
        "When were the test results posted online?",
        "When was the notice posted on the website?",
    ],
)
def test_a_plan_published_is_no_date_of_the_reply(question):
    assert "date" not in [f.name for f in fields_named(question)]


def test_a_category_asked_of_the_reply_is_its_category():
    assert "category" in [f.name for f in fields_named("那份答复函，类别标的是几类？")]
    assert "category" not in [f.name for f in fields_named("答复里提到的垃圾分为哪几类？")]


def test_a_builder_asked_by_its_role_is_answered_by_a_firms_name():
    asks = asks_for("聚贤至横山公路是哪家施工单位中标承建的？")
    assert asks.kind == "place"
    assert not asks.answered_by("我局已将该公路列入建设计划，即将开工建设。")
    assert asks.answered_by("该工程由四川路桥建设集团中标承建。")


@pytest.mark.parametrize(
    "question",
    [
        "According to the bureau, do civil affairs departments have a budget for the rooms?",
        "Do the villages have a budget for cleaners?",
        "Does the county set aside funding for it?",
    ],
)
def test_asking_whether_there_is_a_budget_asks_no_sum(question):
    asks = asks_for(question)
    assert asks.kind != "count"
    assert asks.answered_by("各级民政部门没有老年人活动室建设经费。")


@pytest.mark.parametrize(
    "question",
    ["Is there a budget for it, and how much is it?", "Does the reply say what the fee is?"],
)
def test_asking_whether_and_how_much_asks_the_sum(question):
    asks = asks_for(question)
    assert asks.kind == "count"
    assert not asks.answered_by("各级民政部门没有老年人活动室建设经费。")


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("那份答复的邮编是多少？", "postcode"),
        ("What postal code is given at the end of the reply?", "postcode"),
        ("这份答复函是主动公开还是依申请公开？", "disclosure"),
        ("Was the reply disclosed proactively or only upon request?", "disclosure"),
    ],
)
def test_a_letters_foot_and_page_marks_are_fields_of_it(question, field):
    fields = {f.name: f for f in fields_named(question)}
    assert field in fields
    states = fields[field].states
    assert states.search("邮政编码:400711" if field == "postcode" else "(依申请公开)")
    assert not states.search("公开招标选定施工单位。")


def test_a_reply_named_after_the_plan_it_is_about_is_still_dated_by_its_day():
    question = "蒙医药纳入自治区十四五规划那个提案的答复是哪天发的？"
    assert "date" in [f.name for f in fields_named(question)]


@pytest.mark.parametrize(
    "question",
    [
        "How long is the planned Loufang–Laozhuang ring road in Ningshan county, in kilometres?",
        "How long is the planned Loufang–Laozhuang road?",
    ],
)
def test_how_long_a_road_is_asks_a_length_not_a_time(question):
    asks = asks_for(question)
    assert asks.kind == "count"
    assert not asks.answered_by("争取将其列入“十二五”期间农村公路改造计划。")
    assert asks.answered_by("该路全长12.6公里。")


@pytest.mark.parametrize(
    ("question", "follows"),
    [
        ("他们要求设的贷款贴息基金是多少钱？", True),
        ("她后来又提了什么建议？", True),
        ("其他县是怎么做的？", False),
        ("他人代办需要什么材料？", False),
        ("如何让残疾人融入社会，帮他们就业？", False),
        ("妇女就业难，有没有针对她们的培训？", False),
        ("他山之石，外地有什么经验？", False),
    ],
)
def test_they_of_the_previous_turn_is_a_follow_up(question, follows):
    from rag.answer.query import looks_like_follow_up

    assert looks_like_follow_up(question) is follows


def test_a_place_inside_a_known_one_is_asked_about_itself():
    from rag.answer.confidence import names_elsewhere

    known = {"凉山州", "凉山", "昭觉县", "昭觉", "重庆", "重庆市", "北碚区", "北碚"}.__contains__
    assert names_elsewhere("凉山州西昌市的农村应急广播覆盖率是多少？", known, [])
    assert not names_elsewhere("凉山州昭觉县的农村应急广播覆盖率是多少？", known, [])
    assert not names_elsewhere("重庆市北碚区新增了多少停车位？", known, [])
    # two places side by side, one of them known, are no place elsewhere
    assert not names_elsewhere("成都和重庆的合作项目有哪些？", known, [])


def test_unpaid_wages_recovered_are_a_sum_of_money():
    asks = asks_for("2020年一共帮农民工追回了多少欠薪？")
    assert asks.answered_by("2020年，全省为4.12万名农民工追回工资5.86亿元。")
    assert not asks.answered_by("2020年冬季行动中，排查在建项目214个。")


def test_a_county_whose_name_ends_like_another_county_is_still_named():
    from rag.answer.support import named_things
    from rag.models import Passage

    text = "2020年，全省为农民工追回工资5.86亿元。威宁、晴隆两县的案件数位居前列。"
    letter = Passage(
        "c1", "l1", "wages.txt", "关于欠薪问题的答复", "贵州省人社厅", None, None, "", text, 1.0
    )
    # 威宁县 ends in 宁县, itself a county's name: it is a place the question names
    assert named_things("威宁县2020年一共追回了多少欠薪？", [letter], text) == ["威宁"]
    # 城区 names a kind of place, not one
    assert named_things("城区一共追回了多少欠薪？", [letter], text) == []


def test_a_common_word_jieba_calls_a_name_names_no_one():
    asks = asks_for("孤独症康复部的负责人是谁？")
    assert asks.kind == "person"
    assert not asks.answered_by("市残疾人康复中心于2023年9月开设孤独症康复部，设置训练床位40张。")
    assert asks.answered_by("孤独症康复部由康复中心副主任李秀梅负责。")


@pytest.mark.parametrize(
    "question",
    [
        "丰禾合作社那12台烘干机是什么牌子的？",
        "村里装的应急广播终端是啥型号的？",
        "What brand are the dryers?",
    ],
)
def test_a_brand_or_model_is_answered_by_a_name_not_a_description(question):
    asks = asks_for(question)
    assert asks.kind == "brand"
    assert not asks.answered_by("合作社新增烘干机4台，日烘干能力由240吨提高到360吨。")
    assert asks.answered_by("三县共安装“蜀声YJ-300”型主动发布终端2146套。")
    assert asks.answered_by("合作社新购的烘干机均为“金谷”牌。")


def test_a_sum_earned_is_no_cost():
    cost = asks_for("“上农下渔”的台田，建一亩要花多少钱？")
    assert not cost.answered_by("池塘养鱼养虾，亩均纯收入比改良前增加1100元。")
    assert cost.answered_by("建设台田每亩投资约2500元，亩均纯收入增加1100元。")
    for question in ("台田一亩能多挣多少钱？", "How much more do farmers earn per mu?"):
        assert asks_for(question).answered_by("亩均纯收入比改良前增加1100元。")


@pytest.mark.parametrize(
    "sentence",
    [
        "每个季度召开一次联席会议。",
        "县卫生健康局每个季度对供水工程开展一次水质检测。",
        "一年召开4次例会。",
        "按季度召开联席会议。",
        "每学期开展一次演练。",
    ],
)
def test_how_often_as_letters_write_it(sentence):
    assert asks_for("联席会议多久开一次？").answered_by(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["联席会议每年研究解决问题20余个。", "每年投入资金500万元。", "每天接待游客2万人次。"],
)
def test_a_yearly_sum_is_no_frequency(sentence):
    assert not asks_for("联席会议多久开一次？").answered_by(sentence)


@pytest.mark.parametrize("question", ["多久能一次性办结？", "多久能完成第一次验收？"])
def test_once_for_all_and_the_first_time_ask_no_frequency(question):
    assert asks_for(question).answered_by("承诺5个工作日内办结。")


def test_a_proposals_category_and_a_fee_made_public_are_no_fields_of_the_reply():
    assert "category" not in [f.name for f in fields_named("提案的补贴类别有几类？")]
    assert "disclosure" not in [f.name for f in fields_named("学校的收费标准会主动公开吗？")]
    assert "disclosure" not in [f.name for f in fields_named("How much funding was disclosed?")]


@pytest.mark.parametrize(
    "sentence",
    ["持续开展“一村一品”示范村镇认定。", "在G318国道沿线设置警示牌。", "打造区域公用品牌。"],
)
def test_a_slogan_a_road_or_a_sign_names_no_brand(sentence):
    assert not asks_for("烘干机是什么牌子的？").answered_by(sentence)


def test_who_earns_little_or_a_benefit_named_subsidy_is_no_income():
    assert asks_for("困难家庭每月水费补助多少钱？").answered_by(
        "对低收入家庭每人每月补助水费20元。"
    )
    assert asks_for("公益林补偿标准是多少钱一亩？").answered_by(
        "公益林生态效益补偿标准为每亩16元。"
    )


def test_a_place_the_letters_write_without_its_unit_is_known():
    from rag.answer.confidence import names_elsewhere

    known = {"凉山州", "凉山", "西昌"}.__contains__
    assert not names_elsewhere("凉山州西昌市的农村应急广播覆盖率是多少？", known, [])


def test_a_common_word_names_someone_beside_a_post():
    from rag.answer.posts import names_in

    assert names_in("由副局长高峰同志具体负责。") == ["高峰"]
    assert names_in("市残疾人康复中心开设孤独症康复部。") == []


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("Could you tell me the budget for the bridge renovation?", True),
        ("一共追回了多少欠薪？", True),
        ("收到多少件欠薪投诉？", False),
        ("多少欠款企业被列入黑名单？", False),
    ],
)
def test_a_sum_asked_in_a_request_or_a_count_of_unpaid_wage_cases(question, money):
    asks = asks_for(question)
    assert asks.kind == "count"
    assert (asks.units is not None and "元" in asks.units.pattern) is money
