#!/usr/bin/env python3
"""Generate qa24.jsonl (adapted from made_up/qa22/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa24.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q24-{n:02d}.txt"


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
    rows.append({"id": f"q24-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q24-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q24-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q24-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "邳州那些上百年的老银杏树一共有多少棵？五百岁以上的呢？", "邳州市现有树龄百年以上的古银杏1736株", [["1736株"], ["41株"]], [P, C, "figure"])
single("zh", 2, 1, "代表想把邳州的老银杏林整片划成国家级保护区，林草局答应了没有？为啥？", "不符合国家级自然保护区的划建条件", [["暂不能采纳"], ["不符合国家级自然保护区的划建条件", "散生于村庄"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "种银杏收果子、采叶子的林子，能不能拿公益林的补偿款？", "此项建议不能采纳", [["不属于公益林区划范围"], ["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "曹县2021年网上卖汉服一共卖了多少钱？做汉服的企业和网店有多少家？", "曹县汉服网络销售额约31亿元", [["31亿元"], ["2600余家"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让省里专门给汉服弄个产业基金，省商务厅怎么说？", "暂无为单一产品设立专项基金的计划", [["暂无为单一产品设立专项基金的计划"]], [P, C, "declined"])
single("zh", 6, 2, "在曹县给自己设计的汉服款式办版权登记，现在多少天能办下来？", "登记时限由原来的30个工作日缩短为10个工作日", [["10个工作日"]], [P, C, "figure", "done"])
single("zh", 7, 3, "邵东那些没进园区的家庭小作坊，代表想让再缓两年，政府同意吗？", "该建议不能采纳", [["不能采纳"], ["12月底前"]], [P, C, "declined", "reason", "date"])
single("zh", 8, 3, "打火机厂买自动化设备，市里按什么比例补？一家最多补多少？", "按设备投资额的15%给予补助", [["15%"], ["200万元"]], [P, C, "rate", "rule"])
single("zh", 9, 3, "整厂搬进打火机产业园的，一平米给多少搬迁补助？", "每平方米50元", [["50元"]], [P, C, "rate"])
single("zh", 10, 4, "萧县搞书画这一行的大概有多少人？一年能卖多少钱的字画？", "全县现有从事书画创作、装裱和经营的人员约1.3万人", [["1.3万人"], ["8亿元"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让县里每年拿一千万扶持书画，县里今年实际给了多少？", "今年县财政已安排书画产业扶持资金200万元", [["200万元"], ["暂难安排"]], [P, C, "declined", "figure"])
single("zh", 12, 4, "想在萧县搞个书画鉴定中心，文广局能不能批？", "不属于我局职责范围", [["省级文物主管部门"], ["不属于我局职责范围"]], [P, C, "declined", "who"])
single("zh", 13, 5, "羊楼洞那条老石板街，镇上花了多少钱修？修了多长？", "今年镇政府多方筹措资金86万元", [["86万元"], ["420米"]], [P, C, "figure", "done"])
single("zh", 14, 5, "代表想在古街里面搞个大的茶叶市场，镇里咋说？", "该建议无法采纳", [["无法采纳"], ["3至4米", "消防压力"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "古镇边上的停车场能停多少辆车？啥时候能用上？", "可设停车位210个", [["210个"], ["2015年春节前"]], [P, C, "figure", "date", "plan"])
single("zh", 16, 6, "2022年浦东改造老桃园改了多少亩？一亩补多少钱？", "2022年全区完成老桃园更新改造3100亩", [["3100亩"], ["8000元"]], [P, C, "figure", "rate", "done"])
single("zh", 17, 6, "委员想让政府给水蜜桃定个保底价，区农委同意吗？", "由政府统一定价缺乏政策依据", [["缺乏政策依据"], ["不宜采纳"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "培训过的那些年轻桃农，后来有多少当上了家庭农场或者合作社的头儿？", "两年来共培训青年桃农156人", [["42人"]], [P, C, "figure", "done"])
single("zh", 19, 7, "2015年在杨玘屯办的泥咕咕培训班，一共培训了多少人？每人补多少钱？", "在杨玘屯村举办泥咕咕制作技能培训班5期", [["260人"], ["600元"]], [P, C, "figure", "rate", "done"])
single("zh", 20, 7, "委员想给干了三十年泥咕咕的老艺人每月发点生活补贴，人社局怎么回的？", "我局无权设立", [["无权设立"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "做泥咕咕的个人想申请创业贷款，最多能贷多少？", "个人最高10万元", [["10万元"]], [P, C, "figure", "rule"])
single("zh", 22, 8, "代表建议修个看梯田的索道，县里为什么不干？", "远超县级财力", [["生态保护红线"], ["1.8亿元", "无法采纳"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "坚持种梯田的农户，代表想一亩一年补一千块，能给吗？", "设立这一补贴超出我局职权", [["超出我局职权"], ["难以承担"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "今年县文体旅游局在梯田景区花了多少钱？修了些什么？", "今年投入资金65万元", [["65万元"], ["6座", "观景台3处"]], [P, C, "figure", "done"])
single("zh", 25, 9, "平定镇种了多少亩化橘红？产值多少？", "平定镇　　28500", [["28500"], ["11.2"]], [P, C, "figure", "table"])
single("zh", 26, 9, "化橘红标准化示范基地，一亩补多少？一共多大面积？", "按每亩300元给予示范补助", [["300元"], ["3200亩"]], [P, C, "rate", "figure"])
single("zh", 27, 9, "委员想让政府给化橘红鲜果定个保护价收购，农业农村局答应没有？", "政府设定保护价缺乏依据", [["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "菇农把烧煤的烘干机换成生物质的，每台补多少？已经换了多少台？", "按每臺3000元給予補助", [["3000元"], ["1820臺"]], [P, C, "rate", "done"])
single("zh", 29, 10, "委员想把补助提到设备价钱的一半，县里怎么说？", "暫無法採納", [["暫無法採納"], ["縣財政資金有限"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "古田银耳交易中心打算建在哪？什么时候开工？", "選址位於鳳埔鄉", [["鳳埔鄉"], ["2019年6月底前"]], [P, C, "where", "date", "plan"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much central money went in 2018 to restoring weak ancient ginkgo trees in Pizhou, and how many trees were treated?", "安排古树名木保护补助420万元", [["420万元"], ["213株"]], [E, "figure", "done"])
single("en", 2, 1, "How much funding does the ginkgo leaf medicinal quality research project with Pizhou have, and how long will it run?", "项目经费150万元", [["150万元"], ["三年"]], [E, "figure", "plan"])
single("en", 3, 2, "How much provincial commerce money went to the hanfu design and R&D centre in Caoxian, and how many original designs has it launched?", "省级商务发展专项资金安排600万元", [["600万元"], ["1400余个"]], [E, "figure", "done"])
single("en", 4, 2, "How big is the hanfu e-commerce warehouse in Daji town, and how many online shops can it take?", "建筑面积1.8万平方米", [["1.8万平方米"], ["120家"]], [E, "figure", "done"])
single("en", 5, 3, "How many lighter factories does Shaodong have, and how many lighters do they make a year?", "目前全市共有打火机生产企业63家", [["63家"], ["75亿只"]], [E, "figure"])
single("en", 6, 3, "How many hazards did the safety inspections of lighter firms in Shaodong find since 2020, and how many have been fixed?", "排查各类隐患312处", [["312处"], ["309处"]], [E, "figure", "done"])
single("en", 7, 4, "How many merchants are in the Xiaoxian calligraphy and painting city, and how many exhibitions and auctions were held there in 2016?", "已入驻书画经营商户214家", [["214家"], ["36场"]], [E, "figure", "done"])
single("en", 8, 4, "How many primary and secondary schools in Xiaoxian offer calligraphy classes, and how many calligraphy teachers do they have?", "全县已有38所中小学开设书法课", [["38所"], ["96名"]], [E, "figure"])
single("en", 9, 5, "How many brick tea makers are there in Zhaoliqiao town, and how much brick tea did they produce in 2013?", "全镇现有青砖茶生产企业11家", [["11家"], ["9600吨"]], [E, "figure"])
single("en", 10, 5, "How much can a household on the old street in Yangloudong get for repairing an old house, and how many households were in the first batch?", "按每户不超过8000元的标准给予补助", [["8000元"], ["38户"]], [E, "rate", "done"])
single("en", 11, 6, "How much peach orchard land in Pudong did drones cover for pest control in 2022, and by how much did chemical pesticide use fall?", "2022年作业面积1.7万亩次", [["1.7万亩次"], ["18%"]], [E, "figure", "done"])
single("en", 12, 6, "How much can the peach sorting and packing centre in Datuan handle per day, and how many supermarket chains signed direct supply deals?", "日分拣能力80吨", [["80吨"], ["8家"]], [E, "figure", "done"])
single("en", 13, 7, "By the end of May 2016, how many Nigugu households in Xunxian had received guaranteed start-up loans, and how much in total?", "已为23户泥咕咕经营户发放创业担保贷款186万元", [["23户"], ["186万元"]], [E, "figure", "done"])
single("en", 14, 7, "By when does the Xunxian human resources bureau hope to bring clay figurine artisans into the arts and crafts title assessment?", "争取在今年底前将泥塑艺人纳入工艺美术专业职称评审范围", [["今年底前"]], [E, "date", "plan"])
single("en", 15, 8, "How big is the core area of the Jiabang rice terraces in Congjiang, and how many visitors came in 2023?", "加榜梯田核心区面积约1.2万亩", [["1.2万亩"], ["38万人次"]], [E, "figure"])
single("en", 16, 8, "Who should apply for a drone take-off and landing platform at the Jiabang terraces, according to the Congjiang bureau?", "建议由景区经营单位向有关部门申请办理", [["景区经营单位"]], [E, "who", "declined"])
single("en", 17, 9, "How many designated huajuhong nurseries did Huazhou recognise in 2019, and how many seedlings did they supply?", "2019年认定化橘红定点育苗基地6个", [["6个"], ["85万株"]], [E, "figure", "done"])
single("en", 18, 9, "According to the Huazhou reply, who draws up the list of substances that are both food and traditional Chinese medicine?", "该目录由国家卫生健康委会同国家市场监管总局制定和调整", [["国家卫生健康委"]], [E, "who"])
single("en", 19, 10, "How much fresh tremella did Gutian produce in 2017, and how many farming households grow it?", "2017年全縣銀耳鮮品產量約36萬噸", [["36萬噸"], ["1.2萬戶"]], [E, "figure"])
single("en", 20, 10, "How many e-commerce firms are in the tremella e-commerce incubator in Daqiao town, and what were Gutian's online tremella sales in 2017?", "入駐電商企業43家", [["43家"], ["9.8億元"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家林草局答复邳州银杏那条建议，发文字号是什么？", "=林护建字〔2019〕112号", [["林护建字〔2019〕112号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Shandong commerce department's reply on the Caoxian hanfu proposal published online?", "发布日期：2022年07月26日", [["2022年07月26日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "邵东打火机那份答复，是哪两个部门一起答复的？", "=邵东市工业和信息化局　　邵东市应急管理局", [["邵东市工业和信息化局"], ["邵东市应急管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 4, "萧县文广局答复书画产业那个提案，成文日期是哪天？", "[ 成文日期 ] | 2017-08-03", [["2017-08-03"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "赵李桥镇政府对羊楼洞古镇那条建议的答复，落款日期是哪天？", "=二〇一四年八月二十一日", [["二〇一四年八月二十一日"]], [M, "lang:zh", "date"])
single("metadata", 6, 6, "Which CPPCC session and proposal number does the Pudong agriculture commission's reply on Nanhui peaches answer?", "=关于区政协七届二次会议第0236号提案的答复", [["七届二次会议"], ["第0236号"]], [M, "lang:en", "proposal-number"])
single("metadata", 7, 7, "浚县人社局关于泥咕咕的会办意见，是写给哪个单位的？", "=县文化广电新闻出版局：", [["县文化广电新闻出版局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 8, 10, "Who made the proposal that the Gutian agriculture bureau answered about the tremella industry?", "=黃秀珠委員：", [["黃秀珠"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What did the National Forestry and Grassland Administration say about Pizhou's ginkgo germplasm?", "When was the repository in Tiefu listed as a national forest tree germplasm repository, and in which batch?"],
      "我局将其纳入第二批国家林木种质资源库", [["2019年3月"], ["第二批"]], ["lang:en", "follow-up", "date"])
turns(2, 3, ["邵东对打火机产业园有啥安排？", "二期啥时候建好？建好以后还能再进多少家企业？"],
      "二期计划2022年6月底前建成", [["2022年6月底前"], ["20家左右"]], ["lang:zh", "follow-up", "date", "plan"])
turns(3, 4, ["What has Xiaoxian done to train farmers in calligraphy and painting?", "How many training classes were held in 2016, and how many attendances were there?"],
      "举办农民书画培训班22期", [["22期"], ["1100余人次"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 5, ["赵李桥镇对青砖茶产业是怎么答复的？", "那门压砖茶的手艺，现在进了哪一级的非遗名录？"],
      "赵李桥砖茶制作技艺已列入国家级非物质文化遗产名录", [["国家级非物质文化遗产名录"]], ["lang:zh", "follow-up", "who"])
turns(5, 6, ["What is Pudong doing about its old peach orchards?", "From now on, how many mu will be renewed each year, and what share of good fruit is the target for 2025?"],
      "今年起每年更新老桃园不少于3000亩", [["3000亩"], ["70%"]], ["lang:en", "follow-up", "figure", "plan"])
turns(6, 9, ["化州农业农村局在化橘红品牌保护上做了什么？", "2019年有多少家企业获准在包装上印地理标志的标识？"],
      "2019年核准使用企业38家", [["38家"]], ["lang:zh", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 6, 9, 10], "哪些答复函提到了地理标志？各是什么产品？",
      [["邳州银杏"], ["南汇水蜜桃"], ["化橘红"], ["古田銀耳"]], ["lang:zh", "theme:geographical-indication"])
multi(2, [1, 6, 9, 10], "Which replies mention geographical indications, and what figures do they give about the product or its use?",
      [["65亿元"], ["82家"], ["38家"], ["36萬噸"]], ["lang:en", "theme:geographical-indication"])
multi(3, [6, 8, 9], "各地答复里，哪些讲到了无人机？都是怎么说的？",
      [["植保无人机统防统治"], ["空域管理规定"], ["植保无人机开展化橘红病虫害统防统治"]], ["lang:zh", "theme:drones"])
multi(4, [6, 8, 9], "Which replies talk about drones, and what figures or decisions do they give?",
      [["1.7万亩次"], ["起降平台的审批不属于我局职责"], ["3.4万亩次"]], ["lang:en", "theme:drones"])
multi(5, [5, 7, 8], "哪几份答复函提到了非遗？分别说了什么？",
      [["国家级非物质文化遗产名录"], ["非遗代表性传承人"], ["非遗展演"]], ["lang:zh", "theme:intangible-heritage"])
multi(6, [5, 7, 8], "Which replies mention intangible cultural heritage, and what do they say about it?",
      [["赵李桥砖茶制作技艺"], ["传承补助"], ["侗族大歌"]], ["lang:en", "theme:intangible-heritage"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "邳州五百年以上的古银杏，港上镇有几棵？", "41 trees over 500 years old across 港上, 铁富, 官湖 and other towns; no split by town.", "part-of-stated-total", "zh"),
 (1, "邳州那个国家林木种质资源库，每年的运行管理补助是多少钱？", "The letter says only that a running subsidy is paid 按规定; 420万元 is 2018's tree-restoration money and 150万元 a research project.", "money-not-stated", "zh"),
 (1, "How much central money did Pizhou receive for ancient tree protection in 2017?", "Only 2018's 420万元 is given.", "another-year", "en"),
 (2, "曹县的汉服一件一般卖多少钱？", "Online sales (31亿元) only; no price.", "price-not-stated", "zh"),
 (2, "大集镇有多少家做汉服的网店？", "2600 firms and shops county-wide and 1.1万 households in 大集镇; 120家 is the warehouse's capacity, not a count of the town's shops.", "part-of-stated-total", "zh"),
 (2, "What were Caoxian's online hanfu sales in 2020?", "Only 2021's 31亿元 is given.", "another-year", "en"),
 (3, "邵东产的打火机，一只出厂价多少钱？", "75亿 lighters a year; no price.", "price-not-stated", "zh"),
 (3, "邵东现在还剩多少个没入园的家庭充气作坊？", "They must close or move by December; no count (the 3 hazards left are inspection findings).", "count-not-stated", "zh"),
 (3, "How much did it cost to install the gas concentration alarms in the lighter park's filling workshops in Shaodong?", "The alarms are installed; no cost (680万元 is the technical-upgrade grants).", "cost-not-stated", "en"),
 (4, "在萧县书画城租一间铺面，一年租金多少？", "214 merchants and 150 new shops planned; no rent.", "price-not-stated", "zh"),
 (4, "第四届萧县书画艺术节总共预算多少钱？", "The festival is planned for October; 200万元 is the year's whole support fund, not the festival's budget.", "cost-not-stated", "zh"),
 (4, "How many merchants were in the Xiaoxian calligraphy and painting city in 2015?", "Only the present 214 are given.", "another-year", "en"),
 (5, "羊楼洞古镇新停车场停一次车收多少钱？", "210 spaces and an opening date; nothing about fees.", "price-not-stated", "zh"),
 (5, "2012年赵李桥的青砖茶一共产了多少吨？", "Only 2013's 9600吨 is given.", "another-year", "zh"),
 (5, "How many tourists visited Yangloudong ancient town in 2013?", "The letter counts no visitors.", "count-not-stated", "en"),
 (6, "南汇水蜜桃现在多少钱一斤？", "Output (2.9万吨) only; no price.", "price-not-stated", "zh"),
 (6, "大团镇种了多少亩水蜜桃？", "2.6万亩 over 大团, 新场, 惠南, 书院 and others; no split.", "part-of-stated-total", "zh"),
 (6, "How many mu of old peach orchards did Pudong renew in 2021?", "Only 2022's 3100亩 is given.", "another-year", "en"),
 (7, "浚县的泥咕咕一个卖多少钱？", "Training, loans and titles only; no price.", "price-not-stated", "zh"),
 (7, "泥咕咕艺人申请创业担保贷款，利率是多少？", "The loans are 贴息 by the treasury 按规定; no rate is given.", "rate-not-stated", "zh"),
 (7, "How many Nigugu artisans in Xunxian are recognised as representative inheritors of intangible heritage?", "The letter refers to such inheritors but gives no count.", "count-not-stated", "en"),
 (8, "去加榜梯田要买门票吗？票价多少？", "38万 visitors are counted; nothing about tickets.", "price-not-stated", "zh"),
 (8, "从县城坐旅游专线去加榜，一趟车票多少钱？", "4 round trips a day; no fare.", "price-not-stated", "zh"),
 (8, "How many visitors did the Jiabang terraces receive in 2022?", "Only 2023's 38万人次 is given.", "another-year", "en"),
 (9, "化橘红鲜果现在收购价一斤多少钱？", "Output (2.7万吨) and a declined floor price; no price.", "price-not-stated", "zh"),
 (9, "笪桥镇种了多少亩化橘红？", "笪桥镇 is not named; 42900亩 is all other towns together.", "another-place", "zh"),
 (9, "How many mu of huajuhong did Huazhou have at the end of 2018?", "Only the end-2019 figure (11.6万亩) is given.", "another-year", "en"),
 (10, "古田银耳现在多少钱一斤？", "Output (36萬噸) and online sales only; no price.", "price-not-stated", "zh"),
 (10, "古田银耳交易中心总投资多少钱？", "A site and a start date only; no cost.", "cost-not-stated", "zh"),
 (10, "How many coal-fired tremella dryers have been converted in Fengpu township?", "1820 converted county-wide; no split by township.", "part-of-stated-total", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa24.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
