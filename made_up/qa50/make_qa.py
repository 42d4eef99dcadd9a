#!/usr/bin/env python3
"""Generate qa50.jsonl (adapted from made_up/qa48/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of a metadata block is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa50.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q50-{n:02d}.txt"


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
    rows.append({"id": f"q50-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q50-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q50-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q50-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "邵伯湖边一年能来多少人玩？湖岸在镇里头有多长？", "湖岸线在我镇境内约19公里", [["35万人次"], ["19公里"]], [P, C, "figure"])
single("zh", 2, 1, "代表想在湖面上弄个坐船游览的上下客地方，镇里怎么回的？", "因邵伯湖属行洪湖泊", [["须经水利部门审批"], ["论证"]], [P, C, "conditional", "reason"])
single("zh", 3, 1, "绕湖骑车的专用道，方案啥时候能拿出来？", "我镇已委托规划设计单位开展线路踏勘", [["10月底前"]], [P, C, "plan", "date"])
single("zh", 4, 2, "径山茶一共有多少亩茶园？去年出了多少吨干茶？", "目前全区茶园面积约6.8万亩", [["6.8万亩"], ["1420吨"]], [P, C, "figure"])
single("zh", 5, 2, "代表要区里专门掏钱给径山茶打牌子，区里答应没有？每年给多少？", "区政府已同意从今年起每年安排品牌宣传资金500万元", [["500万元"]], [P, C, "accepted", "figure"])
single("zh", 6, 2, "手工炒茶的培训班办了几期？来了多少茶农？", "我局去年举办手工炒茶技艺培训班8期", [["8期"], ["640人次"]], [P, C, "figure", "done"])
single("zh", 7, 3, "鲤城的傀儡戏，现在还能把老戏整本演下来的艺人剩几个？平均多大岁数？", "其中能完整演出傳統劇目的老藝人僅23人", [["23人"], ["62歲"]], [P, C, "figure", "county-synonym"])
single("zh", 8, 3, "这几年给木偶戏录了多少出戏的影像？区里花了多少钱？", "2014年以來區財政安排木偶保護經費共180萬元", [["46齣"], ["180萬元"]], [P, C, "figure", "done"])
single("zh", 9, 3, "以后区里每年要向民间戏班买多少场公益演出？", "我局將每年向民間木偶班社購買公益演出120場", [["120場"]], [P, C, "plan", "figure"])
single("zh", 10, 4, "渼陂村里老房子一共多少栋？祠堂有几座？", "渼陂村现有传统建筑367栋", [["367栋"], ["28座"]], [P, C, "figure"])
single("zh", 11, 4, "以后老村子里面还批不批盖新房？", "我局同意在村庄规划中明确老村核心保护范围内不再审批新建住宅", [["不再审批新建住宅"]], [P, C, "accepted"])
single("zh", 12, 4, "游客服务中心和停车要占的地，自然资源局能给吗？大概多少亩？", "游客服务中心及停车用地约18亩", [["18亩"], ["优先安排"]], [P, C, "accepted", "figure"])
single("zh", 13, 5, "端州那边做砚台、卖砚台的一共多少家？一年卖了多少钱？", "目前全区从事端砚制作和销售的企业、作坊约480家", [["480家"], ["4.6亿元"]], [P, C, "figure", "county-synonym"])
single("zh", 14, 5, "代表想让机关招待客人时送端砚，文旅体局同意吗？", "公务活动不得赠送礼品", [["不予采纳"], ["八项规定"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "盖一座区里的端砚博物馆得花多少钱？为啥不建？", "该项目需投资约6000万元", [["6000万元"], ["难以承担"]], [P, C, "declined", "figure"])
single("zh", 16, 6, "孝南一年能做多少吨麻糖？卖了多少钱？", "2021年产量约5800吨", [["5800吨"], ["3.1亿元"]], [P, C, "figure"])
single("zh", 17, 6, "委员说让政府统一给麻糖注册牌子、统一包装，两个部门怎么看？", "不宜由政府包办", [["不宜由政府包办"], ["区域公用商标"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "做麻糖的技术规矩啥时候能定下来？", "两部门将在今年11月底前制定麻糖生产技术规范", [["11月底前"]], [P, C, "plan", "date"])
single("zh", 19, 7, "清化姜全县种了多少亩？许良镇占了多少？", "目前全县种植面积约1.3万亩", [["1.3万亩"], ["9000亩"]], [P, C, "figure"])
single("zh", 20, 7, "代表想给姜的价格上个保险，农业农村局怎么说？", "目前姜价指数保险尚未纳入省级政策性保险目录", [["暂无法单独承担"], ["尚未纳入"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "给姜加工企业留了多少亩地？在哪儿？", "已协调县自然资源局在许良镇工业园预留加工用地30亩", [["30亩"], ["许良镇工业园"]], [P, C, "plan", "where"])
single("zh", 22, 8, "淳化现在有多少家卖饸饹的店？开到县外去的有多少？", "目前全县有饸饹经营店约320家", [["320家"], ["110家"]], [P, C, "figure"])
single("zh", 23, 8, "商务厅给淳化建统一加工的厨房拿了多少钱？一天能做多少吨？", "安排省级商贸流通专项资金80万元", [["80万元"], ["15吨"]], [P, C, "figure", "done"])
single("zh", 24, 8, "提案说要建荞面原料基地，商务厅是怎么处理的？", "该项工作属省农业农村厅职责", [["省农业农村厅"], ["已转该厅"]], [P, C, "passed-on", "who"])
single("zh", 25, 9, "积石山打这种刀的人家有多少户？全套老手艺都会的还有几个？", "目前全县有腰刀制作户约130户", [["130户"], ["35人"]], [P, C, "figure"])
single("zh", 26, 9, "刀寄不出去，工信局能不能把那个认定标准改一改？", "我局无权变更有关认定标准", [["无权"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "给刀匠配空气锤这些家什，争取到多少钱？配了多少户？", "争取省级中小企业发展资金60万元", [["60万元"], ["32户"]], [P, C, "figure", "done"])
single("zh", 28, 10, "洛浦织毯子的有多少人？女的占多少？", "织毯从业人员约5200人", [["5200人"], ["八成"]], [P, C, "figure", "county-synonym"])
single("zh", 29, 10, "织毯培训一共办了多少期？拿到等级证的有多少人？", "会同县人社局开展织毯、配色、图案设计培训12期", [["12期"], ["280人"]], [P, C, "figure", "done"])
single("zh", 30, 10, "委员想把羊毛统一起来买，工信局怎么说？", "羊毛采购属企业自主经营行为", [["企业自主经营行为"], ["集中采购"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How long is the stretch of road from Douye Pavilion to the town centre that was surfaced in 2016, and what did the town pay for it?", "对斗野亭至镇区的3.6公里道路进行了沥青铺设", [["3.6公里"], ["280万元"]], [E, "figure", "done", "body-place"])
single("en", 2, 1, "What does Shaobo town plan to do next for visitors around its lake before the end of the year?", "我镇将在年底前再增设观光车停靠点4个", [["停靠点4个"], ["游客服务点"]], [E, "plan", "next-step"])
single("en", 3, 2, "Upstream of the Siling Reservoir, how many mu of tea gardens moved from chemical to organic fertiliser in 2020?", "2020年我局在该区域推广有机肥替代化肥1.1万亩", [["1.1万亩"]], [E, "figure", "done", "body-place"])
single("en", 4, 2, "What did Yuhang's farm bureau say it had already done to protect the Jingshan tea name?", "发放防伪标识共380万枚", [["380万枚"], ["3起"]], [E, "done", "already-done"])
single("en", 5, 3, "How many schools in Licheng run string-puppet classes, and how many pupils take part?", "在8所中小學開設木偶興趣班", [["8所"], ["560人"]], [E, "figure", "done"])
single("en", 6, 3, "Will Licheng build a dedicated puppet museum, and what does the culture bureau offer instead?", "區財政目前沒有此項預算安排", [["暫不能採納"], ["木偶展廳"]], [E, "declined", "plan"])
single("en", 7, 4, "How much land north of the old village of Meipi was set aside for new homes, and how many house plots were laid out?", "在老村以北划定新村建设用地约46亩", [["46亩"], ["92个"]], [E, "figure", "done"])
single("en", 8, 4, "What did the Qingyuan land bureau say about upgrading the tourist road from Qingyuan Mountain to Meipi into a provincial highway?", "不属于我局职责范围", [["不属于我局职责范围"], ["区交通运输局"]], [E, "declined", "who"])
single("en", 9, 5, "What is due to open in Baishi Village by the end of October, and how big will it be?", "今年我局还将在10月底前在白石村建成端砚展示中心1处", [["端砚展示中心"], ["800平方米"]], [E, "plan", "body-place"])
single("en", 10, 5, "Why can't Duanzhou reopen the old inkstone quarries around Lingyang Gorge?", "我局无权批准恢复开采", [["无权"], ["生态保护范围"]], [E, "declined", "reason", "body-place"])
single("en", 11, 6, "What did the two Xiaonan bureaus say they had already done for the local sesame candy trade?", "一是推动技术改造", [["150万元"], ["23户", "11户"], ["非遗工坊"]], [E, "done", "already-done"])
single("en", 12, 6, "Instead of a single government-run brand and package, what kind of trademark is Xiaonan helping the candy makers apply for?", "区市场监管局将指导区麻糖行业协会申请注册", [["区域公用商标"]], [E, "plan"])
single("en", 13, 7, "How many visitors did the ginger shop at the Qingtian River scenic area receive in 2023, and how much ginger produce did it sell?", "在青天河景区游客服务区开设清化姜展示店1处", [["7万人次"], ["38万元"]], [E, "figure", "done", "body-place"])
single("en", 14, 7, "How much seed ginger did Bo'ai's breeding base supply to growers, and how big is the base?", "向种植户供种约600吨", [["600吨"], ["200亩"]], [E, "figure", "done"])
single("en", 15, 8, "How much buckwheat flour is processed each year from the townships around Yetai Mountain?", "县内荞面原料主要来自爷台山周边的乡镇", [["8600吨"]], [E, "figure", "body-place"])
single("en", 16, 8, "What did the Shaanxi commerce department say about setting up a dedicated fund for the Chunhua noodle industry?", "设立专项产业基金须经省政府批准", [["暂不具备条件"], ["倾斜"]], [E, "declined", "reason"])
single("en", 17, 9, "What will Jishishan's industry bureau do next so that its knife makers can sell outside the county?", "下一步将引导刀匠开发刃长符合规定的工艺刀", [["工艺刀", "装饰刀"], ["5家企业"]], [E, "plan", "next-step"])
single("en", 18, 9, "How much will each apprentice at the Jishishan knife-making training point get a month, and how many apprentices a year?", "每年招收学徒不少于20人", [["300元"], ["20人"]], [E, "plan", "figure"])
single("en", 19, 10, "How many heritage carpet workshops were set up in Shanpulu in 2024, and how many weavers found jobs there?", "2024年在山普鲁乡建成地毯非遗工坊3处", [["3处"], ["310人"]], [E, "figure", "done", "body-place"])
single("en", 20, 10, "According to Luopu's reply on carpets, which office is responsible for the weavers' social insurance?", "该项工作属县人力资源和社会保障局职责", [["县人力资源和社会保障局"]], [E, "passed-on", "who"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 2, "What is the index number of Yuhang's reply on Jingshan tea?", "索引号：002506158", [["002506158/2021-04133"]], [M, "lang:en", "index-number"])
single("metadata", 2, 6, "孝南麻糖那份提案答复是哪两个单位一起落款的？", "=孝南区经济和信息化局　　孝南区市场监督管理局", [["孝南区经济和信息化局"], ["孝南区市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 3, 3, "Who signed off the Licheng reply on string puppets?", "簽發人", [["蘇振南"]], [M, "lang:en", "signer"])
single("metadata", 4, 5, "端州那份关于端砚的答复，文号是多少？", "文号：端文旅建", [["端文旅建〔2023〕7号"]], [M, "lang:zh", "doc-number"])
single("metadata", 5, 9, "积石山保安腰刀那件建议是哪位代表领衔提的？", "领衔代表", [["马成福"]], [M, "lang:zh", "proposer"])
single("metadata", 6, 4, "青原区自然资源局关于渼陂的那份协办意见是写给哪个单位的？", "=青原区文化广电新闻出版旅游局：", [["青原区文化广电新闻出版旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 1, "邵伯镇答复环湖观光那件建议，落款日期是哪天？", "=二〇一七年六月二十日", [["二〇一七年六月二十日"]], [M, "lang:zh", "date"])
single("metadata", 8, 10, "Whom should I contact about Luopu's reply on hand-made carpets, and at what phone number?", "联系人：李晓燕", [["李晓燕"], ["0903-6652318"]], [M, "lang:en", "contact"])
# ---------------- multi_turn (6) ----------------
turns(1, 5, ["端州端砚那件建议，第一条文旅体局是怎么答复的？", "那第三条呢？"],
      "税收减免政策由国家统一制定", [["不属于我局和区级职责范围"], ["国家统一制定"]], ["lang:zh", "follow-up", "ellipsis", "declined"])
turns(2, 2, ["Did Yuhang do anything to cut chemical fertiliser on tea gardens inside the reservoir's protection zone?", "And who pays?"],
      "区财政共安排资金220万元", [["区财政"], ["220万元"]], ["lang:en", "follow-up", "ellipsis", "figure", "done"])
turns(3, 3, ["鲤城答复木偶那件提案时，老艺人的补助有没有调整？", "现在一年给多少？"],
      "區級代表性傳承人補助已從每人每年3000元提高到每人每年5000元", [["5000元"]], ["lang:zh", "follow-up", "figure"])
turns(4, 7, ["Is Bo'ai doing anything about storage cellars for its ginger?", "How much money a year, and how many cellars?"],
      "县财政将从今年起每年安排资金300万元", [["300万元"], ["800个"]], ["lang:en", "follow-up", "figure", "plan"])
turns(5, 10, ["洛浦那件地毯提案，织工的社保谁来管？", "那数字化设计中心呢？"],
      "计划今年11月底前在县产业园区建成地毯图案数字化设计中心1个", [["11月底前"], ["2000种"]], ["lang:zh", "follow-up", "plan"])
turns(6, 9, ["Did Jishishan set up a place where its knife workshops could work side by side?", "How many workshops moved in?"],
      "在大河家镇建成腰刀加工集中区1处", [["18户"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 5, 7], "哪些答复函提到了防伪？各地分别做了多少？",
      [["380万枚"], ["1800余份"], ["260万个"]], ["lang:zh", "theme:anti-counterfeit"])
multi(2, [2, 5, 7], "Which replies talk about anti-counterfeit labels, codes or certificates, and what did each office do about them?",
      [["防伪标识", "按茶园面积和产量核定发放"], ["防伪鉴定"], ["防伪码", "14家"]], ["lang:en", "theme:anti-counterfeit"])
multi(3, [3, 6, 10], "各地的非遗工坊建了几处？分别是做什么的？",
      [["木偶頭雕刻非遺工坊1處"], ["麻糖非遗工坊1处"], ["地毯非遗工坊3处"]], ["lang:zh", "theme:heritage-workshop"])
multi(4, [3, 6, 10], "Which replies mention intangible-heritage workshops, and what does each say about apprentices, visitors or workers there?",
      [["26人"], ["1.2万人次"], ["310人"]], ["lang:en", "theme:heritage-workshop"])
multi(5, [1, 4], "哪些答复函说到了观光车？各自是怎么说的？",
      [["电动观光车6辆", "停靠点4个"], ["利用现有村道", "不新增占地"]], ["lang:zh", "theme:sightseeing-cart"])
multi(6, [1, 4], "Which replies mention sightseeing carts, and what did each say about them?",
      [["11公里", "6辆"], ["不新增占地"]], ["lang:en", "theme:sightseeing-cart"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "邵伯湖环湖观光车坐一趟要多少钱？", "Only the number of carts (6), the route (11公里) and the hours are given; no fare.", "fee-not-stated", "zh"),
 (1, "做环湖骑行道方案的是哪家设计单位？", "The letter says only 规划设计单位; no firm is named.", "name-not-given", "zh"),
 (1, "On what date did the sightseeing carts around Shaobo Lake start running?", "Only 今年起 (2017) and the daily hours are given; no date.", "date-not-stated", "en"),
 (2, "径山茶现在一斤卖多少钱？", "Only total output (1420吨) and output value (5.3亿元) are given; no price.", "price-not-stated", "zh"),
 (2, "查处冒用径山茶名称的那3起案子，一共罚了多少钱？", "3 cases are counted; no fine is given.", "money-not-stated", "zh"),
 (2, "Who are the twenty tea-roasting masters Yuhang named last year?", "20 are counted; nobody is named (钟雅琴 is only the contact).", "person-not-named", "en"),
 (3, "那23位能演整本戏的老艺人里，年纪最大的叫什么？", "23 are counted with an average age (62); nobody is named.", "person-not-named", "zh"),
 (3, "区文化馆里那间木偶展厅改造要花多少钱？", "Only the opening deadline (12月底前) is given; no cost.", "money-not-stated", "zh"),
 (3, "What is the document number of the Licheng rule that raised the puppet inheritors' subsidy to 5,000 yuan?", "The new rate is given; no policy document is cited (鯉文體提〔2016〕9號 is the reply's own number).", "doc-number-not-given", "en"),
 (4, "渼陂新村那92块建房地块，每块有多大？", "Only the total (约46亩) and the number of plots (92) are given.", "size-not-stated", "zh"),
 (4, "那112栋传统建筑的确权登记是哪天办完的？", "The count (112栋) is given; no date.", "date-not-stated", "zh"),
 (4, "How much money would the government need to buy up the empty old houses in Meipi?", "The letter discusses consent and registration only; no price or budget.", "money-not-stated", "en"),
 (5, "白石村那个端砚展示中心改造要花多少钱？", "Its size (800平方米) and deadline are given; no cost (the 6000万元 is for the museum that was turned down).", "money-not-stated", "zh"),
 (5, "登记的那2100吨砚石，一吨值多少钱？", "The tonnage is given; no price.", "price-not-stated", "zh"),
 (5, "Who signed Duanzhou's reply on the inkstone industry?", "No signer is printed; 何丽珊 is only the contact.", "person-not-named", "en"),
 (6, "买了自动打糖设备的那6家企业分别叫什么？", "6 firms are counted; none is named.", "name-not-given", "zh"),
 (6, "麻糖非遗工坊是哪年哪月建成的？", "The workshop and its visitors (1.2万人次) are given; no date.", "date-not-stated", "zh"),
 (6, "How much did each of the 11 candy workshops pay to get its food workshop registration certificate?", "11 workshops are counted; no fee.", "fee-not-stated", "en"),
 (7, "清化姜现在收购价一斤多少钱？", "Only output (3.9万吨) and the shop's sales are given; no price.", "price-not-stated", "zh"),
 (7, "许良镇那个姜种繁育基地是哪家公司在管？", "The base (200亩, 600吨) is given; no operator.", "name-not-given", "zh"),
 (7, "How much subsidy will a grower get for each new standard ginger cellar in Bo'ai?", "Only the yearly total (300万元) and the 800 cellars are given; no rate per cellar.", "rate-not-stated", "en"),
 (8, "淳化一碗荞面饸饹卖多少钱？", "Only shop counts and total sales (2.7亿元) are given; no price.", "price-not-stated", "zh"),
 (8, "开发真空包装饸饹的那2家企业叫什么名字？", "2 firms are counted; none is named.", "name-not-given", "zh"),
 (8, "On which dates were the three promotion events for Chunhua noodles held?", "3 events in 2019 are counted; no dates or places.", "date-not-stated", "en"),
 (9, "保安腰刀一把能卖多少钱？", "Only output (8万把) and revenue (1900万元) are given; no unit price.", "price-not-stated", "zh"),
 (9, "那35个老刀匠里手艺最好的是哪一位？", "35 are counted; nobody is named (马成福 is the proposer).", "person-not-named", "zh"),
 (9, "What blade length makes one of these knives count as a controlled blade?", "The letter refers to the standard but gives no length.", "rate-not-stated", "en"),
 (10, "山普鲁乡的手工地毯一平方米卖多少钱？", "Only output (9.6万平方米) and revenue (2.4亿元) are given; no price.", "price-not-stated", "zh"),
 (10, "那3800万元的订单是跟哪些公司签的？", "The total is given; no buyer is named.", "name-not-given", "zh"),
 (10, "What is the document number of the social-insurance subsidy policy for Luopu's flexible-employment weavers?", "The policy is mentioned without any document number (洛工信提〔2025〕4号 is the reply's own).", "doc-number-not-given", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa50.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
