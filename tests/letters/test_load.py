"""Reading letter files: every format and encoding, and a one-line reason for every failure."""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest

from rag.errors import LetterParseError
from rag.letters.load import read_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LETTER = "王晓颖委员：\n\n您提出的《关于推动科技服务业发展的提案》收悉，现答复如下。\n"


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _reason(path: Path, **kwargs) -> str:
    with pytest.raises(LetterParseError) as info:
        read_text(path, **kwargs)
    assert info.value.path == str(path)
    assert "\n" not in info.value.reason
    return info.value.reason


# --- encodings ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("gb18030"),
        lambda t: t.encode("gbk"),
        lambda t: t.encode("utf-16"),  # Notepad's "Unicode": UTF-16 with a BOM
    ],
    ids=["utf-8", "utf-8-bom", "gb18030", "gbk", "utf-16-bom"],
)
def test_text_encodings_are_detected(tmp_path, encode):
    assert read_text(_write(tmp_path, "a.txt", encode(LETTER))) == LETTER


def test_gb18030_fixture_is_not_utf8_but_reads():
    raw = (FIXTURES / "synthetic-gb18030.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    assert "尊敬的何伟代表" in read_text(FIXTURES / "synthetic-gb18030.txt")


def test_bom_fixture_loses_its_bom():
    assert (FIXTURES / "synthetic-bom.txt").read_bytes().startswith(b"\xef\xbb\xbf")
    text = read_text(FIXTURES / "synthetic-bom.txt")
    assert text.startswith("您当前的位置") and "\ufeff" not in text


# --- formats --------------------------------------------------------------------------


def test_html_keeps_blocks_and_drops_scripts_styles_and_nav():
    text = read_text(FIXTURES / "synthetic-portal.html")
    lines = text.splitlines()
    assert "重庆市水利局关于市政协六届二次会议第0655号提案答复的函" in lines
    assert "赵敏委员：" in lines
    assert "| 索引号 | 11500000009271230X/2024-00201 | 发文字号 | 渝水函〔2024〕88号 |" in lines
    assert ["重庆市水利局", "2024年5月30日"] == lines[lines.index("重庆市水利局") :][:2]  # <br>
    # A source line break inside a Chinese sentence is no break and no space.
    assert any(line.endswith("共同研究办理，现答复如下。") for line in lines)
    for dropped in ("document.write", "不应出现", "font-size", "首页 | 政务公开", "_重庆市水利局"):
        assert dropped not in text


def test_html_is_never_executed(tmp_path):
    page = "<p>正文</p><script>throw new Error()</script><img src=x onerror=alert(1)>"
    assert read_text(_write(tmp_path, "a.htm", page)) == "正文"


def test_markdown_marks_go_and_words_stay():
    text = read_text(FIXTURES / "synthetic-markdown.md")
    assert "synthetic fixture" not in text  # the HTML comment
    assert "#" not in text and "**" not in text
    assert "周强委员：" in text.splitlines()
    assert "二、下一步工作" in text.splitlines()


def test_docx_reads_tables_and_paragraphs_in_order():
    lines = read_text(FIXTURES / "synthetic-docx.docx").splitlines()
    assert (
        lines[0] == "| 索引号 | 11500000MB0000001A/2024-00310 | 发文字号 | 渝经信函〔2024〕77号 |"
    )
    assert lines[2] == "重庆市经济和信息化委员会关于市政协六届二次会议第0902号提案答复的函"
    assert lines[-1] == "2024年5月28日"


def test_pdf_text_layer_is_chinese_and_wrapped_lines_are_rejoined():
    lines = read_text(FIXTURES / "synthetic-pdf.pdf").splitlines()
    assert lines[0] == "重庆市卫生健康委员会关于市政协六届二次会议第0477号提案答复的函"
    # This paragraph wraps over three lines on the page; it comes back as one.
    assert (
        "（一）加强基层人才培养。实施农村订单定向医学生免费培养项目，累计为区县乡镇卫生院"
        "培养医学生三千二百余名，并组织全科医生转岗培训。"
    ) in lines
    assert lines[-2:] == ["重庆市卫生健康委员会", "2024年6月5日"]


# --- failures -------------------------------------------------------------------------


def test_empty_file(tmp_path):
    assert _reason(_write(tmp_path, "a.txt", b"")) == "empty file"
    assert _reason(_write(tmp_path, "b.txt", b" \n\r\n\t")) == "empty file"


def test_binary_file_with_nul_bytes(tmp_path):
    reason = _reason(_write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert reason.startswith("binary file")


def test_undecodable_bytes(tmp_path):
    data = bytes(range(0x80, 0x100)) * 8  # no NUL, yet no text encoding fits
    assert _reason(_write(tmp_path, "a.txt", data)).startswith("binary or undecodable")


def test_wrong_extension_says_what_the_file_is(tmp_path):
    pdf = (FIXTURES / "synthetic-pdf.pdf").read_bytes()
    docx_bytes = (FIXTURES / "synthetic-docx.docx").read_bytes()
    assert "plain text" in _reason(_write(tmp_path, "a.pdf", LETTER))
    assert _reason(_write(tmp_path, "a.pdf", LETTER)).startswith("not a PDF")
    assert "plain text" in _reason(_write(tmp_path, "a.docx", LETTER))
    assert "a PDF" in _reason(_write(tmp_path, "b.docx", pdf))
    assert "a PDF" in _reason(_write(tmp_path, "a.txt", pdf))
    assert "ZIP archive" in _reason(_write(tmp_path, "a.html", docx_bytes))
    old_doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    assert "save it as .docx" in _reason(_write(tmp_path, "c.docx", old_doc))


def test_unsupported_extension(tmp_path):
    assert "unsupported extension '.rtf'" in _reason(_write(tmp_path, "a.rtf", LETTER))
    assert "save it as .docx" in _reason(_write(tmp_path, "a.doc", LETTER))
    assert "'(none)'" in _reason(_write(tmp_path, "README", LETTER))


def test_too_large_names_the_limit_and_the_setting(tmp_path):
    reason = _reason(_write(tmp_path, "a.txt", LETTER), max_bytes=10)
    assert "over the 10 bytes limit" in reason and "RAG_MAX_FILE_MB" in reason


def test_too_large_file_is_never_opened(tmp_path, monkeypatch):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:  # sparse: 21 MB on paper, nothing on disk
        f.truncate(21 * 2**20)

    def no_open(*args, **kwargs):
        raise AssertionError("a too-large file must not be read")

    monkeypatch.setattr(Path, "open", no_open)
    reason = _reason(big)
    assert "21 MB, over the 20 MB limit" in reason


def test_corrupt_docx(tmp_path):
    good = (FIXTURES / "synthetic-docx.docx").read_bytes()
    assert _reason(_write(tmp_path, "a.docx", good[: len(good) // 2])).startswith("corrupt .docx")
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("hello.txt", "not a word document")
    assert _reason(_write(tmp_path, "b.docx", archive.getvalue())).startswith("corrupt .docx")


def test_corrupt_pdf(tmp_path):
    good = (FIXTURES / "synthetic-pdf.pdf").read_bytes()
    assert _reason(_write(tmp_path, "a.pdf", good[: len(good) // 3])).startswith("corrupt PDF")
    assert _reason(_write(tmp_path, "b.pdf", b"%PDF-1.7\ngarbage")).startswith("corrupt PDF")


def test_docx_with_no_text(tmp_path):
    path = tmp_path / "blank.docx"
    docx.Document().save(path)
    assert _reason(path) == "no text found in the file"


def test_missing_file_and_directory(tmp_path):
    assert _reason(tmp_path / "gone.txt") == "file not found"
    (tmp_path / "folder.txt").mkdir()
    assert "directory" in _reason(tmp_path / "folder.txt")


def test_permission_denied():
    """An unreadable file is reported, not raised as PermissionError.

    Root reads any file whatever its mode, so under root the read runs in a forked
    child that has dropped to the `nobody` user: the kernel refuses it for real.
    """
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o755)  # `nobody` may enter the folder but not read the file
        path = Path(folder) / "secret.txt"
        path.write_text(LETTER, encoding="utf-8")
        path.chmod(0o000)
        reason = _read_as_unprivileged(path) if os.geteuid() == 0 else _reason_text(path)
    assert reason.startswith("permission denied")


def _reason_text(path: Path) -> str:
    try:
        read_text(path)
    except LetterParseError as exc:
        return exc.reason
    return "read"


def _read_as_unprivileged(path: Path, uid: int = 65534) -> str:
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            os.close(reader)
            os.setgroups([])
            os.setgid(uid)
            os.setuid(uid)
            os.write(writer, _reason_text(path).encode("utf-8"))
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        result = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return result
