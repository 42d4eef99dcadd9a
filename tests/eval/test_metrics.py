"""Metric functions on hand-computed cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.eval.metrics import (
    RATE_METRICS,
    aggregate,
    aggregate_by_type,
    citation_correct,
    keyword_coverage,
    letter_matches,
    normalize,
    normalize_proposal,
    percentile,
    rank_of_first,
    score_question,
    section_matches,
)
from rag.eval.qaset import QAItem, QASetError, load_qa, parse_qa_item, question_type
from rag.models import Answer, Citation, Passage

NEXT = "二、下一步工作重点"
TALENT = f"{NEXT} > (四)培育壮大科技服务业人才队伍"
DONE = "一、工作开展情况 > (一)实施科技服务能级提升行动"


def passage(source: str = "cq-kjj-0798.txt", section: str = TALENT, proposal_no="0798"):
    return Passage(
        chunk_id=f"{source}:{section}",
        letter_id=source,
        source=source,
        title=None,
        issuer=None,
        doc_number=None,
        proposal_no=proposal_no,
        section=section,
        text="……",
        score=1.0,
    )


def citation(source: str = "cq-kjj-0798.txt", section: str = TALENT, proposal_no="0798"):
    return Citation(
        letter_id=source,
        source=source,
        title=None,
        issuer=None,
        doc_number=None,
        proposal_no=proposal_no,
        section=section,
        text="……",
        quote="……",
    )


def item(**fields) -> QAItem:
    raw = {"id": "q", "question": "市科技局下一步在人才评价方面会做什么？", "gold_proposal": "0798"}
    return parse_qa_item({**raw, **fields})


OTHER = passage("other.txt", "一、关于人才", proposal_no="12")


# -- normalisation ------------------------------------------------------------------------


def test_normalize_folds_full_width_and_whitespace():
    assert normalize("（四）培育 壮大\u3000ＡＢＣ１２") == "(四)培育壮大abc12"
    assert normalize(None) == ""


@pytest.mark.parametrize("written", ["0798", "798", "第0798号", "第798号", "０７９８", " 0798 "])
def test_proposal_numbers_ignore_leading_zeros_and_width(written):
    assert normalize_proposal(written) == "798"


def test_proposal_number_zero_and_non_numeric():
    assert normalize_proposal("000") == "0"
    assert normalize_proposal("甲") == "甲"


def test_letter_matches_by_proposal_or_file():
    by_number = item(gold_proposal="第798号")
    assert letter_matches(by_number, passage(proposal_no="0798"))
    assert not letter_matches(by_number, passage(proposal_no="7980"))
    assert not letter_matches(by_number, passage(proposal_no=None))

    by_file = item(gold_proposal=None, gold_file="cq-kjj-0798.txt")
    assert letter_matches(by_file, passage(source="corpus/cq-kjj-0798.txt", proposal_no=None))
    assert letter_matches(by_file, passage(source="ＣＱ-kjj-0798.TXT", proposal_no=None))
    assert not letter_matches(by_file, passage(source="cq-kjj-0799.txt"))
    stem = item(gold_proposal=None, gold_file="cq-kjj-0798")
    assert letter_matches(stem, passage(source="cq-kjj-0798.html"))


def test_section_match_needs_letter_and_every_keyword_after_normalisation():
    q = item(gold_section_keywords=["下一步", "（四）", "人才"])
    assert section_matches(q, passage(section=TALENT))  # "（四）" full-width vs "(四)"
    assert not section_matches(q, passage(section=DONE))
    assert not section_matches(q, passage(source="x.txt", section=TALENT, proposal_no="1"))
    assert section_matches(item(), passage(section=""))  # no keywords: any section


# -- retrieval ----------------------------------------------------------------------------


def test_rank_of_first_and_hits():
    q = item(gold_section_keywords=["人才"])
    ranked = [OTHER, passage(section=DONE), passage(section=TALENT)]
    assert rank_of_first(q, ranked) == 2
    assert rank_of_first(q, ranked, section=True) == 3
    assert rank_of_first(q, [OTHER]) is None


def test_mrr_and_hit_at_k_hand_computed():
    q = item(gold_section_keywords=["人才"])
    good = passage()
    lists = [
        [good],  # rank 1
        [OTHER, OTHER, good],  # rank 3
        [OTHER] * 10 + [good],  # rank 11: outside the top 10
        [OTHER],  # missing
    ]
    answer = Answer(text="", refused=False)
    scores = [score_question(q, ranked, answer) for ranked in lists]
    metrics = aggregate(scores)
    assert metrics["mrr@10"] == pytest.approx((1 + 1 / 3 + 0 + 0) / 4)
    assert metrics["letter_hit@1"] == pytest.approx(1 / 4)
    assert metrics["letter_hit@3"] == pytest.approx(2 / 4)
    assert metrics["letter_hit@10"] == pytest.approx(2 / 4)
    assert metrics["section_hit@5"] == pytest.approx(2 / 4)


# -- citations ----------------------------------------------------------------------------


def test_citation_accuracy_lenient_and_strict():
    q = item(gold_section_keywords=["人才"])
    assert citation_correct(q, [citation(section=DONE), citation()])
    assert not citation_correct(q, [citation(section=DONE), citation()], strict=True)
    assert citation_correct(q, [citation(), citation()], strict=True)
    assert not citation_correct(q, [])
    assert not citation_correct(q, [], strict=True)
    assert not citation_correct(q, [citation(source="x.txt", proposal_no="5")])


def test_multi_letter_needs_distinct_gold_files():
    q = item(
        gold_proposal=None,
        gold_files_any=["a.txt", "b.txt", "c.txt"],
        min_distinct_letters=2,
    )
    a, b = citation("a.txt", proposal_no=None), citation("b.txt", proposal_no=None)
    stray = citation("z.txt", proposal_no=None)
    assert not citation_correct(q, [a, a])  # one distinct file, twice
    assert citation_correct(q, [a, b])
    assert citation_correct(q, [a, stray, b])
    assert not citation_correct(q, [a, stray, b], strict=True)
    assert citation_correct(q, [a, b], strict=True)


# -- answers ------------------------------------------------------------------------------


def test_keyword_coverage_groups_and_alternatives():
    groups = [["技术经纪", "技术经纪人"], ["职称评审"], ["ＡＩ", "人工智能"]]
    assert keyword_coverage(groups, "组织开展技术经纪专业职称 评审工作。") == (2, 3)
    assert keyword_coverage(groups, "技术经纪、职称评审、ai") == (3, 3)
    assert keyword_coverage([], "anything") == (0, 0)


def test_refusal_accuracy_and_false_refusals():
    answerable = item()
    unanswerable = item(id="u", answerable=False, gold_proposal=None, question="明年预算多少?")
    refused = Answer(text="信函中没有相关内容。", refused=True)
    answered = Answer(text="……", citations=[citation()])
    scores = [
        score_question(answerable, [passage()], answered),
        score_question(answerable, [passage()], refused),  # a false refusal
        score_question(unanswerable, [passage()], refused),  # correct
        score_question(unanswerable, [passage()], answered),  # should have refused
        score_question(unanswerable, [], refused),  # correct
    ]
    metrics = aggregate(scores)
    assert metrics["refusal_accuracy"] == pytest.approx(2 / 3)
    assert metrics["false_refusal_rate"] == pytest.approx(1 / 2)
    # A refused answerable question has no citations, so it fails citation accuracy too.
    assert metrics["citation_accuracy"] == pytest.approx(1 / 2)
    assert scores[1].failed[0] == "refused"
    assert scores[3].failed == ("not refused",)
    assert scores[0].failed == () and scores[2].failed == ()


def test_keyword_metrics_only_count_questions_with_groups():
    with_groups = item(must_include_any=[["技术经纪"], ["职称"]])
    scores = [
        score_question(with_groups, [], Answer(text="技术经纪职称")),
        score_question(with_groups, [], Answer(text="技术经纪")),
        score_question(item(), [], Answer(text="")),
    ]
    metrics = aggregate(scores)
    assert metrics["keyword_full"] == pytest.approx(1 / 2)
    assert metrics["keyword_mean"] == pytest.approx((1 + 0.5) / 2)


def test_metrics_that_do_not_apply_are_none():
    metrics = aggregate([score_question(item(), [passage()], Answer(text=""))])
    assert metrics["refusal_accuracy"] is None
    assert metrics["keyword_full"] is None
    assert set(RATE_METRICS) <= set(metrics)


def test_percentile_linear_interpolation():
    assert percentile([], 50) is None
    assert percentile([7.0], 95) == 7.0
    assert percentile([4, 1, 3, 2], 50) == pytest.approx(2.5)
    assert percentile(range(1, 11), 95) == pytest.approx(9.55)  # 1 + 0.95 * 9


def test_latency_percentiles_in_aggregate():
    scores = [
        score_question(item(), [], Answer(text=""), retrieve_ms=r, answer_ms=10 * r)
        for r in (1.0, 2.0, 3.0)
    ]
    metrics = aggregate(scores)
    assert metrics["retrieve_p50_ms"] == 2.0
    assert metrics["answer_p95_ms"] == pytest.approx(29.0)


# -- types and the Q&A file ---------------------------------------------------------------


def test_question_types_given_or_derived():
    assert question_type(item(type="metadata")) == "metadata"
    assert question_type(item(question=None, turns=["人才评价?", "那下一步呢?"])) == "multi_turn"
    assert question_type(item(answerable=False)) == "unanswerable"
    assert question_type(item(question="What will the bureau do about 人才?")) == "en"
    assert question_type(item(question="AI 人才评价怎么做的？")) == "zh"


def test_aggregate_by_type_keeps_file_order():
    scores = [
        score_question(item(id="1", question="What next?"), [], Answer(text="")),
        score_question(item(id="2"), [], Answer(text="")),
        score_question(item(id="3", question="And then?"), [], Answer(text="")),
    ]
    by_type = aggregate_by_type(scores)
    assert list(by_type) == ["en", "zh"]
    assert by_type["en"]["n"] == 2


def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_qa_reads_items_and_skips_blank_lines(tmp_path):
    path = write_lines(
        tmp_path / "qa.jsonl",
        json.dumps({"id": "a", "question": "人才?", "gold_proposal": "0798"}, ensure_ascii=False),
        "",
        json.dumps({"id": "b", "turns": ["x?", "y?"], "gold_file": "f.txt"}),
        json.dumps({"id": "c", "question": "z?", "answerable": False}),
    )
    items = load_qa(path)
    assert [i.id for i in items] == ["a", "b", "c"]
    assert items[1].question == "y?" and items[1].earlier_turns == ("x?",)
    assert items[2].answerable is False


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "qa.jsonl:2: invalid JSON"),
        ("[1, 2]", "qa.jsonl:2: expected a JSON object"),
        ('{"question": "x?", "gold_proposal": "1"}', "qa.jsonl:2: missing `id`"),
        ('{"id": "b", "gold_proposal": "1"}', "missing `question`"),
        ('{"id": "b", "question": "x?"}', "needs `gold_proposal`"),
        ('{"id": "b", "question": "x?", "gold_file": "f", "answerable": "no"}', "`answerable`"),
        (
            '{"id": "b", "question": "x?", "gold_file": "f", "must_include_any": ["a"]}',
            "must_include_any",
        ),
        (
            '{"id": "b", "question": "x?", "gold_files_any": ["f"], "min_distinct_letters": 2}',
            "lists 1 files",
        ),
        ('{"id": "a", "question": "x?", "gold_file": "f"}', "duplicate id 'a' (first on line 1)"),
    ],
)
def test_load_qa_errors_name_the_line_and_the_problem(tmp_path, line, message):
    first = json.dumps({"id": "a", "question": "x?", "gold_file": "f.txt"})
    path = write_lines(tmp_path / "qa.jsonl", first, line)
    with pytest.raises(QASetError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_qa(path)


def test_load_qa_missing_or_empty_file(tmp_path):
    with pytest.raises(QASetError, match="no such Q&A file"):
        load_qa(tmp_path / "nope.jsonl")
    with pytest.raises(QASetError, match="no questions"):
        load_qa(write_lines(tmp_path / "empty.jsonl", ""))
