#!/usr/bin/env python3
"""Generate qa46.jsonl (adapted from made_up/qa44/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa46.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q46-{n:02d}.txt"


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
    rows.append({"id": f"q46-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q46-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q46-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q46-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "长岛那边有人住的岛一共几个？去年坐船进出岛的旅客大概多少？", "长岛县有居民岛屿10个", [["10个"], ["310万人次"]], [P, C, "figure"])
single("zh", 2, 1, "代表想修一座桥把长岛和大陆连起来，交通部怎么回复的？", "此项建议目前暂不具备实施条件", [["暂不具备实施条件"], ["未列入国家有关规划", "海洋生态保护区"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "一年里因为刮风起雾开不了船的日子大约有多少天？", "年均停航约75天", [["75天"]], [P, C, "figure"])
single("zh", 4, 2, "浦北的红锥林总共多大一片？里面天然长成的有多少？", "全县红锥林面积约21万亩", [["21万亩"], ["3.6万亩"]], [P, C, "figure"])
single("zh", 5, 2, "委员提议进山采菌要办证交钱，林业局同意吗？为什么？", "对采菌群众收费缺乏法律依据", [["难以采纳"], ["缺乏法律依据"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "为了不让人乱挖林子，浦北请了多少人看山？一年查了几起？", "聘用生态护林员86名", [["86名"], ["31起"]], [P, C, "figure", "done"])
single("zh", 7, 3, "大周镇干废旧金属这一行的厂子和个体户有多少家？去年产值多少？", "全镇从事废旧金属回收", [["320家"], ["430亿元"]], [P, C, "figure"])
single("zh", 8, 3, "代表希望市里掏钱建一个集中炼化的中心，两个局怎么答复？", "市财政不宜直接投资", [["无法采纳"], ["总量控制", "产能置换"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "今年又报了多少亩地给产业园？大概什么时候能批下来？", "今年已上报用地210亩", [["210亩"], ["10月底前"]], [P, C, "figure", "plan", "date"])
single("zh", 10, 4, "南城现在做建昌帮饮片的厂子和作坊有多少家？一年能加工多少吨？", "目前全县从事建昌帮饮片炮制的企业和作坊共23家", [["23家"], ["3700吨"]], [P, C, "figure"])
single("zh", 11, 4, "委员要县里每年拿一千万专门保护建昌帮，文广新局答应了没有？", "目前暂难以安排", [["暂难以安排"], ["受县级财力所限"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "去年省里给了南城多少钱给老药工做记录？记了几位？", "争取省级非物质文化遗产保护资金68万元", [["68万元"], ["6名"]], [P, C, "figure", "done"])
single("zh", 13, 5, "黄坡赶集那天最挤的时候有多少车进出？赶集的人大概多少？", "圩日高峰时段进出圩场的车辆约1500辆次", [["1500辆次"], ["1.1万人次"]], [P, C, "figure"])
single("zh", 14, 5, "代表想把整个集市挪到镇外头去，镇政府怎么说？", "拟选新址涉及基本农田", [["无法实施"], ["基本农田", "超出镇财力"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "黄坡集市那条主要街道有多长、多宽？", "圩场主街长约600米", [["600米"], ["8米"]], [P, C, "figure"])
single("zh", 16, 6, "九龙岗镇上民国那会儿盖的老房子还剩多少栋？还有人住的有几栋？", "镇区现存民国时期建筑54栋", [["54栋"], ["32栋"]], [P, C, "figure"])
single("zh", 17, 6, "委员建议把住户全迁走、改成商业街，文旅局答应了吗？为什么？", "整体腾退所需安置资金较大", [["暂不能采纳"], ["安置资金较大", "符合文物保护要求"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "为了防火，给那些老楼装了多少个烟雾报警器？街巷里加了几个消火栓？", "安装独立式烟感报警器210个", [["210个"], ["6个"]], [P, C, "figure", "done"])
single("zh", 19, 7, "当阳渠道上横跨的桥大概一共多少座？多数是什么年代建的？", "我市干渠、支渠上现有跨渠桥梁约410座", [["410座"], ["六七十年代"]], [P, C, "figure"])
single("zh", 20, 7, "村里路上那17座有险情的桥，水利局管不管改？", "其改建不属于我局职责范围", [["不属于我局职责范围"], ["农村公路危旧桥梁改造计划", "农村公路桥梁"]], [P, C, "declined", "who"])
single("zh", 21, 7, "去年水利局加固了几座桥？花了多少钱？", "完成9座桥梁的加固", [["9座"], ["310万元"]], [P, C, "figure", "done"])
single("zh", 22, 8, "东山种芦笋的地有多少？去年产了多少鲜笋？", "2015年全县芦笋种植面积约1.1万亩", [["1.1万亩"], ["1.5万吨"]], [P, C, "figure"])
single("zh", 23, 8, "代表要政府兜底按最低价收笋，农业局怎么答复？", "我局无权制定农产品保护价", [["无法采纳"], ["无权", "由市场形成"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "让政府出钱盖个芦笋加工厂，农业局同意吗？", "加工厂应由企业作为投资主体", [["不予采纳"], ["企业作为投资主体"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "石湾镇种了多少亩黄贡椒？有多少户在种？", "石湾镇　　5200", [["5200"], ["1350"]], [P, C, "figure", "table"])
single("zh", 26, 9, "县里的良种基地一年能供多少椒苗？", "每年可供种苗约2000万株", [["2000万株"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想按种的亩数给椒农发钱，农业农村局给不给？", "没有对单一经济作物按亩补贴的资金渠道", [["暂不能采纳"], ["没有对单一经济作物按亩补贴的资金渠道"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "太仓做肉松的厂子有几家？去年一共卖了多少钱？", "全市現有肉鬆生產企業14家", [["14家"], ["9.6億元"]], [P, C, "figure"])
single("zh", 29, 10, "肉松质量抽查归商务局管吗？去年抽了多少批？", "食品質量抽檢不屬於我局職責範圍", [["不屬於我局職責範圍"], ["48批次"]], [P, C, "declined", "who"])
single("zh", 30, 10, "代表说新开一家网店就补两万块，商务局同意了吗？", "市財政目前沒有此項預算安排", [["暫不能採納"], ["沒有此項預算安排"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much vehicle purchase tax money did the Ministry of Transport allocate in 2018 to rebuild the passenger terminal on Nanchangshan Island?", "安排车辆购置税资金3600万元", [["3600万元"]], [E, "figure", "done"])
single("en", 2, 1, "How many of Changdao's ro-ro passenger ferries are more than 20 years old, and by when should they be replaced?", "我部支持将7艘船龄超过20年的客滚船纳入更新计划", [["7艘"], ["2020年底前"]], [E, "figure", "date", "plan"])
single("en", 3, 2, "How much research money has the Guangxi forestry bureau set aside for cultivating the red cone mushroom, and in which year's research plan?", "安排科研经费80万元", [["80万元"], ["2022年"]], [E, "figure", "plan"])
single("en", 4, 2, "How many conservation plots for the red cone mushroom will Pubei mark out by the end of 2021, and how large are they in total?", "划定红锥菌资源保护小区3处", [["3处"], ["6000亩"]], [E, "figure", "plan"])
single("en", 5, 3, "How much industrial land did the Changge natural resources bureau supply in 2021 for phase two of the recycled metal industrial park?", "为产业园二期供应工业用地380亩", [["380亩"]], [E, "figure", "done"])
single("en", 6, 3, "How many scattered processing households moved into the recycled metal park in Changge in 2021, and how many more are planned this year?", "推动36家分散加工户", [["36家"], ["40家"]], [E, "figure", "done", "plan"])
single("en", 7, 4, "How many fire extinguishers were placed in Nancheng's traditional herb-processing workshops, and how many workshops were inspected?", "配置灭火器360具", [["360具"], ["18家"]], [E, "figure", "done"])
single("en", 8, 4, "By when will Nancheng finish surveying and recording its processing workshops and old pharmacists?", "今年11月底前完成全县炮制作坊和老药工的普查建档工作", [["11月底前"]], [E, "date", "plan"])
single("en", 9, 5, "How many temporary parking sites and spaces did Huangpo town set up at the ends of its market street?", "划设临时停车点2处", [["2处"], ["150个"]], [E, "figure", "done"])
single("en", 10, 5, "By when will Huangpo make its main market street one-way on market days?", "6月底前对圩场主街实行圩日单向通行", [["6月底前"]], [E, "date", "plan"])
single("en", 11, 6, "How much provincial heritage money did Datong district obtain in 2022 for the Jiulonggang buildings, and how many buildings were repaired with it?", "争取省级文物保护资金280万元", [["280万元"], ["3栋"]], [E, "figure", "done"])
single("en", 12, 6, "How many explanatory signs will be put up at Jiulonggang's main street corners, and by when will the picture album be printed?", "编印九龙岗民国建筑图册", [["20块"], ["明年5月前"]], [E, "figure", "date", "plan"])
single("en", 13, 7, "How many unsafe bridges on Dangyang's canal management roads will be rebuilt by the end of October, and by when will the rest be done?", "我局计划在今年10月底前完成2座拆除重建", [["2座"], ["2025年底前"]], [E, "figure", "date", "plan"])
single("en", 14, 7, "Within how many working days will the Dangyang water bureau approve construction works that affect its canals?", "涉渠施工的审批在5个工作日内办结", [["5个工作日"]], [E, "figure"])
single("en", 15, 8, "Why won't the Dongshan agriculture bureau pay per-mu subsidies for new steel-frame asparagus greenhouses?", "芦笋大棚不在扶持范围", [["暂不能采纳"], ["不在扶持范围", "难以承担"]], [E, "declined", "reason"])
single("en", 16, 8, "How many asparagus training classes did the Dongshan agriculture bureau hold in 2016, and how many farmers attended?", "举办芦笋栽培和病虫害防治培训班4期", [["4期"], ["310人次"]], [E, "figure", "done"])
single("en", 17, 9, "Where will Hengdong build its Huanggong pepper drying centre, and how much fresh pepper can it dry a day?", "今年将在大浦镇建设黄贡椒烘干中心1处", [["大浦镇"], ["40吨"]], [E, "plan", "figure"])
single("en", 18, 9, "What were the online sales of Hengdong's Huanggong pepper products in 2024?", "2024年黄贡椒产品网上销售额约6800万元", [["6800万元"]], [E, "figure", "done"])
single("en", 19, 10, "How many online shops will Taicang's meat floss e-commerce service centre hold, and by when will it be built?", "計劃今年10月底前建成電商服務中心1處", [["40家"], ["10月底前"]], [E, "figure", "date", "plan"])
single("en", 20, 10, "By how much did the courier charge per parcel of meat floss fall after the collection points in Shuangfeng were set up?", "每件快遞費用平均下降約1元", [["1元"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "交通运输部答复长岛海岛交通那条建议，文号是多少？", "文号：交运岛函", [["交运岛函〔2019〕144号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Guangxi forestry bureau's reply on red cone forests and mushroom picking?", "索引号：11450000MB1D4719X6", [["11450000MB1D4719X6/2021-00287"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "长葛大周镇再生金属那份答复是哪两个单位联名落款的？", "=长葛市工业和信息化局　　长葛市自然资源局", [["长葛市工业和信息化局"], ["长葛市自然资源局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "黄坡镇答复赶集堵车那件建议，落款日期是哪天？", "=二〇二〇年五月十五日", [["二〇二〇年五月十五日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "当阳水利和湖泊局关于渠上桥梁的那份协办意见是写给哪个单位的？", "=当阳市交通运输局：", [["当阳市交通运输局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 6, "Which units co-handled the Datong district proposal on the Jiulonggang Republican-era buildings?", "区住房和城乡建设局、九龙岗镇人民政府会办", [["区住房和城乡建设局"], ["九龙岗镇人民政府"]], [M, "lang:en", "co-handlers"])
single("metadata", 7, 10, "Who signed off the Taicang commerce bureau's reply on selling meat floss online?", "簽發人", [["陸建國"]], [M, "lang:en", "signer"])
single("metadata", 8, 8, "东山县农业局答复芦笋那件建议是谁领头提的？一共几名代表？", "=林永福等5名代表：", [["林永福"], ["5名"]], [M, "lang:zh", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What problems do Changdao's islanders have with sea transport in winter?", "What will be done for islanders who fall ill while the ferries are stopped?"],
      "一是指导山东省完善冬季和大风天气应急运输预案", [["急症转运"], ["应急运输预案"]], ["lang:en", "follow-up", "plan"])
turns(2, 2, ["浦北的红锥菌鲜货放不住，有没有想办法？", "现在能放几天？"],
      "鲜菌保存期由1天左右延长到5天左右", [["5天左右"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 4, ["南城除了给老药工做记录，有没有打算让老作坊用起来？", "先在哪个镇试？"],
      "今年将在上唐镇选取1家老作坊开展试点", [["上唐镇"]], ["lang:zh", "follow-up", "plan"])
turns(4, 5, ["黄坡镇番薯上市那几个月，集市是不是更堵？", "镇里打算怎么安排收购的车？"],
      "圩日上午10时前不进入圩场周边道路", [["10时前"], ["错峰"]], ["lang:zh", "follow-up", "plan"])
turns(5, 6, ["Who looks after the Jiulonggang buildings from day to day?", "How many inspectors were hired, and how often do they patrol?"],
      "聘请文物巡查员3名", [["3名"], ["每周"]], ["lang:en", "follow-up", "figure", "done"])
turns(6, 9, ["Is Hengdong doing anything to build a brand for its Huanggong pepper?", "By when should the logo and the trademark application be done?"],
      "计划今年12月底前完成品牌标识设计", [["12月底前"]], ["lang:en", "follow-up", "date", "plan"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 8], "哪些答复函提到了冷链？各自是怎么处理的？",
      [["预冷和冷链设施", "3家合作社"], ["转县商务局", "不属于我局职责范围"]], ["lang:zh", "theme:cold-chain"])
multi(2, [2, 8], "Which replies mention cold-chain facilities, and what did each bureau do about them?",
      [["3家合作社"], ["县商务局"]], ["lang:en", "theme:cold-chain"])
multi(3, [9, 10], "哪几封答复说到了电商？各自网上卖了多少钱？",
      [["6800万元"], ["1.3億元"]], ["lang:zh", "theme:e-commerce"])
multi(4, [9, 10], "Which replies mention e-commerce, and what shops, centres or training does each describe?",
      [["电商店铺"], ["520人次", "40家"]], ["lang:en", "theme:e-commerce"])
multi(5, [4, 6], "哪些答复函讲到老建筑的火灾隐患？各自做了什么？",
      [["灭火器360具", "约2.4公里"], ["烟感报警器210个", "室外消火栓6个"]], ["lang:zh", "theme:fire-safety"])
multi(6, [4, 6], "Which replies deal with fire hazards in old buildings, and how many buildings or households did the work cover?",
      [["18家"], ["96户"]], ["lang:en", "theme:fire-safety"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "长岛坐客滚船去陆地，一张船票多少钱？", "Ships, routes, passengers and subsidies only; no fare.", "price-not-stated", "zh"),
 (1, "养马岛有几条客运航线？", "养马岛 is not named; the 8 routes are Changdao's.", "another-place", "zh"),
 (1, "How many passengers did Changdao's island ferries carry in 2016?", "Only 2018's 310万人次 is given.", "another-year", "en"),
 (2, "红锥菌现在一斤卖多少钱？", "The yearly harvest (240吨) is given; no price.", "price-not-stated", "zh"),
 (2, "兴业县有多少亩红锥林？", "兴业 is not named; the 21万亩 are Pubei's.", "another-place", "zh"),
 (2, "Who leads Pubei's team of forest rangers?", "86 rangers are counted but nobody is named; 韦志明 is only the bureau's contact.", "person-not-named", "en"),
 (3, "大周镇再生金属厂的工人一个月能挣多少钱？", "Firms, output, land, training (420人次); no wage.", "wage-not-stated", "zh"),
 (3, "禹州有多少家再生金属企业？", "禹州 is not named; the 320 firms are Dazhou's.", "another-place", "zh"),
 (3, "What was the output value of Dazhou's recycled metal industry in 2019?", "Only 2021's 430亿元 is given.", "another-year", "en"),
 (4, "给一位建昌帮老药工做影像记录平均要花多少钱？", "68万元 for 6 old pharmacists in 2017 is given; no cost per person.", "rate-not-stated", "zh"),
 (4, "南城洪门镇有几家建昌帮炮制作坊？", "洪门 is not named; the 23 workshops are county-wide and only 上唐镇 is named.", "another-place", "zh"),
 (4, "How many herb-processing workshops did Nancheng have in 2010?", "Only the present figure (23家) is given.", "another-year", "en"),
 (5, "黄坡圩场新建第3处停车点要花多少钱？", "Counts and dates only; no money figure anywhere in the letter.", "money-not-stated", "zh"),
 (5, "塘缀镇的圩日是哪几天？", "塘缀 is not named; the days (二、五、八) are Huangpo's.", "another-place", "zh"),
 (5, "How many stalls did Huangpo clear from its market street in 2018?", "Only this year's (2020) 43 stalls are given.", "another-year", "en"),
 (6, "九龙岗那批民国建筑全部修好一共要投多少钱？", "Only 280万元 for the 3 buildings repaired in 2022; no total.", "money-not-stated", "zh"),
 (6, "谢家集区有多少栋民国建筑？", "谢家集 is not named; the 54 buildings are in Jiulonggang.", "another-place", "zh"),
 (6, "How many people live in the Jiulonggang Republican-era buildings?", "32 buildings are inhabited; no count of residents.", "figure-not-stated", "en"),
 (7, "当阳改造一座跨渠桥平均要花多少钱？", "310万元 for 9 bridges reinforced in 2023; no cost per bridge.", "rate-not-stated", "zh"),
 (7, "河溶镇有几座病险桥梁？", "河溶 is not named; the 23 bridges are city-wide.", "another-place", "zh"),
 (7, "How many canal bridges in Dangyang were found unsafe in a 2019 inspection?", "Only the 2023 appraisal (23 of 160) is given.", "another-year", "en"),
 (8, "东山鲜芦笋现在收购价一斤多少钱？", "The letter says purchase prices fell (收购价格下滑) but gives none.", "price-not-stated", "zh"),
 (8, "前楼镇种了多少亩芦笋？", "前楼 is not named; 杏陈镇 and 陈城镇 are.", "another-place", "zh"),
 (8, "How many tonnes of fresh asparagus did Dongshan produce in 2013?", "Only 2015's 1.5万吨 is given.", "another-year", "en"),
 (9, "衡东黄贡椒鲜椒一斤卖多少钱？", "Area, output, processing and online sales; no price.", "price-not-stated", "zh"),
 (9, "霞流镇种了多少亩黄贡椒？", "霞流 is not named; it would sit in 其他乡镇 (3900亩), which is not broken down.", "another-place", "zh"),
 (9, "How many mu of Huanggong pepper did Hengdong grow in 2020?", "Only the 2024 table is given.", "another-year", "en"),
 (10, "太仓肉松一斤卖多少钱？", "Firms, output and sales value only; no price.", "price-not-stated", "zh"),
 (10, "昆山有多少家肉松生产企业？", "昆山 is not named; the 14 firms are Taicang's.", "another-place", "zh"),
 (10, "How many tonnes of meat floss did Taicang produce in 2012?", "Only 2014's 6800噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa46.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
