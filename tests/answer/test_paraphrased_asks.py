"""Questions put in a user's own words: a count of institutions the letter makes with
所, the words that are only a question's form ("哪一年"), and a name jieba glued a
preposition to.  Every question and sentence here is made up."""

from __future__ import annotations

from dataclasses import replace

from rag.answer.asks import asks_for
from rag.answer.extractive import answer_extractive
from rag.answer.terms import content_terms
from rag.models import Passage
from rag.settings import Settings


def test_institutions_asked_with_jia_are_counted_with_suo():
    asks = asks_for("去年有多少家民办幼儿园转成了公办？")
    assert asks.answered_by("去年完成7所民办幼儿园转为公办园。")
    assert not asks.answered_by("去年组织7个部门开展联合检查。")
    # people are still not households
    assert not asks_for("小区有多少户居民？").answered_by("兴丰小区共有居民3200人。")


def test_which_year_or_when_is_the_questions_form_not_a_term_to_find():
    assert not {"一年", "哪一年"} & set(content_terms("这条路以前修过吗？哪一年修的？"))
    # blanked on word boundaries, and the stop phrases after it still go
    assert "一步" not in content_terms("什么时候启动下一步工作？")
    assert "任何" in content_terms("任何时候都能办理居住证吗？")
    assert "年级" in content_terms("哪一年级的学生可以申请补助？")
    # but not where jieba cuts a stop phrase's last character off with the next one
    assert content_terms("哪些答复函是科技局写的？") == ["科技", "科技局"]
    assert "指标" in content_terms("科技创新的具体指标体系有哪些？")  # 指标体系 is a word


def test_a_preposition_jieba_glued_to_an_unknown_name_is_dropped_to_find_it():
    held = "您反映的马家塔至东坳自然村道路年久失修。"
    assert "马家塔" in content_terms("马家塔到东坳那段路什么时候修？", held.__contains__)
    # a name's own first character is kept: 和平村 is not 平村 of 太平村
    assert "和平村" in content_terms("和平村的路什么时候修？", "太平村道路已硬化。".__contains__)


def _passage(text: str) -> Passage:
    return Passage(
        chunk_id="c0",
        letter_id="qh",
        source="qh-jyj-9.txt",
        title="关于县人大九届二次会议第9号建议的答复",
        issuer="青禾县教育局",
        doc_number=None,
        proposal_no="9",
        section="",
        text=text,
        score=0.9,
    )


def test_an_english_question_has_its_own_coverage_floor():
    # An English question's terms are dictionary renderings, many not the letter's words:
    # the share of them a sentence stating the fact holds is judged against its own floor.
    letter = _passage(
        "2022年,完成10所民办园转公,公办园覆盖面从2021年的27%提升至55%。"
        "新建幼儿园投入使用后将缓解城区学位紧张问题。"
    )
    question = "What share of kindergarten places did public kindergartens cover after 2022?"
    low, high = Settings(support_coverage_en=0.0), Settings(support_coverage_en=1.0)
    assert "55%" in answer_extractive(question, [letter], settings=low).text
    assert "55%" not in answer_extractive(question, [letter], settings=high).text
    # a Chinese question keeps the Chinese floor
    chinese = "2022年以后公办幼儿园的覆盖面提升到了多少？"
    assert "55%" in answer_extractive(chinese, [letter], settings=high).text


def test_a_question_naming_a_field_of_the_letter_asks_about_the_letter():
    from rag.answer import query

    for question in (
        "青禾县修东坳桥那个提案，答复上留的承办人和电话是什么？",
        "第12号建议是谁领衔提的？一共几位代表？",
    ):
        assert query.detect_intent(question) == query.META
    # a topic that only sounds like a field does not
    assert query.detect_intent("东坳桥今年能修好吗？") != query.META


def test_a_count_of_things_a_clause_describes_counts_the_noun_it_ends_on():
    asks = asks_for("青禾县目前有几个已经通过认定的基地？")
    assert "基地" in asks.counted
    assert asks.answered_by("县科技局今年认定市级人才基地2个。")
    assert not asks.answered_by("县科技局今年将组织2个调研组下乡。")
    # not the object of a clause whose subject is counted, nor what a place owns
    assert asks_for("多少所学校建起了标准化的食堂？").counted == ("学校",)
    assert asks_for("有几个县的项目获得了支持？").counted == ("县",)
    assert asks_for("全县有多少个乡卫生院？").counted == ("乡",)
    # a clause that describes the noun: jieba calls 专门 a noun, but it modifies 接送
    asks = asks_for("青禾县今年新开了几条专门接送老人的公交？")
    assert "公交" in asks.counted
    assert asks.answered_by("县交通局今年新开通助老公交专线3条。")
    assert not asks.answered_by("县交通局今年新修村道3条。")
    # a subject with a bare verb reads the same way: its own noun still counts
    asks = asks_for("有多少名教师参加培训的项目？")
    assert asks.answered_by("全县共有120名教师参加了培训。")
    assert not asks.answered_by("全县共开展培训项目12个。")  # a count of 个, not of 名
    # jieba calls the preposition of "经…认定" a noun; the noun the clause ends on is counted
    asks = asks_for("青禾县眼下有几家经省里认定的院士专家工作站？")
    assert "经" not in asks.counted
    assert asks.answered_by("目前我县共有省级院士工作站4个。")
    assert not asks.answered_by("目前我县共有科技特派员工作站4个。")


def test_a_count_in_a_sentence_opening_with_qizhong_takes_its_topic_from_the_lead():
    letter = _passage(
        "自2015年起,我局持续开展“书香校园”示范学校评选工作。其中,东坳镇中心小学等26所学校获得命名。"
    )
    answer = answer_extractive("青禾县一共有多少所学校评上了书香校园示范？", [letter])
    assert not answer.refused and "26所" in answer.text
    # a figure of a 其中 sentence that counts something else is still no answer
    other = _passage(
        "自2015年起,我局持续开展“书香校园”示范学校评选工作。其中,全县共培训骨干教师130人次。"
    )
    assert answer_extractive("青禾县一共有多少所学校评上了书香校园示范？", [other]).refused


def test_a_day_asked_for_is_answered_only_by_a_day():
    asks = asks_for("东坳幼儿园具体哪天开园？")
    assert asks.answered_by("东坳幼儿园定于2024年9月2日开园。")
    assert asks.answered_by("东坳幼儿园定于九月二日开园。")
    assert not asks.answered_by("东坳幼儿园预计2024年下半年投入使用。")
    assert not asks.answered_by("您提出的第12号建议收悉。")  # a number, not a day
    assert asks_for("On what date will the Dong'ao kindergarten open?").answered_by(
        "东坳幼儿园定于2024-09-02开园。"
    )
    # a year or month asked is answered by one
    assert asks_for("东坳幼儿园哪一年开园？").answered_by("东坳幼儿园预计2024年投入使用。")


def test_a_person_asked_for_by_post_comes_with_the_post():
    asks = asks_for("青禾县交警大队的大队长叫什么名字？")
    assert asks.answered_by("县交警大队大队长李春明带队到学校实地调研。")
    assert not asks.answered_by("县交警大队与王小红代表到学校实地调研。")
    # without a post, any person named answers
    assert asks_for("负责这件事的人是谁？").answered_by("由王小红同志具体负责。")


def test_a_part_counted_after_qizhong_does_not_answer_a_question_about_the_whole():
    letter = _passage("今年全县持续推进中小学课后服务工作。其中,农村学校68所。")
    assert answer_extractive("全县有多少所学校开设了课后服务？", [letter]).refused


def test_a_measure_of_a_thing_the_sentence_names_takes_whose_it_is_from_the_letter():
    # the question describes the plot by what the letter's other passage says of it
    first = replace(
        _passage("经现场踏看,该小区为区供电公司职工集资建房,无配套车位。"), chunk_id="c1"
    )
    second = replace(_passage("小区门前绿地为公园绿地,面积约300平方米。"), chunk_id="c2")
    question = "供电公司那个集资房小区门口的绿地有多大？"
    answer = answer_extractive(question, [first, second])
    assert not answer.refused and "300平方米" in answer.text
    # a figure of another thing in the same letter is still no answer
    other = replace(_passage("小区门前道路宽约6米。"), chunk_id="c2")
    assert answer_extractive(question, [first, other]).refused
