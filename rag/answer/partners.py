"""Partners: the units a commitment names as doing the work with the bureau.

    partners_in("下一步将会同市财政局、县农业农村局等部门推进…", issuer)  # → 市财政局, 县农业农村局

A partner is named where the genre brings one in — after 会同 / 联合 / 协同 / 配合 / 携手
("会同财政、石林街道政府等部门"), a unit after 协调 or 依托 ("协调县供水站采取…", "依托市
图书馆建立…"), as the doer of a 由…负责 / 由…共同 clause or a unit 由 puts to a verb ("由
志愿服务队运营"), or with 与 … 共同, even with how they work together in between ("与街道
政府沟通协调、共同努力") — never merely because a unit's name appears: "到2025年底建成市级
高校概念验证中心" names a thing to be built, "实现乡镇卫生院…全覆盖" a place where it
happens. Lists split at 、/或/和/及 and end at a unit a verb follows ("会同市财政局整合…
资金": the rest is what they do); a set of units is one ("各乡镇", "有关部门"), and so is a
unit named again by its short form; the bureau itself ("我局", its own name or short name)
and people ("村级协管员") are no partners.
"""

from __future__ import annotations

import re

from rag.answer.issuers import names_issuer
from rag.answer.words import tokens_of, word_ends
from rag.letters.genre import ORG_SUFFIX, PLACE_UNITS

# A list within a clause: no punctuation but a unit's other name ("市教育局（体育局）").
_NAME = r"(?:[\u4e00-\u9fff、和及与或]|[（(][\u4e00-\u9fff]{1,12}[）)]){2,40}?"
# A unit, as the genre names one; a business (运营商) and an institution (服务机构) are too.
_UNIT = rf"(?:{ORG_SUFFIX}|商|机构)"
# Where a list of partners ends: 等(部门), a verb of doing it together, a clause's end.
_VERBS = (
    r"开展|进行|加大|做好|尽快|研究|商议|协调|沟通|对接|推进|推动|组织|制定|出台|落实|实施|"
    r"建立|完善|加强|争取|解决|积极|进一步|持续|采取|完成"
)

_TOGETHER = r"共同|一起|一道|联合|携手"
# How a unit works with the bureau, after 与 it: "与市卫生健康委加强协作" (not 沟通 or 对接
# with it: talking to it, or asking it, is no work done together).
_WITH = r"协作|合作|配合"
# …and what a unit brought in is to do for the bureau: "协调县农商银行推出…产品".
_MORE_VERBS = r"利用|推出|给予|提供|安排|帮助|指导|督促|设置|增设|开通|派出|投入|减免|优化"
_UNTIL = (
    rf"(?=等|共同|一起|一道|[，,；;。《“]|对|就|在|做|抓|将|把|{_VERBS}"
    # …or, right after a unit's ending, what it is to do for the bureau ("…保障局为乡镇卫生院
    # 招聘…", "…人民政府推出…"; not the 为 of 县为老服务指导中心)
    r"|(?<=[局委厅办院府会站所队心司])(?:为|推出|提供))"
)
_BROUGHT_IN = re.compile(
    rf"(?:会同|联合|协同|配合|携手|联同|会商|商请)(?P<a>{_NAME}){_UNTIL}"
    rf"|由(?!于)(?P<b>{_NAME})(?=负责|牵头|{_TOGETHER})"
    # (not a route: "由市区火车站至兴隆镇")
    rf"|由(?!于)(?P<e>{_NAME}{_UNIT})(?=[^\W\d_])(?!(?<=站)[至到])"
    # a unit, then what it is to do: "协调县农商银行推出…", "协调兴隆镇政府利用…"
    rf"|(?:协调|依托)(?!由)(?P<d>[^\W\d_]{{2,30}}?{_UNIT})(?={_VERBS}|{_MORE_VERBS}|{_TOGETHER}|[，,；;在对就向为共])"
    rf"|(?<![参给])与(?P<c>{_NAME})(?<!的)(?=(?:(?:{_VERBS})[、，,]?)*(?:{_TOGETHER}|{_WITH}))"
    # "加强与市卫生健康委的协作"
    rf"|(?<![参给])与(?P<f>{_NAME}{_UNIT})的(?={_WITH})"
)
# 和 / 及 / 与 join two units only after a unit's ending: 市住房和城乡建设局 is one.
_UNIT_END = re.compile(rf"{ORG_SUFFIX}$")
# A unit's name that something other than more of the name follows (not 村委 of 村委会).
_UNIT_WORD = rf"(?:部门|单位|{_UNIT})"
# …and one that more of the name does not follow ("会同市财政局整合…"; not 村委 of 村委会)
_NOT_MORE = rf"(?![^\u4e00-\u9fff]|{ORG_SUFFIX})"
_UNIT_THEN = re.compile(rf"(?:部门|单位|{ORG_SUFFIX}){_NOT_MORE}")
_SELF = re.compile(r"^(?:我|本|贵|该|上级|其他)")
# A person (协管员, 责任人, 志愿者, 村干部), not a unit: no partner.
_PERSON = re.compile(r"[员者]$|干部$|(?<!法)人$")


def partners_in(sentence: str, issuer: str | None) -> tuple[str, ...]:
    """The units a sentence brings in as working with the letter's issuer."""
    names: list[str] = []
    for match in _BROUGHT_IN.finditer(sentence):
        listed = next(g for g in match.groups() if g is not None)
        if not _names_units(listed, sentence[match.end() :]):
            continue  # "开展常态化联合整治": jointly, with no one named
        for name in _names(listed):
            if (
                not 2 <= len(name) <= 16
                or _SELF.match(name)
                or "的" in name
                or _PERSON.search(name)
            ):
                continue
            if re.match(rf"(?:{_VERBS})(?![部局委厅办院])", name):  # 联合建立…: jointly, no one
                continue
            if issuer and names_issuer(name, issuer):
                continue
            if name not in names:
                names.append(name)
    # A unit named again by its short form ("由乡镇卫生院招聘…，待遇由卫生院保障") is one.
    return tuple(n for n in names if not any(o != n and o.endswith(n) for o in names))


def _names_units(listed: str, after: str) -> bool:
    """Whether a list names units: one a unit's or a place's name ends, a set (各乡镇, 有关
    部门), several short names ("交警、城管"), or short names closed by 等 ("会同财政、石林
    街道政府等部门") — not a lone word of how they work ("开展常态化联合整治")."""
    return bool(
        _UNIT_ANY.search(listed)
        or listed.endswith((*PLACE_UNITS, "村", "社区"))
        or re.match(r"[各有相]", listed)
        or "、" in listed
        or after.startswith("等")
    )


_UNIT_ANY = re.compile(_UNIT_WORD)


def _names(listed: str) -> list[str]:
    """The units of a list: apart at 、 and 或, and at 和 / 及 / 与 after a unit's name. The
    list ends at a unit's name a verb follows: what comes after is what they do ("会同市财政
    局整合…、…等项目资金")."""
    acts = next(
        (
            m
            for m in _UNIT_THEN.finditer(listed)
            if _verb(listed[m.end() :]) and word_ends(listed, m.end())  # not 所 of 所在
        ),
        None,
    )
    listed = listed[: acts.end()] if acts else listed
    # a run jieba tags as nouns ("县农业农村局统筹安排资金", "…局全面排查"): what follows
    # the last unit's name is what they do
    last = None if _UNIT_AT_END.search(listed) else _last_unit_end(listed)
    listed = listed[:last] if last else listed
    names: list[str] = []
    for piece in re.split("[、或]", listed):
        start = 0
        for match in re.finditer("[和及与]", piece):
            if _UNIT_END.search(piece[start : match.start()]):
                names.append(piece[start : match.start()])
                start = match.end()
        names.append(piece[start:])
    return names


def _last_unit_end(listed: str) -> int | None:
    ends = [
        m.end()
        for m in _UNIT_LAST.finditer(listed)
        if word_ends(listed, m.end()) or m.group() in _STRONG_ENDS
    ]
    return ends[-1] if ends else None


_UNIT_LAST = re.compile(_UNIT_WORD + _NOT_MORE)
_UNIT_AT_END = re.compile(_UNIT_WORD + "$")
_STRONG_ENDS = ("局", "厅", "委", "委员会", "政府", "人民政府", "中心", "公司", "集团", "商")


def _verb(text: str) -> bool:
    """Whether a text opens with a verb (or what goes before one), as jieba tags it."""
    import jieba.posseg  # jieba's dictionary is loaded by `tokens_of`, on first use

    tokens_of(text)
    if text[:1] in "与同跟和及":
        return False  # joins another unit ("会同县住建局与县财政局")
    first = next(iter(jieba.posseg.cut(text[:8])), None)
    # (or a preposition or an adverb before one: "会同省财政厅根据…", "…严格实行")
    return first is not None and (first.flag[:1] in "vpd" or first.flag == "ad")
