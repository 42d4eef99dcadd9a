import json, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from labels import L
END = set('。！？；;!?')
H1 = re.compile(r'^[一二三四五六七八九十]+、')
H2 = re.compile(r'^[(（][一二三四五六七八九十]+[)）]')
H3 = re.compile(r'^\d+[.、．]')
def parse(text):
    """return list of (quote, section_for_item, is_heading)"""
    out = []
    path = [None, None, None]
    for line in text.split('\n'):
        s = line.strip()
        sents = []; buf = ''
        for ch in s:
            buf += ch
            if ch in END:
                if buf.strip(): sents.append(buf.strip())
                buf = ''
        if buf.strip(): sents.append(buf.strip())
        lvl = 0 if H1.match(s) else 1 if H2.match(s) else 2 if H3.match(s) else None
        for i, q in enumerate(sents):
            cur = ' > '.join(p for p in path if p)
            if i == 0 and lvl is not None:
                out.append((q, cur, True))
                path[lvl] = q[:-1] if q.endswith('。') else q
                for j in range(lvl + 1, 3): path[j] = None
            else:
                out.append((q, cur, False))
    return out
rows = []
for f in sorted(L):
    sents = parse(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'letters', f), encoding='utf-8').read())
    for e in L[f]:
        idx, kind = e[0], e[1]
        due = e[2] if len(e) > 2 else None
        partners = e[3] if len(e) > 3 else []
        q, sec, _ = sents[idx]
        if kind == 'action': assert due is None and partners == []
        rows.append({'file': f, 'kind': kind, 'quote': q, 'section': sec, 'due': due, 'partners': partners})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gold.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'rows')
