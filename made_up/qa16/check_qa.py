#!/usr/bin/env python3
"""Check qa16.jsonl against the letters in letters/ (adapted from made_up/qa15/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q16-<type>-NN;
  * fields per type (answerable flag, gold_file / gold_files_any, reference, turns, tags);
  * every must_include_any alternative and every reference occurs verbatim in the gold letter,
    after NFKC and with whitespace removed (multi_letter: each alternative in at least one listed
    letter, and each listed letter holds at least one alternative);
  * no alternative that begins or ends with a digit sits only inside a longer number in its
    gold letter (e.g. "2元" only inside "12元");
  * the reference of an answerable single-letter question holds an alternative of the first group
    (metadata: the reference is a verbatim line of the letter);
  * gold_section_keywords all occur in the numbered heading (一、二、…) that sits above the
    reference; [] for letters without such headings and for metadata questions;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 30 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2-3 turns each),
    30 unanswerable, all near-topic (20 zh + 10 en); at least half of the zh questions colloquial;
    metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions and at least two near-topic traps;
  * multi_letter themes: the listed letters are exactly the letters that contain the theme's
    defining word(s) (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 600-1500 characters without whitespace,
    at least 4 without numbered headings, at least 3 with a portal metadata block (索引号) in
    3 different shapes, at least one jointly signed (two issuers on the sign-off line), one whose
    body is a single long paragraph with 一是/二是 inline, both 提案 and 建议, years spread;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT;
  * settings: none of the SETTINGS names occurs in another made_up/*/README.md or in
    made_up/README.md (skipped when those READMEs are not beside this folder), and each is in a letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, glob, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa16.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings: none may be named in an earlier set's README
SETTINGS = ["凉山", "昭觉", "布拖", "美姑", "毕节", "黔西南", "威宁", "晴隆", "绵阳", "涪城", "游仙",
            "西峡", "丁河", "双龙镇", "西坪", "寿县", "安丰塘", "商丘", "睢阳", "梁园", "浦江", "黄宅",
            "郑宅", "浦阳", "仙华", "石家庄", "裕华", "槐底", "东苑", "裕西公园", "长江道", "东营",
            "垦利", "利津", "广饶", "鄱阳",
            # invented names that must not collide with earlier sets either
            "新塘村", "丰安村", "环塘公路", "蜀声", "黔薪安", "伏牛菇业", "清音环境", "黄蓝热电", "鄱湖市政",
            "仁和康复", "星语课堂", "银发守护"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q16-unanswerable-01": (["86.2%", "昭觉、布拖、美姑"], ["西昌"]),
    "q16-unanswerable-02": (["312名", "每套终端每年180元"], ["每月", "元/月", "每人每"]),
    "q16-unanswerable-03": (["2019年汛期", "1320条次", "2018年12月"], ["2018年汛期"]),
    "q16-unanswerable-04": (["5.86亿元", "威宁县排查在建项目214个"], ["威宁县追回", "威宁县为"]),
    "q16-unanswerable-05": (["省级层面暂不单独设立"], ["周转金规模", "周转金总额", "亿元周转金", "万元周转金"]),
    "q16-unanswerable-06": (["2964件", "2020年"], ["2019年"]),
    "q16-unanswerable-07": (["基准价为32元", "412家"], ["非学科类培训机构收费", "非学科类收费", "每课时收费上限"]),
    "q16-unanswerable-08": (["1126家", "93家"], ["德阳"]),
    "q16-unanswerable-09": (["本市3家银行"], ["银行股份有限公司", "商业银行", "农商银行", "工商银行", "建设银行", "农业银行", "中国银行"]),
    "q16-unanswerable-10": (["每袋2.6元"], ["每斤", "元/斤", "收购价", "元/公斤"]),
    "q16-unanswerable-11": (["定期组织技术人员", "每月抽检1次"], ["巡回指导每", "每月开展巡回", "每季度", "每周"]),
    "q16-unanswerable-12": (["香菇专业合作社86家", "双龙镇"], ["双龙镇有", "双龙镇共", "双龙镇已发展"]),
    "q16-unanswerable-13": (["投资约180万元", "建设用地6亩"], ["镇政府出资", "镇财政投入", "镇政府投资"]),
    "q16-unanswerable-14": (["烘干机达到12台"], ["牌", "型号"]),
    "q16-unanswerable-15": (["差额部分由镇政府补给合作社"], ["补贴资金共", "差额资金", "共补贴"]),
    "q16-unanswerable-16": (["开设孤独症康复部", "韩晓冬"], ["负责人", "主任"]),
    "q16-unanswerable-17": (["2023年全市共救助孤独症儿童1146名", "自2022年起"], ["2022年全市共救助", "2022年救助"]),
    "q16-unanswerable-18": (["2025年起每年对18至36月龄儿童筛查不少于3万人"], ["2024年筛查", "已筛查", "2024年共筛查"]),
    "q16-unanswerable-19": (["每村1名"], ["补贴", "补助", "元/月"]),
    "q16-unanswerable-20": (["796万元", "避免群众损失1127万元"], ["2023年上半年，全县老年人", "2023年1月至6月，老年人"]),
    "q16-unanswerable-21": (["国家反诈中心APP", "自愿安装"], ["有限公司", "软件名称"]),
    "q16-unanswerable-22": (["暂扣音响设备5套", "60分贝"], ["罚款", "元以下", "处以"]),
    "q16-unanswerable-23": (["1472件"], ["长安区"]),
    "q16-unanswerable-24": (["2018年1月至6月，三部门联合执法43次"], ["2018年上半年", "2018年1月至6月，共受理"]),
    "q16-unanswerable-25": (["累计改良盐碱地20万亩"], ["截至2012年", "已累计改良"]),
    "q16-unanswerable-26": (["亩均纯收入比改良前增加1100元"], ["造价", "每亩投资", "建设成本"]),
    "q16-unanswerable-27": (["脱硫石膏改良试验", "2011年在垦利县"], ["年开始脱硫石膏", "年起与山东农业大学", "年与山东农业大学"]),
    "q16-unanswerable-28": (["过街语音提示装置60套"], ["每套", "元/套", "单价"]),
    "q16-unanswerable-29": (["提出整改意见94条", "已整改81条"], ["未整改的原因", "尚未整改是因为", "未整改是因为"]),
    "q16-unanswerable-30": (["32家单位完成无障碍卫生间", "860万元"], ["卫生间改造投入", "卫生间改造资金", "卫生间改造共投入"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q16-multi_letter-01": ["银行"],
    "q16-multi_letter-02": ["黑名单"],
    "q16-multi_letter-03": ["热线"],
    "q16-multi_letter-04": ["志愿"],
    "q16-multi_letter-05": ["合作社"],
    "q16-multi_letter-06": ["每季度"],
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


# ---- letters ----
body_len = {}
joint = []
one_para = []
years = {}
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局|总支)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    if not 600 <= n <= 1500: err(f, f"body has {n} characters, outside 600-1500")
    years[f] = lines[dat[-1]].strip()[:4]
    signoff = lines[dat[-1] - 1].strip()
    if len(re.findall(r"(局|委员会|政府|厅|联合会)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    for l in lines[sal[0] + 1:dat[-1]]:
        if len(HAN.findall(l)) >= 400 and "一是" in l and "二是" in l and "三是" in l:
            one_para.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
meta = [f for f, t in letters.items() if "索引号" in norm(t)]
if len(meta) < 3: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want >= 3)")
shapes = set()
for f in meta:
    t = letters[f]
    if re.search(r"^索\s*引\s*号\s*\|", t, re.M): shapes.add("pipe-table")
    elif re.search(r"^索引号\s*$", t, re.M): shapes.add("label-over-value")
    elif re.search(r"^索引号：.+文\s*号：", t, re.M): shapes.add("one-line")
    else: shapes.add("other:" + f)
if len(shapes) < 3: err("letters", f"metadata blocks in {len(shapes)} shapes {sorted(shapes)} (want 3)")
if not joint: err("letters", "no jointly signed letter")
if not one_para: err("letters", "no letter whose body is one long paragraph with 一是/二是/三是 inline")
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
lang_by_type = Counter(); near_cov = Counter(); asks = Counter()
for d in rows:
    i = d.get("id", "?")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    typ = d.get("type")
    if typ not in TYPES: err(i, f"bad type {typ}"); continue
    counts[typ] += 1
    if not re.fullmatch(rf"q16-{typ}-\d\d", i): err(i, "id does not match q16-<type>-NN")
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
    elif not any(norm(a) in norm(ref) for a in must[0]):
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
top = os.path.join(HERE, "..", "README.md")
if os.path.exists(top): others.append(top)
if others:
    text = "".join(open(r, encoding="utf-8").read() for r in others)
    for s in SETTINGS:
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
print("body characters (no whitespace):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("letters with a metadata block:", [f[4:6] for f in meta], sorted(shapes))
print("jointly signed:", [f[4:6] for f in joint], "; one-paragraph body:", [f[4:6] for f in one_para])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
