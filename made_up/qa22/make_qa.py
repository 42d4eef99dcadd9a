#!/usr/bin/env python3
"""Generate qa22.jsonl (adapted from made_up/qa20/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a table row of letter 09 is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa22.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q22-{n:02d}.txt"


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
    rows.append({"id": f"q22-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q22-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q22-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q22-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "木拱桥那门手艺，国家级的传承人现在还剩几个？", "目前该项目共有国家级代表性传承人4名", [["4名"]], [P, C, "figure"])
single("zh", 2, 1, "代表希望每座廊桥都装上自动喷水灭火的设备，上面是什么态度？", "不宜统一要求安装自动喷淋系统", [["不宜统一要求"], ["一桥一策"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "2020年台风过后，修那几座被水冲坏的廊桥，国家拿了多少钱？", "安排文物保护专项资金1150万元", [["1150万元"]], [P, C, "figure", "done"])
single("zh", 4, 2, "钦州蚝排换环保浮球，一个浮球补几块钱？一共换了多少个？", "按每个浮球补助8元的标准", [["8元"], ["190万个"]], [P, C, "rate", "done"])
single("zh", 5, 2, "委员想在茅尾海再多放些蚝排，区里答应没有？", "养殖面积的建议暂不能采纳", [["暂不能采纳"]], [P, C, "declined"])
single("zh", 6, 2, "钦州的冷库加起来能放多少吨水产？", "全市水产品冷链储存能力达到1.2万吨", [["1.2万吨"]], [P, C, "figure"])
single("zh", 7, 3, "新去山下湖做珍珠直播的主播，能领一万块钱补贴吗？", "对个人发放补贴暂无政策依据", [["暂无政策依据"]], [P, C, "declined", "reason"])
single("zh", 8, 3, "山下湖整治珍珠塘的污水，市里财政贴了多少钱？", "其中市财政补助960万元", [["960万元"]], [P, C, "figure", "done"])
single("zh", 9, 3, "珍珠分级那个标准啥时候能正式出来？", "预计今年10月正式发布", [["今年10月"]], [P, C, "date", "plan"])
single("zh", 10, 4, "委员想让县里每寄一单快递再贴五毛钱，县里咋说的？", "超出县财政承受能力", [["暂不能采纳"]], [P, C, "declined", "reason"])
single("zh", 11, 4, "现在从砀山乡下往县城发个快递，一单要多少钱？", "由每单1.2元降至0.6元", [["0.6元"]], [P, C, "price"])
single("zh", 12, 4, "砀山一共有多少座存梨的冷库？总共能放多少吨？", "全县现有果品冷库286座", [["286座"], ["45万吨"]], [P, C, "figure"])
single("zh", 13, 5, "外地来赶书会的说书艺人，镇上每天给多少食宿补助？一共发了多少？", "镇政府按每人每天100元的标准为外地艺人发放食宿补贴", [["100元"], ["26万元"]], [P, C, "rate", "done"])
single("zh", 14, 5, "代表想在书会那片麦地里盖个固定的演出场馆，镇里同意吗？", "不得建设永久性建筑", [["无法采纳"], ["永久基本农田"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "赶马街书会那天，停车位有多少个？坐接驳车要钱吗？", "设置临时停车场3处、停车位1600个", [["1600个"], ["免费接驳公交车"]], [P, C, "figure", "price"])
single("zh", 16, 6, "2022年在南岳爬山出状况打电话求助的，一共有多少起？", "2022年全区共接到登山求助警情173起", [["173起"]], [P, C, "figure"])
single("zh", 17, 6, "委员建议夜里上山的游客先交一笔救援押金，应急局同意吗？", "收取救援保证金没有法律法规依据", [["没有法律法规依据"], ["暂不能采纳"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "衡山登山道上的求助牌隔多远一块？一共装了多少块？", "每隔200米设置一处带编号的求助标识牌", [["200米"], ["186处"]], [P, C, "figure", "done"])
single("zh", 19, 7, "南丰县现在有几个自动气象站？放在桔园里的有几个？", "目前全县共有区域自动气象站24个", [["24个"], ["6个"]], [P, C, "figure"])
single("zh", 20, 7, "委员想每个村都建个桔园小气象站，气象局说办得了吗？", "我局现有经费难以承担", [["难以承担"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "蜜桔低温保险打算先在哪个镇试？试多少户？", "计划今冬在太和镇选择500户果农开展试点", [["太和镇"], ["500户"]], [P, C, "plan", "where"])
single("zh", 22, 8, "代表建议村超卖门票，县里同意没？", "县委、县政府已明确不对观赛收费", [["不予采纳"], ["不对观赛收费"]], [P, C, "declined"])
single("zh", 23, 8, "为啥不给村超新盖个两万人的大球场？", "县城规划区内目前没有可供使用的成片建设用地", [["成片建设用地"], ["3亿元", "难以承担"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "给每支村超球队发的球衣球鞋，一个队值多少钱？", "每队价值约6000元", [["6000元"]], [P, C, "figure", "done"])
single("zh", 25, 9, "蕲州镇种了多少亩艾？有几家加工艾的企业？", "蕲州镇　　7800", [["7800"], ["14"]], [P, C, "figure", "table"])
single("zh", 26, 9, "蕲艾示范基地，一亩地补多少钱？", "对示范基地按每亩200元给予补助", [["200元"]], [P, C, "rate"])
single("zh", 27, 9, "委员说要搞个蕲艾产业基金，农业局怎么回的？", "目前暂无设立计划", [["暂无设立计划"]], [P, C, "declined"])
single("zh", 28, 10, "澄海玩具厂买注塑机器人，区里一个项目最多补多少？", "單個項目獎補最高不超過150萬元", [["150萬元"]], [P, C, "figure", "rule"])
single("zh", 29, 10, "委员想让区里按挂牌价一半把地卖给玩具厂，行不行？", "該建議無法採納", [["無法採納"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "澄海那个玩具直播产业园在哪个街道？进了多少家直播机构？", "在鳳翔街道建設玩具直播電商產業園", [["鳳翔街道"], ["68家"]], [P, C, "where", "figure"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many people were trained in the wooden arch bridge craft courses, and how many courses were held?", "共培训木工匠人和乡村建设者96人", [["96人"], ["3期"]], [E, "figure", "done"])
single("en", 2, 1, "By when should the heritage base for the wooden arch bridge craft in Shouning county be built?", "计划于2022年底前建成", [["2022年底前"]], [E, "date", "plan"])
single("en", 3, 2, "How much oyster meat can the purification workshops in Longmengang town process per day?", "日净化能力约60吨", [["60吨"]], [E, "figure", "done"])
single("en", 4, 2, "By when does Guangxi aim to finish the oyster trading and cold-chain logistics centre in Kangxiling town?", "力争2020年底前在康熙岭镇建成", [["2020年底前"]], [E, "date", "plan"])
single("en", 5, 3, "How many livestream teams work at the pearl e-commerce base in Shanxiahu, and what were livestream pearl sales in 2021?", "目前引入直播团队230余个", [["230余个"], ["180亿元"]], [E, "figure", "done"])
single("en", 6, 3, "How many attendances did Zhuji's training for e-commerce hosts record in 2021?", "2021年共培训1050人次", [["1050人次"]], [E, "figure", "done"])
single("en", 7, 4, "How many livestream rooms does the e-commerce livestream base in Liangli town have, and do local growers pay to use them?", "配备直播间36间", [["36间"], ["免费"]], [E, "figure", "price"])
single("en", 8, 4, "How much provincial cold-chain money did Dangshan get in 2020, and how many firms will build controlled-atmosphere cold stores with it?", "今年，我局争取到省级冷链物流项目资金800万元", [["800万元"], ["3家"]], [E, "figure", "done"])
single("en", 9, 5, "How many folk ballad performers came to the Majie storytelling fair in 2018, and from how many provinces?", "共有来自全国18个省份的曲艺艺人约1300人参会", [["1300人"], ["18个省份"]], [E, "figure"])
single("en", 10, 5, "How many school study-tour groups did the Majie fair exhibition hall receive in the first half of 2018?", "今年上半年共接待中小学生研学团队46批次", [["46批次"]], [E, "figure", "done"])
single("en", 11, 6, "How many members does the Nanyue mountain rescue team have, and how many hikers did it rescue in 2022?", "队员42人", [["42人"], ["158人"]], [E, "figure", "done"])
single("en", 12, 6, "When should the shelter for hikers near Zhurong Peak open?", "力争2024年国庆假期前投入使用", [["2024年国庆假期前"]], [E, "date", "plan"])
single("en", 13, 7, "How many warning text messages did the Nanfeng weather bureau send to tangerine growers before the cold wave?", "累计发送预警短信约11万条", [["11万条"]], [E, "figure", "done"])
single("en", 14, 7, "How low did the temperature fall in Nanfeng during the cold wave of late January 2016?", "我县最低气温降至零下7.6℃", [["零下7.6℃"]], [E, "figure"])
single("en", 15, 8, "How many temporary seats will be added to the stadium in Rongjiang, and by when?", "计划今年10月底前新增临时座位2000个", [["2000个"], ["10月底前"]], [E, "figure", "date", "plan"])
single("en", 16, 8, "How many village teams played in the Cunchao football league?", "全县共有20支村级球队参赛", [["20支"]], [E, "figure"])
single("en", 17, 9, "How many moxa processing firms did Qichun have at the end of 2014, and what was the industry's output value?", "蕲艾加工企业46家", [["46家"], ["9.6亿元"]], [E, "figure"])
single("en", 18, 9, "How many batches of moxa sticks were spot-checked in Qichun in 2014, and what share passed?", "2014年共抽检86批次", [["86批次"], ["95.3%"]], [E, "figure", "done"])
single("en", 19, 10, "How many toy samples did Chenghai test free of charge for small firms in 2024?", "免費為中小企業檢測玩具樣品2100批次", [["2100批次"]], [E, "figure", "done"])
single("en", 20, 10, "How much standard factory space should phase two of the Chenghai toy industrial park provide, and by when?", "計劃2026年底前建成標準廠房30萬平方米", [["30萬平方米"], ["2026年底前"]], [E, "figure", "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "文化和旅游部答复闽东木拱廊桥那个建议，发文字号是多少？", "发文字号：文旅非遗函〔2021〕438号", [["文旅非遗函〔2021〕438号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "Which CPPCC session and proposal number does the Guangxi agriculture department's reply on Qinzhou oysters answer?", "=关于自治区政协十二届二次会议第0586号提案的答复", [["十二届二次会议"], ["第0586号"]], [M, "lang:en", "proposal-number"])
single("metadata", 3, 3, "诸暨山下湖珍珠那份答复，是哪两个单位一起答复的？", "=诸暨市农业农村局　　诸暨市商务局", [["诸暨市农业农村局"], ["诸暨市商务局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "杨庄镇政府对马街书会那个建议的答复，落款日期是哪天？", "=二〇一八年六月二十八日", [["二〇一八年六月二十八日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "南丰县气象局那份蜜桔防冻的会办意见，是写给哪个单位的？", "=县农业局：", [["县农业局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 8, "Who signed off the Rongjiang bureau's reply on the Cunchao village football league?", "签发人：吴金华", [["吴金华"]], [M, "lang:en", "signer"])
single("metadata", 7, 9, "蕲春县农业局答复蕲艾那份提案，网上发布的日期是哪天？", "[ 发布日期 ] | 2015-07-13", [["2015-07-13"]], [M, "lang:zh", "date"])
single("metadata", 8, 10, "What is the document number of the Chenghai industry bureau's reply on the toy industry?", "=澄工信函〔2025〕21號", [["澄工信函〔2025〕21號"]], [M, "lang:en", "doc-number"])
# ---------------- multi_turn (6) ----------------
turns(1, 2, ["广西农业农村厅对钦州大蚝那个提案做了哪些事？", "防台风那一块，2018年给养殖户推了多少次预警短信？"],
      "2018年共推送42次", [["42次"]], ["lang:zh", "follow-up", "figure"])
turns(2, 4, ["What did Dangshan's commerce bureau say about selling pears online?", "And the livestream host training: how many sessions were held from January to August 2020, and how many attendances?"],
      "组织“梨乡主播”培训班8期", [["8期"], ["520人次"]], ["lang:en", "follow-up", "figure"])
turns(3, 6, ["南岳区应急管理局对夜里爬衡山的安全做了哪些事？", "山上的夜间医疗点设了几个？医护人员是哪个部门派的？"],
      "设立4个夜间医疗救护点", [["4个"], ["区卫生健康局"]], ["lang:zh", "follow-up", "figure", "who"])
turns(4, 7, ["What did the Nanfeng weather bureau say about weather stations in the tangerine orchards?", "Which towns get the new stations first, and how much project money was requested?"],
      "我局建议优先在白舍、市山、洽湾、桑田4个主产乡镇各增设2个", [["白舍"], ["36万元"]], ["lang:en", "follow-up", "where", "figure"])
turns(5, 9, ["蕲春农业局下一步对蕲艾有什么打算？", "那个蕲艾文化节准备什么时候办？"],
      "筹办首届蕲艾文化节", [["明年端午节期间"]], ["lang:zh", "follow-up", "date", "plan"])
turns(6, 10, ["What has Chenghai done for its toy industry?", "On the typhoon: how many toy firms had flooded warehouses, and what help did they get?"],
      "全區有27家玩具企業倉庫進水受損", [["27家"], ["理賠綠色通道"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 5, 6], "哪些答复函提到了研学？各自是怎么安排的？",
      [["非遗研学线路"], ["曲艺研学读本", "研学体验区"], ["禁止安排学生夜间登山"]], ["lang:zh", "theme:study-tour"])
multi(2, [1, 5, 6], "Which replies talk about study tours for school pupils, and what do they say?",
      [["研学线路"], ["46批次"], ["提前3天"]], ["lang:en", "theme:study-tour"])
multi(3, [3, 4, 8, 10], "各地答复里，哪些讲到了直播？都做了些什么？",
      [["直播电商基地"], ["电商直播基地"], ["赛事直播团队"], ["直播電商產業園"]], ["lang:zh", "theme:livestream"])
multi(4, [3, 4, 8, 10], "Which replies mention livestreaming, and what figures do they give for it?",
      [["180亿元"], ["520人次"], ["3路直播信号"], ["68家"]], ["lang:en", "theme:livestream"])
multi(5, [1, 2, 10], "哪几份答复函提到了台风？分别说了什么？",
      [["台风过境后"], ["台风预警短信"], ["颱風期間"]], ["lang:zh", "theme:typhoon"])
multi(6, [1, 2, 10], "Which replies mention typhoons, and what was done about them?",
      [["1150万元"], ["42次"], ["理賠綠色通道"]], ["lang:en", "theme:typhoon"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "寿宁那个木拱桥传承基地，建起来总共要花多少钱？", "Only the completion date (2022年底前) is given; 260万元 is 2020's protection money for two counties, 1150万元 the bridge repairs.", "cost-not-stated", "zh"),
 (1, "木拱桥营造技艺的国家级传承人里，周宁县有几个？", "4 national inheritors across 寿宁, 屏南 and 周宁; no split by county.", "part-of-stated-total", "zh"),
 (1, "How much central funding did Pingnan county alone receive for the wooden arch bridge craft in 2020?", "260万元 is the sum for 寿宁 and 屏南 together; no split.", "part-of-stated-total", "en"),
 (2, "钦州大蚝现在收购价多少钱一斤？", "Area (16.8万亩) and output (27万吨) only; no price.", "price-not-stated", "zh"),
 (2, "龙门港镇那边有多少亩蚝排？", "16.8万亩 city-wide over 茅尾海, 龙门港镇 and 康熙岭镇; no split.", "part-of-stated-total", "zh"),
 (2, "How many typhoon warning messages were sent to Guangxi oyster farmers in 2017?", "Only 2018's 42 are given.", "another-year", "en"),
 (3, "在山下湖珍珠市场租个直播间，一个月租金多少？", "The base and its 230 teams are described, and a 1万元 subsidy for hosts declined; no rent.", "price-not-stated", "zh"),
 (3, "禁养区里一共关掉了多少口老珍珠塘？", "The old ponds in the no-farming zone have all left farming; no count.", "count-not-stated", "zh"),
 (3, "How much will the pearl quality testing centre in Shanxiahu cost to build?", "Only its target date (2023年底前); 2380万元 is the tail-water project's total.", "cost-not-stated", "en"),
 (4, "砀山酥梨在网上一箱卖多少钱？", "Online sales (31亿元 of fruit) only; no price.", "price-not-stated", "zh"),
 (4, "新建的那几座气调冷库，一座能存多少吨梨？", "45万吨 is the capacity of all 286 stores; the new stores' capacity is not given.", "part-of-stated-total", "zh"),
 (4, "How many fruit cold stores did Dangshan have in 2018?", "Only the present 286 are given.", "another-year", "en"),
 (5, "去马街书会听书，要买门票吗？票价多少？", "About 16万 visitors are counted; nothing about tickets.", "price-not-stated", "zh"),
 (5, "2017年马街书会来了多少说书艺人？", "Only this year's (2018) 1300 performers are given.", "another-year", "zh"),
 (5, "How much does a pupil pay for the folk-art study course at the Majie fair exhibition hall?", "3800 study-tour visits are counted; no price.", "price-not-stated", "en"),
 (6, "夜里走南大门进衡山，门票多少钱？", "46万 night visitors are counted; no ticket price.", "price-not-stated", "zh"),
 (6, "南岳新装那320盏太阳能路灯，一共要花多少钱？", "Only the number of lamps and the deadline; no cost.", "cost-not-stated", "zh"),
 (6, "How many hikers called for help on Mount Heng in 2021?", "Only 2022's 173 calls are given.", "another-year", "en"),
 (7, "南丰蜜桔低温指数保险，一亩保费要交多少？", "The premium rate is left to 县农业局 and 县财政局; no premium.", "price-not-stated", "zh"),
 (7, "2016年1月那次寒潮，南丰桔农一共损失了多少钱？", "41万亩 frozen; no money loss.", "money-not-stated", "zh"),
 (7, "What does it cost each year to maintain one orchard microclimate station in Nanfeng?", "4.5万元 is the cost of building a station; no running cost is given.", "cost-not-stated", "en"),
 (8, "村超体育场看台改造要花多少钱？", "2000 seats by October; 3亿元 is the estimate for a new stadium, not the stand works.", "cost-not-stated", "zh"),
 (8, "2023年村超是哪个村的球队拿了冠军？", "20 teams played; no winner named.", "name-not-stated", "zh"),
 (8, "How much prize money does the Cunchao champion team get?", "Kit worth about 6000元 a team and a declined 5万元 grant; no prize.", "money-not-stated", "en"),
 (9, "蕲春干艾叶现在收购价一斤多少钱？", "Tonnages of dried leaves only; no price.", "price-not-stated", "zh"),
 (9, "狮子镇种了多少亩蕲艾？", "狮子镇 is not named; 10200亩 is all other townships together.", "another-place", "zh"),
 (9, "What was the pass rate of moxa stick spot checks in Qichun in 2013?", "Only 2014's 95.3% is given.", "another-year", "en"),
 (10, "澄海的玩具2024年出口了多少钱？", "Output value (620億元) and online sales (140億元) only; no export figure.", "figure-of-another-kind", "zh"),
 (10, "台风那次，那27家玩具厂保险公司一共赔了多少钱？", "27 firms flooded and a fast claims channel; no payout.", "money-not-stated", "zh"),
 (10, "How many toy firms in Lianxia town received technology-upgrade subsidies in 2024?", "53 firms district-wide; 莲下 is not named.", "another-place", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa22.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
