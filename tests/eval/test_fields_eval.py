"""`rag eval-fields`: the parser's letter fields against the hand-checked golden file, per
part of the dev/blind split; blind letters are measured, never listed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from rag.eval.fields import read_golden, score_fields

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "letters" / "real"
GOLDEN = ROOT / "tests" / "golden" / "real_fields.json"


def _rag(*args: str) -> subprocess.CompletedProcess[str]:
    rag = Path(sys.executable).with_name("rag")
    return subprocess.run(
        [str(rag), "eval-fields", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=300,
    )  # fmt: skip


def test_a_wrong_field_is_counted_and_listed() -> None:
    golden = read_golden(GOLDEN)
    name = "02_cq-kjj-0226.txt"
    altered = {name: {**golden[name], "issuer": "某某局", "signer": None}}
    result = score_fields(altered, [REAL], [name], misses=True)
    assert result["fields"]["issuer"] == {"right": 0, "stated": 1, "empty": 0, "unstated": 0}
    assert (name, "issuer", "某某局", golden[name]["issuer"]) in result["misses"]


def test_the_command_prints_dev_totals_and_never_lists_blind_letters() -> None:
    dev = _rag("--part", "dev")
    assert dev.returncode == 0, dev.stderr
    assert "dev: 30 letters" in dev.stdout and "total" in dev.stdout
    refused = _rag("--part", "blind", "--misses")
    assert refused.returncode == 1 and "blind ones are measured, not read" in refused.stderr
    blind = _rag("--part", "blind")
    assert blind.returncode == 0 and "blind: 19 letters" in blind.stdout
    assert ".txt" not in blind.stdout
    every = _rag("--part", "all", "--misses")
    assert every.returncode == 1 and "blind ones are measured, not read" in every.stderr


def test_misses_are_listed_for_a_made_up_set_which_has_no_blind_letters() -> None:
    # The command made_up/README.md gives for each fields set.
    made_up = ROOT / "made_up" / "fields5"
    listed = _rag("--golden", str(made_up / "gold.json"), "--letters", str(made_up / "letters"),
                  "--part", "all", "--misses")  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "all: 40 letters" in listed.stdout


def test_a_value_printed_full_width_is_the_same_value() -> None:
    golden = read_golden(GOLDEN)
    name = "02_cq-kjj-0226.txt"
    wide = golden[name]["proposal_no"].translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"})
    assert wide != golden[name]["proposal_no"]
    altered = {name: {**golden[name], "proposal_no": wide}}
    result = score_fields(altered, [REAL], [name])
    assert result["fields"]["proposal_no"]["right"] == 1


def test_a_joint_signature_set_apart_by_a_full_width_space_is_the_same_value() -> None:
    from rag.eval.fields import _width_free

    printed, parsed = "长春市教育局\u3000长春市财政局", "长春市教育局 长春市财政局"
    assert _width_free(printed) == _width_free(parsed)
    assert _width_free(printed) != _width_free("长春市教育局")
