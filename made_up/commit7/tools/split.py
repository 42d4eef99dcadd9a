"""Sentence splitter for the commit7 letters.

A sentence ends at 。！？； or their half-width forms ! ? ; or at a line end.
Each sentence keeps its closing mark; leading/trailing whitespace is trimmed;
empty pieces are dropped. Only the page text (after the front-matter '---'
line) is split.
"""
import re, sys

ENDS = "。！？；!?;"
_SPLIT = re.compile(r"[^%s]*[%s]|[^%s]+$" % (ENDS, ENDS, ENDS))


def page_text(raw):
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise ValueError("no front matter")
    return body


def split_line(line):
    out = []
    for m in _SPLIT.finditer(line):
        s = m.group(0).strip()
        if s:
            out.append(s)
    return out


def split_lines(body):
    """Yield (line_no, line, [sentences]) for every line of the page text."""
    for i, line in enumerate(body.split("\n")):
        yield i, line, split_line(line)


def sentences(body):
    return [s for _, _, ss in split_lines(body) for s in ss]


if __name__ == "__main__":
    for path in sys.argv[1:]:
        body = page_text(open(path, encoding="utf-8").read())
        for i, s in enumerate(sentences(body)):
            print(f"{i:3d} {s}")
