#!/usr/bin/env python3
"""Sentence splitter for the commit8 letters.

A sentence ends at 。！？； or their half-width forms ; ! ? or at a line end.
Quotes keep their closing mark; leading/trailing whitespace (incl. U+3000) is trimmed.
Numbered headings (一、 / (一) or （一） / 1、 or 1.) at the start of a line open a
section; the heading text is the first sentence of that line with a closing 。 dropped.

Usage: python3 tools/split.py letters/c8-01.txt   (prints numbered sentences)
"""
import re
import sys

TERMS = set("。！？；;!?")
H1 = re.compile(r"^[一二三四五六七八九十]+、")
H2 = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
H3 = re.compile(r"^\d+[、.．](?!\d)")
WS = " \t\r\n\u3000\u00a0"


def read_letter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    front = lines[:3]
    body = "\n".join(lines[3:])
    return front, body


def heading_level(line):
    s = line.strip(WS)
    if H1.match(s):
        return 1
    if H2.match(s):
        return 2
    if H3.match(s):
        return 3
    return 0


def split_line(line):
    out, cur = [], ""
    for ch in line:
        cur += ch
        if ch in TERMS:
            t = cur.strip(WS)
            if t:
                out.append(t)
            cur = ""
    t = cur.strip(WS)
    if t:
        out.append(t)
    return out


def sentences(path):
    """Return list of dicts: idx, text, line, heading (level or 0), section (str)."""
    _, body = read_letter(path)
    stack = {}  # level -> heading text
    res = []
    for ln, line in enumerate(body.split("\n")):
        sents = split_line(line)
        if not sents:
            continue
        lvl = heading_level(line)
        for k, s in enumerate(sents):
            is_head = lvl if (lvl and k == 0) else 0
            if is_head:
                parent = " > ".join(stack[l] for l in sorted(stack) if l < lvl)
                for l in list(stack):
                    if l >= lvl:
                        del stack[l]
                htext = s[:-1] if s.endswith("。") else s
                stack[lvl] = htext
                section = parent
            else:
                section = " > ".join(stack[l] for l in sorted(stack))
            res.append({"idx": len(res), "text": s, "line": ln, "heading": is_head,
                        "section": section})
    return res


if __name__ == "__main__":
    for p in sys.argv[1:]:
        print("==", p)
        for s in sentences(p):
            h = f"H{s['heading']}" if s["heading"] else "  "
            print(f"{s['idx']:3d} {h} [{s['section']}] {s['text']}")
