"""Query: what a question asks, read from its words.

The proposal numbers and ordinals it names, its intent (plans, results or a letter's
metadata fields), whether it asks for a list, and whether it leans on the previous turn.
"""

from __future__ import annotations

import re

from rag.answer.meta_fields import META_FIELDS as META_FIELDS
from rag.answer.meta_fields import MetaField as MetaField
from rag.answer.meta_fields import fields_asked as fields_asked
from rag.answer.meta_fields import fields_named as fields_named
from rag.answer.meta_fields import names_the_reply as names_the_reply
from rag.answer.terms import content_terms
from rag.letters.genre import cn_number, halfwidth, proposal_digits

# -- proposal / suggestion numbers ------------------------------------------------------

# "第0798号", "0798号提案", "第182号建议", "No. 798", "proposal 798", "suggestion #182";
# as letters print them, with a series ("第BH037号", "第2025B017号") or in Chinese numerals
# with the kind ("第二十三号提案"; not "第一号楼", "第五号台风").
_SERIES = r"(?:\d{4}[A-Za-z]{1,3}|[A-Za-z]{1,3})?\d{1,8}"
# What a numbered name is of: "No. 2 Experimental Primary School", "No. 3 Bridge".
_INSTITUTION = (
    r"(?-i:Experimental|Primary|Middle|High|School|Kindergarten|Hospital|Bridge|Road|Street|"
    r"Park|Station|Team|Brigade|Mine|Factory|Company|Hall|Gate|Dock|Pier|Reservoir|Well)\b"
)
_NUMBER_PATTERNS = (
    re.compile(
        rf"第\s*({_SERIES}|[一二三四五六七八九十百零]{{1,6}}(?=\s*号\s*[提建]))\s*号\s*(提案|建议)?"
    ),
    re.compile(rf"(?<![A-Za-z\d])({_SERIES})\s*号\s*(提案|建议)"),
    re.compile(r"\b(?:proposal|motion)s?\s*(?:no\.?|number|#)?\s*(\d{1,8})\b", re.I),
    re.compile(r"\b(?:suggestion)s?\s*(?:no\.?|number|#)?\s*(\d{1,8})\b", re.I),
    # (not a name's "No. 2 Experimental Primary School", "Number 3 Bridge")
    re.compile(
        r"(?:\bno\.|\bnumber|#)\s*(\d{1,8})\b(?!(?:\s+[A-Z][a-z]+)*\s+" + _INSTITUTION + ")", re.I
    ),
    # "这份0798号答复": a bare "N号" of three or more digits, not a document number's
    # "〔2024〕300号" and not an address's "5号".
    re.compile(r"(?<![\dA-Za-z〕】\]）)])(\d{3,8})\s*号(?![楼院室路街门])"),
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
            number = proposal_digits(match.group(1))
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


def find_ordinal(question: str) -> int | None:
    """The n of "第n点/条/项" or "the n-th one"; None when the question names no ordinal."""
    text = halfwidth(question)
    match = _CN_ORDINAL.search(text)
    if match:
        return cn_number(match.group(1)) or None
    match = _EN_ORDINAL.search(text)
    if match:
        if match.group(1):
            return _EN_ORDINALS[match.group(1).lower()]
        return int(match.group(2))
    return None


# -- intent -----------------------------------------------------------------------------

PLAN, RESULT, META = "plan", "result", "meta"

_INTENT_WORDS = {
    # A question naming a letter field asks about the letter (`fields_named`, tried first in
    # `detect_intent`); these are the words that ask about it without naming a field.
    META: (
        re.compile(r"什么时候|何时|哪天|成文|发布机构|由谁"),
        re.compile(r"\b(?:signed|dated)\b", re.I),
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
    PLAN: re.compile(r"下一?步|工作重点|计划|打算|今后|展望|工作思路|(?:努力|工作)方向"),
    RESULT: re.compile(
        r"工作开展情况|开展情况|办理情况|工作情况|基本情况|已|成效|进展|取得|主要做法|工作成效"
    ),
}
META_PARTS = frozenset({"meta", "opening", "closing", "signature", "salutation", "title"})


def detect_intent(question: str) -> str | None:
    """plan, result or meta (what kind of section answers it), or None; a question that
    names a field of the letter (承办人和电话, 谁领衔提的) asks about the letter itself."""
    if fields_named(question):
        return META
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
    r"其中|那么|那它|这个|这些|这项|这封|这份|该|上述|它|此|以上|前面|刚才|那个|这|呢[？?]?$|"
    # "他们要求设的基金是多少钱？": opening the question, the people the previous turn named
    # (not a group the question names itself: "残疾人就业难，怎么帮他们")
    r"^\s*(?:那么?)?[他她]们?(?![人乡山国律处用])"
)
_FOLLOW_UP_EN = re.compile(
    r"\b(it|its|this|that|these|those|they|them|there|the second one|what about|how about|"
    r"above|mentioned)\b|^\s*and\b|"
    # a count whose thing is left unsaid: "How many were shut down?"
    r"^\W*how (?:many|much)(?: more)? (?:were|was|are|is|did|do|does|have|has|had|will)\b"
    r"(?![^?]*\b(?-i:[A-Z]))",  # (not "How many were closed in Wuchuan?": a place of its own)
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


def own_intent(question: str) -> str | None:
    """The intent the question's own words ask, its pointing words aside ("那它的下一步呢"
    → plan), or read whole when only with them does it say one: "when was it written"
    names the letter's date, "when was written" names nothing."""
    return detect_intent(strip_deictic(question)) or detect_intent(question)


# -- what shape the answer takes --------------------------------------------------------------

# "对比各地…", "compare how the bureaus answered …": letters side by side — but not "对比去年",
# "与去年相比" or "compare with last year", which compare figures, not letters.
_COMPARES = (
    r"(?:对比|比较)(?:一下)?各|横向(?:对比|比较)|\bside by side\b|"
    r"\bcompare (?:how|what)\b|"
    r"\bcompare (?:the )?(?:[\w']+ )?(?:answers|replies|responses|letters|bureaus|departments|places|governments)\b"
)
# "what kinds of proposals did the science bureaus reply to": what each letter answers.
_SUBJECTS_EN = (
    r"\bwhat (?:(?:kinds?|sorts?|types?) of )?(?:proposals|suggestions|issues|requests|matters) "
    r"(?:did|do|have|had) (?:the |each |different )?(?:[\w-]+ ){0,5}"
    r"(?:bureaus|departments|commissions|committees|letters|replies|governments|offices) "
    r"(?:reply|replied|respond|responded|answer|answered|handle|handled)(?: to)?\s*\??\s*$"
)
# "收到了哪些建议", "分别答复了哪些问题": the proposals a letter answers, asked in Chinese
_ANSWERED_WHICH = r"(?:收到|办理|答复|回应|回复)[了过]?哪些(?:建议|提案|问题|事项|诉求)"
_ASKS_SUBJECTS = re.compile(
    rf"(?:都|分别|各自|一共)?{_ANSWERED_WHICH}|"
    r"(?:答复|回应|回复|办理)的?(?:都|分别)?是(?:关于)?(?:哪些|什么)(?:建议|提案|问题|事项)|"
    rf"{_SUBJECTS_EN}",
    re.I,
)
# "哪些答复函涉及…", "各地对…是怎么答复的", "which letters discuss …": one line per letter.
_ASKS_LETTERS = re.compile(
    r"哪些(?:答复函|答复|复函|回复|函件|来函|信|部门|单位|地方|地区|县|区|市)|"
    r"哪几(?:封|份|个部门|个地方)|各地|各(?:个|级)?(?:部门|单位|地方|县|区|市|局)|"
    r"(?:答复函|复函|函件)(?:都|一共|共|还)?有哪些[呢吗]?[？?。!！]?\s*$|"
    rf"{_ANSWERED_WHICH}[呢吗]?[？?。!！]?\s*$|{_COMPARES}|{_SUBJECTS_EN}|"
    r"\bwhich (?:\w+ )?(?:letters|replies|bureaus|departments|places|counties|cities|governments)\b|"
    r"\bhow did (?:the |each |different )?(?:\w+ )?(?:bureaus|departments|places|governments)\b",
    re.I,
)
# "提到了哪些措施", "是怎么答复的", "what did the bureau say": the letter's points in order.
_ASKS_POINTS = re.compile(
    r"哪些措施|哪些举措|什么措施|什么举措|采取了哪些|提到了哪些|"
    r"怎么答复|如何答复|怎样答复|怎么回复|如何回复|答复了什么|回复了什么|说了什么|答复内容|主要内容|"
    r"\bwhat did (?:the |this |that )?(?:\w+ ){0,6}(?:say|reply|answer|respond|propose|promise)\b|"
    r"\bhow did (?:the |this |that )?(?:\w+ ){0,6}(?:reply|answer|respond)\b|"
    r"\bwhat (?:measures|steps|actions)\b",
    re.I,
)


def asks_letters(question: str) -> bool:
    """The question asks which letters (or places) say something: an answer per letter —
    not "which departments helped the bureau handle it", which asks one letter's
    co-handlers."""
    if any(f.name == "co_handlers" for f in fields_asked(question)):
        return False
    return bool(_ASKS_LETTERS.search(question))


def asks_subjects(question: str) -> bool:
    """The question asks what proposals the letters answer ("各地卫生健康部门分别答复了哪些
    问题？"): if it asks nothing else, each letter's line is the proposal it replies to."""
    return bool(_ASKS_SUBJECTS.search(question))


def without_subjects(question: str) -> str:
    """The question without its asking what proposals were answered: what else it asks."""
    return _ASKS_SUBJECTS.sub("", question)


def asks_points(question: str) -> bool:
    """The question asks what a letter says as a whole: its points, in order."""
    return bool(_ASKS_POINTS.search(question))


# "这份答复函里提到了哪些部门？": the letter already in the conversation, not all of them.
_POINTS_BACK = re.compile(
    r"这封|这份|该函|该答复|本函|此函|其中|上述|\b(?:this|that) (?:letter|reply)\b", re.I
)


def points_back(question: str) -> bool:
    """The question points back at the letter the conversation is about."""
    return bool(_POINTS_BACK.search(question))


def asks_compare(question: str) -> bool:
    """The question asks for letters side by side: which letters, and how each answered
    ("各地对停车难是怎么答复的"), or in so many words ("对比各地…", "compare how …")."""
    return asks_letters(question) and (
        asks_points(question) or bool(re.search(_COMPARES, question, re.I))
    )
