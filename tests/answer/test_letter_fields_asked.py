"""Questions about a letter itself — who made the proposal, who replied, when, at which
session — asked in the ways people ask them, in Chinese and English; and figures asked
in a form only a figure of that form answers.  Every letter and sentence here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag import ReplyLetterQA
from rag.answer import query
from rag.answer.asks import asks_for
from rag.answer.places import place_asked


def _asked(question: str) -> list[str]:
    return [f.name for f in query.fields_asked(question)]


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("Which deputy asked the county to rebuild the clinic (suggestion 122)?", "proposers"),
        ("Who raised suggestion 56 about weak phone signal in the villages?", "proposers"),
        ("Who put forward the suggestion on science talent?", "proposers"),
        ("Which CPPCC member proposed the ring road?", "proposers"),
        ("那件小家电建议是谁领头提的？一共几名代表？", "proposers"),  # (made_up/qa42)
        ("这件提案是谁牵头提出的？", "proposers"),
        ("When was the finance bureau's letter on suggestion 21 written?", "date"),
        ("预约诊疗的那份答复是哪天成文的？", "date"),  # its 成文日期
        ("When did the Lizhou district finance bureau in Guangyuan answer suggestion 32?", "date"),
        ("On what date did the health commission sign its reply on the plan?", "date"),
        ("What is the date on the education bureau's reply to suggestion 088?", "date"),
        ("Who replied to the suggestion on the town road, and on what date?", "date"),
        ("Who replied to the suggestion on the town road?", "issuer"),
        ("Which bureau answered suggestion 46?", "issuer"),
        ("那份垃圾影响市容的提案，最后是哪个部门回的？", "issuer"),
        ("这条建议是谁答复的？", "issuer"),
        ("Which units signed the reply on adding elevators?", "issuer"),  # a joint sign-off
        ("这份答复的落款单位是什么？", "issuer"),
        ("Which units are named at the end of the reply on adding elevators?", "issuer"),
        ("那份答复末尾署名的是哪些单位？", "issuer"),
        ("岳阳那份科技人才答复的承办负责人是谁？", "contact"),
        ("那份集体提案是政协哪一届哪次会上提的？", "session"),
        ("这条建议是哪次人代会上提的？", "session"),
        ("At which session was the proposal raised?", "session"),
    ],
)
def test_a_field_of_the_letter_asked_in_other_words(question, field):
    assert field in _asked(question)
    assert query.detect_intent(question) == query.META


@pytest.mark.parametrize(
    ("question", "not_asked"),
    [
        # a phone signal is the topic, not a phone number asked for
        ("Who raised suggestion 56 about weak phone signal in the villages?", "contact"),
        # the letter's date is asked, not who signed it
        ("On what date did the health commission sign its reply?", "signer"),
        # a date in the body, not the letter's
        ("On what date did the city government issue its opinions on innovation?", "date"),
        ("When will the road be finished?", "date"),
        # a recycler, an office to apply at, a cohort, a meeting: not who replied or when
        ("废旧电池由谁回收？", "issuer"),
        ("营业执照到哪个部门办？", "issuer"),
        ("哪届毕业生可以申请就业补贴？", "session"),
        ("这个方案是哪次会议研究决定的？", "session"),
        ("When did the villagers sign the land transfer contracts?", "date"),
        ("When does the hotline respond to complaints?", "date"),
        ("What is the date of the flood emergency response drill?", "date"),
        ("Which members of the public can apply?", "proposers"),
        ("Which committee members will review the plan?", "proposers"),
        ("Which departments helped farmers sell their produce?", "co_handlers"),
        ("Which units signed the cooperation agreement?", "issuer"),
        ("Which units are named at the end of the report?", "issuer"),
        ("How many projects were approved in 2023?", "signer"),
        ("Which projects were approved by the province?", "signer"),
    ],
)
def test_words_that_look_like_a_field_but_do_not_ask_it(question, not_asked):
    assert not_asked not in [f.name for f in query.META_FIELDS if f.asks.search(question)]


@pytest.mark.parametrize(
    ("question", "no", "yes"),
    [
        # money asked with the noun after the question word
        ("活动场所能拿到多少建设资金？", "该组有60户250名村民。", "下达建设资金12万元。"),
        # a length asked in kilometres
        (
            "一共硬化了多少公里农村公路？",
            "全县40户以上自然村道路已硬化。",
            "累计硬化农村公路126公里。",
        ),
        (
            "How big is the industrial park, in square kilometres?",
            "园区落户企业37家。",
            "园区规划面积12平方公里。",
        ),
        # the one-character noun counted: classes, not kindergartens
        ("新幼儿园开几个班？", "幼儿园数量将升至9所。", "新园计划开设12个班。"),
    ],
)
def test_a_figure_of_the_form_asked(question, no, yes):
    asks = asks_for(question)
    assert not asks.answered_by(no) and asks.answered_by(yes)


def test_a_village_named_in_an_address_answers_which_village():
    asked = place_asked("推介的美丽乡村，举了哪个村当例子？")
    assert asked is not None
    # jieba cuts 大木村 as 大 + 木村 (a surname): the address still names a village
    assert asked.answered_by("推介了清河县六屯镇大木村等5个美丽乡村。")
    assert not asked.answered_by("加快推进美丽乡村建设。")


ROAD = """source_url: synthetic
completeness: full
---
龚明代表:
您提出的关于石桥至松岭农村公路改造的建议收悉,现答复如下:
2023年3月15日,镇政府召开专题会议研究该段公路改造。我镇对该建议高度重视,该段公路改造拓宽工作已全面启动,由县交投公司承接修建。预计年底该段公路可完成改造拓宽。
希望以后多提宝贵意见,以利我们改进工作。
河西镇人民政府
2023年9月15日
"""

PARKING = """source_url: synthetic
completeness: full
---
标题：东城区交通局关于区人大二次会议第18号建议的答复
发文机关：东城区交通局
落款日期：2021-05-20
李华代表:
您提出的关于增设停车位的建议收悉。现答复如下:
我局已在老城片区新增停车位320个,下一步将结合道路改造继续增设停车位。
东城区交通局
2021年5月20日
"""


def _dated(text: str) -> bool:
    """The road letter's date, as its sign-off or its field card writes it."""
    return "2023年9月15日" in text or "2023-09-15" in text


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        road=ROAD,
        parking=PARKING,
    )


def test_who_replied_and_when_is_read_off_the_letters_own_sign_off(qa):
    answer = qa.ask("石桥至松岭那条农村公路的建议，最后是哪个部门回的？什么时候？")
    assert not answer.refused
    assert "河西镇人民政府" in answer.text and _dated(answer.text)
    # another letter's date is no answer about this one, nor a meeting's in the body
    assert "2021" not in answer.text and "3月15日" not in answer.text


def test_an_english_question_gets_the_proposer_and_date_of_the_letter_it_is_about(qa):
    answer = qa.ask(
        "Which deputy asked for the Shiqiao to Songling road, and when is the reply dated?"
    )
    assert not answer.refused
    assert "龚明" in answer.text and _dated(answer.text)
    assert "2021" not in answer.text and "李华" not in answer.text and "3月15日" not in answer.text


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("在东山墟场建幼儿园那份提案，是哪位政协委员提的？", "proposers"),
        ("周村交通局那份答复还抄送给了哪些单位？", "copied_to"),
        (
            "Which city departments and which district government helped the bureau "
            "handle the suggestion?",
            "co_handlers",
        ),
        ("Which transport bureau head approved the Anju reply on village roads?", "signer"),
        ("What is the index number of the forestry bureau's reply on nursery stock?", "index_no"),
    ],
)
def test_more_ways_of_asking_about_the_letter(question, field):
    assert field in _asked(question)


@pytest.mark.parametrize(
    "question",
    [
        "青禾园区那件建议，商务局是跟哪些单位一起办的？",
        "这件提案和哪些部门一起办理的？",
        "Which departments did the Qinghe transport bureau consult before replying?",
        "答复第18号建议时经商了哪些部门？",
    ],
)
def test_handled_together_with_asks_the_co_handlers(question):
    assert "co_handlers" in _asked(question)
    assert query.detect_intent(question) == query.META


@pytest.mark.parametrize(
    "question",
    [
        "你们跟哪些企业一起办的培训？",  # a firm the bureau trained with: the body says
        "Which departments did the county fund last year?",
        # whom the bureau will consult is its plan, not who co-handled the reply
        "东城区交通局下一步要跟哪些部门商量增设停车位的事？",
        "Which departments will the bureau consult next year?",
    ],
)
def test_working_with_others_on_the_substance_asks_no_co_handlers(question):
    assert "co_handlers" not in _asked(question)


def test_which_departments_helped_asks_one_letters_co_handlers_not_which_letters():
    assert not query.asks_letters("Which departments helped the bureau handle the suggestion?")
    assert query.asks_letters("Which departments answered suggestions about parking?")


def test_which_companies_is_answered_by_firms_the_letter_names():
    asked = place_asked("那4个院士工作站分别建在哪几家企业？")
    assert asked is not None
    assert not asked.answered_by("目前全市共有院士工作站4个。")
    assert asked.answered_by("依托青山钢铁集团、东湖纸业有限公司建立院士工作站。")
    english = place_asked("Which companies received the subsidy?")
    assert english is not None
    assert english.answered_by("支持青禾、博远等企业开展研发。")
    assert not english.answered_by("支持企业开展研发。")


def test_a_letter_is_of_the_place_whose_session_its_title_names():
    from rag.answer.catalog import Catalog

    catalog = Catalog.of(
        [
            {"letter_id": "a", "title": "对清河县政协八届一次会议第150号提案的答复"},
            {"letter_id": "b", "title": "关于市七届人大五次会议第71号建议的答复"},
        ]
    )
    named = catalog.letters_named(
        "How did Qinghe county answer the kindergarten proposal?", None, True
    )
    assert named.ids == {"a"}


OPINION = """source_url: synthetic
completeness: full
---
标题：对县政协十届二次会议第305号提案的协办意见
县市场监督管理局:
经研究,现对民进青禾县委员会提出的关于《关于加强校园周边食品安全监管的提案》提出如下协办意见,供你单位答复委员时参考:
一、加强日常巡查。我委将校园周边食品经营户纳入网格化巡查范围,每月巡查不少于两次。
青禾县教育委员会
2022年6月8日
"""


def test_which_proposal_a_reply_answers_is_its_number_with_the_proposers(qa):
    # "第几号" asks the letter's number, not a count, and "哪两位" who made it
    answer = qa.ask("增设停车位那份答复，对应区人大第几号建议？是哪位代表提的？")
    assert not answer.refused
    assert "第18号" in answer.text and "李华" in answer.text
    answer = qa.ask("Which suggestion number does the Dongcheng transport bureau's reply answer?")
    assert not answer.refused and "18" in answer.text


def test_who_made_a_proposal_is_read_off_a_co_handling_opinions_first_paragraph(tmp_path):
    # A co-handling opinion has no salutation to the proposer: its first paragraph names
    # who made the proposal, and that answers who did.
    qa = indexed(tmp_path / "letters", tmp_path / "home", opinion=OPINION)
    for question in ("第305号提案是谁提的？", "Who submitted proposal No. 305?"):
        answer = qa.ask(question)
        assert not answer.refused, question
        assert "民进青禾县委员会" in answer.text


def test_whom_a_co_handling_opinion_was_written_to_is_its_salutation(tmp_path):
    # A co-handling opinion is written to the lead unit, which answers the proposer: its
    # salutation names that unit, and "写给哪个部门的" / "sent to which department" asks it.
    qa = indexed(tmp_path / "letters", tmp_path / "home", opinion=OPINION)
    for question in (
        "第305号提案的协办意见是写给哪个部门的？",
        "校园周边食品安全那份协办意见发给了哪个单位？",
    ):
        assert "addressee" in _asked(question)
        answer = qa.ask(question)
        assert not answer.refused, question
        assert "县市场监督管理局" in answer.text
    assert "addressee" in _asked("To which bureau was the opinion on proposal 305 addressed?")
    # a 协办意见 / 会办意见 named as the kind of letter asks no co-handlers
    assert _asked("那份协办意见是写给哪个部门的？") == ["addressee"]
    assert "co_handlers" not in _asked("Which department was the co-handling opinion sent to?")
    assert "co_handlers" in _asked("这份协办意见的协办单位有哪些？")
    # giving something to people is no letter's addressee
    assert "addressee" not in _asked("补贴发给哪些人？")
    assert "addressee" not in _asked("这条建议是谁交给区财政局办的？")


CATEGORY = """source_url: synthetic
completeness: full
---
关于县政协十届三次会议第31号提案的答复
类别：B类　　　　　　签发人：陈启明
王芳委员：
您提出的关于建设乡村图书室的提案收悉，现答复如下：
我局已在12个行政村建成图书室，下一步将继续增加藏书。
以上答复，已经局长周立平审阅。
某某县文化和旅游局
2023年6月12日
"""


@pytest.mark.parametrize(
    "question",
    [
        "第31号提案的办理结果算哪一类？",
        "图书室那条提案的答复属于哪类？",
        "图书室那条提案的答复属于哪一类办复？",
        "What result category was the reply to proposal 31 given?",
        "Which category (A/B/C) was the reply to proposal 31 given?",
    ],
)
def test_the_result_category_is_asked_and_answered(tmp_path, question):
    qa = indexed(tmp_path / "letters", tmp_path / "home", category=CATEGORY)
    assert [f.name for f in query.fields_asked(question)] == ["category"]
    answer = qa.ask(question)
    assert not answer.refused and "B类" in answer.text


def test_who_reviewed_it_is_asked_as_who_signed_it(tmp_path) -> None:
    # the record's signer is only a 签发人 or 审签 (the golden rule); the sentence saying
    # who reviewed it answers
    reviewed = CATEGORY.replace("签发人：陈启明", "")
    qa = indexed(tmp_path / "letters", tmp_path / "home", reviewed=reviewed)
    assert [f.name for f in query.fields_asked("这份复函是经谁审阅的？")] == ["signer"]
    answer = qa.ask("第31号提案的答复是经谁审阅的？")
    assert not answer.refused and "周立平" in answer.text
    assert not query.fields_asked("What category of tea is grown there?")
    assert not query.fields_asked("Which category of enterprises gets the subsidy?")


def test_whom_to_contact_is_asked_in_more_words_than_contact_person() -> None:
    for question in ("图书室那条提案，有事找谁联系？", "这份答复的联系方式是什么？"):
        assert [f.name for f in query.fields_asked(question)] == ["contact"]
    # a kind asked of something else is no result category, nor whom to ask about a service
    for question in ("这个项目属于哪类工程？", "这笔资金归哪类？", "申请补贴应该联系谁？"):
        assert not query.fields_asked(question)


def test_the_title_and_the_session_are_asked_in_the_words_people_use(tmp_path) -> None:
    question = "第31号提案那份答复的标题怎么写的？是哪届政协会上的提案？"
    assert sorted(f.name for f in query.fields_asked(question)) == ["session", "title"]
    qa = indexed(tmp_path / "letters", tmp_path / "home", category=CATEGORY)
    answer = qa.ask("第31号提案的答复，标题是什么？")
    assert not answer.refused and "关于县政协十届三次会议第31号提案的答复" in answer.text
    # a professional title (职称) is no letter's title
    assert not query.fields_asked("What did the bureau do about professional title evaluation?")


def test_when_it_was_written_asks_the_letters_date_when_it_is_the_reply() -> None:
    question = "The finance bureau's reply to suggestion No. 21: when was it written?"
    assert [f.name for f in query.fields_named(question)] == ["date"]
    assert not query.fields_named("The plan names a bridge: when was it built?")


ELDER = """source_url: synthetic
completeness: full
---
标题：南湖区民政局关于区人大三次会议第42号建议的答复
发文字号：南民函〔2024〕57号
落款日期：2024-06-12
王强代表:
您提出的关于加快社区养老服务设施建设的建议收悉。现答复如下:
一、社区养老服务设施建设情况
近年来,我局按照《南湖区社区养老服务设施建设三年行动方案》(南府办〔2022〕16号)要求,加快社区养老服务设施建设。
截至2023年底,全区已建成社区养老服务站46个,覆盖全部城市社区。居民可拨打养老服务热线0573-82019999咨询。
二、下一步工作
我局将继续推进社区养老服务设施建设,2024年新建社区养老服务站8个,并为社区养老服务站配备专职护理员。
南湖区民政局
2024年6月12日
联系人：张敏，联系电话：0573-82011234
"""


@pytest.fixture(scope="module")
def elder(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(tmp_path_factory.mktemp("letters"), tmp_path_factory.mktemp("home"), elder=ELDER)


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        (
            "南湖区民政局答复王强代表社区养老服务设施建设建议的那份函，发文字号是多少？",
            ["南民函〔2024〕57号"],
        ),
        ("王强代表关于社区养老服务设施建设的建议，答复的落款日期是哪天？", ["2024"]),
        (
            "Who put forward the suggestion on community elderly care facilities, and when is "
            "the reply dated?",
            ["王强", "2024"],
        ),
        # two parts, each the letter's contact line
        ("南湖区民政局养老服务设施那份答复，要找经办的人该找谁？电话多少？", ["张敏", "82011234"]),
    ],
)
def test_a_question_about_the_letter_is_answered_by_the_letter_not_its_body(
    elder, question, stated
):
    # the field card, the salutation and the sign-off state what is asked; the body's
    # sentences on the same topic (and another document's number) answer nothing of it
    answer = elder.ask(question)
    assert not answer.refused
    assert all(s in answer.text for s in stated)
    assert "46个" not in answer.text and "8个" not in answer.text
    assert "南府办" not in answer.text
    quotes = [c.quote for c in answer.citations]
    assert len(quotes) == len(set(quotes))  # a line held by two chunks is quoted once


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("南湖区今年要新建几个社区养老服务站？", "8个"),
        # a field's word asked of what the letter reports, not of the reply: the body
        ("社区养老服务设施建设三年行动方案的文号是什么？", "南府办〔2022〕16号"),
        # "when" of what the bureau will do, not of the letter
        ("南湖区民政局准备什么时候新建社区养老服务站？", "2024年新建"),
    ],
)
def test_a_content_question_of_the_same_letter_is_still_answered_by_its_body(
    elder, question, stated
):
    answer = elder.ask(question)
    assert not answer.refused and stated in answer.text


# The same letter as a page that prints no 文号 of its own: its body still cites another
# document's number, "(南府办〔2022〕16号)".
UNNUMBERED = ELDER.replace("发文字号：南民函〔2024〕57号\n", "")


@pytest.fixture(scope="module")
def unnumbered(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"), tmp_path_factory.mktemp("home"), elder=UNNUMBERED
    )


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("南湖区民政局这份答复的发文字号是多少？", "没有写明答复函的文号"),
        (
            "What is the document number of the reply on community elderly care?",
            "do not state the letter's document number",
        ),
    ],
)
def test_the_number_of_a_reply_that_prints_none_is_not_another_documents(
    unnumbered, question, says
):
    answer = unnumbered.ask(question)
    assert answer.refused and says in answer.text
    assert "南府办" not in answer.text


def test_the_number_of_a_document_the_reply_cites_is_still_answered(unnumbered):
    answer = unnumbered.ask("社区养老服务设施建设三年行动方案的文号是什么？")
    assert not answer.refused and "南府办〔2022〕16号" in answer.text


# No salutation: the opening names the member, the role before the name.
OPENING_NAMES = """source_url: synthetic
completeness: full
---
秀洲区交通运输局关于区政协五届二次会议第17号提案的答复
关于区政协委员李明华提出的《关于增开农村公交线路的提案》，经我局认真研究，现答复如下：
2023年我局新开通农村公交线路5条，覆盖行政村32个，日均客流1.2万人次。
下一步，我局将在2024年底前再开通农村公交线路3条。
秀洲区交通运输局
2024年5月20日
"""


@pytest.mark.parametrize(
    "question",
    ["Who submitted the proposal on rural bus routes?", "增开农村公交线路的提案是谁提出的？"],
)
def test_a_proposer_named_only_in_the_opening_answers_who_proposed(tmp_path, question):
    qa = indexed(tmp_path / "letters", tmp_path / "home", bus=OPENING_NAMES, elder=ELDER)
    answer = qa.ask(question)
    assert not answer.refused and "李明华" in answer.text
    assert "王强" not in answer.text  # not the other letter's proposer


# The contact and the signing note in the body, no field card; a body sentence cites
# another document's number.
CLINIC = """source_url: synthetic
completeness: full
---
东阳市卫生健康局关于市人大七届四次会议第145号建议的答复
何建平代表：
您提出的关于加强村卫生室建设的建议收悉，现答复如下：
一、村卫生室建设情况
全市现有村卫生室312个，2023年新建和改造标准化村卫生室45个，投入资金1350万元。
按照《东阳市基层医疗卫生服务能力提升行动方案》（东政办发〔2022〕27号），每个村卫生室至少配备1名乡村医生。
二、下一步工作
2024年将再改造村卫生室30个。具体事宜可与我局基层卫生科联系（联系人：钱进，电话：0579-86661234），我们将及时听取您的意见。
本答复经分管副局长黄志诚审签。
东阳市卫生健康局
2023年9月20日
"""


@pytest.mark.parametrize(
    ("question", "stated"),
    [
        ("村卫生室那份答复的联系人是谁？", "钱进"),
        ("村卫生室那份答复的联系电话是多少？", "0579-86661234"),
        ("村卫生室那份答复是谁审签的？", "黄志诚"),
    ],
)
def test_a_contact_or_signing_note_in_the_body_is_the_letters_own(tmp_path, question, stated):
    qa = indexed(tmp_path / "letters", tmp_path / "home", clinic=CLINIC)
    answer = qa.ask(question)
    assert not answer.refused and stated in answer.text


def test_members_who_raised_it_many_times_name_no_proposer(tmp_path):
    market = OPENING_NAMES.replace(
        "关于区政协委员李明华提出的《关于增开农村公交线路的提案》",
        "关于政协委员多次提出的农村公交问题",
    )
    qa = indexed(tmp_path / "letters", tmp_path / "home", bus=market)
    assert qa.letters()[0]["proposers"] in ([], ())  # not "多次"
    assert qa.ask("增开农村公交线路的提案是谁提出的？").refused


COLLECTIVE = """source_url: synthetic
completeness: full
---
政协清源市第五届委员会第二次会议的集体提案《关于加强古树名木保护的提案》收悉,现答复如下。
我局已完成全市古树名木普查,建立档案1260份,并为一级古树安装了保护围栏。
清源市林业局
2022年8月3日
"""


def test_a_collective_proposal_answers_who_proposed_it(tmp_path):
    # no member made it: the letter says it is the session's 集体提案, and that answers
    qa = indexed(tmp_path / "letters", tmp_path / "home", collective=COLLECTIVE)
    answer = qa.ask("古树名木保护那份提案是哪位委员提的？")
    assert not answer.refused and "集体提案" in answer.text
    assert "1260份" not in answer.text


@pytest.mark.parametrize(
    "question", ["科技局的答复函有哪些？", "科技局的答复函都有哪些呢。", "交通局都收到了哪些建议？"]
)
def test_the_letters_a_bureau_wrote_or_received_asks_which_letters(question):
    assert query.asks_letters(question)


def test_the_points_of_a_reply_ask_one_letter_not_which_letters():
    assert not query.asks_letters("第0798号提案的答复有哪些要点？")


@pytest.mark.parametrize(
    "question", ["交通局认为代表要修的那条路算哪一类路？", "这个项目是哪一类工程？"]
)
def test_a_kind_asked_of_a_thing_the_letter_discusses_is_no_result_category(question) -> None:
    assert "category" not in [f.name for f in query.fields_asked(question)]
