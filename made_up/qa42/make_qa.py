#!/usr/bin/env python3
"""Generate qa42.jsonl (adapted from made_up/qa40/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa42.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q42-{n:02d}.txt"


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
    rows.append({"id": f"q42-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q42-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q42-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q42-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "泗水那边种地瓜的地一共有多少？用上脱毒苗的有多少？", "现有甘薯种植面积约8.6万亩", [["8.6万亩"], ["2.3万亩"]], [P, C, "figure"])
single("zh", 2, 1, "中央给泗水那个产业强镇拨了多少钱？里头有多少花在脱毒苗大棚和窖上？", "中央财政安排奖补资金1000万元", [["1000万元"], ["420万元"]], [P, C, "figure", "done"])
single("zh", 3, 1, "代表想让国家按种植亩数给换了无病毒薯秧的人家发钱，农业农村部答应没有？为啥？", "此项建议暂不能采纳", [["暂不能采纳"], ["不实行按面积直接补贴"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "宾阳现在能扎炮龙、舞炮龙的队伍有多少支？会扎龙的师傅有多少？", "现有炮龙扎制和舞龙队伍约40支", [["40支"], ["120人"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让自治区掏钱办炮龙节，文旅厅怎么回的？", "自治区财政不承担具体活动经费", [["难以采纳"], ["属地管理原则", "县级人民政府主办"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "过节那晚怕出事，现场一共设了几个看病急救的点？", "设置医疗救护点8个", [["8个"]], [P, C, "figure", "done"])
single("zh", 7, 3, "海宁搞经编的厂子有多少家？规模大的几家？去年一共产了多少钱的货？", "目前全市经编及配套企业约620家", [["620家"], ["138家"], ["310亿元"]], [P, C, "figure"])
single("zh", 8, 3, "代表想给经编厂的电费打个折，两个局怎么说？", "两单位无权对单一行业另行制定电价优惠", [["无法采纳"], ["无权对单一行业另行制定电价优惠", "按照国家和省有关规定执行"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "经编厂做智能化体检，拿到改造方案的有几家？真正改完的又有几家？", "已为64家企业出具改造方案", [["64家"], ["27家"]], [P, C, "figure", "done"])
single("zh", 10, 4, "峡江做米粉的小作坊一共有多少家？办下登记证的有多少？", "全县现有米粉生产小作坊约86家", [["86家"], ["52家"]], [P, C, "figure"])
single("zh", 11, 4, "去年抽查米粉，查了多少批？合格的比例是多少？", "2018年共抽检米粉样品126批次", [["126批次"], ["96.8%"]], [P, C, "figure", "done"])
single("zh", 12, 4, "委员提的建米粉加工园区，市场监管局管不管？推给谁了？", "园区的规划和建设不属于我局职责范围", [["不属于我局职责范围"], ["县工业和信息化局", "县自然资源局"]], [P, C, "declined", "who"])
single("zh", 13, 5, "齐云山镇去年在那条沿河小路上修了几个让车的地方？每个多长？", "2023年新建错车道9处", [["9处"], ["20米"]], [P, C, "figure", "done"])
single("zh", 14, 5, "代表要把整条路都加宽，镇里给不给办？为啥？", "镇政府难以承担", [["难以承担", "超出镇级财力"], ["占用部分农田和山体", "投资较大"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "剩下的会车点啥时候能弄好？还要修几个？", "今年9月底前再建错车道6处", [["9月底前"], ["6处"]], [P, C, "plan", "date"])
single("zh", 16, 6, "长宁这段苏州河边上现在有几个公厕、几个歇脚的驿站？", "目前沿线有公共厕所7座", [["7座"], ["4处"]], [P, C, "figure"])
single("zh", 17, 6, "委员想让河边步道从头到尾都能骑车，绿化市容局咋说？", "人车混行存在安全隐患", [["暂不能采纳"], ["2.5米以下", "人车混行存在安全隐患"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "河边晚上黑灯瞎火那段什么时候装灯？灯开到几点？", "年内完成约1.6公里无照明岸段的灯光补缺", [["1.6公里"], ["23时"]], [P, C, "plan", "figure"])
single("zh", 19, 7, "石首那边从麋鹿出没的地方穿过去的路有几条？加起来多长？", "总长约17公里", [["3条"], ["17公里"]], [P, C, "figure"])
single("zh", 20, 7, "委员说晚上干脆把路封了，交通局同意吗？", "我局意见是暂不宜实施", [["暂不宜实施"], ["分时段管控", "必经通道"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "为了别撞上麋鹿，交通局立了多少块提醒牌子？装了几处减速带？", "警示标志26块", [["26块"], ["11处"]], [P, C, "figure", "done"])
single("zh", 22, 8, "廉江做小家电的企业有多少家？去年一共产了多少钱？", "目前全市有小家电生产及配套企业约1100家", [["1100家"], ["126亿元"]], [P, C, "figure"])
single("zh", 23, 8, "代表想让市里掏钱建个国家级的检测中心，经信局为啥不干？", "我市目前不具备申报条件", [["暂不能采纳"], ["不具备申报条件", "难以承担"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "工业用地太贵，经信局能给降吗？转给谁了？", "土地出让不属于我局职责范围", [["不属于我局职责范围"], ["市国土资源局"]], [P, C, "declined", "who"])
single("zh", 25, 9, "皇路店镇种了多少亩辛夷？有多少户在种？", "皇路店镇　　32000", [["32000"], ["2150"]], [P, C, "figure", "table"])
single("zh", 26, 9, "县里拿了多少钱收拾产量低的辛夷林？弄了多大一片？", "2024年安排县级财政资金300万元", [["300万元"], ["1.5万亩"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想让县财政把辛夷保险的保费全包了，林业局怎么说？", "由县财政全额承担保费的建议暂不能采纳", [["暂不能采纳"], ["不在中央和省级财政补贴的政策性农业保险品种目录内", "地方特色险种"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "漳浦种榕树盆景的有多大面积？去年卖了多少钱？出口的有多少？", "全縣榕樹盆景種植面積約2.6萬畝", [["2.6萬畝"], ["9.3億元"], ["1.1億元"]], [P, C, "figure"])
single("zh", 29, 10, "盆景往国外卖要过检疫，这事林业局管吗？", "盆景出口檢疫由出入境檢驗檢疫部門負責", [["不屬於我局職責範圍"], ["出入境檢驗檢疫部門"]], [P, C, "declined", "who"])
single("zh", 30, 10, "林业局给盆景标准化基地争取了多少钱？建起来几个？", "扶持建設標準化盆景生產基地12個", [["180萬元"], ["12個"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many on-site guidance visits did the Ministry of Agriculture and Rural Affairs organise in Sishui in 2022, and how many sweet potato farmers and technicians were trained?", "培训薯农和基层技术人员560人次", [["3次"], ["560人次"]], [E, "figure", "done"])
single("en", 2, 1, "How many demonstration sites for growing virus-free sweet potato seedlings does the ministry plan to set up in Sishui County in 2023?", "建立脱毒苗高效栽培示范点5个", [["5个"]], [E, "figure", "plan"])
single("en", 3, 2, "How much money did the Guangxi culture and tourism department allocate in 2020 for the Binyang firecracker dragon festival, and how many dragon-making training classes were held?", "安排38万元", [["38万元"], ["3期"]], [E, "figure", "done"])
single("en", 4, 2, "By when should the digital resource library of the Binyang dragon festival be built, and how many hours of video should it hold?", "收录影像资料不少于300小时", [["2022年底前"], ["300小时"]], [E, "date", "plan"])
single("en", 5, 3, "How much subsidy did Haining's city finance arrange in 2020 for technical upgrading of warp knitting companies, and for how many projects?", "安排补助资金2100万元", [["2100万元"], ["58个"]], [E, "figure", "done"])
single("en", 6, 3, "When is the warp knitting innovation service complex in Haining expected to start operating?", "计划2021年底前投入运行", [["2021年底前"]], [E, "date", "plan"])
single("en", 7, 4, "How many food safety training classes did the Xiajiang market regulation bureau hold, and how many rice noodle workers were trained?", "培训米粉从业人员410人次", [["5期"], ["410人次"]], [E, "figure", "done"])
single("en", 8, 4, "By when will the Xiajiang market regulation bureau introduce unified labels and traceability QR codes, and in how many workshops?", "在20家重点作坊推行统一标签和溯源二维码", [["2019年底前"], ["20家"]], [E, "date", "plan"])
single("en", 9, 5, "How many convex mirrors and warning signs did Qiyunshan town install along the village road by the Hengjiang River?", "在急弯处安装凸面镜14面", [["14面"], ["22块"]], [E, "figure", "done"])
single("en", 10, 5, "How long is the corrugated guardrail that Qiyunshan town plans to add on the steep bends?", "加装波形护栏约400米", [["400米"]], [E, "figure", "plan"])
single("en", 11, 6, "How many benches and drinking water points did the Changning greening bureau add along Suzhou Creek in 2021?", "新增座椅160组", [["160组"], ["6处"]], [E, "figure", "done"])
single("en", 12, 6, "How many public toilets will be built or rebuilt along the Changning section of Suzhou Creek, and by when?", "新建和改建厕所3座", [["3座"], ["2022年底前"]], [E, "figure", "date", "plan"])
single("en", 13, 7, "How many animal passages will the Shishou transport bureau build for the Milu deer, and by when?", "在2处预留位置建成动物通道", [["2处"], ["2017年10月底前"]], [E, "figure", "date", "plan"])
single("en", 14, 7, "What speed limit applies on the roads around the Milu deer reserve near Tian'ezhou in Shishou?", "限速40公里/小时", [["40公里/小时"]], [E, "figure", "rule"])
single("en", 15, 8, "Why won't the Lianjiang economy and information bureau give small appliance makers an electricity price subsidy?", "我局无权对单一行业给予电价补贴", [["无权"], ["无法采纳"]], [E, "declined", "reason"])
single("en", 16, 8, "How many product design and e-commerce training sessions did the Lianjiang bureau organise in 2016, and how many companies' projects passed the first review for provincial technical upgrading funds?", "培训260人次", [["3期"], ["9家"]], [E, "figure", "done"])
single("en", 17, 9, "How many technical service teams for magnolia buds (xinyi) has the Nanzhao forestry bureau set up, and how many forest farmers were trained in 2024?", "组建辛夷技术服务队3支", [["3支"], ["1100人次"]], [E, "figure", "done"])
single("en", 18, 9, "Where and by when will the magnolia bud (xinyi) trading centre in Nanzhao be built?", "建成辛夷产地集散交易中心", [["皇路店镇"], ["2026年上半年"]], [E, "date", "plan"])
single("en", 19, 10, "When will Zhangpu's first banyan bonsai fair be held?", "舉辦首屆榕樹盆景展銷會", [["今年10月"]], [E, "date", "plan"])
single("en", 20, 10, "How many place-of-origin quarantine checks on bonsai did the Zhangpu forestry bureau complete in 2014?", "2014年共完成盆景產地檢疫2100批次", [["2100批次"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复泗水甘薯脱毒苗那条建议，文号是多少？", "农种议", [["农种议〔2023〕148号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Guangxi culture and tourism department's reply on the Binyang dragon festival?", "=000014349/2021-00346", [["000014349/2021-00346"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "海宁经编那份答复是哪两个单位联名落款的？", "=海宁市经济和信息化局　　海宁市科学技术局", [["海宁市经济和信息化局"], ["海宁市科学技术局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "齐云山镇答复错车道那条建议，落款日期是哪天？", "=二〇二四年六月十二日", [["二〇二四年六月十二日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "石首交通局关于麋鹿的那份协办意见是写给哪个单位的？", "=石首市林业局：", [["石首市林业局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 6, "Which units co-handled the Changning proposal on the Suzhou Creek riverside?", "区建设和管理委员会、区体育局会办", [["区建设和管理委员会"], ["区体育局"]], [M, "lang:en", "co-handlers"])
single("metadata", 7, 10, "Who signed off the Zhangpu forestry bureau's reply on banyan bonsai?", "簽發人", [["葉志成"]], [M, "lang:en", "signer"])
single("metadata", 8, 8, "廉江经信局答复的那件小家电建议是谁领头提的？一共几名代表？", "=庞海生等7名代表：", [["庞海生"], ["7名"]], [M, "lang:zh", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["How has the ministry actually helped Sishui get virus-free sweet potato seedlings?", "How large is the multiplication base built with that money?"],
      "中央财政安排奖补资金1000万元", [["3200亩"]], ["lang:en", "follow-up", "figure", "done"])
turns(2, 2, ["宾阳炮龙节现在传下去最大的难处是什么？", "会扎龙的艺人里上了年纪的占多少？"],
      "能独立扎制龙具的艺人约120人", [["六成"]], ["lang:zh", "follow-up", "figure"])
turns(3, 3, ["海宁的经编企业自己搞研发的机构多不多？", "其中省级的有几家？"],
      "目前经编行业拥有省级企业研发中心9家", [["9家"]], ["lang:zh", "follow-up", "figure"])
turns(4, 4, ["峡江那些还没登记的米粉作坊，市场监管局帮过没有？", "一共上门帮了多少家？"],
      "对34家尚未登记的小作坊逐户上门指导", [["34家"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 6, ["What has the Changning greening bureau done to add fitness facilities along Suzhou Creek?", "How many pieces of equipment were installed?"],
      "配置健身器材48件", [["48件"]], ["lang:en", "follow-up", "figure", "done"])
turns(6, 9, ["What is Nanzhao doing about improved varieties of magnolia buds?", "How many scions can it supply each year?"],
      "每年可提供嫁接穗条约40万条", [["40万条"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [4, 8, 10], "哪些答复函提到了电商？分别是哪个产业？",
      [["米粉"], ["小家电"], ["盆景"]], ["lang:zh", "theme:e-commerce"])
multi(2, [4, 8, 10], "Which replies mention e-commerce sales, and what does each bureau do about it?",
      [["电商平台"], ["电商运营培训"], ["電商從業人員"]], ["lang:en", "theme:e-commerce"])
multi(3, [1, 4, 9], "哪几封答复说到了地理标志产品？分别是什么产品？",
      [["泗水地瓜"], ["峡江米粉"], ["南召辛夷"]], ["lang:zh", "theme:geographical-indication"])
multi(4, [1, 4, 9], "Which replies mention products protected by a geographical indication, and what yearly output or planted area does each letter give for its product?",
      [["21万吨", "8.6万亩"], ["1.9万吨"], ["16.8万亩", "168000"]], ["lang:en", "theme:geographical-indication"])
multi(5, [5, 7], "哪些答复函说到在路边立警示标志？各立了多少块？",
      [["22块"], ["26块"]], ["lang:zh", "theme:warning-signs"])
multi(6, [5, 7], "Which replies report putting up warning signs on roads, and what hazard is each about?",
      [["急弯", "会车"], ["麋鹿", "注意野生动物"]], ["lang:en", "theme:warning-signs"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "泗水地瓜现在地头收购价一斤多少钱？", "Area, output and project money only; no price.", "price-not-stated", "zh"),
 (1, "新泰市种了多少亩地瓜？", "新泰 is not named; 8.6万亩 is Sishui's.", "another-place", "zh"),
 (1, "What was Sishui's fresh sweet potato output in 2020?", "Only 2022's output (21万吨) is given.", "another-year", "en"),
 (2, "宾阳炮龙节的国家级代表性传承人叫什么名字？", "The letter counts groups and artisans but names no inheritor.", "person-not-named", "zh"),
 (2, "邕宁区有多少支舞龙队伍？", "邕宁 is not named; 40支 are Binyang's.", "another-place", "zh"),
 (2, "In which year was the Binyang firecracker dragon festival put on the national intangible heritage list?", "The letter says it is on the national list but gives no year.", "date-not-stated", "en"),
 (3, "海宁的经编面料一米卖多少钱？", "Firms, output value and subsidies only; no price.", "price-not-stated", "zh"),
 (3, "海盐县有多少家经编企业？", "海盐 is not named; 620家 are Haining's.", "another-place", "zh"),
 (3, "What was the output value of Haining's warp knitting industry in 2018?", "Only 2019's 310亿元 is given.", "another-year", "en"),
 (4, "在峡江办一个米粉小作坊登记证要交多少钱？", "Numbers of workshops registered only; no fee.", "fee-not-stated", "zh"),
 (4, "新干县有多少家米粉作坊？", "新干 is not named; 86家 are Xiajiang's.", "another-place", "zh"),
 (4, "How many rice noodle samples did the Xiajiang bureau test in 2017?", "Only 2018's 126批次 is given.", "another-year", "en"),
 (5, "齐云山镇修一处错车道要花多少钱？", "Numbers and lengths only; no money figure anywhere in the letter.", "money-not-stated", "zh"),
 (5, "万安镇的村道修了几个错车道？", "万安镇 is not named; the 9 passing bays are on Qiyunshan's road.", "another-place", "zh"),
 (5, "How many vehicles a day used the Hengjiang village road in 2022?", "Only the present peak-season figure (900辆次) is given, no year-2022 figure.", "another-year", "en"),
 (6, "黄浦区那段苏州河边有几座公共厕所？", "黄浦 is not named; 7座 are Changning's.", "another-place", "zh"),
 (6, "苏州河长宁段的滨河绿地一年养护要花多少钱？", "Upkeep rules and cleaning frequency only; no money figure.", "money-not-stated", "zh"),
 (6, "How many benches were added along the Changning riverside in 2020?", "Only 2021's 160组 is given.", "another-year", "en"),
 (7, "江陵县有几条路穿过麋鹿活动区？", "江陵 is not named; the 3 roads are Shishou's.", "another-place", "zh"),
 (7, "在麋鹿保护区附近超速被查到要罚多少钱？", "A speed limit is given; no fine.", "fee-not-stated", "zh"),
 (7, "How much will the two animal passages in Shishou cost?", "Number and deadline only; no money figure anywhere in the letter.", "money-not-stated", "en"),
 (8, "廉江产的电饭锅出厂价一般多少钱一台？", "Firms and output value only; no price.", "price-not-stated", "zh"),
 (8, "遂溪县有多少家小家电企业？", "遂溪 is not named; 1100家 are Lianjiang's.", "another-place", "zh"),
 (8, "What was the output value of Lianjiang's small appliance industry in 2014?", "Only 2015's 126亿元 is given.", "another-year", "en"),
 (9, "汝阳县种了多少亩辛夷？", "汝阳 is not named; the table is Nanzhao's towns.", "another-place", "zh"),
 (9, "辛夷干品现在收购一斤多少钱？", "Area, output and value (5.2亿元) only; no price.", "price-not-stated", "zh"),
 (9, "How many mu of magnolia buds did Nanzhao grow at the end of 2022?", "Only the end-2024 figures (16.8万亩) are given.", "another-year", "en"),
 (10, "漳浦一盆榕树盆景一般卖多少钱？", "Area, sales and exports only; no price.", "price-not-stated", "zh"),
 (10, "云霄县的盆景种植面积有多大？", "云霄 is not named; 2.6萬畝 is Zhangpu's.", "another-place", "zh"),
 (10, "What were Zhangpu's banyan bonsai sales in 2013?", "Only 2014's 9.3億元 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa42.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
