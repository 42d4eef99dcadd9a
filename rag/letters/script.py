"""Letters copied from traditional-character pages, read as the simplified ones are.

Every pattern the parser matches (关于…的答复, 会同, 委员, 号) is written in simplified
characters, so a letter from a traditional-character mirror lost its title, co-handlers
and proposers' titles. The parser reads such a letter on its simplified view (OpenCC's
`t2s`, which maps character for character) and every string it returns is put back in
the letter's own characters, so titles, names and quotes stay as printed:

    view = simplified("江西省林業局關於…的答覆")    # "江西省林业局关于…的答复"
    read_as_printed(text, parse)                   # parse(view), strings as printed

A simplified letter's view is nearly always the letter itself; where t2s changes one (乾县
read as 干县), only the parse sees it, and strings come back as printed. The index reads a
letter, and a question, in simplified characters only when `is_traditional` says it is one.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable
from typing import Any

from rag.letters.genre import narrow_alphanumerics
from rag.models import Letter, letter_id_of


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


@functools.cache
def _to_traditional() -> Any:
    import opencc

    return opencc.OpenCC("s2t")


@functools.cache
def _only_in(ch: str) -> int:
    """1 for a character t2s changes (縣; also 乾, which it reads as 干), -1 for one s2t
    changes (县, 会), 0 for one both scripts write alike (的, 年)."""
    if str(_converter().convert(ch)) != ch:
        return 1
    return -1 if str(_to_traditional().convert(ch)) != ch else 0


def is_traditional(text: str) -> bool:
    """Whether `text` is written in traditional characters: more of its characters are
    traditional-only than simplified-only. (A simplified text naming 乾县 is not: its one
    乾, which t2s would turn into 干, is outweighed by its 县.)"""
    return sum(_only_in(ch) for ch in text if "\u4e00" <= ch <= "\u9fff") > 0


def simplified(text: str) -> str:
    """`text` in simplified characters, character for character; `text` itself when the
    conversion would change its length (then offsets could not be carried back)."""
    view = str(_converter().convert(text))
    return view if len(view) == len(text) else text


class _Printing:
    """Strings read off `view` put back in `original`'s characters.

    `view` is `simplified(original)`, position for position. A string is looked up in the
    view, spaces and full-width digits aside (the parser joins wrapped lines and narrows
    digits). A field (a title, a name) that occurs more than once takes the printing with
    the most traditional characters, since a page often sets its own metadata in
    simplified around a letter in traditional; the body's lines are looked up in order,
    each after the one before, so a letter of many lines costs one pass. A string found
    nowhere (a label the parser normalised) takes each character's most common printing.
    """

    _OCCURRENCES = 64  # a field is weighed at this many places at most

    def __init__(self, original: str, view: str) -> None:
        seen: dict[str, Counter[str]] = {}
        for printed, read in zip(original, view, strict=True):
            seen.setdefault(read, Counter())[printed] += 1
        self._table = {ord(read): counts.most_common(1)[0][0] for read, counts in seen.items()}
        narrow = narrow_alphanumerics(view)
        self._kept = [i for i, ch in enumerate(narrow) if not _skipped(ch)]
        self._flat = "".join(narrow[i] for i in self._kept)
        self._original, self._view = original, view

    def field(self, text: str) -> str:
        key = _key(text)
        best, most = -1, 0
        at = self._flat.find(key) if key else -1
        for _ in range(self._OCCURRENCES):
            if at < 0:
                break
            where = self._kept[at : at + len(key)]
            differ = sum(self._original[i] != self._view[i] for i in where)
            if best < 0 or differ > most:
                best, most = at, differ
            at = self._flat.find(key, at + 1)
        return self._at(text, best)

    def lines(self, body: str) -> str:
        """The body line by line: its title as a field, then each line after the last."""
        title, *rest = body.split("\n")
        printed, cursor = [self.field(title)], 0
        for line in rest:
            key = _key(line)
            at = self._flat.find(key, cursor) if key else -1
            printed.append(self._at(line, at) if at >= 0 else self.field(line))
            cursor = at + len(key) if at >= 0 else cursor
        return "\n".join(printed)

    def _at(self, text: str, at: int) -> str:
        if at < 0:
            return text.translate(self._table)
        where = iter(self._kept[at : at + len(text)])  # no more than the text holds
        return "".join(
            ch if _skipped(ch) else _either(self._original, self._view, next(where), ch)
            for ch in text
        )


def _key(text: str) -> str:
    return "".join(ch for ch in narrow_alphanumerics(text) if not _skipped(ch))


def _skipped(ch: str) -> bool:
    return ch.isspace() or ch in "\u200b\ufeff"


def _either(original: str, view: str, i: int, ch: str) -> str:
    """The letter's character at `i` where conversion changed it, else `ch` as parsed."""
    return original[i] if original[i] != view[i] else ch


def read_as_printed(text: str, parse: Callable[[str], Letter]) -> Letter:
    """`parse(text)`; for a traditional letter, `parse` of its simplified view with every
    string put back in the letter's characters (and the id hashing the printed body)."""
    view = simplified(text)
    if view == text:
        return parse(text)
    read = parse(view)
    printing = _Printing(text, view)
    printed = printing.field
    changed: dict[str, Any] = {
        f.name: printed(value)
        for f in dataclasses.fields(read)
        if f.name not in ("letter_id", "source", "path", "body", "kind")
        and isinstance(value := getattr(read, f.name), str)
    }
    changed["proposers"] = tuple(map(printed, read.proposers))
    changed["co_handlers"] = tuple(map(printed, read.co_handlers))
    # Line by line: the body's lines come from different places on the page.
    body = changed["body"] = printing.lines(read.body)
    changed["sections"] = tuple(
        dataclasses.replace(s, path=tuple(map(printed, s.path)), text=body[s.start : s.end])
        for s in read.sections
    )
    changed["letter_id"] = letter_id_of(body)
    return dataclasses.replace(read, **changed)


def simplified_letter(letter: Letter) -> Letter | None:
    """A traditional letter's simplified view, to read as a simplified one is (its body,
    sections, title and issuer, character for character, at the same offsets); None for a
    simplified letter, or one whose view would not keep its offsets."""
    if not is_traditional(letter.body) or len(view := simplified(letter.body)) != len(letter.body):
        return None
    return dataclasses.replace(
        letter,
        body=view,
        sections=tuple(
            dataclasses.replace(s, path=tuple(map(simplified, s.path)), text=view[s.start : s.end])
            for s in letter.sections
        ),
        title=simplified(letter.title) if letter.title else None,
        issuer=simplified(letter.issuer) if letter.issuer else None,
    )
