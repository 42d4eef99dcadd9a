"""English questions name Chinese places and things in pinyin or by their English names;
the dictionary proposes the Chinese, the index decides which of it counts."""

from __future__ import annotations

from rag.answer.bilingual import is_proper_name, translate
from rag.answer.catalog import Catalog
from rag.answer.pinyin_names import names_spelled, places_spelled
from rag.answer.terms import content_terms


def test_a_name_spelled_in_pinyin_gives_the_names_read_that_way() -> None:
    assert names_spelled("Which documents does Xinmi base its policy on?") == ["新密"]
    assert "舒城" in names_spelled("Shucheng water bureau: which plan?")


def test_names_run_over_adjacent_capitalised_words_only() -> None:
    assert "元阳" in names_spelled("What did Yuan Yang County say?")
    assert "元阳" not in names_spelled("What did Yuan say about yang?")


def test_english_words_and_question_words_spell_no_name() -> None:
    assert names_spelled("What will the bureau do about talent evaluation?") == []
    assert names_spelled("how did xinmi reply?") == []  # a name is capitalised


def test_a_name_counts_only_as_the_letters_write_it() -> None:
    # The letters write 新密市, which jieba keeps whole: the name is held with its unit.
    held = {"新密市", "电梯"}
    terms = content_terms(
        "Which documents does Xinmi base its elevator policy on?", held.__contains__
    )
    assert "新密市" in terms and "新密" not in terms
    assert "新密" not in content_terms("What does Xinmi say?", set().__contains__)


def test_a_number_is_not_read_as_a_word() -> None:
    # "14th" once gave "th", which CC-CEDICT reads as 三八线 (the 38th parallel).
    assert translate("the 14th plan", lambda term: True) == translate("the plan", lambda t: True)


def test_a_place_named_by_its_english_name_narrows_to_its_letters() -> None:
    assert is_proper_name("内蒙古") and not is_proper_name("长寿")
    catalog = Catalog(
        [
            dict(letter_id="nm", issuer="内蒙古自治区卫生健康委员会", title=None),
            dict(letter_id="cq", issuer="重庆市卫生健康委员会", title=None),
        ]
    )
    named = catalog.letters_named(
        "What has the Inner Mongolia health commission done about Mongolian medicine?",
        None,
        english=True,
    )
    assert named.ids == {"nm"}


def test_a_kind_of_bureau_in_the_plural_names_every_one_of_that_kind() -> None:
    catalog = Catalog(
        [
            dict(letter_id="city", issuer="重庆市科学技术局", title=None),
            dict(letter_id="district", issuer="重庆市沙坪坝区科学技术局", title=None),
            dict(letter_id="yy", issuer="岳阳市科学技术局", title=None),
            dict(letter_id="edu", issuer="重庆市教育委员会", title=None),
        ]
    )

    def named(question: str) -> set[str] | None:
        return catalog.letters_named(question, None, english=True).ids

    # "bureaus" (its "us" once kept the plural from the dictionary's "bureau")
    bureaus = "What kinds of proposals did the science and technology bureaus reply to?"
    assert named(bureaus) == {"city", "district", "yy"}
    # one bureau is the one with the fewest places left unsaid; a place said narrows a plural
    assert named("What did the science and technology bureau say?") == {"city", "yy"}
    assert named("What did the Chongqing science and technology bureaus say?") == {"city"}


def test_a_common_word_that_is_also_a_place_does_not_narrow() -> None:
    # 长寿 is "longevity" as well as 长寿区: a question about longevity names no district.
    catalog = Catalog(
        [
            dict(letter_id="cs", issuer="重庆市长寿区民政局", title=None),
            dict(letter_id="bb", issuer="重庆市北碚区民政局", title=None),
        ]
    )
    named = catalog.letters_named("What is done for longevity?", None, english=True)
    assert named.ids is None


def test_a_name_no_dictionary_lists_is_read_off_the_letter_by_its_pinyin() -> None:
    from rag.answer.spelling import spelled_in

    text = "我局将石门至青岗公路列入了建设计划;新桥至白马公路也将从石门通过。"
    question = "When will the Xinqiao–Baima road through Shimen be finished?"
    assert spelled_in(question, text) == ["石门", "新桥", "白马"]
    assert spelled_in("when will the road be finished?", text) == []  # no capitals, no names


def test_a_date_about_a_named_road_must_name_it() -> None:
    from rag.answer.extractive import answer_extractive
    from rag.models import Passage

    passage = Passage(
        chunk_id="c0",
        letter_id="L",
        text=(
            "截至目前,我区已硬化村道水泥路1200公里(2018年5月普查数据)。"
            "新桥至白马公路也将从石门通过。石门至青岗公路计划于2025年底前建成。"
        ),
        section="",
        source="anju.txt",
        title="关于修建村道公路的建议的答复",
        issuer="区交通局",
        doc_number=None,
        proposal_no="56",
        score=1.0,
    )
    # the letter gives no date for the Xinqiao–Baima road: the 2018 survey is no answer
    assert answer_extractive(
        "When is the Xinqiao–Baima road expected to be completed?", [passage]
    ).refused
    done = answer_extractive("When will the Shimen–Qinggang road be completed?", [passage])
    assert not done.refused and "2025年底前" in done.text


def test_a_bureau_of_a_place_the_index_does_not_know_narrows_to_no_other_places() -> None:
    # The Anju letter's page lost its sign-off (no issuer); the question's "Anju district
    # transport bureau" must not narrow to the transport bureaus of other places.
    from rag.answer.issuers import match_issuers

    catalog = Catalog(
        [
            dict(letter_id="yb", issuer="重庆市渝北区交通局", title=None),
            dict(letter_id="zc", issuer="周村区交通运输局", title=None),
            dict(letter_id="aj", issuer=None, title=None),
        ]
    )
    english = "Anju district: what will the transport bureau do about village roads?"
    assert catalog.letters_named(english, None, english=True).ids is None
    assert catalog.letters_named("安居区交通局今年修村道吗？", None, english=False).ids is None
    assert match_issuers(
        "渝北区交通局今年修村道吗？", ["重庆市渝北区交通局", "周村区交通运输局"]
    ) == ["重庆市渝北区交通局"]
    assert catalog.letters_named(
        "Yubei district: what will the transport bureau do?", None, english=True
    ).ids == {"yb"}
    # …and named without "district", right before the bureau (d8-067)
    for unnamed in (
        "How many kilometres of village roads does the Anju transport bureau plan?",
        "What will Anju's Transport Bureau build this year?",
    ):
        assert catalog.letters_named(unnamed, None, english=True).ids is None
    # a place the index knows still narrows; an English word before the bureau is no place
    assert catalog.letters_named(
        "What will the Yubei transport bureau build this year?", None, english=True
    ).ids == {"yb"}
    bureaus = catalog.letters_named("What will the transport bureau build?", None, english=True)
    assert bureaus.ids is not None
    # a city the dictionary lists that no letter is from is somewhere else: still narrowed
    shenzhen = "What did the Shenzhen transport bureau reply about the metro?"
    assert catalog.letters_named(shenzhen, None, english=True).ids == bureaus.ids
    # …but one an issuer names (康县商务局, a county of one character) is a place of the
    # letters: its letters, whatever the bureau ("Nangong's transport bureau" is Nangong's)
    kang = Catalog([*catalog.records, dict(letter_id="kx", issuer="康县商务局", title=None)])
    kangxian = "How many routes has the Kangxian transport bureau opened?"
    assert kang.letters_named(kangxian, None, english=True).ids == {"kx"}
    assert (
        catalog.letters_named("What will the Human transport bureau build?", None, english=True).ids
        == bureaus.ids
    )


def test_a_proposer_misread_as_a_common_word_names_no_letter() -> None:
    catalog = Catalog(
        [
            dict(letter_id="a", issuer=None, title=None, proposers=("小组",)),
            dict(letter_id="b", issuer=None, title=None, proposers=("熊林花",)),
        ]
    )
    assert catalog.letters_named("工作小组由谁担任组长？", None, english=False).ids is None
    assert catalog.letters_named("熊林花代表的建议怎么答复的？", None, english=False).ids == {"b"}


def test_the_places_an_english_question_spells_are_those_the_dictionary_glosses_as_places() -> None:
    assert places_spelled("What will the weather be like in Kunming next weekend?") == [("昆明",)]
    assert places_spelled("What will the weather be like in Kunming City?") == [("昆明",)]
    assert places_spelled("Compare Qingdao's myopia rate with Weifang's") == [("青岛",), ("潍坊",)]
    # a capitalised word that is no place, a place CC-CEDICT does not gloss as one (China),
    # and a district whose name is also a common word (安居 "to live in peace") name none
    assert places_spelled("What did the National Forestry Administration say?") == []
    assert places_spelled("What are the visa rules for tourists visiting China?") == []
    assert places_spelled("What did Anju district say about village roads?") == []
    # beside a name the dictionary does not list as a place, a place may be only the
    # setting of what the letters know by that name (芝罘 is a district, 徐志富 a deputy)
    assert places_spelled("What did Suining's Anju district plan?") == []
    assert places_spelled("What did deputy Xu Zhifu ask in Anju?") == []
    # every name read so is one the letters may know it by: the Changjiang is 长江 too
    assert ("昌江", "长江") in places_spelled("What is the Changjiang economic belt policy?")
    # a word is counted as a place's only when it is the place's, not inside one
    assert places_spelled("What did Ming say about Kunming?") == []


def test_a_letter_naming_no_place_of_its_own_is_from_the_place_its_proposal_is_about() -> None:
    catalog = Catalog(
        [
            dict(
                letter_id="xm",
                issuer="市自然资源和规划局 市市场监督管理局",
                title=None,
                proposal_title="关于新密市老旧小区改造加装电梯的建议",
            ),
            dict(letter_id="cq", issuer="重庆市住房和城乡建设委员会", title=None),
            # a bureau with a place of its own is from there, whatever its proposal names
            dict(
                letter_id="zz",
                issuer="郑州市住房保障和房地产管理局",
                title=None,
                proposal_title="关于新密市棚户区改造的建议",
            ),
        ]
    )
    english = catalog.letters_named("Which units signed the Xinmi reply on elevators?", None, True)
    chinese = catalog.letters_named("新密加装电梯的答复是谁回的？", None, False)
    assert english.ids == chinese.ids == {"xm"}


def test_a_county_of_one_character_is_a_place_and_a_verb_before_a_unit_is_none() -> None:
    from rag.answer.issuers import places_of

    assert places_of("莒县综合行政执法局") == ["莒县"]
    assert places_of("泾县经济和信息化委员会") == ["泾县"]
    assert places_of("县人民政府") == places_of("全县") == []
    catalog = Catalog(
        [
            dict(letter_id="jx", issuer="莒县综合行政执法局", title=None),
            # "关于加强县城…" names no 加强县: the letter stays unplaced
            dict(
                letter_id="qy", issuer=None, title=None, proposal_title="关于加强县城小区建设的建议"
            ),
        ]
    )
    assert catalog.letters_named("How many vendors are there in Juxian?", None, True).ids == {"jx"}
    assert "加强县" not in catalog.known_places


def test_a_proposals_place_is_a_city_county_or_town_not_a_kind_of_area() -> None:
    from rag.answer.issuers import places_about, places_of

    assert places_about("关于新密市老旧小区改造加装电梯的建议") == ["新密市"]
    assert places_about("关于修建聚贤镇村道公路的建议") == ["聚贤镇"]
    for kind_of_area in ("关于加快农村地区公交发展的建议", "关于工业园区污水处理的建议"):
        assert places_about(kind_of_area) == []
    # a one-character county is read before a longer span that runs past it
    assert places_of("康县市场监督管理局") == ["康县"]
    assert places_of("泾县城市管理局") == ["泾县"]
    assert places_of("邻县交通局") == []


def test_a_national_letter_is_placed_so_a_town_it_never_names_is_not_its_own() -> None:
    from rag.answer.parts import not_of_the_letter
    from rag.answer.stated import letter_held

    text = "支持安溪县在感德镇、祥华乡等地建设生态茶园示范片3.2万亩。"

    class View:  # what letter_held reads of an index: its catalog and the letter's text
        def catalog(self) -> Catalog:
            return Catalog(
                [
                    dict(
                        letter_id=lid,
                        issuer="农业农村部",
                        title=f"关于十三届{body}二次会议第4127号建议的答复",
                    )
                    for lid, body in (("nation", "全国人大"), ("unknown", "人大"))
                ]
            )

        def letter_text(self, letter_id: str) -> str:
            return text

    question = "安溪龙涓乡建了多少亩生态茶园示范片？"
    national = letter_held(View(), "nation", question)  # type: ignore[arg-type]
    assert national.placed and not_of_the_letter(question, national, None)[0]
    # a letter whose own place is unknown may be the one asked: its figures may be the town's
    unknown = letter_held(View(), "unknown", question)  # type: ignore[arg-type]
    assert not unknown.placed and not not_of_the_letter(question, unknown, None)[0]
