"""Build gold.jsonl from the letters, tools/split.py and tools/labels.py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import sentences
from labels import LABELS, TRAPS

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find(sents, key, fn):
    hits = [s for s in sents if key in s['text']]
    if len(hits) != 1:
        raise SystemExit(f'{fn}: key {key!r} matches {len(hits)} sentences')
    return hits[0]


def main():
    rows, ntrap = [], 0
    for i in range(1, 17):
        fn = f'c10-{i:02d}'
        sents = sentences(os.path.join(ROOT, 'letters', fn + '.txt'))
        items = []
        for order, (key, kind, due, partners) in enumerate(LABELS[fn]):
            s = find(sents, key, fn)
            if kind == 'action':
                assert due is None and partners == [], (fn, key)
            if due is not None:
                assert due in s['text'], (fn, key, due)
            for p in partners:
                assert p in s['text'], (fn, key, p)
            items.append((s['idx'], 0 if kind == 'action' else 1, order,
                          dict(file=fn + '.txt', kind=kind, quote=s['text'],
                               section=s['section'], due=due, partners=partners)))
        labelled = {it[0] for it in items}
        for key, _ in TRAPS.get(fn, []):
            s = find(sents, key, fn)
            assert s['idx'] not in labelled, (fn, key, 'trap is also labelled')
            assert not s['heading'], (fn, key, 'trap is a heading')
            ntrap += 1
        items.sort(key=lambda t: (t[0], t[1], t[2]))
        rows.extend(it[3] for it in items)
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    nc = sum(r['kind'] == 'commitment' for r in rows)
    na = sum(r['kind'] == 'action' for r in rows)
    print(f'rows {len(rows)}: commitments {nc}, actions {na}, traps {ntrap}')


if __name__ == '__main__':
    main()
