"""Met on made_up/qa39: jieba tags 莎车 as a common noun, so a ministry's letter on a
proposal "关于支持莎车县…的建议" was from no place, and "the forestry administration …
Shache" was narrowed to the county forestry bureaus' letters instead.  A county's name
CC-CEDICT has only as a name is a place however jieba tags it; a common word before 县
(加强县城) still names none.  Every letter here is made up."""

from __future__ import annotations

from letter_builders import indexed

from rag.answer.issuers import letter_places

MINISTRY = "\n".join(
    [
        "对十四届全国人大二次会议第5120号建议的答复",
        "买买提·吐尔逊代表：",
        "您提出的关于支持莎车县红枣林提质增效的建议收悉。现答复如下：",
        "一、已开展的工作",
        "2023年，我局支持莎车县改造低产红枣林4.2万亩，安排补助资金1260万元。",
        "二、下一步工作",
        "2024年内，我局将组织专家赴莎车开展枣林病虫害防治指导，计划培训基层技术员和枣农450人次。",
        "感谢您对林业和草原工作的关心和支持。",
        "国家林业和草原局",
        "2024年7月10日",
    ]
)
COUNTY = "\n".join(
    [
        "泾川县林业局关于县政协十届三次会议第21号提案的答复",
        "刘明委员：",
        "您提出的关于加强苹果园技术培训的提案收悉，现答复如下：",
        "2024年，我局计划举办果园修剪和病虫害防治培训班8期，培训果农620人次。",
        "感谢您对林业工作的关心和支持。",
        "泾川县林业局",
        "2024年6月3日",
    ]
)


def test_a_county_tagged_as_a_noun_is_where_a_ministrys_letter_is_about():
    record = {
        "letter_id": "m",
        "issuer": "国家林业和草原局",
        "title": MINISTRY.split("\n")[0],
        "proposal_title": "关于支持莎车县红枣林提质增效的建议",
    }
    assert letter_places(record) == {"莎车县"}


def test_a_common_word_before_a_county_is_still_no_place():
    record = {"letter_id": "c", "issuer": "国家发展和改革委员会", "title": "对第1号建议的答复"}
    assert letter_places({**record, "proposal_title": "关于加强县城建设的建议"}) == set()


def test_an_english_question_spelling_the_county_finds_the_ministrys_letter(tmp_path):
    qa = indexed(tmp_path / "letters", tmp_path / "home", ministry=MINISTRY, county=COUNTY)
    answer = qa.ask(
        "How many technicians and jujube growers will the forestry administration "
        "train in Shache in 2024?"
    )
    assert not answer.refused
    assert answer.citations[0].source == "ministry.txt"
    assert "450人次" in answer.text
