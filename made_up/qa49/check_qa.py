#!/usr/bin/env python3
"""Check qa49.jsonl against the letters in letters/ (adapted from made_up/qa49/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa49) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q49-<type>-NN;
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
    over 2012-2025, every setting in a northeastern, northern or southwestern province (PROVINCE),
    one letter per province, and a national (ministry-level) issuer;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter (a string starting "re:" is a regular
    expression); exactly three traps ask about an adjacent year or place, and every other trap asks a
    kind of fact the letter does not give;
  * at least two multi_turn items end on an elliptical turn (at most 6 Chinese characters or 4 words),
    and at least two English questions (tag how-answered) ask how a bureau answered;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another made_up/*/README.md
    (every set folder beside this one except qa50, fields25 and commit27, written at the same time and
    never opened; skipped when those
    READMEs are not beside this folder); each SETTINGS name is in a letter, each QUESTION_ONLY name
    in none, and no NOT_IN_LETTERS word (named in an earlier README) in any letter;
  * new in qa49: at least 3 English questions tagged body-place name (in pinyin or English) a place
    that only the letter's body holds (BODY_PLACES: the Chinese name is in the body, not in the
    header above the salutation nor on the sign-off line); at least 2 Chinese questions tagged
    synonym-topic name the letter only by county and a synonym of its topic word (SYNONYMS: the
    question holds the county and the synonym but not the topic word; the letter holds the topic
    word but not the synonym); at least 2 questions tagged already-done and 2 tagged next-step, all
    on letters without numbered headings.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa49.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"辽宁", "吉林", "黑龙江", "河北", "山西", "内蒙古", "四川", "重庆", "贵州", "云南", "西藏",
                     "北京", "天津"}
# each letter's setting (the province is named in the letter where the issuer is provincial or
# national; otherwise it is known from the place)
PROVINCE = {"q49-01.txt": "辽宁", "q49-02.txt": "吉林", "q49-03.txt": "黑龙江", "q49-04.txt": "河北",
            "q49-05.txt": "山西", "q49-06.txt": "内蒙古", "q49-07.txt": "四川", "q49-08.txt": "重庆",
            "q49-09.txt": "贵州", "q49-10.txt": "云南"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["南芬", "思山岭街道", "下马塘街道", "庙儿沟", "丰满区", "旺起镇", "松花湖", "阿城区", "金上京", "会宁府",
            "阿什河", "井陉", "于家村", "新绛", "汾河", "卓资", "卓资山镇", "仁寿", "文宫镇", "富加镇", "汪洋镇",
            "黑龙滩", "南岸区", "黄桷垭", "老君洞", "大方縣", "金平县", "马鞍底", "蝴蝶谷",
            # topics no earlier README names
            "尾矿", "矿坑", "排土场", "渔猎", "鳙鱼", "保鲜库", "拉花", "澄泥砚", "熏鸡", "枇杷", "泉水鸡", "漆器",
            "髹飾", "漆樹", "草果", "烤房", "学徒", "學徒", "地方标准",
            # invented people and document-number prefixes
            "宫立诚", "孙立国", "刘雅琴", "高振江", "马晓丽", "于振东", "赵丽敏", "贾文斌", "卫建平", "吕志宏",
            "薛红梅", "萨仁图雅", "白雪峰", "钟永红", "罗建勋", "谭晓峰", "冉小东", "龍德明", "陳國棟", "楊秀英",
            "李春福", "普建国",
            "南国土提", "文物提函", "井文旅建", "内市监建字", "仁农提", "南岸商务建", "大經信提"]
# simplified forms of the traditional page's names, real places written only in questions (near places
# the letters never name) and the synonyms the synonym-topic questions use: checked against the earlier
# READMEs, never in a letter
QUESTION_ONLY = ["大方县", "龙德明", "陈国栋", "杨秀英", "大经信提", "髹饰", "漆树", "视高", "勐拉", "卢橘", "砚台"]
# prefecture-level cities an earlier README names, words found taken while choosing names, and first
# choices of names that were changed: the letters never print them
NOT_IN_LETTERS = ["乌兰察布", "哈尔滨", "本溪", "抚顺", "阜新", "玛瑙", "南山", "钟祥", "停车", "车位", "冷库",
                  "泊车", "增殖放流", "明厨亮灶", "研学", "电商", "商标", "温泉", "复垦", "油烟", "夜市", "直播",
                  "冷链", "赵丽娟", "乌云其木格", "罗建华", "宫立新", "岫岩", "抚松", "饶河", "蔚县", "清徐",
                  "郫都", "涪陵", "玉屏", "鹤庆", "巴林"]

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). A string
# starting "re:" is a regular expression on the page (after norm). DATE matches a day of the month not
# preceded by 年 (so the sign-off date does not count).
DATE = r"re:(?<![年0-9])[0-9]{1,2}月[0-9]{1,2}日"
TRAPS = {
    "q49-unanswerable-01": (["计划2015年底前完成矿山公园总体规划编制"], ["规划经费", "编制费用", "编制经费"], ["规划经费", "编制费用", "编制经费"]),
    "q49-unanswerable-02": (["引进尾矿制砖和机制砂企业2家"], ["有限公司", "公司"], ["有限公司"]),
    "q49-unanswerable-03": (["据我局2013年组织的专项调查"], ["2012年组织", "2012年调查", "2012年的调查"], []),
    "q49-unanswerable-04": (["严格执行每年春季禁渔期制度"], [DATE, "禁渔期为", "禁渔期从"], ["禁渔期为", "禁渔期从"]),
    "q49-unanswerable-05": (["鲜鱼保鲜库3座"], ["万元"], []),
    "q49-unanswerable-06": (["其中鳙鱼、鲢鱼约占七成"], ["元/公斤", "每公斤", "元/斤", "每斤"], ["元/斤", "每斤", "元/公斤"]),
    "q49-unanswerable-07": (["开展主动性考古发掘3项"], ["领队", "主持发掘", "研究员"], ["领队", "主持发掘"]),
    "q49-unanswerable-08": (["我局已于2016年批复遗址保护规划编制立项"], ["预计", "规划将于", "年批复遗址保护规划。"], ["规划将于"]),
    "q49-unanswerable-09": (["城垣周长约11公里"], ["游客", "人次"], []),
    "q49-unanswerable-10": (["县级以上代表性传承人"], ["名传承人", "位传承人", "传承人共", "传承人有"], ["名传承人", "位传承人"]),
    "q49-unanswerable-11": (["年内在于家村建成拉花传习所1处", "投入38万元"], ["投资", "传习所投入"], []),
    "q49-unanswerable-12": (["明年春节期间举办全县拉花展演"], ["开场", "领衔演出"], ["开场"]),
    "q49-unanswerable-13": (["2018年销售收入约3100万元"], ["元一方", "每方", "元/方"], ["元一方", "每方", "元/方"]),
    "q49-unanswerable-14": (["举办澄泥砚制作技能比赛1次"], ["奖金", "一等奖"], ["奖金", "一等奖"]),
    "q49-unanswerable-15": (["组织6家作坊参加省内工艺品展销活动"], ["有限公司", "工作室"], ["工作室"]),
    "q49-unanswerable-16": (["2023年熏鸡产量约900万只"], ["元/只", "每只", "元一只"], ["元/只", "每只", "元一只"]),
    "q49-unanswerable-17": (["查处冒用卓资熏鸡名称的案件4起"], ["罚款", "罚没"], ["罚没"]),
    "q49-unanswerable-18": (["对不合格的3批次产品已全部依法处置"], ["有限公司", "公司"], ["有限公司"]),
    "q49-unanswerable-19": (["其他乡镇　　4.1"], ["视高"], ["视高"]),
    "q49-unanswerable-20": (["连续举办枇杷采摘节"], ["门票", "元/人"], ["门票"]),
    "q49-unanswerable-21": (["引进推广早熟和晚熟品种6个"], ["品种为", "品种包括"], ["品种为", "品种包括"]),
    "q49-unanswerable-22": (["现有泉水鸡餐馆约130家"], ["元一份", "元/份", "每份"], ["元一份", "元/份", "每份"]),
    "q49-unanswerable-23": (["首批评出示范店12家"], ["名单", "分别是"], ["名单", "分别是"]),
    "q49-unanswerable-24": (["开展食品安全检查410家次"], [DATE], []),
    "q49-unanswerable-25": (["計劃2017年底前完成產業園規劃"], ["總投資", "投資約", "总投资"], ["总投资", "總投資"]),
    "q49-unanswerable-26": (["支持9家企業改造生產車間"], ["有限公司", "公司"], ["有限公司"]),
    "q49-unanswerable-27": (["2015年銷售收入約4800萬元"], ["元一件", "每件", "元/件"], ["元一件", "每件", "元/件"]),
    "q49-unanswerable-28": (["全乡林下种植草果约4.6万亩"], ["勐拉"], ["勐拉"]),
    "q49-unanswerable-29": (["每公斤干果售价比自家烘烤的平均高出约4元"], ["元/公斤", "公斤售价约", "每公斤售价为"], ["元/公斤"]),
    "q49-unanswerable-30": (["引导成立草果专业合作社4个"], ["理事长", "负责人"], ["理事长"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q49-multi_letter-01": ["学徒", "學徒"],
    "q49-multi_letter-02": ["学徒", "學徒"],
    "q49-multi_letter-03": ["保鲜库"],
    "q49-multi_letter-04": ["保鲜库"],
    "q49-multi_letter-05": ["地方标准"],
    "q49-multi_letter-06": ["地方标准"],
}

# qa49: places only a letter's body holds, named in English questions (Chinese name, name in the question)
BODY_PLACES = {
    "q49-en-01": ("庙儿沟", "Miaoergou"),
    "q49-en-03": ("松花湖", "Songhua Lake"),
    "q49-en-07": ("于家村", "Yujia village"),
    "q49-en-13": ("黑龙滩水库", "Heilongtan reservoir"),
    "q49-en-15": ("黄桷垭", "Huangjueya"),
    "q49-en-19": ("蝴蝶谷", "Butterfly Valley"),
}
# qa49: Chinese questions naming a letter only by county and a synonym of its topic word
# (county, topic word in the letter, synonym in the question)
SYNONYMS = {
    "q49-zh-13": ("新绛", "澄泥砚", "砚台"),
    "q49-zh-19": ("仁寿", "枇杷", "卢橘"),
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa49)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa49)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not a northeastern, northern or southwestern province")


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
    if not re.fullmatch(rf"q49-{typ}-\d\d", i): err(i, "id does not match q49-<type>-NN")
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

# ---- qa49: body places, synonym-topic questions, already-done / next-step questions ----
if not national: err("letters", "no national (ministry-level) issuer")
if len(set(PROVINCE.values())) != len(PROVINCE): err("letters", "two letters share a province")
byid = {d.get("id"): d for d in rows}
bodyplace = []
for i, (zh_name, en_name) in BODY_PLACES.items():
    d = byid.get(i)
    if not d: err(i, "BODY_PLACES names a missing question"); continue
    if d.get("type") != "en" or "body-place" not in d.get("tags", []): err(i, "body-place question must be type en and tagged body-place")
    if en_name.lower() not in d.get("question", "").lower(): err(i, f"question does not name {en_name!r}")
    t = letters.get(d.get("gold_file"), "")
    lines = t.split("\n")
    sal = [k for k, l in enumerate(lines) if re.search(r"(代表|委员|委員|委员会|局)：\s*$", l)]
    dat = [k for k, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat: err(i, "cannot split the gold letter"); continue
    header = "\n".join(lines[:sal[0]]); body_txt = "\n".join(lines[sal[0]:dat[-1] - 1]); signoff = lines[dat[-1] - 1]
    if zh_name not in body_txt: err(i, f"{zh_name} not in the body of {d.get('gold_file')}")
    if zh_name in header or zh_name in signoff: err(i, f"{zh_name} is in the header or on the sign-off line (not body-only)")
    bodyplace.append(i)
tagged_bp = [d["id"] for d in rows if "body-place" in d.get("tags", [])]
if sorted(tagged_bp) != sorted(BODY_PLACES): err("mix", f"body-place tags {tagged_bp} differ from BODY_PLACES")
if len(bodyplace) < 3: err("mix", f"{len(bodyplace)} English body-place questions (want at least 3)")
synq = []
for i, (cty, topic, syn) in SYNONYMS.items():
    d = byid.get(i)
    if not d: err(i, "SYNONYMS names a missing question"); continue
    q = d.get("question", ""); f = d.get("gold_file")
    if d.get("type") != "zh" or "synonym-topic" not in d.get("tags", []): err(i, "synonym-topic question must be type zh and tagged synonym-topic")
    if cty not in q or syn not in q: err(i, f"question lacks the county {cty} or the synonym {syn}")
    if topic in q: err(i, f"question uses the topic word {topic}")
    if f not in letters or topic not in letters[f]: err(i, f"topic word {topic} not in {f}")
    elif any(syn in t for t in raw.values()): err(i, f"synonym {syn} occurs in a letter")
    synq.append(i)
if len(synq) < 2: err("mix", f"{len(synq)} synonym-topic Chinese questions (want at least 2)")
done_q = [d["id"] for d in rows if "already-done" in d.get("tags", [])]
next_q = [d["id"] for d in rows if "next-step" in d.get("tags", [])]
for i in done_q + next_q:
    f = byid[i].get("gold_file")
    if f not in no_heads: err(i, f"already-done / next-step question on {f}, which has numbered headings")
if len(done_q) < 2: err("mix", f"already-done questions {done_q} (want at least 2)")
if len(next_q) < 2: err("mix", f"next-step questions {next_q} (want at least 2)")

# ---- settings not used by an earlier set ----
# every set folder beside this one except qa50, fields25 and commit27, written at the same time by other
# helpers (their folders are never opened); a folder without a README is skipped
CONCURRENT = ("qa50", "fields25", "commit27", "qa49")
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
    if any(s in t for t in raw.values()): err("settings", f"{s} (a word an earlier README names) occurs in a letter")

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
print("traditional:", [f[4:6] for f in trad], "; national:", [f[4:6] for f in national])
print("body-place en:", bodyplace, "; synonym-topic zh:", synq, "; already-done:", done_q, "; next-step:", next_q)
print("kinds:", {f[4:6]: k for f, k in kinds.items()})
print("years:", {f[4:6]: y for f, y in years.items()})
print("provinces:", {f[4:6]: p for f, p in PROVINCE.items()})
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)

