"""Dates as reply letters write them, turned into ISO `YYYY-MM-DD`.

    2024年5月23日 · 2024 年 5 月 23 日 · 二〇二四年五月二十三日 · 二OO五年八月三日
    2024-05-23 · 2024/5/23 · 2024.5.23 · 20211026

An impossible date (2023年2月30日) is no date: `None`, never a guess.
"""

from __future__ import annotations

import datetime as dt
import re

# Letters write the zero of a year as 〇, ○, the letters O/o, a Cyrillic О or 零.
_CN_DIGITS = {"〇": 0, "○": 0, "O": 0, "o": 0, "О": 0, "零": 0, "一": 1, "二": 2, "三": 3}
_CN_DIGITS |= {"四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_DIGIT = "[〇○OoО零一二三四五六七八九]"
_CN_SMALL = "[一二三四五六七八九十]{1,3}"  # 1–31 as 一 … 三十一

_DATE_ARABIC = r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
_DATE_CHINESE = (
    rf"(?P<cy>{_CN_DIGIT}{{4}})\s*年\s*(?P<cm>{_CN_SMALL})\s*月\s*(?P<cd>{_CN_SMALL})\s*日"
)
_DATE_SEPARATED = r"(?P<sy>(?:19|20)\d{2})(?P<sep>[-/.])(?P<sm>\d{1,2})(?P=sep)(?P<sd>\d{1,2})"
# Eight digits only count when nothing numeric touches them (not part of a phone number).
_DATE_COMPACT = (
    r"(?<![\d-])(?P<ky>(?:19|20)\d{2})(?P<km>0[1-9]|1[0-2])(?P<kd>0[1-9]|[12]\d|3[01])(?![\d-])"
)

DATE = re.compile("|".join((_DATE_ARABIC, _DATE_CHINESE, _DATE_SEPARATED, _DATE_COMPACT)))


def _cn_small(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def match_to_iso(match: re.Match[str]) -> str | None:
    """The ISO date of a `DATE` match, or None when the date does not exist."""
    g = match.groupdict()
    try:
        if g["y"]:
            return _iso(int(g["y"]), int(g["m"]), int(g["d"]))
        if g["cy"]:
            year = int("".join(str(_CN_DIGITS[c]) for c in g["cy"]))
            return _iso(year, _cn_small(g["cm"]), _cn_small(g["cd"]))
        if g["sy"]:
            return _iso(int(g["sy"]), int(g["sm"]), int(g["sd"]))
        return _iso(int(g["ky"]), int(g["km"]), int(g["kd"]))
    except (KeyError, ValueError):  # 十十 and other malformed Chinese numbers
        return None


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
