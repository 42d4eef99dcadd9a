"""Which place a question asks for, and whether a sentence names one of that kind.

    asked = place_asked("新幼儿园建在哪个村？")
    asked.answered_by("新园选址在城东村。")         # True: a village the question does not name
    asked.answered_by("重庆市将加快幼儿园建设。")     # False: a city is no village

A place is asked by its kind — "哪个村", "哪些路段", "放在哪个园区", "which village" — or
as an address ("地址", "the address of").  Only a name of that kind answers: a word ending
in the kind after a name ("城东" + "村", "空港" + "大道"), or a proper name jieba tags that
ends in it ("渝中区").  "哪里" and "什么地方" alone ask nothing that can be checked: "卡在
哪里" asks where an obstacle is, "重点放在哪里" a focus, "用在哪些地方" the uses of money.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.answer.bilingual import chinese_candidates
from rag.answer.issuers import place_core
from rag.answer.pinyin_names import names_spelled, place_in_english
from rag.answer.words import in_dictionary, tagged
from rag.letters.genre import PLACE_UNITS

# A firm's name ends so ("县交投公司"); "…企业" alone is a kind of firm ("产业企业").
_FIRM_ENDS = ("公司", "集团", "厂")
# An organisation's name ends so ("市疾控中心", "省水利水电勘测设计研究院", "县农技站").
_BODY_ENDS: tuple[str, ...] = ("机构", "中心", "院", "所", "站", "协会", "学会", "办公室", "委员会")
# (a bureau is a body too: "哪个机构负责" is answered by "由县发改委牵头")
_BODY_ENDS += ("小组", "专班", "银行", "局", "委", "厅", "办", "政府", "大队", *_FIRM_ENDS)
# A firm asked by its role in a project, and how its name ends ("…建筑工程有限公司", "市政工程处").
_ROLE_KINDS = frozenset(
    ("施工单位", "承建单位", "中标单位", "施工方", "承建方", "承包商", "供应商", "供货商")
    + ("厂家", "厂商", "开发商")
)
_ROLE_ENDS = (*_FIRM_ENDS, "工程处", "工程队")
# The kind of place a word after 哪个/哪些 asks for → the last words of names that answer.
_KINDS: dict[str, tuple[str, ...]] = {
    "村": ("村", "村委会"),
    "村委会": ("村委会", "村"),
    "居委会": ("居委会", "社区"),
    "社区": ("社区", "居委会"),
    "小区": ("小区",),
    "街道": ("街道",),
    "乡": ("乡",),
    "镇": ("镇",),
    "乡镇": ("乡", "镇"),
    "县": ("县", "旗"),
    "区": ("区",),
    "路段": ("路", "大道", "街", "路段"),
    "园区": ("园区", "园"),
    # an institution is asked like a place, by its kind ("哪几所学校", "哪家医院")
    "学校": ("学校", "中学", "小学", "学院", "大学"),
    "医院": ("医院", "卫生院"),
    # a company is asked like a place, by its kind, and named by its ending; so is one
    # asked by its role in a project ("哪家施工单位承建", "供应商是哪家")
    "企业": _FIRM_ENDS,
    "公司": _FIRM_ENDS,
    "机构": _BODY_ENDS,
    **dict.fromkeys(_ROLE_KINDS, _ROLE_ENDS),
}
_WHICH = frozenset({"哪个", "哪些", "哪几个", "哪一个", "哪", "哪家", "哪几家", "哪一家"})
# English: the kind, then a verb, a preposition or the end ("which village will …"), not
# a modifier ("county-level measures", "road map", "street lighting").
_EN_KINDS = {
    "village": "村",
    "town": "镇",
    "township": "乡镇",
    "county": "县",
    "district": "区",
    "road": "路段",
    "street": "路段",
    "park": "园区",
    "compound": "小区",
    "estate": "小区",
    "community": "社区",
    "company": "企业",
    "companies": "企业",
    **dict.fromkeys(("agency", "institution", "institute", "lab", "laboratory"), "机构"),
    **dict.fromkeys(("organisation", "organization"), "机构"),
    "firm": "企业",
    "enterprise": "企业",
    "school": "学校",
    "hospital": "医院",
    # a firm asked by its role in a project
    **dict.fromkeys(
        ("contractor", "supplier", "vendor", "manufacturer", "builder", "developer"), "施工单位"
    ),
}
# Words before the kind that are no modifier of it: "what will the county do" asks no county.
_NOT_MODIFIERS = (
    r"(?:and|or|is|are|was|were|will|would|do|does|did|has|have|had|can|could|should|"
    r"the|a|an|this|that|its|their|of) "
)
_EN_KIND_WORDS = "|".join(sorted(_EN_KINDS, key=len, reverse=True))
_EN_ASKS = re.compile(
    # "which rural roads", "which old residential compound": up to two words before it
    # ("what brand or supplier": the kind the alternative names)
    r"\b(?:which|what) (?!kind |type |sort )(?:[a-z]+ or )??(?:(?!"
    + _NOT_MODIFIERS
    + r")[a-z]+ ){0,2}?"
    rf"(?P<kind>{_EN_KIND_WORDS})s?(?:\s*[?,.]|\s*$|"
    r" (?:is|are|was|were|will|would|did|does|do|has|have|had|got|gets|in|of|on|near|along|\w+ed)\b|"
    # a verb whose past is irregular: "which company built it", "which firms took over"
    r" (?:built|won|took|ran|made|paid|sold|bought|got|gave|led|held|undertook|oversaw)\b|"
    # a verb in the present: "which insurance company underwrites it", "which firm runs it"
    r" [a-z]+[^s\W]s (?=(?:the|a|an|its|their|it|this|that|these|those)\b|(?-i:[A-Z]))|"
    # "what brand or supplier of …": two kinds asked as one
    rf" or (?P<other>{_EN_KIND_WORDS})s?\b)",
    re.I,
)
# "What is the name of the testing lab", "the name of the company that …"
_EN_NAME_ASKED = re.compile(
    rf"\bname of the (?:[a-z-]+ ){{0,3}}?(?P<kind>{_EN_KIND_WORDS})s?\b", re.I
)
# An address: the noun ("地址", "the address of", "its address"), not the verb ("address
# the shortage").  A street and number, or a web address, answers it.
_ASKS_ADDRESS = re.compile(
    r"地址|\b(?:the|its|their|street|postal|office) address(?:es)?\b|\baddress (?:of|for)\b", re.I
)
_ADDRESS = re.compile(r"[\u4e00-\u9fff]{1,6}(?:路|街|巷|大道)\d+号|https?://\S+|www\.\S+")
_PROPER = frozenset({"ns", "nt", "nr", "nz"})
# Firms listed by name before 等企业 ("支持甲乙、丙丁等企业"; not "电子信息、生物医药等产业
# 企业", a list of trades).
_LISTED_FIRMS = re.compile(
    r"[\u4e00-\u9fffA-Za-z]{2,12}、[^，,。；;]{2,40}?等\d*[家个]?(?:企业|公司)"
)
# The words of a body's name before its last word: nouns, names, abbreviations ("交投").
_NAME_TAGS = ("n", "vn", "j", "zg", "b", "eng")
# A name with the level of government it belongs to is one body ("县交投公司",
# "省水利水电勘测设计研究院"); so is a registered firm ("…有限公司").
_LEVELS = ("省", "市", "县", "区", "州", "镇", "乡", "国家", "中国")
_LEVEL_WORD = re.compile(r"[省市县区州乡镇村]+$")  # "乡镇卫生院" names no one


# A state builder named by its numbered bureau ("中铁十局", "中交二公局").
_ENGINEERING_BUREAU = re.compile(r"[\u4e00-\u9fff]{1,3}[一二三四五六七八九十]{1,2}公?局")


@dataclass(frozen=True)
class PlaceAsked:
    """The last words of names that answer (empty for an address), the question, and the
    places of that kind it names itself, which are no answer."""

    ends: tuple[str, ...]
    question: str
    named: tuple[str, ...] = ()

    @classmethod
    def of(cls, ends: tuple[str, ...], question: str) -> PlaceAsked:
        return cls(ends, question, tuple(names_of_kind(question, ends)) if ends else ())

    @property
    def firm(self) -> bool:
        """Whether a company or another body is asked for by name ("哪家公司中标", "which
        contractor", "哪家第三方检测机构")."""
        return self.ends[: len(_FIRM_ENDS)] == _FIRM_ENDS or self.body

    @property
    def body(self) -> bool:
        """Whether a body that need not be a company is asked for ("哪家检测机构")."""
        return self.ends == _BODY_ENDS

    def answered_by(self, sentence: str) -> bool:
        if not self.ends:
            return bool(_ADDRESS.search(sentence))
        if self.firm:
            # "美莱德、博唯佰泰等企业": firms named by their short names; "第三方物业公司"
            # names none
            listed = _LISTED_FIRMS.search(sentence) or _ENGINEERING_BUREAU.search(sentence)
            return bool(listed or bodies_named(sentence, self.ends))
        return any(
            not any(place.endswith(n) or n.endswith(place) for n in self.named)
            and not (self.question.isascii() and place_in_english(place, self.question))
            for place in names_of_kind(sentence, self.ends)
        )


def place_asked(question: str) -> PlaceAsked | None:
    """The place the question asks for, if it asks one by its kind or its address."""
    if _ASKS_ADDRESS.search(question):
        return PlaceAsked.of((), question)
    english = _EN_ASKS.search(question) or _EN_NAME_ASKED.search(question)
    if english:
        asked = english.groupdict()
        kinds = [_EN_KINDS[asked[k].lower()] for k in ("kind", "other") if asked.get(k)]
        return PlaceAsked.of(tuple(dict.fromkeys(e for k in kinds for e in _KINDS[k])), question)
    named = _NAME_ASKED.search(question)
    if named:
        return PlaceAsked.of(_KINDS[_kind_of(named.group("kind"))], question)
    words = [*tagged(question), *[("", "x")] * 4]
    for i in range(len(words) - 5):
        # "哪个村", or with a measure word between: "哪 / 几家 / 企业"
        # (not "哪两类企业": kinds of firm, not firms)
        counted = words[i][0] == "哪" and words[i + 1][1] == "m"
        if counted and re.search(r"[类种样]", words[i + 1][0]):
            continue
        # "哪 / 7 / 个 / 乡镇": a figure and its measure word apart
        apart = counted and words[i + 1][0].isdigit() and words[i + 2][1] in ("m", "q")
        at = i + 3 if apart else i + 2 if counted else i + 1
        # "哪家第三方检测机构": a body asked with words of its kind between
        for ahead in (1, 2):
            between = words[at : at + ahead]
            if _kind_of(words[at + ahead][0]) in _BODY_KINDS and all(
                t in ("m", "b", "n", "vn") for _, t in between
            ):
                at += ahead
                break
        # ("成立了什么机构" asks what kind of body; "是什么公司" asks its name)
        firm = _kind_of(words[at][0]) in ("公司", "企业")
        which = words[i][0] in _WHICH or words[i][0] == "什么" and firm
        kind = _kind_of(words[at][0]) if which else ""
        # "哪些社区卫生服务中心": the place word leads a longer noun; it is not asked.
        # "哪些企业可以申请": who may apply, not a firm to name.
        after = words[at + 1]
        # (a firm's noun after it rarely leads a longer one: "哪家公司中标施工的", "哪家施工
        # 单位中标承建的", however jieba tags 中标)
        firm_kind = kind in _BODY_KINDS or kind in _ROLE_KINDS
        longer = after[1].startswith("n") and (
            not firm_kind or in_dictionary(words[at][0] + after[0])
        )
        if kind and not longer and after[0] not in _ELIGIBLE:
            return PlaceAsked.of(_KINDS[kind], question)
    return None


# What may follow a kind asked as a condition, not as a name: "哪些企业可以申请补贴".
_ELIGIBLE = frozenset({"可以", "能", "可", "能够", "有资格", "符合", "才能", "需要"})


# A body asked by name after its kind: "那家物业公司叫什么", "检测机构是哪家", "承建单位
# 是哪家", "公司名称是什么".
_BODY_KINDS = ("公司", "企业", "机构")
_NAME_ASKED = re.compile(
    r"(?P<kind>公司|企业|机构|银行|(?:施工|承建|中标|检测|评估|运营|设计|监理)单位|施工方|承建方|"
    r"供应商|开发商)的?(?:名称|名字|全称)?"
    r"(?:分别)?(?:是|叫|为)(?:哪[一几]?家|哪个|什么(?:名字|名称)?)(?=[？?，,。！!]|$)"
)


def _kind_of(word: str) -> str:
    """The kind a word names: itself, a park ("工业园区" is a 园区), a company ("物业公司")
    or another body ("检测机构")."""
    if word in _KINDS:
        return word
    if word.endswith(("公司", "机构", "银行", "单位")) and len(word) > 2:
        return word[-2:] if word[-2:] in ("公司", "机构") or word in _KINDS else "机构"
    if word.endswith("设计院") or word == "银行":
        return "机构"
    return "园区" if word.endswith(("园区", "产业园", "工业园")) else ""


def names_of_kind(text: str, ends: tuple[str, ...]) -> list[str]:
    """Names in the text ending in one of `ends`: the place word and the nouns right before
    it ("城东" + "村", "迎龙科创" + "园"; jieba cuts unknown names anywhere).  A common word
    ending so ("农村", "自然村", "幼儿园", "工业园区") is a name only after a proper name
    ("城南" + "工业园区"); a verb before the place word ends the name ("建设集聚区")."""
    words = tagged(text)
    found = []
    for index, (word, tag) in enumerate(words):
        end = next((e for e in ends if word.endswith(e)), None)
        if end is None:
            continue
        common = len(word) > len(end) and tag not in _PROPER and in_dictionary(word)
        if common and _after_a_place(words, index):
            common = False  # "六屯镇" + "大" + "木村": a name in an address, however cut
        # the word's own characters before the place word belong to the name (创 of 创园)
        name = "" if common else word[: -len(end)]
        for before, before_tag in reversed(words[max(0, index - 3) : index]):
            proper = before_tag in _PROPER
            if not (proper or before_tag.startswith("n") and not common) or len(name + before) > 6:
                break
            name = before + name
        if len(name) >= 2:
            found.append(name + (word if common else end))
    return found


def _unknown(word: str) -> bool:
    """A Chinese word jieba's dictionary does not know: a name, most likely."""
    return bool(re.fullmatch(r"[\u4e00-\u9fff]+", word)) and not in_dictionary(word)


def bodies_named(text: str, ends: tuple[str, ...]) -> list[str]:
    """Companies and other bodies the text names, ending in one of `ends`: a name holds a
    proper noun or a word jieba's dictionary does not know ("武夷山市绿源物业管理有限公司",
    "国网邢台供电公司"), or begins with its level ("市疾控中心"); "第三方物业公司", "专业
    检测机构" and "相关公司" are kinds of body, not names."""
    words = tagged(text)
    found = []
    for index, (word, tag) in enumerate(words):
        if not word.endswith(ends):
            continue
        name = [(word, tag)]
        for before in reversed(words[max(0, index - 4) : index]):
            if not before[1].startswith(_NAME_TAGS):
                break
            name.insert(0, before)
        # (the last word's tag alone is no name: jieba tags "卫生院" an organisation)
        # (an unknown word names only in Chinese: "5G基站" names no body)
        named = any(
            (t in _PROPER or t in ("nrt", "j") or _unknown(w)) and not _LEVEL_WORD.match(w)
            for w, t in name[:-1]
        )
        named = named or _unknown(word) or tag in _PROPER and len(word) >= 5
        leveled = any(w in _LEVELS for w, _ in name[:-1])  # ("委托" + "市" + "疾控中心")
        if named or leveled or "有限" in "".join(w for w, _ in name):
            found.append("".join(w for w, _ in name))
    return found


# The units a place of a lower level is written after in an address ("修文县六屯镇大木村").
_HIGHER = PLACE_UNITS


def _after_a_place(words: list[tuple[str, str]], index: int) -> bool:
    """Whether the word at `index` follows a proper place name of a higher level, with at
    most one short word between: then it names a place of its own, whatever jieba made of
    it ("大" + "木村" after "六屯镇")."""
    for back in (1, 2):
        if index - back < 0:
            return False
        word, tag = words[index - back]
        if tag in _PROPER and word.endswith(_HIGHER) and len(word) >= 2:
            return True
        if tag in _PROPER or len(word) > 2:
            return False
    return False


# What a question compares with: "跟杭州、黄山这些地方比有啥优势", "和全省平均相比",
# "How does Yueyang's number compare with Changsha's?", "more than in Baoji".
_COMPARED_CN = re.compile(r"(?:跟|和|与|同|较)([^，,。？?跟和与同较]{2,20}?)(?:相比|比较|对比|比)")
_COMPARED_EN = re.compile(
    r"\bcompared? (?:\w+ ){0,8}?(?:with|to|against) (?P<a>[^?,.;]+)|"
    r"\bthan (?:in|at|that of|those of) (?P<b>[^?,.;]+)",
    re.I,
)


def compared_places(question: str) -> tuple[str, ...]:
    """The places a question compares something with: Chinese place names, or for an
    English question the capitalised words after "compared with" / "than" ("Changsha")."""
    match = _COMPARED_CN.search(question)
    if match:
        return tuple(w for w, tag in tagged(match.group(1)) if tag == "ns" and len(w) >= 2)
    match = _COMPARED_EN.search(question)
    if match:
        said = match.group("a") or match.group("b") or ""
        return tuple(w for w in re.findall(r"\b[A-Z][a-z]+(?:'s)?", said) if _names_a_place(w))
    return ()


def _names_a_place(word: str) -> bool:
    """Whether a capitalised English word may be a Chinese place spelled in pinyin: the
    dictionary spells a name so, or knows no English word so ("Changsha", "Qinghe"; not
    "Plan" or "Provincial")."""
    word = word.removesuffix("'s")
    return bool(names_spelled(word)) or not chinese_candidates(word.lower())


def names_compared(sentence: str, compared: tuple[str, ...]) -> bool:
    """Whether the sentence names a place the question compares with (in Chinese, or as
    English spells it in pinyin): a comparison with Changsha says 长沙."""
    if any(place_core(place) in sentence for place in compared):
        return True
    spelled = " ".join(c.removesuffix("'s") for c in compared)
    places = [w for w, tag in tagged(sentence) if tag == "ns" and len(w) >= 2]
    return spelled.isascii() and any(place_in_english(p, spelled) for p in places)


# A brand or model asked ("烘干机是什么牌子的", "终端是啥型号", "what brand"): a name given as
# one ("“蜀声YJ-300”型", "“金谷”牌", "品牌为…", "型号YJ-300") or "…牌" answers it — not any
# quoted slogan ("一村一品"), a road or a standard's code (G318, GB50016), nor a sign (警示牌)
# or a regional brand (公用品牌); a description of the machines does not.
_ASKS_BRAND = re.compile(
    r"(?:什么|哪个|哪种|啥|哪家的?)(?:牌子|品牌|型号|牌的)|(?:牌子|品牌|型号)(?:是|叫)(?:什么|啥|哪)|"
    r"\b(?:what|which) (?:brand|make)\b(?![-\w])|\b(?:what|which) model (?:is|are|was|were|do|"
    r"does|did)\b|\bmodel number\b|\bbrand name\b",
    re.I,
)
BRAND = re.compile(
    r"[“\"「][^”\"」]{1,16}[”\"」](?:牌|型|品牌|商标|系列)|(?:品牌|牌子|型号|商标)(?:为|是|：|:)\s*\S|"
    r"(?<![A-Za-z])[A-Z]{1,5}-?\d{2,5}[A-Z]?型|型号\s*[A-Z]{1,5}-?\d|"
    r"[\u4e00-\u9fff]{2,6}(?<![示告识引志挂号门路站铭品标])牌(?![子照匾])"
)


def brand_asked(question: str) -> bool:
    """Whether the question asks a brand or model by name."""
    return bool(_ASKS_BRAND.search(question))
