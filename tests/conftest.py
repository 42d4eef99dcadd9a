"""Shared test set-up: no network beyond loopback, no real model calls, no stray .env."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rag.settings import Settings

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
REFERENCE_LETTER = CORPUS / "cq-kjj-0798.txt"

# Libraries that phone home must not even try; these are read at import or client creation.
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")

# A developer's .env must not change what the tests see.
Settings.model_config["env_file"] = None


@pytest.fixture(autouse=True)
def _no_model_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """Offline mode unless a test opts into the LLM path with its own stub server."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "RAG_CHROMA_URL", "RAG_HOME"):
        monkeypatch.delenv(name, raising=False)
