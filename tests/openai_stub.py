"""A small OpenAI-compatible server on 127.0.0.1 for tests that go over real HTTP.

    with OpenAIStub() as stub:
        stub.enqueue(Status(429), Reply("答复「…」[1]。"))
        llm = ChatOpenAI(base_url=stub.url, api_key="sk-test", max_retries=2)
        ...
        stub.requests[0].body["messages"], stub.requests[0].headers["authorization"]

It serves POST /v1/chat/completions from a queue of scripted responses, one per request:
streamed (SSE) when the request asks for a stream, JSON otherwise. It records each
request's body and headers in memory and logs nothing, so a test can assert the
Authorization header was sent while checking the key never reached a log.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Reply:
    """A successful completion of `text`, streamed in pieces of `chunk_chars`."""

    text: str
    chunk_chars: int = 4


@dataclass(frozen=True)
class Status:
    """An error response. `retry-after-ms` keeps the SDK's retry back-off short in tests."""

    code: int
    message: str = "stub error"
    headers: dict[str, str] = field(default_factory=lambda: {"retry-after-ms": "10"})


@dataclass(frozen=True)
class Slow:
    """Wait `seconds` before answering with `then` (a client timeout fires first)."""

    seconds: float
    then: Reply | Status = Reply("too late")


@dataclass(frozen=True)
class Malformed:
    """A stream that starts well, then sends an event whose data is not JSON."""

    text_before: str = "部分回答"


@dataclass(frozen=True)
class CutOff:
    """A stream that stops after `text`: no finish_reason, no [DONE].

    drop=False: the connection closes cleanly (the client sees a normal end of body).
    drop=True: the response announced more bytes than it sends (a broken connection).
    """

    text: str
    drop: bool = False


Scripted = Reply | Status | Slow | Malformed | CutOff


@dataclass(frozen=True)
class Recorded:
    path: str
    headers: dict[str, str]  # lower-cased names
    body: dict[str, Any]


class OpenAIStub:
    """Start with `with OpenAIStub() as stub:`; `stub.url` is the base_url to use."""

    def __init__(self) -> None:
        self.queue: deque[Scripted] = deque()
        self.requests: list[Recorded] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start the stub first"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def enqueue(self, *responses: Scripted) -> OpenAIStub:
        with self._lock:
            self.queue.extend(responses)
        return self

    def start(self) -> OpenAIStub:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True  # a sleeping Slow handler must not block exit
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> OpenAIStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _next(self, recorded: Recorded) -> Scripted | None:
        with self._lock:
            self.requests.append(recorded)
            return self.queue.popleft() if self.queue else None


class _Handler(BaseHTTPRequestHandler):
    """Answers as an OpenAI-compatible server would, from its stub's queue."""

    protocol_version = "HTTP/1.1"
    stub: OpenAIStub

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the stub logs nothing: no request line, no header

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length", "0"))
        raw = self.rfile.read(length)
        body = json.loads(raw.decode("utf-8")) if raw else {}
        headers = {name.lower(): value for name, value in self.headers.items()}
        scripted = self.stub._next(Recorded(self.path, headers, body))
        if not self.path.endswith("/chat/completions"):
            self._json(404, _error(f"no route {self.path}", "not_found"))
            return
        if scripted is None:
            self._json(500, _error("stub: no response queued for this request", "stub"))
            return
        try:
            self._respond(scripted, body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to do

    def _respond(self, scripted: Scripted, body: dict[str, Any]) -> None:
        model = body.get("model", "stub-model")
        if isinstance(scripted, Slow):
            if self.stub._stopping.wait(scripted.seconds):
                return
            scripted = scripted.then
        if isinstance(scripted, Status):
            self._json(scripted.code, _error(scripted.message, "stub"), scripted.headers)
        elif isinstance(scripted, Reply) and not body.get("stream"):
            self._json(200, _completion(model, scripted.text))
        elif isinstance(scripted, Reply):
            events = [_chunk(model, piece) for piece in _pieces(scripted)]
            events += [_chunk(model, None, finish_reason="stop"), "[DONE]"]
            self._sse(events)
        elif isinstance(scripted, Malformed):
            self._sse([_chunk(model, scripted.text_before), '{"choices": [{"delta": {"cont'])
        elif isinstance(scripted, CutOff):
            events = [_chunk(model, piece) for piece in _pieces(Reply(scripted.text))]
            self._sse(events, announce_more=scripted.drop)

    def _json(
        self, code: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _sse(self, events: list[str], announce_more: bool = False) -> None:
        data = b"".join(f"data: {event}\n\n".encode() for event in events)
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        if announce_more:
            # Promise more than we send, then hang up: the client sees a broken body.
            self.send_header("content-length", str(len(data) + 1000))
        self.send_header("connection", "close")  # no length: the body ends when we close
        self.end_headers()
        for event in events:
            self.wfile.write(f"data: {event}\n\n".encode())
            self.wfile.flush()
        self.close_connection = True


def _handler_for(stub: OpenAIStub) -> type[BaseHTTPRequestHandler]:
    return type("Handler", (_Handler,), {"stub": stub})


def _pieces(reply: Reply) -> list[str]:
    return [
        reply.text[i : i + reply.chunk_chars] for i in range(0, len(reply.text), reply.chunk_chars)
    ]


def _chunk(model: str, content: str | None, finish_reason: str | None = None) -> str:
    delta = {} if content is None else {"role": "assistant", "content": content}
    return json.dumps(
        {
            "id": "chatcmpl-stub",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        },
        ensure_ascii=False,
    )


def _completion(model: str, text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _error(message: str, kind: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "code": None}}
