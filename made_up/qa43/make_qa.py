#!/usr/bin/env python3
"""Generate qa43.jsonl (adapted from made_up/qa42/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa43.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q43-{n:02d}.txt"


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
    rows.append({"id": f"q43-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q43-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q43-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q43-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "去年年初壶口那段黄河结了冰坝，水位比往年高出多少？沿河搬走了几户人家？", "最高壅水位较常年同期偏高2.3米", [["2.3米"], ["140户"]], [P, C, "figure"])
single("zh", 2, 1, "凌汛那阵子黄委一共发了几回警报？有几回让景区把河边的观景台关了？", "共发布凌情预警11次", [["11次"], ["3次"]], [P, C, "figure", "done"])
single("zh", 3, 1, "代表提议拿炸药把河里的冰炸开，水利部同意没有？为啥？", "目前不宜采用", [["不宜采用"], ["冰凌成因复杂", "影响较大"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "莫力达瓦的中小学一共有几支打曲棍球的队伍？登记在册的小队员有多少？", "全旗中小学现有曲棍球队38支", [["38支"], ["1100人"]], [P, C, "figure"])
single("zh", 5, 2, "自治区体育局掏了多少钱帮尼尔基镇换球场草皮？啥时候弄完的？", "安排160万元", [["160万元"], ["2020年10月"]], [P, C, "figure", "done"])
single("zh", 6, 2, "委员想让学校多给体育老师编制，体育局怎么回的？", "教师编制核定不属于我局职责范围", [["不属于我局职责范围"], ["自治区教育厅"]], [P, C, "declined", "who"])
single("zh", 7, 3, "五大连池有几家正经拿了许可的矿泉水厂？去年一共灌了多少吨水？", "目前全市取得生产许可的矿泉水生产企业9家", [["9家"], ["18万吨"]], [P, C, "figure"])
single("zh", 8, 3, "代表想让政府补贴往外地运水的运费，两个局答应了吗？", "暂不具备实施条件", [["暂不具备实施条件"], ["财力难以支撑"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "市场监管局去年抽查了多少批矿泉水？冒牌货查处了几起？", "共抽检矿泉水产品38批次", [["38批次"], ["5起"]], [P, C, "figure", "done"])
single("zh", 10, 4, "景县做橡胶管的厂子一共有多少家？规模大点的有几家？", "目前全县有橡胶管及配套企业约420家", [["420家"], ["63家"]], [P, C, "figure"])
single("zh", 11, 4, "去年县里拿出多少钱奖励胶管厂搞技改？支持了几个项目？", "2022年县财政安排技改奖补资金800万元", [["800万元"], ["12个"]], [P, C, "figure", "done"])
single("zh", 12, 4, "委员想统一建个喷涂硫化的处理中心，工信局管这事吗？推给谁了？", "处理中心的环评审批和排放监管由生态环境部门负责", [["生态环境部门负责"], ["县生态环境分局"]], [P, C, "declined", "who"])
single("zh", 13, 5, "寺登街那一片木头房子和铺面有多少栋？开客栈饭馆的有多少户？", "现有木质民居和商铺约260栋", [["260栋"], ["90户"]], [P, C, "figure"])
single("zh", 14, 5, "代表想让政府出钱把核心区每家的电线都换掉，镇上怎么答复的？", "镇级财力无法全部承担", [["无法全部承担"], ["政府补助、住户自筹"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "镇上还打算再装几个消火栓？啥时候装完？", "再增设室外消火栓6个", [["6个"], ["二〇二二年十月底前"]], [P, C, "plan", "date"])
single("zh", 16, 6, "香纸沟现在还有几户人家在做纸？一年大概能出多少纸？", "仍在生产的造纸作坊有17户", [["17户"], ["3万刀"]], [P, C, "figure"])
single("zh", 17, 6, "区里给做纸的传承人每年补多少钱？修了几座水碓？", "修缮沿溪水碓9座", [["6000元"], ["9座"]], [P, C, "figure", "done"])
single("zh", 18, 6, "代表想让政府按保底价把竹纸全收了，文旅局同意吗？为啥？", "政府定价收购于法无据", [["暂不能采纳"], ["市场行为", "于法无据"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "从县城开车去大地湾那条路有多长？路面多宽？", "全长约45公里", [["45公里"], ["6米"]], [P, C, "figure"])
single("zh", 20, 7, "委员想把去遗址的县道整条扩成二级路，交通局怎么说？得花多少钱？", "改造投资约2.6亿元", [["2.6亿元"], ["尚不具备实施条件"]], [P, C, "declined", "figure"])
single("zh", 21, 7, "去大地湾的指路牌还要再加多少块？啥时候加完？", "再增设旅游交通指示牌10块", [["10块"], ["2017年10月底前"]], [P, C, "plan", "date"])
single("zh", 22, 8, "去年永和一共来了多少游客？旅游上挣了多少钱？", "全县接待游客约18万人次", [["18万人次"], ["0.9亿元"]], [P, C, "figure"])
single("zh", 23, 8, "代表想在乾坤湾修条缆车，旅游局为啥不干？", "项目不符合相关规划要求", [["不予采纳"], ["生态保护红线", "黄河岸线保护范围"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "让县里每年拿500万搞宣传行不行？县里现在一年给旅游多少专项钱？", "县级财政用于旅游的专项资金为80万元", [["难以承担", "暂不能采纳"], ["80万元"]], [P, C, "declined", "figure"])
single("zh", 25, 9, "木尕拉镇种了多少亩玫瑰？有多少户在种？", "木尕拉镇　　6800", [["6800"], ["1450"]], [P, C, "figure", "table"])
single("zh", 26, 9, "县里花多少钱给玫瑰地装了滴灌？装了多大一片？", "为1.2万亩玫瑰地配套滴灌设施", [["200万元"], ["1.2万亩"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想让政府兜底把鲜花全收了，林草局怎么说？", "政府统一兜底收购的风险和资金压力较大", [["暂不能采纳"], ["订单收购"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "邛崃现在有多少家造白酒的企业？去年一共出了多少原酒？", "目前全市有白酒生產企業約110家", [["110家"], ["13萬千升"]], [P, C, "figure"])
single("zh", 29, 10, "委员想让政府给原酒定个收购指导价，经信局管得了吗？", "制定收購價格不屬於我局職責範圍", [["不屬於我局職責範圍"], ["行業協會"]], [P, C, "declined", "who"])
single("zh", 30, 10, "原酒质量追溯的试点打算扩到多少家？啥时候？", "並計劃在2015年底前將質量追溯試點擴大到30家企業", [["30家"], ["2015年底前"]], [P, C, "plan", "date"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many ice observation points and video monitoring points did the Yellow River Conservancy Commission add near Hukou in 2018?", "新增冰凌观测点4处", [["4处"], ["6处"]], [E, "figure", "done"])
single("en", 2, 1, "By when will an automatic ice monitoring system be built on the Hukou reach of the Yellow River, and how many radar water level gauges will it have?", "布设雷达水位计3套", [["2019年底前"], ["3套"]], [E, "date", "plan"])
single("en", 3, 2, "How many training classes for field hockey coaches and PE teachers did the Inner Mongolia sports bureau hold, and how many people were trained?", "培训85人次", [["2期"], ["85人次"]], [E, "figure", "done"])
single("en", 4, 2, "By when should Morin Dawa have a second standard artificial turf field hockey pitch?", "2022年底前再建成1块", [["2022年底前"]], [E, "date", "plan"])
single("en", 5, 3, "How much provincial technical upgrading money did the Wudalianchi industry bureau help mineral water companies obtain in 2017, and how many new filling lines were installed?", "共计620万元", [["620万元"], ["3条"]], [E, "figure", "done"])
single("en", 6, 3, "When will Wudalianchi's city-level mineral water testing laboratory be completed?", "建成市级矿泉水检验检测实验室", [["2019年上半年"]], [E, "date", "plan"])
single("en", 7, 4, "How many training classes on hose production and equipment operation did the Jingxian industry bureau run, and how many people were trained?", "培训260人次", [["3期"], ["260人次"]], [E, "figure", "done"])
single("en", 8, 4, "When will the public service platform for the rubber hose industry in Jingxian be built?", "建成胶管产业公共服务平台", [["2024年上半年"]], [E, "date", "plan"])
single("en", 9, 5, "How many outdoor fire hydrants did Shaxi town install around Sifang Street in 2021, and how many fire extinguishers were handed out to businesses?", "新装室外消火栓18个", [["18个"], ["520具"]], [E, "figure", "done"])
single("en", 10, 5, "How many members does the volunteer fire brigade in Shaxi's Sideng Street have?", "现有队员24人", [["24人"]], [E, "figure"])
single("en", 11, 6, "How many kinds of cultural and creative products have the Xiangzhigou papermaking workshops developed, and what were their sales in 2023?", "文创产品12种", [["12种"], ["70万元"]], [E, "figure", "done"])
single("en", 12, 6, "By when will the traditional papermaking experience hall at Xiangzhigou be built?", "建成古法造纸体验馆", [["2024年底前"]], [E, "date", "plan"])
single("en", 13, 7, "How many square metres of potholes did the Qin'an transport bureau repair on the road to the Dadiwan site in 2016, and over how many kilometres?", "处置坑槽约3400平方米", [["3400平方米"], ["12公里"]], [E, "figure", "done"])
single("en", 14, 7, "According to the Qin'an transport bureau, who has to look into paying for vehicles and operating subsidies for a tourist bus line to Dadiwan?", "车辆购置和运营补贴需由你局协调县财政研究", [["县财政"]], [E, "who"])
single("en", 15, 8, "Why won't the Yonghe tourism bureau decide on a fast road from the county town to Qiankunwan, and who did it pass the suggestion to?", "我局无权决定", [["无权决定"], ["县交通运输局"]], [E, "declined", "who"])
single("en", 16, 8, "When will the first Yellow River meander photography contest be held at Qiankunwan?", "首届黄河蛇曲摄影大赛", [["2016年10月"]], [E, "date", "plan"])
single("en", 17, 9, "How many rose technical service teams has Yutian set up, and how many flower growers were trained?", "组建玫瑰技术服务队4支", [["4支"], ["1500人次"]], [E, "figure", "done"])
single("en", 18, 9, "Where and by when will Yutian build a cold store for fresh roses, and how large will it be?", "容量500吨的鲜花保鲜冷库", [["木尕拉镇"], ["2025年底前"], ["500吨"]], [E, "date", "plan"])
single("en", 19, 10, "How much provincial technical upgrading money did the Qionglai bureau help liquor companies obtain in 2013, and how many companies carried out upgrading projects?", "爭取省級技改資金共計1150萬元", [["1150萬元"], ["8家"]], [E, "figure", "done"])
single("en", 20, 10, "How many companies have moved into the liquor development zone in Guyi town in Qionglai?", "入駐企業19家", [["19家"]], [E, "figure"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "水利部答复壶口凌汛那条建议，文号是多少？", "文号：水防议", [["水防议〔2019〕86号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Inner Mongolia sports bureau's reply on field hockey in Morin Dawa?", "=011520000115368210/2021-00217", [["011520000115368210/2021-00217"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "五大连池矿泉水那份答复是哪两个单位一起落款的？", "=五大连池市工业和信息化局　　五大连池市市场监督管理局", [["五大连池市工业和信息化局"], ["五大连池市市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "沙溪镇答复古戏台防火那条建议，落款日期是哪天？", "=二〇二二年六月十七日", [["二〇二二年六月十七日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "秦安交通局关于大地湾的那份协办意见是写给哪个单位的？", "=秦安县旅游局：", [["秦安县旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 6, "Which township government did the Wudang bureau study the Xiangzhigou papermaking suggestion with?", "我局会同新堡布依族乡人民政府进行了研究", [["新堡布依族乡人民政府"]], [M, "lang:en", "co-handlers"])
single("metadata", 7, 10, "Who signed off the Qionglai economy and information bureau's reply on base liquor?", "簽發人", [["何志遠"]], [M, "lang:en", "signer"])
single("metadata", 8, 8, "永和乾坤湾那件建议是谁领头提的？一共几名代表？", "=贺志刚等6名代表：", [["贺志刚"], ["6名"]], [M, "lang:zh", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What did the ministry do to get ready for ice-jam emergencies at Hukou?", "How many people took part in the drill held in Yichuan?"],
      "参演人员约300人", [["300人"]], ["lang:en", "follow-up", "figure", "done"])
turns(2, 2, ["去年全区中小学生打曲棍球的比赛是在哪儿举行的？", "一共来了几支队伍？"],
      "共有14支代表队参赛", [["14支"]], ["lang:zh", "follow-up", "figure"])
turns(3, 4, ["景县的胶管企业里有没有评上专精特新的？", "省级的有几家？高新技术企业又有几家？"],
      "全县已有省级专精特新中小企业14家", [["14家"], ["19家"]], ["lang:zh", "follow-up", "figure"])
turns(4, 6, ["What has Wudang done to protect the Xiangzhigou papermaking workshops?", "How much money did the district put into that in 2023?"],
      "区财政安排非遗保护资金45万元", [["45万元"]], ["lang:en", "follow-up", "figure", "done"])
turns(5, 8, ["本县老百姓去乾坤湾能不能免门票？", "那旅游局把这个意见转给谁了？"],
      "我局已将你们的意见转达景区经营企业", [["景区经营企业"]], ["lang:zh", "follow-up", "who"])
turns(6, 9, ["What rose products do the processing companies in Yutian make?", "What was their processing output value in 2024?"],
      "2024年加工产值约1.6亿元", [["1.6亿元"]], ["lang:en", "follow-up", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 5], "哪些答复函提到组织过应急演练？分别是防什么险情的？",
      [["冰凌"], ["消防"]], ["lang:zh", "theme:emergency-drill"])
multi(2, [1, 5], "Which replies report emergency drills, and how many people took part in each?",
      [["300人"], ["400人次"]], ["lang:en", "theme:emergency-drill"])
multi(3, [3, 4, 9], "哪几封答复说到帮企业搞直播卖货？分别是什么产品？",
      [["矿泉水"], ["橡胶管", "胶管"], ["玫瑰"]], ["lang:zh", "theme:live-streaming"])
multi(4, [3, 4, 9], "Which replies mention live-streaming sales, and what figure does each give about it?",
      [["900万元"], ["18家"], ["860万元"]], ["lang:en", "theme:live-streaming"])
multi(5, [6, 7, 8], "哪几封答复提到了研学？各说的是哪个地方？",
      [["香纸沟"], ["大地湾"], ["乾坤湾"]], ["lang:zh", "theme:study-tours"])
multi(6, [6, 7, 8], "Which replies mention study tours (yanxue) for students, and what does each say about them?",
      [["2条"], ["游客和研学团队逐年增多"], ["12批次"]], ["lang:en", "theme:study-tours"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "壶口瀑布景区冬天去看冰，门票多少钱一张？", "Winter visitor numbers only; no ticket price.", "price-not-stated", "zh"),
 (1, "延长县那边沿黄河转移了多少户村民？", "延长 is not named; the 140 households are in 宜川's 壶口镇.", "another-place", "zh"),
 (1, "How many tourists did the Yichuan side of Hukou receive in the winter of 2016?", "Only the 2018 winter figure (21万人次) is given.", "another-year", "en"),
 (2, "鄂温克族自治旗有几支曲棍球队？", "鄂温克 is not named; the 38 teams are Morin Dawa's.", "another-place", "zh"),
 (2, "在莫力达瓦当曲棍球教练，一个月工资多少？", "Coaches trained and sent away are counted; no pay.", "money-not-stated", "zh"),
 (2, "What is the name of the head coach of the Morin Dawa youth field hockey team?", "Coaches are counted (4 sent to train elsewhere); none is named.", "person-not-named", "en"),
 (3, "五大连池矿泉水一箱在超市卖多少钱？", "Output value and sales contracts only; no price.", "price-not-stated", "zh"),
 (3, "爱辉区有几家矿泉水厂？", "爱辉 is not named; the 9 firms are Wudalianchi's.", "another-place", "zh"),
 (3, "What was Wudalianchi's mineral water output in 2016?", "Only 2017's 18万吨 is given.", "another-year", "en"),
 (4, "景县产的液压胶管一米卖多少钱？", "Firms and revenue only; no price.", "price-not-stated", "zh"),
 (4, "阜城县有多少家橡胶管企业？", "阜城 is not named; the 420 firms are Jingxian's.", "another-place", "zh"),
 (4, "What was the revenue of Jingxian's rubber hose industry in 2020?", "Only 2022's 150亿元 is given.", "another-year", "en"),
 (5, "在寺登街开客栈，办消防手续要交多少钱？", "Guesthouses are counted; no fee is given.", "fee-not-stated", "zh"),
 (5, "甸南镇装了多少个消火栓？", "甸南 is not named; the 18 hydrants are around 寺登街 in Shaxi.", "another-place", "zh"),
 (5, "How many fire drills did Shaxi organise in 2020?", "Only 2021's 2 drills are given.", "another-year", "en"),
 (6, "香纸沟的手工竹纸一刀卖多少钱？", "Yearly output (3万刀) and product sales only; no price.", "price-not-stated", "zh"),
 (6, "云岩区有几家古法造纸作坊？", "云岩 is not named; the 17 workshops are in Xinbao township.", "another-place", "zh"),
 (6, "What is the name of one of the district-level inheritors of Xiangzhigou papermaking?", "Three district-level inheritors are counted; none is named.", "person-not-named", "en"),
 (7, "张家川县去大地湾的路有多长？", "张家川 is not named; the 45 km road runs from Qin'an's county town.", "another-place", "zh"),
 (7, "以后开通去大地湾的旅游专线，坐一趟多少钱？", "The shuttle is only proposed; no fare.", "fee-not-stated", "zh"),
 (7, "How much did the 2016 pothole repairs on the road to Dadiwan cost?", "Area and length only; the only money figure is the 2.6亿元 widening estimate.", "money-not-stated", "en"),
 (8, "乾坤湾景区门票现在多少钱一张？", "The letter says prices are set by the price authority; no price.", "price-not-stated", "zh"),
 (8, "延川县那边的乾坤湾一年接待多少游客？", "延川 is not named; 18万人次 are Yonghe's.", "another-place", "zh"),
 (8, "How many tourists did Yonghe County receive in 2014?", "Only 2015's 18万人次 is given.", "another-year", "en"),
 (9, "策勒县种了多少亩玫瑰？", "策勒 is not named; the table is Yutian's townships.", "another-place", "zh"),
 (9, "于田的玫瑰鲜花收购价一公斤多少钱？", "Area, output and processing value only; no price.", "price-not-stated", "zh"),
 (9, "How many mu of roses did Yutian grow at the end of 2022?", "Only the end-2024 figures (2.8万亩) are given.", "another-year", "en"),
 (10, "邛崃的散装原酒一吨卖多少钱？", "Output and sales revenue only; no price.", "price-not-stated", "zh"),
 (10, "名山区有多少家白酒企业？", "名山 is not named; the 110 firms are Qionglai's.", "another-place", "zh"),
 (10, "What was Qionglai's base liquor output in 2012?", "Only 2013's 13萬千升 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa43.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
