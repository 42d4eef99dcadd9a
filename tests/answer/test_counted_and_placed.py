"""What a count is of, read from the count itself: the measure word the question counts in,
whichever CC-CEDICT glosses as one (多少支龙舟队 is answered by "186支", not by "6个分站");
the noun right after a figure's measure word ("组织12家银行上门走访" counts banks);
a place the question names that its letter never names (浏阳官渡镇 of a letter about four
other towns), whose figures the letter does not give; and a town the letter names, whose
figure is one a sentence gives of it, not the county's ("已有17户渔民转为…").  Every sentence is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.asks import asks_for
from rag.answer.dates_asked import year_unheld
from rag.answer.listed import places_asked
from rag.answer.measure_words import asked_classifier
from rag.answer.spelling import unheld_spelled
from rag.answer.support import towns_held, unheld_places


@pytest.mark.parametrize(
    ("question", "not_an_answer", "an_answer"),
    [
        (
            "公安县有多少支龙舟队？",
            "今年9月举办首届龙舟联赛，设荆州区、沙市区、公安县等6个分站。",
            "全市登记的龙舟队有186支，主要分布在荆州区和公安县。",
        ),
        (
            "主街上装了多少盏路灯？",
            "每个球场安装LED灯杆4至6根，统一由村委会管理。",
            "主街新装太阳能路灯320盏。",
        ),
        (
            "村里一共打了多少眼井？",
            "全村共有农户86户，饮水困难的有23户。",
            "2023年为缺水村打机井12眼。",
        ),
        (
            "今年有多少家企业拿到了贷款？",
            "今年组织12家银行上门走访，为企业开展融资对接。",
            "今年共有326家企业获得贷款。",
        ),
        (
            "一共覆盖了多少个村？",
            "2023年服务网络已覆盖全县12个乡镇。",
            "2023年服务网络已覆盖全县86个行政村。",
        ),
    ],
)
def test_a_count_is_answered_in_its_own_measure_word_and_of_its_own_noun(
    question, not_an_answer, an_answer
):
    asks = asks_for(question)
    assert not asks.answered_by(not_an_answer)
    assert asks.answered_by(an_answer)


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("公安县有多少支龙舟队？", "支"),
        ("存栏多少头种公驴？", "头"),
        ("主街上装了多少盏路灯？", "盏"),
    ],
)
def test_measure_words_come_from_the_dictionary(question, unit):
    assert asked_classifier(question) is not None
    assert asked_classifier(question)[0] == unit


@pytest.mark.parametrize("question", ["要交多少手续费？", "一共有多少面积？", "几点钟开门？"])
def test_a_character_that_begins_a_word_is_no_measure_word(question):
    assert asked_classifier(question) is None


@pytest.mark.parametrize(
    ("question", "text", "unheld"),
    [
        ("浏阳官渡镇有多少家烟花爆竹生产企业？", "浏阳市共有企业391家，主要集中在大瑶镇", ["官渡"]),
        ("石家庄长安区2017年受理了多少件投诉？", "我区2017年受理投诉1200件", ["长安"]),
        ("要是餐饮企业在天宁区办社区助餐点，能拿到什么补贴？", "天宁区的社区助餐点", []),
        ("12路城乡公交一年要补贴多少钱？", "城乡公交", []),
        ("凉山那三个彝族县的平台是谁建的？", "凉山州", []),
        ("除了靠区里拨款，还能从哪里增加收入？", "区财政", []),
        ("茅箭区还有多少所小区配套幼儿园没有移交？", "茅箭区", []),
        ("醒民镇有多少户退捕渔民？", "主要分布在醒民镇、隆兴镇", []),
        ("农业厅那份眉县猕猴桃建议的答复是哪天发布的？", "眉县猕猴桃种植面积", []),
        # a town the letter never names is not its county's whole, named or not
        ("丹江口市均州路街道有多少所武术学校？", "丹江口市共有武术学校29所", ["均州路"]),
        ("五华县华城镇有几所学校？", "华城镇有学校3所", []),  # the town's own letter
    ],
)
def test_a_place_a_question_names_is_looked_for_in_the_letter(question, text, unheld):
    assert unheld_places(question, text) == unheld


FIREWORKS = "\n".join(
    [
        "关于市政协十二届三次会议第0318号提案的答复",
        "王明委员：",
        "您提出的关于提升烟花爆竹产业本质安全水平的提案收悉。现答复如下：",
        "截至2021年底，全市共有烟花爆竹生产企业391家，主要集中在大瑶镇、金刚镇和文家市镇。",
        "2021年，市财政安排安全改造补助资金8600万元，用于上述三个主产镇的企业改造。",
        "某某市应急管理局",
        "2022年6月1日",
    ]
)


FISHERS = "\n".join(
    [
        "关于县政协十届四次会议第56号提案的答复",
        "李军委员：",
        "您提出的关于做好退捕渔民安置保障工作的提案收悉。现答复如下：",
        "全县共回收捕捞渔船146艘，涉及渔民203户，主要分布在醒民镇、隆兴镇和同民镇。"
        "已有17户渔民转为冷水鱼养殖，县农业农村局为其提供鱼苗。",
        "在醒民镇建设退捕渔民就业帮扶车间1个，计划吸纳40人就近务工。",
        "同民镇去年新建渔民安置房一处，该镇安置退捕渔民62户。",
        "某某县农业农村局",
        "2020年7月1日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("unheld")
    return indexed(root / "letters", root / "home", fireworks=FIREWORKS, fishers=FISHERS)


def test_a_town_the_figure_does_not_speak_of_gets_none(qa):
    answer = qa.ask("醒民镇有多少户渔民转为冷水鱼养殖？")
    assert answer.refused
    assert "17户" not in answer.text


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("醒民镇的帮扶车间计划吸纳多少人？", "40人"),  # the sentence names it
        ("同民镇安置了多少户退捕渔民？", "62户"),  # …or points back to it (该镇)
        ("全县有多少户渔民转为冷水鱼养殖？", "17户"),  # no town asked
    ],
)
def test_a_figure_of_the_town_asked_is_answered(qa, question, figure):
    answer = qa.ask(question)
    assert not answer.refused
    assert figure in answer.text


def test_a_town_the_letter_never_names_gets_none_of_its_figures(qa):
    answer = qa.ask("官渡镇有多少家烟花爆竹生产企业？")
    assert answer.refused
    assert "391家" not in answer.text


@pytest.mark.parametrize(
    ("question", "unheld"),
    [
        ("How many firework makers are there in Guandu town?", ["guandu"]),
        ("How many firework makers are in Junzhou Road subdistrict of Liuyang?", ["junzhou"]),
        ("How many firework makers are there in Dayao town?", []),  # 大瑶镇 is named
        ("How many firework makers does Liuyang have?", []),  # the letter's own city
        ("How many firework makers are there in Mount Everest town?", []),  # no pinyin
    ],
)
def test_an_english_place_is_looked_for_in_the_letter_by_its_pinyin(question, unheld):
    text = FIREWORKS.replace("某某市", "浏阳市")
    assert unheld_spelled(question, text) == unheld


def test_an_english_question_about_a_town_the_letter_never_names_is_refused(qa):
    answer = qa.ask("How many firework makers are there in Guandu town?")
    assert answer.refused and "391" not in answer.text
    answer = qa.ask("How many households were relocated in Tongmin town?")
    assert not answer.refused and "62户" in answer.text


def test_the_whole_places_figure_is_still_answered(qa):
    answer = qa.ask("全市有多少家烟花爆竹生产企业？")
    assert not answer.refused
    assert "391家" in answer.text


@pytest.mark.parametrize(
    ("question", "year", "refused"),
    [
        ("What were the exports in 2017?", "2018年，全市眼镜出口额约4.3亿美元。", True),
        ("What were the exports in 2018?", "2018年，全市眼镜出口额约4.3亿美元。", False),
        ("2019年出口了多少？", "今年全市眼镜出口额约4.3亿美元。", False),  # dated 2019
        ("2018年出口了多少？", "去年全市眼镜出口额约4.3亿美元。", False),
        ("2017年出口了多少？", "去年全市眼镜出口额约4.3亿美元。", True),
    ],
)
def test_a_year_the_letter_neither_writes_nor_means_is_not_its(question, year, refused):
    assert year_unheld(question, year, "2019-06-01") is refused


def test_a_question_about_a_year_the_letter_never_speaks_of_is_refused(qa):
    answer = qa.ask("2015年全市有多少家烟花爆竹生产企业？")
    assert answer.refused and "391家" not in answer.text
    assert "391家" in qa.ask("2021年底全市有多少家烟花爆竹生产企业？").text


def test_a_compounds_head_is_counted():
    asks = asks_for("李家山镇今年还要修多少座土豆窖？")
    assert asks.answered_by("今年计划再建贮藏窖40座，补助标准不变。")
    assert not asks.answered_by("今年计划再建冷库40座，补助标准不变。")


def test_what_the_review_of_the_old_sets_found_still_answers():
    # a compound noun phrase jieba cuts with a verb inside still counts its head
    asks = asks_for("具体推介了贵州多少条精品线路？")
    assert asks.answered_by("推介发布千年丹都休闲游等8条乡村休闲旅游精品线路以及8个美丽乡村。")
    # 哪个乡 names no town (个乡 of "3个乡镇" is none either)
    assert towns_held(places_asked("替代控制是在哪个乡试的？种了多少亩？"), "全县3个乡镇") == []


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("国家级的传承人现在还剩几个？", True),
        ("全县医生现在有几个？", True),
        ("学生宿舍有几个？", False),
    ],
)
def test_people_asked_with_ge_a_few_words_after_them_are_counted_in_people(question, people):
    assert asks_for(question).answered_by("目前共有国家级代表性传承人4名、省级11名。") is people


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("资助了多少名学生？", "资助3200名家庭经济困难学生。"),
        ("有多少家医院？", "全县有12家县级以上公立医院。"),
        ("有多少家养老机构？", "全县有56家公办和民办养老机构。"),
        ("有多少家企业获评“小巨人”？", "共有12家国家级专精特新“小巨人”企业。"),
        ("全县有几支医疗队？", "组建医疗队8个。"),
    ],
)
def test_what_the_review_found_a_figures_clause_still_counts(question, sentence):
    assert asks_for(question).answered_by(sentence)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("2020年下半年国家又抽检了多少批枸杞？", False),  # the other half
        ("How many batches were tested in the second half of 2020?", False),
        ("第三季度抽检了多少批枸杞？", False),
        ("2020年上半年抽检了多少批枸杞？", True),
        ("2020年抽检了多少批枸杞？", True),  # no half asked
    ],
)
def test_a_half_or_quarter_asked_is_the_one_stated(question, answered):
    sentence = "2020年上半年，我局在四个主产区增加抽检频次，共抽检枸杞612批次。"
    assert asks_for(question).answered_by(sentence, year=2020) is answered


@pytest.mark.parametrize(
    ("question", "text"),
    [
        (
            "How many dragon boats moor on Changhu Lake?",
            "2024年我局在长湖建成龙舟训练码头",
        ),  # 长: chang
        ("How many children in Popihe town are paired?", "泼陂河镇人民政府"),  # 陂: pi
        ("How large is the Chagan Lake visitor centre?", "查干湖冬捕"),  # 查: cha
    ],
)
def test_a_place_is_read_as_it_says_itself(question, text):
    assert unheld_spelled(question, text) == []


@pytest.mark.parametrize(
    ("question", "town"),
    [
        ("下蜀镇种了多少亩草莓？", "下蜀"),  # jieba: 下|蜀|镇种
        ("午城镇种了多少亩玉露香梨？", "午城"),  # jieba: 午|城镇 (城镇 is a word)
        ("六弓乡槟榔黄化病的发病面积有多大？", "六弓"),
        ("安溪虎邱镇建了多少亩示范片？", "虎邱"),
    ],
)
def test_a_town_jieba_cuts_into_pieces_is_still_a_town_the_letter_never_names(question, town):
    assert unheld_places(question, "句容市 隰县 保亭县 安溪县 白兔镇、黄土镇、什玲镇") == [town]


@pytest.mark.parametrize(
    "question",
    [
        "小城镇建设投入多少？",
        "农村和城镇各多少？",
        "他们在城镇买房多少？",
        "今年镇里新建了多少公厕？",
        "新型城镇化投入多少？",
        "城乡结合部有多少户？",
        "乡里电商站去年帮老乡在网上卖掉了多少芸豆？",  # 帮|老乡: a verb opens no name
    ],
)
def test_kinds_of_place_and_words_before_a_unit_name_no_town(question):
    assert unheld_places(question, "全县") == []
