"""Question words that must be found, met on made_up/qa35: a word jieba's dictionary lacks
and cuts into single characters ("箫笛" → 箫, 笛) is a term when the letters write it.
Every sentence is made up."""

from __future__ import annotations

from rag.answer.terms import content_terms

LETTER = "目前全县从事箫笛生产的企业和作坊共37家，2019年生产箫笛约62万支。"


def held(term: str) -> bool:
    return term in LETTER


def test_a_word_cut_into_characters_is_a_term_when_the_letters_write_it():
    assert "箫笛" in content_terms("玉屏做箫笛的有多少家？", held)
    assert "箫笛" not in content_terms("玉屏做箫笛的有多少家？", lambda term: False)
