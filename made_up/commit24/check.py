"""Independent validator for commit24/gold.jsonl (imports nothing from tools/).

python3 check.py [gold.jsonl]  ->  prints counts and 'N errors'.
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(ROOT, 'letters')
KEYS = ['file', 'kind', 'quote', 'section', 'due', 'partners']
SENT = re.compile(r'[^。！？；;!?]*[。！？；;!?]|[^。！？；;!?]+$')
HEAD = [(1, re.compile(r'^[一二三四五六七八九十]+、')),
        (2, re.compile(r'^[(（][一二三四五六七八九十]+[)）]')),
        (3, re.compile(r'^\d+[、.．](?!\d)'))]
VAGUE = ('下一步', '今后', '尽快', '早日', '近期', '适时', '逐步', '每年', '每季度', '每学期', '每月')
VAGUE = VAGUE + ('今后两年', '近年来')
# the replying body in each letter (never a partner); common words first, then per letter
SELF_COMMON = ('我们', '我厅', '本厅', '我局', '本局', '我委', '本委')
SELF = {
    'c24-01.txt': ('湖南省民政厅', '省民政厅'),
    'c24-02.txt': ('济源市卫生健康委员会', '市卫生健康委员会', '市卫生健康委', '基层卫生健康科'),
    'c24-03.txt': ('安州区人民政府', '区人民政府', '区政府'),
    'c24-04.txt': ('赫章县农业农村局', '县农业农村局'),
    'c24-05.txt': ('颍上县水利局', '县水利局'),
    'c24-06.txt': ('浦城县盘亭乡人民政府', '盘亭乡人民政府', '我乡', '乡政府'),
    'c24-07.txt': ('肇东市人民医院', '我院', '本院'),
    'c24-08.txt': ('宜城市供水有限公司', '我公司', '本公司'),
    'c24-09.txt': ('黄骅市公安局交通警察大队', '我大队', '大队'),
    'c24-10.txt': ('桐梓县市场监督管理局松坎市场监管所', '松坎市场监管所', '我所'),
    'c24-11.txt': ('松滋经济开发区管理委员会', '开发区', '管委会'),
    'c24-12.txt': ('三局', '市商务局', '市交通运输局', '市农业农村局', '凌海市商务局', '凌海市交通运输局', '凌海市农业农村局'),
    'c24-13.txt': ('佛冈县文化广电旅游体育局', '县文化广电旅游体育局', '文化遗产股'),
    'c24-14.txt': ('邵武市住房和城鄉建設局', '市住房和城鄉建設局'),
    'c24-15.txt': ('安福县交通运输局', '县交通运输局'),
    'c24-16.txt': ('桂平市林业局', '市林业局', '林业技术推广中心', '局属林业技术推广中心'),
}
# settings of this set (cities, counties, districts, towns, townships; provinces repeat and are not
# checked); none may be named in any other made_up README (made_up/README.md and every made_up/*/README.md)
SETTINGS = ('武冈', '邓元泰', '湾头桥', '济源', '王屋', '邵原', '安州', '桑枣', '秀水镇', '赫章', '妈姑', '野马川',
            '颍上', '南照', '润河', '浦城', '盘亭', '肇东', '昌五', '宋站', '宜城', '郑集', '刘猴', '黄骅', '旧城镇',
            '羊二庄', '桐梓', '松坎', '新站镇', '松滋', '陈店', '街河市', '凌海', '石山镇', '余积', '佛冈', '汤塘', '迳头',
            '邵武', '拿口', '洪墩', '安福', '枫田', '严田', '桂平', '木乐', '紫荆镇')
# other spellings of settings that occur in no letter (checked against the READMEs only)
README_ONLY = ()
# other places named inside the letters (compound names); none may be named in those READMEs either
PLACES = ('湾头桥镇', '邓元泰镇', '野马川镇')
# places of the real pages read (README, last section); none may occur in the page text
REAL = ('高平', '达川', '达州', '犍为', '马关', '新郑', '平乡', '濉溪', '乳山', '大洼', '盘锦', '应城', '兴隆台', '綦江',
        '临湘', '忠防', '桓台', '巴南', '圣灯山', '赤壁', '神山', '城南镇', '舒城', '牟定', '盘山', '南华', '寻甸', '竹溪',
        '铁岭', '凡河', '通州', '广安', '仙桃', '上海', '苍南')
errors = []


def err(msg):
    errors.append(msg)


def parse(fn):
    """Return (text, list of (sentence, section, is_heading))."""
    text = open(os.path.join(LET, fn), encoding='utf-8').read()
    lines = text.split('\n')
    if not (lines[0] == 'source_url: made-up (commit24)' and lines[1].startswith('layout: ') and lines[2] == '---'):
        err(f'{fn}: bad front matter')
    body = '\n'.join(lines[3:])
    if not 900 <= len(text) <= 1800:
        err(f'{fn}: file length {len(text)} outside 700-1800')
    if not 500 <= len(body) <= 1800:
        err(f'{fn}: page text length {len(body)} outside 600-1800')
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
    return body, out


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'gold.jsonl')
    rows = [json.loads(l) for l in open(gold, encoding='utf-8') if l.strip()]
    files = sorted(f for f in os.listdir(LET) if f.endswith('.txt'))
    if files != [f'c24-{i:02d}.txt' for i in range(1, 17)]:
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
        body, sents = parsed[fn]
        if r['kind'] not in ('commitment', 'action'):
            err(f'row {k}: kind {r["kind"]}')
        if not isinstance(q, str) or q not in body:
            err(f'row {k}: quote not verbatim in the page text of {fn}: {q}')
            continue
        if q != q.strip():
            err(f'row {k}: quote not trimmed')
        hits = [i for i, s in enumerate(sents) if s[0] == q]
        if len(hits) != 1:
            err(f'row {k}: quote is {len(hits)} whole sentences in {fn}: {q}')
            continue
        pos = hits[0]
        _, section, is_head = sents[pos]
        if is_head and not re.search(r'\d{4}年|年底|明年|今年', q):
            err(f'row {k}: bare heading labelled: {q}')
        if r['section'] != section:
            err(f'row {k}: section {r["section"]!r} != {section!r}')
        heads = {s[0][:-1] if s[0].endswith('。') else s[0] for s in sents if s[2]}
        for part in filter(None, r['section'].split(' > ')):
            if part not in heads:
                err(f'row {k}: section part {part!r} is not a heading of {fn}')
        if r['kind'] == 'action':
            if r['due'] is not None or r['partners'] != []:
                err(f'row {k}: action with due/partners')
        else:
            due = r['due']
            if due is not None:
                if not isinstance(due, str) or due not in q:
                    err(f'row {k}: due {due!r} not in quote')
                elif any(v == due for v in VAGUE):
                    err(f'row {k}: vague due {due!r}')
            if not isinstance(r['partners'], list):
                err(f'row {k}: partners not a list')
            else:
                for p in r['partners']:
                    if not isinstance(p, str) or p not in q:
                        err(f'row {k}: partner {p!r} not in quote')
                    elif p in SELF_COMMON or p in SELF[fn]:
                        err(f'row {k}: the body itself as partner')
                if len(set(r['partners'])) != len(r['partners']):
                    err(f'row {k}: duplicate partner')
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
    # per-letter counts and the brief's layout constraints
    c = Counter((r['file'], r['kind']) for r in rows)
    for f in files:
        nc, na = c[(f, 'commitment')], c[(f, 'action')]
        if not (4 <= nc <= 6 and 4 <= na <= 6):
            err(f'{f}: {nc} commitments, {na} actions (want 4-6 each)')
    no_head = [f for f in files if not any(h for _, _, h in parsed[f][1])]
    nextstep = [f for f in files if any(h and re.search(r'下一?步|下阶段|工作打算|工作计划|工作安排|今后工作|今后打算|今后一个时期', s) for s, _, h in parsed[f][1])]
    meta = [f for f in files if re.search(r'索\s*引\s*号', parsed[f][0])]
    if len(no_head) < 8:
        err(f'only {len(no_head)} letters without numbered headings')
    if len(nextstep) < 3:
        err(f'only {len(nextstep)} letters with a 下一步 heading')
    if len(meta) != 3:
        err(f'{len(meta)} letters with portal metadata (索引号), want 3')
    up = os.path.dirname(ROOT)
    # every set written before this one: made_up/README.md and every other made_up/*/README.md
    earlier = sorted(d for d in os.listdir(up) if d != 'commit24' and os.path.isdir(os.path.join(up, d)))
    readmes = [os.path.join(up, 'README.md')] + [os.path.join(up, d, 'README.md') for d in earlier]
    if len([r for r in readmes if os.path.exists(r)]) < 40:
        err('fewer than 40 earlier READMEs found')
    for rm in readmes:
        if os.path.exists(rm):
            txt = open(rm, encoding='utf-8').read()
            for s in SETTINGS + PLACES + README_ONLY:
                if s in txt:
                    err(f'setting {s} is named in {os.path.relpath(rm, up)}')
    for s in SETTINGS + PLACES:
        if not any(s in parsed[f][0] for f in files):
            err(f'setting {s} not in any letter')
    for s in REAL:
        for f in files:
            if s in parsed[f][0]:
                err(f'{f}: place of a real page read ({s}) in the page text')
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
