"""A figure answers a question only when it is the kind asked: a monthly rate is said to be
one, a one-off sum is no rate, a count is of the thing asked in its measure word, and a
figure the question gives itself answers nothing — and no more than that (the second half:
what a reviewer's probes found the first version refused).  Every question and sentence
here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for


@pytest.mark.parametrize(
    "question",
    [
        "安平的护林员一个月能拿多少补贴？",
        "护林员每月补贴多少钱？",
        "How much is a forest ranger paid each month?",
    ],
)
def test_a_monthly_figure_is_answered_only_by_a_figure_stated_per_month(question):
    asks = asks_for(question)
    assert asks.answered_by("全县护林员人均每月补贴900元。")
    assert asks.answered_by("护林员补贴按月发放，标准为900元。")
    assert not asks.answered_by("对新聘护林员给予一次性补贴900元。")  # a one-off sum
    assert not asks.answered_by("对护林站的设备更新给予最高3000元补贴。")  # no month said
    assert not asks.answered_by("护林员补贴标准为每人每年10800元。")  # another period


def test_a_span_of_months_or_a_dated_month_is_no_monthly_rate():
    asks = asks_for("帮扶车间的工人一个月能挣多少工资？")
    assert asks.kind == "count"  # 工资 after the question word asks an amount of money
    assert not asks.answered_by("对稳定就业6个月以上的，按每人1000元给予吸纳补贴。")
    assert not asks.answered_by("2021年6月补贴资金1000元已拨付到位。")
    assert asks.answered_by("车间工人月均收入2600元。")


def test_a_yearly_sum_still_answers_what_a_year_brings_but_a_one_off_sum_does_not():
    asks = asks_for("每辆服务车一年的运营费用是多少？")
    assert asks.answered_by("每辆服务车年运营费用约6万元。")
    assert not asks.answered_by("每辆服务车由财政一次性补助购置费用18万元。")


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        ("湿地里一共记录到多少种鸟？", "已记录湿地植物42种。", "已记录鸟类87种。"),
        ("全县配备了几辆巡诊车？", "全县设立巡诊点12个。", "全县配备巡诊车9辆。"),
        ("一共种了多少棵香樟？", "新建绿道3公里。", "补植香樟260棵。"),
        ("有多少种农作物新品种？", "示范面积3000亩。", "共引进农作物新品种32个。"),
    ],
)
def test_a_count_in_a_measure_word_is_answered_only_by_that_measure(question, no, yes):
    asks = asks_for(question)
    assert not asks.answered_by(no)
    assert asks.answered_by(yes)


def test_a_count_asked_per_day_is_still_a_daily_figure():
    asks = asks_for("How many parcels per day does the county distribution centre handle?")
    assert not asks.answered_by("快递到村时效由原来的3至5天缩短至48小时以内。")
    assert asks.answered_by("中心日均处理快递包裹1.2万件。")


def test_which_round_asks_no_count():
    assert asks_for("这是第几期培训班？").units is None


def test_a_figure_the_question_gives_with_a_thousands_comma_answers_nothing():
    asks = asks_for("Of the 2,150 posts at the sites, how many are held by women?")
    assert not asks.answered_by("开发公益性岗位2150个，重点安置大龄劳动力。")
    assert asks.answered_by("其中女性劳动力占用岗位1320个。")


def test_an_english_question_for_a_rate_asks_a_figure_of_its_year():
    asks = asks_for("What was the county's tree survival rate in 2015?")
    assert asks.kind == "count"
    assert not asks.answered_by("滴灌造林成活率达到85%以上。")
    assert asks.answered_by("2015年全县造林成活率为82%。")


@pytest.mark.parametrize(
    "question",
    ["How much does an older person pay each month for a care bed?", "这份工作能挣多少？"],
)
def test_pay_and_earnings_ask_an_amount_of_money(question):
    asks = asks_for(question)
    assert not asks.answered_by("全区建设家庭养老床位600张。")


def test_a_days_capacity_written_as_a_word_of_its_own_answers_a_daily_figure():
    asks = asks_for("这些处理站一天总共能处理多少？")
    assert asks.answered_by("建成就地处理站24座，日处理能力合计168吨。")
    assert not asks.answered_by("建成就地处理站24座，年处理厨余垃圾5万吨。")


def test_how_many_kinds_beside_which_kinds_is_the_lists_length():
    asks = asks_for("科技服务业分成哪几类来推进？一共几类？")
    assert asks.answered_by("聚焦研究开发、检验检测等8个方面推动科技服务业发展。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a measure word's character beginning another word is no measure word
        ("全市有多少本地企业参与？", "共有本地企业120家参与项目建设。"),
        ("全县有多少种植户？", "全县共有茶叶种植户3200户。"),
        ("全市有多少处理设施？", "全市建成污水处理设施86座。"),
        ("有多少头部企业入驻？", "已引进行业头部企业15家。"),
        # a span of a month, and hours in a day, are no monthly or daily rate
        ("最近一个月一共受理了多少件投诉？", "近一个月来，共受理群众投诉120件。"),
        ("图书馆每天开放几个小时？", "开放时间为9:00至21:00，共12个小时。"),
        ("景区一天最多能接待多少游客？", "景区单日最大承载量为3万人次。"),
        ("高龄津贴一个月发多少？", "高龄津贴逐月发放，每人100元。"),
        # a one-off sum beside a monthly rate, and a one-off sum paid every year
        ("每个月补贴多少钱？", "按每人每月300元发放生活补贴，另一次性发放安置费2000元。"),
        ("每人每年补助多少钱？", "每年对在校困难学生发放一次性生活补助2000元。"),
        # income gained by households is no amount asked
        ("能带动多少农户增加收入？", "项目带动周边1200户农户增收。"),
    ],
)
def test_ordinary_questions_stay_answered(question, sentence):
    assert asks_for(question).answered_by(sentence)


@pytest.mark.parametrize(
    "question",
    [
        "What is the government doing to raise the employment rate of college graduates?",
        "What are the reasons for the low utilization rate of charging piles?",
        "What is the interest rate subsidy policy for start-up loans?",
    ],
)
def test_an_english_question_about_a_rate_but_not_for_it_asks_no_figure(question):
    assert asks_for(question).kind is None


def test_a_night_is_a_rate_and_watts_a_unit():
    per_night = asks_for("民宿住一晚平均多少钱？")
    assert not per_night.answered_by("全区精品民宿2019年实现营业收入1.2亿元。")  # a total
    assert per_night.answered_by("精品民宿平均房价每晚680元。")
    watts = asks_for("路灯一盏多少瓦？")
    assert not watts.answered_by("共安装太阳能路灯320盏。")
    assert watts.answered_by("每盏功率60瓦。") and watts.answered_by("每盏60W。")


@pytest.mark.parametrize(
    ("question", "total", "each"),
    [
        (
            "那种能躺的课桌椅，一套到底多少钱？",
            "共配备课桌椅1200套，投入资金360万元。",
            "课桌椅每套约3000元。",
        ),
        (
            "家用制氧机一台多少钱？",
            "为42名患者配备制氧机，所需资金12.6万元。",
            "制氧机单价3000元。",
        ),
    ],
)
def test_a_thing_bought_one_by_one_is_priced_each_not_by_the_total(question, total, each):
    asks = asks_for(question)
    assert not asks.answered_by(total)
    assert asks.answered_by(each)


def test_incidents_are_counted_in_their_measure_word():
    asks = asks_for("2023年全镇发生了几起溺水事故？")
    assert not asks.answered_by("2023年全镇开展防溺水宣传56场。")
    assert asks.answered_by("2023年全镇发生溺水事故2起。")


def test_a_spoken_noun_in_zi_is_counted_as_letters_write_it():
    asks = asks_for("宝鸡查了多少起倒卖医院号源的案子？")
    assert asks.answered_by("2020年以来，我委配合公安机关查处倒卖号源案件7起。")
    assert not asks.answered_by("全市发生交通事故12起。")
