"""`rag eval`: reports from scripted systems, then end to end over the reference letter."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from rag.errors import ConfigError
from rag.eval.evaluate import evaluate_systems, letter_files, run_eval
from rag.eval.metrics import RATE_METRICS
from rag.eval.qaset import load_qa, parse_qa_item
from rag.eval.report import citation_checks
from rag.models import Answer, Citation, Passage
from rag.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "corpus" / "cq-kjj-0798.txt"
TALENT = "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍"
PLATFORM = "二、下一步工作重点 > (三)打造高能级科技服务业平台载体"


def quiet() -> Console:
    return Console(file=io.StringIO(), width=200)


def write_qa(path: Path, *items: dict) -> Path:
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- reports from scripted systems (no index needed) ----------------------------------------


def _passage(section: str, score: float) -> Passage:
    return Passage(
        chunk_id=section,
        letter_id="L",
        source="cq-kjj-0798.txt",
        title="重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函",
        issuer="重庆市科学技术局",
        doc_number=None,
        proposal_no="0798",
        section=section,
        text="……",
        score=score,
    )


class Scripted:
    """A system that always retrieves the platform section first and cites it."""

    def __init__(self, name: str, refuse: bool = False) -> None:
        self.name, self.label, self.refuse = name, f"scripted {name}", refuse
        self.asked: list[tuple[str, list]] = []

    def retrieve(self, question, k, history):
        return [_passage(PLATFORM, 0.9), _passage(TALENT, 0.5)][:k]

    def ask(self, question, history):
        self.asked.append((question, list(history)))
        if self.refuse:
            return Answer(text="信函中没有相关内容。", refused=True)
        top = _passage(PLATFORM, 0.9)
        cite = Citation(
            letter_id="L",
            source=top.source,
            title=top.title,
            issuer=top.issuer,
            doc_number=None,
            proposal_no="0798",
            section=PLATFORM,
            text="……",
            quote="建好用好“重庆市成果快转平台”",
        )
        return Answer(text="建好用好“重庆市成果快转平台”[1]", citations=[cite])


ITEMS = [
    {
        "id": "platform",
        "question": "下一步如何建设科技服务平台？",
        "gold_proposal": "798",
        "gold_section_keywords": ["(三)"],
        "must_include_any": [["成果快转平台"]],
    },
    {
        "id": "talent",
        "question": "市科技局下一步在人才评价方面会做什么？",
        "gold_proposal": "0798",
        "gold_section_keywords": ["（四）", "人才"],
    },
    {"id": "followup", "turns": ["平台建设怎么做？", "那人才呢？"], "gold_file": "cq-kjj-0798.txt"},
    {"id": "budget", "question": "明年的预算是多少？", "answerable": False},
]


def test_reports_from_scripted_systems(tmp_path):
    items = [parse_qa_item(raw) for raw in ITEMS]
    naive, full = Scripted("naive", refuse=True), Scripted("full")
    report = evaluate_systems([naive, full], items, tmp_path, console=quiet())

    metrics = report["metrics"]
    assert metrics["letter_hit@1"] == 1.0
    assert metrics["section_hit@1"] == pytest.approx(2 / 3)  # talent is only second
    assert metrics["citation_accuracy"] == pytest.approx(2 / 3)
    assert metrics["refusal_accuracy"] == 0.0  # the budget question was answered
    assert report["configurations"]["naive"]["overall"]["refusal_accuracy"] == 1.0
    assert report["configurations"]["full"]["ratio_vs_naive"]["letter_hit@1"] == 1.0
    assert report["configurations"]["full"]["failed"] == ["talent", "budget"]

    # The follow-up's first turn went through `ask`, and its answer became history.
    assert full.asked[2] == ("平台建设怎么做？", [])
    assert full.asked[3][1] == [("平台建设怎么做？", "建好用好“重庆市成果快转平台”[1]")]

    on_disk = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert on_disk["metrics"] == metrics
    for chart in ("metrics.png", "by_type.png", "latency.png"):
        assert (tmp_path / chart).read_bytes()[:4] == b"\x89PNG"

    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    failures = md.split("## Failures")[1]
    talent = failures.split("### talent")[1].split("###")[0]
    assert "section not in top 5" not in talent  # it is second: a hit@5
    assert "no correct citation" in talent
    assert "（四） + 人才" in talent  # what was expected
    assert f"[1] `cq-kjj-0798.txt` 第0798号 — {PLATFORM}" in talent  # what was cited
    assert f"2. 0.500 `cq-kjj-0798.txt` 第0798号 — {TALENT}" in talent  # what was retrieved
    assert "### budget (unanswerable): not refused" in failures
    assert "### platform" not in failures


def test_mode_llm_needs_a_key(tmp_path):
    qa = write_qa(tmp_path / "qa.jsonl", ITEMS[0])
    settings = Settings(home=tmp_path / "user", openai_api_key=None, _env_file=None)
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        run_eval(settings, qa, corpus=REFERENCE, out=tmp_path / "out", mode="llm")
    with pytest.raises(ConfigError, match="unknown eval mode"):
        run_eval(settings, qa, corpus=REFERENCE, out=tmp_path / "out", mode="fast")
    assert not (tmp_path / "user").exists()


def test_never_reuses_a_home_it_did_not_make(tmp_path):
    qa = write_qa(tmp_path / "qa.jsonl", ITEMS[0])
    foreign = tmp_path / "out" / "home"
    foreign.mkdir(parents=True)
    (foreign / "chroma.sqlite3").write_bytes(b"user data")
    settings = Settings(home=tmp_path / "user", _env_file=None)
    with pytest.raises(ConfigError, match="not made by `rag eval`"):
        run_eval(settings, qa, corpus=REFERENCE, out=tmp_path / "out")
    assert (foreign / "chroma.sqlite3").read_bytes() == b"user data"


def test_letter_files_keep_only_indexed_letters(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    (tmp_path / "qa.jsonl").write_text("{}", encoding="utf-8")
    records = [{"source": "a.txt", "proposal_no": "12", "title": "T"}]
    files = letter_files(tmp_path, records)
    assert [(f.path.name, f.proposal_no, f.title) for f in files] == [("a.txt", "12", "T")]


# -- end to end over the reference letter ---------------------------------------------------

E2E_ITEMS = [
    {
        "id": "talent-next",
        "question": "市科技局下一步在人才评价方面会做什么？",
        "gold_proposal": "0798",
        "gold_section_keywords": ["下一步", "人才"],
        "must_include_any": [["技术经纪", "职称评审"]],
    },
    {
        "id": "talent-en",
        "question": "What will the bureau do about talent evaluation?",
        "gold_file": "cq-kjj-0798.txt",
    },
    {
        "id": "follow-up",
        "turns": ["科技服务业集聚区是怎么建设的？", "下一步呢？"],
        "gold_proposal": "第798号",
    },
    {
        # Deliberately failing: the section asked for does not exist in the letter.
        "id": "wrong-section",
        "question": "科技成果转化有哪些措施？",
        "gold_proposal": "0798",
        "gold_section_keywords": ["第九部分"],
    },
    {"id": "weather", "question": "重庆明天会下雨吗？", "answerable": False},
]


@pytest.mark.slow
def test_run_eval_end_to_end(tmp_path):
    corpus = tmp_path / "letters"
    corpus.mkdir()
    shutil.copy(REFERENCE, corpus / REFERENCE.name)
    qa_file = write_qa(tmp_path / "qa.jsonl", *E2E_ITEMS)
    out = tmp_path / "out"
    settings = Settings(home=tmp_path / "user-home", _env_file=None)

    report = run_eval(settings, qa_file, corpus=corpus, out=out, console=quiet())

    assert not (tmp_path / "user-home").exists()  # the user's index is never touched
    for name in ("report.json", "report.md", "metrics.png", "by_type.png", "latency.png"):
        assert (out / name).stat().st_size > 0
    metrics = json.loads((out / "report.json").read_text(encoding="utf-8"))["metrics"]
    for key in RATE_METRICS:
        assert key in metrics
        assert metrics[key] is None or 0.0 <= metrics[key] <= 1.0, key
    assert metrics["n"] == len(load_qa(qa_file))
    assert metrics["letter_hit@5"] == 1.0  # one letter: every answerable question finds it

    md = (out / "report.md").read_text(encoding="utf-8")
    failure = md.split("### wrong-section")[1].split("\n### ")[0]
    assert "section not in top 5" in failure
    assert "section containing: 第九部分" in failure  # expected
    assert "Retrieved top 5:" in failure and "`cq-kjj-0798.txt` 第0798号 — " in failure
    assert "wrong-section" in report["configurations"]["full"]["failed"]

    # Deterministic: a second run (reusing the eval index) gives the same scores and records.
    again = run_eval(settings, qa_file, corpus=corpus, out=out, console=quiet())
    assert _without_timings(again["questions"]) == _without_timings(report["questions"])
    assert {k: again["metrics"][k] for k in RATE_METRICS} == {
        k: report["metrics"][k] for k in RATE_METRICS
    }


def _without_timings(records: list[dict]) -> list[dict]:
    return [
        {**r, "score": {k: v for k, v in r["score"].items() if not k.endswith("_ms")}}
        for r in records
    ]


@pytest.mark.slow
def test_run_eval_llm_mode_against_the_local_stub(tmp_path):
    from openai_stub import OpenAIStub, Reply

    corpus = tmp_path / "letters"
    corpus.mkdir()
    shutil.copy(REFERENCE, corpus / REFERENCE.name)
    qa_file = write_qa(tmp_path / "qa.jsonl", E2E_ITEMS[0])
    good = "市科技局将「组织开展技术经纪专业职称评审工作」[1]。"
    with OpenAIStub() as stub:
        stub.enqueue(*[Reply(good)] * 4)
        settings = Settings(
            home=tmp_path / "user-home",
            openai_api_key="sk-stub",
            openai_base_url=stub.url,
            openai_model="stub-model",
            llm_max_retries=0,
            _env_file=None,
        )
        report = run_eval(
            settings, qa_file, corpus=corpus, out=tmp_path / "out", mode="llm", console=quiet()
        )
        assert stub.requests, "llm mode must call the model"

    assert report["mode"] == "llm" and report["llm_model"] == "stub-model"
    answer = report["questions"][0]["answer"]
    assert "技术经纪专业职称评审" in answer["text"]
    assert answer["notice"] is None  # the model answered; no extractive fallback
    assert report["metrics"]["keyword_full"] == 1.0


def test_citation_checks_flag_uncited_answers_and_non_verbatim_quotes() -> None:
    def record(answerable, refused, citations, gold="0798", hit=True):
        return {
            "answerable": answerable,
            "answer": {"refused": refused, "citations": citations},
            "expected": {"gold_proposal": gold},
            "score": {"citation_any": hit},
        }

    texts = {"a.txt": "一是加强政策落实。二是持续优化政策。"}
    good = {"source": "a.txt", "quote": "二是持续优化政策。"}
    invented = {"source": "a.txt", "quote": "三是发放补贴。"}
    checks = citation_checks(
        [
            record(True, False, [good]),
            record(True, False, [], hit=False),  # answered without a citation
            record(True, False, [invented], hit=False),
            record(True, True, [], hit=False),  # refused: not counted as answered
            record(False, True, []),
        ],
        texts,
    )
    assert checks["answered"] == 3
    assert checks["answered_with_citation"] == 2 / 3
    assert checks["quotes_verbatim"] == 1 / 2
    assert checks["not_verbatim"] == ["三是发放补贴。"]
    assert checks["citation_accuracy_by_letter"]["0798"] == {"n": 4, "citation_accuracy": 0.25}


def test_a_quote_printed_in_a_traditional_letters_own_characters_is_verbatim() -> None:
    # The store holds a traditional-character letter in its simplified view; the answer
    # quotes it as printed.  A quote in other words is still flagged.
    texts = {"t.txt": "县财政对新栽桑园按每亩400元给予补助。"}
    printed = {"source": "t.txt", "quote": "縣財政對新栽桑園按每畝400元給予補助。"}
    altered = {"source": "t.txt", "quote": "縣財政對新栽桑園按每畝500元給予補助。"}
    record = {
        "answerable": True,
        "answer": {"refused": False, "citations": [printed, altered]},
        "expected": {"gold_proposal": "43"},
        "score": {"citation_any": True},
    }
    checks = citation_checks([record], texts)
    assert checks["quotes_verbatim"] == 1 / 2
    assert checks["not_verbatim"] == [altered["quote"]]
