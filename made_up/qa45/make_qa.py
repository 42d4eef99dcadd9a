#!/usr/bin/env python3
"""Generate qa45.jsonl (adapted from made_up/qa44/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa45.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q45-{n:02d}.txt"


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
    rows.append({"id": f"q45-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q45-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q45-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q45-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "德格印经院里一共存着多少块刻经的木板？有毛病的大概多少？", "院内现存各类经版约27万块", [["27万块"], ["3.1万块"]], [P, C, "figure"])
single("zh", 2, 1, "国家拿了多少钱给印经院防火防盗？具体干了些啥？", "安排德格印经院消防和安防提升项目资金620万元", [["620万元"], ["火灾自动报警系统", "电气线路改造", "消火栓14处"]], [P, C, "figure", "done"])
single("zh", 3, 1, "代表想让中央出钱在院子外头另盖个库房，把经版都搬过去，文物局同意吗？为啥？", "整体迁出须经充分的专家论证", [["暂不能采纳"], ["文物价值的组成部分", "专家论证"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "阿图什种的无花果有多大面积？去年摘了多少鲜果？", "阿图什市无花果种植面积约3.6万亩", [["3.6万亩"], ["2.1万吨"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让无花果也跟棉花一样拿目标价格补贴，农业农村厅怎么说？", "此项建议难以采纳", [["难以采纳"], ["无权扩大补贴品种", "仅适用于棉花"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "新盖的保鲜库能装多少吨？果子往外运坏掉的比例降到多少了？", "新增库容1800吨", [["1800吨"], ["15%左右"]], [P, C, "figure", "done"])
single("zh", 7, 3, "盐山做管件这行的厂子一共多少家？上规模的有几家？", "目前全县管道装备制造企业约1100家", [["1100家"], ["86家"]], [P, C, "figure"])
single("zh", 8, 3, "县里那个检测中心能测多少个项目？企业送样现在要等几天？", "可开展力学性能", [["46项"], ["两天以内"]], [P, C, "figure", "done"])
single("zh", 9, 3, "代表说拿到认证的企业每家给5万块钱，两个局答应没有？", "县财政目前没有此项资金安排", [["无法采纳"], ["没有此项资金安排"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "神池种胡麻的地有多少？一亩大概能收多少？", "目前全县胡麻种植面积约11万亩", [["11万亩"], ["75公斤"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让政府给胡麻定个最低收购价，农业农村局怎么回的？", "我局无权设定最低收购价", [["无权"], ["由市场形成", "订单种植"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "县里拿了多少钱补贴农户买胡麻好种子？", "县财政安排良种补贴资金80万元", [["80万元"]], [P, C, "figure", "done"])
single("zh", 13, 5, "菜园子镇已经在自家院里种菜养鹅的有多少户？能搞的一共有多少户？", "目前已经在种在养的有1260户", [["1260户"], ["4100户"]], [P, C, "figure"])
single("zh", 14, 5, "代表想让镇里给每户补500块钱，镇里答应没有？", "全面发放此项补贴目前难以做到", [["难以做到"], ["镇本级财力有限"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "去年搞庭院种养的人家平均一户多挣了多少？", "户均增收约2100元", [["2100元"]], [P, C, "figure"])
single("zh", 16, 6, "去年萧红故居来了多少人参观？停车的地方有几个位子？", "2018年故居接待参观者约21万人次", [["21万人次"], ["40个"]], [P, C, "figure"])
single("zh", 17, 6, "委员想把故居周围的民房都征了盖个广场，文旅局怎么说？", "房屋征收不属于我局职责范围", [["不属于我局职责范围"], ["转报区政府", "区级规划"]], [P, C, "declined", "who"])
single("zh", 18, 6, "故居边上要修的停车场啥时候能用上？能多停多少辆车？", "新增车位120个", [["2019年底前"], ["120个"]], [P, C, "plan", "date"])
single("zh", 19, 7, "景泰那段黄河上撑羊皮筏子的有多少户？筏子一共多少只？", "该河段目前有羊皮筏子经营户23户", [["23户"], ["160只"]], [P, C, "figure"])
single("zh", 20, 7, "筏子票价统一定多少、发不发经营许可，交通局管吗？", "不属于我局职责范围", [["不属于我局职责范围"], ["县发展和改革局", "县市场监督管理局"]], [P, C, "declined", "who"])
single("zh", 21, 7, "去年交通局给筏子老板发了多少件救生衣？立了几块提醒注意安全的牌子？", "向经营户发放救生衣600件", [["600件"], ["24块"]], [P, C, "figure", "done"])
single("zh", 22, 8, "丰镇做月饼的厂子和作坊有多少家？一年能做多少吨？", "全市现有月饼生产企业和加工作坊约140家", [["140家"], ["2.8万吨"]], [P, C, "figure"])
single("zh", 23, 8, "代表说让政府出钱盖个月饼产业园，经信局为啥不同意？", "市本级财政难以承担", [["难以承担"], ["1.2亿元"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "给做月饼的厂子用电便宜点行不行？", "我局无权调整", [["无权调整"], ["价格主管部门"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "凤州镇圈里养着多少只林麝？去年生了多少只小麝？", "凤州镇　　9", [["1080"], ["205"]], [P, C, "figure", "table"])
single("zh", 26, 9, "委员想让养殖户自己把麝香卖出去，林业局同意不？", "其收购、销售须按国家有关规定执行", [["暂不能采纳"], ["严格管理的特殊药材", "按国家有关规定执行"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "去年县里拿了多少钱扶持养林麝？圈舍改了多大面积？", "2016年县财政安排林麝养殖扶持资金150万元", [["150万元"], ["2100平方米"]], [P, C, "figure", "done"])
single("zh", 28, 10, "坝美会全套织布染布手艺的老人还剩多少？能自己造木船的师傅有几个？", "能獨立完成土布織染全部工序的老人已不足30人", [["不足30人"], ["7人"]], [P, C, "figure"])
single("zh", 29, 10, "进坝美坐船票价太高、救生衣不够，文旅局管不管？", "遊船經營和水上安全管理不屬於我局職責範圍", [["不屬於我局職責範圍"], ["縣交通運輸局", "壩美景區管理機構"]], [P, C, "declined", "who"])
single("zh", 30, 10, "去年县里拿了多少钱保护非遗？传习所一个星期教几回？", "2024年安排非遺保護資金45萬元", [["45萬元"], ["兩次"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many woodblocks at the Derge Printing House have been cleaned and numbered so far, and by when should the first batch of high-resolution scans be finished?", "目前已完成1.2万块经版的清理", [["1.2万块"], ["2020年底前"]], [E, "figure", "date", "done"])
single("en", 2, 1, "How many workshops on woodblock carving were held for the Derge printing craft in 2018, and how many trainees attended?", "培训学员32人", [["1期"], ["32人"]], [E, "figure", "done"])
single("en", 3, 2, "How much did the regional agriculture department allocate to Artux figs in 2020, and how many mu of low-yield orchards were renovated?", "安排阿图什无花果项目380万元", [["380万元"], ["4200亩"]], [E, "figure", "done"])
single("en", 4, 2, "How many fig varieties will the germplasm nursery in Shang Artux town hold, and in which year will it be built?", "收集保存品种30个以上", [["30个以上"], ["2022年"]], [E, "figure", "plan"])
single("en", 5, 3, "How many batches of pipe fittings did Yanshan's market regulation bureau spot-check in 2023, and how many failed?", "抽检管件产品240批次", [["240批次"], ["9批次"]], [E, "figure", "done"])
single("en", 6, 3, "How many group standards will the two Yanshan bureaus draw up, and by when is the industry matchmaking meeting to be held?", "3项团体标准", [["3项"], ["10月底前"]], [E, "figure", "date", "plan"])
single("en", 7, 4, "How much linseed oil did Shenchi sell through e-commerce in 2021, and how many e-commerce training sessions were held?", "2021年通过电商渠道销售胡麻油约900吨", [["900吨"], ["4期"]], [E, "figure", "done"])
single("en", 8, 4, "By when will Shenchi finish its standardised flax-oil pressing demonstration workshop?", "今年10月底前建成胡麻油标准化压榨示范车间1个", [["10月底前"]], [E, "date", "plan"])
single("en", 9, 5, "How many vegetable seedlings and goslings did Caiyuanzi town hand out to households?", "统一采购发放菜苗18万株", [["18万株"], ["9000只"]], [E, "figure", "done"])
single("en", 10, 5, "In which villages will Caiyuanzi cultivate courtyard-economy demonstration households, and how many households?", "培育庭院经济示范户60户", [["60户"], ["前进村", "东升村", "胜利村"]], [E, "figure", "plan"])
single("en", 11, 6, "How many school study-tour groups did Xiao Hong's former residence in Hulan receive in 2018?", "2018年接待中小学研学团队96批次", [["96批次"]], [E, "figure", "done"])
single("en", 12, 6, "How many new exhibits were added to the auxiliary hall of Xiao Hong's former residence?", "新增手稿复制件", [["130件"]], [E, "figure", "done"])
single("en", 13, 7, "How many raft operators did the Jingtai transport bureau and the culture bureau train together in 2019, and in how many sessions?", "培训筏工96人", [["2期"], ["96人"]], [E, "figure", "done"])
single("en", 14, 7, "What happens to sheepskin-raft rides in Jingtai when the Yellow River rises above the warning level in the flood season?", "通知经营户一律停止载客", [["停止载客"]], [E, "plan"])
single("en", 15, 8, "Which office did the Fengzhen bureau pass the request on the mooncake trademark and counterfeiting to?", "已将该建议转送市工商行政管理局", [["市工商行政管理局"]], [E, "declined", "who"])
single("en", 16, 8, "How much in working-capital loans did the Fengzhen bureau help mooncake makers obtain, and for how many firms?", "为9家企业发放流动资金贷款1800万元", [["1800万元"], ["9家"]], [E, "figure", "done"])
single("en", 17, 9, "How many licensed musk deer farms did Feng county have at the end of 2016, and how many musk deer did they keep?", "全县共有取得人工繁育许可的林麝养殖场", [["46个"], ["5200只"]], [E, "figure"])
single("en", 18, 9, "Where and by when will Feng county build its musk deer breeding-stock centre?", "于双石铺镇建成林麝种源繁育中心1个", [["双石铺镇"], ["2017年底前"]], [E, "date", "plan"])
single("en", 19, 10, "How many primary and secondary schools in Guangnan run weaving and dyeing interest classes?", "12所中小學", [["12所"]], [E, "figure", "done"])
single("en", 20, 10, "When and where will Guangnan hold its traditional culture performance week?", "傳統文化展演週", [["今年10月"], ["壩美村"]], [E, "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家文物局答复德格印经院经版那件建议，文号是多少？", "文物保复", [["文物保复〔2018〕213号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Xinjiang agriculture department's reply on Artux figs?", "索引号：11650000K34027615Q/2021-00087", [["11650000K34027615Q/2021-00087"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "盐山管道装备那份答复是哪两个单位一起落款的？", "=盐山县工业和信息化局　　盐山县市场监督管理局", [["盐山县工业和信息化局"], ["盐山县市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "菜园子镇答复庭院经济那件建议，落款日期是哪天？", "=二〇二三年五月三十一日", [["二〇二三年五月三十一日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "景泰交通局关于羊皮筏子的那份协办意见是写给哪个单位的？", "=景泰县文体广电和旅游局：", [["景泰县文体广电和旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 6, "Which units co-handled the Hulan proposal on the area around Xiao Hong's former residence?", "区住房和城乡建设局、区交通运输局会办", [["区住房和城乡建设局"], ["区交通运输局"]], [M, "lang:en", "co-handlers"])
single("metadata", 7, 10, "Who signed off the Guangnan culture and tourism bureau's reply on Bamei village's traditional crafts?", "簽發人", [["農建華"]], [M, "lang:en", "signer"])
single("metadata", 8, 8, "丰镇月饼那件建议是谁领头提的？一共几名代表？", "=郭玉梅等6名代表：", [["郭玉梅"], ["6名"]], [M, "lang:zh", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What does the bureau plan for study tours at the Derge Printing House?", "How many groups of pupils a year?"],
      "每年组织中小学生研学活动不少于20批次", [["20批次"]], ["lang:en", "follow-up", "figure", "plan"])
turns(2, 2, ["阿图什的无花果在网上卖得怎么样？", "去年网上一共卖了多少吨？"],
      "2020年通过电商销售鲜果和果干约2600吨", [["2600吨"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 3, ["Did the Yanshan bureaus do anything about unlicensed workshops?", "How many were shut down?"],
      "关停取缔无证小作坊17家", [["17家"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 5, ["农户院子里种的东西，镇里帮着往外卖吗？", "网上卖了多少穗玉米？"],
      "镇电商服务站帮助农户线上销售鲜食玉米约4万穗", [["4万穗"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 7, ["委员说要在河边修个浮动码头，交通局怎么看？", "那得哪个部门先点头？"],
      "需由水行政主管部门审查同意后方可实施", [["水行政主管部门"]], ["lang:zh", "follow-up", "who"])
turns(6, 9, ["What has Feng county done to prevent disease among farmed musk deer?", "How many prevention points were set up?"],
      "设立林麝疫病防控点4个", [["4个"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 6, 10], "哪些答复函提到了研学？各自是怎么安排或接待的？",
      [["研学基地"], ["中小学研学团队"], ["研學團隊"]], ["lang:zh", "theme:study-tours"])
multi(2, [1, 6, 10], "Which replies mention study tours, and how many groups or batches does each give?",
      [["20批次"], ["96批次"], ["70批次"]], ["lang:en", "theme:study-tours"])
multi(3, [7, 10], "哪几封答复说到了救生衣？分别是怎么说的？",
      [["发放救生衣600件", "600件"], ["救生衣配備不足"]], ["lang:zh", "theme:life-jackets"])
multi(4, [7, 10], "Which replies mention life jackets, and who does each say handles water safety?",
      [["水上交通安全监管职责"], ["縣交通運輸局", "壩美景區管理機構"]], ["lang:en", "theme:life-jackets"])
multi(5, [2, 4, 5], "哪些答复函说到了电商？各自通过网上卖了多少东西？",
      [["2600吨"], ["900吨"], ["4万穗"]], ["lang:zh", "theme:e-commerce"])
multi(6, [2, 4, 5], "Which replies mention e-commerce, and what help with online selling does each describe?",
      [["入驻电商平台"], ["电商培训4期"], ["电商服务站"]], ["lang:en", "theme:e-commerce"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "德格印经院现在的院长叫什么名字？", "The letter counts 86 craftsmen and names nobody at the printing house.", "person-not-named", "zh"),
 (1, "江达县那边存着多少块经版？", "江达 is not named; the 27万块 are the Derge Printing House's.", "another-place", "zh"),
 (1, "How many craftsmen worked at the Derge Printing House in 2010?", "Only the present 86 craftsmen are given.", "another-year", "en"),
 (2, "前年阿图什产了多少吨鲜无花果？", "Only 2020's 2.1万吨 is given (the letter is of 2021).", "another-year", "zh"),
 (2, "疏附县种了多少亩无花果？", "疏附 is not named; 3.6万亩 are Artux's.", "another-place", "zh"),
 (2, "How much does a kilogram of fresh Artux figs sell for?", "Area, output, storage and online sales only; no price.", "price-not-stated", "en"),
 (3, "盐山管件厂的工人一个月工资大概多少？", "Firms, output, checks and standards; no wage.", "wage-not-stated", "zh"),
 (3, "孟村有多少家做弯头的企业？", "孟村 is not named; the 1100家 are Yanshan's.", "another-place", "zh"),
 (3, "What was the output value of Yanshan's pipeline equipment industry in 2020?", "Only 2023's 310亿元 is given.", "another-year", "en"),
 (4, "神池的胡麻油一斤卖多少钱？", "Area, yield, workshops and online sales volume only; no price.", "price-not-stated", "zh"),
 (4, "平鲁区种了多少亩胡麻？", "平鲁 is not named; 11万亩 are Shenchi's.", "another-place", "zh"),
 (4, "Which company will run Shenchi's flax-oil pressing demonstration workshop?", "The workshop is planned but no company is named.", "company-not-named", "en"),
 (5, "布海镇有多少户在搞庭院经济？", "布海镇 is not named; the 1260户 are Caiyuanzi's.", "another-place", "zh"),
 (5, "合作社收鲜食玉米，一穗给多少钱？", "Purchase points buy at an agreed price (按约定价格) that the letter does not give.", "price-not-stated", "zh"),
 (5, "How many households in Caiyuanzi took part in the courtyard economy in 2020?", "Only the present 1260户 and 2022's income gain are given.", "another-year", "en"),
 (6, "萧红故居的门票多少钱一张？", "Visitors, parking, exhibits; no ticket price.", "price-not-stated", "zh"),
 (6, "松北区有几处名人故居对外开放？", "松北 is not named; the letter is about one former residence in Hulan.", "another-place", "zh"),
 (6, "How much did the 2018 exhibition upgrade at Xiao Hong's former residence cost?", "Exhibits and screens are counted; no money figure anywhere in the letter.", "money-not-stated", "en"),
 (7, "坐一次羊皮筏子漂一趟要多少钱？", "Operators, rafts and passengers counted; fares are passed to other bureaus and no fare is given.", "price-not-stated", "zh"),
 (7, "皋兰县那边的黄河上有多少只羊皮筏子？", "皋兰 is not named; the 160只 are on Jingtai's stretch.", "another-place", "zh"),
 (7, "How many raft passengers were injured in Jingtai in 2019?", "Checks, overloading cases, life jackets and training only; no injuries counted.", "figure-not-stated", "en"),
 (8, "丰镇月饼一斤卖多少钱？", "Firms, output, workers, refusals; no price.", "price-not-stated", "zh"),
 (8, "兴和县有多少家月饼厂？", "兴和 is not named; the 140家 are Fengzhen's.", "another-place", "zh"),
 (8, "How many tonnes of mooncakes did Fengzhen produce in 2012?", "Only 2014's 2.8万吨 is given.", "another-year", "en"),
 (9, "现在一克麝香能卖多少钱？", "Musk sales are said to be strictly controlled; no price.", "price-not-stated", "zh"),
 (9, "徽县养了多少只林麝？", "徽县 is not named; the table is Feng county's towns.", "another-place", "zh"),
 (9, "How many musk deer did Feng county farms keep at the end of 2013?", "Only end-2016 figures (5200只) are given.", "another-year", "en"),
 (10, "坐船穿水洞进坝美，一个人票价多少钱？", "The letter says fares are on the high side (票價偏高) but gives none.", "price-not-stated", "zh"),
 (10, "丘北县有多少个非遗项目？", "丘北 is not named; the 5 items are Bamei village's.", "another-place", "zh"),
 (10, "How many craftsmen in Guangnan could still build wooden boats in 2015?", "Only the present 7 craftsmen are given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa45.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
