#!/usr/bin/env python3
"""Validate gold.jsonl against the letters (independent of tools/)."""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(ROOT, "letters")
GOLD = os.path.join(ROOT, "gold.jsonl")
KEYS = {"file", "kind", "quote", "section", "due", "partners"}
KINDS = {"commitment", "action"}
TERM = "。！？；!?;"
HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[、.．](?!\d))")

errors = []


def err(n, msg):
    errors.append(f"line {n}: {msg}" if n else msg)


def split_line(line):
    out, cur = [], ""
    for ch in line:
        cur += ch
        if ch in TERM:
            if cur.strip():
                out.append(cur.strip())
            cur = ""
    if cur.strip():
        out.append(cur.strip())
    return out


def load_letter(fname):
    raw = open(os.path.join(LET, fname), encoding="utf-8").read()
    lines = raw.split("\n")
    if not (lines[0] == "source_url: made-up (commit7)" and lines[1].startswith("layout: ")
            and len(lines[1]) > len("layout: ") and lines[2] == "---"):
        err(0, f"{fname}: bad front matter")
    body_start = len("\n".join(lines[:3])) + 1
    n = len(raw)
    if not 700 <= n <= 1300:
        err(0, f"{fname}: length {n} outside 700-1300")
    # sentence list with character offsets in the raw file
    sents = []
    off = body_start
    for line in raw[body_start:].split("\n"):
        p = 0
        for s in split_line(line):
            k = line.index(s, p)
            sents.append((off + k, s, line))
            p = k + len(s)
        off += len(line) + 1
    return raw, sents


letters = sorted(f for f in os.listdir(LET) if re.fullmatch(r"c7-\d\d\.txt", f))
if len(letters) != 14:
    err(0, f"expected 14 letters, found {len(letters)}")
cache = {f: load_letter(f) for f in letters}

rows = []
for n, line in enumerate(open(GOLD, encoding="utf-8"), 1):
    try:
        rows.append((n, json.loads(line)))
    except Exception as e:  # noqa: BLE001
        err(n, f"bad json: {e}")

seen_files, prev_file, prev_pos, prev_quote = [], None, -1, None
seen_rows = set()
for n, r in rows:
    if set(r) != KEYS:
        err(n, f"keys {sorted(r)}")
        continue
    f, kind, q, sec, due, partners = (r[k] for k in ("file", "kind", "quote", "section", "due", "partners"))
    if kind not in KINDS:
        err(n, f"bad kind {kind!r}")
    if f not in cache:
        err(n, f"unknown file {f}")
        continue
    # files in order and contiguous
    if f != prev_file:
        if f in seen_files:
            err(n, f"file {f} not contiguous")
        if seen_files and f < seen_files[-1]:
            err(n, f"file {f} out of order")
        seen_files.append(f)
        prev_file, prev_pos, prev_quote = f, -1, None
    raw, sents = cache[f]
    if not isinstance(q, str) or not q or q != q.strip():
        err(n, "quote empty or not trimmed")
        continue
    if "\n" in q:
        err(n, "quote spans lines")
    # whole sentence, found at or after the previous quote
    cands = [off for off, s, _ in sents if s == q]
    if not cands:
        err(n, f"quote is not a whole sentence of {f}: {q[:40]}")
        continue
    if q == prev_quote:
        pos = prev_pos
    else:
        later = [c for c in cands if c > prev_pos]
        if not later:
            err(n, f"quote out of letter order: {q[:40]}")
            continue
        pos = later[0]
    key = (f, pos, kind)
    if key in seen_rows:
        err(n, f"duplicate row (same sentence, same kind): {q[:40]}")
    seen_rows.add(key)
    prev_pos, prev_quote = pos, q
    # section
    if not isinstance(sec, str):
        err(n, "section not a string")
    elif sec:
        start = 0
        for part in sec.split(" > "):
            if not HEAD.match(part):
                err(n, f"section part is not a numbered heading: {part}")
            k = raw.find(part, start)
            if k < 0 or k >= pos:
                err(n, f"section part not found before quote: {part}")
                break
            start = k + len(part)
    # due
    if due is not None:
        if not isinstance(due, str) or not due:
            err(n, "due must be null or a non-empty string")
        elif kind != "commitment":
            err(n, "due on a non-commitment")
        elif due not in q:
            err(n, f"due {due!r} not in quote")
    # partners
    if not isinstance(partners, list) or not all(isinstance(p, str) and p for p in partners):
        err(n, "partners must be a list of non-empty strings")
    else:
        if partners and kind != "commitment":
            err(n, "partners on an action")
        for p in partners:
            if p not in q:
                err(n, f"partner {p!r} not in quote")
        if len(set(partners)) != len(partners):
            err(n, "duplicate partners")

missing = [f for f in letters if f not in seen_files]
if missing:
    err(0, f"letters without rows: {missing}")

kinds = {}
for _, r in rows:
    kinds[r.get("kind")] = kinds.get(r.get("kind"), 0) + 1
print(f"rows={len(rows)} files={len(seen_files)} commitment={kinds.get('commitment', 0)} action={kinds.get('action', 0)}")
for e in errors:
    print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
