"""A cap on request bodies, checked before a byte is parsed (and while a chunked body
arrives), answered with OpenAI's error shape and HTTP 413."""

from __future__ import annotations

import json
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _TooLarge(HTTPException):
    """Raised while the body arrives: FastAPI passes HTTP errors from body parsing on,
    so the app's handler answers it (in OpenAI's shape) as a 413."""

    kind = "invalid_request_error"


class BodyLimit:
    """ASGI middleware: bodies of requests under `prefix` may hold at most `max_bytes`."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, prefix: str, env: str) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.env = env

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge(413, self._message())
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted_receive, watched_send)
        except _TooLarge:
            if not started:
                await self._refuse(send)

    def _message(self) -> str:
        limit = self.max_bytes / 2**20
        return f"request body over {limit:g} MB; set {self.env} to change the limit"

    async def _refuse(self, send: Send) -> None:
        body: dict[str, Any] = {
            "error": {
                "message": self._message(),
                "type": "invalid_request_error",
                "param": None,
                "code": "request_too_large",
            }
        }
        payload = json.dumps(body).encode("utf-8")
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode("ascii")),
                ],
            }
        )
        await send({"type": "http.response.body", "body": payload})


class GradioApiGate:
    """With RAG_API_TOKEN set, the UI's *programmatic* routes (Gradio's REST calls and its
    API description) need the token like /v1 does; the page's own traffic stays open."""

    PREFIXES = ("/gradio_api/call", "/gradio_api/info", "/gradio_api/openapi", "/gradio_api/api")

    def __init__(self, app: ASGIApp, *, denied: Any) -> None:
        self.app = app
        self.denied = denied  # credential -> (status, message) | None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"].startswith(self.PREFIXES):
            header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
            refusal = self.denied(header)
            if refusal is not None:
                status, message = refusal
                body = {
                    "error": {
                        "message": message,
                        "type": "authentication_error",
                        "param": None,
                        "code": None,
                    }
                }
                payload = json.dumps(body).encode("utf-8")
                headers = [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(payload)).encode("ascii")),
                    (b"www-authenticate", b"Bearer"),
                ]
                await send({"type": "http.response.start", "status": status, "headers": headers})
                await send({"type": "http.response.body", "body": payload})
                return
        await self.app(scope, receive, send)
