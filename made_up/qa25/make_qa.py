#!/usr/bin/env python3
"""Generate qa25.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa25.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q25-{n:02d}.txt"


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
    rows.append({"id": f"q25-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q25-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q25-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q25-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "若羌那边红枣种了多少亩？一年能收多少吨？", "2019年若羌县红枣种植面积约18.6万亩", [["18.6万亩"], ["11.4万吨"]], [P, C, "figure"])
single("zh", 2, 1, "代表想在若羌搞个国家级的红枣交易市场，部里答应了吗？为啥？", "该项建议暂难采纳", [["暂难采纳"], ["没有支持单一品种交易市场建设的资金渠道", "市场化原则"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "合作社在若羌盖保鲜库，中央财政最多能补几成？", "中央财政按不超过设施造价30%的比例给予补助", [["30%"]], [P, C, "rate"])
single("zh", 4, 2, "隰县的玉露香梨现在种了多大面积？去年产值多少？", "隰县玉露香梨种植面积约21.3万亩", [["21.3万亩"], ["12.4亿元"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让省里免费发梨树苗，农业农村厅怎么说？", "由政府统一免费供应不符合现行政策", [["不能采纳"], ["不符合现行政策"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "玉露香梨上收入保险，保费省里出几成？果农自己掏多少？", "省级财政承担保费的40%", [["40%"], ["果农自缴30%"]], [P, C, "rate", "done"])
single("zh", 7, 3, "石柱黄连现在种着多少亩？一年出多少干货？", "全县黄连在地面积约4.6万亩", [["4.6万亩"], ["2800吨"]], [P, C, "figure"])
single("zh", 8, 3, "代表想让县里拿钱成立个黄连收储公司兜底，县里同意没？", "该建议不能采纳", [["不能采纳"], ["不具备条件", "市场风险高"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "种黄连的人买热风烘干机，一台补多少钱？已经补了几台？", "对种植户购置的每台设备补助1200元", [["1200元"], ["64台"]], [P, C, "rate", "done"])
single("zh", 10, 4, "武强做年画的作坊和企业有多少家？一年卖多少钱？", "目前全县从事年画印制、装裱和销售的作坊及企业37家", [["37家"], ["6800万元"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让县里每年拿500万搞年画基金，县里今年实际给了多少？", "今年县财政在文化产业引导资金中安排年画扶持资金80万元", [["80万元"]], [P, C, "declined", "figure"])
single("zh", 12, 4, "年画传承人带徒弟，省级的一年补多少？", "每年分别给予3000元、2000元、1000元的传习补助", [["3000元"]], [P, C, "rate"])
single("zh", 13, 5, "明月村现在有多少家民宿？能住多少人？", "民宿41家、床位380张", [["41家"], ["380张"]], [P, C, "figure"])
single("zh", 14, 5, "明月村扩建的停车场能多停多少辆车？啥时候能用？", "新增停车位160个", [["160个"], ["10月底前"]], [P, C, "figure", "date", "plan"])
single("zh", 15, 5, "代表想在明月村盖个大的游客中心，镇里为啥不同意？", "该建议无法采纳", [["永久基本农田"], ["无法采纳"]], [P, C, "declined", "reason"])
single("zh", 16, 6, "双阳现在养着多少只梅花鹿？一年产多少鹿茸？", "全区梅花鹿存栏约21.6万只", [["21.6万只"], ["180吨"]], [P, C, "figure"])
single("zh", 17, 6, "委员想让区里按每只鹿每年补50块防疫钱，农业农村局怎么答的？", "区级财力难以承担", [["暂不能采纳"], ["1000余万元", "区级财力难以承担"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "鹿乡镇的鹿产品市场进了多少家商户？一年成交多少钱？", "入驻经营户320户", [["320户"], ["19亿元"]], [P, C, "figure", "done"])
single("zh", 19, 7, "拿印的唐卡冒充手绘的卖，2015年查了几起？罚了多少？", "查处以印刷品、喷绘品冒充手绘唐卡销售的案件7起", [["7起"], ["4.3万元"]], [P, C, "figure", "done"])
single("zh", 20, 7, "提案想给每幅唐卡发个防伪身份证，工商局为啥不办？", "不属于我局法定职责", [["不属于我局法定职责"], ["无法单独实施"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "同仁县做唐卡的个体户和企业登记了多少家？", "全县登记从事唐卡绘制和销售的个体工商户468户", [["468户"], ["39家"]], [P, C, "figure"])
single("zh", 22, 8, "代表想在飞船着陆场里头建个航天主题公园，旅游局咋说？", "我局也无权在该区域规划旅游项目", [["无法采纳"], ["不属于我局职权范围"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "牧家乐评上星级了，旗里奖励多少钱？", "每户最高2万元", [["2万元"]], [P, C, "figure", "rule"])
single("zh", 24, 8, "从乌兰花坐车去格根塔拉，一天有几班？", "每日往返3班", [["3班"]], [P, C, "figure"])
single("zh", 25, 9, "香水镇养了多少头牛？多少户在养？", "香水镇　　2860", [["31200"], ["2860"]], [P, C, "figure", "table"])
single("zh", 26, 9, "给配种员改良一头母牛补多少钱？去年改良了多少头？", "对配种员按每改良1头母牛60元的标准给予技术服务补助", [["60元"], ["4.2万头"]], [P, C, "rate", "done"])
single("zh", 27, 9, "代表想让县里每头能繁母牛一年补一千，县里答应没？", "县级财力无法承担", [["暂不能采纳"], ["5000余万元", "县级财力无法承担"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "绥棱做黑陶的作坊企业有多少家？2013年产值多少？", "目前全縣有黑陶生產作坊和企業21家", [["21家"], ["2600萬元"]], [P, C, "figure"])
single("zh", 29, 10, "委员想让县里设个300万的黑陶专项资金，文广局咋回的？", "暫無法採納", [["暫無法採納"], ["縣級財力限制"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "黑陶产业园打算建在哪？啥时候开工？", "選址在上集鎮", [["上集鎮"], ["2015年5月"]], [P, C, "where", "date", "plan"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much subsidy per mu did the standardised jujube demonstration orchards in Ruoqiang get in 2019, and how many mu were assigned?", "按每亩400元的标准给予补助", [["400元"], ["2.5万亩"]], [E, "rate", "done"])
single("en", 2, 1, "What were Ruoqiang county's online retail sales of red dates in 2019?", "2019年全县红枣网络零售额达到7.8亿元", [["7.8亿元"]], [E, "figure"])
single("en", 3, 2, "How much provincial money did Xixian receive in 2020 for soil improvement and organic fertiliser, and how many mu of organic fertiliser substitution were completed?", "安排隰县资金1800万元", [["1800万元"], ["3.6万亩"]], [E, "figure", "done"])
single("en", 4, 2, "Why will the Shanxi agriculture department not set up a provincial Yuluxiang pear research institute?", "此项建议暂不采纳", [["机构编制"], ["暂不采纳"]], [E, "declined", "reason"])
single("en", 5, 3, "How many batches of Coptis samples did the Shizhu market regulator test in the first half of 2022, and how many failed?", "共抽检市场和药店黄连样品86批次", [["86批次"], ["3批次"]], [E, "figure", "done"])
single("en", 6, 3, "How many fixed stalls does the rebuilt Coptis market in Huangshui have, and how much dried Coptis was traded there from January to June?", "设置固定摊位120个", [["120个"], ["1150吨"]], [E, "figure", "done"])
single("en", 7, 4, "How many school study-tour groups and pupils did the Wuqiang New Year print museum receive in 2018?", "2018年接待中小学研学团队146批次", [["146批次"], ["1.1万人次"]], [E, "figure", "done"])
single("en", 8, 4, "How many old printing blocks have been scanned in Wuqiang so far, and by when should all be done?", "目前已完成扫描建档1860块", [["1860块"], ["今年年底前"]], [E, "figure", "plan"])
single("en", 9, 5, "How much money did Ganxi town obtain for the sewage station in Mingyue village, and how much can it treat per day?", "镇政府争取到县级农村人居环境整治资金95万元", [["95万元"], ["150吨"]], [E, "figure", "plan"])
single("en", 10, 5, "How many visitors did Mingyue village receive in 2022, and how many pottery studios does it have?", "目前村内有陶艺工作室23家", [["21万人次"], ["23家"]], [E, "figure"])
single("en", 11, 6, "How many deer were bred with improved semen in Shuangyang in 2023, and what was the conception rate?", "向养殖户推广优质种公鹿冻精和鲜精配种1.4万只", [["1.4万只"], ["86%"]], [E, "figure", "done"])
single("en", 12, 6, "According to the Shuangyang reply, who decides whether deer antler is managed as a substance that is both food and medicine?", "由国家卫生健康委会同有关部门确定", [["国家卫生健康委"]], [E, "who", "declined"])
single("en", 13, 7, "When was the Regong Thangka geographical indication certification mark approved?", "该商标已于2015年9月获国家工商总局商标局核准注册", [["2015年9月"]], [E, "date", "done"])
single("en", 14, 7, "How many inspections of thangka sellers did the Tongren industry and commerce bureau carry out in 2015?", "开展检查312户次", [["312户次"]], [E, "figure", "done"])
single("en", 15, 8, "How many visitors did Siziwang Banner receive in 2016, and what was its tourism revenue?", "2016年全旗接待游客约68万人次", [["68万人次"], ["6.1亿元"]], [E, "figure"])
single("en", 16, 8, "How many herder households took part in the homestay and herder-inn training run by the Siziwang Banner tourism bureau?", "培训牧户86户", [["86户"]], [E, "figure", "done"])
single("en", 17, 9, "How big is the new cold store built for the beef processing firm in Xiangshui, and when did it start operating?", "库容约1500吨", [["1500吨"], ["今年3月"]], [E, "figure", "date", "done"])
single("en", 18, 9, "How much live-cattle mortgage lending was issued in Jingyuan in 2024, and how many households benefited?", "贷款1.6亿元", [["1.6亿元"], ["2300余户"]], [E, "figure", "done"])
single("en", 19, 10, "How many study-tour groups of school pupils did the Suileng black pottery exhibition hall receive in the first half of 2014, and how many visits was that?", "共接待中小學生研學活動28批次", [["28批次"], ["1900餘人次"]], [E, "figure", "done"])
single("en", 20, 10, "How many students were enrolled in the first black pottery class at the Suileng vocational education centre?", "首批招收學員35名", [["35名"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复若羌红枣那条建议，文号是多少？", "=农复议〔2020〕261号", [["农复议〔2020〕261号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Shanxi agriculture department's reply on the Xixian pear proposal published online?", "发布日期：2021年07月20日", [["2021年07月20日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "石柱黄连那份答复，是哪两家单位联合答复的？", "=石柱土家族自治县农业农村委员会　　石柱土家族自治县市场监督管理局", [["石柱土家族自治县农业农村委员会"], ["石柱土家族自治县市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "甘溪镇对明月村那条建议的答复，落款日期是哪天？", "=二〇二三年六月十九日", [["二〇二三年六月十九日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "What is the document number of the Shuangyang agriculture bureau's reply on sika deer?", "=双农函〔2024〕37号", [["双农函〔2024〕37号"]], [M, "lang:en", "doc-number"])
single("metadata", 6, 7, "同仁县工商局关于唐卡提案的会办意见，是写给哪个单位的？", "=县文化体育旅游局：", [["县文化体育旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 9, "泾源县农业农村局答复黄牛那条建议，成文日期是哪天？", "[ 成文日期 ]", [["2025-06-20"]], [M, "lang:zh", "date"])
single("metadata", 8, 10, "Who made the proposal that the Suileng culture bureau answered about black pottery?", "=周淑芬委員：", [["周淑芬"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What did the agriculture ministry say about cold storage for Ruoqiang's red dates?", "How many cooperatives and family farms have applied, and how much new storage capacity is planned?"],
      "目前全县已有27家合作社和家庭农场完成申报", [["27家"], ["3.2万吨"]], ["lang:en", "follow-up", "figure", "plan"])
turns(2, 2, ["山西农业农村厅对隰县梨果的冷藏有什么打算？", "那要新建改造几座？啥时候弄完？"],
      "二是支持隰县新建和改造冷库20座", [["20座"], ["2022年底前"]], ["lang:zh", "follow-up", "figure", "date", "plan"])
turns(3, 4, ["What does the Wuqiang culture bureau plan for a New Year print street?", "How many shops will be renovated, and when is construction due to start?"],
      "规划改造临街商铺60间", [["60间"], ["2020年上半年"]], ["lang:en", "follow-up", "figure", "date", "plan"])
turns(4, 6, ["双阳区在打鹿产业品牌上有什么安排？", "标识和管理办法什么时候弄完？"],
      "我局计划今年9月底前完成", [["9月底前"]], ["lang:zh", "follow-up", "date", "plan"])
turns(5, 7, ["What does the Tongren industry and commerce bureau say about random checks on thangka sellers?", "What share of sellers will be checked this year?"],
      "抽查比例不低于经营户总数的20%", [["20%"]], ["lang:en", "follow-up", "rate", "plan"])
turns(6, 8, ["四子王旗旅游局对搞个航天科普展馆有什么想法？", "大概要花多少钱？钱打算从哪来？"],
      "所需经费约35万元", [["35万元"], ["自治区旅游发展专项资金"]], ["lang:zh", "follow-up", "figure", "plan"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 2, 9], "哪些答复函提到了建冷库？各是怎么说的？",
      [["产地冷藏保鲜整县推进试点"], ["冷库20座"], ["新建冷库1座"]], ["lang:zh", "theme:cold-storage"])
multi(2, [1, 2, 9], "Which replies mention building cold stores, and what storage capacities do they give?",
      [["3.2万吨"], ["1.5万吨", "9.7万吨"], ["1500吨"]], ["lang:en", "theme:cold-storage"])
multi(3, [5, 6, 8], "各地答复里，哪些讲到了民宿？都说了些啥？",
      [["民宿41家"], ["民宿17家"], ["牧民民宿和牧家乐经营培训班"]], ["lang:zh", "theme:homestays"])
multi(4, [5, 6, 8], "Which replies talk about homestays, and what figures do they give?",
      [["380张"], ["36万人次"], ["86户"]], ["lang:en", "theme:homestays"])
multi(5, [4, 8, 10], "哪几份答复函提到了研学？分别是什么情况？",
      [["146批次"], ["420人"], ["28批次"]], ["lang:zh", "theme:study-tours"])
multi(6, [4, 8, 10], "Which replies mention study tours for pupils, and what do they say?",
      [["研学实践基地"], ["草原航天"], ["1900餘人次"]], ["lang:en", "theme:study-tours"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "若羌红枣现在收购价一公斤多少钱？", "Output (11.4万吨) and online sales only; prices are said to swing, no price is given.", "price-not-stated", "zh"),
 (1, "且末县的红枣种了多少亩？", "且末 (a neighbouring county) is not named; 18.6万亩 is 若羌's area.", "another-place", "zh"),
 (1, "How many mu of red dates are grown in Tieganliqi township?", "18.6万亩 over 若羌镇, 铁干里克乡, 瓦石峡镇, 吾塔木乡 and others; no split.", "part-of-stated-total", "en"),
 (2, "隰县玉露香梨一斤卖多少钱？", "Output (16.5万吨) and output value (12.4亿元) only; no price.", "price-not-stated", "zh"),
 (2, "午城镇种了多少亩玉露香梨？", "21.3万亩 county-wide; 午城镇 is named among towns with one orchard per village; no split.", "part-of-stated-total", "zh"),
 (2, "How much will the province pay towards each new cold store in Xixian?", "20 cold stores and 1.5万吨 are planned; no per-store subsidy or cost.", "money-not-stated", "en"),
 (3, "石柱干黄连现在一公斤收购价多少？", "Prices are said to have fallen; no price.", "price-not-stated", "zh"),
 (3, "西沱镇种了多少亩黄连？", "西沱 is not named; 4.6万亩 over 黄水, 冷水, 枫木 and other towns.", "another-place", "zh"),
 (3, "How much did rebuilding the Huangshui Coptis market cost?", "Its size (2800平方米, 120 stalls) and trade only; no cost.", "cost-not-stated", "en"),
 (4, "武强年画艺术节今年预算多少钱？", "The fifth festival is planned for October; 80万元 is the year's whole print fund, not a festival budget.", "cost-not-stated", "zh"),
 (4, "武强一张木版年画一般卖多少钱？", "Yearly sales (6800万元) only; no price.", "price-not-stated", "zh"),
 (4, "How many New Year print workshops are there in Zhouwo town?", "周窝 is not named; 37 workshops and firms county-wide.", "another-place", "en"),
 (5, "明月村的民宿住一晚多少钱？", "41 homestays, 380 beds, a price-display rule; no room rate.", "price-not-stated", "zh"),
 (5, "蒲江西来镇有多少家民宿？", "西来 is not named; the letter counts only 明月村's homestays.", "another-place", "zh"),
 (5, "How much does a pottery class at a Mingyue village studio cost?", "23 pottery studios; no fee.", "price-not-stated", "en"),
 (6, "鹿乡镇现在养了多少只梅花鹿？", "21.6万只 district-wide over 鹿乡镇, 齐家镇 and others; no split.", "part-of-stated-total", "zh"),
 (6, "奢岭街道有多少个养鹿场？", "奢岭 is not named; 186 large farms district-wide.", "another-place", "zh"),
 (6, "How much does a kilogram of deer antler sell for in Shuangyang?", "Output (180吨) and market turnover only; no price.", "price-not-stated", "en"),
 (7, "同仁一幅手绘唐卡一般卖多少钱？", "Counterfeits and registrations only; no price.", "price-not-stated", "zh"),
 (7, "吾屯村有多少个唐卡画师？", "About 2300 painters county-wide; 吾屯 is named as a selling area, with no count.", "part-of-stated-total", "zh"),
 (7, "How much were the four thangka sellers fined for misleading advertising?", "They were ordered to correct the wording; no fine (4.3万元 is 2015's counterfeit cases).", "money-not-stated", "en"),
 (8, "格根塔拉草原旅游区门票多少钱？", "41万 visitors are counted; nothing about tickets.", "price-not-stated", "zh"),
 (8, "四子王旗现在一共有多少户牧家乐？", "The subsidy would cost 近千万元 and 11 households were rewarded; the number of herder inns is not given.", "count-not-stated", "zh"),
 (8, "How many visitors did the Gegentala grassland area receive in 2015?", "Only 2016's 41万人次 is given.", "another-year", "en"),
 (9, "泾源黄牛现在一头能卖多少钱？", "Head counts and subsidies only; no price.", "price-not-stated", "zh"),
 (9, "华亭那边养了多少头肉牛？", "华亭 (a neighbouring county in 甘肃) is not named; the table covers 泾源's seven townships.", "another-place", "zh"),
 (9, "How many beef cattle did Jingyuan have in stock at the end of 2023?", "Only the end-2024 figures are given.", "another-year", "en"),
 (10, "绥棱的黑陶花瓶一个卖多少钱？", "Output value (2600萬元) and online sales only; no price.", "price-not-stated", "zh"),
 (10, "黑陶文化产业园总投资多少？", "A site (上集鎮), 80畝 and a start date only; no cost.", "cost-not-stated", "zh"),
 (10, "How many black pottery workshops are there in Shangji town?", "21 workshops and firms county-wide; 上集鎮 is only the park's site.", "part-of-stated-total", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa25.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
