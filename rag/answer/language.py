"""Language helpers shared by retrieval and the extractive answerer.

Question language, intent, reference numbers and ordinals, content terms for
keyword evidence, and the English→Chinese glossary that lets an English question
hit the Chinese BM25 index.  Heavy things (jieba's dictionary, the glossary file)
load on first use and are cached.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

# -- language ---------------------------------------------------------------------------

_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def is_english(text: str) -> bool:
    """True when the question is written in English (a stray 号 or issuer name doesn't count)."""
    cjk = len(_CJK.findall(text))
    words = len(_LATIN_WORD.findall(text))
    return words >= 2 and cjk <= words


# -- full-width / half-width ------------------------------------------------------------

_FULLWIDTH = {ord(c): ord(c) - 0xFEE0 for c in "０１２３４５６７８９（）：；？！，"}
_FULLWIDTH[0x3000] = 0x20


def halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


# -- proposal / suggestion numbers ------------------------------------------------------

# "第0798号", "0798号提案", "第182号建议", "No. 798", "proposal 798", "suggestion #182".
_NUMBER_PATTERNS = (
    re.compile(r"第\s*(\d{1,6})\s*号\s*(提案|建议)?"),
    re.compile(r"(\d{1,6})\s*号\s*(提案|建议)"),
    re.compile(r"\b(?:proposal|motion)s?\s*(?:no\.?|number|#)?\s*(\d{1,6})\b", re.I),
    re.compile(r"\b(?:suggestion)s?\s*(?:no\.?|number|#)?\s*(\d{1,6})\b", re.I),
    re.compile(r"(?:\bno\.|\bnumber|#)\s*(\d{1,6})\b", re.I),
    # "这份0798号答复": a bare "N号" of three or more digits, not a document number's
    # "〔2024〕300号" and not an address's "5号".
    re.compile(r"(?<![\d〕】\]）)])(\d{3,6})\s*号(?![楼院室路街门])"),
)


def norm_number(number: str | None) -> str:
    """Proposal numbers compare without leading zeros: "0798" == "798"."""
    if not number:
        return ""
    digits = halfwidth(str(number)).strip()
    return digits.lstrip("0") or "0"


def find_numbers(question: str) -> list[tuple[str, str | None]]:
    """(number as written, kind or None) for every proposal/suggestion number in the question."""
    text = halfwidth(question)
    found: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for index, pattern in enumerate(_NUMBER_PATTERNS):
        for match in pattern.finditer(text):
            number = match.group(1)
            kind: str | None = None
            if index in (0, 1):
                kind = match.group(2)
            elif index == 2:
                kind = "提案"
            elif index == 3:
                kind = "建议"
            if norm_number(number) not in seen:
                seen.add(norm_number(number))
                found.append((number, kind))
    return found


# -- ordinals ("第四点", "第2条", "the second one") -------------------------------------

_CN_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_EN_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}
_CN_ORDINAL = re.compile(
    r"第\s*([一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:点|条|项|个|部分|方面)"
)
_EN_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|4th|5th)\b"
    r"|\b(?:point|item|number)\s+(\d{1,2})\b",
    re.I,
)


def _cn_number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _CN_DIGITS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _CN_DIGITS.get(tens, 1) * 10 + _CN_DIGITS.get(ones, 0)
    return _CN_DIGITS.get(text, 0)


def find_ordinal(question: str) -> int | None:
    """The n of "第n点/条/项" or "the n-th one"; None when the question names no ordinal."""
    text = halfwidth(question)
    match = _CN_ORDINAL.search(text)
    if match:
        return _cn_number(match.group(1)) or None
    match = _EN_ORDINAL.search(text)
    if match:
        if match.group(1):
            return _EN_ORDINALS[match.group(1).lower()]
        return int(match.group(2))
    return None


# -- intent -----------------------------------------------------------------------------

PLAN, RESULT, META = "plan", "result", "meta"

_INTENT_WORDS = {
    META: (
        re.compile(
            r"发文字号|文号|字号|索引号|审签|签发|谁签|签字|协办|提案人|建议人|哪位委员|哪位代表|"
            r"谁提出|谁提的|日期|什么时候|何时|哪天|联系人|联系电话|成文|发布机构|"
            r"哪个部门答复|谁答复|由谁"
        ),
        re.compile(
            # Stems take any ending: "co-handled", "co-organisers", "proposers".
            r"\b(?:who signed|signed|signer|document number|reference number|doc(?:ument)? no|"
            r"co-?organi[sz]\w*|co-?handl\w*|proposer\w*|who (?:proposed|wrote|submitted)|"
            r"when was|what date|dated|contact)\b",
            re.I,
        ),
    ),
    PLAN: (
        re.compile(
            r"下一步|下步|将来|将会|将要|将如何|将怎样|将怎么|将在|将重点|将采取|将建立|将开展|将推动|"
            r"将加强|将从|计划|打算|今后|未来|接下来|准备|工作重点|会怎么|会做|会采取|会如何|"
            r"要做什么|要怎么|要如何|要达到|要扩大|要提高"
        ),
        re.compile(
            # "plan" as a verb ("Does the bureau plan an online system?"), not the noun of
            # "the three-year action plan".
            r"\b(will|plans? (?:to|an?|on)|planned|planning|next|future|going to|intends?|"
            r"upcoming)\b|\b(?:do|does|did)\s+(?:\w+\s+){1,3}(?<!action )(?<!year )plan\b",
            re.I,
        ),
    ),
    RESULT: (
        re.compile(
            r"做了|已经|已|开展了|取得|成效|进展|完成|做过|采取了|实施了|印发|制定了|举办了|出台了|"
            r"建成了|推进了|目前|截至|去年|以来"
        ),
        re.compile(
            # "research results" are 科研成果, a topic, not a question about what was done.
            r"\b(done|did|achieved|so far|(?<!research )(?<!scientific )results?|progress|"
            r"accomplished|already|has been|"
            r"have been|carried out|implemented|taken|drew up|draw up|drawn up|issued)\b",
            re.I,
        ),
    ),
}
# Nouns that contain an intent word: "三年行动计划" names a plan document, it doesn't ask
# about plans; a quoted name is a name.
_INTENT_NOUNS = re.compile(r"行动计划|三年计划|计划单列|百人计划|[“\"《][^”\"》]*[”\"》]")

# Section headings and parts each intent prefers.
INTENT_SECTIONS = {
    PLAN: re.compile(r"下一步|工作重点|计划|打算|今后|展望|工作思路|努力方向"),
    RESULT: re.compile(
        r"工作开展情况|开展情况|办理情况|工作情况|基本情况|已|成效|进展|取得|主要做法|工作成效"
    ),
}
META_PARTS = frozenset({"meta", "opening", "closing", "signature", "salutation", "title"})


def detect_intent(question: str) -> str | None:
    """plan, result or meta (what kind of section answers it), or None."""
    text = _INTENT_NOUNS.sub("", question)
    for intent in (META, PLAN, RESULT):
        cn, en = _INTENT_WORDS[intent]
        if cn.search(text) or en.search(text):
            return intent
    return None


# "哪几项行动", "包括哪些", "一共几大块？各是什么？": the answer lists items (often the
# headings of sibling sections), and its count is the number of items, not a figure.
_ASKS_LIST = re.compile(
    r"哪几[项个条方类块部]|包括哪[些几]|有哪几|几大[块类项部方]|几个(?:方面|部分|板块)|几部分|"
    r"各(?:自)?是什么|分别是(?:什么|哪)|"
    r"\bwhich (?:\w+ )?(?:actions|measures|points|parts|areas|priorities)\b|"
    r"\bwhat are the (?:\w+ )?(?:parts|points|priorities|areas|actions|measures)\b",
    re.I,
)


def asks_list(question: str) -> bool:
    return bool(_ASKS_LIST.search(question))


def list_phrases() -> re.Pattern[str]:
    """The phrases that make a question a list question (see `asks_list`)."""
    return _ASKS_LIST


# -- follow-ups -------------------------------------------------------------------------

_FOLLOW_UP_CN = re.compile(
    r"其中|那么|那它|这个|这些|这项|这封|这份|该|上述|它|此|以上|前面|刚才|那个|这|呢[？?]?$"
)
_FOLLOW_UP_EN = re.compile(
    r"\b(it|its|this|that|these|those|they|them|there|the second one|what about|how about|"
    r"above|mentioned)\b|^\s*and\b",
    re.I,
)
# An elliptical follow-up names only the new topic and borrows the rest of the previous
# question: "技术经纪人呢？" after "2023年技术合同交易额增长了多少？".
_ELLIPSIS = re.compile(
    r"呢\s*[？?]?\s*$|^\s*(?:那么?|那)|\b(?:what about|how about)\b|^\s*and\b", re.I
)


def is_elliptical(question: str) -> bool:
    return bool(_ELLIPSIS.search(question)) and len(content_terms(question)) <= 3


def looks_like_follow_up(question: str) -> bool:
    """The question leans on the previous turn (pronoun, "其中", "第n点", "what about")."""
    if find_ordinal(question) is not None:
        return True
    return bool(_FOLLOW_UP_CN.search(question) or _FOLLOW_UP_EN.search(question))


# Words that point back and carry no content of their own; dropped from the rewrite.
_DEICTIC_CN = re.compile(
    r"其中|那么|上述|以上|刚才|前面|这封答复函|这份答复函|这封信|这封函|这个|这些|这项|那个|它们|它|该"
)
_DEICTIC_EN = re.compile(
    r"\b(what about|how about|the second one|this one|that one|it|this|that|there)\b|^\s*and\b",
    re.I,
)


def strip_deictic(question: str) -> str:
    text = _DEICTIC_CN.sub("", question)
    text = re.sub(r"^\s*那么?|呢(?=\s*[？?]?\s*$)", "", text)
    text = _DEICTIC_EN.sub("", text)
    return re.sub(r"\s+", " ", text).strip(" ，,")


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
def _jieba():
    import jieba

    jieba.setLogLevel(60)  # its "Building prefix dict" chatter goes to stderr otherwise
    jieba.initialize()
    return jieba


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
