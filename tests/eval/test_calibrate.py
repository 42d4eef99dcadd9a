"""rag calibrate: the threshold curve from answers given with no threshold, and the choice."""

from __future__ import annotations

from rag.eval.calibrate import Point, sweep


def record(answerable: bool, confidence: float, refused: bool = False) -> dict[str, object]:
    return {
        "answerable": answerable,
        "answer": {"refused": refused},
        "diagnostics": {"confidence": confidence},
    }


def test_the_curve_counts_refusals_a_threshold_would_add_to_the_others() -> None:
    records = [
        record(True, 0.9),
        record(True, 0.3),
        record(False, 0.15),
        record(False, 0.8, refused=True),  # refused for another reason (a figure not stated)
    ]
    by_threshold = {p.threshold: p for p in sweep(records)}
    assert by_threshold[0.1] == Point(0.1, 0.5, 0.0)
    assert by_threshold[0.2] == Point(0.2, 1.0, 0.0)
    assert by_threshold[0.4] == Point(0.4, 1.0, 0.5)


def test_the_checks_count_frame_evidence_and_letters_cited_over_several_letters() -> None:
    from rag.eval.report import citation_checks

    def asked(kind: str, quotes: list[tuple[str, str]], gold: list[str] | None = None) -> dict:
        return {
            "type": kind,
            "answerable": True,
            "expected": {"gold_files_any": gold} if gold else {},
            "score": {},
            "answer": {
                "refused": False,
                "citations": [{"source": s, "quote": q} for s, q in quotes],
            },
        }

    records = [
        asked("zh", [("a.txt", "您提出的《关于加强路灯建设的建议》收悉,现答复如下:")]),
        asked("zh", [("a.txt", "今年将新装路灯120盏。")]),
        asked("metadata", [("a.txt", "此答复函已经张三局长审签。")]),  # asks for the frame
        asked("multi_letter", [("a.txt", "路灯。"), ("c.txt", "路灯。")], ["a.txt", "b.txt"]),
    ]
    checks = citation_checks(records, {})
    assert checks["frame_evidence"] == 1 / 3  # of the three content answers, one
    assert checks["letters_cited"] == 1 / 2  # a.txt of a.txt and b.txt

    # An English question about the letter itself, tagged so in the Q&A file, asks for
    # the frame too ("Which deputy raised it?" is answered by the salutation).
    proposer = asked("en", [("a.txt", "张三代表:")])
    proposer["expected"] = {"tags": ["metadata", "en"]}
    assert citation_checks([*records, proposer], {})["frame_evidence"] == 1 / 3

    # A question asking whom the bureau consulted is answered by the opening that names
    # them; the same opening quoted for a question it does not answer is frame evidence.
    consulted = asked("zh", [("a.txt", "经商市财政局、市交通局,现答复如下:")])
    consulted["expected"] = {"must_include_any": [["市财政局"], ["市交通局", "交通局"]]}
    assert citation_checks([*records, consulted], {})["frame_evidence"] == 1 / 4
    consulted["expected"] = {"must_include_any": [["市财政局"], ["120盏"]]}
    assert citation_checks([*records, consulted], {})["frame_evidence"] == 2 / 4
    # a receipt repeats the proposal's topic: it is frame evidence whatever the groups
    receipt = asked("zh", [("a.txt", "您提出的关于增设红星村路灯的建议收悉,现答复如下:")])
    receipt["expected"] = {"must_include_any": [["红星村"], ["路灯"]]}
    assert citation_checks([*records, receipt], {})["frame_evidence"] == 2 / 4


def test_a_questions_tags_reach_the_report() -> None:
    from rag.eval.qaset import parse_qa_item

    item = parse_qa_item(
        {"id": "x", "question": "Who raised it?", "gold_file": "a.txt", "tags": ["metadata"]}
    )
    assert item.gold()["tags"] == ["metadata"]
