"""Chinese names in English questions, by their pinyin: "Xinmi" → 新密, "Lishui County" →
丽水, and the places CC-CEDICT lists ("Kunming" → 昆明) that a question may name.

Split from `bilingual` (the dictionary read backwards); ``pypinyin``'s bundled data gives
the readings, CC-CEDICT the names."""

from __future__ import annotations

import re
from functools import cache

from rag.answer.bilingual import PLACE_KIND, STOPWORDS, dictionary
from rag.letters.genre import PLACE_UNITS

_HAN = re.compile(r"[\u4e00-\u9fff]+")
_WORD = re.compile(r"[a-z]+")
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:['’][a-z]+)?")


def names_spelled(question: str) -> list[str]:
    """Chinese proper names an English question spells in pinyin, in question order: each
    run of up to three capitalised words whose toneless spelling is the reading of a name
    CC-CEDICT lists ("Xinmi" → 新密, "Shucheng" → 舒城); every homophone, for the caller
    to keep those the letters hold.  A name that is also a common word ("Daqiao" is 大桥,
    a bridge) or has one character says too little."""
    d = dictionary()
    found: list[str] = []
    for run in capitalised_runs(question):
        found += [h for h in d.spelled.get(run, ()) if h not in found]
    return found


def places_spelled(question: str) -> list[tuple[str, ...]]:
    """The places an English question spells in pinyin that CC-CEDICT lists as a city,
    county, province … ("Kunming" → (昆明,), "Shenzhen" → (深圳,)), each with every name
    CC-CEDICT reads so ("Changjiang" → 昌江, a county, and 长江, the river), in question
    order — only when they are all the question names: every other capitalised word is a
    kind of place ("Kunming City").  A question that also names something else ("Suining's
    Anju district", "Xu Zhifu", "Yuntai Mountain") may name what the letters know it by, so
    it spells none here.  Whether the letters know the names is the caller's to decide."""
    d, runs = dictionary(), _runs(question)
    found: dict[str, tuple[str, ...]] = {}
    covered: set[str] = set()
    for run, words in runs:
        names = d.spelled.get(run, ())
        if any(h in d.places for h in names) and names not in found.values():
            found[run] = names
            covered.update(words)
    # every capitalised word but a function word is a run of its own
    others = [
        run
        for run, words in runs
        if len(words) == 1 and not PLACE_KIND.fullmatch(run) and run not in covered
    ]
    return [] if others else list(found.values())


# "Caijia's plant": the possessive is no part of the name ("Xi'an" keeps its apostrophe's
# syllables).
_POSSESSIVE = re.compile(r"['’]s$")
_OWNS = ("'s", "’s")


def capitalised_runs(question: str) -> list[str]:
    """Runs of one to three adjacent capitalised words, joined lower-case ("Yuan Yang" →
    "yuanyang"); none starts at or goes through a function word ("What", "The")."""
    return [run for run, _ in _runs(question)]


def _runs(question: str) -> list[tuple[str, tuple[str, ...]]]:
    """`capitalised_runs`, each with the words it joins."""
    return [(run, words) for run, words, _ in runs_ending(question)]


def runs_ending(question: str) -> list[tuple[str, tuple[str, ...], int]]:
    """`capitalised_runs`, each with the words it joins and where it ends."""
    spans = [(m.start(), m.end(), _plain(m.group(0))) for m in _CAPITALISED.finditer(question)]
    runs: list[tuple[str, tuple[str, ...], int]] = []
    for i, (_, end, word) in enumerate(spans):
        if word in STOPWORDS:
            continue
        words = [word]
        runs.append((word, (word,), end))
        for _, (start, stop, nxt) in zip(range(2), spans[i + 1 :], strict=False):
            # ("Zhuji's Shanxiahu town": a possessive ends the name it follows)
            if question[end:start].strip() or nxt in STOPWORDS or question[end - 2 : end] in _OWNS:
                break
            words, end = [*words, nxt], stop
            runs.append(("".join(words), tuple(words), end))
    return runs


def _plain(word: str) -> str:
    """A capitalised word as its run spells it: "Caijia's" → "caijia", "Xi'an" → "xian"."""
    return _POSSESSIVE.sub("", word).lower().replace("'", "").replace("’", "")


def pinyin(text: str) -> str:
    """Toneless pinyin, lower case, no spaces: 重庆 → chongqing, 丽水市 → lishuishi."""
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(text, v_to_u=True)).replace("ü", "u").replace(" ", "").lower()


def is_name(word: str) -> bool:
    """Whether CC-CEDICT has the word as a name and never as a common word (日本, not 治安)."""
    return word in dictionary().spelled.get(pinyin(word), ())


def place_in_english(name: str, question: str) -> bool:
    """Whether an English question names the Chinese place `name` (丽水市, 元阳县, 北碚区):
    the pinyin of the name without its administrative suffix equals one or more adjacent
    words of the question ("Lishui", "Yuan Yang County", "Xi'an").  Only places English
    spells in pinyin match: "Inner Mongolia" does not name 内蒙古自治区 here."""
    core = name.strip()
    for unit in PLACE_UNITS:
        if core.endswith(unit) and len(core) - len(unit) >= 2:
            core = core[: -len(unit)]
            break
    return bool(pinyin_forms(core) & spoken_runs(question))


@cache
def pinyin_forms(core: str) -> frozenset[str]:
    """How English may spell a Chinese name: its toneless pinyin, with ü as u or as v
    (绿春: luchun, lvchun), and as CC-CEDICT reads it when it is a name there (长宁:
    changning, where pypinyin reads zhangning); nothing for a name not all Chinese characters."""
    if not _HAN.fullmatch(core):
        return frozenset()
    from pypinyin import lazy_pinyin

    return frozenset({pinyin(core), "".join(lazy_pinyin(core)), *_readings().get(core, ())})


@cache
def _readings() -> dict[str, set[str]]:
    """CC-CEDICT's readings of the words it has only as names (长宁 → changning)."""
    read: dict[str, set[str]] = {}
    for reading, names in dictionary().spelled.items():
        for name in names:
            read.setdefault(name, set()).add(reading)
    return read


# A place name runs over at most this many English words ("A La Shan Zuo Qi").
_LONGEST_NAME = 6


def spoken_runs(question: str) -> set[str]:
    """Every run of adjacent words of an English question, lower-cased and joined: "Yuan
    Yang" and "Yuanyang" both give "yuanyang"."""
    words = _WORD.findall(question.lower().replace("ü", "u"))
    return {
        "".join(words[i : i + n])
        for n in range(1, _LONGEST_NAME + 1)
        for i in range(len(words) - n + 1)
    }
