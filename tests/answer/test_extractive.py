"""The extractive answerer and the refusal: verbatim quotes, markers, lead language, shape."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from rag.answer.asks import asks_for
from rag.answer.extractive import answer_extractive
from rag.answer.refusal import refusal_for
from rag.answer.result import Held, RetrievalResult
from rag.answer.sentences import is_frame
from rag.answer.shapes import answer_per_letter
from rag.models import Passage

TITLE = "重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函"
TALENT = (
    "(四)培育壮大科技服务业人才队伍。一是培育壮大科技服务人才队伍。着力培育壮大成果转化人才队伍,"
    "促进我市成果转化工作更好发展,结合我市科技工作实际,突出市场实绩评价,着重评价成果转化效益、技术推广成效和对产业发展的实际贡献。"
    "二是健全科技服务人才评价激励机制。组织开展技术经纪专业职称评审工作,打通技术转移转化人才职业发展通道,"
    "多渠道鼓励科研人员从事成果转化和技术转移活动,激发科研人员活力,构建多元化的人才评价方式,兼顾人才的共性化与个性化发展。"
)
PLATFORM = (
    "(三)打造高能级科技服务业平台载体。一是加快数智科创平台建设。建好用好“重庆市成果快转平台”。"
)
CLOSING = (
    "此答复函已经明炬局长审签。对以上答复你们有什么意见,请填写在回执上寄给我们,以便进一步改进工作。"
)
DONE = (
    "(一)实施科技服务能级提升行动。2023年,全市技术合同交易额同比增长54.3%,技术经纪人同比增长102%。"
)


def passage(text: str, section: str, score: float, part: str = "body", n: int = 0) -> Passage:
    return Passage(
        chunk_id=f"c{n}",
        letter_id="kjj",
        source="cq-kjj-0798.txt",
        title=TITLE,
        issuer="重庆市科学技术局",
        doc_number="渝科局函〔2024〕300号",
        proposal_no="0798",
        section=section,
        text=text,
        score=score,
        part=part,
    )


PASSAGES = [
    passage(TALENT, "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍", 0.8, n=1),
    passage(PLATFORM, "二、下一步工作重点 > (三)打造高能级科技服务业平台载体", 0.6, n=2),
    passage(DONE, "一、工作开展情况 > (一)实施科技服务能级提升行动", 0.5, n=3),
    passage(CLOSING, "", 0.4, part="closing", n=4),
]


CLOSING_P = PASSAGES[3]


def markers(text: str) -> list[int]:
    return [int(m) for m in re.findall(r"\[(\d+)\]", text)]


def test_quotes_are_verbatim_and_markers_match_citations():
    answer = answer_extractive("市科技局下一步在人才评价方面会做什么？", PASSAGES)
    assert not answer.refused and answer.citations
    for citation in answer.citations:
        assert citation.quote and citation.quote in citation.text
    assert set(markers(answer.text)) == set(range(1, len(answer.citations) + 1))
    assert "二是健全科技服务人才评价激励机制。" in answer.text
    assert (
        "人才队伍" in answer.citations[0].section
        and "下一步工作重点" in answer.citations[0].section
    )


def test_every_word_but_the_lead_and_sources_comes_from_a_letter():
    answer = answer_extractive("市科技局下一步在人才评价方面会做什么？", PASSAGES)
    lead, *body, sources = answer.text.split("\n")
    assert lead == "根据第0798号提案答复函（重庆市科学技术局），"
    # The sources line is compact (the evidence panel has the titles and full headings).
    assert sources.startswith("来源：[1] 第0798号 · 二 > (四)")
    assert TITLE not in sources
    for line in body:
        for quote in re.split(r"\[\d+\]", line):
            assert quote in "".join(p.text for p in PASSAGES)


def test_sentences_keep_letter_order_within_a_passage():
    answer = answer_extractive("人才评价方式和激励机制", PASSAGES)
    text = answer.text
    assert text.index("二是健全科技服务人才评价激励机制") < text.index("构建多元化的人才评价方式")


def test_lead_is_in_the_question_language():
    answer = answer_extractive("What will the bureau do about talent evaluation?", PASSAGES)
    assert answer.text.startswith("According to the reply to proposal No. 0798 (重庆市科学技术局):")
    assert answer.text.splitlines()[-1].startswith("Sources: ")
    assert any("人才评价" in c.quote for c in answer.citations)


def test_metadata_question_is_answered_from_the_closing():
    answer = answer_extractive("这封答复函由谁审签？", PASSAGES, intent="meta")
    assert answer.citations[0].quote.startswith("此答复函已经明炬局长审签。")
    assert answer.text.splitlines()[1].startswith("此答复函已经明炬局长审签。")


def test_meta_card_quotes_only_the_value():
    card = passage(
        "发文字号:渝科局函〔2024〕300号\n发布日期:2024-10-12\n协办单位:市人力社保局",
        "",
        0.9,
        part="meta",
        n=9,
    )
    answer = answer_extractive("第0798号提案的发文字号是什么？", [card, *PASSAGES], intent="meta")
    assert answer.citations[0].quote == "渝科局函〔2024〕300号"
    assert "发文字号:渝科局函〔2024〕300号[1]" in answer.text


def test_a_field_asked_is_answered_by_its_card_line_not_the_cards_other_lines():
    # The card's 标题 and 发文机关 lines hold the question's names (the bureau, the number)
    # and once joined the answer to "which departments were consulted".
    card = passage(
        "标题：重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函\n"
        "发文机关：重庆市科学技术局\n协办单位：市人力社保局、市财政局",
        "",
        0.9,
        part="meta",
        n=9,
    )
    answer = answer_extractive(
        "重庆市科学技术局答复第0798号提案前征求了哪些部门的意见？", [card, *PASSAGES], intent="meta"
    )
    assert "市人力社保局" in answer.text
    assert "发文机关" not in answer.text and "标题" not in answer.text


def test_answer_is_deterministic():
    first = answer_extractive("科技服务平台建设", PASSAGES)
    assert all(answer_extractive("科技服务平台建设", PASSAGES) == first for _ in range(3))


def test_at_most_four_sentences_are_quoted():
    answer = answer_extractive("科技服务", PASSAGES)
    quoted = sum(len(re.findall(r"[。！？；]", c.quote)) or 1 for c in answer.citations)
    assert 1 <= quoted <= 4


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("第9999号提案的答复是什么？", "没有找到第9999号提案的答复函。"),
        ("What about proposal 9999?", "No reply letter for proposal No. 9999"),
    ],
)
def test_unmatched_number_refuses_and_names_closest(question, expected):
    unmatched = ["第9999号提案"] if "第" in question else ["proposal No. 9999"]
    result = RetrievalResult(question, question, [], 0.0, unmatched=unmatched, closest=[TITLE])
    answer = refusal_for(question, result, threshold=0.5)
    assert answer is not None and answer.refused
    assert answer.text.startswith(expected)
    assert answer.citations == [] and answer.closest == [TITLE]
    assert TITLE in answer.text


def test_low_confidence_refuses_in_the_question_language():
    result = RetrievalResult("今天天气怎么样？", "今天天气怎么样？", PASSAGES, 0.2, closest=[TITLE])
    refusal = refusal_for("今天天气怎么样？", result, threshold=0.5)
    assert refusal is not None and refusal.refused and not refusal.citations
    assert refusal.text.startswith("已收录的答复函中没有找到")
    english = refusal_for("What is the weather today?", result, threshold=0.5)
    assert english is not None and english.text.startswith(
        "The indexed reply letters do not answer"
    )


def test_confident_retrieval_does_not_refuse():
    result = RetrievalResult("q", "q", PASSAGES, 0.8)
    assert refusal_for("人才评价", result, threshold=0.5) is None


def test_a_figure_for_another_year_is_not_an_answer():
    answered = answer_extractive("2023年全市技术合同交易额增长了多少？", [PASSAGES[2]])
    assert not answered.refused and "54.3%" in answered.text
    refused = answer_extractive("2024年全市技术合同交易额增长了多少？", [PASSAGES[2]])
    assert refused.refused and not refused.citations


def test_a_figure_in_the_wrong_unit_is_not_an_answer():
    answer = answer_extractive("全市技术合同交易额是多少亿元？", [PASSAGES[2]])
    assert answer.refused and not answer.citations


def test_a_figure_from_a_lower_ranked_letter_is_not_an_answer():
    other = replace(
        PASSAGES[2],
        letter_id="other",
        chunk_id="x",
        proposal_no="0076",
        text="全区技术经纪人达到286名。",
    )
    top = passage(
        "二是健全科技服务人才评价激励机制。组织开展技术经纪专业职称评审工作。",
        "二、下一步工作重点",
        0.9,
    )
    answer = answer_extractive("技术经纪人有多少名？", [top, other])
    assert answer.refused


def of_letter(text: str, letter: str, title: str, score: float, n: int = 0) -> Passage:
    """A passage of another letter than the bureau's own (its id and chunk by `letter`)."""
    return replace(passage(text, "", score, n=n), letter_id=letter, chunk_id=letter, title=title)


def test_a_lower_letter_about_a_word_the_first_never_writes_answers_the_figure():
    # the grape letter ranks first for the dryers both letters write of; the question asks
    # of 黄连, the second letter's subject, which the first never names
    grape = of_letter(
        "你们建议将全市晾房统一改为热风烘干。热风烘干可缩短制干周期。",
        "grape",
        "关于加快葡萄晾房改造提升的建议",
        0.9,
    )
    coptis = of_letter(
        "对种植户购置的每台黄连热风烘干设备补助1200元，已补助64台。",
        "coptis",
        "关于促进黄连产业健康发展的建议",
        0.8,
        n=7,
    )
    answer = answer_extractive("种黄连的人买热风烘干机，一台补多少钱？", [grape, coptis])
    assert not answer.refused and "1200元" in answer.text
    assert answer.citations[0].letter_id == "coptis"
    # …but not when the first letter writes the word too: it is the best-matching one
    named = replace(grape, text=grape.text + "黄连也可热风烘干。")
    assert answer_extractive("种黄连的人买热风烘干机，一台补多少钱？", [named, coptis]).refused
    # …nor when the lower letter lacks a word the first one holds: a students' camp whose
    # insurance fee is no surfing school's, though its title names 学生 and the first never
    surf = of_letter(
        "要求冲浪培训机构为学员投保意外伤害保险。", "surf", "关于推动冲浪运动与旅游融合的提案", 0.9
    )
    camp = of_letter(
        "每名学生缴纳伙食费和保险费共计350元。", "camp", "关于举办学生暑期夏令营的提案", 0.8
    )
    assert answer_extractive("冲浪的学生买意外保险每人多少钱？", [surf, camp]).refused


def test_an_english_question_spelling_a_place_only_a_lower_letter_names_is_of_that_letter():
    meixian = of_letter(
        "2020年，我厅在眉县新建冷藏保鲜库146座，新增库容9.2万吨。",
        "meixian",
        "关于支持眉县猕猴桃产业发展的建议",
        0.9,
    )
    wuming = of_letter(
        "2022年支持武鸣区新型经营主体建设冷藏保鲜设施62个，新增库容3.8万吨。",
        "wuming",
        "关于促进沃柑产业发展的提案",
        0.8,
        n=9,
    )
    question = "How many cold storage facilities were built for Wuming's farm businesses?"
    answer = answer_extractive(question, [meixian, wuming])
    assert not answer.refused and "62个" in answer.text
    assert answer.citations[0].letter_id == "wuming"


def test_a_year_the_first_letter_never_names_is_answered_by_the_lower_letter_it_asks_of():
    # the nursery letter ranks first and never speaks of 2019; the seed-potato letter the
    # question spells (Tuguiwula: 土贵乌拉) states the 2019 figure
    nursery = of_letter(
        "2022年，我市争取中央预算内投资普惠托育专项资金1260万元，支持9个普惠托育项目。",
        "nursery",
        "关于发展普惠托育服务的提案",
        0.9,
    )
    potato = of_letter(
        "2019年，我部安排中央预算内投资2600万元，支持土贵乌拉镇建设脱毒种薯扩繁基地。",
        "potato",
        "关于支持察右前旗种薯产业发展的建议",
        0.8,
        n=9,
    )
    held = Held(f"{nursery.title} {nursery.text}", True, (), ("湘潭市",))
    question = (
        "How much central budget investment went to the seed potato base in Tuguiwula in 2019?"
    )
    answer = answer_extractive(question, [nursery, potato], held=held)
    assert not answer.refused and "2600万元" in answer.text
    assert answer.citations[0].letter_id == "potato"
    # …while a year no letter read states is still refused
    later = question.replace("2019", "2021")
    assert answer_extractive(later, [nursery, potato], held=held).refused


def test_an_english_question_of_two_questions_is_answered_part_by_part():
    morels = passage(
        "镇政府在竹篙镇试点羊肚菌种植保险，每亩保额3000元，今年已有42户参保。", "", 0.9
    )
    question = (
        "How much cover per mu does the morel planting insurance pilot in Zhugao town give, "
        "and how many households joined?"
    )
    answer = answer_extractive(question, [morels])
    assert not answer.refused and "3000元" in answer.text


def test_which_ones_is_not_how_many():
    answer = answer_extractive("下一步有哪几项工作重点？", PASSAGES)
    assert not answer.refused


def test_a_metadata_question_asking_two_things_quotes_both():
    signature = passage("重庆市科学技术局\n\n2024年5月23日", "", 0.3, part="signature", n=5)
    opening = passage("王晓颖委员:", "", 0.2, part="salutation", n=6)
    answer = answer_extractive(
        "Who submitted proposal 0798 and when did the bureau sign its reply?",
        [CLOSING_P, signature, opening],
        intent="meta",
    )
    assert "王晓颖委员" in answer.text and "2024年5月23日" in answer.text


def test_when_asks_a_date_only_as_a_question_word():
    assert asks_for("When was the reply signed?").kind == "time"
    assert asks_for("When judging people who commercialise research, what counts?").kind is None


def test_a_letter_field_the_letter_does_not_state_is_refused():
    answer = answer_extractive("第0798号提案答复函的联系人是谁？", [CLOSING_P], intent="meta")
    assert answer.refused and not answer.citations


def test_a_list_question_with_an_outline_quotes_each_subsection_heading_in_order():
    plan = "二、下一步工作重点"
    outline = [
        passage(
            PLATFORM,
            f"{plan} > (三)打造高能级科技服务业平台载体 > 一是加快数智科创平台建设",
            0.6,
            n=2,
        ),
        passage(
            TALENT,
            f"{plan} > (四)培育壮大科技服务业人才队伍 > 一是培育壮大科技服务人才队伍",
            0.8,
            n=1,
        ),
    ]
    answer = answer_extractive("下一步工作重点一共有几块，分别是什么？", PASSAGES, outline=outline)
    assert not answer.refused  # "几块" counts the list's items: no figure is asked for
    assert [c.quote for c in answer.citations] == [
        "(三)打造高能级科技服务业平台载体。",
        "(四)培育壮大科技服务业人才队伍。",
    ]


def test_counting_the_items_of_a_list_is_not_asking_for_a_figure():
    assert asks_for("工作重点一共列了几大块？各是什么？").kind is None
    assert asks_for("有几个孵化器？").kind == "count"
    assert asks_for("哪几个园区分别是多少亩？").kind == "count"


def test_quotes_from_one_letter_follow_the_letter_order_not_the_scores():
    # TALENT (section 四) outranks PLATFORM (section 三), but comes later in the letter.
    positions = {"c1": 12, "c2": 9, "c3": 3, "c4": 20}
    answer = answer_extractive(
        "人才评价激励机制和“重庆市成果快转平台”", PASSAGES, positions=positions
    )
    sections = [c.section for c in answer.citations]
    assert any("平台载体" in s for s in sections) and any("人才队伍" in s for s in sections)
    assert sections == sorted(sections, key=lambda s: "(四)" in s)  # (三) before (四)


def test_a_bare_date_line_is_quoted_only_when_the_question_asks_when():
    signed = passage(
        f"{CLOSING}\n\n重庆市科学技术局\n\n2024年5月23日", "", 0.5, part="closing", n=4
    )
    other = replace(
        passage("重庆市生态环境局\n\n2024年6月3日", "", 0.45, part="signature", n=9),
        letter_id="sthjj",
    )
    # A content question: neither the date lines nor the signing note answer it.
    answer = answer_extractive("这封答复函有什么结论？", [signed, other])
    assert answer.refused and not answer.citations
    dated = answer_extractive("这封答复函的落款日期是哪天？", [signed, other], intent="meta")
    assert any("2024年5月23日" in c.quote for c in dated.citations)


def test_the_frame_is_never_the_evidence_of_a_content_question():
    opening = passage(
        "您提出的《关于加强科技人才评价的建议》收悉,感谢您对科技工作的关心和支持。"
        "经与市人力社保局共同研究,现答复如下:",
        "",
        0.9,
        part="opening",
        n=1,
    )
    body = passage(
        "二是健全科技服务人才评价激励机制。组织开展技术经纪专业职称评审工作。",
        "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍",
        0.6,
        n=5,
    )
    closing = passage(
        "此答复函已经明炬局长审签。对以上答复您有什么意见,请及时反馈。联系人:张三,联系电话:63000000。",
        "",
        0.5,
        part="closing",
        n=8,
    )
    answer = answer_extractive("科技人才评价方面会怎么做？", [opening, body, closing])
    assert [c.section for c in answer.citations] == [body.section]
    assert "职称评审" in answer.text and "收悉" not in answer.text and "感谢" not in answer.text
    # A question about the frame itself is answered from it.
    signed = answer_extractive("这份答复函是谁审签的？", [opening, body, closing], intent="meta")
    assert any("明炬" in c.quote for c in signed.citations)


def test_a_sign_off_label_line_is_frame_however_it_is_spaced():
    # Web copies set the sign-off's labels apart with spaces ("签 发 人:", "抄 送:"); a
    # which-letters answer once quoted "签 发 人:伏瑞峰" as a letter's line about its issues.
    for line in ("签 发 人:伏瑞峰", "签发人：张三", "审核人：王五", "抄 送:市政府办公室"):
        assert is_frame(line), line
    assert not is_frame("签发后即生效的实施办法已于5月出台。")
    signed = passage("签 发 人:伏瑞峰\n抄 送:市政府办公室", "", 0.9, part="closing", n=1)
    body = replace(
        passage("下一步,将推动蒙医药振兴行动计划落地。", "二、下一步", 0.5, n=2), letter_id="nm"
    )
    answer = answer_per_letter("各地卫生健康部门分别答复了哪些问题？", [signed, body])
    assert "伏瑞峰" not in answer.text and "抄 送" not in answer.text
    assert [c.letter_id for c in answer.citations] == ["nm"]  # the other has nothing to say


def test_a_figure_beside_the_on_topic_sentence_is_not_its_answer():
    text = (
        "(二)加大资金支持。对物业企业新建充电桩按每个3000元标准给予补助。"
        "支持符合条件的物业企业申请专项贷款用于充电设施改造。"
    )
    funds = passage(text, "一、工作开展情况 > (二)加大资金支持", 0.8, n=7)
    answer = answer_extractive("物业企业申请充电设施改造专项贷款最多能贷多少？", [funds])
    assert answer.refused and not answer.citations
    stated = answer_extractive("新建充电桩每个补助多少？", [funds])
    assert not stated.refused and "3000元" in stated.text


def test_a_letter_without_title_or_number_is_named_by_its_issuer_not_its_file():
    untitled = replace(
        passage("因目前没有这方面的项目,加之县级财力困难,暂时不能解决。", "", 0.8, n=3),
        title=None,
        proposal_no=None,
        issuer="马关县交通运输局",
        source="21_yn-maguan-jtj-c.txt",
    )
    answer = answer_extractive("这条路为什么暂时修不了？", [untitled])
    assert "马关县交通运输局的答复函" in answer.text
    assert "21_yn-maguan-jtj-c.txt》" not in answer.text and "《21_yn" not in answer.text


def test_three_letters_are_named_as_a_list_not_a_chain_of_ands():
    from rag.answer.quotes import quoted

    three = [
        replace(passage(TALENT, "", 0.8, n=i), letter_id=f"l{i}", proposal_no=f"00{i}")
        for i in (1, 2, 3)
    ]
    answer = quoted(three, [(i, 0, len(TALENT)) for i in range(3)], False, "问题")
    lead = answer.text.splitlines()[0]
    assert lead.startswith("根据第001号提案答复函（重庆市科学技术局）、第002号")
    assert "）和第003号" in lead and lead.count("和第") == 1


def test_a_letter_without_a_title_is_never_named_by_its_file_as_a_title():
    from rag.answer.prompts import closest_name

    assert closest_name("关于某某的答复", "某县交通局", "a.txt") == "《关于某某的答复》"
    assert closest_name(None, "某县交通局", "35_some-letter.txt") == "某县交通局的答复函"
    assert closest_name(None, None, "35_some-letter.txt") == "答复函（35_some-letter.txt）"


def test_a_word_holding_da_fu_is_no_receipt_to_split_at():
    from rag.answer.sentences import split_sentences

    text = "2022年，全市12345热线工单实现答复率100%，群众满意率达到98%以上。"
    pieces = [s[3] for s in split_sentences([passage(text, "", 0.5)], frames=False)]
    assert pieces == [text]
