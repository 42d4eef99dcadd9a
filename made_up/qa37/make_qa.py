#!/usr/bin/env python3
"""Generate qa37.jsonl (adapted from made_up/qa36/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa37.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q37-{n:02d}.txt"


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
    rows.append({"id": f"q37-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q37-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q37-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q37-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "清河搞羊绒的厂子和加工户有多少？干这行的有多少人？", "现有羊绒分梳、纺纱、针织企业和个体加工户约1800家", [["1800家"], ["9万人"]], [P, C, "figure"])
single("zh", 2, 1, "工信部给清河羊绒厂技改掏了多少钱？添了多少台机器？", "安排羊绒高效分梳", [["1200万元"], ["420台套"]], [P, C, "figure", "done"])
single("zh", 3, 1, "代表想让国家专门囤一批羊绒原料，部里为啥没答应？", "羊绒原料未列入国家重要商品储备目录", [["暂不能采纳", "暂不具备实施条件"], ["未列入国家重要商品储备目录", "须经国务院批准"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "焉耆现在养着多少匹马？好马有多少？", "目前全县马匹存栏约9.6万匹", [["9.6万匹"], ["3.1万匹"]], [P, C, "figure"])
single("zh", 5, 2, "自治区给焉耆养马拨了多少钱？新建了几个配种点？", "我厅安排焉耆县马产业项目资金1800万元", [["1800万元"], ["14个"]], [P, C, "figure", "done"])
single("zh", 6, 2, "委员要自治区每年掏五千万专门扶持马产业，厅里咋回的？", "受财力所限", [["暂不能采纳"], ["不再新设单一畜种专项", "统筹在畜牧业发展资金中安排"]], [P, C, "declined", "reason"])
single("zh", 7, 3, "定襄做法兰锻件的厂子有多少？上规模的几家？", "目前全县有法兰及锻件生产企业约310家", [["310家"], ["96家"]], [P, C, "figure"])
single("zh", 8, 3, "县里给锻造厂换加热炉补了多少钱？补了几家？", "县财政安排技术改造补助资金2600万元", [["2600万元"], ["34家"]], [P, C, "figure", "done"])
single("zh", 9, 3, "那个法兰检测中心盖在哪儿？啥时候能用上？", "县法兰产品质量检验中心已在宏道镇开工建设", [["宏道镇"], ["2021年12月底前"]], [P, C, "where", "plan"])
single("zh", 10, 4, "华宁做陶的作坊一共多少家？一年能卖出多少产值？", "目前全县有制陶作坊和企业56家", [["56家"], ["1.3亿元"]], [P, C, "figure"])
single("zh", 11, 4, "文旅局改那个传习馆花了多少钱？一年来了多少人？", "我局投入85万元", [["85万元"], ["2.4万人次"]], [P, C, "figure", "done"])
single("zh", 12, 4, "委员想把碗窑村的老龙窑重新点火烧柴，能行吗？为啥？", "恢复柴烧需通过环境影响评价", [["暂不具备恢复条件"], ["居民区内", "环境影响评价", "消防安全"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "三洞乡会绣马尾绣的妇女有多少？去年卖了多少钱？", "全乡会做马尾绣的妇女约1100人", [["1100人"], ["460万元"]], [P, C, "figure"])
single("zh", 14, 5, "乡里改的那个传习点花了多少钱？一次能坐多少学员？", "乡政府投入18万元", [["18万元"], ["30名"]], [P, C, "figure", "done"])
single("zh", 15, 5, "代表想让乡里给每个绣娘按月发补贴，为啥办不了？", "乡级财力有限", [["无法采纳"], ["乡级财力有限", "没有安排此项补贴的资金来源"]], [P, C, "declined", "reason"])
single("zh", 16, 6, "南溪豆腐干一年产值多少？网上卖了多少？", "2022年全区豆腐干产值约26亿元", [["26亿元"], ["7.5亿元"]], [P, C, "figure"])
single("zh", 17, 6, "区里拿了多少钱帮豆腐干厂换设备？帮了几家？", "区财政安排特色食品产业发展资金1200万元", [["1200万元"], ["19家"]], [P, C, "figure", "done"])
single("zh", 18, 6, "委员想让区里出面统一收黄豆稳住成本，经信局同意不？", "原料采购属于企业自主经营行为", [["不能采纳"], ["企业自主经营行为", "既无资金渠道", "扰乱市场价格"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "佟二堡卖皮草的商户有多少？去年成交了多少钱？", "佟二堡现有皮草经营商户约4200户", [["4200户"], ["110亿元"]], [P, C, "figure"])
single("zh", 20, 7, "商务局给皮草商户办了几期网店培训？多少人参加？", "举办电商运营、网店美工和摄影培训10期", [["10期"], ["730人次"]], [P, C, "figure", "done"])
single("zh", 21, 7, "给养貂的人发饲料补贴，商务局能管吗？", "该事项属于农业部门职责", [["不属于我局职责范围"], ["农业部门", "市农村经济局"]], [P, C, "declined", "who"])
single("zh", 22, 8, "绥芬河做木材加工的企业有多少？那年运进来多少俄罗斯木头？", "我市现有木材加工企业约420家", [["420家"], ["680万立方米"]], [P, C, "figure"])
single("zh", 23, 8, "代表要政府掏钱盖个木材交易储备中心，为啥不干？", "商铺空置率约35%", [["不能采纳"], ["空置率约35%", "既无资金来源", "加剧市场空置"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "企业用电的优惠能不能再延长点？市里说了算吗？", "工业用电价格由省价格主管部门核定", [["暂不能采纳"], ["省价格主管部门核定", "市里无权自行调整"]], [P, C, "declined", "who"])
single("zh", 25, 9, "新兴镇种了多少亩辣椒？产值多少？", "新兴镇　　8200", [["8200"], ["6560"]], [P, C, "figure", "table"])
single("zh", 26, 9, "甘谷做辣椒加工的厂子有几家？一年能加工多少？", "全县有辣椒加工企业17家", [["17家"], ["1.9万吨"]], [P, C, "figure"])
single("zh", 27, 9, "委员想让政府按保护价把辣椒全收了，农业农村局同意吗？", "由政府按保护价兜底收购既无资金渠道", [["不能采纳"], ["既无资金渠道", "由市场供求决定", "不符合市场规律"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "安塞有多少支腰鼓队？能上场打鼓的有多少人？", "全縣現有農村和社區腰鼓隊約260支", [["260支"], ["3.5萬人"]], [P, C, "figure"])
single("zh", 29, 10, "盖个腰鼓博物馆得花多少钱？县里为啥不盖？", "新建博物館需投資約2600萬元", [["2600萬元"], ["難以承擔", "暫不能採納"]], [P, C, "declined", "reason", "figure"])
single("zh", 30, 10, "去年县里给腰鼓传承拨了多少钱？给多少支村里的鼓队换了家伙？", "縣財政安排安塞腰鼓傳承保護經費45萬元", [["45萬元"], ["32支"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much did Qinghe's cashmere exports earn in 2017, and how many countries and regions buy its products?", "羊绒制品出口额约3.2亿美元", [["3.2亿美元"], ["30多个"]], [E, "figure"])
single("en", 2, 1, "Which authority is responsible for setting up a national-level cashmere testing centre, according to the ministry's reply on Qinghe?", "检验检测机构的资质认定和国家级质检中心的设立由国家市场监督管理总局负责", [["国家市场监督管理总局"], ["不属于我部职责范围"]], [E, "who", "rule"])
single("en", 3, 2, "How much fresh mare's milk did Yanqi produce in 2019, and how many processors and cooperatives handle it?", "2019年生产鲜马奶约1.4万吨", [["1.4万吨"], ["23家"]], [E, "figure"])
single("en", 4, 2, "By when should the horse genetic evaluation centre in Yanqi finish testing registered horses, and how many horses?", "计划2021年底前完成1.5万匹登记马", [["2021年底前"], ["1.5万匹"]], [E, "date", "figure", "plan"])
single("en", 5, 3, "How many order-based classes did Dingxiang open with the county vocational school, and how many trainees graduated this year?", "今年毕业学员118人", [["3个"], ["118人"]], [E, "figure", "done"])
single("en", 6, 3, "What training subsidy does Dingxiang pay each trainee who earns a vocational certificate, and how many training sessions have been held since 2020?", "按每人800元给予培训补贴", [["800元"], ["23期"]], [E, "rate", "figure"])
single("en", 7, 4, "How many county-level and how many provincial-level inheritors of Huaning pottery are there?", "全县有华宁陶省级代表性传承人2名", [["17名"], ["2名"]], [E, "figure"])
single("en", 8, 4, "By when does the Huaning culture and tourism bureau plan to finish the file for national listing of Huaning pottery?", "计划于2020年6月前完成", [["2020年6月前"]], [E, "date", "plan"])
single("en", 9, 5, "How many horsetail embroidery training classes has Sandong township held this year, and how many women attended?", "举办马尾绣技艺培训班6期", [["6期"], ["240人次"]], [E, "figure", "done"])
single("en", 10, 5, "When should the horsetail embroidery sales room in the Sandong township seat open?", "力争今年10月底前开门营业", [["10月底前"]], [E, "date", "plan"])
single("en", 11, 6, "How large are the standard factory buildings in Nanxi's food industrial park, and how many dried tofu companies have moved in?", "区食品产业园一期已建成标准厂房3.6万平方米", [["3.6万平方米"], ["9家"]], [E, "figure", "done"])
single("en", 12, 6, "When will the Nanxi dried tofu group standard be released, and who is drafting it?", "计划于2024年3月前发布", [["2024年3月前"], ["区食品行业协会"]], [E, "date", "who", "plan"])
single("en", 13, 7, "By how much did the shared dispatch centre in Tong'erbao cut the shipping cost per parcel for fur traders?", "商户发货成本平均每单下降约1.5元", [["1.5元"]], [E, "figure", "done"])
single("en", 14, 7, "When does the Dengta commerce bureau plan to open a live-streaming base for fur in Tong'erbao, and how many streaming teams will come in the first batch?", "计划于2017年10月前在佟二堡建成", [["2017年10月前"], ["20个"]], [E, "date", "figure", "plan"])
single("en", 15, 8, "Why won't Suifenhe subsidize the transport costs of imported logs?", "市级财政没有此项资金渠道", [["无法采纳"], ["没有此项资金渠道", "公平竞争审查"]], [E, "declined", "reason"])
single("en", 16, 8, "How many technical staff did the Suifenhe industry bureau train this year, and how much provincial money did it help six firms apply for?", "培训企业技术人员210人次", [["210人次"], ["580万元"]], [E, "figure", "done"])
single("en", 17, 9, "How many mu of standardized chili bases does Gangu plan to add in 2025, and what one-off subsidy per mu will it pay?", "我局计划2025年新建辣椒标准化种植基地1.5万亩", [["1.5万亩"], ["200元"]], [E, "figure", "rate", "plan"])
single("en", 18, 9, "How many chili drying lines were built in Gangu, and what share of fresh chilies is now dried on the spot?", "鲜椒就地烘干率由35%提高到52%", [["9条"], ["52%"]], [E, "figure", "done"])
single("en", 19, 10, "From when will waist drumming become part of PE lessons in Ansai's primary schools, and for which grades?", "計劃於2013年9月新學期起", [["2013年9月"], ["三、四年級"]], [E, "date", "plan"])
single("en", 20, 10, "What yearly allowance does each recognized waist drum inheritor in Ansai receive?", "每人每年發放傳承補助1500元", [["1500元"]], [E, "rate"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "工信部答复清河羊绒那条建议，文号是多少？", "文　　号：工信建函〔2018〕183号", [["工信建函〔2018〕183号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Xinjiang agriculture and rural affairs department's reply on the horse industry in Yanqi?", "| 索引号 | XJNY-2020-00582", [["XJNY-2020-00582"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "定襄法兰锻造那份答复，是哪两个部门联名回的？", "=定襄县工业和信息化局　　定襄县人力资源和社会保障局", [["定襄县工业和信息化局"], ["定襄县人力资源和社会保障局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "三洞乡政府答复马尾绣那条建议，落款日期是哪天？", "=二〇一四年六月二十三日", [["二〇一四年六月二十三日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "Which district CPPCC session and proposal number does the Nanxi economy and information technology bureau's reply on dried tofu answer?", "=关于区政协第八届第二次会议第46号提案的答复", [["第八届第二次会议"], ["第46号"]], [M, "lang:en", "proposal-number"])
single("metadata", 6, 7, "灯塔商务局关于皮草那件提案的会办意见，是写给哪个单位的？", "=灯塔市经济和信息化局：", [["灯塔市经济和信息化局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 8, "绥芬河工信局答复进口木材那条建议，签发人是谁？", "签发：姜德彬", [["姜德彬"]], [M, "lang:zh", "signer"])
single("metadata", 8, 10, "Who led the suggestion on protecting Ansai waist drumming that the county culture bureau answered?", "=馮書強等6名代表：", [["馮書強"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What does the Ministry of Industry and Information Technology plan next for Qinghe's cashmere firms?", "By when should the revised standard be submitted, and how many firms will go to the 2019 fair?"],
      "推动修订羊绒针织品行业标准", [["2019年底前"], ["20家"]], ["lang:en", "follow-up", "date", "plan"])
turns(2, 3, ["定襄锻造企业缺地，县里怎么说？", "园区现在还剩多少地能用？"],
      "目前县内锻造园区可供工业用地约420亩", [["420亩"]], ["lang:zh", "follow-up", "figure"])
turns(3, 4, ["What tourism plans does the Huaning bureau have for Wanyao village?", "What will be built at the village entrance, and by when?"],
      "2019年底前在村口建成游客停车场", [["2019年底前"], ["游客停车场"]], ["lang:en", "follow-up", "date", "plan"])
turns(4, 6, ["南溪做豆腐干的黄豆多半靠外地，经信局打算怎么办？", "订单基地落在哪几个镇？有多大？"],
      "目前已在大观镇、江南镇落实订单黄豆基地3200亩", [["大观镇", "江南镇"], ["3200亩"]], ["lang:zh", "follow-up", "where", "figure"])
turns(5, 8, ["Who is responsible for inspecting imported timber, according to the Suifenhe industry bureau?", "So what did the bureau do with the suggestion of a timber quarantine lab?"],
      "我局已将建议转送绥芬河出入境检验检疫局研究办理", [["转送绥芬河出入境检验检疫局"]], ["lang:en", "follow-up", "who", "declined"])
turns(6, 9, ["甘谷想建个辣椒交易市场，有进展没？", "选在哪个镇？打算建些啥？"],
      "选址在安远镇", [["安远镇"], ["交易大棚", "冷藏库"]], ["lang:zh", "follow-up", "where", "plan"])
# ---------------- multi_letter (6) ----------------
multi(1, [4, 5, 10], "哪些答复函讲到了非遗项目的传承？各自做了些什么？",
      [["85万元", "140人次"], ["18万元", "240人次"], ["45萬元", "120名"]], ["lang:zh", "theme:intangible-heritage"])
multi(2, [4, 5, 10], "Which replies deal with intangible cultural heritage, and what money do they report spending?",
      [["85万元"], ["18万元"], ["45萬元"]], ["lang:en", "theme:intangible-heritage"])
multi(3, [6, 7], "哪些答复函说到了电商培训？各培训了多少人次？",
      [["520人次"], ["730人次"]], ["lang:zh", "theme:e-commerce"])
multi(4, [6, 7], "Which replies report online sales, and how large were they?",
      [["7.5亿元"], ["28亿元"]], ["lang:en", "theme:e-commerce"])
multi(5, [1, 3], "哪些答复函提到了产品卖到国外？各卖到多少个国家和地区？",
      [["30多个"], ["40多个"]], ["lang:zh", "theme:exports"])
multi(6, [1, 3], "Which replies mention exports, and what export figures do they give?",
      [["3.2亿美元", "30多个"], ["40多个"]], ["lang:en", "theme:exports"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "清河一件羊绒衫出厂价大概多少钱？", "Firms (1800家), workers and 2017 sales (165亿元) only; no price.", "price-not-stated", "zh"),
 (1, "故城县有多少家羊绒加工企业？", "故城 is not named; the 1800 firms are Qinghe's.", "another-place", "zh"),
 (1, "What were Qinghe's cashmere sales in 2016?", "Only 2017's 165亿元 is given.", "another-year", "en"),
 (2, "焉耆鲜马奶一公斤收购价是多少？", "Milk output (1.4万吨) and processors (23家) only; no price.", "price-not-stated", "zh"),
 (2, "和硕县有多少匹马？", "和硕 is not named; 9.6万匹 are Yanqi's.", "another-place", "zh"),
 (2, "How many tourists did Yanqi receive in 2018?", "Only 2019's 86万人次 is given.", "another-year", "en"),
 (3, "原平市有多少家锻造企业？", "原平 is not named; the 310 firms are Dingxiang's.", "another-place", "zh"),
 (3, "定襄的法兰现在一吨卖多少钱？", "Output value (150亿元) only; no price.", "price-not-stated", "zh"),
 (3, "What was the output value of Dingxiang's flange and forging industry in 2019?", "Only 2020's 150亿元 is given.", "another-year", "en"),
 (4, "去华宁陶传习馆体验做陶，一个人收多少钱？", "Visitors (2.4万人次) only; no fee.", "fee-not-stated", "zh"),
 (4, "江川区有多少家制陶作坊？", "江川 is not named; the 56 workshops are Huaning's.", "another-place", "zh"),
 (4, "What was the output value of Huaning pottery in 2017?", "Only 2018's 1.3亿元 is given.", "another-year", "en"),
 (5, "一条马尾绣背带能卖多少钱？", "Total sales (460万元) only; no price.", "price-not-stated", "zh"),
 (5, "都匀市有多少妇女会做马尾绣？", "都匀 is not named; 1100 women are Sandong's.", "another-place", "zh"),
 (5, "What were Sandong's horsetail embroidery sales in 2012?", "Only 2013's 460万元 is given.", "another-year", "en"),
 (6, "江安县有多少家豆腐干企业？", "江安 is not named; the 42 firms are Nanxi's.", "another-place", "zh"),
 (6, "南溪豆腐干一袋零售多少钱？", "Output value (26亿元) only; no price.", "price-not-stated", "zh"),
 (6, "How much did it cost to build the first phase of Nanxi's food industrial park?", "Floor area (3.6万平方米) and tenants (9家) only; no cost.", "money-not-stated", "en"),
 (7, "佟二堡一件貂皮大衣一般卖多少钱？", "Trade volume (110亿元) only; no price.", "price-not-stated", "zh"),
 (7, "辽中区有多少皮草商户？", "辽中 is not named; 4200 traders are Tong'erbao's.", "another-place", "zh"),
 (7, "What was Tong'erbao's fur trade volume in 2015?", "Only 2016's 110亿元 is given.", "another-year", "en"),
 (8, "海林市有多少家木材加工企业？", "海林 is not named; 420 firms are Suifenhe's.", "another-place", "zh"),
 (8, "现在一立方米俄罗斯樟子松原木要多少钱？", "Volume (680万立方米) only; no price.", "price-not-stated", "zh"),
 (8, "How much Russian timber reached Suifenhe in 2014?", "Only 2015's 680万立方米 is given.", "another-year", "en"),
 (9, "武山县种了多少亩辣椒？", "武山 is not named; 3.6万亩 and the town table are Gangu's.", "another-place", "zh"),
 (9, "甘谷鲜辣椒一斤收购价多少？", "Output (7.1万吨) and value only; no price.", "price-not-stated", "zh"),
 (9, "How many mu of chili did Gangu grow in 2022?", "Only 2023's figures (3.6万亩, the town table) are given.", "another-year", "en"),
 (10, "请安塞腰鼓队出去演一场要多少钱？", "Shows (140場) are counted; no fee.", "fee-not-stated", "zh"),
 (10, "志丹县有多少支腰鼓队？", "志丹 is not named; 260 teams are Ansai's.", "another-place", "zh"),
 (10, "How much did the Ansai county budget give to waist drum protection in 2011?", "Only 2012's 45萬元 (and 60萬元 this year) is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa37.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
