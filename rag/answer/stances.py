"""What a reply says the bureau holds to or what there is, rather than what it did or will
do: a stance ("我局始终把农村养老服务作为重要内容来抓") and an inventory ("全市现有农村客运
班线412条，…"), neither a commitment nor an action however the section reads.

    holds("我镇始终把治水作为头等大事来抓。")        # True
    holds("全县现有村级卫生室186个。")              # True
    holds("下一步，我局将始终把安全作为首要任务来抓。")  # False: 将 promises (the caller's tense)
"""

from __future__ import annotations

import re

# A stance: what the bureau always treats something as ("始终（坚持）把…作为…来抓/来推进").
_STANCE = re.compile(
    r"(?:始终|一直|历来|坚持)(?:坚持)?把[^。；;]{2,40}?(?:作为|当作|当成)[^。；;]{2,30}?"
    r"来(?:抓|推进|落实|推动|谋划)"
)
# An inventory: what a place has now ("全省现有…", "目前，全市现有…"), in its first clause.
_INVENTORY = re.compile(
    r"^(?:目前|当前|现阶段|截至[^，,。；;]{1,16})?[，,]?全[省市县区镇乡旗]?(?:共|范围内)?现有"
)


def holds(words: str) -> bool:
    """Whether a sentence (its own words) states a stance or an inventory: no deed, no plan
    of its own (the caller lets a 将 or 已 of the sentence decide first)."""
    return bool(_STANCE.search(words) or _INVENTORY.match(words))
