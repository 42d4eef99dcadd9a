#!/usr/bin/env python3
"""Generate qa17.jsonl. Each reference is cut out of its letter by a key: the whole sentence
holding the key (a sentence ends at 。！？ or a line break); for metadata, the whole line.
gold_section_keywords are the title of the top-level 一、 heading above the reference.
Kept for transparency; qa17.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters")))}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q17-{n:02d}.txt"


def sentence(f, key):
    t = LET[f]
    assert t.count(key) >= 1, (f, key)
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
    rows.append({"id": f"q17-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q17-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q17-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q17-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "2016到2018年，国家给阿克苏村里修篮球场、乒乓球台一共掏了多少钱？", "共安排阿克苏地区农民体育健身工程资金", [["4260万元"]], [P, C, "figure", "done"])
single("zh", 2, 1, "有代表想在阿克苏建个国家级的民族传统体育训练基地，体育总局为啥没答应？", "不单独立项投资新建基地", [["不单独立项投资新建基地"], ["难以采纳"]], [P, C, "reason", "declined"])
single("zh", 3, 1, "温宿、乌什新盖的乡镇全民健身中心，每个补了多少钱？谁来验收？", "每个中心补助资金300万元", [["300万元"], ["自治区体育局"]], [P, C, "figure", "who"])
single("zh", 4, 2, "在黑龙江把玉米秸秆翻埋到地里，一亩地补多少钱？碎了混进土里的又补多少？", "对玉米秸秆翻埋还田每亩补贴40元", [["40元"], ["25元"]], [P, C, "figure", "rate"])
single("zh", 5, 2, "齐齐哈尔2020年秸秆用掉了多少万吨？利用率是多少？", "齐齐哈尔市　1486", [["1338"], ["90.0%"]], [P, C, "figure", "table"])
single("zh", 6, 2, "2020年秋天黑龙江地里烧秸秆冒的火点，比2019年同期少了多少？", "卫星监测火点比2019年同期下降62%", [["62%"]], [P, C, "figure", "done"])
single("zh", 7, 3, "宜兴查紫砂壶，一共抽了多少批？多少批不合格？毛病都出在哪？", "共抽检紫砂壶312批次", [["312批次"], ["9批次"], ["铅、镉溶出量超标", "铅、镉"]], [P, C, "figure", "done"])
single("zh", 8, 3, "在宜兴买紫砂壶，怎么查做壶的师傅是不是真有那个职称？", "职称信息公开查询系统", [["职称信息公开查询系统"], ["输入作者姓名"]], [P, C, "how", "done"])
single("zh", 9, 3, "以后宜兴卖别人代做的紫砂壶要怎么标？这个规定啥时候出来？", "明确代工作品必须标注", [["代工"], ["2023年底前"]], [P, C, "date", "plan"])
single("zh", 10, 4, "赤水河不让打鱼了，习水的渔民头一年每个月能领多少生活补助？", "按每人每月600元发放过渡期生活补助", [["600元"], ["12个月"]], [P, C, "figure", "rate"])
single("zh", 11, 4, "习水招的护渔员一个月给多少工资？一共有几个岗位？", "护渔员公益性岗位58个", [["1800元"], ["58个"]], [P, C, "figure", "done"])
single("zh", 12, 4, "能不能把退捕渔民的过渡生活补助提到一个月一千块？县里咋说的？", "县级财力目前难以承受", [["难以承受"], ["省级禁捕退捕补助资金"]], [P, C, "declined", "condition"])
single("zh", 13, 5, "喜洲北边新修的停车场能停多少辆小车？停一回收多少钱？", "设小型车车位420个", [["420个"], ["10元"]], [P, C, "figure", "price"])
single("zh", 14, 5, "从停车场到喜洲古镇门口有车送吗？要钱不？多久一趟？", "免费电瓶接驳车", [["免费"], ["15分钟"]], [P, C, "frequency", "price"])
single("zh", 15, 5, "周城村说要再修的停车场，打算哪年建？能停多少车？", "在周城村再建一处停车场", [["2019年"], ["300个"]], [P, C, "date", "plan"])
single("zh", 16, 6, "成华区的夜市几点开张几点收摊？", "营业时间统一为18时至次日1时", [["18时至次日1时"]], [P, C, "time"])
single("zh", 17, 6, "在猛追湾夜市摆摊一个月得交多少钱？别的夜市也要交吗？", "猛追湾夜市摊位由运营企业按每月300元收取管理费", [["300元"], ["不收取摊位费"]], [P, C, "price", "condition"])
single("zh", 18, 6, "成华夜市的垃圾一晚上收几趟？收摊以后多久把路冲干净？", "每晚收运2次", [["2次"], ["1小时内"]], [P, C, "frequency"])
single("zh", 19, 7, "自贡2015年做彩灯的企业有多少家？一年产值有多少？", "从事彩灯设计、制作和展出的企业共412家", [["412家"], ["58.6亿元"]], [P, C, "figure", "done"])
single("zh", 20, 7, "自贡的彩灯公司出国办灯展买出口信用保险，市里给补多少？", "市级财政按保费的50%给予补助", [["50%"], ["186万元"]], [P, C, "rate", "done"])
single("zh", 21, 7, "委员想搞个10个亿的彩灯产业基金，市里同意了没有？", "目前市级财力有限", [["财力有限"], ["引导资金"]], [P, C, "declined", "plan"])
single("zh", 22, 8, "在吉林市，能不能把集体林子里的树砍了改种蓝莓？为啥不行？", "采伐林木后改种蓝莓属于改变林地用途", [["改变林地用途"], ["无法采纳", "没有审批权限"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "村里集体林地的承包费太贵了，林业局能不能统一给降下来？", "不属于林业部门的定价范围", [["不属于林业部门的定价范围"], ["村集体经济组织"]], [P, C, "declined", "who"])
single("zh", 24, 8, "吉林市在耕地上种的蓝莓有多大面积？2013年培训了多少人次？", "目前全市在耕地上种植蓝莓面积达到1.2万亩", [["1.2万亩"], ["870人次"]], [P, C, "figure", "done"])
single("zh", 25, 9, "饶河县级的赫哲族传承人一年能拿多少补助？", "县财政每人每年补助2400元", [["2400元"]], [P, C, "figure", "rate"])
single("zh", 26, 9, "四排乡的赫哲族传习所是哪年盖的？有多大？", "建成赫哲族传习所", [["2012年"], ["260平方米"]], [P, C, "date", "figure"])
single("zh", 27, 9, "伊玛堪老艺人唱的已经录下来多少段了？一共多长时间？", "已记录伊玛堪唱段27段", [["27段"], ["41小时"]], [P, C, "figure", "done"])
single("zh", 28, 10, "康定那些高海拔学校装供氧一共花了多少钱？管到多少学生？", "争取省级和州级资金共1380万元", [["1380万元"], ["5260名"]], [P, C, "figure", "done"])
single("zh", 29, 10, "学校里制氧的电费谁来出？一年大概要多少？", "纳入学校公用经费统筹保障", [["12万元"], ["公用经费"]], [P, C, "figure", "who"])
single("zh", 30, 10, "高海拔学校的老师能不能领高原供氧补贴？", "教师补贴标准由省级统一规定", [["省级统一规定"], ["不能自行设立"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "By the end of 2018, how many villages in Aksu prefecture had fitness grounds, and what share of all villages was that?", "全地区已有1183个行政村建成健身场地", [["1183个"], ["81.5%"]], [E, "figure", "done"])
single("en", 2, 1, "How many national-level social sports instructors did the General Administration of Sport train for Aksu in 2018?", "培训国家级社会体育指导员86名", [["86名"]], [E, "figure", "done"])
single("en", 3, 2, "What was Heilongjiang's overall crop straw utilization rate in 2020, and by how much did it rise over 2019?", "综合利用率91.1%", [["91.1%"], ["3.4个百分点"]], [E, "figure", "done"])
single("en", 4, 2, "Will Heilongjiang allow limited straw burning in some zones in spring, as the CPPCC member proposed?", "我省暂不实行有限焚烧", [["暂不实行有限焚烧"], ["打捆离田"]], [E, "declined", "plan"])
single("en", 5, 3, "How many zisha livestreaming rooms in Yixing are under filing management, and what must the hosts show on screen?", "1460个紫砂直播间实行备案管理", [["1460个"], ["作者姓名"]], [E, "figure", "done"])
single("en", 6, 3, "In Yixing's crackdown on zisha products, how many cases were filed and how much was confiscated or fined?", "罚没款86.4万元", [["27件"], ["86.4万元"]], [E, "figure", "done"])
single("en", 7, 4, "How many licensed fishing boats were bought back on the Xishui section of the Chishui River, and how many fishers did that affect?", "共回收持证捕捞渔船146艘", [["146艘"], ["512人"]], [E, "figure", "done"])
single("en", 8, 4, "For retired fishers under 60 in Xishui, how much pension premium does the county pay for each person a year, and for how many years?", "按每人每年200元的标准代缴保费", [["200元"], ["5年"]], [E, "figure", "condition"])
single("en", 9, 5, "Will Xizhou ban motor vehicles inside the old town all day, as the deputies suggested?", "暂不实行全天禁行", [["暂不实行全天禁行"], ["节假日高峰时段"]], [E, "declined", "plan"])
single("en", 10, 5, "Where do tour buses have to park in Xizhou during public holidays?", "大巴一律在喜洲北生态停车场停放", [["喜洲北生态停车场"]], [E, "place"])
single("en", 11, 6, "Where will Chenghua district open a new night market, and how many stalls is it planned to have?", "在二仙桥片区新增1处夜市点位", [["二仙桥"], ["150个"]], [E, "place", "plan"])
single("en", 12, 6, "How many food samples from night-market stalls did Chenghua's market regulator test in 2023, and what was the pass rate?", "开展食品抽检216批次", [["216批次"], ["98.6%"]], [E, "figure", "done"])
single("en", 13, 7, "Which college opened a lantern design track for Zigong, and how many students does it take each year?", "推动四川理工学院开设彩灯设计专业方向", [["四川理工学院"], ["60名"]], [E, "who", "figure"])
single("en", 14, 7, "How large is phase one of the lantern industrial park in Yantan district, and how many firms have signed up to move in?", "一期占地320亩", [["320亩"], ["16家"]], [E, "figure", "done"])
single("en", 15, 8, "How many cases of clearing forest for planting did Jilin city investigate in 2013, and how much forest land was restored?", "共查处毁林种植案件38起", [["38起"], ["1160亩"]], [E, "figure", "done"])
single("en", 16, 8, "How large is the area used for the under-forest economy in Jilin city now?", "目前全市林下经济利用面积达到18.6万亩", [["18.6万亩"]], [E, "figure"])
single("en", 17, 9, "How many Hezhe people live in Raohe county, and how many of them live in Sipai Hezhe ethnic township?", "全县赫哲族人口412人", [["412人"], ["286人"]], [E, "figure"])
single("en", 18, 9, "By when will Raohe print its collection of Hezhe folk tales, and roughly how many stories will it hold?", "编印《饶河赫哲族民间故事集》", [["2014年底前"], ["60篇"]], [E, "date", "plan"])
single("en", 19, 10, "How often do township hospital doctors visit Kangding's high-altitude schools, and how many student check-ups were there in 2024?", "乡镇卫生院医生每月到高海拔学校巡诊1次", [["每月"], ["1.1万人次"]], [E, "frequency", "figure"])
single("en", 20, 10, "By when should the remaining high-altitude schools in Kangding get oxygen supply, and how many schools are left?", "完成其余9所海拔3000米以上学校的供氧设施建设", [["2026年秋季学期开学前"], ["9所"]], [E, "date", "plan"])
# ---------------- metadata (8) ----------------
M = "metadata"
single(M, 1, 1, "国家体育总局答复阿克苏那份建议，文号是多少？", "体群字〔2019〕118号", [["体群字〔2019〕118号"]], [M, "lang:zh", "doc-number"])
single(M, 2, 2, "What is the document number of Heilongjiang's straw reply, and on what date was it published online?", "| 文号 |", [["黑农厅提复〔2021〕53号"], ["2021-07-16"]], [M, "lang:en", "doc-number", "date"])
single(M, 3, 3, "紫砂壶那份答复是哪两个部门联名答复的？", "=宜兴市市场监督管理局　宜兴市文化广电和旅游局", [["宜兴市市场监督管理局", "市市场监督管理局"], ["宜兴市文化广电和旅游局", "市文化广电和旅游局"]], [M, "lang:zh", "issuer", "joint"])
single(M, 4, 4, "习水县农业农村局这份答复的文号是多少？办理结果算哪一类？", "习农提复〔2020〕7号", [["习农提复〔2020〕7号"], ["B类"]], [M, "lang:zh", "doc-number", "category"])
single(M, 5, 5, "Whom can I contact about Xizhou town's parking reply, and what is the phone number?", "联系人：段志华", [["段志华"], ["0872-2451607"]], [M, "lang:en", "contact"])
single(M, 6, 6, "成华区商务局夜市那份提案答复的文号是什么？", "成华商提复〔2024〕12号", [["成华商提复〔2024〕12号"]], [M, "lang:zh", "doc-number"])
single(M, 7, 7, "Who signed Zigong's reply on the lantern industry, and what is its document number?", "签发人：李国强", [["李国强"], ["自经信提复〔2016〕21号"]], [M, "lang:en", "signer", "doc-number"])
single(M, 8, 8, "吉林市林业局蓝莓那份答复标的是什么类别？签发人是谁？", "类别：C", [["类别：C"], ["郑德林"]], [M, "lang:zh", "category", "signer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["国家体育总局答复阿克苏那份建议，民族传统体育这块都做了些啥？", "那下一步呢？教练员培训班一年办几期？"],
      "每年举办2期民族传统体育项目教练员培训班", [["2期"]], ["lang:zh", "follow-up", "plan", "frequency"])
turns(2, 2, ["What measures did Heilongjiang's agriculture department list for crop straw?", "And the technical support one: which university is involved, and in which city?"],
      "委托东北农业大学在绥化市建设秸秆还田长期定位试验站", [["东北农业大学"], ["绥化市"]], ["lang:en", "follow-up", "who", "place"])
turns(3, 4, ["习水县给赤水河退捕渔民的安置保障做了哪几方面的工作？", "第四点具体是什么？技能培训搞了多少人次？"],
      "累计培训326人次", [["326人次"]], ["lang:zh", "follow-up", "figure", "done"])
turns(4, 6, ["What did Chenghua district's commerce bureau say about food safety at the night markets?", "And if I run into a problem there, what number do I call and how soon will I hear back?"],
      "群众发现问题可拨打12345热线投诉", [["12345"], ["24小时内"]], ["lang:en", "follow-up", "hotline", "time"])
turns(5, 7, ["自贡彩灯那份答复里，下一步打算做哪些事？", "第二点具体是啥？力争有几家企业入选？"],
      "力争2017年有3家企业入选", [["3家"], ["国家文化出口重点企业"]], ["lang:zh", "follow-up", "plan", "figure"])
turns(6, 9, ["What has Raohe county done so far to protect Hezhe intangible cultural heritage?", "What about the school part? How often is the class held, and who teaches it?"],
      "每周开设1节赫哲语和伊玛堪兴趣课", [["每周开设1节"], ["传承人"]], ["lang:en", "follow-up", "frequency", "who"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 5], "哪几份答复里提到要组织志愿者来帮忙？", [["大学生志愿者", "体育志愿服务"], ["30名志愿者"]], ["lang:zh", "theme:volunteers"])
multi(2, [5, 6], "Which replies tell residents they can call the 12345 hotline to report a problem?", [["拨打12345热线或镇综合执法队值班电话"], ["可拨打12345热线投诉"]], ["lang:en", "theme:hotline"])
multi(3, [3, 6], "哪些答复说以后每个季度都要搞一次联合检查？", [["每季度开展一次紫砂市场联合检查"], ["每季度会同有关部门开展一次夜市联合检查"]], ["lang:zh", "theme:quarterly-inspection"])
multi(4, [4, 7], "Which replies mention insurance that the government pays for or subsidises?", [["城乡居民基本养老保险"], ["出口信用保险"]], ["lang:en", "theme:insurance"])
multi(5, [3, 9], "哪些答复提到了非遗代表性传承人？各有多少名？", [["43名"], ["9名"]], ["lang:zh", "theme:heritage-bearers"])
multi(6, [1, 2, 7, 8], "Which replies name a university or college that works with the authorities on the issue?", [["新疆体育职业技术学院", "东北农业大学", "四川理工学院", "吉林农业大学"]], ["lang:en", "theme:universities"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "阿克苏2019年又新建了几个乡镇全民健身中心？", "Only 2018 is given (one centre each in Wensu and Wushi); nothing is said about 2019.", "another-year", "zh"),
 (1, "自治区少数民族传统体育运动会在阿克苏比的那几场，一共发了多少块金牌？", "The letter gives 9 events and 1460 athletes, no medals.", "count-of-another-kind", "zh"),
 (1, "How much lottery money did the General Administration of Sport give for village fitness grounds in Hotan prefecture?", "Only Aksu's 4260万元 is stated; Hotan is not mentioned.", "another-place", "en"),
 (2, "绥化市2020年秸秆还田补贴一共发了多少钱？", "Only per-mu rates (40元 / 25元) and the 7:3 split are given; no total for Suihua or anywhere.", "total-not-stated", "zh"),
 (2, "佳木斯那两座秸秆热电联产项目一年能发多少度电？", "The letter gives 2 plants and 65万吨 of straw a year, no electricity output.", "figure-of-another-kind", "zh"),
 (2, "What was Qiqihar's straw utilization rate in 2019?", "The table gives 2020 only (90.0%); the 3.4-point rise is province-wide.", "another-year", "en"),
 (3, "宜兴的紫砂传承人每年能领多少政府补贴？", "43 bearers are counted; no subsidy is mentioned in this letter.", "money-not-stated", "zh"),
 (3, "宜兴文旅局多长时间组织一次传承人到门店搞诚信宣讲？", "The letter says only 定期; 每季度 is for the joint market inspection, a different activity.", "frequency-only-定期", "zh"),
 (3, "What is the average price of a Yixing zisha teapot that carries the traceability QR code?", "The letter counts about 14.6万件 coded works but gives no price.", "price-not-stated", "en"),
 (4, "醒民镇有多少户退捕渔民？", "The 203 households are county-wide; the three towns are named without figures.", "part-of-scope", "zh"),
 (4, "醒民镇那个就业帮扶车间是哪家企业办的？做什么产品？", "Only the plan (1 workshop, 40 jobs) is stated; no firm or product.", "firm-not-named", "zh"),
 (4, "How many of Xishui's retired fishers have already been put on the minimum living allowance (dibao)?", "Bringing elderly fishers onto dibao is a plan; no number is given (471 is the pension figure).", "plan-not-done", "en"),
 (5, "旅游大巴在喜洲北生态停车场停一次收多少钱？", "Only the small-car fee (每次10元) is stated; buses are told where to park, not what they pay.", "price-for-other-users", "zh"),
 (5, "喜洲2018年上半年接待了多少游客？", "Only 2017's 186万人次 is given.", "another-year", "zh"),
 (5, "How much did Xizhou town spend building the new north parking lot?", "The lot's spaces, opening date and fee are given; its cost is not.", "cost-not-stated", "en"),
 (6, "成华区的夜市2023年一年营业额有多少？", "The letter counts 9 sites and 1180 stalls and food samples; no turnover.", "figure-of-another-kind", "zh"),
 (6, "建设路那边的夜市有多少个摊位？", "1180 stalls is the district total; 猛追湾 and 建设路 are named together without a split.", "part-of-scope", "zh"),
 (6, "How much were the three night-market stall holders fined after their food failed the tests?", "The letter says only 依法作出处理; no fine is given.", "fine-not-stated", "en"),
 (7, "自贡彩灯企业2015年在国外办灯展挣了多少美元？", "Only the share (about a third of the industry's income) and 42 shows in 19 countries are given.", "figure-of-another-kind", "zh"),
 (7, "沿滩彩灯产业园一期的标准厂房租金一平方米多少钱？", "The letter says the standard workshops are built; no rent.", "price-not-stated", "zh"),
 (7, "How many lantern shows did Zigong companies put on abroad in 2016?", "Only 2015's 42 shows are given; the letter was written in mid-2016.", "another-year", "en"),
 (8, "蛟河市在耕地上种了多少亩蓝莓？", "1.2万亩 is the city-wide figure; 蛟河 and 桦甸 are named together without a split.", "part-of-scope", "zh"),
 (8, "吉林市林业局一年去林下经济基地巡回指导几次？", "The letter says 每年组织 technicians, with no number of visits.", "frequency-not-stated", "zh"),
 (8, "What is the annual contracting fee per mu for collective forest land in Jilin city?", "The fee is negotiated by village collectives and households; no amount is given.", "price-not-stated", "en"),
 (9, "饶河的省级赫哲族传承人每年能拿多少补助？", "Only the county-level 2400元 is given; the provincial one is 由省里直接发放, amount unstated.", "money-of-other-level", "zh"),
 (9, "同江那边的赫哲族传习所有多大？", "Only Raohe's Sipai centre (260平方米) is described; 同江 is not mentioned.", "another-place", "zh"),
 (9, "How many young trainees attended Raohe's Imakan training classes in 2012?", "Classes are a plan (不少于2期 a year); no 2012 class or trainee count is given.", "count-not-stated", "en"),
 (10, "康定学校装的弥散式供氧系统一套多少钱？是哪家公司装的？", "Only the 1380万元 total for 14 schools is given; no unit price or firm.", "price-and-firm-not-stated", "zh"),
 (10, "塔公镇有几所学校装上了供氧？", "14 schools is the city total; 塔公镇 is named only as where high schools lie.", "part-of-scope", "zh"),
 (10, "How many coal stoves did Kangding replace in 2023?", "Only 2024's replacement (132 stoves in 6 schools) is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa17.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
