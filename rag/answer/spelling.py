"""The Chinese words of a text that an English question spells in pinyin with capitals:
"Juxian" finds 聚贤 in "修建聚贤镇村道", "Xisan" 西三 in "西三镇" — names no dictionary
lists, read off the letters themselves.

    spelled_in("When will the Xisan project start?", "西三镇饮水工程…")  # → ["西三"]

A character is read as it most often is; its other readings count only for a name a
place's unit follows ("Changle" is 长乐 of 长乐镇, but "Huanjiang" is not the 还将 of
"还将加大投入"). Readings are looked up once per character, so a few pages take a few
milliseconds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rag.answer.bilingual import capitalised_runs
from rag.letters.genre import PLACE_UNITS

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_LONGEST = 4  # characters of a name spelled
_UNIT_AFTER = (*PLACE_UNITS, "村", "路", "街", "河", "湖", "山", "桥")


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
            # (spelling so far, whether a character's rarer reading was used)
            spellings = {("", False)}
            for n in range(1, min(_LONGEST, len(chars) - i) + 1):
                first, *others = _readings(chars[i + n - 1])
                spellings = {
                    (s + r, rare or r != first)
                    for s, rare in spellings
                    for r in (first, *others)
                    if s + r in prefixes
                }
                if not spellings:
                    break
                word = chars[i : i + n]
                named = chars[i + n :].startswith(_UNIT_AFTER)
                if n > 1 and word not in found:
                    if any(s in runs and (not rare or named) for s, rare in spellings):
                        found.append(word)
    return found


@lru_cache(maxsize=1 << 16)
def _readings(char: str) -> tuple[str, ...]:
    """The character's toneless readings, the most common first; ü as u."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, v_to_u=True)[0]
    return tuple(dict.fromkeys(r.replace("ü", "u") for r in readings))
