"""Met on made_up/qa44: "How many guqin classes did the Ministry of Culture and Tourism
hold in Jiangsu?" narrowed the letters to Jiangsu's own (a provincial department's on
waterways), and the ministry's letter, which speaks of Jiangsu, was never read.  A body of
no place of its own (a ministry) is named for its letters; the place beside it is what they
are about.  A bureau of a place still goes with its place.  The letters are made up."""

from __future__ import annotations

from letter_builders import indexed

from rag.answer.issuers import a_ministry_named

MINISTRY = "\n".join(
    [
        "关于十三届全国人大一次会议第4362号建议的答复",
        "钱慧芬等12名代表：",
        "你们提出的关于支持常熟古琴艺术传承发展的建议收悉。经商财政部，现答复如下：",
        "我部将古琴艺术纳入非遗传承人群研修培训计划，2017年在江苏举办古琴研修班2期，"
        "培训斫琴艺人和习琴骨干64人。",
        "文化和旅游部",
        "2018年7月2日",
    ]
)
PROVINCE = "\n".join(
    [
        "江苏省交通运输厅关于省政协十一届五次会议第0512号提案的答复",
        "九三学社江苏省委员会：",
        "贵委提出的《关于加强内河船舶污染物接收处置的提案》收悉，现答复如下：",
        "自2017年1月起，我厅在苏北运河试行船舶污染物接收电子联单，2017年共举办培训班3期。",
        "江苏省交通运输厅",
        "2017年6月30日",
    ]
)

CULTURE = "\n".join(
    [
        "江苏省文化和旅游厅关于省政协十一届五次会议第0233号提案的答复",
        "王红委员：",
        "您提出的《关于发展乡村旅游的提案》收悉，现答复如下：",
        "2017年，我厅安排乡村旅游发展专项资金5000万元，支持创建乡村旅游重点村20个。",
        "江苏省文化和旅游厅",
        "2017年7月10日",
    ]
)


def test_a_ministry_named_with_a_place_is_the_ministrys_letter(tmp_path):
    qa = indexed(
        tmp_path / "letters",
        tmp_path / "home",
        ministry=MINISTRY,
        province=PROVINCE,
        culture=CULTURE,
    )
    for question in (
        "How many guqin study classes did the Ministry of Culture and Tourism hold in Jiangsu "
        "in 2017?",
        "文化和旅游部2017年在江苏举办了几期古琴研修班？",
    ):
        answer = qa.ask(question)
        assert answer.citations and answer.citations[0].source == "ministry.txt", question
        assert "2期" in answer.text
    # …while the province's own department, named with its province, is its letter
    answer = qa.ask("江苏省交通运输厅2017年举办了几期培训班？")
    assert answer.citations and answer.citations[0].source == "province.txt"
    # …and a place's 部门 of a kind is that place's office, not the ministry whose name it holds
    # (the review: "江苏的文化和旅游部门" went to 文化和旅游部)
    for question in (
        "江苏的文化和旅游部门安排了多少乡村旅游资金？",
        "How much did the Jiangsu culture and tourism department allocate for rural tourism?",
    ):
        answer = qa.ask(question)
        assert answer.citations and answer.citations[0].source == "culture.txt", question


SPORTS = "\n".join(
    [
        "关于十三届全国人大二次会议第3518号建议的答复",
        "买买提代表：",
        "你提出的关于加强南疆群众体育工作的建议收悉。现答复如下：",
        "我局每年举办2期民族传统体育项目教练员培训班，优先招收南疆学员。",
        "国家体育总局",
        "2019年7月1日",
    ]
)
CLIMBING = "\n".join(
    [
        "马山县文化广电体育和旅游局关于县政协十届二次会议第31号提案的答复",
        "韦强委员：",
        "您提出的关于发展攀岩运动的提案收悉，现答复如下：",
        "计划今年11月前举办攀岩指导员和救援技能培训班2期，培训本地青年40人。",
        "马山县文化广电体育和旅游局",
        "2022年6月20日",
    ]
)


def test_a_places_bureau_asked_in_english_is_no_ministry(tmp_path):
    # (made_up/qa38 q38-multi_turn-03: "the Mashan culture and sports bureau", followed up,
    # went to the national sports administration once a ministry was read first)
    assert not a_ministry_named("the culture and sports bureau's training", ["国家体育总局"])
    assert a_ministry_named("the General Administration of Sport's national plan", ["国家体育总局"])
    assert a_ministry_named("国家体育总局2019年举办了几期培训班？", ["国家体育总局"])
    qa = indexed(tmp_path / "letters", tmp_path / "home", sports=SPORTS, climbing=CLIMBING)
    answer = qa.ask(
        "How many climbing training sessions will the Mashan culture and sports bureau hold?"
    )
    assert answer.citations and answer.citations[0].source == "climbing.txt"
    assert "2期" in answer.text
