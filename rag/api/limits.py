"""A cap on request bodies, checked before a byte is parsed (and while a chunked body
arrives), answered with OpenAI's error shape and HTTP 413."""

from __future__ import annotations

import json
from collections.abc import Callable
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


class TokenGate:
    """Refuses the requests `applies(method, path)` selects, before their body is read,
    when `denied(authorization header)` gives a (status, message): an upload without the
    token is not spooled to disk first, and the UI's programmatic routes (Gradio's REST
    calls and API description) need the token as /v1 does."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        applies: Callable[[str, str], bool],
        denied: Callable[[str], tuple[int, str] | None],
    ) -> None:
        self.app = app
        self.applies = applies
        self.denied = denied

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and self.applies(scope["method"], scope["path"]):
            header = dict(scope["headers"]).get(b"authorization", b"").decode("latin-1")
            refusal = self.denied(header)
            if refusal is not None:
                await _refuse(send, *refusal)
                return
        await self.app(scope, receive, send)


GRADIO_API = ("/gradio_api/call", "/gradio_api/info", "/gradio_api/openapi", "/gradio_api/api")


async def _refuse(send: Send, status: int, message: str) -> None:
    kind = "authentication_error" if status == 401 else "permission_error"
    body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    payload = json.dumps(body).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode("ascii")),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
