#!/usr/bin/env python3
"""Check qa45.jsonl against the letters in letters/ (adapted from made_up/qa44/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa45) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q45-<type>-NN;
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
  * letters: 10 of them, body (salutation to date line) 600-1500 characters without whitespace,
    at least 4 without numbered headings and at least 4 with them, exactly 4 with a portal
    metadata block, one in each of 4 shapes (an 索引号 table of label-value pairs: 索引号 / 主题分类, then
    发布机构 / 发布日期, then 文号; a pipe table of pairs; 【bracketed】 labels; stacked 发布时间 / 信息来源 / 文号 lines), a jointly signed letter
    (two issuers on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit,
    exactly one mostly negative reply (three or more refusals), one township whose sign-off date is
    in Chinese numerals, a national (ministry) issuer, a province-level issuer, a county and a district issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2012-2025, every setting in a northern, north-eastern, north-western or south-western province (PROVINCE);
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another made_up/*/README.md
    (every set folder beside this one except qa46, written at the same time; skipped when those
    READMEs are not beside this folder); each SETTINGS name is in a letter, each QUESTION_ONLY name
    in none, and no NOT_IN_LETTERS city (named in an earlier README) in any letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa45.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "陕西", "甘肃", "青海",
                     "宁夏", "新疆", "四川", "重庆", "贵州", "云南", "西藏"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q45-01.txt": "四川", "q45-02.txt": "新疆", "q45-03.txt": "河北", "q45-04.txt": "山西",
            "q45-05.txt": "吉林", "q45-06.txt": "黑龙江", "q45-07.txt": "甘肃", "q45-08.txt": "内蒙古",
            "q45-09.txt": "陕西", "q45-10.txt": "云南"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["德格", "阿图什", "上阿图什镇", "松他克镇", "克州", "盐山", "神池", "菜园子镇", "前进村", "东升村",
            "胜利村", "呼兰区", "景泰", "中泉镇", "丰镇", "凤县", "双石铺镇", "凤州镇", "黄牛铺镇", "红花铺镇",
            "留凤关镇", "坪坎镇", "廣南", "壩美",
            # topics no earlier README names
            "印经院", "经版", "无花果", "管件", "管道装备", "异径管", "胡麻", "庭院经济", "鲜食玉米", "萧红",
            "羊皮筏子", "月饼", "林麝", "麝香", "織染", "木船",
            # invented people and document-number prefixes
            "向巴泽仁", "古丽娜尔·热合曼", "马丽萍", "刘振江", "孙立坤", "贾海平", "郝春梅", "赵春林", "邢晓光",
            "周志远", "曲丽娜", "党文斌", "魏国栋", "路小燕", "郭玉梅", "白志强", "冯志军", "何冬梅", "陸春蘭", "農建華",
            "文物保复", "新农提函", "盐工信联复", "神农提复", "呼文旅提", "景交协", "丰经信复", "凤林提", "廣文旅復"]
# simplified forms of traditional names, and real places written only in questions (near places the
# letters never name): checked against the earlier READMEs, never in a letter
QUESTION_ONLY = ["广南", "坝美", "陆春兰", "农建华", "织染",
                 "江达", "疏附", "孟村", "平鲁", "布海镇", "松北", "皋兰", "兴和", "徽县", "丘北"]
# prefecture-level cities of the settings (and the provincial capitals near them) that an earlier README
# names: the letters never print them
NOT_IN_LETTERS = ["甘孜", "成都", "喀什", "沧州", "石家庄", "忻州", "朔州", "太原", "长春", "哈尔滨", "白银",
                  "兰州", "乌兰察布", "呼和浩特", "宝鸡", "西安", "文山", "昆明"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). The third
# list repeats the second except bare years and words other letters use about other things (元 and 万元
# in letters with money figures, 价格 (letters 02, 04 and 08 use it about subsidies, purchase prices and
# electricity) and 票价 (letter 10's 票價 is said to be high, with no figure)), which stay
# in the second list only.
TRAPS = {
    "q45-unanswerable-01": (["工匠共86人"], ["院长"], ["院长"]),
    "q45-unanswerable-02": (["院内现存各类经版约27万块"], ["江达"], ["江达"]),
    "q45-unanswerable-03": (["工匠共86人"], ["2010"], []),
    "q45-unanswerable-04": (["2020年产鲜果约2.1万吨"], ["2019"], []),
    "q45-unanswerable-05": (["阿图什市无花果种植面积约3.6万亩"], ["疏附"], ["疏附"]),
    "q45-unanswerable-06": (["2020年产鲜果约2.1万吨"], ["元/公斤", "每公斤", "售价"], ["元/公斤", "每公斤", "售价"]),
    "q45-unanswerable-07": (["目前全县管道装备制造企业约1100家"], ["工资", "月薪", "元/月"], ["工资", "月薪", "元/月"]),
    "q45-unanswerable-08": (["目前全县管道装备制造企业约1100家"], ["孟村"], ["孟村"]),
    "q45-unanswerable-09": (["2023年实现产值约310亿元"], ["2020"], []),
    "q45-unanswerable-10": (["目前全县胡麻种植面积约11万亩"], ["元/斤", "每斤", "售价"], ["元/斤", "每斤", "售价"]),
    "q45-unanswerable-11": (["目前全县胡麻种植面积约11万亩"], ["平鲁"], ["平鲁"]),
    "q45-unanswerable-12": (["胡麻油标准化压榨示范车间1个"], ["公司", "有限"], ["有限公司"]),
    "q45-unanswerable-13": (["目前已经在种在养的有1260户"], ["布海"], ["布海"]),
    "q45-unanswerable-14": (["由合作社按约定价格收购"], ["元/穗", "每穗"], ["元/穗", "每穗"]),
    "q45-unanswerable-15": (["目前已经在种在养的有1260户"], ["2020"], []),
    "q45-unanswerable-16": (["2018年故居接待参观者约21万人次"], ["门票", "票价", "元/人"], ["门票", "元/人"]),
    "q45-unanswerable-17": (["2018年故居接待参观者约21万人次"], ["松北"], ["松北"]),
    "q45-unanswerable-18": (["新增手稿复制件、老照片等展品130件"], ["万元", "元"], []),
    "q45-unanswerable-19": (["旅游旺季单日载客约2600人次"], ["元/人", "每人", "票价为"], ["元/人", "票价为"]),
    "q45-unanswerable-20": (["在用筏子160只"], ["皋兰"], ["皋兰"]),
    "q45-unanswerable-21": (["纠正超载行为11起"], ["受伤", "伤亡", "事故"], ["受伤", "伤亡"]),
    "q45-unanswerable-22": (["2014年生产月饼约2.8万吨"], ["元/斤", "每斤", "售价"], ["元/斤", "每斤", "售价"]),
    "q45-unanswerable-23": (["全市现有月饼生产企业和加工作坊约140家"], ["兴和"], ["兴和"]),
    "q45-unanswerable-24": (["2014年生产月饼约2.8万吨"], ["2012"], []),
    "q45-unanswerable-25": (["麝香属于国家严格管理的特殊药材"], ["元/克", "每克", "价格"], ["元/克", "每克"]),
    "q45-unanswerable-26": (["存栏约5200只"], ["徽县"], ["徽县"]),
    "q45-unanswerable-27": (["据2016年底统计"], ["2013"], []),
    "q45-unanswerable-28": (["水洞乘船票價偏高"], ["元/人", "每人", "票價為"], ["元/人", "票價為"]),
    "q45-unanswerable-29": (["壩美村已列入縣級以上非物質文化遺產代表性項目名錄的項目共5項"], ["丘北"], ["丘北"]),
    "q45-unanswerable-30": (["仍能獨立製作木船的工匠只有7人"], ["2015"], []),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q45-multi_letter-01": ["研学", "研學"],
    "q45-multi_letter-02": ["研学", "研學"],
    "q45-multi_letter-03": ["救生衣"],
    "q45-multi_letter-04": ["救生衣"],
    "q45-multi_letter-05": ["电商", "電商"],
    "q45-multi_letter-06": ["电商", "電商"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa45)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa45)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a northern, north-eastern, north-western or south-western province")


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
body_len = {}; joint = []; negative = []; years = {}; issuers = {}; cn_date = []
REFUSAL = r"无法采纳|無法採納|无法作出|超出我局职权|不能采纳|不予采纳|无权|無權|不属于|不屬於|难以承担|暫不能採納"
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    if not 600 <= n <= 1500: err(f, f"body has {n} characters, outside 600-1500")
    d = lines[dat[-1]].strip()
    if d.startswith("二〇"): cn_date.append(f)
    years[f] = d[:4].translate(str.maketrans("〇一二三四五六七八九", "0123456789"))
    signoff = lines[dat[-1] - 1].strip()
    issuers[f] = signoff
    if len(re.findall(r"(局|委员会|政府|厅|部)", signoff)) >= 2 and re.search(r"\s", signoff):
        joint.append(f)
    if len(re.findall(REFUSAL, body)) >= 3:
        negative.append(f)
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"{len(no_heads)} letters without numbered headings (want >= 4)")
if len(letters) - len(no_heads) < 4: err("letters", "fewer than 4 letters with numbered headings")
# portal metadata blocks in four shapes: an 索引号 table of label-value pairs (索引号 / 主题分类, 发布机构 /
# 发布日期, 文号), a pipe table of pairs, 【bracketed】 labels, stacked 发布时间 / 信息来源 / 文号 lines (no 索引号)
shapes = {}
for f, t in letters.items():
    if re.search(r"^索\s*引\s*号：\S+[ \t\u3000]+主题分类：\S+\s*\n发布机构：\S+[ \t\u3000]+发布日期：\S+\s*\n文\s*号：", t, re.M): shapes[f] = "index-table-pairs"
    elif re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes[f] = "pipe-pairs"
    elif re.search(r"^【索引号】", t, re.M): shapes[f] = "bracketed-labels"
    elif re.search(r"^发布时间：\S+\s*\n信息来源：\S+\s*\n文\s*号：", t, re.M): shapes[f] = "stacked-time-source-lines"
    elif "索引号" in norm(t) or "索引號" in norm(t): shapes[f] = "other"
meta = sorted(shapes)
if len(meta) != 4: err("letters", f"{len(meta)} letters with a portal metadata block (want 4)")
if len(set(shapes.values()) - {"other"}) != len(meta): err("letters", f"metadata shapes repeat or are unknown: {shapes}")
cohandle = [f for f, t in letters.items()
            if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:4]))
            and any(re.search(r"^\S*(局|委员会|政府)：\s*$", l) for l in t.split("\n"))]
if not joint: err("letters", "no jointly signed letter (two issuers on the sign-off line)")
if not cohandle: err("letters", "no co-handling opinion addressed to the lead unit")
if len(negative) != 1: err("letters", f"negative replies {negative} (want exactly one letter with three or more refusals)")
township = [f for f, s in issuers.items() if re.search(r"(镇|乡)人民政府$", s)]
if not [f for f in township if f in cn_date]: err("letters", "no township with its sign-off dated in Chinese numerals")
national = [f for f, s in issuers.items() if re.search(r"部$", s) or s.startswith("国家")]
province = [f for f, s in issuers.items() if re.match(r"^\S+(省|自治区)\S+(厅|局|委员会)$", s)]
county = [f for f, s in issuers.items() if re.search(r"(县|縣)\S*(局|委员会)$", s)]
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
    if not re.fullmatch(rf"q45-{typ}-\d\d", i): err(i, "id does not match q45-<type>-NN")
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
# every set folder beside this one except qa46, written at the same time by another helper (its
# folder is never opened); a folder without a README is skipped
EARLIER = tuple(sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                     if d not in ("qa46", "qa45") and os.path.isdir(os.path.join(HERE, "..", d))))
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
for s in NOT_IN_LETTERS:
    if any(s in t for t in raw.values()): err("settings", f"{s} (a city an earlier README names) occurs in a letter")

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
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
