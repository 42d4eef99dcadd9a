"""A reply two bureaus sign together, with a contact line for each under the date (the
second indented, with no label of its own), asked who answered it; and "who made the
suggestion" asked in English — met on made_up/qa33 and qa34.  The letter is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.letters.parse import parse_letter

JOINT = "\n".join(
    [
        "关于县十九届人大二次会议第15号建议的答复",
        "曲慧敏等5名代表：",
        "你们提出的《关于改善岛际客运条件的建议》收悉，现答复如下：",
        "目前全县共开通岛际客运航线9条，营运客船27艘。",
        "下一步，两单位将联合开展客船安全检查，年底前完成全部27艘客船的检查。",
        "感谢各位代表对全县交通运输和安全工作的关心和支持。",
        "",
        "某海县交通运输局　　某海县应急管理局",
        "2023年6月28日",
        "",
        "联系人：县交通运输局　孙晓东　0411-89883217",
        "　　　　县应急管理局　邹立强　0411-89882605",
    ]
)


def test_both_signers_and_the_date_are_read_above_two_contact_lines():
    letter = parse_letter(JOINT, source="joint.txt")
    assert (letter.issuer, letter.date_signed) == (
        "某海县交通运输局 某海县应急管理局",
        "2023-06-28",
    )


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    root = tmp_path_factory.mktemp("joint")
    return indexed(root / "letters", root / "home", joint=JOINT)


@pytest.mark.parametrize(
    "question",
    ["那份岛际客运的答复是哪两个单位联合答复的？", "岛际客运的答复是哪两个单位一起答复的？"],
)
def test_who_answered_a_joint_reply(qa, question):
    answer = qa.ask(question)
    assert not answer.refused
    assert "某海县交通运输局" in answer.text and "某海县应急管理局" in answer.text


def test_who_made_the_suggestion_in_english(qa):
    answer = qa.ask("Who made the suggestion on inter-island ferries that the bureaus answered?")
    assert not answer.refused and "曲慧敏" in answer.text
