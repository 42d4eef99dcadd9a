"""Uploaded files: only ever a basename inside RAG_HOME/uploads, within the size limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.uploads import safe_upload_name, store_upload


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("../../x.txt", "x.txt"),
        ("..\\..\\evil.md", "evil.md"),
        ("/etc/passwd", "passwd"),
        ("..", "upload"),
        (".hidden.txt", "hidden.txt"),
        ("答复函 第0798号.TXT", "答复函 第0798号.txt"),
        ("a\x00b\nc.pdf", "abc.pdf"),
        ("x<script>.html", "x_script_.html"),
    ],
)
def test_upload_names_are_basenames(raw: str, expected: str) -> None:
    assert safe_upload_name(raw) == expected


def test_upload_names_are_bounded_and_keep_the_extension() -> None:
    name = safe_upload_name("长" * 500 + ".docx")
    assert len(name) <= 120 and name.endswith(".docx")


def test_store_upload_never_writes_outside_uploads(tmp_path: Path) -> None:
    src_dir = tmp_path / "incoming" / "a" / "b"
    src_dir.mkdir(parents=True)
    hostile = src_dir / "..%2F..%2Fx.txt"
    hostile.write_text("函", encoding="utf-8")
    uploads = tmp_path / "home" / "uploads"
    stored = store_upload(hostile, uploads, max_bytes=1024)
    assert stored.parent == uploads.resolve()
    assert stored.read_text(encoding="utf-8") == "函"
    assert sorted(p.name for p in uploads.iterdir()) == [stored.name]


def test_store_upload_refuses_large_and_foreign_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ValueError, match="RAG_MAX_FILE_MB"):
        store_upload(big, tmp_path / "uploads", max_bytes=1024)
    exe = tmp_path / "tool.exe"
    exe.write_bytes(b"MZ")
    with pytest.raises(ValueError, match="不支持"):
        store_upload(exe, tmp_path / "uploads", max_bytes=1024)
    assert not (tmp_path / "uploads").exists() or not any((tmp_path / "uploads").iterdir())
