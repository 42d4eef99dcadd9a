import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import sentences
from labels import LABELS, TRAPS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
tot={'action':0,'commitment':0}
for i in range(1,17):
    fn=f'c9-{i:02d}'
    ss=sentences(os.path.join(ROOT,'letters',fn+'.txt'))
    lab={}
    for key,kind,due,p in LABELS[fn]:
        s=[x for x in ss if not x['heading'] and key in x['text']][0]
        lab.setdefault(s['idx'],[]).append((kind[0].upper(),due,p))
    tr={}
    for key,k in TRAPS[fn]:
        s=[x for x in ss if not x['heading'] and key in x['text']][0]
        tr[s['idx']]=k
    c={'A':0,'C':0}
    print('=====',fn)
    for s in ss:
        if s['heading']: tag='H '
        elif s['idx'] in lab: tag=''.join(l[0] for l in lab[s['idx']]).ljust(2)
        elif s['idx'] in tr: tag='T '
        else: tag='. '
        for l in lab.get(s['idx'],[]): c[l[0]]+=1
        extra=' '.join(f"due={l[1]} p={l[2]}" for l in lab.get(s['idx'],[]) if l[0]=='C' and (l[1] or l[2]))
        if len(sys.argv)>1: print(tag, s['text'][:60], extra)
    print(fn,c)
