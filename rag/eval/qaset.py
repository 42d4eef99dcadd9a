"""The Q&A set: one JSON object per line, read and checked before anything is indexed.

    items = load_qa(Path("corpus/qa/qa.jsonl"))   # QASetError names the bad line
    items[0].question, items[0].earlier_turns, question_type(items[0])

The format is /work/shared/DESIGN.md, "Q&A set format". Every check names the file, the
line, the question's id and what is wrong, so a typo in a 200-line set is one edit away.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rag.errors import RagError

__all__ = ["QAItem", "QASetError", "load_qa", "parse_qa_item", "question_type"]

QUESTION_TYPES = ("zh", "en", "multi_turn", "unanswerable", "metadata")


class QASetError(RagError, ValueError):
    """The Q&A file is malformed; the message names the file, the line and what is wrong."""


@dataclass(frozen=True)
class QAItem:
    """One question of the Q&A set; `turns` holds the whole conversation, last one scored."""

    id: str
    turns: tuple[str, ...]
    answerable: bool = True
    gold_proposal: str | None = None
    gold_file: str | None = None
    gold_files_any: tuple[str, ...] = ()
    min_distinct_letters: int = 1
    gold_section_keywords: tuple[str, ...] = ()
    must_include_any: tuple[tuple[str, ...], ...] = ()
    reference: str | None = None
    type: str | None = None  # as written in the file; see `question_type`
    tags: tuple[str, ...] = ()  # labels; `metadata` marks a question about the letter itself

    @property
    def question(self) -> str:
        """The question that is scored."""
        return self.turns[-1]

    @property
    def earlier_turns(self) -> tuple[str, ...]:
        return self.turns[:-1]

    @property
    def multi_letter(self) -> bool:
        return self.min_distinct_letters > 1

    def gold(self) -> dict[str, Any]:
        """What was expected, for reports."""
        expected: dict[str, Any] = {}
        for name in ("gold_proposal", "gold_file", "reference"):
            if getattr(self, name):
                expected[name] = getattr(self, name)
        if self.gold_files_any:
            expected["gold_files_any"] = list(self.gold_files_any)
            expected["min_distinct_letters"] = self.min_distinct_letters
        if self.gold_section_keywords:
            expected["gold_section_keywords"] = list(self.gold_section_keywords)
        if self.must_include_any:
            expected["must_include_any"] = [list(group) for group in self.must_include_any]
        if self.tags:
            expected["tags"] = list(self.tags)
        return expected


# -- one item -------------------------------------------------------------------------------


def parse_qa_item(raw: object, where: str = "item") -> QAItem:
    """Validate one decoded JSON object; `where` prefixes every error (e.g. "qa.jsonl:3").

    Fields are checked in the order they are read below, so an item with several
    mistakes always reports the same one first.
    """
    if not isinstance(raw, dict):
        raise QASetError(f"{where}: expected a JSON object, got {type(raw).__name__}")
    item_id = _item_id(raw, where)
    where = f"{where} (id {item_id})"
    turns = _turns(raw, where)
    answerable = _answerable(raw, where)
    gold_proposal = _optional_str(raw, "gold_proposal", where)
    gold_file = _optional_str(raw, "gold_file", where)
    files_any = _strings(raw.get("gold_files_any", []), "gold_files_any", where)
    if answerable and not (gold_proposal or gold_file or files_any):
        raise QASetError(
            f"{where}: an answerable question needs `gold_proposal`, `gold_file` or `gold_files_any`"
        )
    min_letters = _min_distinct_letters(raw, where, files_any)
    groups = _keyword_groups(raw, where)
    kind = _type(raw, where)
    reference = raw.get("reference")
    return QAItem(
        id=item_id,
        turns=turns,
        answerable=answerable,
        gold_proposal=gold_proposal,
        gold_file=gold_file,
        gold_files_any=files_any,
        min_distinct_letters=min_letters,
        gold_section_keywords=_strings(
            raw.get("gold_section_keywords", []), "gold_section_keywords", where
        ),
        must_include_any=groups,
        reference=reference if isinstance(reference, str) else None,
        type=kind,
        tags=_strings(raw.get("tags", []), "tags", where),
    )


def _item_id(raw: dict[str, Any], where: str) -> str:
    item_id = raw.get("id")
    if isinstance(item_id, int) and not isinstance(item_id, bool):
        item_id = str(item_id)
    if not isinstance(item_id, str) or not item_id.strip():
        raise QASetError(f"{where}: missing `id` (a unique string)")
    return item_id


def _turns(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    """`turns` when given (the last one is the question), else the one `question`."""
    if "turns" in raw:
        turns = _strings(raw["turns"], "turns", where)
        if not turns:
            raise QASetError(f"{where}: `turns` is empty")
        if raw.get("question") not in (None, turns[-1]):
            raise QASetError(f"{where}: `question` differs from the last of `turns`; give one")
        return turns
    question = raw.get("question")
    if isinstance(question, str) and question.strip():
        return (question,)
    raise QASetError(f"{where}: missing `question` (or `turns`)")


def _answerable(raw: dict[str, Any], where: str) -> bool:
    answerable = raw.get("answerable", True)
    if not isinstance(answerable, bool):
        raise QASetError(f"{where}: `answerable` must be true or false, got {answerable!r}")
    return answerable


def _min_distinct_letters(raw: dict[str, Any], where: str, files_any: tuple[str, ...]) -> int:
    min_letters = raw.get("min_distinct_letters", 1)
    if not isinstance(min_letters, int) or isinstance(min_letters, bool) or min_letters < 1:
        raise QASetError(f"{where}: `min_distinct_letters` must be a positive integer")
    if min_letters > 1 and min_letters > len(files_any):
        raise QASetError(
            f"{where}: `min_distinct_letters` is {min_letters} but `gold_files_any` "
            f"lists {len(files_any)} files"
        )
    return min_letters


def _keyword_groups(raw: dict[str, Any], where: str) -> tuple[tuple[str, ...], ...]:
    groups_raw = raw.get("must_include_any", [])
    if not isinstance(groups_raw, list):
        raise QASetError(f"{where}: `must_include_any` must be a list of lists of strings")
    groups = tuple(
        _strings(group, f"must_include_any[{i}]", where) for i, group in enumerate(groups_raw)
    )
    if any(not group for group in groups):
        raise QASetError(f"{where}: a `must_include_any` group is empty")
    return groups


def _type(raw: dict[str, Any], where: str) -> str | None:
    kind = raw.get("type")
    if kind is None:
        return None
    if not isinstance(kind, str) or not kind.strip():
        raise QASetError(f"{where}: `type` must be a non-empty string")
    return kind


def _strings(value: object, name: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise QASetError(f"{where}: `{name}` must be a list of non-empty strings, got {value!r}")
    return tuple(value)


def _optional_str(raw: dict[str, Any], name: str, where: str) -> str | None:
    value = raw.get(name)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        # A proposal number typed as a JSON number: 798 is still "798".
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise QASetError(f"{where}: `{name}` must be a non-empty string, got {value!r}")
    return value


# -- the file -------------------------------------------------------------------------------


def load_qa(path: str | Path) -> list[QAItem]:
    """Read a JSON Lines Q&A set; blank lines are skipped, ids must be unique."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except FileNotFoundError:
        raise QASetError(f"{path}: no such Q&A file (pass --qa FILE)") from None
    except UnicodeDecodeError as exc:
        raise QASetError(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None

    items: list[QAItem] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise QASetError(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})") from None
        item = parse_qa_item(raw, where)
        if item.id in seen:
            raise QASetError(f"{where}: duplicate id {item.id!r} (first on line {seen[item.id]})")
        seen[item.id] = number
        items.append(item)
    if not items:
        raise QASetError(f"{path}: the Q&A file has no questions")
    return items


def question_type(item: QAItem) -> str:
    """The item's `type` when given, else multi_turn, unanswerable, en or zh, in that order."""
    if item.type:
        return item.type
    if len(item.turns) > 1:
        return "multi_turn"
    if not item.answerable:
        return "unanswerable"
    return "en" if _mostly_ascii(item.question) else "zh"


def _mostly_ascii(text: str) -> bool:
    chars = [c for c in text if not c.isspace()]
    return bool(chars) and sum(c.isascii() for c in chars) > len(chars) / 2
