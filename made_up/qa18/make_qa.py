#!/usr/bin/env python3
"""Generate qa17.jsonl. Each reference is cut out of its letter by a key: the whole sentence
holding the key (a sentence ends at 。！？ or a line break); for metadata, the whole line.
gold_section_keywords are the title of the top-level 一、 heading above the reference.
Kept for transparency; qa17.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters")))}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q18-{n:02d}.txt"


def sentence(f, key):
    t = LET[f]
    assert t.count(key) >= 1, (f, key)
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
    for l in LET[f].split("\n"):
        if (l.strip() == key[1:]) if exact else (key in l):
            return l.strip()
    raise KeyError((f, key))


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
    rows.append({"id": f"q18-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q18-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q18-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q18-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})
P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "边民走互市，一天带多少钱以内的东西不用交税？", "每人每日价值在8000元以下", [["8000元"]], [P, C, "figure", "rule"])
single("zh", 2, 1, "东兴那个互市加工试点，现在有几家厂子参加？一共加工了多少货？", "已有12家加工企业参与试点", [["12家"], ["1.7万吨"]], [P, C, "figure", "done"])
single("zh", 3, 1, "现在在东兴过互市排队要多久？以前要多久？", "单人通关时间由过去的约40分钟", [["8分钟"], ["40分钟"]], [P, C, "time", "done"])
single("zh", 4, 2, "浏阳大瑶镇有多少家花炮厂？去年查出来的隐患整改了百分之几？", "大瑶镇　　　118", [["118"], ["98.5%"]], [P, C, "figure", "table"])
single("zh", 5, 2, "省里给浏阳花炮厂搞机械化改造补了多少钱？按啥比例补？", "省级财政安排烟花爆竹安全改造补助资金8600万元", [["8600万元"], ["30%"]], [P, C, "figure", "rate"])
single("zh", 6, 2, "七八月份天热的时候，花炮厂能不能接着干活赶春节的单子？", "这一建议我们不能采纳", [["不能采纳"], ["高温时段停止涉药生产"]], [P, C, "reason", "declined"])
single("zh", 7, 3, "妈祖诞辰那几天，去湄洲岛的船一天跑了多少趟？拉了多少人？", "2023年4月高峰日共开行152个航次", [["152个航次"], ["3.1万人次"]], [P, C, "figure", "done"])
single("zh", 8, 3, "去湄洲岛的船票现在能提前约吗？在哪约？", "旅客可通过“湄洲岛智慧旅游”小程序", [["湄洲岛智慧旅游"], ["二维码"]], [P, C, "how", "done"])
single("zh", 9, 3, "文甲码头车停不下，今年春天想了啥办法？多了多少车位？", "今年春季我们协调在忠门镇临时启用两处停车场", [["忠门镇"], ["800个"]], [P, C, "figure", "done"])
single("zh", 10, 4, "在东阿买一头能下崽的母驴，县里补多少钱？", "对养殖户购买能繁母驴每头补贴1000元", [["1000元"]], [P, C, "figure", "rate"])
single("zh", 11, 4, "给母驴上保险，一头保多少钱？保费多少，自己得掏几成？", "保险金额每头8000元", [["8000元"], ["240元"], ["20%"]], [P, C, "figure", "rate"])
single("zh", 12, 4, "有委员想让县里拿1000万弄个毛驴产业基金，县里怎么说？", "目前暂无法设立", [["暂无法设立"]], [P, C, "reason", "declined"])
single("zh", 13, 5, "派潭镇这两年修了多少公里果园路？路有多宽？", "在主产村修建果园生产便道11.4公里", [["11.4公里"], ["3米"]], [P, C, "figure", "done"])
single("zh", 14, 5, "在派潭寄荔枝，省内寄一单多少钱？", "省内每单首重12元", [["12元"]], [P, C, "price"])
single("zh", 15, 5, "代表想让镇上按保底价把卖不掉的荔枝收了，镇里答应了没？", "这一做法无法实施", [["无法实施"]], [P, C, "reason", "declined"])
single("zh", 16, 6, "章丘大葱现在一共种了多少亩？核心产区多大？", "全区大葱种植面积12.5万亩", [["12.5万亩"], ["3.1万亩"]], [P, C, "figure"])
single("zh", 17, 6, "去年章丘查了几起冒充章丘大葱卖的案子？", "查处冒用“章丘大葱”名义销售的案件7起", [["7起"]], [P, C, "figure", "done"])
single("zh", 18, 6, "种大葱的，区里能不能一亩地补200块？", "这一建议暂不能采纳", [["暂不能采纳"]], [P, C, "declined"])
single("zh", 19, 7, "平遥古城里有多少个民居院子是文物保护单位？", "列入各级文物保护单位的民居院落有86处", [["86处"]], [P, C, "figure"])
single("zh", 20, 7, "文保民居的修缮方案交到文物局，多长时间能批下来？", "我局受理后在20个工作日内作出审批意见", [["20个工作日"]], [P, C, "time", "rule"])
single("zh", 21, 7, "2015年平遥文物局花了多少钱，修了几处民居？", "我局争取省级文物保护专项资金1200万元", [["1200万元"], ["21处"]], [P, C, "figure", "done"])
single("zh", 22, 8, "主簿到包家为啥开不了客车班线？", "经实地测量，两地之间的公路路面宽度只有4.5米", [["4.5米"], ["17处"]], [P, C, "reason", "declined"])
single("zh", 23, 8, "岳西70岁以上的老人坐农村客车能不能不要钱？", "这一建议我局不能采纳", [["不能采纳"]], [P, C, "declined"])
single("zh", 24, 8, "那现在主簿和包家之间有啥车能坐？哪几天有？", "投放7座小型客车2台", [["周二、周五"], ["7座"]], [P, C, "frequency", "done"])
single("zh", 25, 9, "鸣沙山骑骆驼多少钱一次？", "骑乘价格执行每人次100元的标准", [["100元"]], [P, C, "price"])
single("zh", 26, 9, "鸣沙山的骆驼一天最多拉几趟客？中午歇不歇？", "规定每峰骆驼每天载客不超过6趟", [["6趟"], ["12:30至15:30"]], [P, C, "figure", "rule"])
single("zh", 27, 9, "有委员想把骆驼压到1500峰以内，旅游局同意了没？", "目前暂不作调整", [["暂不作调整"]], [P, C, "declined"])
single("zh", 28, 10, "荆州现在登记在册的龙舟队有多少支？", "全市在市、县两级体育部门登记的龙舟队有186支", [["186支"]], [P, C, "figure"])
single("zh", 29, 10, "乡镇龙舟队代表荆州去省里比赛，市里补多少钱？去年补了几支队？", "每支给予2万元参赛补助", [["2万元"], ["11支"]], [P, C, "figure", "done"])
single("zh", 30, 10, "想在荆州建个龙舟博物馆，体育局是怎么回的？", "博物馆的规划建设由文化和旅游部门负责", [["文化和旅游部门负责"], ["转交市文化和旅游局"]], [P, C, "who", "declined"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many self-service declaration terminals did customs install in the Dongxing border trade zone?", "安装自助申报终端24台", [["24台"]], [E, "figure", "done"])
single("en", 2, 1, "By when is the mobile declaration system for border residents supposed to go live in Dongxing?", "2019年底前在东兴上线", [["2019年底前"]], [E, "date", "plan"])
single("en", 3, 2, "How many Liuyang fireworks companies have mechanized their dangerous processes, and by how many did frontline workers fall?", "已有215家企业完成危险工序机械化改造", [["215家"], ["6300人"]], [E, "figure", "done"])
single("en", 4, 2, "By when does Hunan's emergency management department plan to finish the Liuyang fireworks safety monitoring platform?", "2022年底前建成浏阳烟花爆竹安全监管信息平台", [["2022年底前"]], [E, "date", "plan"])
single("en", 5, 3, "Why did Putian turn down the idea of buying bigger passenger ferries for Meizhou Island?", "因文甲码头泊位水深有限", [["水深有限"], ["500人以上"]], [E, "reason", "declined"])
single("en", 6, 3, "How large will the expanded waiting hall at Wenjia pier be, and by when should it be done?", "候船面积由1800平方米扩大到3000平方米", [["3000平方米"], ["2024年妈祖诞辰高峰期前"]], [E, "figure", "plan"])
single("en", 7, 4, "Which university does Dong'e county work with on donkey artificial insemination, and what conception rate was reached?", "我局与聊城大学合作推广毛驴人工授精技术", [["聊城大学"], ["72%"]], [E, "who", "figure"])
single("en", 8, 4, "How many breeding jacks will Dong'e's donkey breeding centre keep?", "存栏种公驴60头", [["60头"]], [E, "figure", "plan"])
single("en", 9, 5, "How much cold storage did Paitan town build for lychees, and by how many days does pre-cooling extend sales?", "总库容600吨", [["600吨"], ["3至5天"]], [E, "figure", "done"])
single("en", 10, 5, "How many tonnes of lychees were sold online during Paitan's first lychee livestream festival?", "直播节期间通过电商渠道销售荔枝约1300吨", [["1300吨"]], [E, "figure", "done"])
single("en", 11, 6, "Which research institute does Zhangqiu work with on purifying scallion seed, and how big is the seed base?", "我局与山东省农业科学院合作", [["山东省农业科学院"], ["200亩"]], [E, "who", "figure"])
single("en", 12, 6, "How many online orders were placed during the Zhangqiu scallion festival?", "活动期间线上成交2.4万单", [["2.4万单"]], [E, "figure", "done"])
single("en", 13, 7, "How many craftsmen did Pingyao's traditional building classes train in 2015?", "培训工匠146人", [["146人"]], [E, "figure", "done"])
single("en", 14, 7, "In the Pingyao old-town housing proposal, is the heritage bureau the lead handler?", "我局作为会办单位", [["会办单位"], ["贵局主办", "县住建局"]], [E, "who"])
single("en", 15, 8, "Why can't Yuexi's transport bureau widen the Baojia to Zhubu road to 6.5 metres on its own?", "是否拓宽不属于我局能够决定的事项", [["不属于我局能够决定"], ["十三五"]], [E, "reason", "declined"])
single("en", 16, 8, "How do villagers book the minibus between Zhubu and Baojia?", "群众提前一天拨打电话即可预约", [["提前一天"]], [E, "how"])
single("en", 17, 9, "How many camels and camel-owning households were working at Mingsha Mountain at the end of 2012?", "景区参与经营的骆驼约2400峰", [["2400峰"], ["410户"]], [E, "figure"])
single("en", 18, 9, "How often will the vet station check the camels used for rides in Dunhuang?", "委托市畜牧兽医站每月对骑乘骆驼开展一次体检", [["每月"]], [E, "frequency", "plan"])
single("en", 19, 10, "How many dragon boats can moor at the new training pier on Changhu Lake, and do teams pay to use it?", "可停泊龙舟40条", [["40条"], ["免费"]], [E, "figure", "price"])
single("en", 20, 10, "When will Jingzhou hold its first dragon boat league, and how many stops will it have?", "今年9月举办首届荆州市龙舟联赛", [["今年9月"], ["6个分站"]], [E, "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "海关总署答复东兴互市那份建议，文号是多少？", "署监函〔2019〕96号", [["署监函〔2019〕96号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "湖南省应急管理厅这份提案答复的文号和签发人分别是？", "湘应急函〔2022〕41号", [["湘应急函〔2022〕41号"], ["龙建平"]], [M, "lang:zh", "doc-number", "signer"])
single("metadata", 3, 3, "Which two bodies signed the joint reply on pilgrim traffic to Meizhou Island?", "=莆田市交通运输局　莆田市文化和旅游局", [["莆田市交通运输局"], ["莆田市文化和旅游局"]], [M, "lang:en", "issuer", "joint"])
single("metadata", 4, 4, "东阿县农业农村局关于毛驴养殖那份答复是哪天在网上发布的？", "发布日期：2021-06-30", [["2021-06-30"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "派潭镇那份荔枝的答复，联系人和电话是？", "联系人及电话：黎永明", [["黎永明"], ["020-82851736"]], [M, "lang:zh", "contact"])
single("metadata", 6, 6, "What is the document number of Zhangqiu agriculture bureau's reply on scallion brand protection?", "章农提复〔2024〕9号", [["章农提复〔2024〕9号"]], [M, "lang:en", "doc-number"])
single("metadata", 7, 8, "Who signed off the Yuexi transport bureau's reply on buses between Zhubu and Baojia?", "签发人：储国庆", [["储国庆"]], [M, "lang:en", "signer"])
single("metadata", 8, 10, "荆州市体育局龙舟那份答复的文号是多少？办理类别是哪一类？", "荆体函〔2025〕17号", [["荆体函〔2025〕17号"], ["A类"]], [M, "lang:zh", "doc-number", "category"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["海关总署答复东兴互市那份建议，下一步打算做什么？", "第二条说的边民互助组，东兴现在有多少个？"],
      "目前东兴已组建边民互助组146个", [["146个"]], ["lang:zh", "follow-up", "figure"])
turns(2, 2, ["What has Hunan done about fireworks factory safety in Liuyang?", "And in the busy season before Spring Festival, how many inspection teams are stationed in Liuyang?"],
      "我厅派出4个督导组驻点浏阳", [["4个督导组"]], ["lang:en", "follow-up", "figure"])
turns(3, 4, ["东阿县给毛驴养殖户做了哪些事？", "技术服务那条里，有多少户跟阿胶企业签了订单？"],
      "县内阿胶企业与86户养殖户签订了订单收购协议", [["86户"]], ["lang:zh", "follow-up", "figure"])
turns(4, 6, ["What does Zhangqiu's agriculture bureau plan next for the scallion brand?", "And the first item: how will buyers trace where a box of scallions came from?"],
      "2024年底前在核心产区推行大葱“一箱一码”溯源", [["二维码"], ["一箱一码"]], ["lang:en", "follow-up", "how", "plan"])
turns(5, 7, ["平遥文物局对古城民居修缮提了哪些会办意见？", "那下一步跟住建局怎么配合？打算什么时候开始？"],
      "拟于今年下半年实行文物、住建两部门联合踏勘", [["今年下半年"], ["联合踏勘"]], ["lang:zh", "follow-up", "plan", "date"])
turns(6, 9, ["What has Dunhuang's tourism bureau done to regulate camel rides at Mingsha Mountain?", "On the safety point: what insurance do riders get, and for how much?"],
      "保险金额10万元", [["旅游意外伤害保险"], ["10万元"]], ["lang:en", "follow-up", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [4, 9], "哪几份答复提到了由政府或景区出面安排的保险？", [["能繁母驴保险", "能繁母驴养殖保险"], ["旅游意外伤害保险"]], ["lang:zh", "theme:insurance"])
multi(2, [5, 6], "Which replies mention selling farm produce through livestreaming?", [["荔枝直播节", "直播带货"], ["直播销售"]], ["lang:en", "theme:livestream"])
multi(3, [2, 8], "哪些答复专门讲到了春节前后的安排？", [["春节前的生产旺季"], ["春节前后外出务工人员"]], ["lang:zh", "theme:spring-festival"])
multi(4, [4, 6], "Which replies name a university or an academy of sciences as a partner?", [["聊城大学"], ["山东省农业科学院"]], ["lang:en", "theme:research-partners"])
multi(5, [2, 3, 7], "哪几份答复提到了消防方面的检查或设施？", [["消防救援总队"], ["消防和人员密集场所安全检查"], ["增设消防设施"]], ["lang:zh", "theme:fire-safety"])
multi(6, [3, 6, 9], "Which replies let people scan a QR code, and what is it for?", [["预约船票"], ["包装箱上的二维码"], ["二维码购票"]], ["lang:en", "theme:qr-code"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "东兴互市贸易区2019年上半年互市进出口额是多少？", "Only 2018's 98.6亿元 is given; no 2019 figure.", "another-year", "zh"),
 (1, "东兴每个边民互助组有多少名边民？", "The letter counts 146 groups and about 3.2万 border residents trading; it never says how many people a group has.", "figure-of-another-kind", "zh"),
 (1, "How much tariff revenue did the 8,000-yuan daily duty-free allowance cost the state in 2018?", "The allowance is stated; the revenue forgone is not.", "cost-not-stated", "en"),
 (2, "2021年省里给大瑶镇的花炮企业补了多少改造资金？", "8600万元 is for the four main towns together; no town's share is given.", "total-spread-over-places", "zh"),
 (2, "浏阳官渡镇有多少家烟花爆竹生产企业？", "Only 391 for Liuyang and four named towns are given; 官渡 is not mentioned.", "another-place", "zh"),
 (2, "How many minor accidents did Liuyang's fireworks factories have in 2021?", "The letter says only that no accident of the 较大 level or above happened.", "count-not-stated", "en"),
 (3, "从文甲码头坐船去湄洲岛，船票多少钱一张？", "The letter counts 14 ferries and sailings; no fare.", "price-not-stated", "zh"),
 (3, "2022年妈祖诞辰高峰日有多少人上了湄洲岛？", "Only the 2023 peak day (3.1万人次) is given.", "another-year", "zh"),
 (3, "How many visitors a day will be allowed onto Meizhou Island under the peak-day cap?", "A cap is only being studied (研究…总量控制); no number is set.", "plan-not-made", "en"),
 (4, "阿胶企业按订单收养殖户的驴，一头给多少钱？", "Only that 86 households signed order contracts; no price.", "price-not-stated", "zh"),
 (4, "牛角店镇现在存栏多少头毛驴？", "2.3万头 is county-wide; 牛角店镇 and 姚寨镇 are named without a split.", "part-of-scope", "zh"),
 (4, "How many breeding donkeys were insured in Dong'e in 2021?", "Only 2020's 5200 insured donkeys are given.", "another-year", "en"),
 (5, "派潭镇2017年荔枝产量有多少吨？", "Only this year's 9200吨 and '增加四成以上' are given; no exact 2017 figure.", "another-year", "zh"),
 (5, "派潭镇的荔枝冷库，果农存一吨要交多少钱？", "Capacity (600吨) and priority users are stated; no fee.", "cost-not-stated", "zh"),
 (5, "What was the lowest purchase price per jin for Paitan lychees this season?", "The letter says only that the price 一度走低.", "price-not-stated", "en"),
 (6, "绣惠街道种了多少亩大葱？", "3.1万亩 is the core area over three named subdistricts; no split.", "part-of-scope", "zh"),
 (6, "2022年章丘大葱种了多少亩？", "Only 2023's 12.5万亩 is given.", "another-year", "zh"),
 (6, "How much will the planned scallion trading market in Xiuhui cost to build?", "Only the plan and that the site is under study; no cost.", "cost-not-stated", "en"),
 (7, "平遥古城里不是文保单位的普通民居，修一处政府补多少钱？", "The heritage bureau says this subsidy is not its remit; no amount is given.", "money-of-other-level", "zh"),
 (7, "2016年平遥修缮了多少处文保民居？", "Only 2015's 21 courtyards are given.", "another-year", "zh"),
 (7, "How much money will Pingyao ask the National Cultural Heritage Administration for in 2017?", "Only that it will apply; 1200万元 is 2015's provincial money.", "money-not-stated", "en"),
 (8, "主簿和包家之间那两台预约小客车，坐一趟多少钱？", "Two 7-seat buses and the days are given; no fare.", "price-not-stated", "zh"),
 (8, "包家乡到主簿镇的路拓宽到6.5米要花多少钱？", "Widening is not planned or costed.", "cost-not-stated", "zh"),
 (8, "When will the road between Zhubu and Baojia be widened?", "It is not in the 十三五 plan; no widening is planned.", "plan-not-made", "en"),
 (9, "2013年鸣沙山骑骆驼的游客有多少？", "Only 2012's 68万人次 is given.", "another-year", "zh"),
 (9, "在鸣沙山养骆驼的人家一户一年能挣多少钱？", "The letter gives households, camels and the ride price; no income.", "figure-of-another-kind", "zh"),
 (9, "How many camels work at the Yadan scenic area near Dunhuang?", "Only Mingsha Mountain's 2400 camels are given; Yadan is not mentioned.", "another-place", "en"),
 (10, "公安县有多少支龙舟队？", "186 is city-wide; 公安县 is named without a figure.", "part-of-scope", "zh"),
 (10, "长湖龙舟邀请赛的冠军队拿了多少奖金？", "Teams, athletes and spectators are counted; no prize money (2万元 is a participation subsidy).", "money-of-another-kind", "zh"),
 (10, "How much did the Changhu dragon boat training pier cost to build?", "The pier and its 40 berths are stated; no cost.", "cost-not-stated", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa18.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
