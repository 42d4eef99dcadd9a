"""Print every sentence with its tag, or per-letter counts.

python3 tools/review.py v        every sentence: A / C / AC / T(category) / H (heading) / . (neither)
python3 tools/review.py          per-letter counts (commitments / actions / traps)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import tagged  # noqa: E402
from labels import LABELS  # noqa: E402


def main(verbose):
    tot = [0, 0, 0]
    for fn in sorted(LABELS):
        sents, tags = tagged(fn)
        c = a = t = 0
        if verbose:
            print(f'===== {fn}')
        for i, (s, tg) in enumerate(zip(sents, tags)):
            if tg is None:
                tag = 'H' if s['head'] else '.'
            elif tg[0] == 'T':
                tag = 'T:' + tg[1]
                t += 1
            else:
                tag = tg[0]
                c += 'C' in tg[0]
                a += 'A' in tg[0]
                extra = []
                if tg[1]:
                    extra.append('due=' + tg[1])
                if tg[2]:
                    extra.append('partners=' + ','.join(tg[2]))
                if extra:
                    tag += ' {' + '; '.join(extra) + '}'
            if verbose:
                print(f'{i:3d} {tag:<28} [{s["section"]}] {s["text"]}')
        tot = [tot[0] + c, tot[1] + a, tot[2] + t]
        print(f'{fn}: C {c} / A {a} / traps {t}')
    print(f'total: C {tot[0]} / A {tot[1]} / traps {tot[2]}')


if __name__ == '__main__':
    main(len(sys.argv) > 1 and sys.argv[1] == 'v')
