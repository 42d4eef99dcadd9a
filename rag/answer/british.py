"""British spellings read as the dictionary writes them (CC-CEDICT spells American):
"fertiliser" → "fertilizer", "centre" → "center", "programme" → "program", "labour" →
"labor", "analyse" → "analyze", "licence" → "license", "metres" → "meters" — only where the
American form is a headword ("enterprise" and "hour" stay as they are; "dialogue" and
"timbre" are no "dialog" box nor "timber")."""

from __future__ import annotations

import re
from collections.abc import Callable

_RULES = (
    (re.compile(r"is(ation|ations|e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w{3})our(s|ed|ing|hood|hoods|ite|ites|able)?$"), r"or\1"),  # not hour
    (re.compile(r"tre$"), "ter"),
    (re.compile(r"mme(s)?$"), r"m\1"),
    (re.compile(r"(?<=[cf])ence$"), "ense"),
)


def american(word: str, known: Callable[[str], bool]) -> str:
    """The word as American English spells it, when `known` (the dictionary) holds that."""
    plural = word.endswith("s") and not word.endswith("ss")
    for stem in (word, word[:-1]) if plural else (word,):  # ("metres": "meter" + s)
        for pattern, spelled in _RULES:
            other = pattern.sub(spelled, stem)
            if other != stem and known(other):
                return other + word[len(stem) :]
    return word
