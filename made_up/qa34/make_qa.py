#!/usr/bin/env python3
"""Generate qa34.jsonl (adapted from made_up/qa32/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa34.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q34-{n:02d}.txt"


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
    rows.append({"id": f"q34-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q34-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q34-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q34-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "临清做轴承的厂子一共有多少家？上了规模的有几家？", "临清市现有轴承及配套企业约1400家", [["1400家"], ["63家"]], [P, C, "figure"])
single("zh", 2, 1, "代表们想让国家单独给临清拨一笔技改的钱，工信部同意吗？为啥？", "不针对单一地区设立专项", [["暂不能采纳"], ["不针对单一地区设立专项"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "临清那个轴承检测平台国家给了多少钱？一年能测多少批样品？", "平台补助资金480万元", [["480万元"], ["1.1万批次"]], [P, C, "figure", "done"])
single("zh", 4, 2, "晋江上规模的做鞋企业有多少家？一年能干出多少产值？", "其中规模以上制鞋企业412家", [["412家"], ["1560亿元"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让省里专门给做鞋这一行设个基金搞数字化，厅里怎么说？", "不再针对单一行业另设专项基金", [["暂不能采纳"], ["不再针对单一行业另设专项基金"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "晋江在网上带货做得咋样？有多少个团队在那儿做？卖了多少？", "2020年入驻直播团队120余个", [["120余个"], ["38亿元"]], [P, C, "figure", "done"])
single("zh", 7, 3, "沅陵碣滩茶种了多大一片？去年一共出了多少干茶？", "全县碣滩茶园面积约12.6万亩", [["12.6万亩"], ["4300吨"]], [P, C, "figure"])
single("zh", 8, 3, "县里抓卖假碣滩茶的，抓了几起？一共罚没了多少？", "查处假冒碣滩茶标识案件9起", [["9起"], ["7.8万元"]], [P, C, "figure", "done"])
single("zh", 9, 3, "代表想让政府花钱到外地开几家碣滩茶的店，行不行？", "财政资金不宜直接投入", [["不能采纳"], ["属于企业经营行为", "财政资金不宜直接投入"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "金溪搞香料的企业有多少家？一年收入多少？", "全县共有香料生产企业32家", [["32家"], ["48亿元"]], [P, C, "figure"])
single("zh", 11, 4, "种芳樟原料林，县里一亩补多少？种多大一片才给补？", "县财政按每亩200元给予一次性补助", [["200元"], ["50亩以上"]], [P, C, "rate", "rule"])
single("zh", 12, 4, "委员想让香料厂电费便宜点，县工信委能不能说了算？", "不属于县级部门的职权范围", [["无权调整", "不属于县级部门的职权范围"], ["省级价格主管部门"]], [P, C, "declined", "who"])
single("zh", 13, 5, "白蒲做茶干的一共有多少户？有生产许可证的厂子几家？", "目前全镇从事茶干生产的共57户", [["57户"], ["9家"]], [P, C, "figure"])
single("zh", 14, 5, "镇上花了多少钱给茶干作坊弄标准车间？已经搬进去几户？", "2015年镇政府投入160万元", [["160万元"], ["11户"]], [P, C, "figure", "done"])
single("zh", 15, 5, "老街铺面房租太贵，代表想让镇里压一压，镇里怎么回的？", "镇政府无权干预", [["无法采纳"], ["镇政府无权干预", "租金由产权人自主确定"]], [P, C, "declined", "reason"])
single("zh", 16, 6, "洪合一共有多少家毛衫厂和作坊？吃住生产混在一栋楼里的有多少处？", "全镇共有毛衫生产企业和家庭作坊约4200家", [["4200家"], ["1630处"]], [P, C, "figure"])
single("zh", 17, 6, "洪合毛衫作坊的安全整治，上半年改好了多少处？直接关掉的有几处？", "共整治“三合一”场所1180处", [["1180处"], ["96处"]], [P, C, "figure", "done"])
single("zh", 18, 6, "作坊搬进园区以后，区里房租能补多少？补几年？", "按实际租金的30%给予补助", [["30%"], ["3年"]], [P, C, "rate", "rule"])
single("zh", 19, 7, "光武镇的彩陶老窑址有几处？划的保护范围多大？", "光武镇境内已登记的彩陶古窑址共3处", [["3处"], ["3.6公顷"]], [P, C, "figure"])
single("zh", 20, 7, "彩陶传承基地那块地，自然资源局打算什么时候挂出去？", "力争于2023年第四季度挂牌出让", [["2023年第四季度"]], [P, C, "date", "plan"])
single("zh", 21, 7, "能不能把老窑址旁边村里的地直接改成建设用地？为什么？", "不能擅自调整为建设用地", [["无法采纳"], ["永久基本农田"]], [P, C, "declined", "reason"])
single("zh", 22, 8, "郁南无核黄皮种了多少？去年收了多少？", "全县种植面积约15.2万亩", [["15.2万亩"], ["9.6万吨"]], [P, C, "figure"])
single("zh", 23, 8, "为啥县里不自己掏钱盖个黄皮冷库？", "再由财政投资新建公共冷库既不经济", [["不能采纳"], ["利用率不足六成", "与市场主体形成竞争"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "果园那40公里机耕路要硬化得花多少钱？今年修不修？", "需投资约2800万元", [["2800万元"], ["暂不能列入"]], [P, C, "declined", "figure"])
single("zh", 25, 9, "浮石镇种了多少亩金桔？产值有多少？", "浮石镇　　26500", [["26500"], ["22600"]], [P, C, "figure", "table"])
single("zh", 26, 9, "这几年盖了几座产地冷库？金桔能错开多长时间卖？", "在主产乡镇建成产地冷库23座", [["23座"], ["3个月"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想让县里出面把卖不掉的金桔全收了，县里答应没有？", "由政府统一收购不符合市场规律", [["不能采纳"], ["不符合市场规律"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "镇平养金鱼的水面有多大？一年能出多少条？", "目前全縣金魚養殖面積約9800畝", [["9800畝"], ["4.5億尾"]], [P, C, "figure"])
single("zh", 29, 10, "金鱼交易市场准备放在哪个镇？占多大地？啥时候动工？", "縣政府已同意在楊營鎮規劃建設金魚集散交易市場", [["楊營鎮"], ["60畝"], ["2021年3月"]], [P, C, "where", "figure", "plan"])
single("zh", 30, 10, "养金鱼的想多抽点地下水，农业农村局能批吗？", "不屬於我局職責範圍", [["不屬於我局職責範圍"], ["縣水利局"]], [P, C, "declined", "who"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many bearings did Linqing produce in 2014, and what was the main business revenue of the industry?", "临清轴承产量约9.5亿套", [["9.5亿套"], ["186亿元"]], [E, "figure"])
single("en", 2, 1, "How many Linqing bearing projects got central industrial upgrading support in 2014, and how much subsidy did they receive in total?", "临清共有3个轴承项目获得支持", [["3个"], ["1250万元"]], [E, "figure", "done"])
single("en", 3, 2, "How many technical renovation projects of Jinjiang shoe companies has the Fujian industry department supported since 2019, and how much provincial money was used?", "累计支持晋江制鞋企业实施技术改造项目46个", [["46个"], ["2870万元"]], [E, "figure", "done"])
single("en", 4, 2, "When should the footwear industrial internet platform in Jinjiang go online, and how many companies should join in the first batch?", "计划2022年6月前上线运行", [["2022年6月前"], ["300家"]], [E, "date", "plan"])
single("en", 5, 3, "Why did four tea companies in Yuanling lose the right to use the Jietan tea geographical indication this year?", "收回了使用授权", [["外购原料比例过高"], ["4家"]], [E, "reason", "done"])
single("en", 6, 3, "What share of the booth fee will Yuanling cover for tea companies attending provincial or higher-level tea expos?", "按展位费的50%给予补助", [["50%"]], [E, "rate"])
single("en", 7, 4, "How large is the spice industry zone planned in the Jinxi county industrial park, and how many companies have moved in?", "县工业园区已规划香料产业专区1200亩", [["1200亩"], ["17家"]], [E, "figure", "done"])
single("en", 8, 4, "When will Jinxi set up its spice industry technology research institute, and how much start-up money will the county provide?", "计划2018年上半年挂牌成立", [["2018年上半年"], ["300万元"]], [E, "date", "figure", "plan"])
single("en", 9, 5, "When does Baipu expect to finish registering the collective trademark for its dried tofu, and who is the applicant?", "预计2017年完成注册", [["2017年"], ["镇商会"]], [E, "date", "who", "plan"])
single("en", 10, 5, "How many more standard workshops does the Baipu town government plan to rebuild by the end of the year?", "计划今年底前再改建标准化车间6间", [["6间"]], [E, "figure", "plan"])
single("en", 11, 6, "How many smoke alarms were installed free of charge in the Honghe sweater workshops, and who paid for them?", "为毛衫作坊免费安装独立式烟感报警器7400只", [["7400只"], ["区财政"]], [E, "figure", "done"])
single("en", 12, 6, "How many key workshops in Xiuzhou will get smart electricity monitoring devices, and by when?", "在600户重点作坊安装智慧用电监测装置", [["600户"], ["2019年底前"]], [E, "figure", "date", "plan"])
single("en", 13, 7, "How large are the abandoned brick kilns in Zhuanji town, and what can they be used for?", "砖集镇有2处废弃砖瓦窑厂", [["27亩"], ["彩陶研学"]], [E, "figure", "plan"])
single("en", 14, 7, "Who should handle rent subsidies for painted pottery artists' studios, according to the Jieshou natural resources bureau?", "工作室的房租补贴和传承人补助不属于我局职责", [["不属于我局职责"], ["财政部门"]], [E, "who", "declined"])
single("en", 15, 8, "Will Yunan set a minimum purchase price for seedless wampee, and why?", "县级政府没有设定收购保护价的依据", [["无法采纳"], ["价格由市场形成", "没有设定收购保护价的依据"]], [E, "declined", "reason"])
single("en", 16, 8, "To which department did the Yunan agriculture bureau pass the suggestion about a wampee festival?", "我局已将建议转县文化广电旅游体育局研究", [["县文化广电旅游体育局"]], [E, "who", "declined"])
single("en", 17, 9, "Where will the Rong'an kumquat industrial park be built, how much land is in the first phase, and when should construction start?", "县政府已同意在长安镇规划建设金桔产业园", [["长安镇"], ["150亩"], ["2026年上半年"]], [E, "where", "figure", "plan"])
single("en", 18, 9, "How many kumquat processing companies does Rong'an have, and how much fresh fruit did they process in 2024?", "全县现有金桔蜜饯、果酱、果汁等加工企业14家", [["14家"], ["2.6万吨"]], [E, "figure"])
single("en", 19, 10, "How much goldfish did Zhenping sell online in 2019, and how many merchants sell by live streaming?", "2019年全縣金魚線上銷售額約2.1億元", [["2.1億元"], ["600餘家"]], [E, "figure"])
single("en", 20, 10, "Will Zhenping subsidize electricity for goldfish farming?", "該建議暫不能採納", [["暫不能採納"], ["沒有對觀賞魚養殖用電的補貼項目", "縣財政也難以承擔"]], [E, "declined", "reason"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "工信部答复临清轴承那条建议，文号是多少？", "文　　号：工信议函〔2015〕173号", [["工信议函〔2015〕173号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Fujian industry department's reply on the Jinjiang shoe proposal published online?", "发布日期：2021-07-23", [["2021-07-23"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "沅陵碣滩茶那份答复，是哪两个单位一起答复的？", "=沅陵县农业农村局　　沅陵县市场监督管理局", [["沅陵县农业农村局"], ["沅陵县市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "白蒲镇政府对茶干那条建议的答复，落款日期是哪天？", "=二〇一六年六月二十七日", [["二〇一六年六月二十七日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "Which district CPPCC session and proposal number does the Xiuzhou emergency management bureau's reply answer?", "=关于区政协四届三次会议第58号提案的答复", [["四届三次会议"], ["第58号"]], [M, "lang:en", "proposal-number"])
single("metadata", 6, 7, "界首自然资源和规划局关于彩陶的会办意见，是写给哪个单位的？", "=界首市文化旅游体育局：", [["界首市文化旅游体育局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 8, "郁南县农业农村局答复无核黄皮那条建议，签发人是谁？", "签发人：陈振华", [["陈振华"]], [M, "lang:zh", "signer"])
single("metadata", 8, 10, "Who made the suggestion on goldfish farming that the Zhenping agriculture bureau answered?", "=王書田代表：", [["王書田"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What will the Ministry of Industry and Information Technology do next for the Linqing bearing cluster?", "By when should the technical diagnosis be finished, and for at least how many companies?"],
      "力争2015年底前完成不少于50家企业的诊断", [["2015年底前"], ["50家"]], ["lang:en", "follow-up", "date", "plan"])
turns(2, 3, ["沅陵打算怎么给碣滩茶定个标准？", "那个团体标准什么时候出来？是谁起草的？"],
      "计划2022年10月底前发布实施", [["2022年10月底前"], ["县茶叶协会"]], ["lang:zh", "follow-up", "date", "plan"])
turns(3, 4, ["What has Jinxi done about testing spice products?", "How many indicators can the testing room check, and what discount do companies get on testing fees?"],
      "可开展主要成分含量等14项指标检测", [["14项"], ["减半"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 6, ["洪合那个毛衫产业园第二期是怎么回事？", "能装下多少家企业？什么时候能建好？"],
      "洪合毛衫创业园二期可容纳140家企业", [["140家"], ["2020年6月"]], ["lang:zh", "follow-up", "figure", "date"])
turns(5, 9, ["融安的金桔采摘活动办得怎么样？", "去年来了多少游客？已经办了几年？"],
      "2024年接待游客约38万人次", [["38万人次"], ["连续三年"]], ["lang:zh", "follow-up", "figure", "done"])
turns(6, 10, ["What has Zhenping done to prevent goldfish diseases?", "How many water and fish samples were tested free of charge in the first half of the year, and in which town is the testing point?"],
      "今年上半年為養殖戶免費檢測水樣和魚樣820批次", [["820批次"], ["楊營鎮"]], ["lang:en", "follow-up", "figure", "where"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 5, 10], "哪些答复函提到了直播卖货？各自说了些什么？",
      [["120余个", "38亿元"], ["网络直播"], ["2.1億元", "600餘家"]], ["lang:zh", "theme:live-streaming"])
multi(2, [2, 5, 10], "Which replies mention selling by live streaming, and what do they report?",
      [["38亿元"], ["130人次"], ["2.1億元"]], ["lang:en", "theme:live-streaming"])
multi(3, [8, 9], "哪些答复里讲到了冷库？各有多少座？",
      [["37座"], ["23座"]], ["lang:zh", "theme:cold-storage"])
multi(4, [8, 9], "Which replies discuss cold storage for fruit, and what do they say about it?",
      [["利用率不足六成"], ["4.1万立方米"]], ["lang:en", "theme:cold-storage"])
multi(5, [2, 6], "哪些答复函涉及消防安全检查或整治？各查了多少、改了多少？",
      [["860家", "2140处"], ["1180处", "1630处"]], ["lang:zh", "theme:fire-safety"])
multi(6, [2, 6], "Which replies mention fire safety work, and what figures do they give?",
      [["2140处"], ["7400只"]], ["lang:en", "theme:fire-safety"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "临清的轴承出厂价一般多少钱一套？", "Output (9.5亿套) and revenue (186亿元) only; no price.", "price-not-stated", "zh"),
 (1, "冠县有多少家轴承企业？", "冠县 is not named; 1400 firms are Linqing's.", "another-place", "zh"),
 (1, "How many bearing sets did Linqing produce in 2013?", "Only 2014's 9.5亿套 is given.", "another-year", "en"),
 (2, "石狮有多少家制鞋企业？", "石狮 is not named; 3000 firms (412 above scale) are Jinjiang's.", "another-place", "zh"),
 (2, "团队入驻晋江鞋服直播基地要交多少钱？", "Teams (120余个) and online sales (38亿元) are counted; no fee or rent.", "price-not-stated", "zh"),
 (2, "What was the output value of Jinjiang's shoe companies in 2019?", "Only 2020's 1560亿元 is given.", "another-year", "en"),
 (3, "碣滩茶一斤能卖多少钱？", "Area, output and output value only; no price.", "price-not-stated", "zh"),
 (3, "辰溪县的茶园有多大面积？", "辰溪 is not named; 12.6万亩 is Yuanling's.", "another-place", "zh"),
 (3, "How much dry tea did Yuanling produce in 2020?", "Only 2021's 4300吨 is given.", "another-year", "en"),
 (4, "芳樟醇现在多少钱一吨？", "Revenue and products only; no price.", "price-not-stated", "zh"),
 (4, "东乡区有几家香料企业？", "东乡 is not named; 32 firms are Jinxi's.", "another-place", "zh"),
 (4, "What was the main business revenue of Jinxi's spice companies in 2015?", "Only 2016's 48亿元 is given.", "another-year", "en"),
 (5, "白蒲茶干现在多少钱一斤？", "Output and output value only; no price.", "price-not-stated", "zh"),
 (5, "林梓镇有几户做茶干的？", "林梓 is not named; 57 households are Baipu's.", "another-place", "zh"),
 (5, "How much dried tofu did Baipu produce in 2014?", "Only 2015's 2600吨 is given.", "another-year", "en"),
 (6, "濮院镇有多少处三合一场所？", "濮院 is not named; 1630 places are in Honghe.", "another-place", "zh"),
 (6, "三合一场所被查出问题，一处要罚款多少？", "Places rectified, closed and demolished are counted; no fine.", "money-not-stated", "zh"),
 (6, "How much does one of the smoke alarms installed in the Honghe workshops cost?", "7400 alarms paid by the district; no unit price.", "price-not-stated", "en"),
 (7, "临泉县有没有登记的彩陶古窑址？", "临泉 is not named; the 3 kiln sites are in 光武镇.", "another-place", "zh"),
 (7, "彩陶传承基地那18亩地的起拍价是多少？", "Area (18亩) and timing (Q4 2023) only; no land price.", "money-not-stated", "zh"),
 (7, "How many painted pottery artists' studios are there in Jieshou?", "Studios are discussed but never counted.", "count-not-stated", "en"),
 (8, "无核黄皮现在收购价多少钱一斤？", "The letter says prices are set by the market; no figure.", "price-not-stated", "zh"),
 (8, "罗定市种了多少亩无核黄皮？", "罗定 is not named; 15.2万亩 is Yunan's.", "another-place", "zh"),
 (8, "How much seedless wampee did Yunan harvest in 2022?", "Only 2023's 9.6万吨 is given.", "another-year", "en"),
 (9, "融安金桔现在多少钱一斤？", "Area, output and output value only; no price.", "price-not-stated", "zh"),
 (9, "鹿寨县种了多少亩金桔？", "鹿寨 is not named; 13.8万亩 is Rong'an's.", "another-place", "zh"),
 (9, "How many mu of kumquat did Rong'an grow in 2023?", "Only 2024's figures (13.8万亩, the town table) are given.", "another-year", "en"),
 (10, "镇平的金鱼一条能卖多少钱？", "Output (4.5億尾) and value (6.7億元) only; no price.", "price-not-stated", "zh"),
 (10, "内乡县养了多少金鱼？", "内乡 is not named; 9800畝 and 4.5億尾 are Zhenping's.", "another-place", "zh"),
 (10, "How many goldfish did Zhenping produce in 2018?", "Only 2019's 4.5億尾 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa34.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
