#!/usr/bin/env python3
"""Generate qa41.jsonl (adapted from made_up/qa40/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa41.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q41-{n:02d}.txt"


def sentence(f, key):
    t = LET[f]
    assert t.count(key) == 1, (f, key, t.count(key))
    p = t.index(key)
    s = max(t.rfind(c, 0, p) for c in "。！？\n") + 1
    ends = [e for e in (t.find(c, p + len(key)) for c in "。！？") if e >= 0]
    e_nl = t.find("\n", p + len(key))
    e = min(ends) + 1 if ends else len(t)
    if e_nl >= 0 and e_nl < e:
        e = e_nl
    return t[s:e].strip()


def line(f, key):
    exact = key.startswith("=")
    hits = [l.strip() for l in LET[f].split("\n")
            if ((l.strip() == key[1:]) if exact else (key in l))]
    assert len(hits) == 1, (f, key, hits)
    return hits[0]


def section(f, ref):
    t = LET[f]
    pos = t.index(ref)
    hs = [m for m in HEAD.finditer(t) if m.start() <= pos]
    return [hs[-1].group(2).strip()] if hs else []


rows = []


def single(typ, n, letter, q, key, must, tags):
    f = L(letter)
    ref = line(f, key) if typ == "metadata" else sentence(f, key)
    kws = [] if typ == "metadata" else section(f, ref)
    rows.append({"id": f"q41-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q41-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q41-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q41-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "白沟那边做箱包的厂子有多少家？去年一共做了多少只包？", "白沟新城及周边现有箱包生产企业约4300家", [["4300家"], ["7.2亿只"]], [P, C, "figure"])
single("zh", 2, 1, "代表想在白沟设个国家级的箱包检测中心，工信部答应了吗？为什么？", "暂不宜在白沟另行新设", [["暂不能采纳"], ["已有相关国家中心", "全国规划布局"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "今年上半年白沟关了多少个小作坊？有多少家搬进了园区？", "关停不达标的家庭作坊约640户", [["640户"], ["270家"]], [P, C, "figure", "done"])
single("zh", 4, 2, "特克斯一年来多少游客？冬天来的占多少？", "2022年全县接待游客约186万人次", [["186万人次"], ["9%"]], [P, C, "figure"])
single("zh", 5, 2, "委员提议盖个大的室内滑雪馆，文旅厅同意没？为啥？", "此项建议暂不具备实施条件", [["暂不具备实施条件"], ["运营风险较大", "客源难以保障"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "厅里给八卦城拨了多少钱？拿去干啥了？", "我厅从自治区旅游发展专项资金中安排380万元", [["380万元"], ["游客服务中心", "夜间照明"]], [P, C, "figure", "done"])
single("zh", 7, 3, "国庆那几天一天大概有多少车开进磨西？堵起来能排多长？", "进入磨西镇的车辆日均约6800辆次", [["6800辆次"], ["3公里"]], [P, C, "figure"])
single("zh", 8, 3, "代表想给海螺沟再修一条进出的路，为啥一时半会修不了？", "估算投资约9.3亿元", [["9.3亿元"], ["超出县级财力", "涉及自然保护区"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "海螺沟现在要不要提前约？旺季一天最多放多少人进？", "旺季单日最大承载量按2.2万人次控制", [["2.2万人次"], ["分时预约"]], [P, C, "figure", "done"])
single("zh", 10, 4, "文县种了多少亩油橄榄？去年结了多少鲜果？", "目前全县油橄榄种植面积约5.8万亩", [["5.8万亩"], ["4200吨"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让新种的橄榄园每亩补一千块，林草局咋说？", "没有针对油橄榄新植的专项补助政策", [["暂不能采纳"], ["没有针对油橄榄新植的专项补助政策", "县级财政也未安排相应资金"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "文县改良老橄榄园花了多少钱？改了多大面积？", "对低产园实施高接换优1.2万亩", [["260万元"], ["1.2万亩"]], [P, C, "figure", "done"])
single("zh", 13, 5, "壶流河那座过水桥冲坏了多长？河岸毁了多少米？", "桥面被冲毁约18米", [["18米"], ["650米"]], [P, C, "figure"])
single("zh", 14, 5, "代表要在壶流河上原地盖座新的水泥大桥，镇里怎么答复的？", "镇政府难以承担", [["难以承担", "超出镇级财力"], ["480万元"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "壶泉镇打算啥时候先把桥临时弄好让大家过？", "完成漫水桥临时修复", [["7月上旬"]], [P, C, "plan", "date"])
single("zh", 16, 6, "阎良去年种了多少亩甜瓜？一共产了多少？", "2018年全区甜瓜种植面积约8.6万亩", [["8.6万亩"], ["26万吨"]], [P, C, "figure"])
single("zh", 17, 6, "委员想让区里出钱给瓜棚统一上保险，农业农村局咋回的？", "目前政策性农业保险中尚未设立甜瓜险种", [["尚未设立甜瓜险种"], ["短期内难以实现"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "阎良区里花了多少钱改良大棚的土？改了多少亩？", "区财政安排土壤改良专项资金420万元", [["420万元"], ["1.6万亩"]], [P, C, "figure", "done"])
single("zh", 19, 7, "巴林左旗种了多少亩笤帚苗？做笤帚的厂子和作坊有多少？", "目前全旗笤帚苗种植面积约16万亩", [["16万亩"], ["230家"]], [P, C, "figure"])
single("zh", 20, 7, "委员想让市场监管局定个强制性的笤帚质量标准，他们能定吗？", "旗级市场监管部门无权制定强制性标准", [["无权"], ["国务院有关行政主管部门"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "巴林左旗的笤帚苗协会申请集体商标，进展到哪一步了？", "指导旗笤帚苗产业协会申请注册集体商标", [["2022年3月"], ["国家知识产权局"]], [P, C, "done", "date"])
single("zh", 22, 8, "方正去年种了多少亩水稻？打了多少粮？", "2015年全县水稻种植面积约62万亩", [["62万亩"], ["38万吨"]], [P, C, "figure"])
single("zh", 23, 8, "代表们想让县里按保护价把稻子全收了，农业局为啥说不行？", "县级政府没有制定和执行收购价格的权限", [["不能采纳"], ["没有制定和执行收购价格的权限", "由国家统一制定"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "方正想建个卖稻谷的大市场，这事归农业局管吗？转给谁了？", "交易市场的规划建设由县商务部门负责", [["不属于我局职责范围"], ["县商务局", "县商务部门"]], [P, C, "declined", "who"])
single("zh", 25, 9, "回龙镇种了多少亩薏仁？有多少户在种？", "回龙镇　　31000", [["31000"], ["6500"]], [P, C, "figure", "table"])
single("zh", 26, 9, "委员想建个国家级的薏仁交易中心，农业农村局怎么说？", "国家级交易市场的认定不由我局负责", [["暂不能采纳"], ["不具备申报条件", "不由我局负责"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "去年添了多少台收薏仁的机器？机器收的比例到多少了？", "2023年新增薏仁收获机械46台", [["46台"], ["38%"]], [P, C, "figure", "done"])
single("zh", 28, 10, "双江全县百年以上的老茶树有多少棵？主要在哪几个村？", "其中樹齡百年以上的栽培型古茶樹約3.4萬株", [["3.4萬株"], ["冰島村", "壩糯村"]], [P, C, "figure"])
single("zh", 29, 10, "代表想出台一个专门保护古茶树的条例，林业局能定吗？", "不屬於我局職責範圍", [["不屬於我局職責範圍"], ["縣人民代表大會", "單行條例"]], [P, C, "declined", "who"])
single("zh", 30, 10, "挂了牌的古茶树以后有没有管护补助？一棵一年给多少？", "每株每年50元", [["50元"], ["2014年"]], [P, C, "figure", "plan"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many design agencies have moved into the Baigou luggage and leather goods design innovation centre, and how many new styles have been released?", "目前已有38家设计机构入驻", [["38家"], ["2600款"]], [E, "figure", "done"])
single("en", 2, 1, "By when should the Baigou luggage industry cluster development plan be finished, and how many group standards should be published in 2021?", "2020年底前指导地方完成白沟箱包产业集群发展规划", [["2020年底前"], ["5项"]], [E, "date", "plan"])
single("en", 3, 2, "How many visitors did the first Bagua City winter culture and tourism festival in Tekes receive?", "活动期间接待游客约4.6万人次", [["4.6万人次"]], [E, "figure", "done"])
single("en", 4, 2, "How large an area of the Kalajun scenic area should open in the 2023-2024 snow season, and when is the second Bagua City festival planned?", "开放区域不少于20平方公里", [["20平方公里"], ["2024年1月"]], [E, "figure", "date", "plan"])
single("en", 5, 3, "How many kilometres of the through road in Moxi town did the Luding transport bureau widen, and how many passing bays were added?", "完成磨西镇过境路段拓宽2.4公里", [["2.4公里"], ["16处"]], [E, "figure", "done"])
single("en", 6, 3, "How many smart traffic guidance screens will be installed at the Moxi entrance to Hailuogou, and by when?", "在磨西镇入口建成智能交通诱导屏4块", [["4块"], ["2017年9月底前"]], [E, "figure", "date", "plan"])
single("en", 7, 4, "How many training sessions on pruning, fertilising and pest control did the Wenxian forestry and grassland bureau hold, and how many growers attended?", "培训果农530人次", [["6期"], ["530人次"]], [E, "figure", "done"])
single("en", 8, 4, "Where and by when will the Wenxian forestry and grassland bureau build an olive scion orchard, and how big will it be?", "油橄榄良种采穗圃", [["碧口镇"], ["100亩"], ["2022年底前"]], [E, "date", "plan"])
single("en", 9, 5, "How much silt and rubbish did Huquan town clear from the Huliu River channel, and how long is the stretch of bank reinforced with stone cages?", "组织群众清理河道淤积物和垃圾约2600立方米", [["2600立方米"], ["120米"]], [E, "figure", "done"])
single("en", 10, 5, "On what date did Huquan town officials inspect the damaged causeway bridge on the Huliu River?", "镇政府于5月6日组织水利站", [["5月6日"]], [E, "date"])
single("en", 11, 6, "How many seedling-raising centres has Yanliang district supported, and how many grafted melon seedlings can they supply a year?", "扶持建设集约化育苗中心3个", [["3个"], ["4000万株"]], [E, "figure", "done"])
single("en", 12, 6, "When and where will the Yanliang agriculture and rural affairs bureau build a post-harvest grading and packing centre for melons?", "在武屯街道建成1个甜瓜产后分级包装中心", [["2019年底前"], ["武屯街道"]], [E, "date", "plan"])
single("en", 13, 7, "How many batches of broom samples did the Bairin Left Banner market regulation bureau test in 2021, and what was the pass rate?", "2021年共抽检样品60批次", [["60批次"], ["91.7%"]], [E, "figure", "done"])
single("en", 14, 7, "How many more batches will the Bairin Left Banner market regulation bureau test this year, and by when will it help finish drafting the group standard for brooms?", "年内再组织抽检不少于40批次", [["40批次"], ["2022年9月底前"]], [E, "figure", "date", "plan"])
single("en", 15, 8, "Why won't the Fangzheng agriculture bureau pay rice growers an extra 100 yuan per mu?", "我局无权自行设立补贴项目", [["无权"], ["无法采纳"]], [E, "declined", "reason"])
single("en", 16, 8, "How many training sessions on rice seedling raising and soil-testing fertilisation did the Fangzheng agriculture bureau hold in the first half of 2016, and how many farmers were trained?", "举办水稻育秧和测土配方施肥培训班12期", [["12期"], ["1100人次"]], [E, "figure", "done"])
single("en", 17, 9, "How large is the Job's tears seed breeding base built in Baling town in 2023, and how much seed does it supply a year?", "在巴铃镇建设薏仁良种繁育基地500亩", [["500亩"], ["75吨"]], [E, "figure", "done"])
single("en", 18, 9, "How many Job's tears processing companies does Xingren have, and what was their processing output value in 2023?", "全市有薏仁加工企业27家", [["27家"], ["21亿元"]], [E, "figure"])
single("en", 19, 10, "How many ancient tea trees over 300 years old has the Shuangjiang forestry bureau tagged, and how many tea garden rangers has it hired?", "已掛牌保護2860株", [["2860株"], ["46名"]], [E, "figure", "done"])
single("en", 20, 10, "How many training courses on managing ancient tea gardens will the Shuangjiang forestry bureau hold, and by when?", "舉辦古茶園科學管護培訓班3期", [["3期"], ["9月前"]], [E, "figure", "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "工信部答复白沟箱包那条建议，文号是多少？", "工信消函", [["工信消函〔2020〕212号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Xinjiang culture and tourism department's reply on winter tourism in Tekes?", "索引号：", [["65000021/2023-01264"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "海螺沟堵车那份答复是哪两个单位联名签的？", "=泸定县交通运输局　　泸定县旅游局", [["泸定县交通运输局"], ["泸定县旅游局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "壶泉镇答复修漫水桥那条建议，落款日期是哪天？", "=二〇一五年六月十二日", [["二〇一五年六月十二日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "巴林左旗市场监管局那份笤帚提案的协办意见是写给哪个单位的？", "=巴林左旗工业和信息化局：", [["巴林左旗工业和信息化局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 4, "文县林草局答复油橄榄那件提案，签发人是谁？", "签发人：", [["闫振华"]], [M, "lang:zh", "signer"])
single("metadata", 7, 3, "Besides the Luding transport bureau, which units handled the suggestion on traffic jams at Hailuogou, and in what role?", "县公安局交警大队协办", [["县旅游局会办"], ["县公安局交警大队协办"]], [M, "lang:en", "co-handlers"])
single("metadata", 8, 10, "Who made the suggestion on protecting the Mengku ancient tea trees that the Shuangjiang forestry bureau answered, and how many deputies signed it?", "=段正文等4名代表：", [["段正文"], ["4名"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 2, ["What did the Xinjiang culture and tourism department pay for at Bagua City in Tekes in 2022?", "How long is the ring walkway that got night lighting?"],
      "支持八卦城完成游客服务中心改造", [["8公里"]], ["lang:en", "follow-up", "figure", "done"])
turns(2, 3, ["泸定县城到海螺沟有没有开直达的旅游车？", "那国庆期间一天打算跑多少趟？"],
      "将旅游直通车增加到每日40班次", [["40班次"]], ["lang:zh", "follow-up", "figure", "plan"])
turns(3, 6, ["Has the Yanliang agriculture bureau done anything about grafted seedlings for melons?", "What share of plantings now use grafted seedlings?"],
      "嫁接苗使用率由2016年的45%", [["78%"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 7, ["巴林左旗市场监管局抽查过笤帚的质量没有？", "那合格的比例是多少？"],
      "2021年共抽检样品60批次", [["91.7%"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 9, ["兴仁有没有搞薏仁的良种基地？", "明年要扩到多大？"],
      "2025年将良种繁育基地扩大到800亩", [["800亩"]], ["lang:zh", "follow-up", "figure", "plan"])
turns(6, 10, ["What has the Shuangjiang forestry bureau done about ancient tea trees being dug up and moved?", "How many such cases were investigated?"],
      "查處非法移栽古茶樹案件3起", [["3起"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [6, 9], "哪些答复函提到了地理标志？分别是什么产品？",
      [["阎良甜瓜"], ["兴仁薏仁米"]], ["lang:zh", "theme:geographical-indication"])
multi(2, [6, 9], "Which replies mention geographical indication protection, and how large is each product's planted area?",
      [["8.6万亩"], ["18.5万亩"]], ["lang:en", "theme:geographical-indication"])
multi(3, [1, 7], "哪些答复函说到了电子商务？各有多少网店或企业在网上卖货？",
      [["2.1万家"], ["约90家"]], ["lang:zh", "theme:e-commerce"])
multi(4, [1, 7], "Which replies talk about e-commerce, and what product is sold online in each?",
      [["箱包"], ["笤帚"]], ["lang:en", "theme:e-commerce"])
multi(5, [5, 8], "哪些答复函提到了高标准农田建设？各自说了什么？",
      [["田间道路", "排水沟"], ["3.2万亩"]], ["lang:zh", "theme:high-standard-farmland"])
multi(6, [5, 8], "Which replies mention high-standard farmland construction, and where?",
      [["壶泉镇", "壶流河"], ["方正县"]], ["lang:en", "theme:high-standard-farmland"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "白沟一只普通拉杆箱出厂价大概多少钱？", "Firms, output and trading volume only; no price of a bag.", "price-not-stated", "zh"),
 (1, "容城县有多少家箱包企业？", "容城 is not named; 4300 firms are Baigou's.", "another-place", "zh"),
 (1, "What was the Baigou luggage trading volume in 2018?", "Only 2019's 620亿元 is given.", "another-year", "en"),
 (2, "喀拉峻景区门票多少钱一张？", "Visitors, funding and plans only; no ticket price.", "price-not-stated", "zh"),
 (2, "尼勒克县去年接待了多少游客？", "尼勒克 is not named; 186万人次 is Tekes county's.", "another-place", "zh"),
 (2, "How many tourists did Tekes county receive in 2021?", "Only 2022's 186万人次 is given.", "another-year", "en"),
 (3, "县城到磨西的旅游直通车一张票多少钱？", "The shuttle's runs a day are given, no fare.", "fee-not-stated", "zh"),
 (3, "稻城亚丁景区旺季每天有多少车开进去？", "稻城 is not named; 6800辆次 is Moxi's.", "another-place", "zh"),
 (3, "How many visitors did the Hailuogou scenic area receive in 2015?", "Only 2016's 158万人次 is given.", "another-year", "en"),
 (4, "文县的初榨橄榄油一斤卖多少钱？", "Sales volume (380吨) only; no price.", "price-not-stated", "zh"),
 (4, "九寨沟县种了多少亩油橄榄？", "九寨沟 is not named; 5.8万亩 is Wenxian's.", "another-place", "zh"),
 (4, "How many tonnes of fresh olives did Wenxian county harvest in 2019?", "Only 2020's 4200吨 is given.", "another-year", "en"),
 (5, "壶流河上那座漫水桥是哪一年修的？", "The letter gives the damage, not when the bridge was built.", "date-not-stated", "zh"),
 (5, "阳原县那段壶流河护岸毁了多少米？", "阳原 is not named; 650米 is Huquan town's.", "another-place", "zh"),
 (5, "How much did the temporary stone-cage reinforcement of the riverbank in Huquan town cost?", "Length (120米) only; the only money figure (480万元) is the estimate for a new bridge.", "money-not-stated", "en"),
 (6, "阎良甜瓜现在收购价一斤多少钱？", "The letter says early-spring prices fell, with no figure.", "price-not-stated", "zh"),
 (6, "高陵区种了多少亩甜瓜？", "高陵 is not named; 8.6万亩 is Yanliang's.", "another-place", "zh"),
 (6, "What was Yanliang district's melon planting area in 2017?", "Only 2018's 8.6万亩 is given.", "another-year", "en"),
 (7, "一把笤帚批发价多少钱？", "Area, firms and tests only; no price.", "price-not-stated", "zh"),
 (7, "巴林右旗种了多少亩笤帚苗？", "巴林右旗 is not named; 16万亩 is Bairin Left Banner's.", "another-place", "zh"),
 (7, "How many broom samples did the Bairin Left Banner market regulation bureau test in 2020?", "Only 2021's 60批次 and this year's plan are given.", "another-year", "en"),
 (8, "今年方正的稻谷收购价一斤多少钱？", "The letter says prices are below last year's, with no figure.", "price-not-stated", "zh"),
 (8, "延寿县水稻种植面积有多少？", "延寿 is not named; 62万亩 is Fangzheng's.", "another-place", "zh"),
 (8, "What was Fangzheng county's rice output in 2014?", "Only 2015's 38万吨 is given.", "another-year", "en"),
 (9, "雨樟镇种了多少亩薏仁？", "雨樟 is not in the table; it is one of the 其他乡镇 lumped together (42000亩).", "another-place", "zh"),
 (9, "贞丰县薏仁种植面积有多大？", "贞丰 is not named; 18.5万亩 is Xingren's.", "another-place", "zh"),
 (9, "What is the market price of Xingren Job's tears per kilogram?", "Area, output and processing value (21亿元) only; no price.", "price-not-stated", "en"),
 (10, "冰岛古树茶现在一公斤卖多少钱？", "The letter says prices rose fast, with no figure.", "price-not-stated", "zh"),
 (10, "凤庆县有多少株百年以上的古茶树？", "凤庆 is not named; 3.4萬株 is Shuangjiang's.", "another-place", "zh"),
 (10, "Who is the ranger in charge of the ancient tea gardens in Bingdao village?", "The letter counts 46 rangers but names none.", "person-not-named", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa41.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
