#!/usr/bin/env python3
"""Check qa19.jsonl against the letters in letters/ (adapted from made_up/qa18/check_qa.py).

Checks:
  * every line parses, ids unique and of the form q19-<type>-NN;
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
  * letters: 10 of them, body (salutation to date line) 600-1200 characters without whitespace,
    at least 4 without numbered headings, at least 3 with a portal metadata block (索引号) in
    3 different shapes (pipe table, label：value lines, two label：value pairs per line, label over value), at least one
    jointly signed (two issuers on the sign-off line), one negative reply (most of the body explains
    why the requests cannot be met), one with a table-like list of figures, both 提案 and 建议, years
    spread;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT;
  * settings: none of the SETTINGS or TRAP_ONLY names occurs in another made_up/*/README.md or in
    made_up/README.md (skipped when those READMEs are not beside this folder), nor in a qa20 letter
    (when that set exists), nor a multi_letter theme word in a qa20 letter; each SETTINGS name is in
    a letter, each TRAP_ONLY name in none;
  * a co-handling opinion: a title line (among the first five) ending in 会办意见 / 协办意见.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, glob, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa19.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HAN = re.compile(r"[\u4e00-\u9fff]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings: none may be named in an earlier set's README
SETTINGS = ["中宁", "查干湖", "前郭", "松原", "岫岩", "哈达碑", "额济纳", "达来呼布", "八道桥", "芝阳", "韩城",
            "郫都", "郫县", "安德街道", "唐昌", "曲阳", "羊平", "吐鲁番", "高昌区", "鄯善", "托克逊", "亚尔镇",
            "抚远", "抓吉", "黑瞎子岛", "乌苏里江", "海青镇", "林芝", "嘎拉", "巴宜", "八一镇", "波密", "南伊沟",
            # topics no earlier README names
            "枸杞", "冬捕", "岫玉", "胡杨", "花椒", "豆瓣", "石雕", "汉白玉", "晾房", "葡萄干", "大马哈鱼", "桃花",
            # invented people and document-number prefixes that must not collide with earlier sets either
            "马秀兰", "韩铁军", "孙德林", "王海燕", "赵国良", "关丽娜", "佟志远", "吉日格拉", "苏和巴特尔", "薛建民",
            "雷文斌", "蒋红梅", "罗建勇", "甄立群", "贾振东", "刘向红", "艾力·买买提", "努尔古丽", "于海涛", "孙立伟",
            "次仁央宗", "扎西顿珠", "市监食复", "吉旅函", "额旅字", "郫经信提", "曲国土函", "吐市农函", "抚农提复"]
# real places named only in unanswerable questions: in no letter and in no earlier README
TRAP_ONLY = ["黑城"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q19-unanswerable-01": (["共抽检枸杞612批次", "2020年上半年"], ["下半年", "2020年全年", "全年共抽检"]),
    "q19-unanswerable-02": (["2019年宁夏、甘肃、青海三省区市场监管部门共查处冒用“中宁枸杞”名称、伪造产地的案件83起"], ["其中宁夏", "宁夏查处", "宁夏市场监管部门查处"]),
    "q19-unanswerable-03": (["罚没款216万元"], ["最高", "单笔", "最大一笔"]),
    "q19-unanswerable-04": (["2012年，我局从省旅游发展专项资金中安排前郭县600万元"], ["2013年，我局从", "2013年安排", "今年安排"]),
    "q19-unanswerable-05": (["单程票价每人10元"], ["门票", "入园"]),
    "q19-unanswerable-06": (["其中开网当天接待游客5.3万人次"], ["斤", "公斤", "吨"]),
    "q19-unanswerable-07": (["现入驻直播商户210户", "哈达碑镇玉石市场"], ["市场现有商户", "市场共有商户", "市场有商户", "市场内商户"]),
    "q19-unanswerable-08": (["检验收费按每件15元执行", "全年出具检验证书1.9万份"], ["个工作日", "天内出具", "当天出具", "即可领取"]),
    "q19-unanswerable-09": (["现入驻直播商户210户"], ["租金", "免租", "房租"]),
    "q19-unanswerable-10": (["营地收费标准报旗发改部门核定后向社会公布"], ["元/晚", "每晚", "每床"]),
    "q19-unanswerable-11": (["景区门票（含区间车）执行每人130元的标准"], ["黑城"]),
    "q19-unanswerable-12": (["景区门票（含区间车）执行每人130元的标准"], ["区间车票", "区间车每人", "区间车单独"]),
    "q19-unanswerable-13": (["安装烘干机23台", "市级产业扶持资金46万元"], ["每台", "元/台", "单价"]),
    "q19-unanswerable-14": (["今年干椒产量约3800吨"], ["2014年", "去年干椒", "上年"]),
    "q19-unanswerable-15": (["从甘肃、河南等地联系采椒工1400余人"], ["路费", "车费", "交通补贴"]),
    "q19-unanswerable-16": (["全区尚有豆瓣小作坊约60家，主要分布在安德街道和唐昌镇"], ["唐昌镇有", "其中唐昌", "唐昌镇约"]),
    "q19-unanswerable-17": (["已引导28家小作坊入园生产"], ["租金", "免租", "元/平方米"]),
    "q19-unanswerable-18": (["全年生产豆瓣41.6万吨"], ["2016年"]),
    "q19-unanswerable-19": (["关闭非法采石点57处"], ["其中羊平", "羊平镇关闭", "羊平镇有"]),
    "q19-unanswerable-20": (["可盘活的闲置厂房14处、面积约9.6万平方米"], ["租金", "元/平方米", "每平方米"]),
    "q19-unanswerable-21": (["今年省里下达我县的新增建设用地计划指标仅186亩"], ["2015年", "去年"]),
    "q19-unanswerable-22": (["每座补助8000元"], ["造价", "每座投资", "建设成本"]),
    "q19-unanswerable-23": (["2023年葡萄干产量(吨)"], ["2022年"]),
    "q19-unanswerable-24": (["高昌区　　　21400", "在高昌区亚尔镇等地推广挂架挂干"], ["亚尔镇有", "亚尔镇晾房", "其中亚尔"]),
    "q19-unanswerable-25": (["2020年秋汛全市大马哈鱼捕捞量约62吨"], ["2021年秋汛", "今年秋汛"]),
    "q19-unanswerable-26": (["放流前对苗种进行了标记，用于跟踪回捕率"], ["回捕率为", "回捕率达", "回捕率约"]),
    "q19-unanswerable-27": (["并在今年举办的鲑鱼文化节上开展产品推介"], ["月举办鲑鱼", "文化节将于", "日举办"]),
    "q19-unanswerable-28": (["票价每人次5元"], ["门票", "入园"]),
    "q19-unanswerable-29": (["共设车位1100个"], ["停车费", "收费", "元/次"]),
    "q19-unanswerable-30": (["累计运送游客约19万人次", "2025年桃花节期间"], ["2024年"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q19-multi_letter-01": ["罚没"],
    "q19-multi_letter-02": ["非法"],
    "q19-multi_letter-03": ["烘干"],
    "q19-multi_letter-04": ["厕所"],
    "q19-multi_letter-05": ["专线"],
    "q19-multi_letter-06": ["抽检"],
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
    if not 600 <= n <= 1200: err(f, f"body has {n} characters, outside 600-1200")
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
    elif re.search(r"^索引号\s*\n\S+\s*\n发布机构\s*\n", t, re.M): shapes.add("label-over-value")
    elif re.search(r"^索引号：[^：]+$", t, re.M) and re.search(r"^发布机构：", t, re.M): shapes.add("label-value-lines")
    elif re.search(r"^索引号：\S+[ \u3000]{2,}发布机构：", t, re.M): shapes.add("two-pairs-per-line")
    else: shapes.add("other:" + f)
if len(shapes) < 3: err("letters", f"metadata blocks in {len(shapes)} shapes {sorted(shapes)} (want 3)")
if not joint: err("letters", "no jointly signed letter")
cohandle = [f for f, t in letters.items()
            if any(re.search(r"(会办|协办)意见$", l.strip()) for l in t.split("\n")[:5])]
if not cohandle: err("letters", "no co-handling opinion (a title line ending in 会办意见 / 协办意见)")
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
    if not re.fullmatch(rf"q19-{typ}-\d\d", i): err(i, "id does not match q19-<type>-NN")
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
# the sets written before this one (qa19, qa20 and fields10 were written side by side in one
# session, so each names places the others avoided; later sets may name this one's)
EARLIER = ("commit10","commit11","commit12","commit4","commit5","commit6","commit7","commit8","commit9","fields4","fields5","fields6","fields7","fields8","fields9","qa10","qa11","qa12","qa13","qa14","qa15","qa16","qa17","qa18","qa7","qa8","qa9")
others = [r for r in (os.path.join(HERE, "..", e, "README.md") for e in EARLIER) if os.path.exists(r)]
top = os.path.join(HERE, "..", "README.md")
if os.path.exists(top): others.append(top)
if others:
    text = "".join(open(r, encoding="utf-8").read() for r in others)
    for s in SETTINGS + TRAP_ONLY:
        if s in text: err("settings", f"{s} is named in an earlier README")
    print(f"settings checked against {len(others)} other READMEs")
else:
    print("settings not checked (no other made_up READMEs beside this folder)")
for s in SETTINGS:
    if not any(s in t for t in letters.values()): err("settings", f"{s} listed but in no letter")
for s in TRAP_ONLY:
    if any(s in t for t in letters.values()): err("settings", f"trap-only place {s} occurs in a letter")
    if not any(s in (d.get("question") or "") for d in rows): err("settings", f"trap-only place {s} asked by no question")
# the set written beside this one (qa20) must not share a setting either
q20 = os.path.join(HERE, "..", "qa20", "letters")
if os.path.isdir(q20):
    text20 = "".join(open(os.path.join(q20, f), encoding="utf-8").read() for f in os.listdir(q20) if f.endswith(".txt"))
    for s in SETTINGS + TRAP_ONLY:
        if s in text20: err("settings", f"{s} also occurs in a qa20 letter")
    for i, words in THEMES.items():
        for w in words:
            if w in text20: err("settings", f"{i}: theme word {w} also occurs in a qa20 letter")
    print(f"settings and theme words checked against {len(os.listdir(q20))} qa20 letters")

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
