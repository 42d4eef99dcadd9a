"""The layout shows the pipeline and stays readable: the guards a reviewer would apply.

The import layers themselves are import-linter contracts (pyproject.toml), checked by
`scripts/test`; these tests keep modules small and the runtime free of evaluation code.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# "No module over ~400 lines": a module past this reads as two and should be split.
MAX_LINES = 420


def test_no_module_is_too_long_to_read_in_one_sitting() -> None:
    long = {
        str(path.relative_to(REPO)): n
        for package in ("rag", "ui")
        for path in (REPO / package).rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_pipeline_stages_are_packages() -> None:
    stages = {p.name for p in (REPO / "rag").iterdir() if (p / "__init__.py").exists()}
    assert {"letters", "index", "answer", "eval"} <= stages


def test_asking_a_question_does_not_load_the_evaluation_code() -> None:
    # matplotlib and psutil are the [eval] extra: the runtime must not need them.
    code = (
        "import sys\n"
        "sys.modules['matplotlib'] = None; sys.modules['psutil'] = None\n"
        "import rag.qa, rag.cli, ui.app\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('rag.eval'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    assert out.stdout.strip() == ""
