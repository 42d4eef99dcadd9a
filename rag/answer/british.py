"""British spellings read as the dictionary writes them (CC-CEDICT spells American):
"fertiliser" → "fertilizer", "centre" → "center", "programme" → "program", "labour" →
"labor", "analyse" → "analyze", "licence" → "license" — only where the American form is a
headword's sense ("enterprise" and "hour" stay as they are)."""

from __future__ import annotations

import re
from collections.abc import Callable

_RULES = (
    (re.compile(r"is(ation|ations|e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})our(s|ed|ing|hood|hoods|ite|ites|able)?$"), r"or\1"),  # not hour
    (re.compile(r"(?<=[^aeiou])(t|b)re(s)?$"), r"\1er\2"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"(?<=[cf])ence(s)?$"), r"ense\1"),
)


def american(word: str, known: Callable[[str], bool]) -> str:
    """The word as American English spells it, when `known` (the dictionary) holds that."""
    for pattern, spelled in _RULES:
        other = pattern.sub(spelled, word)
        if other != word and known(other):
            return other
    return word
