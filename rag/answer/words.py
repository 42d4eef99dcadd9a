"""Words: jieba's dictionary, cuts and part-of-speech tags, loaded once on first use.

Split from `terms` so that every step reads the same cutter: whether a word is a
dictionary word, where a word of a text ends, and how the tagger cuts and tags it."""

from __future__ import annotations

from functools import cache
from types import ModuleType


@cache
def jieba_loaded() -> ModuleType:
    import jieba

    jieba.setLogLevel(60)  # its "Building prefix dict" chatter goes to stderr otherwise
    jieba.initialize()
    module: ModuleType = jieba
    return module


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary lists the word (a common word, not a guess at a name)."""
    return bool(jieba_loaded().dt.FREQ.get(word))


def tokens_of(text: str) -> list[str]:
    """jieba's words of a name or phrase, in order (precise mode, nothing dropped)."""
    return [str(w) for w in jieba_loaded().cut(text)]


def word_ends(text: str, at: int) -> bool:
    """Whether one of jieba's words of `text` ends at offset `at` (the 成 of 成立 ends none)."""
    end = 0
    for token in tokens_of(text):
        end += len(token)
        if end >= at:
            return end == at
    return True


def masked_inside_words(text: str, char: str) -> str:
    """`text` with each `char` that does not start one of jieba's words masked (□), so that
    a pattern finds the character only as a word's start (the report 报 of "将两县申报的项目
    报农业农村部备案" is the second 报, not the one inside 申报)."""
    return "".join(
        "□" if c == char and at and not word_ends(text, at) else c for at, c in enumerate(text)
    )


def opens_noun(text: str, at: int) -> bool:
    """Whether offset `at` opens a noun of two characters or more, as jieba tags `text` (the
    将 of 将乐县: a place, not the adverb of 将于, nor a 将 jieba reads in 我部将)."""
    start = 0
    for word, tag in tagged(text):
        if start >= at:
            return start == at and len(word) > 1 and tag.startswith("n")
        start += len(word)
    return False


def mentions(question: str, name: str) -> bool:
    """Whether the question writes the name as a word of its own, not inside a longer one
    ("马关" is no mention in "下马关", a town of another county): jieba's cut of the
    question starts a word where it does."""
    at = question.find(name)
    while at >= 0:
        if at == 0 or word_ends(question, at):
            return True
        at = question.find(name, at + 1)
    return False


def spans(text: str) -> list[tuple[str, str, int]]:
    """`tagged`'s words with the offset each starts at: (word, part of speech, start)."""
    out, at = [], 0
    for word, tag in tagged(text):
        out.append((word, tag, at))
        at += len(word)
    return out


def tagged(text: str) -> list[tuple[str, str]]:
    """(word, part of speech) as jieba's dictionary tags them: ns a place, nr a person."""
    import jieba.posseg

    jieba_loaded()  # quiet and loaded before the tagger starts
    return [(str(w.word), str(w.flag)) for w in jieba.posseg.cut(text)]
