"""A real uvicorn on 127.0.0.1 serving `rag serve`'s app (API and UI) on a real index.

with running(qa, host="127.0.0.1") as url: ...      # one server, stopped afterwards
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from rag import ReplyLetterQA, Settings

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
REFERENCE_LETTER = CORPUS / "cq-kjj-0798.txt"
TALENT_QUESTION = "市科技局下一步在人才评价方面会做什么？"
TOKEN = "test-token-91f3c2"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def running(qa: ReplyLetterQA, host: str = "127.0.0.1") -> Iterator[str]:
    """Serve `rag serve`'s app for `qa` (bound as if on `host`) on 127.0.0.1; yields its URL."""
    from rag.api.serve import build

    app = build(qa, host)
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def settings_for(home: Path, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "home": home,
        "corpus": CORPUS,
        "openai_api_key": None,
        "chroma_url": None,
        "api_token": None,
        "ui_auth": None,
    }
    values.update(overrides)
    return Settings(**values)
