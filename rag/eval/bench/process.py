"""Where measurements run: a freshly spawned worker each, and children that see the settings."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from rag.settings import Settings

__all__ = [
    "child_env",
    "derive",
    "free_port",
    "isolated",
    "repo_root",
    "stop",
    "venv_chroma",
]

P = ParamSpec("P")
T = TypeVar("T")


def isolated(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run `fn(*args)` in a freshly spawned process: its own peak RSS, no shared caches.

    `fn` must be a module-level function, and its arguments picklable.
    """
    import multiprocessing

    with ProcessPoolExecutor(
        max_workers=1, mp_context=multiprocessing.get_context("spawn")
    ) as pool:
        return pool.submit(fn, *args, **kwargs).result()


def derive(settings: Settings, **changes: Any) -> Settings:
    """A copy of the user's settings for one bench store; always offline."""
    return settings.model_copy(update={"openai_api_key": None, "chroma_url": None, **changes})


def child_env(settings: Settings) -> dict[str, str]:
    """Environment that makes `Settings()` in a child equal `settings` (offline)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("RAG_", "OPENAI_"))}
    for name, value in settings.model_dump(
        exclude={"openai_api_key", "ui_auth", "api_token"}
    ).items():
        if isinstance(value, Path):
            value = value.resolve()  # the child runs in the repository root
        if value is not None and not name.startswith("openai_"):
            env[f"RAG_{name.upper()}"] = str(value)
    env.setdefault("ANONYMIZED_TELEMETRY", "False")
    env.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    return env


def repo_root() -> Path:
    """The checkout this package runs from (rag/eval/bench/ is three levels down)."""
    return Path(__file__).resolve().parents[3]


def venv_chroma() -> Path:
    """The `chroma` executable installed beside this interpreter."""
    return Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Terminate a child politely, then for good if it has not exited within 10 s."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
