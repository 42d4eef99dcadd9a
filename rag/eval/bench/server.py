"""A `chroma run` server for the latency measurement against a server instead of a folder."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

from rag.eval.bench.process import free_port, stop, venv_chroma

__all__ = ["chroma_available", "chroma_server"]


def chroma_available() -> bool:
    """Whether a `chroma` executable is on PATH or beside this interpreter."""
    return shutil.which("chroma") is not None or venv_chroma().exists()


@contextlib.contextmanager
def chroma_server(path: Path, timeout: float = 60.0) -> Iterator[str]:
    """A `chroma run` server on 127.0.0.1 and a free port for the duration of the block."""
    import httpx

    exe = shutil.which("chroma") or str(venv_chroma())
    port = free_port()
    path.mkdir(parents=True, exist_ok=True)
    url = f"http://127.0.0.1:{port}"
    with (path.parent / "chroma-server.log").open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
        )
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(
                        f"`chroma run` exited with {proc.returncode}; see {log.name}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{url}/api/v2/heartbeat", timeout=2).status_code == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"`chroma run` did not answer within {timeout:.0f} s")
                time.sleep(0.3)
            yield url
        finally:
            stop(proc)
