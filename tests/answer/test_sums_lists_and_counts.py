"""What a figure asked is: a sum ("一共补了多少钱", "in total"), not a share per unit or a cap;
a place's own figure, not the total of the places listed with it; a count in the measure
words its noun is counted in (油纸伞…多少把), of the noun after 的 too; a figure, though it
looks like a year (2000亩).  Every sentence is made up."""

import pytest

from rag.answer.asks import asks_for
from rag.answer.listed import listed_only_beside_a_figure, names_asked

SUBSIDY_RATE = (
    "对新建陈化仓的企业，区财政按仓储面积每平方米150元给予一次性补助，2021年共补助企业19家。"
)
SUBSIDY_CAP = "2018年，市财政按设备投资额的10%给予补助，单个企业最高不超过200万元。"
SUBSIDY_SUM = "2023年起，每座补助8000元，2023年共改造晾房5600座，发放补助资金4480万元。"


@pytest.mark.parametrize(
    ("question", "sentence", "answered"),
    [
        ("2021年区财政给陈化仓一共补了多少钱？", SUBSIDY_RATE, False),
        ("2018年市财政给企业智能化改造总共补了多少钱？", SUBSIDY_CAP, False),
        ("2023年一共发了多少补助资金？", SUBSIDY_SUM, True),  # the sum beside the rate
        ("How much subsidy was paid in total in 2021?", SUBSIDY_RATE, False),
        ("区财政给陈化仓每平方米补多少钱？", SUBSIDY_RATE, True),  # the rate asked
        ("每平方米补多少钱？", SUBSIDY_RATE, True),
    ],
)
def test_a_sum_asked_is_stated_as_one(question, sentence, answered):
    assert asks_for(question).answered_by(sentence, year=2023) is answered


@pytest.mark.parametrize(
    ("sentence", "name", "listed"),
    [
        ("2019年宁夏、甘肃、青海三省区共查处案件83起。", "宁夏", True),
        ("中央财政安排寿宁、屏南两县项目保护经费合计260万元。", "屏南", True),
        ("寿宁县30座、屏南县20座。", "屏南", False),  # each with its own figure
        ("大瑶镇（120家）、金刚镇（80家）。", "金刚", False),
        ("宁夏、甘肃、青海三省区市场监管部门开展了联合执法。", "宁夏", False),  # no figure
        ("宁夏共查处案件30起，宁夏、甘肃合计83起。", "宁夏", False),  # also said alone
        ("在流域内新建城西、沙田、樟木4座乡镇污水处理厂，日处理能力合计1.2万吨。", "新建", False),
        ("支持贵州省建设油菜、肉牛等5个优势特色产业集群。", "贵州", False),  # no item
        # the total first, the places it is spread over after: the county's, not the town's
        ("磐安县中药材种植面积约8.6万亩，新渥街道、尚湖镇、玉山镇是主要产区。", "尚湖", True),
        ("在感德镇、祥华乡、剑斗镇等地建设生态茶园示范片3.2万亩。", "祥华", True),
        ("尚湖镇种植面积2万亩，尚湖镇、玉山镇是主要产区。", "尚湖", False),  # also alone
    ],
)
def test_a_name_listed_with_others_before_a_figure_shares_it(sentence, name, listed):
    assert listed_only_beside_a_figure(sentence, name) is listed


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("2019年光宁夏一个区查处了多少起？", ["宁夏"]),
        ("国家在宁夏等四个主产区抽检了多少批？", []),  # the four's total
        ("2020年中央财政给寿宁和屏南安排了多少经费？", []),  # the two's total
        ("2020年屏南县拿到了多少经费？", ["屏南"]),
        ("仙岩、大桥两所幼儿园用上以后，城区公办园会有几所？", []),  # the two's
        ("清湾江流域新建的那几座乡镇污水厂一天能处理多少污水？", []),  # 新建 is a verb
    ],
)
def test_a_place_asked_alone_is_one_a_total_may_not_be_of(question, names):
    held = "宁夏、甘肃、青海三省区；寿宁、屏南两县；仙岩幼儿园、大桥幼儿园；新建城西、沙田"
    assert names_asked(question, held, "文化和旅游部 国家市场监督管理总局") == names


def test_a_noun_before_de_and_the_noun_after_both_may_be_counted():
    asks = asks_for("砀山一共有多少座存梨的冷库？")
    assert asks.answered_by("在冷链方面，全县现有果品冷库286座，总库容约45万吨。", year=2020)


def test_a_figure_that_looks_like_a_year_but_measures_is_a_figure():
    asks = asks_for("How large will the honeysuckle demonstration garden be?")
    assert asks.answered_by("我局计划建设金银花标准化种植示范园2000亩。", year=2014)
    assert not asks.answered_by("示范园2019年建成。", year=2014)


def test_a_measure_word_ending_the_question_counts_the_noun_it_measures():
    # CC-CEDICT counts 伞 in 把: workshops and workers are no umbrellas
    asks = asks_for("分水的油纸伞每年出口多少把？")
    assert not asks.answered_by("目前全镇有油纸伞制作作坊17家，从业人员约360人。", year=2024)
    assert asks.answered_by("全镇年出口油纸伞约12万把。", year=2024)
    assert asks_for("这次得了多少票？").units is None  # 票 measures no noun asked


def test_a_sum_asked_of_any_figure_is_read_in_the_clauses_that_hold_one():
    asks = asks_for("到2025年全市累计取得职称的人员达到多少？")
    sentence = "2023年起每年组织1次评审,力争到2025年全市累计取得职称人员超过500人。"
    assert asks.answered_by(sentence, year=2023)


def test_a_count_asked_with_ge_is_answered_in_the_things_own_measure():
    covers = "张店城区道路及公共区域共有各类窨井盖约4.7万座，权属涉及11家单位。"
    assert asks_for("张店城区一共有多少个井盖？").answered_by(covers, year=2024)
    # …of the thing asked: the units a figure of another thing counts do not answer it
    assert not asks_for("城区一共有多少个公厕？").answered_by(covers, year=2024)
