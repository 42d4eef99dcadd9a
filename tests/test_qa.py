"""End to end through the public API with real components: the bundled corpus ingested
once into an on-disk Chroma under a temporary RAG_HOME, real e5 embeddings, jieba/BM25,
offline answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from rag import Answer, ReplyLetterQA, Settings
from rag.errors import RagError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
REFERENCE = (CORPUS / "cq-kjj-0798.txt").read_text(encoding="utf-8")
TALENT_ZH = "市科技局下一步在人才评价方面会做什么？"
TALENT_EN = "What will the Chongqing Science and Technology Bureau do about talent evaluation?"


@pytest.fixture(scope="session")
def qa(tmp_path_factory: pytest.TempPathFactory) -> ReplyLetterQA:
    home = tmp_path_factory.mktemp("rag-home")
    qa = ReplyLetterQA(Settings(home=home, corpus=CORPUS, openai_api_key=None))
    report = qa.ingest([CORPUS])
    assert report.ok and report.chunks > 0
    return qa


def letter_text(source: str) -> str:
    path = next(CORPUS.rglob(source))
    return path.read_text(encoding="utf-8")


def assert_well_formed(answer: Answer) -> None:
    """Markers match citations and every quote is verbatim in its letter's file."""
    assert not answer.refused and answer.citations
    markers = {int(m) for m in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers == set(range(1, len(answer.citations) + 1))
    for citation in answer.citations:
        assert citation.quote in citation.text
        assert citation.quote in letter_text(citation.source)


def cites(answer: Answer, *keywords: str) -> bool:
    return any(all(k in c.section for k in keywords) for c in answer.citations)


def test_talent_evaluation_in_chinese(qa):
    answer = qa.ask(TALENT_ZH)
    assert_well_formed(answer)
    assert cites(answer, "下一步工作重点", "人才队伍")
    assert answer.text.startswith("根据第0798号提案答复函（重庆市科学技术局）")
    assert "人才评价" in answer.text


def test_talent_evaluation_in_english(qa):
    answer = qa.ask(TALENT_EN)
    assert_well_formed(answer)
    assert cites(answer, "下一步工作重点", "人才队伍")
    assert answer.text.startswith("According to the reply to proposal No. 0798 (重庆市科学技术局):")


def test_english_question_naming_no_bureau_still_finds_the_section(qa):
    # Two bureaus' letters discuss talent evaluation; the reference letter's is among the cited.
    answer = qa.ask("What will the bureau do about talent evaluation?")
    assert_well_formed(answer)
    assert answer.text.startswith("According to the reply to proposal No.")
    # Both bureaus plan it (沙坪坝区's "(二)完善科技人才评价", the city's "人才评价激励机制"):
    # an answer from the plans of either, about evaluating talent, answers it.
    assert any("下一步" in c.section and "评价" in c.quote for c in answer.citations)


def test_follow_up_resolves_the_ordinal_within_the_previous_answer(qa):
    first_question = "重庆市科技局下一步有哪些工作重点？"
    first = qa.ask(first_question)
    assert_well_formed(first)
    answer = qa.ask("其中第四点具体指什么？", history=[(first_question, first.text)])
    assert_well_formed(answer)
    assert cites(answer, "下一步工作重点", "(四)培育壮大科技服务业人才队伍")


def test_elliptical_follow_up_borrows_the_previous_question(qa):
    first_question = "2023年重庆全市技术合同交易额增长了多少？"
    first = qa.ask(first_question)
    assert "54.3%" in first.text
    answer = qa.ask("技术经纪人呢？", history=[(first_question, first.text)])
    assert_well_formed(answer)
    assert "102%" in answer.text


@pytest.mark.parametrize(
    "question",
    [
        "明天重庆的天气怎么样？",
        "上海市2023年技术合同成交额是多少？",
    ],
)
def test_unanswerable_questions_are_refused_with_no_citations(qa, question):
    answer = qa.ask(question)
    assert answer.refused
    assert answer.citations == []
    assert answer.closest
    assert "[1]" not in answer.text


def test_a_number_no_letter_has_is_named_in_the_refusal(qa):
    answer = qa.ask("第9999号提案的答复说了什么？")
    assert answer.refused and answer.citations == []
    assert answer.text.startswith("没有找到第9999号提案的答复函。")


def test_a_figure_the_letters_do_not_state_is_refused(qa):
    # The letter gives 2023's growth rate, not 2024's amount.
    answer = qa.ask("2024年重庆全市技术合同交易额是多少？")
    assert answer.refused and not answer.citations


def test_metadata_question_quotes_the_closing(qa):
    answer = qa.ask("这封答复函由谁审签？", filters={"proposal_no": "798"})
    assert_well_formed(answer)
    assert answer.citations[0].quote.startswith("此答复函已经明炬局长审签。")
    assert answer.citations[0].quote in REFERENCE


def test_stream_yields_text_then_the_answer(qa):
    items = list(qa.stream(TALENT_ZH))
    *deltas, final = items
    assert isinstance(final, Answer) and len(deltas) >= 2
    assert all(isinstance(d, str) for d in deltas)
    assert "".join(deltas) == final.text


def test_retrieve_honours_filters_and_scores_best_first(qa):
    passages = qa.retrieve("人才评价", k=5, filters={"proposal_no": "0798"})
    assert passages and {p.proposal_no for p in passages} == {"0798"}
    scores = [p.score for p in passages]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 1


def test_asking_twice_gives_the_same_answer(qa):
    assert qa.ask(TALENT_ZH) == qa.ask(TALENT_ZH)


def test_a_question_naming_a_section_lists_its_subsections_in_letter_order(qa):
    # "下一步工作打算" is a heading only the 0412 letter has; the question names no letter.
    answer = qa.ask("下一步工作打算包括哪几个方面？")
    assert_well_formed(answer)
    assert [c.quote for c in answer.citations] == [
        "（一）推动高校成果就地转化。",
        "（二）壮大高校技术转移队伍。",
        "（三）加大经费保障。",
    ]


# Refusal robust to paraphrase: a question worded unlike the letter, but whose best dense
# match stands clear of the letters' boilerplate, is answered; an off-topic one is not.
def test_a_paraphrase_with_a_strong_dense_match_is_answered(qa):
    answer = qa.ask("有没有打算多弄些孵化器之类的地方？")
    assert answer.diagnostics["coverage"] < 0.4  # few of its words are in the letter
    assert_well_formed(answer)
    assert any("孵化" in c.quote for c in answer.citations)


def test_a_meta_question_about_a_stated_field_is_answered_despite_low_overlap(qa):
    # 市科委, the bureau's old short name, is in no letter: the question shares few words
    # with any passage (科技局 would match the page's 发布机构 line)
    answer = qa.ask("市科委这份答复函是哪位领导签发的？")
    assert answer.diagnostics["coverage"] < 0.4
    assert not answer.refused
    assert "明炬" in answer.text


@pytest.mark.parametrize("question", ["小孩上幼儿园怎么报名？"])
def test_an_off_topic_question_is_still_refused(qa, question):
    assert qa.ask(question).refused


# Naming the place of one letter says which letter, not that it answers: the rest of the
# question must be found in it ("沙坪坝这周末天气" was answered from Shapingba's letter).
@pytest.mark.parametrize("question", ["沙坪坝这周末天气怎么样？", "渝北区有什么好吃的火锅店？"])
def test_an_off_topic_question_naming_a_letters_place_is_refused(qa, question):
    answer = qa.ask(question)
    assert answer.refused
    assert answer.closest  # the user sees which letters the index holds


def test_a_question_naming_a_letters_place_and_its_topic_is_answered(qa):
    answer = qa.ask("沙坪坝区科技局下一步打算做什么？")
    assert not answer.refused
    assert {c.proposal_no for c in answer.citations} == {"0076"}


# Known weakness, kept visible: without a hand-written glossary, an off-topic English
# question's generic words (apply → 申请, renew → 更新) are words the letters hold, and
# its dense margin is no lower than answerable English questions' (measured on the dev
# sets), so at the calibrated threshold it is answered. Strict: passing would fail here.
@pytest.mark.xfail(strict=True, reason="off-topic English questions are not yet refused")
@pytest.mark.parametrize(
    "question", ["How do I apply for a Chongqing hukou?", "How do I renew a passport?"]
)
def test_an_off_topic_english_question_is_refused(qa, question):
    assert qa.ask(question).refused


def test_when_the_chat_model_fails_the_facade_shows_the_extractive_answer(qa):
    from fakes import RecordingChatModel

    llm = RecordingChatModel.replying(RuntimeError("down"))
    failing = ReplyLetterQA(qa.settings, embeddings=qa.embeddings, store=qa.store, llm=llm)
    answer = failing.ask(TALENT_ZH)
    assert len(llm.prompts) == 1  # the model was asked, and failed
    assert answer.notice and "extractive" in answer.notice
    assert_well_formed(answer)
    assert cites(answer, "人才")
    assert answer.text == qa.ask(TALENT_ZH).text  # the same answer as offline


def test_as_retriever_feeds_an_lcel_chain_with_cited_passages(qa):
    """`qa.as_retriever` is a LangChain retriever: its Documents carry the letter and
    section, and a chain built on it hands the letters' text to the chat model."""
    from langchain_core.language_models.fake_chat_models import FakeListChatModel
    from langchain_core.output_parsers import StrOutputParser
    from langchain_core.prompts import ChatPromptTemplate
    from langchain_core.retrievers import BaseRetriever
    from langchain_core.runnables import RunnablePassthrough

    retriever = qa.as_retriever(k=3)
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke(TALENT_ZH)
    assert len(docs) == 3
    assert docs[0].metadata["proposal_no"] == "0798" and docs[0].metadata["kind"] == "提案"
    assert any("人才" in d.metadata["section"] for d in docs)
    assert all(d.page_content in letter_text(d.metadata["source"]) for d in docs)

    seen: list[str] = []

    class Recording(FakeListChatModel):
        def _call(self, messages, stop=None, run_manager=None, **kwargs):  # type: ignore[no-untyped-def]
            seen.append(messages[-1].content)
            return super()._call(messages, stop, run_manager, **kwargs)

    def context(documents):  # type: ignore[no-untyped-def]
        return "\n".join(f"[{d.metadata['section']}] {d.page_content}" for d in documents)

    prompt = ChatPromptTemplate.from_messages([("user", "{context}\n\n问题：{question}")])
    chain = (
        {"context": retriever | context, "question": RunnablePassthrough()}
        | prompt
        | Recording(responses=["答：见第0798号提案答复。"])
        | StrOutputParser()
    )
    assert chain.invoke(TALENT_ZH) == "答：见第0798号提案答复。"
    assert "下一步工作重点" in seen[0] and "人才评价" in seen[0] and TALENT_ZH in seen[0]

    narrowed = qa.as_retriever(k=2, filters={"proposal_no": "0688"}).invoke("工作重点")
    assert narrowed and {d.metadata["proposal_no"] for d in narrowed} == {"0688"}


def test_letter_and_its_commitments_by_proposal_number(qa):
    letter = qa.letter("798")  # leading zeros and 第…号 need not be typed
    assert letter.proposal_no == "0798" and letter.issuer == "重庆市科学技术局"
    assert qa.letter(letter.letter_id) == letter
    assert any(s.path[:1] == ("二、下一步工作重点",) for s in letter.sections)
    promised = qa.commitments("第0798号")
    assert promised == qa.commitments(letter)
    assert promised and all(item.quote in REFERENCE for item in promised)
    assert qa.actions("0798") and not set(qa.actions("0798")) & set(promised)
    with pytest.raises(RagError, match="no indexed letter"):
        qa.letter("99999")


def test_a_letter_whose_file_is_gone_is_rebuilt_from_its_chunks(tmp_path):
    from rag.index.embed import HashEmbeddings

    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "0798.txt").write_text(REFERENCE, encoding="utf-8")
    other = ReplyLetterQA(Settings(home=tmp_path / "home"), embeddings=HashEmbeddings())
    assert other.ingest([folder]).ok
    from_file = other.letter("0798")
    (folder / "0798.txt").unlink()  # on another replica's disk, say
    rebuilt = other.letter("0798")
    assert rebuilt.letter_id == from_file.letter_id and rebuilt.title == from_file.title
    assert "培育壮大科技服务人才队伍" in rebuilt.body
    promised = {i.quote for i in other.commitments(rebuilt)}
    assert promised and promised <= {i.quote for i in other.commitments(from_file)} | promised
    assert len(promised) >= len(other.commitments(from_file)) - 2


def test_rag_commitments_prints_csv_and_json(qa):
    import csv
    import io
    import json
    import os
    import subprocess
    import sys

    rag = Path(sys.executable).with_name("rag")
    env = {**os.environ, "RAG_HOME": str(qa.settings.home), "RAG_CORPUS": str(CORPUS)}
    run = subprocess.run(
        [str(rag), "commitments", "--letter", "0798", "--format", "csv"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert rows and {r["letter"] for r in rows} == {"第0798号"}
    assert all(r["quote"] in REFERENCE for r in rows)
    run = subprocess.run(
        [str(rag), "commitments", "--issuer", "科学技术局", "--actions", "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    assert any(r["letter"] == "第0798号" for r in json.loads(run.stdout))
    bad = subprocess.run(
        [str(rag), "commitments", "--format", "xml"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert (
        bad.returncode == 1
        and bad.stderr.strip() == "error: --format 'xml': use table, csv or json"
    )


def test_a_compare_question_gets_one_cited_row_per_letter(qa):
    answer = qa.ask("各地对科技服务人才的培养是怎么答复的？")
    assert_well_formed(answer)
    rows = answer.compare
    assert len(rows) >= 2 and len({r.letter_id for r in rows}) == len(rows)
    assert "| 答复函 | 答复单位 | 日期 | 已做的 | 承诺的 |" in answer.text
    by_number = {r.proposal_no: r for r in rows}
    assert {"0798", "0076"} <= set(by_number)
    for row in rows:
        cells = [(row.done, row.done_n), (row.promised, row.promised_n), (row.said, row.said_n)]
        cited = [(text, n) for text, n in cells if text is not None]
        assert cited, row  # every row quotes its letter
        for text, n in cited:
            citation = answer.citations[n - 1]
            assert citation.letter_id == row.letter_id and citation.quote == text
            assert f"[{n}]" in answer.text
    # The reference letter: what it did from 工作开展情况, what it promises from 下一步.
    reference = by_number["0798"]
    assert answer.citations[reference.done_n - 1].section.startswith("一、工作开展情况")
    assert answer.citations[reference.promised_n - 1].section.startswith("二、下一步工作重点")
    assert reference.issuer == "重庆市科学技术局" and reference.date == "2024-05-23"


def test_an_english_compare_question_gets_an_english_table(qa):
    answer = qa.ask("Compare how the bureaus answered about training technology service talent")
    assert len(answer.compare) >= 2
    assert "| Letter | Issuer | Date | Done | Promised |" in answer.text
    assert any(r.name == "Proposal No. 0798" for r in answer.compare)


COMPARE_ZH = "各地对科技服务人才的培养是怎么答复的？"


@pytest.mark.parametrize(
    "question",
    [
        "哪些答复函涉及技术经纪人？",  # which letters, not how: a list
        "技术经纪人数量对比去年增长了多少？",  # a figure against last year
        "与去年相比，技术经纪人培训人次有什么变化？",
        "How does the bureau's plan compare with last year?",
    ],
)
def test_only_a_question_about_letters_side_by_side_gets_a_table(qa, question):
    answer = qa.ask(question)
    assert not answer.compare and "| " not in answer.text


def test_a_compare_question_in_llm_mode_is_the_same_table_without_the_model(qa):
    from fakes import RecordingChatModel

    llm = RecordingChatModel.replying("不应被调用。")
    with_model = ReplyLetterQA(qa.settings, embeddings=qa.embeddings, store=qa.store, llm=llm)
    streamed = list(with_model.stream(COMPARE_ZH))
    answer = streamed[-1]
    assert isinstance(answer, Answer) and answer.compare and not llm.prompts
    assert streamed[:-1] == [answer.text]  # the table arrives whole, never half drawn
    assert answer.text == qa.ask(COMPARE_ZH).text


@pytest.mark.parametrize("first", ["技术经纪人培养方面有哪些举措？", TALENT_ZH])
def test_a_compare_follow_up_looks_beyond_the_previous_letter(qa, first):
    # The first names no bureau, or one (市科技局): either way the follow-up asks "各地".
    answer = qa.ask(first)
    follow = qa.ask("那各地是怎么答复的？", history=[(first, answer.text)])
    assert len({row.letter_id for row in follow.compare}) >= 2


def test_a_compare_row_survives_a_letter_file_that_cannot_be_read(qa, monkeypatch):
    def unreadable(path):
        raise PermissionError(13, "Permission denied")

    expected = qa.ask(COMPARE_ZH)
    monkeypatch.setattr("rag.qa._sha256", unreadable)
    answer = qa.ask(COMPARE_ZH)  # every letter rebuilt from its indexed chunks
    assert [r.letter_id for r in answer.compare] == [r.letter_id for r in expected.compare]
    assert_well_formed(answer)


def test_a_letter_without_numbered_parts_gets_its_row(tmp_path):
    letters = {
        "p-1.txt": "某市交通局关于第1号建议的答复\n张三代表：\n您提出的建议收悉，现答复如下："
        "我局已新建停车位100个，下一步将再建停车位200个。\n某市交通局\n2024年5月6日",
        "p-2.txt": "某县交通局关于第2号建议的答复\n一、工作开展情况\n今年已新建停车位50个。"
        "\n二、下一步工作\n我局将于2025年底前再建停车位80个。\n某县交通局\n2024年6月7日",
    }
    for name, text in letters.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    qa = ReplyLetterQA(Settings(home=tmp_path / "home", openai_api_key=None))
    assert qa.ingest([tmp_path / n for n in letters]).ok
    answer = qa.ask("各地对停车位是怎么答复的？")
    assert sorted(r.proposal_no for r in answer.compare) == ["1", "2"]
    assert all(r.done or r.promised or r.said for r in answer.compare)


def test_rag_ask_prints_a_compare_table_and_its_rows_as_json(qa):
    import json
    import os
    import subprocess
    import sys

    rag = Path(sys.executable).with_name("rag")
    env = {**os.environ, "RAG_HOME": str(qa.settings.home), "RAG_CORPUS": str(CORPUS)}

    def run(*args: str) -> str:
        done = subprocess.run(
            [str(rag), "ask", COMPARE_ZH, *args],
            capture_output=True, text=True, encoding="utf-8", env=env, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return done.stdout

    piped = run()  # not a terminal: the Markdown table, whole lines, markers intact
    assert "| 答复函 | 答复单位 | 日期 | 已做的 | 承诺的 |" in piped
    rows = [line for line in piped.splitlines() if line.startswith("| 第")]
    assert len(rows) >= 2 and all(re.search(r"\[\d+\] \|", line) for line in rows)
    payload = json.loads(run("--json"))
    assert len(payload["compare"]) == len(rows)
    assert {r["proposal_no"] for r in payload["compare"]} >= {"0798", "0076"}


@pytest.mark.parametrize(
    "question", ["科技部门出具的答复函都回应了哪些问题？", "科技局的答复函有哪些？"]
)
def test_what_a_kind_of_bureau_answered_is_each_letters_proposal(qa, question):
    # one line per letter of the kind, and the line is the proposal it replies to — not a
    # sentence about one of its points, nor the receipt with its salutation
    answer = qa.ask(question)
    assert_well_formed(answer)
    assert {c.source for c in answer.citations} == {"cq-kjj-0798.txt", "synthetic-spbkjj-0076.txt"}
    assert "关于依托大学城加快发展科技服务业的提案" in answer.text
    # quoted from each letter's receipt as the letter writes it, the receipt itself not
    assert all(c.quote.startswith("关于") and c.quote.endswith("提案") for c in answer.citations)
    assert "收悉" not in answer.text


def test_a_which_question_pointing_back_stays_with_the_letter(qa):
    first = "第0798号提案下一步有哪些工作重点？"
    answer = qa.ask(first)
    follow = qa.ask("这份答复函里提到了哪些部门？", history=[(first, answer.text)])
    assert follow.citations and {c.proposal_no for c in follow.citations} == {"0798"}


@pytest.mark.parametrize("question", ["科技局的答复函有哪些？", "哪些答复函是科技局写的？"])
def test_which_letters_a_kind_of_bureau_wrote_lists_every_one_of_them(qa, question):
    # two 科学技术局 letters, one of which seldom writes 科技: named, not found by the word
    answer = qa.ask(question)
    assert_well_formed(answer)
    cited = {c.source for c in answer.citations}
    assert cited == {"cq-kjj-0798.txt", "synthetic-spbkjj-0076.txt"}
