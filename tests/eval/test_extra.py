"""Without the `eval` extra, `rag eval` and `rag bench` say how to install it, in one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from rag.eval.extra import MissingExtraError, require_eval_extra

INSTALL = "pip install 'replyletter-rag[eval]'"

# The CLI in a child whose import system refuses one module of the extra, as if the extra
# were not installed (None in sys.modules makes `import` raise ImportError).
_WITHOUT = """
import sys
sys.modules[{module!r}] = None
sys.argv = ["rag", *{args!r}]
from rag.cli import main
main()
"""


def rag_without(module: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "OPENAI_"))}
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT.format(module=module, args=list(args))],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "RAG_HOME": str(home), "COLUMNS": "80"},
        cwd=REPO,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("module", "command"),
    [
        ("matplotlib", ["eval", "--qa", "corpus/qa/qa.jsonl"]),
        ("psutil", ["eval", "--qa", "corpus/qa/qa.jsonl"]),
        ("matplotlib", ["bench", "--quick"]),
        ("psutil", ["bench", "--quick"]),
    ],
)
def test_cli_names_the_extra_in_one_line_and_exits_1(
    tmp_path: Path, module: str, command: list[str]
) -> None:
    out = tmp_path / "out"
    done = rag_without(module, *command, "--out", str(out), home=tmp_path / "home")

    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stdout + done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line == f"error: rag {command[0]} needs the eval extra: {INSTALL}"
    assert not out.exists()  # it stopped before measuring or indexing anything


def test_require_eval_extra_passes_when_installed_and_fails_when_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_eval_extra("rag eval")  # the test environment has the extra

    monkeypatch.setitem(sys.modules, "psutil", None)
    with pytest.raises(MissingExtraError, match=r"^rag bench needs the eval extra: pip install"):
        require_eval_extra("rag bench")
