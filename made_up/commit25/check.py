"""Independent validator for commit25/gold.jsonl (imports nothing from tools/).

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
    'c25-01.txt': ('四川省林业和草原局', '省林业和草原局'),
    'c25-02.txt': ('乐昌市城市管理局', '市城市管理局', '局执法大队', '执法大队'),
    'c25-03.txt': ('上高县敖阳街道办事处', '敖阳街道办事处', '我街道', '街道办事处'),
    'c25-04.txt': ('绛县住房和城乡建设局', '县住房和城乡建设局'),
    'c25-05.txt': ('兴国县文化广电和旅游体育局', '县文化广电和旅游体育局'),
    'c25-06.txt': ('赤城县雕鹗镇人民政府', '雕鹗镇人民政府', '我镇', '镇政府'),
    'c25-07.txt': ('宁蒗县人民医院', '我院', '本院', '急诊科', '我院急诊科'),
    'c25-08.txt': ('稷山县天然气有限公司', '我公司', '本公司'),
    'c25-09.txt': ('富蕴县消防救援大队', '县消防救援大队', '我大队', '大队'),
    'c25-10.txt': ('国家税务总局揭西县税务局棉湖税务分局', '棉湖税务分局', '我分局', '分局'),
    'c25-11.txt': ('额尔古纳市黑山头口岸管理委员会', '黑山头口岸管理委员会', '口岸管理委员会', '管委会'),
    'c25-12.txt': ('三方', '龙南市交通运输局', '龙南市住房和城乡建设局', '龙南市公共交通有限公司',
                   '市交通运输局', '市住房和城乡建设局', '市公共交通有限公司'),
    'c25-13.txt': ('玛曲县交通运输局', '县交通运输局'),
    'c25-14.txt': ('南澳縣海洋與漁業局', '縣海洋與漁業局'),
    'c25-15.txt': ('集贤县农业农村局', '县农业农村局'),
    'c25-16.txt': ('双牌县水利局', '县水利局'),
}
# settings of this set (cities, counties, streets, towns, townships; provinces repeat and are not
# checked); none may be named in any other made_up README (made_up/README.md and every made_up/*/README.md)
SETTINGS = ('石渠', '尼呷', '洛须', '理县', '杂谷脑', '米亚罗', '乐昌', '坪石', '九峰镇', '上高', '敖阳', '绛县', '古绛',
            '横水镇', '兴国', '长冈', '埠头乡', '赤城', '雕鹗', '独石口', '宁蒗', '泸沽湖', '永宁乡', '稷山', '翟店', '化峪',
            '富蕴', '可可托海', '恰库尔图', '揭西', '棉湖', '钱坑', '额尔古纳', '黑山头', '室韦', '龙南', '杨村镇', '关西镇',
            '玛曲', '阿万仓', '欧拉乡', '南澳', '雲澳', '深澳', '集贤', '升昌', '丰乐镇', '双牌', '江村镇', '泷泊')
# other spellings of settings that occur in no letter (checked against the READMEs only)
README_ONLY = ('云澳',)
# other places named inside the letters (compound names); none may be named in those READMEs either
PLACES = ('关西围', '大岭村', '室韦俄罗斯民族乡')
# places of the real pages read (README, last section); none may occur in the page text
REAL = ('建水', '岔科', '周村', '城北路', '本溪', '彩屯', '石楼', '通城', '天门', '庐山', '上街', '郑州', '龙陵', '新平',
        '安康', '镇康', '勐捧', '蟠猫', '西街口', '同江', '银川', '巴南', '圣灯山', '篾厂', '马关', '綦江', '个旧', '君山',
        '钱粮湖', '盘锦', '岳阳', '忠县', '宁陕', '博乐', '临湘', '中阳', '蔡甸', '海安', '兴隆台', '宿州', '遂宁')
errors = []


def err(msg):
    errors.append(msg)


def parse(fn):
    """Return (text, list of (sentence, section, is_heading))."""
    text = open(os.path.join(LET, fn), encoding='utf-8').read()
    lines = text.split('\n')
    if not (lines[0] == 'source_url: made-up (commit25)' and lines[1].startswith('layout: ') and lines[2] == '---'):
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
    if files != [f'c25-{i:02d}.txt' for i in range(1, 17)]:
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
    earlier = sorted(d for d in os.listdir(up) if d != 'commit25' and os.path.isdir(os.path.join(up, d)))
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
