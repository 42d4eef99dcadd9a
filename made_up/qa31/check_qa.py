#!/usr/bin/env python3
"""Check qa31.jsonl against the letters in letters/ (adapted from made_up/qa31/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa31) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q31-<type>-NN;
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
  * letters: 10 of them, body (salutation to date line) 900-2500 characters without whitespace,
    exactly 5 without numbered headings, exactly 4 with a portal
    metadata block (索引号) in 4 different shapes (label：value lines, pipe table of pairs,
    bullets with the label over its value, bracketed pairs), a jointly signed letter (two issuers
    on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit, one mostly
    negative reply (NEGATIVE: three or more refusal phrases, more than any other letter), one township whose sign-off date is in Chinese
    numerals, a national (ministry) issuer, a province-level issuer, a county and a district issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2012-2025, every setting in a northern, north-eastern, north-western or south-western province, ten
    letters in ten provinces (PROVINCE);
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or an earlier made_up/*/README.md
    (the sets in EARLIER, i.e. every set that existed when this one was written, qa32 excepted;
    skipped when those READMEs are not beside this folder); each SETTINGS name is in a letter and
    each QUESTION_ONLY name in none.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa31.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"黑龙江", "吉林", "辽宁", "内蒙古", "河北", "山西", "陕西", "甘肃", "宁夏", "青海", "新疆",
                     "西藏", "四川", "云南", "重庆", "天津", "北京"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q31-01.txt": "内蒙古", "q31-02.txt": "西藏", "q31-03.txt": "甘肃", "q31-04.txt": "陕西",
            "q31-05.txt": "新疆", "q31-06.txt": "天津", "q31-07.txt": "辽宁", "q31-08.txt": "四川",
            "q31-09.txt": "云南", "q31-10.txt": "吉林"}
NEGATIVE = "q31-08.txt"


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["察哈尔右翼前旗", "土贵乌拉", "吉隆", "宗嘎", "庄浪", "南湖镇", "朱店镇", "水洛河", "千阳", "崔家头",
            "张家塬", "草碧", "南寨", "吉木乃", "托斯特", "东丽", "军粮城", "金桥街道", "华明", "新立街道", "海城",
            "牌楼镇", "八里镇", "马风镇", "黑水", "达古", "芦花镇", "德钦", "升平镇", "奔子栏", "佛山乡", "霞若乡", "燕门乡", "拖顶乡",
            "龍井", "老頭溝", "東盛湧", "智新",
            # topics no earlier README names
            "种薯", "口岸", "淀粉", "刺绣", "驼奶", "锅炉", "菱镁", "冰川", "松茸", "蘋果梨",
            # invented people and document-number prefixes
            "孟和巴图", "卢静怡", "次仁卓嘎", "格桑旺堆", "柳建新", "王宏斌", "苏晓燕", "薛玉芳", "杜文军", "加娜尔",
            "邵明远", "郑凯", "韩立峰", "孙佩琳", "泽郎措", "余晓川", "扎西农布", "金英哲", "樸成浩",
            "农种字", "藏商提", "千文旅函", "东环提", "海自然资函", "黑文体旅函", "德林草函", "龍農函"]
# real places written only in questions (near places the letters never name), the short form 察右前旗,
# and simplified forms of the names the traditional page prints: checked against the earlier
# READMEs, never in a letter
QUESTION_ONLY = ["平地泉", "吉木乃镇", "析木", "卡龙沟", "羊拉", "察右前旗",
                 "龙井", "老头沟", "东盛涌", "苹果梨", "朴成浩", "龙农函"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all)
TRAPS = {
    "q31-unanswerable-01": (["察哈尔右翼前旗有3家种薯企业纳入试点"], ["平地泉"], ["平地泉"]),
    "q31-unanswerable-02": (["2019年全旗种薯繁育面积约18.6万亩"], ["元/斤", "每斤", "价格", "元/公斤", "售价", "元/吨"], []),
    "q31-unanswerable-03": (["2019年，察哈尔右翼前旗有3家种薯企业纳入试点"], ["2018"], []),
    "q31-unanswerable-04": (["货场停车费已于今年7月起减半收取"], ["元/天", "每天", "元/车", "每车", "收费标准"], []),
    "q31-unanswerable-05": (["2022年吉隆口岸完成进出口货运量6.8万吨"], ["2021"], []),
    "q31-unanswerable-06": (["推动吉隆镇边贸市场改造", "配备除雪设备9台"], ["宗嘎镇边贸", "宗嘎镇商铺", "宗嘎镇有"], []),
    "q31-unanswerable-07": (["目前全县共有规模以上马铃薯淀粉加工企业11家"], ["南湖镇有", "其中南湖", "南湖镇共"], []),
    "q31-unanswerable-08": (["生产精淀粉约5.2万吨"], ["元/吨", "每吨", "售价", "出厂价"], []),
    "q31-unanswerable-09": (["代表们建议由政府确定鲜薯最低收购价"], ["元/公斤", "元/斤", "每公斤", "最低收购价为", "收购价定为"], []),
    "q31-unanswerable-10": (["以布老虎、香包、虎头鞋"], ["元/个", "每个", "售价", "价格"], []),
    "q31-unanswerable-11": (["主要分布在崔家头镇、张家塬镇、草碧镇和南寨镇"], ["崔家头镇有", "其中崔家头", "崔家头镇绣娘"], []),
    "q31-unanswerable-12": (["2024年接待参观群众和游客约4.7万人次"], ["2023"], []),
    "q31-unanswerable-13": (["今年上半年合作社收购鲜驼奶约96吨"], ["元/公斤", "每公斤", "收购价", "元/斤"], []),
    "q31-unanswerable-14": (["2014年全乡鲜驼奶产量约380吨"], ["2013"], []),
    "q31-unanswerable-15": (["全乡骆驼存栏2870峰"], ["吉木乃镇"], ["吉木乃镇"]),
    "q31-unanswerable-16": (["非居民用气价格由市级价格主管部门制定"], ["元/立方米", "元每立方米", "气价为", "价格为"], []),
    "q31-unanswerable-17": (["目前全区仍有燃气锅炉67台未达到"], ["军粮城街道有", "其中军粮城", "军粮城街道仍有"], []),
    "q31-unanswerable-18": (["2018年全区细颗粒物（PM2.5）年均浓度为每立方米52微克"], ["2017年全区细颗粒物", "2017年细颗粒物", "2017年PM2.5", "2017年全区PM"], []),
    "q31-unanswerable-19": (["主要分布在牌楼镇、八里镇和马风镇"], ["牌楼镇有", "其中牌楼", "牌楼镇共"], []),
    "q31-unanswerable-20": (["2021年全市菱镁矿开采量约1260万吨"], ["元/吨", "每吨", "价格", "售价"], []),
    "q31-unanswerable-21": (["全市共有菱镁矿采矿权38个"], ["析木"], ["析木"]),
    "q31-unanswerable-22": (["2023年景区接待游客约29万人次"], ["门票", "票价"], ["门票", "門票"]),
    "q31-unanswerable-23": (["现有队员16人"], ["队长"], []),
    "q31-unanswerable-24": (["2023年景区接待游客约29万人次"], ["卡龙沟"], ["卡龙沟"]),
    "q31-unanswerable-25": (["松茸价格随市场和出口行情波动"], ["出口量", "吨出口", "出口约", "出口松茸", "出口额"], []),
    "q31-unanswerable-26": (["2020年全县鲜松茸产量约450吨"], ["2019年全县", "2019年鲜松茸", "2019年产量"], []),
    "q31-unanswerable-27": (["其他乡镇　　1400"], ["羊拉"], ["羊拉"]),
    "q31-unanswerable-28": (["鮮果產量約4.6萬噸"], ["元/斤", "每斤", "售價", "價格", "元/公斤"], []),
    "q31-unanswerable-29": (["主產於老頭溝鎮、東盛湧鎮、智新鎮等地", "2016年在東盛湧鎮投保果園1200畝"], ["東盛湧鎮有", "其中東盛湧", "東盛湧鎮蘋果梨面積", "東盛湧鎮種植"], []),
    "q31-unanswerable-30": (["今年9月，我局將在老頭溝鎮舉辦蘋果梨採摘文化節", "今年安排蘋果梨產業扶持資金260萬元"], ["文化節經費", "文化節預算", "節慶經費", "文化節資金"], []),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q31-multi_letter-01": ["马铃薯", "馬鈴薯"],
    "q31-multi_letter-02": ["马铃薯", "馬鈴薯"],
    "q31-multi_letter-03": ["冷链", "冷鏈"],
    "q31-multi_letter-04": ["冷链", "冷鏈"],
    "q31-multi_letter-05": ["保险", "保險"],
    "q31-multi_letter-06": ["保险", "保險"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa31)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa31)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a northern, north-eastern, north-western or south-western province")
if len(set(PROVINCE.values())) != len(PROVINCE): err("letters", "two letters share a province")


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
body_len = {}; refusals = {}; joint = []; negative = []; years = {}; issuers = {}; cn_date = []
REFUSAL = r"无法采纳|無法採納|无法作出|超出我局职权|不能采纳|不予采纳|无权|不属于|难以承担|无法安排"
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    if not 900 <= n <= 2500: err(f, f"body has {n} characters, outside 900-2500")
    d = lines[dat[-1]].strip()
    if d.startswith("二〇"): cn_date.append(f)
    years[f] = d[:4].translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    signoff = lines[dat[-1] - 1].strip()
    issuers[f] = signoff
    if len(re.findall(r"(局|委员会|政府|厅|部)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    refusals[f] = len(re.findall(REFUSAL, body))
    if refusals[f] >= 3:
        negative.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) != 5: err("letters", f"{len(no_heads)} letters without numbered headings (want 5)")
meta = [f for f, t in letters.items() if "索引号" in norm(t) or "索引號" in norm(t)]
if len(meta) != 4: err("letters", f"{len(meta)} letters with a 索引号 metadata block (want 4)")
shapes = {}
for f in meta:
    t = letters[f]
    if re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes[f] = "pipe-table"
    elif re.search(r"^•\s*索引号\s*$", t, re.M): shapes[f] = "bullets-label-over-value"
    elif re.search(r"^\[\s*索引号\s*\]\s*\|", t, re.M): shapes[f] = "bracket-pairs"
    elif re.search(r"^索引号：[^：]+$", t, re.M) and re.search(r"^(发布机构|发文机关)：", t, re.M): shapes[f] = "label-value-lines"
    else: shapes[f] = "other"
if len(set(shapes.values()) - {"other"}) < len(meta): err("letters", f"metadata shapes repeat or are unknown: {shapes}")
cohandle = [f for f, t in letters.items()
            if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:4]))
            and any(re.search(r"^\S*(局|委员会|政府)：\s*$", l) for l in t.split("\n"))]
if not joint: err("letters", "no jointly signed letter (two issuers on the sign-off line)")
if not cohandle: err("letters", "no co-handling opinion addressed to the lead unit")
if NEGATIVE not in negative: err("letters", f"{NEGATIVE} is not a negative reply (three or more refusal phrases)")
if refusals and max(refusals, key=refusals.get) != NEGATIVE: err("letters", f"{NEGATIVE} should hold the most refusal phrases: {refusals}")
township = [f for f, s in issuers.items() if re.search(r"(镇|乡)人民政府$", s)]
if not [f for f in township if f in cn_date]: err("letters", "no township with its sign-off dated in Chinese numerals")
national = [f for f, s in issuers.items() if re.search(r"部$", s) or s.startswith("国家")]
province = [f for f, s in issuers.items() if re.match(r"^\S+(省|自治区)\S+(厅|局|委员会)$", s)]
county = [f for f, s in issuers.items() if re.search(r"县\S*局$", s)]
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
    if not re.fullmatch(rf"q31-{typ}-\d\d", i): err(i, "id does not match q31-<type>-NN")
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
# the sets written before this one (qa32 was written at the same time by another helper, so it is
# left out; later sets may name this one's places)
EARLIER = ("commit10", "commit11", "commit12", "commit13", "commit14", "commit15", "commit16", "commit17", "commit18",
           "commit4", "commit5", "commit6", "commit7", "commit8", "commit9",
           "fields10", "fields11", "fields12", "fields13", "fields14", "fields15", "fields16",
           "fields4", "fields5", "fields6", "fields7", "fields8", "fields9",
           "qa10", "qa11", "qa12", "qa13", "qa14", "qa15", "qa16", "qa17", "qa18", "qa19", "qa20", "qa21", "qa22",
           "qa23", "qa24", "qa25", "qa26", "qa27", "qa28", "qa29", "qa30", "qa7", "qa8", "qa9")
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
print("refusal phrases:", {f[4:6]: n for f, n in refusals.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
