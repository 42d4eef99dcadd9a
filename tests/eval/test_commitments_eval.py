"""`rag eval-commitments`: found commitments against hand labels — a label is matched by
the sentence that holds it, once; precision over what was found, recall over the labels,
`due` and `partners` on the matched pairs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rag.errors import RagError
from rag.eval.commitments import score_commitments

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
FIRST = (
    "下一步,我们将充分吸纳您的建议,针对我市科技服务业发展的堵点难点问题,加强体制建设和政策创新,"
    "建立常态化政企沟通机制,不断优化创新创业生态,增强科技系统服务能力,重点做好以下几个方面的工作。"
)
INVENTED = "我局将于2030年底前建成月球科技服务站。"


def _gold(tmp_path: Path, *labels: dict) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [
        json.dumps({"file": "cq-kjj-0798.txt", **label}, ensure_ascii=False) for label in labels
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_found_label_a_missed_one_and_what_was_found_besides(tmp_path: Path) -> None:
    gold = _gold(
        tmp_path,
        {"kind": "commitment", "quote": FIRST, "due": None, "partners": []},
        {"kind": "commitment", "quote": INVENTED, "due": "2030年底前", "partners": ["市财政局"]},
    )
    result = score_commitments(gold, [CORPUS])["commitment"]
    assert result["gold"] == 2 and result["matched"] == 1 and result["recall"] == 0.5
    assert result["found"] == 30 and result["precision"] == round(1 / 30, 3)
    assert result["partners_accuracy"] == 1.0 and result["due_accuracy"] is None
    assert result["misses"]["cq-kjj-0798.txt"]["missed"] == [INVENTED]


def test_a_broken_label_file_says_which_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text('{"file": "cq-kjj-0798.txt"}\nnot json\n', encoding="utf-8")
    with pytest.raises(RagError, match=r"gold.jsonl:1: not a label"):
        score_commitments(path, [CORPUS])


LETTER = """岭南县交通运输局关于县人大十七届二次会议第014号建议的答复

王五代表:

您提出的《关于改善乡村公路安全设施的建议》收悉,现答复如下。

今年5月,我局已完成村道护栏改造12公里。下一步,我局将于2025年底前完成剩余路段改造。

岭南县交通运输局
2024年9月10日
"""


def test_the_letters_may_be_read_from_any_folder(tmp_path: Path) -> None:
    # `rag eval-commitments --gold FILE --corpus DIR`: labelled letters kept outside the repo.
    from typer.testing import CliRunner

    from rag.cli import app

    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "lingnan-014.txt").write_text(LETTER, encoding="utf-8")
    label = {"file": "lingnan-014.txt", "kind": "commitment", "due": "2025年底前", "partners": []}
    gold = tmp_path / "gold.jsonl"
    quote = "下一步,我局将于2025年底前完成剩余路段改造。"
    gold.write_text(json.dumps({**label, "quote": quote}, ensure_ascii=False), encoding="utf-8")
    result = score_commitments(gold, [folder])["commitment"]
    assert result["recall"] == 1.0 and result["due_accuracy"] == 1.0
    args = ["eval-commitments", "--gold", str(gold), "--corpus", str(folder)]
    run = CliRunner().invoke(app, args)
    assert run.exit_code == 0 and "1 letters" in " ".join(run.output.split())  # title wraps
