"""Met on made_up/commit24 (c24-14): a letter in traditional characters was read for its
promises in its own characters, which the rules are not written in — another body's plan
(洪墩鎮人民政府計劃…), a fire brigade's word (…表示，將…) and a prediction (…將明顯提升)
were read as the bureau's promises.  Such a letter is read on its simplified view, and its
items are given back in its own words.  The letter is made up."""

from __future__ import annotations

from rag.answer.commitments import actions, commitments
from rag.letters.parse import parse_letter

LETTER = "\n".join(
    [
        "某某縣住房和城鄉建設局關於縣政協十屆三次會議第27號提案的答復",
        "李明委員：",
        "您提出的《關於加快老街保護性改造的提案》收悉，現答復如下：",
        "一、已開展的工作",
        "2024年，我局完成老街沿線管線改造1.2公里。",
        "二、下一步工作",
        "我局將於2025年底前會同縣文化和旅遊局完成老街立面整治。",
        "洪墩鎮人民政府計劃明年對老街沿線店招實施統一設計。",
        "市消防救援大隊表示，將在老街配置小型消防車。",
        "老街改造完成後，兩鎮的遊客接待能力將明顯提升。",
        "某某縣住房和城鄉建設局",
        "2024年6月20日",
    ]
)


def test_a_traditional_letters_promises_are_its_own_and_in_its_words():
    letter = parse_letter(LETTER, source="old-street.txt")
    promised = commitments(letter)
    assert [c.quote for c in promised] == ["我局將於2025年底前會同縣文化和旅遊局完成老街立面整治。"]
    (promise,) = promised
    assert promise.due == "2025年底前"
    assert promise.partners == ("縣文化和旅遊局",)
    assert promise.section.endswith("二、下一步工作")
    assert letter.body[promise.start :].startswith(promise.quote)
    assert [a.quote for a in actions(letter)] == ["2024年，我局完成老街沿線管線改造1.2公里。"]
