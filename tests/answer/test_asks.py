"""What a question asks for, read from the form of the question and of the figures that
answer it; and frame passages that do not crowd the substance out of the answerer's view."""

from __future__ import annotations

import pytest

from rag.answer.asks import asks_for
from rag.answer.extractive import PASSAGES_READ, answer_extractive
from rag.models import Passage


def test_ji_asks_a_count_only_when_it_is_the_sentences_question_word():
    # "几家运营商" is "a few operators": the sentence asks what was set up.
    assert asks_for("为了协调几家运营商建基站，专门设了什么机构？").kind is None
    assert asks_for("有几家运营商参加吗？").kind is None
    assert asks_for("有几家运营商参加？").kind == "count"
    # In a sentence asking 多少, the figure asked is the one 多少 counts, not 几个's unit.
    asks = asks_for("几个部门一共派出多少人？")
    assert asks.units is not None and asks.units.search("12人") and not asks.units.search("3个")
    # Each sentence has its own question word.
    assert asks_for("设了什么机构？有几家运营商参加？").kind == "count"


@pytest.mark.parametrize(
    ("question", "sum"),
    [
        ("一共拿出多少财政钱？", "累计投入财政经费7000余万元。"),
        ("建设预算是多少万元？", "累计投入财政经费7000余万元。"),
        # a fee or a price is that charge (tests/answer/test_charges_asked.py)
        ("每学期保教费是多少？", "保教费为每生每学期1800元。"),
        ("专线票价是多少？", "专线实行单一票价，每人每次2元。"),
    ],
)
def test_money_is_asked_by_the_form_of_the_noun_counted(question, sum):
    asks = asks_for(question)
    assert asks.answered_by(sum)
    assert not asks.answered_by("共有12家企业参与。")


@pytest.mark.parametrize("question", ["人才评价指标有多少项？", "金融机构有多少家？"])
def test_words_that_only_contain_a_money_character_do_not_ask_for_money(question):
    assert asks_for(question).answered_by("共有12项指标、12家机构。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("培训了多少人？", "共培训3000余人次。"),
        ("扶持了多少家企业？", "扶持企业十余家。"),
        ("投入多少万元？", "投入资金1.2万多元。"),
    ],
)
def test_an_approximate_figure_answers_a_count(question, sentence):
    assert asks_for(question).answered_by(sentence)


@pytest.mark.parametrize(
    "question",
    ["新园区什么时间开工？", "新园区哪个月开工？", "In which year will the new park open?"],
)
def test_a_date_asked_in_other_words_is_still_asked_for(question):
    asks = asks_for(question)
    assert asks.answered_by("预计2025年6月开工。")
    assert not asks.answered_by("正在积极推进前期工作。")


def test_a_duration_or_plan_period_answers_when():
    asks = asks_for("审批需要多久？")
    assert asks.answered_by("审批时限压缩至15个工作日。")
    assert asks_for("什么时候完成？").answered_by("力争在“十四五”期间完成。")
    assert asks_for("什么时候完成？").answered_by("预计明年投入使用。")
    assert not asks_for("什么时候完成？").answered_by("正在积极推进相关工作。")


def _passage(n: int, text: str, part: str = "body") -> Passage:
    return Passage(
        chunk_id=f"c{n}",
        letter_id="czj",
        source="13_czj-21.txt",
        title="关于第21号建议的答复函",
        issuer="区财政局",
        doc_number=None,
        proposal_no="21",
        section="",
        text=text,
        score=0.9 - n / 100,
        part=part,
    )


def test_frame_passages_do_not_use_up_the_passages_read():
    frames = [
        _passage(
            0, "龚凤琼代表:\n您提出的《关于加强城区环卫经费投入的建议》(第21号)收悉。现答复如下:"
        ),
        _passage(1, "首先特别感谢您对财政工作的重视和对城区环卫工作的关心。"),
        _passage(2, "最后,再次感谢您对财政工作的关心、支持和理解。"),
    ]
    plans = [
        _passage(3 + i, f"下一步将逐步加大环卫资金投入力度,{work}。")
        for i, work in enumerate(["争取专项补助", "保障人员经费", "改善环卫设施", "整治城区环境"])
    ][: PASSAGES_READ - 1]
    figure = _passage(9, "近三年共计安排城区环卫资金22375万元。")
    answer = answer_extractive("区财政在环卫方面已经投了多少资金？", [*frames, *plans, figure])
    assert not answer.refused and "22375万元" in answer.text


def test_who_does_it_is_answered_by_the_units_a_letter_names():
    # "Who is responsible" asks for a party — here two units — not for a person's name.
    roads = _passage(0, "按照属地原则,乡镇政府和村委会分别负责乡道和村道的日常养护。")
    answer = answer_extractive("Who is responsible for maintaining township roads?", [roads])
    assert not answer.refused and "乡镇政府" in answer.text
    # A person asked by name ("负责人是谁") still needs a name.
    assert answer_extractive("乡道养护的项目负责人是谁？", [roads]).refused
    assert answer_extractive("Who is the project manager for township roads?", [roads]).refused
    # "the lead agency" is a unit too
    lead = answer_extractive("Who is the lead agency for township road upkeep?", [roads])
    assert not lead.refused and "乡镇政府" in lead.text


@pytest.mark.parametrize(
    ("question", "letter_date"),
    [
        ("这封答复函是哪天发的？", True),
        ("第0798号提案是哪天答复的？", True),
        ("落款日期是哪天", True),
        ("子洲县交通局是哪天开会专门研究这份提案的？", False),  # a meeting's day, in the body
        ("这份答复是哪天签发的？", True),
        ("落款是哪天，网站又是哪天发布的？", True),
        ("补贴资金是哪天发放的？", False),  # a payment's day, not the letter's
        ("项目是哪天签约的？", False),  # a contract's day
    ],
)
def test_which_day_asks_the_letters_date_only_about_the_letter(question, letter_date):
    from rag.answer import query

    assert ("date" in [f.name for f in query.fields_asked(question)]) is letter_date


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("那份答复由谁承办？电话多少？", "contact"),
        ("这份建议是谁领衔提的？一共几位代表？", "proposers"),
        ("那份函对应县政协第几号提案？是哪两位委员提的？", "proposers"),
        ("那份函对应县政协第几号提案？是哪两位委员提的？", "proposal_no"),
        ("这份建议的编号是多少？", "proposal_no"),
        ("那件提案是第几号？哪些单位会办？", "co_handlers"),
        ("Which proposal number does the fisheries bureau's reply answer?", "proposal_no"),
    ],
)
def test_contact_and_proposer_questions_in_other_words(question, field):
    from rag.answer import query

    assert field in [f.name for f in query.fields_asked(question)]
    assert not query.asks_letters(question)  # one letter's fields, not which letters


@pytest.mark.parametrize(
    "question",
    [
        "第几期培训班什么时候开？",
        "几号开工？",
        "各个提案的数量多少？",
        "第几号台风影响了当地？",
        "那是第几号文件？",
        "What number of households did the proposal cover?",
    ],
)
def test_an_ordinal_a_day_or_another_documents_number_is_no_proposal_number(question):
    from rag.answer import query

    assert "proposal_no" not in [f.name for f in query.fields_asked(question)]


def test_a_meeting_is_no_co_handling():
    from rag.answer import query

    question = "哪些答复提到召开现场会办会？"
    assert "co_handlers" not in [f.name for f in query.fields_asked(question)]
    assert query.asks_letters(question)
    assert "proposers" in [f.name for f in query.fields_asked("是哪一位委员提出的？")]


def test_a_count_is_answered_by_a_figure_that_counts_the_thing_asked():
    asks = asks_for("园区里一共落户了多少家生物医药企业？")
    # 15 departments sit on the joint meeting: no count of companies
    assert not asks.answered_by("由发改、财政等15个部门组成联席会议,统筹园区建设。")
    assert asks.answered_by("目前园区已聚集生物医药企业156家。")
    # the thing counted may follow the figure, further on in its clause
    parks = asks_for("有多少个省级现代农业产业园得到了支持？")
    assert parks.answered_by("支持建设6个以柑橘、蔬菜等为主导产业的省级现代农业产业园。")
    assert not parks.answered_by("建设3个产业集群，另有省级现代农业产业园在申报。")
    # or stand before it in its sentence, and a compound's last character counts it
    brokers = asks_for("培训了多少名技术经纪人？")
    assert brokers.answered_by("举办技术经纪人培训班4期,累计培训300人次。")
    assert asks_for("多少个行政村通了客车？").answered_by("全县已有72个村通客车。")


def test_a_model_name_is_no_figure_but_a_unit_in_latin_letters_is():
    asks = asks_for("How many village groups still have no signal?")
    assert not asks.answered_by("编制《全县5G基站布局规划》。")
    assert asks.answered_by("全县还有12个村民组没有信号。")
    assert asks_for("装机容量有多大？").answered_by("新增光伏装机容量30MW。")


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        ("How wide will the road surface be?", "经过县乡两级共同努力。", "路面拓宽至6.5米。"),
        ("警示牌立在多远的地方？", "增设警示牌两块。", "在路口以北80米处增设警示牌。"),
        # a weight, an area in mu, households asked in English: in those units
        (
            "How many tonnes of peel were made?",
            "种植面积约12.6万亩，产值190亿元。",
            "产量约2300吨。",
        ),
        ("How many kilograms did each net land?", "投放鱼苗3万尾。", "每网捕鱼约1.2万斤。"),
        ("How many mu are planted?", "带动农户3000户。", "种植面积约96万亩。"),
        ("How many peach-growing households are there?", "约七成农户种桃。", "种桃农户1.2万户。"),
    ],
)
def test_a_measure_is_answered_only_in_its_units(question, no, yes):
    asks = asks_for(question)
    assert not asks.answered_by(no) and asks.answered_by(yes)


@pytest.mark.parametrize(
    "question",
    ["How far has the lift retrofit programme got?", "How wide is the coverage of insurance?"],
)
def test_how_far_and_how_wide_as_idioms_ask_no_length(question):
    assert asks_for(question).kind is None


@pytest.mark.parametrize(
    ("question", "sentence", "answers"),
    [
        ("新幼儿园建在哪个村？", "新园选址在城东村。", True),
        ("新幼儿园建在哪个村？", "村民委员会同意建园。", False),  # 村民 is no village
        ("新幼儿园建在哪个村？", "重庆市将加快普惠性幼儿园建设。", False),  # a city is no village
        ("新幼儿园建在哪个村？", "我局将指导各乡镇做好选址工作。", False),
        ("代表反映的学校在红旗镇哪个村？", "红旗镇的道路管理不归我局负责。", False),  # named
        ("那条路属于哪个村委会？", "关于修建青石村委会至下坝村小组道路的建议。", True),
        ("Which village in Liuxi will get the road?", "县里将在柳溪镇白沙村修建道路。", True),
        ("Which village in Liuxi will get the road?", "县里将积极争取资金。", False),
        ("公交专用道设在哪些路段？", "在滨江大道、人民路施划公交专用道。", True),
        ("新园的具体地址是什么？", "新园位于城南片区。", False),
        ("新园的具体地址是什么？", "新园位于人民路12号。", True),
        ("办事大厅的地址是什么？", "您提出的建议(第182号)收悉。", False),  # a number, no street
        ("集聚区放在哪个园区？", "在城南电子信息产业园区建设集聚区。", True),
        ("集聚区放在哪个园区？", "建设汽车电子集聚区。", False),
    ],
)
def test_a_place_is_answered_by_a_place_of_its_kind_the_question_does_not_name(
    question, sentence, answers
):
    asks = asks_for(question)
    assert asks.kind == "place"
    assert asks.answered_by(sentence) is answers


@pytest.mark.parametrize(
    "question",
    [
        "想享受奖补，卡在哪里？",
        "过去三年的钱主要用在哪些地方？",
        "问题出在哪里？",
        "研究院是放在哪项行动里讲的？",
        "下一步工作重心放在哪里？",
        "哪些乡村医生能得到培训支持？",
        "哪些社区卫生服务中心纳入了试点？",
        "How will the bureau address the shortage of talent?",
        "What county-level measures were taken?",
        "What road map does the bureau follow?",
    ],
)
def test_questions_that_ask_no_place(question):
    assert asks_for(question).kind != "place"


@pytest.mark.parametrize(
    ("question", "consulted"),
    [
        ("农业农村部答复之前，和哪些部委商量过？", True),
        ("民政局答复196号建议前征求了哪些部门的意见？", True),
        ("Which ministries were consulted before the reply?", True),
        ("两地建立了什么会商机制？", False),
        ("医保报销比例能商量吗？", False),
    ],
)
def test_the_units_consulted_are_the_co_handlers(question, consulted):
    from rag.answer import query

    asked = [f.name for f in query.fields_asked(question)]
    assert (asked == ["co_handlers"]) is consulted
    assert (query.detect_intent(question) == query.META) is consulted


def test_a_named_official_is_a_person_asked_for():
    assert asks_for("通信发展办公室的主任是谁？").kind == "person"


@pytest.mark.parametrize(
    ("question", "money"),
    [
        ("What is the minimum monthly wage in 2023?", True),
        ("How much is the allowance for village doctors?", True),
        ("What is being done about pay and wages at health centres?", False),
        ("Will the rent subsidy policy continue?", False),
    ],
)
def test_pay_asked_as_an_amount_needs_yuan(question, money):
    asks = asks_for(question)
    assert (asks.kind == "count" and asks.units is not None) is money


@pytest.mark.parametrize(
    ("question", "letters_date"),
    [
        ("What is the date of the reply to proposal 0798?", True),
        ("When was the reply to proposal 0798 sent?", True),
        ("When was proposal 0412 answered?", True),
        ("When did the bureau respond?", True),
        # the date of a policy the letter cites is in its body, not on its sign-off
        ("On what date did the city government issue its opinions on innovation?", False),
        ("What is the completion date mentioned in the reply?", False),
        ("In its response, when will subsidies be paid?", False),
        ("When was the bridge completed?", False),
    ],
)
def test_an_english_date_is_the_letters_only_when_it_asks_about_the_letter(question, letters_date):
    from rag.answer import query

    assert (query.detect_intent(question) == query.META) is letters_date


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        # a figure per unit is not answered by a total
        (
            "那8个产业园，每个分到了多少中央财政资金？",
            "安排中央财政资金14.7亿元支持建设5个产业集群、8个产业园。",
            "每个产业园安排中央财政资金1000万元。",
        ),
        ("补贴标准是每人多少钱？", "共发放补贴50万元。", "补贴标准为100元/人。"),
        # a change or a comparison is not answered by this year's figure
        (
            "重点县数量和上一年相比多了几个？",
            "2021年认定贵定县等2个县为重点县。",
            "重点县数量比上年增加2个。",
        ),
        (
            "How does the rural sewage treatment rate compare with the provincial average?",
            "全市农村生活污水治理率达到35%。",
            "治理率达到35%,高于全省平均水平5个百分点。",
        ),
        # per use, per tonne: any measure word after 每; the 每 of another clause
        # (a daily opening time) states no rate of the figure
        (
            "远程手语翻译按次收费吗？每次多少钱？",
            "服务时间为每天8:00至22:00，年度购买服务经费38万元。",
            "翻译服务收费50元/次。",
        ),
        (
            "矿山治理恢复保证金是按每吨煤多少钱缴存的？",
            "全市在产煤矿累计缴存保证金12.8亿元。",
            "保证金按每吨原煤10元的标准缴存。",
        ),
        # a fee asked after whether there is one
        ("游客如厕要收费吗？收多少？", "周边原有公厕仅3座、蹲位46个。", "如厕每次收费1元。"),
        # a count of people asked with 个
        ("有手语翻译资格的专职人员有几个？", "全区现有区聋人协会分会5个。", "专职人员仅有9人。"),
        ("乡镇卫生院有几个医生？", "全县有乡镇卫生院12个。", "每个卫生院有医生3人。"),
        # …a noun for people jieba cuts apart (女书 / 传承 / 人)
        ("江永现在还有几个女书传承人？", "建成女书传习馆3个。", "全县共有女书传承人7名。"),
        ("有多少外地游客来过？", "新建停车场2个。", "接待外地游客12万人次。"),
    ],
)
def test_a_figure_asked_per_unit_or_as_a_change_must_be_stated_so(question, no, yes):
    asks = asks_for(question)
    assert not asks.answered_by(no) and asks.answered_by(yes)


def test_a_yearly_sum_is_read_in_its_own_clause_not_a_daily_time_beside_it():
    asks = asks_for("那个手语翻译平台，政府一年花多少钱买服务？")
    assert asks.answered_by("服务时间为每天8:00至22:00，年度购买服务经费38万元。")
    assert not asks.answered_by("每天补贴翻译员200元。")


def test_which_seven_towns_asks_their_names_not_their_number():
    asks = asks_for("东北片区季节性缺水的是哪7个乡镇？")
    assert asks.kind == "place"
    assert not asks.answered_by("你在提案中反映的东北片区7个乡镇季节性缺水问题确实存在。")
    assert asks.answered_by("缺水的有双流镇、消水镇等7个乡镇。")


def test_compare_how_the_bureaus_answered_asks_no_figure():
    assert asks_for("Compare how the bureaus answered about parking.").kind is None
    assert asks_for("对比各地对停车难的答复").kind is None


def test_a_count_asked_at_one_level_of_government_is_not_one_stated_at_another():
    asks = asks_for("青禾市现在有几个国家级院士工作站？")
    assert not asks.answered_by("目前我市共有省级院士工作站4个,今后将继续推进。")
    assert asks.answered_by("目前我市共有国家级院士工作站2个、省级院士工作站4个。")
    # "省级以上" takes in the national ones
    assert asks_for("青禾市有几个省级以上院士工作站？").answered_by("我市共有国家级院士工作站2个。")


def test_a_count_whose_measure_word_the_letter_left_out_still_answers():
    # A web copy of a real letter writes "共有地埋式垃圾箱65," with no 个.
    asks = asks_for("塔城市区目前一共有多少个地埋式垃圾箱？")
    assert asks.answered_by("目前我市共有地埋式垃圾箱65,管理处将结合市区实际逐步增设。")
    # …but only right after the noun counted and ending its clause: not a year or a code.
    assert not asks.answered_by("目前我市共有地埋式垃圾箱,2019年将逐步增设。")
    assert not asks.answered_by("地埋式垃圾箱65型样品已送检。")
    # A figure the question gives itself answers nothing.
    given = asks_for("除了原有的65个，一共有多少个地埋式垃圾箱？")
    assert not given.answered_by("共有地埋式垃圾箱65。")
    assert given.answered_by("共有地埋式垃圾箱80。")
    # The question may call the thing otherwise: 垃圾桶 ("rubbish bin") for the letter's 垃圾箱
    # ("rubbish can"), as CC-CEDICT glosses both; a noun glossed otherwise counts another thing.
    other_word = asks_for("塔城市区现在一共有多少个埋在地下的垃圾桶？")
    assert other_word.answered_by("目前我市共有地埋式垃圾箱65,管理处将结合市区实际逐步增设。")
    assert not other_word.answered_by("目前我市共有公共厕所65,管理处将结合市区实际逐步增设。")


def test_a_count_asked_as_an_addition_is_not_answered_by_a_standing_total():
    asks = asks_for("塔城市今年计划再新增多少个地埋式垃圾箱？")
    assert not asks.answered_by("目前我市共有地埋式垃圾箱65个,管理处将结合市区实际申请加快建设。")
    assert not asks.answered_by("目前我市共有地埋式垃圾箱65,管理处将结合市区实际申请加快建设。")
    assert asks.answered_by("下一步,我局将新增地埋式垃圾箱30个。")
    assert asks.answered_by("今年计划再建地埋式垃圾箱30个。")
    # a total, however it is worded, and a plan said only after the figure are no addition
    for total in ("目前全市已建成地埋式垃圾箱65个。", "累计建设地埋式垃圾箱65个。"):
        assert not asks.answered_by(total)
    assert not asks.answered_by("再次感谢您的关心，目前共有地埋式垃圾箱65个。")
    assert not asks.answered_by("目前共有地埋式垃圾箱65个将加快建设。")
    assert asks_for("就业岗位增加了多少个？").answered_by("全年就业岗位较上年增长1200个。")
    # the thing added is what is asked about, or its cost, not how many were added
    assert asks_for("码头新建的公厕一共投了多少钱？").answered_by("项目总投资86万元。")
    assert asks_for("新建公厕投资多少钱？").answered_by("项目总投资86万元。")


def test_a_count_with_its_unit_left_out_is_still_a_count_of_the_level_asked():
    asks = asks_for("岳阳有几个省级院士工作站？")
    assert not asks.answered_by("全市已建成国家级院士工作站2，省级工作站正在申报。")
    assert asks.answered_by("全市已建成省级院士工作站4，国家级的正在申报。")
    assert not asks_for("有多少个地埋式垃圾箱？").answered_by("采购地埋式垃圾箱2019，共分两批。")


def test_how_many_days_it_takes_is_answered_by_a_duration_not_a_date():
    asks = asks_for("拿玉去检验站鉴定，几天能拿到证书？")
    assert not asks.answered_by(
        "县玉石产品质量检验站于2022年3月建成运行，全年出具检验证书1.9万份。"
    )
    assert asks.answered_by("鉴定后3个工作日内出具证书。")
    assert asks_for("审批要多少个工作日？").answered_by("审批时限压缩至5个工作日。")


def test_a_rate_asked_is_answered_by_a_rate_not_by_another_share_beside_it():
    asks = asks_for("抚远放流的大马哈鱼回捕率是多少？")
    assert not asks.answered_by("2020年秋汛全市大马哈鱼捕捞量约62吨，不足本世纪初的三分之一。")
    assert asks.answered_by("放流鱼苗回捕率约为1.2%。")
    assert asks_for("发车频率是多少？").answered_by("每15分钟发一班。")  # a frequency is no share


def test_places_counted_with_ge_are_answered_in_chu():
    asks = asks_for("丰泽区在路边一共画了多少个停单车的框？")
    assert asks.answered_by("在人行道周边施划非机动车停放区1260处。")


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("全县有多少天然气用户？", "全县天然气用户3.2万户。"),  # 天然气 asks no days
        ("城区建了多少天桥？", "城区建成天桥12座。"),
        ("不动产登记需要多少个工作日？", "登记时限压缩至5日。"),  # a duration in 日
        ("施工许可公示期有多少天？", "公示期为7个自然日。"),
        ("今年全县GDP增长率是多少？", "全县GDP同比增长6.5%。"),  # a rate as the share it is of
        ("全县医保参保率是多少？", "参保比例达98.5%。"),
        ("全市有几个家政服务员培训机构？", "全市有家政服务员培训机构18家。"),  # not people
    ],
)
def test_what_the_second_review_found_answered_stays_answered(question, sentence):
    assert asks_for(question).answered_by(sentence)


def test_a_date_is_no_duration_in_days():
    assert not asks_for("几天能拿到证书？").answered_by("检验站于2022年3月5日建成运行。")
