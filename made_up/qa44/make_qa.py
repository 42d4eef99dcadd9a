#!/usr/bin/env python3
"""Generate qa44.jsonl (adapted from made_up/qa42/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa44.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q44-{n:02d}.txt"


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
    rows.append({"id": f"q44-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q44-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q44-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q44-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "常熟那边弹古琴的社团和教琴的点有几个？平时常练琴的大概多少人？", "现有古琴社团和传习点9个", [["9个"], ["1300人"]], [P, C, "figure"])
single("zh", 2, 1, "国家给虞山琴派这个项目拨了多少钱？钱花在哪了？", "安排虞山琴派项目补助85万元", [["85万元"], ["抢救性记录"]], [P, C, "figure", "done"])
single("zh", 3, 1, "代表想让中央掏钱在常熟盖一座古琴博物馆，文旅部答应了吗？为啥？", "不用于地方场馆新建", [["暂不能采纳"], ["不用于地方场馆新建"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "东方那边的坡鹿现在大概有多少只？", "现有坡鹿约1900只", [["1900只"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让政府照市场价把被鹿糟蹋的庄稼全赔了，林业局同意没有？", "按农作物市场价全额补偿的建议目前难以采纳", [["难以采纳"], ["按照我省有关办法执行", "提高补偿标准"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "为了不让鹿跑进地里，在保护区和田地中间拦了多长？", "修建防护围栏8.5公里", [["8.5公里"]], [P, C, "figure", "done"])
single("zh", 7, 3, "闽侯做汽车配件的厂子有多少家？上规模的几家？去年一共产了多少钱的货？", "目前全县汽车零部件及配套企业约140家", [["140家"], ["46家"], ["280亿元"]], [P, C, "figure"])
single("zh", 8, 3, "代表想让县里给所有技术工人每月发800块租房钱，两个局怎么说？", "县财政目前没有此项预算安排", [["无法采纳"], ["没有此项预算安排", "超出两单位职权"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "去年人社局在青口办了几场招工会？谈成了多少人？", "组织专场招聘会18场", [["18场"], ["1600人"]], [P, C, "figure", "done"])
single("zh", 10, 4, "宁乡现在圈里养着多少头花猪？一年能卖出栏多少头？", "全市宁乡花猪存栏约4.6万头", [["4.6万头"], ["9万头"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让政府出钱盖个专门宰花猪的厂，农业农村局怎么回的？", "由政府出资新建专用屠宰场的建议暂不能采纳", [["暂不能采纳"], ["全省生猪屠宰行业发展规划", "定点屠宰企业"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "前年花猪肉在网上一共卖了多少钱？", "2022年线上销售额约3100万元", [["3100万元"]], [P, C, "figure", "done"])
single("zh", 13, 5, "梅城江边洗衣服打水用的石阶一共有多少处？坏了的有几处？", "现有群众日常洗涤、取水用的河埠头36处", [["36处"], ["11处"]], [P, C, "figure"])
single("zh", 14, 5, "代表想在江边弄个夏天能游泳的地方，镇里同意没有？为啥？", "不具备设置游泳区的条件", [["无法实施"], ["水流急", "饮用水水源保护范围"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "剩下那几处坏了的石阶什么时候能修好？还有几处？", "今年8月底前完成其余6处破损埠头的修缮", [["8月底前"], ["6处"]], [P, C, "plan", "date"])
single("zh", 16, 6, "古城里一下大雨容易淹的地方有几处？多在哪一片？", "现有易积水点12处", [["12处"], ["古城北片"]], [P, C, "figure"])
single("zh", 17, 6, "委员说干脆把古城的下水道全挖开重修，住建局怎么回？", "大面积开挖对传统建筑和石板路面影响较大", [["暂不能采纳"], ["历史风貌保护范围", "非开挖修复"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "下暴雨时抽水的车有几台？预警发出后多快能赶到？", "配备移动排涝泵车3台", [["3台"], ["1小时内"]], [P, C, "figure", "done"])
single("zh", 19, 7, "应城现在还剩几个石膏矿的开采许可？比2015年少了几个？", "目前全市保留石膏矿采矿权9个", [["9个"], ["12个"]], [P, C, "figure"])
single("zh", 20, 7, "委员要求把受影响的住户整体搬走并赔钱，自然资源局管这事吗？", "不属于我局职责范围", [["不属于我局职责范围"], ["你局会同所在乡镇", "市住房和城乡建设局"]], [P, C, "declined", "who"])
single("zh", 21, 7, "去年往采空区里回填了多少方？", "2020年充填采空区约36万立方米", [["36万立方米"]], [P, C, "figure", "done"])
single("zh", 22, 8, "女山湖围起来养鱼的水面有多大？一年出多少鳜鱼？", "2013年女山湖围网养殖面积约6.2万亩", [["6.2万亩"], ["3400吨"]], [P, C, "figure"])
single("zh", 23, 8, "代表想让湖里围网养殖的面积再多一些，农委答应吗？为啥？", "此项建议不予采纳", [["不予采纳"], ["只能压缩、不能扩大", "保护湖泊水质和行洪安全"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "湖面的承包费能不能少收点？农委怎么说？", "不属于我委职责范围", [["不属于我委职责范围"], ["女山湖管理部门"]], [P, C, "declined", "who"])
single("zh", 25, 9, "马市镇养着多少万只乌鸡？有多少户在养？", "马市镇　　52", [["52"], ["365"]], [P, C, "figure", "table"])
single("zh", 26, 9, "县里的原种场一年能给养殖户供多少纯种小鸡？", "每年可向养殖户提供纯种鸡苗约150万羽", [["150万羽"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想按卖出去的鸡的只数发补贴，畜牧局给不给？", "县财政目前没有按羽补贴的资金渠道", [["暂不能采纳"], ["没有按羽补贴的资金渠道"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "平乐种月柿的地有多大？去年产了多少鲜柿子？", "目前全縣月柿種植面積約14.5萬畝", [["14.5萬畝"], ["26萬噸"]], [P, C, "figure"])
single("zh", 29, 10, "柿饼做得干不干净、安不安全，归农业局管吗？", "不屬於我局職責範圍", [["不屬於我局職責範圍"], ["縣市場監督管理局"]], [P, C, "declined", "who"])
single("zh", 30, 10, "农业局帮着改了多少间烤柿饼的房子？争取到多少钱？", "共改造烘烤房460間", [["320萬元"], ["460間"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many guqin study classes did the Ministry of Culture and Tourism hold in Jiangsu in 2017, and how many people were trained?", "2017年在江苏举办古琴研修班2期", [["2期"], ["64人"]], [E, "figure", "done"])
single("en", 2, 1, "By when should the digital sorting of the Yushan school's handed-down guqin pieces be finished, and how many pieces does it cover?", "传世琴曲120首的数字化整理", [["2018年底前"], ["120首"]], [E, "date", "plan"])
single("en", 3, 2, "How much compensation was paid in 2019 to farmers in Dongfang whose crops were damaged by Eld's deer, and to how many households?", "省市两级安排补偿资金46万元", [["46万元"], ["146户"]], [E, "figure", "done"])
single("en", 4, 2, "How many infrared cameras are set up in the Eld's deer reserve, and how often are drone counts made?", "布设红外相机40台", [["40台"], ["每季度"]], [E, "figure", "done"])
single("en", 5, 3, "How many workers in Minhou obtained vocational skill level certificates in 2024?", "2024年共有920名职工取得职业技能等级证书", [["920名"]], [E, "figure", "done"])
single("en", 6, 3, "How many talent apartments in Qingkou will be handed over, and by when?", "推动青口人才公寓280套在今年10月底前交付", [["280套"], ["10月底前"]], [E, "figure", "date", "plan"])
single("en", 7, 4, "How much did Ningxiang's city finance allocate in 2022 to conserve the Ningxiang pig breed?", "保种补助资金180万元", [["180万元"]], [E, "figure", "done"])
single("en", 8, 4, "How many frozen semen doses of the Ningxiang pig will be collected and stored, and by when?", "冷冻精液3000份", [["3000份"], ["今年底前"]], [E, "figure", "date", "plan"])
single("en", 9, 5, "How many lifebuoys did Meicheng town place at the river steps, and how many river safety wardens were hired?", "配放救生圈18个", [["18个"], ["4名"]], [E, "figure", "done"])
single("en", 10, 5, "How many river steps near Sanjiangkou in Meicheng will get night lighting?", "在三江口附近4处埠头加装夜间照明", [["4处"]], [E, "figure", "plan"])
single("en", 11, 6, "How many kilometres of old drainage culverts in Xiangqiao's old town were dredged, and how much silt was removed?", "共清疏古城排水暗渠6.8公里", [["6.8公里"], ["900立方米"]], [E, "figure", "done"])
single("en", 12, 6, "How long is the interceptor pipe to be built in the northern part of Xiangqiao's old town, and by when?", "今年底前完成古城北片1.2公里截流管建设", [["1.2公里"], ["今年底前"]], [E, "figure", "date", "plan"])
single("en", 13, 7, "How many ground subsidence monitoring points have been set up over Yingcheng's gypsum mined-out areas, and how many hidden-danger sites were found?", "已布设地面沉降监测点58个", [["58个"], ["7处"]], [E, "figure"])
single("en", 14, 7, "By when will the Yingcheng natural resources bureau finish detailed surveys of key mined-out areas, and how many areas?", "3处重点采空区的详细勘查", [["2021年底前"], ["3处"]], [E, "date", "plan"])
single("en", 15, 8, "Why won't the Mingguang agriculture committee give fish farmers an electricity discount for aeration?", "我委无权调整", [["无权"], ["无法采纳"]], [E, "declined", "reason"])
single("en", 16, 8, "How many training sessions on ecological mandarin fish farming did the Mingguang agriculture committee hold in 2014, and how many farmers attended?", "培训养殖户210人次", [["3期"], ["210人次"]], [E, "figure", "done"])
single("en", 17, 9, "How many cold stores serve Taihe's silkie chicken processing firms, and what is their total capacity?", "配套冷库5座", [["5座"], ["3000吨"]], [E, "figure"])
single("en", 18, 9, "In which towns will Taihe build standardised silkie chicken demonstration farms in 2018?", "2018年在马市镇和螺溪镇新建", [["马市镇"], ["螺溪镇"]], [E, "plan"])
single("en", 19, 10, "How many fruit cold stores does Pingle county have, and what is their total capacity?", "全縣現有果品冷庫63座", [["63座"], ["5.1萬噸"]], [E, "figure"])
single("en", 20, 10, "When and where will Pingle hold its first moon persimmon culture festival?", "舉辦首屆月柿文化節", [["今年10月"], ["張家鎮"]], [E, "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "文旅部答复常熟古琴那条建议，文号是多少？", "文旅非遗议", [["文旅非遗议〔2018〕216号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Hainan forestry bureau's reply on Eld's deer damaging crops?", "索引号：00820417-6/2020-00153", [["00820417-6/2020-00153"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "闽侯青口汽车配件招工那份答复是哪两个单位联名落款的？", "=闽侯县工业和信息化局　　闽侯县人力资源和社会保障局", [["闽侯县工业和信息化局"], ["闽侯县人力资源和社会保障局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "梅城镇答复修河埠头那条建议，落款日期是哪天？", "=二〇一九年六月二十一日", [["二〇一九年六月二十一日"]], [M, "lang:zh", "date"])
single("metadata", 5, 7, "应城自然资源和规划局关于石膏矿采空区的那份协办意见是写给哪个单位的？", "=应城市应急管理局：", [["应城市应急管理局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 6, 6, "Which units co-handled the Xiangqiao proposal on waterlogging in the old town's lanes?", "区城市管理和综合执法局、区应急管理局会办", [["区城市管理和综合执法局"], ["区应急管理局"]], [M, "lang:en", "co-handlers"])
single("metadata", 7, 10, "Who signed off the Pingle agriculture bureau's reply on moon persimmons and dried persimmons?", "簽發人", [["鍾偉成"]], [M, "lang:en", "signer"])
single("metadata", 8, 8, "明光农委答复女山湖围网养殖那件建议是谁领头提的？一共几名代表？", "=张永祥等6名代表：", [["张永祥"], ["6名"]], [M, "lang:zh", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What has the ministry done to spread guqin teaching online?", "How many free classes have Changshu's players given that way since 2017?"],
      "开设公益课程40余场", [["40余场"]], ["lang:en", "follow-up", "figure", "done"])
turns(2, 2, ["东方那边的村民自己有没有参与看护坡鹿？", "组了几支队伍？"],
      "组建了由周边村民参加的巡护队2支", [["2支"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 3, ["青口的企业能不能跟县里的职业学校合作定向培养工人？", "开了几个班？现在有多少学生在读？"],
      "开设订单班3个", [["3个"], ["150人"]], ["lang:zh", "follow-up", "figure", "done"])
turns(4, 5, ["梅城镇的河埠头平时用的人多吗？", "主要是哪些人在用？"],
      "高峰时每天约400人次", [["中老年人", "放暑假的学生"]], ["lang:zh", "follow-up", "who"])
turns(5, 6, ["What has Xiangqiao done about broken storm drain inlets in the old town?", "How many were replaced?"],
      "21处破损雨水口", [["21处"]], ["lang:en", "follow-up", "figure", "done"])
turns(6, 9, ["What is Taihe doing to protect the pure silkie chicken breed?", "How big is the conservation flock now?"],
      "保种群规模达到1.2万羽", [["1.2万羽"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 3, 4], "哪些答复函提到了直播？分别拿直播来做什么？",
      [["公益教学"], ["直播带岗"], ["花猪肉制品"]], ["lang:zh", "theme:live-streaming"])
multi(2, [1, 3, 4], "Which replies mention live streaming, and what figure does each give about it?",
      [["40余场"], ["31家"], ["3100万元"]], ["lang:en", "theme:live-streaming"])
multi(3, [9, 10], "哪几封答复说到了冷库？现在各有几座？",
      [["5座"], ["63座"]], ["lang:zh", "theme:cold-storage"])
multi(4, [9, 10], "Which replies mention cold storage, and what new cold stores does each plan?",
      [["新建冷库1座", "800吨"], ["8座"]], ["lang:en", "theme:cold-storage"])
multi(5, [2, 7], "哪些答复函提到用无人机？分别用来做什么？",
      [["航拍计数"], ["航测"]], ["lang:zh", "theme:drones"])
multi(6, [2, 7], "Which replies mention drones, and how often or how many times were they flown?",
      [["每季度"], ["2次"]], ["lang:en", "theme:drones"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "常熟那位国家级古琴代表性传承人叫什么名字？", "The letter counts the 3 provincial inheritors and the 2 recorded inheritors but names nobody.", "person-not-named", "zh"),
 (1, "张家港有几个古琴社团？", "张家港 is not named; the 9 groups are Changshu's.", "another-place", "zh"),
 (1, "How much does a handmade guqin from a Changshu workshop cost?", "Workshops and yearly output (2600张) only; no price.", "price-not-stated", "en"),
 (2, "坡鹿啃坏一亩番薯，政府补多少钱？", "Only the total (46万元 for 146 households) is given; no rate per mu.", "rate-not-stated", "zh"),
 (2, "尖峰岭那边有多少只坡鹿？", "尖峰岭 is not named; 1900只 are around the Dongfang reserve.", "another-place", "zh"),
 (2, "How many Eld's deer lived in and around the Dongfang reserve in 2015?", "Only the present figure (约1900只) is given.", "another-year", "en"),
 (3, "青口汽车零部件厂的技术工人一个月工资大概多少？", "Job gaps, fairs and a refused 800元 housing subsidy; no wage.", "wage-not-stated", "zh"),
 (3, "福清有多少家汽车零部件企业？", "福清 is not named; 140家 are Minhou's.", "another-place", "zh"),
 (3, "What was the output value of Minhou's auto parts industry in 2022?", "Only 2024's 280亿元 is given.", "another-year", "en"),
 (4, "宁乡花猪肉现在一斤卖多少钱？", "Stock, sales value online and subsidies; no price.", "price-not-stated", "zh"),
 (4, "望城区养了多少头花猪？", "望城 is not named; the 4.6万头 are Ningxiang's.", "another-place", "zh"),
 (4, "How many Ningxiang pigs were sold online in 2020?", "Only 2022's online sales value (3100万元) is given.", "another-year", "en"),
 (5, "梅城镇修一处河埠头要花多少钱？", "Counts and lengths only; no money figure anywhere in the letter.", "money-not-stated", "zh"),
 (5, "寿昌镇有多少处河埠头？", "寿昌镇 is not named; the 36 steps are Meicheng's.", "another-place", "zh"),
 (5, "How many river steps did Meicheng repair in 2017?", "Only the 5 repaired since last year (2018) are given.", "another-year", "en"),
 (6, "湘桥古城排水改造一共要投入多少钱？", "Lengths, counts and deadlines only; no money figure anywhere in the letter.", "money-not-stated", "zh"),
 (6, "枫溪区有几个易积水点？", "枫溪区 is not named; the 12 points are in Xiangqiao's old town.", "another-place", "zh"),
 (6, "How deep was the deepest waterlogging in Xiangqiao's old town in 2019?", "Only last year's (2021) 45厘米 is given.", "another-year", "en"),
 (7, "应城治理石膏矿采空区要花多少钱？", "Counts, areas and deadlines only; no money figure anywhere in the letter.", "money-not-stated", "zh"),
 (7, "安陆有几个石膏矿采矿权？", "安陆 is not named; the 9 mining rights are Yingcheng's.", "another-place", "zh"),
 (7, "How many households have already been relocated from Yingcheng's subsidence areas?", "230 households live near the danger points and 41 have cracked houses; relocation is passed to others and no number moved is given.", "figure-not-stated", "en"),
 (8, "女山湖的鳜鱼塘口收购价一斤多少钱？", "Area, output and refusals only; no price.", "price-not-stated", "zh"),
 (8, "来安县有多少亩围网养殖？", "来安 is not named; 6.2万亩 are Nüshan Lake's.", "another-place", "zh"),
 (8, "What was Nüshan Lake's mandarin fish output in 2012?", "Only 2013's 3400吨 is given.", "another-year", "en"),
 (9, "吉水县养了多少只乌鸡？", "吉水 is not named; the table is Taihe's towns.", "another-place", "zh"),
 (9, "泰和乌鸡一只能卖多少钱？", "Stock, sales and value of processed products only; no price.", "price-not-stated", "zh"),
 (9, "What was Taihe's silkie chicken stock at the end of 2014?", "Only the end-2016 figures (310万羽) are given.", "another-year", "en"),
 (10, "平乐的柿饼一斤卖多少钱？", "Area, output and cold storage; the letter says purchase prices swing but gives none.", "price-not-stated", "zh"),
 (10, "钟山县种了多少亩月柿？", "钟山 is not named; 14.5萬畝 are Pingle's.", "another-place", "zh"),
 (10, "How many tonnes of dried persimmons did Pingle make in 2014?", "Only 2015's 4.2萬噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa44.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
