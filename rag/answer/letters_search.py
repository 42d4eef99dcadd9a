"""Letters search: which letters answer a question over several letters ("哪些答复函涉及…",
"各地…都是怎么答复的", "Which letters discuss …") — recall over letters, not the top-k chunks.

    named, every = which_named(catalog, named, question, known, asks_letters)
    chosen = choose_letters(found, settings, every)   # one chunk id per letter, best first
    keeps = names_hold_evidence(found, named_ids, settings)

Each candidate letter is judged on two kinds of letter-level evidence, both read off the
index for this question rather than from word lists:

- **keyword coverage**: its best quotable chunk's IDF-weighted share of the question's
  terms, against the best letter's (a letter is answered with a sentence of its own, so
  a contact line or sign-off that holds the words is no evidence: it cannot be quoted);
- **dense similarity**: its best chunk's cosine, placed on the spread of all candidate
  letters' best cosines (0 at their median, 1 at the top).  e5 cosines of one question
  sit in a narrow band (0.87–0.92), so only the place in that spread means anything.

A letter is answered when its coverage reaches `letters_min_share` of the best letter's, or
when it is among the nearest letters by meaning (`letters_dense_knee` of the spread) and
still holds some of the question's words (`letters_dense_floor` of the best coverage): a
letter that says 基层医疗 in other words than the question's is found by meaning, one that
shares none of its words is not.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import replace

from rag.answer import query
from rag.answer.catalog import Catalog, Named
from rag.answer.conversation import Resolved
from rag.answer.issuers import in_order, issuers_of_class, without_office_kinds
from rag.answer.rank import Ranked
from rag.answer.sentences import is_frame
from rag.answer.terms import Known, content_terms, is_english
from rag.letters.genre import FRAME_PARTS, SENTENCE
from rag.models import Chunk
from rag.settings import Settings

# Where a which-letters question's parts meet: "哪些答复函提到了无人机？各拿无人机做什么？".
_PARTS = re.compile(r"(?<=[？?；;])")


def letters_theme(question: str) -> str:
    """What a which-letters question asks the letters to speak of: its part that asks which
    letters ("哪些答复函提到了无人机？"), not the part asking what each says ("各拿无人机做
    什么？"), whose words any letter may hold.  The whole question when no part, or every
    part, asks which letters; and an English one's whole, whose topic the dictionary may
    render worse than its other words ("geographical indications" has no entry: "product"
    finds the letters — dev: English recall fell on qa24–qa29 read by their first part)."""
    if is_english(question):
        return question
    parts = [p for p in _PARTS.split(question) if p and p.strip(" ,，？?；;")]
    asking = [p for p in parts if query.asks_letters(p)]
    return "".join(asking) if asking and len(asking) < len(parts) else question


def on_theme(text: str, resolved: Resolved) -> tuple[str, Resolved]:
    """A which-letters question and its evidence as `letters_theme` reads them."""
    theme = letters_theme(resolved.evidence or text)
    return letters_theme(text), replace(resolved, evidence=theme)


def choose_letters(found: Ranked, settings: Settings, every: bool = False) -> list[str]:
    """One chunk per letter that addresses the question, best letters first, at most
    `letters_max`: each letter by its most covered chunk that has a sentence to quote —
    `every` letter searched when the question asks for no more than their names say."""
    best = _best_chunks(found)
    if every:
        return list(best.values())[: settings.letters_max]
    if not found.has_terms or not best:  # no letter with a sentence to quote: none
        return list(best.values())[:3]
    top = max(found.covered[cid] for cid in best.values())
    if top <= 0:
        return list(best.values())[:1]
    near = _dense_spread(found)
    keep: list[str] = []
    for letter, cid in best.items():
        by_words = found.covered[cid] >= settings.letters_min_share * top
        by_meaning = (
            near.get(letter, 0.0) >= settings.letters_dense_knee
            and found.covered[cid] >= settings.letters_dense_floor * top
        )
        # (a letter found by meaning alone only among the first letters_dense_max)
        if by_words or (by_meaning and len(keep) < settings.letters_dense_max):
            keep.append(cid)
    return keep[: settings.letters_max]


def names_hold_evidence(found: Ranked, named: Iterable[str], settings: Settings) -> bool:
    """Whether the letters a question names (by issuer or place) hold its words about as
    well as the best letter of the whole index does: `found` is searched without the names.
    A which-letters question whose names were read wrongly ("food safety" → a public
    security bureau) must not hide the letters that answer it."""
    best = _best_chunks(found)
    if not found.has_terms or not best:
        return True
    top = max(found.covered[cid] for cid in best.values())
    inside = max((found.covered[best[letter]] for letter in named if letter in best), default=0.0)
    return top <= 0 or inside >= settings.letters_min_share * top


def asks_only_names(catalog: Catalog, ids: set[str] | None, question: str, known: Known) -> bool:
    """Whether a which-letters question naming several letters by issuer or place asks for
    no more than each of those letters' names says: then every one of them answers it.
    ("岳阳市关于科技的答复函有哪些？" names Yueyang's letters, but only one is a 科技 bureau's.)"""
    if ids is None or len(ids) < 2:
        return False
    # "交通部门出具的答复函都回应了哪些问题？" asks the proposals of 交通 bureaus' letters
    terms = content_terms(query.without_subjects(without_office_kinds(question)), known)
    places: dict[str, list[str]] = {}
    for place, letters in catalog.by_place.items():
        for letter in letters & ids:
            places.setdefault(letter, []).append(place)
    return bool(terms or query.asks_subjects(question)) and all(
        only_names(terms, [catalog.by_id[lid].get("issuer") or "", *places.get(lid, [])])
        for lid in ids
        if lid in catalog.by_id
    )


def which_named(
    catalog: Catalog, named: Named, question: str, known: Known, asks_letters: bool
) -> tuple[Named, bool]:
    """The letters a which-letters question names, and whether it asks for every one of
    them; another question's names as they are.  Naming no letter otherwise, it may name
    the kind of office that wrote them ("教育部门出具的答复函都回应了哪些问题？", "交通部门的
    答复函有哪些？") — only when it asks for nothing more: a kind of office is a loose name,
    and a question with a topic besides ("哪些答复函涉及农村公路？各地交通部门是怎么答复的？")
    is answered by the letters on the topic, a town government's or one whose issuer is
    unknown among them."""
    if not asks_letters:
        return named, False
    if named.ids is None:
        kinds = issuers_of_class(question, sorted(catalog.by_issuer))
        ids = set().union(*(catalog.by_issuer[i] for i in kinds)) if kinds else set()
        if asks_only_names(catalog, ids, question, known):
            return Named(ids, named.unmatched, False, named.soft_years), True
    return named, asks_only_names(catalog, named.ids, question, known)


def only_names(terms: Iterable[str], names: Iterable[str]) -> bool:
    """Whether every term is written in one of the names (an issuer, a place): "科技局的答复函
    有哪些？" asks for every letter of a 科学技术局, not for those that also use the word 科技
    — a term's characters in a name's order."""
    names = [n for n in names if n]
    return all(any(in_order(term, name) for name in names) for term in terms)


def _best_chunks(found: Ranked) -> dict[str, str]:
    """Letter id → its quotable chunk covering the question best, letters in rank order.

    A letter is answered with a sentence of its own, so it is judged on the chunks that
    have one: a contact line ("联系人：中小企业服务处…") or a sign-off holds the question's
    words but can never be quoted, and a letter chosen by it would vanish from the answer.
    """
    by_letter: dict[str, list[str]] = {}
    for cid in found.ranked:
        by_letter.setdefault(found.chunks[cid].letter_id, []).append(cid)
    best: dict[str, str] = {}
    for letter, cids in by_letter.items():
        cids.sort(key=lambda cid: -found.covered[cid])  # stable: ties in rank order
        quotable = next((cid for cid in cids if _quotable(found.chunks[cid])), None)
        if quotable is not None:
            best[letter] = quotable
    return best


def _quotable(chunk: Chunk) -> bool:
    """Whether the chunk has a sentence an answer may quote: not the field card, salutation
    or signature, and not only frame sentences (receipt, thanks, sign-off, contact)."""
    if chunk.part in FRAME_PARTS:
        return False
    return any(
        (sentence := match.group(0).strip()) and not is_frame(sentence)
        for match in SENTENCE.finditer(chunk.text)
    )


def _dense_spread(found: Ranked) -> dict[str, float]:
    """Each letter's best cosine on the spread of all candidate letters' best cosines:
    0 at their median, 1 at the best letter's."""
    cosine: dict[str, float] = {}
    for chunk, cos in found.dense:
        cosine[chunk.letter_id] = max(cosine.get(chunk.letter_id, -1.0), float(cos))
    if len(cosine) < 3:
        return {}
    middle, top = statistics.median(cosine.values()), max(cosine.values())
    if top <= middle:
        return {}
    return {letter: (cos - middle) / (top - middle) for letter, cos in cosine.items()}


__all__ = [
    "asks_only_names",
    "choose_letters",
    "letters_theme",
    "names_hold_evidence",
    "on_theme",
    "only_names",
]
