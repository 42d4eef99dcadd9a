"""Independent validator for commit26/gold.jsonl (imports nothing from tools/).

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
    'c26-01.txt': ('陕西省交通运输厅', '省交通运输厅'),
    'c26-02.txt': ('墨脱县背崩乡人民政府', '背崩乡人民政府', '我乡', '乡政府'),
    'c26-03.txt': ('泽普县第二中学', '我校', '本校', '总务处', '我校总务处', '德育处', '我校德育处'),
    'c26-04.txt': ('昌乐县城乡水务集团有限公司', '我集团', '本集团', '乔官供水分公司', '我集团所属乔官供水分公司'),
    'c26-05.txt': ('单县园艺街道办事处', '园艺街道办事处', '我街道', '街道办事处'),
    'c26-06.txt': ('永城市卫生健康委员会', '市卫生健康委员会', '市疾病预防控制中心', '委属市疾病预防控制中心'),
    'c26-07.txt': ('两局', '班玛县农牧水利和科技局', '班玛县林业和草原局', '县农牧水利和科技局', '县林业和草原局'),
    'c26-08.txt': ('关岭县交通运输局', '县交通运输局', '县公路养护站', '我局所属县公路养护站'),
    'c26-09.txt': ('永定區文化體育和旅遊局', '區文化體育和旅遊局'),
    'c26-10.txt': ('禄劝彝族苗族自治县水务局', '县水务局'),
    'c26-11.txt': ('阜南县水利局', '县水利局'),
    'c26-12.txt': ('富锦市农业农村局', '市农业农村局'),
    'c26-13.txt': ('万源市交通运输局', '市交通运输局'),
    'c26-14.txt': ('锡林浩特市住房和城乡建设局', '市住房和城乡建设局'),
    'c26-15.txt': ('山阳县文化和旅游局', '县文化和旅游局'),
    'c26-16.txt': ('托里县教育局', '县教育局', '县学生资助管理中心', '局属县学生资助管理中心'),
}
# units a letter names only as the source asked (争取X支持) or as an approver: never partners there
ASKED = {
    'c26-01.txt': ('交通运输部',),
    'c26-03.txt': ('县教育局',),
    'c26-09.txt': ('省文化和旅遊廳',),
    'c26-15.txt': ('省文化和旅游厅',),
    'c26-16.txt': ('自治区教育厅',),
}
# settings of this set (cities, counties, streets, towns, townships; provinces repeat and are not
# checked); none may be named in any other made_up README (made_up/README.md and every made_up/*/README.md)
SETTINGS = ('平利', '八仙镇', '西乡', '骆家坝', '私渡', '墨脱', '背崩', '达木', '泽普', '奎依巴格', '昌乐', '乔官',
            '营丘', '单县', '园艺街道', '永城', '芒山', '薛湖', '班玛', '赛来塘', '亚尔堂', '关岭', '花江', '岗乌',
            '永定', '湖坑', '下洋', '禄劝', '撒营盘', '转龙', '阜南', '王家坝', '郜台', '富锦', '二龙山', '锦山镇',
            '万源', '青花镇', '罗文镇', '锡林浩特', '希日塔拉', '宝力根', '山阳', '漫川关', '高坝店', '托里', '铁厂沟',
            '庙尔沟')
# other spellings of settings that occur in no letter (checked against the READMEs only)
README_ONLY = ('永定区', '湖坑镇', '下洋镇')
# other places named inside the letters (invented compound names); none may be named in those READMEs either
PLACES = ('阿隆村', '桑珠村', '背崩村', '幸福里小区', '槐荫巷', '桃园巷', '牡丹社区', '大桥观景台', '北街戏楼')
# places of the real pages read (README, last section); none may occur in the page text
REAL = ('南阳', '襄阳', '天水', '张家川', '临夏', '东乡', '景泰', '白银', '盘锦', '双台子', '天宁', '常州', '马关',
        '都龙', '屯昌', '镇康', '勐捧', '中阳', '高平', '神农', '象山', '东陈', '贤庠', '舒城', '杭埠', '周村', '城北路',
        '同江', '银川', '二道', '长春', '福安', '高邮', '梧州', '凤庆', '浦江', '慈利', '京山', '银雀山', '郑宅',
        '万佛湖', '狸桥', '龙口', '郑州', '新密', '诸暨', '浣东')
# dues the brief asks for: each must be the due of at least one commitment
BRIEF_DUES = ('年内', '年底前', '第三季度', '“十五五”期间', '2026年春耕前', '汛期结束后', '本学期内', '3年内')
errors = []


def err(msg):
    errors.append(msg)


def parse(fn):
    """Return (text, list of (sentence, section, is_heading))."""
    text = open(os.path.join(LET, fn), encoding='utf-8').read()
    lines = text.split('\n')
    if not (lines[0] == 'source_url: made-up (commit26)' and lines[1].startswith('layout: ') and lines[2] == '---'):
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
    if files != [f'c26-{i:02d}.txt' for i in range(1, 17)]:
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
        if is_head and not (q.endswith('。') and len(q) >= 12):
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
                    elif p in ASKED.get(fn, ()):
                        err(f'row {k}: a unit only asked for support as partner: {p}')
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
    for d in BRIEF_DUES:
        if not any(r.get('kind') == 'commitment' and r.get('due') is not None and d in r['due'] for r in rows):
            err(f'no commitment with a due of the brief: {d}')
    if len(no_head) < 8:
        err(f'only {len(no_head)} letters without numbered headings')
    if len(nextstep) < 5:
        err(f'only {len(nextstep)} letters with a 下一步 heading')
    if len(meta) != 3:
        err(f'{len(meta)} letters with portal metadata (索引号), want 3')
    up = os.path.dirname(ROOT)
    # every set written before this one: made_up/README.md and every other made_up/*/README.md
    earlier = sorted(d for d in os.listdir(up) if d != 'commit26' and os.path.isdir(os.path.join(up, d)))
    readmes = [os.path.join(up, 'README.md')] + [os.path.join(up, d, 'README.md') for d in earlier]
    if len([r for r in readmes if os.path.exists(r)]) < 40:
        err('fewer than 40 earlier READMEs found')
    texts = [open(rm, encoding='utf-8').read() for rm in readmes if os.path.exists(rm)]
    for s in SETTINGS + PLACES + README_ONLY:
        n = sum(s in t for t in texts)
        if n:
            err(f'setting {s} is named in {n} other README(s)')
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
