#!/usr/bin/env python3
"""Generate qa33.jsonl (adapted from made_up/qa32/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa33.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q33-{n:02d}.txt"


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
    rows.append({"id": f"q33-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q33-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q33-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q33-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "辛集现在有多少家鞣皮子的厂？一年要处理多少张牛皮？", "2020年辛集市共有制革企业37家", [["37家"], ["420万标准张"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让辛集皮革进国家级的先进制造业集群，部里同意没有？为什么？", "现阶段暂不具备参赛条件", [["无法采纳"], ["尚有差距", "暂不具备参赛条件"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "部里会不会专门拿一笔钱出来给皮革厂搞技改？", "现行工业转型升级资金不按单一行业设立专项", [["暂不能采纳"], ["不按单一行业设立专项"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "喀喇沁旗2018到2019那个雪季来滑雪的人有多少？比前一季多了多少？", "两处滑雪场共接待滑雪游客约8.6万人次", [["8.6万人次"], ["21%"]], [P, C, "figure"])
single("zh", 5, 2, "滑雪场的门票钱能不能让自治区财政贴一点？", "该做法不符合旅游市场化经营的原则", [["暂不能采纳"], ["不符合旅游市场化经营的原则"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "想坐火车专列去喀喇沁旗滑雪，文旅厅能给安排上吗？", "铁路运输组织不属于我厅职责范围", [["不属于我厅职责范围"], ["铁路运输企业"]], [P, C, "declined", "who"])
single("zh", 7, 3, "长海县岛跟岛之间一共有几条客运线、多少条船在跑？", "目前全县共开通岛际客运航线9条", [["9条"], ["27艘"]], [P, C, "figure"])
single("zh", 8, 3, "晚上能不能加开几班船，方便岛上的人往返？", "现有码头助航设施不能满足夜航安全要求", [["不能采纳"], ["夜间通航条件复杂", "不能满足夜航安全要求"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "新造的两条船花了多少钱？刮几级风还能开？", "投资5800万元新建2艘载客300人的钢质客船", [["5800万元"], ["8级"]], [P, C, "figure", "done"])
single("zh", 10, 4, "兰西做亚麻纺纱的厂子还剩几家？一年纺出多少纱？", "目前全县有亚麻纺织企业6家", [["6家"], ["7600吨"]], [P, C, "figure"])
single("zh", 11, 4, "纺纱厂用的麻大多是从哪弄来的？", "企业所用原料约85%依靠进口亚麻纤维", [["85%"], ["进口亚麻纤维"]], [P, C, "figure"])
single("zh", 12, 4, "委员想给亚麻厂补电费，县里为啥没答应？", "电价补贴政策由省级统一制定", [["暂不能采纳"], ["由省级统一制定", "县级无权出台", "县财政难以承担"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "曲尺乡的脆李种了多大面积？一年能摘多少吨？", "全乡脆李种植面积约1.8万亩", [["1.8万亩"], ["1.2万吨"]], [P, C, "figure"])
single("zh", 14, 5, "李子摘下来放不住，乡里现在有地方存吗？能存多少？", "一是在乡集镇建成300吨保鲜冷库1座", [["300吨"], ["保鲜冷库"]], [P, C, "done", "figure"])
single("zh", 15, 5, "代表想再修个更大的冷库，乡里拿得出这笔钱吗？", "所需资金约450万元", [["乡级财力无法承担"], ["450万元"]], [P, C, "declined", "figure"])
single("zh", 16, 6, "雁江现在一共有多少个公共充电桩？快充的有几个？", "公共充电桩486个", [["486个"], ["212个"]], [P, C, "figure"])
single("zh", 17, 6, "还有几个乡镇连一个公共充电桩都没有？打算啥时候补上？", "在尚无公共充电设施的7个乡镇各建设1座充电站", [["7个乡镇"], ["2022年12月底前"]], [P, C, "plan", "date"])
single("zh", 18, 6, "代表想让区里每装一个桩就补3000块，能行吗？", "区财政暂不具备单独设立补贴的条件", [["暂不能采纳"], ["运营达标后的奖补", "暂不具备单独设立补贴的条件"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "紫阳2023年抽查了多少批茶叶？几批不合格，毛病出在哪？", "我局对茶叶产品开展监督抽检180批次", [["180批次"], ["2批次"], ["标签标识不规范"]], [P, C, "figure", "done"])
single("zh", 20, 7, "有人冒充紫阳富硒茶，2023年查了几起？一共罚了多少？", "罚没款共计9.6万元", [["7件"], ["9.6万元"]], [P, C, "figure", "done"])
single("zh", 21, 7, "县里的检测中心现在能测茶叶里含多少硒吗？", "尚不具备硒含量检测资质", [["尚不具备硒含量检测资质"]], [P, C, "plan"])
single("zh", 22, 8, "天台庵啥时候能修好？修的时候让不让人进去看？", "预计2016年底完工", [["2016年底"], ["不具备对外开放的条件", "无法采纳"]], [P, C, "declined", "date"])
single("zh", 23, 8, "代表想在大云院里头重新办庙会，文物局怎么说？", "院内人员密集和焚香燃烛存在重大火灾隐患", [["不予采纳"], ["火灾隐患"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "看文物的人一个月才300块，能给涨到800吗？", "按代表建议的标准测算每年需增加资金13.8万元", [["县财政难以承担", "暂不能调整"], ["13.8万元"]], [P, C, "declined", "figure"])
single("zh", 25, 9, "理川镇种了多少亩党参？值多少钱？", "理川镇　　9800", [["9800"], ["4230"]], [P, C, "figure", "table"])
single("zh", 26, 9, "党参价钱跌了，县里能不能兜底按保护价收？", "县级财政没有能力承担价格兜底风险", [["不能采纳"], ["没有能力承担价格兜底风险"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "宕昌的党参在网上卖得怎么样？有几家在网上卖？", "2017年线上销售额约1300万元", [["1300万元"], ["3家"]], [P, C, "figure", "done"])
single("zh", 28, 10, "石屏做豆腐的小作坊一共多少家？县城那个镇占了多少？", "目前全縣從事豆腐生產加工的小作坊共326家", [["326家"], ["214家"]], [P, C, "figure"])
single("zh", 29, 10, "2016年抽查豆制品，有几批不合格？是什么问题？", "檢出不合格3批次", [["3批次"], ["食品添加劑"]], [P, C, "figure", "done"])
single("zh", 30, 10, "委员想给每个作坊补两万块搞改造，县里答应了吗？", "縣財政目前無力安排", [["暫無法採納"], ["無力安排"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much chrome-containing leather waste can the demonstration project in the Xinji tannery park handle a year, and when did it start operating?", "年处置能力1.2万吨", [["1.2万吨"], ["2020年"]], [E, "figure", "done"])
single("en", 2, 1, "By when will the ministry revise its catalogue of water-saving and emission-cutting technologies for tanning, and how many training sessions will it organise?", "并组织开展2期制革清洁生产技术培训", [["2022年6月底前"], ["2期"]], [E, "date", "plan"])
single("en", 3, 2, "How much money did the region's tourism development fund give for upgrading the Harqin Banner ski resorts, and what was it used for?", "安排喀喇沁旗滑雪场设施改造资金600万元", [["600万元"], ["造雪设备", "雪具大厅"]], [E, "figure", "done"])
single("en", 4, 2, "How many ski instructors were trained in Harqin Banner in January 2019, and how many of them obtained certificates?", "培训滑雪指导员120名", [["120名"], ["98名"]], [E, "figure", "done"])
single("en", 5, 3, "How many island residents in Changhai receive ferry suspension notices by text message?", "停航、复航信息通过手机短信", [["2.1万名"]], [E, "figure", "done"])
single("en", 6, 3, "When will the waiting hall at the Xiaochangshan island pier be built, and how large will it be?", "在小长山岛码头新建候船厅600平方米", [["2024年"], ["600平方米"]], [E, "date", "plan"])
single("en", 7, 4, "How much land was sown with flax on trial in Lanxi in 2020, and what subsidy per mu did the county pay?", "安排亚麻试种3000亩", [["3000亩"], ["100元"]], [E, "figure", "done"])
single("en", 8, 4, "How large does Lanxi hope its flax-growing area will be in 2021?", "力争2021年亚麻种植面积扩大到8000亩", [["8000亩"]], [E, "figure", "plan"])
single("en", 9, 5, "How much fresh crisp-plum fruit did Quchi sell through online platforms in 2015?", "去年通过电商平台销售鲜果约260吨", [["260吨"]], [E, "figure", "done"])
single("en", 10, 5, "Can the Quchi township government fix a minimum purchase price for crisp plums?", "乡政府无权规定收购价格", [["无权规定收购价格"], ["不能采纳"]], [E, "declined", "who"])
single("en", 11, 6, "How many public charging points does Yanjiang district plan to have by 2025?", "规划到2025年全区公共充电桩达到1500个", [["1500个"]], [E, "figure", "plan"])
single("en", 12, 6, "What electricity tariff applies to a private charging point inside a residential compound in Yanjiang?", "居民小区内个人自用充电桩执行居民合表用电价格", [["居民合表用电价格"]], [E, "rule"])
single("en", 13, 7, "How many companies were allowed to use the Ziyang selenium-rich tea geographical indication mark by the end of 2023?", "全县获准使用紫阳富硒茶地理标志专用标志的企业41家", [["41家"]], [E, "figure"])
single("en", 14, 7, "Who should answer the request for a per-mu subsidy for new tea gardens, according to the Ziyang market regulation bureau?", "茶园建设补贴的设立和发放不属于我局职责", [["不属于我局职责"], ["县财政局"]], [E, "who", "declined"])
single("en", 15, 8, "How much provincial heritage money did Pingshun obtain in 2014 for the two temple sites, and how many caretakers were hired?", "2014年争取省级文物保护资金85万元", [["85万元"], ["23名"]], [E, "figure", "done"])
single("en", 16, 8, "Can a car park be built next to the Tiantai'an temple, according to the Pingshun heritage bureau?", "且选址位于文物保护范围内", [["不能采纳"], ["文物保护范围内", "不属于我局职责范围"]], [E, "declined", "reason"])
single("en", 17, 9, "How many primary processing points for dangshen root has Tanchang built, and what share of the fresh crop is processed locally?", "等初加工点31个", [["31个"], ["65%"]], [E, "figure", "done"])
single("en", 18, 9, "How much land will Tanchang's herb trading market take, and when should construction start?", "规划占地80亩", [["80亩"], ["2019年4月"]], [E, "figure", "date", "plan"])
single("en", 19, 10, "Where will Shiping's tofu processing zone be built, how many workshops can it hold, and when should it be finished?", "規劃建設石屏豆腐集中加工區", [["異龍鎮"], ["120家"], ["2018年6月前"]], [E, "where", "figure", "date", "plan"])
single("en", 20, 10, "How many tofu workshops in Shiping had been registered, and what was the registration rate?", "已為287家小作坊辦理登記證", [["287家"], ["88%"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "工信部答复辛集皮革那条建议，文号是多少？", "=工信议函〔2021〕215号", [["工信议函〔2021〕215号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Inner Mongolia culture and tourism department's reply on Harqin Banner skiing published online?", "2019年07月19日", [["2019年07月19日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "长海县岛际客运那份答复是哪两个单位联合答复的？", "=长海县交通运输局　　长海县应急管理局", [["长海县交通运输局"], ["长海县应急管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "曲尺乡政府答复脆李那条建议，落款日期是哪天？", "=二〇一六年五月二十日", [["二〇一六年五月二十日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "Which session and suggestion number does the Yanjiang development and reform bureau's reply on charging points answer?", "=资阳市雁江区发展和改革局关于区十九届人大二次会议第0062号建议的答复", [["十九届人大二次会议"], ["第0062号"]], [M, "lang:en", "proposal-number"])
single("metadata", 6, 7, "紫阳县市场监管局关于富硒茶的会办意见是写给哪个单位的？", "=紫阳县农业农村局：", [["紫阳县农业农村局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 8, "平顺县文物局答复天台庵那条建议，签发人是谁？", "签发人：牛保国", [["牛保国"]], [M, "lang:zh", "signer"])
single("metadata", 8, 10, "Who submitted the CPPCC proposal on Shiping tofu workshops that the food and drug bureau answered?", "=王紹華委員：", [["王紹華"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What has Xinji done about wastewater from its tanneries?", "How much can the park's central wastewater plant treat per day?"],
      "园区集中污水处理厂日处理能力达到3.5万吨", [["3.5万吨"]], ["lang:en", "follow-up", "figure", "done"])
turns(2, 3, ["长海县在海上应急救援方面做了些什么？", "救援队一共几支、多少人？今年演练了几回？"],
      "县应急管理局在5个主要岛屿组建海上应急救援队5支", [["5支"], ["130名"], ["4次"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 4, ["What support have Lanxi's flax spinning firms received for upgrading equipment?", "How much money was that, and by how much did labour per ton of yarn fall?"],
      "更新细纱机和络筒机", [["480万元"], ["30%"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 6, ["雁江区老旧小区改造的时候管不管充电的事？", "今年改了多少个小区？配了多少个慢充桩？"],
      "同步配建慢充桩260个", [["18个"], ["260个"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 9, ["宕昌党参打算申请地理标志吗？", "研究交给谁在做？什么时候递申请？"],
      "计划2019年上半年提出农产品地理标志登记申请", [["省中药材研究机构"], ["2019年上半年"]], ["lang:zh", "follow-up", "who", "date", "plan"])
turns(6, 10, ["Who handles the trademark request in the Shiping tofu proposal?", "Has anyone applied for a geographical indication mark for Shiping tofu, and when?"],
      "地理標誌證明商標註冊申請", [["縣豆腐協會"], ["今年3月"]], ["lang:en", "follow-up", "who", "date"])
# ---------------- multi_letter (6) ----------------
multi(1, [3, 8], "哪些答复提到装了视频监控？分别装在什么地方、和什么设备一起装的？",
      [["视频监控和北斗定位终端"], ["视频监控和防雷设施"]], ["lang:zh", "theme:video-surveillance"])
multi(2, [3, 8], "Which replies mention installing video surveillance, and on what?",
      [["营运客船"], ["两处文物"]], ["lang:en", "theme:video-surveillance"])
multi(3, [5, 9], "哪些答复提到了电商？在网上卖了多少？",
      [["260吨"], ["1300万元"]], ["lang:zh", "theme:e-commerce"])
multi(4, [5, 9], "Which replies report online (e-commerce) sales of farm produce, and who set up the online channel?",
      [["县邮政分公司", "电商服务站"], ["3家中药材合作社"]], ["lang:en", "theme:e-commerce"])
multi(5, [7, 9, 10], "哪些答复提到了地理标志？各是什么产品？",
      [["紫阳富硒茶"], ["宕昌党参"], ["石屏豆腐"]], ["lang:zh", "theme:geographical-indication"])
multi(6, [7, 9, 10], "Which replies deal with geographical indication marks, and what has been done or planned for each?",
      [["41家"], ["2019年上半年"], ["縣豆腐協會"]], ["lang:en", "theme:geographical-indication"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "辛集皮革厂的工人一个月能挣多少钱？", "Workers are counted (约4.3万人); no wage.", "money-not-stated", "zh"),
 (1, "肃宁县有多少家制革企业？", "肃宁 is not named; 37家 is Xinji's.", "another-place", "zh"),
 (1, "What was the revenue of Xinji's leather industry in 2018?", "Only 2020's 186亿元 is given.", "another-year", "en"),
 (2, "喀喇沁旗滑雪场一天的滑雪票多少钱？", "Skiers and money for equipment are counted; a ticket subsidy is refused; no ticket price.", "price-not-stated", "zh"),
 (2, "扎兰屯的滑雪场上个雪季接待了多少人？", "扎兰屯 is not named; 8.6万人次 is Harqin's.", "another-place", "zh"),
 (2, "How many skiers visited Harqin Banner in the 2016-2017 season?", "Only the 2018-2019 season (8.6万人次, +21%) is given.", "another-year", "en"),
 (3, "从大长山岛坐客船去广鹿岛，一张票多少钱？", "Islanders get 五折; the fare itself is not given.", "price-not-stated", "zh"),
 (3, "石城岛到庄河的客船一天开几班？", "石城岛 is not named; only Changhai's five islands.", "another-place", "zh"),
 (3, "How many passengers did Changhai's inter-island ferries carry in 2021?", "Only 2022's 58万人次 is given.", "another-year", "en"),
 (4, "兰西的亚麻纱现在一吨卖多少钱？", "Output and output value only; no price.", "price-not-stated", "zh"),
 (4, "青冈县今年种了多少亩亚麻？", "青冈 is not named; 3000亩 is Lanxi's trial.", "another-place", "zh"),
 (4, "How much flax yarn did Lanxi produce in 2018?", "Only 2019's 7600吨 is given.", "another-year", "en"),
 (5, "社员把李子存进冷库，一吨要交多少钱？", "Members pay 成本价; no figure.", "price-not-stated", "zh"),
 (5, "大昌镇种了多少亩脆李？", "大昌 is not named; 1.8万亩 is Quchi's.", "another-place", "zh"),
 (5, "How many crisp-plum growing households did Quchi have in 2013?", "Only the end-2015 figure (约3400户) is given.", "another-year", "en"),
 (6, "在雁江的公共快充桩充一度电要多少服务费？", "Only the tariff for private chargers in compounds is named; no fee or price.", "price-not-stated", "zh"),
 (6, "乐至县建了多少个公共充电桩？", "乐至 is not named; 486个 is Yanjiang's.", "another-place", "zh"),
 (6, "How many new-energy vehicles were registered in Yanjiang at the end of 2020?", "Only the mid-2022 figure (约6100辆) is given.", "another-year", "en"),
 (7, "紫阳富硒茶现在一斤卖多少钱？", "Licences, tests, cases and fines only; no price.", "price-not-stated", "zh"),
 (7, "岚皋县有多少家取得许可的茶叶生产企业？", "岚皋 is not named; 96家 is Ziyang's.", "another-place", "zh"),
 (7, "How many batches of tea did the Ziyang bureau test in 2022?", "Only 2023's 180批次 is given.", "another-year", "en"),
 (8, "去天台庵参观要买门票吗？票价多少？", "A paid opening is refused while the repair runs; no price.", "price-not-stated", "zh"),
 (8, "平顺县龙门寺的修缮花了多少钱？", "龙门寺 is not named; only 天台庵 and 大云院.", "another-place", "zh"),
 (8, "How many caretakers did Pingshun employ for the two temples in 2012?", "Only the current 23 (hired with the 2014 money) are given.", "another-year", "en"),
 (9, "党参现在收购价一斤多少钱？", "Area, output and value only; no price.", "price-not-stated", "zh"),
 (9, "礼县种了多少亩党参？", "礼县 is not named; 4.3万亩 is Tanchang's.", "another-place", "zh"),
 (9, "How much dangshen did Tanchang produce in 2016?", "Only 2017's figures are given.", "another-year", "en"),
 (10, "石屏豆腐一块卖多少钱？", "Workshops, output and tests only; no price.", "price-not-stated", "zh"),
 (10, "通海县有多少家豆腐小作坊？", "通海 is not named; 326家 is Shiping's.", "another-place", "zh"),
 (10, "How many tofu workshops did Baoxiu town have in 2014?", "Only the current 58 in 寶秀鎮 are given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa33.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
