#!/usr/bin/env python3
"""Check qa33.jsonl against the letters in letters/ (adapted from made_up/qa32/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa33) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q33-<type>-NN;
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
  * letters: 10 of them, page text (everything below the front matter) 600-1500 characters
    without whitespace, at least 4 without numbered headings and at least 4 with them, 4 letters
    with portal metadata in 4 different shapes (a column table under an 索引号 header row,
    label：value pairs separated by pipes, 【bracketed】 labels, a 发布时间 … 来源 line), a jointly
    signed letter (two issuers
    on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit, one mostly
    negative reply (three or more refusals), one township whose sign-off date is in Chinese
    numerals, a national (ministry) issuer, a province-level issuer, a county and a district issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2012-2025, every setting in a northern, north-eastern, north-western or south-western
    province or region (PROVINCE), ten letters in ten different ones;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another set's README (qa34 left out)
    (skipped when those READMEs are not beside this folder); each SETTINGS name is in a letter and
    each QUESTION_ONLY name in none.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa33.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "陕西", "甘肃", "宁夏",
                     "青海", "新疆", "四川", "重庆", "云南", "西藏"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q33-01.txt": "河北", "q33-02.txt": "内蒙古", "q33-03.txt": "辽宁", "q33-04.txt": "黑龙江",
            "q33-05.txt": "重庆", "q33-06.txt": "四川", "q33-07.txt": "陕西", "q33-08.txt": "山西",
            "q33-09.txt": "甘肃", "q33-10.txt": "云南"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in another set's README, and each must occur in a letter
SETTINGS = ["辛集", "喀喇沁", "长海", "大长山岛", "小长山岛", "广鹿岛", "獐子岛", "海洋岛", "兰西", "曲尺", "巫山",
            "资阳", "雁江", "紫阳", "平顺", "天台庵", "大云院", "宕昌", "哈达铺", "理川", "沙湾镇", "何家堡", "石屏",
            "異龍", "寶秀",
            # topics no earlier README names
            "皮革", "制革", "滑雪", "岛际", "客船", "亚麻", "脆李", "充电桩", "富硒茶", "党参", "豆腐", "文物看护员",
            "木构建筑",
            # invented people and document-number prefixes
            "郝振川", "葛卫宁", "巴图孟和", "斯琴图雅", "于洪涛", "宫立新", "曲慧敏", "孙晓东", "邹立强", "栾秀珍",
            "邓明富", "廖文杰", "陈国良", "范丽萍", "方春燕", "杨丽娟", "牛保国", "原海生", "申红梅", "马建军",
            "赵彩霞", "王紹華", "李春燕",
            "工信议函", "内文旅提", "长交发", "兰工信函", "雁江发改函", "紫市监函", "平文物字", "石食藥監函"]
# simplified forms of traditional names, and real places written only in questions (near places the
# letters never name): checked against the other READMEs, never in a letter
QUESTION_ONLY = ["异龙", "宝秀", "王绍华", "石食药监函",
                 "肃宁", "扎兰屯", "石城岛", "庄河", "青冈", "大昌", "乐至", "岚皋", "龙门寺", "礼县", "通海"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). The third
# list repeats the second except bare years and words other letters use about other things (票价 in
# 03, 门票 in 02).
TRAPS = {
    "q33-unanswerable-01": (["从业人员约4.3万人"], ["工资", "月薪", "元/月"], ["工资", "月薪", "元/月"]),
    "q33-unanswerable-02": (["2020年辛集市共有制革企业37家"], ["肃宁"], ["肃宁", "肅寧"]),
    "q33-unanswerable-03": (["皮革及制品营业收入约186亿元"], ["2018"], []),
    "q33-unanswerable-04": (["关于由自治区财政对滑雪场门票给予补贴"], ["票价", "元/人", "元/天", "元一天"], ["元/人", "元/天", "元一天"]),
    "q33-unanswerable-05": (["两处滑雪场共接待滑雪游客约8.6万人次"], ["扎兰屯"], ["扎兰屯", "扎蘭屯"]),
    "q33-unanswerable-06": (["2018—2019年雪季"], ["2016", "2017"], []),
    "q33-unanswerable-07": (["本县户籍居民乘坐岛际客船已享受票价五折优惠"], ["元/人", "票价为", "元一张", "全价"], ["元/人", "票价为", "元一张", "全价"]),
    "q33-unanswerable-08": (["连接大长山岛、小长山岛、广鹿岛、獐子岛和海洋岛"], ["石城", "庄河"], ["石城岛", "庄河", "莊河"]),
    "q33-unanswerable-09": (["2022年岛际客运量约58万人次"], ["2021"], []),
    "q33-unanswerable-10": (["2019年生产亚麻纱约7600吨"], ["元/吨", "每吨"], ["元/吨", "每吨"]),
    "q33-unanswerable-11": (["安排亚麻试种3000亩"], ["青冈"], ["青冈", "青岡"]),
    "q33-unanswerable-12": (["2019年生产亚麻纱约7600吨"], ["2018"], []),
    "q33-unanswerable-13": (["社员入库按成本价收取费用"], ["元/吨", "每吨", "元/天"], ["元/吨", "每吨", "元/天"]),
    "q33-unanswerable-14": (["全乡脆李种植面积约1.8万亩"], ["大昌"], ["大昌"]),
    "q33-unanswerable-15": (["种植户约3400户"], ["2013"], []),
    "q33-unanswerable-16": (["居民小区内个人自用充电桩执行居民合表用电价格"], ["服务费", "元/千瓦时", "元/度", "每度"], ["服务费", "元/千瓦时", "元/度", "每度"]),
    "q33-unanswerable-17": (["公共充电桩486个"], ["乐至"], ["乐至", "樂至"]),
    "q33-unanswerable-18": (["全区新能源汽车保有量约6100辆"], ["2020"], []),
    "q33-unanswerable-19": (["全县现有取得食品生产许可的茶叶生产企业96家"], ["元/斤", "每斤", "售价", "元/公斤"], ["元/斤", "每斤", "售价", "元/公斤"]),
    "q33-unanswerable-20": (["茶叶生产企业96家"], ["岚皋"], ["岚皋", "嵐皋"]),
    "q33-unanswerable-21": (["我局对茶叶产品开展监督抽检180批次"], ["2022"], []),
    "q33-unanswerable-22": (["关于将天台庵开辟为收费参观景点的建议"], ["门票", "票价", "元/人"], ["元/人"]),
    "q33-unanswerable-23": (["天台庵和大云院均为全国重点文物保护单位"], ["龙门寺"], ["龙门寺", "龍門寺"]),
    "q33-unanswerable-24": (["聘用文物看护员23名"], ["2012"], []),
    "q33-unanswerable-25": (["2017年全县党参种植面积4.3万亩"], ["元/斤", "每斤", "元/公斤", "收购价为"], ["元/斤", "每斤", "元/公斤", "收购价为"]),
    "q33-unanswerable-26": (["2017年全县党参种植面积4.3万亩"], ["礼县"], ["礼县", "禮縣"]),
    "q33-unanswerable-27": (["2017年全县党参种植面积4.3万亩"], ["2016"], []),
    "q33-unanswerable-28": (["2016年生產豆腐及豆製品約2.4萬噸"], ["元/塊", "每塊", "售價", "元/斤", "元/公斤"], ["元/塊", "每塊", "售價", "元/斤", "元/公斤"]),
    "q33-unanswerable-29": (["小作坊共326家"], ["通海"], ["通海"]),
    "q33-unanswerable-30": (["寶秀鎮58家"], ["2014"], []),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q33-multi_letter-01": ["视频监控", "視頻監控"],
    "q33-multi_letter-02": ["视频监控", "視頻監控"],
    "q33-multi_letter-03": ["电商", "电子商务", "電商", "電子商務"],
    "q33-multi_letter-04": ["电商", "电子商务", "電商", "電子商務"],
    "q33-multi_letter-05": ["地理标志", "地理標誌", "地理標志"],
    "q33-multi_letter-06": ["地理标志", "地理標誌", "地理標志"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa33)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa33)' / 'layout: …' / '---'")
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
body_len = {}; page_len = {}; joint = []; negative = []; years = {}; issuers = {}; cn_date = []
REFUSAL = r"无法采纳|無法採納|无法作出|超出我局职权|不能采纳|不予采纳|无权|不属于|難以承擔|难以承担|暂不能|暫不能"
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = "".join(lines[sal[0]:dat[-1] + 1])
    n = len(norm(body))
    body_len[f] = n
    page_len[f] = len(norm(t))
    if not 600 <= page_len[f] <= 1500: err(f, f"page has {page_len[f]} characters, outside 600-1500")
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
shapes = {}
for f, t in letters.items():
    if re.search(r"^\|\s*索引号\s*\|\s*发布机构\s*\|", t, re.M) and re.search(r"^\|\s*[0-9A-Z]{6,}\S*\s*\|", t, re.M):
        shapes[f] = "column-table"
    elif re.search(r"^索引号：[^|\n]+\|\s*发布机构：", t, re.M): shapes[f] = "pipe-pairs"
    elif re.search(r"^【索引号】", t, re.M): shapes[f] = "bracket-labels"
    elif re.search(r"^发布时间：[^\n]*来源：", t, re.M): shapes[f] = "published-source-line"
    elif "索引号" in norm(t) or "索引號" in norm(t) or re.search(r"(发布时间|發布時間|时间|時間)：", t):
        shapes[f] = "other"
meta = sorted(f for f, s in shapes.items() if s != "other")
if len(meta) != 4: err("letters", f"{len(meta)} letters with portal metadata in a known shape (want 4): {shapes}")
if len(set(shapes[f] for f in meta)) != 4: err("letters", f"metadata shapes repeat: {shapes}")
if any(s == "other" for s in shapes.values()): err("letters", f"a metadata block in an unknown shape: {shapes}")
cohandle = [f for f, t in letters.items()
            if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:4]))
            and any(re.search(r"^\S*(局|委员会|政府)：\s*$", l) for l in t.split("\n"))]
if not joint: err("letters", "no jointly signed letter (two issuers on the sign-off line)")
if not cohandle: err("letters", "no co-handling opinion addressed to the lead unit")
if not negative: err("letters", "no negative reply (three or more refusals in the body)")
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
    if not re.fullmatch(rf"q33-{typ}-\d\d", i): err(i, "id does not match q33-<type>-NN")
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
# every set folder beside this one except qa34, written at the same time by another helper (its
# folder is never opened); a folder without a README is skipped
EARLIER = tuple(sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                     if d not in ("qa33", "qa34") and os.path.isdir(os.path.join(HERE, "..", d))))
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
print("page characters (no whitespace):", {f[4:6]: v for f, v in page_len.items()})
print("body characters, salutation to date (no whitespace):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("metadata blocks:", {f[4:6]: s for f, s in sorted(shapes.items())})
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
