#!/usr/bin/env python3
"""Generate qa40.jsonl (adapted from made_up/qa38/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa40.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q40-{n:02d}.txt"


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
    rows.append({"id": f"q40-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q40-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q40-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q40-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "高州水库那个灌区能浇多少亩地？渠道加起来有多长？", "设计灌溉面积约132万亩", [["132万亩"], ["1260公里"]], [P, C, "figure"])
single("zh", 2, 1, "前两年中央给这个灌区拨了多少钱搞改造？修好了多少公里渠？", "中央补助资金1.6亿元", [["1.6亿元"], ["186公里"]], [P, C, "figure", "done"])
single("zh", 3, 1, "代表想让改造的钱全部由中央掏，水利部同意没？为啥？", "由中央财政全额承担改造投资的建议", [["暂不能采纳"], ["与现行投入政策不符"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "黄梅挑花现在有几位国家级、省级传承人？会做挑花的一共多少人？", "全县能独立完成挑花作品的艺人约1300人", [["1名"], ["3名"], ["1300人"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让省里专门成立一个挑花研究所，文旅厅怎么回的？", "此项建议暂不具备实施条件", [["暂不具备实施条件"], ["挑花研究工作室", "控制事业单位总量"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "省里给挑花传习所拨过钱没有？给了多少，干什么用？", "从省级非遗保护专项资金中安排45万元", [["45万元"], ["展陈空间", "教学材料"]], [P, C, "figure", "done"])
single("zh", 7, 3, "江山做门的厂子有多少？规模大的有几家？去年一共产了多少钱的货？", "目前全市木门及配套企业约480家", [["480家"], ["96家"], ["185亿元"]], [P, C, "figure"])
single("zh", 8, 3, "代表想让政府给木门定个最低价，两个局怎么说？", "行政部门统一规定最低售价缺乏法律依据", [["无法采纳"], ["缺乏法律依据", "由企业依法自主确定"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "做门的小企业借钱难，今年上半年靠担保放出去多少？几家拿到了？", "市政府性融资担保机构为木门企业提供担保贷款5.6亿元", [["5.6亿元"], ["73家"]], [P, C, "figure", "done"])
single("zh", 10, 4, "长垣在外头干餐饮的有多少人？手里有证的多少？", "全县户籍人员中在外从事餐饮业的约5.2万人", [["5.2万人"], ["1.6万人"]], [P, C, "figure"])
single("zh", 11, 4, "学厨艺的时候能不能领生活费？人社局怎么答的？", "没有对学员发放生活补贴的规定", [["暂不能采纳"], ["没有对学员发放生活补贴的规定"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "去年有多少回乡开饭馆的厨师拿到了贷款？一共贷了多少？", "发放创业担保贷款1380万元", [["89名"], ["1380万元"]], [P, C, "figure", "done"])
single("zh", 13, 5, "镇上清了多少垃圾？拆了几处乱搭的棚子？", "清理陈年垃圾约36吨", [["36吨"], ["14处"]], [P, C, "figure", "done"])
single("zh", 14, 5, "代表想让镇上在遗址门口盖个游客中心，镇里咋回应的？", "镇政府难以承担", [["难以承担", "超出镇级财力"], ["报文物主管部门审批"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "去遗址的路牌啥时候装？装几块？", "设置遗址指示牌20块", [["6月底前"], ["20块"]], [P, C, "plan", "date"])
single("zh", 16, 6, "横林做木地板的有多少家？会产生可燃粉尘的有几家？", "目前全镇共有木地板及配套加工企业约260家", [["260家"], ["142家"]], [P, C, "figure"])
single("zh", 17, 6, "区里拿了多少钱帮企业改除尘？帮了几家？一家最多给多少？", "区财政安排粉尘防爆改造专项资金600万元", [["600万元"], ["38家"], ["30万元"]], [P, C, "figure", "done"])
single("zh", 18, 6, "委员想让政府把企业换除尘设备的钱全包了，应急局答应没？", "安全设施投入应由企业承担", [["暂不能采纳"], ["企业是安全生产的责任主体", "安全设施投入应由企业承担"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "拉石英砂的大车一天大概要过多少趟？", "日均通行石英砂运输车辆约1600车次", [["1600车次"]], [P, C, "figure"])
single("zh", 20, 7, "去年逮了多少没盖篷布、一路掉砂的车？超载的又查了多少？", "2019年共查处未苫盖、遗撒车辆420辆次", [["420辆次"], ["186辆次"]], [P, C, "figure", "done"])
single("zh", 21, 7, "城里马路洒水扫地这事归交通局管吗？", "按照职责分工由县城市管理部门负责", [["不属于我局职责范围"], ["县城市管理部门", "县城市管理局"]], [P, C, "declined", "who"])
single("zh", 22, 8, "天等种了多少亩指天椒？去年出了多少鲜椒？", "目前全县种植面积约10.5万亩", [["10.5万亩"], ["8.4万吨"]], [P, C, "figure"])
single("zh", 23, 8, "县里为啥不自己掏钱盖那个大冷库？", "项目总投资约6000万元", [["6000万元"], ["难以承担", "暂不具备建设条件"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "辣椒往外运运费太贵，农业局能管吗？转给谁了？", "物流和运输价格不属于我局职责范围", [["不属于我局职责范围"], ["县商务局", "县交通运输局"]], [P, C, "declined", "who"])
single("zh", 25, 9, "甘棠镇种了多少亩茯苓？有多少户在种？", "甘棠镇　　2600", [["2600"], ["610"]], [P, C, "figure", "table"])
single("zh", 26, 9, "不砍整棵树、改用木屑种茯苓，示范搞了多大？花了多少钱？", "建设松木屑代料栽培示范基地300亩", [["300亩"], ["500万元"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想在县里弄个国家级的茯苓检测机构，县里怎么说？", "我县目前不具备申报条件", [["暂不能采纳"], ["不具备申报条件"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "建瓯种锥栗的面积有多大？去年锥栗卖了多少钱？", "目前全市錐栗種植面積約36萬畝", [["36萬畝"], ["4.1億元"]], [P, C, "figure"])
single("zh", 29, 10, "老栗园改造了多少亩？用了多少钱？", "完成錐栗低產林改造1.8萬畝", [["1.8萬畝"], ["360萬元"]], [P, C, "figure", "done"])
single("zh", 30, 10, "代表建议搞个全国性的锥栗市场，林业局怎么答复？", "專業市場的規劃建設由商務部門負責", [["不屬於我局職責範圍"], ["市商務局", "由商務部門負責"]], [P, C, "declined", "who"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "By when should the Gaozhou Reservoir irrigation district install water measuring facilities at the main canal offtakes, and how many?", "在干渠主要分水口安装量水设施86处", [["2022年底前"], ["86处"]], [E, "date", "plan"])
single("en", 2, 1, "After the 2019-2020 works in the Gaozhou Reservoir irrigation district, how much irrigated land was added or restored, and how much water is saved a year?", "中央补助资金1.6亿元", [["9.5万亩"], ["2100万立方米"]], [E, "figure", "done"])
single("en", 3, 2, "By when will the Hubei culture and tourism department finish digitally recording the basic stitches of Huangmei cross-stitch, and how many stitches are there?", "计划于2020年底前完成", [["12种"], ["2020年底前"]], [E, "date", "plan"])
single("en", 4, 2, "How many training sessions on Huangmei cross-stitch have been held since 2018, and how many trainees attended?", "培训学员180人次", [["2期"], ["180人次"]], [E, "figure", "done"])
single("en", 5, 3, "How many Jiangshan wooden door companies received digital upgrade plans in 2022, and how many have completed smart production line upgrades?", "已有19家完成生产线智能化改造", [["41家"], ["19家"]], [E, "figure", "done"])
single("en", 6, 3, "When will the Jiangshan wooden door design competition be held?", "两单位将于2023年10月联合举办江山木门设计大赛", [["2023年10月"]], [E, "date", "plan"])
single("en", 7, 4, "How many people did the Changyuan county human resources bureau train in cooking skills in 2017, and how many obtained vocational certificates?", "开展中式烹调、中式面点等技能培训2860人次", [["2860人次"], ["1940人"]], [E, "figure", "done"])
single("en", 8, 4, "How many chefs took part in Changyuan's first chef skills contest in October 2017?", "共有214名厨师参赛", [["214名"]], [E, "figure"])
single("en", 9, 5, "How many temporary parking spaces did Dayuan town set up near the Xianrendong site, and how long is the repaired footpath?", "利用村集体闲置空地设置临时停车位60个", [["60个"], ["1.2公里"]], [E, "figure", "done"])
single("en", 10, 5, "On what date did Dayuan town leaders inspect the area around the Xianrendong site in Wannian?", "于4月18日带领镇村干部", [["4月18日"]], [E, "date"])
single("en", 11, 6, "How many companies did the Wujin emergency management bureau inspect in 2021 for dust explosion risks, and how many hazards were found?", "共检查企业310家次", [["310家次"], ["860处"]], [E, "figure", "done"])
single("en", 12, 6, "By when should the dust-explosion-risk firms in Hengling install dust concentration monitoring equipment?", "2022年底前推动142家涉爆企业", [["2022年底前"]], [E, "date", "plan"])
single("en", 13, 7, "How many off-site overload detection points will the Fengyang transport bureau build, and by when?", "建成治超非现场执法检测点4处", [["4处"], ["2020年9月底前"]], [E, "figure", "date", "plan"])
single("en", 14, 7, "How many key quartz sand companies in Fengyang were required to build truck washing facilities at their gates?", "督促8家重点石英砂企业", [["8家"]], [E, "figure", "done"])
single("en", 15, 8, "Why won't the Tiandeng agriculture bureau pay chilli growers a subsidy per mu?", "我局无权自行设立针对单一作物的面积补贴", [["无权"], ["无法采纳"]], [E, "declined", "reason"])
single("en", 16, 8, "How many training sessions did the Tiandeng agriculture bureau run for chilli growers in 2016, and on how many mu were improved varieties and green pest control promoted?", "推广良种和绿色防控技术2.3万亩", [["10期"], ["2.3万亩"]], [E, "figure", "done"])
single("en", 17, 9, "How many qualified poria spawn bags can the new spawn breeding base in Jingzhou supply each year?", "年可供应合格菌种约80万袋", [["80万袋"]], [E, "figure"])
single("en", 18, 9, "By when will Jingzhou expand substitute-substrate poria cultivation, and to how many mu?", "一是2025年底前将代料栽培推广面积扩大到1000亩", [["2025年底前"], ["1000亩"]], [E, "date", "plan"])
single("en", 19, 10, "How large is the chestnut grafted seedling base the Jian'ou forestry bureau plans to build, and how many seedlings will it supply a year?", "錐栗良種嫁接苗基地100畝", [["100畝"], ["50萬株"]], [E, "figure", "plan"])
single("en", 20, 10, "On how many mu were Jian'ou chestnut orchards treated against pests such as the chestnut gall wasp in 2013, and how many monitoring points were set up?", "2013年防治面積5.6萬畝", [["5.6萬畝"], ["3個"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "水利部答复高州水库灌区那条建议，文号是多少？", "水灌函", [["水灌函〔2021〕57号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Hubei culture and tourism department's reply on Huangmei cross-stitch?", "011043082", [["011043082/2019-00218"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "江山木门那份答复是哪两个局联名签的？", "=江山市经济和信息化局　　江山市市场监督管理局", [["江山市经济和信息化局"], ["江山市市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "大源镇政府答复仙人洞遗址那条建议，落款是哪天？", "=二〇二四年五月二十八日", [["二〇二四年五月二十八日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "凤阳交通局那份石英砂扬尘的协办意见是写给哪个单位的？", "=凤阳县生态环境分局：", [["凤阳县生态环境分局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 4, "长垣人社局答复厨师培训那件提案，签发人是谁？", "签发人：吕建华", [["吕建华"]], [M, "lang:zh", "signer"])
single("metadata", 7, 6, "Which units co-handled the Wujin proposal on dust explosion safety in Hengling's wood floor companies?", "区工业和信息化局、横林镇人民政府会办", [["区工业和信息化局"], ["横林镇人民政府"]], [M, "lang:en", "co-handlers"])
single("metadata", 8, 10, "Who made the suggestion on Jian'ou chestnuts that the forestry bureau answered, and how many deputies signed it?", "=詹國良等4名代表：", [["詹國良"], ["4名"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 2, ["What did the Hubei culture and tourism department do to show Huangmei cross-stitch to the public in June 2019?", "How many works were on display?"],
      "现场展出作品64件", [["64件"]], ["lang:en", "follow-up", "figure", "done"])
turns(2, 3, ["江山木门的质检中心现在出报告快不快？", "那去年一共帮企业测了多少批样品？"],
      "2022年为企业检测样品约3400批次", [["3400批次"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 6, ["Does the Wujin emergency management bureau plan any safety service for small firms?", "How many firms should it cover this year?"],
      "年内覆盖企业不少于60家", [["60家"]], ["lang:en", "follow-up", "figure", "plan"])
turns(4, 7, ["凤阳交通局在运输企业这头做了哪些源头管理？", "被叫去谈话的运输公司有几家？"],
      "约谈运输企业12家", [["12家"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 9, ["靖州打算怎么管新开的苓场？", "多陡的山就不让再开了？"],
      "坡度25度以上山地不再新开苓场", [["25度以上"]], ["lang:zh", "follow-up", "rule", "plan"])
turns(6, 10, ["What is the Jian'ou forestry bureau doing about soil erosion in chestnut orchards?", "On how many mu has it been demonstrated?"],
      "示範面積2.2萬畝", [["2.2萬畝"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 4], "哪些答复函提到了非物质文化遗产？分别是什么项目，打算做什么？",
      [["黄梅挑花"], ["市级非物质文化遗产"]], ["lang:zh", "theme:intangible-heritage"])
multi(2, [2, 4], "Which replies mention intangible cultural heritage, and for which crafts or skills?",
      [["黄梅挑花"], ["烹饪技艺"]], ["lang:en", "theme:intangible-heritage"])
multi(3, [9, 10], "哪些答复函说到了种植造成水土流失？各自是怎么应对的？",
      [["代料栽培", "松木屑"], ["生草栽培", "水平帶"]], ["lang:zh", "theme:soil-erosion"])
multi(4, [9, 10], "Which replies discuss soil erosion caused by cultivation, and how large are the demonstration areas they report?",
      [["300亩"], ["2.2萬畝"]], ["lang:en", "theme:soil-erosion"])
multi(5, [3, 4], "哪些答复函提到了担保贷款？各放了多少？",
      [["5.6亿元"], ["1380万元"]], ["lang:zh", "theme:guaranteed-loans"])
multi(6, [3, 4], "Which replies report guaranteed loans, and who received them?",
      [["木门企业"], ["厨师"]], ["lang:en", "theme:guaranteed-loans"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "高州水库灌区浇地的水费一立方米收多少钱？", "Area, canals and works only; no water price.", "price-not-stated", "zh"),
 (1, "信宜市有多少亩有效灌溉面积？", "信宜 is not named; 132万亩 is the Gaozhou Reservoir district's design area.", "another-place", "zh"),
 (1, "How much central funding did the Gaozhou Reservoir irrigation district receive in 2018?", "Only the 2019-2020 total (1.6亿元) is given.", "another-year", "en"),
 (2, "黄梅挑花那位国家级传承人叫什么名字？", "The letter counts one national-level inheritor but names nobody.", "person-not-named", "zh"),
 (2, "武穴市有多少人会做挑花？", "武穴 is not named; 1300 artisans are Huangmei's.", "another-place", "zh"),
 (2, "How much provincial intangible heritage money did the Huangmei cross-stitch workshop receive in 2017?", "Only the 2018 allocation (45万元) is given.", "another-year", "en"),
 (3, "江山一樘实木门出厂大概卖多少钱？", "Firms, output value and loans only; no price (the letter refuses a minimum price).", "price-not-stated", "zh"),
 (3, "广丰区有多少家木门企业？", "广丰 is not named; 480 firms are Jiangshan's.", "another-place", "zh"),
 (3, "What was the output value of Jiangshan's wooden door industry in 2021?", "Only 2022's 185亿元 is given.", "another-year", "en"),
 (4, "在长垣报一期中式烹调培训，学员自己要交多少学费？", "Subsidies go to the training bodies; no fee is stated.", "fee-not-stated", "zh"),
 (4, "封丘县在外当厨师的有多少人？", "封丘 is not named; 5.2万人 is Changyuan's.", "another-place", "zh"),
 (4, "How many people did the Changyuan human resources bureau train in cooking skills in 2016?", "Only 2017's 2860人次 and the 2018 plan are given.", "another-year", "en"),
 (5, "仙人洞遗址的门票多少钱一张？", "Clean-up, parking and signs only; no ticket price.", "price-not-stated", "zh"),
 (5, "余干县那边的遗址周边清理了多少垃圾？", "余干 is not named; 36吨 is Dayuan's.", "another-place", "zh"),
 (5, "How much did it cost to repair the footpath to the Xianrendong site?", "Length (1.2公里) only; no money figure anywhere in the letter.", "money-not-stated", "en"),
 (6, "溧阳市有多少家粉尘涉爆企业？", "溧阳 is not named; 142 firms are Hengling's.", "another-place", "zh"),
 (6, "横林镇上一次发生粉尘爆炸事故是哪一年？", "The letter reports inspections and hazards, no accident.", "date-not-stated", "zh"),
 (6, "How many hazards did Wujin's inspections of dust-explosion-risk firms find in 2020?", "Only 2021's 860处 is given.", "another-year", "en"),
 (7, "定远县每天有多少辆石英砂运输车经过？", "定远 is not named; 1600车次 is Fengyang's.", "another-place", "zh"),
 (7, "拉砂车超限被查到一次要罚多少钱？", "Numbers of vehicles dealt with only; no fine amount.", "fee-not-stated", "zh"),
 (7, "How much will the four off-site overload detection points in Fengyang cost?", "Number and deadline only; no money figure anywhere in the letter.", "money-not-stated", "en"),
 (8, "今年天等鲜指天椒收购价一斤多少钱？", "The letter says purchase prices fell, with no figure.", "price-not-stated", "zh"),
 (8, "大新县种了多少亩指天椒？", "大新 is not named; 10.5万亩 is Tiandeng's.", "another-place", "zh"),
 (8, "How many tonnes of fresh chillies did Tiandeng produce in 2014?", "Only 2015's 8.4万吨 is given.", "another-year", "en"),
 (9, "绥宁县茯苓种植面积有多少？", "绥宁 is not named; the table is Jingzhou's towns.", "another-place", "zh"),
 (9, "鲜茯苓现在多少钱一斤？", "Area, output and value (42亿元) only; no price.", "price-not-stated", "zh"),
 (9, "What was Jingzhou's fresh poria output in 2023?", "Only 2024's figures (1.8万吨) are given.", "another-year", "en"),
 (10, "建瓯锥栗今年收购价每斤多少钱？", "Area, output and value (4.1億元) only; no price.", "price-not-stated", "zh"),
 (10, "顺昌县锥栗种植面积有多大？", "顺昌 is not named; 36萬畝 is Jian'ou's.", "another-place", "zh"),
 (10, "What was Jian'ou's chestnut output in 2012?", "Only 2013's 2.4萬噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa40.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
