"""UI start-up: from starting `rag ui` to its first answer, watched from outside.

    measure_ui(settings, "人才评价方面会做什么？")
    # {"measured": True, "launched_s": 9.8, "page_served_s": 9.8, "answered_s": 10.4}

The UI runs as a user starts it, `python -m rag.cli ui --host 127.0.0.1 --port N`, in a
child process whose `Settings()` equal the bench store's. This module never imports the
UI (the layers put rag.eval below it); it only talks to the child over HTTP.
"""

from __future__ import annotations

import importlib
import importlib.util
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import IO, Any

from rag.eval.bench.process import child_env, free_port, repo_root, stop
from rag.settings import Settings

__all__ = ["CHAT_ENDPOINT", "measure_ui"]

# The chat box's submit event: Gradio names an endpoint after its handler (`ask`). Its
# last output is the answer as the copy button copies it: empty when the chat showed an
# error instead of an answer.
CHAT_ENDPOINT = "/ask"
_POLL_S = 0.05


class _ChildFailed(Exception):
    """The UI process exited, was too slow, or showed no answer; the message says which."""


def measure_ui(settings: Settings, question: str, timeout: float = 300.0) -> dict[str, Any]:
    """Wall time from starting a fresh `rag ui` process to the first answer it serves.

    The store already holds letters, so no indexing is included. Seconds from the start:
    - `launched_s`: the UI's port accepts connections, i.e. `launch` has checked the
      index, loaded the store, embeddings and retriever, and started the server;
    - `page_served_s`: GET / returned the page;
    - `answered_s`: one question went through the chat endpoint (Gradio's API, as the
      chat box sends it) and its final answer came back.

    It measures what the in-process version did (a fresh interpreter launching the UI on
    a free port, fetching the page, then answering one question with the facade the chat
    handler calls), except that the answer now also crosses the chat handler and HTTP,
    as a user's does, and the interpreter's own start-up is no longer stamped apart.
    """
    if importlib.util.find_spec("ui") is None:
        return {"measured": False, "reason": "the ui package is not installed"}
    importlib.import_module("gradio_client")  # before the clock starts: not the UI's cost

    port = free_port()
    command = [sys.executable, "-m", "rag.cli", "ui", "--host", "127.0.0.1", "--port", str(port)]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command, env=child_env(settings), cwd=repo_root(), stdout=log, stderr=subprocess.STDOUT
        )
        try:
            stamps = _stamps(proc, port, question, time.monotonic() + timeout)
        except _ChildFailed as exc:
            exited = proc.poll() is not None  # by itself, not stopped: its last line says why
            reason = f"UI child failed: {exc}" + (_last_line(log) if exited else "")
            return {"measured": False, "reason": reason}
        finally:
            stop(proc)
    names = ("launched_s", "page_served_s", "answered_s")
    return {"measured": True, **{name: t - start for name, t in zip(names, stamps, strict=True)}}


def _stamps(
    proc: subprocess.Popen[bytes], port: int, question: str, deadline: float
) -> tuple[float, float, float]:
    """perf_counter() when the port accepts, the page is served, the answer has come back."""
    from gradio_client import Client

    url = f"http://127.0.0.1:{port}/"
    _wait(proc, deadline, lambda: _accepts(port))
    launched = time.perf_counter()
    _wait(proc, deadline, lambda: _serves(url))
    served = time.perf_counter()
    try:
        job = Client(url, verbose=False).submit(question, api_name=CHAT_ENDPOINT)
        outputs = job.result(timeout=max(1.0, deadline - time.monotonic()))
    except Exception as exc:  # gradio_client's errors have no common base worth naming
        raise _ChildFailed(f"the chat endpoint failed: {type(exc).__name__}: {exc}") from exc
    answered = time.perf_counter()
    if not outputs[-1]:
        raise _ChildFailed("the chat showed an error instead of an answer")
    return launched, served, answered


def _wait(proc: subprocess.Popen[bytes], deadline: float, ready: Callable[[], bool]) -> None:
    while not ready():
        if proc.poll() is not None:
            raise _ChildFailed(f"exited with {proc.returncode}")
        if time.monotonic() > deadline:
            raise _ChildFailed("did not answer in time")
        time.sleep(_POLL_S)


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def _serves(url: str) -> bool:
    import httpx

    try:
        page = httpx.get(url, timeout=10, trust_env=False)
    except httpx.HTTPError:
        return False
    return page.status_code == 200


def _last_line(log: IO[str]) -> str:
    """`: ` and the child's last line of output, which usually names what went wrong."""
    log.seek(0)
    lines = [line.strip() for line in log.read().splitlines() if line.strip()]
    return f": {lines[-1][:200]}" if lines else ""
