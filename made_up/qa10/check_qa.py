import json, os, re, collections
HERE=os.path.dirname(os.path.abspath(__file__))
D=os.path.join(HERE,'letters')
L={f:open(os.path.join(D,f),encoding='utf-8').read() for f in sorted(os.listdir(D))}
ids=set(); cnt=collections.Counter(); err=0
base={"id","type","answerable","gold_section_keywords","must_include_any","reference","tags"}
for n,line in enumerate(open(os.path.join(HERE,'qa10.jsonl'),encoding='utf-8'),1):
    q=json.loads(line)
    if q['id'] in ids: print('dup id',q['id']); err+=1
    ids.add(q['id']); cnt[q['type']]+=1
    t=q['type']
    need=set(base)
    if t=='multi_turn': need|={"turns","gold_file"}
    elif t=='multi_letter': need|={"question","gold_files_any","min_distinct_letters"}
    else: need|={"question","gold_file"}
    if set(q)!=need: print('fields',q['id'],set(q)^need); err+=1
    if t=='multi_turn' and len(q['turns'])<2: print('turns',q['id']); err+=1
    if t=='multi_letter':
        assert q['must_include_any']==[] and q['min_distinct_letters']==2 and len(q['gold_files_any'])>=2
        for f in q['gold_files_any']: assert f in L
        continue
    g=L[q['gold_file']]
    if q['answerable']!=(t!='unanswerable'): print('answerable flag',q['id']); err+=1
    if t=='unanswerable' and q['must_include_any']!=[]: print('un must',q['id']); err+=1
    if t!='unanswerable' and not (1<=len(q['must_include_any'])<=2): print('groups',q['id']); err+=1
    for grp in q['must_include_any']:
        for alt in grp:
            if alt not in g: print('MISSING',q['id'],alt); err+=1
    if q['reference'] not in g: print('REF not verbatim',q['id']); err+=1
    heads=[l for l in g.split('\n') if re.match(r'^[一二三四五六七八九十]+、',l)]
    for k in q['gold_section_keywords']:
        hs=[h for h in heads if k in h]
        if not hs: print('section kw not in heading',q['id'],k); err+=1
        else:
            # reference must sit under that heading
            pos=g.index(q['reference']); hpos=g.index(hs[0])
            nxt=[g.index(h) for h in heads if g.index(h)>hpos]
            end=min(nxt) if nxt else len(g)
            if not (hpos<pos<end): print('ref not under heading',q['id'],k); err+=1
    if heads and t in('zh','en','multi_turn') and not q['gold_section_keywords']:
        print('note: heading letter without section kw',q['id'])
print(dict(cnt), 'total',sum(cnt.values()),'errors',err)
