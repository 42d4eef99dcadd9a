"""Dates as reply letters write them, turned into ISO `YYYY-MM-DD`.

    2024年5月23日 · 2024 年 5 月 23 日 · 二〇二四年五月二十三日 · 二OO五年八月三日
    2024-05-23 · 2024/5/23 · 2024.5.23 · 2024．5．23 · 2024 - 05 - 23 · 20211026

An impossible date (2023年2月30日) is no date: `None`, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re

from rag.letters.genre import CN_NUMERAL, CN_ZEROS, cn_digit, cn_number

_CN_DIGIT = f"[{CN_ZEROS}一二三四五六七八九]"  # a digit of a year: 二〇二四, 二OO五
_CN_SMALL = f"{CN_NUMERAL}{{1,3}}"  # 1–31 as 一 … 三十一
# The century of a year in half-width or full-width digits (`\d` matches both already).
_CENTURY = "(?:19|20|１９|２０)"

_DATE_ARABIC = rf"(?P<y>{_CENTURY}\d{{2}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
_DATE_CHINESE = (
    rf"(?P<cy>{_CN_DIGIT}{{4}})\s*年\s*(?P<cm>{_CN_SMALL})\s*月\s*(?P<cd>{_CN_SMALL})\s*日"
)
# (a page may set its separators apart: `2021 - 06 - 30`)
_DATE_SEPARATED = (
    rf"(?P<sy>{_CENTURY}\d{{2}})[ \t]?(?P<sep>[-/.－／．])[ \t]?(?P<sm>\d{{1,2}})[ \t]?(?P=sep)"
    r"[ \t]?(?P<sd>\d{1,2})"
)
# Eight digits only count when nothing numeric touches them (not part of a phone number).
_DATE_COMPACT = (
    r"(?<![\d-])(?P<ky>(?:19|20)\d{2})(?P<km>0[1-9]|1[0-2])(?P<kd>0[1-9]|[12]\d|3[01])(?![\d-])"
)

DATE = re.compile("|".join((_DATE_ARABIC, _DATE_CHINESE, _DATE_SEPARATED, _DATE_COMPACT)))
# A month without its day (`2022年7月`, `二〇二二年七月`): a signing line, but no date.
YEAR_MONTH = rf"(?:{_CENTURY}\d{{2}}|{_CN_DIGIT}{{4}})\s*年\s*(?:\d{{1,2}}|{_CN_SMALL})\s*月"
# A signature date whose 年 月 日 a page lost (`2023927`, `2025 915`): only read where a
# signing date stands, and only when one split of month and day gives a real date.
LOST_GLYPH_DATE = re.compile(r"(?<!\d)(?P<ly>(?:19|20)\d{2})\s*(?P<lmd>\d{3,4})(?!\d)")


def _cn_year(text: str) -> int | None:
    """二〇二四 → 2024, digit by digit."""
    year = 0
    for char in text:
        digit = cn_digit(char)
        if digit is None:
            return None
        year = year * 10 + digit
    return year


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None:  # 十十 and other malformed numbers
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def match_to_iso(match: re.Match[str]) -> str | None:
    """The ISO date of a `DATE` match, or None when the date does not exist."""
    g = match.groupdict()
    if g["y"]:
        return _iso(int(g["y"]), int(g["m"]), int(g["d"]))
    if g["cy"]:
        return _iso(_cn_year(g["cy"]), cn_number(g["cm"]), cn_number(g["cd"]))
    if g["sy"]:
        return _iso(int(g["sy"]), int(g["sm"]), int(g["sd"]))
    return _iso(int(g["ky"]), int(g["km"]), int(g["kd"]))


def to_iso(text: str) -> str | None:
    """The ISO form of `text` when the whole of it (trimmed) is one date, else None."""
    match = DATE.fullmatch(text.strip())
    return match_to_iso(match) if match else None


def find_iso(text: str) -> str | None:
    """The first real date anywhere in `text`, as ISO."""
    for match in DATE.finditer(text):
        iso = match_to_iso(match)
        if iso:
            return iso
    return None


def lost_glyph_iso(match: re.Match[str]) -> str | None:
    """The ISO date of a `LOST_GLYPH_DATE` match: `2023927` → 2023-09-27 (92/7 is no
    date); None when two splits are dates (`2023111`: 1/11 or 11/1) or none is."""
    year, md = int(match.group("ly")), match.group("lmd")
    splits = {(md[:k], md[k:]) for k in (1, 2) if len(md) - k in (1, 2)}
    dates = {_iso(year, int(m), int(d)) for m, d in splits} - {None}
    return dates.pop() if len(dates) == 1 else None
