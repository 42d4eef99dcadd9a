"""Build gold.jsonl from the hand labels (tools/labels.py) and the splitter (tools/split.py).

Copies every quote from the splitter output and computes `section`; asserts that every key hits
exactly one sentence, that due and partners occur in the quote, and that no trap is also labelled.
python3 tools/build.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import split          # noqa: E402
from labels import LABELS, TRAPS  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find(sents, key, fn):
    hits = [i for i, s in enumerate(sents) if key in s['text']]
    assert len(hits) == 1, f'{fn}: key {key!r} hits {len(hits)} sentences'
    return hits[0]


def tagged(fn):
    """Return (sents, tags) where tags[i] = (kind, due, partners) or ('T', cat) or None."""
    _, sents = split(os.path.join(ROOT, 'letters', fn + '.txt'))
    tags = [None] * len(sents)
    for key, kind, due, partners in LABELS[fn]:
        i = find(sents, key, fn)
        assert tags[i] is None, f'{fn}: sentence {i} labelled twice'
        q = sents[i]['text']
        assert due is None or due in q, f'{fn}: due {due!r} not in {q}'
        for p in partners:
            assert p in q, f'{fn}: partner {p!r} not in {q}'
        if kind == 'A':
            assert due is None and partners == []
        if sents[i]['head']:
            assert kind == 'A' or kind == 'C', fn
        tags[i] = (kind, due, partners)
    for key, cat in TRAPS.get(fn, []):
        i = find(sents, key, fn)
        assert tags[i] is None, f'{fn}: trap {key!r} is also labelled'
        tags[i] = ('T', cat)
    return sents, tags


def main():
    rows = []
    for fn in sorted(LABELS):
        sents, tags = tagged(fn)
        for s, t in zip(sents, tags):
            if t is None or t[0] == 'T':
                continue
            kind, due, partners = t
            if 'A' in kind:
                rows.append(dict(file=fn + '.txt', kind='action', quote=s['text'], section=s['section'],
                                 due=None, partners=[]))
            if 'C' in kind:
                rows.append(dict(file=fn + '.txt', kind='commitment', quote=s['text'], section=s['section'],
                                 due=due, partners=list(partners)))
    with open(os.path.join(ROOT, 'gold.jsonl'), 'w', encoding='utf-8') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    nc = sum(r['kind'] == 'commitment' for r in rows)
    print(f'{len(rows)} rows: {nc} commitments, {len(rows) - nc} actions')


if __name__ == '__main__':
    main()
