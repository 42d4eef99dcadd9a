#!/usr/bin/env python3
"""Check qa17.jsonl against the letters in letters/ (adapted from made_up/qa16/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q17-<type>-NN;
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
    3 different shapes (pipe table, label：value lines, bullets with label over value), at least one
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
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa17.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings: none may be named in an earlier set's README
SETTINGS = ["阿克苏", "温宿", "乌什", "齐齐哈尔", "绥化", "佳木斯", "宜兴", "丁蜀", "习水", "赤水河",
            "醒民", "隆兴", "同民", "大理", "喜洲", "周城", "成都", "成华", "猛追湾", "建设路", "二仙桥",
            "自贡", "沿滩", "吉林市", "蛟河", "桦甸", "蓝莓", "林蛙", "饶河", "四排", "康定", "塔公", "新都桥",
            # invented people and names that must not collide with earlier sets either
            "阿依古丽", "周振国", "韩立军", "蒋红英", "邵建伟", "储晓芬", "王永贵", "罗志明", "杨丽华", "段志华",
            "罗晓蕾", "魏晓东", "吴志坚", "李国强", "邓文华", "孙宝山", "郑德林", "姜海燕", "尤秀芝", "付海波",
            "泽仁卓玛", "益西曲珍", "体群字", "黑农厅提复", "习农提复", "成华商提复", "自经信提复", "吉市林建复",
            "饶文体提复"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q17-unanswerable-01": (["2018年，温宿县、乌什县各新建乡镇全民健身中心1个"], ["2019年新建", "2019年，温宿", "2019年，全地区"]),
    "q17-unanswerable-02": (["设9个大项", "参赛运动员1460名"], ["金牌", "奖牌", "获奖"]),
    "q17-unanswerable-03": (["4260万元"], ["和田"]),
    "q17-unanswerable-04": (["每亩补贴40元", "按7:3分担"], ["补贴资金共", "共发放", "亿元"]),
    "q17-unanswerable-05": (["2座秸秆热电联产项目", "年消纳秸秆约65万吨"], ["千瓦时", "度电", "发电量", "装机"]),
    "q17-unanswerable-06": (["齐齐哈尔市　1486　　　　1338　　　90.0%", "比2019年提高3.4个百分点"], ["2019年齐齐哈尔", "齐齐哈尔市2019"]),
    "q17-unanswerable-07": (["市级以上代表性传承人43名"], ["补贴", "补助"]),
    "q17-unanswerable-08": (["我们定期组织传承人", "每季度开展一次紫砂市场联合检查"], ["每月组织传承人", "每年组织传承人", "每季度组织传承人"]),
    "q17-unanswerable-09": (["覆盖在售作品约14.6万件"], ["元/把", "每把", "均价", "售价"]),
    "q17-unanswerable-10": (["涉及渔民203户512人", "醒民镇、隆兴镇和同民镇"], ["醒民镇有", "醒民镇共", "其中醒民镇"]),
    "q17-unanswerable-11": (["在醒民镇建设退捕渔民就业帮扶车间1个", "计划吸纳40人"], ["有限公司", "企业承办", "生产"]),
    "q17-unanswerable-12": (["纳入最低生活保障", "471名退捕渔民"], ["已纳入最低生活保障", "低保户"]),
    "q17-unanswerable-13": (["小型车停放收费标准为每次10元", "大巴一律在喜洲北生态停车场停放"], ["大型车", "大巴停放收费", "大巴每次"]),
    "q17-unanswerable-14": (["2017年全年接待游客186万人次"], ["2018年上半年", "2018年1月"]),
    "q17-unanswerable-15": (["设小型车车位420个"], ["万元", "投资", "造价"]),
    "q17-unanswerable-16": (["摊位共1180个", "开展食品抽检216批次"], ["营业额", "销售额", "亿元", "交易额"]),
    "q17-unanswerable-17": (["主要集中在猛追湾和建设路一带", "摊位共1180个"], ["建设路夜市有", "建设路夜市摊位", "其中建设路"]),
    "q17-unanswerable-18": (["对不合格的3户摊主依法作出处理"], ["罚款", "罚没"]),
    "q17-unanswerable-19": (["境外灯展合同额占全行业收入的三分之一左右", "境外承办灯展42场"], ["美元", "出口额", "创汇"]),
    "q17-unanswerable-20": (["已完成道路和标准厂房建设"], ["租金", "每平方米", "元/平方米"]),
    "q17-unanswerable-21": (["2015年我市企业在境外承办灯展42场"], ["2016年我市企业在境外", "2016年境外", "2016年上半年"]),
    "q17-unanswerable-22": (["目前全市在耕地上种植蓝莓面积达到1.2万亩", "主要分布在蛟河市和桦甸市"], ["蛟河市种植", "蛟河市共有", "其中蛟河", "蛟河市蓝莓"]),
    "q17-unanswerable-23": (["我局每年组织技术人员到蛟河市、桦甸市的林下经济基地开展巡回指导"], ["每年2次", "每年3次", "每季度", "每月"]),
    "q17-unanswerable-24": (["承包费由村集体经济组织与承包户协商确定"], ["元/亩", "每亩"]),
    "q17-unanswerable-25": (["县财政每人每年补助2400元", "省级传承人的补助由省里直接发放"], ["省级传承人每人每年", "省级传承人每年"]),
    "q17-unanswerable-26": (["四排赫哲族乡建成赫哲族传习所，面积260平方米"], ["同江"]),
    "q17-unanswerable-27": (["每年举办伊玛堪培训班不少于2期"], ["2012年举办伊玛堪", "名学员", "2012年举办"]),
    "q17-unanswerable-28": (["资金共1380万元", "在14所高海拔学校"], ["有限公司", "每套", "元/套"]),
    "q17-unanswerable-29": (["主要分布在塔公镇、新都桥镇等地", "在14所高海拔学校"], ["塔公镇中心", "塔公镇有", "其中塔公"]),
    "q17-unanswerable-30": (["2024年完成新都桥镇中心小学等6所学校的电采暖改造，替换燃煤炉132台"], ["2023年完成", "2023年替换", "2023年，"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q17-multi_letter-01": ["志愿"],
    "q17-multi_letter-02": ["12345"],
    "q17-multi_letter-03": ["每季度"],
    "q17-multi_letter-04": ["保险"],
    "q17-multi_letter-05": ["传承人"],
    "q17-multi_letter-06": ["大学", "学院"],
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
    else: shapes.add("other:" + f)
if len(shapes) < 3: err("letters", f"metadata blocks in {len(shapes)} shapes {sorted(shapes)} (want 3)")
if not joint: err("letters", "no jointly signed letter")
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
    if not re.fullmatch(rf"q17-{typ}-\d\d", i): err(i, "id does not match q17-<type>-NN")
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
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
