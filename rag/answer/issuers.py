"""Issuers and places: which bureau or place a question names, learned from the index.

    match_issuers("市科技局下一步会做什么？", issuers)     # ["重庆市科学技术局"]
    names_issuer("市人社局", "重庆市人力资源和社会保障局")  # True
    places_of("丽水市民政局")                             # ["丽水市"]

People shorten a bureau's name by dropping characters, never by reordering them:
市科技局 for 重庆市科学技术局, 人社局 for 人力资源和社会保障局, 卫健委 for 卫生健康委员会.
So a question names an issuer when a span of it is an ordered subsequence of the issuer's
name that ends where the name ends (局, 委, 厅, 政府 …) and skips no whole place name
(市教委 is not 重庆市渝中区教育委员会: it would skip 渝中区).  No table of abbreviations
or places: the names come from the letters in the index, and places are read from them
by their administrative suffixes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from rag.answer.bilingual import dictionary, is_proper_name
from rag.answer.pinyin_names import is_name, pinyin_forms
from rag.answer.words import in_dictionary, tagged, tokens_of, word_ends
from rag.letters.genre import CN_NUMERAL, PLACE_UNITS
from rag.letters.script import is_traditional, simplified

_UNIT = "(?:" + "|".join(PLACE_UNITS) + ")"
# A place name is made of name characters: not those of an office (局, 委员会, 办 …) or a
# conjunction (住房和城乡建设局 names no place 住房和城乡). 会 may be a name's (新会区, 会泽县),
# not a body's or a meeting's (政协会泽县, 两会上县, 协会县); a 站 only before the unit (小站镇,
# 火车站乡; not 气象站某某镇).
_NOT_IN_PLACES = "局委厅部院办处所站队馆司室组和及与"
_NAME_CHAR = rf"[^\W\d_{_NOT_IN_PLACES}]"
# (an autonomous county of several peoples is longer: 双江拉祜族佤族布朗族傣族自治县)
_PLACE_CHARS = (
    rf"{_NAME_CHAR}{{2,10}}?(?:(?:{_NAME_CHAR}{{1,3}}?族){{2,5}}自治[县州旗]|{_UNIT})"
    rf"|{_NAME_CHAR}{{1,2}}站{_UNIT}"
)
_BODY_OR_MEETING = r"政协|[协工商学大年]会|联合会|会[上议期间]"
_PLACE = re.compile(rf"(?!(?:(?!{_UNIT}).)*?(?:{_BODY_OR_MEETING})){_PLACE_CHARS}")
# The peoples inside a place name (石林彝族自治县, 双江拉祜族佤族布朗族傣族自治县): people
# leave them out.
_ETHNIC = re.compile(r"(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff]{1,3}?族$")
_SHORTEST = 3  # a span shorter than this names nothing ("科局")
# A county of one character (莒县, 康县, 泾县) opening a name; not 全县, 本县, 两县.
_ONE_CHAR_COUNTY = re.compile(
    rf"[^\W\d_{_NOT_IN_PLACES}我本全各该此某每外邻省市一二两三四五六七八九十]县(?=[\u4e00-\u9fff])"
)


def places_of(name: str | None) -> list[str]:
    """The place names an issuer or title starts with, outermost first:
    "重庆市北碚区城市管理局" → ["重庆市", "北碚区"]."""
    found: list[str] = []
    rest = name or ""
    while match := (rest[1:2] == "县" and _ONE_CHAR_COUNTY.match(rest)) or _PLACE.match(rest):
        end = match.end()
        if in_dictionary(rest[end - 1 : end + 1]) and _common_noun(rest[: end - 1]):
            break  # 国家市场监督管理总局: a market, no 国家市
        if match.group(0) not in PLACE_UNITS:  # ("关于自治区政协…": a unit alone names none)
            found.append(match.group(0))
        rest = rest[end:]
    return found


def a_ministry_named(question: str, issuers: list[str]) -> bool:
    """Whether the question names bodies of no place of their own as such (文化和旅游部 whole,
    "the Ministry of …", "the National … Administration"): not a place's 文化和旅游部门 or
    "department", nor a bureau its words only resemble ("the sports bureau": 体育总局)."""
    if not issuers or any(map(places_of, issuers)) or re.search("(?i)部门|department", question):
        return False
    return any(i in question for i in issuers) or bool(_AS_MINISTRY.search(question))


_AS_MINISTRY = re.compile(r"\b(?:ministry|national|state)\b", re.I)


def places_in(text: str) -> list[str]:
    """The place names written in the text as words ("安居区村跟村之间…" → ["安居区"],
    "宝轮 镇" → ["宝轮镇"]): a word ending in a place unit, or a word and the unit that
    follows it (alone, or jieba's next word's first character: "清溪" + "区村") — not a word
    that only points at one (全市, 本县, 我区)."""
    words = [w for w in tokens_of(text) if w.strip()]
    found = []
    for i, word in enumerate(words):
        after = words[i + 1] if i + 1 < len(words) else ""
        # the unit as the next word ("宝轮 镇") or its first character ("清溪 区村")
        unit = after if after in PLACE_UNITS else after[:1] if after[:1] in PLACE_UNITS else ""
        if unit != after and in_dictionary(after) and _common_noun(word):
            unit = ""  # (as in `places_of`)
        name = word + unit if unit and not word.endswith(PLACE_UNITS) else word
        if _PLACE.fullmatch(name) and not POINTING.match(name) and len(name) >= 3:
            found.append(name)
    return found


_NAMES = ("ns", "nr", "nz", "nt")  # jieba's tags of names (a place's, a person's …)


def common_word(word: str) -> bool:
    """Whether jieba's dictionary has the word and CC-CEDICT has it as no name (新建, 社区;
    not 宁夏)."""
    return in_dictionary(word) and not is_name(word)


def _common_noun(word: str) -> bool:
    """Whether jieba's dictionary has the word as a common noun only and CC-CEDICT has it
    as no place (国家; not 清溪, nor 富民 "Fumin county")."""
    common = in_dictionary(word) and [tag for _, tag in tagged(word)] == ["n"]
    return common and word not in dictionary().places


# The kinds of common word a place's name may not be, by its unit (jieba's tags' first letters):
# no verb, adjective, adverb, conjunction or abbreviation; a city's or county's no noun either.
_NOT_A_NAME = {"镇": "vjadc", "乡": "vjadc", "市": "vjadcns", "县": "vjadcns", "旗": "vjadcns"}


def places_about(title: str) -> list[str]:
    """The places a proposal's title names ("关于新密市老旧小区改造加装电梯的建议" → 新密市):
    a city, county, town or township, not a district-like kind of area (城区, 园区, 农村地区);
    a county's or city's name is no common word ("加强" of 加强县城, 山区县), a town's no verb."""
    found = []
    for place in places_in(title):
        core, kinds = place_core(place), _NOT_A_NAME.get(place[-1])
        words = tagged(core)
        # (莎车 is tagged a noun, but CC-CEDICT knows it only as a county)
        common = len(words) == 1 and in_dictionary(core) and words[0][1] not in _NAMES
        common = common and not is_name(core)
        if kinds and not (common and words[0][1][:1] in kinds):
            found.append(place)
    return found


def _title_prefix(record: Mapping[str, Any]) -> str:
    """The title up to what it answers ("南宫市交通运输局 对…" → "南宫市交通运输局"): the
    issuer, when the title starts with it."""
    return re.split(r"关于|对", str(record.get("title") or ""), maxsplit=1)[0]


def letter_places(record: Mapping[str, Any]) -> set[str]:
    """Where a letter is from: its own places, else (no place of its own: "市自然资源和规划局")
    the places its proposal is about."""
    record = _simplified(record)
    return _own(record) or set(places_about(str(record.get("proposal_title") or "")))


def own_places(record: Mapping[str, Any]) -> set[str]:
    """The places a letter says it is from: its issuer's or title's, the body its title
    says met — in simplified characters (古田縣農業局 is from 古田县)."""
    return _own(_simplified(record))


def _own(record: Mapping[str, Any]) -> set[str]:
    """`own_places` of a record already in simplified characters."""
    return {*places_of(record.get("issuer")), *places_of(_title_prefix(record)), *_met_at(record)}


def _simplified(record: Mapping[str, Any]) -> Mapping[str, Any]:
    """The record's fields printed in traditional characters, in simplified ones."""
    return {
        k: simplified(v) if isinstance(v, str) and is_traditional(v) else v
        for k, v in record.items()
    }


def _met_at(record: Mapping[str, Any]) -> list[str]:
    """The places of the body the title says received the proposal ("对华容县政协八届…
    提案的答复" → 华容县, "关于政协清河县第十届委员会…" → 清河县): the replying body answers
    its own place's deputies and members."""
    match = _MET_AT.search(str(record.get("title") or ""))
    if not match or re.search(r"代表|委员|在|等", match.group(1)):
        return []  # "关于李明代表在县人大…" names a person, not a place
    return places_of(re.sub(r"^(?:政协|人大)", "", match.group(1)))


_MET_AT = re.compile(rf"(?:关于|对)([^关对]{{2,12}}?)(?:政协|人大|第?(?:{CN_NUMERAL}|\d)+届)")


# Words that point at a place rather than name it: 全市, 本县, 我区, 各乡镇, 该镇.
POINTING = re.compile(r"[全本我各该此某每外]")


def place_core(place: str) -> str:
    """A place as people write it without its unit: "丽水市" → "丽水", "石林彝族自治县" → "石林"."""
    core = re.sub(rf"{_UNIT}$", "", place)
    core = _without_peoples(core) if core.endswith("族") else core
    if place.endswith(("自治区", "自治县", "自治州", "自治旗")) and core == place[:-3]:
        # a people named without 族 ("木垒哈萨克自治县"): its name, as CC-CEDICT has it
        core = next((core[:i] for i in range(2, len(core) - 1) if is_proper_name(core[i:])), core)
    return core if len(core) >= 2 else place


def _without_peoples(core: str) -> str:
    """A name without the peoples it ends with, each as CC-CEDICT knows it (积石山保安族东乡族
    撒拉族 → 积石山); one unknown to it, as the shortest that leaves a name (石林X族 → 石林)."""
    while core.endswith("族"):
        known = next(
            (n for n in (3, 2, 1) if len(core) - n - 1 >= 2 and in_dictionary(core[-n - 1 :])),
            None,
        )
        if known is None:
            return _ETHNIC.sub("", core) or core
        core = core[: -known - 1]
    return core


def unplaced_terms(weights: dict[str, float], text: str, places: set[str]) -> dict[str, float]:
    """The weights of a question's terms that are no known place, nor part of one the
    question names (沙坪 and 坪坝 of 沙坪坝): what it asks of the places it names."""
    said = [p for p in places if p in text]
    return {
        t: w
        for t, w in weights.items()
        if t not in places and place_core(t) not in places and not any(t in p for p in said)
    }


def names_issuer(span: str, issuer: str) -> bool:
    """Whether `span` is a way of writing `issuer`: its characters in the issuer's order,
    ending with the issuer's last character, skipping no whole place name."""
    return _fit(span, issuer) is not None


def match_issuers(question: str, issuers: Iterable[str]) -> list[str]:
    """Known issuers the question names.  A match inside a longer one doesn't count:
    "沙坪坝区科技局" names the district's bureau, not also the city's 科技局.  An issuer
    printed in traditional characters is named in simplified ones too (農業局 as 农业局)."""
    spans: list[tuple[int, int, str]] = []
    for issuer in issuers:
        for name in dict.fromkeys([issuer, simplified(issuer)]):
            span = _longest_span(question, name)
            if span is not None and not _other_place(question, span, name):
                spans.append((*span, issuer))
                break
    found = {
        issuer
        for start, end, issuer in spans
        if not any(
            s <= start and end <= e and (e - s) > (end - start) and i != issuer for s, e, i in spans
        )
    }
    return sorted(found)


# A kind of office named as the author of letters ("教育部门出具的答复函", "各地卫生健康部门
# 分别答复了…"): a department of something, not one office; not a unit a letter mentions
# ("会同财政部门", "提到了财政部门"), which no reply or answer follows.  The words before
# the kind ("请问", "所有", a place) are read off by what the issuers' names hold.
_OF_CLASS = re.compile(
    r"(?P<kind>[\u4e00-\u9fff]{2,8}?)(?:部门|系统)(?:出具|发出|作出|给出|提交|所写|写|发)?(?="
    r"的?(?:答复函|复函|函件|答复|回复)"
    r"|(?:都|分别|各自|一共|共)?(?:是)?(?:怎么|如何|怎样)?(?:答复|回应|回复|收到)(?:了|过|的)?)"
)


def issuers_of_class(question: str, issuers: Iterable[str]) -> list[str]:
    """Known issuers of the kind of office a question names as the author of letters:
    those whose name, places aside, holds the kind's characters in order, as a short name
    does ("教育部门出具的答复函" → 重庆市教育委员会, 衢州市衢江区教育局; "科技部门" →
    岳阳市科学技术局).  The kind is the longest end of the words before 部门 that some
    issuer's name holds ("请问交通部门…" → 交通)."""
    offices = {issuer: issuer[sum(map(len, places_of(issuer))) :] for issuer in issuers}
    found: set[str] = set()
    for match in _OF_CLASS.finditer(question):
        words = match.group("kind")
        kinds = (words[i:] for i in range(len(words) - 1))
        found |= next(
            filter(None, ({i for i, o in offices.items() if in_order(k, o)} for k in kinds)), set()
        )
    return sorted(found)


def in_order(chars: str, name: str) -> bool:
    """Whether the characters stand in the name in this order (科技 in 科学技术局)."""
    rest = iter(name)
    return all(ch in rest for ch in chars)


def without_office_kinds(question: str) -> str:
    """The question with each kind of office it names as an author cut to its words
    ("交通部门出具的答复函有哪些？" → "交通的答复函有哪些？"): 部门 is no word of an issuer's
    name, nor 出具 a topic."""
    return _OF_CLASS.sub(lambda m: m.group("kind"), question)


# A place written right before a bureau's name, or as its start, qualifies it: "安居区交通局"
# is Anju's, so it names no other district's 交通局 (whose 区 the short name could take).
def _other_place(question: str, span: tuple[int, int], issuer: str) -> bool:
    """Whether a place the question writes at the short name's start is not the issuer's."""
    start, end = span
    for match in _PLACE.finditer(question[:end]):
        last = tagged(match.group(0)[:-1])[-1:]  # (the name before a 市 of 市场: 厦门, 石狮)
        if not word_ends(question, match.end()) and not (
            last and len(last[0][0]) > 1 and last[0][1][:1] == "n"
        ):
            continue  # 市 of 市场 ends no place (让市场监管局…), but for a place's (厦门市场监管局)
        if start <= match.end() < end or (
            match.end() <= start and not question[match.end() : start].strip()
        ):
            place = match.group(0)
            return not any(
                place.endswith(p) or p.endswith(place) or place_core(p) in place
                for p in places_of(issuer)
            )
    return False


def _longest_span(question: str, issuer: str) -> tuple[int, int] | None:
    """(start, end) of the longest span of the question that names the issuer."""
    lasts = {issuer[i] for i in _ends(issuer)}
    best: tuple[int, int] | None = None
    for end in (i + 1 for i, ch in enumerate(question) if ch in lasts):
        for start in range(max(0, end - len(issuer)), end - _SHORTEST + 1):
            if best is not None and end - start <= best[1] - best[0]:
                break
            if _fit(question[start:end], issuer) is not None:
                best = (start, end)
                break
    return best


@cache
def _ends(issuer: str) -> frozenset[int]:
    """Where a short form may end: on the name's last character, or on the first of its
    last word (委员会 → 委, 办公室 → 办, 人民政府 → 人 is too short to matter)."""
    return frozenset({len(issuer) - 1, len(issuer) - len(_last_word(issuer))})


@cache
def _last_word(issuer: str) -> str:
    words = [w for w in tokens_of(issuer) if w.strip()]
    return words[-1] if words else issuer[-1:]


# Characters any office's name may have: a span of only these (镇政府, 人民政府) names a
# kind of office, not one.
_GENERIC = set(_NOT_IN_PLACES) | set("会人民政府市区县镇乡省州旗")


def _fit(span: str, issuer: str) -> list[int] | None:
    """Where each character of `span` sits in `issuer`, or None when it cannot be read as
    the issuer: placed as late as possible, ending on one of the issuer's `_ends`, with
    a character that is not generic."""
    if len(span) < _SHORTEST or len(span) > len(issuer):
        return None
    if not any(ch not in _GENERIC for ch in span):
        return None
    for end in sorted(_ends(issuer), reverse=True):
        if issuer[end] != span[-1]:
            continue
        if end == len(issuer) - 1 and _bare_hui(span, _last_word(issuer)):
            continue
        positions = _placed(span, issuer[: end + 1])
        if positions is not None and not _skips_a_place(positions, issuer):
            return positions
    return None


def _bare_hui(span: str, last_word: str) -> bool:
    """A 委员会 / 联合会 is shortened to 委 / 联 ("市经信委"), never to its 会 alone: "…信息会
    定期发布" is the verb 会, not 经济和信息化委员会."""
    return len(last_word) > 1 and last_word.endswith("会") and span[-2] not in last_word[:-1]


def _placed(span: str, name: str) -> list[int] | None:
    """The latest positions of span's characters in `name`, the last on its last one."""
    positions: list[int] = []
    at = len(name)
    for ch in reversed(span):
        at = name.rfind(ch, 0, at)
        if at < 0:
            return None
        positions.append(at)
    positions.reverse()
    return positions if positions[-1] == len(name) - 1 else None


def _skips_a_place(positions: list[int], issuer: str) -> bool:
    places = places_of(issuer)
    gaps = (issuer[a + 1 : b] for a, b in zip(positions, positions[1:], strict=False))
    return any(place in gap for gap in gaps for place in places)


def said_forms(place: str) -> frozenset[str]:
    """A place's names as English spells them: its core's pinyin (丽水市: lishui), and of a
    county named by one character, that character with "County" (忠县: zhongxian and
    zhongcounty — not zhong alone, which may be anyone's name)."""
    core = place_core(place)
    forms = pinyin_forms(core)
    if core != place or len(core) != 2 or not core.endswith("县"):
        return forms
    return forms | {f"{form}county" for form in pinyin_forms(core[0])}
