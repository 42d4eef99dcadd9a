#!/usr/bin/env python3
"""Independent validator for the commit9 test set (own splitter, own heading
parser; does not import anything from tools/)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
LETTERS = os.path.join(HERE, 'letters')
GOLD = os.path.join(HERE, 'gold.jsonl')
ENDERS = '。！？；;!?'
SENT_RE = re.compile('[^' + ENDERS + ']*(?:[' + ENDERS + ']|$)')
HEAD_RES = [(1, re.compile(r'[一二三四五六七八九十]+、')),
            (2, re.compile(r'[(（][一二三四五六七八九十]+[)）]')),
            (3, re.compile(r'[0-9]+[、.．](?![0-9])'))]
errors = []


def err(msg):
    errors.append(msg)


def parse(path):
    """Return (raw text, body lines, list of sentence records)."""
    raw = open(path, encoding='utf-8').read()
    lines = raw.split('\n')
    body = lines[3:]
    recs, path_stack = [], []
    for ln, line in enumerate(body):
        parts = [m.group(0).strip() for m in SENT_RE.finditer(line)]
        parts = [p for p in parts if p]
        for k, s in enumerate(parts):
            level = 0
            if k == 0:
                for lv, rx in HEAD_RES:
                    if rx.match(s):
                        level = lv
                        break
            if level:
                path_stack = [h for h in path_stack if h[0] < level]
                recs.append(dict(text=s, heading=True, line=ln,
                                 section=' > '.join(h[1] for h in path_stack)))
                path_stack.append((level, s[:-1] if s.endswith('。') else s))
            else:
                recs.append(dict(text=s, heading=False, line=ln,
                                 section=' > '.join(h[1] for h in path_stack)))
    return raw, lines, recs


def main():
    names = [f'c9-{i:02d}.txt' for i in range(1, 17)]
    parsed = {}
    for n in names:
        p = os.path.join(LETTERS, n)
        if not os.path.exists(p):
            err(f'{n}: missing')
            continue
        raw, lines, recs = parse(p)
        parsed[n] = recs
        if len(lines) < 4:
            err(f'{n}: too short')
            continue
        if lines[0] != 'source_url: made-up (commit9)':
            err(f'{n}: bad line 1 {lines[0]!r}')
        if not (lines[1].startswith('layout: ') and 'http' in lines[1]):
            err(f'{n}: bad layout line')
        if lines[2] != '---':
            err(f'{n}: line 3 is not ---')
        body = '\n'.join(lines[3:])
        if not 700 <= len(raw) <= 1500:
            err(f'{n}: file length {len(raw)} outside 700-1500')
        if not 700 <= len(body) <= 1500:
            err(f'{n}: page-text length {len(body)} outside 700-1500')
    extra = sorted(set(os.listdir(LETTERS)) - set(names))
    if extra:
        err(f'unexpected files in letters/: {extra}')

    rows = [json.loads(l) for l in open(GOLD, encoding='utf-8') if l.strip()]
    seen = set()
    last_pos = {}
    files_with_rows = set()
    for i, r in enumerate(rows, 1):
        tag = f'gold line {i}'
        if set(r) != {'file', 'kind', 'quote', 'section', 'due', 'partners'}:
            err(f'{tag}: keys {sorted(r)}')
            continue
        f = r['file']
        if f not in parsed:
            err(f'{tag}: unknown file {f}')
            continue
        files_with_rows.add(f)
        if r['kind'] not in ('commitment', 'action'):
            err(f'{tag}: bad kind {r["kind"]}')
        q = r['quote']
        if not isinstance(q, str) or not q or q != q.strip():
            err(f'{tag}: quote empty or not trimmed')
            continue
        raw = open(os.path.join(LETTERS, f), encoding='utf-8').read()
        body = raw.split('\n', 3)[3]
        if q not in body:
            err(f'{tag}: quote not in {f}: {q}')
            continue
        matches = [k for k, s in enumerate(parsed[f]) if s['text'] == q]
        if not matches:
            err(f'{tag}: quote is not one whole sentence: {q}')
            continue
        if len(matches) > 1:
            err(f'{tag}: quote occurs as {len(matches)} sentences (ambiguous): {q}')
        k = matches[-1]
        s = parsed[f][k]
        if s['heading']:
            err(f'{tag}: quote is a bare numbered heading: {q}')
        if r['section'] != s['section']:
            err(f'{tag}: section {r["section"]!r} != {s["section"]!r}')
        due, partners = r['due'], r['partners']
        if not isinstance(partners, list):
            err(f'{tag}: partners not a list')
            partners = []
        if r['kind'] == 'action':
            if due is not None:
                err(f'{tag}: action with due {due!r}')
            if partners:
                err(f'{tag}: action with partners {partners}')
        else:
            if due is not None and (not isinstance(due, str) or not due or due not in q):
                err(f'{tag}: due {due!r} not in quote')
            for p in partners:
                if not isinstance(p, str) or not p or p not in q:
                    err(f'{tag}: partner {p!r} not in quote')
            if len(set(partners)) != len(partners):
                err(f'{tag}: duplicate partners')
        key = (f, q, r['kind'])
        if key in seen:
            err(f'{tag}: duplicate row {key}')
        seen.add(key)
        # letter order: files ascending, sentences ascending within file
        pos = (names.index(f), k)
        if last_pos.get('p') is not None and pos < last_pos['p']:
            err(f'{tag}: row out of letter order')
        last_pos['p'] = pos
    for n in names:
        if n in parsed and n not in files_with_rows:
            err(f'{n}: no gold rows')

    nc = sum(r.get('kind') == 'commitment' for r in rows)
    na = sum(r.get('kind') == 'action' for r in rows)
    print(f'letters: {len(parsed)}  rows: {len(rows)}  commitments: {nc}  actions: {na}')
    for e in errors:
        print('ERROR', e)
    print(f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
