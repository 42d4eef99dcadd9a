"""A sentence that names nothing itself speaks of what its letter's proposal is about: "针对
该桥的病害情况，…估算总投资138万元" opening a section is the cost of the bridge the
proposal asks to repair, and a ministry's date for "三县" is a date for the Liangshan
counties its proposal is about.  A user asking either must get the figure, not "the
letters do not state it".  Every letter here is made up."""

from __future__ import annotations

from pathlib import Path

import pytest
from letter_builders import indexed

from rag.answer.conversation import _quoted_point
from rag.answer.support import with_antecedent
from rag.models import Chunk

BRIDGE = """标题：湄水县交通运输局关于县十八届人大五次会议第0039号建议的答复
张明、李华代表：
你们提出的《关于尽快维修兴隆镇龙凤村湄江人行桥的建议》收悉。我局高度重视，会同兴隆镇人民政府到现场查看，现答复如下：
一、基本情况
全县现有农村公路桥梁412座，今年我局首次利用无人机对其中78座高墩和跨河桥梁进行了巡检。
二、维修安排
针对该桥的病害情况，我局已委托设计单位编制维修加固方案，主要内容包括更换桥面板、加固2座桥墩，估算总投资138万元。
湄水县交通运输局
2025年4月20日
"""
BROADCAST = """标题：国家广播电视总局关于十三届全国人大二次会议第4725号建议的答复
吉克阿木代表：
您提出的《关于加强凉山州昭觉布拖美姑三县农村应急广播建设的建议》收悉，现答复如下：
一、建设情况
我局会同财政部安排补助资金3480万元，支持三县建设县级应急广播平台。
二、下一步工作
组织编写《彝汉双语应急广播播音手册》，计划于2020年3月前印发三县使用。
国家广播电视总局
2019年7月1日
"""
# A letter that names the same kind of thing in its own words, to be passed over.
ROADS = """标题：湄水县交通运输局关于县十八届人大五次会议第0051号建议的答复
王强代表：
你提出的《关于改造杨柳村通组公路的建议》收悉，现答复如下：
杨柳村通组公路全长3.2公里，已纳入2025年农村公路提质改造计划，估算总投资210万元。
湄水县交通运输局
2025年4月22日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    return indexed(
        tmp_path_factory.mktemp("letters"),
        tmp_path_factory.mktemp("home"),
        bridge=BRIDGE,
        broadcast=BROADCAST,
        roads=ROADS,
    )


@pytest.mark.parametrize(
    ("question", "source", "fact"),
    [
        ("龙凤村那座过河的人行桥修一下得花多少钱？", "bridge.txt", "138万元"),
        (
            "By when will the bilingual emergency broadcasting handbook reach the three "
            "Liangshan counties?",
            "broadcast.txt",
            "2020年3月前",
        ),
    ],
)
def test_a_sentence_about_what_the_proposal_names_answers(qa, question, source, fact) -> None:
    answer = qa.ask(question)
    assert not answer.refused, answer.text
    assert fact in answer.text
    assert source in {c.source for c in answer.citations}


def test_a_letter_about_another_thing_still_does_not_answer(qa) -> None:
    answer = qa.ask("龙凤村那座人行桥什么时候开始修？")
    # the bridge letter gives no date for the works; the road letter's plan is another road's
    assert answer.refused or "2025年农村公路提质改造计划" not in answer.text


def test_only_a_sentence_that_opens_its_passage_takes_the_proposal() -> None:
    raw = [
        (0, 0, 10, "龙凤村湄江人行桥建于1996年。"),
        (0, 10, 20, "该桥桥面板开裂。"),  # its antecedent is the sentence before
        (1, 0, 10, "针对该桥的病害，估算总投资138万元。"),  # opens passage 1
        (1, 10, 20, "全县有桥梁412座。"),  # points nowhere
    ]
    proposals = ["《关于维修龙凤村人行桥的建议》", "《关于维修龙凤村人行桥的建议》"]
    led = [text for *_, text in with_antecedent(raw, proposals)]
    assert led[1] == "龙凤村湄江人行桥建于1996年。该桥桥面板开裂。"
    assert led[2] == "《关于维修龙凤村人行桥的建议》针对该桥的病害，估算总投资138万元。"
    assert led[3] == "全县有桥梁412座。"
    assert [text for *_, text in with_antecedent(raw)][2] == raw[2][3]


def test_a_sections_heading_names_nothing_a_sentence_points_to() -> None:
    raw = [(0, 0, 6, "二、维修安排"), (0, 6, 30, "针对该桥的病害，估算总投资138万元。")]
    led = [text for *_, text in with_antecedent(raw, ["《关于维修龙凤村人行桥的建议》"])]
    assert led[1].startswith("《关于维修龙凤村人行桥的建议》")
    assert led[1].endswith("估算总投资138万元。")


# made_up/qa16's square-dance letter: its measures are (一)–(四) under "二、已采取的措施"
NOISE = Path(__file__).parents[2] / "made_up" / "qa16" / "letters" / "q16-08.txt"


def test_the_second_point_is_the_second_item_not_the_heading_above_them(tmp_path) -> None:
    qa = indexed(tmp_path / "letters", tmp_path / "home", noise=NOISE.read_text(encoding="utf-8"))
    asked = "石家庄裕华区治理广场舞噪声，已经采取了哪几项措施？"
    first = qa.ask(asked)
    assert "（二）安装噪声显示屏" in first.text, first.text
    second = qa.ask("第二点具体是什么？花了多少钱？", history=[(asked, first.text)])
    assert "21.6万元" in second.text, second.text
    assert "建立管理制度" not in second.text


def test_a_heading_quoted_above_its_items_is_not_a_point() -> None:
    parent = "二、已采取的措施"
    chunks = [
        _chunk(
            f"{parent} > （一）建立管理制度", f"{parent}\n（一）建立管理制度。我局制定了管理办法。"
        ),
        _chunk(f"{parent} > （二）安装噪声显示屏", "（二）安装噪声显示屏。投资21.6万元。"),
        _chunk(f"{parent} > （三）推广静音广场舞", "（三）推广静音广场舞。"),
    ]
    answered = (
        f"根据第046号提案答复函，\n{parent}[1]\n我局制定了管理办法。[2]\n"
        "（二）安装噪声显示屏。[3]\n（三）推广静音广场舞。[4]\n来源：[1] 第046号"
    )
    assert _quoted_point(answered, chunks, 2) == f"{parent} > （二）安装噪声显示屏"


def test_a_heading_that_names_the_thing_is_what_the_sentence_points_to() -> None:
    raw = [(0, 0, 9, "二、关于老街人行桥"), (0, 9, 30, "该桥维修需投资80万元。")]
    led = [text for *_, text in with_antecedent(raw, ["《关于维修清水河大桥的建议》"])]
    assert led[1] == "二、关于老街人行桥该桥维修需投资80万元。"


def test_a_place_a_proposal_lists_beside_others_is_still_asked_about() -> None:
    from rag.answer.support import named_things
    from rag.models import Passage

    text = "金阳县建成应急广播站120个。"
    letter = Passage(
        "c1", "l1", "b.txt", "广电总局的答复", "国家广播电视总局", None, None, "", text, 1.0
    )
    question = "How many emergency broadcasting stations has Butuo county built?"
    held = text + "布拖县"
    listed = ["关于加强布拖县、金阳县、昭觉县应急广播建设的建议"]
    assert "布拖" in named_things(question, [letter], held, listed)
    assert "布拖" not in named_things(
        question, [letter], held, ["关于加强布拖县应急广播建设的建议"]
    )


def test_an_item_with_points_of_its_own_is_still_a_point() -> None:
    top = "二、下一步工作"
    chunks = [
        _chunk(
            f"{top} > （一）完善制度 > 1.修订办法",
            "（一）完善制度。\n1.修订办法。年内修订管理办法。",
        ),
        _chunk(f"{top} > （二）加强监管", "（二）加强监管。开展专项检查。"),
        _chunk(f"{top} > （三）强化宣传", "（三）强化宣传。组织宣传月活动。"),
    ]
    answered = "（一）完善制度。[1]\n（二）加强监管。[2]\n（三）强化宣传。[3]\n来源：[1] 第1号"
    assert _quoted_point(answered, chunks, 2) == f"{top} > （二）加强监管"


def _chunk(section: str, text: str) -> Chunk:
    """A body chunk of one letter, in `section`."""
    return Chunk(section, "l1", "letter.txt", 0, section, "body", text, "", 0, 0)
