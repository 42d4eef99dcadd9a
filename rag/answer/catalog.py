"""Catalog: the indexed letters' records, and which of them a question names.

    catalog = Catalog.of(store.letters())
    chosen = catalog.letters_named("市科技局第0798号提案的下一步工作重点？", filters=None)
    chosen.ids          # {"…"}: the letters the question is about, None for all
    chosen.unmatched    # ["第9999号提案"] when it names a number no letter has

A question names letters by proposal/suggestion number, document number, a proposer, an issuer
or place under any of its short names, a session, or the letter's year; `filters=` narrows
alike.  Built once per index version (20 ms a question without it)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rag.answer import query
from rag.answer.bilingual import english_words, is_proper_name, translate
from rag.answer.issuers import (
    a_ministry_named,
    letter_places,
    match_issuers,
    names_issuer,
    place_core,
    places_in,
    places_of,
    said_forms,
)
from rag.answer.pinyin_names import pinyin_forms, spoken_runs
from rag.answer.spelling import unknown_place_named
from rag.answer.words import in_dictionary, mentions, tagged, tokens_of
from rag.letters.genre import CN_NUMERALS, halfwidth, kind_in_title
from rag.letters.script import simplified

Record = dict[str, Any]


@dataclass(frozen=True)
class Named:
    """The letters a question (and its filters) names."""

    ids: set[str] | None  # None: no letter named, all are candidates
    unmatched: list[str] = field(default_factory=list)  # e.g. ["第9999号提案"]
    named: bool = False  # a letter was named by number, document number or proposer
    soft_years: set[int] = field(default_factory=set)  # years mentioned, not as the letter's
    by_place: bool = False  # named only by its bureau or place: it says where, not what


class Substrings:
    """Which of many short strings occur in a text, found through the text's character
    pairs rather than by trying every string (one per letter, or per heading)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self._by_start: dict[str, list[tuple[str, str]]] = {}  # first two chars → (string, id)
        for string, key in pairs:
            if len(string) >= 2:
                self._by_start.setdefault(string[:2], []).append((string, key))

    def found_in(self, text: str) -> set[str]:
        return {
            key
            for i in range(len(text) - 1)
            for string, key in self._by_start.get(text[i : i + 2], ())
            if text.startswith(string, i)
        }


class Catalog:
    """The letter records, and the lookups a question's filters need."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.by_id = {r["letter_id"]: r for r in records}
        self.by_number: dict[str, list[Record]] = {}
        self.by_issuer: dict[str, set[str]] = {}
        self.by_session: dict[str, set[str]] = {}
        self.by_year: dict[Any, set[str]] = {}
        self.by_place: dict[str, set[str]] = {}  # 丽水市 → letters issued there
        for r in records:
            lid = r["letter_id"]
            self.by_number.setdefault(query.norm_number(r.get("proposal_no")), []).append(r)
            if r.get("issuer"):
                self.by_issuer.setdefault(r["issuer"], set()).add(lid)
            if r.get("session"):
                self.by_session.setdefault(r["session"], set()).add(lid)
            self.by_year.setdefault(r.get("year"), set()).add(lid)
            for place in letter_places(r):
                self.by_place.setdefault(place, set()).add(lid)
        self.sessions = [(s, _session_core(s)) for s in sorted(self.by_session)]
        self.doc_numbers = Substrings(
            (plain_number(r["doc_number"]), r["letter_id"]) for r in records if r.get("doc_number")
        )
        self.proposers = Substrings(
            (name, r["letter_id"])
            for r in records
            for name in r.get("proposers") or ()
            if _names_someone(name)
        )

    @classmethod
    def of(cls, records: Iterable[Any]) -> Catalog:
        return cls([record_dict(r) for r in records])

    def letters_named(
        self, question: str, filters: Mapping[str, Any] | None, english: bool
    ) -> Named:
        """The letters the question and the explicit `filters` name."""
        narrowed = _Narrowing()
        for key, value in (filters or {}).items():
            values = value if isinstance(value, list | tuple | set) else [value]
            found = {
                r["letter_id"] for r in self.records if any(_matches(r, key, v) for v in values)
            }
            if not found:
                narrowed.unmatched.append(f"{key}={value}")
            narrowed.narrow(found)
            narrowed.named = narrowed.named or key in ("proposal_no", "letter_id", "source")

        numbers = query.find_numbers(question)
        if numbers:
            self._narrow_by_numbers(numbers, narrowed, english)
        else:
            self._narrow_by_names(question, narrowed, english)
        hard_years, soft_years = _years(question)
        known_years = set(self.by_year)
        if hard_years and hard_years & known_years:
            narrowed.narrow(set().union(*(self.by_year[y] for y in hard_years & known_years)))
        years = soft_years | (hard_years - known_years)
        return Named(narrowed.ids, narrowed.unmatched, narrowed.named, years, narrowed.by_place)

    def _english_issuers(self, question: str) -> list[str]:
        """Issuers an English question names: those each word of whose name, places
        aside, is one of the Chinese words the dictionary gives for the question's words
        or part of one ("civil affairs bureau" → 民政局 → 丽水市民政局); of those, the
        ones with the fewest places the question does not name ("the Chongqing … Bureau"
        is the city's, not a district's; a plural names them all)."""
        terms = [t for t in translate(question, lambda term: True) if len(t) >= 2]
        spoken = spoken_runs(question)
        # "Anju district's transport bureau" is Anju's: no other place's bureau
        qualifiers = [
            re.sub(r"[\s'’-]", "", q).lower()
            for q in _EN_QUALIFIER.findall(question)
            if english_words(q)  # "The city …" names no place
        ]
        found: dict[str, int] = {}
        for issuer, (places, words) in self._issuer_names.items():
            forms = set().union(*map(said_forms, places))
            if any(q not in forms and f"{q}county" not in forms for q in qualifiers):
                continue
            if not _office_said(issuer, question):
                continue  # "food safety" gives 公安, but the question names no bureau
            if words and all(any(w in t or t in w for t in terms) for w in words):
                found[issuer] = sum(not said_forms(p) & spoken for p in places)
        named = qualifiers or spoken & self._places_in_english[0]
        pick = max if _PLURAL_OFFICES.search(question) and not named else min
        allowed = pick(found.values(), default=0)  # places left unsaid
        return sorted(i for i, unnamed in found.items() if unnamed <= allowed)

    @cached_property
    def _issuer_names(self) -> dict[str, tuple[list[str], list[str]]]:
        """Each issuer's places and the words of its name without them, read once — of a
        name printed in traditional characters, its simplified view (忠縣經濟和信息化委員會:
        忠县, 经济 信息化 委员会), as the dictionary gives English words."""
        names = {}
        for issuer in self.by_issuer:
            name = simplified(issuer)
            places = places_of(name)
            core = name[sum(len(p) for p in places) :] or name
            # (a conjunction of the name, 和 of 经济和信息化, is said or not)
            joins = {w for w, tag in tagged(core) if tag == "c"}
            names[issuer] = (places, [w for w in tokens_of(core) if w.strip() and w not in joins])
        return names

    def states(self, letter_id: str, fields: Iterable[query.MetaField]) -> bool:
        """Whether the letter's record states every one of the fields."""
        record = self.by_id.get(letter_id)
        return record is not None and all(any(record.get(k) for k in f.record) for f in fields)

    def _narrow_by_numbers(
        self, numbers: list[tuple[str, str | None]], narrowed: _Narrowing, english: bool
    ) -> None:
        number_ids: set[str] = set()
        for number, kind in numbers:
            same = self.by_number.get(query.norm_number(number), [])
            # 提案 and 建议 are numbered separately, so the kind decides between two letters
            # of one number; people mix the words up, so alone it excludes nothing.
            exact = [r for r in same if kind and record_kind(r) == kind]
            found = {r["letter_id"] for r in exact or same} or self._titled(number)
            if not found:
                narrowed.unmatched.append(_number_label(number, kind, english))
            number_ids |= found
        narrowed.narrow(number_ids)  # empty when no number matched: nothing else may answer
        narrowed.named = bool(number_ids)

    def _titled(self, number: str) -> set[str]:
        """Letters whose title states the number (第57101号…), where their number field
        does not: a page the parser misread is still found by the number a user quotes."""
        stated = re.compile(rf"第\s*0*{re.escape(query.norm_number(number))}\s*号")
        return {
            r["letter_id"]
            for r in self.records
            if not r.get("proposal_no") and stated.search(r.get("title") or "")
        }

    def _narrow_by_names(self, question: str, narrowed: _Narrowing, english: bool) -> None:
        # A document number ("渝科局函〔2024〕300号") or a proposer's name names one letter.
        by_doc = self.doc_numbers.found_in(plain_number(question))
        by_proposer = self.proposers.found_in(question)
        for found in (by_doc, by_proposer):
            if found:
                narrowed.narrow(found)
                narrowed.named = True
        # An issuer or place only narrows when no number did ("市科技局第0798号提案" is one
        # letter), and never to nothing: a name read wrongly must not hide every letter.
        issuers = (
            self._english_issuers(question)
            if english
            else match_issuers(question, sorted(self.by_issuer))
        )
        if self._unknown_place(question, issuers, english):
            issuers = []  # "安居区…交通局": a bureau of a place no letter is known to be from
        by_issuer = set().union(*(self.by_issuer[i] for i in issuers)) if issuers else None
        # The place first ("Nangong's transport bureau"); a ministry first: a place is its topic
        at, placeless = self._letters_at(question, english), a_ministry_named(question, issuers)
        for letters in (by_issuer, at) if placeless else (at, by_issuer):
            if letters is not None and (narrowed.ids is None or narrowed.ids & letters):
                narrowed.narrow(letters)
                # One letter left by the bureau or place the user named: they chose it.
                if not narrowed.named and len(narrowed.ids or ()) == 1:
                    narrowed.named = narrowed.by_place = True
        hits = [s for s, core in self.sessions if s in question or core in question]
        if hits:
            narrowed.narrow(set().union(*(self.by_session[s] for s in hits)))

    def _unknown_place(self, question: str, issuers: list[str], english: bool) -> bool:
        """Whether the question names, before the bureau it asks about, a place no issuer
        or title is from (安居区…交通局, "the Anju transport bureau"), nor part of an issuer
        it names (云台山风景名胜区管委会): its letters are among those whose issuer was not
        read.  A place after the bureau is what its letter is about ("市科技局对高新区…")."""
        if english:
            return unknown_place_named(question, *self._places_in_english)
        bureau, known = _OFFICE.search(question), self.known_places
        before = question[: bureau.start()] if bureau else ""
        return any(
            p not in known and place_core(p) not in known and not any(p in i for i in issuers)
            for p in places_in(before)
        )

    @cached_property  # what English may spell in pinyin: issuers, titles, proposal titles
    def names_text(self) -> str:
        fields = ("issuer", "title", "proposal_title")
        return "\n".join(" ".join(str(r.get(f) or "") for f in fields) for r in self.records)

    @cached_property
    def known_places(self) -> set[str]:  # 丽水市 and 丽水
        return {place_core(p) for p in self.by_place} | set(self.by_place)

    @cached_property  # the known places as English spells them; issuers and titles as one text
    def _places_in_english(self) -> tuple[set[str], str]:
        named = (f"{r.get('issuer') or ''} {r.get('title') or ''}" for r in self.records)
        return {f for p in self.known_places for f in pinyin_forms(p)}, " ".join(named)

    def places_named(self, question: str) -> list[str]:
        """The places letters are from that a Chinese question names, whole or by their
        core as a word of its own ("丽水" of 丽水市)."""
        return [p for p in self.by_place if p in question or mentions(question, place_core(p))]

    def _letters_at(self, question: str, english: bool) -> set[str] | None:
        """The letters of the places the question names, or None when it names none.  A
        place inside another one counts alone ("重庆北碚区" is Beibei's letters); places
        side by side count together ("丽水和宝鸡")."""
        if english:
            question = _FEATURE.sub(" ", question)
            spoken = spoken_runs(question)
            # A place English does not spell in pinyin is named by its English name, a
            # proper name in the dictionary ("Inner Mongolia" → 内蒙古).
            said = {t for t in translate(question, lambda term: True) if is_proper_name(t)}
            named = [
                ids
                for place, ids in self.by_place.items()
                if said_forms(place) & spoken or {place, place_core(place)} & said
            ]
        else:
            named = [self.by_place[place] for place in self.places_named(question)]
        if not named:
            return None
        innermost = [ids for ids in named if not any(other < ids for other in named)]
        return set().union(*innermost)


@dataclass
class _Narrowing:
    ids: set[str] | None = None
    unmatched: list[str] = field(default_factory=list)
    named: bool = False
    by_place: bool = False

    def narrow(self, found: set[str]) -> None:
        self.ids = found if self.ids is None else self.ids & found


# A river's, a lake's or a road's name ("Suzhou Creek"): it names no city Suzhou.
_FEATURE = re.compile(r"\b[A-Z][a-z]+ (?:Creek|River|Lake|Road|Street|Bridge|Canal|Bay|Park)\b")
# "the science and technology bureaus" naming no place: every office of the kind.
_PLURAL_OFFICES = re.compile(r"\b(?:bureaus|departments|commissions|committees|offices)\b", re.I)
# A place English names by its unit: "Anju district", "Yuanyang County", "Xi'an city".
# The kind of office an issuer's name ends in, and the English words that say it: an English
# question names an issuer only when it says what kind of office it is ("the Lishui civil
# affairs bureau", "the health commission") — its topic words alone ("food safety" → 公安)
# name none.  Genre vocabulary of Chinese administration, not names of any letter.
_OFFICE_WORDS = (
    ("管委会", r"committee|commission|administration|authority"),
    ("委员会", r"committee|commission"),
    ("政府", r"government|county|district|city|town|township|municipal"),
    ("办公室", r"office"),
    ("中心", r"cent(?:re|er)|office"),
    ("局", r"bureau|administration|office|authority|agency|police|department"),
    ("委", r"committee|commission"),
    ("厅", r"department|bureau"),
    ("部", r"ministry|department"),
    ("办", r"office"),
)


def _office_said(issuer: str, question: str) -> bool:
    """Whether an English question says the kind of office the issuer is (unknown kinds
    pass)."""
    name = issuer.rstrip("）)")  # "市委改革办(市营商环境建设局)" is a 局
    for ending, said in _OFFICE_WORDS:
        if name.endswith(ending):
            return bool(re.search(rf"\b(?:{said})", question, re.I))
    return True


_EN_QUALIFIER = re.compile(
    r"\b((?:[A-Z][a-z]+(?:['’][a-z]+)?[ -]?){1,3}?) (?i:district|county|city|town|township|"
    r"prefecture|province)\b"
)


def _names_someone(name: str) -> bool:
    """Whether a proposer read from a letter can name it in a question: a person's or a
    group's name, not a common word a misread salutation left ("小组" would send every
    question about a working group to that letter)."""
    return not in_dictionary(name) or tagged(name)[0][1] in ("nr", "nt", "nz")


# The office a question asks about ends its name so: 局, 委, 厅, 办, 政府, 中心 …
_OFFICE = re.compile(r"[\u4e00-\u9fff](?:局|委|厅|办|政府|中心|管委会)")


def record_dict(record: Any) -> Record:
    """A manifest record as a flat dict, whatever shape the store gives it."""
    data = dict(record.as_dict()) if hasattr(record, "as_dict") else dict(record)
    meta = data.pop("metadata", None)
    if isinstance(meta, dict):
        data = {**meta, **{k: v for k, v in data.items() if v is not None}}
    if data.get("year") is None:
        date = data.get("date_signed") or data.get("date_published")
        if date and str(date)[:4].isdigit():
            data["year"] = int(str(date)[:4])
    return data


def record_kind(record: Record) -> str | None:
    title = record.get("title")
    return record.get("kind") or ((kind_in_title(title) or "提案") if title else None)


_BRACKETS = str.maketrans("〔【[（(", "[[[[[", "") | str.maketrans("〕】]）)", "]]]]]")


def plain_number(text: str) -> str:
    """Document numbers compare without spaces and with one kind of bracket."""
    return re.sub(r"\s+", "", halfwidth(text)).translate(_BRACKETS)


_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年")
_LETTER_YEAR = re.compile(
    r"(20\d{2}|19\d{2})\s*年\s*(?:的)?\s*(?:答复|回复|提案|建议|函)|in\s+(20\d{2})\b.*\b(?:repl|letter|propos)",
    re.I,
)
_SESSION_CORE = re.compile(rf"[{CN_NUMERALS}\d]+届[{CN_NUMERALS}\d]+次会议")


def _years(question: str) -> tuple[set[int], set[int]]:
    """(years written as the letter's year, other years): "2024年的答复函" vs "2023年，交易额…"."""
    hard = {int(a or b) for a, b in _LETTER_YEAR.findall(question)}
    soft = {int(y) for y in _YEAR.findall(question)} - hard
    return hard, soft


def _session_core(session: str) -> str:
    """ "市政协六届二次会议" → "六届二次会议", what people usually write."""
    match = _SESSION_CORE.search(session)
    return match.group(0) if match else session


def _matches(record: Record, key: str, value: Any) -> bool:
    have = record.get(key)
    if have is None:
        return False
    if key == "proposal_no":
        return query.norm_number(have) == query.norm_number(str(value))
    if key == "issuer":
        return str(value) == have or names_issuer(str(value), have)
    if key == "year":
        return str(have) == str(value)
    if key == "source":
        return bool(have == value or have.rsplit("/", 1)[-1] == str(value).rsplit("/", 1)[-1])
    return bool(have == value)


def _number_label(number: str, kind: str | None, english: bool) -> str:
    if english:
        return f"{'suggestion' if kind == '建议' else 'proposal'} No. {number}"
    return f"第{number}号{kind or '提案'}"
