#!/usr/bin/env python3
"""Check qa37.jsonl against the letters in letters/ (adapted from made_up/qa37/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa37) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q37-<type>-NN;
  * fields per type (answerable flag, gold_file / gold_files_any, reference, turns, tags);
  * every must_include_any alternative and every reference occurs verbatim in the gold letter's page,
    after NFKC and with whitespace removed (multi_letter: each alternative in at least one listed
    letter, and each listed letter holds at least one alternative);
  * no alternative that begins or ends with a digit sits only inside a longer number in its
    gold letter (e.g. "2元" only inside "12元");
  * the reference of an answerable single-letter question holds an alternative of EVERY must group
    (metadata: the reference is a verbatim line of the letter);
  * Chinese questions paraphrase: no run of 8 or more characters shared with the reference;
  * gold_section_keywords all occur in the numbered heading (一、二、…) that sits above the
    reference; [] for letters without such headings, for metadata questions and for a reference
    above the first heading;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 30 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2-3 turns each),
    30 unanswerable, all near-topic (20 zh + 10 en, three per letter); at least half of the zh
    questions colloquial; metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions;
  * multi_letter themes: the listed letters are exactly the letters whose page contains one of the
    theme's defining words (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 600-1500 characters without whitespace,
    at least 4 without numbered headings and at least 4 with them, at least 3 with a portal
    metadata block in exactly 4 different shapes (an 索引号 table with two pairs a line, a pipe table of
    pairs, 【bracketed】 labels, stacked 发布时间 / 来源 / 文号 lines), a jointly signed letter (two issuers
    on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit, one mostly
    negative reply (three or more refusals), one township whose sign-off date is in Chinese
    numerals, a national (ministry) issuer, a province-level issuer, a county and a district issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2012-2025, every setting in a northern, north-eastern, north-western or south-western province or region (PROVINCE);
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or an earlier made_up/*/README.md
    (skipped when those READMEs are not beside this folder); each SETTINGS name is in a letter and
    each QUESTION_ONLY name in none.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa37.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "陕西", "甘肃", "宁夏",
                     "青海", "新疆", "四川", "重庆", "贵州", "云南", "西藏"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q37-01.txt": "河北", "q37-02.txt": "新疆", "q37-03.txt": "山西", "q37-04.txt": "云南",
            "q37-05.txt": "贵州", "q37-06.txt": "四川", "q37-07.txt": "辽宁", "q37-08.txt": "黑龙江",
            "q37-09.txt": "甘肃", "q37-10.txt": "陕西"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["清河", "焉耆", "焉耆马", "定襄", "宏道", "受禄", "华宁", "碗窑", "三都水族自治县", "三洞", "板告", "南溪",
            "大观镇", "江南镇", "灯塔", "佟二堡", "绥芬河", "甘谷", "大像山", "新兴镇", "六峰", "安远镇", "金山镇",
            "安塞",
            # topics no earlier README names
            "羊绒", "马产业", "马奶", "法兰", "锻造", "华宁陶", "马尾绣", "水族", "豆腐干", "皮草", "水貂", "木材",
            "辣椒", "腰鼓",
            # invented people and document-number prefixes
            "魏振华", "哈那提", "马合沙提", "卢晓鹏", "闫志刚", "段志宏", "郝瑞峰", "贾丽萍", "武晓东", "普桂芬",
            "杞建明", "蒙秀莲", "曾凡毅", "罗光辉", "邓小娟", "苏长林", "佟丽娜", "于海洋", "姜德彬", "王静波",
            "巩建国", "牛亚楠", "馮書強", "賀振東",
            "工信建函", "新农函", "定工信函", "华文旅提", "南经信提", "灯商函", "绥工信函", "安文廣函"]
# simplified forms of traditional names, and real places written only in questions (near places the
# letters never name): checked against the earlier READMEs, never in a letter
QUESTION_ONLY = ["冯书强", "贺振东", "安塞县", "文化广电局",
                 "故城", "和硕", "原平", "江川", "都匀", "江安", "辽中", "海林", "武山", "志丹"]
# prefecture-level cities of the settings that an earlier README names (and the words that would
# print them): the letters never print them
NOT_IN_LETTERS = ["邢台", "伊犁", "巴音郭楞", "库尔勒", "昭苏", "忻州", "玉溪", "宜宾", "辽阳", "牡丹江", "天水", "延安", "磐安",
                  "口岸", "互市"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). The third
# list repeats the second except bare years and words other letters use about other things (价格 in
# 06's 扰乱市场价格 and 08's 工业用电价格, which is why u-23 does not list 价格, 投资 in 03/08/10, 每人 in 03's 每人800元 and 10's 每人每年, 收费 nowhere but kept
# in the second list), which stay in the second list only.
TRAPS = {
    "q37-unanswerable-01": (["个体加工户约1800家", "销售收入约165亿元"], ["元/件", "每件", "出厂价", "价格"], ["元/件", "每件", "出厂价"]),
    "q37-unanswerable-02": (["个体加工户约1800家"], ["故城"], ["故城"]),
    "q37-unanswerable-03": (["2017年全县羊绒及其制品销售收入约165亿元"], ["2016"], []),
    "q37-unanswerable-04": (["2019年生产鲜马奶约1.4万吨"], ["元/公斤", "每公斤", "元/斤", "每斤", "收购价", "价格"], ["元/公斤", "每公斤", "元/斤", "每斤", "收购价"]),
    "q37-unanswerable-05": (["目前全县马匹存栏约9.6万匹"], ["和硕"], ["和硕"]),
    "q37-unanswerable-06": (["2019年接待游客约86万人次"], ["2018"], []),
    "q37-unanswerable-07": (["法兰及锻件生产企业约310家"], ["原平"], ["原平"]),
    "q37-unanswerable-08": (["2020年实现产值约150亿元"], ["元/吨", "每吨", "售价", "价格"], ["元/吨", "每吨", "售价"]),
    "q37-unanswerable-09": (["2020年实现产值约150亿元"], ["2019"], []),
    "q37-unanswerable-10": (["全年接待研学学生和游客约2.4万人次"], ["门票", "收费", "元/人", "每人"], ["门票", "元/人"]),
    "q37-unanswerable-11": (["目前全县有制陶作坊和企业56家"], ["江川"], ["江川"]),
    "q37-unanswerable-12": (["2018年陶器产值约1.3亿元"], ["2017"], []),
    "q37-unanswerable-13": (["产品销售收入约460万元"], ["元/条", "每条", "售价", "价格"], ["元/条", "每条", "售价"]),
    "q37-unanswerable-14": (["全乡会做马尾绣的妇女约1100人"], ["都匀"], ["都匀"]),
    "q37-unanswerable-15": (["2013年马尾绣背带"], ["2012"], []),
    "q37-unanswerable-16": (["目前全区有豆腐干生产企业42家"], ["江安"], ["江安"]),
    "q37-unanswerable-17": (["2022年全区豆腐干产值约26亿元"], ["元/袋", "每袋", "售价", "零售价"], ["元/袋", "每袋", "售价", "零售价"]),
    "q37-unanswerable-18": (["已建成标准厂房3.6万平方米"], ["总投资", "造价", "投资"], ["造价"]),
    "q37-unanswerable-19": (["2016年皮草交易额约110亿元"], ["元/件", "每件", "售价", "价格"], ["元/件", "每件", "售价"]),
    "q37-unanswerable-20": (["佟二堡现有皮草经营商户约4200户"], ["辽中"], ["辽中"]),
    "q37-unanswerable-21": (["2016年皮草交易额约110亿元"], ["2015年皮草", "2015年交易", "2015"], []),
    "q37-unanswerable-22": (["我市现有木材加工企业约420家"], ["海林"], ["海林"]),
    "q37-unanswerable-23": (["俄罗斯木材约680万立方米"], ["元/立方米", "每立方米", "售价"], ["元/立方米", "每立方米", "售价"]),
    "q37-unanswerable-24": (["2015年经铁路和公路运抵的俄罗斯木材约680万立方米"], ["2014"], []),
    "q37-unanswerable-25": (["2023年全县辣椒种植面积约3.6万亩"], ["武山"], ["武山"]),
    "q37-unanswerable-26": (["鲜椒产量约7.1万吨"], ["元/斤", "每斤", "元/公斤", "每公斤", "收购价"], ["元/斤", "每斤", "元/公斤", "每公斤", "收购价"]),
    "q37-unanswerable-27": (["2023年全县辣椒种植面积约3.6万亩"], ["2022"], []),
    "q37-unanswerable-28": (["共參加縣內外演出約140場"], ["演出費", "元/場", "每場", "收費"], ["演出費", "元/場", "每場", "演出费", "元/场", "每场"]),
    "q37-unanswerable-29": (["全縣現有農村和社區腰鼓隊約260支"], ["志丹"], ["志丹"]),
    "q37-unanswerable-30": (["2012年，縣財政安排安塞腰鼓傳承保護經費45萬元"], ["2011"], []),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q37-multi_letter-01": ["非遗", "非遺"],
    "q37-multi_letter-02": ["非遗", "非遺"],
    "q37-multi_letter-03": ["电商", "電商", "电子商务"],
    "q37-multi_letter-04": ["电商", "電商", "电子商务"],
    "q37-multi_letter-05": ["出口"],
    "q37-multi_letter-06": ["出口"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa37)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa37)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a northern, north-eastern, north-western or south-western province or region")


def headings(text):
    return [(m.start(), m.group(0).strip()) for m in HEAD.finditer(text)]


def section_of(text, pos):
    h = [x for x in headings(text) if x[0] <= pos]
    return h[-1][1] if h else None


def only_inside_longer_number(alt, text):
    """True if alt starts/ends with a digit and every occurrence is glued to a further digit."""
    if not (alt[0].isdigit() or alt[-1].isdigit()):
        return False
    occ = [m.start() for m in re.finditer(re.escape(alt), text)]
    if not occ: return False
    def glued(p):
        before = text[p - 1] if p > 0 else ""
        after = text[p + len(alt)] if p + len(alt) < len(text) else ""
        return (alt[0].isdigit() and (before.isdigit() or before == ".")) or \
               (alt[-1].isdigit() and (after.isdigit() or after == "."))
    return all(glued(p) for p in occ)


def inside(a, f):
    return norm(a) in NL[f]


def longest_common_run(a, b):
    a, b = norm(a), norm(b)
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] in b: best = j - i
            else: break
    return best


# ---- letters ----
body_len = {}; joint = []; negative = []; years = {}; issuers = {}; cn_date = []
REFUSAL = r"无法采纳|無法採納|无法作出|超出我局职权|不能采纳|不予采纳|无权|無權|不属于|不屬於|难以承担|暫不能採納"
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    if not 600 <= n <= 1500: err(f, f"body has {n} characters, outside 600-1500")
    d = lines[dat[-1]].strip()
    if d.startswith("二〇"): cn_date.append(f)
    years[f] = d[:4].translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    signoff = lines[dat[-1] - 1].strip()
    issuers[f] = signoff
    if len(re.findall(r"(局|委员会|政府|厅|部)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    if len(re.findall(REFUSAL, body)) >= 3:
        negative.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
if len(letters) - len(no_heads) < 4: err("letters", "fewer than 4 letters with numbered headings")
# portal metadata blocks in four shapes: an 索引号 table with two pairs a line, a pipe
# table of pairs, 【bracketed】 labels, stacked 发布时间 / 来源 / 文号 label lines (no 索引号)
shapes = {}
for f, t in letters.items():
    if re.search(r"^索\s*引\s*号：\S+[ \u3000]{2,}\S+：", t, re.M): shapes[f] = "index-table-two-pairs"
    elif re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes[f] = "pipe-pairs"
    elif re.search(r"^【索引号】", t, re.M): shapes[f] = "bracketed-labels"
    elif re.search(r"^发布时间：\S+\s*\n来\s*源：\S+\s*\n文\s*号：", t, re.M): shapes[f] = "stacked-time-source-lines"
    elif "索引号" in norm(t) or "索引號" in norm(t): shapes[f] = "other"
meta = sorted(shapes)
if len(meta) != 4: err("letters", f"{len(meta)} letters with a portal metadata block (want 4)")
if len(set(shapes.values()) - {"other"}) != len(meta): err("letters", f"metadata shapes repeat or are unknown: {shapes}")
cohandle = [f for f, t in letters.items()
            if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:4]))
            and any(re.search(r"^\S*(局|委员会|政府)：\s*$", l) for l in t.split("\n"))]
if not joint: err("letters", "no jointly signed letter (two issuers on the sign-off line)")
if not cohandle: err("letters", "no co-handling opinion addressed to the lead unit")
if not negative: err("letters", "no negative reply (three or more refusals in the body)")
township = [f for f, s in issuers.items() if re.search(r"(镇|乡)人民政府$", s)]
if not [f for f in township if f in cn_date]: err("letters", "no township with its sign-off dated in Chinese numerals")
national = [f for f, s in issuers.items() if re.search(r"部$", s) or s.startswith("国家")]
province = [f for f, s in issuers.items() if re.match(r"^\S+(省|自治区)\S+(厅|局|委员会)$", s)]
county = [f for f, s in issuers.items() if re.search(r"(县|縣)\S*(局|委员会)$", s)]
district = [f for f, s in issuers.items() if re.search(r"(区|區)\S*(局|委员会)$", s) and f not in province]
if not national: err("letters", "no national (ministry-level) issuer")
if not province: err("letters", "no province-level issuer")
if not county: err("letters", "no county issuer")
if not district: err("letters", "no district issuer")
trad = [f for f, t in letters.items() if sum(t.count(c) for c in TRAD) >= 20]
if not trad: err("letters", "no traditional-character page")
table = [f for f, t in letters.items()
         if re.search(r"(^[^\n\d]{2,8}[\s\u3000]+\d[\d.]*[\s\u3000]+\d[\d.]*[\s\u3000]+[\d.]+%?\s*\n){4}", t, re.M)]
if not table: err("letters", "no letter with a table-like list of figures")
kinds = {}
for f, t in letters.items():
    m = re.search(r"第[0-9０-９]+[号號](提案|建议|建議)", t)
    kinds[f] = {"建議": "建议"}.get(m.group(1), m.group(1)) if m else None
    if not m: err(f, "cannot tell 提案 from 建议")
kind_count = Counter(kinds.values())
if kind_count["提案"] < 3 or kind_count["建议"] < 3: err("letters", f"kinds {dict(kind_count)} (want both 提案 and 建议)")
if len(set(years.values())) < 8: err("letters", f"years {sorted(years.values())} (want them spread)")
if any(not "2012" <= y <= "2025" for y in years.values()): err("letters", f"a year outside 2012-2025: {years}")

# ---- questions ----
rows = []
with open(QA, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        line = line.strip()
        if not line: continue
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {n}", f"bad JSON: {e}")

seen = set(); counts = Counter(); near_lang = Counter(); colloquial = 0
lang_by_type = Counter(); near_cov = Counter(); asks = Counter(); overlap = {}
for d in rows:
    i = d.get("id", "?")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    typ = d.get("type")
    if typ not in TYPES: err(i, f"bad type {typ}"); continue
    counts[typ] += 1
    if not re.fullmatch(rf"q37-{typ}-\d\d", i): err(i, "id does not match q37-<type>-NN")
    has_q, has_t = "question" in d, "turns" in d
    if typ == "multi_turn":
        if not has_t or not isinstance(d["turns"], list) or not 2 <= len(d["turns"]) <= 3:
            err(i, "multi_turn needs 2-3 turns")
        if has_q: err(i, "multi_turn must not also have question")
    elif not has_q or not d["question"].strip(): err(i, "needs question")
    text_q = " ".join(d["turns"]) if has_t else d.get("question", "")
    lang = "zh" if CJK.search(text_q) else "en"
    lang_by_type[(typ, lang)] += 1
    tags = d.get("tags", [])
    if not isinstance(tags, list) or not tags: err(i, "tags missing")
    ltags = [t[5:] for t in tags if t.startswith("lang:")]
    if typ in ("zh", "en"):
        if lang != typ: err(i, f"{typ} question reads as {lang}")
    elif len(ltags) != 1: err(i, "needs exactly one lang:zh / lang:en tag")
    elif ltags[0] != lang: err(i, f"tagged lang:{ltags[0]} but text is {lang}")
    if (typ == "en" or "lang:en" in tags) and CJK.search(text_q): err(i, "English question contains CJK characters")
    must = d.get("must_include_any")
    if not isinstance(must, list): err(i, "must_include_any missing"); continue

    if typ == "unanswerable":
        if d.get("answerable") is not False: err(i, "unanswerable must have answerable=false")
        if must: err(i, "unanswerable must have empty must_include_any")
        for k in ("gold_file", "gold_files_any", "min_distinct_letters", "gold_section_keywords"):
            if k in d: err(i, f"unanswerable must not have {k}")
        if not d.get("reference"): err(i, "unanswerable needs a reference saying why")
        if "near-topic" not in tags: err(i, "unanswerable needs tag near-topic"); continue
        near_lang[lang] += 1
        if f"lang:{lang}" not in tags: err(i, f"unanswerable text is {lang} but not tagged so")
        asks.update(t[5:] for t in tags if t.startswith("asks:"))
        nl = [t[5:] for t in tags if t.startswith("near:")]
        if len(nl) != 1 or nl[0] not in letters:
            err(i, "near-topic needs one near:<letter> tag naming a letter"); continue
        near_cov[nl[0]] += 1
        if i not in TRAPS: err(i, "near-topic question has no TRAPS entry"); continue
        present, absent, nowhere = TRAPS[i]
        for s in present:
            if not inside(s, nl[0]): err(i, f"trap fact {s!r} not in {nl[0]}")
        for s in absent:
            if norm(s) in NRAW[nl[0]]: err(i, f"{nl[0]} contains {s!r}: the letter may answer the question")
        for s in nowhere:
            for f in raw:
                if norm(s) in NRAW[f]: err(i, f"{f} contains {s!r}: another letter may answer the question")
        continue

    if d.get("answerable") is not True: err(i, "answerable must be true")
    if not must or any(not isinstance(g, list) or not g or any(not isinstance(a, str) or not a for a in g) for g in must):
        err(i, "must_include_any must be a non-empty list of non-empty lists of strings"); continue

    if typ == "multi_letter":
        files = d.get("gold_files_any", [])
        if len(set(files)) < 2: err(i, "gold_files_any needs >= 2 distinct letters")
        if d.get("min_distinct_letters") != 2: err(i, "min_distinct_letters must be 2")
        if "gold_file" in d or "reference" in d: err(i, "multi_letter uses gold_files_any, not gold_file/reference")
        for f in files:
            if f not in letters: err(i, f"unknown letter {f}")
        files = [f for f in files if f in letters]
        for g in must:
            for a in g:
                if not any(inside(a, f) for f in files): err(i, f"alternative {a!r} not in any gold letter")
        for f in files:
            if not any(inside(a, f) for g in must for a in g): err(i, f"listed letter {f} holds none of the alternatives")
        if len(must) != len(files): err(i, f"{len(must)} must groups for {len(files)} letters (want one per letter)")
        if not any(t.startswith("theme:") for t in tags): err(i, "multi_letter needs a theme: tag")
        if i not in THEMES: err(i, "multi_letter has no THEMES entry")
        else:
            want = sorted(f for f, t in letters.items() if any(w in t for w in THEMES[i]))
            if sorted(files) != want: err(i, f"gold_files_any {sorted(files)} but theme words occur in {want}")
        continue

    f = d.get("gold_file")
    if f not in letters: err(i, f"gold_file {f} unknown"); continue
    t = letters[f]
    for g in must:
        for a in g:
            if not inside(a, f): err(i, f"alternative {a!r} not verbatim in {f}")
            elif only_inside_longer_number(a, t): err(i, f"alternative {a!r} occurs in {f} only inside a longer number")
    ref = d.get("reference")
    if not ref: err(i, "reference missing"); continue
    pos = t.find(ref)
    if pos < 0: err(i, f"reference not verbatim in {f}"); continue
    if typ == "metadata":
        if ref not in [l.strip() for l in t.split("\n")]: err(i, "metadata reference is not a whole line")
    for k, g in enumerate(must):
        if not any(norm(a) in norm(ref) for a in g):
            err(i, f"reference holds none of must group {k + 1} {g}")
    if lang == "zh" and typ != "metadata":
        run = longest_common_run(text_q, ref)
        overlap[i] = run
        if run >= 8: err(i, f"question shares {run} characters in a row with its reference (not a paraphrase)")
    kws = d.get("gold_section_keywords")
    if not isinstance(kws, list): err(i, "gold_section_keywords missing"); continue
    has_heads = bool(headings(t))
    if typ == "metadata":
        if "metadata" not in tags: err(i, "metadata question needs tag metadata")
        if kws: err(i, "metadata questions use []")
    else:
        above_first = has_heads and section_of(t, pos) is None
        if above_first and kws: err(i, "reference sits above the first heading: gold_section_keywords must be []")
        if has_heads and not above_first and not kws: err(i, f"{f} has headings: gold_section_keywords must be filled")
        if not has_heads and kws: err(i, f"{f} has no headings: gold_section_keywords must be []")
        if kws:
            sec = section_of(t, pos)
            if sec is not None:
                for k in kws:
                    if k not in sec: err(i, f"keyword {k!r} not in heading above reference ({sec})")
    if typ == "zh" and "colloquial" in tags: colloquial += 1

for typ, n in TYPES.items():
    if counts[typ] != n: err("mix", f"{typ}: {counts[typ]} (want {n})")
if dict(near_lang) != NEAR_LANG: err("mix", f"near-topic languages {dict(near_lang)} (want {NEAR_LANG})")
if colloquial < TYPES["zh"] // 2: err("mix", f"colloquial zh {colloquial} (want at least half of {TYPES['zh']})")
for typ in ("multi_turn", "multi_letter", "metadata"):
    if lang_by_type[(typ, "zh")] == 0 or lang_by_type[(typ, "en")] == 0: err("mix", f"{typ} should mix Chinese and English")
cov = Counter(d.get("gold_file") for d in rows if d.get("type") in ("zh", "en", "metadata", "multi_turn"))
for f in letters:
    if cov[f] < 5: err("mix", f"{f} has only {cov[f]} answerable single-letter questions")
    if near_cov[f] != 3: err("mix", f"{f} has {near_cov[f]} near-topic unanswerable questions (want 3)")

# ---- settings not used by an earlier set ----
# every set folder beside this one except qa38, written at the same time by another helper (its
# folder is never opened); a folder without a README is skipped
EARLIER = tuple(sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                     if d not in ("qa38", "qa37") and os.path.isdir(os.path.join(HERE, "..", d))))
others = [r for r in (os.path.join(HERE, "..", e, "README.md") for e in EARLIER) if os.path.exists(r)]
top = os.path.join(HERE, "..", "README.md")
if os.path.exists(top): others.append(top)
if others:
    text = "".join(open(r, encoding="utf-8").read() for r in others)
    for s in SETTINGS + QUESTION_ONLY:
        if s in text: err("settings", f"{s} is named in an earlier README")
    print(f"settings checked against {len(others)} READMEs: {len(SETTINGS) + len(QUESTION_ONLY)} names")
else:
    print("settings not checked (no other made_up READMEs beside this folder)")
for s in SETTINGS:
    if not any(s in t for t in letters.values()): err("settings", f"{s} listed but in no letter")
for s in QUESTION_ONLY:
    if any(s in t for t in raw.values()): err("settings", f"{s} is question-only but occurs in a letter")
for s in NOT_IN_LETTERS:
    if any(s in t for t in raw.values()): err("settings", f"{s} (a city an earlier README names) occurs in a letter")

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {dict(near_lang)}; colloquial zh {colloquial}")
print("asks:", dict(asks))
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("longest run shared by a Chinese question and its reference:", max(overlap.values()) if overlap else 0)
print("body characters (no whitespace):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("metadata blocks:", {f[4:6]: s for f, s in shapes.items()})
print("jointly signed:", [f[4:6] for f in joint], "; co-handling:", [f[4:6] for f in cohandle],
      "; negative reply:", [f[4:6] for f in negative], "; table of figures:", [f[4:6] for f in table])
print("national:", [f[4:6] for f in national], "; province:", [f[4:6] for f in province],
      "; county:", [f[4:6] for f in county], "; district:", [f[4:6] for f in district],
      "; township:", [f[4:6] for f in township], "(Chinese-numeral date:", [f[4:6] for f in cn_date], ")")
print("traditional:", [f[4:6] for f in trad])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
