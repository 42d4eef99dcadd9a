#!/usr/bin/env python3
"""Independent validator for the commit8 test set (does not import tools/).

Checks
  * letters/c8-01.txt ... c8-16.txt exist, UTF-8, front matter is exactly
    `source_url: made-up (commit8)` / `layout: ...(with a page address)` / `---`,
    page text (after the front matter, stripped) is 700-1400 characters;
  * gold.jsonl: every row has exactly file/kind/quote/section/due/partners;
    kind is commitment|action; the quote occurs verbatim in its letter and is one
    whole sentence under this file's own splitter; section equals the path of
    numbered headings above that sentence; due is null or a substring of the
    quote; partners is a list of substrings of the quote; action rows have
    due null and partners []; commitment due is null or a non-empty string;
    no duplicate (file, quote, kind); rows are in letter order.
Prints counts and `N errors`; exit status 1 if any error.
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(ROOT, "letters")
GOLD = os.path.join(ROOT, "gold.jsonl")
NAMES = [f"c8-{i:02d}.txt" for i in range(1, 17)]

SENT_RE = re.compile(r"[^。！？；;!?]*[。！？；;!?]|[^。！？；;!?]+$")
HEAD_RES = [
    (1, re.compile(r"^[一二三四五六七八九十]+、")),
    (2, re.compile(r"^(?:\([一二三四五六七八九十]+\)|（[一二三四五六七八九十]+）)")),
    (3, re.compile(r"^[0-9]+(?:、|\.(?![0-9])|．)")),
]
STRIP = " \t\r\n\u3000\u00a0"

errors = []


def err(msg):
    errors.append(msg)


def parse_letter(name):
    """Return (body, [(sentence, section, is_heading)]) or None."""
    path = os.path.join(LETTERS, name)
    if not os.path.isfile(path):
        err(f"{name}: missing")
        return None
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        err(f"{name}: not UTF-8")
        return None
    lines = text.split("\n")
    if len(lines) < 4:
        err(f"{name}: too short")
        return None
    if lines[0] != "source_url: made-up (commit8)":
        err(f"{name}: line 1 is {lines[0]!r}")
    if not lines[1].startswith("layout: ") or "http" not in lines[1] or len(lines[1]) < 20:
        err(f"{name}: line 2 must be 'layout: ...' naming a real page address")
    if lines[2] != "---":
        err(f"{name}: line 3 is {lines[2]!r}, expected '---'")
    body = "\n".join(lines[3:])
    n = len(body.strip(STRIP))
    if not 700 <= n <= 1400:
        err(f"{name}: page text has {n} characters (need 700-1400)")
    out = []
    heads = []  # list of (level, text)
    for line in lines[3:]:
        parts = [m.group(0).strip(STRIP) for m in SENT_RE.finditer(line)]
        parts = [p for p in parts if p]
        if not parts:
            continue
        lvl = 0
        first = line.strip(STRIP)
        for L, rx in HEAD_RES:
            if rx.match(first):
                lvl = L
                break
        for k, p in enumerate(parts):
            if lvl and k == 0:
                heads = [h for h in heads if h[0] < lvl]
                sec = " > ".join(h[1] for h in heads)
                heads.append((lvl, p[:-1] if p.endswith("。") else p))
                out.append((p, sec, True))
            else:
                out.append((p, " > ".join(h[1] for h in heads), False))
    return body, out


def main():
    letters = {}
    for name in NAMES:
        r = parse_letter(name)
        if r:
            letters[name] = r
    extra = sorted(f for f in os.listdir(LETTERS) if f.endswith(".txt") and f not in NAMES)
    if extra:
        err(f"unexpected letter files: {extra}")

    if not os.path.isfile(GOLD):
        err("gold.jsonl missing")
        rows = []
    else:
        rows = []
        for ln, line in enumerate(open(GOLD, encoding="utf-8"), 1):
            if not line.strip():
                err(f"gold.jsonl:{ln}: blank line")
                continue
            try:
                rows.append((ln, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"gold.jsonl:{ln}: bad JSON ({e})")

    keys = {"file", "kind", "quote", "section", "due", "partners"}
    seen = set()
    last_pos = {}
    last_file_idx = -1
    counts = {}
    heading_items = 0
    for ln, r in rows:
        where = f"gold.jsonl:{ln}"
        if set(r) != keys:
            err(f"{where}: keys {sorted(r)}")
            continue
        f, kind, q, sec, due, partners = (r[k] for k in ("file", "kind", "quote", "section", "due", "partners"))
        if f not in NAMES:
            err(f"{where}: unknown file {f!r}")
            continue
        fi = NAMES.index(f)
        if fi < last_file_idx:
            err(f"{where}: rows not in letter order")
        last_file_idx = max(last_file_idx, fi)
        if kind not in ("commitment", "action"):
            err(f"{where}: bad kind {kind!r}")
        if not isinstance(q, str) or not q or q != q.strip(STRIP):
            err(f"{where}: quote empty or not trimmed")
            continue
        if not isinstance(sec, str):
            err(f"{where}: section must be a string")
            sec = ""
        if f not in letters:
            continue
        body, sents = letters[f]
        if q not in body:
            err(f"{where}: quote not found verbatim in {f}: {q[:30]}")
            continue
        if q[-1] not in "。！？；;!?" and not any(
                line.strip(STRIP).endswith(q) for line in body.split("\n")):
            err(f"{where}: quote has no closing mark and does not end a line: {q[:30]}")
        idxs = [i for i, s in enumerate(sents) if s[0] == q]
        if not idxs:
            err(f"{where}: quote is not one whole sentence: {q[:30]}")
            continue
        ok = [i for i in idxs if sents[i][1] == sec]
        if not ok:
            err(f"{where}: section {sec!r} != expected {sents[idxs[0]][1]!r} for {q[:20]}")
            ok = idxs
        pos = ok[0]
        if pos < last_pos.get(f, -1):
            err(f"{where}: rows of {f} not in sentence order")
        last_pos[f] = max(last_pos.get(f, -1), pos)
        if sents[pos][2]:
            heading_items += 1
        if sec:
            # every component must be a heading above the quote
            above = {s[0][:-1] if s[0].endswith("。") else s[0] for s in sents[:pos] if s[2]}
            for part in sec.split(" > "):
                if part not in above:
                    err(f"{where}: section part {part!r} is not a heading above the quote")
        if not isinstance(partners, list) or not all(isinstance(p, str) and p for p in partners):
            err(f"{where}: partners must be a list of non-empty strings")
            partners = []
        if kind == "action":
            if due is not None:
                err(f"{where}: action with due {due!r}")
            if partners:
                err(f"{where}: action with partners {partners}")
        else:
            if due is not None and (not isinstance(due, str) or not due):
                err(f"{where}: due must be null or a non-empty string")
            elif due is not None and due not in q:
                err(f"{where}: due {due!r} not in quote")
            for p in partners:
                if p not in q:
                    err(f"{where}: partner {p!r} not in quote")
            if len(set(partners)) != len(partners):
                err(f"{where}: duplicate partners")
        key = (f, q, kind)
        if key in seen:
            err(f"{where}: duplicate row {kind} {q[:20]}")
        seen.add(key)
        c = counts.setdefault(f, {"commitment": 0, "action": 0})
        if kind in c:
            c[kind] += 1

    for name in NAMES:
        if name in letters and name not in counts:
            err(f"{name}: no gold rows")

    tc = sum(c["commitment"] for c in counts.values())
    ta = sum(c["action"] for c in counts.values())
    both = len({(f, q) for (f, q, k) in seen if k == "action"} & {(f, q) for (f, q, k) in seen if k == "commitment"})
    nohead = 0
    no12 = 0
    for name, (body, sents) in letters.items():
        if not any(s[2] for s in sents):
            nohead += 1
        if not any(s[2] and re.match(r"^(?:[一二三四五六七八九十]+、)", s[0]) for s in sents):
            no12 += 1
    print(f"letters: {len(letters)}; rows: {len(rows)}; commitments: {tc}; actions: {ta}; "
          f"sentences with both kinds: {both}; labelled heading sentences: {heading_items}")
    print(f"letters without any numbered heading: {nohead}; without 一、/二、 headings: {no12}")
    for name in NAMES:
        c = counts.get(name, {"commitment": 0, "action": 0})
        print(f"  {name}: {c['commitment']:2d} commitments, {c['action']:2d} actions")
    for e in errors:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
