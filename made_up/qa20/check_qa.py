#!/usr/bin/env python3
"""Check qa20.jsonl against the letters in letters/ (adapted from made_up/qa18/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q20-<type>-NN;
  * fields per type (answerable flag, gold_file / gold_files_any, reference, turns, tags);
  * every must_include_any alternative and every reference occurs verbatim in the gold letter,
    after NFKC and with whitespace removed (multi_letter: each alternative in at least one listed
    letter, and each listed letter holds at least one alternative);
  * no alternative that begins or ends with a digit sits only inside a longer number in its
    gold letter (e.g. "2元" only inside "12元");
  * the reference of an answerable single-letter question holds an alternative of EVERY must group
    (metadata: the reference is a verbatim line of the letter);
  * Chinese questions paraphrase: no run of 8 or more characters shared with the reference;
  * gold_section_keywords all occur in the numbered heading (一、二、…) that sits above the
    reference; [] for letters without such headings and for metadata questions;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 30 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2-3 turns each),
    30 unanswerable, all near-topic (20 zh + 10 en, three per letter); at least half of the zh
    questions colloquial; metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions;
  * multi_letter themes: the listed letters are exactly the letters that contain the theme's
    defining word(s) (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 600-1200 characters without whitespace,
    at least 4 without numbered headings and at least 4 with them, at least 3 with a portal
    metadata block (索引号) in 3 different shapes (pipe table, label：value lines, bullets with the
    label over its value), at least one jointly signed (two issuers on the sign-off line) or
    co-handling opinion, one negative reply (three or more refusals in the body), one township,
    one ministry or province-level issuer, one traditional-character page, one table-like list of
    figures, both 提案 and 建议 (a 代表书面意见 counts as 建议), years spread over 2012-2025;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another made_up/*/README.md
    (skipped when those READMEs are not beside this folder); each SETTINGS name is in a letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, glob, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa20.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["万宁", "日月湾", "石梅湾", "丹阳", "甘霖", "嵊州", "施家岙", "新会", "江门", "横州", "校椅", "石塘镇",
            "平塘", "克度", "江永", "上江圩", "奉贤", "庄行", "青村", "金汇", "丹江口", "武当", "六里坪", "浪河",
            "丁家营", "建安", "灵井", "陈曹",
            # topics no earlier README names
            "冲浪", "眼镜", "越剧", "陈皮", "茉莉花", "天眼", "女書", "黄桃", "武术", "发制品",
            # invented people and document-number prefixes
            "符海燕", "王晓琳", "眭建华", "汤卫东", "钱国祥", "周丽萍", "林婉仪", "梁志强", "黄秀兰", "韦振宇",
            "蒙丽娟", "陆德贵", "罗光明", "杨春艳", "歐陽春梅", "徐建英", "顾文杰", "沈国华", "张丽娜", "赵永刚",
            "琼旅文函", "丹工信复", "新农提复", "平工信函", "江文廣函", "丹教函", "建商函"]
# simplified forms of traditional names, and names written only in questions: checked against the
# earlier READMEs, not required in a letter
QUESTION_ONLY = ["女书", "欧阳春梅", "江文广函", "均州路", "假发"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q20-unanswerable-01": (["2020年全市接待冲浪游客约8.6万人次"], ["2019年", "2019"]),
    "q20-unanswerable-02": (["210名选手参赛", "现场观赛游客约1.2万人次"], ["奖金", "冠军", "奖励"]),
    "q20-unanswerable-03": (["为学员投保意外伤害保险"], ["保费", "元/人", "每人", "保险费"]),
    "q20-unanswerable-04": (["市财政按设备投资额的10%给予补助", "单个企业最高不超过200万元", "29家眼镜企业"], ["共补助", "补助资金", "累计补助", "合计"]),
    "q20-unanswerable-05": (["举办首届丹阳眼镜设计大赛", "优先推荐申报省级工业设计奖项"], ["奖金", "一等奖", "奖励"]),
    "q20-unanswerable-06": (["眼镜产品出口额约4.3亿美元"], ["2017年", "2017"]),
    "q20-unanswerable-07": (["每月一次的越剧戏迷角活动"], ["票价", "门票", "元/人", "免费观看", "免费入场"]),
    "q20-unanswerable-08": (["2016年共外出演出1340场"], ["今年上半年", "今年以来", "今年共", "2017年共", "2017年上半年"]),
    "q20-unanswerable-09": (["从业演员约260人", "青年演员断档"], ["30岁", "岁以下", "青年演员有", "青年演员约"]),
    "q20-unanswerable-10": (["陈皮产业全产业链产值约190亿元"], ["元/斤", "每斤", "收购价", "元/公斤", "每公斤"]),
    "q20-unanswerable-11": (["每平方米150元给予一次性补助", "2021年共补助企业19家"], ["补助资金", "万元", "共补助资金"]),
    "q20-unanswerable-12": (["赋码陈皮约3100吨", "新会柑种植面积约12.6万亩"], ["产量", "年产"]),
    "q20-unanswerable-13": (["关于解决采花用工难的建议"], ["工资", "元/天", "每天", "日薪", "工钱"]),
    "q20-unanswerable-14": (["共有2160户花农获得赔付"], ["赔付金额", "赔付资金", "万元", "赔款"]),
    "q20-unanswerable-15": (["花农约33万人", "在校椅镇、石塘镇试点"], ["校椅镇有", "其中校椅", "校椅镇花农"]),
    "q20-unanswerable-16": (["查处违规使用无线电发射设备行为57起"], ["罚款", "元以下", "处以", "罚"]),
    "q20-unanswerable-17": (["核心区内的居民安置点已全部实现光纤入户"], ["户居民", "搬迁户", "人口", "搬迁"]),
    "q20-unanswerable-18": (["新建4G基站6座"], ["万元", "投资", "造价"]),
    "q20-unanswerable-19": (["每人每年給予傳承補助3000元", "省級傳承人2名"], ["省級傳承人每人", "省級傳承人補助", "省級傳承人每年"]),
    "q20-unanswerable-20": (["共接待參觀者約2.3萬人次"], ["門票", "票價", "免費參觀", "免費開放"]),
    "q20-unanswerable-21": (["今年10月在縣文化館舉辦女書書法作品展", "女書保護專項經費80萬元"], ["展覽經費", "作品展經費", "展覽預算", "展覽費用"]),
    "q20-unanswerable-22": (["通过电商平台销售黄桃约1800吨"], ["元/箱", "每箱", "售价", "元/斤", "价格"]),
    "q20-unanswerable-23": (["主要分布在庄行、青村、金汇等镇"], ["青村镇种植", "其中青村", "青村镇有", "青村镇黄桃"]),
    "q20-unanswerable-24": (["2023年共培训桃农560人次"], ["户桃农", "名桃农", "桃农约", "桃农共"]),
    "q20-unanswerable-25": (["在校学生3390人"], ["学费", "元/年", "收费"]),
    "q20-unanswerable-26": (["在校学生3390人，其中义务教育阶段学生约2100人"], ["外省", "省外", "外地"]),
    "q20-unanswerable-27": (["各区域分布如下"], ["均州路"]),
    "q20-unanswerable-28": (["产品销往非洲、北美、欧洲等100多个国家和地区"], ["非洲市场", "其中非洲", "对非", "非洲出口"]),
    "q20-unanswerable-29": (["企业约620家，主要集中在灵井镇、陈曹乡"], ["陈曹乡有", "其中陈曹", "陈曹乡共"]),
    "q20-unanswerable-30": (["按规定给予职业培训补贴"], ["元/人", "每人补贴", "补贴标准", "每人"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q20-multi_letter-01": ["保险"],
    "q20-multi_letter-02": ["直播"],
    "q20-multi_letter-03": ["出口"],
    "q20-multi_letter-04": ["地理标志"],
    "q20-multi_letter-05": ["非遗", "非物质文化遗产", "非物質文化遺產"],
    "q20-multi_letter-06": ["暑期"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

letters = {f: open(os.path.join(LET, f), encoding="utf-8").read()
           for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
NL = {f: norm(t) for f, t in letters.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")


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
body_len = {}; joint = []; negative = []; years = {}; issuers = {}
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局|总支)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    if not 600 <= n <= 1200: err(f, f"body has {n} characters, outside 600-1200")
    y = lines[dat[-1]].strip()[:4]
    years[f] = y.translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    signoff = lines[dat[-1] - 1].strip()
    issuers[f] = signoff
    if len(re.findall(r"(局|委员会|政府|厅|联合会)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    if len(re.findall(r"无法采纳|无法作出|超出我局职权|不能采纳|无权|不属于", body)) >= 3:
        negative.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
if len(letters) - len(no_heads) < 4: err("letters", "fewer than 4 letters with numbered headings")
meta = [f for f, t in letters.items() if "索引号" in norm(t) or "索引號" in norm(t)]
if len(meta) < 3: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want >= 3)")
shapes = set()
for f in meta:
    t = letters[f]
    if re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes.add("pipe-table")
    elif re.search(r"^•\s*索引号\s*$", t, re.M): shapes.add("bullets-label-over-value")
    elif re.search(r"^索引号：[^：]+$", t, re.M) and re.search(r"^发布机构：", t, re.M): shapes.add("label-value-lines")
    else: shapes.add("other:" + f)
if len(shapes) < 3: err("letters", f"metadata blocks in {len(shapes)} shapes {sorted(shapes)} (want 3)")
cohandle = [f for f, t in letters.items() if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:8]))]
if not joint and not cohandle: err("letters", "no jointly signed letter and no co-handling opinion")
if not negative: err("letters", "no negative reply (three or more refusals in the body)")
township = [f for f, s in issuers.items() if re.search(r"(镇|乡)人民政府$", s)]
if not township: err("letters", "no township issuer")
high = [f for f, s in issuers.items() if re.match(r"^(\S+省|\S+部$)", s) or "总署" in s]
if not high: err("letters", "no ministry or province-level issuer")
trad = [f for f, t in letters.items() if sum(t.count(c) for c in TRAD) >= 20]
if not trad: err("letters", "no traditional-character page")
table = [f for f, t in letters.items()
         if re.search(r"(^[^\n\d]{2,8}[\s\u3000]+\d[\d.]*[\s\u3000]+\d[\d.]*[\s\u3000]+[\d.]+%?\s*\n){4}", t, re.M)]
if not table: err("letters", "no letter with a table-like list of figures")
kinds = {}
for f, t in letters.items():
    m = re.search(r"第[0-9０-９]+[号號](提案|建议|建議|代表书面意见)", t)
    kinds[f] = {"建議": "建议", "代表书面意见": "建议"}.get(m.group(1), m.group(1)) if m else None
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
    if not re.fullmatch(rf"q20-{typ}-\d\d", i): err(i, "id does not match q20-<type>-NN")
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
        present, absent = TRAPS[i]
        for s in present:
            if not inside(s, nl[0]): err(i, f"trap fact {s!r} not in {nl[0]}")
        for s in absent:
            if inside(s, nl[0]): err(i, f"{nl[0]} contains {s!r}: the letter may answer the question")
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
# the sets written before this one (qa19, qa20 and fields10 were written side by side in one
# session, so each names places the others avoided; later sets may name this one's)
EARLIER = ("commit10","commit11","commit12","commit4","commit5","commit6","commit7","commit8","commit9","fields4","fields5","fields6","fields7","fields8","fields9","qa10","qa11","qa12","qa13","qa14","qa15","qa16","qa17","qa18","qa7","qa8","qa9")
others = [r for r in (os.path.join(HERE, "..", e, "README.md") for e in EARLIER) if os.path.exists(r)]
top = os.path.join(HERE, "..", "README.md")
if os.path.exists(top): others.append(top)
if others:
    text = "".join(open(r, encoding="utf-8").read() for r in others)
    for s in SETTINGS + QUESTION_ONLY:
        if s in text: err("settings", f"{s} is named in an earlier README")
    print(f"settings checked against {len(others)} other READMEs")
else:
    print("settings not checked (no other made_up READMEs beside this folder)")
for s in SETTINGS:
    if not any(s in t for t in letters.values()): err("settings", f"{s} listed but in no letter")

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {dict(near_lang)}; colloquial zh {colloquial}")
print("asks:", dict(asks))
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("longest run shared by a Chinese question and its reference:", max(overlap.values()) if overlap else 0)
print("body characters (no whitespace):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("letters with a metadata block:", [f[4:6] for f in meta], sorted(shapes))
print("jointly signed:", [f[4:6] for f in joint], "; co-handling:", [f[4:6] for f in cohandle],
      "; negative reply:", [f[4:6] for f in negative], "; table of figures:", [f[4:6] for f in table])
print("township:", [f[4:6] for f in township], "; ministry/province:", [f[4:6] for f in high],
      "; traditional:", [f[4:6] for f in trad])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
