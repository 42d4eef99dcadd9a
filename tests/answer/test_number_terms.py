"""A number asked in words ("八十多岁", "几块钱") is a figure, which letters write their own
way ("80周岁以上", "4元"): it is no word a sentence must hold to answer.  Made-up text."""

from __future__ import annotations

from rag.answer.terms import content_terms


def test_a_number_in_words_is_no_content_term_unless_the_letters_write_it():
    letters = "对80周岁以上老人每餐补助4元，老年食堂586个。"
    terms = content_terms("八十多岁的老人在老年食堂吃饭能补几块钱？", letters.__contains__)
    assert "老年食堂" in terms or "食堂" in terms
    assert not {"八十", "八十多", "八十多岁", "多岁", "块钱"} & set(terms)
    # a number the letters do write in words stays: it names the thing ("十四五规划")
    assert "十四五" in content_terms("十四五规划里怎么说？", "“十四五”规划".__contains__)
