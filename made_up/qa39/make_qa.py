#!/usr/bin/env python3
"""Generate qa39.jsonl (adapted from made_up/qa38/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa39.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q39-{n:02d}.txt"


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
    rows.append({"id": f"q39-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q39-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q39-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q39-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "莎车那边种了多少巴旦木？一年能收多少干果？", "莎车县现有巴旦木（扁桃）种植面积约96万亩", [["96万亩"], ["2.3万吨"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让中央专门给巴旦木挨冻的损失出保险补贴，林草局同意了吗？", "不针对单一经济林树种设立专项险种补贴", [["暂不能采纳"], ["不针对单一经济林树种设立专项险种补贴", "以公益林和商品林为保险标的"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "去年林草局出钱帮莎车改造产量低的老果园，改了多少亩？给了多少钱？", "支持莎车县实施巴旦木低产林改造8.5万亩", [["8.5万亩"], ["2550万元"]], [P, C, "figure", "done"])
single("zh", 4, 2, "开原做起重机的企业一共多少家？上规模的有几家？一年产值多少？", "全市共有起重机械整机及配套企业约180家", [["180家"], ["46家"], ["78亿元"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让省里掏10个亿搞个起重机产业基金，工信厅答应了没？", "该项建议我厅难以采纳", [["难以采纳"], ["不为单个县域产业设立专项基金"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "以前起重机送去检测要等好久，检测平台建起来以后快了多少？", "企业送检周期由原来的平均20天缩短至7天左右", [["7天左右"], ["20天"]], [P, C, "done"])
single("zh", 7, 3, "祁县做玻璃杯碗的厂子有多少家？去年一共产出多少钱的货？", "全县共有玻璃器皿生产企业约120家", [["120家"], ["56亿元"]], [P, C, "figure"])
single("zh", 8, 3, "委员要县里给玻璃厂烧的气统一补贴，两个局怎么回的？", "企业用能补贴不属于两局职责范围", [["不属于两局职责范围"], ["无力承担"]], [P, C, "declined", "who"])
single("zh", 9, 3, "县里那个电商直播基地进驻了几家企业？跨境网上一年卖了多少？", "已有28家企业入驻", [["28家"], ["3.4亿元"]], [P, C, "figure", "done"])
single("zh", 10, 4, "泾阳做茯茶的企业有多少家？去年产了多少茶？", "目前全县共有茯茶生产企业约75家", [["75家"], ["1.9万吨"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让县财政每年拿1000万给茯茶打广告，农业农村局同意吗？", "受县级财力所限", [["暂不能采纳", "难以承担"], ["省、市农业品牌建设资金"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "网上卖茯茶的店现在有多少家？去年网上卖了多少钱？", "全县茯茶网店已发展到约260家", [["260家"], ["4.8亿元"]], [P, C, "figure"])
single("zh", 13, 5, "球溪那条街上有多少家卖鲶鱼的馆子？去年来吃的有多少人？", "共有鲶鱼餐馆约86家", [["86家"], ["150万人次"]], [P, C, "figure"])
single("zh", 14, 5, "代表想建个能停500辆车的立体车库，镇上为啥没答应？", "镇级财力无力负担", [["2600万元"], ["无力负担", "暂不具备建设条件"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "馆子的油烟治得怎么样了？还有多少家没装净化的？", "督促62家餐馆安装油烟净化设施", [["62家"], ["24家"]], [P, C, "figure", "done", "plan"])
single("zh", 16, 6, "西秀区现在还在演的地戏队有多少支？哪几个乡镇最多？", "全区现有活跃地戏队约130支", [["130支"], ["七眼桥镇", "大西桥镇", "刘官乡"]], [P, C, "figure"])
single("zh", 17, 6, "委员想让每个地戏队一年固定补2万块，文旅局怎么答复的？", "区级财政压力较大", [["暂不能采纳"], ["260万元"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "去年区里花了多少钱扶持地戏传承？新评了几个传承人？", "区级财政安排地戏保护传承补助资金86万元", [["86万元"], ["24名"]], [P, C, "figure", "done"])
single("zh", 19, 7, "去年市场监管局抽查了多少批灯笼灯串？有几批没过关？", "2021年对辖区灯笼灯串产品监督抽检64批次", [["64批次"], ["9批次"]], [P, C, "figure", "done"])
single("zh", 20, 7, "宫灯质量违法的案子查了几起？一共罚了多少？", "罚没款合计12.6万元", [["5起"], ["12.6万元"]], [P, C, "figure", "done"])
single("zh", 21, 7, "委员说企业做认证的钱都让政府掏，市场监管局怎么表态的？", "认证费用补贴不属于我局职责范围", [["不属于我局职责范围"], ["由你局统筹研究"]], [P, C, "declined", "who"])
single("zh", 22, 8, "西和县半夏种了多大面积？去年产了多少鲜货？", "2015年全县半夏种植面积约5.2万亩", [["5.2万亩"], ["3.1万吨"]], [P, C, "figure"])
single("zh", 23, 8, "代表要县政府按保护价把半夏全收了，农牧局同意吗？为啥？", "县级政府没有收购资金来源", [["不能采纳"], ["没有收购资金来源", "由市场形成"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "种半夏的农户贷款想要贴息，这事归农牧局管吗？转给谁了？", "贷款贴息政策不属于我局职责范围", [["不属于我局职责范围"], ["县财政局", "县金融工作办公室"]], [P, C, "declined", "who"])
single("zh", 25, 9, "黑龙坝镇种了多少红干椒？有多少户在种？", "黑龙坝镇　　　7.1", [["7.1"], ["4700"]], [P, C, "figure", "table"])
single("zh", 26, 9, "育苗工厂建了几个？一年能供多少棵苗？", "全年供应商品苗约2.6亿株", [["3处"], ["2.6亿株"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员让县财政出钱保底收红干椒，农牧局答应了吗？", "县财政没有保底收购的资金来源", [["暂不能采纳"], ["没有保底收购的资金来源"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "忠县有多少家腐乳厂？去年一共产了多少吨？", "目前全縣共有腐乳生產企業11家", [["11家"], ["1.6萬噸"]], [P, C, "figure"])
single("zh", 29, 10, "委员想专门建个腐乳产业园，经信委为啥不建？", "獨立建設腐乳產業園需投資約3億元", [["3億元"], ["難以承擔"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "去年县里给腐乳厂技改补了多少钱？补了几家？", "補助資金260萬元", [["260萬元"], ["3家"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "By when does the National Forestry and Grassland Administration plan to publish the industry standard on badam (almond) cultivation, according to its reply on Shache county?", "计划于2022年底前发布", [["2022年底前"]], [E, "date", "plan"])
single("en", 2, 1, "How many technicians and growers does the forestry administration plan to train in 2021 on late-frost damage control for Shache's almond orchards?", "计划培训基层技术员和种植户300人次", [["300人次"]], [E, "figure", "plan"])
single("en", 3, 2, "How much provincial money did the Liaoning industry and information technology department give in 2019 for technical upgrading of crane makers in Kaiyuan, and for how many projects?", "补助资金1200万元", [["1200万元"], ["5个"]], [E, "figure", "done"])
single("en", 4, 2, "How many crane companies in Kaiyuan were to receive a smart-manufacturing diagnosis in the second half of 2020?", "组织专家对开原40家起重机械企业开展智能制造诊断", [["40家"]], [E, "figure", "plan"])
single("en", 5, 3, "How many glassware companies in Qi County were helped with kiln energy-saving upgrades, and by how much did energy use per product fall?", "并协助9家企业完成窑炉节能改造", [["9家"], ["12%"]], [E, "figure", "done"])
single("en", 6, 3, "When will the two Qi County bureaus hold the first glassware creative design competition?", "两局将于2023年10月举办首届玻璃器皿创意设计大赛", [["2023年10月"]], [E, "date", "plan"])
single("en", 7, 4, "By when should Jingyang's county processing standard for Fu tea be published, and how many company technicians will be trained before November 2019?", "培训企业技术人员150人", [["2020年6月底前"], ["150人"]], [E, "date", "figure", "plan"])
single("en", 8, 4, "During the spring 2019 inspection of Fu tea makers in Jingyang, how many companies had to renovate their workshops and how many small workshops were ordered to stop production?", "督促23家企业完成车间改造", [["23家"], ["3家"]], [E, "figure", "done"])
single("en", 9, 5, "How many temporary parking spaces did Qiuxi town mark out for the catfish restaurant street, and how many traffic assistants work there on holidays?", "新划临时停车位320个", [["320个"], ["12名"]], [E, "figure", "done"])
single("en", 10, 5, "How long is the new sewage collection network for the catfish restaurant street in Qiuxi, and how many restaurants are connected to it?", "新建餐饮街污水收集管网约2.4公里", [["2.4公里"], ["71家"]], [E, "figure", "done"])
single("en", 11, 6, "How many primary and secondary schools in Xixiu district offer dixi (ground opera) courses or interest classes?", "目前全区已有18所中小学开设地戏课程或兴趣班", [["18所"]], [E, "figure"])
single("en", 12, 6, "When will Xixiu district hold its district-wide dixi (ground opera) showcase, and how many troupes will be invited?", "一是计划于2024年10月举办全区地戏汇演", [["2024年10月"], ["16支"]], [E, "date", "figure", "plan"])
single("en", 13, 7, "How many lantern businesses in Gaocheng did the market regulator help obtain compulsory certification for light strings?", "指导38家企业取得灯串产品强制性认证证书", [["38家"]], [E, "figure", "done"])
single("en", 14, 7, "By when will the Gaocheng market regulator train quality managers of palace lantern makers, and in which village will it set up a quality service station?", "我局计划于2022年9月底前组织宫灯企业质量负责人培训2期", [["2022年9月底前"], ["屯头村"]], [E, "date", "plan"])
single("en", 15, 8, "Why won't Xihe county build a pinellia processing and trading centre in the county town?", "项目总投资约8000万元", [["8000万元"], ["难以承担", "暂不具备建设条件"]], [E, "declined", "reason"])
single("en", 16, 8, "How many pinellia growers did the Xihe agriculture and animal husbandry bureau train in 2016, and how large is its seed-breeding trial field in Heba town?", "培训种植户380人次", [["380人次"], ["120亩"]], [E, "figure", "done"])
single("en", 17, 9, "How many companies are now approved to use the geographical indication mark for Kailu red dried chili, and how many cases of misuse were handled in 2024?", "核准使用企业由11家增加到19家", [["19家"], ["2起"]], [E, "figure", "done"])
single("en", 18, 9, "What yearly drying capacity will the chili storage and drying centre in Kailu town have, and by when should it be finished?", "设计年烘干能力5万吨", [["5万吨"], ["2025年底前"]], [E, "figure", "date", "plan"])
single("en", 19, 10, "How many batches of fermented bean curd (furu) did the food and drug regulator in Zhong County, Chongqing, sample in 2016, and how many failed?", "開展監督抽檢42批次", [["42批次"], ["全部合格"]], [E, "figure", "done"])
single("en", 20, 10, "By when must the remaining furu makers in Zhong County finish their wastewater pretreatment works, and how many have already connected to the city sewer network?", "已督促4家企業完成預處理設施建設", [["2017年12月底前"], ["4家"]], [E, "date", "figure"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家林草局答复莎车巴旦木那条建议，文号是多少？", "林复字", [["林复字〔2021〕146号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Liaoning industry and information technology department's reply on the Kaiyuan crane industry?", "索引号：210000-GXT/2020-01187", [["210000-GXT/2020-01187"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "祁县玻璃器皿那份答复是哪两个单位联名发的？", "=祁县工业和信息化局　　祁县商务局", [["祁县工业和信息化局"], ["祁县商务局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "球溪镇政府答复鲶鱼街那条建议，落款日期是哪天？", "=二〇一八年六月二十八日", [["二〇一八年六月二十八日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "藁城区市场监管局那份宫灯协办意见是写给哪个单位的？", "=藁城区工业和信息化局：", [["藁城区工业和信息化局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 9, "开鲁红干椒那份提案答复是谁签发的？", "签发人：白志宏", [["白志宏"]], [M, "lang:zh", "signer"])
single("metadata", 7, 6, "Who is the contact person for the Xixiu district reply on dixi ground opera, and what is the phone number?", "（联系人：罗艳", [["罗艳"], ["0851-33226719"]], [M, "lang:en", "contact"])
single("metadata", 8, 10, "Which CPPCC member made the proposal on furu that the Zhong County economy and information commission answered?", "=冉啟明委員：", [["冉啟明"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What does the forestry administration's reply say about leading almond processing companies in Shache?", "Besides the one already recognised, how many more are applying?"],
      "另有3家企业正在申报", [["3家"]], ["lang:en", "follow-up", "figure"])
turns(2, 3, ["祁县两个局帮玻璃厂找销路做了些什么？", "去年带企业去了几场展会？签了多少意向单子？"],
      "县商务局2022年组织企业参加境内外展会7场次", [["7场次"], ["1.3亿元"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 5, ["What will Qiuxi town do next about the catfish restaurant street?", "How often will the joint inspections be, and by when will the shopfront and lighting upgrade be done?"],
      "每月开展一次餐饮街联合检查", [["每月"], ["国庆节前"]], ["lang:en", "follow-up", "date", "plan"])
turns(4, 6, ["西秀区会雕地戏面具的手艺人还剩多少？", "那区里为培养雕面具的办了几期班？收了多少学员？"],
      "组织面具雕刻技艺研修班2期", [["2期"], ["65人"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 8, ["代表提出让县里全额出钱给半夏种植户买价格保险，农牧局怎么回应的？", "它为什么说自己设不了这项补贴？"],
      "我局无权自行设立保费补贴", [["未列入中央和省级政策性保险品种"], ["无权自行设立保费补贴", "暂无法采纳"]], ["lang:zh", "follow-up", "declined", "reason"])
turns(6, 9, ["What does the Kailu agriculture and animal husbandry bureau plan to do about price information for chili growers?", "In which months, and how often?"],
      "在9月至11月集中收购期每周发布产地价格信息", [["9月至11月"], ["每周"]], ["lang:en", "follow-up", "plan"])
# ---------------- multi_letter (6) ----------------
multi(1, [4, 9], "哪些答复函提到了地理标志？分别是什么产品，做了哪些工作？",
      [["泾阳茯砖茶"], ["开鲁红干椒", "19家"]], ["lang:zh", "theme:geographical-indication"])
multi(2, [4, 9], "Which replies mention geographical indication protection, and for which products?",
      [["泾阳茯砖茶"], ["开鲁红干椒"]], ["lang:en", "theme:geographical-indication"])
multi(3, [6, 7, 10], "哪些答复函说到了非物质文化遗产？各是什么项目？",
      [["地戏"], ["宫灯制作技艺"], ["忠州腐乳釀製技藝"]], ["lang:zh", "theme:intangible-heritage"])
multi(4, [6, 7, 10], "Which replies concern items on intangible cultural heritage lists, and what support or checks do they report?",
      [["86万元", "24名"], ["64批次", "38家"], ["260萬元", "42批次"]], ["lang:en", "theme:intangible-heritage"])
multi(5, [3, 4], "哪些答复函讲到了网上卖货？给了哪些线上销售数字？",
      [["3.4亿元"], ["4.8亿元"]], ["lang:zh", "theme:e-commerce"])
multi(6, [3, 4], "Which replies report e-commerce or online sales, and what figures do they give?",
      [["3.4亿元", "28家"], ["4.8亿元", "260家"]], ["lang:en", "theme:e-commerce"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "莎车巴旦木果仁现在收购价一公斤多少钱？", "Area, output and chain value (19亿元) only; no price.", "price-not-stated", "zh"),
 (1, "叶城县巴旦木种了多少亩？", "叶城 is not named; 96万亩 is Shache's.", "another-place", "zh"),
 (1, "What was Shache county's almond output in 2019?", "Only 2020's 2.3万吨 is given.", "another-year", "en"),
 (2, "开原产的一台桥式起重机大概卖多少钱？", "Firms and 2019 output value (78亿元) only; no price.", "price-not-stated", "zh"),
 (2, "河南长垣有多少家起重机企业？", "长垣 is not named; 180 firms are Kaiyuan's.", "another-place", "zh"),
 (2, "What was the output value of Kaiyuan's crane industry in 2018?", "Only 2019's 78亿元 is given.", "another-year", "en"),
 (3, "祁县一个普通玻璃杯出厂价多少钱？", "Firms, 2022 output (24亿只) and value (56亿元) only; no price.", "price-not-stated", "zh"),
 (3, "太谷有多少家玻璃器皿企业？", "太谷 is not named; 120 firms are Qi County's.", "another-place", "zh"),
 (3, "How much glassware did Qi County export in 2021?", "Only the 2022 share (出口约占六成) is given; no 2021 figure.", "another-year", "en"),
 (4, "泾阳一块一公斤的茯砖茶卖多少钱？", "Firms, output and value (31亿元) only; no price.", "price-not-stated", "zh"),
 (4, "三原县有几家茯茶企业？", "三原 is not named; 75 firms are Jingyang's.", "another-place", "zh"),
 (4, "How much Fu tea did Jingyang produce in 2017?", "Only 2018's 1.9万吨 is given.", "another-year", "en"),
 (5, "球溪的鲶鱼在馆子里一斤卖多少钱？", "Restaurants, diners and turnover (3.2亿元) only; no price.", "price-not-stated", "zh"),
 (5, "威远县城有多少家鲶鱼馆？", "威远 is not named; 86 restaurants are Qiuxi's.", "another-place", "zh"),
 (5, "How much did the new sewage pipes for the Qiuxi catfish street cost?", "Length (2.4公里) and connections only; 2600万元 is the car-park estimate.", "money-not-stated", "en"),
 (6, "看一场屯堡地戏要买票吗？票价多少？", "Troupes, subsidies and 96 bought performances; no ticket price.", "price-not-stated", "zh"),
 (6, "平坝那边有多少支地戏队？", "平坝 is not named; 130 troupes are Xixiu's.", "another-place", "zh"),
 (6, "How much did Xixiu district spend on dixi heritage subsidies in 2022?", "Only 2023's 86万元 is given.", "another-year", "en"),
 (7, "屯头村一对宫灯批发价多少钱？", "Number of businesses and quality work only; no price.", "price-not-stated", "zh"),
 (7, "正定县查处了几起灯笼质量案件？", "正定 is not named; the 5 cases are Gaocheng's.", "another-place", "zh"),
 (7, "How many batches of lantern light strings did the Gaocheng market regulator sample in 2020?", "Only 2021's 64批次 is given.", "another-year", "en"),
 (8, "今年西和鲜半夏收购价一斤多少钱？", "The letter says purchase prices fell sharply, with no figure.", "price-not-stated", "zh"),
 (8, "成县种了多少亩半夏？", "成县 is not named; 5.2万亩 is Xihe's.", "another-place", "zh"),
 (8, "What was Xihe county's fresh pinellia output in 2014?", "Only 2015's 3.1万吨 is given.", "another-year", "en"),
 (9, "今年开鲁红干椒收购价一斤多少钱？", "Only a plan to publish weekly price information; no price.", "price-not-stated", "zh"),
 (9, "扎鲁特旗种了多少亩红干椒？", "扎鲁特 is not named; the table is Kailu's towns.", "another-place", "zh"),
 (9, "How much will the chili storage and drying centre in Kailu town cost to build?", "Capacity (5万吨) and completion date only; no investment.", "money-not-stated", "en"),
 (10, "忠州腐乳一瓶卖多少钱？", "Firms, output and value (4.3億元) only; no price.", "price-not-stated", "zh"),
 (10, "忠县石宝镇有几家腐乳厂？", "石宝 is not named; the letter gives the county total (11家) only.", "another-place", "zh"),
 (10, "How much furu did Zhong County produce in 2015?", "Only 2016's 1.6萬噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa39.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
