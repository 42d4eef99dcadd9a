#!/usr/bin/env python3
"""Generate qa48.jsonl (adapted from made_up/qa46/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 08's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa48.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q48-{n:02d}.txt"


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
    rows.append({"id": f"q48-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q48-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q48-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q48-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "博山那边做琉璃的厂子和小作坊一共多少家？干这行的有多少人？", "全区从事琉璃生产和加工的企业及作坊约140家", [["140家"], ["6200人"]], [P, C, "figure"])
single("zh", 2, 1, "委员想让政府给琉璃厂的燃气钱贴补一点，经信局点头了吗？", "对用气价格进行补贴不属于我局职责范围", [["暂不能采纳"], ["不属于我局职责范围", "没有此项资金来源"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "还在烧煤的那二十来座炉子，啥时候能全换掉？", "剩余22座燃煤坩埚炉计划于明年6月底前全部完成改造", [["22座"], ["明年6月底前"]], [P, C, "plan", "date"])
single("zh", 4, 2, "赤松种佛手的一共多少亩？去年收了多少吨鲜果？", "目前全镇佛手种植面积约2300亩", [["2300亩"], ["1800吨"]], [P, C, "figure"])
single("zh", 5, 2, "代表说让政府掏钱办个加工佛手的厂，农业局怎么回的？", "你们建议由政府投资建设佛手加工厂", [["政府不宜直接投资"], ["给予补助", "1至2家"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "为了防冻搭的大棚有多少亩？区里补了多少钱？", "2014年我局在赤松镇建设钢架连栋保温大棚40亩", [["40亩"], ["60万元"]], [P, C, "figure", "done"])
single("zh", 7, 3, "天长做电线电缆的厂子有多少？规上的有几家？", "全市共有线缆生产企业270家", [["270家"], ["96家"]], [P, C, "figure"])
single("zh", 8, 3, "代表想让政府出面统一买铜，好把成本压下来，答复怎么说？", "政府统一采购缺乏政策依据", [["不宜采纳"], ["企业自主经营行为", "缺乏政策依据"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "市场监管去年抽查电缆抽了多少批？有多少批不合格？", "专项监督抽查135批次", [["135批次"], ["11批次"]], [P, C, "figure", "done"])
single("zh", 10, 4, "建阳现在做建盏的企业和作坊大概有多少家？一年卖多少钱？", "全區現有建盞生產企業和作坊約1300家", [["1300家"], ["18億元"]], [P, C, "figure"])
single("zh", 11, 4, "委员提议按窑炉数每年补燃气费，区里给不给？", "區財政目前沒有此項預算安排", [["暫不能採納"], ["沒有此項預算安排"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "烧柴的窑改成烧气或者用电的，已经改了多少座？区里拿了多少钱？", "區財政安排窯爐改造資金120萬元", [["410座"], ["120萬元"]], [P, C, "figure", "done"])
single("zh", 13, 5, "高安跑运输的货车登记了多少辆？重卡占多少？", "全市登记营运货车约3.1万辆", [["3.1万辆"], ["2.4万辆"]], [P, C, "figure"])
single("zh", 14, 5, "车主想让本地的货车走高速少交点钱，交通局能办吗？", "我局无权对本市车辆单独减免", [["无法采纳"], ["无权"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "给货车司机建的那个歇脚的地方放在哪个镇？能提供啥服务？", "年内在八景镇建成货车驾驶员之家1处", [["八景镇"], ["休息、餐饮和车辆维修"]], [P, C, "plan", "where"])
single("zh", 16, 6, "陕州那儿还剩多少座地坑院？还算完整的有多少？", "全区现存地坑院约2300座", [["2300座"], ["780座"]], [P, C, "figure"])
single("zh", 17, 6, "代表要专门设一笔保护地坑院的钱，文旅局答应了吗？一年给多少？", "拟从2024年起每年安排保护资金300万元", [["300万元"], ["2024年起"]], [P, C, "plan", "figure"])
single("zh", 18, 6, "张汴乡那几个村，住地坑院的人家有多少户通上了天然气？", "已有176户地坑院住户用上天然气", [["176户"]], [P, C, "figure", "done"])
single("zh", 19, 7, "鄂城做铜镜卖铜镜的有多少家？还用老法子范铸的有几家？", "目前全区从事铜镜生产和销售的企业及个体户共37家", [["37家"], ["9家"]], [P, C, "figure"])
single("zh", 20, 7, "委员希望由政府来定手工镜子卖多少钱，市场监管局同意吗？", "工艺品价格实行市场调节", [["不宜干预"], ["市场调节"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "那个手工铸镜的标准大概什么时候能出来？", "计划今年9月底前发布实施", [["9月底前"]], [P, C, "plan", "date"])
single("zh", 22, 8, "东安养东安鸡的一共多少户？一年出栏多少只？", "全县东安鸡养殖户约3100户", [["3100户"], ["620万羽"]], [P, C, "figure"])
single("zh", 23, 8, "芦洪市镇养鸡的有多少户？规模场有几个？", "芦洪市镇　　820", [["820"], ["14"]], [P, C, "figure", "table"])
single("zh", 24, 8, "委员建议按出栏只数给养鸡户发补贴，农业农村局怎么说？", "县财政目前没有此项资金渠道", [["暂不能采纳"], ["没有此项资金渠道"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "白蕉养海鲈的塘有多少亩？去年一共产了多少？", "全镇海鲈养殖面积约3.2万亩", [["3.2万亩"], ["11.4万吨"]], [P, C, "figure"])
single("zh", 26, 9, "代表想让镇里弄个保底基金来收鲈鱼，镇里怎么答复的？", "我镇暂无法设立", [["暂无法设立"], ["镇级财力有限", "缺乏相应政策依据"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "处理鱼塘排水的点去年建了几个？今年还要建几个？", "我镇2023年建成连片鱼塘尾水处理点6处", [["6处"], ["5处"]], [P, C, "figure", "done", "plan"])
single("zh", 28, 10, "宜州现在会对唱山歌的有多少人？上了年纪的占多少？", "全区现有能熟练对唱山歌的歌手约1400人", [["1400人"], ["六成"]], [P, C, "figure"])
single("zh", 29, 10, "委员想把县一级传承人的补助提一提，文化厅怎么说？", "县级代表性传承人补助由当地财政安排", [["不属于我厅职责范围"], ["当地财政"]], [P, C, "declined", "who"])
single("zh", 30, 10, "在宜州盖一座刘三姐歌谣博物馆，这事能办吗？", "该项目投资较大", [["尚不具备立项条件"], ["展示室"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "Where does Boshan want to put a park for its glassworks, on how much land, and when will the layout plan be ready?", "拟在域城镇选址约300亩", [["域城镇"], ["300亩"], ["12月底前"]], [E, "plan", "where", "date"])
single("en", 2, 1, "Of the skilled glassmakers Boshan put forward for a provincial craft-title assessment, how many came out with the title?", "推荐9名技艺骨干参加省级工艺美术专业职称评审", [["3人"], ["9名"]], [E, "figure", "done"])
single("en", 3, 2, "What will Jindong have ready for its citron growers by the end of October, and how big will it be?", "今年10月底前建成赤松镇佛手良种母本园", [["良种母本园"], ["50亩"]], [E, "plan", "figure"])
single("en", 4, 2, "How many companies process Buddha's hand in Jindong, and roughly how much fresh fruit do they use up in a year?", "区内现有佛手加工企业4家", [["4家"], ["260吨"]], [E, "figure"])
single("en", 5, 3, "How did the authorities in Tianchang answer the proposal on the cable trade, and what did they promise to do next?", "下一步，两单位将重点做好以下工作", [["质量检测公共服务平台"], ["每季度"]], [E, "plan", "how-answered"])
single("en", 6, 3, "How many knock-off cable cases did Tianchang's market regulator take up in 2018, and what did the penalties add up to?", "罚没款合计43万元", [["7起"], ["43万元"]], [E, "figure", "done"])
single("en", 7, 4, "When Jianyang extends its gas mains in Shuiji, how many kiln workshops are meant to be hooked up, and by when?", "為集中區內約300家作坊接通管道天然氣", [["300家"], ["12月底前"]], [E, "figure", "plan", "date"])
single("en", 8, 4, "How many cases of people illegally digging glaze clay did Jianyang deal with in 2015, and how many approved digging sites were marked out?", "查處私挖礦土行為14起", [["14起"], ["2處"]], [E, "figure", "done"])
single("en", 9, 5, "Truck owners in Gao'an wanted help with what they pay for vehicle insurance. How did the transport bureau respond?", "商业车险费率由保险公司依照监管规定厘定", [["不属于我局职责范围"], ["市金融工作部门"]], [E, "declined", "how-answered"])
single("en", 10, 5, "What round-the-clock service for lorry drivers does Gao'an promise to launch, and by when?", "今年我局还将在8月底前开通货车驾驶员24小时服务热线", [["24小时服务热线"], ["8月底前"]], [E, "plan", "date"])
single("en", 11, 6, "What did the culture bureau in Shanzhou promise about bringing piped gas to the families living in sunken courtyards?", "今年年底前再为西张村镇2个村的约150户接通天然气", [["150户"], ["年底前"]], [E, "plan", "how-answered"])
single("en", 12, 6, "Once empty courtyards in Xizhangcun were turned into inns and a folk museum, how many tourists came in 2022?", "2022年接待游客约41万人次", [["41万人次"]], [E, "figure", "done"])
single("en", 13, 7, "How many shops selling mirrors and crafts did Echeng's market regulator check in 2020, and how many items did it make them pull?", "检查86户次", [["86户次"], ["1200余件"]], [E, "figure", "done"])
single("en", 14, 7, "Which parts of the bronze-mirror proposal did the market regulator say were not its job?", "开展中小学生研学活动等内容", [["铜镜文化街区", "研学活动"], ["不属于我局职责范围"]], [E, "declined", "who"])
single("en", 15, 8, "Where and by when will Dong'an set up model farms for its local chicken, and how many?", "今年11月底前在芦洪市镇建成东安鸡标准化示范场2个", [["芦洪市镇"], ["11月底前"], ["2个"]], [E, "plan", "where", "date"])
single("en", 16, 8, "How much Dong'an chicken did the county's processors sell in 2024, and how many processors are there?", "2024年加工销售约3400吨", [["3400吨"], ["5家"]], [E, "figure"])
single("en", 17, 9, "How many Baijiao fish farmers were insured last year, and how many got paid out after losses in the rainy season?", "投保户数达到640户", [["640户"], ["87户"]], [E, "figure", "done"])
single("en", 18, 9, "How much sea bass did Baijiao turn into frozen goods and fillets in 2023, and what were the deals at the buyer meetings worth?", "2023年加工海鲈约2.1万吨", [["2.1万吨"], ["3.5亿元"]], [E, "figure", "done"])
single("en", 19, 10, "What did the Guangxi culture department spend on recording Liu Sanjie songs in 2016-2017, and how many songs were taken down?", "安排非遗保护资金150万元", [["150万元"], ["2600首"]], [E, "figure", "done"])
single("en", 20, 10, "When should Yizhou have its plan ready for the proposed folk-song heritage zone?", "计划2019年6月底前完成规划编制", [["2019年6月底前"]], [E, "plan", "date"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "What is the index number of the Boshan reply about the glass industry?", "索引号：11370304MB0F2215XK", [["11370304MB0F2215XK/2014-00163"]], [M, "lang:en", "index-number"])
single("metadata", 2, 3, "天长线缆那份答复是哪两个单位一起落款的？", "=天长市经济和信息化局　　天长市市场监督管理局", [["天长市经济和信息化局"], ["天长市市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 3, 4, "Who signed off the Jianyang reply on Jian ware kilns?", "簽發人", [["葉建輝"]], [M, "lang:en", "signer"])
single("metadata", 4, 5, "高安交通局答复货车车主减负那件建议，文号是多少？", "文号：高交建字", [["高交建字〔2020〕7号"]], [M, "lang:zh", "doc-number"])
single("metadata", 5, 6, "陕州地坑院那件建议是哪位代表领衔提的？", "领衔代表", [["杨建设"]], [M, "lang:zh", "proposer"])
single("metadata", 6, 7, "鄂城市场监管局关于铜镜的那份协办意见是写给哪个单位的？", "=鄂城区文化和旅游局：", [["鄂城区文化和旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 9, "白蕉镇答复海鲈那件建议，落款日期是哪天？", "=二〇二四年六月十八日", [["二〇二四年六月十八日"]], [M, "lang:zh", "date"])
single("metadata", 8, 8, "What is the document number of Dong'an's reply on its local chicken breed?", "| 文号 |", [["东安农提〔2025〕15号"]], [M, "lang:en", "doc-number"])
# ---------------- multi_turn (6) ----------------
turns(1, 5, ["高安货车车主那件建议，第一条交通局是怎么答复的？", "那第二条呢？"],
      "市财政目前没有安排货车购置贴息资金", [["暂不能采纳"], ["没有安排货车购置贴息资金", "缺乏政策依据"]], ["lang:zh", "follow-up", "ellipsis", "declined"])
turns(2, 6, ["Has Shanzhou repaired any of its sunken courtyard homes since 2021, and how many?", "And the cost?"],
      "2021年以来累计投入修缮资金约960万元", [["960万元"]], ["lang:en", "follow-up", "ellipsis", "figure", "done"])
turns(3, 2, ["金东的佛手怕冻，区里除了搭大棚还想了什么办法？", "保费是怎么分摊的？"],
      "保费由区财政补贴70%", [["70%"], ["30%"]], ["lang:zh", "follow-up", "figure"])
turns(4, 8, ["Does Dong'an keep a breeding farm for its local chicken?", "How many chicks does it hand out to farmers each year?"],
      "每年向养殖户提供鸡苗约280万羽", [["280万羽"]], ["lang:en", "follow-up", "figure", "done"])
turns(5, 7, ["鄂城有没有人拿机器压的镜子冒充手工铜镜卖？", "市场监管局查处了几起？"],
      "虚假宣传案件5起", [["5起"]], ["lang:zh", "follow-up", "figure", "done"])
turns(6, 1, ["Did Boshan help its glass workshops get away from coal-fired furnaces?", "How much money did the district put into that?"],
      "推动68座燃煤坩埚炉改用天然气", [["85万元"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 4, 6], "哪些答复函提到了天然气？各自做了什么？",
      [["68座", "85万元"], ["410座", "300家作坊接通管道天然氣"], ["176户", "150户"]], ["lang:zh", "theme:natural-gas"])
multi(2, [1, 4, 6], "How did each district answer requests that touch on natural gas, whether for furnaces, kilns or homes?",
      [["不属于我局职责范围", "错峰优先保障供气"], ["暫不能採納", "工業用氣價格"], ["150户", "逐步推进"]], ["lang:en", "theme:natural-gas"])
multi(3, [3, 7], "各地答复里对仿冒产品是怎么处理的？分别查了几起？",
      [["7起"], ["5起"]], ["lang:zh", "theme:counterfeits"])
multi(4, [3, 7], "Which replies mention counterfeit goods, and what is each office doing about them?",
      [["每季度开展一次线缆市场联合检查", "7起"], ["协会标准", "5起"]], ["lang:en", "theme:counterfeits"])
multi(5, [2, 5, 9], "哪些答复提到了保险？各地是怎么答复的？",
      [["126户", "70%"], ["转市金融工作部门", "不属于我局职责范围"], ["640户", "87户"]], ["lang:zh", "theme:insurance"])
multi(6, [2, 5, 9], "Which replies talk about insurance, for crops, fish ponds or trucks, and what does each say was done?",
      [["保险试点", "126户"], ["市金融工作部门"], ["640户"]], ["lang:en", "theme:insurance"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "博山琉璃厂烧的天然气，一立方米多少钱？", "Only the 85万元 conversion subsidy is given; the gas price is never stated.", "fee-not-stated", "zh"),
 (1, "拿到工艺美术师职称的那3个琉璃师傅叫什么名字？", "9 put forward and 3 titled are counted; nobody is named (吕晓东 is only the contact).", "person-not-named", "zh"),
 (1, "What was the output value of Boshan's glass industry in 2012?", "Only 2013's 11.5亿元 is given.", "another-year", "en"),
 (2, "赤松佛手种植保险一亩要交多少保费？", "Only the split (70% by the district, 30% by the farmer), 126 households and 680亩 are given; no premium.", "fee-not-stated", "zh"),
 (2, "金东那4家佛手加工企业分别叫什么？", "4 processors are counted; none is named.", "name-not-given", "zh"),
 (2, "Which insurance company runs Jindong's Buddha's hand insurance pilot?", "The letter says only 保险机构; no insurer is named.", "unit-not-named", "en"),
 (3, "查处的那7起仿冒电缆案子，涉及的是哪几家企业？", "7 cases and 43万元 in all; no firm is named.", "name-not-given", "zh"),
 (3, "秦栏镇那182家线缆经营户是哪天检查的？", "The count (182) and 今年上半年 are given; no date.", "date-not-stated", "zh"),
 (3, "How much did Tianchang pay each firm that upgraded its equipment in 2018?", "21 firms are counted; no money and no rate per firm.", "rate-not-stated", "en"),
 (4, "水吉镇天然气管网延伸工程总共要投多少钱？", "The 300 workshops to be connected and the 12月底 deadline are given; no investment.", "money-not-stated", "zh"),
 (4, "水吉的建盏现在一只卖多少钱？", "Only total sales (18億元) are given; no price.", "price-not-stated", "zh"),
 (4, "Which eleven Jianyang craftspeople obtained professional titles?", "23 put forward and 11 titled are counted; nobody is named (葉建輝 only signed the reply).", "person-not-named", "en"),
 (5, "国道边那4处货车停靠点是哪天启用的？", "4 stopping points and 160 trucks are given; no date.", "date-not-stated", "zh"),
 (5, "货车办了ETC以后，过路费能打几折？", "The letter mentions an ETC discount (优惠) but gives no rate.", "rate-not-stated", "zh"),
 (5, "Who heads the city financial work department that the truck-insurance complaint was passed to?", "Only the unit (市金融工作部门) is named; no person.", "person-not-named", "en"),
 (6, "地坑院人家接天然气，每户要交多少初装费？", "176 households connected and 150 more planned; no fee.", "fee-not-stated", "zh"),
 (6, "西张村镇的农家客栈住一晚多少钱？", "Only visitor numbers (41万人次) are given; no price.", "price-not-stated", "zh"),
 (6, "Which village in Zhangbian has been picked as the model village for the courtyards?", "The model village is still to be chosen (by end-October); none is named.", "name-not-given", "en"),
 (7, "那5起仿冒铜镜的案子一共罚了多少钱？", "5 cases and 1200 items pulled are given; no fine.", "money-not-stated", "zh"),
 (7, "还在用范铸老手艺的那9家作坊叫什么字号？", "9 workshops are counted; none is named.", "name-not-given", "zh"),
 (7, "On what dates in 2020 did Echeng's market regulator carry out its 86 inspections?", "The count (86户次) is given; no date.", "date-not-stated", "en"),
 (8, "东安鸡原种场的鸡苗卖给养殖户多少钱一只？", "The number of chicks (280万羽) is given; no price.", "price-not-stated", "zh"),
 (8, "东安县那个东安鸡原种场的场长是谁？", "Only the unit (县畜牧水产事务中心) is named; no person.", "person-not-named", "zh"),
 (8, "How many households raise Dong'an chickens in Baiyashi town?", "白牙市镇 is not named; it would sit in 其他乡镇 (670户), which is not broken down.", "another-place", "en"),
 (9, "海鲈养殖保险一亩要交多少保费？", "640 insured households and 87 paid out; no premium.", "fee-not-stated", "zh"),
 (9, "乾务镇的海鲈塘有多少亩？", "乾务 is not named; the 3.2万亩 are Baijiao's.", "another-place", "zh"),
 (9, "On what date did the 87 flood-hit sea-bass farmers receive their payouts?", "The count (87户) is given; no date and no amount.", "date-not-stated", "en"),
 (10, "那位国家级的刘三姐歌谣传承人叫什么名字？", "The inheritors are counted (17; 1 national); nobody is named.", "person-not-named", "zh"),
 (10, "那两册刘三姐歌谣选集是哪家出版社出的？", "2 volumes are counted; no publisher.", "unit-not-named", "zh"),
 (10, "What yearly subsidy does Yizhou's national-level Liu Sanjie song inheritor receive?", "Only the region-level rate (8000元 a year) is given; nothing for the national level.", "rate-not-stated", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa48.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
