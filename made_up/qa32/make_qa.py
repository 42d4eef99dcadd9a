#!/usr/bin/env python3
"""Generate qa32.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa32.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q32-{n:02d}.txt"


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
    rows.append({"id": f"q32-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q32-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q32-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q32-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "开平赤坎那片骑楼现在还剩多少栋？算得上文物的有几栋？", "现存骑楼建筑612栋", [["612栋"], ["208栋"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让国家把赤坎骑楼整片评成国保，文物局答应了吗？卡在哪儿？", "暂不具备直接申报的条件", [["无法采纳"], ["尚未整体列为省级文物保护单位", "暂不具备直接申报的条件"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "中央的钱里头，专门用来抢修赤坎骑楼的有多少？修好了几栋？", "其中用于赤坎骑楼抢险加固740万元", [["740万元"], ["37栋"]], [P, C, "figure", "done"])
single("zh", 4, 2, "藤县一年能割多少松脂？靠割脂过日子的农民大概多少人？", "2018年全县采集松脂约4.6万吨", [["4.6万吨"], ["7800人"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让政府按棵给割脂的林农发补贴，林业局给不给？", "现行中央和自治区林业补助政策中没有对采脂行为按株补贴的依据", [["暂不能采纳"], ["没有对采脂行为按株补贴的依据", "财政难以承担"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "藤县的公益林里能不能放开让人割松脂？", "现阶段不宜开展采脂", [["不予采纳"], ["水源涵养区", "不宜开展采脂"]], [P, C, "declined", "reason"])
single("zh", 7, 3, "夫夷江上现在一共有多少张竹筏在营运？撑筏的师傅有几个？", "目前夫夷江景区共有登记营运竹筏268张", [["268张"], ["312名"]], [P, C, "figure"])
single("zh", 8, 3, "江边的老百姓想拿自家竹筏载客挣点钱，县里准不准？", "沿江农户自备竹筏未经检验登记", [["不能采纳"], ["未经检验登记", "不具备安全营运条件"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "坐竹筏万一出了事，每个乘客保险最多能赔多少？", "每位乘客保险责任限额50万元", [["50万元"], ["承运人责任保险"]], [P, C, "figure"])
single("zh", 10, 4, "青阳黄精种了多大面积？一年能收多少鲜的？", "全县黄精种植面积约1.2万亩", [["1.2万亩"], ["5400吨"]], [P, C, "figure"])
single("zh", 11, 4, "委员要县里一次拿一千万扶持黄精，最后县里实际拿了多少？", "今年县政府已从农业产业化资金中安排黄精产业扶持资金150万元", [["150万元"]], [P, C, "declined", "figure"])
single("zh", 12, 4, "种黄精的苗补能不能从现在的标准往上提一提？", "县财政暂难提高", [["暂难提高"]], [P, C, "declined"])
single("zh", 13, 5, "鸡山岛那个淡化站一天最多出多少吨水？岛上多少人靠它喝水？", "设计日产淡水500吨", [["500吨"], ["3100"]], [P, C, "figure"])
single("zh", 14, 5, "一刮台风就停电，淡化站现在靠什么撑着？能撑多久？", "在淡化站配备200千瓦柴油发电机组1台", [["200千瓦"], ["72小时"]], [P, C, "done", "figure"])
single("zh", 15, 5, "代表嫌淡化水太贵，乡政府能不能自己把价钱降下来？", "乡政府无权自行调整", [["无权自行调整", "不属于乡人民政府的职权范围"], ["县价格主管部门"]], [P, C, "declined", "who"])
single("zh", 16, 6, "汉南通用机场2017年一共飞了多少架次？飞了多少个小时？", "机场共保障各类通航飞行约1.9万架次", [["1.9万架次"], ["8600小时"]], [P, C, "figure"])
single("zh", 17, 6, "机场附近住的人嫌吵，想要点噪声补偿，区里给吗？", "现行政策没有对通用机场噪声给予货币补偿的依据", [["暂不能采纳"], ["未超过国家标准限值", "没有对通用机场噪声给予货币补偿的依据"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "新落户汉南的通航整机厂，区里按投资奖多少？一家最多多少？", "按固定资产投资额的5%给予奖励", [["5%"], ["1000万元"]], [P, C, "rate", "rule"])
single("zh", 19, 7, "海安眼下有几家缫丝厂在开工？一年出多少生丝？", "目前全市在产缫丝企业14家", [["14家"], ["2300吨"]], [P, C, "figure"])
single("zh", 20, 7, "缫丝厂的废水能不能直接往镇上污水厂里排？", "企业应先行预处理", [["预处理"], ["接管标准"]], [P, C, "rule"])
single("zh", 21, 7, "委员想给煮茧锅炉改造发补助，生态环境局是什么态度？", "锅炉改造补助资金的设立和发放不属于我局职责", [["不属于我局职责"], ["市财政局"]], [P, C, "declined", "who"])
single("zh", 22, 8, "县城通梅关村那条路前几年翻修过没有？多长、花了多少钱？", "全长4.6公里", [["4.6公里"], ["310万元"]], [P, C, "figure", "done"])
single("zh", 23, 8, "代表想顺着古驿道修条车能直接开上关楼的路，为啥不行？", "修建机动车道路会破坏古驿道的整体格局", [["无法采纳"], ["破坏古驿道的整体格局"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "县城到梅关为什么不开通公交车？", "日均游客不足300人次", [["不足300人次"], ["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "猫场镇种了多少亩竹荪？产值有多少？", "猫场镇　　6500", [["6500"], ["7800"]], [P, C, "figure", "table"])
single("zh", 26, 9, "委员想让政府给竹荪定个最低收购价，农业农村局同意了吗？", "政府设定最低收购价缺乏政策依据", [["不能采纳"], ["缺乏政策依据"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "农户买竹荪菌种，县里一瓶补多少？", "由县财政按每瓶1.5元给予补助后以成本价供应农户", [["1.5元"]], [P, C, "rate"])
single("zh", 28, 10, "连江的鲍鱼一年产多少？能卖出多少产值？", "鮑魚產量約4.1萬噸", [["4.1萬噸"], ["36億元"]], [P, C, "figure"])
single("zh", 29, 10, "2016年9月那场台风，连江的鲍鱼渔排坏了多少？损失多大？", "全縣鮑魚漁排受損約8600口", [["8600口"], ["2.7億元"]], [P, C, "figure"])
single("zh", 30, 10, "委员想多划些海面给鲍鱼养殖，县里同意没有？", "該建議暫無法採納", [["暫無法採納"], ["基本飽和"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many craftsmen attendances did the 2020 training in traditional Lingnan building repair in Chikan have, and how many classes were held?", "培训灰塑、木作、彩画等工匠86人次", [["86人次"], ["2期"]], [E, "figure", "done"])
single("en", 2, 1, "How many arcade buildings on the northern section of Dixi Road in Chikan have been converted to new uses, and how many visitors did they receive?", "开平市已将堤西路北段的14栋骑楼", [["14栋"], ["23万人次"]], [E, "figure", "done"])
single("en", 3, 2, "How many training classes on resin tapping did the forestry bureau hold in Tengxian since 2017, and by how much did resin yield per tree rise?", "培训采脂工人1200人次", [["15期"], ["18%"]], [E, "figure", "done"])
single("en", 4, 2, "How much did the regional forestry industry fund give in 2018 for rosin deep-processing in Tengxian, and how many companies were supported?", "安排藤县松香深加工项目补助资金300万元", [["300万元"], ["2家"]], [E, "figure", "done"])
single("en", 5, 3, "How many rescue speedboats and life jackets does the Fuyi River rafting area in Xinning have, and how many rescue points were set up?", "景区现已配备救援快艇6艘", [["6艘"], ["4200件"], ["3处"]], [E, "figure", "done"])
single("en", 6, 3, "How long is the pier-to-county-road link that the Xinning transport bureau will rebuild, and when should it be finished?", "全长约3.2公里", [["3.2公里"], ["2024年6月底前"]], [E, "figure", "date", "plan"])
single("en", 7, 4, "How big is the Polygonatum seedling breeding base in Youhua, and how many seedlings can it supply a year?", "在酉华镇建设黄精良种繁育基地80亩", [["80亩"], ["400万株"]], [E, "figure", "done"])
single("en", 8, 4, "When does Qingyang plan to apply for geographical indication registration for Jiuhua Polygonatum?", "计划2015年上半年", [["2015年上半年"]], [E, "date", "plan"])
single("en", 9, 5, "What desalination plant is planned for Maoyan island, how much will it cost, and when should construction start?", "拟建日产淡水150吨的淡化站1座", [["150吨"], ["260万元"], ["2017年"]], [E, "figure", "plan"])
single("en", 10, 5, "How long would an undersea water pipeline from the mainland to Jishan island be, according to the township?", "管道全长约9公里", [["9公里"]], [E, "figure", "declined"])
single("en", 11, 6, "How many general aviation companies are based at the Hannan airport, and how many trainees obtained pilot licences there in 2017?", "入驻飞行培训、航空器维修、航空俱乐部等通航企业17家", [["17家"], ["260名"]], [E, "figure"])
single("en", 12, 6, "When does Hannan hope to start trial low-altitude sightseeing flights, and which authority must approve the routes?", "争取2019年五一前试运营", [["2019年五一前"], ["民航中南地区管理局"]], [E, "date", "who", "plan"])
single("en", 13, 7, "How many inspections of silk reeling firms did the Hai'an ecology and environment bureau carry out from January to May 2020, and how much were the fines?", "我局对缫丝企业开展执法检查42家次", [["42家次"], ["16万元"]], [E, "figure", "done"])
single("en", 14, 7, "How many complaints about odour from silkworm pupa drying did the Hai'an bureau receive in 2019?", "2019年我局共受理相关信访投诉27件", [["27件"]], [E, "figure"])
single("en", 15, 8, "Who is responsible for repairing the damaged paving of the Meiguan ancient post road, according to the Dayu transport bureau?", "由文物部门组织具备资质的单位实施", [["文物部门"], ["不属于我局职责范围"]], [E, "who", "declined"])
single("en", 16, 8, "How much would a 500-space car park at the foot of Meiguan cost, and how much land would it need?", "投资约1500万元", [["1500万元"], ["30亩"]], [E, "figure", "declined"])
single("en", 17, 9, "How many bamboo fungus drying points have been built in Zhijin since 2020, and how much money was used?", "在5个主产乡镇建成竹荪烘干加工点23个", [["23个"], ["1150万元"]], [E, "figure", "done"])
single("en", 18, 9, "Where will Zhijin's bamboo fungus trading centre be built, and when is construction planned to start?", "县政府已同意在猫场镇规划建设竹荪集散交易中心", [["猫场镇"], ["2023年3月"]], [E, "where", "date", "plan"])
single("en", 19, 10, "In the abalone wind-disaster index insurance pilot in Tailu town, what share of the premium do farmers pay themselves, and how many rafts joined in the first batch?", "首批參保漁排4200口", [["40%"], ["4200口"]], [E, "rate", "figure", "done"])
single("en", 20, 10, "How many aquaculture certificates did the Lianjiang fisheries bureau issue in 2017, and how much farming area was confirmed?", "今年共核發水域灘塗養殖證1860本", [["1860本"], ["1.9萬畝"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家文物局答复赤坎骑楼那条建议，文号是多少？", "=文物保议〔2021〕46号", [["文物保议〔2021〕46号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Guangxi forestry bureau's reply on the Tengxian pine resin proposal published online?", "发布日期：2019年07月30日", [["2019年07月30日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "新宁竹筏漂流那份答复，是哪两个单位联合答复的？", "=新宁县文化旅游广电体育局　　新宁县交通运输局", [["新宁县文化旅游广电体育局"], ["新宁县交通运输局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "鸡山乡政府对岛上用水那条建议的答复，落款日期是哪天？", "=二〇一六年六月二十四日", [["二〇一六年六月二十四日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "Which CPPCC session and proposal number does the Hannan development and reform commission's reply on general aviation answer?", "=关于区政协九届二次会议第0093号提案的答复", [["九届二次会议"], ["第0093号"]], [M, "lang:en", "proposal-number"])
single("metadata", 6, 7, "海安生态环境局关于缫丝的会办意见，是写给哪个单位的？", "=海安市工业和信息化局：", [["海安市工业和信息化局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 8, "大余县交通运输局答复梅关古驿道那条建议，签发人是谁？", "签发人：钟启明", [["钟启明"]], [M, "lang:zh", "signer"])
single("metadata", 8, 10, "Who made the CPPCC proposal on abalone farming that the Lianjiang ocean and fisheries bureau answered?", "=陳依妹委員：", [["陳依妹"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What does the National Cultural Heritage Administration plan next for the Chikan arcade buildings?", "By when should the repair technical guidelines be finished, and which university is helping draft them?"],
      "力争2022年底前完成", [["2022年底前"], ["华南理工大学"]], ["lang:en", "follow-up", "date", "plan"])
turns(2, 3, ["新宁对竹筏统一管理做了些什么？", "今年清退了多少个筏工？按什么条件清退的？"],
      "清退年龄超过65周岁或考核不合格的筏工14名", [["14名"], ["65周岁"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 4, ["What does Qingyang plan for a Polygonatum industrial park?", "Where is the site, and how much land is planned for it?"],
      "初步选址陵阳镇", [["陵阳镇"], ["120亩"]], ["lang:en", "follow-up", "where", "plan"])
turns(4, 6, ["汉南通航产业园二期进展怎么样？", "那地征了多少？什么时候企业能进去？"],
      "已完成土地征收约520亩", [["520亩"], ["2019年底前"]], ["lang:zh", "follow-up", "figure", "date"])
turns(5, 9, ["织金竹荪在网上卖得怎么样？", "去年网上一共卖了多少钱？开了几家网店？"],
      "2021年竹荪干品线上销售额约6800万元", [["6800万元"], ["46家"]], ["lang:zh", "follow-up", "figure", "done"])
turns(6, 10, ["What has Lianjiang done to protect abalone rafts from typhoons?", "How many rafts were upgraded this year, and how much subsidy is paid per raft?"],
      "今年已改造漁排1.6萬口", [["1.6萬口"], ["200元"]], ["lang:en", "follow-up", "figure", "rate"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 5, 10], "哪些答复函提到了台风？各自说了台风带来的什么问题或采取了什么办法？",
      [["19栋"], ["柴油发电机组"], ["8600口"]], ["lang:zh", "theme:typhoon"])
multi(2, [1, 5, 10], "Which replies mention typhoons, and what figures do they give about typhoon damage or outages?",
      [["19栋"], ["7次"], ["2.7億元"]], ["lang:en", "theme:typhoon"])
multi(3, [3, 6, 10], "各地答复里哪些讲到了保险？分别是什么保险？",
      [["承运人责任保险"], ["第三者责任保险"], ["風災指數保險"]], ["lang:zh", "theme:insurance"])
multi(4, [3, 6, 10], "Which replies mention insurance, and what limits or insured amounts do they give?",
      [["50万元"], ["500万元"], ["1.3億元"]], ["lang:en", "theme:insurance"])
multi(5, [4, 9], "哪些答复函提到了电商？网上卖了多少？",
      [["1600万元"], ["6800万元"]], ["lang:zh", "theme:e-commerce"])
multi(6, [4, 9], "Which replies talk about e-commerce sales, and what do they report?",
      [["电商平台"], ["网店46家"]], ["lang:en", "theme:e-commerce"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "赤坎骑楼改成的民宿，住一晚多少钱？", "The letter says 14 arcade buildings became a museum, workshops and 民宿, with 23万 visitors; no room price.", "price-not-stated", "zh"),
 (1, "开平塘口镇的骑楼拿到了多少国家文物保护专项资金？", "塘口镇 is not named; 1860万元 is Kaiping's whole allocation and 740万元 went to 赤坎.", "another-place", "zh"),
 (1, "How much central heritage money did Kaiping receive in 2018?", "Only the 2019-2020 total (1860万元) is given.", "another-year", "en"),
 (2, "现在松脂收购价一吨多少钱？", "Output (4.6万吨) only; no price.", "price-not-stated", "zh"),
 (2, "象棋镇有几家松香加工厂？", "12 firms county-wide, mainly in 象棋, 古龙 and 东荣; no split by town.", "part-of-stated-total", "zh"),
 (2, "How much pine resin did Cangwu county produce in 2018?", "Cangwu (苍梧) is not named; 4.6万吨 is Tengxian's.", "another-place", "en"),
 (3, "坐一趟夫夷江竹筏票价是多少？", "Rafts, rafters and 41万 passengers are counted; no fare.", "price-not-stated", "zh"),
 (3, "一渡水镇那边的码头连接线什么时候改造？", "一渡水 is not named; only the 江口码头 link (2024) is planned.", "another-place", "zh"),
 (3, "How many raft passengers did the Fuyi River scenic area receive in 2021?", "Only 2022's 41万人次 is given.", "another-year", "en"),
 (4, "九华黄精现在一斤能卖多少钱？", "Area, output and output value only; no price.", "price-not-stated", "zh"),
 (4, "朱备镇种了多少亩黄精？", "1.2万亩 over 酉华, 杜村, 陵阳 and 朱备; no split.", "part-of-stated-total", "zh"),
 (4, "How many mu of Polygonatum were planted in Shitai county in 2013?", "Shitai (石台) is not named; 1.2万亩 is Qingyang's.", "another-place", "en"),
 (5, "鸡山岛的淡化水现在多少钱一吨？", "The price is set by the county price authority; the letter gives no figure.", "price-not-stated", "zh"),
 (5, "大鹿岛上的居民用水是怎么解决的？", "大鹿岛 is not named; only 鸡山岛 and 茅埏岛.", "another-place", "zh"),
 (5, "How many times did the Jishan desalination plant break down in 2014?", "Only 2015's 11 stoppages are given.", "another-year", "en"),
 (6, "在汉南通用机场学飞行考个私照要花多少钱？", "260 licensed trainees are counted; no fee.", "price-not-stated", "zh"),
 (6, "东荆街道有几家通航企业？", "东荆 is not named; 17 firms are at the airport.", "another-place", "zh"),
 (6, "How many general aviation flights did the Hannan airport handle in 2016?", "Only 2017's 1.9万架次 is given.", "another-year", "en"),
 (7, "缫丝企业一年要交多少环保税？", "Permits, inspections and fines only; no tax.", "money-not-stated", "zh"),
 (7, "曲塘镇有几家缫丝厂？", "曲塘 is not named; 14 firms city-wide, 4 near 李堡 for the new unit.", "another-place", "zh"),
 (7, "How much raw silk did Hai'an produce in 2018?", "Only 2019's 2300吨 is given.", "another-year", "en"),
 (8, "去梅关景区要买门票吗？多少钱？", "Visitors are counted (under 300 a day); nothing about tickets.", "price-not-stated", "zh"),
 (8, "节假日加开的临时班车，坐一趟多少钱？", "Extra holiday buses are promised; no fare.", "price-not-stated", "zh"),
 (8, "How many tourists visited the Meiguan scenic area during the 2015 Spring Festival holiday?", "Only the ordinary-day average (under 300) is given.", "count-not-stated", "en"),
 (9, "竹荪干货现在多少钱一斤？", "Output value and online sales only; no price.", "price-not-stated", "zh"),
 (9, "八步街道种了多少亩竹荪？", "八步 is not named; 8300亩 is all other towns and streets together.", "part-of-stated-total", "zh"),
 (9, "How many mu of bamboo fungus did Zhijin grow in 2020?", "Only 2021's 3.6万亩 is given.", "another-year", "en"),
 (10, "连江鲍鱼现在批发价一斤多少？", "Output and output value only; no price.", "price-not-stated", "zh"),
 (10, "黄岐镇有多少口渔排参加了风灾指数保险？", "The pilot is in 苔菉镇 only (4200 rafts); 黄岐 is named only as a place to extend it to later.", "another-place", "zh"),
 (10, "How much abalone did Luoyuan county produce in 2016?", "Luoyuan (罗源) is not named; 4.1萬噸 is Lianjiang's.", "another-place", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa32.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
