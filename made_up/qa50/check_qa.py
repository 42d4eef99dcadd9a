#!/usr/bin/env python3
"""Check qa50.jsonl against the letters in letters/ (adapted from made_up/qa50/check_qa.py).

Checks:
  * letters: front matter of three lines (source_url: made-up (qa50) / layout: … / ---), then the
    page; everything below is checked on the page (the body), not the front matter;
  * every line of the JSONL parses, ids unique and of the form q50-<type>-NN;
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
    reference; [] for letters without such headings and for metadata questions;
  * en questions (and every item tagged lang:en) are free of CJK characters; items tagged
    lang:zh contain Chinese;
  * the question mix: 30 zh, 20 en, 8 metadata, 6 multi_letter, 6 multi_turn (2-3 turns each),
    30 unanswerable, all near-topic (20 zh + 10 en, three per letter); at least half of the zh
    questions colloquial; metadata / multi_turn / multi_letter mix languages;
  * every letter has >= 5 answerable single-letter questions;
  * multi_letter themes: the listed letters are exactly the letters whose page contains one of the
    theme's defining words (THEMES), so a list is neither padded nor short;
  * letters: 10 of them, body (salutation to date line) 600-1500 characters without whitespace,
    at least 4 without numbered headings and at least 4 with them, at least 3 with a portal
    metadata block, each in a different shape (an 索引号 table with two label-value pairs a line, a
    label-over-value bulleted list, a record table of the suggestion with 名称 / 编号 / 领衔代表, a
    table with a 标题 row), a jointly signed letter (two issuers on the sign-off line) AND a
    co-handling opinion (会办/协办意见) addressed to a unit, exactly one mostly negative reply (three or
    more refusals), one township whose sign-off date is in Chinese numerals, a province-level issuer,
    a county and a district issuer, exactly one traditional-character page, both 提案 and 建议, years
    spread over 2014-2025, every setting in an eastern, southern, central or northwestern province
    (PROVINCE), one letter per province;
  * near-topic traps: for each unanswerable question, the neighbouring fact a careless system would
    give IS in the letter (TRAPS), the strings that would state the asked fact are NOT in that
    letter, and the strings in the third list are in NO letter (a string starting "re:" is a regular
    expression); no trap asks about an adjacent year or place: every trap asks a kind of fact the
    letter does not give;
  * at least two multi_turn items end on an elliptical turn (at most 6 Chinese characters or 4 words);
  * at least 3 English questions name a place only the letter's body holds (BODY_PLACE: in the body,
    not in the title, the 标题 row, the issuer or the sign-off); at least 2 Chinese questions name the
    letter only by county and a synonym of its topic word (SYNONYM: the synonym is in no letter, the
    topic word not in the question); at least 2 questions tagged already-done and 2 tagged next-step,
    all on letters without numbered headings;
  * settings: none of the SETTINGS names (places, topics, invented people, document-number
    prefixes) and none of QUESTION_ONLY occurs in made_up/README.md or another made_up/*/README.md
    (every set folder beside this one except qa49, fields25 and commit27, written at the same time and
    never opened; skipped when those READMEs are not beside this folder); each SETTINGS name is in a
    letter, each QUESTION_ONLY name in none, and no NOT_IN_LETTERS word in any letter.
Prints a summary and the errors; exit code 1 if any.
"""
import json, re, sys, os, unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa50.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 30, "en": 20, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 30}
NEAR_LANG = {"zh": 20, "en": 10}
TRAD = set("縣書關於這為與國會點從來時說對區們應經濟際發開與專業傳護轉現實務衛門問題費機構")
ALLOWED_PROVINCES = {"江苏", "浙江", "福建", "江西", "广东", "海南", "湖南", "湖北", "河南", "陕西", "甘肃",
                     "宁夏", "青海", "新疆", "上海", "山东", "安徽", "广西"}
# each letter's setting (the province is named in the letter where the issuer is provincial;
# otherwise it is known from the place)
PROVINCE = {"q50-01.txt": "江苏", "q50-02.txt": "浙江", "q50-03.txt": "福建", "q50-04.txt": "江西",
            "q50-05.txt": "广东", "q50-06.txt": "湖北", "q50-07.txt": "河南", "q50-08.txt": "陕西",
            "q50-09.txt": "甘肃", "q50-10.txt": "新疆"}

def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


# real places used as settings, the topics, invented people and document-number prefixes:
# none may be named in an earlier set's README, and each must occur in a letter
SETTINGS = ["江都", "邵伯", "邵伯湖", "斗野亭", "余杭", "径山", "黄湖", "鸬鸟", "四岭水库", "鯉城", "開元街道",
            "青原", "渼陂", "青原山", "端州", "白石村", "羚羊峡", "麻子坑", "孝南", "博爱", "许良镇", "青天河",
            "淳化", "爷台山", "积石山", "大河家", "梅坡", "甘河滩", "保安族", "洛浦", "山普鲁乡",
            # topics and topic nouns no earlier README names
            "环湖", "观光车", "骑行道", "径山茶", "防伪", "四岭", "木偶", "非遺工坊", "非遗工坊", "祠堂", "端砚",
            "砚石", "老坑", "麻糖", "饴糖", "糯米", "公用商标", "清化姜", "姜窖", "姜价", "饸饹", "荞面",
            "中央厨房", "腰刀", "刀匠", "空气锤", "工艺刀", "地毯", "织毯", "羊毛", "纹样",
            # invented people and document-number prefixes
            "徐长林", "夏立群", "沈国栋", "钟雅琴", "黃碧雲", "蘇振南", "蔡惠娟", "龙小平", "邹建明", "梁伟文",
            "何丽珊", "万春燕", "韩志刚", "杜红英", "王晓静", "王建国", "贾文博", "马成福", "韩永德", "马玉兰",
            "帕提古丽", "李晓燕", "余农建", "鯉文體提", "端文旅建", "孝南经信联", "博农建", "洛工信提"]
# simplified forms of the traditional page's names, synonyms used only in questions: checked against
# the earlier READMEs, never in a letter
QUESTION_ONLY = ["鲤城", "黄碧云", "苏振南", "鲤文体提", "傀儡", "砚台", "毯子"]
# prefecture-level cities of the settings (named in earlier READMEs) and other taken words: the letters
# never print them
NOT_IN_LETTERS = ["扬州", "杭州", "泉州", "吉安", "肇庆", "孝感", "焦作", "咸阳", "和田", "临夏", "新余",
                  "黄岗", "西安", "古镇", "老街", "明清", "峡谷", "大蒜", "荞麦", "牦牛", "唐卡", "夏布",
                  "追溯", "溯源", "集体商标", "证明商标", "停靠站", "自行车", "传习", "门店", "展销", "快递",
                  "研学", "民宿", "电商", "直播", "冷链", "物流", "退捕", "渔民", "古村", "古建筑"]
# English questions that name a place only the letter's body holds (not its title, issuer or
# sign-off): question id -> the place as printed
BODY_PLACE = {"q50-en-01": "斗野亭", "q50-en-03": "四岭水库", "q50-en-09": "白石村", "q50-en-10": "羚羊峡",
              "q50-en-13": "青天河", "q50-en-15": "爷台山", "q50-en-19": "山普鲁乡"}
# Chinese questions that name the letter only by its county and a synonym of its topic word:
# question id -> (county, synonym in the question, the letter's own topic word)
SYNONYM = {"q50-zh-07": ("鲤城", "傀儡戏", "木偶"), "q50-zh-13": ("端州", "砚台", "端砚"),
           "q50-zh-28": ("洛浦", "毯子", "地毯")}

# near-topic traps: (neighbouring facts present in the letter, strings whose presence in that letter
# would mean it answers the question after all, strings that must be in no letter at all). A string
# starting "re:" is a regular expression on the page (after norm). DATE matches a day of the month not
# preceded by 年 (so the sign-off date does not count).
DATE = r"re:(?<![年0-9])[0-9]{1,2}月[0-9]{1,2}日"
TRAPS = {
    "q50-unanswerable-01": (["投放电动观光车6辆"], ["元/人", "票价", "每人每次", "元一趟"], ["票价", "元一趟"]),
    "q50-unanswerable-02": (["我镇已委托规划设计单位开展线路踏勘"], ["设计院", "有限公司", "公司"], ["设计院"]),
    "q50-unanswerable-03": (["今年起，我镇开通环湖观光车线路1条"], [DATE, "开通仪式"], ["开通仪式"]),
    "q50-unanswerable-04": (["干茶产量约1420吨"], ["元/斤", "每斤", "元/公斤", "每公斤"], ["元/斤", "每斤", "元/公斤"]),
    "q50-unanswerable-05": (["查处冒用径山茶名称案件3起"], ["罚款", "罚没"], []),
    "q50-unanswerable-06": (["评选区级“炒茶能手”20名"], ["名单", "分别是", "分别为"], ["名单", "分别为"]),
    "q50-unanswerable-07": (["老藝人僅23人，平均年齡62歲"], ["最年長", "名單", "分別是"], ["最年長", "最年长"]),
    "q50-unanswerable-08": (["計劃今年12月底前對外開放"], ["展廳投資", "改造經費", "改造费"], ["展廳投資", "改造經費"]),
    "q50-unanswerable-09": (["提高到每人每年5000元"], ["辦法》", "通知》", "規定》"], ["辦法》", "规定》", "通知》"]),
    "q50-unanswerable-10": (["已安排新建住房地块92个"], ["平方米/块", "每块", "每宗"], ["每块", "每宗"]),
    "q50-unanswerable-11": (["已完成确权登记的传统建筑112栋"], [DATE], []),
    "q50-unanswerable-12": (["提案建议由政府收购部分空置老屋用于开发"], ["收购价", "万元", "元/平方米"], ["收购价"]),
    "q50-unanswerable-13": (["面积约800平方米"], ["改造资金", "改造费用", "展示中心投资"], ["改造资金", "展示中心投资"]),
    "q50-unanswerable-14": (["登记库存砚石约2100吨"], ["元/吨", "每吨"], ["元/吨", "每吨"]),
    "q50-unanswerable-15": (["（联系人：何丽珊"], ["签发人", "局长"], []),
    "q50-unanswerable-16": (["2021年支持6家企业购置自动化打糖设备"], ["有限公司", "公司"], ["有限公司"]),
    "q50-unanswerable-17": (["在城区建成麻糖非遗工坊1处"], [DATE, "年建成麻糖"], []),
    "q50-unanswerable-18": (["帮助11户作坊取得食品小作坊登记证"], ["登记费", "元/户", "收费"], ["登记费"]),
    "q50-unanswerable-19": (["2023年总产量约3.9万吨"], ["元/斤", "每斤", "收购价"], ["元/斤", "收购价"]),
    "q50-unanswerable-20": (["建设健康姜种繁育基地200亩"], ["有限公司", "公司"], ["有限公司"]),
    "q50-unanswerable-21": (["每年安排资金300万元"], ["元/个", "每个姜窖", "元/立方米", "每立方米"], ["每个姜窖", "元/立方米"]),
    "q50-unanswerable-22": (["目前全县有饸饹经营店约320家"], ["元/碗", "每碗"], ["元/碗", "每碗"]),
    "q50-unanswerable-23": (["支持2家企业开发真空包装饸饹产品"], ["有限公司", "公司"], ["有限公司"]),
    "q50-unanswerable-24": (["组织推介活动3场"], [DATE], []),
    "q50-unanswerable-25": (["2014年生产腰刀约8万把"], ["元/把", "每把"], ["元/把", "每把"]),
    "q50-unanswerable-26": (["老刀匠约35人"], ["名单", "大师", "分别是"], ["大师"]),
    "q50-unanswerable-27": (["部分刀型刃长超过管制刀具认定标准"], ["厘米", "公分", "cm", "毫米"], ["厘米", "公分"]),
    "q50-unanswerable-28": (["2024年生产手工地毯约9.6万平方米"], ["元/平方米", "每平方米"], ["元/平方米", "每平方米"]),
    "q50-unanswerable-29": (["签订订单约3800万元"], ["有限公司", "公司"], ["有限公司"]),
    "q50-unanswerable-30": (["落实社保补贴政策"], ["号文", "通知》", "办法》"], ["号文", "办法》"]),
}

# multi_letter themes: the listed letters must be exactly the letters holding one of these words
THEMES = {
    "q50-multi_letter-01": ["防伪", "防偽"],
    "q50-multi_letter-02": ["防伪", "防偽"],
    "q50-multi_letter-03": ["非遗工坊", "非遺工坊"],
    "q50-multi_letter-04": ["非遗工坊", "非遺工坊"],
    "q50-multi_letter-05": ["观光车", "觀光車"],
    "q50-multi_letter-06": ["观光车", "觀光車"],
}

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

raw = {f: open(os.path.join(LET, f), encoding="utf-8").read()
       for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
letters = {}
for f, t in raw.items():
    head = t.split("\n", 3)
    if len(head) < 4 or head[0] != "source_url: made-up (qa50)" or not head[1].startswith("layout: ") or head[2] != "---":
        err(f, "front matter is not 'source_url: made-up (qa50)' / 'layout: …' / '---'")
        letters[f] = t
    else:
        letters[f] = head[3]
NL = {f: norm(t) for f, t in letters.items()}
NRAW = {f: norm(t) for f, t in raw.items()}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")
if sorted(letters) != sorted(PROVINCE): err("letters", f"letter files {sorted(letters)} do not match PROVINCE")
for f, p in PROVINCE.items():
    if p not in ALLOWED_PROVINCES: err(f, f"set in {p}, not an eastern, southern, central or northwestern province")
for p, n in Counter(PROVINCE.values()).items():
    if n > 1: err("letters", f"{n} letters set in {p} (want one per province)")


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
# portal metadata blocks: an 索引号 table with two label-value pairs a line, a label-over-value bulleted
# list, a record table of the suggestion, a table with a 标题 row
shapes = {}
for f, t in letters.items():
    if re.search(r"^索\s*引\s*号：\S+[ \t\u3000]+发布机构：\S+\s*\n文\s*号：\S+[ \t\u3000]+发布日期：\S+\s*\n", t, re.M): shapes[f] = "index-table-two-pairs-a-line"
    elif re.search(r"^- 索引号\s*\n- \S+\s*\n- 发文字号\s*\n", t, re.M): shapes[f] = "label-over-value-list"
    elif re.search(r"^名称[ \t\u3000]+\S.*\n编号[ \t\u3000]+\S+[ \t\u3000]+领衔代表[ \t\u3000]+\S+", t, re.M): shapes[f] = "suggestion-record-table"
    elif re.search(r"^索\s*引\s*号：", t, re.M) and re.search(r"^标\s*题：\S+", t, re.M): shapes[f] = "title-row-table"
    elif "索引号" in norm(t) or "索引號" in norm(t) or "领衔代表" in norm(t): shapes[f] = "other"
meta = sorted(shapes)
if len(meta) < 3: err("letters", f"{len(meta)} letters with a portal metadata block (want at least 3)")
if len(set(shapes.values()) - {"other"}) != len(meta): err("letters", f"metadata shapes repeat or are unknown: {shapes}")
cohandle = [f for f, t in letters.items()
            if re.search(r"(会办|协办)意见", "\n".join(t.split("\n")[:4]))
            and any(re.search(r"^\S*(局|委员会|政府)：\s*$", l) for l in t.split("\n"))]
if not joint: err("letters", "no jointly signed letter (two issuers on the sign-off line)")
if not cohandle: err("letters", "no co-handling opinion addressed to the lead unit")
if len(negative) != 1: err("letters", f"negative replies {negative} (want exactly one letter with three or more refusals)")
township = [f for f, s in issuers.items() if re.search(r"(镇|乡)人民政府$", s)]
if not [f for f in township if f in cn_date]: err("letters", "no township with its sign-off dated in Chinese numerals")
province = [f for f, s in issuers.items() if re.match(r"^\S+(省|自治区)\S+(厅|局|委员会)$", s)]
county = [f for f, s in issuers.items() if re.search(r"(县|縣)\S*(局|委员会)$", s)]
district = [f for f, s in issuers.items() if re.search(r"(区|區)\S*(局|委员会)$", s) and f not in province]
if not province: err("letters", "no province-level issuer")
if not county: err("letters", "no county issuer")
if not district: err("letters", "no district issuer")
trad = [f for f, t in letters.items() if sum(t.count(c) for c in TRAD) >= 20]
if len(trad) != 1: err("letters", f"traditional-character pages {trad} (want exactly one)")
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
    if not re.fullmatch(rf"q50-{typ}-\d\d", i): err(i, "id does not match q50-<type>-NN")
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
if adjacent != 0: err("mix", f"{adjacent} traps ask about an adjacent year or place (want none)")
ellipses = []
for d in rows:
    if d.get("type") == "multi_turn" and d.get("turns"):
        last = d["turns"][-1]
        if (CJK.search(last) and len(re.findall(r"[\u4e00-\u9fff]", last)) <= 6) or \
           (not CJK.search(last) and len(last.split()) <= 4):
            ellipses.append(d["id"])
if len(ellipses) < 2: err("mix", f"elliptical second turns: {ellipses} (want at least 2)")
byid = {d.get("id"): d for d in rows}
body_place = []
for i, place in BODY_PLACE.items():
    d = byid.get(i)
    if not d: err(i, "BODY_PLACE names a missing question"); continue
    f = d.get("gold_file")
    if d.get("type") != "en" or "body-place" not in d.get("tags", []): err(i, "body-place question must be en and tagged body-place")
    if f not in letters or place not in letters[f]: err(i, f"{place} not in {f}"); continue
    lines = [l.strip() for l in letters[f].split("\n")]
    title = [l for l in lines if re.search(r"(答复|答覆|协办意见)$", l) or l.startswith("标")]
    signoff = issuers.get(f, "")
    if any(place in l for l in title) or place in signoff: err(i, f"{place} is in the title or the issuer of {f}")
    body_place.append(i)
tagged_bp = [d["id"] for d in rows if "body-place" in d.get("tags", [])]
if sorted(tagged_bp) != sorted(BODY_PLACE): err("mix", f"body-place tags {tagged_bp} differ from BODY_PLACE")
if len(body_place) < 3: err("mix", f"English body-place questions: {body_place} (want at least 3)")
synonym = []
for i, (cty, syn, topic) in SYNONYM.items():
    d = byid.get(i)
    if not d: err(i, "SYNONYM names a missing question"); continue
    q = d.get("question", "")
    if d.get("type") != "zh" or "county-synonym" not in d.get("tags", []): err(i, "synonym question must be zh and tagged county-synonym")
    if cty not in q or syn not in q: err(i, f"question lacks {cty} or {syn}")
    if topic in q: err(i, f"question uses the letter's own topic word {topic}")
    if any(syn in t for t in raw.values()): err(i, f"synonym {syn} occurs in a letter")
    if topic not in letters.get(d.get("gold_file"), ""): err(i, f"topic word {topic} not in the gold letter")
    synonym.append(i)
if len(synonym) < 2: err("mix", f"county-and-synonym questions: {synonym} (want at least 2)")
done_next = {}
for tag in ("already-done", "next-step"):
    ids = [d["id"] for d in rows if tag in d.get("tags", [])]
    done_next[tag] = ids
    if len(ids) < 2: err("mix", f"{tag} questions: {ids} (want at least 2)")
    for i in ids:
        if headings(letters.get(byid[i].get("gold_file"), "")): err(i, f"{tag} question on a letter with headings")

# ---- settings not used by an earlier set ----
# every set folder beside this one except qa49, fields25 and commit27, written at the same time by other
# helpers (their folders are never opened); a folder without a README is skipped
CONCURRENT = ("qa49", "fields25", "commit27", "qa50")
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
    if any(s in t for t in raw.values()): err("settings", f"{s} (named in an earlier README) occurs in a letter")

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {dict(near_lang)}; colloquial zh {colloquial}")
print("asks:", dict(asks))
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("adjacent-year/place traps:", adjacent, "; elliptical turns:", ellipses)
print("en body-place questions:", body_place, "; county-synonym:", synonym, "; already-done / next-step:", done_next)
print("longest run shared by a Chinese question and its reference:", max(overlap.values()) if overlap else 0)
print("body characters (no whitespace):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
print("metadata blocks:", {f[4:6]: s for f, s in shapes.items()})
print("jointly signed:", [f[4:6] for f in joint], "; co-handling:", [f[4:6] for f in cohandle],
      "; negative reply:", [f[4:6] for f in negative])
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
