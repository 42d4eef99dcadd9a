"""Sanity checks for corpus/qa/qa.jsonl against the letters in corpus/ (stdlib only).

    python corpus/qa/check_qa.py [corpus/qa/qa.jsonl]

Checks: every line parses; ids unique; an answerable question has a gold letter that
exists (gold_proposal: a letter whose title carries that number, leading zeros ignored;
gold_file / gold_files_any: a file under corpus/); every `must_include_any` alternative
occurs verbatim in the gold letter (multi-letter: in one of `gold_files_any`, and the
groups together are met by at least `min_distinct_letters` files); every `gold_section_keywords`
set fits inside one heading path of the gold letter (headings found with a simple
numbering heuristic: 一、 / (一) / （一） / 1. / 1． / 1、 / 一是…, heading = first
sentence); `gold_section`, when given, is one of those paths. Prints counts by type.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1]
CN = "一二三四五六七八九十"
TOP = re.compile(rf"^[{CN}]+、")
SUB = re.compile(rf"^[(（][{CN}]+[)）]")
NUM = re.compile(r"^\d+[.．、]")
ITEM = re.compile(rf"(?:^|(?<=。))([{CN}]+是[^。]*)")
TITLE_NO = re.compile(r"第(\d+)号(?:提案|建议)")


def first_sentence(text: str) -> str:
    return text.split("。", 1)[0].strip()


def heading_paths(text: str) -> list[str]:
    """Every heading path ("A > B > C") of a letter, parents included."""
    paths: list[str] = []
    top = sub = None
    has_sub = False
    for line in (ln.strip() for ln in text.splitlines()):
        if not line:
            continue
        if TOP.match(line):
            top, sub, has_sub = first_sentence(line), None, False
            base = [top]
        elif SUB.match(line):
            sub, has_sub = first_sentence(line), True
            base = [p for p in (top, sub) if p]
        elif NUM.match(line):
            head = first_sentence(line)
            base = [p for p in (top, sub if has_sub else None, head) if p]
            if not has_sub:
                sub = head
        else:
            base = [p for p in (top, sub) if p]
        if base:
            paths.append(" > ".join(base))
        for m in ITEM.finditer(line):
            paths.append(" > ".join(base + [first_sentence(m.group(1))]))
    return list(dict.fromkeys(paths))


def norm_no(no: str) -> str:
    return no.lstrip("0") or "0"


def main(qa_path: Path) -> int:
    letters = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))}
    by_no: dict[str, str] = {}
    for name, text in letters.items():
        m = TITLE_NO.search(text)
        if m:
            by_no.setdefault(norm_no(m.group(1)), name)
    paths = {name: heading_paths(text) for name, text in letters.items()}

    errors: list[str] = []
    seen: set[str] = set()
    types: Counter[str] = Counter()
    gold_counts: Counter[str] = Counter()
    for number, line in enumerate(qa_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(f"line {number}: bad JSON: {exc}")
            continue
        qid = q.get("id")
        where = f"line {number} ({qid})"
        if not qid or qid in seen:
            errors.append(f"{where}: missing or duplicate id")
        seen.add(qid)
        types[q.get("type", "?")] += 1
        if not (q.get("question") or q.get("turns")):
            errors.append(f"{where}: no question/turns")
        if not q.get("answerable", True):
            continue
        files: list[str] = []
        if q.get("gold_file"):
            if q["gold_file"] not in letters:
                errors.append(f"{where}: gold_file {q['gold_file']} not in corpus")
            files = [q["gold_file"]]
        if q.get("gold_proposal"):
            name = by_no.get(norm_no(q["gold_proposal"]))
            if not name:
                errors.append(f"{where}: no letter for proposal {q['gold_proposal']}")
            elif files and files != [name]:
                errors.append(f"{where}: gold_file and gold_proposal disagree ({files[0]} vs {name})")
            elif name:
                files = [name]
        many = q.get("gold_files_any") or []
        for name in many:
            if name not in letters:
                errors.append(f"{where}: gold_files_any {name} not in corpus")
        if not files and not many:
            errors.append(f"{where}: answerable but no gold letter")
            continue
        for name in files or many:
            gold_counts[name] += 1
        groups = q.get("must_include_any") or []
        if many:
            need = q.get("min_distinct_letters", 1)
            for group in groups:
                for alt in group:
                    if not any(alt in letters.get(n, "") for n in many):
                        errors.append(f"{where}: {alt!r} in none of gold_files_any")
            # Together the groups must be met by at least `need` distinct letters.
            hits = {n for n in many for g in groups if any(a in letters.get(n, "") for a in g)}
            if len(hits) < need:
                errors.append(f"{where}: keywords found in {len(hits)} < {need} gold letters")
            continue
        text = letters.get(files[0], "")
        for group in groups:
            for alt in group:
                if alt not in text:
                    errors.append(f"{where}: {alt!r} not verbatim in {files[0]}")
        keywords = q.get("gold_section_keywords") or []
        if keywords and not any(all(k in p for k in keywords) for p in paths[files[0]]):
            errors.append(f"{where}: no heading path of {files[0]} holds all of {keywords}")
        if q.get("gold_section") and q["gold_section"] not in paths[files[0]]:
            errors.append(f"{where}: gold_section {q['gold_section']!r} is not a heading path")

    for e in errors:
        print("ERROR", e)
    print(f"{len(seen)} questions; by type: {dict(types)}")
    print(f"answerable questions per gold letter: {dict(gold_counts)}")
    return 1 if errors else 0


if __name__ == "__main__":
    default = Path(__file__).with_name("qa.jsonl")
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
