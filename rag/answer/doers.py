"""Whose plan a sentence states: the bureau's own, or another unit's ("县商务局已将…，拟…",
"由市卫健局负责实施，…预计2026年建成"), which promises nothing for the bureau.

    others("县商务局拟于明年建成冷链中心。", 5, "某某县农业农村局")   # True: 县商务局's plan
"""

from __future__ import annotations

import re

from rag.answer.issuers import names_issuer, places_of
from rag.answer.words import in_dictionary
from rag.letters.genre import NUMBERING, ORG_SUFFIX

# The bureau speaking of itself: 我们, 我局, 本委, 我镇 (a town government writes replies too),
# 我公司 / 我集团 / 我中心 / 我院 (a utility, a centre or a hospital answering as handler),
# 我站 / 我队 / 我馆 / 我所 (a station, a brigade, a library or museum, an institute).
WE = r"(?:我们|[我本](?:[局委厅办部镇乡院校站队馆所]|街道|公司|集团|中心))"
# A unit, as the genre names one; a business (运营商, 开发商, 供电企业), a sector's offices
# (交通部门) and a federation (妇联, 残联, 工商联, 科协) are ones too.
_UNIT = rf"(?:{ORG_SUFFIX}|商|部门|企业|机构|[妇残文侨]联|工商联|科协|[小中]学|幼儿园)"
# The units of a level below, each for itself ("各乡镇本季度将…", "各街道", "各县（区）").
_EACH = r"各(?:乡镇|街道|社区|村|[县市区旗镇乡](?:（[^）]{1,3}）|[市区])?)"
# Who promises: the unit named just before the tense marker ("县商务局已将…，拟…"), or the one a
# clause puts in charge ("由市卫健局负责实施，…预计2026年建成"). Another bureau's, government's or
# company's plan is its own, unless it is the bureau (我局, its short name) or the government of the
# bureau's level ("区委、区政府将…" in a 区 bureau's letter); a service unit (…管理处, …中心) is the
# bureau's own arm, unless it belongs to another level (a 市 centre in a 镇 government's reply).
_DOER = re.compile(
    # …or a county or city set beside the bureau by 也 as it plans ("南雄市也将…", "有关海岛
    # 县（区）也计划…"; not 城区, 老旧小区: a 区 is too often no name)
    rf"(?P<unit>{WE}|国家|中央|省里|上级|[^\W\d_我本]{{0,14}}?{_UNIT}|{_EACH}"
    # …or anyone who says so opening a clause ("部分经营户表示，将…")
    r"|(?:^|(?<=[，,；;：:]))[^\W\d_我本全各该此每]{2,10}?(?=表示[，,])"
    r"|[^\W\d_我本全各该此每]{2,8}?[省市县旗](?:（[^）]{1,3}）)?(?=也(?:将|计划|拟|准备|要))"
    # …or one that opens its clause with a plan or a target ("黑河市计划年内出台…" in a
    # province's reply, "长胜镇计划…", "弥陀镇表示，将…" in a county bureau's)
    # (or a thing of its own that will be: "贵定县城的“积分兑换”管理将在该县推开")
    r"|(?:^|(?<=[，,；;：:]))[^\W\d_我本全各该此每]{2,8}?[省市县旗镇乡]"
    r"(?=(?:表示[，,]?)?(?:将(?!作为|成为)|计划|拟|准备|力争|争取)|城?的[^，,。；;]{1,24}?将))"
    r"(?:(?:表示|称|答复)[，,]?|(?<=[省市县旗镇乡])城?的[^，,。；;]{1,24}?(?=将))?"  # 表示将…
    r"(?:[本下](?:学期|季度|月)|今年|明年|年内)?"
    r"(?=已|正在|将|拟|计划|力争|争取|预计|也|还)"
    r"|由(?!于)(?P<charged>[^，,。；;由]{2,30}?)(?:负责|牵头)"
    # "…合格后，由各县民政局推广", "…由各乡镇结合实际推广"
    rf"|(?<=后[，,])由(?P<then>[^，,。；;由]{{1,20}}?(?:{_UNIT}|[省市县区镇乡村](?![省市县区镇乡村（级])"
    r"|[县区市]（[^）]{1,6}）))"
)
_WITH = re.compile("^(?:同时|并|还|也|积极|主动)?(?:会同|联合(?!会)|协同|配合|携手)")
# A unit the bureau helps is no doer ("一是协助企业争取上级资金").
_HELPED = re.compile("协助|帮助|引导|督促|鼓励|支持")
_ASKED = re.compile("[向请](?=[省市县区国上有相各])")  # "向省厅争取", not 向阳镇
PEER = re.compile(
    r"(?:局|委|委员会|委会|厅|部|部门|办|办公室|政府|公司|集团|银行|商|企业|机构|[协学商]会|(?<!公)社|联|科协"
    r"|学校|[小中]学|幼儿园|医院|卫生院)$"
    r"|^(?:国家|中央|省里|上级)$"
)
_GOVERNMENT = re.compile(r"([省市县区镇乡])(?:人民)?(?:政府|党委|委)$")
_LEVELS = "省市县区镇乡"
_AS_LEVEL = {"州": "市", "盟": "市", "旗": "县"}


def others(words: str, at: int, issuer: str | None) -> bool:
    """Whether the clause that promises at `at` has another unit for its doer, not the bureau
    too ("我局和交通部门将…"), nor one asked ("向省厅争取"); a list in charge ("由市卫健局和
    市中心医院负责") is another's unless the bureau is in it; 国家, 上级 plan their own."""
    doers = [  # (…or the one the marker itself puts in charge: "…后，由各县民政局推广")
        m
        for m in _DOER.finditer(words)
        if (m.end() <= at or m.start() == at and not m.group("unit"))
        and not _ASKED.search(m.group())
    ]
    # a place is no doer when it is the bureau's own (南雄市 of 南雄市交通运输局) or a word (超市)
    doers = [m for m in doers if not _own_place(m.group("unit"), issuer)]
    clause = re.split(r"[，,；;。：:]", words[:at])[-1]
    if not doers or not issuer or re.search(WE, clause):
        return False
    if doers[-1].group("unit"):  # a partner the bureau acts with is none ("会同县卫健委将…")
        unit = doers[-1].group("unit")
        if _WITH.match(unit) or _HELPED.search(unit):
            return False
        if words.startswith("表示", doers[-1].end("unit")):  # (what another says it will do;
            return not (_ours(unit, issuer) or _POST.search(unit))  # not 局主要负责同志)
        # "…中心也将…": 也 sets a unit beside the bureau, even one of its own level
        also = words.startswith("也", doers[-1].end()) and not _own_arm(unit, issuer)
        return (also and not names_issuer(unit, issuer)) or _theirs(unit, issuer)
    units = re.split(r"[、和及与或]", doers[-1].group("charged") or doers[-1].group("then"))
    # (whoever a clause after a condition puts in charge does what follows: "建成后，由经营
    # 主体负责运营", "…合格后，由各乡镇推广")
    then = doers[-1].start() == at
    theirs = (lambda u: not_ours(u, issuer)) if then else (lambda u: _theirs(u, issuer))
    return any(map(theirs, units)) and not any(_ours(u, issuer) for u in units)


def after_its_own(words: str, at: int) -> bool:
    """Whether the plan at `at` is a roll-out left to others after the bureau's own pilot in
    a clause before, the sentence opening as a plan item or with the bureau ("三是在户部乡开展
    试点，试点评估合格后，由各乡镇推广"): the sentence is the bureau's plan, not theirs, as
    one that opens with the condition ("试点评估合格后，由各乡镇推广") or with what a thing is
    ("该路段为国道，列入计划后，由市公路事务中心组织实施") is."""
    return (
        bool(NUMBERING.match(words) or re.match(WE, words))
        and words[at - 2 : at] in ("后，", "后,")
        and len(re.findall(r"[，,；;]", words[:at])) > 1
    )


def another(unit: str, issuer: str | None) -> bool:
    """Whether a unit named as in charge is not the bureau nor a part of it (局综合科)."""
    return not issuer or (_theirs(unit, issuer) and not _own_arm(unit, issuer))


def not_ours(unit: str, issuer: str | None) -> bool:
    """Whether whoever is named in charge is someone else: a unit or a place as `another`
    tells (the bureau's own 派出所, 执法大队, 中心 are not), or one that is neither — an
    owner, a collective, farmers ("由产权人负责", "由所在村集体负责") — but no post (路长, 局长)."""
    if re.search(rf"(?:{_UNIT}|[省市县区镇乡村])$", unit):
        # (a place of another level than the bureau's: 所在乡镇 of a county bureau)
        # (a street office is a town's level: 各街道 in a 区 bureau's reply)
        level, lower = _level(issuer or ""), "镇" if unit.endswith("街道") else unit[-1]
        return another(unit, issuer) or bool(level and lower in _LEVELS and lower != level)
    return not _POST.search(unit)


# A post or the bureau's own office named in charge ("分管副局长", "三级路长", "局综合科", 专人).
_POST = re.compile(r"^[局我本专]|^分管|[长员记科股]$|领导$|负责人$|同志$")


def _own_place(unit: str | None, issuer: str | None) -> bool:
    """Whether a doer named by its place alone (南雄市, 有关海岛县（区）) is no other unit:
    the bureau's own place (南雄市 of 南雄市交通运输局) or a word ending in 市 (超市, 城市)."""
    name = re.sub(r"（[^）]*）$", "", unit or "")
    if not name or re.search(f"{_UNIT}$|^{WE}", name):
        return False
    return name in (issuer or "") or name.endswith("市") and in_dictionary(name[-2:])


def _own_arm(unit: str, issuer: str) -> bool:
    """Whether the unit is the bureau by a short name (中心 of …推广中心) or a unit of its
    own (局属…, 我局…, 本…)."""
    return unit[:1] in "我本" or unit.startswith(("局属", "所属")) or issuer.endswith(unit)


def _ours(unit: str, issuer: str) -> bool:
    """Whether a unit is the bureau (我局, its name — either signer's of a joint reply, "甲局
    乙局", or the signers together: 两局, 三方) or its level's government."""
    level = _GOVERNMENT.search(unit)
    places = places_of(issuer)
    own_level = bool(level and places and places[-1].endswith(level.group(1)))
    own_level = own_level and all(p in issuer for p in places_of(unit)[-1:])  # (not 达木乡…)
    named = any(names_issuer(unit, signer) for signer in issuer.split())
    joint = " " in issuer and re.fullmatch(r"(?:[两二三四]|双)(?:局|方|部门|单位|家)", unit)
    return unit[:1] in "我本" or own_level or named or bool(joint)  # (两局 of a joint reply)


def _theirs(unit: str, issuer: str) -> bool:
    """Whether a unit is another than the bureau: a peer bureau, a government or company,
    or a service unit of another level than the bureau's."""
    itself = issuer.endswith(unit) or unit in _SELF and issuer.endswith(_SELF[unit])
    if _ours(unit, issuer) or itself:  # (医院 of 某某县人民医院, 学校 of 某某县第一中学)
        return False
    if PEER.search(unit) or _BARE_PLACE.fullmatch(unit) or re.fullmatch(_EACH, unit):
        return True  # (a place by itself, not the bureau's: another town's government)
    mine, theirs = _level(issuer), _level(unit)
    return bool(mine and theirs and mine != theirs)


_SELF = {"学校": ("学", "校"), "医院": ("院",)}  # a school's or a hospital's name for itself
_BARE_PLACE = re.compile(r"[^\W\d_]{2,8}[省市县旗镇乡]")


def _level(name: str) -> str | None:
    """The administrative level a name starts at ("麻城市福田河镇…" → 镇, "市公路…中心" → 市;
    an autonomous prefecture's or a league's is a city's, a banner's a county's; "所在乡（镇、
    街道）服务站": the local 乡's)."""
    name = re.sub(r"^所在|（[^）]*）", "", name)
    places = places_of(name)
    if places:
        last = _AS_LEVEL.get(places[-1][-1], places[-1][-1])
        return last if last in _LEVELS else None
    if name[:1] in tuple(_LEVELS):
        return name[0]
    return name[-1] if name[-1:] in tuple(_LEVELS) else None  # a town jieba reads no place
