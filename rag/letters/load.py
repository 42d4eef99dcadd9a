"""Read a letter file into plain text: .txt .md .html/.htm .docx .pdf.

    text = read_text(Path("corpus/cq-kjj-0798.txt"))

Encodings are detected, not assumed: UTF-8 (with or without BOM), UTF-16 with a BOM,
GB18030 (a superset of GBK and GB2312), then whatever charset-normalizer finds.
Every failure is a `LetterParseError` whose reason is one line a user can act on.
Nothing here executes a document: HTML is only walked for its text.
"""

from __future__ import annotations

import errno
import io
import re
from collections.abc import Callable
from pathlib import Path

from rag.errors import LetterParseError
from rag.letters.genre import SENTENCE_ENDS

DEFAULT_MAX_BYTES = 20 * 2**20  # Settings.max_file_mb (RAG_MAX_FILE_MB) defaults to 20

_PDF_MAGIC = b"%PDF-"
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 .doc, old .xls
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# Decoded text with more than this share of control characters is binary data that
# happened to decode (charset-normalizer will call almost anything some code page).
_MAX_CONTROL_SHARE = 0.02
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


def read_text(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Return the text of the letter at `path`, or raise `LetterParseError` saying why not.

    The size is checked before anything is read, so a huge file never reaches memory.
    """
    path = Path(path)
    where = str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(_READERS))
        hint = "; save it as .docx" if path.suffix.lower() in (".doc", ".wps") else ""
        raise LetterParseError(
            where,
            f"unsupported extension {path.suffix or '(none)'!r} (expected one of {known}){hint}",
        )
    text = reader(_read_bytes(path, max_bytes), where)
    if not text.strip():
        raise LetterParseError(where, "no text found in the file")
    return text


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    where = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise LetterParseError(where, "is a directory, not a letter file")
        if size > max_bytes:
            raise LetterParseError(where, _too_large(size, max_bytes))
        with path.open("rb") as f:
            # One byte past the limit: the file may have grown since stat().
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise LetterParseError(where, os_error_reason(exc, path)) from None
    if len(data) > max_bytes:
        raise LetterParseError(where, _too_large(len(data), max_bytes))
    if not data.strip():
        raise LetterParseError(where, "empty file")
    return data


def os_error_reason(exc: OSError, path: Path) -> str:
    """One line saying why the file at `path` could not be opened."""
    if isinstance(exc, FileNotFoundError):
        return (
            "broken symbolic link: its target does not exist"
            if path.is_symlink()
            else "file not found"
        )
    if isinstance(exc, PermissionError):
        return "permission denied: the file (or a folder above it) is not readable"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a letter file"
    if exc.errno == errno.ELOOP:
        return "symbolic link loop: the link never reaches a file"
    return f"cannot read the file: {exc.strerror or exc}"


def _too_large(size: int, max_bytes: int) -> str:
    return (
        f"file is {_size(size)}, over the {_size(max_bytes)} limit "
        "(raise RAG_MAX_FILE_MB to read it)"
    )


def _size(n: int) -> str:
    return f"{n / 2**20:.3g} MB" if n >= 2**20 // 10 else f"{n} bytes"


def _sniff(data: bytes) -> str:
    """Say what the bytes really are, for wrong-extension messages."""
    head = data[:1024]
    if _PDF_MAGIC in head:
        return "a PDF"
    if data.startswith(_ZIP_MAGIC):
        return "a ZIP archive (a .docx?)"
    if data.startswith(_OLE_MAGIC):
        return "an old Word 97-2003 .doc (save it as .docx)"
    if b"\x00" in head and not data.startswith(_UTF16_BOMS):
        return "binary data"
    if re.search(rb"<\s*(html|body|div|p|!doctype)\b", head, re.IGNORECASE):
        return "HTML"
    return "plain text"


# --- text formats ---------------------------------------------------------------------


def _decode(data: bytes, where: str) -> str:
    """Decode text bytes: UTF-8 (± BOM), UTF-16 with BOM, GB18030, else charset-normalizer."""
    kind = _sniff(data)
    if kind not in ("plain text", "HTML", "binary data"):
        raise LetterParseError(where, f"wrong extension: the file is {kind}, not text")
    if data.startswith(_UTF16_BOMS):
        text = _try(data, "utf-16")
    elif b"\x00" in data:
        raise LetterParseError(where, "binary file (contains NUL bytes), not text")
    else:
        # Strict UTF-8 first: it almost never accepts bytes that are not UTF-8, while
        # GB18030 accepts many UTF-8 byte pairs, so the order matters.
        text = _try(data, "utf-8-sig") or _try(data, "gb18030") or _guess(data)
    if text is None or _looks_binary(text):
        raise LetterParseError(where, "binary or undecodable file: not UTF-8, GB18030 or GBK text")
    return text


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    return None if best is None else str(best)


def _looks_binary(text: str) -> bool:
    return len(_CONTROL_CHAR.findall(text)) > _MAX_CONTROL_SHARE * len(text)


def _read_txt(data: bytes, where: str) -> str:
    return _decode(data, where)


# Markdown is stripped lightly: marks that are not letter text go, the words stay.
_MD_CODE_FENCE = re.compile(r"^\s*(```|~~~).*$", re.MULTILINE)
_MD_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)
_MD_QUOTE = re.compile(r"^\s{0,3}>\s?", re.MULTILINE)
_MD_BULLET = re.compile(r"^\s{0,3}[-*+]\s+", re.MULTILINE)
_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$", re.MULTILINE)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`)(?=\S)(.+?)(?<=\S)\1")  # `_x_` is left: 文件_v2
_MD_RULE = re.compile(r"^\s*([-*_])(\s*\1){2,}\s*$", re.MULTILINE)


def _read_md(data: bytes, where: str) -> str:
    text = _decode(data, where)
    text = _MD_COMMENT.sub("", text)
    text = _MD_CODE_FENCE.sub("", text)
    text = _MD_TABLE_RULE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(r"\1", text)
    text = _MD_QUOTE.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)


# Elements whose content is never letter text. <head> goes too: its <title> repeats
# the letter title plus the portal's name, and the body states the title itself.
_HTML_DROP = ("script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "form")
_HTML_BLOCKS = (
    "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3",
    "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "blockquote", "pre",
    "address", "center", "hr", "figure", "figcaption",
)  # fmt: skip
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
# A source line break between two CJK characters is dropped, not made a space, as
# browsers do (CSS Text 3 segment-break rules): Chinese is written without spaces.
_CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef"
_CJK_LINE_BREAK = re.compile(rf"(?<=[{_CJK}])[ \t]*[\r\n]+[ \t]*(?=[{_CJK}])")


def _read_html(data: bytes, where: str) -> str:
    from bs4 import BeautifulSoup
    from bs4.element import NavigableString

    soup = BeautifulSoup(_decode(data, where), "html.parser")
    for element in soup.find_all(_HTML_DROP):
        element.decompose()
    # HTML collapses source whitespace; only block boundaries become line breaks.
    for string in list(soup.find_all(string=True)):
        if string.find_parent("pre") is None and type(string) is NavigableString:
            collapsed = _CJK_LINE_BREAK.sub("", string)
            string.replace_with(_SPACES.sub(" ", collapsed))
    # Table rows become `| a | b |` lines, the same shape as portal tables pasted as
    # text, so the parser reads metadata tables one way. Innermost rows first.
    for row in reversed(soup.find_all("tr")):
        cells = [c.get_text(" ", strip=True) for c in row.find_all(["td", "th"], recursive=False)]
        row.replace_with(NavigableString("\n| " + " | ".join(cells) + " |\n"))
    for br in soup.find_all("br"):
        br.replace_with(NavigableString("\n"))
    for block in soup.find_all(_HTML_BLOCKS):
        block.insert_before(NavigableString("\n"))
        block.insert_after(NavigableString("\n"))
    lines = (line.strip() for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


# --- binary formats -------------------------------------------------------------------


def _read_docx(data: bytes, where: str) -> str:
    if not data.startswith(_ZIP_MAGIC):
        raise LetterParseError(
            where, f"not a .docx (a .docx is a ZIP archive): the file is {_sniff(data)}"
        )
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        return "\n".join(_docx_blocks(document))
    # zipfile, zlib, lxml and python-docx each raise their own types on a damaged file.
    except Exception as exc:
        raise LetterParseError(where, f"corrupt .docx: {_one_line(exc)}") from None


def _docx_blocks(document: object) -> list[str]:
    """Paragraphs and table rows in document order (python-docx lists them apart)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks = []
    for item in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(item, Paragraph):
            blocks.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells = [cell.text.strip() for cell in row.cells]
                blocks.append("| " + " | ".join(cells) + " |")
    return blocks


def _read_pdf(data: bytes, where: str) -> str:
    if _PDF_MAGIC not in data[:1024]:
        raise LetterParseError(where, f"not a PDF: the file is {_sniff(data)}")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LetterParseError(where, "encrypted PDF: remove the password first")
        pages = [page.extract_text() or "" for page in reader.pages]
    except LetterParseError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LetterParseError(where, f"corrupt PDF: {_one_line(exc)}") from None
    text = _unwrap_pdf_lines("\n".join(pages))
    if not text.strip():
        raise LetterParseError(where, "PDF has no text layer (a scan?): OCR it first")
    return text


# A line that ends a sentence, or a lead-in before a list, was not wrapped.
_PARAGRAPH_ENDS = tuple(SENTENCE_ENDS + "：:")


def _unwrap_pdf_lines(text: str) -> str:
    """Rejoin paragraphs the PDF wrapped at the page width.

    A line as long as the longest lines that does not end a sentence was wrapped, so the
    next line continues it. Short lines (titles, signature, date) are left alone.
    """
    lines = [line.strip() for line in text.splitlines()]
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    joining = False
    for line in lines:
        if joining and line:
            out[-1] += line
        else:
            out.append(line)
        joining = bool(line) and len(line) >= 0.85 * width and not line.endswith(_PARAGRAPH_ENDS)
    return "\n".join(out)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


_READERS: dict[str, Callable[[bytes, str], str]] = {
    ".txt": _read_txt,
    ".md": _read_md,
    ".html": _read_html,
    ".htm": _read_html,
    ".docx": _read_docx,
    ".pdf": _read_pdf,
}
