"""Support: how much of a question a sentence holds, and which names a figure or date
given for it must mention.

    shares = coverages(terms, passages, raw)
    led = coverages(terms, passages, with_lead_in(raw))   # a 其中 sentence with its lead
    led = coverages(terms, passages, with_antecedent(raw))   # a 该… sentence, its topic's
    held = coverages(terms, passages, in_letter(raw, passages, asks.measures))   # its letter
    named = named_things(question, passages, held)
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from rag.answer.bilingual import sense_words
from rag.answer.issuers import POINTING, common_word, place_core, places_in
from rag.answer.listed import listed_only_beside_a_figure
from rag.answer.pinyin_names import is_name, pinyin
from rag.answer.spelling import spelled_in
from rag.answer.terms import is_english, names_held
from rag.answer.words import in_dictionary, spans, tagged, word_ends
from rag.letters.genre import SECTION_NUMBER
from rag.letters.script import is_traditional, simplified
from rag.models import Passage

Raw = list[tuple[int, int, int, str]]  # (passage index, start, end, sentence)


def coverages(
    terms: list[str],
    passages: list[Passage],
    raw: Raw,
    weights: dict[str, float] | None = None,
    *,
    issuer: bool = False,
) -> list[float]:
    """Each sentence's weighted share of the question's terms; rarer terms say more (a term
    in every sentence, "科技", weighs little).  The heading path supplies the subject a
    sentence leaves out ("(四)…人才队伍 > 二是…").  (The sentence before one opening with
    其中 / 该 was tried as its context too: "其中,支持贵州省建设超30个联合体" then answered
    how many farmers found jobs, from "带动农民就业" the sentence before.)  `weights`, if
    given, are `term_weights(terms, raw)`, computed once by a caller that needs them too.
    With `issuer`, the issuer supplies the place and bureau a sentence's 我区 / 我局 stand
    for ("周村新增了几条…" of 淄博市周村区交通运输局's "我区共增加了八条…") in a sentence
    that holds some of the question's terms itself: whether a sentence is on the question's
    topic, not which of a letter's sentences is the most so (each one holds its issuer)."""
    weights = term_weights(terms, raw) if weights is None else weights
    total = sum(weights.values()) or 1.0

    def share(passage: Passage, text: str) -> float:
        own = sum(w for t, w in weights.items() if t in f"{passage.section}\n{text}")
        if not issuer or not own:  # the issuer alone puts no sentence on topic
            return own / total
        held = f"{passage.section}\n{text}\n{passage.issuer or ''}"
        return sum(w for t, w in weights.items() if t in held) / total

    return [share(passages[index], text) for index, _, _, text in raw]


def as_read(passage: Passage) -> Passage:
    """The passage with its title and issuer in simplified characters, as the store holds
    its text: a traditional-character letter's 績溪縣 is the 绩溪 a question names."""
    title, issuer = passage.title, passage.issuer
    if not is_traditional(f"{title or ''}{issuer or ''}"):
        return passage
    return replace(passage, title=title and simplified(title), issuer=issuer and simplified(issuer))


def term_weights(terms: list[str], raw: Raw) -> dict[str, float]:
    """Each term's weight in `coverages`: its length by how few sentences hold it."""
    df = {t: sum(t in s for *_, s in raw) for t in terms}
    return {t: len(t) * math.log(1 + len(raw) / (1 + df[t])) for t in terms}


def kin_share(weights: dict[str, float], section: str, text: str, issuer: str = "") -> float:
    """The sentence's share of the terms as `coverages` weighs them, where a word whose
    main CC-CEDICT sense is the term's holds the term too: a question asks in its own
    words ("提醒牌子" asked, "提示标志" written: both "sign"; not 合格 "meet the standard"
    for 标准, 联网 "connect to the network" for 网络, nor 省委 for 市委).  The issuer counts
    as in `coverages`, where the sentence holds some of the terms itself."""
    held = f"{section}\n{text}"
    senses = [sense_words(w) for w, _ in tagged(text) if len(w) >= 2]
    total = sum(weights.values()) or 1.0
    kin = {t: w for t, w in weights.items() if t in held or _kin(sense_words(t), senses)}
    given = {t: w for t, w in weights.items() if t in issuer} if kin else {}
    return sum({**kin, **given}.values()) / total


def _kin(asked: frozenset[str], senses: list[frozenset[str]]) -> bool:
    return bool(asked) and asked in senses


_PART_OF = re.compile(r"其中[,，:：]?")
# A sentence that names its topic by pointing back ("镇政府已将该路段硬化列入…，预计总投资约
# 52万元"): 该 / 上述 / 前述 before a noun, not 此外 / 因此 / 为此 (besides, so, for this).
# In its first clause: "城北中学新建综合楼已完成招标，该工程…" names its own topic first.
_POINTS_BACK = re.compile(r"(?:(?<!应)该|上述|前述)(?=[\u4e00-\u9fff])(?!项目?[，,。])")
_REFERS_BACK = re.compile(r"^[^，,；;：:]*?" + _POINTS_BACK.pattern)


def with_lead_in(raw: Raw) -> Raw:
    """Each sentence, one opening with 其中 preceded by the sentence before it in its
    passage (and a clause after a semicolon by its sentence's clauses before it), which
    names the whole it counts a part of ("…持续开展“一村一品”示范村镇认定
    工作。其中,…闵孝镇等110个村镇获得认定。").  Only a count whose counted thing stands
    beside its figure is judged with the lead: any figure of a 其中 sentence is not."""

    def first(at: int) -> int:
        lead = _sentence_start(raw, at)
        return lead - 1 if _follows(raw, lead) and _PART_OF.match(raw[lead][3]) else lead

    return _with_sentences_before(raw, first)


def with_antecedent(raw: Raw, proposals: Sequence[str] = ()) -> Raw:
    """Each sentence pointing back in its first clause ("镇政府已将该路段硬化列入…"), with
    the sentences before it in its passage, back past others that point back too, to the
    one that names what it points to; and each clause after a semicolon with the clauses of
    its sentence before it ("截至2018年底，…；全年蜂蜜产量186吨" is 2018's).  One that
    opens its passage ("针对该桥的病害情况，…") points to what the letter's proposal is
    about: `proposals[i]` is the proposal passage i's letter answers, if known."""

    def first(at: int) -> int:
        lead, points = _sentence_start(raw, at), _REFERS_BACK.search
        while _follows(raw, lead) and points(raw[lead][3]):
            lead, points = lead - 1, _POINTS_BACK.search  # the one before may point anywhere
        return lead

    leads = [first(at) for at in range(len(raw))]

    def heading(at: int) -> bool:
        return bare_heading(raw[at][3])

    def opens(at: int) -> str:
        """The proposal, when the sentence's lead still points back at its passage's start
        or right after its section's heading, which names no such thing (a heading "二、关于
        老街人行桥" is what "该桥" of the sentence after it points to)."""
        lead = leads[at]
        lead += lead < at and heading(lead)
        points = _REFERS_BACK.search(raw[lead][3])
        unnamed = points is not None and (
            not _follows(raw, lead)
            or heading(lead - 1)
            and raw[lead][3][points.end() : points.end() + 1] not in raw[lead - 1][3]
        )
        index = raw[at][0]
        return proposals[index] if unnamed and index < len(proposals) else ""

    led = _with_sentences_before(raw, leads.__getitem__)
    return [(i, start, end, opens(at) + text) for at, (i, start, end, text) in enumerate(led)]


def bare_heading(text: str) -> bool:
    """Whether the text is a numbered heading alone ("二、维修安排"), not a sentence after it."""
    return bool(SECTION_NUMBER.match(text)) and len(text) < 30


def _sentence_start(raw: Raw, at: int) -> int:
    """The first clause of the sentence clause `at` ends: a clause after a semicolon goes on
    with its sentence's topic and time ("截至2018年底，…；全年蜂蜜产量186吨" is 2018's)."""
    while _follows(raw, at) and raw[at - 1][3].rstrip().endswith(("；", ";")):
        at -= 1
    return at


def _follows(raw: Raw, at: int) -> bool:
    """Whether sentence `at` has one before it in its passage."""
    return at > 0 and raw[at - 1][0] == raw[at][0]


def _with_sentences_before(raw: Raw, first: Callable[[int], int]) -> Raw:
    return [
        (index, start, end, "".join(r[3] for r in raw[first(at) : at]) + text)
        for at, (index, start, end, text) in enumerate(raw)
    ]


def in_letter(raw: Raw, passages: list[Passage], measures: Callable[[str], bool]) -> Raw:
    """Each sentence that measures the thing asked ("小区门前绿地…面积约300平方米"), with
    its letter's passages at hand, which say whose it is ("该小区为区电力公司职工集资建房");
    any other with its sentence's clauses before it."""
    letters: dict[str, str] = {}
    for passage in passages:
        letters[passage.letter_id] = letters.get(passage.letter_id, "") + passage.text
    sentences = _with_sentences_before(raw, lambda at: _sentence_start(raw, at))
    return [
        (index, start, end, letters[passages[index].letter_id] if measures(text) else whole)
        for (index, start, end, text), (*_, whole) in zip(raw, sentences, strict=True)
    ]


def part_of(sentence: str, counted: tuple[str, ...], question: str) -> bool:
    """Whether the sentence counts only a kind of the thing asked, one the question does
    not name: "其中,农村学校68所" is no answer to how many schools there are."""
    for word in [w for w in counted if not any(w in c and w != c for c in counted)]:
        at = sentence.find(word)  # a compound's last character (园 of 幼儿园) aside
        while at >= 0:
            before = sentence[max(0, at - 2) : at]
            if not (len(before) == 2 and _CJK_ONLY.fullmatch(before)) or before in question:
                return False  # counted as itself somewhere ("26所学校", "贵州…村镇")
            at = sentence.find(word, at + 1)
    return bool(counted) and any(word in sentence for word in counted)


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff]+")
# Places a city's or a province's letter may give figures of apart from its own, and a
# run of a question that ends so and that the letters write (jieba splits names).
# (Not a town's or a 街道's: a letter names them before it counts them, or points back,
# 该镇 / 全街道, or names them only in a heading or its proposal's title — checked so, a
# review found ten answerable questions refused.)
_BELOW_CITY = ("县", "区", "市", "旗")
_PLACE_RUN = re.compile(r"[\u4e00-\u9fff]{2,3}(?:县|区|旗)")


def _without_lead(question: str, at: int, run: str) -> str:
    """The run without a numeral, a measure word or a preposition jieba cuts off its head:
    徐闻县 of "2018年徐闻县", 麦积区 of "在麦积区"."""
    start = 0
    for word, tag in tagged(question):
        if start == at and len(word) == 1 and tag[:1] in "mqpcuf":
            return run[1:]
        start += len(word)
        if start > at:
            break
    return run


def _a_name(place: str) -> bool:
    """Whether a place is named (徐闻县, 麦积区), not a kind of place (集聚区, 开发区): CC-CEDICT
    has its core only as a name, jieba tags it (or its core: 枫溪 of 枫溪区) a name, or its
    core is one word jieba's dictionary lacks (not a fragment such as 业集聚 of 服务业集聚区)."""
    core = place_core(place)
    unknown = len(tagged(core)) == 1 and core.isalpha() and not in_dictionary(core)
    return is_name(core) or _proper(place) or _proper(core) or unknown or _unknown_name(core)


def _proper(word: str) -> bool:
    """Whether jieba reads the word whole as a name (都匀市), common word though it be."""
    words = tagged(word)
    return len(words) == 1 and words[0][1] in _PROPER_TAGS


def _named_place(word: str) -> bool:
    """Whether a word jieba's dictionary has is a place's name (都匀市: 都匀 is a name), not a
    kind of place it tags as one (小城镇: 小城 is a word)."""
    core = place_core(word)  # (古镇 has none: place_core gives it back whole)
    return core != word and _proper(word) and _proper(core)


def _unknown_name(core: str) -> bool:
    """Whether a place's core holds no word of jieba's dictionary (下|蜀 of 下蜀镇, 午城 of 午城
    镇): a name the dictionary lacks, not a word nor a fragment of words (业集聚)."""
    words = tagged(core)  # (nor opening with 和, 在, 这, 帮: 在城镇, which jieba reads as a name)
    held = any(len(w) > 1 and in_dictionary(w) for w, _ in [(core, ""), *words])
    return core.isalpha() and not held and words[0][1][:1] not in "cprduv" and "的" not in core


_PROPER_TAGS = frozenset({"ns", "nr", "nz", "nt"})


# Where a total is spread: "涉及渔民203户，主要分布在醒民镇、隆兴镇和同民镇" gives no
# town's own count.
# (a list of places: "全部分布在醒民镇", "分布在醒民镇的有120户" give the town's own)
_SPREAD_OVER = re.compile(
    r"(?:分布|集中)(?:在|于)(?=[^，,。；;！!？?]*[、和及与等])(?![^，,。；;]*的有)[^，,。；;！!？?]*"
)


def says_of(topic: str, name: str) -> bool:
    """Whether `topic` says something of the thing `name` names, not only lists it among
    the places a total is spread over."""
    return name in _SPREAD_OVER.sub("", topic)


def listed_only(topic: str, name: str) -> bool:
    """Whether `topic` names `name` only among the places a total is spread over, with no
    figure of its own ("全区…1.15万亩，主要分布在庄行、青村、金汇等镇" for 青村镇's acres;
    not "主要分布在大瑶镇（120家）、金刚镇（80家）"), or lists it only before a figure of
    them all ("寿宁、屏南两县…合计260万元")."""
    spread = [m.group() for m in _SPREAD_OVER.finditer(topic)]
    bare = any(name in s and not re.search(r"\d", s) for s in spread) and not says_of(topic, name)
    return bare or listed_only_beside_a_figure(topic, name)


# Before a place's unit in a question, the names letters may list the place by, without
# the unit: "浏阳官渡镇" → 官渡, 阳官渡, 浏阳官渡.
_UNIT_AT = re.compile(r"(?=街道|镇|乡|县|区|旗|(?<![城都])市)")  # (not 文明城市, 大都市)
_HAN = re.compile(r"[\u4e00-\u9fff]+")


# A town's unit, and the words that point back to the town a letter is from or spoke of.
_TOWN_UNITS = ("镇", "乡", "街道", "村")
_TOWN_POINTED = re.compile(r"(?:该|本|全|我)(?:镇|乡|街道|村)")


def towns_held(places: Sequence[tuple[str, ...]], held: str) -> list[tuple[str, ...]]:
    """Of the places a question names (`places_asked`), the towns the passages name; not a
    kind of place a common word ends in 镇 (古镇, 城镇)."""
    towns = [p for p in places if p[-1].endswith(_TOWN_UNITS) and not common_word(p[-1])]
    towns = [p for p in towns if not _pointing(p[0])]  # not 哪个乡 (个乡 of "3个乡镇")
    return [p for p in towns if any(n in held for n in p)]


def _pointing(run: str) -> bool:
    """Whether a run before a place's unit asks or points (哪个, 这个, 几个), no name."""
    return tagged(run)[-1][1][:1] in ("r", "m", "q")


def town_said(names: tuple[str, ...], before: str, sentence: str, context: str) -> bool:
    """Whether a sentence speaks of a town the question names: it names the town or points
    back to it (该镇, 全镇), or the passage named it before it (not only among the places
    a total is spread over), or its heading, letter or proposal (`context`) names it.  A
    county's "已有17户渔民转为…" is no figure of 醒民镇, which it lists with two others."""
    if _TOWN_POINTED.search(sentence):
        return True
    return any(says_of(f"{before}{sentence}", n) or n in context for n in names)


def one_place_listed(topic: str, places: Sequence[tuple[str, ...]]) -> bool:
    """Whether the question asks of one place a figure `topic` gives for a total spread over
    a list of places: it names one of them, not two ("羊口镇和侯镇一共…" asks the total);
    a traditional page's topic in its simplified view ("主產於…東盛湧鎮")."""
    topic = simplified(topic) if is_traditional(topic) else topic
    listed = [p for p in places if any(listed_only(topic, name) for name in p)]
    return len(listed) == 1


def named_things(
    question: str, passages: list[Passage], held: str, proposals: Sequence[str] = ()
) -> list[str]:
    """The names an English question spells that the passages hold — dictionary names, and
    any words of theirs it spells ("Juxian" is 聚贤) — but not the letter's own place (丽水
    of 丽水市民政局, in its title or issuer): a figure or date about a named thing names it.
    (A Chinese question's names were tried too: letters shorten them, 回玉公路 for 回龙至
    玉丰公路, and jieba cuts them, so stated facts were refused.)  Of a Chinese question,
    the places below the letter's own it names ("徐闻县完成了多少亩" asked of a city's
    letter: the city's total is no answer), as the letters write them without their unit."""
    own = " ".join(f"{p.title or ''} {p.issuer or ''}" for p in passages)
    if not is_english(question):
        runs = [
            _without_lead(question, m.start(), m.group())
            for m in _PLACE_RUN.finditer(question)
            if m.group() in held and word_ends(question, m.end())  # not 村 of 村落
        ]
        # (a place's unit, not a common word's end: 古镇, 景区, 城区 name kinds of place;
        # 宁县 of 威宁县 is a county's name, not a kind)
        places = [
            p
            for p in places_in(question) + runs
            if p.endswith(_BELOW_CITY) and (is_name(p[-2:]) or not in_dictionary(p[-2:]))
        ]
        cores = [place_core(p) for p in places if not POINTING.match(p) and _a_name(p)]
        return [c for c in dict.fromkeys(cores) if c in held and c not in own]
    # …nor the place its proposal is about: "the three Liangshan counties" of a ministry's
    # reply on 凉山's broadcasting are what every sentence of it speaks of (not one of the
    # places a proposal lists: "布拖县、金阳县、昭觉县", each with figures of its own)
    own += " " + " ".join(p for p in proposals if "、" not in p)
    # …nor another word that sounds like it ("Wuxiang" is 武乡 of the issuer, not 无乡)
    own_sounds = {pinyin(word) for word in spelled_in(question, own)}
    named = names_held(question, held.__contains__) + spelled_in(question, held)
    return [n for n in dict.fromkeys(named) if n not in own and pinyin(n) not in own_sounds]


def unheld_places(question: str, text: str) -> list[str]:
    """The places a Chinese question names that `text` names nowhere, by any name it may
    give them ("浏阳官渡镇" of a letter that lists 大瑶镇、金刚镇… but no 官渡): its figures
    are of other places.  Only names jieba cuts whole, their unit ending a word or
    beginning none (not "除了靠区里", "交通局乡间路", "多少个县"), that are names ("这个县"
    names none); none when the letter names a town the question names (the county of
    "五华县华城镇" is where the town the letter is from lies), nor a county it names when
    the letter names that county (a township's letter need not name its county)."""
    cut = spans(question)
    starts, ends = {at for *_, at in cut}, {at + len(word) for word, _, at in cut}
    words, tags = {at: word for word, _, at in cut}, {at: tag for _, tag, at in cut}
    county_held = False
    unheld: list[tuple[str, bool]] = []
    for unit in _UNIT_AT.finditer(question):
        size = 2 if question.startswith("街道", unit.start()) else 1
        word = words.get(unit.start(), "")  # "镇有" is no word: its 镇 ends a name
        if unit.start() + size not in ends and (not word or in_dictionary(word)):
            continue
        runs = [question[unit.start() - k : unit.start()] for k in (2, 3, 4)]
        runs = [r for k, r in zip((2, 3, 4), runs, strict=True) if unit.start() - k in starts]
        runs = [r for r in runs if _HAN.fullmatch(r) and not POINTING.match(r)]
        runs = [r for r in runs if not r.endswith("族")]  # 三个彝族县: a people, no name
        unit_text = question[unit.start() : unit.start() + size]
        one = question[unit.start() - 1 : unit.start()] + unit_text  # 眉县 of "那份眉县"
        town = unit_text in _TOWN_UNITS
        if not runs and unit_text == "县" and words.get(unit.start() - 1) == one and _a_name(one):
            runs = [] if common_word(one) else [one[:-1]]  # a one-character name: 冠县, 眉县
        if runs and any(r in text for r in [*runs, one, simplified(one)] if len(r) > 1):
            if town:
                return []  # a place it names is the one asked: 五华县华城镇 of 华城镇's letter
            county_held = True
            continue
        around = (question[unit.start() - k : unit.start() + size] for k in (1, 2))
        common = any(common_word(w) and not _named_place(w) for w in around)  # (not 都匀市)
        # …a common word's end (社区, 城乡, 景区, 小城镇), unless a name no dictionary has opens
        # with a time, a number, a direction or a noun (午城镇; not 老旧小区, 办社区, 进园区)
        # (or one jieba cuts whole with its unit and no common word: 天全县, not 小城镇)
        whole = [
            r
            for r in runs
            if words.get(unit.start() - len(r)) == r + unit_text
            and not (common_word(r + unit_text) and not _named_place(r + unit_text))
        ]
        named = whole + [
            r for r in runs if _unknown_name(r) and tags[unit.start() - len(r)][:1] in "tmfnj"
        ]
        named += [r for r in runs if is_name(r)]  # 辽中 of 辽|中区: CC-CEDICT has it only as one
        if common and not named:
            continue
        if common and any(r[:-1] in text for r in named if len(r) > 2):
            continue  # (喜洲 of 喜洲古镇, which the letter names)
        unheld += [(r, town) for r in runs if _a_name(r + unit_text)][:1]
    # a town it never names is still not the county's whole: 丹江口市均州路街道
    return [r for r, town in unheld if town or not county_held]
