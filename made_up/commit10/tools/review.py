"""Print every sentence with its tag: A / C / AC (two rows) / T(rap) / H(eading) / . (neither)."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import sentences
from labels import LABELS, TRAPS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot = {'A': 0, 'C': 0, 'T': 0}
for i in range(1, 17):
    fn = f'c10-{i:02d}'
    ss = sentences(os.path.join(ROOT, 'letters', fn + '.txt'))
    lab, tr = {}, {}
    for key, kind, due, p in LABELS[fn]:
        s = [x for x in ss if key in x['text']][0]
        lab.setdefault(s['idx'], []).append((kind[0].upper(), due, p))
    for key, k in TRAPS[fn]:
        s = [x for x in ss if key in x['text']][0]
        tr[s['idx']] = k
    c = {'A': 0, 'C': 0, 'T': len(tr)}
    if len(sys.argv) > 1:
        print('=====', fn)
    for s in ss:
        if s['idx'] in lab:
            tag = ''.join(l[0] for l in lab[s['idx']]).ljust(2)
        elif s['heading']:
            tag = 'H '
        elif s['idx'] in tr:
            tag = 'T '
        else:
            tag = '. '
        for l in lab.get(s['idx'], []):
            c[l[0]] += 1
        extra = ' '.join(f"due={l[1]} p={l[2]}" for l in lab.get(s['idx'], []) if l[0] == 'C' and (l[1] or l[2]))
        if len(sys.argv) > 1:
            print(tag, s['text'][:70], extra)
    for k in tot:
        tot[k] += c[k]
    print(fn, 'C', c['C'], 'A', c['A'], 'traps', c['T'])
print('total', tot)
