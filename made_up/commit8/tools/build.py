#!/usr/bin/env python3
"""Build gold.jsonl from letters/ + tools/labels.py.

Quotes are copied from the splitter output (never typed by hand); section comes
from the splitter's heading stack. Also prints a per-letter review table.
Usage: python3 tools/build.py [--review]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from split import sentences  # noqa: E402
from labels import LABELS  # noqa: E402


def main():
    review = "--review" in sys.argv
    rows = []
    for n in range(1, 17):
        name = f"c8-{n:02d}"
        path = os.path.join(ROOT, "letters", name + ".txt")
        sents = sentences(path)
        labels = LABELS[name]
        seen = set()
        for (i, kind, due, partners) in sorted(labels, key=lambda r: (r[0], r[1] != "action")):
            if (i, kind) in seen:
                raise SystemExit(f"duplicate label {name} {i} {kind}")
            seen.add((i, kind))
            s = sents[i]
            q = s["text"]
            if due is not None and due not in q:
                raise SystemExit(f"{name} #{i}: due {due!r} not in quote")
            for p in partners:
                if p not in q:
                    raise SystemExit(f"{name} #{i}: partner {p!r} not in quote")
            rows.append({"file": name + ".txt", "kind": kind, "quote": q,
                         "section": s["section"], "due": due,
                         "partners": list(partners)})
        if review:
            lab = {}
            for (i, kind, due, partners) in labels:
                lab.setdefault(i, []).append(kind[0].upper() + (f" due={due}" if due else "")
                                             + (f" p={partners}" if partners else ""))
            print("==", name)
            for s in sents:
                tag = "; ".join(lab.get(s["idx"], ["-"]))
                print(f"{s['idx']:3d} {tag:28s} {s['text']}")
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    nc = sum(r["kind"] == "commitment" for r in rows)
    na = sum(r["kind"] == "action" for r in rows)
    print(f"wrote {len(rows)} rows: {nc} commitments, {na} actions")


if __name__ == "__main__":
    main()
