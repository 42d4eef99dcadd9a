"""The times a reply letter states: by when a promise is to be done (`DUE`: "2025年底前",
"十四五期间", "明年汛期前", "三年内"), and when the letter itself was written, against which
a time is past or to come.

    DUE.search("力争2025年底前完成改造").group(0)  # → "2025年底前"
    written(letter)                               # → (2024, "2024-09-10")
"""

from __future__ import annotations

import re

from rag.letters.genre import DOC_NUMBER
from rag.models import Letter

# A time something is to be done by, as the letter writes it.
DUE = re.compile(
    r"20\d{2}年?\s*(?:至|到|—|–|-)\s*20\d{2}年(?:底|末)?(?:前|之前)?"
    # a season of this year or the next ("今冬明春", "明春")
    r"|[今明][春夏秋冬](?:[今明][春夏秋冬])?(?:前|之前)?"
    # a month the plan is set for, right after it ("计划7月招标", "拟于9月开工")
    r"|(?:(?<=计划)|(?<=预计)|(?<=拟)|(?<=[划计拟将]于))"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:份|底|中旬|上旬|下旬)?(?:前|之前|以前)?"
    # an event of the year ("今年秋季学期开学前", "明年汛期前", "明年旅游旺季到来前")
    r"|(?:(?:20\d{2}|今|明|本)年)?(?:[春夏秋冬]季(?:学期)?)?"
    r"(?:春节|元旦|国庆节?|中秋节?|端午节?|汛期|汛|雨季|开学|入冬|冬季|夏季|秋季|春季)(?:前|之前)"
    # (of this year, only an event's coming or end: "今年旅游旺季前，我镇新增…" may be done)
    r"|(?:20\d{2}|明)年[\u4e00-\u9fff]{1,6}?[节季期假](?:到来|来临|开始|结束)?(?:前|之前)"
    r"|(?:今|本)年[\u4e00-\u9fff]{1,6}?[节季期假](?:到来|来临|开始|结束)(?:前|之前)"
    # a season's or a term's end, after it ("汛期结束后"), or the term itself ("本学期内")
    r"|(?:(?:20\d{2}|今|明|本)年)?[^\W\d_将于在并拟和]{0,4}?[季期]结束后"
    r"|(?:20\d{2}|今|明|本)年[^\W\d_将于在并拟和]{1,4}?结束后"  # ("今年冬灌结束后")
    # an office's term ("本届任期内"), or a work a clause opens on coming ("在…公路通车前，")
    r"|本届[^\W\d_]{0,4}?任期(?:内|结束前)"
    r"|(?<=(?<![\u4e00-\u9fff])在)[^，,。；;]{2,30}?(?:通车|建成|完工|竣工|开通|投用|投入使用|开工)"
    r"(?:前|之前)(?=[，,])"
    r"|本学[期年](?:内|末|结束前)?"
    # another event of a year to come ("明年供暖前", "（二）2026年春耕前", "将于2026年春耕前"),
    # not the year's end nor a past one ("2016年撤乡并镇前，该村…")
    r"|(?:明|(?:(?<=[于在将）)、.．])|(?<=力争|确保|计划))20\d{2})年[\u4e00-\u9fff]{2,4}?(?<![以之])(?:前|之前)"
    # a quarter of this year, unnamed ("将于第三季度开工")
    r"|(?<![年\d])第?[一二三四]季度(?:末|底)?(?:前|之前|内)?"
    r"|(?:20\d{2}|今|明|本|当)年(?:年?底|末|内|上半年|下半年|第[一二三四]季度"
    r"|\d{1,2}(?:\s*[—–-]\s*\d{1,2})?月(?:底|份|\d{1,2}日)?)?"
    r"(?:前|之前|以前|内|起)?"
    r"|年底前?|(?<![近几些\d一二两三四五六七八九十])(?<!过去)年内前?"
    r"|(?<![年今明本当])[上下]半年"
    r"|(?<![年\d])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日|底|中旬|上旬|下旬)?(?:前|之前|以前)"
    # a plan period, not a plan's name ("十四五规划", "“十四五”时期…发展规划")
    r"|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期|末|期)?(?![^，,。；;]{0,14}规划)"
    # a span counted forward ("三年内"), not back from now ("近三年内", "过去两年内")
    r"|(?<![近\d一二两三四五六七八九十])(?<!过去)[一二两三四五六七八九十\d]+年内"
)

Written = tuple[int | None, str | None]  # the year and the date a letter was written


def written(letter: Letter) -> Written:
    """The year and date the letter was written: signed, else the year of its document
    number (弥民函〔2017〕14号, on a page published in 2018), else the page's date."""
    numbered = DOC_NUMBER.search(letter.doc_number or "")
    if letter.date_signed or not numbered:
        return letter.year, letter.date_signed or letter.date_written or letter.date_published
    year = int(re.sub(r"\D", "", numbered.group(0))[:4])
    published = letter.date_published
    return year, published if published and published.startswith(str(year)) else None


# A year a sentence dates itself by (not a deadline: 2025年底前, 2025年以后).
YEAR_DATED = re.compile(r"(20\d{2})年(?![底内前至到—–-]|[以之][前后])")
# A quarter or half of a year ("今年一季度", "2024年上半年"), not a deadline ("三季度末前").
_QUARTER = re.compile(
    r"(20\d{2}|今)年(?:第?([一二三四])季度|(上半)年)(?![^，,。；;]{0,2}?[前内末底])"
)
# A date (2023年6月, 今年6月, 6月20日), not a deadline (6月底前) nor one of a year to come
# (明年6月, the end of 明年3—6月).
_DATE = re.compile(
    r"(?:(20\d{2}|今)年)?(?<![明后]年)(?<![\d—–-])(\d{1,2})月(?:(\d{1,2})日)?(?![^，,。；;]{0,2}?[前内])"
)


def dated_before(words: str, year: int | None, date: str | None) -> bool:
    """Whether the sentence dates itself before the letter ("2021年，我部认定…", "今年6月，
    市发改委印发…" in a letter of September); a deadline ("6月底前") is no date."""
    if year is not None and any(int(y) < year for y in YEAR_DATED.findall(words)):
        return True
    if not date:
        return False
    signed = tuple(int(part) for part in date.split("-"))
    for match in _QUARTER.finditer(words):  # a quarter or half over by the letter's month
        when_year = year if match.group(1) == "今" else int(match.group(1))
        ends = 6 if match.group(3) else 3 * ("一二三四".index(match.group(2)) + 1)
        if (when_year or 0, ends) < signed[:2]:
            return True
    for match in _DATE.finditer(words):
        when_year = year if match.group(1) in (None, "今") else int(match.group(1))
        when = (when_year or 0, int(match.group(2)), int(match.group(3) or 0))
        if when[:2] < signed[:2] or (match.group(3) and when < signed):
            return True
    return False
