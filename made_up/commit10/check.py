"""Independent validator for commit10/gold.jsonl (does not import tools/).

python3 check.py  ->  prints counts and 'N errors'.
"""
import json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(ROOT, 'letters')
KEYS = ['file', 'kind', 'quote', 'section', 'due', 'partners']
SENT = re.compile(r'[^。！？；;!?]*[。！？；;!?]|[^。！？；;!?]+$')
HEAD = [(1, re.compile(r'^[一二三四五六七八九十]+、')),
        (2, re.compile(r'^[(（][一二三四五六七八九十]+[)）]')),
        (3, re.compile(r'^\d+[、.．](?!\d)'))]
errors = []


def err(msg):
    errors.append(msg)


def parse(fn):
    """Return list of (sentence, section, is_heading) for the page text."""
    text = open(os.path.join(LET, fn), encoding='utf-8').read()
    lines = text.split('\n')
    if not (lines[0].startswith('source_url: ') and lines[1].startswith('layout: ') and lines[2] == '---'):
        err(f'{fn}: bad front matter')
    n = len(text)
    if not 700 <= n <= 1500:
        err(f'{fn}: length {n} outside 700-1500')
    out, stack = [], []
    for line in lines[3:]:
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
                out.append((p, ' > '.join(h[1] for h in stack), True))
                stack.append((lvl, p[:-1] if p.endswith('。') else p))
            else:
                out.append((p, ' > '.join(h[1] for h in stack), False))
    return text, out


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'gold.jsonl')
    rows = [json.loads(l) for l in open(gold, encoding='utf-8')]
    files = sorted(f for f in os.listdir(LET) if f.endswith('.txt'))
    if files != [f'c10-{i:02d}.txt' for i in range(1, 17)]:
        err(f'letter files: {files}')
    parsed = {f: parse(f) for f in files}
    seen, last_pos, last_file, last_kind = set(), -1, '', ''
    for k, r in enumerate(rows, 1):
        if list(r.keys()) != KEYS:
            err(f'row {k}: keys {list(r.keys())}')
            continue
        fn, q = r['file'], r['quote']
        if fn not in parsed:
            err(f'row {k}: unknown file {fn}')
            continue
        text, sents = parsed[fn]
        if r['kind'] not in ('commitment', 'action'):
            err(f'row {k}: kind {r["kind"]}')
        if q not in text:
            err(f'row {k}: quote not verbatim in {fn}: {q}')
        if q != q.strip():
            err(f'row {k}: quote not trimmed')
        hits = [i for i, s in enumerate(sents) if s[0] == q]
        if len(hits) != 1:
            err(f'row {k}: quote is {len(hits)} whole sentences in {fn}: {q}')
            continue
        pos = hits[0]
        sent, section, is_head = sents[pos]
        if is_head and not re.search(r'\d{4}年|年底|明年|今年', q):
            err(f'row {k}: bare heading labelled: {q}')
        if r['section'] != section:
            err(f'row {k}: section {r["section"]!r} != {section!r}')
        if r['kind'] == 'action':
            if r['due'] is not None or r['partners'] != []:
                err(f'row {k}: action with due/partners')
        else:
            if r['due'] is not None and r['due'] not in q:
                err(f'row {k}: due {r["due"]!r} not in quote')
            if not isinstance(r['partners'], list):
                err(f'row {k}: partners not a list')
            for p in r['partners']:
                if p not in q:
                    err(f'row {k}: partner {p!r} not in quote')
        key = (fn, q, r['kind'])
        if key in seen:
            err(f'row {k}: duplicate row')
        seen.add(key)
        if fn < last_file:
            err(f'row {k}: file order')
        if fn != last_file:
            last_file, last_pos = fn, -1
        if pos < last_pos:
            err(f'row {k}: rows out of letter order')
        if pos == last_pos and not (last_kind == 'action' and r['kind'] == 'commitment'):
            err(f'row {k}: same sentence twice, not action then commitment')
        last_pos, last_kind = pos, r['kind']
    # per-file sanity and brief constraints
    c = Counter((r['file'], r['kind']) for r in rows)
    for f in files:
        if c[(f, 'commitment')] == 0 or c[(f, 'action')] == 0:
            err(f'{f}: no commitment or no action row')
    no_head = [f for f in files if not any(h for _, _, h in parsed[f][1])]
    nextstep = [f for f in files if any(h and re.search(r'下一?步', s) for s, _, h in parsed[f][1])]
    meta = [f for f in files if re.search(r'索引号', parsed[f][0])]
    if len(no_head) < 9:
        err(f'only {len(no_head)} letters without numbered headings')
    if len(nextstep) < 3:
        err(f'only {len(nextstep)} letters with a 下一步 heading')
    if len(meta) != 3:
        err(f'{len(meta)} letters with portal metadata, want 3')
    nc = sum(r['kind'] == 'commitment' for r in rows)
    na = sum(r['kind'] == 'action' for r in rows)
    print(f'{len(rows)} rows ({nc} commitments, {na} actions), {len(files)} letters; '
          f'{len(no_head)} without numbered headings, {len(nextstep)} with a 下一步 heading, {len(meta)} with metadata')
    for e in errors:
        print('ERROR', e)
    print(f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
