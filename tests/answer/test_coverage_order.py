"""A chunk's keyword coverage is the same number in every process: it used to be summed
over a set, whose order follows the hash seed, so a tie between two chunks broke one way
in one process and the other way in the next (dev9's "关于老年人活动场所或者养老服务，哪些
答复函有提到？" quoted one of two chunks of the same letter at random)."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
from rag.answer.rank import coverage
from rag.models import Chunk
weights = {"养老": 0.1, "服务": 0.2, "场所": 0.3, "老年人": 0.7, "活动": 0.11, "或者": 0.13}
text = "老年人活动场所和养老服务"
chunk = Chunk(chunk_id="c", letter_id="l", source="s.txt", ordinal=0, section="", part="body",
              text=text, header="", start=0, end=len(text))
print(repr(coverage(weights, chunk)))
"""


def test_coverage_is_the_same_number_whatever_the_hash_seed() -> None:
    seen = set()
    for seed in range(8):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run(
            [sys.executable, "-c", _PROBE], capture_output=True, text=True, encoding="utf-8",
            env=env, check=True, timeout=120,
        )  # fmt: skip
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen
