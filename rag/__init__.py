"""Question answering with citations over Chinese government reply letters (答复函).

from rag import ReplyLetterQA, Settings

qa = ReplyLetterQA(Settings(home="/tmp/x"))
qa.ingest(["corpus/"])
answer = qa.ask("市科技局下一步在人才评价方面会做什么？")
print(answer.text)
for n, c in enumerate(answer.citations, 1):
    print(f"[{n}] 第{c.proposal_no}号 {c.section}: {c.quote}")
"""

from rag.errors import ConfigError, IndexNotBuiltError, LetterParseError, ModelError, RagError
from rag.models import Answer, Chunk, Citation, IngestReport, Letter, Passage, Section
from rag.qa import ReplyLetterQA
from rag.settings import Settings

__all__ = [
    "Answer",
    "Chunk",
    "Citation",
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
