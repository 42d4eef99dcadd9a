#!/usr/bin/env python3
"""Check qa47.jsonl against the letters in letters/ (adapted from made_up/qa46/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa47) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q47-<type>-NN;
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
    metadata block, one in each of 4 shapes (a bullet list with each label over its value, a pipe
    table of pairs, 【bracketed】 labels, one line running 索引号 / 公开范围 / 发布机构 / 文号 together), a jointly signed letter
    (two issuers on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit,
    exactly one mostly negative reply (three or more refusals), one township whose sign-off date is
    in Chinese numerals, a national (ministry) issuer, a province-level issuer, a county (or banner) and a county-level city issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2014-2025, every setting in a northern or western province (PROVINCE);
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another made_up/*/README.md
    (every set folder beside this one except qa48, fields24 and commit26, written at the same time; skipped when those
    READMEs are not beside this folder); each SETTINGS name is in a letter, each QUESTION_ONLY name
    in none, and no NOT_IN_LETTERS city (named in an earlier README) in any letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa47.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"黑龙江", "吉林", "辽宁", "内蒙古", "河北", "山西", "陕西", "甘肃", "宁夏", "青海", "新疆",
                     "西藏", "四川", "重庆", "贵州", "云南", "北京", "天津"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national, or in the breadcrumb; otherwise it is known from the place)
PROVINCE = {"q47-01.txt": "新疆", "q47-02.txt": "黑龙江", "q47-03.txt": "内蒙古", "q47-04.txt": "河北",
            "q47-05.txt": "山西", "q47-06.txt": "陕西", "q47-07.txt": "甘肃", "q47-08.txt": "西藏",
            "q47-09.txt": "天津", "q47-10.txt": "贵州"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["博斯腾湖", "博湖县", "富锦", "二龙山镇", "锦山镇", "上街基镇", "库伦旗", "扣河子镇", "白音花镇",
            "额勒顺镇", "河間", "米各莊鎮", "灵石", "静升镇", "王家大院", "礼泉", "袁家村", "烟霞镇", "永靖",
            "刘家峡", "炳灵寺", "尼木", "吞巴", "津南区", "小站镇", "仁怀", "五马镇", "二合镇", "三合镇",
            "喜头镇", "长岗镇",
            # topics no earlier README names
            "芦苇", "苇田", "侵蚀沟", "荞麦", "驢肉", "古院落", "游船", "藏香", "水磨", "小站稻", "红缨子", "高粱",
            # theme words (each in two or three letters, no letter's main topic)
            "有机肥", "网格员", "游客中心",
            # invented people and document-number prefixes
            "阿力木江", "吾守尔", "邵景春", "孟庆波", "宝音图", "那日苏", "劉振海", "馮國良", "闫保平", "温晓东",
            "雷志强", "党永刚", "屈丽娜", "马进福", "旺堆次仁", "拉巴卓玛", "于庆丰", "穆光荣", "罗德彬",
            "林湿建字", "龙农提", "库农牧函", "河商函", "灵文旅联复", "礼交函", "永交函", "尼文旅提"]
# simplified forms of traditional names, and real places written only in questions (near places the
# letters never name): checked against the earlier READMEs, never in a letter
QUESTION_ONLY = ["河间", "驴肉", "米各庄", "刘振海", "冯国良",
                 "向阳川", "六家子", "沙河桥", "霍州", "乾县", "盐锅峡", "仁布", "葛沽", "大坝镇", "库尔勒"]
# prefecture-level cities of the settings (and other names) that an earlier README names: the letters
# never print them; also words taken by earlier sets that sit close to these topics
NOT_IN_LETTERS = ["巴音郭楞", "焉耆", "和硕", "和静", "佳木斯", "同江", "集贤", "通辽", "奈曼", "沧州", "石家庄",
                  "晋中", "介休", "咸阳", "泾阳", "临夏", "东乡", "拉萨", "遵义", "习水", "金沙", "茅台",
                  "冷链", "电商", "消防", "黑土", "晾晒", "晒场", "烘干", "订单", "蜜桃", "火烧", "客船",
                  "古民居", "民宿", "育秧"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). The third
# list leaves out bare years and words other letters use about other things.
TRAPS = {
    "q47-unanswerable-01": (["国家林业和草原局湿地管理司"], ["联系人", "处长", "经办人", "承办人"], []),
    "q47-unanswerable-02": (["2019年湖区共发生苇田火情14起"], ["2018"], []),
    "q47-unanswerable-03": (["目前博湖县境内芦苇面积约46万亩"], ["库尔勒"], ["库尔勒"]),
    "q47-unanswerable-04": (["经2020年普查", "全市耕地内有侵蚀沟1270条"], ["开始普查", "普查于", "月至", "月开始"], ["开始普查", "普查于"]),
    "q47-unanswerable-05": (["主要分布在二龙山镇、锦山镇、上街基镇一带"], ["向阳川"], ["向阳川"]),
    "q47-unanswerable-06": (["治理侵蚀沟392条", "计划治理侵蚀沟300条以上"], ["2021年治理", "2021年完成治理", "2021年共治理"], ["2021年治理"]),
    "q47-unanswerable-07": (["2016年全旗荞麦播种面积约26万亩"], ["元/亩", "每亩收入", "亩均", "纯收入"], ["每亩收入", "亩均收益", "纯收入"]),
    "q47-unanswerable-08": (["主要种植在扣河子镇、白音花镇、额勒顺镇"], ["六家子"], ["六家子"]),
    "q47-unanswerable-09": (["总产约2.3万吨", "比上年减少约4万亩"], ["2015"], []),
    "q47-unanswerable-10": (["銷售額約21億元"], ["元/斤", "每斤", "價格", "价格", "元/公斤"], ["元/斤", "每斤"]),
    "q47-unanswerable-11": (["家庭作坊約230戶", "米各莊鎮"], ["沙河橋", "沙河桥"], ["沙河橋", "沙河桥"]),
    "q47-unanswerable-12": (["已轉市食品藥品監督管理局辦理"], ["局長", "科長", "負責人", "负责人"], []),
    "q47-unanswerable-13": (["完成7处院落的抢险加固"], ["月完工", "月竣工", "月完成"], ["月完工", "月竣工"]),
    "q47-unanswerable-14": (["还保存明清至民国时期的院落约140处"], ["霍州"], ["霍州"]),
    "q47-unanswerable-15": (["资金共460万元", "审批在10个工作日内办结"], ["收费", "审批费", "手续费", "免费", "费用"], ["审批费", "手续费"]),
    "q47-unanswerable-16": (["开通县城至袁家村旅游专线公交2条"], ["票价", "元/人", "每人", "元一"], ["票价", "元/人"]),
    "q47-unanswerable-17": (["开通县城至袁家村旅游专线公交2条"], ["乾县"], ["乾县"]),
    "q47-unanswerable-18": (["近年来节假日单日进村车辆最多时约1.3万辆"], ["2017"], []),
    "q47-unanswerable-19": (["对新购标准化游船按每艘不超过8万元给予补助", "今年共安排补助资金64万元"], ["票价", "船票", "元/人", "每人"], ["票价", "船票"]),
    "q47-unanswerable-20": (["旅游船舶共42艘"], ["盐锅峡"], ["盐锅峡"]),
    "q47-unanswerable-21": (["2013年水路运送游客约28万人次"], ["2012"], []),
    "q47-unanswerable-22": (["2024年产藏香约95万把，产值约1800万元"], ["元/把", "每把", "价格", "售价"], ["元/把", "每把"]),
    "q47-unanswerable-23": (["目前吞巴乡从事藏香制作的农户约160户"], ["仁布"], ["仁布"]),
    "q47-unanswerable-24": (["对12名老艺人开展影像记录"], ["2023"], []),
    "q47-unanswerable-25": (["2023年产稻谷约6500吨"], ["元/斤", "每斤", "价格", "元/公斤"], ["元/斤", "每斤"]),
    "q47-unanswerable-26": (["目前全镇种植水稻约1.1万亩"], ["葛沽"], ["葛沽"]),
    "q47-unanswerable-27": (["2023年产稻谷约6500吨"], ["2022"], []),
    "q47-unanswerable-28": (["设立价格调节基金须经省级批准"], ["元/亩", "每亩补贴", "按亩补贴", "亩补"], ["元/亩", "每亩补贴", "按亩补贴"]),
    "q47-unanswerable-29": (["其他乡镇　　81000"], ["大坝"], ["大坝镇"]),
    "q47-unanswerable-30": (["2021年全市种植面积、产量和种植户数按乡镇统计如下"], ["2020"], []),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q47-multi_letter-01": ["有机肥", "有機肥"],
    "q47-multi_letter-02": ["有机肥", "有機肥"],
    "q47-multi_letter-03": ["网格员", "網格員"],
    "q47-multi_letter-04": ["网格员", "網格員"],
    "q47-multi_letter-05": ["游客中心", "遊客中心"],
    "q47-multi_letter-06": ["游客中心", "遊客中心"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa47)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa47)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a northern or western province")


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
# portal metadata blocks in four shapes: an 索引号 table with two label-value pairs a line, a pipe
# table of pairs, 【bracketed】 labels, stacked 发布时间 / 来源 / 文号 label lines (no 索引号)
shapes = {}
for f, t in letters.items():
    if re.search(r"^\s*•\s*索\s*引\s*号：\s*\n\s+\S+\s*\n", t, re.M): shapes[f] = "label-over-value-bullets"
    elif re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes[f] = "pipe-pairs"
    elif re.search(r"^【索引号】", t, re.M): shapes[f] = "bracketed-labels"
    elif re.search(r"^索\s*引\s*号：\S+\s+公开范围：\S+\s+发布机构：\S+\s+文\s*号：", t, re.M): shapes[f] = "one-line-index-run"
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
county = [f for f, s in issuers.items() if re.search(r"(县|縣|旗)\S*(局|委员会)$", s) and not re.search(r"\s", s)]
city = [f for f, s in issuers.items() if re.search(r"^\S+(市)\S*(局|委员会)$", s) and not s.startswith(("北京", "天津", "重庆", "上海"))]
if not national: err("letters", "no national (ministry-level) issuer")
if not province: err("letters", "no province-level issuer")
if not county: err("letters", "no county issuer")
if not city: err("letters", "no county-level city issuer")
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
if any(not "2014" <= y <= "2025" for y in years.values()): err("letters", f"a year outside 2014-2025: {years}")

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
    if not re.fullmatch(rf"q47-{typ}-\d\d", i): err(i, "id does not match q47-<type>-NN")
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
# every set folder beside this one except qa48, fields24 and commit26, written at the same time by other helpers (their
# folder is never opened); a folder without a README is skipped
EARLIER = tuple(sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                     if d not in ("qa47", "qa48", "fields24", "commit26") and os.path.isdir(os.path.join(HERE, "..", d))))
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
      "; county:", [f[4:6] for f in county], "; city:", [f[4:6] for f in city],
      "; township:", [f[4:6] for f in township], "(Chinese-numeral date:", [f[4:6] for f in cn_date], ")")
print("traditional:", [f[4:6] for f in trad])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
