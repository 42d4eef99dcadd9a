"""Sentence splitter and heading tracker for the commit27 letters.

A sentence ends at 。！？；;!? (kept) or at the end of a line. Numbered headings are
一、 / (一) or （一） / 1、 or 1. at the start of a line; the heading text is the first
sentence of its line with a closing 。 dropped. A heading resets deeper levels.

python3 tools/split.py letters/c27-05.txt   prints every sentence with index, heading flag and section.
"""
import re
import sys

SENT = re.compile(r'[^。！？；;!?]*[。！？；;!?]|[^。！？；;!?]+$')
HEAD = [(1, re.compile(r'^[一二三四五六七八九十]+、')),
        (2, re.compile(r'^[(（][一二三四五六七八九十]+[)）]')),
        (3, re.compile(r'^\d+[、.．](?!\d)'))]


def split(path):
    """Return the page text and a list of dicts: text, section, head (bool), line."""
    raw = open(path, encoding='utf-8').read()
    lines = raw.split('\n')
    assert lines[2] == '---', path
    out, stack = [], []
    for ln, line in enumerate(lines[3:], 4):
        parts = [m.group(0).strip() for m in SENT.finditer(line.strip())]
        parts = [p for p in parts if p]
        for j, p in enumerate(parts):
            lvl = 0
            if j == 0:
                for l, rx in HEAD:
                    if rx.match(p):
                        lvl = l
                        break
            if lvl:
                stack = [h for h in stack if h[0] < lvl]
                out.append(dict(text=p, section=' > '.join(h[1] for h in stack), head=True, line=ln))
                stack.append((lvl, p[:-1] if p.endswith('。') else p))
            else:
                out.append(dict(text=p, section=' > '.join(h[1] for h in stack), head=False, line=ln))
    return raw, out


if __name__ == '__main__':
    for path in sys.argv[1:]:
        _, sents = split(path)
        for i, s in enumerate(sents):
            print(f"{i:3d} {'H' if s['head'] else ' '} [{s['section']}] {s['text']}")
