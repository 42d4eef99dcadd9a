"""Retrieval: RRF math, filters read from the question, intent, English expansion, follow-ups.

These run against `FakeStore`, a small in-memory implementation of the Store contract
(docs/ARCHITECTURE.md) over hand-made chunks, so each behaviour is pinned down without
the embedding model; tests/test_qa.py covers the same paths with the real store.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

import pytest

from rag.answer import query
from rag.answer import terms as words
from rag.answer.confidence import confidence
from rag.answer.issuers import match_issuers, names_issuer, place_core, places_of
from rag.answer.rank import coverage, rrf
from rag.answer.retrieve import Retriever
from rag.answer.sections import Headings
from rag.models import Chunk
from rag.settings import Settings

KJJ = "重庆市科学技术局"
KJJ_TITLE = "重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函"
JW = "重庆市教育委员会"
JW_TITLE = "重庆市教育委员会关于市政协六届二次会议第0412号提案答复的函"

# (letter, section, part, text): a slice of the reference letter and of a second letter.
ROWS = [
    (
        "kjj",
        "",
        "opening",
        "您提出的《关于多措并举 推动我市科技服务业高质量发展的建议的提案》(第0798号)收悉,经与市人力社保局、市经济信息委等协办单位共同研究办理,现答复如下。",
    ),
    (
        "kjj",
        "一、工作开展情况 > (一)实施科技服务能级提升行动",
        "body",
        "(一)实施科技服务能级提升行动。2023年,全市技术合同交易额同比增长54.3%,技术经纪人同比增长102%,全市孵化载体面积达到600万平方米。",
    ),
    (
        "kjj",
        "一、工作开展情况 > (二)实施科技服务业集聚区建设行动",
        "body",
        "(二)实施科技服务业集聚区建设行动。突出西部(重庆)科学城、两江协同创新区、广阳湾智创生态城三大科创核心承载区,着力打造科技服务业集聚区。",
    ),
    (
        "kjj",
        "二、下一步工作重点",
        "body",
        "下一步,我们将充分吸纳您的建议,针对我市科技服务业发展的堵点难点问题,加强体制建设和政策创新,重点做好以下几个方面的工作。",
    ),
    (
        "kjj",
        "二、下一步工作重点 > (一)优化提升科技服务业政策措施",
        "body",
        "(一)优化提升科技服务业政策措施。一是加强政策落实和跟踪问效。二是持续加强政策优化。",
    ),
    (
        "kjj",
        "二、下一步工作重点 > (二)全力推动科技服务业市场主体培育",
        "body",
        "(二)全力推动科技服务业市场主体培育。一是加快科技服务平台引育。三是加强科技成果转化中的知识产权保护。",
    ),
    (
        "kjj",
        "二、下一步工作重点 > (三)打造高能级科技服务业平台载体",
        "body",
        "(三)打造高能级科技服务业平台载体。一是加快数智科创平台建设。",
    ),
    (
        "kjj",
        "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍",
        "body",
        "(四)培育壮大科技服务业人才队伍。一是培育壮大科技服务人才队伍。二是健全科技服务人才评价激励机制。组织开展技术经纪专业职称评审工作,构建多元化的人才评价方式。",
    ),
    (
        "kjj",
        "",
        "closing",
        "此答复函已经明炬局长审签。对以上答复你们有什么意见,请填写在回执上寄给我们,以便进一步改进工作。",
    ),
    (
        "jw",
        "一、工作开展情况",
        "body",
        "近年来,我委持续加强中小学教师队伍建设,开展教师评价改革试点。",
    ),
    ("jw", "二、下一步工作", "body", "下一步,我委将完善中小学教师评价制度,推进人才评价改革。"),
]
LETTERS = {
    "kjj": dict(
        title=KJJ_TITLE,
        issuer=KJJ,
        proposal_no="0798",
        year=2024,
        session="市政协六届二次会议",
        doc_number="渝科局函〔2024〕300号",
        proposers=["王晓颖"],
    ),
    "jw": dict(
        title=JW_TITLE, issuer=JW, proposal_no="0412", year=2023, session="市政协六届一次会议"
    ),
}


def make_chunks() -> list[Chunk]:
    chunks = []
    for ordinal, (letter, section, part, text) in enumerate(ROWS):
        meta = LETTERS[letter]
        chunks.append(
            Chunk(
                chunk_id=f"{letter}-{ordinal}",
                letter_id=letter,
                source=f"{letter}.txt",
                ordinal=ordinal,
                section=section,
                part=part,
                text=text,
                header=f"{meta['title']} | 第{meta['proposal_no']}号 | {section}",
                start=0,
                end=len(text),
                title=meta["title"],
                issuer=meta["issuer"],
                proposal_no=meta["proposal_no"],
                session=meta["session"],
                year=meta["year"],
            )
        )
    return chunks


@dataclass
class Record:
    data: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return dict(self.data)


def _bigrams(text: str) -> Counter[str]:
    text = "".join(ch for ch in text.lower() if ch.isalnum())
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


class FakeStore:
    """The Store contract over hand-made chunks; dense = bigram cosine, keyword = bigram hits.

    Records every call so tests can assert what the retriever asked for.
    """

    version = 0

    def __init__(self, chunks: list[Chunk]):
        self.chunks = chunks
        self.calls: list[tuple[str, str, dict[str, Any] | None]] = []

    def _allowed(self, chunk: Chunk, where: dict[str, Any] | None) -> bool:
        for key, value in (where or {}).items():
            values = value if isinstance(value, list) else [value]
            if getattr(chunk, key) not in values:
                return False
        return True

    def dense(self, query: str, k: int, where: dict[str, Any] | None = None):
        self.calls.append(("dense", query, where))
        q = _bigrams(query)
        out = []
        for chunk in self.chunks:
            if not self._allowed(chunk, where):
                continue
            d = _bigrams(chunk.indexed_text)
            dot = sum(q[g] * d[g] for g in q)
            norm = math.sqrt(sum(v * v for v in q.values()) * sum(v * v for v in d.values())) or 1
            # Shifted into e5's cosine band so the confidence maps behave as with the real model.
            out.append((chunk, 0.75 + 0.5 * dot / norm))
        return sorted(out, key=lambda x: -x[1])[:k]

    def keyword(self, query: str, k: int, where: dict[str, Any] | None = None):
        self.calls.append(("keyword", query, where))
        q = set(_bigrams(query))
        out = []
        for chunk in self.chunks:
            if not self._allowed(chunk, where):
                continue
            hits = len(q & set(_bigrams(chunk.indexed_text)))
            if hits:
                out.append((chunk, float(hits)))
        return sorted(out, key=lambda x: -x[1])[:k]

    def get_chunks(self, letter_id: str | None = None) -> list[Chunk]:
        return [c for c in self.chunks if letter_id is None or c.letter_id == letter_id]

    def sections(self) -> list[tuple[str, str]]:
        return [(c.letter_id, c.section) for c in self.chunks]

    def boilerplate_cosine(self, query: str) -> float | None:
        self.calls.append(("boilerplate", query, None))
        parts = sorted({c.part for c in self.chunks} - {"body"})
        best = self.dense(query, 1, {"part": parts}) if parts else []
        return best[0][1] if best else None

    def document_frequency(self, forms: Sequence[str]) -> int:
        return sum(any(f in c.indexed_text for f in forms) for c in self.chunks)

    def letters(self) -> list[Record]:
        return [
            Record({"letter_id": lid, "source": f"{lid}.txt", **m}) for lid, m in LETTERS.items()
        ]


@pytest.fixture
def store() -> FakeStore:
    return FakeStore(make_chunks())


@pytest.fixture
def retriever(store: FakeStore) -> Retriever:
    return Retriever(store, Settings())


# -- fusion and confidence ----------------------------------------------------------------


def test_rrf_sums_weighted_reciprocal_ranks():
    fused = rrf([["a", "b", "c"], ["c", "a"]], [1.0, 0.5], k=60)
    assert fused["a"] == pytest.approx(1 / 61 + 0.5 / 62)
    assert fused["b"] == pytest.approx(1 / 62)
    assert fused["c"] == pytest.approx(1 / 63 + 0.5 / 61)
    assert sorted(fused, key=lambda x: -fused[x]) == ["a", "c", "b"]


def test_rrf_weight_zero_ignores_a_ranking():
    fused = rrf([["a", "b"], ["b", "a"]], [0.0, 1.0], k=10)
    assert fused["b"] > fused["a"]


def test_confidence_is_low_when_the_terms_are_missing_even_if_cosine_is_high():
    assert confidence(0.90, coverage=0.1) < 0.5 <= confidence(0.90, coverage=0.9)
    assert confidence(0.70, coverage=None) == 0.0
    assert confidence(0.70, coverage=None, named_letter=True) >= 0.75


def test_scores_are_best_first_and_at_most_the_confidence(retriever):
    result = retriever.search("人才评价激励机制", k=5)
    scores = [p.score for p in result.passages]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == pytest.approx(result.confidence)
    assert 0.0 <= scores[-1] <= scores[0] <= 1.0


# -- filters from the question ------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "第0798号提案说了什么",
        "0798号提案的下一步",
        "第798号提案",
        "What did proposal 798 say?",
        "reply to No. 0798",
    ],
)
def test_a_proposal_number_filters_to_its_letter(retriever, question):
    result = retriever.search(question, k=5)
    assert result.passages and {p.letter_id for p in result.passages} == {"kjj"}
    assert result.where == {"letter_id": ["kjj"]}


def test_a_number_no_letter_has_is_reported_not_ignored(retriever):
    result = retriever.search("第9999号提案的答复是什么？")
    assert result.unmatched == ["第9999号提案"]
    assert result.passages == []
    assert f"《{KJJ_TITLE}》" in result.closest  # the refusal can still name the nearest letters
    english = retriever.search("What did the reply to proposal 9999 say?")
    assert english.unmatched == ["proposal No. 9999"]


def test_kind_of_number_decides_between_letters_but_excludes_nothing_alone():
    rows = [
        dict(letter_id="p", title="…第0182号提案答复的函", proposal_no="0182", kind="提案"),
        dict(letter_id="s", title="…第182号建议的答复", proposal_no="182", kind="建议"),
    ]
    chunks = [c for c in make_chunks() if c.letter_id == "kjj"]
    store = FakeStore(
        [
            replace(
                c,
                letter_id=r["letter_id"],
                chunk_id=f"{r['letter_id']}{i}",
                proposal_no=r["proposal_no"],
            )
            for r in rows
            for i, c in enumerate(chunks)
        ]
    )
    store.letters = lambda: [Record(r) for r in rows]
    retriever = Retriever(store, Settings())
    assert retriever.search("第182号建议").where == {"letter_id": ["s"]}
    assert retriever.search("第0182号提案").where == {"letter_id": ["p"]}
    assert retriever.search("No. 182").where == {"letter_id": ["p", "s"]}
    # Only a 提案 0798 exists: "第0798号建议" still means it.
    assert Retriever(FakeStore(make_chunks()), Settings()).search("第0798号建议").where == {
        "letter_id": ["kjj"]
    }


@pytest.mark.parametrize("name", ["市科技局", "重庆市科技局", "科学技术局", "重庆市科学技术局"])
def test_an_issuer_short_name_filters_to_its_letters(retriever, name):
    passages = retriever.retrieve(f"{name}在人才评价方面做了什么？", k=5)
    assert {p.letter_id for p in passages} == {"kjj"}


@pytest.mark.parametrize(
    ("short", "issuer"),
    [
        ("市人力社保局", "重庆市人力资源和社会保障局"),
        ("市人社局", "重庆市人力资源和社会保障局"),
        ("市经济信息委", "重庆市经济和信息化委员会"),
        ("市教委", "重庆市教育委员会"),
        ("卫健委", "内蒙古自治区卫生健康委员会"),
        ("市科技局", "重庆市科学技术局"),
        ("石林县卫健局", "石林彝族自治县卫生健康局"),
        ("北碚区城管局", "重庆市北碚区城市管理局"),
    ],
)
def test_a_short_name_names_its_issuer_without_a_table(short, issuer):
    # People shorten a name by dropping characters, never by reordering them.
    assert names_issuer(short, issuer)


def test_the_verb_hui_is_no_committee():
    # 委员会 shortens to 委, never to its 会: "信息会定期发布" names no 经济和信息化委员会.
    assert match_issuers("以后科技成果信息会定期公开发布吗？", ["重庆市经济和信息化委员会"]) == []
    assert names_issuer("市经信委", "重庆市经济和信息化委员会")
    assert names_issuer("两江新区管委会", "重庆市两江新区管理委员会")


def test_a_short_name_does_not_skip_a_place():
    # A district's bureau keeps its district; the city's short name doesn't select it.
    assert not names_issuer("市教委", "重庆市渝中区教育委员会")
    assert match_issuers("市教委怎么答复的", ["重庆市渝中区教育委员会", JW]) == [JW]
    assert not names_issuer("教育局", "重庆市科学技术局")


def test_places_are_read_from_issuers():
    assert places_of("重庆市北碚区城市管理局") == ["重庆市", "北碚区"]
    assert places_of("石林彝族自治县卫生健康局") == ["石林彝族自治县"]
    assert place_core("石林彝族自治县") == "石林" and place_core("丽水市") == "丽水"
    assert places_of("农业农村部") == []
    # 会 of a place's name (新会区, 会泽县); an office's 委员会 or 联合会 names no place
    assert places_of("江门市新会区农业农村局") == ["江门市", "新会区"]
    assert places_of("会泽县交通运输局") == ["会泽县"]
    assert places_of("市工商业联合会") == [] and places_of("县总工会") == []
    assert places_of("政协会泽县委员会") == []  # (a body's 会, not the county's)


def test_session_and_letter_year_filter(retriever):
    assert {
        p.letter_id for p in retriever.retrieve("六届一次会议的提案答复里关于人才评价", k=5)
    } == {"jw"}
    assert {p.letter_id for p in retriever.retrieve("2023年的答复函里关于人才评价", k=5)} == {"jw"}


def test_a_year_in_the_content_does_not_filter(retriever):
    # 2023年 here is when the contracts grew, not the year of the letter (2024).
    passages = retriever.retrieve("2023年全市技术合同交易额增长了多少？", k=3)
    assert passages[0].section.endswith("(一)实施科技服务能级提升行动")


def test_explicit_filters_accept_values_lists_and_unpadded_numbers(retriever):
    assert {
        p.letter_id for p in retriever.retrieve("人才评价", filters={"proposal_no": "798"})
    } == {"kjj"}
    both = retriever.retrieve("人才评价", k=10, filters={"proposal_no": ["798", "412"]})
    assert {p.letter_id for p in both} == {"kjj", "jw"}
    assert {p.letter_id for p in retriever.retrieve("人才评价", filters={"issuer": "市教委"})} == {
        "jw"
    }
    missing = retriever.search("人才评价", filters={"proposal_no": "9999"})
    assert missing.passages == [] and missing.unmatched


# -- intent -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("下一步在人才评价方面会做什么？", "plan"),
        ("市科技局计划怎么做", "plan"),
        ("What will the bureau do about talent evaluation?", "plan"),
        ("已经做了哪些工作？", "result"),
        ("What has been achieved so far?", "result"),
        ("这封答复函由谁审签？", "meta"),
        ("What is the document number?", "meta"),
        ("人才评价", None),
        # English stems and verbs: "plan" as a verb asks about plans, "research results"
        # names a topic, and a co-handling question is about the letter's fields.
        ("Does the city plan a new platform for patents?", "plan"),
        ("What does the action plan cover?", None),
        ("Where are research results traded?", None),
        ("Which units co-handled the proposal?", "meta"),
        ("Who were the co-organisers?", "meta"),
    ],
)
def test_detect_intent(question, intent):
    assert query.detect_intent(question) == intent


def test_plan_questions_prefer_next_step_sections(retriever):
    plan = retriever.retrieve("科技服务下一步会做什么？", k=3)
    assert plan[0].section.startswith("二、下一步工作重点")
    done = retriever.retrieve("科技服务已经开展了哪些工作？", k=3)
    assert done[0].section.startswith("一、工作开展情况")


def test_metadata_questions_prefer_opening_and_closing(retriever):
    passages = retriever.retrieve("第0798号提案答复函由谁审签？", k=3)
    assert passages[0].part == "closing"


# -- English ------------------------------------------------------------------------------


def test_english_terms_become_the_chinese_words_the_letters_hold():
    # A bilingual dictionary proposes; the letters decide: only words the index holds count.
    held = "健全科技服务人才评价激励机制,组织开展技术经纪专业职称评审工作"
    terms = words.content_terms(
        "What will the bureau do about talent evaluation and technology services?",
        held.__contains__,
    )
    assert "人才" in terms and "科技" in terms
    # A word none of whose first Chinese words the letters hold stays as missing
    # evidence (its first word): fewer of those than of the words they do hold.
    unheld = [t for t in terms if t not in held]
    assert len(unheld) < len(terms) - len(unheld)


def test_english_questions_send_chinese_keywords_to_bm25(retriever, store):
    passages = retriever.retrieve("What will the bureau do about talent evaluation?", k=3)
    keyword_query = next(q for kind, q, _ in store.calls if kind == "keyword")
    assert "人才" in keyword_query
    # Both letters plan talent evaluation (教师评价, 人才评价): either may lead.
    assert any("人才队伍" in p.section for p in passages[:2])


def test_english_question_detection():
    assert words.is_english("What did the reply to proposal 0798 say about 人才?")
    assert not words.is_english("第0798号提案 talent 人才评价怎么做")


# -- follow-ups ---------------------------------------------------------------------------


def test_ordinal_follow_up_resolves_to_the_nth_subsection(retriever):
    history = [("第0798号提案下一步有哪些工作重点？", "……")]
    passages = retriever.retrieve("其中第四点具体指什么？", k=3, history=history)
    assert passages[0].section == "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍"
    standalone = retriever.standalone_question("其中第四点具体指什么？", history)
    assert "0798" in standalone and "(四)培育壮大科技服务业人才队伍" in standalone


def test_follow_up_keeps_the_previous_letter(retriever):
    history = [("市教委下一步在教师评价方面会做什么？", "……")]
    passages = retriever.retrieve("那么它已经做了什么呢？", k=3, history=history)
    assert {p.letter_id for p in passages} == {"jw"}
    assert passages[0].section.startswith("一、工作开展情况")


def test_english_follow_up(retriever):
    history = [
        (
            "What will the Science and Technology Bureau do about talent evaluation in proposal 798?",
            "...",
        )
    ]
    passages = retriever.retrieve("What about the second one?", k=3, history=history)
    assert passages[0].letter_id == "kjj"


def test_a_question_naming_its_own_letter_is_not_a_follow_up(retriever):
    history = [("市教委下一步会做什么？", "……")]
    passages = retriever.retrieve("那么第0798号提案呢？", k=3, history=history)
    assert {p.letter_id for p in passages} == {"kjj"}


def test_without_history_nothing_is_carried(retriever):
    assert retriever.standalone_question("其中第四点具体指什么？", []) == "其中第四点具体指什么？"


def test_an_llm_rewrite_replaces_the_offline_rules(store):
    seen = []

    def rewrite(question, history):
        seen.append((question, history))
        return "第0412号提案下一步工作"

    retriever = Retriever(store, Settings())
    passages = retriever.search("那它呢？", k=2, history=[("q", "a")], rewrite=rewrite).passages
    assert seen == [("那它呢？", [("q", "a")])]
    assert {p.letter_id for p in passages} == {"jw"}


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("其中第四点具体指什么？", 4),
        ("第2条呢", 2),
        ("第二项", 2),
        ("the second one", 2),
        ("point 3", 3),
        ("人才评价", None),
    ],
)
def test_find_ordinal(text, n):
    assert query.find_ordinal(text) == n


def test_an_english_bureau_name_filters_like_its_chinese_one(retriever):
    question = "What will the Chongqing Science and Technology Bureau do about talent evaluation?"
    assert {p.letter_id for p in retriever.retrieve(question, k=5)} == {"kjj"}


def test_two_issuers_named_side_by_side_both_count():
    issuers = [KJJ, "重庆市沙坪坝区科学技术局"]
    assert match_issuers("市科技局和沙坪坝区科技局分别报告了什么", issuers) == sorted(issuers)
    assert match_issuers("沙坪坝区科技局报告了什么", issuers) == ["重庆市沙坪坝区科学技术局"]


def test_elliptical_follow_up_borrows_the_previous_question(retriever):
    history = [("2023年全市技术合同交易额增长了多少？", "……")]
    result = retriever.search("技术经纪人呢？", k=3, history=history)
    assert result.standalone.startswith("2023年全市技术合同交易额增长了多少？")
    assert "技术经纪人" in result.standalone
    assert result.passages[0].section.endswith("(一)实施科技服务能级提升行动")


def test_a_place_no_letter_mentions_lowers_confidence(retriever):
    here = retriever.search("全市技术合同交易额增长了多少", k=3).confidence
    elsewhere = retriever.search("上海市技术合同交易额增长了多少", k=3)
    assert elsewhere.features["foreign"] == 1.0
    assert elsewhere.confidence < 0.6 * here


def test_an_english_question_about_a_place_no_letter_mentions_is_about_somewhere_else(
    retriever,
):
    # CC-CEDICT reads "Kunming" and "Shenzhen" as cities; no letter here mentions them, so
    # the question's other words (weather → 天气, next → 第二 …) do not make it answerable
    for question in (
        "What will the weather be like in Kunming next weekend?",
        "How fast did technology contract turnover grow in Shenzhen in 2023?",
    ):
        result = retriever.search(question, k=3)
        assert result.features["foreign"] == 1.0, question
        assert result.confidence == 0.0, question
    # the letters' own city, spelled in pinyin, is somewhere they know
    # answered: well above the refusal threshold (one rendering of each word counts as the word)
    here = retriever.search("How fast did technology contract turnover grow in Chongqing?", k=3)
    assert here.features["foreign"] == 0.0
    assert here.confidence > 1.5 * Settings().refusal_threshold


def test_a_word_tagged_as_a_place_is_one_only_as_a_name_not_a_counted_thing(retriever):
    # "两所新园" are two new kindergartens, though jieba tags 新园 as a place: a question
    # about them is not about somewhere no letter mentions
    assert words.place_names("两所新园用上以后，城区公办园会有几所？") == []
    assert words.place_names("2023年上海的技术合同成交额是多少？") == ["上海"]
    assert words.place_names("3家上海企业的技术合同成交额是多少？") == ["上海"]
    # jieba tags 治安 ("public order") as a place too; CC-CEDICT has it as a common word
    assert words.place_names("校园周边的治安谁来管？") == []
    assert words.place_names("临平区的公交票价是多少？") == ["临平区"]
    result = retriever.search("两所新园用上以后，技术合同交易额增长了多少", k=3)
    assert result.features["foreign"] == 0.0


@pytest.mark.parametrize(
    "question",
    ["这份0798号答复说了什么", "渝科局函[2024]300号说了什么", "王晓颖委员的提案是怎么答复的？"],
)
def test_a_bare_number_a_document_number_or_a_proposer_names_the_letter(retriever, question):
    result = retriever.search(question, k=3)
    assert result.where == {"letter_id": ["kjj"]}
    assert result.features["named"] == 1.0


def test_numbers_that_are_not_proposal_numbers_are_ignored():
    assert query.find_numbers("渝科局函〔2024〕300号的日期") == []
    assert query.find_numbers("5号楼在哪") == []
    # a school's or a bridge's name, not "reply No. 2"
    assert query.find_numbers("How many places does Huangqiao No. 2 Primary School add?") == []
    assert query.find_numbers("Is Number 3 Bridge being rebuilt?") == []
    assert query.find_numbers("Who signed No. 798?") == [("798", None)]


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("第二十三号提案是怎么答复的", "23"),  # as a letter may print it: its parse reads 23
        ("第2025B017号建议答复了什么", "2025B017"),  # year, series, serial; not also "017"
        ("BH037号建议说了什么", "BH037"),
        ("第一百二十三号提案说了什么", "123"),
    ],
)
def test_proposal_numbers_as_letters_print_them(question, number):
    assert [n for n, _ in query.find_numbers(question)] == [number]


@pytest.mark.parametrize(
    "question",
    [
        "第一号楼加装电梯了吗？",
        "地铁第二号线延伸的建议怎么答复的？",
        "第五号台风过后投入了多少钱？",
    ],
)
def test_a_chinese_numeral_with_hao_names_no_proposal_without_its_kind(question):
    assert query.find_numbers(question) == []


def test_quoted_names_are_content_terms():
    assert words.content_terms("“双倍增”到底是什么？")[0] == "双倍增"
    assert "双倍增" in words.quoted_terms("“双倍增”到底是什么？")


def test_keyword_evidence_counts_the_words_a_chunk_holds():
    # No synonym table: a paraphrase (定期 for 常态化) is the dense model's to find.
    chunk = replace(make_chunks()[6], text="(三)打造平台载体。开展科技成果信息常态化发布。")
    assert coverage({"常态化": 1.0, "发布": 1.0}, chunk) == 1.0
    assert coverage({"定期": 1.0, "发布": 1.0}, chunk) == 0.5


def test_common_english_policy_words_reach_the_chinese_index():
    terms = set(words.content_terms("Which national centre offers an online reward for startups?"))
    assert {"网上", "奖励"} <= terms


def test_place_names_are_found_by_jieba_not_a_list():
    assert words.place_names("上海市2023年技术合同成交额是多少？") == ["上海市"]
    assert words.place_names("丽水市民政局怎么说") == ["丽水市"]


def test_a_dense_margin_carries_a_paraphrase_but_not_an_off_topic_question():
    # A paraphrase: few shared terms, but its best body passage stands well above the
    # letters' boilerplate.
    assert confidence(0.87, coverage=0.4) < 0.4 <= confidence(0.87, 0.4, dense_margin=0.03)
    # English with no glossary term: the margin is the only evidence.
    assert confidence(0.79, None, english=True, dense_margin=0.035) >= 0.4
    # Off-topic: as close to the boilerplate as to any body passage.
    assert confidence(0.88, coverage=0.0, dense_margin=0.012) < 0.4
    assert confidence(0.80, None, english=True, dense_margin=0.013) < 0.4


def _brute_margin(store: FakeStore, question: str) -> float:
    """The dense margin as defined: best body cosine minus best boilerplate cosine, over
    every chunk of the index."""
    scored = store.dense(question, len(store.chunks))
    body = max(cos for c, cos in scored if c.part == "body")
    other = max(cos for c, cos in scored if c.part != "body")
    return body - other


@pytest.mark.parametrize(
    "question, filters",
    [
        ("人才评价激励机制", None),
        ("您提出的提案收悉,现答复如下", None),  # closest to the opening
        ("明天重庆的天气怎么样？", None),
        ("人才评价激励机制", {"proposal_no": "0412"}),  # filtered search, whole-index margin
    ],
)
def test_dense_margin_is_best_body_minus_best_boilerplate_over_the_index(
    store: FakeStore, monkeypatch, question: str, filters
):
    expected = _brute_margin(store, question)
    # fewer candidates than the index holds, as at any real size
    retriever = Retriever(store, Settings(candidates=3))
    asked: list[tuple[int, dict | None]] = []
    dense = store.dense
    monkeypatch.setattr(
        store, "dense", lambda q, k, where=None: asked.append((k, where)) or dense(q, k, where)
    )
    margin = retriever.search(question, filters=filters).features["dense_margin"]
    assert margin == pytest.approx(expected, abs=1e-4)
    # never by asking for every chunk of the index (a cost that grew with the index): no
    # search larger than the question's own candidate search, but within the letters of
    # candidates BM25 alone found (each list ranks the other's candidates too)
    bound = max(3, retriever.settings.top_k)
    assert bound < len(store.chunks)
    assert all(k <= bound or (where or {}).get("letter_id") for k, where in asked)


def test_quoted_heading_picks_the_one_letter_whose_longest_heading_is_quoted(store: FakeStore):
    headings = Headings.of(store.sections())
    found = headings.quoted("下一步工作重点一共列了几块？", None)
    assert found == ("kjj", "二、下一步工作重点")  # longer than the other letter's 下一步工作
    deeper = headings.quoted("培育壮大科技服务业人才队伍具体指什么", None)
    assert deeper == ("kjj", "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍")
    assert headings.quoted("下一步工作重点", {"nobody"}) is None
    assert headings.quoted("工作重点", None) is None  # four characters: too generic


# -- one retriever, many questions, a changing index -----------------------------------------


def test_a_write_to_the_store_is_seen_by_the_next_question(store: FakeStore, monkeypatch):
    retriever = Retriever(store, Settings())
    assert retriever.search("第0412号提案的下一步工作？").where == {"letter_id": ["jw"]}
    # The letter is removed: its chunks and record go, and the store's version changes.
    store.chunks = [c for c in store.chunks if c.letter_id != "jw"]
    monkeypatch.setattr(
        store,
        "letters",
        lambda: [r for r in FakeStore.letters(store) if r.data["letter_id"] != "jw"],
    )
    store.version += 1
    assert retriever.search("第0412号提案的下一步工作？").unmatched == ["第0412号提案"]


def test_without_a_write_the_index_is_read_once(store: FakeStore, monkeypatch):
    reads: list[str] = []
    letters = store.letters
    monkeypatch.setattr(store, "letters", lambda: reads.append("letters") or letters())
    retriever = Retriever(store, Settings())
    for question in ("第0798号提案", "人才评价", "第0412号提案的下一步工作？"):
        retriever.search(question)
    assert reads == ["letters"]


def test_a_question_leaves_nothing_on_the_shared_retriever(store: FakeStore):
    """What a question computes travels in its result: two questions asked through one
    retriever each get their own standalone question and diagnostics."""
    retriever = Retriever(store, Settings())
    before = set(vars(retriever))
    first = retriever.search(
        "其中第四点具体指什么？", history=[("第0798号提案下一步工作重点？", "…")]
    )
    second = retriever.search("第0412号提案的下一步工作？")
    assert set(vars(retriever)) == before
    assert first.standalone != second.standalone
    assert "0798" in first.standalone and first.passages[0].letter_id == "kjj"
    assert second.passages[0].letter_id == "jw"


def test_a_number_the_parser_missed_is_found_in_the_letters_title():
    from rag.answer.catalog import Catalog

    catalog = Catalog(
        [
            dict(
                letter_id="a",
                issuer="某市科技局",
                title="关于市政协第57101号提案的答复",
                proposal_no=None,
            ),
            dict(
                letter_id="b", issuer="某市科技局", title="关于第571号提案的答复", proposal_no="571"
            ),
        ]
    )
    assert catalog.letters_named("第57101号提案是怎么答复的？", None, False).ids == {"a"}
    assert catalog.letters_named("第571号提案是怎么答复的？", None, False).ids == {"b"}
    assert catalog.letters_named("第999号提案是怎么答复的？", None, False).ids == set()


def test_titles_lend_a_number_only_as_a_proposal_number_to_letters_without_one():
    from rag.answer.catalog import Catalog

    catalog = Catalog(
        [
            dict(
                letter_id="a",
                issuer="某市交通局",
                title="关于加快轨道交通1号线建设的答复",
                proposal_no="25",
            ),
            dict(
                letter_id="b",
                issuer="某市科技局",
                title="关于渝科局函〔2024〕101号的说明",
                proposal_no=None,
            ),
        ]
    )
    assert catalog.letters_named("第1号建议是怎么答复的？", None, False).ids == set()
    assert catalog.letters_named("第101号提案是怎么答复的？", None, False).ids == set()


def test_the_intent_is_read_without_pointing_words_unless_only_they_say_it():
    assert query.own_intent("那它的下一步呢？") == "plan"
    assert query.own_intent("The reply to No. 21: when was it written?") == "meta"
    assert query.own_intent("what about that one?") is None


def test_names_an_english_question_spells_join_the_keyword_query_once():
    held = "关于方便主簿镇、包家乡群众出行的建议 郸城县卫生健康委员会".__contains__
    query_ = words.keyword_query(
        "Where is the road from Zhubu to Dancheng?", held, ["主簿", "郸城"]
    )
    assert query_.split().count("郸城") == 1  # a place the dictionary knows is not counted twice
    assert "主簿" in query_.split()  # …and one it does not know is added
    assert words.keyword_query("主簿镇的路", held, ["主簿"]) == "主簿镇的路"


def test_each_list_ranks_the_others_best_candidates_after_its_own():
    from rag.answer.rank import completed

    def chunk(cid: str, letter: str) -> Chunk:
        return Chunk(cid, letter, f"{letter}.txt", 0, "", "body", cid, "", 0, len(cid))

    dense = [(chunk("a1", "a"), 0.9), (chunk("b1", "b"), 0.8)]
    keyword = [(chunk("c1", "c"), 9.0), (chunk("a1", "a"), 5.0), (chunk("d1", "d"), 1.0)]
    asked: list[dict] = []

    def rescore(where: dict) -> list[tuple[Chunk, float]]:
        asked.append(where)
        return [(chunk("c2", "c"), 0.7), (chunk("c1", "c"), 0.6)]

    # BM25's best (c1) missed by the dense list is ranked after the dense list's own, by its
    # cosine; BM25's tail (d1, past its top 2) is not
    ranked = completed(dense, keyword, rescore, None, 2)
    assert [c.chunk_id for c, _ in ranked] == ["a1", "b1", "c1"]
    assert asked == [{"letter_id": ["c"]}]
    # nothing missed, or a filter other than letters: the list as it was, no search
    assert completed(dense, dense, rescore, None, 2) == dense
    assert completed(dense, keyword, rescore, {"year": 2024}, 2) == dense
    assert len(asked) == 1
