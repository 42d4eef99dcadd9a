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
import unicodedata
from functools import cache, lru_cache
from itertools import accumulate

from rag.answer.bilingual import chinese_candidates, dictionary, is_whole
from rag.answer.pinyin_names import capitalised_runs, names_spelled, pinyin, runs_ending
from rag.answer.words import tagged
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


@cache
def _syllables() -> frozenset[str]:
    """Every toneless pinyin syllable: pypinyin's readings of all characters."""
    return frozenset(_by_reading())


def reads_as_pinyin(word: str) -> bool:
    """Whether a word is pinyin syllables and no English word: "Anju", not "Human"."""
    word, syllables = word.lower(), _syllables()
    ends = [True] + [False] * len(word)  # ends[i]: word[:i] is syllables
    for i in range(1, len(word) + 1):
        ends[i] = any(ends[j] and word[j:i] in syllables for j in range(max(0, i - 6), i))
    return ends[-1] and not is_whole(word)


# A capitalised name right before the office an English question asks about, a few words
# apart: "the Anju transport bureau", "Anju's Transport Bureau".
_BEFORE_OFFICE = re.compile(
    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)??)(?:['’]s)? (?:[A-Za-z]+ ){0,3}"
    r"(?i:bureau|commission|department|office|administration|committee|government)\b"
)


def names_before_office(question: str) -> list[str]:
    """The names an English question gives a bureau it asks about that read as pinyin
    ("the Anju transport bureau" → "anju"): places, whether a letter is known to be from
    them or not."""
    runs = (m.group(1).replace(" ", "").lower() for m in _BEFORE_OFFICE.finditer(question))
    return [run for run in runs if reads_as_pinyin(run)]


def unknown_place_named(question: str, known: set[str], named: str) -> bool:
    """Whether an English question names, right before the bureau it asks about, a place
    in pinyin that is none of the `known` spellings (the places letters are from) and no
    place CC-CEDICT lists that the letters' issuers and titles (`named`) do not hold: "the
    Anju transport bureau" (安居 is no listed place) and "the Kangxian … bureau" (康县 is
    named by 康县商务局) are of letters whose place was not read; "the Shenzhen transport
    bureau" is of somewhere no letter is from."""
    for name in names_before_office(question):
        listed = names_spelled(name.title())
        if name not in known and not (listed and not any(p in named for p in listed)):
            return True
    return False


# What an English question calls a place below a county, and a county or above.
_TOWN_KIND = r"town|township|subdistrict|village|road|street|lake|scenic (?:area|spot)"
_COUNTY_KIND = r"county|district|city|banner|prefecture"
_KIND_AFTER = re.compile(rf"\s+(?:({_TOWN_KIND})|{_COUNTY_KIND})\b", re.IGNORECASE)


def unheld_spelled(question: str, text: str) -> list[str]:
    """The places an English question spells in pinyin that `text` (a letter, in simplified
    characters) names nowhere: "Jiahe township", "Lianxia town", "Pidu" of a letter with no
    characters that read so — its figures are of other places.  A place is a run of
    capitalised words whose spelling is all pinyin before a kind of place ("Junzhou
    Road"), or one CC-CEDICT lists as a place; a character may be read any way it can be
    (长湖 is "Changhu", 泼陂河 "Popihe"), and a long name the letter gives a place may be
    spelled a letter off (抓喜秀龙镇 as "Zhaxixiulong").  A county or city the letter never
    names counts only when the question names no place it does name (a township's letter
    may never name its county); a town always does (a county's figures are not a town's)."""
    d = dictionary()
    towns, counties, held = [], [], False
    for run, words, end in runs_ending(question):
        kind = _KIND_AFTER.match(question, end)
        listed = any(h in d.places for h in d.spelled.get(run, ()))
        if not (kind or listed) or not all(reads_as_pinyin(w) for w in words):
            continue
        if _read_in(run, text) or _spelled_nearly(run, text):
            held = True
        elif kind and kind.group(1):
            towns.append(run)
        else:
            counties.append(run)
    return towns + ([] if held else counties)


def _read_in(run: str, text: str) -> bool:
    """Whether characters of the text side by side read as the run, each any way it can."""

    def reads(rest: str, at: int) -> bool:
        if not rest:
            return True
        readings = _readings(text[at]) if at < len(text) and _HAN.match(text[at]) else ()
        return any(rest.startswith(r) and reads(rest[len(r) :], at + 1) for r in readings)

    return any(reads(run, at) for at in range(len(text)))


# Where a place's unit stands in a letter, its name (two to five characters) before it
# ("在抓喜秀龙镇": 抓喜秀龙, not 在抓喜秀龙).
_UNIT_AHEAD = re.compile("(?=" + "|".join((*PLACE_UNITS, "村")) + ")")
_NEARLY = 8  # letters a name's spelling runs to before one letter off still names it


def _spelled_nearly(run: str, text: str) -> bool:
    """Whether a long spelling is one letter off the reading of a place the text names."""
    if len(run) < _NEARLY:
        return False
    before = (
        text[max(0, m.start() - k) : m.start()]
        for m in _UNIT_AHEAD.finditer(text)
        for k in range(2, 6)
    )
    names = {pinyin(name) for name in before if _HAN.fullmatch(name)}
    return any(_one_off(run, name) for name in names if abs(len(name) - len(run)) <= 1)


def _one_off(a: str, b: str) -> bool:
    """Whether two spellings differ by one letter left out, added or changed."""
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


# The word after a run, when it is a kind of place below a county ("Yujia village",
# "Douye Pavilion"): a settlement, a road, water, land or a built site.
_NEXT_WORD = re.compile(
    r"\s+(village|town|township|subdistrict|road|street|lane|bridge|lake|river|reservoir|pond"
    r"|dam|island|mountain|hill|peak|valley|cave|pavilion|temple|tower|park|square|wharf)s?\b",
    re.IGNORECASE,
)
_FEWEST_SYLLABLES = 3  # a name spelled with no kind after it, found anywhere in the letters


def spelled_in_index(question: str, names_text: str, body: str) -> list[str]:
    """The words an English question spells in pinyin in the letters' issuers and titles
    (`names_text`, see `spelled_in`), and the places only their bodies name: a run before
    the kind of place it names, written before that kind's character ("Yujia village" →
    于家村, "Douye Pavilion" → 斗野亭; the character is the one most of the dictionary's
    words for the kind share: village → 村, pavilion → 亭), in place of what the titles
    spell the same way (the 于加 of "关于加快"); or a run of three
    syllables or more that the titles do not hold, wherever a body writes it ("Miaoergou" →
    庙儿沟).  Two syllables with no kind would find common words ("Yujia" is the 于家 of
    属于家庭)."""
    found = spelled_in(question, names_text)
    for run, words, end in runs_ending(question):
        if not all(reads_as_pinyin(w) for w in words):
            continue
        if re.match(rf"\s+(?:{_COUNTY_KIND})\b", question[end:], re.IGNORECASE):
            continue  # (a county or a city: the letters' issuers and titles name those)
        kind = _NEXT_WORD.match(question, end)
        word = kind.group(1).lower() if kind else ""
        chars = _kind_chars(word) if word else ""
        if chars and (names := _written_before(run, body, chars, word)):
            found = [n for n in found if not _reads_as(run, n)] + names
        elif not chars and not any(_reads_as(run, n) for n in found):
            if _syllable_count(run) >= _FEWEST_SYLLABLES:
                found += [n for n in _written_from(run, body) if len(n) >= _FEWEST_SYLLABLES]
    return list(dict.fromkeys(found))


@lru_cache(maxsize=1024)
def _kind_chars(word: str) -> str:
    """The characters most of the dictionary's first words for a kind of place share
    ("village" → 村 of 农村, 村委会, 乡村, 村里), and the place units they hold ("town" → 镇
    of 城镇); none for a word that is no kind."""
    senses = chinese_candidates(word)[:6]
    counts: dict[str, int] = {}
    for sense in senses:
        for char in set(sense):
            counts[char] = counts.get(char, 0) + 1
    shared = {c for c, n in counts.items() if n >= max(2, len(senses) // 2)}
    # (…and a place's unit one of them holds: "town" → 镇 of 城镇)
    units = {u for u in PLACE_UNITS if len(u) == 1 and any(u in sense for sense in senses)}
    return "".join(sorted(shared | units))


def _written_before(run: str, text: str, chars: str, kind: str = "") -> list[str]:
    """The words of two to four characters that read as the run, right before one of the
    kind's characters, with it ("于家村")."""
    found: list[str] = []
    for match in re.finditer(f"[{re.escape(chars)}]", text):
        for size in range(2, _LONGEST + 1):
            word = text[max(0, match.start() - size) : match.start()]
            if not (len(word) == size and _HAN.fullmatch(word) and _reads_as(run, word)):
                continue
            after = _kind_after(text, match.start(), match.end(), kind)
            named = word + after if after else ""  # with its kind, as the keyword index cuts it
            found += [named] if named and named not in found else []
    return found


def _kind_after(text: str, start: int, end: int, kind: str) -> str | None:
    """The kind's character (`start`–`end`) if it ends the name as jieba cuts the text
    around it ("于家村石头村" cut 于 / 家村 / 石头村), or the word it opens if that is the
    dictionary's first word for the kind ("黑龙滩水库": 水库, a reservoir); None where it
    begins a longer word ("新建村级活动场所" cut 新建 / 村级 / …, "新建乡村舞台")."""
    first = max(0, start - 6)
    words = [w for w, _ in tagged(text[first : end + 4])]
    ends = [first + e for e in accumulate(len(w) for w in words)]
    if end in ends:
        return text[start:end]
    opens = [w for w, e in zip(words[1:], ends, strict=False) if e == start]
    return opens[0] if opens and opens[0] == _first_sense(kind) else None


def _first_sense(kind: str) -> str:
    return next(iter(chinese_candidates(kind)), "") if kind else ""


def _written_from(run: str, text: str) -> list[str]:
    """The words of two to four characters the text writes that read as the run."""
    starts = "".join(_chars_reading(run))
    if not starts:
        return []
    found: list[str] = []
    for match in re.finditer(f"[{starts}]", text):
        for size in range(2, _LONGEST + 1):
            word = text[match.start() : match.start() + size]
            if len(word) == size and _HAN.fullmatch(word) and _reads_as(run, word):
                found += [word] if word not in found else []
    return found


def _reads_as(run: str, word: str) -> bool:
    """Whether the word's characters, each read any way it can, spell the run exactly."""
    if not word:
        return not run
    return any(run.startswith(r) and _reads_as(run[len(r) :], word[1:]) for r in _readings(word[0]))


def _syllable_count(run: str) -> int:
    """How few pinyin syllables spell the run (0: it is not pinyin)."""
    syllables, unreached = _syllables(), len(run) + 1
    fewest = [0] + [unreached] * len(run)
    for i in range(1, len(run) + 1):
        steps = (fewest[j] + 1 for j in range(max(0, i - 6), i) if run[j:i] in syllables)
        fewest[i] = min(steps, default=unreached)
    return fewest[-1] if fewest[-1] < unreached else 0


def _chars_reading(run: str) -> str:
    """The characters one of whose readings begins the run."""
    by_reading = _by_reading()
    return "".join(sorted({c for k in range(1, 7) for c in by_reading.get(run[:k], "")}))


@cache
def _by_reading() -> dict[str, str]:
    """Every character by each of its toneless readings."""
    from pypinyin.constants import PINYIN_DICT

    chars: dict[str, set[str]] = {}
    for point, value in PINYIN_DICT.items():
        for reading in value.split(","):
            plain = unicodedata.normalize("NFD", reading)
            plain = "".join(c for c in plain if not unicodedata.combining(c))  # (ü: u)
            chars.setdefault(plain, set()).add(chr(point))
    return {r: "".join(sorted(c)) for r, c in chars.items()}
