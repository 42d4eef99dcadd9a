"""How well `qa.commitments` / `qa.actions` find what a hand-labelled set says each letter
promises and reports (`corpus/qa/commitments/*.jsonl`, one labelled sentence a line).

    scores = score_commitments(Path("corpus/qa/commitments/dev.jsonl"), [Path("corpus")])

A found item matches a labelled one of the same kind when one sentence holds the other
(spaces and full/half width aside) and the shorter is at least half the longer; each
label is matched once, in letter order. Precision is over the labelled letters only; `due`
and `partners` are judged on the matched commitments.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from rag.answer.commitments import Item, items
from rag.errors import RagError
from rag.letters.parse import load_letter

KINDS = ("commitment", "action")


def score_commitments(gold_file: Path, folders: Sequence[Path]) -> dict[str, Any]:
    """Precision, recall and due-date accuracy per kind, and the misses of each letter."""
    gold = _read_gold(gold_file)
    found = {name: items(load_letter(find_letter(name, folders))) for name in gold}
    result: dict[str, Any] = {"letters": len(gold)}
    for kind in KINDS:
        counts: defaultdict[str, int] = defaultdict(int)
        misses: dict[str, dict[str, list[str]]] = {}
        for name, labels in gold.items():
            wanted = [g for g in labels if g["kind"] == kind]
            got = [i for i in found[name] if i.kind == kind]
            pairs = _match(wanted, got)
            counts["gold"] += len(wanted)
            counts["found"] += len(got)
            counts["matched"] += len(pairs)
            for g, i in pairs:
                if kind == "commitment" and g.get("due"):
                    counts["due_stated"] += 1
                    counts["due_right"] += _same(g["due"], i.due or "")
                if kind == "commitment":  # the same units, or none on both sides
                    counts["partners_right"] += {_norm(n) for n in g.get("partners") or ()} == {
                        _norm(n) for n in i.partners
                    }
            matched_gold = {id(g) for g, _ in pairs}
            matched_found = {id(i) for _, i in pairs}
            misses[name] = {
                "missed": [g["quote"] for g in wanted if id(g) not in matched_gold],
                "extra": [i.quote for i in got if id(i) not in matched_found],
            }
        result[kind] = {
            "precision": _share(counts["matched"], counts["found"]),
            "recall": _share(counts["matched"], counts["gold"]),
            "due_accuracy": _share(counts["due_right"], counts["due_stated"]),
            "partners_accuracy": _share(counts["partners_right"], counts["matched"]),
            **dict(counts),
            "misses": misses,
        }
    return result


def summary_table(result: dict[str, Any], title: str) -> Table:
    """The scores as `rag eval-commitments` prints them."""
    table = Table(title=title)
    for column in ("kind", "precision", "recall", "labelled", "found", "due right", "partners"):
        table.add_column(column, justify="right")
    for kind in KINDS:
        r = result[kind]
        promise = kind == "commitment"
        table.add_row(
            kind,
            str(r["precision"]),
            str(r["recall"]),
            str(r.get("gold", 0)),
            str(r.get("found", 0)),
            str(r["due_accuracy"]) if promise else "",
            str(r["partners_accuracy"]) if promise else "",
        )
    return table


def miss_lines(result: dict[str, Any]) -> list[str]:
    """One line per label missed and per item found besides, letter by letter."""
    return [
        f"{kind} {label} {name}: {quote}"
        for kind in KINDS
        for name, m in result[kind]["misses"].items()
        for label, quotes in (("missed", m["missed"]), ("extra", m["extra"]))
        for quote in quotes
    ]


def _read_gold(path: Path) -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with path.open(encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                label = json.loads(line)
                if label["kind"] not in KINDS or not isinstance(label["quote"], str):
                    raise ValueError(f"kind is one of {', '.join(KINDS)}; quote is text")
                gold[label["file"]].append(label)
            except (ValueError, KeyError, TypeError) as exc:
                raise RagError(f"{path}:{number}: not a label ({exc})") from None
    return dict(gold)


def find_letter(name: str, folders: Sequence[Path]) -> Path:
    """The file `name` in the first of `folders` that holds it."""
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise RagError(f"{name}: not in {', '.join(map(str, folders))}")


def _match(wanted: list[dict[str, Any]], got: list[Item]) -> list[tuple[dict[str, Any], Item]]:
    pairs, free = [], list(got)
    for label in wanted:
        text = _norm(label["quote"])
        for item in free:
            if _overlaps(text, _norm(item.quote)):
                pairs.append((label, item))
                free.remove(item)
                break
    return pairs


def _overlaps(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return bool(short) and short in long and len(short) * 2 >= len(long)


def _same(a: str, b: str) -> bool:
    a, b = _norm(a).strip('“”"'), _norm(b).strip('“”"')
    return bool(a and b) and (a in b or b in a)


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None
