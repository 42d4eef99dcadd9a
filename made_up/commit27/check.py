"""Independent validator for commit27/gold.jsonl (imports nothing from tools/).

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
VAGUE = VAGUE + ('今后两年', '近年来', '近期')
# the replying body in each letter (never a partner); common words first, then per letter
SELF_COMMON = ('我们', '我厅', '本厅', '我局', '本局', '我委', '本委', '我院', '我乡', '我街道')
SELF = {
    'c27-01.txt': ('新疆维吾尔自治区水利厅', '自治区水利厅'),
    'c27-02.txt': ('曲水县聂当乡人民政府', '聂当乡人民政府', '乡政府'),
    'c27-03.txt': ('乃东区泽当街道办事处', '泽当街道办事处', '街道办事处'),
    'c27-04.txt': ('工布江达县巴松措景区管理委员会', '巴松措景区管理委员会'),
    'c27-05.txt': ('夏河县人民医院', '县人民医院', '医务科', '我院医务科'),
    'c27-06.txt': ('三家单位', '洛浦县农业农村局', '洛浦县水利局', '洛浦县林业和草原局', '县农业农村局', '县水利局',
                   '县林业和草原局'),
    'c27-07.txt': ('巴塘县林业和草原局', '县林业和草原局', '县野生动物救护站', '我局所属县野生动物救护站'),
    'c27-08.txt': ('爐霍縣住房和城鄉建設局', '縣住房和城鄉建設局'),
    'c27-09.txt': ('裕民县农业农村局', '县农业农村局'),
    'c27-10.txt': ('达日县交通运输局', '县交通运输局'),
    'c27-11.txt': ('治多县教育局', '县教育局'),
    'c27-12.txt': ('小金县文化体育和旅游局', '县文化体育和旅游局'),
    'c27-13.txt': ('越西县卫生健康局', '县卫生健康局'),
    'c27-14.txt': ('阿巴嘎旗住房和城乡建设局', '旗住房和城乡建设局'),
    'c27-15.txt': ('柯坪县水利局', '县水利局'),
    'c27-16.txt': ('皮山县民政局', '县民政局'),
}
# units a letter names only as the source asked (争取X支持 / 积极争取X将…): never partners there
ASKED = {
    'c27-01.txt': ('水利部',),
    'c27-06.txt': ('自治区林业和草原局',),
    'c27-09.txt': ('自治区农业农村厅',),
    'c27-11.txt': ('省教育厅',),
    'c27-15.txt': ('自治区水利厅',),
}
# partners named only by short names (the brief's 市住建、交通等部门 shape): these exact lists must be labelled
SHORT_PARTNERS = {
    'c27-03.txt': ['区住建', '城管'],
    'c27-15.txt': ['县住建', '交通'],
}
# settings of this set (counties, districts, banners, towns, townships, street, scenic area; provinces and
# regions repeat and are not checked); none may be named in any other made_up README
SETTINGS = ('巴楚', '麦盖提', '色力布亚', '央塔克', '巴扎结米', '曲水', '聂当', '达嘎', '乃东', '泽当街道', '工布江达',
            '巴松措', '错高', '巴河镇', '夏河', '桑科', '阿木去乎', '拉卜楞', '洛浦', '山普鲁', '杭桂', '巴塘', '竹巴龙',
            '夏邛', '爐霍', '新都鎮', '蝦拉沱', '裕民', '哈拉布拉', '吉也克', '达日', '吉迈', '窝赛', '治多', '索加',
            '加吉博洛', '小金', '日隆', '美兴镇', '四姑娘山', '越西', '中所镇', '越城镇', '阿巴嘎', '别力古台',
            '洪格尔高勒', '柯坪', '盖孜力克', '皮山', '固玛', '杜瓦镇')
# other spellings of settings that occur in no letter (checked against the READMEs only)
README_ONLY = ('炉霍', '虾拉沱', '新都镇', '泽当', '杜瓦')
# other places named inside the letters (invented or village-level names); none may be named in those READMEs either
PLACES = ('德吉村', '帕玛岗村', '雅砻社区', '结巴村', '阿拉坦社区', '央塔克灌区', '色力布亚灌区')
# places of the real pages read (README, last section); none may occur in the page text
REAL = ('鞍山', '千山', '阿拉山口', '八字湖', '南票', '汤水', '台集屯', '九原', '萨如拉', '麻池', '花都', '象山', '贤庠',
        '禄丰', '土官', '武冈', '法相岩', '番禺', '莲花山', '周村', '城北路', '青年路', '兴庆', '清原', '君山', '钱粮湖',
        '柳林洲', '同江', '银川', '马关', '篾厂', '惠东', '白花', '华容', '东山', '曾都', '府河', '神龙寨', '杨凌',
        '调兵山', '通州', '大竹', '永胜', '广安', '蒋场', '新密', '玉林', '大冶', '白水', '林皋湖', '吕城', '白地',
        '寨里', '钓鱼镇', '兴化', '诸暨', '浣东', '银雀山', '天园', '矿山集', '杜集', '雨花', '湘阴', '巩留', '保康',
        '肃南', '沁阳', '易门', '秀屿', '西吉', '龙泉驿', '洛带', '济宁', '随州', '南郊', '梅州', '海口')
# dues the brief asks for: each must be (part of) the due of at least one commitment
BRIEF_DUES = ('本届任期内', '十五五', '2026年6月底前', '下半年', '年内', '通车前')
# words no labelled sentence may contain: reported speech, rulings of others, predictions, refusals, inventories
NOT_IN_GOLD = ('表示，', '已明确', '有望', '您建议', '现有', '按照', '计划明年', '拟在')
errors = []


def err(msg):
    errors.append(msg)


def parse(fn):
    """Return (text, list of (sentence, section, is_heading))."""
    text = open(os.path.join(LET, fn), encoding='utf-8').read()
    lines = text.split('\n')
    if not (lines[0] == 'source_url: made-up (commit27)' and lines[1].startswith('layout: ') and lines[2] == '---'):
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
    if files != [f'c27-{i:02d}.txt' for i in range(1, 17)]:
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
    # this set's own calls
    for r in rows:
        q, fn = r.get('quote', ''), r.get('file')
        for w in NOT_IN_GOLD:
            if w in q:
                err(f'{fn}: labelled sentence contains {w!r}: {q}')
        if r.get('kind') == 'commitment':
            if re.search(r'待.{2,14}(到位|下达)后', q) and r['due'] is not None:
                err(f'{fn}: promise conditional on funding must have due null: {q}')
            m = re.match(r'^(?:[（(][一二三四五六七八九十]+[)）]|\d+[.、])?((?:县|縣|市|区|區|州|省|旗|自治区)\S{2,14}?(?:局|公司|政府|委员会|大队|大隊|厅|院))(?:将|將|计划|計劃|拟)', q)
            if m and m.group(1) not in SELF[fn]:
                err(f'{fn}: another unit\'s plan labelled as a commitment: {q}')
            d = r['due']
            if isinstance(d, str) and d in q:
                i = q.index(d)
                if i > 0 and q[i - 1] not in '于於在，）)。将將划劃争爭' and not re.match(r'\d+[.、]$', q[:i]):
                    err(f'{fn}: due {d!r} does not start a time phrase (cut?): {q}')
            if '近期' in q and r['due'] is not None:
                err(f'{fn}: 近期 promise must have due null: {q}')
            if re.search(r'(去年|\d{4}年)[^，]{0,4}[计計][划劃]', q) and re.search(r'目前已', q):
                err(f'{fn}: past plan carried out labelled as a commitment: {q}')
    for fn, want in SHORT_PARTNERS.items():
        if not any(r.get('file') == fn and r.get('partners') == want for r in rows):
            err(f'{fn}: no commitment with the short-name partners {want}')
    if not any(r.get('kind') == 'commitment' and '近期' in r.get('quote', '') for r in rows):
        err('no 近期 commitment')
    if not any(r.get('kind') == 'commitment' and re.search(r'待.{2,14}(到位|下达)后', r.get('quote', '')) for r in rows):
        err('no promise conditional on funding')
    if not any(r.get('kind') == 'action' and re.search(r'[计計][划劃]', r.get('quote', '')) and '目前已' in r.get('quote', '') for r in rows):
        err('no past plan carried out labelled as an action')
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
    if len(meta) != 2:
        err(f'{len(meta)} letters with portal metadata (索引号), want 2')
    up = os.path.dirname(ROOT)
    # every set written before this one: made_up/README.md and every other made_up/*/README.md
    earlier = sorted(d for d in os.listdir(up) if d != 'commit27' and os.path.isdir(os.path.join(up, d)))
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
