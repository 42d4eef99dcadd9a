"""What a reply says the bureau holds to or what there is, rather than what it did or will
do: a stance ("我局始终把农村养老服务作为重要内容来抓"), an inventory ("全市现有农村客运
班线412条，…") and who is in charge of what ("…日常管理由所在镇人民政府负责"), neither a
commitment nor an action however the section reads.

    holds("我镇始终把治水作为头等大事来抓。")        # True
    holds("全县现有村级卫生室186个。")              # True
    holds("全县现有站亭320个，我局今年新建56个。")   # False: the bureau's deed follows
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.answer.bilingual import is_classifier
from rag.answer.words import tagged
from rag.letters.genre import ORG_SUFFIX

# A stance, the whole sentence: what the bureau always treats something as ("始终（坚持）把…
# 作为…来抓"); not a plan item that goes on to what it will do ("坚持把安全作为第一要务来抓，
# 加大隐患排查力度"), nor one that says what it did.
_STANCE = re.compile(
    r"^[^，,。；;]{0,12}?(?:始终|一直|历来|一贯)(?:坚持)?[把将][^，,。；;]{2,30}?(?:作为|当作|当成)"
    r"[^，,。；;]{2,24}?来(?:抓|推进|落实|推动|谋划)[。；;！!]?$"
)
# An inventory: what a place has now, counted in a clause of its own ("全省现有…46家，其中…",
# "洞口县、新邵县现有乡村小规模学校217所", "…，现有停车位约2100个"), with nothing else in
# the sentence that the bureau did or will do (our 我局, this year's 新建), nor a deed in the
# clause itself ("组织对全市现有86座桥梁开展安全检测").
_INVENTORY = re.compile(
    r"(?:^|(?<=[，,；;]))(?:目前|当前|现阶段|截至[^，,。；;]{1,16})?[，,]?"
    r"(?P<who>全[省市县区镇乡旗]?|[^，,。；;我本]{0,20}?)(?:共|范围内)?现有"
    r"[^，,。；;]*?\d+(?:\.\d+)?(?P<after>[^，,。；;]*)"
)
_ACTED = re.compile(r"[我本]|今年|去年|新建|新增|建成|完成|推进|改造|提升|开通|实施|将|计划")
# A division of duties in force: who is in charge of what ("…由各县（市、区）交通运输部门
# 负责审批，我局负责行业指导", "修缮由产权人负责", "由住建部门牵头，…配合", "村志编纂由
# 所在村民委员会组织"), with no figure
# (a deed counts: "由合作社承包…养护1200亩").
_DUTIES = re.compile(
    r"(?<!交)由(?P<unit>(?![我本])[^，,。；;由]{2,30}?)(?:负责|承担|牵头|组织(?![^，,。；;]*\d))"
    # …or what a case calls for ("排查中发现设施损坏的，由所在乡镇限期维修")
    rf"|的[，,]由(?P<case>(?![我本])[^，,。；;由]{{2,12}}?(?:{ORG_SUFFIX}|企业|[省市县区镇乡村]))"
    r"(?![省市县区镇乡村])"
)


def holds(words: str, theirs: Callable[[str], bool] = lambda unit: True) -> bool:
    """Whether a sentence (its own words) states a stance, an inventory or a division of
    duties among units `theirs` tells are not the bureau (由县交通运输局负责… in its own
    reply is its work): no deed, no plan of its own (the caller lets a 将 or 已 decide first)."""
    if _STANCE.match(words.strip()):
        return True
    duties = [m.group("unit") or m.group("case") for m in _DUTIES.finditer(words)]
    if duties and all(map(theirs, duties)) and not re.search(r"\d", words):
        return True
    counted = _INVENTORY.search(words)
    if counted is None or _acts(counted.group("who")) or _acts(_measured(counted.group("after"))):
        return False
    return not _ACTED.search(words[: counted.start()] + "，" + words[counted.end() :])


def states(words: str) -> bool:
    """Whether a sentence opens (after where a place lies) with what its places have now and
    goes on with their state, done by no one it names ("两镇现有耕地118万亩，已建成高标准农田
    62万亩，部分…存在…问题"): an inventory, even with an 已; not the bureau's work ("…，我局
    已…", "今年已…")."""
    placed = _PLACED.match(words)  # (after where the place lies: "该镇地处…，现有…")
    counted = _INVENTORY.match(words, placed.end() if placed else 0)
    if counted is None or _acts(counted.group("who")):  # (not "组织对全市现有86座桥梁…")
        return False
    return not re.search(r"我|(?<!基)本|今年|去年|近年|以来|将|计划|通过|20\d{2}年", words)


# Where a place lies, a clause of its own: "盖孜力克镇地处山前冲洪积扇，".
_PLACED = re.compile(r"[^，,。；;我本]{0,20}?(?:地处|位于)[^，,。；;]{2,30}[，,]")


def effect(words: str) -> bool:
    """Whether a sentence tells what a measure brought about ("通过推行“沟长制”，两乡镇沟渠管护
    责任落实到村组"): a result, unless it is aimed at (确保, 力争, 进一步…)."""
    return bool(_EFFECT.match(words))


_EFFECT = re.compile(
    r"通过[^，,。；;]{2,30}[，,](?![^。；;]*(?:确保|力争|争取|目标|进一步|要|需|应|将|拟|可|能|会))"
    r"[^。；;]*(?:达到|缩短|提高|降低|下降|减少|增加|增长|实现|落实到|得到|了)"
)


def on_request(words: str) -> bool:
    """Whether a sentence says what the bureau will do if the proposer writes again ("如您
    还有其他意见，我乡将及时研究"): a courtesy, no promise."""
    return bool(
        re.match(
            r"(?:如|若|如果)(?:您|你)(?:还|对)?[^，,。；;]{0,12}(?:意见|建议|想法|诉求)[，,]", words
        )
    )


def _measured(words: str) -> str:
    """The words after a figure without the measure word it is counted in (23处: jieba tags
    a lone 处 a verb)."""
    return words[1:] if words[:1] and is_classifier(words[0]) else words


def _acts(words: str) -> bool:
    """Whether the words hold a verb or a preposition (对, 为), as jieba tags them."""
    return any(tag[:1] in ("v", "p") for _, tag in tagged(words))
