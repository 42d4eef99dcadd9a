"""What a question asks, read from its form, and which letters it names: a time or a place
it names itself is no answer, a comparison needs the place compared with, and a place no
letter is known to be from does not narrow the question to other places' bureaus.  Every
question and sentence here is made up."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.catalog import Catalog
from rag.answer.issuers import match_issuers, places_in, places_of
from rag.answer.places import place_asked


def test_a_plan_period_the_question_names_is_its_topic_not_the_answer():
    asks = asks_for("When will the region publish its 14th Five-Year plan for herbal medicine?")
    assert not asks.answered_by("组建了“十四五”规划研究与编制课题组。")
    assert asks.answered_by("“十四五”规划计划于今年底前印发。")
    # a year or a date it names may still be confirmed
    assert asks_for("这条路2025年底前能修好吗？具体什么时候？").answered_by(
        "计划于2025年底前完工。"
    )
    assert asks_for("明年什么时候开工？").answered_by("计划明年开工。")


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        (
            "清河搞康养城市，跟杭州、黄山这些地方比有啥优势？",
            "立足清河长寿之乡特色，加快发展康养产业。",
            "与杭州相比，清河的生态环境和养老成本更有优势。",
        ),
        (
            "How does Qinghe's number of academician workstations compare with Changsha's?",
            "目前我市共有院士工作站4个。",
            "我市院士工作站数量比长沙市多出2个。",
        ),
    ],
)
def test_a_comparison_is_answered_only_by_a_sentence_naming_what_it_is_compared_with(
    question, no, yes
):
    asks = asks_for(question)
    assert asks.kind is not None
    assert not asks.answered_by(no) and asks.answered_by(yes)


@pytest.mark.parametrize(
    "question",
    [
        "治理率和去年相比提高了多少？",
        "Will more than 500 households in Qinghe get piped water?",
        "How much has education spending grown compared with the 13th Five-Year Plan?",
        "Is the subsidy higher than the Provincial Standard?",
    ],
)
def test_comparisons_with_no_place_need_none_named(question):
    assert asks_for(question).compared == ()


def test_a_place_compared_with_is_matched_without_its_unit():
    assert asks_for("跟杭州市比有什么优势？").answered_by("与杭州相比，我市生态环境更有优势。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # a count of people or households who got money is a count
        ("有多少人获得奖金？", "共有56名技术人员获得科技奖金。"),
        ("有多少户领到了补助？", "共有320户群众领取了补助。"),
        # a period named with the figure answers a question asked per year or per month
        ("How much does the city invest per year in rural roads?", "市级财政每年投入5000万元。"),
        ("每户每年补贴多少？", "对参保农户每年补贴300元。"),
        # "how big is the subsidy" asks an amount, not an area; 5 km is no length asked
        ("How big is the subsidy?", "总投资3.5亿元。"),
        (
            "How many villages within 5 km of the town have a clinic?",
            "全镇已有18个村建成标准化卫生室。",
        ),
        # a firm named in full answers which company
        ("哪家公司负责施工？", "由县交投公司承接修建。"),
    ],
)
def test_figures_and_firms_asked_in_everyday_forms_are_answered(question, sentence):
    assert asks_for(question).answered_by(sentence)


@pytest.mark.parametrize(
    "question",
    [
        "哪些企业可以申请这项补贴？",  # who may apply
        "“双倍增”到底是哪两类企业翻番？",  # kinds of firm
    ],
)
def test_a_kind_of_firm_asked_as_a_condition_or_a_category_is_no_firm_to_name(question):
    assert place_asked(question) is None


@pytest.mark.parametrize(
    ("question", "kind_only", "named"),
    [
        # a body asked with words of its kind between, after its kind, or in English
        (
            "水质是哪家第三方检测机构抽检的？",
            "委托具备资质的第三方检测机构抽检。",
            "委托市疾控中心抽检。",
        ),
        (
            "负责保洁的那家物业公司叫什么？",
            "保洁委托第三方物业公司统一管理。",
            "保洁委托星湖物业管理有限公司统一管理。",
        ),
        ("承建单位是哪家？", "由专业施工单位承建。", "由县交投公司承建。"),
        (
            "What is the name of the testing lab?",
            "由专业检测机构出具报告。",
            "由省地质环境监测中心出具报告。",
        ),
    ],
)
def test_a_company_or_body_asked_by_name_is_answered_by_a_name_not_by_its_kind(
    question, kind_only, named
):
    asked = asks_for(question)
    assert not asked.answered_by(kind_only)
    assert asked.answered_by(named)


@pytest.mark.parametrize(
    ("question", "ends"),
    [
        ("Which rural roads in Qinghe did the deputy say were in bad shape?", "路"),
        ("Which old residential compound will get an elevator first?", "小区"),
        ("Which village will get the new clinic?", "村"),
    ],
)
def test_an_english_place_asked_with_words_before_its_kind(question, ends):
    asked = place_asked(question)
    assert asked is not None and ends in asked.ends


@pytest.mark.parametrize(
    "question",
    [
        "What kind of village is it?",
        "Qinghe county: in which township and village does the ring road start?",
        "Which county-level measures were taken?",
        "What road map does the bureau follow?",
        "What will the county do about skills training?",
        "What has the district achieved on parking?",
    ],
)
def test_english_questions_that_ask_no_place_by_its_kind(question):
    assert place_asked(question) is None


def test_places_are_read_as_words_not_as_any_run_ending_in_a_unit():
    assert places_in("清溪区村跟村之间好多断头路") == ["清溪区"]
    assert places_in("石坝 镇的城市管理维护费") == ["石坝镇"]
    # 全市 points at the city; "年把全市" is no place
    assert places_in("市商务局计划到2026年把全市快递网点发展到多少个") == []
    # a common noun before a word that begins with a unit names no place: a market, no 国家市
    assert places_in("国家市场监督管理总局") == []
    assert places_of("国家市场监督管理总局") == []  # the catalog's places of an issuer
    assert places_of("丽水市民政局") == ["丽水市"]
    assert places_in("清溪县城区") == ["清溪县"]


def test_a_place_before_a_bureaus_short_name_qualifies_it_across_a_space():
    issuers = ["清河市北湖区城市管理局"]
    assert match_issuers("北湖区 城市管理局 停车", issuers) == issuers
    # 石坝镇 is not the bureau's place: 城市管理维护费 names no 城市管理局
    assert match_issuers("石坝镇 城市管理维护费 2019年", issuers) == []


def test_a_bureau_of_a_place_no_letter_is_from_does_not_narrow_to_other_places():
    catalog = Catalog.of(
        [
            {"letter_id": "a", "issuer": "南河县交通运输局"},
            {"letter_id": "b", "issuer": "北山县交通运输局"},
            {"letter_id": "c"},  # a letter whose issuer was not read (from 清溪区)
        ]
    )
    assert catalog.letters_named("北山县交通运输局打算怎么修路？", None, False).ids == {"b"}
    # 清溪区 is no letter's place: the question may be about letter c
    question = "清溪区村跟村之间的断头路交通局打算啥时候修？"
    assert catalog.letters_named(question, None, False).ids is None
    # a place after the bureau is what its letter is about, not whose bureau it is
    assert catalog.letters_named("北山县交通运输局对高新区道路有什么安排？", None, False).ids == {
        "b"
    }


@pytest.mark.parametrize(
    ("title", "places"),
    [
        ("对清河县政协八届一次会议第150号提案的答复", ["清河县"]),
        ("关于政协清河县第十届委员会第二次会议第3号提案的答复", ["清河县"]),
        ("关于李明代表在县人大十届二次会议上所提建议的答复", []),
    ],
)
def test_the_place_whose_session_a_title_names(title, places):
    from rag.answer.issuers import _met_at

    assert _met_at({"title": title}) == places


def test_an_english_question_names_an_issuer_only_by_saying_its_kind_of_office():
    catalog = Catalog.of(
        [
            {"letter_id": "police", "issuer": "北山市公安局"},
            {"letter_id": "civil", "issuer": "南河市民政局"},
            {"letter_id": "park", "issuer": "市青峰山风景名胜区管理委员会"},
        ]
    )
    # "food safety" gives 公安 in the dictionary, but the question names no bureau
    asked = "Who does the scenic area committee want to give food safety training to?"
    assert catalog.letters_named(asked, None, True).ids != {"police"}
    named = catalog.letters_named(
        "What did the civil affairs bureau say about elderly care?", None, True
    )
    assert named.ids == {"civil"}


def test_the_market_of_a_market_bureau_is_no_city_before_it():
    # 市 of 市场 ends no place: 市场监管局 is every market regulator's short name, not a
    # city's, so the county's 市场监督管理局 is named, not only a 药品监督管理局 (监管局)
    issuers = ["永宁县市场监督管理局", "黑龙江省药品监督管理局"]
    named = match_issuers("委员想让市场监管局自己建个葡萄酒检测中心，为啥办不成？", issuers)
    assert named == ["永宁县市场监督管理局"]
    # a city written before the bureau still qualifies it
    assert match_issuers("重庆市市场监管局怎么答复的？", ["永宁县市场监督管理局"]) == []


@pytest.mark.parametrize(
    "question",
    [
        "委员想多开几个挖砂的点让砂子便宜些，水利局为啥不同意？",
        "代表想多建几个冷库，县里咋答复的？",
    ],
)
def test_a_few_of_a_why_question_asks_no_count(question):
    assert asks_for(question).kind is None
