"""A letter copied from a traditional-character page is found and answered by a question in
simplified characters, and a question typed in traditional characters finds a simplified
letter; every quote stays as the letter prints it.  The letters are made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.letters.script import is_traditional

TRADITIONAL = "\n".join(
    [
        "關於縣政協十屆二次會議第17號提案的答覆",
        "陳志華委員：",
        "您提出的《關於振興蠶桑產業的提案》收悉。現答覆如下：",
        "一、工作開展情況",
        "縣財政對新栽桑園每畝補貼500元，2019年共新栽桑園3200畝。",
        "二、下一步工作",
        "到2021年，全縣桑園面積恢復到2萬畝。",
        "某某縣農業農村局",
        "2019年6月5日",
    ]
)
SIMPLIFIED = "\n".join(
    [
        "关于市政协六届三次会议第88号提案的答复",
        "刘敏委员：",
        "您提出的《关于加快冷链物流建设的提案》收悉。现答复如下：",
        "今年全市新建冷库12座，新增库容4.6万吨。",
        "某某市商务局",
        "2023年7月3日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("script")
    return indexed(root / "letters", root / "home", silk=TRADITIONAL, cold=SIMPLIFIED)


def test_a_simplified_question_finds_a_traditional_letter_and_quotes_it_as_printed(qa):
    answer = qa.ask("新种一亩桑树，县里补贴多少钱？")
    assert not answer.refused
    assert "500元" in answer.text
    cited = answer.citations[0]
    assert cited.source == "silk.txt"
    assert "每畝補貼500元" in cited.quote
    assert cited.quote in qa.letter(cited.letter_id).body  # verbatim, as printed
    assert cited.quote in answer.text  # the answer shows the letter's characters
    assert "每亩补贴" not in answer.text


def test_a_traditional_question_finds_a_simplified_letter(qa):
    answer = qa.ask("今年全市新建了多少座冷庫？")
    assert not answer.refused
    assert "12座" in answer.text
    assert answer.citations[0].source == "cold.txt"


def test_passages_and_chunks_given_out_are_as_printed(qa):
    passages = qa.retrieve("桑园面积恢复到多少", k=3)
    silk = [p for p in passages if p.source == "silk.txt"]
    body = qa.letter(silk[0].letter_id).body if silk else ""
    assert silk and all(p.text in body for p in silk)
    chunks = [c for c in qa.chunks() if c.source == "silk.txt" and c.part != "meta"]
    assert chunks and all(c.text in body for c in chunks)
    assert any("桑園" in c.text for c in chunks)


def test_a_simplified_text_naming_qianxian_is_not_traditional():
    # OpenCC reads 乾 as 干: a simplified letter or question about 乾县 stays as written
    assert not is_traditional("乾县今年新建了多少个苹果示范园？")
    assert is_traditional("乾縣要建幾座冷庫？")
    assert is_traditional("縣財政對新栽桑園每畝補貼500元。")


def test_a_simplified_letter_about_qianxian_is_answered(tmp_path):
    letter = "\n".join(
        [
            "关于县政协九届三次会议第9号提案的答复",
            "张强委员：",
            "您提出的关于发展苹果产业的提案收悉。现答复如下：",
            "今年乾县新建苹果示范园12个，新建冷库3座。",
            "某某县农业农村局",
            "2023年7月3日",
        ]
    )
    qa = indexed(tmp_path / "letters", tmp_path / "home", apple=letter)
    answer = qa.ask("乾县今年新建了多少个苹果示范园？")
    assert not answer.refused and "12个" in answer.text
    assert answer.citations[0].quote in qa.letter(answer.citations[0].letter_id).body
