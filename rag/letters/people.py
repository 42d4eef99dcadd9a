"""Who a letter names: the proposers it answers, who signed it off, who co-handled it.

    proposers(salutation, title)     # ("王晓颖",) from `王晓颖委员:`
    signer(meta_signer, tail)        # "明炬" from `此答复函已经明炬局长审签。`
    co_handlers(opening, body)       # ("市人力社保局", "市经济信息委")

`proposers` are the names in the salutation as written; an anonymised `xxx委员` gives
`("xxx",)`, since the letter does state that a (hidden) member wrote it, a salutation
without a name (`各位委员:`) gives `()`, and so does a co-handling unit's opinion, whose
salutation names the lead unit it writes to. The signer is the letterhead's or the
sign-off's `签发人:`, else the name in the signing note (`…已经我局余兵局长审签`); the
handling staff (`承办人`, `主管领导`) did not sign. Co-handlers are the units the opening
says the reply was worked out with (`经与…等协办单位`, `会同…`, `经商…,现答复如下`), or
that the letter calls 协办单位 anywhere (`与区城管局等协办单位`); units named for future
work (`下一步将会同…`) are not.
"""

from __future__ import annotations

import re

from rag.letters.genre import CO_HANDLING_OPINION, SIGNER_LINE

_SALUTATION_TRIM = re.compile(r"^(?:尊敬的|敬爱的|亲爱的)|[:：]$")
# `李明代表`, `张三等5名代表`, `姜欣(等10位)代表`, `张三委员们`.
_NAME_SUFFIX = re.compile(
    r"(?:[(（]?等\s*\d*\s*[位名]?[)）]?)?(?:委员|代表|同志|先生|女士)(?:们)?$|等$"
)
_NAME_SPLIT = re.compile(r"[、，,；;]|\s+")
_NO_NAME = {"", "各位", "您", "您好", "各位领导", "领导"}

_SIGNER_TITLE = (
    r"(?:副)?(?:局长|主任|厅长|部长|区长|县长|市长|镇长|乡长|书记|院长|秘书长|会长|"
    r"行长|主席|处长|站长|所长|队长|校长|理事长|委员长|总经理|董事长)"
)
# `此答复函已经明炬局长审签`, `此复函已经我局余兵局长审签`.
_SIGNING_NOTE = re.compile(
    rf"(?:已经|已由|经)(?:我[局委厅部办院处])?(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:同志)?"
    rf"{_SIGNER_TITLE}?(?:审签|签发|审定|审核签发)"
)

_ORGS = r"(?P<orgs>[^。；;，,]{2,150}?)"
# Said by the opening: how the reply was worked out.
_WORKED_OUT_WITH = (
    # `经与市人力社保局、市经济信息委等协办单位共同研究` / `会同A、B等部门`
    re.compile(rf"(?:经与|会同|经商){_ORGS}(?:等)?(?:协办|会办|相关|有关)?(?:单位|部门)"),
    re.compile(rf"(?:经与|会同){_ORGS}(?:共同|认真|联合|进行)"),
    # `经商人力资源社会保障部、财政部,现答复如下`
    re.compile(rf"经商{_ORGS}(?=[，,]\s*现)"),
)
# Named as 协办单位 anywhere: `与区城管局等协办单位`, `与协办单位指挥协调中心、秩序大队负责人`.
_NAMED_CO_HANDLERS = (
    re.compile(rf"与{_ORGS}等?协办单位"),
    re.compile(r"协办单位(?P<orgs>[^。；;，,]{2,60}?)(?:负责人|等|共同|到|进行)"),
)


def proposers(salutation: str | None, title: str | None) -> tuple[str, ...]:
    """The names the salutation addresses, as written."""
    if not salutation or CO_HANDLING_OPINION.search(title or ""):
        return ()
    names = []
    for part in _NAME_SPLIT.split(_SALUTATION_TRIM.sub("", salutation)):
        name = _NAME_SUFFIX.sub("", part.strip())
        if name not in _NO_NAME:
            names.append(name)
    return tuple(names)


def signer(letterhead_signer: str | None, tail: list[str]) -> str | None:
    """Who signed the letter off, as the letterhead, a `签发人:` line or the note says."""
    if letterhead_signer:
        return letterhead_signer
    for line in tail:
        match = SIGNER_LINE.match(line)
        if match:
            return match.group("name")
    match = _SIGNING_NOTE.search(" ".join(tail))
    if not match or re.fullmatch(_SIGNER_TITLE, match.group("name")):
        return None  # `已经局长审签`: no name
    return match.group("name")


def co_handlers(opening: str, body: list[str]) -> tuple[str, ...]:
    """The units the reply was worked out with, as the letter names them."""
    found = _first_orgs(_WORKED_OUT_WITH, opening) or _first_orgs(
        _NAMED_CO_HANDLERS, "\n".join([opening, *body])
    )
    if found is None:
        return ()
    return tuple(org.strip() for org in re.split(r"[、，,]", found) if org.strip())


def _first_orgs(patterns: tuple[re.Pattern[str], ...], text: str) -> str | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match.group("orgs")
    return None
