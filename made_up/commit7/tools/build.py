"""Build gold.jsonl from the letters, tools/split.py and tools/labels.py.

Quotes are copied from the split (never typed). Sections are computed from
numbered heading lines: 一、 (level 1), （一）/(一) (level 2), 1、/1./1． (level 3).
The heading is the first sentence of its line with a closing 。 dropped.
A sentence below a heading gets the path of open headings joined by " > ";
a heading sentence itself (if labelled) gets only its parents' path.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from split import page_text, split_lines  # noqa: E402
from labels import LABELS  # noqa: E402

HEAD = [
    (1, re.compile(r"^[一二三四五六七八九十]+、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    (3, re.compile(r"^\d+[、.．](?!\d)")),
]


def heading_level(line):
    s = line.strip()
    for lvl, rx in HEAD:
        if rx.match(s):
            return lvl
    return None


def sentences_with_sections(body):
    out = []  # (sentence, section)
    stack = {}
    for _, line, sents in split_lines(body):
        lvl = heading_level(line) if sents else None
        for k, s in enumerate(sents):
            if k == 0 and lvl is not None:
                for l in [l for l in stack if l >= lvl]:
                    del stack[l]
                sec = " > ".join(stack[l] for l in sorted(stack))
                out.append((s, sec))
                stack[lvl] = s[:-1] if s.endswith("。") else s
            else:
                out.append((s, " > ".join(stack[l] for l in sorted(stack))))
    return out


def main():
    rows = []
    for fname in sorted(LABELS):
        body = page_text(open(os.path.join(ROOT, "letters", fname), encoding="utf-8").read())
        sents = sentences_with_sections(body)
        last = -1
        for idx, kind, due, partners in LABELS[fname]:
            assert idx >= last, (fname, idx)
            last = idx
            quote, section = sents[idx]
            rows.append({"file": fname, "kind": kind, "quote": quote,
                         "section": section, "due": due, "partners": partners})
    with open(os.path.join(ROOT, "gold.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
