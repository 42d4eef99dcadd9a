"""English questions answered offline: the lead, the shape and the sources line in English,
the quotes and the citations the letter's own Chinese; Chinese questions as before."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from rag import ReplyLetterQA, Settings
from rag.answer.extractive import answer_extractive
from rag.answer.quotes import english_section, quoted
from rag.answer.refusal import refusal_for
from rag.answer.result import RetrievalResult
from rag.answer.shapes import answer_per_letter, answer_points
from rag.models import Passage

REFERENCE = Path(__file__).resolve().parents[2] / "corpus" / "cq-kjj-0798.txt"
TITLE = "重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函"
ISSUER = "重庆市科学技术局"
PLANS = "二、下一步工作重点"
TALENT = "(四)培育壮大科技服务业人才队伍"
FIRST = (
    "一是培育壮大科技服务人才队伍。着力培育壮大成果转化人才队伍,突出市场实绩评价,"
    "着重评价成果转化效益、技术推广成效和对产业发展的实际贡献。"
)
SECOND = (
    "二是健全科技服务人才评价激励机制。组织开展技术经纪专业职称评审工作,"
    "构建多元化的人才评价方式,兼顾人才的共性化与个性化发展。"
)
PLATFORM = (
    "(三)打造高能级科技服务业平台载体。一是加快数智科创平台建设。建好用好“重庆市成果快转平台”。"
)
DONE = (
    "(一)实施科技服务能级提升行动。2023年,全市技术合同交易额同比增长54.3%,技术经纪人同比增长102%。"
)
IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")


LETTER = Passage(
    chunk_id="",
    letter_id="kjj",
    source="cq-kjj-0798.txt",
    title=TITLE,
    issuer=ISSUER,
    doc_number=None,
    proposal_no="0798",
    section="",
    text="",
    score=0.0,
)


def passage(text: str, section: str, score: float, n: int, **fields: str | None) -> Passage:
    return replace(LETTER, chunk_id=f"c{n}", section=section, text=text, score=score, **fields)


PASSAGES = [
    passage(FIRST, f"{PLANS} > {TALENT} > 一是培育壮大科技服务人才队伍", 0.8, 1),
    passage(SECOND, f"{PLANS} > {TALENT} > 二是健全科技服务人才评价激励机制", 0.7, 2),
    passage(PLATFORM, f"{PLANS} > (三)打造高能级科技服务业平台载体", 0.5, 3),
    passage(DONE, "一、工作开展情况 > (一)实施科技服务能级提升行动", 0.4, 4),
]


def parts(text: str) -> tuple[str, list[str], str]:
    lead, *body, sources = text.split("\n")
    return lead, body, sources


def test_english_question_gets_an_english_lead_and_sources_line_with_chinese_quotes():
    answer = answer_extractive("What will the bureau do about talent evaluation?", PASSAGES)
    lead, body, sources = parts(answer.text)

    assert lead == f"According to the reply to proposal No. 0798 ({ISSUER}):"
    assert sources == (
        "Sources: [1] No. 0798 · Part 2 > (4) > first; [2] No. 0798 · Part 2 > (4) > second"
    )
    # The quotes are the letter's Chinese, verbatim, each with its marker.
    assert body == [f"{FIRST}[1]", f"{SECOND}[2]"]
    # The citations keep the letter's own heading path: evaluation and the API read it.
    assert [c.section for c in answer.citations] == [p.section for p in PASSAGES[:2]]


def test_chinese_question_is_answered_exactly_as_before():
    answer = answer_extractive("市科技局下一步在人才评价方面会做什么？", PASSAGES)
    assert answer.text == (
        f"根据第0798号提案答复函（{ISSUER}），\n{FIRST}[1]\n{SECOND}[2]\n"
        "来源：[1] 第0798号 · 二 > (四) > 一是；[2] 第0798号 · 二 > (四) > 二是"
    )


def test_both_languages_cite_the_same_evidence():
    runs = [(0, 0, len(FIRST)), (3, 0, DONE.index("。") + 1)]
    english = quoted(PASSAGES, runs, True, "What will the bureau do?")
    chinese = quoted(PASSAGES, runs, False, "市科技局会做什么？")
    assert english.citations == chinese.citations
    assert parts(english.text)[1] == parts(chinese.text)[1]


@pytest.mark.parametrize(
    ("path", "english"),
    [
        ([PLANS], "Part 2"),
        (["十二、其他"], "Part 12"),
        ([PLANS, TALENT, "一是培育壮大科技服务人才队伍"], "Part 2 > (4) > first"),
        (["一、关于补齐短板", "（二）布局骨干冷链物流基地"], "Part 1 > (2)"),
        (["6.关于公交优先通行"], "6"),
        (["1、工作情况", "（3）加强宣传", "十一是加强考核"], "1 > (3) > 11th"),
        (["关于公交优先通行的有关情况说明"], '"关于公交优先通行的有…"'),
    ],
)
def test_section_paths_read_as_english_structure(path: list[str], english: str):
    assert english_section(path) == english


def test_section_path_with_its_words_keeps_the_chinese_headings():
    assert english_section([PLANS, TALENT], words=True) == (
        'Part 2 "下一步工作重点" > (4) "培育壮大科技服务业人才队伍"'
    )


def test_points_and_parts_say_their_shape_in_english():
    outline = PASSAGES[:3]
    points = answer_points("What measures does the reply to proposal 0798 list?", outline)
    assert points is not None
    assert parts(points.text)[0] == (
        f"The points of the reply to proposal No. 0798 ({ISSUER}), in the letter's order:"
    )
    heads = [(i, 0, p.text.index("。") + 1) for i, p in enumerate(PASSAGES[:2])]
    section = quoted(PASSAGES, heads, True, "What are the parts of the plans?", shape="parts")
    assert parts(section.text)[0] == (
        f'The parts of Part 2 "下一步工作重点" > (4) "培育壮大科技服务业人才队伍" of the reply to '
        f"proposal No. 0798 ({ISSUER}), in the letter's order:"
    )
    chinese = answer_points("第0798号提案的答复提到了哪些措施？", outline)
    assert chinese is not None and chinese.text.startswith(
        f"根据第0798号提案答复函（{ISSUER}），\n"
    )


def test_one_line_per_letter_in_english():
    lights = passage(
        "2023年新装路灯320盏。",
        "二、关于路灯建设",
        0.6,
        5,
        letter_id="yb",
        issuer="重庆市渝北区交通局",
        title="重庆市渝北区交通局关于区十九届人大二次会议第182号建议答复的函",
        proposal_no="182",
        kind="建议",
    )
    answer = answer_per_letter("Which letters discuss street lights?", [lights, PASSAGES[2]])
    lead, body, sources = parts(answer.text)
    assert lead == "2 of the indexed reply letters address this, one line per letter:"
    assert (
        body[0] == "The reply to suggestion No. 182 (重庆市渝北区交通局): 2023年新装路灯320盏。[1]"
    )
    assert body[1].startswith(f"The reply to proposal No. 0798 ({ISSUER}): ")
    assert sources == "Sources: [1] No. 182 · Part 2; [2] No. 0798 · Part 2 > (3)"
    single = answer_per_letter("Which letters discuss street lights?", [lights])
    assert single.text.startswith("One indexed reply letter addresses this:\n")


def test_letters_without_a_number_are_named_in_english():
    quoting = passage(
        "已安装减速带。",
        "二是加强巡逻",
        0.5,
        6,
        letter_id="np",
        title="《关于加强学校门前车辆行驶和停放秩序管理的建议》的答复",
        issuer="南票区公安分局",
        proposal_no=None,
    )
    untitled = passage(
        "新建院士工作站4个。", "", 0.5, 7, letter_id="yy", title=None, issuer="岳阳市科学技术局"
    )
    untitled = replace(untitled, proposal_no=None)
    first = quoted([quoting], [(0, 0, 7)], True, "What did the police do?")
    assert parts(first.text)[0] == (
        "According to the reply letter “《关于加强学校门前车辆行驶和停放秩序管理的建议》的答复” "
        "(南票区公安分局):"
    )
    assert parts(first.text)[2] == "Sources: [1] 南票区公安分局 · second"
    three = quoted(
        [untitled, quoting, PASSAGES[0]], [(0, 0, 10), (1, 0, 7), (2, 0, len(FIRST))], True, "?"
    )
    assert parts(three.text)[0] == (
        "According to the reply from 岳阳市科学技术局, "
        "the reply letter “《关于加强学校门前车辆行驶和停放秩序管理的建议》的答复” (南票区公安分局) "
        f"and the reply to proposal No. 0798 ({ISSUER}):"
    )
    assert parts(three.text)[2] == (
        "Sources: [1] 岳阳市科学技术局; [2] 南票区公安分局 · second; "
        "[3] No. 0798 · Part 2 > (4) > first"
    )


def test_refusals_in_english_say_what_is_missing():
    figure = answer_extractive("How many technology brokers will there be in 2025?", PASSAGES)
    assert figure.refused and figure.text.startswith(
        "The indexed reply letters discuss this topic but do not state the figure asked for."
    )
    chinese = answer_extractive("2025年技术经纪人有多少？", PASSAGES)
    assert chinese.text == (
        f"已收录的答复函谈到了相关内容，但没有写明所问的数字。最接近的答复函：《{TITLE}》。"
    )
    low = RetrievalResult(
        question="q", standalone="q", passages=PASSAGES, confidence=0.1, closest=[TITLE]
    )
    refusal = refusal_for("What is the price of a train ticket to Mars?", low, threshold=0.5)
    assert refusal is not None and refusal.text == (
        f"The indexed reply letters do not answer this question. Closest letters: {TITLE}."
    )


def test_asking_in_english_end_to_end(tmp_path: Path):
    qa = ReplyLetterQA(Settings(home=tmp_path, openai_api_key=None))
    assert qa.ingest([REFERENCE]).ok
    letter = REFERENCE.read_text(encoding="utf-8")

    answer = qa.ask(
        "What will the Chongqing Science and Technology Bureau do about talent evaluation?"
    )
    lead, body, sources = parts(answer.text)
    assert lead == f"According to the reply to proposal No. 0798 ({ISSUER}):"
    assert sources.startswith("Sources: [1] No. 0798 · Part 2")
    # No Chinese word in the structure: only the issuer's name, in its brackets.
    assert not IDEOGRAPH.search(re.sub(r"\([^)]*\)", "", lead) + sources)
    for line, citation in zip(body, answer.citations, strict=True):
        assert citation.quote in letter and line.endswith("]")
        assert citation.section.startswith(PLANS)  # the letter's own path, in Chinese

    chinese = qa.ask("市科技局下一步在人才评价方面会做什么？")
    assert chinese.text.startswith(f"根据第0798号提案答复函（{ISSUER}），")
    assert chinese.text.splitlines()[-1].startswith("来源：[1] 第0798号 · 二 > (四)")
