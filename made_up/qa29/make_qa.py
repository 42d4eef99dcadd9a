#!/usr/bin/env python3
"""Generate qa29.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa29.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q29-{n:02d}.txt"


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
    rows.append({"id": f"q29-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q29-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q29-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q29-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "陇西那边黄芪种了多大一片？一年能收多少鲜货？", "2019年陇西县黄芪种植面积约18.6万亩", [["18.6万亩"], ["4.9万吨"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让陇西整片黄芪地都升格成国家级的农业园区，部里点头了吗？", "该建议暂不能直接采纳", [["暂不能直接采纳"], ["省级申报", "不直接受理县级申报"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "黄芪苗子能不能跟粮食一样拿良种补贴？", "此项建议暂难采纳", [["暂难采纳", "暂无将中药材种苗单列补贴的政策安排"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "北安2021年种了多少亩大豆？一亩大概打多少公斤？", "2021年全市大豆播种面积约132万亩", [["132万亩"], ["152公斤"]], [P, C, "figure"])
single("zh", 5, 2, "委员想把北安的大豆补贴提到一亩四百块，省里咋回的？", "此项建议无法采纳", [["无法采纳"], ["省级无权", "全省执行统一标准"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "玉米地改种大豆，一亩给多少轮作钱？北安今年分了多少任务？", "按每亩150元给予轮作补助", [["150元"], ["18万亩"]], [P, C, "rate", "plan"])
single("zh", 7, 3, "2018年多伦在沙地上种了多少灌木？柠条、黄柳各占多少？", "实施灌木固沙造林2.3万亩", [["2.3万亩"], ["1.5万亩"], ["0.8万亩"]], [P, C, "figure", "done"])
single("zh", 8, 3, "代表想让种灌木一亩补到八百块，县里答应没有？", "该建议不能采纳", [["不能采纳"], ["国家工程规划统一确定", "县级不能自行调整"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "刚种下的灌木林，牛羊啥时候才能进去吃草？", "提前开放放牧的建议无法采纳", [["5年禁牧期"]], [P, C, "rule", "declined"])
single("zh", 10, 4, "杂多2020年上山挖虫草的登记了多少人？一共挖了多少？", "全县登记采挖人员约2.1万人", [["2.1万人"], ["19吨"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让县里拿钱在虫草跌价的时候兜底收，县里怎么说？", "县级财力无力承担收储", [["不能采纳"], ["无力承担收储"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "外地人能去杂多挖虫草吗？采挖的证是谁发的？", "只向本县户籍牧民发放", [["外来人员不得进入"], ["各乡人民政府核发"]], [P, C, "rule", "who"])
single("zh", 13, 5, "新市镇江边一共几个渡口、几条船？2016年渡了多少人？", "目前全镇沿江共有渡口5处", [["5处"], ["7艘"], ["4.8万人次"]], [P, C, "figure"])
single("zh", 14, 5, "代表想在江上修座桥把渡船换掉，镇里干不干？", "远超镇级财力", [["3800万元"], ["无法采纳"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "坐船过江要掏钱不？一趟多少？", "其他乘客每人次收费2元", [["2元"], ["60岁以上老人", "在校学生"]], [P, C, "rate"])
single("zh", 16, 6, "东洲区地面塌下去那片，要搬的居民总共多少户？危房又有多少？", "涉及居民约3860户", [["3860户"], ["1100户"]], [P, C, "figure"])
single("zh", 17, 6, "搬进安置房，面积比老房子多出来的那部分一平米要掏多少？最多能多要多少？", "按每平方米1800元购买", [["1800元"], ["15平方米"]], [P, C, "rate", "rule"])
single("zh", 18, 6, "老房子腾出来了、新房还没住上的人家，每个月能领多少钱？", "按每户每月600元发放过渡费", [["600元"]], [P, C, "rate"])
single("zh", 19, 7, "大荔在交通局登记的冷藏车一共多少辆？2022年新添了几辆？", "全县在我局登记的道路冷藏运输车辆共146辆", [["146辆"], ["39辆"]], [P, C, "figure"])
single("zh", 20, 7, "提案想给新买冷藏车的每辆补五万，交通局怎么表态的？", "我局没有用于购车补贴的资金渠道", [["无权设立"], ["没有用于购车补贴的资金渠道"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "通往安仁冬枣集散中心的那条路修了多长？花了多少钱？", "连接道路改造工程全长6.5公里", [["6.5公里"], ["1200万元"]], [P, C, "figure", "done"])
single("zh", 22, 8, "代表要县里每年拿两千万扶持陈醋，经信局怎么回的？", "安排如此规模的专项资金县财政难以承担", [["难以承担"], ["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "能不能不让外地的醋进清徐卖？", "我局无权作出此类限制", [["无法采纳", "无权作出此类限制"], ["公平竞争"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "清徐现在有多少家做醋的厂子？2015年一共出了多少醋？", "全县现有取得生产许可的食醋生产企业约110家", [["110家"], ["42万吨"]], [P, C, "figure"])
single("zh", 25, 9, "西吉尔镇种了多少鹰嘴豆？收了多少吨？", "西吉尔镇　　41200", [["41200"], ["5850"]], [P, C, "figure", "table"])
single("zh", 26, 9, "鹰嘴豆能上保险吗？一亩保多少钱，农民自己出几成？", "每亩保额500元", [["500元"], ["20%"]], [P, C, "rate", "figure"])
single("zh", 27, 9, "代表想让政府按保护价收鹰嘴豆，农业农村局同意没？", "县级也不具备按保护价收储的条件", [["暂不能采纳"], ["不在国家最低收购价政策范围内", "不具备按保护价收储的条件"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "耿马现在咖啡种了多少亩？2014年生豆产了多少？", "全縣咖啡種植面積約6.3萬畝", [["6.3萬畝"], ["5200噸"]], [P, C, "figure"])
single("zh", 29, 10, "委员想让县里每亩补三百块改造咖啡园，县农业局答应了吗？", "此項建議暫無法採納", [["暫無法採納"], ["縣財政資金有限"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "耿马的低产咖啡园改造示范弄了多大面积？用的是多少钱？", "今年我局爭取省級高原特色農業專項資金180萬元", [["1.2萬畝"], ["180萬元"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much per mu did the Ministry of Agriculture and Rural Affairs give for the standardised astragalus demonstration base in Longxi in 2019, and how big was the base?", "支持陇西建设黄芪标准化种植示范基地2.4万亩", [["400元"], ["2.4万亩"]], [E, "rate", "figure", "done"])
single("en", 2, 1, "How many astragalus trading firms had joined the provincial traceability platform at the Shouyang herb market by June 2020?", "已有126家黄芪购销企业接入", [["126家"]], [E, "figure", "done"])
single("en", 3, 2, "Under the full-cost soybean insurance pilot in Bei'an, how much cover per mu do farmers get, and what share of the premium do they pay themselves?", "每亩保额由原来的物化成本保险的260元提高到480元", [["480元"], ["20%"]], [E, "figure", "rate"])
single("en", 4, 2, "What was Heilongjiang's soybean producer subsidy per mu in 2021?", "2021年全省大豆生产者补贴标准为每亩248元", [["248元"]], [E, "rate"])
single("en", 5, 3, "How much does Duolun pay per mu for stumping (cutting back) caragana shrubs, and how many mu are planned for 2019?", "按每亩40元给予平茬补助", [["40元"], ["1.2万亩"]], [E, "rate", "plan"])
single("en", 6, 3, "How many ecological forest rangers does Duolun county employ, and how much is each paid a year?", "全县现有生态护林员146名", [["146名"], ["1.2万元"]], [E, "figure", "rate"])
single("en", 7, 4, "How many stallholders are in the caterpillar fungus trading market in Sahuteng town, and when did it open?", "萨呼腾镇虫草交易市场建成使用", [["68户"], ["2021年5月"]], [E, "figure", "date", "done"])
single("en", 8, 4, "During the harvest season in Zadoi, how many checkpoints were set up and how many cases of unlicensed digging were dealt with?", "在主要路口设立检查站6处", [["6处"], ["24起"]], [E, "figure", "done"])
single("en", 9, 5, "How much does Xinshi township spend each year on accident insurance for ferry passengers?", "镇财政每年安排2.4万元", [["2.4万元"]], [E, "figure"])
single("en", 10, 5, "Why will Xinshi township not bring back night ferry crossings on the Jinsha River?", "渡船不具备夜航条件", [["不具备夜航条件", "夜间水情复杂"], ["不能采纳"]], [E, "declined", "reason"])
single("en", 11, 6, "How many households moved out of the coal-mining subsidence area in Dongzhou district in 2017?", "其中2017年完成搬迁620户", [["620户"]], [E, "figure", "done"])
single("en", 12, 6, "How many resettlement flats will phase two of Xinghua Jiayuan provide, and by when should its main structure be finished?", "兴华家园二期共8栋", [["1850套"], ["2019年10月底前"]], [E, "figure", "date", "plan"])
single("en", 13, 7, "How many dedicated winter jujube freight lines did Dali open in 2022, and which cities do they go to?", "开通冬枣“产地直发”货运专线3条", [["3条"], ["西安"], ["成都"], ["郑州"]], [E, "figure", "done"])
single("en", 14, 7, "How many winter jujube parcels were sent by post and courier in Dali county in 2022?", "2022年全县冬枣寄递业务量约860万件", [["860万件"]], [E, "figure"])
single("en", 15, 8, "How much provincial technical-upgrade money did the Qingxu bureau help vinegar makers win in 2015, and for how many firms?", "2015年已协助9家酿醋企业争取省级技术改造资金共460万元", [["460万元"], ["9家"]], [E, "figure", "done"])
single("en", 16, 8, "According to the Qingxu reply, which authority handles food production licences for home vinegar workshops?", "由食品药品监管部门依法办理", [["食品药品监管部门"]], [E, "who", "declined"])
single("en", 17, 9, "How many chickpea processing companies are there in Mori county, and what is their yearly processing capacity?", "全县现有鹰嘴豆加工企业7家", [["7家"], ["1.5万吨"]], [E, "figure"])
single("en", 18, 9, "What share of Dashitou township's chickpea crop is bought under contract?", "大石头乡　　14900", [["38%"]], [E, "figure", "table"])
single("en", 19, 10, "How much coffee did Gengma county sell online in 2014?", "2014年全縣咖啡網上銷售額約860萬元", [["860萬元"]], [E, "figure"])
single("en", 20, 10, "How many coffee processing plants in Gengma rebuilt their wastewater settling tanks after the inspection?", "督促4家加工廠完成了廢水沉澱池改造", [["4家"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复陇西黄芪那条建议，发文字号是多少？", "=农植函〔2020〕213号", [["农植函〔2020〕213号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Heilongjiang agriculture department's reply on Bei'an soybeans published online?", "发布日期：2022年07月05日", [["2022年07月05日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "多伦县灌木固沙那份答复，是哪两个单位一起落款的？", "=多伦县林业和草原局　　多伦县农牧局", [["多伦县林业和草原局"], ["多伦县农牧局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 4, "杂多县答复虫草采挖那份提案，成文日期是哪天？", "[ 成文日期 ] | 2021-06-18", [["2021-06-18"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "新市镇政府对渡口那条建议的答复，落款日期是哪天？", "=二〇一七年七月十四日", [["二〇一七年七月十四日"]], [M, "lang:zh", "date"])
single("metadata", 6, 6, "Which CPPCC session and proposal number does the Dongzhou housing bureau's reply on subsidence relocation answer?", "=关于区政协九届二次会议第0058号提案的答复", [["九届二次会议"], ["第0058号"]], [M, "lang:en", "proposal-number"])
single("metadata", 7, 7, "大荔县交通局那份冬枣冷链的会办意见，是写给哪个单位的？", "=县农业农村局：", [["县农业农村局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 8, 10, "Who made the proposal on the coffee industry that the Gengma agriculture bureau answered?", "=刀建華委員：", [["刀建華"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["农业农村部在黄芪良种上给陇西做了些什么？", "选出来的新品种现在推广了多大面积？比老品种能多收多少？"],
      "选育的“首芪1号”已通过省级登记", [["1.1万亩"], ["12%"]], ["lang:zh", "follow-up", "figure", "done"])
turns(2, 2, ["What is being done about soybean seed varieties in Bei'an?", "What protein content does the new variety reach, and how many mu are sown with it this year?"],
      "选育的高蛋白品种“寒研豆8号”蛋白含量达到43%以上", [["43%"], ["9.5万亩"]], ["lang:en", "follow-up", "figure"])
turns(3, 4, ["杂多县对挖完虫草以后回填草皮是怎么管的？", "2020年抽查下来，回填率有多少？"],
      "2020年抽查回填率达到91%", [["91%"]], ["lang:zh", "follow-up", "figure", "done"])
turns(4, 6, ["What did the Dongzhou housing bureau say about raising cash compensation for subsidence households?", "Who sets that standard, and where did the bureau pass the proposal on to?"],
      "货币化安置补偿标准由市政府统一制定", [["市政府统一制定"], ["领导小组办公室"]], ["lang:en", "follow-up", "who", "declined"])
turns(5, 8, ["清徐那份陈醋答复里，经信局自己答应做哪些事？", "诊断之后，哪些企业会被优先推荐进专精特新培育库？"],
      "对年产5000吨以上的企业优先推荐纳入省级", [["5000吨以上"]], ["lang:zh", "follow-up", "plan"])
turns(6, 9, ["What has Mori county done about machinery for harvesting chickpeas?", "How many combine harvesters were subsidised in 2023, and how much subsidy was paid?"],
      "2023年补贴机具26台", [["26台"], ["78万元"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 7, 9], "哪些答复函提到了地理标志？分别是什么产品？",
      [["陇西黄芪"], ["大荔冬枣"], ["木垒鹰嘴豆"]], ["lang:zh", "theme:geographical-indication"])
multi(2, [1, 7, 9], "Which replies mention geographical indications, and what money or figures do they give about the product?",
      [["350万元"], ["38万亩"], ["16.8万亩"]], ["lang:en", "theme:geographical-indication"])
multi(3, [2, 5, 9], "各地答复里，哪些讲到了保险？都是怎么安排的？",
      [["大豆完全成本保险"], ["意外伤害保险"], ["地方特色农产品保险"]], ["lang:zh", "theme:insurance"])
multi(4, [2, 5, 9], "Which replies talk about insurance, and what cover or money do they give?",
      [["480元"], ["2.4万元"], ["每亩保额500元"]], ["lang:en", "theme:insurance"])
multi(5, [7, 8, 10], "哪几份答复函提到了电商？各说了些什么？",
      [["冬枣电商寄递"], ["电商平台拓展销售"], ["開展電商銷售"]], ["lang:zh", "theme:e-commerce"])
multi(6, [7, 8, 10], "Which replies mention e-commerce, and what sales or volume figures do they give?",
      [["860万件"], ["1.6亿元"], ["860萬元"]], ["lang:en", "theme:e-commerce"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "首阳镇自己种了多少亩黄芪？", "18.6万亩 is the county's; 首阳 is named only among the towns of the demonstration base, with no area of its own.", "part-of-stated-total", "zh"),
 (1, "陇西黄芪现在一公斤能卖多少钱？", "Area, output and farm households only; no price.", "price-not-stated", "zh"),
 (1, "How many mu of astragalus does Weiyuan county grow?", "Weiyuan (渭源, Longxi's neighbour) is not named; the letter gives Longxi's 18.6万亩 only.", "another-place", "en"),
 (2, "赵光镇单独有多少亩高蛋白大豆订单？", "27万亩 is 通北镇 and 赵光镇 together; no split.", "part-of-stated-total", "zh"),
 (2, "北安的大豆收购价现在一斤多少钱？", "Area, yield and output; subsidies and cover, but no purchase price.", "price-not-stated", "zh"),
 (2, "How many mu of soybeans did Bei'an sow in 2020?", "Only 2021's 132万亩 is given.", "another-year", "en"),
 (3, "蔡木山乡2018年种了多少亩柠条？", "1.5万亩 of caragana over 大北沟镇 and 蔡木山乡 together; no split.", "part-of-stated-total", "zh"),
 (3, "柠条苗一株多少钱？", "Subsidy per mu (500元 now, 800元 asked) only; no seedling price.", "price-not-stated", "zh"),
 (3, "How many mu of shrubs did Duolun plant for sand control in 2017?", "Only 2018 (2.3万亩) and the 2019 plan are given.", "another-year", "en"),
 (4, "现在一根虫草能卖多少钱？", "Output 19吨 and a declined purchase-reserve; no price.", "price-not-stated", "zh"),
 (4, "扎青乡2020年登记了多少挖虫草的人？", "2.1万 people county-wide; 扎青 is only listed among the main townships.", "part-of-stated-total", "zh"),
 (4, "How much caterpillar fungus did Zadoi produce in 2019?", "Only 2020's 19吨 is given (2019 is when licensing began).", "another-year", "en"),
 (5, "骑摩托车坐渡船过江，车子要另外收多少钱？", "Fares per passenger only (2元; free for pupils and over-60s); nothing on vehicles.", "price-not-stated", "zh"),
 (5, "书楼镇沿江有几个渡口？", "书楼镇 (another 屏山 town) is not named; 5 ferry points are 新市镇's.", "another-place", "zh"),
 (5, "How many people did the Xinshi ferries carry in 2015?", "Only 2016's 4.8万人次 is given.", "another-year", "en"),
 (6, "老虎台街道有多少户在沉陷区搬迁范围里？", "3860 households over 搭连 and 老虎台 streets together; no split.", "part-of-stated-total", "zh"),
 (6, "兴华家园的物业费一平米一个月多少钱？", "Prices for extra area (1800元/㎡) and transition money only; no property fee.", "price-not-stated", "zh"),
 (6, "How many households did Dongzhou relocate from the subsidence area in 2016?", "Only 2017's 620户 and the running total 2140户 are given.", "another-year", "en"),
 (7, "在安仁镇租冷库存冬枣，一吨一个月要多少钱？", "The 集散中心 road and cold trucks; no cold-store rent.", "price-not-stated", "zh"),
 (7, "羌白镇有多少辆冷藏车？", "羌白镇 is not named; 146 cold trucks are county-wide.", "another-place", "zh"),
 (7, "How much does it cost to ship a tonne of winter jujubes from Dali to Xi'an by refrigerated truck?", "Freight lines and toll exemption only; no freight rate.", "price-not-stated", "en"),
 (8, "清徐老陈醋一瓶卖多少钱？", "Output and sales totals only; no price.", "price-not-stated", "zh"),
 (8, "孟封镇有几家醋厂？", "110 firms county-wide; 孟封镇 is only where some firms were visited.", "part-of-stated-total", "zh"),
 (8, "How much vinegar did Qingxu produce in 2014?", "Only 2015's 42万吨 is given.", "another-year", "en"),
 (9, "鹰嘴豆现在收购价一公斤多少钱？", "Area, output, cover and a declined floor price; no price.", "price-not-stated", "zh"),
 (9, "雀仁乡种了多少亩鹰嘴豆？", "雀仁乡 is not named; the 11700亩 row is all other townships together.", "another-place", "zh"),
 (9, "How many mu of chickpeas did Mori county grow in 2022?", "Only 2023's 16.8万亩 (and its town table) is given.", "another-year", "en"),
 (10, "耿马的咖啡豆现在收购价一公斤多少？", "The letter says prices fell, but gives no price.", "price-not-stated", "zh"),
 (10, "勐撒镇种了多少亩咖啡？", "6.3万亩 county-wide; 1.2万亩 is the improvement demonstration in 孟定 and 勐撒 together.", "part-of-stated-total", "zh"),
 (10, "How much green coffee did Gengma produce in 2013?", "Only 2014's 5200噸 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa29.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
