"""What users add that the letter does not write: the city above a letter that names only
"市政协", a document the reply cites named as "那份…方案", the thing counted after a long
attribute.  Every letter and question here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag import ReplyLetterQA
from rag.answer.asks import asks_for
from rag.answer.meta_fields import names_the_reply
from rag.answer.support import kin_share

# A co-handling opinion that names neither its city nor its proposer's city: "市政协".
OPINION = """source_url: synthetic
completeness: full
---
标题：对市政协十届二次会议第3107号提案的协办意见
市市场监督管理局:
经研究,现对民盟市委提出的《关于加强校园周边食品安全监管的提案》提出如下协办意见:
一、今年以来,我委联合市场监管部门检查校园周边食品经营户126家次。
二、下一步,我委将把校园周边食品安全纳入景区日常巡查。
市青禾山风景区管理委员会
2023年6月5日
"""

# A reply whose body cites the city's document by its number.
SCIENCE = """source_url: synthetic
completeness: full
---
安平市科学技术局关于市人大五届三次会议第58号建议的答复
刘洋代表:
您提出的关于完善科技创新奖补政策的建议收悉,现答复如下:
3月20日,市政府印发了《安平市关于支持企业加大研发投入的若干措施》(安政规〔2023〕4号),对研发投入增长的企业给予奖补。
2021年以来,市科技局向市人才库推荐了约300名具有丰富实践经验、较强组织协调能力和专业技术水平的企业技术骨干,今后将继续做好储备工作。
安平市科学技术局
2023年6月20日
"""

# A reply that says "提示标志" where people say "提醒牌子" (both: a sign).
SCHOOL = """source_url: synthetic
completeness: full
---
清泉市公安局关于市人大三次会议第76号建议的答复
赵敏代表:
您提出的关于解决东湖小学上下学交通安全问题的建议收悉,现答复如下:
交警大队负责人到东湖小学实地调研,研究学生上下学存在的交通安全问题。
一是在东湖小学上下学期间,门前安排民警执勤。
二是在学校两侧150米距离的道路设立“前方学校 减速慢行”提示标志。
清泉市公安局
2022年5月9日
"""

# Headed as some counties head their plans: 下步工作方向.
CLINIC = """source_url: synthetic
completeness: full
---
清泉县卫生健康局关于县人大一次会议第31号建议答复的函
李红代表:
您提出的《关于重建东坪村卫生室的建议》收悉,现答复如下:
一、基本情况
近年来县卫健局积极申请财政资金开展贫困村卫生室修缮项目。
二、意见建议办理情况
我局已派人到东坪村实地查看卫生室用房情况。
三、下步工作方向
下一步县卫生健康局将会同县财政局、东坪镇政府尽快商议卫生室选址。
清泉县卫生健康局
2022年6月28日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        opinion=OPINION,
        science=SCIENCE,
        school=SCHOOL,
        clinic=CLINIC,
    )


def test_a_letter_named_by_number_is_answered_wherever_the_user_places_it(qa):
    # no letter mentions 连云港, but the user chose the letter by its number
    answer = qa.ask("连云港市政协3107号提案是哪个党派提出来的？")
    assert not answer.refused and "民盟市委" in answer.text
    # a place no letter mentions, with no letter named, is still about somewhere else
    assert qa.ask("连云港市校园周边食品经营户检查了多少家次？").refused


def test_that_document_named_by_the_user_is_not_the_reply():
    assert names_the_reply("那份函，发文字号是多少")
    assert names_the_reply("这份关于养老的答复，文号是多少？")
    assert not names_the_reply("答复里提到市政府3月发的那份支持研发的文件，全称和文号是啥？")
    assert not names_the_reply("那份三年行动方案的文号是什么")


def test_the_number_of_a_document_the_reply_cites_answers_what_that_document_is(qa):
    answer = qa.ask("安平市科技局答复里提到市政府3月发的那份支持研发的文件，全称和文号是啥？")
    assert not answer.refused and "安政规〔2023〕4号" in answer.text


def test_the_thing_counted_may_follow_a_long_attribute():
    asks = asks_for("市科技局这两年往人才库里推荐了多少名企业技术骨干？")
    stated = (
        "市科技局向市人才库推荐了约300名具有丰富实践经验、较强组织协调能力和专业技术水平的"
        "{},今后将继续做好储备工作。"
    )
    assert asks.answered_by(stated.format("企业技术骨干"))
    assert not asks.answered_by(stated.format("高校毕业生"))


def test_a_count_after_a_long_attribute_is_answered(qa):
    answer = qa.ask("安平市科技局这两年往人才库里推荐了多少名企业技术骨干？")
    assert not answer.refused and "300名" in answer.text


def test_a_figure_asked_in_words_of_the_same_meaning_is_answered(qa):
    # 牌子 and 标志 are both "sign": the sentence that states the distance answers
    answer = qa.ask("东湖小学两头的提醒牌子离学校多远？")
    assert not answer.refused and "150米" in answer.text
    # a distance the letter does not state is still not answered by another figure
    assert qa.ask("东湖小学门前执勤的民警有多少名？").refused


def test_a_plan_headed_in_other_words_answers_what_comes_next(qa):
    history = [("清泉县卫健局对东坪村卫生室那条建议是怎么答复的？", "……")]
    answer = qa.ask("那下一步呢？", history=history)
    assert any(c.section.startswith("三、下步工作方向") for c in answer.citations)
    assert "尽快商议卫生室选址" in answer.text


def test_only_a_word_that_says_all_the_term_says_holds_it():
    assert kin_share({"牌子": 1.0}, "", "在路口设立提示标志。") == 1.0  # both "sign"
    # 合格 is "meet the standard", more than 标准; 省委 is not 市委
    assert kin_share({"合格": 1.0}, "", "建立食品安全国家标准体系。") == 0.0
    assert kin_share({"省委": 1.0}, "", "市委印发了工作方案。") == 0.0
    # 联网 says more than 网络: connecting is not the network itself
    assert kin_share({"网络": 1.0}, "", "试点企业设备联网率达到65%。") == 0.0
