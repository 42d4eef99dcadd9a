"""Citation checks: every `[n]` an answer shows must be backed by the passage it names.

    checked = check_citations("市科技局将「组织开展技术经纪专业职称评审工作」[2]。", passages)
    checked.text        # markers renumbered 1..m in order of first appearance
    checked.citations   # citations[i] backs marker [i+1]; .quote is verbatim passage text
    checked.notice      # says what was removed, or None

The rule, per marker `[n]` (also `[1][2]`, `[1, 2]`, `[1-3]`, full-width `［1］`):

1. `n` must name a passage: 1 <= n <= len(passages). Otherwise the marker is removed.
2. A claim is the text from the previous marker group (or the start of the sentence) up to
   the marker. If it carries quotes (「…」, 『…』, or "…" / “…” around Chinese text),
   a quote that occurs verbatim in passage `n` supports it. Verbatim is compared after
   normalisation (NFKC, case folded, whitespace and punctuation removed), so 全角/半角
   and punctuation differences do not matter; the citation's `quote` is then the
   matching span of the passage text itself.
3. Otherwise, if the claim outside its quotes is Chinese, it is supported when most of
   its character bigrams occur in the passage (or its title, issuer and section):
   `SUPPORT_MIN_RECALL` of them and at least `SUPPORT_MIN_SHARED`. The quote is then the
   passage sentence sharing most bigrams with the claim.
4. An English claim citing a Chinese passage cannot be checked by n-grams, so it is
   supported only through a verbatim quote (rule 2); the prompt asks for one.
5. Quotes that occur in none of the passages a marker group cites are invented: none of
   that group's markers is supported, whatever the n-grams say.

Unsupported markers are removed together with the claim that relied only on them, and a
sentence left with nothing is dropped; the notice says how many. Sentences that never had
a marker are kept as written. Bracketed numbers inside letters never reach this point as
markers (the prompt rewrites them to 〔n〕), and a marker the model copies from a hostile
letter still has to pass rules 1–5 against a real passage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from rag.models import Citation, Passage

# Share of the claim's character bigrams that must occur in the cited passage.
SUPPORT_MIN_RECALL = 0.5
# ...and at least this many distinct shared bigrams, so a 3-character claim cannot pass.
SUPPORT_MIN_SHARED = 4
# A quote shorter than this (normalised characters) proves nothing: "的工作" is everywhere.
QUOTE_MIN_CHARS = 4

_NUMBER = r"\d{1,3}(?:\s*[-–~]\s*\d{1,3})?"
# One bracket: [1], [1, 2], [1、3], [1-3]; full-width brackets and commas too (no semicolons:
# they end sentences). Numbers have at most three digits, so [2024] is not a marker.
_BRACKET = re.compile(rf"[\[［]\s*({_NUMBER}(?:\s*[,，、]\s*{_NUMBER})*)\s*[\]］]")
_STRICT_QUOTE = re.compile(r"「([^「」]+)」|『([^『』]+)』")
_LOOSE_QUOTE = re.compile(r"“([^“”]+)”|\"([^\"\n]+)\"")
# Sentence ends; an ASCII period only before whitespace so 15.4% and No.0798 do not split.
_SENTENCE_END = re.compile(r"[。！？!?；;]+|\.(?=\s)|\n")
_CLAUSE_SEPARATORS = " \t，,、;；：:"
# Characters normalisation drops (punctuation, symbols, spaces): what may edge a quote.
_PUNCT_EDGE = "%％‰°℃.。,，、;；:：!！?？'\"“”‘’()（）《》〈〉【】[]-—_/ "


@dataclass(frozen=True)
class Marker:
    """A group of adjacent brackets such as `[1][2]` or `[1, 2]`: text[start:end]."""

    start: int
    end: int
    numbers: tuple[int, ...]  # as written, 1-based, duplicates removed, order kept


@dataclass(frozen=True)
class CheckedAnswer:
    """An answer after its citations were checked; `text` is what the user should see."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    markers_found: int = 0  # markers the model wrote (a [1][2] group counts 2)
    markers_removed: int = 0  # out of range or unsupported
    claims_dropped: int = 0  # claims removed because none of their markers held
    notice: str | None = None


def parse_markers(text: str) -> list[Marker]:
    """Marker groups in order; adjacent brackets (`[1][2]`, `[1] [2]`) form one group."""
    groups: list[Marker] = []
    for match in _BRACKET.finditer(text):
        numbers = _expand(match.group(1))
        # Only spaces may separate brackets of one group: a line break starts a new claim.
        if groups and not text[groups[-1].end : match.start()].strip(" \t"):
            last = groups[-1]
            merged = tuple(dict.fromkeys(last.numbers + numbers))
            groups[-1] = Marker(last.start, match.end(), merged)
        else:
            groups.append(Marker(match.start(), match.end(), numbers))
    return groups


def strip_markers(text: str) -> str:
    """The text without any `[n]` markers (e.g. a previous answer shown as history)."""
    return _BRACKET.sub("", text)


def check_citations(answer_text: str, passages: Sequence[Passage]) -> CheckedAnswer:
    """Keep the markers their passages support, renumber them 1..m, and say what was removed."""
    markers = parse_markers(answer_text)
    if not markers:
        return CheckedAnswer(text=answer_text.strip())

    refs = [_Reference(p) for p in passages]
    out: list[str] = []
    order: dict[int, int] = {}  # passage index (0-based) -> new marker number
    quotes: dict[int, str] = {}
    found = removed = dropped = 0
    for start, end in _sentences(answer_text):
        inside = [m for m in markers if start <= m.start < end]
        if not inside:
            out.append(answer_text[start:end])
            continue
        pieces: list[str] = []
        first_dropped = False
        clause_start = start
        for marker in inside:
            found += len(marker.numbers)
            clause = answer_text[clause_start : marker.start]
            kept = _supported(clause, marker.numbers, refs)
            removed += len(marker.numbers) - len(kept)
            if kept:
                for index, quote in kept:
                    if index not in order:
                        order[index] = len(order) + 1
                        quotes[index] = quote
                numbers = dict.fromkeys(order[index] for index, _ in kept)
                pieces.append(clause + "".join(f"[{n}]" for n in numbers))
            else:
                dropped += 1
                first_dropped = first_dropped or marker is inside[0]
            clause_start = marker.end
        if not pieces:
            continue  # every claim of the sentence failed: the sentence goes
        sentence = "".join(pieces)
        if first_dropped:
            # The first clause was dropped: keep the spacing before it, not a dangling "，".
            original = answer_text[start:end]
            lead = original[: len(original) - len(original.lstrip())]
            sentence = lead + sentence.lstrip(_CLAUSE_SEPARATORS)
        out.append(sentence + answer_text[clause_start:end])

    citations = [passages[index].cite(quotes[index]) for index in order]
    text = re.sub(r"\n{3,}", "\n\n", "".join(out)).strip()
    return CheckedAnswer(
        text=text,
        citations=citations,
        markers_found=found,
        markers_removed=removed,
        claims_dropped=dropped,
        notice=_notice(removed, dropped),
    )


def to_citation(passage: Passage, quote: str) -> Citation:
    """A `Citation` of `passage`; `quote` must be a substring of `passage.text`."""
    if quote not in passage.text:
        raise ValueError("a citation's quote must be verbatim passage text")
    return passage.cite(quote)


def normalize(text: str) -> str:
    """NFKC, case folded, only letters and digits: the form quotes and n-grams compare in."""
    return _normalize_with_map(text)[0]


# -- support ---------------------------------------------------------------------------------


class _Reference:
    """A passage prepared once for quote lookups and n-gram support."""

    def __init__(self, passage: Passage) -> None:
        self.passage = passage
        self.norm, self.index_map = _normalize_with_map(passage.text)
        # Claims may name the letter or its issuer, which the header carries, not the text.
        context = " ".join(filter(None, [passage.title, passage.issuer, passage.section]))
        self.bigrams = _bigrams(self.norm) | _bigrams(normalize(context))

    def find_quote(self, quote: str) -> str | None:
        """The passage text that `quote` reproduces, or None."""
        needle = normalize(quote)
        if len(needle) < QUOTE_MIN_CHARS:
            return None
        at = self.norm.find(needle)
        if at < 0:
            return None
        first, last = self.index_map[at], self.index_map[at + len(needle) - 1]
        # Normalisation dropped the quote's edge punctuation ("…54.3%"); take it back from
        # the passage where the passage has it too, so the quote reads as the model wrote it.
        text = self.passage.text
        quote = quote.strip()
        head = quote[: len(quote) - len(quote.lstrip(_PUNCT_EDGE))]
        tail = quote[len(quote.rstrip(_PUNCT_EDGE)) :]
        while head and first > 0 and _same(text[first - 1], head[-1]):
            first, head = first - 1, head[:-1]
        while tail and last + 1 < len(text) and _same(text[last + 1], tail[0]):
            last, tail = last + 1, tail[1:]
        return text[first : last + 1]

    def best_sentence(self, claim_bigrams: set[str]) -> str:
        """The passage sentence sharing most bigrams with the claim, as written."""
        text = self.passage.text
        best, best_score = text.strip(), -1
        for start, end in _sentences(text):
            sentence = text[start:end].strip()
            score = len(_bigrams(normalize(sentence)) & claim_bigrams)
            if sentence and score > best_score:
                best, best_score = sentence, score
        return best


def _supported(
    clause: str, numbers: tuple[int, ...], refs: Sequence[_Reference]
) -> list[tuple[int, str]]:
    """(passage index, quote) for each number of a marker group that its passage supports."""
    in_range = [n - 1 for n in numbers if 1 <= n <= len(refs)]
    strict, loose = _quotes(clause)
    quotes = strict + loose
    found = {i: next((s for q in quotes if (s := refs[i].find_quote(q))), None) for i in in_range}
    if strict and not any(found.values()):
        return []  # rule 5: the 「quotes」 are in none of the cited passages
    claim = normalize(_STRICT_QUOTE.sub("", clause))
    claim_bigrams = _bigrams(claim) if _mostly_cjk(claim) else set()
    kept: list[tuple[int, str]] = []
    for index in in_range:
        if quote := found[index]:
            kept.append((index, quote))
        elif claim_bigrams:
            shared = claim_bigrams & refs[index].bigrams
            recall = len(shared) / len(claim_bigrams)
            if len(shared) >= SUPPORT_MIN_SHARED and recall >= SUPPORT_MIN_RECALL:
                kept.append((index, refs[index].best_sentence(claim_bigrams)))
    return kept


def _quotes(text: str) -> tuple[list[str], list[str]]:
    """Quotes long enough to check: 「」/『』 ones (the format the prompt asks for), and
    double-quoted Chinese text (in an English sentence double quotes usually mark a term)."""
    strict = [q for q in _found(_STRICT_QUOTE, text) if len(normalize(q)) >= QUOTE_MIN_CHARS]
    loose = [
        q
        for q in _found(_LOOSE_QUOTE, text)
        if len(normalize(q)) >= QUOTE_MIN_CHARS and _mostly_cjk(normalize(q))
    ]
    return strict, loose


# -- text helpers ----------------------------------------------------------------------------


def _found(pattern: re.Pattern[str], text: str) -> list[str]:
    """The text inside each quote (the one alternative of `pattern` that matched)."""
    return [next(g for g in m.groups() if g is not None) for m in pattern.finditer(text)]


def _normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index it came from in `text`."""
    chars: list[str] = []
    index_map: list[int] = []
    for i, ch in enumerate(text):
        for piece in unicodedata.normalize("NFKC", ch).casefold():
            if unicodedata.category(piece)[0] in "LN":
                chars.append(piece)
                index_map.append(i)
    return "".join(chars), index_map


def _same(a: str, b: str) -> bool:
    return unicodedata.normalize("NFKC", a) == unicodedata.normalize("NFKC", b)


def _bigrams(norm: str) -> set[str]:
    return {norm[i : i + 2] for i in range(len(norm) - 1)}


def _mostly_cjk(norm: str) -> bool:
    cjk = sum(1 for ch in norm if "\u3400" <= ch <= "\u9fff")
    return cjk > 0 and cjk * 2 >= len(norm) - cjk  # digits and a few Latin letters are fine


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans covering `text`; markers right after a sentence end belong to it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        # "…提升。[1]" — the model put the marker after the full stop.
        while (following := _BRACKET.match(text, _skip_spaces(text, end))) is not None:
            end = following.end()
        # The line break after a sentence goes with it, so dropping a listed claim drops its line.
        after = _skip_spaces(text, end)
        if text[end - 1 : end] != "\n" and text[after : after + 1] == "\n":
            end = after + 1
        if end <= start:
            continue
        spans.append((start, end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _expand(numbers: str) -> tuple[int, ...]:
    """Expand "1, 3-5" to (1, 3, 4, 5); an absurd range such as 1-900 keeps only its ends."""
    result: list[int] = []
    for part in re.split(r"\s*[,，、]\s*", numbers.strip()):
        bounds = [int(b) for b in re.split(r"\s*[-–~]\s*", part)]
        low, high = min(bounds), max(bounds)
        result.extend(range(low, high + 1) if high - low <= 20 else (low, high))
    return tuple(dict.fromkeys(result))


def _notice(removed: int, dropped: int) -> str | None:
    if not removed:
        return None
    notice = (
        f"Removed {removed} citation{'s' if removed > 1 else ''} the cited passages do not support"
    )
    if dropped:
        notice += f", and {dropped} statement{'s' if dropped > 1 else ''} that relied only on them"
    return notice + "."
