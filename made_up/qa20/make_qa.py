#!/usr/bin/env python3
"""Generate qa20.jsonl (adapted from made_up/qa18/make_qa.py). Each reference is cut out of its
letter by a key: the whole sentence holding the key (a sentence ends at 。！？ or a line break; a
table row of letter 09 is a line); for metadata, the whole line ("=" before a key asks for a line
equal to it). gold_section_keywords are the title of the top-level 一、 heading above the
reference. Kept for transparency; qa20.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters")))}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q20-{n:02d}.txt"


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
    rows.append({"id": f"q20-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q20-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q20-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q20-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "去万宁日月湾学冲浪，一个教练最多能同时带几个学员？", "每名教练员同时带教学员不超过4人", [["4人"]], [P, C, "figure", "rule"])
single("zh", 2, 1, "委员想让省里拿两千万搞个冲浪专项资金，省里答应了没有？", "省级层面暂不单独设立该专项资金", [["暂不单独设立"]], [P, C, "declined"])
single("zh", 3, 1, "日月湾那个冲浪小镇修淋浴间、停车场，省里出了多少钱？", "安排600万元", [["600万元"]], [P, C, "figure", "done"])
single("zh", 4, 2, "丹阳眼镜厂上智能化设备，市里按多少比例补？一家最多补多少？", "市财政按设备投资额的10%给予补助", [["10%"], ["200万元"]], [P, C, "rate", "done"])
single("zh", 5, 2, "眼镜城边上停车难，代表想建个立体车库，这事工信局管吗？", "该事项属于市住房和城乡建设局职责", [["市住房和城乡建设局"]], [P, C, "who", "declined"])
single("zh", 6, 2, "丹阳一年能做出来多少副树脂镜片？", "树脂镜片年产量约3.6亿副", [["3.6亿副"]], [P, C, "figure"])
single("zh", 7, 3, "甘霖镇现在有几个民间越剧团？2016年一共出去演了多少场？", "目前全镇共有民间越剧团11个", [["11个"], ["1340场"]], [P, C, "figure"])
single("zh", 8, 3, "剧团下乡送戏，镇上一场给多少补贴？", "镇里按每场800元给予演出补贴", [["800元"]], [P, C, "rate"])
single("zh", 9, 3, "老甘霖中学那栋空楼改成排练的地方，啥时候能用上？", "预计今年9月底前投入使用", [["9月底前"]], [P, C, "date", "plan"])
single("zh", 10, 4, "新会陈皮那个溯源码，现在有多少家在用？一共赋了多少吨？", "已有412家企业和个人赋码", [["412家"], ["3100吨"]], [P, C, "figure", "done"])
single("zh", 11, 4, "委员提议给种柑的一亩补一千块，区里给不给？", "您建议对柑农按每亩1000元给予种植补贴", [["暂不具备条件"]], [P, C, "declined"])
single("zh", 12, 4, "在新会建个标准的陈化仓，政府按什么标准补？", "区财政按仓储面积每平方米150元", [["150元"]], [P, C, "rate"])
single("zh", 13, 5, "横州的茉莉鲜花，2022年平均一公斤收多少钱？", "鲜花收购均价每公斤17.6元", [["17.6元"]], [P, C, "price"])
single("zh", 14, 5, "花价老是跌，能不能让政府定个最低保护价？", "两单位无权制定保护价", [["暂不能采纳"], ["无权制定保护价"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "花价跌了能赔钱的那个保险，保费政府出几成？头一年有多少户拿到了赔款？", "保费由市财政补贴60%", [["60%"], ["2160户"]], [P, C, "rate", "figure"])
single("zh", 16, 6, "天眼周边多大范围内不让建手机基站？", "半径5公里的区域为宁静区核心区", [["5公里"]], [P, C, "figure", "rule"])
single("zh", 17, 6, "去天眼那边玩，手机相机放哪儿？要收钱吗？", "景区入口已设置电子设备寄存柜420个", [["免费寄存"], ["420个"]], [P, C, "price", "how"])
single("zh", 18, 6, "信号差的村民，县里能不能给补点话费？", "我局无权对资费作出补贴安排", [["无权"], ["基础电信企业自主确定"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "江永现在还有几个女书传承人？平均多大岁数了？", "目前全縣共有女書傳承人7名", [["7名"], ["61歲"]], [P, C, "figure"])
single("zh", 20, 7, "县级的女书传承人一年能拿多少补助？", "每人每年給予傳承補助3000元", [["3000元"]], [P, C, "rate"])
single("zh", 21, 7, "有委员想让全县中小学都把女书当必修课，教育上行得通吗？", "女書暫不能作為全縣中小學必修課程", [["暫不能作為"]], [P, C, "declined", "reason"])
single("zh", 22, 8, "奉贤老桃园改种，区里一亩补多少？2023年改了多少亩？", "区财政按每亩4000元给予补助", [["4000元"], ["620亩"]], [P, C, "rate", "done"])
single("zh", 23, 8, "代表想让区里把黄桃统一收了、统一打牌子卖，区里同意吗？", "这一做法暂不采纳", [["暂不采纳"]], [P, C, "declined"])
single("zh", 24, 8, "奉贤说要建的黄桃分拣中心，建在哪个镇？哪年建好？", "力争2025年在庄行镇建成黄桃分拣中心1座", [["庄行镇"], ["2025年"]], [P, C, "date", "plan"])
single("zh", 25, 9, "武当山特区有几所武术学校？学生多少？", "武当山特区　　18", [["18"], ["2360"]], [P, C, "figure", "table"])
single("zh", 26, 9, "上武术学校的小孩，一周得上多少节文化课？", "每周文化课不少于20课时", [["20课时"]], [P, C, "rule"])
single("zh", 27, 9, "那回武术学校安全大检查查出多少隐患？改好了多少？", "共发现宿舍消防、食堂卫生等方面隐患143处", [["143处"], ["132处", "92%"]], [P, C, "figure", "done"])
single("zh", 28, 10, "在建安区做假发的企业到国外开个海外仓，区里奖多少钱？", "给予一次性奖励20万元", [["20万元"]], [P, C, "figure", "rule"])
single("zh", 29, 10, "代表想让区财政把海外仓租金补一半，行不行？", "您建议由区财政对海外仓租金补贴50%", [["暂不能采纳"]], [P, C, "declined"])
single("zh", 30, 10, "建安区假发手艺培训2024年搞了多少人次？有多少人拿到了证？", "2024年共培训1900人次", [["1900人次"], ["640人"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many certified lifeguards work on Riyue Bay beach, and how many lookout towers are there?", "配备持证救生员18名", [["18名"], ["3座"]], [E, "figure", "done"])
single("en", 2, 1, "By when is Wanning's surf tourism development plan supposed to be finished?", "于2021年底前编制完成", [["2021年底前"]], [E, "date", "plan"])
single("en", 3, 2, "How many lens batches did the national eyewear quality inspection centre test for free for Danyang firms in 2018?", "免费检测镜片1200批次", [["1200批次"]], [E, "figure", "done"])
single("en", 4, 2, "When will Danyang hold its first eyewear design competition, and who organises it with the bureau?", "举办首届丹阳眼镜设计大赛", [["今年10月"], ["中国丹阳眼镜城"]], [E, "date", "who", "plan"])
single("en", 5, 3, "How much did Ganlin town spend repairing the old opera stage in Shijia'ao village?", "镇里投入资金38万元", [["38万元"]], [E, "figure", "done"])
single("en", 6, 3, "How many children will Ganlin's summer Yue opera class take, and who pays for the training?", "计划招收学员40名", [["40名"], ["镇里承担"]], [E, "figure", "plan"])
single("en", 7, 4, "How many livestream selling training sessions did Xinhui run, and how many hosts took part?", "开展直播带货培训9期", [["9期"], ["320人次"]], [E, "figure", "done"])
single("en", 8, 4, "By when does the Xinhui agriculture bureau plan to draw up the technical standard for dating aged tangerine peel?", "计划于2022年底前牵头制定", [["2022年底前"]], [E, "date", "plan"])
single("en", 9, 5, "How much jasmine tea was sold online in Hengzhou in 2022?", "2022年线上销售茉莉花茶约2400吨", [["2400吨"]], [E, "figure", "done"])
single("en", 10, 5, "When will the two Hengzhou bureaus hold their jasmine supply-and-sales matchmaking fair?", "两单位将于今年9月联合举办", [["今年9月"]], [E, "date", "plan"])
single("en", 11, 6, "How many 4G base stations did the carriers build outside the FAST telescope's core zone in 2019?", "新建4G基站6座", [["6座"]], [E, "figure", "done"])
single("en", 12, 6, "How many cases of illegal radio transmitter use were dealt with around Kedu in 2019?", "查处违规使用无线电发射设备行为57起", [["57起"]], [E, "figure", "done"])
single("en", 13, 7, "How much money did Jiangyong county set aside for protecting Nushu in 2015?", "女書保護專項經費80萬元", [["80萬元"]], [E, "figure", "done"])
single("en", 14, 7, "How many page images will Jiangyong's planned Nushu digital archive hold, and in which year should it be built?", "計劃收錄女書原件影像1.2萬頁", [["1.2萬頁"], ["2017年"]], [E, "figure", "plan"])
single("en", 15, 8, "How many mu of Fengxian's yellow peach orchards are more than 15 years old?", "树龄15年以上的老桃园约3800亩", [["3800亩"]], [E, "figure"])
single("en", 16, 8, "How many cooperatives have said they will join the Fengxian yellow peach sales alliance?", "目前已有9家合作社表示愿意加入", [["9家"]], [E, "figure"])
single("en", 17, 9, "What happened to the four unlicensed martial arts training sites near Wudang Mountain?", "已责令停止招生", [["停止招生"]], [E, "done"])
single("en", 18, 9, "Can private martial arts schools in Danjiangkou receive per-student public funding?", "民办武术学校暂不能纳入", [["暂不能纳入"]], [E, "declined", "rule"])
single("en", 19, 10, "What were Jian'an district's hair product exports worth in 2024?", "2024年全区发制品出口额约9.8亿美元", [["9.8亿美元"]], [E, "figure"])
single("en", 20, 10, "By when should the hair product testing centre in Lingjing town be built?", "计划于2025年10月底前在灵井镇建成", [["2025年10月底前"]], [E, "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "海南省旅文厅答复万宁冲浪那份提案，文号是多少？", "琼旅文函〔2021〕187号", [["琼旅文函〔2021〕187号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "丹阳工信局那份眼镜建议的答复，是哪天在网上发布的？", "发布日期：2019-07-16", [["2019-07-16"]], [M, "lang:zh", "date"])
single("metadata", 3, 3, "甘霖镇越剧团那份答复，联系人是谁？电话多少？", "联系人及电话：周丽萍", [["周丽萍"], ["0575-83351206"]], [M, "lang:zh", "contact"])
single("metadata", 4, 4, "What is the document number of the Xinhui agriculture bureau's reply on aged tangerine peel?", "新农提复〔2022〕6号", [["新农提复〔2022〕6号"]], [M, "lang:en", "doc-number"])
single("metadata", 5, 5, "Which two bodies signed the joint reply on jasmine prices in Hengzhou?", "=横州市农业农村局　　横州市商务局", [["横州市农业农村局"], ["横州市商务局"]], [M, "lang:en", "issuer", "joint"])
single("metadata", 6, 6, "Who signed off the Pingtang industry bureau's reply about phone signal near the FAST telescope?", "签发人：罗光明", [["罗光明"]], [M, "lang:en", "signer"])
single("metadata", 7, 7, "江永县女书那份提案答复的文号是什么？", "江文廣函〔2016〕12號", [["江文廣函〔2016〕12號"]], [M, "lang:zh", "doc-number"])
single("metadata", 8, 8, "奉贤黄桃那份答复，答的是人大代表的建议还是别的什么？编号是多少？", "对区十八届人大三次会议第0147号代表书面意见的答复", [["书面意见"], ["第0147号"]], [M, "lang:zh", "kind", "proposal-number"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["海南旅文厅对万宁冲浪那份提案，已经做了哪些事？", "那场冲浪邀请赛有多少选手参加？来自几个国家和地区？"],
      "210名选手参赛", [["210名"], ["14个国家和地区"]], ["lang:zh", "follow-up", "figure"])
turns(2, 2, ["What has Danyang's industry bureau done for the eyewear industry?", "On the trade fairs: how many firms went, and how much in deals was signed on the spot?"],
      "组织43家企业参加", [["43家"], ["6800万美元"]], ["lang:en", "follow-up", "figure"])
turns(3, 5, ["横州那份茉莉花的答复，关于采花难是怎么说的？", "那个采摘设备试验打算在哪个镇做？跟哪个学校联系的？"],
      "拟于今年下半年在石塘镇开展采摘辅助设备试验", [["石塘镇"], ["广西大学"]], ["lang:zh", "follow-up", "who", "plan"])
turns(4, 7, ["What has Jiangyong done to pass Nushu on through schools?", "How many schools teach it, and how many pupils took part in 2015?"],
      "開設女書興趣課", [["5所"], ["430人"]], ["lang:en", "follow-up", "figure"])
turns(5, 9, ["丹江口教育局对武术学校下一步有什么安排？", "暑期那个文化课老师的培训办几期？每期多少人？"],
      "今年暑期组织武术学校文化课教师培训2期", [["2期"], ["60人"]], ["lang:zh", "follow-up", "figure", "plan"])
turns(6, 10, ["What did Jian'an's commerce bureau say about cross-border e-commerce for wigs?", "And the livestream park: which town is it in, and how many teams have moved in?"],
      "已入驻直播团队86个", [["灵井镇"], ["86个"]], ["lang:en", "follow-up", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 5], "哪几份答复提到了保险？分别是给谁、保什么的？", [["意外伤害保险"], ["价格指数保险"]], ["lang:zh", "theme:insurance"])
multi(2, [4, 5, 10], "Which replies mention selling through livestreams, and what was set up or done?", [["直播带货培训"], ["直播基地"], ["直播电商产业园"]], ["lang:en", "theme:livestream"])
multi(3, [2, 10], "各地答复里，哪些讲到了产品出口？出口额各是多少？", [["4.3亿美元"], ["9.8亿美元"]], ["lang:zh", "theme:export"])
multi(4, [4, 5], "Which replies mention a geographical indication for a local product?", [["国家地理标志保护产品"], ["地理标志证明商标"]], ["lang:en", "theme:geographical-indication"])
multi(5, [3, 7], "哪几份答复跟非物质文化遗产的传承有关？", [["越剧非遗项目传承人"], ["國家級非物質文化遺產"]], ["lang:zh", "theme:intangible-heritage"])
multi(6, [3, 9], "Which replies plan something for the summer holidays, and what?", [["少儿越剧培训班"], ["文化课教师培训"]], ["lang:en", "theme:summer"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "2019年万宁接待了多少冲浪游客？", "Only 2020's 8.6万人次 is given; no 2019 figure.", "another-year", "zh"),
 (1, "海南冲浪邀请赛的冠军拿了多少奖金？", "Countries, 210 entrants and 1.2万 spectators are counted; no prize money.", "money-not-stated", "zh"),
 (1, "How much does the accident insurance for surf students cost per person?", "The guide requires the insurance; no premium is given.", "price-not-stated", "en"),
 (2, "2018年丹阳市财政给眼镜企业智能化改造一共补了多少钱？", "Only the rate (10%) and the cap per firm (200万元) for 29 firms; no total.", "total-not-stated", "zh"),
 (2, "丹阳眼镜设计大赛一等奖奖金是多少？", "The contest is planned; the only reward named is a recommendation for a provincial award.", "money-not-stated", "zh"),
 (2, "What were Danyang's eyewear exports in 2017?", "Only 2018's 4.3亿美元 is given.", "another-year", "en"),
 (3, "施家岙古戏台的越剧戏迷角，进去看戏要买票吗？票价多少？", "The monthly event is stated; nothing about tickets.", "price-not-stated", "zh"),
 (3, "甘霖镇的民间越剧团2017年上半年演了多少场？", "Only 2016's 1340 shows are given.", "another-year", "zh"),
 (3, "How many actors in Ganlin's folk troupes are under 30?", "About 260 performers in all; no age split (the letter only names a gap of young actors).", "part-of-stated-total", "en"),
 (4, "新会陈皮现在收购价一斤多少钱？", "Area (12.6万亩) and output value (190亿元) only; no price.", "price-not-stated", "zh"),
 (4, "2021年新会区财政给陈化仓一共补了多少钱？", "The rate (150元 per m²) and 19 firms; no total.", "total-not-stated", "zh"),
 (4, "How many tonnes of aged tangerine peel did Xinhui produce in 2021?", "No output is given; 3100吨 is the tonnage given trace codes.", "figure-of-another-kind", "en"),
 (5, "横州采茉莉花的工人一天工钱多少？", "Labour shortage is discussed; no wage.", "money-not-stated", "zh"),
 (5, "2022年茉莉花价格指数保险一共赔了多少钱？", "2160 households were paid; no sum.", "money-not-stated", "zh"),
 (5, "How many jasmine growers are there in Xiaoyi town?", "33万 growers city-wide; Xiaoyi is named only as a pilot town.", "part-of-stated-total", "en"),
 (6, "在天眼核心区偷偷飞无人机，被查到要罚多少钱？", "57 cases were dealt with in 2019; no fine.", "money-not-stated", "zh"),
 (6, "天眼核心区当年一共搬迁了多少户居民？", "The resettlement sites have fibre; no count of households.", "count-not-stated", "zh"),
 (6, "How much did the six new 4G base stations outside the FAST core zone cost?", "Six stations built; no cost.", "cost-not-stated", "en"),
 (7, "省级女书传承人一年补助多少钱？", "3000元 is the county-level subsidy; 2 provincial inheritors are counted without a sum.", "money-of-other-level", "zh"),
 (7, "女书生态博物馆的门票多少钱？", "2.3万 visitors in 2015; no ticket price.", "price-not-stated", "zh"),
 (7, "How much will the 2016 Nushu calligraphy exhibition in Jiangyong cost?", "Only the month and place; 80萬元 is 2015's whole protection budget.", "cost-not-stated", "en"),
 (8, "奉贤黄桃一箱卖多少钱？", "1800吨 sold online; no price.", "price-not-stated", "zh"),
 (8, "青村镇种了多少亩黄桃？", "1.15万亩 district-wide; 青村 is named without a split.", "part-of-stated-total", "zh"),
 (8, "How many peach-growing households are there in Fengxian?", "560 training attendances (人次) are given; no count of growers.", "figure-of-another-kind", "en"),
 (9, "武当山那边的武术学校一年学费多少？", "Schools and pupils are counted; no fees.", "price-not-stated", "zh"),
 (9, "丹江口的武术学校里有多少外省来的学生？", "3390 pupils, 2100 of compulsory-school age; no origin split.", "part-of-stated-total", "zh"),
 (9, "How many martial arts schools are there in Junzhou Road subdistrict of Danjiangkou?", "Four areas are tabled; 均州路 is not among them.", "another-place", "en"),
 (10, "建安区的发制品出口到非洲的有多少？", "9.8亿美元 in all; Africa is named as a market without a share.", "part-of-stated-total", "zh"),
 (10, "陈曹乡有多少家发制品企业？", "About 620 firms district-wide, 'mainly in' two named places; no split.", "part-of-stated-total", "zh"),
 (10, "How much is the training subsidy per certified wig-making trainee in Jian'an?", "A subsidy is paid 按规定; no amount.", "money-not-stated", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa20.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
