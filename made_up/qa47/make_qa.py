#!/usr/bin/env python3
"""Generate qa47.jsonl (adapted from made_up/qa46/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 10's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa47.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q47-{n:02d}.txt"


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
    rows.append({"id": f"q47-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q47-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q47-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q47-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "博湖那边现在芦苇大概有多少亩？连成一大片的有多少？", "目前博湖县境内芦苇面积约46万亩", [["46万亩"], ["31万亩"]], [P, C, "figure"])
single("zh", 2, 1, "造纸厂关门以后，湖里的芦苇一年还能割多少？", "2016年造纸企业停产后", [["不足6万吨"]], [P, C, "figure"])
single("zh", 3, 1, "代表想让国家给割芦苇的机器发购置补贴，林草局怎么说的？", "农机购置补贴的机具种类和补贴标准由农业农村部会同财政部确定", [["不属于我局职责范围"], ["农业农村部"]], [P, C, "declined", "who"])
single("zh", 4, 2, "富锦地里的冲沟一共有多少条？特别长的大沟有几条？", "全市耕地内有侵蚀沟1270条", [["1270条"], ["186条"]], [P, C, "figure"])
single("zh", 5, 2, "老百姓自己开推土机把沟填平，省里给不给按条补钱？", "农户自行用推土机填埋侵蚀沟", [["难以采纳"], ["沟道复发", "不符合侵蚀沟治理技术规范"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "前几年省里给富锦治沟拨了多少钱？一共治好多少条？", "安排富锦市资金4300万元", [["4300万元"], ["392条"]], [P, C, "figure", "done"])
single("zh", 7, 3, "去年全旗荞麦种了多少亩？总共打了多少粮？", "2016年全旗荞麦播种面积约26万亩", [["26万亩"], ["2.3万吨"]], [P, C, "figure"])
single("zh", 8, 3, "代表希望旗里按保护价收荞麦，农牧业局答应没有？", "我局无权制定保护价", [["无法采纳"], ["无权制定保护价", "由市场形成"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "让旗里掏钱给每个苏木买收荞麦的机器，行不行？", "旗财政直接购置不符合现行农机购置补贴政策", [["不予采纳"], ["购置主体", "不符合现行农机购置补贴政策"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "河间做驴肉的企业和家庭作坊各有多少？", "目前全市有驢肉加工企業11家", [["11家"], ["230戶"]], [P, C, "figure", "traditional-page"])
single("zh", 11, 4, "外地每新开一家店就奖三万，这条商务局同意了吗？", "市財政目前沒有此項預算安排", [["暫不能採納"], ["沒有此項預算安排"]], [P, C, "declined", "reason", "traditional-page"])
single("zh", 12, 4, "驴肉抽检归商务局管吗？去年一共抽了多少批？", "食品生產許可和質量抽檢不屬於我局職責範圍", [["不屬於我局職責範圍"], ["62批次"]], [P, C, "declined", "who", "traditional-page"])
single("zh", 13, 5, "静升镇除了王家大院，还剩多少老院子？进了文保名单的有几处？", "还保存明清至民国时期的院落约140处", [["140处"], ["27处"]], [P, C, "figure"])
single("zh", 14, 5, "委员说让县里出钱把没人住的院子买下来，两个局什么态度？", "收购需要逐户评估作价", [["无法采纳"], ["远超县级财力", "产权关系复杂"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "老百姓按规矩自己修没定级的院子，审批多长时间能办完？", "产权人按导则修缮的", [["10个工作日"]], [P, C, "figure", "plan"])
single("zh", 16, 6, "放假的时候一天最多有多少车往袁家村开？", "近年来节假日单日进村车辆最多时约1.3万辆", [["1.3万辆"]], [P, C, "figure"])
single("zh", 17, 6, "在袁家村旁边修个大停车场，交通局管不管？", "停车场的选址、用地和建设不属于我局职责范围", [["不属于我局职责范围"], ["烟霞镇人民政府", "县自然资源局"]], [P, C, "declined", "who"])
single("zh", 18, 6, "去年国庆那几天专线公交加派了多少趟车？", "2018年国庆假期共加派车辆86班次", [["86班次"]], [P, C, "figure", "done"])
single("zh", 19, 7, "跑炳灵寺那条水路的船一共多少条？其中快艇几条？", "经营炳灵寺航线的旅游船舶共42艘", [["42艘"], ["29艘"]], [P, C, "figure"])
single("zh", 20, 7, "代表想晚上也能坐船去炳灵寺，交通局同意吗？", "夜航存在较大安全风险", [["不予采纳"], ["航道弯多", "夜间能见度低", "安全风险"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "去年坐船去炳灵寺的游客大概有多少？", "2013年水路运送游客约28万人次", [["28万人次"]], [P, C, "figure"])
single("zh", 22, 8, "吞巴现在做藏香的有多少户？河边还在转的水磨有多少盘？", "目前吞巴乡从事藏香制作的农户约160户", [["160户"], ["230盘"]], [P, C, "figure"])
single("zh", 23, 8, "委员提议县里统一去买柏木，文旅局答应了吗？", "原料采购属于市场经营行为", [["暂不采纳"], ["市场经营行为", "没有资金渠道"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "去年给几位老艺人拍了影像资料？办了几期培训班？", "对12名老艺人开展影像记录", [["12名"], ["3期"]], [P, C, "figure", "done"])
single("zh", 25, 9, "小站镇现在种了多少亩稻子？去年收了多少稻谷？", "目前全镇种植水稻约1.1万亩", [["1.1万亩"], ["6500吨"]], [P, C, "figure"])
single("zh", 26, 9, "代表要镇上自己投钱盖米厂，镇政府怎么回的？", "加工厂投资大、市场风险高", [["无法实施"], ["超出镇级财力", "企业作为投资主体"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "镇里打算啥时候把晒稻子的场地弄好？有多大？", "利用闲置厂院建成稻谷晾场1处", [["9月底前"], ["8000平方米"]], [P, C, "plan", "date", "figure"])
single("zh", 28, 10, "五马镇种了多少亩红缨子？有多少户在种？", "五马镇　　42000", [["42000"], ["6100"]], [P, C, "figure", "table"])
single("zh", 29, 10, "委员想让市里拿钱搞个高粱价格调节基金，农业农村局同意吗？", "设立价格调节基金须经省级批准", [["暂不能采纳"], ["须经省级批准", "协商确定"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "去年酒厂跟农户签的收购价是每公斤多少钱？比前年涨了多少？", "2021年协议收购价为每公斤9.6元", [["9.6元"], ["0.4元"]], [P, C, "figure"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "Deputies from Xinjiang complained that nobody harvests the reeds at Bosten Lake any more. What did the national forestry administration promise to do next?", "一是指导新疆在2021年底前完成博斯腾湖芦苇资源专项调查", [["2021年底前"], ["国家重要湿地"]], [E, "plan", "how-answered", "named-by-place-topic"])
single("en", 2, 1, "Of the wetland grant the forestry administration gave Xinjiang in 2019, how much was spent on watering and dredging the degraded reed beds of the Little Lake, and how big was the grant overall?", "其中用于博斯腾湖小湖区退化苇田补水和清淤的资金为620万元", [["620万元"], ["1600万元"]], [E, "figure", "done"])
single("en", 3, 2, "By what date are all the gullies already repaired in Fujin supposed to be on a register, and who is to look after them day to day?", "完成全部已治理侵蚀沟的登记造册", [["2021年11月底前", "11月底前"], ["村集体"]], [E, "date", "plan"])
single("en", 4, 2, "Roughly how many gullies does Heilongjiang expect Fujin to deal with in 2022, and which ones go first?", "把富锦市列为2022年侵蚀沟综合治理重点县", [["300条以上"], ["切断机耕路"]], [E, "figure", "plan"])
single("en", 5, 3, "In Kulun Banner, how many farmers and herders sat through buckwheat growing classes, and how many classes were held?", "举办荞麦栽培技术培训班6期", [["410人次"], ["6期"]], [E, "figure", "done"])
single("en", 6, 3, "The deputies in Kulun also wanted a hall celebrating buckwheat culture. Where did the farm and livestock bureau send that idea?", "我局已将该建议转旗文化广电局研究", [["旗文化广电局"], ["不属于我局职责范围"]], [E, "declined", "who"])
single("en", 7, 4, "How did the commerce bureau in Hejian answer deputies who wanted local donkey meat sold under one recognised brand?", "制定河間驢肉統一標識使用辦法", [["集體商標"], ["統一標識", "52家門店"]], [E, "how-answered", "named-by-place-topic", "traditional-page"])
single("en", 8, 4, "Where and by when will Hejian open a shared processing zone for family donkey-meat workshops, and how many workshops should move in?", "配合米各莊鎮建成驢肉集中加工區1處", [["米各莊鎮"], ["10月底前"], ["30戶"]], [E, "plan", "date", "traditional-page"])
single("en", 9, 5, "What did the two Lingshi bureaus raise from the province in 2022 for Jingsheng's old courtyards, and how many courtyards got emergency strengthening?", "两单位争取省级文物保护和传统村落保护资金共460万元", [["460万元"], ["7处"]], [E, "figure", "done"])
single("en", 10, 5, "How many empty courtyards in Jingsheng will be handed to outside investors this year, and what may they be used for?", "今年将选取5处无人居住的院落", [["5处"], ["非遗工坊", "乡村书屋"]], [E, "figure", "plan"])
single("en", 11, 6, "How many bus lay-bys will be built along the road into Yuanjia Village, and by when?", "我局计划9月底前在进村道路沿线建成港湾式公交停靠站6处", [["6处"], ["9月底前"]], [E, "figure", "date", "plan"])
single("en", 12, 6, "How long a stretch of the road to Yuanjia Village was widened in 2018, and how wide is it now?", "改造里程4.6公里", [["4.6公里"], ["12米"]], [E, "figure", "done"])
single("en", 13, 7, "What help can a boat operator on the Liujiaxia reservoir get for buying a new standard tour boat, and what is this year's total for such help?", "对新购标准化游船按每艘不超过8万元给予补助", [["8万元"], ["64万元"]], [E, "figure", "plan"])
single("en", 14, 7, "When the Bingling Temple boats were inspected in 2013, how many safety problems had to be put right?", "责令整改隐患67处", [["67处"]], [E, "figure", "done"])
single("en", 15, 8, "By when should Nyemo have a draft quality standard for Tunba incense?", "完成吞巴藏香团体标准草案", [["12月底前"]], [E, "date", "plan"])
single("en", 16, 8, "How much incense was sold on the spot at the Tunba sales corner in 2024, and how many visitors came?", "现场销售藏香约11万把", [["11万把"], ["8.6万人次"]], [E, "figure", "done"])
single("en", 17, 9, "How many anti-fake labels will Xiaozhan hand out in the first batch for rice packaging?", "首批5万枚", [["5万枚"]], [E, "figure", "plan"])
single("en", 18, 9, "How many kilometres of farm roads has Xiaozhan put forward for hard surfacing, and across how many villages?", "9.6公里田间道路硬化项目", [["9.6公里"], ["5个村"]], [E, "figure", "plan"])
single("en", 19, 10, "Sorghum growers in Renhuai have nowhere to keep their grain before selling it. What did the farm bureau promise?", "于五马镇建成高粱收储库1座", [["2023年6月底前"], ["5000吨"]], [E, "plan", "how-answered", "named-by-place-topic"])
single("en", 20, 10, "How much seed can the breeding base in Wuma supply, and what share of the city's needs does that cover?", "2022年可供良种约120吨", [["120吨"], ["八成以上"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家林草局答复博斯腾湖芦苇那件建议，文号是多少？", "=林湿建字〔2020〕87号", [["林湿建字〔2020〕87号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Heilongjiang agriculture department's reply on the Fujin gullies?", "11230000MB0F52813K", [["11230000MB0F52813K/2021-00419"]], [M, "lang:en", "index-number"])
single("metadata", 3, 5, "灵石静升古院落那份答复是哪两个单位联名落款的？", "=灵石县文化和旅游局　　灵石县住房和城乡建设局", [["灵石县文化和旅游局"], ["灵石县住房和城乡建设局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 6, "礼泉交通局关于袁家村堵车的协办意见是写给哪个单位的？", "=礼泉县文化和旅游局：", [["礼泉县文化和旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 5, 9, "小站镇答复小站稻那件建议，落款日期是哪天？", "=二〇二四年六月十一日", [["二〇二四年六月十一日"]], [M, "lang:zh", "date"])
single("metadata", 6, 4, "Who signed off the Hejian commerce bureau's reply on donkey meat?", "=簽發人：馮國良", [["馮國良"]], [M, "lang:en", "signer", "traditional-page"])
single("metadata", 7, 3, "库伦旗荞麦那件建议是谁领衔提的？一共几名代表？", "=宝音图等6名代表：", [["宝音图"], ["6名"]], [M, "lang:zh", "proposer"])
single("metadata", 8, 8, "Under what document number did the Nyemo culture and tourism bureau publish its reply on Tunba incense?", "【发文字号】", [["尼文旅提〔2025〕6号"]], [M, "lang:en", "doc-number"])
# ---------------- multi_turn (6) ----------------
turns(1, 2, ["黑龙江农业农村厅答复富锦治沟的提案，委员提的几条建议是怎么回的？先说第一条。", "那第二条呢？"],
      "把富锦市列为2022年侵蚀沟综合治理重点县", [["300条以上"], ["重点县"]], ["lang:zh", "follow-up", "ellipsis", "plan"])
turns(2, 7, ["Did the Yongjing transport bureau do anything about the pier where tourists board boats for Bingling Temple?", "And the cost?"],
      "2013年投入资金190万元改造刘家峡镇码头候船区", [["190万元"]], ["lang:en", "follow-up", "ellipsis", "figure", "done"])
turns(3, 8, ["吞巴那边愿意学做藏香的年轻人多不多？", "那县里打算怎么扶持年轻的传承人？"],
      "从今年起每年推荐2至3名青年艺人", [["2至3名"], ["2026年6月前"]], ["lang:zh", "follow-up", "plan"])
turns(4, 10, ["仁怀的高粱地这两年为什么毛病多了？", "那打算怎么换着种？在哪几个镇先试？"],
      "今年在长岗镇、喜头镇开展高粱与油菜、绿肥轮作试点1.5万亩", [["长岗镇"], ["喜头镇"], ["1.5万亩"]], ["lang:zh", "follow-up", "plan"])
turns(5, 1, ["Can the reed wetland at Bosten Lake get the central government's wetland ecological compensation?", "Why not, and what would have to happen first?"],
      "博斯腾湖芦苇湿地尚未列入国家重要湿地名录", [["暂不能纳入补偿范围"], ["国家重要湿地名录"]], ["lang:en", "follow-up", "declined", "reason"])
turns(6, 9, ["What problems did the Xiaozhan deputies raise about their rice?", "What has the town done about rice from elsewhere being sold under the Xiaozhan name?"],
      "三是配合区市场监管部门开展冒牌大米专项检查", [["5起"], ["专项检查"]], ["lang:en", "follow-up", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 3, 10], "哪些答复函提到了有机肥？各自用在多大面积上？",
      [["9.5万亩"], ["150亩"], ["12万亩"]], ["lang:zh", "theme:organic-fertiliser", "which-replies"])
multi(2, [2, 3, 10], "Which replies mention organic fertiliser, and what was done with it in each place?",
      [["增施有机肥9.5万亩", "等高种植"], ["有机肥试验150亩", "白音花镇"], ["有机肥替代化肥", "绿色防控技术12万亩"]], ["lang:en", "theme:organic-fertiliser", "which-replies"])
multi(3, [5, 9], "哪些答复里说到了网格员？网格员分别被安排干什么？",
      [["每月至少巡查一次", "古院落巡查"], ["逐户核实种植户", "种植台账"]], ["lang:zh", "theme:grid-workers", "which-replies"])
multi(4, [5, 9], "How did each county or town answer with its grid workers: what were they asked to do?",
      [["每月至少巡查一次"], ["种植台账"]], ["lang:en", "theme:grid-workers", "each-county"])
multi(5, [6, 7, 8], "几个县的答复里是怎么说游客中心的？各自在游客中心添了什么？",
      [["公交换乘站1处"], ["安检通道2条", "救生衣发放点1处"], ["藏香展销区1处"]], ["lang:zh", "theme:visitor-centre", "each-county"])
multi(6, [6, 7, 8], "Which replies mention a visitor centre, and what was added at or beside each one?",
      [["公交换乘站"], ["安检通道", "救生衣发放点"], ["藏香展销区"]], ["lang:en", "theme:visitor-centre", "which-replies"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "湿地管理司具体是哪位同志负责办理这件建议的？", "Only the unit (国家林业和草原局湿地管理司) and a phone number are given; no person. 阿力木江·吾守尔 is the lead deputy, not the handler.", "person-not-named", "zh"),
 (1, "博斯腾湖苇田2018年发生了几起火情？", "Only 2019's 14起 is given.", "another-year", "zh"),
 (1, "How large are the reed beds on the Korla side of Bosten Lake?", "Korla (库尔勒) is not named; the 46万亩 are Bohu county's.", "another-place", "en"),
 (2, "富锦那次侵蚀沟普查是哪天开始、哪天结束的？", "Only the year (2020) and the counts (1270条, 186条) are given; no dates.", "date-not-given", "zh"),
 (2, "富锦向阳川镇有多少条侵蚀沟？", "向阳川 is not named; the 1270 gullies are city-wide and only 二龙山镇, 锦山镇, 上街基镇 are named.", "another-place", "zh"),
 (2, "How many gullies did Fujin repair in 2021?", "Only 2018-2020 (392条) and the 2022 plan (300条以上) are given.", "another-year", "en"),
 (3, "库伦种荞麦的农户一亩地能挣多少钱？", "Area, output, trials and training only; no income per mu.", "income-not-stated", "zh"),
 (3, "六家子镇种了多少亩荞麦？", "六家子 is not named; 扣河子镇, 白音花镇 and 额勒顺镇 are, with no per-town area.", "another-place", "zh"),
 (3, "How much buckwheat did Kulun Banner harvest in 2015?", "Only 2016's 2.3万吨 is given; 2015 appears only as an area difference (减少约4万亩).", "another-year", "en"),
 (4, "河间驴肉现在一斤卖多少钱？", "Output, sales value and shop counts only; no price.", "price-not-stated", "zh"),
 (4, "河间沙河桥镇有多少户驴肉作坊？", "沙河桥 is not named; the 230 workshops are city-wide and only 米各莊鎮 is named.", "another-place", "zh"),
 (4, "Which official at Hejian's food and drug administration led the 2015 donkey-meat inspections?", "Only the unit (市食品藥品監督管理局) is named; 馮國良 signs for the commerce bureau.", "person-not-named", "en"),
 (5, "静升镇那7处院子的抢险加固是几月份完工的？", "Only the year (2022) and the count (7处) are given; no month.", "date-not-given", "zh"),
 (5, "霍州还保存着多少处明清古院落？", "霍州 is not named; the 140 courtyards are in 静升镇.", "another-place", "zh"),
 (5, "How much does a Jingsheng homeowner pay in fees to get a repair permit for a courtyard?", "Only the provincial funds (460万元) and the 10-working-day approval are given; no fee.", "fee-not-stated", "en"),
 (6, "坐袁家村旅游专线公交，一张票多少钱？", "Lines (2条) and frequency (每15分钟) only; no fare.", "fee-not-stated", "zh"),
 (6, "乾县到袁家村有没有开旅游专线公交？", "乾县 is not named; the 2 lines run from the county town of 礼泉.", "another-place", "zh"),
 (6, "How many cars came to Yuanjia Village on the busiest day of 2017?", "Only an undated peak (近年来…约1.3万辆) and 2018's extra buses are given.", "another-year", "en"),
 (7, "坐快艇从刘家峡去炳灵寺，一张船票多少钱？", "Only the boat subsidy (每艘不超过8万元, 64万元 in all) is given; no ticket price.", "fee-not-stated", "zh"),
 (7, "盐锅峡水库上有多少条游船？", "盐锅峡 is not named; the 42 boats work the 刘家峡 reservoir.", "another-place", "zh"),
 (7, "How many tourists took the boat to Bingling Temple in 2012?", "Only 2013's 28万人次 is given.", "another-year", "en"),
 (8, "吞巴藏香一把卖多少钱？", "Output (95万把) and output value (1800万元) only; no price per bundle.", "price-not-stated", "zh"),
 (8, "仁布县有多少户在做藏香？", "仁布 is not named; the 160 households are in 吞巴乡.", "another-place", "zh"),
 (8, "How many old incense masters were filmed in 2023?", "Only 2024's 12名 is given.", "another-year", "en"),
 (9, "小站镇的稻农卖稻谷一斤能卖多少钱？", "Area, output and households only; no price.", "price-not-stated", "zh"),
 (9, "葛沽镇种了多少亩小站稻？", "葛沽 is not named; the 1.1万亩 are 小站镇's.", "another-place", "zh"),
 (9, "How much rice did Xiaozhan harvest in 2022?", "Only 2023's 6500吨 is given.", "another-year", "en"),
 (10, "仁怀种红缨子高粱，每亩能拿多少补贴？", "No per-mu subsidy is given; a price fund is refused and the purchase price (每公斤9.6元) is not a subsidy.", "subsidy-not-stated", "zh"),
 (10, "仁怀大坝镇种了多少亩红缨子？", "大坝镇 is not named; it would sit in 其他乡镇 (81000亩), which is not broken down.", "another-place", "zh"),
 (10, "How many households grew Hongyingzi sorghum in Renhuai in 2020?", "Only the 2021 table is given; 2020 appears only as an area difference (减少约1.8万亩).", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa47.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
