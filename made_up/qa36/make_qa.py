#!/usr/bin/env python3
"""Generate qa36.jsonl (adapted from made_up/qa34/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa36.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q36-{n:02d}.txt"


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
    rows.append({"id": f"q36-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q36-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q36-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q36-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "温县练太极拳的人多不多？拳馆一共有几家？", "各类太极拳馆校86所", [["86所"], ["15万人"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让中央给县一级的太极拳传承人也发补贴，部里答应了吗？为啥？", "县级传承人的补助由地方财政安排", [["暂不能采纳"], ["由地方财政安排"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "去年国家给温县太极拳传承拨了多少钱？钱都花在哪儿了？", "安排温县太极拳传承项目经费360万元", [["360万元"], ["传习所修缮", "带徒授艺", "影像资料整理"]], [P, C, "figure", "done"])
single("zh", 4, 2, "仙游做红木古典家具的有多少家？一年能干出多少产值？", "仙游县现有古典工艺家具生产经营企业约2600家", [["2600家"], ["320亿元"]], [P, C, "figure"])
single("zh", 5, 2, "省里抽查仙游产的红木家具，查出几批不合格？毛病主要出在哪？", "共抽检样品186批次", [["13批次"], ["木材名称标注与实际不符", "含水率超标"]], [P, C, "figure", "done"])
single("zh", 6, 2, "委员想在仙游搞个国家级的家具检验中心，省局自己能批吗？", "国家级质检中心须报国家市场监督管理总局审批", [["国家市场监督管理总局审批"], ["运行满三年"]], [P, C, "who", "rule"])
single("zh", 7, 3, "博兴干草柳编的厂子和作坊有多少？去年网上卖了多少钱？", "带动从业人员约4.6万人", [["1100家"], ["9.3亿元"]], [P, C, "figure"])
single("zh", 8, 3, "县里那个电商孵化基地有多大？现在进驻了多少家？", "建筑面积3200平方米", [["3200平方米"], ["42家"]], [P, C, "figure", "done"])
single("zh", 9, 3, "代表想让县里单独盖个草柳编博物馆，县里咋说的？", "新建独立场馆需投资约1500万元", [["1500万元"], ["县财政暂难安排", "暂不能列入今年计划"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "灵璧卖奇石的有多少户？一年能成交多少钱？", "全县现有奇石经营户约3200户", [["3200户"], ["18亿元"]], [P, C, "figure"])
single("zh", 11, 4, "这两年抓偷挖石头的，一共办了几起案子？罚了多少钱？", "共查处非法采挖案件21起", [["21起"], ["46万元"]], [P, C, "figure", "done"])
single("zh", 12, 4, "委员说给老百姓发个零星采石的许可，国土局同意不？", "个人零星采挖不能办理采矿许可", [["无法采纳"], ["个人零星采挖不能办理采矿许可"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "白杨镇编竹器的有多少户人家？去年一共卖了多少钱？", "目前全镇从事竹编的农户约430户", [["430户"], ["1800万元"]], [P, C, "figure"])
single("zh", 14, 5, "镇里改那个竹编工坊花了多少钱？一次能坐下多少人学手艺？", "镇政府投入42万元", [["42万元"], ["40人"]], [P, C, "figure", "done"])
single("zh", 15, 5, "代表想让镇政府把竹编货全包下来统一收，为啥不行？", "由政府统一收购既无资金来源", [["无法采纳"], ["既无资金来源", "不符合市场规律"]], [P, C, "declined", "reason"])
single("zh", 16, 6, "黄岩做模具的企业有多少？上了规模的有几家？", "全区现有模具企业约2100家", [["2100家"], ["186家"]], [P, C, "figure"])
single("zh", 17, 6, "区里拿了多少钱帮模具厂搞数字化车间？帮了几家？", "区财政安排专项资金3400万元", [["3400万元"], ["58家"]], [P, C, "figure", "done"])
single("zh", 18, 6, "委员想按出口多少给模具企业发奖金，区经信局咋回的？", "不再新设按出口额奖励的项目", [["暂不能采纳"], ["以技术改造投入为主要补助依据", "不再新设按出口额奖励的项目"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "高邮能合法用鸭蛋地理标志的企业有几家？", "目前全市获准使用高邮鸭蛋地理标志专用标志的企业共19家", [["19家"]], [P, C, "figure"])
single("zh", 20, 7, "去年市场监管抽检咸鸭蛋，有几批不合格？是啥问题？", "抽检咸鸭蛋及双黄蛋样品120批次", [["3批次"], ["菌落总数超标"]], [P, C, "figure", "done"])
single("zh", 21, 7, "给养鸭户发补贴这个事，市场监管局管不管？", "该事项不属于我局职责范围", [["不属于我局职责范围"], ["由你局"]], [P, C, "declined", "who"])
single("zh", 22, 8, "四会做玉器的有多少户？去年网上卖了多少？", "全市现有玉器加工、经营户约1.2万户", [["1.2万户"], ["64亿元"]], [P, C, "figure"])
single("zh", 23, 8, "为啥商务局不同意政府出钱盖个玉器国际交易中心？", "空置率约18%", [["不能采纳"], ["空置率约18%", "加剧商铺空置"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "商户嫌铺面房租高，想让商务局出面给减一减，行吗？", "我局无权要求业主减免", [["无法采纳"], ["我局无权要求业主减免", "租金由市场业主与商户协商确定"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "四把镇种了多少亩毛葡萄？能卖出多少产值？", "四把镇　　9200", [["9200"], ["4140"]], [P, C, "figure", "table"])
single("zh", 26, 9, "罗城那些毛葡萄酒厂有几家？去年收了多少鲜果？", "2024年收购鲜果约1.1万吨", [["11家"], ["1.1万吨"]], [P, C, "figure"])
single("zh", 27, 9, "委员想让政府兜底把毛葡萄全收了，县里同意吗？", "由政府兜底收购既无资金渠道", [["不能采纳"], ["既无资金渠道", "应由市场供求决定"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "汨罗循环经济产业园进了多少家企业？一年回收多少再生资源？", "市循環經濟產業園入園企業136家", [["136家"], ["410萬噸"]], [P, C, "figure"])
single("zh", 29, 10, "那次整治回收站点，一共排查了多少个？关掉了几个？", "共排查回收站點318個", [["318個"], ["73個"]], [P, C, "figure", "done"])
single("zh", 30, 10, "代表想让提高增值税返还比例，汨罗经信局能定吗？", "地方不能自行調整返還比例", [["不屬於我局職責範圍"], ["由國家統一制定"]], [P, C, "declined", "who"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many visitors did Chenjiagou village and Zhaobao town receive together in 2018?", "2018年两地共接待游客约126万人次", [["126万人次"]], [E, "figure"])
single("en", 2, 1, "Which authority has to apply for a national cultural ecology protection zone, according to the ministry's reply on taijiquan in Wenxian?", "国家级文化生态保护区须由省级文化和旅游行政部门组织申报", [["省级文化和旅游行政部门"]], [E, "who", "rule"])
single("en", 3, 2, "How much has been invested in testing equipment at the provincial mahogany furniture inspection centre in Xianyou, and how many parameters can it test?", "目前已投入检测设备约1600万元", [["1600万元"], ["42项"]], [E, "figure", "done"])
single("en", 4, 2, "What discount do small Xianyou companies get on tree-species identification tests, and how much in testing fees was waived from January to June 2022?", "按收费标准的50%收取", [["50%"], ["38万元"]], [E, "rate", "figure"])
single("en", 5, 3, "How much does Boxing pay each year to every county-level or higher inheritor of straw and willow weaving, and since which year?", "每人每年给予传承补助2000元", [["2000元"], ["2020年"]], [E, "rate", "date"])
single("en", 6, 3, "When will the straw and willow weaving design competition in Boxing be held?", "计划于2020年10月举行", [["2020年10月"]], [E, "date", "plan"])
single("en", 7, 4, "How much provincial money did Lingbi get for treating old quarry pits, and how many pits have been treated so far?", "争取省级矿山地质环境治理资金2300万元", [["2300万元"], ["12处"]], [E, "figure", "done"])
single("en", 8, 4, "How large is the no-quarrying zone for Lingbi stone that was drawn in March 2018?", "划定奇石资源禁采区14.6平方公里", [["14.6平方公里"]], [E, "figure"])
single("en", 9, 5, "How long is the forest road in Baiyang town to be paved this year, how much will it cost, and when should it be finished?", "预计投资约70万元", [["3.5公里"], ["70万元"], ["10月底前"]], [E, "figure", "date", "plan"])
single("en", 10, 5, "How many bamboo weaving training sessions has the Baiyang workshop held, and how many people took part?", "已举办竹编技艺培训5期", [["5期"], ["190人次"]], [E, "figure", "done"])
single("en", 11, 6, "Where is Huangyan's public heat treatment centre for mould makers, and how many companies does it serve?", "位于院桥镇的模具公共热处理中心建成投用", [["院桥镇"], ["120家"]], [E, "where", "figure"])
single("en", 12, 6, "When should the mould cloud design centre in Huangyan start trial operation, and how many design firms will join in the first batch?", "计划于2021年12月底前上线试运行", [["2021年12月底前"], ["50家"]], [E, "date", "plan"])
single("en", 13, 7, "How many cases of counterfeit geographical indication or false origin labelling of duck eggs did Gaoyou handle in 2022, and what were the total fines?", "全年查处冒用地理标志", [["4起"], ["12.6万元"]], [E, "figure", "done"])
single("en", 14, 7, "When should the group standard for Gaoyou double-yolk duck eggs be released, and who is drafting it?", "计划于2023年9月前发布实施", [["2023年9月前"], ["市鸭蛋行业协会"]], [E, "date", "who", "plan"])
single("en", 15, 8, "Why won't Sihui spend 5 million yuan a year on a jade fair?", "市财政难以承担每年500万元的办展经费", [["暂不能采纳"], ["难以承担"]], [E, "declined", "reason"])
single("en", 16, 8, "How many e-commerce live-streaming training sessions for jade sellers has Sihui held since 2023, and how many people were trained?", "举办玉器电商直播培训12期", [["12期"], ["860人次"]], [E, "figure", "done"])
single("en", 17, 9, "How large a standardized wine-grape base does Luocheng plan to add by the end of 2025, and what is the one-off subsidy per mu?", "我局计划到2025年底新建酿酒原料标准化基地5000亩", [["5000亩"], ["300元"]], [E, "figure", "rate", "plan"])
single("en", 18, 9, "How many standardized demonstration bases for wild grapes has Luocheng built since 2022, how big are they, and in which towns?", "建设毛葡萄标准化示范基地2个", [["2个"], ["1200亩"], ["四把镇", "黄金镇"]], [E, "figure", "where", "done"])
single("en", 19, 10, "What is the daily capacity of the central sewage plant in the Miluo recycling park, and when did it start running?", "日處理能力2萬噸", [["2萬噸"], ["今年5月"]], [E, "figure", "date"])
single("en", 20, 10, "When will the online trading platform for recycled resources in Miluo go live, and how many companies will join at first?", "計劃2016年6月前上線運行", [["2016年6月前"], ["60家"]], [E, "date", "figure", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "文化和旅游部答复太极拳发源地保护那条建议，文号是多少？", "文　　号：文旅遗函〔2019〕217号", [["文旅遗函〔2019〕217号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "What is the index number of the Fujian market regulation administration's reply on Xianyou classical furniture?", "索 引 号：FJ00135-0512-2022-00087", [["FJ00135-0512-2022-00087"]], [M, "lang:en", "index-number"])
single("metadata", 3, 3, "博兴草柳编那份答复，是哪两个单位联名答复的？", "=博兴县商务局　　博兴县文化和旅游局", [["博兴县商务局"], ["博兴县文化和旅游局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "白杨镇政府对竹编那条建议的答复，落款日期是哪天？", "=二〇一七年六月十九日", [["二〇一七年六月十九日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "Which district CPPCC session and proposal number does the Huangyan economy and information technology bureau's reply on moulds answer?", "=关于区政协十一届五次会议第73号提案的答复", [["十一届五次会议"], ["第73号"]], [M, "lang:en", "proposal-number"])
single("metadata", 6, 7, "高邮市场监管局关于鸭蛋的那份协办意见，是写给哪个单位的？", "=高邮市农业农村局：", [["高邮市农业农村局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 8, "四会商务局答复玉器产业那条建议，签发人是谁？", "签发：何颖珊", [["何颖珊"]], [M, "lang:zh", "signer"])
single("metadata", 8, 10, "Who made the suggestion on recycled resources that the Miluo economy and information technology bureau answered?", "=任國強等7名代表：", [["任國強"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What does the Ministry of Culture and Tourism plan next for spreading taijiquan abroad?", "By when should the oral history recording be finished, and for how many inheritors?"],
      "并计划于2020年底前完成30名代表性传承人的口述史记录工作", [["2020年底前"], ["30名"]], ["lang:en", "follow-up", "date", "plan"])
turns(2, 3, ["博兴打算怎么解决草柳编原料不够的问题？", "原料基地放在哪个镇？要发展到多大？"],
      "力争到2021年底发展到4000亩", [["湖滨镇"], ["4000亩"]], ["lang:zh", "follow-up", "where", "figure"])
turns(3, 4, ["What does the Lingbi land resources bureau plan for the quarry pits that are still untreated?", "How many pits are left, and by when will their treatment plans be ready?"],
      "我局计划于2018年底前完成其余25处采坑的治理方案编制", [["25处"], ["2018年底前"]], ["lang:en", "follow-up", "figure", "date", "plan"])
turns(4, 6, ["黄岩模具企业招不到人，区里在培养人上做了什么？", "订单班办了几个？今年毕业了多少学生？"],
      "与区职业技术学校合办模具订单班4个", [["4个"], ["156人"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 8, ["Who is in charge of customs procedures for importing raw jadeite, according to Sihui's commerce bureau?", "So what did the bureau do with that suggestion?"],
      "原石进口监管属于海关事权", [["报送上级商务部门"]], ["lang:en", "follow-up", "who", "declined"])
turns(6, 9, ["罗城毛葡萄想争取国家的地理标志保护项目，这事有进展吗？", "打算哪一年报？想争取哪一级的钱？"],
      "我局已将毛葡萄列入2026年地理标志农产品保护工程申报储备项目", [["2026年"], ["中央财政资金"]], ["lang:zh", "follow-up", "date", "plan"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 3, 5], "哪些答复函讲到了非遗传承？各自做了些什么？",
      [["3名", "360万元"], ["29名", "2000元"], ["42万元", "190人次"]], ["lang:zh", "theme:intangible-heritage"])
multi(2, [1, 3, 5], "Which replies deal with passing on intangible cultural heritage, and what support do they report?",
      [["360万元"], ["2000元"], ["5期"]], ["lang:en", "theme:intangible-heritage"])
multi(3, [7, 9], "哪些答复函提到了地理标志？各自说了什么？",
      [["19家", "4起"], ["国家农产品地理标志登记", "2026年"]], ["lang:zh", "theme:geographical-indication"])
multi(4, [7, 9], "Which replies mention geographical indications, and for which products?",
      [["高邮鸭蛋"], ["罗城毛葡萄"]], ["lang:en", "theme:geographical-indication"])
multi(5, [3, 8], "哪些答复函说到了电商培训？各培训了多少人次？",
      [["1260人次"], ["860人次"]], ["lang:zh", "theme:e-commerce"])
multi(6, [3, 8], "Which replies report e-commerce work, and what figures do they give?",
      [["9.3亿元", "42家"], ["64亿元", "12期"]], ["lang:en", "theme:e-commerce"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "在陈家沟的拳馆学一期太极拳要交多少学费？", "Schools (86所) and practitioners (15万人) are counted; no fee.", "price-not-stated", "zh"),
 (1, "武陟县有多少名太极拳代表性传承人？", "武陟 is not named; the 3 national and 14 provincial inheritors are Wenxian's.", "another-place", "zh"),
 (1, "How many visitors did Chenjiagou and Zhaobao receive in 2017?", "Only 2018's 126万人次 is given.", "another-year", "en"),
 (2, "一套仙游红木沙发大概要卖多少钱？", "Firms, workers and output value (320亿元) only; no price.", "price-not-stated", "zh"),
 (2, "永泰县有多少家古典家具企业？", "永泰 is not named; 2600 firms are Xianyou's.", "another-place", "zh"),
 (2, "What was the output value of Xianyou's classical furniture industry in 2020?", "Only 2021's 320亿元 is given (2020 is the year the inspection centre was approved).", "another-year", "en"),
 (3, "湾头村一个草柳编篮子能卖多少钱？", "Online shops (620余家) and sales totals only; no price.", "price-not-stated", "zh"),
 (3, "邹平市有多少家草柳编作坊？", "邹平 is not named; 1100 firms and workshops are Boxing's.", "another-place", "zh"),
 (3, "What were Boxing's straw and willow weaving sales in 2018?", "Only 2019's 27亿元 (9.3亿元 online) is given.", "another-year", "en"),
 (4, "灵璧石现在一吨能卖多少钱？", "Traders (3200户) and yearly trade (18亿元) only; no price.", "price-not-stated", "zh"),
 (4, "埇桥区有几处历史遗留的采石坑？", "埇桥 is not named; the 37 pits are in 渔沟镇 (磬石山).", "another-place", "zh"),
 (4, "How much in fines for illegal quarrying did Lingbi collect in 2016?", "46万元 is the total since 2017; nothing for 2016.", "another-year", "en"),
 (5, "白杨镇一个竹编篮子卖多少钱？", "Households and 2016 sales (1800万元) only; no price.", "price-not-stated", "zh"),
 (5, "武宁县有多少户在做竹编？", "武宁 is not named; 430 households are Baiyang's.", "another-place", "zh"),
 (5, "What were Baiyang's bamboo weaving sales in 2015?", "Only 2016's 1800万元 is given.", "another-year", "en"),
 (6, "路桥区有多少家模具企业？", "路桥 is not named; 2100 firms are Huangyan's.", "another-place", "zh"),
 (6, "黄岩一套注塑模具一般卖多少钱？", "Output value (240亿元) only; no price.", "price-not-stated", "zh"),
 (6, "How much did it cost to build the public heat treatment centre in Yuanqiao?", "Opening date and firms served (120家) only; no construction cost.", "money-not-stated", "en"),
 (7, "高邮双黄蛋现在一枚卖多少钱？", "Eggs processed (5.2亿枚) and value (15.6亿元) only; no price.", "price-not-stated", "zh"),
 (7, "金湖县有几家企业能用鸭蛋地理标志？", "金湖 is not named; the 19 firms are Gaoyou's.", "another-place", "zh"),
 (7, "How many duck-egg samples did the Gaoyou market regulator test in 2021?", "Only 2022's 120批次 is given.", "another-year", "en"),
 (8, "四会玉器市场一间商铺一个月租金多少？", "Rent is said to be agreed between owners and tenants; no figure.", "price-not-stated", "zh"),
 (8, "广宁县有多少户做玉器的？", "广宁 is not named; 1.2万户 are Sihui's.", "another-place", "zh"),
 (8, "What was Sihui's online jade trade in 2022?", "Only 2023's 64亿元 is given.", "another-year", "en"),
 (9, "环江县种了多少亩毛葡萄？", "环江 is not named; 3.5万亩 and the town table are Luocheng's.", "another-place", "zh"),
 (9, "罗城毛葡萄酒厂一共有多少工人？", "Wineries (11家) and fruit bought (1.1万吨) only; no workforce.", "count-not-stated", "zh"),
 (9, "How many mu of wild grapes did Luocheng grow in 2023?", "Only 2024's figures (3.5万亩, the town table) are given.", "another-year", "en"),
 (10, "汨罗回收废铜现在一吨多少钱？", "Tonnage (410萬噸) and sales (430億元) only; no price.", "price-not-stated", "zh"),
 (10, "屈原管理区有多少家再生资源企业？", "屈原 is not named; the 136 park firms are Miluo's.", "another-place", "zh"),
 (10, "How much recycled material did Miluo process in 2013?", "Only 2014's 410萬噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa36.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
