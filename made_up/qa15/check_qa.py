#!/usr/bin/env python3
"""Check qa15.jsonl against the letters in letters/ (adapted from made_up/qa14/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q15-<type>-NN;
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
  * the question mix: 30 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2 turns each),
    30 unanswerable, all near-topic (20 zh + 10 en); at least half of the zh questions colloquial;
    metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions and at least two near-topic traps;
  * multi_letter themes: the listed letters are exactly the letters that contain the theme's
    defining word(s) (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 900-2200 Chinese characters,
    at least 4 without numbered headings, at least 3 with a portal metadata block (索引号),
    at least one jointly signed (two issuers on the sign-off line), at least one traditional-character
    page, both 提案 and 建议 present;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT;
  * settings: when the set sits in made_up/qa15/, none of the SETTINGS names occurs in another
    made_up/*/README.md (skipped when those READMEs are not beside this folder).
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa15.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = re.compile(r"[縣會號們與關於對這區財業發項辦]")

# real places used as settings: none may be named in an earlier set's README
SETTINGS = ["红安", "麻城", "罗田", "英山", "百色", "河池", "崇左", "南充", "顺庆", "高坪", "舞凤",
            "郎溪", "梅渚", "姚村", "十字镇", "泉州", "丰泽", "泉秀路", "田安路", "光山", "泼陂河",
            "霸州", "胜芳", "南孟", "泰州", "海陵", "姜堰", "兴化", "靖江", "泰兴", "盐亭", "金孔",
            "黄甸", "冷水江", "锡矿山", "渣渡", "毛易", "娄底"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q15-unanswerable-01": (["2021年完成扩建", "1500座"], ["投资", "扩建费用", "扩建资金"]),
    "q15-unanswerable-02": (["年龄偏大", "86名"], ["周岁", "年龄不超过", "年龄在"]),
    "q15-unanswerable-03": (["2021年清明期间", "4.6万人次"], ["2020年清明"]),
    "q15-unanswerable-04": (["1460万元", "5倍"], ["营养", "误餐", "每次献血补"]),
    "q15-unanswerable-05": (["延长节假日服务时间"], ["点至", "时至", "开放时间", "营业时间"]),
    "q15-unanswerable-06": (["流动献血车6辆", "流动献血车增加到5辆"], ["崇左中心血站", "崇左市有", "崇左现有"]),
    "q15-unanswerable-07": (["312万元", "1.86万块"], ["每块", "元/块", "单价"]),
    "q15-unanswerable-08": (["213条", "城北片区"], ["嘉陵"]),
    "q15-unanswerable-09": (["经市政府批准后向社会公告"], ["个工作日", "审批时限", "天内"]),
    "q15-unanswerable-10": (["120万元", "每处奖励200元"], ["每亩"]),
    "q15-unanswerable-11": (["药剂喷洒"], ["草甘膦", "氯氟吡氧乙酸", "甲嘧磺隆", "除草剂"]),
    "q15-unanswerable-12": (["1.26万亩", "造成很大威胁"], ["损失"]),
    "q15-unanswerable-13": (["扣减其信用分", "3.1万辆次"], ["罚款", "元罚", "处以"]),
    "q15-unanswerable-14": (["提高骑行单价"], ["元/次", "每次骑行", "起步价", "元每"]),
    "q15-unanswerable-15": (["3家运营企业"], ["哈啰", "美团", "青桔", "摩拜", "ofo", "有限公司"]),
    "q15-unanswerable-16": (["护水员58名", "18.6万元"], ["每月", "每人每", "元/月"]),
    "q15-unanswerable-17": (["防溺水安全课"], ["游泳课", "游泳培训", "游泳教学"]),
    "q15-unanswerable-18": (["2019年至2022年", "5起"], ["2023年，全镇", "2023年全镇发生", "2023年发生"]),
    "q15-unanswerable-19": (["4.86万件"], ["登记费", "收费", "元/件"]),
    "q15-unanswerable-20": (["在胜芳镇设立不动产登记便民服务点"], ["服务点已办理", "服务点共办理", "服务点办理"]),
    "q15-unanswerable-21": (["胜芳镇18个", "共化解39个项目"], ["胜芳镇已化解", "胜芳镇化解"]),
    "q15-unanswerable-22": (["每套300元", "2960套"], ["每套价格", "元/套", "单价", "每套售价"]),
    "q15-unanswerable-23": (["不少于40分钟", "各小学"], ["初中"]),
    "q15-unanswerable-24": (["在兴化、靖江、泰兴等地新增躺睡学校30所"], ["兴化市现有", "兴化已有", "兴化现有"]),
    "q15-unanswerable-25": (["補貼60%", "自繳40%"], ["每張", "元/張"]),
    "q15-unanswerable-26": (["6.8萬畝"], ["三台"]),
    "q15-unanswerable-27": (["設立蠶桑產業發展基金的建議", "待條件成熟時再作安排"], ["基金規模", "基金總額", "億元基金"]),
    "q15-unanswerable-28": (["门诊治疗费用按70%报销"], ["住院"]),
    "q15-unanswerable-29": (["锡矿山街道社区卫生服务中心", "6400人次"], ["每周一", "每周二", "周一至", "开放时间"]),
    "q15-unanswerable-30": (["312名重症患者免费配发了家用制氧机"], ["每台", "元/台", "单价"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q15-multi_letter-01": ["志愿"],
    "q15-multi_letter-02": ["无人机", "無人機"],
    "q15-multi_letter-03": ["保险", "保險"],
    "q15-multi_letter-04": ["培训", "培訓"],
    "q15-multi_letter-05": ["中小学", "小学", "中小學", "小學"],
    "q15-multi_letter-06": ["考核"],
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
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局)：\s*$", l)]
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
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
meta = [f for f, t in letters.items() if "索引号" in t.replace(" ", "")]
if len(meta) < 3: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want >= 3)")
if not joint: err("letters", "no jointly signed letter")
trad = [f for f, t in letters.items() if len(TRAD.findall(t)) >= 10]
if not trad: err("letters", "no traditional-character page")
kinds = {}
for f, t in letters.items():
    m = re.search(r"第[0-9０-９]+[号號](提案|建议|建議)", t)
    kinds[f] = {"建議": "建议"}.get(m.group(1), m.group(1)) if m else None
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
    if not re.fullmatch(rf"q15-{typ}-\d\d", i): err(i, "id does not match q15-<type>-NN")
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

# ---- settings not used by an earlier set ----
others = [r for r in glob.glob(os.path.join(HERE, "..", "*", "README.md"))
          if os.path.abspath(os.path.dirname(r)) != HERE]
if others:
    text = "".join(open(r, encoding="utf-8").read() for r in others)
    text += open(os.path.join(HERE, "..", "README.md"), encoding="utf-8").read() if os.path.exists(os.path.join(HERE, "..", "README.md")) else ""
    for s in SETTINGS:
        if s in text: err("settings", f"{s} is named in an earlier README")
    print(f"settings checked against {len(others)} other READMEs")
else:
    print("settings not checked (no other made_up READMEs beside this folder)")
TRAD_FORMS = {"盐亭": "鹽亭", "黄甸": "黃甸"}
for s in SETTINGS:
    if not any(s in t or TRAD_FORMS.get(s, s) in t for t in letters.values()): err("settings", f"{s} listed but in no letter")

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {dict(near_lang)}; colloquial zh {colloquial}")
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("body Chinese characters:", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("letters with a metadata block:", [f[4:6] for f in meta], "; jointly signed:", [f[4:6] for f in joint])
print("traditional-character pages:", [f[4:6] for f in trad])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
