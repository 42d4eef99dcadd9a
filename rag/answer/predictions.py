"""What a sentence of a reply foretells rather than promises: the effect a measure will
have ("建成后，停车压力将大为缓解", "将使…路程缩短8公里"), what the measures will bring
("通过以上措施，我县乡村旅游将实现…转变") and what the bureau believes will come ("我们相信，
…环境将持续改善") — a thing's future, not a doer's.

    unpredicted("该路段建成后,将使沿线群众出行更便捷。")   # the prediction blanked out (□)
    predicts("通过以上措施,我局将在年底前完成改造。")       # False: the bureau will act
"""

from __future__ import annotations

import re

from rag.answer.doers import PEER
from rag.answer.doers import WE as _WE
from rag.letters.genre import ORG_SUFFIX

# What an estimate foretells, up to its amount ("预计年内可增长一倍": the 年内 is no deadline of
# the bureau's), not over a 将 ("预计调整后每年财政投入将突破1000万元" is the bureau's plan), nor
# over a deed or a deadline on the way ("预计2025年底前完成12个…改造", "预计年内新建…200个").
_ESTIMATED = (
    r"(?![^，,。；;将]{0,16}?(?:投入|投资|安排|筹措|争取|完成|建成|新建|建设|开工|实施|配备|前))"
    r"[^，,。；;将]{0,16}?"
    r"(?:\d(?![\d.]*\s*个?\s*(?:年|月|日|号|季度|时|天|周|星期|小时|工作日))"
    r"|[一二三四五六七八九十两][成倍])"
)
# An estimate of an amount ("预计亩均节水30%"), not a schedule ("预计年底完工", "预计3个月内
# 完成") nor the bureau's own spending ("我局预计投入资金500万元"): blanked after the rules
# below have read the sentence whole ("建成后，预计…可达…" opens on a work done).
_ESTIMATE = re.compile(r"(?<![我本][局委厅办])(?<!我们)预计" + _ESTIMATED)
# A predicted effect of a measure — on people or a problem, not the bureau's own doing — or
# what will be possible once it is done ("建成后可解决…"; 今后 / 此后 are "from now on").
EFFECT = re.compile(
    r"将会?(?:有效|极大地?|大大|明显|显著|缓解|方便|便利|惠及|成为|"
    r"得[到以](?:有效|极大|明显|进一步|根本|彻底|显著|全面|大幅|较大|很大|较好|更好|持续|逐步)?"
    r"(?:改善|缓解|提升|提高|解决))"  # ("…缺水问题将得到解决": the problem's future)
    r"|(?<![今此以之然随])后[，,]?(?:可以?|能够?)"
    # "野猪危害有望得到有效控制", "…利用率有望在明年达到35%": expected, not undertaken
    r"|有望[^，,。；;]*"
)
# A sentence that opens on a work done ("建成后，", "工程实施后，") and goes on with what
# will then be of a thing ("…停车压力将大为缓解", "防洪标准可由…提高到…"), or, with no
# subject, with what it will solve or bring ("将彻底解决…问题", "将进一步带动周边消费"): a
# prediction. Right after the work the bureau may also promise ("项目完成后，将组织验收"); a
# condition it waits for (待/等…后) or goes through (经…后) is followed by what it will do.
_AFTERWARDS = re.compile(
    r"^(?![经待等在])[^，,。；;]{1,20}?(?<![今此以之然随])后[，,]"
    r"(?P<subject>[^，,。；;]{0,16}?)(?:将会?|可以?|能够?)"
    r"(?P<solves>(?:彻底|有效|极大地?|大大|明显|显著|根本上|进一步)?"
    r"(?:解决|缓解|改善|满足|提升|提高|使(?!用)|带动|拉动|惠及))?"
)
# What the measures will bring ("通过以上措施，我县乡村旅游将实现…转变"): a thing's future,
# not a doer's ("通过…，我局将…" promises), as is what the bureau believes will come
# ("我们相信，…环境将持续改善", "相信…一定会早日落地").
_THROUGH = re.compile(
    r"^(?:通过[^，,。；;]{1,24}?[，,]|届时[，,]?)(?P<subject>[^，,。；;]{1,16}?)(?:也)?将会?"
)
# As a change goes on, what it does to a thing ("随着品牌影响力的提升，务工人员的收入水平将
# 进一步提高"), not what is scheduled ("随着资金到位，该项目将于明年开工") or done next.
_AS_IT_GOES = re.compile(
    r"^随着[^，,。；;]{1,24}?[，,](?P<subject>[^，,。；;]{1,16}?)将会?(?:进一步|不断|持续|逐步)?"
    r"(?:提高|提升|改善|增加|扩大|增强|减少|降低|下降|上升|增长)"
)
_BELIEF = re.compile(r"(?:相信|坚信)(?P<rest>[^。；;]*)")
_DOER_LAST = re.compile(rf"(?:{_WE}|我[县市区]|{ORG_SUFFIX}|政府|部门|单位)$")
# What may stand between a doer and its 将 ("我局还将", "我局下一步将", "我局一定将").
_BY_THE_WAY = re.compile(r"(?:还|也|都|又|亦|一定|必|下一步|同时|随后|继续|今后)+$")


def _doer(subject: str) -> bool:
    """Whether a clause's subject, before its 将, ends with a doer (the bureau, a unit)."""
    return bool(_DOER_LAST.search(_BY_THE_WAY.sub("", subject.strip())))


def mask(match: re.Match[str]) -> str:
    """A blank as long as the match, for `re.sub`: offsets stay those of the sentence."""
    return "□" * len(match.group(0))


def predicts(words: str) -> bool:
    """Whether a sentence (its own words) tells an effect a measure will have."""
    return unpredicted(words) != words


def unpredicted(words: str) -> str:
    """The sentence with what it predicts blanked out."""
    estimates = [m.span() for m in _ESTIMATE.finditer(words)]  # (blanked last)
    words = EFFECT.sub(mask, words)
    belief = _BELIEF.search(words)
    if belief and not _doer_will(belief.group("rest")):
        words = words[: belief.start()] + mask(belief) + words[belief.end() :]
    through = _THROUGH.match(words) or _AS_IT_GOES.match(words)
    if through and not _doer(through.group("subject")):
        words = _foretold(words, through)
    after = _AFTERWARDS.match(words)
    if after and (after.group("solves") or after.group("subject")):
        if not _agent(after.group("subject")):
            words = _foretold(words, after)
    for start, end in estimates:
        words = words[:start] + "□" * (end - start) + words[end:]
    return words


def _foretold(words: str, opening: re.Match[str]) -> str:
    """The sentence with a prediction that `opening` starts blanked out, with the clauses
    after it that foretell too ("…建成后，乡村学生将能够…，城乡教育差距将进一步缩小。"); a
    clause in which a doer will act is the bureau's ("…，我局将组织验收")."""
    rest = words[opening.end() :]
    if _doer_will(rest):
        return mask(opening) + rest
    return "□" * len(words)


def _doer_will(clauses: str) -> bool:
    """Whether a clause of what is believed has a doer that will act ("相信…，区委、区政府将
    …适时研究": a promise), not a thing that will be so ("…环境将持续改善")."""
    return any(
        _doer(re.split(r"[，,]", clauses[: m.start()])[-1]) for m in re.finditer("将", clauses)
    )


def _agent(subject: str) -> bool:
    """Whether a clause's subject is the bureau or a unit (a doer), not a thing."""
    return bool(re.search(r"[我本]", subject) or PEER.search(subject))
