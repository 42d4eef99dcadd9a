"""Terms: what a question is about, as words a letter could contain.

The question's language, its content terms (jieba search-mode tokens without question
and genre words), the English→Chinese glossary that lets an English question reach the
Chinese keyword index, interchangeable government-writing words, quoted names, and the
provinces and cities a question mentions.  Heavy things (jieba's dictionary, the glossary
file) load on first use and are cached.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from types import ModuleType

# -- language ---------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def is_english(text: str) -> bool:
    """True when the question is written in English (a stray 号 or issuer name doesn't count)."""
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    return words >= 2 and cjk <= words


# -- content terms ----------------------------------------------------------------------

# Question words, function words and genre words: they say nothing about which passage
# answers, so they neither count as keyword evidence nor as missing evidence.
_STOP = frozenset(
    """
    的 了 在 是 有 和 与 及 以及 或 对 对于 关于 把 被 给 从 向 为 为了 以 于 由 就 都 也 还 又 并 而
    吗 呢 吧 啊 么 呀 什么 哪些 哪个 哪 哪里 哪儿 怎么 怎样 怎么样 如何 多少 几 谁 为什么 是否 是不是 能否 可以
    请问 请 介绍 介绍一下 一下 说说 讲讲 具体 具体指 指 内容 主要 方面 问题 情况 有关 相关 哪些方面
    会 要 将 能 该 这 那 其 其中 此 上述 以上 这个 那个 这些 那些 它 它们 他们 我们 你们 您
    做 做了 做什么 干 干什么 采取 措施 举措 工作 开展 进行 提出 提到 说 讲 写 回答 答复 答复函 回复 函 信
    提案 建议 委员 代表 局 委 市 区 县 重庆 重庆市 政府 部门 单位 这封 这份 封 份 号 第 点 条 项
    下一步 计划 打算 今后 未来 接下来 准备 已经 已 目前 现在 取得 成效 哪些工作 重点 工作重点
    一 二 三 四 五 六 七 八 九 十 到底 一共 总共 分别 各 各自 究竟
    """.split()
)

_EN_STOP = frozenset(
    """
    a an the of in on at to for from by with about and or is are was were be been being do does did
    what which who whom whose when where why how will would shall should can could may might must
    has have had this that these those it its they them their there here bureau letter reply replies
    proposal suggestion say says said said about mention mentions regarding concerning any some
    me you we our your i please tell explain give list next plan plans planned future done so far
    """.split()
)


@cache
def _jieba() -> ModuleType:
    import jieba

    jieba.setLogLevel(60)  # its "Building prefix dict" chatter goes to stderr otherwise
    jieba.initialize()
    module: ModuleType = jieba
    return module


@cache
def glossary() -> dict[str, tuple[str, ...]]:
    """English phrase → Chinese keywords (rag/answer/glossary.json)."""
    raw = resources.files("rag.answer").joinpath("glossary.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return {k.lower(): tuple(v) for k, v in data.items() if not k.startswith("_")}


@cache
def _glossary_pattern() -> re.Pattern[str]:
    # Longest phrase first so "technology service" wins over "technology".
    phrases = sorted(glossary(), key=len, reverse=True)
    alternatives = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?<![a-z])(?:{alternatives})(?:s|es)?(?![a-z])", re.I)


def expand_english(question: str) -> list[str]:
    """Chinese keywords for the English domain terms of the question, in question order."""
    out: list[str] = []
    table = glossary()
    for match in _glossary_pattern().finditer(question):
        phrase = match.group(0).lower()
        terms = (
            table.get(phrase)
            or table.get(phrase.removesuffix("es"))
            or table.get(phrase.removesuffix("s"))
        )
        for term in terms or ():
            if term not in out:
                out.append(term)
    return out


def tokens(text: str) -> list[str]:
    """jieba search-mode tokens (a compound and its parts), stopwords and punctuation dropped."""
    out: list[str] = []
    for token in _jieba().cut_for_search(text):
        token = token.strip()
        if not token or token in _STOP or not _CJK.search(token) and not token.isalnum():
            continue
        if token.isascii() and (token.lower() in _EN_STOP or len(token) < 2):
            continue
        if len(token) == 1 and _CJK.match(token):
            continue  # single characters match almost any passage
        if token not in out:
            out.append(token)
    return out


def content_terms(question: str) -> list[str]:
    """What a passage must contain to answer the question: Chinese terms, or glossary terms
    for an English question (English words have nothing to match in a Chinese letter)."""
    if is_english(question):
        cjk_parts = "".join(_CJK.findall(question))
        terms = expand_english(question)
        generic = {
            "局",
            "提案",
            "建议",
            "答复",
            "委员",
            "代表",
            "下一步",
            "计划",
            "工作开展情况",
            "成效",
        }
        terms = [t for t in terms if t not in generic]
        return terms + [t for t in tokens(cjk_parts) if t not in terms] if cjk_parts else terms
    quoted = [p for p in _QUOTED.findall(question) if _CJK.search(p)]
    return list(dict.fromkeys([*quoted, *tokens(question)]))


# Words government replies and the people asking about them use for the same thing: a
# question that says 定期 is answered by a letter that says 常态化.  Each group is a set
# of interchangeable words (whole jieba terms); a term is found when any of its group is.
_SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("定期", "常态化", "经常性"),
    ("网上", "线上", "在线", "网络"),
    ("资金", "经费", "补助资金", "专项资金"),
    ("补贴", "补助", "奖补"),
    ("提高", "提升"),
    ("扶持", "支持"),
    ("公开", "发布", "公布"),
    ("加装", "增设"),
    ("翻番", "倍增"),
    ("公司", "企业"),
    ("园区", "科创园", "产业园"),
    ("培训", "培养"),
    ("考核", "评价", "评估"),
    ("办理", "办复"),
    ("审批", "审核"),
    ("上线", "建成", "投用"),
)
_SYNONYMS: dict[str, tuple[str, ...]] = {
    word: tuple(w for w in group if w != word) for group in _SYNONYM_GROUPS for word in group
}


def variants(term: str) -> tuple[str, ...]:
    """The term and the words that say the same in a reply letter (see _SYNONYM_GROUPS)."""
    return (term, *_SYNONYMS.get(term, ()))


_QUOTED = re.compile(r"[“\"「『《]([^”\"」』》]{2,30})[”\"」』》]")


def quoted_terms(question: str) -> frozenset[str]:
    """Terms inside quotes or book-title marks (“双倍增”, 《…》), with their jieba parts."""
    found: set[str] = set()
    for phrase in _QUOTED.findall(question):
        found.add(phrase)
        found.update(tokens(phrase))
    return frozenset(found)


def keyword_query(question: str) -> str:
    """The query for the BM25 index: the question, plus glossary keywords when it is English."""
    if is_english(question):
        return " ".join([question, *expand_english(question)])
    return question


# -- places -------------------------------------------------------------------------------

# Provinces and large cities, in Chinese and English: a question about a place no letter
# mentions ("上海市2023年技术合同成交额") is not answered by letters from elsewhere, however
# close the rest of its wording is.
_PLACES = {
    "北京": "beijing",
    "上海": "shanghai",
    "天津": "tianjin",
    "重庆": "chongqing",
    "河北": "hebei",
    "山西": "shanxi",
    "辽宁": "liaoning",
    "吉林": "jilin",
    "黑龙江": "heilongjiang",
    "江苏": "jiangsu",
    "浙江": "zhejiang",
    "安徽": "anhui",
    "福建": "fujian",
    "江西": "jiangxi",
    "山东": "shandong",
    "河南": "henan",
    "湖北": "hubei",
    "湖南": "hunan",
    "广东": "guangdong",
    "海南": "hainan",
    "四川": "sichuan",
    "贵州": "guizhou",
    "云南": "yunnan",
    "陕西": "shaanxi",
    "甘肃": "gansu",
    "青海": "qinghai",
    "台湾": "taiwan",
    "内蒙古": "inner mongolia",
    "广西": "guangxi",
    "西藏": "tibet",
    "宁夏": "ningxia",
    "新疆": "xinjiang",
    "香港": "hong kong",
    "澳门": "macau",
    "深圳": "shenzhen",
    "广州": "guangzhou",
    "成都": "chengdu",
    "武汉": "wuhan",
    "杭州": "hangzhou",
    "南京": "nanjing",
    "西安": "xi'an",
    "苏州": "suzhou",
    "长沙": "changsha",
    "郑州": "zhengzhou",
    "青岛": "qingdao",
    "厦门": "xiamen",
    "贵阳": "guiyang",
    "昆明": "kunming",
    "合肥": "hefei",
}
_PLACE_CN = re.compile("|".join(sorted(_PLACES, key=len, reverse=True)))
_PLACE_EN = re.compile(
    r"\b("
    + "|".join(re.escape(v) for v in sorted(_PLACES.values(), key=len, reverse=True))
    + r")\b",
    re.I,
)
_PLACE_BY_EN = {v: k for k, v in _PLACES.items()}


def places(question: str) -> list[str]:
    """Province/city names the question mentions, in Chinese."""
    found = _PLACE_CN.findall(question)
    found += [_PLACE_BY_EN[m.lower()] for m in _PLACE_EN.findall(question)]
    return list(dict.fromkeys(found))
