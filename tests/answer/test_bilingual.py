"""English questions reach Chinese words through CC-CEDICT and pinyin, offline."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rag.answer.bilingual import chinese_candidates, english_words, translate
from rag.answer.pinyin_names import pinyin, place_in_english

LISHUI = "What did the Lishui civil affairs bureau say?"


def everything(term: str) -> bool:
    return True


# -- English words ------------------------------------------------------------------------


def test_english_words_keep_content_words_in_order_and_singular() -> None:
    assert english_words("Which letters discuss rural roads?") == ["rural", "road"]
    assert english_words("What are the policies for broken streetlights?") == [
        "policy",
        "broken",
        "streetlight",
    ]


def test_a_word_the_dictionary_uses_whole_is_not_stemmed() -> None:
    assert english_words("latest news") == ["latest", "news"]


# -- candidates ---------------------------------------------------------------------------


def test_road_finds_the_common_words_for_road_first() -> None:
    assert {"道路", "公路"} <= set(chinese_candidates("road")[:3])
    assert chinese_candidates("roads")[:3] == chinese_candidates("road")[:3]


def test_a_plural_the_dictionary_has_whole_is_also_read_as_its_singular() -> None:
    # CC-CEDICT glosses 劳务 as "services" and 服务 as "service": a question asking about
    # "services for elderly people" means the common word, and "rivers" means 河流.
    assert chinese_candidates("services")[0] == "服务"
    assert chinese_candidates("rivers")[0] == chinese_candidates("river")[0] == "河流"


def test_streetlight_closed_or_open_finds_luideng() -> None:
    assert "路灯" in chinese_candidates("streetlight")[:2]
    assert "路灯" in chinese_candidates("streetlights")[:2]
    assert chinese_candidates("street lamp")[0] == "路灯"


def test_a_bureau_named_noun_first_is_found_by_its_of_phrase() -> None:
    # CC-CEDICT has 民政局 as "Bureau of Civil Affairs".
    assert chinese_candidates("civil affairs bureau")[0] == "民政局"


def test_phrases_and_plain_words() -> None:
    assert chinese_candidates("science and technology")[:2] == ["科技", "科学技术"]
    assert chinese_candidates("talent")[0] == "人才"
    assert chinese_candidates("rural")[0] == "农村"  # by "rural area", a sense it begins
    assert chinese_candidates("safety")[0] == "安全"
    assert chinese_candidates("ecology")[0] == "生态"


def test_place_names_spelled_in_pinyin_are_not_translated() -> None:
    # 丽水市 "Lishui prefecture-level city…" only spells its name: places go by pinyin.
    assert chinese_candidates("Lishui") == []
    assert "宝成铁路" not in chinese_candidates("Baoji")


def test_a_place_is_not_translated_into_words_that_also_name_its_districts() -> None:
    # 长寿 (longevity) and 石柱 (pillar) are also districts of Chongqing in CC-CEDICT.
    assert not {"长寿", "石柱"} & set(chinese_candidates("Chongqing"))


def test_a_proper_name_is_reached_by_its_whole_english_name() -> None:
    assert chinese_candidates("Inner Mongolia")[0] == "内蒙古"


# -- translate ----------------------------------------------------------------------------


def test_translate_keeps_only_known_terms_in_question_order() -> None:
    index = {"农村", "道路", "公路", "路灯", "学校"}
    terms = translate("Which letters discuss rural roads and streetlights?", index.__contains__)
    assert set(terms) == {"农村", "道路", "公路", "路灯"}
    assert terms.index("农村") < terms.index("道路") < terms.index("路灯")
    assert terms.index("农村") < terms.index("公路") < terms.index("路灯")


def test_translate_takes_at_most_per_word_terms_for_each_word() -> None:
    index = {"公路", "道路", "马路", "路上"}
    assert len(translate("roads", index.__contains__, per_word=2)) == 2
    assert len(translate("roads", index.__contains__, per_word=3)) == 3


def test_a_compound_the_index_lacks_is_tried_as_its_words() -> None:
    index = {"民政", "局", "民事"}
    assert translate("What will the civil affairs bureau do?", index.__contains__) == ["民政", "局"]


def test_a_phrase_that_translates_is_not_also_translated_word_by_word() -> None:
    terms = translate("civil affairs bureau", everything)
    assert terms == ["民政局"]


def test_elderly_care_reaches_yanglao_in_an_index_that_has_it() -> None:
    # CC-CEDICT has no "elderly care"; 养老 is "to provide for the elderly".
    index = {"养老", "老年人", "护理", "民政", "局"}
    terms = translate(
        "What will the Lishui civil affairs bureau do about elderly care?", index.__contains__
    )
    assert terms[:2] == ["民政", "局"]
    assert "养老" in terms
    assert set(terms) <= index


def test_a_question_with_no_english_content_gets_no_terms() -> None:
    assert translate("What did they say?", everything) == []
    assert translate("第225号提案", everything) == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.sets(st.sampled_from(["道路", "公路", "路灯", "农村", "局"])))
def test_translate_returns_known_terms_once_each(question: str, index: set[str]) -> None:
    terms = translate(question, index.__contains__)
    assert set(terms) <= index
    assert len(terms) == len(set(terms))


# -- pinyin and places --------------------------------------------------------------------


def test_pinyin_is_toneless_lower_case_and_unspaced() -> None:
    assert pinyin("丽水市") == "lishuishi"
    assert pinyin("重庆") == "chongqing"


def test_place_named_in_english_by_pinyin() -> None:
    assert place_in_english("丽水市", LISHUI)
    assert not place_in_english("宝鸡市", LISHUI)
    assert place_in_english("元阳县", "What did Yuanyang County do about terraces?")
    assert place_in_english("北碚区", "Beibei District roads")
    assert place_in_english("宝鸡市", "Baoji ecology and environment bureau proposal 225")


def test_place_matches_whole_words_spaced_or_apostrophed() -> None:
    assert place_in_english("吉安市", "What did the Ji'an bureau say?")
    assert place_in_english("元阳县", "Yuan Yang county")
    assert not place_in_english("吉安市", "Which Jiangsu letters mention roads?")


def test_place_written_with_u_umlaut_or_v() -> None:
    assert place_in_english("绿春县", "Lüchun County")
    assert place_in_english("绿春县", "Lvchun County")


@given(st.text(max_size=12), st.text(max_size=60))
def test_place_in_english_never_raises(name: str, question: str) -> None:
    assert place_in_english(name, question) in (True, False)


def test_a_place_english_does_not_spell_in_pinyin_is_found_by_its_name_and_kind() -> None:
    # CC-CEDICT: 林芝 "Nyingchi prefecture of Tibet…", 吐鲁番 "Turpan city in Xinjiang";
    # the counties "in Nyingchi prefecture" are not Nyingchi
    assert chinese_candidates("Nyingchi")[0] == "林芝"
    assert "墨脱县" not in chinese_candidates("Nyingchi")
    assert chinese_candidates("Turpan")[0] == "吐鲁番"
    assert "鄯善县" not in chinese_candidates("Turpan")


def test_a_common_english_phrase_a_place_name_begins_with_names_no_place() -> None:
    # CC-CEDICT: 古城区 "Old town district of Lijiang…", 湖区 "lake district"
    assert "古城区" not in chinese_candidates("old town")
    assert "湖区" not in chinese_candidates("lake")
