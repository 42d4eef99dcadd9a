"""The `eval` extra: `rag eval` draws charts (matplotlib), `rag bench` reads memory (psutil).

    require_eval_extra("rag bench")   # MissingExtraError, before anything is measured

Both are imported lazily where they are used; this check runs first so a missing extra
costs the user one line, not an index build followed by a traceback.
"""

from __future__ import annotations

import importlib.util

from rag.errors import RagError

__all__ = ["EXTRA_MODULES", "MissingExtraError", "require_eval_extra"]

EXTRA_MODULES = ("matplotlib", "psutil")
INSTALL = "pip install 'replyletter-rag[eval]'"


class MissingExtraError(RagError):
    """An optional dependency is not installed; the message gives the pip command."""


def require_eval_extra(command: str) -> None:
    """Raise MissingExtraError naming `command` unless every module of the extra imports."""
    if not all(_installed(name) for name in EXTRA_MODULES):
        raise MissingExtraError(f"{command} needs the eval extra: {INSTALL}")


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a module blocked in sys.modules, or without a spec
        return False
