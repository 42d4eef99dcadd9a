"""A cap on request bodies, checked before a byte is parsed (and while a chunked body
arrives), answered with OpenAI's error shape and HTTP 413."""

from __future__ import annotations

import json
from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from rag.api.schemas import error_body


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
            await _refuse(send, 413, self._message(), code="request_too_large")
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
                await _refuse(send, 413, self._message(), code="request_too_large")

    def _message(self) -> str:
        limit = self.max_bytes / 2**20
        return f"request body over {limit:g} MB; set {self.env} to change the limit"


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


async def _refuse(send: Send, status: int, message: str, code: str | None = None) -> None:
    kind = {401: "authentication_error", 403: "permission_error"}.get(
        status, "invalid_request_error"
    )
    payload = json.dumps(error_body(message, kind, code=code)).encode("utf-8")
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode("ascii")),
    ]
    if status == 401:
        headers.append((b"www-authenticate", b"Bearer"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
