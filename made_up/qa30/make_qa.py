#!/usr/bin/env python3
"""Generate qa30.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa30.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q30-{n:02d}.txt"


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
    rows.append({"id": f"q30-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q30-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q30-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q30-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "扶绥那边甘蔗现在有多少是机器收的？一共种了多少亩？", "收获环节机收率仅为11.4%", [["11.4%"], ["72万亩"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让买甘蔗收割机补一半的钱，部里答应了吗？", "你们提出将甘蔗收获机补贴比例提高到50%的建议", [["暂不能采纳"], ["与现行政策规定不符"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "糖厂收机收甘蔗扣杂扣得太狠，农业农村部管不管？", "不属于我部职责范围", [["不属于我部职责范围"], ["自治区人民政府", "糖业主管部门"]], [P, C, "declined", "who"])
single("zh", 4, 2, "周溪、多宝、西源这三个地方加起来有几个渡口？一年渡多少人？", "三地渡口合计19道", [["19道"], ["86万人次"]], [P, C, "figure"])
single("zh", 5, 2, "撑渡船的师傅想每月补贴涨到一千五，省交通厅同意了吗？", "大幅提高标准省级财政难以承担", [["暂无法采纳"], ["难以承担"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "多宝到县城那座替代渡船的桥有多长，啥时候开工？", "桥长约1.2公里", [["1.2公里"], ["2019年开工"]], [P, C, "figure", "date", "plan"])
single("zh", 7, 3, "武义那些老房子查出来多少幢有白蚁？严重的有几幢？", "发现存在白蚁危害的318幢", [["318幢"], ["47幢"]], [P, C, "figure"])
single("zh", 8, 3, "老房子主人自己请公司灭白蚁，验收过了能拿多少钱？", "按每幢1500元实行以奖代补", [["1500元"]], [P, C, "rate"])
single("zh", 9, 3, "代表希望政府全包古民居灭白蚁的钱，行不行？", "全部由财政承担防治费用缺乏政策依据", [["暂不能采纳"], ["私人产权", "缺乏政策依据"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "监利种藕的地一共多大？藕带一年卖多少钱？", "藕带年销售额约4.6亿元", [["21.5万亩"], ["4.6亿元"]], [P, C, "figure"])
single("zh", 11, 4, "买一台用水冲的挖藕机，政府补多少？这两年补了多少台？", "单台补贴1800元", [["1800元"], ["612台"]], [P, C, "rate", "done"])
single("zh", 12, 4, "委员建议政府给藕价兜底，县农业农村局是什么态度？", "由政府设定托底收购价缺乏政策依据", [["不能采纳"]], [P, C, "declined"])
single("zh", 13, 5, "草尾镇一共有几座排水泵站？老的有几座？", "全镇现有排涝泵站14座", [["14座"], ["9座"]], [P, C, "figure"])
single("zh", 14, 5, "村里自己组织人清理小水沟，镇里怎么奖励？", "按每公里4000元实行以奖代补", [["4000元"]], [P, C, "rate"])
single("zh", 15, 5, "代表想在东堤那儿建个大泵站，镇政府能自己干吗？", "不属于镇人民政府权限", [["不属于镇人民政府权限", "无法自行实施"], ["市水务局"]], [P, C, "declined", "who"])
single("zh", 16, 6, "相城区中小学里外地孩子占多大比例？有多少人？", "其中随迁子女3.7万人", [["3.7万人"], ["41.6%"]], [P, C, "figure"])
single("zh", 17, 6, "今年一年级外地娃按积分进公办学校，报了多少录了多少？", "公办学校录取4873人", [["5216人"], ["4873人"]], [P, C, "figure"])
single("zh", 18, 6, "委员说别搞积分了，有居住证就让上学，区教育局同意吗？", "在学位总量仍然紧张的情况下", [["暂无法采纳"], ["省、市统一规定", "苏州市积分入学管理办法"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "龙口港门口排队的大货车最长排到多长？一天进出多少车？", "日均约3100车次", [["1.8公里"], ["3100车次"]], [P, C, "figure"])
single("zh", 20, 7, "委员想让集卡一天到晚都不许进黄山馆镇区，公安局怎么看？", "此项建议我局无法采纳", [["无法采纳"], ["绕行", "增加安全风险"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "疏港路上新装了几处抓拍违停、乱按喇叭的设备？", "抓拍设备4处", [["4处"]], [P, C, "figure", "done"])
single("zh", 22, 8, "今年头五个月城区因为麻将馆吵闹报警多少次？罚了几家？", "城区派出所共接到棋牌室噪声投诉214起", [["214起"], ["2家"]], [P, C, "figure", "done"])
single("zh", 23, 8, "代表让公安来给棋牌室发证、吊证，公安为什么说不行？", "该事项不属于我局职责", [["不属于我局职责"], ["工商行政管理部门"]], [P, C, "declined", "who"])
single("zh", 24, 8, "居民楼里的麻将馆能不能全部关掉？", "无权对合法经营的场所一律取缔", [["无法采纳"], ["没有禁止"]], [P, C, "declined", "reason"])
single("zh", 25, 9, "宗地镇缺水影响到多少人？去年建了多少口小水窖？", "宗地镇　　9", [["8930"], ["405"]], [P, C, "figure", "table"])
single("zh", 26, 9, "农户自己修小水窖，验收后补多少钱？水窖要多大才行？", "每口补助2000元", [["2000元"], ["30立方米"]], [P, C, "rate", "rule"])
single("zh", 27, 9, "代表想2021年底让所有缺水村都通上自来水，水务局怎么说？", "按期全部实现有困难", [["难以承担", "有困难"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "惠安查了多少家石材厂？没做环评的有多少？", "全縣共有石材加工企業426家", [["426家"], ["133家"]], [P, C, "figure"])
single("zh", 29, 10, "山霞那个石粉综合利用项目一年能处理多少石粉泥？", "年處理石粉泥約40萬噸", [["40萬噸"]], [P, C, "figure"])
single("zh", 30, 10, "委员想让企业买环保设备补三成，环保局答应了吗？", "目前暫無法採納", [["暫無法採納"]], [P, C, "declined"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "What was the average trash content in the sugarcane harvester comparison trial held in Dongmen town, Fusui, and how many models were tested?", "平均含杂率为7.8%", [["7.8%"], ["6个型号"]], [E, "figure", "done"])
single("en", 2, 1, "How many sugarcane harvesting service organisations did Fusui county have by the end of 2020?", "扶绥县已有甘蔗机收服务组织43个", [["43个"]], [E, "figure"])
single("en", 3, 2, "How much did Jiangxi province give Duchang in 2017 to renew ferry boats, and how many steel ferries were built?", "补助资金552万元", [["552万元"], ["12艘"]], [E, "figure", "done"])
single("en", 4, 2, "What yearly liability insurance premium per ferry does the Jiangxi provincial treasury pay for Duchang's boats?", "每艘渡船每年3000元", [["3000元"]], [E, "rate"])
single("en", 5, 3, "How many termite monitoring and bait points will be set up in Yuyuan, Guodong and Liucheng, and by when?", "布设白蚁监测诱杀点60个", [["60个"], ["12月底前"]], [E, "figure", "plan", "date"])
single("en", 6, 3, "How many Qing-dynasty houses in Guodong village were put on the recommendation list for county-level protected heritage sites?", "6幢保存较好的清代民居", [["6幢"]], [E, "figure"])
single("en", 7, 4, "Where will Jianli's lotus-root processing park be built, and how much land is planned for it?", "选址朱河镇", [["朱河镇"], ["260亩"]], [E, "where", "figure", "plan"])
single("en", 8, 4, "In Jianli's lotus-root insurance pilot, what is the insured amount per mu and what share of the premium does the county pay?", "每亩保险金额2000元", [["2000元"], ["70%"]], [E, "rate"])
single("en", 9, 5, "How much did Caowei town spend replacing the units at the Xinhekou pumping station?", "对新河口泵站两台老化机组进行了更换", [["38万元"]], [E, "figure", "done"])
single("en", 10, 5, "Under the current rules, what share of the drainage electricity bill does the city treasury cover for Caowei?", "排涝电费由市财政补助60%", [["60%"]], [E, "rate", "rule"])
single("en", 11, 6, "How many classes and school places will the planned nine-year school in Wangting town have?", "规划54个班", [["54个班"], ["2430个"]], [E, "figure", "plan"])
single("en", 12, 6, "What yearly per-pupil public-funding subsidy do Xiangcheng's private schools for migrant children receive?", "每生每年1200元", [["1200元"]], [E, "rate"])
single("en", 13, 7, "According to the police, who is responsible for choosing the site of and building the temporary truck waiting area on the Longkou port road?", "选址和建设由你局会同港口企业负责", [["你局会同港口企业"]], [E, "who"])
single("en", 14, 7, "How many truck traffic violations did Longkou traffic police correct on the port road from January to May?", "共纠正集卡交通违法行为2146起", [["2146起"]], [E, "figure", "done"])
single("en", 15, 8, "How many civilised-business pledges have mahjong-parlour operators in Huangchuan signed so far?", "目前已签订87份", [["87份"]], [E, "figure", "done"])
single("en", 16, 8, "From what hour each night do patrol officers in Huangchuan concentrate on the mahjong parlours that draw complaints?", "每晚22时后由巡逻民警重点巡查", [["22时"]], [E, "time", "plan"])
single("en", 17, 9, "How much did the underground-river water-lifting project in Zongdi cost, and how long is its pipeline?", "投资860万元", [["860万元"], ["23公里"]], [E, "figure", "done"])
single("en", 18, 9, "Which two townships in Ziyun were included in the urban-rural water supply integration project, and when should it be finished?", "我局已将猫营镇、四大寨乡纳入县城乡供水一体化项目", [["猫营镇"], ["四大寨乡"], ["2022年建成"]], [E, "where", "plan", "date"])
single("en", 19, 10, "How many illegal stone-slurry dumping cases did Hui'an's environmental bureau file, and what were the total fines?", "我局已立案查處12起", [["12起"], ["31.5萬元"]], [E, "figure", "done"])
single("en", 20, 10, "When is the stone-processing cluster in Dongling town expected to open, and how many firms can its first phase hold?", "一期可容納企業60家", [["60家"], ["2018年底前"]], [E, "figure", "date", "plan"])
# ---------------- metadata (8) ----------------
M = "metadata"
single("metadata", 1, 1, "Which other central departments did the Ministry of Agriculture and Rural Affairs consult before answering the Fusui sugarcane suggestion?", "经商财政部", [["财政部"], ["工业和信息化部"]], [M, "consulted", "lang:en"])
single("metadata", 2, 2, "江西省交通运输厅这份关于都昌渡运的答复是哪天发布到网上的？", "发布日期：", [["2018年07月04日"]], [M, "date", "lang:zh"])
single("metadata", 3, 3, "武义县第36号建议的答复是哪两个单位联合署名的？", "=武义县住房和城乡建设局　　武义县文化和广电旅游体育局", [["武义县住房和城乡建设局"], ["武义县文化和广电旅游体育局"]], [M, "issuer", "joint", "lang:zh"])
single("metadata", 4, 4, "What is the document number (wenhao) of the Jianli agriculture bureau's reply on lotus roots?", "=监农函〔2019〕57号", [["监农函〔2019〕57号"]], [M, "doc-number", "lang:en"])
single("metadata", 5, 5, "草尾镇政府这份泵站答复落款写的是哪一天？", "=二〇一六年七月二十八日", [["二〇一六年七月二十八日"]], [M, "date", "lang:zh"])
single("metadata", 6, 6, "相城区教育局这份随迁子女入学的答复，回应的是哪次会议的第几号提案？", "=关于区政协六届三次会议第0142号提案的答复", [["六届三次会议"], ["0142号"]], [M, "proposal-number", "lang:zh"])
single("metadata", 7, 7, "To which unit is the Longkou public security bureau's co-handling opinion on proposal No. 88 addressed?", "=龙口市交通运输局：", [["龙口市交通运输局"]], [M, "addressee", "co-handling", "lang:en"])
single("metadata", 8, 10, "惠安石材污染整治那件提案是哪位委员提的？", "駱文彬委員：", [["駱文彬"]], [M, "proposer", "lang:zh"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["Which ministry answered the NPC deputies' suggestion on harvesting sugarcane by machine in Fusui, Guangxi?",
             "What is the highest subsidy it mentions for one large sugarcane combine harvester?"],
      "单台补贴额最高可达28万元", [["28万元"]], ["multi-turn", "figure", "lang:en"])
turns(2, 2, ["江西省交通运输厅答复过一件关于都昌县渡运安全的提案，你知道吗？",
             "那里面说持证渡工每个月能领多少补助？都昌有多少人领？"],
      "按每人每月600元给予生活补助", [["600元"], ["51人"]], ["multi-turn", "rate", "lang:zh"])
turns(3, 5, ["沅江市草尾镇政府答复过代表们改造老泵站的建议吧？",
             "镇里组织清了多长的排渍渠道？"],
      "累计清淤12.6公里", [["12.6公里"]], ["multi-turn", "figure", "lang:zh"])
turns(4, 6, ["Xiangcheng district's education bureau answered a proposal on schooling for migrant workers' children. How many new compulsory-education places did the district add in 2023-2024?",
             "And how many places does the new Huangqiao No. 2 Experimental Primary School provide?"],
      "可提供学位1620个", [["1620个"]], ["multi-turn", "figure", "lang:en"])
turns(5, 8, ["Huangchuan county police answered deputies' suggestion about noisy mahjong parlours in 2015. Did officers go and look at the neighbourhoods?",
             "On what date was that visit?"],
      "4月17日组织民警陪同涂家明代表", [["4月17日"]], ["multi-turn", "date", "lang:en"])
turns(6, 9, ["紫云县水务局那份缺水答复里，受季节性缺水影响的一共有多少个村？",
             "旱季县里派了几辆送水车？今年送了多少水？"],
      "配备送水车6辆", [["6辆"], ["1.2万吨"]], ["multi-turn", "figure", "lang:zh"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 4], "哪些答复函提到了农机购置补贴？各说了什么？",
      [["28万元", "30%"], ["1800元", "612台"]], ["multi-letter", "theme:farm-machinery-subsidy", "lang:zh"])
multi(2, [1, 4], "Which reply letters mention the farm-machinery purchase subsidy, and what amounts do they give?",
      [["28万元", "30%"], ["1800元", "612台"]], ["multi-letter", "theme:farm-machinery-subsidy", "lang:en"])
multi(3, [3, 5, 9], "各地用“以奖代补”的办法支持了哪些事？标准是多少？",
      [["1500元"], ["4000元"], ["每口补助2000元", "小水窖"]], ["multi-letter", "theme:award-in-lieu-of-subsidy", "lang:zh"])
multi(4, [3, 5, 9], "Which letters use an 'award instead of subsidy' scheme, for what work, and at what rate?",
      [["1500元"], ["4000元"], ["每口补助2000元", "小水窖"]], ["multi-letter", "theme:award-in-lieu-of-subsidy", "lang:en"])
multi(5, [7, 8, 10], "哪些答复函涉及夜间噪声扰民？各地是怎么处理的？",
      [["违法鸣笛抓拍设备", "4处"], ["214起", "22时后"], ["22時至次日6時", "96件"]], ["multi-letter", "theme:noise", "lang:zh"])
multi(6, [7, 8, 10], "How did the different bureaus deal with complaints about noise at night?",
      [["违法鸣笛抓拍设备", "4处"], ["214起", "22时后"], ["22時至次日6時", "96件"]], ["multi-letter", "theme:noise", "lang:en"])
# ---------------- unanswerable (30): near-topic ----------------
U = [
 (1, "扶绥县2019年甘蔗机收率是多少？", "Only 2020's 11.4% is given.", "another-year", "zh"),
 (1, "一台大型甘蔗联合收获机市场上卖多少钱？", "Only the subsidy cap (28万元 per machine) is given; no price.", "price-not-stated", "zh"),
 (1, "How many mu of mechanised sugarcane demonstration base were built in Liuqiao town, Fusui?", "The 3.6万亩 base is in 渠黎镇 and 山圩镇; 柳桥镇 is not named.", "another-place", "en"),
 (2, "都昌县坐一趟渡船票价多少钱？", "Crossings and 86万人次 a year are counted; no fare.", "price-not-stated", "zh"),
 (2, "2016年省里给都昌县更新渡船拨了多少钱？", "Only the 2017 grant (552万元) is given.", "another-year", "zh"),
 (2, "How many ferry crossings are there in Hehe township of Duchang?", "37 county-wide and 19 in 周溪/多宝/西源; 和合乡 is not named.", "another-place", "en"),
 (3, "在武义请专业公司给一幢古民居灭一次白蚁，收费多少？", "1500元 per house is the award to owners, not the price of a treatment.", "price-not-stated", "zh"),
 (3, "俞源村有多少幢古民居被白蚁蛀了？", "318 houses county-wide, 'mainly' in 俞源, 郭洞 and 柳城; no split.", "part-of-stated-total", "zh"),
 (3, "How much did Wuyi county spend on termite control in old houses in 2020?", "Only 2021's 180万元 is given.", "another-year", "en"),
 (4, "监利鲜藕现在收购价一斤多少钱？", "Output (38万吨) and a declined floor price; no price.", "price-not-stated", "zh"),
 (4, "毛市镇那个藕带冷链仓储中心总投资多少？", "Capacity (3000吨) only; no cost.", "cost-not-stated", "zh"),
 (4, "How many mu of lotus root are grown in Bailuo town, Jianli?", "21.5万亩 county-wide and 9.8万亩 in 程集/毛市/朱河; 白螺镇 is not named.", "another-place", "en"),
 (5, "草尾镇一年排涝要交多少电费？", "Only the 60% city share of the bill; no amount.", "money-not-stated", "zh"),
 (5, "东堤泵站要改造的话预计得花多少钱？", "The project has been reported to the city; no estimate.", "cost-not-stated", "zh"),
 (5, "How many drainage pumping stations are there in Huangmaozhou town, next to Caowei?", "14 stations in 草尾镇 only; 黄茅洲 is not named.", "another-place", "en"),
 (6, "黄桥街道现在有多少随迁子女在读？", "3.7万 district-wide, 'mainly' in 黄桥, 北桥 and 渭塘; no split.", "part-of-stated-total", "zh"),
 (6, "2022年相城区随迁子女积分入学的录取率是多少？", "Only 2024's 93.4% is given.", "another-year", "zh"),
 (6, "How many migrant children attend school in Yangchenghu town, Xiangcheng?", "阳澄湖镇 is not named.", "another-place", "en"),
 (7, "龙口港集卡进一次港要交多少费用？", "Truck trips (3100 a day) only; no fee.", "price-not-stated", "zh"),
 (7, "疏港路西边规划的集卡待泊区能停多少辆车？", "The waiting area is proposed; its capacity is not given.", "count-not-stated", "zh"),
 (7, "How many truck-related accidents happened on the Longkou port road in 2021?", "Only 2022's 37 are given.", "another-year", "en"),
 (8, "被罚款的那两家麻将馆各罚了多少钱？", "Two parlours were fined; no amount.", "money-not-stated", "zh"),
 (8, "潢川城区一共有多少家棋牌室？", "Complaints (214), warnings (9), fines (2), pledges (87); no count of parlours.", "count-not-stated", "zh"),
 (8, "How many mahjong-parlour noise complaints did police receive in Shuangliushu town?", "214 in the county town only; 双柳树镇 is not named.", "another-place", "en"),
 (9, "紫云县旱季送水车给村里送一吨水收多少钱？", "6 trucks and 1.2万吨 delivered; no charge mentioned.", "price-not-stated", "zh"),
 (9, "紫云县水塘镇有几个村缺水？", "The table lists six townships; 水塘镇 is not among them.", "another-place", "zh"),
 (9, "How many small water cellars were built in Ziyun in 2018?", "Only 2019's 1785 are given.", "another-year", "en"),
 (10, "惠安县石材行业一年的产值有多少？", "Firms (426) and workers (3.2万) only; no output value.", "money-not-stated", "zh"),
 (10, "崇武镇关停了多少家石材小厂？", "58 closed county-wide; no split by town.", "part-of-stated-total", "zh"),
 (10, "How many stone-processing firms are there in Zhangban town, Hui'an?", "426 county-wide; 张坂镇 is not named.", "another-place", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa30.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
