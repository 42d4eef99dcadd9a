"""A question listing alternatives ("违法、非法或违规的行为") is answered by a letter that
holds any one of them: "which replies mention X, Y or Z" finds the letter that says only Y.
A list joined by 和 asks for all of its items. The letters are made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.terms import alike_terms


def _held(term: str) -> bool:
    return True


def test_alternatives_are_one_group_and_a_list_with_he_is_not():
    assert alike_terms("哪些答复函提到了某种违法、非法或违规的行为？", _held) == {
        "违法": 0,
        "非法": 0,
        "违规": 0,
    }
    assert alike_terms("哪些答复提到减免或者补贴？", _held) == {"减免": 0, "补贴": 0}
    assert alike_terms("哪些答复提到了学校、医院和养老院？", _held) == {}


def _letter(number: int, issuer: str, sentence: str) -> str:
    return "\n".join(
        [
            f"关于区政协十届三次会议第{number}号提案的答复",
            "王敏委员：",
            "您提出的提案收悉。现答复如下：",
            sentence,
            issuer,
            "2023年6月1日",
        ]
    )


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("alternatives")
    return indexed(
        root / "letters",
        root / "home",
        green=_letter(
            11,
            "某某区城市管理局",
            "现状绿地非法改建停车场属于违法占绿行为，违规改建的一律依法查处。",
        ),
        school=_letter(12, "某某区公安分局", "对校园周边违规停车行为，交警部门已开展专项整治。"),
        park=_letter(13, "某某区文化旅游局", "今年新建口袋公园6个，新增绿地面积2.1万平方米。"),
    )


def test_a_letter_holding_one_alternative_is_found(qa):
    answer = qa.ask("哪些答复函提到了某种违法、非法或违规的行为？")
    cited = {c.source for c in answer.citations}
    assert {"green.txt", "school.txt"} <= cited
    assert "park.txt" not in cited


def test_phrases_joined_by_or_are_not_split_into_alternatives():
    assert alike_terms("哪些答复函涉及绿地保护或绿化？", _held) == {}
    assert alike_terms("哪些答复函谈到了企业融资或科技金融服务？", _held) == {}


@pytest.mark.parametrize(
    "question",
    [
        "哪些答复函比较了公交或地铁哪个更适合通勤？",  # a choice asked
        "哪些答复函提到了5G或者千兆光网？",  # 千兆光网 is more than one term
        "哪些答复函提到农民或农民工工资？",  # one inside the other
        "会导致工期或延长吗？",  # 或 as "may"
    ],
)
def test_what_the_review_found_lists_no_alternatives(question):
    assert alike_terms(question, _held) == {}
