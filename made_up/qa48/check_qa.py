#!/usr/bin/env python3
"""Check qa48.jsonl against the letters in letters/ (adapted from made_up/qa46/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa48) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q48-<type>-NN;
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
    metadata block, one in each of 4 shapes (an 索引号 table with two label-value pairs a line, a pipe
    table of pairs, a label-over-value bulleted list, a record table of the suggestion with 名称 / 编号 /
    领衔代表), a jointly signed letter
    (two issuers on the sign-off line) AND a co-handling opinion (会办/协办意见) addressed to a unit,
    exactly one mostly negative reply (three or more refusals), one township whose sign-off date is
    in Chinese numerals, a province-level issuer, a county and a district issuer,
    one traditional-character page, one table-like list of figures, both 提案 and 建议, years spread
    over 2012-2025, every setting in a southern, eastern or central province (PROVINCE);
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter (a string starting "re:" is a regular
    expression); exactly three traps ask about an adjacent year or place, and every other trap asks a
    kind of fact the letter does not give;
  * at least two multi_turn items end on an elliptical turn (at most 6 Chinese characters or 4 words),
    and at least two English questions (tag how-answered) ask how a bureau answered;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another made_up/*/README.md
    (every set folder beside this one except qa47, fields24 and commit26, written at the same time and
    never opened; skipped when those
    READMEs are not beside this folder); each SETTINGS name is in a letter, each QUESTION_ONLY name
    in none, and no NOT_IN_LETTERS city (named in an earlier README) in any letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa48.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"福建", "江西", "安徽", "山东", "浙江", "江苏", "广东", "广西", "湖南", "湖北", "河南",
                     "贵州", "海南", "上海"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q48-01.txt": "山东", "q48-02.txt": "浙江", "q48-03.txt": "安徽", "q48-04.txt": "福建",
            "q48-05.txt": "江西", "q48-06.txt": "河南", "q48-07.txt": "湖北", "q48-08.txt": "湖南",
            "q48-09.txt": "广东", "q48-10.txt": "广西"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["博山", "山头街道", "域城镇", "金东", "赤松镇", "天长", "秦栏镇", "铜城镇", "建陽", "水吉鎮",
            "高安", "筠阳街道", "八景镇", "陕州", "张汴乡", "西张村镇", "鄂城", "汀祖镇", "杜山镇",
            "东安县", "芦洪市镇", "大庙口镇", "紫溪市镇", "横塘镇", "斗门", "白蕉镇", "宜州", "庆远镇", "下枧河",
            # topics no earlier README names
            "琉璃", "坩埚", "佛手", "线缆", "铜材", "建盞", "建窯", "货运", "货车", "通行费", "地坑院", "黄土塬",
            "窑洞", "铜镜", "范铸", "压铸", "东安鸡", "种鸡", "鸡苗", "海鲈", "尾水", "鱼塘", "河涌", "刘三姐",
            "山歌", "歌圩",
            # invented people and document-number prefixes
            "孟繁荣", "吕晓东", "方志强", "郑晓梅", "许国平", "魏东升", "詹文斌", "葉建輝", "黄志刚", "彭立军",
            "杨建设", "段红梅", "刘德明", "陈卫东", "余志红", "唐国强", "蒋丽萍", "黄健明", "梁志鹏", "韦美玲",
            "博经信提", "金东农建", "天经信联", "建經信提", "高交建字", "桂文提函", "东安农提"]
# simplified forms of traditional names, and real places written only in questions (near places the
# letters never name): checked against the earlier READMEs, never in a letter
QUESTION_ONLY = ["建阳", "建盏", "水吉镇", "建窑", "叶建辉", "建经信提", "白牙市", "乾务"]
# prefecture-level cities of the settings that an earlier README names, topic words found taken, and
# qa46's theme words: the letters never print them
NOT_IN_LETTERS = ["淄博", "淄川", "金华", "滁州", "南平", "宜春", "三门峡", "鄂州", "永州", "珠海", "河池",
                  "叶建华", "东农函", "蚕桑", "甘蔗", "湿地", "民宿", "预制菜", "盆景", "花卉", "台风", "石榴",
                  "柳编", "桂花", "湘莲", "南繁", "物流", "葡萄", "冷链", "电商", "消防", "直播", "周文军",
                  "博览会", "团体标准", "门市"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). A string
# starting "re:" is a regular expression on the page (after norm). DATE matches a day of the month not
# preceded by 年 (so the sign-off date does not count).
DATE = r"re:(?<![年0-9])[0-9]{1,2}月[0-9]{1,2}日"
TRAPS = {
    "q48-unanswerable-01": (["改造补助资金85万元"], ["元/立方米", "每立方米", "元/方"], ["元/立方米", "每立方米", "元/方"]),
    "q48-unanswerable-02": (["其中3人取得工艺美术师职称"], ["名单", "分别是", "师傅"], ["名单", "分别是"]),
    "q48-unanswerable-03": (["2013年实现产值约11.5亿元"], ["2012"], []),
    "q48-unanswerable-04": (["保费由区财政补贴70%"], ["元/亩", "每亩保费", "亩保费"], ["元/亩", "每亩保费", "亩保费"]),
    "q48-unanswerable-05": (["区内现有佛手加工企业4家"], ["有限公司", "公司"], ["有限公司"]),
    "q48-unanswerable-06": (["联合保险机构"], ["保险公司", "人保", "财险"], ["人保", "财险"]),
    "q48-unanswerable-07": (["线缆案件7起"], ["有限公司"], ["有限公司"]),
    "q48-unanswerable-08": (["检查经营户182家"], [DATE], []),
    "q48-unanswerable-09": (["推动21家企业开展技术改造"], ["万元/家", "每家"], ["万元/家", "每家"]),
    "q48-unanswerable-10": (["約300家作坊接通管道天然氣"], ["總投資", "投資約", "总投资"], ["总投资", "總投資"]),
    "q48-unanswerable-11": (["2015年銷售收入約18億元"], ["元/只", "每只", "元一只", "元/隻", "每隻"], ["元/只", "每只", "元一只", "元/隻", "每隻"]),
    "q48-unanswerable-12": (["其中11人取得職稱"], ["名單", "分別是"], ["名单", "名單"]),
    "q48-unanswerable-13": (["设置货车临时停靠点4处"], [DATE, "启用"], ["启用"]),
    "q48-unanswerable-14": (["享受货车ETC通行费优惠"], ["折", "%"], ["九五折", "折优惠"]),
    "q48-unanswerable-15": (["转市金融工作部门"], ["主任", "负责人", "部长"], []),
    "q48-unanswerable-16": (["已有176户地坑院住户用上天然气"], ["初装费", "元/户", "每户"], ["初装费", "元/户"]),
    "q48-unanswerable-17": (["2022年接待游客约41万人次"], ["元/晚", "每晚", "房价"], ["元/晚", "每晚", "房价"]),
    "q48-unanswerable-18": (["在张汴乡确定示范村1个"], ["村为示范村", "示范村为", "示范村是"], []),
    "q48-unanswerable-19": (["虚假宣传案件5起"], ["罚款", "罚没", "万元"], []),
    "q48-unanswerable-20": (["采用传统范铸工艺的作坊9家"], ["镜坊", "有限公司", "字号为"], ["镜坊"]),
    "q48-unanswerable-21": (["检查86户次"], [DATE], []),
    "q48-unanswerable-22": (["每年向养殖户提供鸡苗约280万羽"], ["元/羽", "元/只", "元一只"], ["元/羽", "元/只", "元一只"]),
    "q48-unanswerable-23": (["县畜牧水产事务中心建成东安鸡原种场1个"], ["场长"], ["场长"]),
    "q48-unanswerable-24": (["其他乡镇　　670"], ["白牙市"], ["白牙市"]),
    "q48-unanswerable-25": (["投保户数达到640户"], ["元/亩", "每亩保费", "亩保费"], ["元/亩", "每亩保费", "亩保费"]),
    "q48-unanswerable-26": (["全镇海鲈养殖面积约3.2万亩"], ["乾务"], ["乾务"]),
    "q48-unanswerable-27": (["汛期受灾的87户已全部获得理赔"], [DATE, "理赔金额", "赔付"], ["理赔金额", "赔付"]),
    "q48-unanswerable-28": (["其中国家级1名"], ["传承人为", "传承人是"], []),
    "q48-unanswerable-29": (["出版歌谣选集2册"], ["出版社"], ["出版社"]),
    "q48-unanswerable-30": (["自治区级代表性传承人每人每年补助8000元"], ["国家级代表性传承人每人", "国家级传承人每"], ["国家级代表性传承人每人"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q48-multi_letter-01": ["天然气", "天然氣"],
    "q48-multi_letter-02": ["天然气", "天然氣"],
    "q48-multi_letter-03": ["仿冒"],
    "q48-multi_letter-04": ["仿冒"],
    "q48-multi_letter-05": ["保险", "保險"],
    "q48-multi_letter-06": ["保险", "保險"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa48)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa48)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a southern, eastern or central province")


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


def found(s, f):
    """s in the whole page of f (after norm); "re:" starts a regular expression."""
    if s.startswith("re:"):
        return re.search(s[3:], NRAW[f]) is not None
    return norm(s) in NRAW[f]


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
    if re.search(r"^索\s*引\s*号：\S+[ \t\u3000]+发布机构：\S+\s*\n文\s*号：\S+[ \t\u3000]+发布日期：\S+\s*\n", t, re.M): shapes[f] = "index-table-two-pairs-a-line"
    elif re.search(r"^\|\s*索\s*引\s*号\s*\|", t, re.M): shapes[f] = "pipe-pairs"
    elif re.search(r"^- 索引号\s*\n- \S+\s*\n- 发文字号\s*\n", t, re.M): shapes[f] = "label-over-value-list"
    elif re.search(r"^名称[ \t\u3000]+\S.*\n编号[ \t\u3000]+\S+[ \t\u3000]+领衔代表[ \t\u3000]+\S+", t, re.M): shapes[f] = "suggestion-record-table"
    elif "索引号" in norm(t) or "索引號" in norm(t) or "领衔代表" in norm(t): shapes[f] = "other"
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
    if not re.fullmatch(rf"q48-{typ}-\d\d", i): err(i, "id does not match q48-<type>-NN")
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
            if found(s, nl[0]): err(i, f"{nl[0]} contains {s!r}: the letter may answer the question")
        for s in nowhere:
            for f in raw:
                if found(s, f): err(i, f"{f} contains {s!r}: another letter may answer the question")
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

adjacent = sum(n for k, n in asks.items() if k in ("another-year", "another-place"))
if adjacent != 3: err("mix", f"{adjacent} traps ask about an adjacent year or place (want exactly 3)")
ellipses = []
for d in rows:
    if d.get("type") == "multi_turn" and d.get("turns"):
        last = d["turns"][-1]
        if (CJK.search(last) and len(re.findall(r"[\u4e00-\u9fff]", last)) <= 6) or \
           (not CJK.search(last) and len(last.split()) <= 4):
            ellipses.append(d["id"])
if len(ellipses) < 2: err("mix", f"elliptical second turns: {ellipses} (want at least 2)")
how = [d["id"] for d in rows if d.get("type") == "en" and "how-answered" in d.get("tags", [])]
if len(how) < 2: err("mix", f"English how-did-it-answer questions: {how} (want at least 2)")

# ---- settings not used by an earlier set ----
# every set folder beside this one except qa47, fields24 and commit26, written at the same time by other
# helpers (their folders are never opened); a folder without a README is skipped
CONCURRENT = ("qa47", "fields24", "commit26", "qa48")
EARLIER = tuple(sorted(d for d in os.listdir(os.path.join(HERE, ".."))
                     if d not in CONCURRENT and os.path.isdir(os.path.join(HERE, "..", d))))
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
print("adjacent-year/place traps:", adjacent, "; elliptical turns:", ellipses, "; en how-answered:", how)
print("longest run shared by a Chinese question and its reference:", max(overlap.values()) if overlap else 0)
print("body characters (no whitespace):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("metadata blocks:", {f[4:6]: s for f, s in shapes.items()})
print("jointly signed:", [f[4:6] for f in joint], "; co-handling:", [f[4:6] for f in cohandle],
      "; negative reply:", [f[4:6] for f in negative], "; table of figures:", [f[4:6] for f in table])
print("province:", [f[4:6] for f in province],
      "; county:", [f[4:6] for f in county], "; district:", [f[4:6] for f in district],
      "; township:", [f[4:6] for f in township], "(Chinese-numeral date:", [f[4:6] for f in cn_date], ")")
print("traditional:", [f[4:6] for f in trad])
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
