"""Question answering with citations over Chinese government reply letters (答复函).

from rag import ReplyLetterQA, Settings

qa = ReplyLetterQA(Settings(home="/tmp/x"))
qa.ingest(["corpus/"])
answer = qa.ask("市科技局下一步在人才评价方面会做什么？")
print(answer.text)
for n, c in enumerate(answer.citations, 1):
    print(f"[{n}] 第{c.proposal_no}号 {c.section}: {c.quote}")
"""

import os

# The e5 engine's OpenMP threads otherwise spin on both cores for a while after every
# call, taking the CPU from the Chroma query and the answer that follow: at 1,000 letters
# offline answers took ~90 ms instead of ~55 (passage throughput is the same either way).
# Set before the engine loads, since OpenMP reads it once; your own setting wins.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from rag.errors import (  # noqa: E402
    ConfigError,
    IndexNotBuiltError,
    LetterParseError,
    ModelError,
    RagError,
)
from rag.models import (  # noqa: E402
    Answer,
    Chunk,
    Citation,
    CompareRow,
    IngestReport,
    Letter,
    Passage,
    Section,
)
from rag.qa import ReplyLetterQA  # noqa: E402
from rag.settings import Settings  # noqa: E402

__all__ = [
    "Answer",
    "Chunk",
    "Citation",
    "CompareRow",
    "ConfigError",
    "IndexNotBuiltError",
    "IngestReport",
    "Letter",
    "LetterParseError",
    "ModelError",
    "Passage",
    "RagError",
    "ReplyLetterQA",
    "Section",
    "Settings",
]
