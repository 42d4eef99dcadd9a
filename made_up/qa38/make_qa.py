#!/usr/bin/env python3
"""Generate qa38.jsonl (adapted from made_up/qa36/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa38.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q38-{n:02d}.txt"


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
    rows.append({"id": f"q38-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q38-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q38-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q38-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "福鼎种白茶的地有多大？一年能出多少干茶？", "福鼎市现有白茶种植面积约30.5万亩", [["30.5万亩"], ["2.6万吨"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让中央给老白茶存仓的贷款贴点利息，部里答应没有？", "不设立单一品种的仓储贷款贴息项目", [["暂不能采纳"], ["不设立单一品种的仓储贷款贴息项目"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "去年部里给福鼎白茶的地标保护拨了多少钱？办成了哪些事？", "安排福鼎白茶项目资金800万元", [["800万元"], ["核心生产基地3个", "46家茶企"]], [P, C, "figure", "done"])
single("zh", 4, 2, "鄢陵种花卖苗木的规模有多大？去年一共卖了多少钱？", "目前全县花木种植面积约70万亩", [["70万亩"], ["86亿元"]], [P, C, "figure"])
single("zh", 5, 2, "以前苗木运出河南开检疫证要等好几天，现在快了吗？", "鄢陵县办证时间由原来的3天缩短至1天以内", [["1天以内"], ["网上申请", "网上出证"]], [P, C, "done"])
single("zh", 6, 2, "委员想让省里掏钱建个花木交易市场，林业局给不给钱？", "我局不能提供建设资金", [["不能提供建设资金"], ["地方政府专项债券"]], [P, C, "declined", "reason"])
single("zh", 7, 3, "明显陵周边那片缓冲区，这两年批了几户村民翻盖房子？能盖多高？", "共批准村民原址翻建住房38户", [["38户"], ["两层以内", "7.5米"]], [P, C, "figure", "rule"])
single("zh", 8, 3, "代表说干脆把缓冲区的人全搬走，市里为啥不同意？", "缓冲区居民整体搬迁安置需资金约4.2亿元", [["4.2亿元"], ["市财政难以承担", "暂不具备实施条件"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "景区停车位不够，第二期停车场啥时候能用上？能停多少辆？", "规划车位180个", [["180个"], ["2022年5月前"]], [P, C, "plan", "date"])
single("zh", 10, 4, "古零那边开发了多少条攀岩线路？营地有几个？", "目前已开发攀岩线路约420条", [["420条"], ["营地2个"]], [P, C, "figure"])
single("zh", 11, 4, "岩壁上那些老旧挂片换了没有？花了多少钱？", "更换老化挂片1100余个", [["1100余个"], ["46万元"]], [P, C, "figure", "done"])
single("zh", 12, 4, "委员想让政府自己投钱盖攀岩主题酒店，文旅局咋说？", "政府不宜直接投资", [["暂不能采纳"], ["应由市场主体投资建设", "政府不宜直接投资"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "柳市做低压电器的企业有多少家？小作坊占多少？", "目前全镇共有低压电器及配套企业约1300家", [["1300家"], ["700家"]], [P, C, "figure"])
single("zh", 14, 5, "新进园的企业房租能少交点吗？少多少？有几家享受到了？", "第一年租金减免30%", [["30%"], ["11家"]], [P, C, "rate", "done"])
single("zh", 15, 5, "第三个小微园打算啥时候开工？能进多少家？", "可容纳企业40家左右", [["2019年底前"], ["40家左右"]], [P, C, "plan", "date"])
single("zh", 16, 6, "叠石桥市场里有多少商户？去年一共成交了多少？", "目前市场内经营户约1.1万户", [["1.1万户"], ["860亿元"]], [P, C, "figure"])
single("zh", 17, 6, "区里那个家纺直播基地有多大？进去了多少家？", "面积2.6万平方米", [["2.6万平方米"], ["73家"]], [P, C, "figure", "done"])
single("zh", 18, 6, "委员想让摊位费减免，商务局能做主吗？", "摊位费属企业经营事项", [["不属于我局职责范围"], ["市场经营公司"]], [P, C, "declined", "who"])
single("zh", 19, 7, "无为去年抽查电缆查了多少批？几批没过关？", "开展监督抽检158批次", [["158批次"], ["11批次"]], [P, C, "figure", "done"])
single("zh", 20, 7, "查处电缆质量违法的案子有几起？罚了多少？", "罚没款合计38.6万元", [["7起"], ["38.6万元"]], [P, C, "figure", "done"])
single("zh", 21, 7, "委员要求企业的检测费由政府全包，市场监管局怎么回的？", "该事项不属于我局职责范围", [["不属于我局职责范围"], ["市政府统筹研究"]], [P, C, "declined", "who"])
single("zh", 22, 8, "普宁种青梅的面积有多大？加工厂有几家？", "我市青梅种植面积约8.6万亩", [["8.6万亩"], ["38家"]], [P, C, "figure"])
single("zh", 23, 8, "梅子价钱跌了，代表想让政府托底按保护价收，农业局同意吗？为什么？", "政府不具备按保护价收购的资金渠道和政策依据", [["不能采纳"], ["由市场供求决定", "资金渠道和政策依据"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "给梅农按亩发补贴这事，为啥办不成？", "我局无权自行设立补贴项目", [["无法采纳"], ["没有对单一水果品种按面积补贴的政策", "无权自行设立补贴项目"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "航埠镇养麻鸡的有多少户？一年出栏多少？", "航埠镇　　74", [["74"], ["265"]], [P, C, "figure", "table"])
single("zh", 26, 9, "保种场改造花了多少钱？一年能给养殖户供多少鸡苗？", "年可向养殖户提供优质鸡苗约600万羽", [["280万元"], ["600万羽"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员说按卖出去的鸡一只一只给补贴，县里答应没？", "县财政目前无力对出栏麻鸡逐羽补贴", [["暂不能采纳"], ["无力对出栏麻鸡逐羽补贴"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "祁东黄花菜种了多少亩？去年产值有多少？", "目前全縣黃花菜種植面積約12.6萬畝", [["12.6萬畝"], ["9.5億元"]], [P, C, "figure"])
single("zh", 29, 10, "不用硫磺熏的烘干示范点建了几个？花了多少钱？", "在官家嘴鎮等地建設無硫烘乾示範點12個", [["12個"], ["300萬元"]], [P, C, "figure", "done"])
single("zh", 30, 10, "代表想建国家级黄花菜交易市场，农业局怎么说的？", "交易市場的規劃建設由商務部門負責", [["不屬於我局職責範圍"], ["由商務部門負責", "轉交縣商務局"]], [P, C, "declined", "who"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "By when should the revised industry standard for white tea processing be submitted for approval, according to the ministry's reply on Fuding white tea?", "计划于2021年底前完成报批", [["2021年底前"]], [E, "date", "plan"])
single("en", 2, 1, "How many more leading companies will the Ministry of Agriculture and Rural Affairs select in 2020 for the white tea standardization demonstration in Fuding?", "2020年内再遴选2家龙头企业开展示范", [["2家"]], [E, "figure", "plan"])
single("en", 3, 2, "How much did the Henan forestry bureau allocate in 2018 for improved seed breeding in Yanling, and how large are the scion orchards it supported?", "安排林木良种繁育补助资金650万元", [["650万元"], ["480亩"]], [E, "figure", "done"])
single("en", 4, 2, "How many plant quarantine certificates for moving nursery stock did Yanling issue from January to June 2019?", "鄢陵县共办理调运检疫证书1.4万份", [["1.4万份"]], [E, "figure"])
single("en", 5, 3, "How many parking spaces does the visitor car park east of the Ming Xianling Mausoleum in Zhongxiang have, and when was it built?", "设车位260个", [["260个"], ["2020年"]], [E, "figure", "date"])
single("en", 6, 3, "How many monitoring points are there in the Xianling heritage area, and how many hazards were found and dealt with in 2020?", "已在遗产区布设监测点24个", [["24个"], ["7处"]], [E, "figure", "done"])
single("en", 7, 4, "How many members does the Guling climbing rescue volunteer team in Mashan have, and how many climbing injuries did it help handle in 2022?", "现有队员18人", [["18人"], ["5起"]], [E, "figure", "done"])
single("en", 8, 4, "How many climbers took part in the county invitational climbing competition held in Mashan in October 2022?", "吸引参赛选手136名", [["136名"]], [E, "figure"])
single("en", 9, 5, "How many batches of low-voltage electrical products were sampled in Liushi in the first half of 2018, and how many failed?", "共抽检低压电器产品212批次", [["212批次"], ["9批次"]], [E, "figure", "done"])
single("en", 10, 5, "How many full-time safety managers does each small business park in Liushi have, and how many hazards were fixed in 2018?", "今年已排查整改隐患37处", [["2名"], ["37处"]], [E, "figure", "done"])
single("en", 11, 6, "How many training sessions for home textile live-streamers and online shop operators has Haimen held since 2021, and how many people attended?", "培训3100人次", [["22期"], ["3100人次"]], [E, "figure", "done"])
single("en", 12, 6, "When will the Haimen commerce bureau hold its home textile procurement matchmaking event, and how many buyers will be invited?", "我局计划于2022年10月举办家纺产业采购对接会", [["2022年10月"], ["200家"]], [E, "date", "figure", "plan"])
single("en", 13, 7, "How many samples did the cable testing centre in Gaogou test for companies in 2023, and how long does a report take now?", "2023年为企业检测样品约1.2万批次", [["1.2万批次"], ["3个工作日"]], [E, "figure", "done"])
single("en", 14, 7, "By when will the Wuwei market regulator train quality managers of cable companies, and how many sessions are planned?", "我局计划于2024年9月底前组织电缆企业质量负责人培训2期", [["2024年9月底前"], ["2期"]], [E, "date", "plan"])
single("en", 15, 8, "Why won't Puning build a large cold-chain storage centre for green plums (qingmei) with city money?", "项目总投资约1.2亿元", [["1.2亿元"], ["难以承担", "暂不具备建设条件"]], [E, "declined", "reason"])
single("en", 16, 8, "How many green plum growers has the Puning agriculture bureau trained since 2014, and on how many mu has dwarf pruning been promoted?", "培训梅农620人次", [["620人次"], ["1.3万亩"]], [E, "figure", "done"])
single("en", 17, 9, "What yearly slaughtering capacity will Chongren's chicken slaughtering and cold-chain processing centre have, and by when should it be finished?", "设计年屠宰能力1000万羽", [["1000万羽"], ["2025年底前"]], [E, "figure", "date", "plan"])
single("en", 18, 9, "How many direct-sale stores for Chongren ma chickens have been opened, and at how many trade fairs did companies exhibit?", "设立崇仁麻鸡直营门店4家", [["4家"], ["5场次"]], [E, "figure", "done"])
single("en", 19, 10, "How many online shops sell day lilies in Qidong county, Hunan, and what were their online sales in 2015?", "目前全縣銷售黃花菜的網店約340家", [["340家"], ["1.1億元"]], [E, "figure"])
single("en", 20, 10, "How large is the seedling breeding base the Qidong county agriculture bureau is building in Taihetang town, and how many seedlings can it supply a year?", "面積200畝", [["200畝"], ["600萬株"]], [E, "figure", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复福鼎白茶那条建议，文号是多少？", "农种植函", [["农种植函〔2020〕83号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Henan forestry bureau's reply on Yanling's flower and nursery-stock industry?", "索 引 号：005184211/2019-00412", [["005184211/2019-00412"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "明显陵那份答复是哪两个部门联名给的？", "=钟祥市文化和旅游局　　钟祥市自然资源和规划局", [["钟祥市文化和旅游局"], ["钟祥市自然资源和规划局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "柳市镇政府答复电气小微园那条建议，落款日期是哪天？", "=二〇一八年六月二十九日", [["二〇一八年六月二十九日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "无为市场监管局那份电缆协办意见是写给哪个单位的？", "=无为市经济和信息化局：", [["无为市经济和信息化局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 9, "崇仁麻鸡那份答复是谁签发的？", "签发人：饶建平", [["饶建平"]], [M, "lang:zh", "signer"])
single("metadata", 7, 6, "Which commerce bureau head approved the Haimen reply on the Dieshiqiao home textile market?", "此答复已经施海波局长审签", [["施海波"]], [M, "lang:en", "signer"])
single("metadata", 8, 10, "Who made the suggestion on day lilies that the Qidong county agriculture bureau in Hunan answered, and how many deputies signed it?", "=譚國華等8名代表：", [["譚國華"], ["8名"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 2, ["What did the Henan forestry bureau plan for the second half of 2019 on training Yanling's flower and nursery growers?", "How many sessions, and how many growers should be trained?"],
      "一是2019年下半年举办花木病虫害防治和整形修剪培训6期", [["6期"], ["540人次"]], ["lang:en", "follow-up", "figure", "plan"])
turns(2, 3, ["明显陵那边影响景观的破旧房子，市里准备怎么处理？", "一共有几处？今年弄完了几处？"],
      "我们将先行对影响遗产景观的12处危旧房屋实施收储", [["12处"], ["4处"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 4, ["Is the Mashan culture and sports bureau planning any climbing training for local young people?", "How many sessions and trainees, and by when?"],
      "计划今年11月前举办攀岩指导员和救援技能培训班2期", [["11月前"], ["2期"], ["40人"]], ["lang:en", "follow-up", "figure", "date", "plan"])
turns(4, 6, ["海门商务局说要给家纺市场做个网上交易系统，现在进展如何？", "第一期大概什么时候能用上？"],
      "力争2023年上半年上线家纺数字化交易平台一期", [["2023年上半年"]], ["lang:zh", "follow-up", "date", "plan"])
turns(5, 8, ["What did the Puning agriculture bureau say about cutting taxes for green plum processors?", "Which offices did it pass the suggestion to?"],
      "我局已将该建议转送市国家税务局、市地方税务局研究", [["市国家税务局"], ["市地方税务局"]], ["lang:en", "follow-up", "who", "declined"])
turns(6, 9, ["崇仁麻鸡的地标专用标志以后怎么管？", "从哪年开始对用标的企业年年核查？"],
      "2026年起对使用企业实行年度核查", [["2026年"]], ["lang:zh", "follow-up", "date", "plan"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 9], "哪些答复函说到了地理标志保护？各自做了什么或打算做什么？",
      [["800万元", "46家茶企"], ["2026年起", "年度核查"]], ["lang:zh", "theme:geographical-indication"])
multi(2, [1, 9], "Which replies mention geographical indication protection, and for which products?",
      [["福鼎白茶"], ["崇仁麻鸡"]], ["lang:en", "theme:geographical-indication"])
multi(3, [6, 10], "哪些答复函讲到了电商卖货？给了哪些数字？",
      [["6200个", "2.6万平方米", "73家"], ["340家", "1.1億元"]], ["lang:zh", "theme:e-commerce"])
multi(4, [6, 10], "Which replies report on e-commerce or online sales, and what online sales figures do they give?",
      [["310亿元"], ["1.1億元"]], ["lang:en", "theme:e-commerce"])
multi(5, [5, 7], "哪些答复函提到了产品质量抽检？各抽了多少批、多少批不合格？",
      [["212批次", "9批次"], ["158批次", "11批次"]], ["lang:zh", "theme:quality-sampling"])
multi(6, [5, 7], "Which replies report quality sampling of electrical products or cables, and how many batches failed?",
      [["9批次"], ["11批次"]], ["lang:en", "theme:quality-sampling"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "一斤福鼎老白茶现在卖多少钱？", "Area, companies, output and chain value (98亿元) only; no price.", "price-not-stated", "zh"),
 (1, "福安市的白茶种植面积有多少亩？", "福安 is not named; 30.5万亩 is Fuding's.", "another-place", "zh"),
 (1, "What was Fuding's dry white tea output in 2018?", "Only 2019's 2.6万吨 is given.", "another-year", "en"),
 (2, "鄢陵一棵桂花树苗一般卖多少钱？", "Area and 2018 sales (86亿元) only; no price.", "price-not-stated", "zh"),
 (2, "扶沟县花木种植面积有多大？", "扶沟 is not named; 70万亩 is Yanling's.", "another-place", "zh"),
 (2, "How much seed-breeding subsidy did the Henan forestry bureau give Yanling in 2017?", "Only the 2018 allocation (650万元) is given.", "another-year", "en"),
 (3, "明显陵门票现在多少钱一张？", "Parking (260 spaces) and monitoring only; no ticket price.", "price-not-stated", "zh"),
 (3, "沙洋县那边申请翻建住房批了多少户？", "沙洋 is not named; the 38 households are in Xianling's buffer zone.", "another-place", "zh"),
 (3, "How much did the first-phase visitor car park at the Xianling Mausoleum cost to build?", "Year and 260 spaces only; no cost (4.2亿元 is the resettlement estimate).", "money-not-stated", "en"),
 (4, "去古零攀岩，请个教练带一天要多少钱？", "Routes (420条), visitors and safety work only; no guiding fee.", "price-not-stated", "zh"),
 (4, "都安县开发了多少条攀岩线路？", "都安 is not named; 420 routes are Guling's.", "another-place", "zh"),
 (4, "How many climbers and tourists did Guling town receive in 2021?", "Only 2022's 2.3万人次 is given.", "another-year", "en"),
 (5, "柳市一个交流接触器出厂价大概多少？", "Firms and 2017 output value (390亿元) only; no price.", "price-not-stated", "zh"),
 (5, "瑞安市有多少家低压电器企业？", "瑞安 is not named; 1300 firms are Liushi's.", "another-place", "zh"),
 (5, "What was the output value of Liushi's electrical industry in 2016?", "Only 2017's 390亿元 is given.", "another-year", "en"),
 (6, "叠石桥市场一个摊位一年租金多少钱？", "Stalls are let by the market company under contract; no rent figure.", "price-not-stated", "zh"),
 (6, "启东市家纺网络零售额有多少？", "启东 is not named; 310亿元 is Haimen's.", "another-place", "zh"),
 (6, "What was the Dieshiqiao market's turnover in 2020?", "Only 2021's 860亿元 is given.", "another-year", "en"),
 (7, "高沟镇的电缆一米卖多少钱？", "Firms, samples and cases only; no price.", "price-not-stated", "zh"),
 (7, "庐江县有多少家电线电缆企业？", "庐江 is not named; 450 firms are Wuwei's.", "another-place", "zh"),
 (7, "How many batches of cable products did the Wuwei market regulator sample in 2022?", "Only 2023's 158批次 is given.", "another-year", "en"),
 (8, "今年普宁青梅收购价一斤多少钱？", "The letter says purchase prices fell, with no figure.", "price-not-stated", "zh"),
 (8, "惠来县种了多少亩青梅？", "惠来 is not named; 8.6万亩 is Puning's.", "another-place", "zh"),
 (8, "How many tonnes of green plums did Puning produce in 2013?", "Only 2014's 5.2万吨 is given.", "another-year", "en"),
 (9, "崇仁那个麻鸡屠宰冷链加工中心总共要投资多少钱？", "Capacity (1000万羽) and completion date only; no investment (280万元 is the breeding farm's upgrade).", "money-not-stated", "zh"),
 (9, "临川区养了多少麻鸡？", "临川 is not named; the table is Chongren's towns.", "another-place", "zh"),
 (9, "How many ma chickens did Chongren market in 2023?", "Only 2024's 1850万羽 is given (2023 is the year of the breeding-farm upgrade).", "another-year", "en"),
 (10, "祁东的干黄花菜现在一斤卖多少钱？", "Area, output and value (9.5億元) only; no price.", "price-not-stated", "zh"),
 (10, "祁阳县黄花菜种植面积有多少？", "祁阳 is not named; 12.6萬畝 is Qidong's.", "another-place", "zh"),
 (10, "What was Qidong county's dried day lily output in 2014?", "Only 2015's 1.9萬噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa38.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
