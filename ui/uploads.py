"""Uploaded files: safe names, a copy inside RAG_HOME/uploads, and a result row per file.

A result row is (name shown to the user, status, reason); status is one of "added",
"updated", "unchanged" or "failed", the labels of `render.upload_results_html`.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from rag.models import IngestReport

log = logging.getLogger(__name__)

ALLOWED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")

UploadResult = tuple[str, str, str]

_UNSAFE_NAME_CHARS = re.compile(r"[^\w.\-()（）【】〔〕\[\] ]+")


def safe_upload_name(name: str, max_len: int = 120) -> str:
    """A file name that is only ever a basename inside the uploads folder.

    Takes the last component under either separator (so `../../x` and `..\\x` become
    `x`), drops control and path characters and leading dots, keeps CJK, and shortens
    long names while keeping the extension.
    """
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE_NAME_CHARS.sub("_", name).strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    suffix = suffix[:10].lower()
    stem = stem[: max_len - len(suffix) - 1].strip(" .") or "upload"
    return f"{stem}.{suffix}" if suffix else stem


def store_upload(source: Path, uploads: Path, max_bytes: int) -> Path:
    """Copy an uploaded file into `uploads` under its sanitised name; returns the copy.

    Raises ValueError with a user-facing reason for a wrong type or a file over the limit.
    The copy is written next to its target and renamed, so an ingest running at the
    same time never reads half a file.
    """
    with source.open("rb") as data:
        return store_stream(source.name, data, source.stat().st_size, uploads, max_bytes)


def store_stream(
    name: str, data: BinaryIO, size: int | None, uploads: Path, max_bytes: int
) -> Path:
    """`store_upload` for an open file (an HTTP upload): `size` when known, else counted."""
    name = safe_upload_name(name)
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise ValueError(f"不支持的文件类型 unsupported type；支持 {' '.join(ALLOWED_SUFFIXES)}")
    if size is not None and size > max_bytes:
        raise ValueError(_too_large(size, max_bytes))
    uploads.mkdir(parents=True, exist_ok=True)
    target = (uploads / name).resolve()
    if target.parent != uploads.resolve():  # belt and braces: never write elsewhere
        raise ValueError("非法文件名 invalid file name")
    fd, tmp = tempfile.mkstemp(dir=uploads, prefix=".upload-")
    try:
        with os.fdopen(fd, "wb") as out:
            copied = _copy_at_most(data, out, max_bytes)
        if copied > max_bytes:
            raise ValueError(_too_large(copied, max_bytes))
        if target.exists():  # kept until the ingest has taken the new copy (`settle`)
            os.replace(target, _previous(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def settle(stored: Mapping[Path, str], results: Mapping[str, UploadResult]) -> None:
    """After the ingest: drop the copies the new uploads replaced, except where the new
    one failed — then the previous copy, which the index still holds, is put back, so a
    bad re-upload loses nothing.  A file with no result failed."""
    for copy, shown in stored.items():
        previous = _previous(copy)
        if not previous.exists():
            continue
        if results.get(shown, (shown, "failed", ""))[1] == "failed":
            os.replace(previous, copy)
        else:
            previous.unlink(missing_ok=True)


def _previous(copy: Path) -> Path:
    """Where a stored copy waits while its replacement is ingested (hidden, and of no
    type an ingest reads)."""
    return copy.with_name(f".{copy.name}.previous")


def forget_upload(record: Mapping[str, Any], uploads: Path) -> None:
    """Delete the stored upload of a removed letter, so a re-ingest cannot revive it."""
    recorded = record.get("path") or record.get("source_path")
    if not recorded:
        return
    path = Path(recorded).resolve()
    if path.parent == uploads.resolve():
        path.unlink(missing_ok=True)


def _copy_at_most(data: BinaryIO, out: BinaryIO, max_bytes: int) -> int:
    """Copy until the end or one byte past `max_bytes`; returns the bytes copied."""
    copied = 0
    while block := data.read(min(2**20, max_bytes + 1 - copied)):
        out.write(block)
        copied += len(block)
        if copied > max_bytes:
            break
    return copied


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"文件 {size / 2**20:.1f} MB，超过上限 {max_bytes / 2**20:g} MB "
        f"(file exceeds the limit; set RAG_MAX_FILE_MB to change it)"
    )


def store_uploads(
    files: Iterable[str], uploads: Path, max_bytes: int
) -> tuple[dict[Path, str], dict[str, UploadResult]]:
    """Copy each file into `uploads`: ({copy: name shown}, {name shown: failure row})."""
    stored: dict[Path, str] = {}
    failed: dict[str, UploadResult] = {}
    for raw in files:
        path = Path(raw)
        shown = safe_upload_name(path.name)
        try:
            stored[store_upload(path, uploads, max_bytes)] = shown
        except ValueError as exc:
            failed[shown] = (shown, "failed", str(exc))
        except OSError:
            log.exception("could not store upload %s", path.name)
            failed[shown] = (shown, "failed", "无法保存文件 could not store the file")
    return stored, failed


def received(files: Iterable[str]) -> tuple[list[str], dict[str, UploadResult]]:
    """The files that Gradio received from the browser, and a failure row for any other
    path: an API client of the page could name any file on the server (Gradio checks
    this itself only under its own launch, not when mounted on `rag serve`)."""
    import gradio.utils

    folder = Path(gradio.utils.get_upload_folder()).resolve()
    kept: list[str] = []
    outside: dict[str, UploadResult] = {}
    for raw in files:
        if Path(raw).resolve().is_relative_to(folder):
            kept.append(raw)
        else:
            shown = safe_upload_name(Path(raw).name)
            outside[shown] = (shown, "failed", "不是上传的文件 not an uploaded file")
    return kept, outside


def all_failed(stored: Mapping[Path, str], reason: str) -> dict[str, UploadResult]:
    """The same failure for every stored copy (the ingest itself failed)."""
    return {shown: (shown, "failed", reason) for shown in stored.values()}


def ingest_results(report: IngestReport, stored: Mapping[Path, str]) -> dict[str, UploadResult]:
    """What the ingest did with each stored copy."""
    return {shown: (shown, *_outcome(report, copy)) for copy, shown in stored.items()}


def _outcome(report: IngestReport, copy: Path) -> tuple[str, str]:
    """(status, reason) of one stored copy in the report."""

    def same(entry: str) -> bool:
        text = str(entry)
        return text == str(copy) or Path(text).name == copy.name

    for path, reason in report.failed:
        if same(path):
            return "failed", str(reason)
    for status, entries in (
        ("added", report.added),
        ("updated", report.updated),
        ("unchanged", report.unchanged),
    ):
        if any(same(entry) for entry in entries):
            return status, ""
    return "unchanged", ""
