"""How well the parser reads letter fields, against a hand-checked golden file
(`tests/golden/real_fields.json`: title, issuer, numbers, kind, people, dates, co-handlers
of each real letter, `null` / `[]` where the letter does not state one).

    scores = score_fields(golden, [Path("../shared/letters/real")], names)

A stated field counts as right when the parsed value equals the golden one, full-width
digits and letters read as half-width (the parser narrows them, `genre.narrow_alphanumerics`,
as `rag eval` matches answers); an unstated
field when the parser leaves it empty too (a guess is wrong). Only totals per field are
returned unless `misses` is asked for: a blind part is measured without being read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from rag.eval.commitments import find_letter
from rag.letters.genre import narrow_alphanumerics
from rag.letters.parse import load_letter

FIELDS = (
    "title", "issuer", "doc_number", "proposal_no", "kind", "proposers", "signer",
    "date_signed", "date_published", "co_handlers",
)  # fmt: skip


def read_golden(path: Path) -> dict[str, dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        letters: dict[str, dict[str, Any]] = json.load(f)["letters"]
    return letters


def score_fields(
    golden: dict[str, dict[str, Any]],
    folders: Sequence[Path],
    names: Iterable[str],
    *,
    misses: bool = False,
) -> dict[str, Any]:
    """Per field: stated right / stated, and unstated left empty / unstated; with
    `misses`, each wrong value as (file, field, golden, parsed)."""
    per_field = {f: {"right": 0, "stated": 0, "empty": 0, "unstated": 0} for f in FIELDS}
    wrong: list[tuple[str, str, Any, Any]] = []
    letters = sorted(names)
    for name in letters:
        letter = load_letter(find_letter(name, folders))
        for field in FIELDS:
            want, have = _width_free(golden[name][field]), _width_free(getattr(letter, field))
            counts = per_field[field]
            if _stated(want):
                counts["stated"] += 1
                counts["right"] += have == want
            else:
                counts["unstated"] += 1
                counts["empty"] += not _stated(have)
            if have != want and (_stated(want) or _stated(have)):
                wrong.append((name, field, want, have))
    total = {
        k: sum(c[k] for c in per_field.values()) for k in ("right", "stated", "empty", "unstated")
    }
    return {
        "letters": len(letters),
        "fields": per_field,
        "total": total,
        "misses": wrong if misses else [],
    }


def _width_free(value: Any) -> Any:
    """A value with full-width digits and letters as half-width (第０７９８号 is 第0798号),
    as the parser reads a letter's text and as `rag eval` matches answers; any run of
    spaces as one; lists as lists."""
    if isinstance(value, str):
        # and a joint signature's full-width space (`甲局　乙局`) as the space it prints
        return re.sub(r"\s+", " ", narrow_alphanumerics(value))
    if isinstance(value, (list, tuple)):
        return [_width_free(v) for v in value]
    return value


def _stated(value: object) -> bool:
    return value not in (None, [], "")


def summary_table(result: dict[str, Any], title: str) -> Table:
    """The scores as `rag eval-fields` prints them: per field, then the total."""
    table = Table(title=title)
    for column in ("field", "stated right", "unstated left empty"):
        table.add_column(column, justify="right")
    for field in (*FIELDS, "total"):
        c = result["total"] if field == "total" else result["fields"][field]
        share = f" = {c['right'] / c['stated']:.2f}" if c["stated"] else ""
        table.add_row(field, f"{c['right']}/{c['stated']}{share}", f"{c['empty']}/{c['unstated']}")
    return table
