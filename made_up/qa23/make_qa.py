#!/usr/bin/env python3
"""Generate qa23.jsonl (adapted from made_up/qa22/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a table row of letter 09 is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa23.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q23-{n:02d}.txt"


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
    rows.append({"id": f"q23-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q23-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q23-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q23-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "新源、巩留那一片野果林，眼下一共还剩多大面积？野苹果占了多少？", "两县现有野果林面积约26.4万亩", [["26.4万亩"], ["17.8万亩"]], [P, C, "figure"])
single("zh", 2, 1, "代表提议专门给天山野果林建个国家公园，林草局答应了没？", "单独设立国家公园的条件尚不具备", [["条件尚不具备"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "野苹果树遭了虫灾，国家那两年拿出多少钱来治？", "安排中央财政林业草原生态保护恢复资金4600万元", [["4600万元"]], [P, C, "figure", "done"])
single("zh", 4, 2, "吉林现在养林蛙的场子和农户一共多少个？林蛙油一年能出多少吨？", "目前全省共有林蛙养殖场（户）1860个", [["1860个"], ["62吨"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让养蛙的山林承包期都统一延到30年，省里给办吗？", "我局无权作出统一规定", [["无权作出统一规定"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "委员说要给林蛙弄笔专项资金，2019年省里实际拿出多少用在林蛙上？", "其中用于林蛙良种繁育和养殖池改造的项目资金620万元", [["620万元"]], [P, C, "figure", "done"])
single("zh", 7, 3, "代表想让县里按收多少吨栗子给收购企业贴钱，县里同意没？", "县财政难以承担，暂不能采纳", [["暂不能采纳", "难以承担"]], [P, C, "declined", "reason"])
single("zh", 8, 3, "改造老栗子园，一亩地补多少？2021年一共改了多少亩？", "完成改造1.2万亩", [["300元"], ["1.2万亩"]], [P, C, "rate", "done"])
single("zh", 9, 3, "宽甸栗子在网上一年能卖出去多少钱？", "当年宽甸板栗网上销售额约1.9亿元", [["1.9亿元"]], [P, C, "figure"])
single("zh", 10, 4, "买金银花烘干机，县里补百分之几？一台最多补多少？", "按设备价格的30%给予补助", [["30%"], ["1.5万元"]], [P, C, "rate", "rule"])
single("zh", 11, 4, "委员建议县里掏钱建个金银花交易市场，农业局咋回的？", "市场建设和管理不属于我局职责范围", [["不属于我局职责范围"], ["县商务局"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "种金银花的能买上政府补贴的那种农业保险不？", "目前金银花尚未列入我省政策性农业保险品种", [["尚未列入"]], [P, C, "declined", "plan"])
single("zh", 13, 5, "代表想让乡里给红芸豆定个最低收购价，乡里能办不？", "乡政府无权规定收购价格", [["无权规定收购价格"], ["无法采纳"]], [P, C, "declined", "reason"])
single("zh", 14, 5, "宋家沟乡今年种了多大一片红芸豆？去年平均一亩打多少公斤？", "今年全乡红芸豆种植面积约1.35万亩", [["1.35万亩"], ["140公斤"]], [P, C, "figure"])
single("zh", 15, 5, "乡里电商站去年帮老乡在网上卖掉了多少芸豆？", "乡电商服务站去年帮助农户通过网上店铺销售红芸豆约86吨", [["86吨"]], [P, C, "figure", "done"])
single("zh", 16, 6, "委员想让进园子的文创企业头三年不交房租，区里咋说的？", "我局无权减免", [["无权减免"]], [P, C, "declined", "reason"])
single("zh", 17, 6, "老洗煤厂里的旧厂房、皮带廊这些，一共留下来多少处？", "储煤仓等工业建筑14处", [["14处"]], [P, C, "figure", "done"])
single("zh", 18, 6, "文化园周边新弄了多少个停车位？厕所盖了几座？", "新增停车泊位320个", [["320个"], ["4座"]], [P, C, "figure", "done"])
single("zh", 19, 7, "天祝白牦牛那个地理标志商标，现在有几家企业能用？", "目前已授权县内9家企业使用", [["9家"]], [P, C, "figure"])
single("zh", 20, 7, "2019年查牦牛肉的质量，一共抽了多少批？几批过关？", "开展食品安全监督抽检64批次", [["64批次"], ["62批次"]], [P, C, "figure", "done"])
single("zh", 21, 7, "委员想让白牦牛产品统一定个价，市场监管局怎么答复的？", "我局无权统一定价", [["无权统一定价"]], [P, C, "declined", "reason"])
single("zh", 22, 8, "代表提议在卓尔山修个玻璃栈道，县里为啥不同意？", "拟建位置位于生态保护红线范围内", [["生态保护红线"], ["不予采纳"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "牧民开民宿，县里能不能每户给补3万块？", "县财政难以承担，暂不能采纳", [["暂不能采纳", "难以承担"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "游客想开车进草原里越野，县里让不让？", "车辆离开道路在草原上行驶会碾压植被", [["不予采纳"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "哈乐镇2015年种了多少万亩燕麦？打了多少吨？", "哈乐镇　　6.8", [["6.8"], ["8840"]], [P, C, "figure", "table"])
single("zh", 26, 9, "成片种燕麦的，一亩地给补多少良种钱？", "按每亩20元的标准给予良种补贴", [["20元"]], [P, C, "rate"])
single("zh", 27, 9, "委员说要设个燕麦产业基金，农牧业局怎么回的？", "目前暂无设立计划", [["暂无设立计划"]], [P, C, "declined"])
single("zh", 28, 10, "分水那边做油纸伞的作坊有多少家？干这行的大概多少人？", "目前全鎮有油紙傘製作作坊17家", [["17家"], ["360人"]], [P, C, "figure"])
single("zh", 29, 10, "委员想让区里机关统一买油纸伞当礼品，行不行？", "該建議無法採納", [["無法採納"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "2024年分水一共卖了多少把油纸伞？产值有多少？", "2024年全鎮共銷售油紙傘約26萬把", [["26萬把"], ["4100萬元"]], [P, C, "figure"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many fixed monitoring plots were laid out in the wild fruit forests of Xinyuan and Gongliu, and how many drones were provided?", "指导两县在野果林内布设固定监测样地64块", [["64块"], ["12架"]], [E, "figure", "done"])
single("en", 2, 1, "How many wild apple germplasm accessions are kept in the nursery in Xinyuan county?", "目前已收集保存野苹果种质材料218份", [["218份"]], [E, "figure", "done"])
single("en", 3, 2, "How many cases of illegally catching or buying wild forest frogs were dealt with in Jilin in 2018, and how many wild frogs were released?", "2018年共查处非法捕捉、收购野生林蛙案件47起", [["47起"], ["2.6万只"]], [E, "figure", "done"])
single("en", 4, 2, "When is Jilin's provincial standard for forest frog oil due to be issued?", "计划于2020年6月前发布实施", [["2020年6月前"]], [E, "date", "plan"])
single("en", 5, 3, "How many chestnut cold stores were built in Kuandian in 2021, and how much storage capacity did they add?", "2021年支持合作社和家庭农场新建板栗保鲜库8座", [["8座"], ["4500吨"]], [E, "figure", "done"])
single("en", 6, 3, "In which town will Kuandian plan its chestnut deep-processing industrial park?", "两局将推动在永甸镇规划建设板栗精深加工产业园", [["永甸镇"]], [E, "where", "plan"])
single("en", 7, 4, "How large was the drone spraying trial against honeysuckle aphids in Wanghuzhai town?", "今年5月我局在王虎寨镇开展植保无人机统防统治试点", [["8000亩"]], [E, "figure", "done"])
single("en", 8, 4, "How large will the standard honeysuckle demonstration garden in Xiguocheng town be?", "我局计划在西郭城镇建设金银花标准化种植示范园2000亩", [["2000亩"]], [E, "figure", "plan"])
single("en", 9, 5, "How much improved red kidney bean seed was handed out free of charge in Songjiagou township before spring sowing?", "为全乡种植户免费发放红芸豆良种3.2万公斤", [["3.2万公斤"]], [E, "figure", "done"])
single("en", 10, 5, "How many households in Songjiagou village have opened homestays?", "已开办民宿22户", [["22户"]], [E, "figure"])
single("en", 11, 6, "When is the coal industry museum hall in the old Dawukou coal washing plant expected to open?", "计划2024年建成开放", [["2024年"]], [E, "date", "plan"])
single("en", 12, 6, "According to the Dawukou reply, which body recognises national industrial heritage sites?", "国家工业遗产的认定由工业和信息化部组织开展", [["工业和信息化部"]], [E, "who"])
single("en", 13, 7, "How many online sellers of yak jerky did the Tianzhu market regulation bureau inspect in April 2020, and how many had to take listings down?", "我局今年4月对31家网店经营户开展了专项检查", [["31家"], ["2家"]], [E, "figure", "done"])
single("en", 14, 7, "When should the group standard for cutting and grading Tianzhu white yak meat be issued?", "预计今年底前发布", [["今年底前"]], [E, "date", "plan"])
single("en", 15, 8, "How many tourist toilets were built and how many parking spaces were added at Qilian's scenic spots?", "新建旅游厕所12座", [["12座"], ["600个"]], [E, "figure", "done"])
single("en", 16, 8, "How many tourists did Qilian county receive in 2023?", "2023年全县共接待游客约196万人次", [["196万人次"]], [E, "figure"])
single("en", 17, 9, "How large an area of oat fields did drones cover for pest control in Wuchuan in 2015?", "2015年作业面积2.6万亩", [["2.6万亩"]], [E, "figure", "done"])
single("en", 18, 9, "How many oat processing firms does Wuchuan have, and what is their yearly processing capacity?", "目前全县有燕麦米、燕麦片加工企业8家", [["8家"], ["2.5万吨"]], [E, "figure"])
single("en", 19, 10, "By when should the oil-paper umbrella creative street in Fenshuiling town be built?", "計劃2026年底前在分水嶺鎮建成油紙傘文創街區", [["2026年底前"]], [E, "date", "plan"])
single("en", 20, 10, "How many apprentices did the umbrella craft inheritors train last year, and in how many schools are umbrella-making classes taught?", "去年共培養學徒48名", [["48名"], ["8所"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家林草局答复天山野果林那条建议，发文字号是多少？", "发文字号：林函保字〔2021〕146号", [["林函保字〔2021〕146号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "Which CPPCC session and proposal number does the Jilin forestry and grassland bureau's reply on forest frogs answer?", "=关于省政协十二届二次会议第0347号提案的答复", [["十二届二次会议"], ["第0347号"]], [M, "lang:en", "proposal-number"])
single("metadata", 3, 3, "宽甸板栗那份答复，是哪两个部门联名答复的？", "=宽甸满族自治县农业农村局　　宽甸满族自治县商务局", [["宽甸满族自治县农业农村局"], ["宽甸满族自治县商务局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "宋家沟乡对红芸豆那条建议的答复，落款日期是哪一天？", "=二〇一七年七月十四日", [["二〇一七年七月十四日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "天祝县市场监管局那份白牦牛的会办意见，是写给哪个单位的？", "=县农业农村局：", [["县农业农村局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 8, "Who signed off the Qilian culture and tourism bureau's reply on grassland tourism?", "签发人：马文斌", [["马文斌"]], [M, "lang:en", "signer"])
single("metadata", 7, 9, "武川县农牧业局那份燕麦提案的答复，网上是哪天发布的？", "[ 发布日期 ] | 2016-07-05", [["2016-07-05"]], [M, "lang:zh", "date"])
single("metadata", 8, 10, "What is the document number of the Jiangyang culture and tourism bureau's reply on oil-paper umbrellas?", "=江陽文旅函〔2025〕42號", [["江陽文旅函〔2025〕42號"]], [M, "lang:en", "doc-number"])
# ---------------- multi_turn (6) ----------------
turns(1, 2, ["吉林省林草局对林蛙养殖那个提案都做了些啥？", "良种繁育场建在哪个县？一年能供多少蝌蚪？"],
      "在靖宇县建成省级林蛙良种繁育场1处", [["靖宇县"], ["3000万尾"]], ["lang:zh", "follow-up", "where", "figure"])
turns(2, 4, ["What did the Julu agriculture bureau say about the honeysuckle industry?", "And the pest-control training: how many classes were held, and how many attendances?"],
      "举办金银花病虫害防治培训班12期", [["12期"], ["960人次"]], ["lang:en", "follow-up", "figure"])
turns(3, 6, ["大武口区对老洗煤厂改造都做了些啥？", "那里头现在引进了几家文创企业？"],
      "园区已引入设计工作室", [["21家"]], ["lang:zh", "follow-up", "figure"])
turns(4, 7, ["What did the Tianzhu market regulation bureau say in its opinion on the white yak proposal?", "And the meat plants in Zhaxixiulong town: how many are there, and how often are they inspected?"],
      "抓喜秀龙镇的3家白牦牛肉加工企业", [["3家"], ["每季度一次"]], ["lang:en", "follow-up", "figure"])
turns(5, 9, ["武川县农牧业局下一步对燕麦有啥打算？", "加工园区打算放在哪个镇？啥时候开工？"],
      "计划在哈乐镇建设燕麦加工园区", [["哈乐镇"], ["明年5月"]], ["lang:zh", "follow-up", "where", "date", "plan"])
turns(6, 10, ["What has Jiangyang district done for the Fenshui oil-paper umbrella craft?", "And the homestays: how many umbrella-themed homestays were supported in Fenshuiling town?"],
      "為主題的民宿14家", [["14家"]], ["lang:en", "follow-up", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 4, 9], "哪些答复函提到了无人机？各地拿无人机干什么用？",
      [["精准施药"], ["蚜虫"], ["病虫害统防统治"]], ["lang:zh", "theme:drone"])
multi(2, [1, 4, 9], "Which replies mention drones, and what figures do they give for them?",
      [["12架"], ["8000亩"], ["2.6万亩"]], ["lang:en", "theme:drone"])
multi(3, [5, 8, 10], "各地答复里，哪些讲到了民宿？都是怎么说的？",
      [["伴手礼"], ["每户补助3万元"], ["以油紙傘為主題的民宿"]], ["lang:zh", "theme:homestay"])
multi(4, [5, 8, 10], "Which replies talk about homestays, and how many homestays does each one mention?",
      [["22户"], ["58家"], ["14家"]], ["lang:en", "theme:homestay"])
multi(5, [3, 5, 7], "哪几份答复函提到了电商？分别说了些什么？",
      [["农村电商公共服务中心"], ["乡电商服务站"], ["电商平台"]], ["lang:zh", "theme:e-commerce"])
multi(6, [3, 5, 7], "Which replies mention e-commerce or online sales, and what figures do they give?",
      [["1.9亿元"], ["86吨"], ["31家"]], ["lang:en", "theme:e-commerce"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "季节性禁牧涉及的牧户，一户一年能领多少禁牧补助？", "326 households are named and the subsidy follows the grassland reward standard; no amount per household is given.", "money-not-stated", "zh"),
 (1, "巩留县那边的野苹果林有多少亩？", "17.8万亩 of wild apple forest across Xinyuan and Gongliu together; no split by county.", "part-of-stated-total", "zh"),
 (1, "How much did the forestry administration spend on pest control in the wild fruit forests in 2018?", "Only the 2019-2020 money (4600万元) is given.", "another-year", "en"),
 (2, "林蛙油现在市面上多少钱一斤？", "Output (62吨) and the industry's value (18.5亿元) only; no price.", "price-not-stated", "zh"),
 (2, "汪清县有多少个林蛙养殖场？", "1860 farms province-wide in four named places; no split.", "part-of-stated-total", "zh"),
 (2, "How much forest frog oil did Jilin produce in 2017?", "Only 2018's 62吨 is given.", "another-year", "en"),
 (3, "宽甸板栗今年的收购价是一斤多少钱？", "Output (3.6万吨) and online sales (1.9亿元) only; prices are said to swing, no price is given.", "price-not-stated", "zh"),
 (3, "永甸镇那个板栗精深加工产业园，总投资要多少钱？", "The park is only planned; 360万元 is the cost of the declined purchase subsidy, 1.9亿元 online sales.", "cost-not-stated", "zh"),
 (3, "How many chestnut processing firms are there in Qingyishan town?", "11 firms county-wide; no split by town.", "part-of-stated-total", "en"),
 (4, "现在金银花干花收购价多少钱一斤？", "1.1万吨 of dried flowers a year; prices are said to swing, none is given.", "price-not-stated", "zh"),
 (4, "县商务局最后同不同意建金银花交易市场？", "The request was passed to 县商务局 for study; its decision is not in the letter.", "another-body-decision", "zh"),
 (4, "How large was Julu's honeysuckle planting area in 2012?", "Only the area at the end of 2013 (12.6万亩) is given.", "another-year", "en"),
 (5, "现在红芸豆收购价是多少钱一斤？", "The price is said to be set by the market; no figure.", "price-not-stated", "zh"),
 (5, "代表提的那个红芸豆加工厂要是建起来，得投多少钱？", "The plant is only said to cost a lot and was passed to the county; no sum.", "cost-not-stated", "zh"),
 (5, "What was the average red kidney bean yield per mu in Songjiagou in 2015?", "Only last year's (2016) 140公斤 is given.", "another-year", "en"),
 (6, "洗煤厂改造成文化园，前后一共花了多少钱？", "The works since 2021 and the 14 kept buildings are described; no cost.", "cost-not-stated", "zh"),
 (6, "工信部有没有把大武口洗煤厂评上国家工业遗产？", "The bureau will help prepare an application; no decision by the ministry is reported.", "another-body-decision", "zh"),
 (6, "How many visitors did the Dawukou industrial heritage park receive in 2021?", "Only 2022's 38万人次 is given.", "another-year", "en"),
 (7, "天祝白牦牛肉现在多少钱一斤？", "The products are said to be market-priced; no price.", "price-not-stated", "zh"),
 (7, "天祝县一共养了多少头白牦牛？", "Firms, batches and shops are counted; the herd is not.", "count-not-stated", "zh"),
 (7, "Who heads the white yak industry association in Tianzhu county?", "The county white yak industry association is named as the trademark holder's applicant and partner; no person is named.", "name-not-stated", "en"),
 (8, "卓尔山景区的门票多少钱一张？", "A free shuttle to the scenic area is described; no ticket price.", "price-not-stated", "zh"),
 (8, "新建的那12座旅游厕所，总共花了多少钱？", "Only the number of toilets; 60万元 is the cost of the declined homestay grant.", "cost-not-stated", "zh"),
 (8, "How many tourists visited Qilian county in 2022?", "Only 2023's 196万人次 is given.", "another-year", "en"),
 (9, "武川燕麦米现在卖多少钱一斤？", "Sales of 3.4亿元 and outputs in tonnes only; no price.", "price-not-stated", "zh"),
 (9, "二份子乡2015年种了多少亩燕麦？", "二份子乡 is not named; 9.4万亩 is all other townships together.", "another-place", "zh"),
 (9, "What was Wuchuan's oat planting area in 2014?", "Only 2015's 33万亩 is given.", "another-year", "en"),
 (10, "分水油纸伞现在一把卖多少钱？", "26万 umbrellas and 4100万元 of output in 2024; no price per umbrella.", "price-not-stated", "zh"),
 (10, "分水的油纸伞每年出口多少把？", "Sales and output value only; nothing about exports.", "figure-of-another-kind", "zh"),
 (10, "How many oil-paper umbrellas did Fenshuiling town sell in 2023?", "Only 2024's 26万把 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa23.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
