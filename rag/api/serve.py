"""`rag serve`: the HTTP API and the chat UI on one port, in one process.

serve(Settings(), host="127.0.0.1", port=8000)     # blocks
app = build(qa, host="127.0.0.1")                  # the ASGI app, for any server
"""

from __future__ import annotations

import sys

import uvicorn
from fastapi import FastAPI

from rag.access import Access, bearer
from rag.api.app import create_app
from rag.api.limits import GRADIO_API, TokenGate
from rag.qa import ReplyLetterQA
from rag.settings import Settings


def build(qa: ReplyLetterQA, host: str) -> FastAPI:
    """The API at /v1 (docs at /docs) and the UI at /, for a server bound to `host`."""
    from ui.app import mount  # Gradio loads in a second or two: only when serving

    access = Access.of(qa.settings, host)
    app = create_app(qa, access)
    if access.token is not None:

        def denied(authorization: str) -> tuple[int, str] | None:
            refusal = access.read_denied(bearer(authorization))
            return None if refusal is None else (refusal.status, refusal.message)

        app.add_middleware(
            TokenGate, applies=lambda method, path: path.startswith(GRADIO_API), denied=denied
        )
    return mount(app, qa, access)


def startup_lines(settings: Settings, host: str, port: int) -> list[str]:
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}"
    access = Access.of(settings, host)
    return [
        f"rag serve: {url}/ (chat), {url}/v1 (API), {url}/docs (API docs)",
        f"rag serve: {settings.mode} mode; access: {access.describe()}",
    ]


def serve(settings: Settings, host: str | None = None, port: int | None = None) -> None:
    """Index the corpus on first start, then serve until interrupted."""
    from ui.app import prepare

    host = host or settings.serve_host
    port = port or settings.serve_port
    qa = ReplyLetterQA(settings)
    prepare(qa)
    app = build(qa, host)
    for line in startup_lines(settings, host, port):
        print(line, file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="info", access_log=False)
