#!/usr/bin/env python3
"""Check qa13.jsonl against the letters in letters/ (adapted from made_up/qa12/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q13-<type>-NN;
  * fields per type (answerable flag, gold_file / gold_files_any, reference, turns, tags);
  * every must_include_any alternative and every reference occurs verbatim in the gold letter
    (multi_letter: each alternative in at least one listed letter, and each listed letter holds
    at least one alternative);
  * gold_section_keywords all occur in the numbered heading (一、二、…) that sits above the
    reference; [] for letters without such headings and for metadata questions;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 26 zh, 20 en, 8 metadata, 8 multi_letter, 8 multi_turn (2 turns each),
    30 unanswerable = 24 near-topic (14 zh + 10 en) + 6 off-topic (3 zh + 3 en);
    about half of the zh questions colloquial; metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 3 answerable single-letter questions and at least one near-topic trap;
  * letters: 10 of them, body (salutation to date line) 900-2500 Chinese characters,
    4-5 without numbered headings, at least one co-handling opinion (协办意见/会办意见),
    both 提案 and 建议 present;
  * near-topic traps: for each near-topic question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT (ABSENT).
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa13.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 26, "en": 20, "metadata": 8, "multi_turn": 8, "multi_letter": 8, "unanswerable": 30}
NEAR_LANG = {"zh": 14, "en": 10}
OFF_LANG = {"zh": 3, "en": 3}

# near-topic traps: (neighbouring fact present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q13-unanswerable-01": (["3.86亿元", "23.7亿元"], ["2022年下达", "2022年安排湘西"]),
    "q13-unanswerable-02": (["4620个", "8个县市"], ["花垣"]),
    "q13-unanswerable-03": (["78.3%", "低于全国平均水平"], ["全国平均为", "全国平均水平为", "个百分点"]),
    "q13-unanswerable-04": (["18万元", "600元"], ["运营费用", "运行费用", "运维费用"]),
    "q13-unanswerable-05": (["500元", "1200元"], ["工资", "月薪", "薪酬"]),
    "q13-unanswerable-06": (["30元", "11.4万人"], ["赔付", "最高赔", "保险金额", "保额"]),
    "q13-unanswerable-07": (["46辆", "176个"], ["呼伦贝尔市配备", "呼伦贝尔市试点配备"]),
    "q13-unanswerable-08": (["1000元", "1200元"], ["工资", "月收入", "月薪"]),
    "q13-unanswerable-09": (["2150个", "45岁以上", "1.3万人"], ["其中45岁以上的", "安置45岁以上搬迁劳动力"]),
    "q13-unanswerable-10": (["47个", "41个"], ["碧江"]),
    "q13-unanswerable-11": (["1200元", "每亩100元"], ["梭梭造林每亩", "每亩梭梭"]),
    "q13-unanswerable-12": (["61%", "78%"], ["2011年"]),
    "q13-unanswerable-13": (["1600元"], ["公斤", "每斤", "千克"]),
    "q13-unanswerable-14": (["28元", "19元"], ["2015年"]),
    "q13-unanswerable-15": (["623万元", "每亩4元"], ["保险公司", "人保", "财险"]),
    "q13-unanswerable-16": (["30%", "410台"], ["每台"]),
    "q13-unanswerable-17": (["1460人次", "免费"], ["每次收费", "元/次", "每次"]),
    "q13-unanswerable-18": (["3000元", "600张"], ["每月收费", "月费", "每月缴纳"]),
    "q13-unanswerable-19": (["每车次2元", "140个"], ["租金", "摊位费"]),
    "q13-unanswerable-20": (["9起"], ["2012年赶场日", "2012年共发生"]),
    "q13-unanswerable-21": (["11种", "候鸟"], ["种鸟", "鸟类"]),
    "q13-unanswerable-22": (["1380万元", "2750万元"], ["2015年市本级", "2015年投入"]),
    "q13-unanswerable-23": (["28亿元", "2000元"], ["每台", "元/台", "售价"]),
    "q13-unanswerable-24": (["明码标价", "98.8%"], ["每斤", "元/斤", "售价"]),
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

# ---- letters ----
body_len = {}
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委员会|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    han = len(HAN.findall(body))
    body_len[f] = han
    if not 900 <= han <= 2500: err(f, f"body has {han} Chinese characters, outside 900-2500")
no_heads = [f for f, t in letters.items() if not headings(t)]
if not 4 <= len(no_heads) <= 5: err("letters", f"{len(no_heads)} letters without numbered headings (want 4-5)")
if not any(re.search(r"(协办|会办)意见", t) for t in letters.values()): err("letters", "no co-handling opinion")
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

seen = set(); counts = Counter(); near_lang = Counter(); off_lang = Counter(); colloquial = 0
lang_by_type = Counter(); near_cov = Counter()
for d in rows:
    i = d.get("id", "?")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    typ = d.get("type")
    if typ not in TYPES: err(i, f"bad type {typ}"); continue
    counts[typ] += 1
    if not re.fullmatch(rf"q13-{typ}-\d\d", i): err(i, "id does not match q13-<type>-NN")
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
        if "off-topic" in tags:
            off_lang[lang] += 1
            if i in TRAPS: err(i, "off-topic question has a trap entry")
        elif "near-topic" in tags:
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
        else: err(i, "unanswerable needs tag near-topic or off-topic")
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
        continue

    f = d.get("gold_file")
    if f not in letters: err(i, f"gold_file {f} unknown"); continue
    t = letters[f]
    for g in must:
        for a in g:
            if a not in t: err(i, f"alternative {a!r} not verbatim in {f}")
    ref = d.get("reference")
    if not ref: err(i, "reference missing"); continue
    pos = t.find(ref)
    if pos < 0: err(i, f"reference not verbatim in {f}"); continue
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
if dict(off_lang) != OFF_LANG: err("mix", f"off-topic languages {dict(off_lang)} (want {OFF_LANG})")
if not 10 <= colloquial <= 16: err("mix", f"colloquial zh {colloquial} (want about half of 26)")
for typ in ("multi_turn", "multi_letter", "metadata"):
    if lang_by_type[(typ, "zh")] == 0 or lang_by_type[(typ, "en")] == 0: err("mix", f"{typ} should mix Chinese and English")
cov = Counter(d.get("gold_file") for d in rows if d.get("type") in ("zh", "en", "metadata", "multi_turn"))
for f in letters:
    if cov[f] < 3: err("mix", f"{f} has only {cov[f]} answerable single-letter questions")
    if near_cov[f] < 1: err("mix", f"{f} has no near-topic unanswerable question")

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {dict(near_lang)}, off-topic {dict(off_lang)}; colloquial zh {colloquial}")
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("body Chinese characters:", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
