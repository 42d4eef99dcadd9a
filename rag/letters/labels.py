"""The labels portals and letterheads print their metadata under, by the `Meta` field each
fills (`rag.letters.header` reads the lines they open).

    field_of("发 布 日 期")  # → "date_published"
    field_of("编稿时间")      # → "date_line": any other label of a date is the page's date
"""

from __future__ import annotations

import re

# Metadata labels portals and letterheads use, by the Meta field each one fills. The
# publishing body (发布机构) is often the portal or a general office, not the issuer.
LABEL_FIELDS = {
    "index_no": "索引号 索取号 信息索引号",
    "doc_number": "发文字号 文号",
    "topic": "主题分类",
    "genre": "体裁分类 组配分类",
    "publisher": "发布机构",
    "source": "来源 来源于 信息来源 文章来源 稿件来源 稿源",
    "issuing_body": "发文机关 发文机构 发文单位 制发机关",
    "title": "标题 文件标题 公文标题 公文名称 文章标题 信息标题 信息名称 文件名称 名称 题名 题目",
    "date_written": "成文日期 成文时间 发文日期 发文时间 生成日期 生效日期 答复时间 答复日期 "
    "办复日期 签发日期 印发日期 印发时间 制发日期",
    "date_published": "发布日期 发布时间 信息发布日期 信息发布时间 公开日期 公开时间 公布日期 "
    "上网时间 发表日期 发表时间 发稿时间 录入时间 添加时间 上传时间",
    "date_line": "日期 时间 更新时间",
    "category": "类别 办复类别 答复类别 办理类别 办理类型 办理结果 答复类型",
    "signer": "签发人 签发 签发领导 领导签发 审签 审签人",
    # A portal's own card for the proposal: its number, who proposed, who co-handled.
    "proposal_no": "提案编号 建议编号 提案号 建议号 案号",
    "proposer": "提案人 建议人 领衔人 提出人 领衔代表 领衔委员 附议代表 附议委员 附议人 "
    "联名代表 联名委员 联名人 领衔 附议",
    "co_handlers": "协办单位 会办单位",
    # the units handling it, each marked (`承办单位：A（主办）　B（会办）`): the co-handlers
    "handling": "承办单位 办理单位",
    # the lead unit, and the co-handlers after it (`主办：A　协办：B、C`)
    "lead": "主办",
}
LABELS: dict[str, str | None] = {
    label: field for field, labels in LABEL_FIELDS.items() for label in labels.split()
}
# Recognised so the line leaves the body, but not kept.
LABELS.update(
    dict.fromkeys(
        "公开方式 公开属性 公开类别 公开范围 有效性 有效日期 时效 时效性 主题词 分类 "
        "内容概述 主办单位 浏览次数 浏览量 点击数 访问次数 访问量 阅读次数 "
        "阅读量 点击 浏览 阅读 字号 字体 作者 编辑 责任编辑 发布人 发布者 录入 审核 校对 分享到 "
        "版权所有 网站标识码 技术支持 信息所属单位 所属单位 所属机构 信息分类 公开形式 公开时限 "
        "文种 效力状态 关键词 实施日期 废止日期 机构分类 行业分类 公文类型 著录日期 著录时间 "
        "答复内容 回复内容 办理内容 正文 附件 全文 复文".split()
    )
)
# Any other label of a date with a date after it (`编稿时间:2023-09-06`, `更新日期:…`, a
# copy's cut `稿时间:…`): the page's own date, as `日期:` is.
# (a word of its own: not 务局　发布日期 of `来源:某某区商务局　发布日期:…`)
# (not the proposal's or its handling's own dates: 提案时间, 立案时间, 会议时间, 交办日期)
_DATE_LABEL = r"(?![^时日]*(?:提案|建议|议案|立案|会议|交办|提出|办结|答复|办理))[\u4e00-\u9fff]{1,4}?(?:时间|日期)"
_DATED = rf"(?<![\u4e00-\u9fff]){_DATE_LABEL}(?=\s*[:：]\s*(?:19|20)\d{{2}}[-年./])"
# Any other label of who proposed: one of several (`第一提案人:`, `联名提案人:`) or by name
# (`代表姓名` over the deputies, one per line).
_PROPOSER_LABEL = r"[\u4e00-\u9fff]{2}(?:提案|建议|议案)人|(?:代表|委员|提案人|建议人)姓名"
LABEL_ALT = "|".join(
    [r"\s*".join(map(re.escape, label)) for label in sorted(LABELS, key=len, reverse=True)]
    + [_PROPOSER_LABEL, _DATED]
)  # longest first, so 发文字号 is not read as 文号; `索 引 号` is 索引号


def field_of(label: str) -> str | None:
    """The `Meta` field a label fills, whatever the spacing inside it (None: read, not kept)."""
    key = re.sub(r"\s+", "", label)
    if key in LABELS:
        return LABELS[key]
    if re.fullmatch(_PROPOSER_LABEL, key):
        return "proposer"
    return "date_line" if re.fullmatch(_DATE_LABEL, key) else None


# The units a 承办单位 line marks as co-handling (`B（会办）`, `B、C（协办）`).
_CO_HANDLING = re.compile(r"([^\s，,；;|（(）)]+?)\s*[（(](?:会办|协办)(?:单位)?[)）]")
# The units a 主办 field's value goes on to name as co-handling (`A　协办：B、C`).
_AFTER_LEAD = re.compile(r"(?:会办|协办)(?:单位)?\s*[:：]\s*(\S+)")


def co_handling(name: str | None, value: str) -> tuple[str | None, str]:
    """A field that names the units handling the reply, as the co-handlers it names: of a
    承办单位 field those marked 会办 / 协办 (`A（主办）　B（会办）`), of a 主办 field those
    after 协办 (`A　协办：B、C`)."""
    if name == "handling":
        return "co_handlers", "、".join(_CO_HANDLING.findall(value))
    if name == "lead":
        return "co_handlers", "、".join(_AFTER_LEAD.findall(value))
    return name, value
