#!/usr/bin/env python3
"""Check qa21.jsonl against the letters in letters/ (adapted from made_up/qa20/check_qa.py).

Checks:
  * every letter starts with the front matter "source_url: made-up (qa21)" / "layout: …" / "---";
  * every line of the JSONL parses, ids unique and of the form q21-<type>-NN;
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
    reference; [] for letters without such headings, for references above the first heading and
    for metadata questions;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 30 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2-3 turns each),
    30 unanswerable, all near-topic (20 zh + 10 en, three per letter); at least half of the zh
    questions colloquial; metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions;
  * multi_letter themes: the listed letters are exactly the letters that contain the theme's
    defining word(s) (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 600-1800 characters without whitespace,
    at least 4 without numbered headings and at least 4 with them, 3-4 with a portal metadata
    block (索引号) in as many different shapes (pipe table, label：value lines, bullets with the
    label over its value, bracketed [ label ] pairs), a jointly signed letter (two issuers on the
    sign-off line) AND a co-handling opinion (会办意见 addressed to the lead unit), one negative
    reply (three or more refusals in the body), one township dated in Chinese numerals, one
    national (国家…) issuer, one province-level issuer, a county and a district issuer, one
    traditional-character page, one table of figures, both 提案 and 建议, years spread over
    2012-2025;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS) and the strings that would state the asked fact are NOT;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or an earlier
    made_up/*/README.md (skipped when those READMEs are not beside this folder); each SETTINGS
    name is in a letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa21.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["通辽", "眉县", "秦岭", "金渠镇", "横渠镇", "吴桥", "桑园镇", "铁城镇", "環縣", "曲子", "甜水",
            "湟中县", "李家山", "上西河", "岗岔", "西宁", "呈贡", "斗南", "吴家营", "洛羊", "昆明", "磴口",
            "乌兰布和", "巴彦高勒", "二连浩特", "二连盆地", "静宁", "治平镇", "李店镇", "威戎镇", "界石铺镇", "兴城",
            # topics no earlier README names
            "蒙药", "猕猴桃", "杂技", "皮影", "马铃薯", "鲜切花", "锁阳", "恐龙", "苹果", "泳装",
            # invented people and document-number prefixes
            "乌云其木格", "党红梅", "雷振华", "孙广义", "王秀芝", "高文涛", "慕建國", "马成林", "祁海英", "普丽华",
            "段文斌", "王润梅", "白海军", "额尔敦巴雅尔", "张海东", "罗永昌", "柳永红", "于洪波", "邵春雨",
            "药监建复", "陕农建函", "呈农函", "磴林草函", "二国土资函", "静农提复", "兴工信复"]
# simplified forms of traditional names, and names written only in questions: checked against the
# earlier READMEs, not required in a letter
QUESTION_ONLY = ["环县", "慕建国", "贾河"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence would mean
# the letter answers the question after all)
TRAPS = {
    "q21-unanswerable-01": (["我局将优先受理"], ["个工作日", "日内", "审批时限", "个月内"]),
    "q21-unanswerable-02": (["拟新增和修订蒙药材品种76个"], ["经费", "万元", "资金"]),
    "q21-unanswerable-03": (["2019年共批准蒙药制剂区内调剂品种214个"], ["2018年", "2018"]),
    "q21-unanswerable-04": (["鲜果产量约48.5万吨"], ["元/斤", "每斤", "收购价", "元/公斤", "每公斤", "价格为"]),
    "q21-unanswerable-05": (["举办溃疡病防控现场培训12期"], ["损失", "万元"]),
    "q21-unanswerable-06": (["全县约七成农户从事猕猴桃生产"], ["万户", "农户约", "户果农", "户农户"]),
    "q21-unanswerable-07": (["兼职教练的课时补贴由县财政列支"], ["每课时", "元/课时", "每节"]),
    "q21-unanswerable-08": (["县杂技艺术学校在校学生680人"], ["学费", "收费标准", "元/年"]),
    "q21-unanswerable-09": (["今年春季学期，参加杂技兴趣课的学生共1460人"], ["秋季学期参加", "秋季学期共", "去年秋季"]),
    "q21-unanswerable-10": (["開發影人掛件、書籤等文創產品20餘種"], ["元一個", "每個", "售價", "單價"]),
    "q21-unanswerable-11": (["其中國家級2名"], ["國家級傳承人有", "國家級傳承人為", "傳承人："]),
    "q21-unanswerable-12": (["今年縣財政安排皮影保護經費60萬元", "2015年銷售額約260萬元"], ["2014", "前年", "去年縣財政"]),
    "q21-unanswerable-13": (["按每公斤1元的保护价收购"], ["收购价为", "市场价", "元/公斤", "收购价格为"]),
    "q21-unanswerable-14": (["我镇北部5个村遭受冰雹袭击", "上西河、岗岔等6个村"], ["等5个村", "村遭受冰雹袭击的有", "北部的"]),
    "q21-unanswerable-15": (["2017年，全镇种植马铃薯1.9万亩"], ["2016"]),
    "q21-unanswerable-16": (["按成本收取电费和管理费"], ["元/立方米", "每立方米", "收费标准"]),
    "q21-unanswerable-17": (["斗南花卉市场鲜切花日均交易量约1600万枝"], ["交易额", "亿元"]),
    "q21-unanswerable-18": (["2018年以来累计培训花农1200人次"], ["2017年", "2017"]),
    "q21-unanswerable-19": (["划出约500亩"], ["门票", "票价", "免费开放"]),
    "q21-unanswerable-20": (["引导合作社开发锁阳茶"], ["家合作社", "个合作社"]),
    "q21-unanswerable-21": (["结合2024年度国土绿化项目统筹安排"], ["开园", "对外开放", "建成开放", "投入使用"]),
    "q21-unanswerable-22": (["队员11人"], ["电话", "0479-"]),
    "q21-unanswerable-23": (["制止私挖滥采行为9起"], ["罚款", "处以", "元以下"]),
    "q21-unanswerable-24": (["市文体局正在编制博物馆改造方案"], ["方案已", "已确定", "总投资"]),
    "q21-unanswerable-25": (["综合产值约52亿元"], ["元/斤", "每斤", "收购价", "元/公斤", "每公斤"]),
    "q21-unanswerable-26": (["计划2023年开工"], ["建成", "竣工", "投入使用"]),
    "q21-unanswerable-27": (["其他乡镇"], ["贾河"]),
    "q21-unanswerable-28": (["泳装出口额约4.7亿美元"], ["俄罗斯", "出口到"]),
    "q21-unanswerable-29": (["评出金奖3名"], ["设计师", "获得者", "获奖者"]),
    "q21-unanswerable-30": (["2024年，全市泳装规模以上企业86家"], ["2023"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q21-multi_letter-01": ["冰雹"],
    "q21-multi_letter-02": ["冰雹"],
    "q21-multi_letter-03": ["夏令营", "夏令營"],
    "q21-multi_letter-04": ["夏令营", "夏令營"],
    "q21-multi_letter-05": ["保鲜"],
    "q21-multi_letter-06": ["保鲜"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head, sep, body = t.partition("\n---\n")
    hl = head.split("\n")
    if not sep or len(hl) != 2 or hl[0] != "source_url: made-up (qa21)" or not hl[1].startswith("layout: "):
        err(f, "front matter must be 'source_url: made-up (qa21)' / 'layout: …' / '---'")
    letters[f] = body if sep else t
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
body_len = {}; joint = []; negative = []; years = {}; issuers = {}; salutations = {}; datelines = {}
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    salutations[f] = lines[sal[0]].strip()
    datelines[f] = lines[dat[-1]].strip()
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    if not 600 <= n <= 1800: err(f, f"body has {n} characters, outside 600-1800")
    y = lines[dat[-1]].strip()[:4]
    years[f] = y.translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    signoff = lines[dat[-1] - 1].strip()
    issuers[f] = signoff
    if len(re.findall(r"(局|委员会|政府|厅|联合会)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    if len(re.findall(r"无法采纳|无法作出|不能采纳|无权|不属于", body)) >= 3:
        negative.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
if len(letters) - len(no_heads) < 4: err("letters", "fewer than 4 letters with numbered headings")
meta = [f for f, t in letters.items() if "索引号" in norm(t) or "索引號" in norm(t)]
if not 3 <= len(meta) <= 4: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want 3-4)")
shapes = {}
for f in meta:
    t = letters[f]
    if re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes[f] = "pipe-table"
    elif re.search(r"^•\s*索引号\s*$", t, re.M): shapes[f] = "bullets-label-over-value"
    elif re.search(r"^索引号：[^：]+$", t, re.M) and re.search(r"^发布机构：", t, re.M): shapes[f] = "label-value-lines"
    elif re.search(r"^\[\s*索引号\s*\]\s*\|", t, re.M): shapes[f] = "bracketed-pairs"
    else: shapes[f] = "other:" + f
if len(set(shapes.values())) != len(meta): err("letters", f"metadata blocks not all in different shapes: {shapes}")
cohandle = [f for f, t in letters.items()
            if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:4])) and re.search(r"局：$", salutations.get(f, ""))]
if not joint: err("letters", "no jointly signed letter")
if not cohandle: err("letters", "no co-handling opinion addressed to the lead unit")
if not negative: err("letters", "no negative reply (three or more refusals in the body)")
township = [f for f, s in issuers.items() if re.search(r"(镇|乡)人民政府$", s) and datelines[f].startswith("二〇")]
if not township: err("letters", "no township issuer dated in Chinese numerals")
national = [f for f, s in issuers.items() if s.startswith("国家")]
if not national: err("letters", "no national (ministry-level) issuer")
province = [f for f, s in issuers.items() if re.match(r"^\S+省\S+厅$", s)]
if not province: err("letters", "no province-level issuer")
county = [f for f, s in issuers.items() if re.search(r"(县|縣)\S*局", s)]
district = [f for f, s in issuers.items() if re.search(r"区\S*局$", s)]
if not county: err("letters", "no county issuer")
if not district: err("letters", "no district issuer")
trad = [f for f, t in letters.items() if sum(t.count(c) for c in TRAD) >= 20]
if len(trad) != 1: err("letters", f"traditional-character pages {trad} (want exactly one)")
table = [f for f, t in letters.items()
         if re.search(r"(^[^\n\d]{2,8}[\s\u3000]+\d[\d.]*[\s\u3000]+\d[\d.]*[\s\u3000]+[\d.]+%?\s*\n){4}", t, re.M)]
if not table: err("letters", "no letter with a table-like list of figures")
kinds = {}
for f, t in letters.items():
    m = re.search(r"第[0-9０-９]+[号號](?:代表)?(提案|建议|建議)", t)
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
    if not re.fullmatch(rf"q21-{typ}-\d\d", i): err(i, "id does not match q21-<type>-NN")
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
# the sets written before or beside this one (commit13 and fields11 appeared while this set was
# being written and are checked too; qa22, written side by side, is not read; later sets may name
# this one's)
EARLIER = ("commit10", "commit11", "commit12", "commit13", "commit4", "commit5", "commit6", "commit7", "commit8",
           "commit9", "fields10", "fields11", "fields4", "fields5", "fields6", "fields7", "fields8", "fields9",
           "qa10", "qa11", "qa12", "qa13", "qa14", "qa15", "qa16", "qa17", "qa18", "qa19", "qa20",
           "qa7", "qa8", "qa9")
others = [r for r in (os.path.join(HERE, "..", e, "README.md") for e in EARLIER) if os.path.exists(r)]
top = os.path.join(HERE, "..", "README.md")
if os.path.exists(top): others.append(top)
if others:
    text = "".join(open(r, encoding="utf-8").read() for r in others)
    for s in SETTINGS + QUESTION_ONLY:
        if s in text: err("settings", f"{s} is named in an earlier README")
    print(f"settings checked against {len(others)} other READMEs: {len(SETTINGS) + len(QUESTION_ONLY)} names")
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
print("letters with a metadata block:", {f[4:6]: s for f, s in shapes.items()})
print("jointly signed:", [f[4:6] for f in joint], "; co-handling:", [f[4:6] for f in cohandle],
      "; negative reply:", [f[4:6] for f in negative], "; table of figures:", [f[4:6] for f in table])
print("township:", [f[4:6] for f in township], "; national:", [f[4:6] for f in national],
      "; province:", [f[4:6] for f in province], "; county:", [f[4:6] for f in county],
      "; district:", [f[4:6] for f in district], "; traditional:", [f[4:6] for f in trad])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
