"""What a sentence takes from its letter when it answers (made_up/qa8 followed these): the
thing it points back to (该工程), the year its 今年 means, the issuer's place an English
question spells (not a word that sounds like it); and what a question names or asks: a
place inside a longer name (马关 in 下马关), hours asked as 钟头, a length asked as "how
long is". Every letter here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.asks import asks_for

WATER = """标题：同心县水务局对县十七届人大六次会议第22号建议的答复
马金福代表：
您提出的《关于解决下马关镇南部村庄夏季缺水问题的建议》（第22号）收悉，现答复如下：
下马关镇南部6个村的饮用水依托下马关片区农村饮水安全工程供给。该工程于2015年建成，总投资2360万元，铺设供水管道86公里。
2016年4月，我局更换了片区加压泵站3台水泵，泵站日供水能力由900立方米提高到1400立方米。
今年6月以来，南部村庄白天供水时间由原来的每天不足6小时延长至14小时以上。
同心县水务局
2016年7月20日
"""
ROAD = """标题：马关县交通运输局关于县人大第12号建议的答复
熊林花代表：
你提出的修建村组连接道路的建议收悉，现答复如下：
全县已完成建制村路面硬化，村组连接道路因县级财力困难，暂时不能解决。
马关县交通运输局
2019年6月2日
"""
KINDERGARTEN = """标题：某某市涧西区教育局关于区十届人大四次会议第35号建议的答复
马晓燕代表：
您提出的增加公办幼儿园学位的建议收悉，现答复如下：
一、挖潜扩容
2023年，我局利用闲置校舍改建涧西区第七实验幼儿园，设12个班、学位360个。
二、扶持普惠性民办园
2023年新认定普惠性民办幼儿园1所。今年新认定普惠性民办幼儿园2所，新增普惠学位270个。
区财政对普惠性民办园按每生每年600元标准给予生均补助。
某某市涧西区教育局
2024年6月14日
"""
CLINICS = """标题：武乡县卫生健康和体育局关于县政协十届五次会议第28号提案的答复
李红委员：
您提出的加强乡村医生队伍建设的提案收悉，现答复如下：
委托长治医学院定向培养农村订单定向医学生18名，毕业后回乡镇卫生院服务。
对暂无乡村医生的5个偏远村，由乡镇卫生院组织巡回医疗。
武乡县卫生健康和体育局
2021年6月30日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        water=WATER,
        road=ROAD,
        kindergarten=KINDERGARTEN,
        clinics=CLINICS,
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # 下马关 is a town of 同心县, not a place of 马关县's letter
        ("下马关片区的加压泵站换了水泵以后，一天能供多少水？", "1400立方米"),
        ("下马关南边那几个村，现在白天能来几个钟头的水？", "14小时"),
        # 今年 in a letter of 2024 is 2024, not the 2023 of the sentence before
        ("2024年涧西区新认定了几所普惠性民办幼儿园？", "2所"),
        # 该工程 is the Xiamaguan project the sentence before names
        ("How much did the Xiamaguan drinking water project cost?", "2360万元"),
        # Wuxiang is 武乡 of the issuer, not the 无乡 of 暂无乡村医生
        ("How many rural order-oriented medical students is Wuxiang training?", "18名"),
    ],
)
def test_the_sentence_that_states_it_answers(qa, question, fact) -> None:
    answer = qa.ask(question)
    assert not answer.refused, answer.text
    assert fact in answer.text
    assert "road.txt" not in {c.source for c in answer.citations}


def test_a_place_inside_a_longer_name_names_no_letter(qa) -> None:
    answer = qa.ask("马关县的村组连接道路什么时候修？")
    assert {c.source for c in answer.citations} <= {"road.txt"}


def test_what_a_question_asks_for_by_its_form() -> None:
    hours = asks_for("那几个村白天能来几个钟头的水？")
    assert hours.answered_by("白天供水时间延长至14小时以上。")
    assert not hours.answered_by("南部6个村由片区工程供水。")  # 那几个 counts nothing
    assert asks_for("How long is its pipe network?").kind == "count"
    # a compound of a thing with a length, or a place's: a length answers it, not a date
    coast = asks_for("How long is the coastline of Wendeng district?")
    assert coast.kind == "count" and coast.answered_by("我区海岸线长约155公里。")
    assert asks_for("How long is Linxia County's rural road network in total?").kind == "count"
    assert asks_for("How long is Baoji's training course?").kind == "time"
    assert asks_for("How long is the timeline for the works?").kind == "time"
    assert asks_for("How long is the bureau's hotline open?").kind == "time"
    # "how many" with no unit counts things: a sum in yuan or a share answers nothing
    things = asks_for("How many guesthouses have been rated five-star?")
    assert things.answered_by("获评等级民宿的有31家。")
    assert not things.answered_by("对五星级民宿给予一次性奖励30万元。")
    assert not things.answered_by("民宿平均入住率为46%。")
    # …unless it asks a count of yuan or of percentage points
    assert asks_for("How many yuan does each household receive?").answered_by("每户补助3000元。")
    assert asks_for("How many percentage points did it rise?").answered_by("提高3.2个百分点。")
    assert asks_for("How long will the works take?").kind == "time"
    assert asks_for("Which police officer is in charge at the school gate?").kind == "person"


@pytest.mark.parametrize(
    ("question", "stated", "not_stated"),
    [
        # a year asked from the letter's (今年 of a letter of 2021), not an earlier one
        (
            "今年改造那40个村卫生室，预算是多少？",
            "今年计划投入500万元改造40个村卫生室。",
            "2020年县财政投入680万元，完成46个村卫生室改造。",
        ),
        # a figure the question gives itself is no answer
        (
            "新增的5100个公共充电桩里，快充桩有多少个？",
            "2021年新增快充桩1200个。",
            "全年新增公共充电桩5100个。",
        ),
        # per household: a share per lift is another's
        ("居民自己每户要掏多少钱？", "居民每户出资约2万元。", "区财政每部补助15万元。"),
        ("每户每年补贴多少？", "对参保农户每年补贴300元。", "对每个合作社补贴3万元。"),
        # a duration, not a clock time
        (
            "How long does a one-way trip on the bus take?",
            "单程约50分钟。",
            "末班车下午4点从县城发出。",
        ),
        ("How long does the trip take?", "单程约50分钟。", "线路定于2013年10月1日正式运行。"),
        # a height, not a count of incidents
        (
            "How high did the lake's water level rise in 2016?",
            "2016年最高水位达34.6米。",
            "2016年汛期出现险情23处。",
        ),
        # children counted as people, not as the classes they fill
        (
            "How many children will the new kindergarten take?",
            "可招收幼儿360名。",
            "计划开设12个班。",
        ),
        # a share per unit with what is done per it between ("每还田一亩"), not per a firm
        ("县里一亩补几块钱？", "每还田一亩补助60元。", "每家企业每年最高补助30万元。"),
        # a day's figure named so ("日产"), not a month's date
        ("淡化站一天最多出多少吨水？", "设计日产淡水500吨。", "6月产淡水500吨。"),
        # a quantity of a place's, said with its name ("Jurong's output"), for the year asked
        (
            "What was Jurong's strawberry output in 2015?",
            "2015年全市草莓产量约4.2万吨。",
            "2016年全市草莓产量约4.98万吨。",
        ),
        (
            "What was the ammonia nitrogen concentration in mg/L?",
            "氨氮浓度为1.2mg/L。",
            "出境断面水质达到Ⅳ类，较上年改善2个类别。",
        ),
        # a firm or a school asked for by its kind
        (
            "Which company built the smart depot system?",
            "由某某粮油科技有限公司承建。",
            "全省91个储备库已完成智能化升级。",
        ),
        (
            "那30个实训基地具体落在哪几所学校？",
            "实训基地设在城东职业中学和县职业技术学院。",
            "我厅将遴选30个县域产教融合实训基地。",
        ),
    ],
)
def test_a_figure_or_name_of_the_asked_kind_answers(question, stated, not_stated) -> None:
    asks = asks_for(question)
    assert asks.answered_by(stated, "", 2021)
    assert not asks.answered_by(not_stated, "", 2021)


def test_a_rate_asked_for_a_period_is_one_stated_for_it() -> None:
    asks = asks_for("乡村医生每人每年能拿多少补助？")
    assert asks.answered_by("按每人每年5000元标准发放补助。")
    assert not asks.answered_by("对在岗乡村医生每人每月发放岗位补助300元。")
    assert asks.answered_by("补助标准为每人3000元。")  # no period stated: may be the year's
    assert not asks_for("摊位费一个月多少钱？").answered_by("摊位费每年1200元。")


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        # a word that holds 前年 / 明年 names no year
        ("当前年度预算安排了多少资金？", "2024年安排资金500万元。"),
        # 今年 asked: a sentence of no year speaks of the letter's present
        ("今年新建了多少个？", "截至目前已新建1200个。"),
        # a term, not a length; a sum, not a height
        ("How long is the warranty?", "保修期为2年。"),
        ("How long is the road repair expected to take?", "工期约10个月。"),
        ("How high is the subsidy?", "补助标准为每人每月300元。"),
        # a figure of another thing than the one the question gives
        ("全市12个乡镇有多少个卫生院？", "全市共有卫生院12个。"),
        # per household, said otherwise
        ("居民每户要掏多少钱？", "对每一户收取3000元。"),
        ("需要多长时间建成？", "预计3年内建成。"),
        ("需要多长时间？", "一个半月完成。"),
        ("跨省调剂一般多长时间能批下来？", "审批时限压缩至20个工作日。"),
        # a state builder by its numbered bureau; a post by the head of it
        ("那段路是哪家施工单位承建的？", "由中铁十局承建。"),
        ("Who is the project manager?", "项目负责人李国强表示将加快进度。"),
    ],
)
def test_what_the_rules_leave_answered(question, stated) -> None:
    assert asks_for(question).answered_by(stated, "", 2024)


@pytest.mark.parametrize(
    "question",
    [
        "Which official website publishes the replies?",
        "What is the capacity-building plan?",
        "哪些农产品品牌获得了认证？",
        "Which brands of local tea are certified?",
    ],
)
def test_what_asks_no_person_firm_or_figure(question) -> None:
    assert asks_for(question).kind is None


def test_a_follow_up_states_only_the_figures_the_user_wrote() -> None:
    point = "二是在学校两侧100米距离的道路设立提示标志。"
    asks = asks_for(
        f"{point} 的提示标志分别设在离学校多远？",
        years_from="其中第二点的提示标志分别设在离学校多远？",
    )
    assert asks.answered_by(point)


def test_how_long_asked_is_answered_by_a_duration_not_a_year():
    asks = asks_for("跨省调剂一般多长时间能批下来？")
    assert not asks.answered_by("2019年共批准蒙药制剂区内调剂品种214个。", "", 2020)
