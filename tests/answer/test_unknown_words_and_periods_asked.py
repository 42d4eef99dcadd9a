"""Question words that must be found, met on made_up/qa35: a word jieba's dictionary lacks
and cuts into single characters ("箫笛" → 箫, 笛) is a term when the letters write it, and
"一年能做多少支" asks a year's figure — the period is the period check's, not a word "每年"
a sentence must hold ("2019年生产箫笛约62万支" answers it).  Every sentence is made up."""

from __future__ import annotations

from rag.answer.terms import content_terms

LETTER = "目前全县从事箫笛生产的企业和作坊共37家，2019年生产箫笛约62万支。"


def held(term: str) -> bool:
    return term in LETTER


def test_a_word_cut_into_characters_is_a_term_when_the_letters_write_it():
    assert "箫笛" in content_terms("玉屏做箫笛的有多少家？", held)
    assert "箫笛" not in content_terms("玉屏做箫笛的有多少家？", lambda term: False)


def test_a_period_said_with_one_is_no_term_but_one_typed_is():
    assert "每年" not in content_terms("一年能做多少支箫笛？", held)
    assert "每年" in content_terms("每年补贴多少？", held)
    assert "每亩" in content_terms("一亩地补多少钱？", held)  # (a unit of measure still is)
