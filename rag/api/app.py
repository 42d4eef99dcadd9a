"""The HTTP API: an OpenAI-compatible chat endpoint that cites, search, and letters.

    app = create_app(qa, Access.of(settings, host="127.0.0.1"))
    uvicorn.run(app)        # `rag serve` also mounts the chat UI at /

    POST   /v1/chat/completions   OpenAI chat completions (+ `citations`, `refused`)
    GET    /v1/models             the one model, `replyletter-qa`
    GET    /v1/search?q=&k=       passages, best first
    GET    /v1/letters            the indexed letters and their fields
    POST   /v1/letters            multipart upload, field `files`: the ingest report
    DELETE /v1/letters/{id}       remove one letter
    GET    /healthz               liveness and index size (never needs a token)

Errors are JSON in OpenAI's shape, `{"error": {"message", "type", "param", "code"}}`,
never a traceback.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException

from rag.access import Access, Denied, bearer, is_loopback
from rag.api import completions
from rag.api.limits import BodyLimit, TokenGate
from rag.api.schemas import (
    MODEL_ID,
    ChatRequest,
    ErrorOut,
    FileProblem,
    IngestOut,
    LettersOut,
    PassageOut,
    SearchResult,
    error_body,
)
from rag.errors import ConfigError, RagError
from rag.index.ledger import WriteConflict
from rag.models import Passage
from rag.qa import ReplyLetterQA
from ui import uploads

log = logging.getLogger(__name__)

# Fields of a letter record that are the server's business, not a client's: where the
# file sits on this machine and how it was chunked.
_PRIVATE_FIELDS = ("path", "chunk_ids", "chunker", "sections")
FILTER_KEYS = ("letter_id", "proposal_no", "issuer", "year", "kind", "source")
MAX_K = 50

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    413: "invalid_request_error",
    422: "invalid_request_error",
}
_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorOut} for status in (400, 401, 403, 404, 413, 500)
}

_bearer = HTTPBearer(auto_error=False, description="The value of RAG_API_TOKEN")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


class ApiError(HTTPException):
    """An error a client can act on, with its OpenAI error type."""

    def __init__(self, status: int, message: str, kind: str | None = None) -> None:
        super().__init__(status, message)
        self.kind = kind or _ERROR_TYPES.get(status, "server_error")


def create_app(qa: ReplyLetterQA, access: Access) -> FastAPI:
    """The API on a QA object; `access` says who may read and who may write."""
    app = FastAPI(
        title="答复函问答 Reply-letter Q&A API",
        summary="Questions over Chinese government reply letters, answered with citations.",
        version="1.0",
        responses=_ERRORS,
    )
    app.state.qa = qa
    app.state.access = access
    # Ingest and removal rewrite the indexes: one at a time (the UI's are serialised too).
    app.state.write_lock = threading.Lock()
    app.add_middleware(
        BodyLimit,
        max_bytes=int(qa.settings.max_request_mb * 2**20),
        prefix="/v1/",
        env="RAG_MAX_REQUEST_MB",
    )
    app.add_middleware(
        TokenGate,
        applies=lambda method, path: method in ("POST", "DELETE") and path.startswith("/v1/"),
        denied=lambda header: _refusal(access.write_denied(bearer(header))),
    )
    _error_handlers(app)
    app.include_router(service)
    app.include_router(api)
    return app


def _refusal(denied: Denied | None) -> tuple[int, str] | None:
    return None if denied is None else (denied.status, denied.message)


def _qa(request: Request) -> ReplyLetterQA:
    qa: ReplyLetterQA = request.app.state.qa
    return qa


def _reader(request: Request, credentials: Credentials) -> None:
    access: Access = request.app.state.access
    denied = access.read_denied(credentials.credentials if credentials else None)
    if denied is not None:
        raise ApiError(denied.status, denied.message)


def _writer(request: Request, credentials: Credentials) -> None:
    access: Access = request.app.state.access
    denied = access.write_denied(credentials.credentials if credentials else None)
    if denied is not None:
        raise ApiError(denied.status, denied.message)
    if access.token is None:
        _same_site(request)


def _same_site(request: Request) -> None:
    """Open writes (no token, loopback) are this machine's: refuse a page elsewhere that
    makes the browser post here (a form needs no CORS preflight), and a host name that
    resolves here but is not this machine's (DNS rebinding)."""
    host = (request.headers.get("host") or "").rsplit(":", 1)[0].strip("[]")
    if not is_loopback(host):
        raise ApiError(403, f"writes without RAG_API_TOKEN are for this machine; Host {host!r}")
    origin = request.headers.get("origin")
    if origin and not is_loopback(urlparse(origin).hostname or ""):
        raise ApiError(403, f"a cross-site write from {origin!r} is refused")


QA = Annotated[ReplyLetterQA, Depends(_qa)]
Writer = Depends(_writer)
service = APIRouter(tags=["service"])
api = APIRouter(prefix="/v1", dependencies=[Depends(_reader)])


@service.get("/healthz")
def healthz(qa: QA) -> dict[str, Any]:
    """Alive, and how much is indexed (chunks in Chroma and in this replica's BM25,
    letters). Never needs a token."""
    return {"status": "ok", **qa.stats()}


@api.get("/models", tags=["chat"])
def models() -> dict[str, Any]:
    """The one model; any `model` string is accepted by the chat endpoint."""
    model = {"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "replyletter-rag"}
    return {"object": "list", "data": [model]}


@api.post("/chat/completions", tags=["chat"], response_model=None)
def chat(request: ChatRequest, qa: QA) -> dict[str, Any] | StreamingResponse:
    """OpenAI chat completions. The last user message is the question, earlier turns its
    history. The answer keeps its [n] markers; `citations` (and `refused`) come at the top
    level of the response, or of the last chunk when streaming. An extension: `filters`
    ({"proposal_no": "0798"}, {"issuer": [...]}, {"year": 2024}) narrows the letters."""
    question, history = completions.conversation(request.messages)
    filters = _filters(request.model_extra or {})
    if not request.stream:
        answer = qa.ask(question, history=history, filters=filters)
        return completions.completion(answer, model=request.model, prompt=question)
    include_usage = bool(request.stream_options and request.stream_options.include_usage)
    items = qa.stream(question, history=history, filters=filters)
    events = completions.completion_events(
        items, model=request.model, prompt=question, include_usage=include_usage
    )
    return StreamingResponse(_guarded(events), media_type="text/event-stream")


@api.get("/search", tags=["letters"])
def search(
    qa: QA,
    q: Annotated[str, Query(min_length=1, max_length=completions.MAX_QUESTION_CHARS)],
    k: Annotated[int | None, Query(ge=1, le=MAX_K)] = None,
) -> SearchResult:
    """The passages that best answer `q`, best first, with their letter and section."""
    passages = qa.retrieve(q, k=k or qa.settings.top_k)
    return SearchResult(query=q, passages=[_passage(p) for p in passages])


@api.get("/letters", tags=["letters"])
def letters(qa: QA) -> LettersOut:
    """Every indexed letter with the fields its text states (absent ones are null)."""
    return LettersOut(letters=[_public(record) for record in qa.letters()])


@api.post("/letters", tags=["letters"], dependencies=[Writer])
def upload(
    request: Request,
    qa: QA,
    files: Annotated[list[UploadFile], File(description="Letters to add or update")],
) -> IngestOut:
    """Add or update letters (.txt .md .html .docx .pdf): what happened to each file.
    Each file is capped by RAG_MAX_FILE_MB, the request by RAG_MAX_REQUEST_MB."""
    max_bytes = int(qa.settings.max_file_mb * 2**20)
    with _write_turn(request):
        return _ingest_uploads(qa, files, _uploads_dir(qa), max_bytes)


@api.delete("/letters/{letter_id}", tags=["letters"], dependencies=[Writer])
def remove(request: Request, qa: QA, letter_id: str) -> dict[str, Any]:
    """Remove one letter from every index (and its stored upload)."""
    with _write_turn(request):
        record = next((r for r in qa.letters() if r.get("letter_id") == letter_id), None)
        if record is None or not qa.remove(letter_id):
            raise ApiError(404, f"no letter with letter_id {letter_id!r}")
        uploads.forget_upload(record, _uploads_dir(qa))
    return {"id": letter_id, "deleted": True}


@contextmanager
def _write_turn(request: Request) -> Iterator[None]:
    """This process's writes take turns, waiting at most RAG_WRITE_WAIT_SECONDS (then 409)."""
    lock: threading.Lock = request.app.state.write_lock
    qa: ReplyLetterQA = request.app.state.qa
    if not lock.acquire(timeout=qa.settings.write_wait_seconds):
        raise WriteConflict("another upload or removal is still running; try again shortly")
    try:
        yield
    finally:
        lock.release()


def _uploads_dir(qa: ReplyLetterQA) -> Path:
    return Path(qa.settings.home) / "uploads"


def _passage(p: Passage) -> PassageOut:
    return PassageOut(**{name: getattr(p, name) for name in PassageOut.model_fields})


def _ingest_uploads(
    qa: ReplyLetterQA, files: list[UploadFile], uploads_dir: Path, max_bytes: int
) -> IngestOut:
    report = IngestOut()
    stored: dict[Path, str] = {}
    for file in files:
        shown = uploads.safe_upload_name(file.filename or "upload")
        try:
            stored[uploads.store_stream(shown, file.file, file.size, uploads_dir, max_bytes)] = (
                shown
            )
        except ValueError as exc:
            report.failed.append(FileProblem(file=shown, reason=str(exc)))
    if stored:
        try:
            ingested = qa.ingest(list(stored))
        except BaseException:
            uploads.settle(stored, {})  # nothing was taken: the previous copies come back
            raise
        results = uploads.ingest_results(ingested, stored)
        uploads.settle(stored, results)
        for name, status, reason in results.values():
            if status == "failed":
                report.failed.append(FileProblem(file=name, reason=reason))
            else:
                getattr(report, status).append(name)
        by_path = {str(path): name for path, name in stored.items()}
        report.duplicates = [
            FileProblem(file=by_path.get(path, Path(path).name), reason=_file_names(reason))
            for path, reason in ingested.duplicates
        ]
    counts = qa.store.counts()
    report.letters, report.chunks = counts["letters"], counts["chroma"]
    return report


def _file_names(reason: str) -> str:
    """A reason naming a file on this server, with the file's name only."""
    return re.sub(r"(?<=same letter as ).+$", lambda m: Path(m.group(0)).name, reason)


def _filters(extra: dict[str, Any]) -> dict[str, Any] | None:
    """`filters` in the request body (an extension): narrow the letters searched."""
    filters = extra.get("filters")
    if filters is None:
        return None
    if not isinstance(filters, dict):
        raise completions.BadRequest('filters must be an object, e.g. {"proposal_no": "0798"}')
    unknown = sorted(set(filters) - set(FILTER_KEYS))
    if unknown:
        raise completions.BadRequest(
            f"unknown filter {unknown[0]!r}; filters are {', '.join(FILTER_KEYS)}"
        )
    for key, value in filters.items():
        values = value if isinstance(value, list) else [value]
        if not values or not all(_filter_value(key, v) for v in values):
            raise completions.BadRequest(
                f"filter {key!r} takes a string or number, or a list of them; got {value!r}"
            )
    return filters or None


def _filter_value(key: str, value: object) -> bool:
    if key == "year":
        return isinstance(value, int) or (isinstance(value, str) and value.isdigit())
    return isinstance(value, str | int) and not isinstance(value, bool)


def _public(record: dict[str, Any]) -> dict[str, Any]:
    public = {k: v for k, v in record.items() if k not in _PRIVATE_FIELDS}
    public["chunks"] = len(record.get("chunk_ids") or ())
    return public


def _guarded(events: Any) -> Any:
    """A stream that ends in an error event, not a cut connection, when answering fails."""
    try:
        yield from events
    except RagError as exc:
        yield completions.error_event(str(exc), "invalid_request_error")
        yield "data: [DONE]\n\n"
    except Exception:
        log.exception("answering a streamed chat request failed")
        yield completions.error_event("internal error while answering (logged on the server)")
        yield "data: [DONE]\n\n"


def _error_handlers(app: FastAPI) -> None:
    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        kind = getattr(exc, "kind", None) or _ERROR_TYPES.get(exc.status_code, "server_error")
        headers = {"WWW-Authenticate": "Bearer"} if exc.status_code == 401 else None
        return _error(exc.status_code, str(exc.detail), kind, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ()) if part != "body")
        message = f"{where}: {first.get('msg', 'invalid request')}" if where else "invalid request"
        return _error(400, message, "invalid_request_error", param=where or None)

    @app.exception_handler(completions.BadRequest)
    async def bad_request(request: Request, exc: completions.BadRequest) -> JSONResponse:
        return _error(400, str(exc), "invalid_request_error")

    @app.exception_handler(WriteConflict)
    async def busy(request: Request, exc: WriteConflict) -> JSONResponse:
        # Another writer holds the index: retryable, unlike a bad request.
        return _error(409, str(exc), "conflict_error", headers={"Retry-After": "5"})

    @app.exception_handler(ConfigError)
    async def misconfigured(request: Request, exc: ConfigError) -> JSONResponse:
        return _error(503, str(exc), "server_error")

    @app.exception_handler(RagError)
    async def rag_error(request: Request, exc: RagError) -> JSONResponse:
        return _error(400, str(exc), "invalid_request_error")

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
        return _error(500, "internal error (logged on the server)", "server_error")


def _error(
    status: int,
    message: str,
    kind: str,
    *,
    param: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    return JSONResponse(error_body(message, kind, param=param), status_code=status, headers=headers)
