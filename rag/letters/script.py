"""Letters copied from traditional-character pages, read as the simplified ones are.

Every pattern the parser matches (关于…的答复, 会同, 委员, 号) is written in simplified
characters, so a letter from a traditional-character mirror lost its title, co-handlers
and proposers' titles. The parser reads such a letter on its simplified view (OpenCC's
`t2s`, which maps character for character) and every string it returns is put back in
the letter's own characters, so titles, names and quotes stay as printed:

    view = simplified("江西省林業局關於…的答覆")    # "江西省林业局关于…的答复"
    printed_in("江西省林業局關於…的答覆", view)("江西省林业局")   # "江西省林業局"

A simplified letter's view is the letter itself (t2s changes none of the 49 shared real
letters nor any made-up one), so nothing else changes.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
from collections import Counter
from collections.abc import Callable
from typing import Any

from rag.letters.genre import narrow_alphanumerics
from rag.models import Letter


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """`text` in simplified characters, character for character; `text` itself when the
    conversion would change its length (then offsets could not be carried back)."""
    view = str(_converter().convert(text))
    return view if len(view) == len(text) else text


def printed_in(original: str, view: str) -> Callable[[str], str]:
    """A function putting a string read off `view` back in `original`'s characters.

    `view` is `simplified(original)`, position for position. A string is looked up in the
    view, spaces and full-width digits aside (the parser joins wrapped lines and narrows
    digits); where it occurs more than once, the printing with the most traditional
    characters is taken, since a page often sets its own metadata in simplified around a
    letter in traditional. A string found nowhere (a label the parser normalised) takes
    each character's most common printing in the letter.
    """
    seen: dict[str, Counter[str]] = {}
    for printed, read in zip(original, view, strict=True):
        seen.setdefault(read, Counter())[printed] += 1
    table = {ord(read): counts.most_common(1)[0][0] for read, counts in seen.items()}
    narrow = narrow_alphanumerics(view)
    kept = [i for i, ch in enumerate(narrow) if not _skipped(ch)]
    flat = "".join(narrow[i] for i in kept)

    def put_back(text: str) -> str:
        key = "".join(ch for ch in narrow_alphanumerics(text) if not _skipped(ch))
        best, most = -1, 0
        at = flat.find(key) if key else -1
        while at >= 0:
            where = kept[at : at + len(key)]
            differ = sum(original[i] != view[i] for i in where)
            if best < 0 or differ > most:
                best, most = at, differ
            at = flat.find(key, at + 1)
        if best < 0:
            return text.translate(table)
        printed = iter(kept[best : best + len(key)])
        return "".join(
            ch if _skipped(ch) else _either(original, view, next(printed), ch) for ch in text
        )

    return put_back


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
    printed = printed_in(text, view)
    changed: dict[str, Any] = {
        f.name: printed(value)
        for f in dataclasses.fields(read)
        if f.name not in ("letter_id", "source", "path", "body", "kind")
        and isinstance(value := getattr(read, f.name), str)
    }
    changed["proposers"] = tuple(map(printed, read.proposers))
    changed["co_handlers"] = tuple(map(printed, read.co_handlers))
    # Line by line: the body's lines come from different places on the page.
    body = changed["body"] = "\n".join(map(printed, read.body.split("\n")))
    changed["sections"] = tuple(
        dataclasses.replace(s, path=tuple(map(printed, s.path)), text=body[s.start : s.end])
        for s in read.sections
    )
    changed["letter_id"] = hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    return dataclasses.replace(read, **changed)
