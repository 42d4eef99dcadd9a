"""What a review of this session's rules found them to get wrong, each fixed: amounts are
no years (每月2000元), a year inside a span or in Chinese numerals is the letter's, a county
before the town a letter is from is context, a part of a question about another place
leaves the other part answered, a part no letter states gets no quote from an unrelated
letter, a cited work plan's 须 still promises, 富民 is a county, 对外办函〔2024〕12号 is a
document number, a 标题 field over a title of its own is no half of it, 签发 names a person
only, padded names pair up.  Every letter and sentence here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.commitments import kinds_of
from rag.answer.dates_asked import year_unheld
from rag.answer.issuers import places_in
from rag.answer.support import unheld_places
from rag.letters.genre import unpad_names
from rag.letters.parse import parse_letter


@pytest.mark.parametrize(
    ("question", "text", "date", "unheld"),
    [
        ("每人每月能领2000元吗？", "每人每月提高至200元。", "2024-06-01", False),
        ("2020年投入多少？", "2019—2021年累计投入2.6亿元。", "2022-03-01", False),
        ("2022年做了哪些工作？", "二〇二二年，我局开展了培训。", "2024-03-01", False),
        ("2024年低保标准提高了吗？", "今年起，低保标准提高。", None, False),
        ("What were the exports in 2017?", "2018年，出口额约4.3亿美元。", "2019-06-01", True),
    ],
)
def test_years_a_letter_writes_or_means(question, text, date, unheld):
    assert year_unheld(question, text, date) is unheld


def test_a_county_before_the_letters_town_is_context():
    text = "华城镇人民政府。全镇建有村级篮球场31个。"
    assert unheld_places("五华县华城镇有多少个村级篮球场？", text) == []
    assert unheld_places("浏阳官渡镇有多少家企业？", "浏阳市共有企业391家") == ["官渡"]


FISHERS = "\n".join(
    [
        "关于县政协十届四次会议第56号提案的答复",
        "李军委员：",
        "您提出的关于做好退捕渔民安置保障工作的提案收悉。现答复如下：",
        "醒民镇现有捕捞渔船46艘，镇水产市场有商户38家。",
        "某某县农业农村局",
        "2020年7月1日",
    ]
)
PENSIONS = "\n".join(
    [
        "关于县政协十届四次会议第57号提案的答复",
        "王芳委员：",
        "您提出的关于提高城乡居民养老金的提案收悉。现答复如下：",
        "全县城乡居民基础养老金最低标准为每人每月180元。",
        "某某县人力资源和社会保障局",
        "2020年7月2日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("review32")
    return indexed(root / "letters", root / "home", fishers=FISHERS, pensions=PENSIONS)


def test_a_part_about_another_place_leaves_the_other_part_answered(qa):
    answer = qa.ask("醒民镇有多少艘渔船？官渡镇有多少艘？")
    assert not answer.refused and "46艘" in answer.text


def test_a_part_no_letter_states_gets_no_quote_from_another_letter(qa):
    answer = qa.ask("醒民镇水产市场有多少家商户？摊位费每月多少？")
    assert "180元" not in answer.text  # (answered, it quotes 38家; refused, nothing)
    assert "38家" in answer.text or answer.refused


@pytest.mark.parametrize(
    ("sentence", "path", "kinds"),
    [
        (
            "根据您的建议，县政府办公室印发了通知，要求各乡镇须在汛期前完成排查。",
            ("一、已开展的工作",),
            ("action",),
        ),
        (
            "根据工作安排，县交通局牵头，各乡镇须配合做好道路养护。",
            ("三、下一步工作打算",),
            ("commitment",),
        ),
    ],
)
def test_a_deed_or_a_plan_that_cites_a_requirement_is_still_one(sentence, path, kinds):
    assert kinds_of(sentence, path, 2024, "2024-06-20", "某某县农业农村局") == kinds


BODY = "\n王伟委员：\n您提出的《关于完善农村客运站点的建议》收悉。现答复如下：\n今年新建候车亭36个。\n某某市交通局\n2024年7月8日"


def test_fields_the_review_found_misread():
    assert places_in("富民县城") == ["富民县"]
    assert (
        parse_letter("对外办函〔2024〕12号\n关于第5号提案的答复" + BODY, source="x.txt").doc_number
        == "对外办函〔2024〕12号"
    )
    title = "关于加强农村道路建设的建议的答复"
    assert (
        parse_letter("标题：关于加强农村道路建设...\n" + title + BODY, source="x.txt").title
        == title
    )
    assert parse_letter("签发：2024年6月18日\n" + title + BODY, source="x.txt").signer is None
    assert unpad_names("王　芳　李　强委员") == "王芳\u3000李强委员"
