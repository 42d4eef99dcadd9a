"""Terms: what a question is about, as words a letter could contain.

The question's language; its content terms — jieba search-mode tokens without question
and genre words, or for an English question the Chinese words a bilingual dictionary
gives (`rag.answer.bilingual`), kept when the letters hold them; quoted names; and the
place names it mentions (jieba's own tags).  No topic glossary and no synonym table:
paraphrase is the dense model's job.  jieba's dictionary loads on first use."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rag.answer.bilingual import (
    chinese_candidates,
    dictionary,
    english_words,
    first_sense,
    translate,
    translation_groups,
)
from rag.answer.pinyin_names import is_name, names_spelled
from rag.answer.words import in_dictionary, jieba_loaded, tagged
from rag.letters.genre import CN_NUMERALS, PLACE_UNITS, cn_number

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
    提案 建议 委员 代表 局 委 市 区 县 政府 部门 单位 这封 这份 封 份 号 第 点 条 项
    下一步 计划 打算 今后 未来 接下来 准备 已经 已 目前 现在 取得 成效 哪些工作 重点 工作重点
    一 二 三 四 五 六 七 八 九 十 到底 一共 总共 分别 各 各自 究竟 涉及 谈到 讲到 说到 提及
    哪年 哪一年 哪天 哪一天 何时 几时 什么时候 多久 多长时间
    各地 各级 各部门 各单位 各地区 地方 对比 比较 比较一下 横向 逐一 怎么答复 如何答复
    """.split()
)

# A question word or a pointer with its measure word ("几辆", "几点", "多少个", "那座", "这批",
# "几块钱"): it asks or points, and names nothing a passage holds.
_ASKING = re.compile(
    r"(?:几|多少|这|那|哪)(?:个|辆|家|座|批|位|所|条|项|次|岁|名|户|亩|台|部|间|张|种|类|期|点|"
    r"块钱?|元|万|天|年|月|周|处|份|块|段|趟|顿)"
)

# "一亩地补多少钱" asks what letters write "每亩…元": 一 before a unit of a rate is 每 — a
# unit of measure, a person, a household, a use, a meal; not 个 or 所 ("建一个中心花了多少"
# asks one thing's total), not 一次性 (a lump sum), not 第一.
RATE_MEASURES = r"亩|吨|斤|公斤|千克|平方米|立方米?|方|公里|人|户|次|趟|顿|晚|夜"
_RATE = re.compile(rf"(?<![第十\d])一(?P<unit>{RATE_MEASURES}|年|月|天|周)(?!性)")


def _per(unit: str) -> str:
    """The rate as letters write it: 每亩, and 每立方米 for speech's 方 ("一方水多少钱")."""
    return "每" + ("立方米" if unit == "方" else unit)


# Words for "now" (目前, and as the dictionary gives it: 眼下, 如今, 时下, 当前): a question
# asks about the present of the letter it reads, which need not say so.
_NOW = frozenset(
    {"now", "nowadays", "at present", "present time", "at the present time", "currently"}
)
# …and words that hedge a figure (大概, 大约, 差不多, 大致, as the dictionary gives them): "大概
# 要多久" asks how long, and no letter need say "roughly".
_ROUGHLY = frozenset({"roughly", "approximately", "almost", "nearly", "more or less", "about"})
# Years counted from now (去年, 今年, 明年, 前年): where the letters do not write them, they
# write the year itself ("2023年共拨付…" answers "去年一共拨了多少").
_YEAR_FROM_NOW = frozenset({"last year", "this year", "next year", "year before last"})

# The stopwords jieba may cut into words of their own, longest first.
_STOP_PHRASES = re.compile(
    "|".join(sorted((w for w in _STOP if len(w) >= 3), key=len, reverse=True))
)

_EN_STOP = frozenset(
    """
    a an the of in on at to for from by with about and or is are was were be been being do does did
    what which who whom whose when where why how often frequently will would shall should can
    could may might must
    has have had this that these those it its they them their there here bureau letter reply replies
    proposal suggestion say says said said about mention mentions regarding concerning any some
    me you we our your i please tell explain give list next plan plans planned future done so far
    compare comparison side each bureaus departments places governments letters answer answered
    respond responded
    """.split()
)


def _without_stop_phrases(text: str) -> str:
    """The text with each stop phrase blanked where it starts and ends on one of jieba's
    word boundaries: "下一步" goes, the 具体指 of "具体指标" stays (it would cut 指标) — but
    the 答复函 of "答复函是" goes: jieba cuts 答复 + 函是, two characters that are no word."""
    cuts, at, straddling = {0}, 0, {}
    for word in jieba_loaded().cut(text):
        straddling[at + 1] = word if len(word) == 2 else ""  # the one place inside it
        at += len(word)
        cuts.add(at)

    def ends(at: int) -> bool:  # on a boundary, or inside a two-character non-word ("函是")
        return at in cuts or bool(straddling.get(at)) and not first_sense(straddling[at])

    return _STOP_PHRASES.sub(
        lambda m: " " if m.start() in cuts and ends(m.end()) else m.group(), text
    )


def tokens(text: str) -> list[str]:
    """jieba search-mode tokens (a compound and its parts), stopwords and punctuation
    dropped; a stop phrase goes before jieba cuts it ("下一步" → "下" + "一步")."""
    out: list[str] = []
    for token in jieba_loaded().cut_for_search(_without_stop_phrases(text)):
        token = token.strip()
        if not token or token in _STOP or not _CJK.search(token) and not token.isalnum():
            continue
        if token.isascii() and (token.lower() in _EN_STOP or len(token) < 2):
            continue
        if len(token) == 1 and _CJK.match(token):
            continue  # single characters match almost any passage
        if _ASKING.fullmatch(token) or first_sense(token) in _NOW | _ROUGHLY:
            continue
        if token not in out:
            out.append(token)
    return out


Known = Callable[[str], bool]


def content_terms(question: str, known: Known | None = None) -> list[str]:
    """What a passage must contain to answer the question: its Chinese terms, or for an
    English question the Chinese words CC-CEDICT gives for its words that `known` accepts
    (the caller passes "occurs in the letters") and the Chinese names it spells in pinyin
    that `known` accepts ("Xinmi" → 新密), plus any Chinese it quotes."""
    if is_english(question):
        terms = translate(question, known or _anything)
        if known is not None:
            terms += [t for t in names_held(question, known) if t not in terms]
        terms += [t for t in _unheld(question, known) if t not in terms]
        cjk_parts = "".join(_CJK.findall(question))
        return terms + [t for t in tokens(cjk_parts) if t not in terms] if cjk_parts else terms
    quoted = [p for p in _QUOTED.findall(question) if _CJK.search(p)]
    rates = {m.group("unit") for m in _RATE.finditer(question)}
    found = [_per(t[1:]) if t[:1] == "一" and t[1:] in rates else t for t in tokens(question)]
    if known is not None:
        found = [_as_held(question, t, known) for t in found] + _glued(question, known)
        # a number asked in words ("八十多岁", "几块钱") is a figure the letters write in
        # their own way ("80周岁以上", "4元"), not a word a passage must hold
        # …and so is a year counted from now
        found = [
            t
            for t in found
            if known(t) or not (_NUMBER_PHRASE.fullmatch(t) or first_sense(t) in _YEAR_FROM_NOW)
        ]
    return list(dict.fromkeys([*quoted, *found]))


def _glued(question: str, known: Known) -> list[str]:
    """Words jieba's dictionary lacks, which it cuts into single characters ("箫笛" → 箫,
    笛), that the letters hold: the longest run of two to four such characters they write."""
    found: list[str] = []
    run: list[str] = []
    for word in [*jieba_loaded().cut(question), "。"]:
        if len(word) == 1 and _CJK.match(word) and word not in _STOP:
            run.append(word)
            continue
        spans = [(i, j) for i in range(len(run)) for j in range(len(run), i + 1, -1) if j - i <= 4]
        held = ["".join(run[i:j]) for i, j in spans if known("".join(run[i:j]))]
        found += [max(held, key=len)] if held else []
        run = []
    return found


def alike_terms(question: str, known: Known) -> dict[str, int]:
    """Which of `content_terms`' terms a letter needs only one of (term → the group's
    number): for an English question, the Chinese renderings of one English word; for a
    Chinese one, the alternatives it lists ("违法、非法或违规的行为")."""
    if not is_english(question):
        return _alternatives(question, content_terms(question, known))
    groups = translation_groups(question, known)
    return {t: n for n, group in enumerate(groups) if len(group) > 1 for t in group}


# Between two alternatives: "违法、非法或违规", "减免或者补贴".
_OR = re.compile(r"、|或者?|或是|/")


def _alternatives(question: str, terms: list[str]) -> dict[str, int]:
    """The terms a question lists as alternatives, each run one group: terms that follow
    each other with only 、 or 或 between them, in a run holding an 或 (a run joined by 、
    or 和 names things all asked), each one term ("绿地保护或绿化" lists phrases)."""
    spans = sorted(
        (question.find(t), -len(t), t) for t in terms if t in question and not _OR.fullmatch(t)
    )
    words: list[tuple[int, int]] = []  # (start, end) of terms that are not parts of another
    for at, size, _ in spans:
        if not words or at >= words[-1][1]:
            words.append((at, at - size))
    groups: dict[str, int] = {}
    first = 0
    for i in range(len(words)):
        gap = question[words[i][1] : words[i + 1][0]] if i + 1 < len(words) else "end"
        if _OR.fullmatch(gap):
            continue
        run = words[first : i + 1]
        joined, named = question[run[0][0] : run[-1][1]], [question[a:b] for a, b in run]
        # each one term (no term right after the last, "5G或者千兆光网"), none inside
        # another ("农民或农民工"), not a choice asked ("公交或地铁哪个更…")
        single = bool(gap) and not any(a != b and a in b for a in named for b in named)
        chosen = "哪" in question[run[-1][1] : run[-1][1] + 3]
        opens = _opens(question, words[first - 1] if first else None, run[0])
        if len(run) > 1 and "或" in joined and single and opens and not chosen:
            groups.update(dict.fromkeys(named, len(groups)))
        first = i + 1
    return groups


def _opens(question: str, previous: tuple[int, int] | None, first: tuple[int, int]) -> bool:
    """Whether the first alternative is a term of its own: words, nothing or a determiner
    stand before it ("某种违法、非法或违规"), not a noun it ends ("绿地保护或绿化")."""
    if previous is None or previous[1] < first[0]:
        return True
    return tagged(question[previous[0] : previous[1]])[-1][1].startswith(("r", "m"))


def _as_held(question: str, term: str, known: Known) -> str:
    """The term as the letters write it, when jieba cut it otherwise or it is in words."""
    return _in_digits(_recut(question, _held_part(question, term, known), known), known)


_NUMERAL = re.compile(f"[{CN_NUMERALS}]{{1,3}}")
# A number with its measure and nothing else: "八十多岁", "十多", "多岁", "块钱", "三个".
_NUMBER_PHRASE = re.compile(
    rf"(?=.*[{CN_NUMERALS}\d多余块])[{CN_NUMERALS}\d]*[多余几]?"
    r"(?:周岁|岁|块钱|块|元|顿|次|个|人|年|天|月|斤|亩|条|家|户|名|位|台|辆)?"
)


def _in_digits(term: str, known: Known) -> str:
    """The term with its number in digits when the letters write it so and not in words
    ("六十岁以上" asked, "60岁以上" written)."""
    if known(term) or not _NUMERAL.search(term):
        return term
    spelled = _NUMERAL.sub(lambda m: str(n) if (n := cn_number(m.group())) else m.group(), term)
    return spelled if spelled != term and not spelled.isdigit() and known(spelled) else term


_RECUT_LONGEST = 6
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def _recut(question: str, term: str, known: Known) -> str:
    """The term as the letters hold it when jieba glued a measure word to a word it does
    not know ("新开多少个助餐点" cut as 个助 + 餐点): the longest word of the question that
    the letters hold, opening after the measure word."""
    at = question.find(term)
    if len(term) < 2 or at < 0 or known(term):
        return term
    # only a measure word is left behind ("个" of 个助), never a name's part (万 of 万家村)
    if len(term) != 2 or next(iter(tagged(term[0])), ("", "x"))[1] != "q":
        return term
    for length in range(_RECUT_LONGEST, 2, -1):
        word = question[at + 1 : at + 1 + length]
        if len(word) == length and _HAN.fullmatch(word) and known(word):
            return word
    return term


_GLUED = "到至在和与跟同对给向的了过"  # function characters jieba may glue to a name's end


def _held_part(question: str, term: str, known: Known) -> str:
    """The term as the letters hold it when jieba glued a function character to a name it
    does not know ("加家塔到南洼" cut as 加家塔到 + 南洼): the name without it.  Any other
    word the search cutter made up that is no dictionary word is read as the tagger cuts
    it ("暑托班开了" cut as 暑托班开, tagged 暑托班 + 开): its longest part the letters hold."""
    if len(term) < 3 or known(term):
        return term
    if term[-1] in _GLUED and known(term[:-1]):
        return term[:-1]
    if in_dictionary(term):
        return term
    at = question.find(term)
    if at < 0:
        return term
    parts, start = [], 0
    for word, _ in tagged(question):  # the question's words lying within the term
        if at <= start and start + len(word) <= at + len(term):
            parts.append(word)
        start += len(word)
    held = [w for w in parts if 2 <= len(w) < len(term) and known(w)]
    return max(held, key=len) if held else term


def names_held(question: str, known: Known) -> list[str]:
    """The names the question spells in pinyin as the letters write them: alone, or with
    the unit a place name carries (新密 is written 新密市, which jieba keeps whole)."""
    held = []
    for name in names_spelled(question):
        forms = (name, *(name + unit for unit in PLACE_UNITS))
        form = next((f for f in forms if known(f)), None)
        if form is not None and form not in held:
            held.append(form)
    return held


def _unheld(question: str, known: Known | None) -> list[str]:
    """For each English word none of whose Chinese words the letters hold, its first one:
    missing evidence, which is what lets "How do I renew a passport?" be refused."""
    if known is None:
        return []
    out = []
    for word in english_words(question):
        candidates = chinese_candidates(word)
        if candidates and not any(known(c) for c in candidates[:4]):
            out.append(candidates[0])
    return out


def _anything(term: str) -> bool:
    return True


_QUOTED = re.compile(r"[“\"「『《]([^”\"」』》]{2,30})[”\"」』》]")


def quoted_terms(question: str) -> frozenset[str]:
    """Terms inside quotes or book-title marks (“双倍增”, 《…》), with their jieba parts."""
    found: set[str] = set()
    for phrase in _QUOTED.findall(question):
        found.add(phrase)
        found.update(tokens(phrase))
    return frozenset(found)


def keyword_query(question: str, known: Known | None = None, names: Iterable[str] = ()) -> str:
    """The BM25 query: the question, plus its Chinese terms and other `names` when English."""
    if not is_english(question):
        return question
    terms = content_terms(question, known)
    return " ".join([question, *terms, *(n for n in names if n not in terms)])


def place_names(question: str) -> list[str]:
    """Place names the question mentions, in order: words jieba tags so that CC-CEDICT
    knows only as names or that end in a place's unit (治安 "public order" is none), and
    not counted by a numeral as things ("两所新园用上以后": two new kindergartens), though
    one may say where things are from ("3家上海企业", "两个重庆的项目").  jieba tags many
    a county or city as a person's name (岑溪, 华亭, 岳阳: nr); one CC-CEDICT glosses as a
    place is a place, named bare (安居区, nr too, stays unread: a letter that lost its
    sign-off may never name its own place)."""
    words = [*tagged(question), ("", "x")]
    places = dictionary().places
    return list(
        dict.fromkeys(
            w
            for at, (w, tag) in enumerate(words[:-1])
            if (tag == "ns" or tag.startswith("nr") and w in places and not w.endswith(PLACE_UNITS))
            and len(w) >= 2
            and (is_name(w) or w.endswith(PLACE_UNITS))
            and not (at and _counted_thing(words, at))
        )
    )


def _counted_thing(words: list[tuple[str, str]], at: int) -> bool:
    """Whether words[at] is counted by the numeral and measure word before it ("两所"),
    and modifies no noun after it."""
    numeral, tag = words[at - 1]
    counted = tag == "m" and not numeral.startswith("第") and not numeral[-1].isdigit()
    modifies = words[at + 1][1].startswith("n") or words[at + 1][0] == "的"
    return counted and numeral[-1] not in "年月日号" and not modifies
