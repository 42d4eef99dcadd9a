"""Sentence splitter and heading tracker for the commit10 letters.

A sentence ends at 。！？；;!? or at a line end; the closing mark is kept and
whitespace is trimmed.  A numbered heading (一、 / (一) / （一） / 1、 / 1.)
is the first sentence of a line; it opens a section.  The section of a
sentence is the path of open headings (closing 。 dropped) joined by " > ".
A heading sentence itself gets its parent's path.
"""
import re, sys, json

TERM = set('。！？；;!?')
H1 = re.compile(r'^[一二三四五六七八九十]+、')
H2 = re.compile(r'^[(（][一二三四五六七八九十]+[)）]')
H3 = re.compile(r'^\d+[、.．](?!\d)')


def body_of(path):
    text = open(path, encoding='utf-8').read()
    lines = text.split('\n')
    assert lines[2] == '---', path
    return lines[3:]


def heading_level(s):
    if H1.match(s):
        return 1
    if H2.match(s):
        return 2
    if H3.match(s):
        return 3
    return 0


def split_line(line):
    out, cur = [], ''
    for ch in line:
        cur += ch
        if ch in TERM:
            if cur.strip():
                out.append(cur.strip())
            cur = ''
    if cur.strip():
        out.append(cur.strip())
    return out


def sentences(path):
    res = []
    stack = []  # list of (level, text)
    for ln, line in enumerate(body_of(path), start=4):
        for j, s in enumerate(split_line(line)):
            lvl = heading_level(s) if j == 0 else 0
            if lvl:
                stack = [h for h in stack if h[0] < lvl]
                parent = ' > '.join(h[1] for h in stack)
                htext = s[:-1] if s.endswith('。') else s
                res.append(dict(idx=len(res), line=ln, text=s, section=parent,
                                heading=True, level=lvl))
                stack.append((lvl, htext))
            else:
                res.append(dict(idx=len(res), line=ln, text=s,
                                section=' > '.join(h[1] for h in stack),
                                heading=False, level=0))
    return res


if __name__ == '__main__':
    for p in sys.argv[1:]:
        for s in sentences(p):
            mark = 'H' if s['heading'] else ' '
            print(f"{s['idx']:3d} {mark} [{s['section']}] {s['text']}")
