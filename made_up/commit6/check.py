#!/usr/bin/env python3
"""Check gold.jsonl against letters/: quotes verbatim, sections present, due inside quote,
kinds valid, rows in letter order. Prints errors and exits 1 if any."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, 'gold.jsonl')
LET = os.path.join(HERE, 'letters')
KEYS = {'file', 'kind', 'quote', 'section', 'due', 'partners'}
KINDS = {'commitment', 'action'}
END = set('。！？；;!?')

errors = []
def err(n, msg):
    errors.append(f'line {n}: {msg}')

texts = {}
last_pos = {}      # file -> (start of previous quote, previous quote)
file_order = []
rows = 0
with open(GOLD, encoding='utf-8') as fh:
    for n, raw in enumerate(fh, 1):
        if not raw.strip():
            err(n, 'blank line'); continue
        try:
            r = json.loads(raw)
        except Exception as e:
            err(n, f'bad JSON: {e}'); continue
        rows += 1
        if set(r) != KEYS:
            err(n, f'keys {sorted(r)} != {sorted(KEYS)}'); continue
        f, kind, q, sec, due, partners = (r[k] for k in ('file', 'kind', 'quote', 'section', 'due', 'partners'))
        if kind not in KINDS:
            err(n, f'bad kind {kind!r}')
        if f not in texts:
            p = os.path.join(LET, f)
            if not os.path.isfile(p):
                err(n, f'no such letter {f}'); continue
            texts[f] = open(p, encoding='utf-8').read()
        t = texts[f]
        # file order: files appear in one contiguous block each, ascending
        if not file_order or file_order[-1] != f:
            if f in file_order:
                err(n, f'{f} rows are not contiguous')
            elif file_order and f < file_order[-1]:
                err(n, f'{f} comes after {file_order[-1]}')
            file_order.append(f)
        # quote
        if not isinstance(q, str) or not q:
            err(n, 'empty quote'); continue
        if q != q.strip():
            err(n, 'quote has leading/trailing whitespace')
        if '\n' in q:
            err(n, 'quote spans lines')
        if q not in t:
            err(n, f'quote not in {f}: {q[:30]}')
            continue
        # a quote must be a whole sentence: end with a terminator or at end of line
        start0 = t.find(q)
        # letter order (duplicates of the same quote may share a position)
        prev_start, prev_q = last_pos.get(f, (-1, None))
        if q == prev_q:
            pos = prev_start
        else:
            pos = t.find(q, prev_start + 1 if prev_start >= 0 else 0)
            if pos < 0:
                err(n, f'out of letter order: {q[:30]}')
                pos = start0
        last_pos[f] = (pos, q)
        after = t[pos + len(q):pos + len(q) + 1]
        if q[-1] not in END and after not in ('', '\n'):
            err(n, f'quote does not end at a sentence end: {q[-10:]}')
        before = t[:pos].rstrip(' \t\u3000')
        if before and before[-1] not in END and before[-1] != '\n':
            # allowed only after a run-in heading, which itself ends with 。
            err(n, f'quote does not start at a sentence start: {q[:10]}')
        # section
        if not isinstance(sec, str):
            err(n, 'section not a string')
        elif sec:
            for part in sec.split(' > '):
                if part not in t:
                    err(n, f'section part not in file: {part}')
                elif t.find(part) > pos:
                    err(n, f'section heading comes after the quote: {part}')
        # due
        if due is not None:
            if kind != 'commitment':
                err(n, 'due on a non-commitment')
            if not isinstance(due, str) or due not in q:
                err(n, f'due {due!r} not in quote')
        # partners
        if not isinstance(partners, list):
            err(n, 'partners not a list')
        else:
            if partners and kind != 'commitment':
                err(n, 'partners on a non-commitment')
            for p in partners:
                if not isinstance(p, str) or p not in q:
                    err(n, f'partner {p!r} not in quote')

for e in errors:
    print(e)
print(f'{rows} rows, {len(texts)} letters, {len(errors)} errors')
sys.exit(1 if errors else 0)
