"""A lead-in ("…主要有以下三种方式:") is quoted with the items it opens, whether they run on in
its paragraph or stand as the subsections after it — never alone."""

from __future__ import annotations

from letter_builders import indexed

from rag.answer.extractive import answer_extractive
from rag.answer.lead_ins import asks_items, is_lead_in, items_following
from rag.models import Chunk, Passage

LEAD = "目前,我市农村生活污水处理主要有以下三种方式:"
ITEMS = [
    (
        "一是接入城市生活污水管网",
        "一是接入城市生活污水管网。对距离城镇污水管网较近的村庄,纳入管网处理;",
    ),
    ("二是建设人工湿地", "二是建设人工湿地。村庄布局相对密集的村庄,建设人工湿地处理生活污水。"),
    ("三是建设生态涝池", "三是建设生态涝池。在水流末端建设生态涝池,处理农村生活污水。"),
]


def passage(text: str, section: str, n: int, score: float = 1.0) -> Passage:
    return Passage(
        chunk_id=f"c{n}",
        letter_id="baoji",
        source="baoji-225.txt",
        title="对市政协十二届三次会议第225号提案的答复函",
        issuer="宝鸡市生态环境局",
        doc_number=None,
        proposal_no="225",
        section=section,
        text=text,
        score=score,
    )


def chunk(text: str, section: str, n: int) -> Chunk:
    return Chunk(
        chunk_id=f"c{n}",
        letter_id="baoji",
        source="baoji-225.txt",
        ordinal=n,
        section=section,
        part="body",
        text=text,
        header=section,
        start=0,
        end=len(text),
    )


def test_a_body_sentence_ending_in_a_colon_leads_in_but_the_frame_does_not() -> None:
    assert is_lead_in("近年来,我市开展了整治。" + LEAD)
    assert not is_lead_in("您提出的《关于加强农村生活污水处理的提案》收悉。现答复如下:")
    assert not is_lead_in("赵军虎委员:")
    assert not is_lead_in(LEAD + "一是接入管网。")


def test_the_items_are_the_subsections_right_after_the_lead_in() -> None:
    chunks = [
        chunk("近年来,我市开展了农村环境综合整治。", "", 0),
        chunk(LEAD, "", 1),
        *(chunk(text, section, n) for n, (section, text) in enumerate(ITEMS, start=2)),
        chunk("2018年2月,中办、国办印发《农村人居环境整治三年行动方案》。", "", 5),
    ]
    assert [c.chunk_id for c in items_following(chunks, chunks[1])] == ["c2", "c3", "c4"]
    assert items_following(chunks, chunks[0]) == []  # what follows it is no subsection


def test_a_lead_in_is_answered_with_each_item_after_it() -> None:
    lead = passage("近年来,我市开展了农村环境综合整治,生活污水治理取得成效。" + LEAD, "", 1)
    items = [passage(text, section, n, 0.5) for n, (section, text) in enumerate(ITEMS, start=2)]
    # retrieval found the lead-in and one item; the others come as the lead-in's items
    answer = answer_extractive(
        "宝鸡农村的生活污水主要有哪几种处理方式？", [lead, items[1]], items={"c1": items}
    )
    assert not answer.refused
    for opening in ("一是接入城市生活污水管网", "二是建设人工湿地", "三是建设生态涝池"):
        assert opening in answer.text
    assert answer.text.index(LEAD) < answer.text.index("一是") < answer.text.index("三是")


def test_items_that_run_on_in_the_paragraph_are_quoted_with_it() -> None:
    text = "近年来,我市农村生活污水治理取得成效。" + LEAD + "".join(t for _, t in ITEMS)
    answer = answer_extractive("宝鸡农村的生活污水主要有哪几种处理方式？", [passage(text, "", 1)])
    for opening in ("一是接入城市生活污水管网", "二是建设人工湿地", "三是建设生态涝池"):
        assert opening in answer.text


def test_only_the_list_the_lead_in_opens_and_only_whole() -> None:
    two_lists = (
        "近年来,我市农村生活污水治理取得成效。目前主要有以下两种方式:一是接入管网。二是建设湿地。"
        "下一步,我局将重点做好以下工作:一是加大投入。二是强化监管。三是加强宣传。"
    )
    answer = answer_extractive(
        "宝鸡农村生活污水主要有哪几种处理方式？", [passage(two_lists, "", 1)]
    )
    assert "二是建设湿地" in answer.text
    assert "强化监管" not in answer.text and "加强宣传" not in answer.text
    # a list longer than six items is left to the reader, not quoted in part
    numerals = "一二三四五六七八九"
    long = "目前主要有以下九种处理方式:" + "".join(f"{n}是方式{n}。" for n in numerals)
    answer = answer_extractive("宝鸡农村生活污水主要有哪几种处理方式？", [passage(long, "", 1)])
    assert "七是" not in answer.text


def test_items_answer_a_list_question_not_one_item_or_one_fact() -> None:
    assert asks_items("宝鸡农村的生活污水主要有哪几种处理方式？")
    assert asks_items("What are the three ways rural sewage is treated?")
    assert not asks_items("第二种方式适合什么样的村子？")  # one item of the list
    assert not asks_items("宝鸡人工湿地这种方式是谁负责建设的？")  # one fact
    assert not asks_items("8206号提案是九三学社提的吗？")
    lead = passage("近年来,我市开展了农村环境综合整治。" + LEAD, "", 1)
    items = [passage(text, section, n, 0.5) for n, (section, text) in enumerate(ITEMS, start=2)]
    answer = answer_extractive(
        "第二种方式适合什么样的村子？", [lead, items[1]], items={"c1": items}
    )
    assert "三是建设生态涝池" not in answer.text


SEWAGE = "\n".join(
    [
        "对市政协十二届三次会议第225号提案的答复函",
        "赵军虎委员：",
        "您提出的《关于加强农村生活污水处理的提案》(第225号)收悉。现答复如下：",
        "近年来，市委、市政府高度重视农村环境保护工作，全市开展农村环境综合整治活动。",
        "目前，我市农村生活污水处理主要有以下三种方式：",
        "一是接入城市生活污水管网。对距离城镇污水管网较近的村庄，纳入管网处理；",
        "二是建设人工湿地。村庄布局相对密集、规模较大的村庄，建设人工湿地处理生活污水。",
        "三是建设生态涝池。按照水流去向，在水流末端建设生态涝池，处理农村生活污水。",
        "下一步，我局将加快推进农村生活污水治理，力争2025年底治理率达到60%。",
        "宝鸡市生态环境局",
        "2019年5月9日",
    ]
)


def test_an_indexed_lead_in_is_answered_with_its_items_and_retrieve_keeps_k(tmp_path) -> None:
    qa = indexed(tmp_path / "letters", tmp_path / "home", sewage=SEWAGE)
    answer = qa.ask("农村生活污水现在主要有哪几种处理方式？")
    assert not answer.refused
    for opening in ("一是接入城市生活污水管网", "二是建设人工湿地", "三是建设生态涝池"):
        assert opening in answer.text
    assert any(c.section.startswith("三是") for c in answer.citations)  # cited to its item
    # the items are the answerer's to quote: a search still returns k passages, best first
    passages = qa.retrieve("农村生活污水现在主要有哪几种处理方式？", k=1)
    assert len(passages) == 1
    scores = [p.score for p in qa.retrieve("农村生活污水现在主要有哪几种处理方式？", k=3)]
    assert scores == sorted(scores, reverse=True)
    # "其中第二点" is the second item: the lead-in quoted before the items is no point
    history = [("农村生活污水现在主要有哪几种处理方式？", answer.text)]
    second = qa.ask("其中第二点具体是怎么做的？", history=history)
    assert "人工湿地" in second.text and "接入城市生活污水管网" not in second.text


def test_a_list_a_chunk_cut_goes_on_in_the_next_passage() -> None:
    # "…下列人员:(一)重病人员;" ends one chunk, "(二)残疾人;…" opens the next, same section
    lead = passage(
        "我市实行分类施保。对低保家庭中的下列特殊困难人员增加一定比例的低保金:(一)重病人员;",
        "",
        1,
    )
    rest = passage(
        "(二)残疾人;(三)优抚对象;(四)75周岁以上老人。印发文件后从7月开始执行。", "", 2, 0.5
    )
    answer = answer_extractive(
        "低保家庭里哪些特殊困难人员能增加低保金？", [lead], items={"c1": [rest]}
    )
    for item in ("(一)重病人员", "(二)残疾人", "(三)优抚对象", "(四)75周岁以上老人"):
        assert item in answer.text
