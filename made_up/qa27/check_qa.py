#!/usr/bin/env python3
"""Check qa27.jsonl against the letters in letters/ (adapted from made_up/qa24/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa27) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q27-<type>-NN;
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
    exactly 5 without numbered headings and 5 with them, exactly 4 with a portal metadata block
    (索引号) in 4 different shapes (label：value lines, pipe table of pairs, bullets with the label
    over its value, bracketed pairs), a jointly signed letter (two issuers
    on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit, one mostly
    negative reply (three or more refusals), one township whose sign-off date is in Chinese
    numerals, a national (ministry) issuer, a province-level issuer, a county and a district issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2012-2025, every setting in a northern, north-eastern, north-western or south-western
    province (PROVINCE), ten letters in ten different provinces;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or an earlier made_up/*/README.md
    (skipped when those READMEs are not beside this folder); each SETTINGS name is in a letter and
    each QUESTION_ONLY name in none.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa27.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"黑龙江", "吉林", "辽宁", "内蒙古", "河北", "山西", "陕西", "甘肃", "宁夏", "青海", "新疆",
                     "西藏", "四川", "云南", "重庆", "天津", "北京"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q27-01.txt": "甘肃", "q27-02.txt": "黑龙江", "q27-03.txt": "山西", "q27-04.txt": "河北",
            "q27-05.txt": "四川", "q27-06.txt": "重庆", "q27-07.txt": "宁夏", "q27-08.txt": "青海",
            "q27-09.txt": "云南", "q27-10.txt": "吉林"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["肃州", "总寨", "银达", "三墩", "金佛寺", "酒泉", "拜泉", "克山", "明水", "静乐", "娑婆", "双路", "丰润",
            "临城", "西竖", "郝庄", "赵庄", "鸭鸽营", "竹篙", "金堂", "涪陵", "珍溪", "南沱", "蔺市", "永宁县", "闽宁",
            "杨和", "玛沁", "拉加", "东倾沟", "当洛", "镇雄", "以勒", "泼机", "芒部", "母享", "塘房", "赤水源",
            "舒蘭", "白旗", "溪河", "法特",
            # topics no earlier README names
            "制种", "执业药师", "护林员", "核桃", "羊肚菌", "采砂", "葡萄酒", "鼠害", "坡改梯", "育秧",
            # invented people and document-number prefixes
            "蔺振邦", "邵明哲", "乔慧敏", "贾宝林", "武建平", "冯丽娟", "郜志强", "缪德全", "冉从军", "谭晓梅",
            "马占福", "海文静", "索南才让", "才让东智", "禄志华", "金成浩", "樸美玉",
            "农种函", "黑药监提", "临林字", "涪水提", "玛林草函", "镇农函", "舒農函"]
# simplified forms of names the traditional page prints, and real places written only in questions
# (near the letters' places, never named by a letter): checked against the earlier READMEs, never
# in a letter
QUESTION_ONLY = ["舒兰", "朴美玉", "临泽", "克东", "杜家村", "宁武", "内丘", "赵镇", "武隆", "贺兰县", "优云",
                 "雨河", "上营"]

# the mostly negative reply (three or more refusals)
MOSTLY_NEGATIVE = "q27-08.txt"

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all)
TRAPS = {
    "q27-unanswerable-01": (["主要分布在总寨、银达、三墩、金佛寺等镇", "28.6万亩"], ["总寨镇制种", "其中总寨", "总寨镇约", "总寨镇有"], []),
    "q27-unanswerable-02": (["1.27亿公斤", "保险金额每亩1400元"], ["元/公斤", "每公斤", "收购价"], []),
    "q27-unanswerable-03": (["28.6万亩"], [], ["临泽"]),
    "q27-unanswerable-04": (["发现执业药师不在岗的97家"], [], ["克东"]),
    "q27-unanswerable-05": (["目前已覆盖门店326家"], ["万元", "经费", "投入资金"], []),
    "q27-unanswerable-06": (["注册在零售企业的执业药师1.94万人"], ["2020"], []),
    "q27-unanswerable-07": (["目前在岗护林员1260名，分布在全县14个乡镇"], [], ["杜家村"]),
    "q27-unanswerable-08": (["县财政安排资金18.9万元", "最高保额20万元"], ["保险公司", "人寿", "财险", "人保", "承保"], []),
    "q27-unanswerable-09": (["目前在岗护林员1260名"], [], ["宁武"]),
    "q27-unanswerable-10": (["2015年核桃总产量1.05万吨，产值3.1亿元"], ["元/斤", "每斤", "售价", "价格", "元/公斤"], []),
    "q27-unanswerable-11": (["全县核桃种植面积21.3万亩"], [], ["内丘"]),
    "q27-unanswerable-12": (["2015年核桃总产量1.05万吨"], ["2014"], []),
    "q27-unanswerable-13": (["鲜菇产量约720吨"], ["元/斤", "每斤", "售价", "价格", "元/公斤"], []),
    "q27-unanswerable-14": (["全镇羊肚菌种植面积达到2400亩"], [], ["赵镇"]),
    "q27-unanswerable-15": (["2022年冬至2023年春这一季"], ["2021"], []),
    "q27-unanswerable-16": (["全区依法许可开采河砂31.6万吨", "建筑砂石价格监测属于区发展改革委的职责"], ["元/吨", "每吨", "价格为", "单价"], []),
    "q27-unanswerable-17": (["乌江涪陵段设置可采区2个"], ["可采区位于", "可采区分别", "可采区设在"], []),
    "q27-unanswerable-18": (["查处非法采砂案件14起"], [], ["武隆"]),
    "q27-unanswerable-19": (["全县现有取得食品生产许可的酒庄和葡萄酒生产企业31家"], ["万瓶", "瓶"], []),
    "q27-unanswerable-20": (["目前全县有19家酒庄经核准使用地理标志专用标志"], [], ["贺兰县"]),
    "q27-unanswerable-21": (["货值金额共计27.6万元"], ["罚款", "罚没"], []),
    "q27-unanswerable-22": (["采用生物毒素饵料开展防控52万亩"], ["元/亩", "每亩"], []),
    "q27-unanswerable-23": (["主要分布在拉加镇、东倾沟乡和当洛乡"], [], ["优云"]),
    "q27-unanswerable-24": (["采用生物毒素饵料开展防控52万亩"], ["2018"], []),
    "q27-unanswerable-25": (["合计　　14000"], [], ["雨河"]),
    "q27-unanswerable-26": (["共投入资金3920万元"], ["施工单位", "公司", "工程队", "施工队"], []),
    "q27-unanswerable-27": (["2015年至2016年"], ["2014"], []),
    "q27-unanswerable-28": (["稻穀總產量41萬噸"], ["元/斤", "每斤", "售價", "價格", "元/公斤"], []),
    "q27-unanswerable-29": (["全市現有水稻育秧大棚1.6萬棟"], [], ["上营", "上營"]),
    "q27-unanswerable-30": (["主要分佈在平安鎮、白旗鎮、溪河鎮、法特鎮等水稻主產鄉鎮"], ["法特鎮有", "其中法特", "法特鎮育秧"], []),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q27-multi_letter-01": ["地理标志", "地理標誌"],
    "q27-multi_letter-02": ["地理标志", "地理標誌"],
    "q27-multi_letter-03": ["保险", "保險"],
    "q27-multi_letter-04": ["保险", "保險"],
    "q27-multi_letter-05": ["无人机", "無人機"],
    "q27-multi_letter-06": ["无人机", "無人機"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa27)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa27)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a northern, north-eastern, north-western or south-western province")
if len(set(PROVINCE.values())) != 10: err("letters", "the ten letters are not set in ten different provinces")


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
REFUSAL = r"无法采纳|無法採納|无法作出|超出我局职权|不能采纳|不予采纳|无权|不属于|难以承担"
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
    if len(re.findall(REFUSAL, body)) >= 3:
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
if not negative: err("letters", "no negative reply (three or more refusals in the body)")
if MOSTLY_NEGATIVE not in negative: err(MOSTLY_NEGATIVE, "the mostly negative reply has fewer than three refusals")
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
    if not re.fullmatch(rf"q27-{typ}-\d\d", i): err(i, "id does not match q27-<type>-NN")
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
# the sets written before this one (qa28 is written at the same time by another helper, so it is
# left out and its folder is never opened; later sets may name this one's places)
EARLIER = ("commit4", "commit5", "commit6", "commit7", "commit8", "commit9", "commit10", "commit11", "commit12",
           "commit13", "commit14", "commit15", "fields4", "fields5", "fields6", "fields7", "fields8", "fields9",
           "fields10", "fields11", "fields12", "fields13", "qa7", "qa8", "qa9", "qa10", "qa11", "qa12", "qa13",
           "qa14", "qa15", "qa16", "qa17", "qa18", "qa19", "qa20", "qa21", "qa22", "qa23", "qa24", "qa25", "qa26")
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
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
