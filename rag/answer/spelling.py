"""The Chinese words of a text that an English question spells in pinyin with capitals:
"Juxian" finds 聚贤 in "修建聚贤镇村道", "Xisan" 西三 in "西三镇" — names no dictionary
lists, read off the letters themselves.

    spelled_in("When will the Xisan project start?", "西三镇饮水工程…")  # → ["西三"]

A character is read as it most often is (its first reading: every reading would let
"Huanjiang" find 还将), looked up once, so a few pages are read in a few milliseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rag.answer.bilingual import capitalised_runs

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST = 4  # characters of a name spelled


def spelled_in(question: str, text: str) -> list[str]:
    """The words of `text` (two to four Chinese characters) the question spells."""
    runs = set(capitalised_runs(question))
    if not runs:
        return []
    prefixes = {run[:k] for run in runs for k in range(1, len(run) + 1)}
    found: list[str] = []
    for span in _HAN.finditer(text):
        chars = span.group()
        for i in range(len(chars)):
            spellings = {""}
            for n in range(1, min(_LONGEST, len(chars) - i) + 1):
                spellings = {
                    s + r
                    for s in spellings
                    for r in _readings(chars[i + n - 1])
                    if s + r in prefixes
                }
                if not spellings:
                    break
                if n > 1 and spellings & runs and chars[i : i + n] not in found:
                    found.append(chars[i : i + n])
    return found


@lru_cache(maxsize=1 << 16)
def _readings(char: str) -> tuple[str, ...]:
    """The character's toneless reading, ü as u."""
    from pypinyin import Style, pinyin

    return (pinyin(char, style=Style.NORMAL, v_to_u=True)[0][0].replace("ü", "u"),)
