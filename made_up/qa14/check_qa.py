#!/usr/bin/env python3
"""Check qa14.jsonl against the letters in letters/ (adapted from made_up/qa13/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q14-<type>-NN;
  * fields per type (answerable flag, gold_file / gold_files_any, reference, turns, tags);
  * every must_include_any alternative and every reference occurs verbatim in the gold letter
    (multi_letter: each alternative in at least one listed letter, and each listed letter holds
    at least one alternative);
  * no alternative that begins or ends with a digit sits only inside a longer number in its
    gold letter (e.g. "2元" only inside "12元");
  * gold_section_keywords all occur in the numbered heading (一、二、…) that sits above the
    reference; [] for letters without such headings and for metadata questions;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 35 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2 turns each),
    25 unanswerable, all near-topic (15 zh + 10 en); at least half of the zh questions colloquial;
    metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions and at least two near-topic traps;
  * multi_letter themes: the listed letters are exactly the letters that contain the theme's
    defining word(s) (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 900-2200 Chinese characters,
    exactly 4 without numbered headings, at least 3 with a portal metadata block (索引号),
    at least one jointly signed (two issuers on the sign-off line), both 提案 and 建议 present;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa14.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 35, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 25}
NEAR_LANG = {"zh": 15, "en": 10}

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q14-unanswerable-01": (["人身意外伤害保险", "600元"], ["保费", "保额", "保险金额"]),
    "q14-unanswerable-02": (["41.3万人次", "免费向公众开放"], ["门票", "票价", "元/人"]),
    "q14-unanswerable-03": (["6340万元", "河曲县83名"], ["河曲县安排", "河曲县项目资金", "河曲县获得"]),
    "q14-unanswerable-04": (["每年2000元", "每村每年5000元", "每次不少于半天"], ["每次补助", "每次补贴", "每次服务补"]),
    "q14-unanswerable-05": (["3860名律师", "每人1000元奖励"], ["吉安市共有", "吉安市配备", "吉安市现有"]),
    "q14-unanswerable-06": (["1.38万件", "2020年"], ["2019年，全省村", "2019年全省村", "2019年共"]),
    "q14-unanswerable-07": (["450万元", "300台"], ["每台", "单价", "元/台"]),
    "q14-unanswerable-08": (["4至6分钟", "抢救成功率"], ["成功率为", "成功率达到", "存活率", "生存率"]),
    "q14-unanswerable-09": (["24小时急救电话", "步行3分钟可及"], ["分钟内到达", "平均反应时间", "到达现场"]),
    "q14-unanswerable-10": (["186吨", "2300万元"], ["每斤", "元/斤", "每公斤", "元/公斤"]),
    "q14-unanswerable-11": (["1460户", "火烧店镇"], ["火烧店镇有", "火烧店镇共有", "火烧店镇养蜂户"]),
    "q14-unanswerable-12": (["68.4万人次", "约25万元"], ["每人每天", "元/人", "收费标准"]),
    "q14-unanswerable-13": (["318名", "500名"], ["工资", "报酬", "薪酬", "课酬"]),
    "q14-unanswerable-14": (["尼山", "研学线路"], ["门票", "半价", "三孔"]),
    "q14-unanswerable-15": (["217起", "首次教育、再次处罚"], ["罚款", "元以下", "元的罚"]),
    "q14-unanswerable-16": (["犬只", "榕城养犬"], ["猫"]),
    "q14-unanswerable-17": (["540只", "经公示后被领养"], ["领养费", "免费领养", "领养需"]),
    "q14-unanswerable-18": (["每晚7点至10点", "1500元"], ["免费", "收费"]),
    "q14-unanswerable-19": (["11.6万元", "16支村队"], ["奖金", "奖励冠军"]),
    "q14-unanswerable-20": (["0.7平方米", "免费提供墓穴"], ["每个墓穴", "墓穴价格", "元/个", "墓穴售价"]),
    "q14-unanswerable-21": (["4.2万个", "1.56万具"], ["安葬人数", "已安葬", "入葬", "落葬"]),
    "q14-unanswerable-22": (["14家", "门店租金上涨"], ["租金为", "月租", "每平方米"]),
    "q14-unanswerable-23": (["11家", "36家", "42名"], ["从业人员", "职工", "员工"]),
    "q14-unanswerable-24": (["5万元", "县财政出资"], ["保费"]),
    "q14-unanswerable-25": (["500年以上", "186株"], ["最古老", "树龄最长", "千年", "最老"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q14-multi_letter-01": ["保险"],
    "q14-multi_letter-02": ["二维码", "小程序"],
    "q14-multi_letter-03": ["志愿"],
    "q14-multi_letter-04": ["无人机"],
    "q14-multi_letter-05": ["非遗", "非物质文化遗产"],
    "q14-multi_letter-06": ["中小学", "小学"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

letters = {f: open(os.path.join(LET, f), encoding="utf-8").read()
           for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
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

# ---- letters ----
body_len = {}
joint = []
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委员会|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    han = len(HAN.findall(body))
    body_len[f] = han
    if not 900 <= han <= 2200: err(f, f"body has {han} Chinese characters, outside 900-2200")
    signoff = lines[dat[-1] - 1].strip()
    if len(re.findall(r"(局|委员会|政府|厅)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) != 4: err("letters", f"{len(no_heads)} letters without numbered headings (want 4)")
meta = [f for f, t in letters.items() if "索引号" in t.replace(" ", "")]
if len(meta) < 3: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want >= 3)")
if not joint: err("letters", "no jointly signed letter")
kinds = {}
for f, t in letters.items():
    m = re.search(r"第[0-9０-９]+号(提案|建议)", t)
    kinds[f] = m.group(1) if m else None
    if not m: err(f, "cannot tell 提案 from 建议")
kind_count = Counter(kinds.values())
if kind_count["提案"] < 3 or kind_count["建议"] < 3: err("letters", f"kinds {dict(kind_count)} (want both 提案 and 建议)")

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
lang_by_type = Counter(); near_cov = Counter()
for d in rows:
    i = d.get("id", "?")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    typ = d.get("type")
    if typ not in TYPES: err(i, f"bad type {typ}"); continue
    counts[typ] += 1
    if not re.fullmatch(rf"q14-{typ}-\d\d", i): err(i, "id does not match q14-<type>-NN")
    has_q, has_t = "question" in d, "turns" in d
    if typ == "multi_turn":
        if not has_t or not isinstance(d["turns"], list) or len(d["turns"]) != 2:
            err(i, "multi_turn needs exactly 2 turns")
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
        for k in ("gold_file", "reference", "gold_files_any", "min_distinct_letters", "gold_section_keywords"):
            if k in d: err(i, f"unanswerable must not have {k}")
        if "near-topic" not in tags: err(i, "unanswerable needs tag near-topic"); continue
        near_lang[lang] += 1
        nl = [t[5:] for t in tags if t.startswith("near:")]
        if len(nl) != 1 or nl[0] not in letters:
            err(i, "near-topic needs one near:<letter> tag naming a letter"); continue
        near_cov[nl[0]] += 1
        if i not in TRAPS: err(i, "near-topic question has no TRAPS entry"); continue
        present, absent = TRAPS[i]
        t = letters[nl[0]]
        for s in present:
            if s not in t: err(i, f"trap fact {s!r} not in {nl[0]}")
        for s in absent:
            if s in t: err(i, f"{nl[0]} contains {s!r}: the letter may answer the question")
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
        texts = {f: letters[f] for f in files if f in letters}
        for g in must:
            for a in g:
                if not any(a in t for t in texts.values()): err(i, f"alternative {a!r} not in any gold letter")
        for f, t in texts.items():
            if not any(a in t for g in must for a in g): err(i, f"listed letter {f} holds none of the alternatives")
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
            if a not in t: err(i, f"alternative {a!r} not verbatim in {f}")
            elif only_inside_longer_number(a, t): err(i, f"alternative {a!r} occurs in {f} only inside a longer number")
    ref = d.get("reference")
    if not ref: err(i, "reference missing"); continue
    pos = t.find(ref)
    if pos < 0: err(i, f"reference not verbatim in {f}"); continue
    if not any(a in ref for a in must[0]) and typ != "metadata":
        err(i, "reference holds none of the first group's alternatives")
    kws = d.get("gold_section_keywords")
    if not isinstance(kws, list): err(i, "gold_section_keywords missing"); continue
    has_heads = bool(headings(t))
    if typ == "metadata":
        if "metadata" not in tags: err(i, "metadata question needs tag metadata")
        if kws: err(i, "metadata questions use []")
    else:
        if has_heads and not kws: err(i, f"{f} has headings: gold_section_keywords must be filled")
        if not has_heads and kws: err(i, f"{f} has no headings: gold_section_keywords must be []")
        if kws:
            sec = section_of(t, pos)
            if sec is None: err(i, "reference sits above the first heading")
            else:
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
    if near_cov[f] < 2: err("mix", f"{f} has fewer than two near-topic unanswerable questions")

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {dict(near_lang)}; colloquial zh {colloquial}")
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("body Chinese characters:", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("letters with a metadata block:", [f[4:6] for f in meta], "; jointly signed:", [f[4:6] for f in joint])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
