#!/usr/bin/env python3
"""Check qa18.jsonl against the letters in letters/ (adapted from made_up/qa17/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q18-<type>-NN;
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
    3 different shapes (pipe table, label：value lines, two label：value pairs per line), at least one
    jointly signed (two issuers on the sign-off line), one negative reply (most of the body explains
    why the requests cannot be met), one with a table-like list of figures, both 提案 and 建议, years
    spread;
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
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa18.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings: none may be named in an earlier set's README
SETTINGS = ["东兴", "北仑河", "浏阳", "大瑶", "金刚镇", "澄潭江", "文家市", "莆田", "湄洲", "文甲", "忠门",
            "东阿", "牛角店", "姚寨", "聊城", "派潭", "增城", "章丘", "绣惠", "宁家埠", "枣园", "平遥", "岳西",
            "主簿", "包家", "敦煌", "鸣沙山", "月牙泉", "荆州", "长湖", "沙市", "公安县",
            # topics no earlier README names
            "互市", "烟花爆竹", "妈祖", "毛驴", "荔枝", "大葱", "骆驼", "龙舟",
            # invented people and document-number prefixes that must not collide with earlier sets either
            "黄秋莲", "谭湘宁", "龙建平", "曹志勇", "林秀珠", "方德明", "刘振东", "孟庆华", "钟伟强", "黎永明",
            "赵文娟", "高明亮", "乔志刚", "雷宏斌", "王德胜", "储国庆", "汪志红", "刘少华", "何建军", "邹春林",
            "覃丽娟", "署监函", "湘应急函", "东农提复", "章农提复", "岳交函", "荆体函"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q18-unanswerable-01": (["2018年，东兴互市贸易区边民互市进出口额98.6亿元"], ["2019年上半年", "2019年1", "2019年，东兴"]),
    "q18-unanswerable-02": (["边民互助组146个", "参与互市的边民约3.2万人"], ["每个互助组由", "名边民组成", "户边民"]),
    "q18-unanswerable-03": (["8000元以下的部分免征进口关税"], ["减免税款", "免税金额", "少征"]),
    "q18-unanswerable-04": (["补助资金8600万元", "用于上述四个主产镇的企业改造"], ["其中大瑶镇", "大瑶镇补助", "大瑶镇获得"]),
    "q18-unanswerable-05": (["共有烟花爆竹生产企业391家"], ["官渡"]),
    "q18-unanswerable-06": (["未发生较大以上生产安全事故"], ["一般事故", "起事故", "发生事故"]),
    "q18-unanswerable-07": (["客渡船14艘", "平日每20分钟发一班"], ["票价", "元/人", "每张"]),
    "q18-unanswerable-08": (["单日运送旅客约3.1万人次"], ["2022年4月", "2022年高峰", "去年高峰"]),
    "q18-unanswerable-09": (["研究在高峰日实行上岛游客总量控制"], ["人次以内", "上限为", "不超过"]),
    "q18-unanswerable-10": (["县内阿胶企业与86户养殖户签订了订单收购协议"], ["收购价", "元/头", "每头收购"]),
    "q18-unanswerable-11": (["全县毛驴存栏2.3万头", "主要分布在牛角店镇、姚寨镇"], ["牛角店镇存栏", "其中牛角店", "牛角店镇有"]),
    "q18-unanswerable-12": (["2020年共承保母驴5200头"], ["2021年共承保", "2021年承保"]),
    "q18-unanswerable-13": (["全镇产量约9200吨，比上年增加四成以上"], ["2017年产量", "2017年荔枝", "去年产量"]),
    "q18-unanswerable-14": (["总库容600吨", "优先供本镇果农和合作社使用"], ["收费", "元/吨", "每吨"]),
    "q18-unanswerable-15": (["收购价一度走低"], ["元/斤", "每斤"]),
    "q18-unanswerable-16": (["其中核心产区3.1万亩，主要分布在绣惠街道、宁家埠街道和枣园街道"], ["绣惠街道种植", "其中绣惠", "绣惠街道大葱"]),
    "q18-unanswerable-17": (["2023年，全区大葱种植面积12.5万亩"], ["2022年，全区", "2022年种植", "2022年全区"]),
    "q18-unanswerable-18": (["计划2025年在绣惠街道建设大葱产地交易市场"], ["万元", "亿元", "投资"]),
    "q18-unanswerable-19": (["修缮审批和补助不属于我局职责"], ["每处补助", "元/平方米", "补助标准"]),
    "q18-unanswerable-20": (["完成了21处文物保护单位民居院落的屋面和墙体修缮"], ["2016年完成", "2016年修缮", "今年已完成"]),
    "q18-unanswerable-21": (["我局还将于2017年向国家文物局申报", "省级文物保护专项资金1200万元"], ["拟申报资金", "申请资金", "亿元"]),
    "q18-unanswerable-22": (["投放7座小型客车2台"], ["票价为", "元/人", "每人每次"]),
    "q18-unanswerable-23": (["拓宽至6.5米"], ["万元", "亿元", "投资"]),
    "q18-unanswerable-24": (["该路段尚未列入“十三五”农村公路建设计划"], ["计划于", "年内完成拓宽", "开工"]),
    "q18-unanswerable-25": (["2012年骑乘游客约68万人次"], ["2013年骑乘", "2013年上半年", "2013年1"]),
    "q18-unanswerable-26": (["养驼户约410户", "每人次100元"], ["年收入", "户均收入", "每户每年"]),
    "q18-unanswerable-27": (["景区参与经营的骆驼约2400峰"], ["雅丹"]),
    "q18-unanswerable-28": (["龙舟队有186支，主要分布在荆州区、沙市区和公安县"], ["公安县有", "其中公安县", "公安县登记"]),
    "q18-unanswerable-29": (["参赛队伍32支", "每支给予2万元参赛补助"], ["奖金", "冠军", "万元奖励"]),
    "q18-unanswerable-30": (["在长湖建成龙舟训练码头1座"], ["投资", "造价", "亿元"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q18-multi_letter-01": ["保险"],
    "q18-multi_letter-02": ["直播"],
    "q18-multi_letter-03": ["春节"],
    "q18-multi_letter-04": ["大学", "科学院"],
    "q18-multi_letter-05": ["消防"],
    "q18-multi_letter-06": ["二维码"],
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
    y = lines[dat[-1]].strip()[:4]
    years[f] = y.translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    signoff = lines[dat[-1] - 1].strip()
    if len(re.findall(r"(局|委员会|政府|厅|联合会)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    # negative reply: at least three refusals ("无法采纳", "无法作出", "超出…职权", "不能") in the body
    if len(re.findall(r"无法采纳|无法作出|超出我局职权|不能采纳|无权|不属于", body)) >= 3:
        one_para.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
meta = [f for f, t in letters.items() if "索引号" in norm(t)]
if len(meta) < 3: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want >= 3)")
shapes = set()
for f in meta:
    t = letters[f]
    if re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes.add("pipe-table")
    elif re.search(r"^•\s*索引号\s*$", t, re.M): shapes.add("bullets-label-over-value")
    elif re.search(r"^索引号：[^：]+$", t, re.M) and re.search(r"^发布机构：", t, re.M): shapes.add("label-value-lines")
    elif re.search(r"^索引号：\S+[ \u3000]{2,}发布机构：", t, re.M): shapes.add("two-pairs-per-line")
    else: shapes.add("other:" + f)
if len(shapes) < 3: err("letters", f"metadata blocks in {len(shapes)} shapes {sorted(shapes)} (want 3)")
if not joint: err("letters", "no jointly signed letter")
cohandle = [f for f, t in letters.items() if re.search(r"(会办|协办)意见", t.split("\n")[0])]
if not cohandle: err("letters", "no co-handling opinion (会办意见 / 协办意见 in the title)")
if not one_para: err("letters", "no negative reply (three or more refusals in the body)")
# a table-like list of figures: at least 4 consecutive lines of a name followed by 3 numbers
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
lang_by_type = Counter(); near_cov = Counter(); asks = Counter()
for d in rows:
    i = d.get("id", "?")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    typ = d.get("type")
    if typ not in TYPES: err(i, f"bad type {typ}"); continue
    counts[typ] += 1
    if not re.fullmatch(rf"q18-{typ}-\d\d", i): err(i, "id does not match q18-<type>-NN")
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
print("jointly signed:", [f[4:6] for f in joint], "; negative reply:", [f[4:6] for f in one_para], "; table of figures:", [f[4:6] for f in table])
print("co-handling opinion:", [f[4:6] for f in cohandle])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
