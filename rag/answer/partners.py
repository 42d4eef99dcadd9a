"""Partners: the units a commitment names as doing the work with the bureau.

    partners_in("下一步将会同市财政局、县农业农村局等部门推进…", issuer)  # → 市财政局, 县农业农村局

A partner is named where the genre brings one in — after 会同 / 联合 / 协同 / 配合 / 携手
("会同财政、石林街道政府等部门"), a unit after 协调 ("协调县供水站采取…"), as the doer of a
由…负责 / 由…共同 clause, or with 与 … 共同, even with how they work together in between
("与街道政府沟通协调、共同努力") — never merely because a unit's name appears: "到2025年底
建成市级高校概念验证中心" names a thing to be built, "实现乡镇卫生院…全覆盖" a place where it
happens. Lists split at 、/和/及; a set of units is one ("各乡镇", "有关部门"); the bureau
itself ("我局", its own name or short name) is no partner.
"""

from __future__ import annotations

import re

from rag.answer.issuers import names_issuer
from rag.letters.genre import ORG_SUFFIX

_NAME = r"[\u4e00-\u9fff、和及与]{2,40}?"  # a list within a clause: no punctuation
# Where a list of partners ends: 等(部门), a verb of doing it together, a clause's end.
_VERBS = (
    r"开展|进行|加大|做好|尽快|研究|商议|协调|沟通|对接|推进|推动|组织|制定|出台|落实|实施|"
    r"建立|完善|加强|争取|解决|积极|进一步|持续|采取"
)
_UNTIL = rf"(?=等|共同|一起|一道|[，,；;]|对|就|在|做|抓|将|把|{_VERBS})"
_TOGETHER = r"共同|一起|一道|联合|携手"
_BROUGHT_IN = re.compile(
    rf"(?:会同|联合|协同|配合|携手|联同|会商|商请)(?P<a>{_NAME}){_UNTIL}"
    rf"|由(?!于)(?P<b>{_NAME})(?=负责|牵头|{_TOGETHER})"
    rf"|协调(?P<d>[^\W\d_]{{2,20}}?{ORG_SUFFIX})(?={_VERBS}|[，,；;])"
    rf"|(?<![参给])与(?P<c>{_NAME})(?=(?:(?:{_VERBS})[、，,]?)*(?:{_TOGETHER}))"
)
# 和 / 及 / 与 join two units only after a unit's ending: 市住房和城乡建设局 is one.
_UNIT_END = re.compile(rf"{ORG_SUFFIX}$")
_SELF = re.compile(r"^(?:我|本|贵|该|上级|其他)")


def partners_in(sentence: str, issuer: str | None) -> tuple[str, ...]:
    """The units a sentence brings in as working with the letter's issuer."""
    names: list[str] = []
    for match in _BROUGHT_IN.finditer(sentence):
        listed = next(g for g in match.groups() if g is not None)
        for name in _names(listed):
            if not 2 <= len(name) <= 16 or _SELF.match(name) or "的" in name:
                continue
            if re.match(rf"(?:{_VERBS})(?![部局委厅办院])", name):  # 联合建立…: jointly, no one
                continue
            if issuer and names_issuer(name, issuer):
                continue
            if name not in names:
                names.append(name)
    return tuple(names)


def _names(listed: str) -> list[str]:
    """The units of a list: apart at 、, and at 和 / 及 / 与 after a unit's name."""
    names: list[str] = []
    for piece in listed.split("、"):
        start = 0
        for match in re.finditer("[和及与]", piece):
            if _UNIT_END.search(piece[start : match.start()]):
                names.append(piece[start : match.start()])
                start = match.end()
        names.append(piece[start:])
    return names
