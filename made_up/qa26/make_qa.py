#!/usr/bin/env python3
"""Generate qa26.jsonl (modelled on made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa26.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q26-{n:02d}.txt"


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
    rows.append({"id": f"q26-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q26-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q26-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q26-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "去年中央给安溪搞生态茶园掏了多少钱？弄了多大一片？", "安排中央财政资金800万元", [["800万元"], ["3.2万亩"]], [P, C, "figure", "done"])
single("zh", 2, 1, "代表想在安溪再建一个国家级的茶叶检测中心，部里同意了吗？", "暂不考虑新设", [["暂不考虑新设"]], [P, C, "declined"])
single("zh", 3, 1, "种茶的想让中央像对稻谷小麦那样直接补保险费，行不行？", "的建议暂不能采纳", [["暂不能采纳"]], [P, C, "declined"])
single("zh", 4, 2, "磐安种药材的地一共有多大？一年能收多少吨？", "2022年磐安县中药材种植面积约8.6万亩", [["8.6万亩"], ["2.1万吨"]], [P, C, "figure"])
single("zh", 5, 2, "白术那个价格保险，保费政府出几成，药农自己掏几成？", "保费由省、县两级财政补贴70%", [["70%"], ["30%"]], [P, C, "rate"])
single("zh", 6, 2, "委员说让省里把中药材收储起来稳住价钱，农业农村厅怎么回的？", "由政府收储调节价格既缺乏政策依据", [["暂不采纳"], ["缺乏政策依据"]], [P, C, "declined", "reason"])
single("zh", 7, 3, "北流那些陶瓷厂烧煤的窑已经换了多少条？一共补了多少钱？", "全市已完成改造窑炉86条", [["86条"], ["258万元"]], [P, C, "figure", "done"])
single("zh", 8, 3, "代表想让新找到的瓷土矿直接给本地大厂，为啥不行？", "此项建议无法采纳", [["无法采纳"], ["招标、拍卖、挂牌"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "陶瓷厂的产品送去检测，以后要等几天？啥时候能用上？", "企业送检周期可由目前的7天缩短为2天", [["2天"], ["2021年10月"]], [P, C, "figure", "date", "plan"])
single("zh", 10, 4, "文港那边做毛笔的一年能做多少支？在全国占多大份额？", "年产毛笔约5.2亿支", [["5.2亿支"], ["七成"]], [P, C, "figure"])
single("zh", 11, 4, "从文港寄一支毛笔，快递费现在多少钱？", "毛笔快递单件资费由原来的8元降至4.5元", [["4.5元"]], [P, C, "rate", "done"])
single("zh", 12, 4, "委员建议县里拿两千万搞个毛笔基金，商务局答应了没有？", "目前暂不具备设立条件", [["暂不具备设立条件"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "镇上修年画街花了多少钱？铺了多长的石板路？", "镇政府今年筹措资金48万元", [["48万元"], ["360米"]], [P, C, "figure", "done"])
single("zh", 14, 5, "在岳飞庙门口的广场上摆年画摊，为啥不让？", "不宜设置固定摊位", [["无法采纳"], ["省级文物保护单位", "文物保护范围"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "做年画的传承人一年能领多少补贴？第一批有几个人领到了？", "每人每年发放传承补贴2400元", [["2400元"], ["9人"]], [P, C, "rate", "figure", "done"])
single("zh", 16, 6, "老蟹塘改造，一亩补多少钱？去年改了多少亩？", "按每亩1500元给予补助", [["1500元"], ["1.6万亩"]], [P, C, "rate", "figure", "done"])
single("zh", 17, 6, "委员想让政府给螃蟹定个最低价，区里怎么说？", "由政府统一规定最低价格缺乏法律依据", [["不予采纳"], ["缺乏法律依据"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "养螃蟹上保险，保费区里出多少？去年保了多少亩？", "保险费由区财政补贴60%", [["60%"], ["5.4万亩"]], [P, C, "rate", "figure"])
single("zh", 19, 7, "一百多年的老茶树，保靖登记了多少株？大多长在哪个村？", "共登记树龄百年以上的黄金茶古茶树2870株", [["2870株"], ["黄金村"]], [P, C, "figure", "where"])
single("zh", 20, 7, "想把葫芦镇的公益林改种茶叶，林业局批不批？", "我局无权批准", [["无权批准"], ["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "在茶园边上搞林下养蜂，一亩能补多少？要多大规模才能申请？", "每亩补助300元", [["300元"], ["50亩"]], [P, C, "rate", "rule"])
single("zh", 22, 8, "代表想让政府出钱把石桥村的老木房全翻修一遍，住建局怎么答复的？", "远超我县承受能力", [["无法采纳"], ["4000万元", "远超我县承受能力"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "在村口河滩上修个大停车场，为什么不行？", "不得新建大型停车设施", [["不予采纳"], ["核心保护范围"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "石桥村新建的污水设施一天能处理多少？什么时候能用？", "日处理能力30吨", [["30吨"], ["8月底"]], [P, C, "figure", "date", "done"])
single("zh", 25, 9, "鸡黍镇种了多少万亩大蒜？能产多少万吨鲜蒜？", "鸡黍镇　　8.6", [["8.6"], ["11.8"]], [P, C, "figure", "table"])
single("zh", 26, 9, "委员想让县里给大蒜定个保底的收购价，农业局答应没？", "县级政府无权设定最低收购价", [["不能采纳"], ["无权设定最低收购价"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "大蒜价格保险是在哪几个镇试的？保费县里出多少？", "启动大蒜目标价格保险试点", [["卜集镇"], ["胡集镇"], ["50%"]], [P, C, "where", "rate"])
single("zh", 28, 10, "绩溪现在有几家做徽墨的？一年做多少吨墨？", "目前全縣共有徽墨生產企業和作坊11家", [["11家"], ["180噸"]], [P, C, "figure"])
single("zh", 29, 10, "墨厂想自己上山砍松树烧烟，县里为啥不让？", "該建議不能採納", [["不能採納"], ["生態公益林", "松材線蟲病"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "墨厂买环保的炼烟设备，县里按几成补？一家最多补多少？", "按設備投資額的20%給予補助", [["20%"], ["10萬元"]], [P, C, "rate", "rule"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "In the 2018 routine monitoring of Anxi tea, how many samples were tested and what share passed?", "共抽检茶叶样品1260批次", [["1260批次"], ["99.2%"]], [E, "figure", "done"])
single("en", 2, 1, "How much did the agriculture ministry allocate in 2019 to conserve tea germplasm such as Tieguanyin in the Anxi nursery?", "2019年安排保护经费120万元", [["120万元"]], [E, "figure", "done"])
single("en", 3, 2, "How many daodi medicinal herb production bases in Pan'an passed certification in 2022, and how much provincial subsidy did each base get?", "磐安县有12个基地通过认定", [["12个"], ["30万元"]], [E, "figure", "rate", "done"])
single("en", 4, 2, "How many livestream selling sessions did Pan'an herb growers and firms hold in 2022, and what were the online sales?", "开展直播带货46场", [["46场"], ["1.8亿元"]], [E, "figure", "done"])
single("en", 5, 3, "How many daily-use ceramics makers does Beiliu have, and how many pieces did the city produce in 2020?", "目前全市共有日用陶瓷生产企业54家", [["54家"], ["32亿件"]], [E, "figure"])
single("en", 6, 3, "How much land is planned for phase two of the Beiliu ceramics industrial park, and how much of it has completed farmland conversion?", "陶瓷产业园二期规划用地420亩", [["420亩"], ["180亩"]], [E, "figure"])
single("en", 7, 4, "How much can a Wengang brush shop borrow under the county's credit loan for brush sellers, and how much had been lent by the end of June?", "单户最高可贷30万元", [["30万元"], ["2140万元"]], [E, "figure", "rule", "done"])
single("en", 8, 4, "According to the Jinxian commerce bureau, who handles export tax rebates for brush exporters?", "出口退税由税务部门负责办理", [["税务部门", "县国税局"]], [E, "who", "declined"])
single("en", 9, 5, "How many woodblock New Year picture workshops are there in Zhuxian town, and what were their sales in 2013?", "目前全镇共有年画作坊23家", [["23家"], ["1100万元"]], [E, "figure"])
single("en", 10, 5, "How many stalls will the new New Year picture market on the east bank of the Yunliang River have, and when should it open?", "规划摊位80个", [["80个"], ["2015年春节前"]], [E, "figure", "date", "plan"])
single("en", 11, 6, "How many tail-water purification areas has Gaochun built for crab ponds, and how much farming area do they cover?", "全区已建成养殖尾水生态净化区34处", [["34处"], ["9.2万亩"]], [E, "figure", "done"])
single("en", 12, 6, "Where will the Guchenghu crab trading centre be built, and in which year's district key projects is it listed?", "区政府已将固城湖螃蟹交易中心列入2023年区级重点项目", [["砖墙镇"], ["2023年"]], [E, "where", "plan"])
single("en", 13, 7, "How many forest-land use applications for new Baojing golden tea gardens did the forestry bureau handle in 2019, and covering how much area?", "我局共为黄金茶新建茶园办理使用林地手续14宗", [["14宗"], ["2160亩"]], [E, "figure", "done"])
single("en", 14, 7, "How many mu of ecological shelter forest will the Baojing forestry bureau plant around the tea areas, and over which years?", "营造生态防护林1200亩", [["1200亩"], ["2020年至2021年"]], [E, "figure", "plan"])
single("en", 15, 8, "How much has been invested in protecting Shiqiao village as a traditional village, and how many fire hydrants were installed?", "累计投入资金约310万元", [["310万元"], ["24个"]], [E, "figure", "done"])
single("en", 16, 8, "How many wooden houses are there in Shiqiao village in Danzhai?", "石桥村现有木结构民居186栋", [["186栋"]], [E, "figure"])
single("en", 17, 9, "How many cold stores for garlic does Jinxiang have, and what is their total capacity?", "全县现有大蒜冷库约2600座", [["2600座"], ["300万吨"]], [E, "figure"])
single("en", 18, 9, "How many e-commerce firms are in the e-commerce park at the Jinxiang international garlic market, and what were the county's online garlic sales in 2017?", "入驻电商企业126家", [["126家"], ["14亿元"]], [E, "figure"])
single("en", 19, 10, "How many students enrolled in the first Huimo ink-making class at the Jixi vocational high school, and who teaches them?", "首屆招收學員30人", [["30人"], ["省級代表性傳承人"]], [E, "figure", "who", "done"])
single("en", 20, 10, "How large will the Huimo ink exhibition hall in Jixi be, and by when should it open?", "展廳面積約400平方米", [["400平方米"], ["2018年10月前"]], [E, "figure", "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复安溪铁观音那条建议时，和哪些部门商量过？", "经商财政部", [["财政部"], ["国家市场监督管理总局"]], [M, "lang:zh", "co-handlers"])
single("metadata", 2, 2, "On what date was the Zhejiang agriculture department's reply on the Pan'an herb proposal written (not published)?", "成文日期：2023-07-14", [["2023-07-14"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "北流陶瓷那条建议，是哪两个单位联合答复的？", "=北流市工业和信息化局　　北流市自然资源局", [["北流市工业和信息化局"], ["北流市自然资源局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 4, "进贤县商务局答复文港毛笔那件提案，成文日期是哪天？", "[ 成文日期 ] | 2016-07-22", [["2016-07-22"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "朱仙镇政府答复年画那条建议，落款日期是哪天？", "=二〇一四年八月二十六日", [["二〇一四年八月二十六日"]], [M, "lang:zh", "date"])
single("metadata", 6, 6, "Which CPPCC session and proposal number does the Gaochun agriculture bureau's reply on Guchenghu crabs answer?", "=关于区政协十三届二次会议第0147号提案的答复", [["十三届二次会议"], ["第0147号"]], [M, "lang:en", "proposal-number"])
single("metadata", 7, 7, "保靖县林业局关于黄金茶提案的会办意见，是发给哪个单位的？", "=县农业农村局：", [["县农业农村局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 8, 8, "Which people's congress deputy made the suggestion on Shiqiao village that the Danzhai housing bureau answered?", "=杨秀梅代表：", [["杨秀梅"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What did the agriculture ministry say about protecting Anxi's tea varieties and brand?", "How much is it putting into the Anxi geographical indication protection project in 2019?"],
      "支持安溪开展核心产区标准化生产和质量追溯体系建设", [["300万元"]], ["lang:en", "follow-up", "figure"])
turns(2, 3, ["北流的陶瓷厂招不到熟练工，市里有啥办法？", "那个订单班今年秋天招多少学生？企业新招本地工人有啥补贴？"],
      "2021年秋季招生120人", [["120人"], ["500元"]], ["lang:zh", "follow-up", "figure", "plan"])
turns(3, 5, ["朱仙镇政府对年画进校园是怎么答复的？", "现在有多少学生参加？一周上几节？"],
      "目前参加学生约320名", [["320名"], ["每周1节"]], ["lang:zh", "follow-up", "figure", "done"])
turns(4, 6, ["What is Gaochun doing to bring young people into crab farming?", "How many young crab farmers will be trained this year, and how much extra per mu do operators under 40 get for building standard ponds?"],
      "在标准化改造补助基础上每亩再增加300元", [["200人"], ["300元"]], ["lang:en", "follow-up", "figure", "rate"])
turns(5, 9, ["金乡县农业局在大蒜种子上做了啥？", "那个繁育基地有多大？用了以后亩产能提高多少？"],
      "建设脱毒蒜种繁育基地3200亩", [["3200亩"], ["15%"]], ["lang:zh", "follow-up", "figure", "done"])
turns(6, 10, ["What did the Jixi county economic commission say about selling Huimo ink?", "How many online shops do the ink makers run, and what were their online sales in 2016?"],
      "目前全縣徽墨企業開設網店15家", [["15家"], ["2300萬元"]], ["lang:en", "follow-up", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [4, 5, 8, 10], "哪些答复函提到了非物质文化遗产？分别是什么手艺？",
      [["文港毛笔制作技艺"], ["朱仙镇木版年画"], ["皮纸制作技艺", "古法造纸"], ["徽墨製作技藝"]], ["lang:zh", "theme:intangible-heritage"])
multi(2, [4, 5, 8, 10], "Which replies mention intangible cultural heritage, and at what level is each item listed?",
      [["省级非物质文化遗产", "文港毛笔"], ["木版年画"], ["皮纸", "古法造纸"], ["徽墨"]], ["lang:en", "theme:intangible-heritage"])
multi(3, [1, 6, 7, 9], "各地答复里，哪些提到了地理标志？涉及什么产品？",
      [["安溪铁观音"], ["固城湖螃蟹"], ["保靖黄金茶"], ["金乡大蒜"]], ["lang:zh", "theme:geographical-indication"])
multi(4, [1, 6, 7, 9], "Which replies mention geographical indications, and what kind of protection or registration does each describe?",
      [["农产品地理标志"], ["证明商标"], ["保靖黄金茶"], ["国家地理标志产品"]], ["lang:en", "theme:geographical-indication"])
multi(5, [2, 6, 9], "哪几份答复提到了直播卖货？各搞了多少场或者培训了多少人？",
      [["46场"], ["520人次"], ["12场"]], ["lang:zh", "theme:livestreaming"])
multi(6, [2, 6, 9], "Which replies mention livestream selling, and what online sales figures do they give?",
      [["1.8亿元"], ["6.3亿元"], ["14亿元"]], ["lang:en", "theme:livestreaming"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "安溪虎邱镇建了多少亩生态茶园示范片？", "The 3.2万亩 demonstration area is in 感德镇, 祥华乡, 剑斗镇 and other places; 虎邱镇 is never named.", "another-place", "zh"),
 (1, "安溪铁观音现在一斤卖多少钱？", "Only output (6.8万吨 of raw tea) and area; no price.", "price-not-stated", "zh"),
 (1, "What was Anxi's tea garden area in 2017?", "Only 2018's 60万亩 is given.", "another-year", "en"),
 (2, "尚湖镇种了多少亩中药材？", "8.6万亩 county-wide; 新渥街道, 尚湖镇 and 玉山镇 are named as main areas with no split.", "part-of-stated-total", "zh"),
 (2, "磐安的白术收购价现在一斤多少钱？", "A price-index insurance for 白术 is described, but no price of 白术.", "price-not-stated", "zh"),
 (2, "How many mu of medicinal herbs are grown in neighbouring Dongyang?", "Only Pan'an's 8.6万亩; Dongyang is never named.", "another-place", "en"),
 (3, "岑溪有多少家日用陶瓷企业？", "Only Beiliu's 54 firms; 岑溪 is never named.", "another-place", "zh"),
 (3, "北流陶瓷产业园二期总投资是多少？", "Only the planned land (420亩, 180亩 converted); no investment figure.", "cost-not-stated", "zh"),
 (3, "How much does the new ceramics testing station in Beiliu charge per sample?", "The station, its tests and the 2-day turnaround are given; no fee.", "price-not-stated", "en"),
 (4, "文港一支毛笔出厂价一般多少钱？", "5.2亿支 a year and the 4.5元 parcel fee; no brush price.", "price-not-stated", "zh"),
 (4, "李渡镇有多少家卖毛笔的网店？", "3100 shops in 文港镇; 李渡镇 is never named.", "another-place", "zh"),
 (4, "How many online shops did Wengang have in 2014?", "Only the present 3100 (and a target of 4000 for 2017).", "another-year", "en"),
 (5, "尉氏县有多少家年画作坊？", "23 workshops in 朱仙镇; 尉氏 is never named.", "another-place", "zh"),
 (5, "朱仙镇新停车场建好以后，停一次车收多少钱？", "150 spaces, land procedures under way; no fee.", "price-not-stated", "zh"),
 (5, "How many tourists visited Zhuxian town in 2013?", "The 3万人次 are visitors to the 2014 Spring Festival fair; no 2013 visitor count.", "another-year", "en"),
 (6, "溧水区养了多少亩螃蟹？", "Only Gaochun's 16.8万亩; 溧水 is never named.", "another-place", "zh"),
 (6, "固城湖螃蟹现在多少钱一斤？", "Output value (28亿元) and online sales; a floor price is declined; no price.", "price-not-stated", "zh"),
 (6, "How many crab-farming households are there in Yangjiang town?", "8600 households district-wide; no split by town.", "part-of-stated-total", "en"),
 (7, "古茶树复壮保护是请哪家单位来做的？", "15万元 for 96 trees is given; no contractor or research body is named.", "who-not-stated", "zh"),
 (7, "古丈县登记了多少株古茶树？", "Only Baojing's 2870; 古丈 is never named.", "another-place", "zh"),
 (7, "What is the forest vegetation restoration fee per square metre for new tea gardens in Baojing?", "The fee is charged 按规定标准; no rate is given.", "rate-not-stated", "en"),
 (8, "石桥村一张手工皮纸卖多少钱？", "Paper-making is described; no price.", "price-not-stated", "zh"),
 (8, "南皋乡旅游停车场停车收费吗？一次多少钱？", "The car park's distance (800米) is given; nothing about fees.", "price-not-stated", "zh"),
 (8, "How many tourists visited Shiqiao village in 2024?", "No visitor count at all.", "count-not-stated", "en"),
 (9, "金乡大蒜今年的收购价一斤多少钱？", "Prices are left to the market and a weekly price report exists; no price.", "price-not-stated", "zh"),
 (9, "鱼台县种了多少亩大蒜？", "Only Jinxiang's towns; 鱼台 is never named.", "another-place", "zh"),
 (9, "How many mu of garlic are grown in Wangpi subdistrict of Jinxiang?", "王丕街道 is not named; it would sit inside 其他镇（街道） 12.8万亩.", "part-of-stated-total", "en"),
 (10, "一锭徽墨一般卖多少钱？", "180 tons of ink sticks and 1.2亿元 sales; no price.", "price-not-stated", "zh"),
 (10, "上庄镇有几家做徽墨的？", "11 makers county-wide, mainly in 華陽鎮 and 上莊鎮; no split.", "part-of-stated-total", "zh"),
 (10, "How many Huimo ink makers are there in Tunxi?", "Only Jixi's 11; Tunxi is never named.", "another-place", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa26.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
