"""A price or figure asked per unit, an average, and whether a sum is charged: the figure of
another unit, a count beside an average, or a subsidy given is not the fact asked, and a
user who asks "一斤卖多少钱" must hear that the letter does not say rather than its output
value.  Every question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.dates_asked import time_units
from rag.answer.per_unit import asks_per_unit, per_unit_asked, per_units_stated


@pytest.mark.parametrize(
    ("question", "other_figure", "the_figure"),
    [
        ("土蜂蜜一斤卖多少钱？", "全县蜂农户均增收4800元。", "土蜂蜜每斤售价80元。"),
        (
            "买一台秸秆打捆机要多少钱？",
            "按每公斤0.3元的价格收购秸秆。",
            "秸秆打捆机每台售价3.6万元。",
        ),
        (
            "社区食堂一份午饭卖多少钱？",
            "对新建的社区食堂给予一次性建设补贴2万元。",
            "午餐每份12元。",
        ),
        (
            "农村自来水一吨水收多少钱？",
            "管水员由县财政按每人每月500元给予补助。",
            "水价为每吨2.5元。",
        ),
        ("新门牌制作成本是多少钱一块？", "所需经费312万元由区财政承担。", "门牌每块制作成本45元。"),
    ],
)
def test_a_price_per_unit_is_stated_per_that_unit(question, other_figure, the_figure):
    asks = asks_for(question)
    assert not asks.answered_by(other_figure)
    assert asks.answered_by(the_figure)


def test_weights_and_things_bought_one_by_one_are_units_of_their_own():
    assert per_unit_asked("一斤卖多少钱？") == per_unit_asked("每公斤多少钱？") == "斤"
    assert per_unit_asked("买一台要多少钱？") == "辆"  # a machine, like 每部
    assert per_unit_asked("一套多少钱？") == "套"
    assert per_units_stated("按每公斤0.3元收购") == {"斤"}
    assert per_units_stated("课桌椅每套300元") == {"套"}


def test_an_average_is_stated_as_one_not_by_a_count_beside_it():
    asks = asks_for("在岗乡村医生的平均年龄是多少岁？")
    assert not asks.answered_by("全县在岗乡村医生341名，其中60岁以上的132名。")
    assert asks.answered_by("全县在岗乡村医生平均年龄56岁。")
    assert asks_per_unit("平均每天接待多少人？")


def test_an_average_compared_with_is_a_change_not_an_average():
    assert not asks_per_unit("我市的覆盖率比全省平均高多少？")
    assert not asks_per_unit("高于平均多少？")
    asks = asks_for("我市的覆盖率比全省平均高多少？")
    assert asks.answered_by("我市覆盖率达到85%，高于全省平均水平6个百分点。")


def test_a_subsidy_given_does_not_say_whether_users_are_charged():
    asks = asks_for("灯光球场晚上去打球收不收钱？")
    assert not asks.answered_by("镇政府按每个灯光球场每年1500元的标准给予补助。")
    assert not asks.answered_by("争取到体育彩票公益金48万元，完成了12个村篮球场的灯光安装。")
    assert asks.answered_by("灯光球场每晚7点至10点免费开放。")
    assert asks.answered_by("夜间开放时段每小时收取场地费20元。")
    assert asks.answered_by("群众每次交5元即可入场。")


def test_a_sum_paid_is_not_answered_by_the_subsidy_towards_it():
    price = asks_for("试点用的那种能躺的课桌椅，一套到底多少钱？")
    assert not price.answered_by("市级财政对试点学校按每套300元给予补助，其余由学校解决。")
    assert price.answered_by("可躺式课桌椅每套售价860元。")
    out_of_pocket = asks_for("老年食堂一顿饭老人自己要掏多少钱？")
    assert not out_of_pocket.answered_by("80周岁以上老人每餐补助4元。")
    assert out_of_pocket.answered_by("老人每餐自付8元。")
    # a subsidy asked is answered by the subsidy
    assert asks_for("一顿饭能补几块钱？").answered_by("80周岁以上老人每餐补助4元。")


def test_a_clock_time_asked_is_answered_by_one_not_by_a_year():
    asks = asks_for("258路公交车首班和末班分别是几点？")
    assert not asks.answered_by("今年我局优化了2条公交线路。")
    assert asks.answered_by("首班车6:30发车，末班车19:00收车。")
    assert asks.answered_by("每天早6时至晚8时运营。")
    assert time_units("提了几点建议？") is None  # points made, not a clock time


def test_beds_are_counted_in_zhang():
    asks = asks_for("全市一共有多少张养老床位？")
    assert not asks.answered_by("目前我市在建的养老项目有9个。")
    assert asks.answered_by("全市共有养老床位2.1万张。")


def test_a_discount_asked_is_answered_by_one():
    asks = asks_for("雪场给学生买门票打几折？")
    assert not asks.answered_by("每年组织雪场安全员对带队教师开展1次安全培训。")
    assert asks.answered_by("中小学生凭学生证购买门票享受五折优惠。")


def test_whether_and_how_much_is_charged_is_one_question_about_a_charge():
    asks = asks_for("码头的公厕，游客如厕要收费吗？收多少？")
    assert asks.answered_by("公厕免费向游客开放。")
    assert asks.answered_by("如厕每次收费1元。")
    # a yearly sum the town pays a firm charges no visitor
    assert not asks.answered_by("保洁服务合同金额为每年15.6万元。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a reviewer's counter-examples to the first version: each is the fact asked
        ("居民用水一吨多少钱？", "居民生活用水价格为每立方米2.8元。"),
        ("午餐一份多少钱？", "每人每餐5元。"),
        ("盒饭多少钱一份？", "盒饭15元一份。"),
        ("口罩多少钱一个？", "1元一个。"),
        ("门票多少钱一张？", "成人票60元，儿童票30元。"),
        ("教材一本多少钱？", "每册定价12元。"),
        ("车位多少钱一个？", "一个车位卖15万元。"),
        ("平均每天接待多少游客？", "景区日均接待游客1.2万人次。"),
        ("平均每月接待多少人？", "月均接待1200人次。"),
        ("资金平均分配到几个乡镇？", "资金分配到12个乡镇。"),
        ("公园要收费吗？收多少？", "门票价格为10元。"),
        ("体检需要交费吗？多少钱？", "老年人体检费为120元。"),
        ("养老院要交钱吗？", "床位费每月1200元，护理费每月800元。"),
        ("宽带要钱吗？", "农村宽带资费为每年360元。"),
        ("老人自己每月能拿到多少钱？", "对80岁以上老人每人每月发放高龄补贴100元。"),
        ("一台电脑售价多少？", "每台补贴500元后售价2500元。"),
        ("太阳能热水器自己要掏多少钱？", "农户自付部分为每套800元（扣除补贴后）。"),
        ("家长要付多少钱？", "政府补助3元、家长承担3元。"),
        ("医院有几张病床？", "编制床位500床。"),
        ("有多少折叠自行车？", "共投放折叠自行车200辆。"),
    ],
)
def test_what_the_closer_reading_still_answers(question, sentence):
    assert asks_for(question).answered_by(sentence)
