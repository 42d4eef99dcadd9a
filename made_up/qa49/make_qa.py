#!/usr/bin/env python3
"""Generate qa49.jsonl (adapted from made_up/qa48/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 07's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa49.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q49-{n:02d}.txt"


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
    rows.append({"id": f"q49-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q49-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q49-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q49-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "南芬那边开矿留下的大坑一共有多少个？占了多少地？", "因采矿遗留的露天矿坑共17处", [["17处"], ["2600亩"]], [P, C, "figure"])
single("zh", 2, 1, "委员想让区里每年拿一千万专门搞治理，国土局答应了吗？", "此项建议暂不能采纳", [["暂不能采纳"], ["区级财力十分有限", "难以每年安排"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "还在开采的矿山有几家交了治理押金？一共交了多少？", "累计缴存2300万元", [["11家"], ["2300万元"]], [P, C, "figure", "done"])
single("zh", 4, 2, "松花湖那边专门打鱼的有多少户？去年打了多少鱼？", "现有专业渔民约430户", [["430户"], ["2600吨"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让政府把湖里的鱼统一收上来定个价卖，农业农村局怎么看？", "政府统一收购缺乏依据", [["不宜采纳"], ["鲜鱼价格由市场形成", "缺乏依据"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "建展示馆、修游船码头这些事，农业农村局说该找谁？", "请你局商区发展和改革局研究", [["不属于我局职责范围"], ["区发展和改革局"]], [P, C, "declined", "who"])
single("zh", 7, 3, "金上京那座老城由几座城组成？城墙绕一圈大概多长？", "城垣周长约11公里", [["南城和北城"], ["11公里"]], [P, C, "figure"])
single("zh", 8, 3, "委员提议把遗址边上的村子整个搬走，文物局怎么说？", "村庄搬迁涉及土地、安置等多方面政策", [["不属于我局职责范围"], ["当地人民政府"]], [P, C, "declined", "who"])
single("zh", 9, 3, "2014到2016年国家给金上京本体保护和安防拨了多少钱？", "共支持遗址本体保护和安防工程经费约2680万元", [["2680万元"]], [P, C, "figure", "done"])
single("zh", 10, 4, "井陉跳拉花的队伍有多少支？常上台的有多少人？", "目前全县有拉花表演队伍46支", [["46支"], ["1100人"]], [P, C, "figure"])
single("zh", 11, 4, "井陉文旅局说接下来在拉花上要做哪几件事？", "今年10月底前编排完成拉花新剧目2个", [["新剧目2个"], ["传习所"], ["展演"]], [P, C, "plan", "next-step"])
single("zh", 12, 4, "代表要给传承人每月发生活钱，文旅局能办吗？", "但目前县级财政没有此项资金", [["暂不能落实"], ["没有此项资金"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "新绛县那件讲砚台的建议，工信局答复时说县里现在有多少家作坊在做？", "目前全县从事澄泥砚制作的作坊约60家", [["60家"]], [P, C, "figure", "synonym-topic"])
single("zh", 14, 5, "代表想让作坊自己去河滩挖泥，工信局同意没有？", "我局无权审批", [["无法采纳"], ["无权审批", "水利部门"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "去年办的手艺培训班有几期？参加的徒弟多少人？", "2018年我局组织澄泥砚制作技艺培训班2期", [["2期"], ["36人"]], [P, C, "figure", "done"])
single("zh", 16, 6, "卓资做熏鸡的正规厂子有几家？小作坊大概多少？", "取得食品生产许可的熏鸡生产企业11家", [["11家"], ["70家"]], [P, C, "figure"])
single("zh", 17, 6, "熏鸡的那个自治区标准什么时候能出来？", "计划于2025年6月底前发布实施", [["2025年6月底前"]], [P, C, "plan", "date"])
single("zh", 18, 6, "代表希望按产量给熏鸡企业发奖励，市场监管局怎么回的？", "按产量奖补属于产业扶持政策", [["不属于市场监管部门职能"], ["自治区农牧厅"]], [P, C, "declined", "who"])
single("zh", 19, 7, "仁寿县讲卢橘的那份答复里，文宫镇种了多少万亩？产量多少？", "文宫镇　　3.2", [["3.2"], ["3.1"]], [P, C, "figure", "table", "synonym-topic"])
single("zh", 20, 7, "果农买农药化肥，县里给补贴吗？", "现行政策没有此项补贴", [["没有此项补贴"], ["诱虫灯"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "去年新盖了几座保鲜库？用了多少项目钱？", "支持专业合作社新建保鲜库14座", [["14座"], ["380万元"]], [P, C, "figure", "done"])
single("zh", 22, 8, "黄桷垭那一片做泉水鸡的馆子有多少家？一年营业额多少？", "现有泉水鸡餐馆约130家", [["130家"], ["4.7亿元"]], [P, C, "figure"])
single("zh", 23, 8, "代表想把泉水鸡的菜价统一起来，两个部门怎么答复？", "餐饮价格属于经营者自主定价范围", [["不宜统一规定"], ["明码标价"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "南岸区打算多久一起查一回餐馆的卫生？", "每季度开展一次食品安全联合检查", [["每季度"]], [P, C, "plan"])
single("zh", 25, 9, "大方做漆器的企业和作坊有多少家？去年卖了多少钱？", "目前全縣漆器生產企業和作坊共23家", [["23家"], ["4800萬元"]], [P, C, "figure"])
single("zh", 26, 9, "委员要给学漆器的徒弟每月发生活费，局里给不给？", "縣財政目前沒有此項預算安排", [["暫不能採納"], ["沒有此項預算安排"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "漆器产业园打算放在哪？什么时候把规划做完？", "已初步選址縣城東部工業園區", [["縣城東部工業園區"], ["2017年底前"]], [P, C, "plan", "where", "date"])
single("zh", 28, 10, "马鞍底乡在草果烘干上已经做了些什么？", "在5个村委会建成集中烘烤房7座", [["7座"], ["210万元"]], [P, C, "done", "already-done"])
single("zh", 29, 10, "代表说让乡里按保护价收草果，乡政府怎么说？", "乡级财力有限，也缺乏价格托底的政策依据", [["暂无法实施"], ["乡级财力有限", "缺乏价格托底的政策依据"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "全乡林子底下种了多少亩草果？涉及多少户？", "全乡林下种植草果约4.6万亩", [["4.6万亩"], ["2300户"]], [P, C, "figure"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "What does the Nanfen land bureau plan for the abandoned pit at Miaoergou, and by when?", "计划2015年底前完成矿山公园总体规划编制", [["矿山公园"], ["2015年底前"]], [E, "plan", "date", "body-place"])
single("en", 2, 1, "How many brick and sand firms did Nanfen bring in to use mine tailings, and how much do they use a year?", "年利用尾矿约60万吨", [["2家"], ["60万吨"]], [E, "figure", "done"])
single("en", 3, 2, "What did the Fengman agriculture bureau say it had already done about fish stocks in Songhua Lake?", "累计投放鱼苗1200万尾", [["1200万尾"], ["禁渔期", "46次"]], [E, "done", "already-done", "body-place"])
single("en", 4, 2, "What will the Fengman agriculture bureau do next for the lake fishery, and by when?", "下一步，我局将在今年9月底前完成", [["9月底前"], ["渔业资源调查"]], [E, "plan", "next-step"])
single("en", 5, 3, "How much of the Jin Shangjing site has been excavated since 2015, and what did the digs confirm?", "发掘面积约4200平方米", [["4200平方米"], ["皇城南门"]], [E, "figure", "done"])
single("en", 6, 3, "By when should Acheng have finished reviewing its display plan for the Jin capital site?", "2018年底前完成展示方案论证", [["2018年底前"]], [E, "plan", "date"])
single("en", 7, 4, "How many lahua shows were staged at Yujia village last year, and how many people watched?", "去年演出约90场", [["90场"], ["6万人次"]], [E, "figure", "done", "body-place"])
single("en", 8, 4, "How many primary and secondary schools in Jingxing now run lahua interest classes?", "已在全县14所中小学开设拉花兴趣课", [["14所"]], [E, "figure", "done"])
single("en", 9, 5, "Did the industry bureau of Xinjiang County in Shanxi agree to pay craftsmen a subsidy for each apprentice they take on?", "现行政策中没有按学徒人数补贴的规定", [["不予采纳"], ["没有按学徒人数补贴的规定"]], [E, "declined"])
single("en", 10, 5, "How did the industry bureau of Xinjiang County in Shanxi answer the call for a government-funded Chengni inkstone museum?", "博物馆建设不属于我局职责范围", [["不属于我局职责范围"], ["县文化和旅游局"]], [E, "declined", "how-answered"])
single("en", 11, 6, "How many batches of Zhuozi smoked chicken were sample-tested in 2023, and what share passed?", "抽检熏鸡产品260批次", [["260批次"], ["98.8%"]], [E, "figure", "done"])
single("en", 12, 6, "How many expressway service areas in Inner Mongolia are to get counters for local specialty foods this year?", "推动年内在区内5个高速公路服务区设立地方特色食品专柜", [["5个"]], [E, "plan", "figure"])
single("en", 13, 7, "How many visitors came to the loquat-picking festival around the Heilongtan reservoir last year?", "去年接待游客约35万人次", [["35万人次"]], [E, "figure", "done", "body-place"])
single("en", 14, 7, "Where does Renshou plan to put a county loquat trading market, and when will the preparatory work start?", "拟选址文宫镇", [["文宫镇"], ["2021年"]], [E, "plan", "where", "date"])
single("en", 15, 8, "How much did Nan'an spend in 2021 to spruce up spring-water chicken restaurants around Huangjueya, and how many were helped?", "区商务委员会2021年安排餐饮提升资金160万元", [["160万元"], ["38家"]], [E, "figure", "done", "body-place"])
single("en", 16, 8, "How did the Nan'an bureaus answer the call for an agreed way of cooking spring-water chicken?", "我们认为可行", [["地方标准"], ["行业自律公约"]], [E, "plan", "how-answered"])
single("en", 17, 9, "How much lacquer-tree land does Dafang have, and where will seedling nurseries be set up?", "全縣現有漆樹約1.8萬畝", [["1.8萬畝"], ["3個鄉鎮"]], [E, "figure", "plan"])
single("en", 18, 9, "How many students has Dafang's lacquerware class at the vocational school taken in, and how many apprentices work in the trade now?", "已招收學生2屆共85人", [["85人"], ["120人"]], [E, "figure", "done"])
single("en", 19, 10, "What does Ma'andi township plan to set up along Butterfly Valley by the end of the year?", "今年年底前在景区沿线设立草果展销点2个", [["展销点2个"], ["年底前"]], [E, "plan", "body-place"])
single("en", 20, 10, "How many tonnes of dried tsaoko did the spice processors buy from Ma'andi last year, and how many processors were there?", "收购干果约380吨", [["380吨"], ["2家"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "What is the index number of the Nanfen reply on old mine pits?", "索引号：11210505MB1C3307QN", [["11210505MB1C3307QN/2014-00118"]], [M, "lang:en", "index-number"])
single("metadata", 2, 8, "南岸泉水鸡那份答复是哪两个单位联名落款的？", "=南岸区商务委员会　　南岸区市场监督管理局", [["南岸区商务委员会"], ["南岸区市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 3, 9, "Who signed off the Dafang reply on lacquerware?", "簽發人：", [["龍德明"]], [M, "lang:en", "signer"])
single("metadata", 4, 5, "新绛那件澄泥砚建议是哪位代表领衔提的？", "领衔代表", [["卫建平"]], [M, "lang:zh", "proposer"])
single("metadata", 5, 7, "仁寿枇杷提案答复的文号是多少？", "| 文 号 |", [["仁农提〔2020〕12号"]], [M, "lang:zh", "doc-number"])
single("metadata", 6, 2, "丰满区农业农村局那份协办意见是写给哪个单位的？", "=丰满区文化和旅游局：", [["丰满区文化和旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 10, "马鞍底乡答复草果那件建议，落款日期是哪天？", "=二〇二五年七月四日", [["二〇二五年七月四日"]], [M, "lang:zh", "date"])
single("metadata", 8, 3, "What is the document number of the State Cultural Heritage Administration's reply on the Jin Shangjing site?", "文物提函〔2017〕114号", [["文物提函〔2017〕114号"]], [M, "lang:en", "doc-number"])
# ---------------- multi_turn (6) ----------------
turns(1, 5, ["新绛澄泥砚那件建议，第一条工信局是怎么答复的？", "那第三条呢？"],
      "博物馆建设不属于我局职责范围", [["不属于我局职责范围"], ["县文化和旅游局"]], ["lang:zh", "follow-up", "ellipsis", "declined"])
turns(2, 9, ["Did the Dafang bureau turn down a monthly allowance for lacquer apprentices?", "And who pays?"],
      "將漆器學徒納入職業技能培訓補貼範圍", [["職業技能培訓補貼"], ["縣人社局"]], ["lang:en", "follow-up", "ellipsis", "who"])
turns(3, 7, ["仁寿的枇杷以前一上市就扎堆，县里在品种上做了什么？", "现在能卖多久？"],
      "将鲜果上市期由原来的40天左右延长到约70天", [["70天"]], ["lang:zh", "follow-up", "figure", "done"])
turns(4, 6, ["Has Inner Mongolia's market regulator helped Zhuozi's smoked-chicken workshops upgrade?", "How many of them became licensed food factories?"],
      "其中9家已升级为食品生产企业", [["9家"]], ["lang:en", "follow-up", "figure", "done"])
turns(5, 3, ["金上京遗址这些年国家批了考古吗？", "挖出了什么？"],
      "初步确认了皇城南门", [["皇城南门"]], ["lang:zh", "follow-up", "ellipsis", "done"])
turns(6, 1, ["Has Nanfen closed any of its old tailings ponds?", "And the rest?"],
      "其余3座已编制闭库设计", [["3座"], ["闭库设计"]], ["lang:en", "follow-up", "ellipsis", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [5, 9], "哪些答复函提到了学徒？各地是怎么答复的？",
      [["不予采纳", "36人"], ["暫不能採納", "120人"]], ["lang:zh", "theme:apprentices"])
multi(2, [5, 9], "Which replies deal with apprentices in traditional crafts, and what did each bureau offer them instead of what was asked?",
      [["职业技能培训"], ["職業技能培訓補貼"]], ["lang:en", "theme:apprentices"])
multi(3, [2, 7], "哪些答复里提到了保鲜库？各建了多少座、多大库容？",
      [["保鲜库3座", "800吨"], ["保鲜库14座", "4200吨"]], ["lang:zh", "theme:fresh-keeping-stores"])
multi(4, [2, 7], "Which replies mention cold stores for fresh fish or fruit, and how much capacity did each add?",
      [["800吨"], ["4200吨"]], ["lang:en", "theme:fresh-keeping-stores"])
multi(5, [6, 8], "各地答复里提到制定地方标准的有哪些？分别进展到哪一步了？",
      [["2025年6月底前", "地方标准制修订计划"], ["地方标准立项计划"]], ["lang:zh", "theme:local-standard"])
multi(6, [6, 8], "Which replies talk about drafting a local standard for a regional dish, and what stage is each at?",
      [["加工技术规范"], ["行业自律公约", "立项计划"]], ["lang:en", "theme:local-standard"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "庙儿沟矿山公园的规划编制要花多少钱？", "Only the deadline (2015年底前) and the plan to apply for a provincial park are given; no cost.", "money-not-stated", "zh"),
 (1, "用尾矿做砖的那两家企业分别叫什么？", "2 firms are counted; none is named.", "name-not-given", "zh"),
 (1, "How many open pits did Nanfen's 2012 survey count?", "Only the 2013 survey (17 pits) is given.", "another-year", "en"),
 (2, "松花湖的春季禁渔期是从几月几号到几月几号？", "The letter says a spring ban is enforced every year and counts 46 patrols; no dates.", "date-not-stated", "zh"),
 (2, "湖区那3座鲜鱼保鲜库一共花了多少钱？", "3 stores and 800吨 of capacity are given; no money.", "money-not-stated", "zh"),
 (2, "What does a kilo of bighead carp from Songhua Lake sell for?", "Only the catch (2600吨) and the share of bighead and silver carp (七成) are given; no price.", "price-not-stated", "en"),
 (3, "金上京那3项考古发掘是哪位专家带队的？", "3 excavations and 4200平方米 are given; nobody is named.", "person-not-named", "zh"),
 (3, "金上京遗址保护规划预计哪一年能正式批下来？", "Only the 2016 approval to start drafting is given; no date for the plan itself.", "date-not-stated", "zh"),
 (3, "How many visitors does the Jin Shangjing site receive each year?", "The site's size (11公里 of walls) and the digs are given; no visitor numbers.", "count-not-stated", "en"),
 (4, "井陉的拉花代表性传承人一共有几位？", "Inheritors are mentioned (县级以上代表性传承人) but not counted.", "count-not-stated", "zh"),
 (4, "于家村那个拉花传习所要投多少钱？", "The place and the deadline (年内) are given; the only money (38万元) is for costumes.", "money-not-stated", "zh"),
 (4, "Which troupe will open Jingxing's lahua showcase next Spring Festival?", "Only that all townships' troupes are invited; none is named.", "name-not-given", "en"),
 (5, "新绛的澄泥砚一方一般卖多少钱？", "Only total sales (3100万元) are given; no price.", "price-not-stated", "zh"),
 (5, "那次澄泥砚技能比赛给第一名发多少奖金？", "Only that one contest will be held by end-September; no prize.", "money-not-stated", "zh"),
 (5, "Which six workshops from Xinjiang County in Shanxi went to the provincial craft fair?", "6 workshops and 120万元 of deals are given; none is named.", "name-not-given", "en"),
 (6, "卓资熏鸡一只卖多少钱？", "Output (900万只) and sales (5.4亿元) are given; no price.", "price-not-stated", "zh"),
 (6, "冒用卓资熏鸡名称的那4起案子一共罚了多少钱？", "4 cases are counted; no fines.", "money-not-stated", "zh"),
 (6, "Which company's smoked chicken failed the 2023 sampling checks?", "3 failed batches are counted; no firm is named.", "name-not-given", "en"),
 (7, "视高镇种了多少亩枇杷？", "视高 is not named; it would sit in 其他乡镇 (4.1万亩), which is not broken down.", "another-place", "zh"),
 (7, "仁寿枇杷采摘节的门票多少钱一张？", "Only the visitor count (35万人次) is given; no ticket price.", "price-not-stated", "zh"),
 (7, "What are the names of the six early and late loquat varieties Renshou brought in?", "6 varieties are counted; none is named.", "name-not-given", "en"),
 (8, "黄桷垭的泉水鸡一份一般卖多少钱？", "Only restaurant numbers and total turnover (4.7亿元) are given; no dish price.", "price-not-stated", "zh"),
 (8, "首批评出的那12家诚信示范店分别是哪几家？", "12 shops are counted; none is named.", "name-not-given", "zh"),
 (8, "On what date did the 410 food-safety checks of Nan'an restaurants begin?", "The count (410家次) and 去年 are given; no date.", "date-not-stated", "en"),
 (9, "大方漆器产业园总共要投资多少钱？", "The site and the planning deadline (2017年底前) are given; no investment.", "money-not-stated", "zh"),
 (9, "改造生产车间的那9家漆器企业叫什么名字？", "9 firms are counted; none is named.", "name-not-given", "zh"),
 (9, "What does a piece of Dafang lacquerware usually sell for?", "Only total sales (4800萬元) are given; no price.", "price-not-stated", "en"),
 (10, "勐拉镇种了多少亩草果？", "勐拉 is not named; the 4.6万亩 are 马鞍底乡's.", "another-place", "zh"),
 (10, "马鞍底集中烘干的草果干果现在一公斤卖多少钱？", "Only the difference (about 4元 more a kilo than home-dried) is given; no price.", "price-not-stated", "zh"),
 (10, "Who heads the four tsaoko cooperatives in Ma'andi?", "4 cooperatives are counted; nobody is named.", "person-not-named", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa49.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
