"""Met on made_up/commit26: of two acts in one promise the first one's time is the due
("年底前，我局将…，并于明年汛期前…"), whether the time opens the sentence or the first act;
a promise is also due by a quarter (第三季度), a term (本学期内), a season's start or end
(今年供暖季开始前, 汛期结束后) or an event of a year to come (2026年春耕前); a partner the
bureau completes something with is named before 完成 too; a school answers as a unit; the
signers of a joint reply together (两局) are the bureau; another township's plan, what another
unit has ruled (已明确), an inventory's state, what a measure brought about, and "如您还有其他
意见，我乡将及时研究" are no promise. The sentences and the letter are made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import commitments, kinds_of
from rag.answer.due import due_in
from rag.answer.partners import partners_in
from rag.letters.parse import parse_letter

_PLAN = ("三、下一步打算",)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("年底前，我局将完成8个村的水表改造，明年汛期前完成管网分区计量。", "年底前"),
        (
            "（一）加快推进危桥改造，年底前完成3座桥梁加固，并于明年汛期前完成2座危桥重建。",
            "年底前",
        ),
        ("我校将于本学期内加装热水设备，并于明年春季开学前完成消防设施更新。", "本学期内"),
        ("改造工程已纳入2025年省级重点项目计划，将于第三季度开工实施。", "第三季度"),
        ("排涝站改造已纳入我局2025年水利建设计划，将于汛期结束后开工实施。", "汛期结束后"),
        ("今年供暖季开始前，我局将完成6个小区二次管网的更换。", "今年供暖季开始前"),
        ("（二）2026年春耕前，完成14公里排水干沟的清淤。", "2026年春耕前"),
        # a year that only sets the plan leaves the due to the time the plan sets
        ("今年，我委计划在10个社区开展试点，力争年底前建床1000张以上。", "年底前"),
        # what is done is no act the promise joins
        ("已完成3座桥梁加固，并将于明年汛期前完成2座。", "明年汛期前"),
    ],
)
def test_the_due_is_the_first_acts_time(sentence, due):
    assert due_in(sentence, 2025, "2025-07-10") == due


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("年底前，我集团将联合营丘镇人民政府完成8个村的入户水表改造。", "营丘镇人民政府"),
        ("2.年底前配合县住房和城乡建设局完成8个小区的入户调查。", "县住房和城乡建设局"),
        ("并会同市水务局完成2座排水闸的维修。", "市水务局"),
    ],
)
def test_a_partner_named_before_what_they_complete(sentence, partner):
    assert partners_in(sentence, "某某县水利局") == (partner,)


def test_a_plan_of_work_brought_together_names_no_partner():
    sentence = "于2025年秋季学期前将协同干预机制推广到全区14个地（州、市）。"
    assert partners_in(sentence, "某某区教育厅") == ()


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("达木乡人民政府拟在该乡境内增设2处道路养护点。", "墨脱县背崩乡人民政府"),
        ("县教育局已明确，明年起全县住校生宿舍每间不超过8人。", "泽普县第二中学"),
        (
            "两镇现有耕地118万亩，已建成高标准农田62万亩，部分地块存在排水不畅问题。",
            "某某市农业农村局",
        ),
        ("如您还有其他意见，我乡将及时研究。", "墨脱县背崩乡人民政府"),
    ],
)
def test_what_is_no_promise_nor_deed_of_the_bureau(sentence, issuer):
    assert kinds_of(sentence, (), 2025, "2025-06-20", issuer) == ()


def test_the_signers_of_a_joint_reply_together_are_the_bureau():
    sentence = "两局已制定两乡镇黑土滩治理方案，将于汛期结束后组织实施。"
    issuer = "班玛县农牧水利和科技局 班玛县林业和草原局"
    assert "commitment" in kinds_of(sentence, (), 2025, "2025-07-08", issuer)


LETTER = """某某县第二中学关于县十七届人大五次会议第31号建议的答复

王明代表：
您提出的建议已由县教育局交我校办理，现答复如下：
暑假期间，我校对3栋学生宿舍楼进行了门窗改造。我校已在校门两侧划设家长接送等候区2处。通过推行错峰放学，校门口拥堵时间由约25分钟缩短到10分钟左右。我校已将宿舍楼改造纳入2025年计划，将于年底前完工。通过推行“楼长制”，宿舍安全隐患整改率达到93%。
我校总务处将于本学期内为宿舍楼加装热水供应设备。县教育局计划明年在全县中小学推广“护学岗”做法。
感谢您对我校工作的关心和支持。

某某县第二中学
2025年10月15日
"""


def test_a_school_answers_and_a_measures_effect_is_a_deed():
    letter = parse_letter(LETTER, source="x.txt")
    assert letter.issuer == "某某县第二中学"
    promised = [i.quote for i in commitments(letter)]
    assert any("本学期内" in q for q in promised)
    assert not any("护学岗" in q or "楼长制" in q for q in promised)
