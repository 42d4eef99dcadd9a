"""The sign-off at the end of a letter: the issuer's name and the signing date.

    ORG_LINE.match("重庆市科学技术局")            # a signature (or letterhead) line
    DATE_LINE.match("重庆市某某局 2024年5月23日")  # a date line, perhaps after the name
    signature_issuer(lines), signature_date(lines)

A name line may list the units that signed jointly (`市自然资源和规划局 市市场监督管理局`);
it is kept as printed. A date line whose 年 月 日 the page lost (`2023927`) is read as
the one real date it can be (`rag.letters.dates.lost_glyph_iso`).
"""

from __future__ import annotations

import re

from rag.letters.dates import DATE, LOST_GLYPH_DATE, lost_glyph_iso, match_to_iso
from rag.letters.genre import ORG_NAME

# A line that is only an organisation's name, or several signing together.
ORG_LINE = re.compile(rf"^{ORG_NAME}(?:\s+{ORG_NAME})*$")
# A signature's date line, perhaps after the issuer's name: `重庆市科学技术局 2024年5月23日`.
DATE_LINE = re.compile(
    rf"^(?P<org>[^\d。，,；;:：]{{0,40}}?)\s*[(（]?(?:{DATE.pattern}|{LOST_GLYPH_DATE.pattern})[)）]?$"
)


def signature_issuer(signature: list[str]) -> str | None:
    """The name the letter signs with: a name line, or the name before the date."""
    for text in signature:
        if ORG_LINE.match(text):
            return text
        match = DATE_LINE.match(text)
        if match and match.group("org").strip():
            return match.group("org").strip()
    return None


def signature_date(signature: list[str]) -> str | None:
    """The ISO date of the last date line of the signature."""
    for text in reversed(signature):
        if not DATE_LINE.match(text):
            continue
        match = DATE.search(text)
        if match:
            return match_to_iso(match)
        lost = LOST_GLYPH_DATE.search(text)
        if lost:
            return lost_glyph_iso(lost)
    return None
