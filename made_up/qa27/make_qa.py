#!/usr/bin/env python3
"""Generate qa27.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa27.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q27-{n:02d}.txt"


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
    rows.append({"id": f"q27-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q27-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q27-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q27-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "肃州那边一年种多少亩玉米种子田？能出多少合格的种子？", "2020年酒泉市肃州区玉米制种面积约28.6万亩", [["28.6万亩"], ["1.27亿公斤"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让肃州的制种基地享受跟海南南繁一样的政策，部里同意了吗？为啥？", "此项建议暂不能采纳", [["暂不能采纳"], ["功能定位不同"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "甘肃的玉米种子田上保险，一亩能保多少钱？农民自己要掏几成保费？", "保险金额每亩1400元", [["1400元"], ["20%"]], [P, C, "figure", "rate"])
single("zh", 4, 2, "乡下药店能不能先不配执业药师？省药监局怎么说的？", "此项建议与上位法规定不符", [["不能采纳"], ["与上位法规定不符"]], [P, C, "declined", "reason"])
single("zh", 5, 2, "让省里给在村镇药店上班的药师发补贴，这事药监局管不管？", "超出我局职责范围", [["超出我局职责范围"], ["省财政厅"]], [P, C, "declined", "who"])
single("zh", 6, 2, "拜泉、克山搞的那个远程审方，现在连了多少家店？审了多少张方子？", "目前已覆盖门店326家", [["326家"], ["5.8万张"]], [P, C, "figure", "done"])
single("zh", 7, 3, "静乐的护林员一年能拿多少劳务费？", "标准为每人每年1万元", [["1万元"]], [P, C, "figure", "rate"])
single("zh", 8, 3, "代表想把护林员报酬涨到一年一万五，为啥不行？", "县里无权自行调整", [["无权自行调整", "暂不能采纳"], ["630万元"]], [P, C, "declined", "reason"])
single("zh", 9, 3, "给护林员上的意外险，县里掏了多少钱？一个人最多能赔多少？", "县财政安排资金18.9万元", [["18.9万元"], ["20万元"]], [P, C, "figure", "done"])
single("zh", 10, 4, "临城现在种了多少亩核桃？2015年一共收了多少吨？", "全县核桃种植面积21.3万亩", [["21.3万亩"], ["1.05万吨"]], [P, C, "figure"])
single("zh", 11, 4, "委员想让县里给新栽的核桃每亩补三百块，林业局答应没有？", "此项建议暂难采纳", [["暂难采纳"], ["450万元"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "临城的核桃交易市场打算建在哪儿？啥时候能用上？", "选址在临城镇107国道东侧", [["107国道东侧"], ["2017年10月前"]], [P, C, "where", "date", "plan"])
single("zh", 13, 5, "竹篙镇这一季羊肚菌种了多少亩？收了多少鲜菇？", "全镇羊肚菌种植面积达到2400亩", [["2400亩"], ["720吨"]], [P, C, "figure"])
single("zh", 14, 5, "代表想让镇里出钱盖个羊肚菌烘干厂，镇上怎么回的？", "镇政府无力单独投资建设", [["暂无法实施"], ["380万元"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "镇上两家合作社建的冷库一共能装多少？", "总库容600立方米", [["600立方米"]], [P, C, "figure", "done"])
single("zh", 16, 6, "委员想多开几个挖砂的点让砂子便宜些，水利局为啥不同意？", "我局无权自行增设可采区", [["无权自行增设可采区"], ["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 17, 6, "涪陵盯采砂的摄像头装了多少个？分布在几段河上？", "安装视频监控点36个", [["36个"], ["8处"]], [P, C, "figure", "done"])
single("zh", 18, 6, "砂石卖得贵，这事归不归水利局管？", "建筑砂石价格监测属于区发展改革委的职责", [["区发展改革委"], ["不属于我局职责范围"]], [P, C, "who", "declined"])
single("zh", 19, 7, "2024年永宁县抽查了多少批葡萄酒？几批不合格？", "我局对全县葡萄酒开展监督抽检96批次", [["96批次"], ["2批次"]], [P, C, "figure", "done"])
single("zh", 20, 7, "委员想让市场监管局自己建个葡萄酒检测中心，为啥办不成？", "我局目前不具备建设和运行条件", [["无法采纳"], ["1500万元"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "永宁有几家酒庄能在瓶子上用地理标志的专用标志？", "目前全县有19家酒庄经核准使用地理标志专用标志", [["19家"]], [P, C, "figure"])
single("zh", 22, 8, "代表想给自己灭鼠的牧民每户一年补三千，林草局同意吗？", "设立这一补贴超出我局职权", [["超出我局职权"], ["无法采纳"]], [P, C, "declined", "reason"])
single("zh", 23, 8, "为啥不让用化学药大面积药老鼠？", "化学杀鼠剂容易造成鹰、狐狸等天敌二次中毒", [["二次中毒"], ["不予采纳"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "玛沁2019年灭鼠做了多大面积？立了多少个招鹰架？", "采用生物毒素饵料开展防控52万亩", [["52万亩"], ["860架"]], [P, C, "figure", "done"])
single("zh", 25, 9, "以勒镇改了多少亩梯地？花了多少钱？", "以勒镇　　3200", [["3200"], ["896"]], [P, C, "figure", "table"])
single("zh", 26, 9, "委员想把坡改梯每亩补助提到四千，县农业局怎么说？", "县级不能自行提高", [["暂不能采纳"], ["省级项目管理办法"]], [P, C, "declined", "reason"])
single("zh", 27, 9, "梯地边上的机耕路，今年打算修多长？已经修了多长？", "今年我局在已改造片区安排建设机耕路38公里", [["38公里"], ["21公里"]], [P, C, "figure", "plan", "done"])
single("zh", 28, 10, "舒兰的育秧大棚栽完秧再种瓜种菜，一个棚能多挣多少？", "每棟大棚平均增收4800元", [["4800元"]], [P, C, "figure", "done"])
single("zh", 29, 10, "代表想让每个育秧大棚改造补两千块，农业局怎么答的？", "暫無法採納", [["暫無法採納"], ["3200萬元"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "有多少家企业能用舒兰大米的地理标志专用标志？", "目前經核准使用地理標誌專用標誌的企業有27家", [["27家"]], [P, C, "figure"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much central award money has Suzhou district in Jiuquan received since 2019 as a major seed-producing county, and how many seed drying lines did it help build?", "累计安排中央财政奖励资金1.5亿元", [["1.5亿元"], ["9条"]], [E, "figure", "done"])
single("en", 2, 1, "How many seed production fields were spot-checked in the Hexi corridor in 2020, and how many variety-infringement cases were handled?", "抽查种子生产田1960块", [["1960块"], ["43起"]], [E, "figure", "done"])
single("en", 3, 2, "In the special inspection of township pharmacies in Baiquan, Keshan and Mingshui, how many pharmacies were checked and how many had no licensed pharmacist on duty?", "共检查药店412家", [["412家"], ["97家"]], [E, "figure", "done"])
single("en", 4, 2, "By when does the Heilongjiang drug administration plan to extend remote prescription review to every county?", "计划2023年底前将远程审方推广到全省所有县", [["2023年底前"]], [E, "date", "plan"])
single("en", 5, 3, "How many patrol phones were issued to forest rangers in Suopo, Shuanglu and Fengrun in Jingle county?", "配发巡护手机420部", [["420部"]], [E, "figure", "done"])
single("en", 6, 3, "How many forest rangers in Jingle were dismissed in the 2018 assessment for not patrolling?", "的27名护林员予以解聘", [["27名"]], [E, "figure", "done"])
single("en", 7, 4, "How many walnut technical training sessions did Lincheng county hold in 2015, and how many grower attendances were there?", "培训果农3200人次", [["46期"], ["3200人次"]], [E, "figure", "done"])
single("en", 8, 4, "How many walnut processing enterprises does Lincheng have, and what is their annual processing capacity?", "全县现有核桃加工企业9家", [["9家"], ["4500吨"]], [E, "figure"])
single("en", 9, 5, "How much cover per mu does the morel planting insurance pilot in Zhugao town give, and how many households joined?", "每亩保额3000元", [["3000元"], ["42户"]], [E, "figure", "done"])
single("en", 10, 5, "How many morel spawn samples were spot-checked in Zhugao town?", "共抽检菌种样品24份", [["24份"]], [E, "figure", "done"])
single("en", 11, 6, "How much river sand was legally mined in Fuling district in 2023, and how much dredged sand was reused?", "全区依法许可开采河砂31.6万吨", [["31.6万吨"], ["12.4万吨"]], [E, "figure"])
single("en", 12, 6, "How many illegal sand mining cases did Fuling handle in 2023, and how many illegal mining boats were confiscated?", "查处非法采砂案件14起", [["14起"], ["4艘"]], [E, "figure", "done"])
single("en", 13, 7, "How many fake wine cases did the Yongning market regulator handle in 2024, and what was the total value of the goods?", "查处假冒产区葡萄酒案件5起", [["5起"], ["27.6万元"]], [E, "figure", "done"])
single("en", 14, 7, "How many batches of wine does the Yongning market regulator plan to sample in 2025?", "今年我局计划将抽检批次增加到120批次", [["120批次"]], [E, "figure", "plan"])
single("en", 15, 8, "How large is the rodent-damaged grassland area in Maqin county, and how much of it is severely damaged?", "全县鼠害危害面积约186万亩", [["186万亩"], ["74万亩"]], [E, "figure"])
single("en", 16, 8, "According to the Maqin forestry and grassland bureau, which office decides on a dedicated county rodent control team with staff posts?", "机构设置和编制核定由县委机构编制委员会办公室负责", [["县委机构编制委员会办公室"]], [E, "who", "declined"])
single("en", 17, 9, "By how much did grain yields per mu rise on the new terraces in Zhenxiong?", "每亩粮食产量比改造前平均提高约110公斤", [["110公斤"]], [E, "figure"])
single("en", 18, 9, "How many mu of slope-to-terrace conversion does Zhenxiong plan for 2018?", "我局计划在2018年实施坡改梯1万亩", [["1万亩"]], [E, "figure", "plan"])
single("en", 19, 10, "How many mu of rice-crab and rice-duck farming did Shulan promote in 2015, and how much more did each mu earn?", "今年全市推廣稻田養蟹、稻田養鴨3500畝", [["3500畝"], ["600元"]], [E, "figure", "done"])
single("en", 20, 10, "How many rice processing enterprises in Shulan have obtained loans, and how much in total?", "其中5家已獲得貸款共計4600萬元", [["5家"], ["4600萬元"]], [E, "figure", "done"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复肃州玉米制种那条建议，文号是多少？", "=农种函〔2021〕87号", [["农种函〔2021〕87号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Heilongjiang drug administration's reply to proposal No. 0417 published online?", "发布日期：2022年08月16日", [["2022年08月16日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "静乐护林员那份答复，是哪两个单位一起答复的？", "=静乐县林业局　　静乐县财政局", [["静乐县林业局"], ["静乐县财政局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 4, "临城县林业局答复核桃提案，成文日期是哪天？", "[ 成文日期 ] | 2016-07-14 | [ 发布日期 ] | 2016-07-21 |", [["2016-07-14"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "竹篙镇政府答复羊肚菌那条建议，落款日期是哪天？", "=二〇二三年六月十九日", [["二〇二三年六月十九日"]], [M, "lang:zh", "date"])
single("metadata", 6, 6, "Which CPPCC session and proposal number does the Fuling water resources bureau's reply on river sand mining answer?", "=关于区政协六届三次会议第0137号提案的答复", [["六届三次会议"], ["第0137号"]], [M, "lang:en", "proposal-number"])
single("metadata", 7, 7, "永宁县市场监管局关于葡萄酒的会办意见，是写给哪个单位的？", "=县农业农村局：", [["县农业农村局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 8, 10, "Who made the suggestion that the Shulan agriculture bureau answered about rice seedling greenhouses?", "=金成浩代表：", [["金成浩"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6: 3 zh + 3 en) ----------------
turns(1, 1, ["What did the Ministry of Agriculture and Rural Affairs say about maize seed production in Suzhou district, Gansu?", "How many grassroots law enforcement staff does it plan to train on variety rights protection this year?"],
      "今年内计划培训基层执法人员300人次", [["300人次"]], ["lang:en", "follow-up", "figure", "plan"])
turns(2, 3, ["静乐那些还没配巡护手机的乡镇怎么办？", "剩下的啥时候能全部发到位？"],
      "计划2020年6月底前全部配齐", [["2020年6月底前"]], ["lang:zh", "follow-up", "date", "plan"])
turns(3, 6, ["What is Fuling doing with sand dredged from the waterways?", "How much dredged sand does it expect to reuse this year?"],
      "预计今年可综合利用疏浚砂15万吨左右", [["15万吨"]], ["lang:en", "follow-up", "figure", "plan"])
turns(4, 8, ["玛沁县林草局拿无人机做什么？", "在哪个乡试的点？拍了多大面积？"],
      "已在当洛乡完成试点航拍12万亩", [["当洛乡"], ["12万亩"]], ["lang:zh", "follow-up", "where", "figure"])
turns(5, 9, ["镇雄2015、2016两年坡改梯一共花了多少钱？", "每亩按多少补的？一共有多少户受益？"],
      "按每亩2800元的标准实施坡改梯1.4万亩", [["2800元"], ["6418户"]], ["lang:zh", "follow-up", "rate", "figure"])
turns(6, 10, ["What has Shulan done to protect the Shulan rice brand?", "How many firms and shops were inspected, and how many cases were found?"],
      "檢查企業和門店58家", [["58家"], ["3起"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [4, 7, 10], "哪些答复函提到了地理标志？分别是什么产品？",
      [["临城核桃"], ["贺兰山东麓葡萄酒"], ["舒蘭大米"]], ["lang:zh", "theme:geographical-indication"])
multi(2, [4, 7, 10], "Which replies mention geographical indications, and where does each product stand (application, number of users)?",
      [["申报材料"], ["19家"], ["27家"]], ["lang:en", "theme:geographical-indication"])
multi(3, [1, 3, 5], "各地答复里，哪些讲到了保险？都是什么保险？",
      [["制种保险"], ["人身意外伤害保险"], ["羊肚菌种植保险"]], ["lang:zh", "theme:insurance"])
multi(4, [1, 3, 5], "Which replies deal with insurance, and what sums insured or premiums do they give?",
      [["1400元"], ["150元"], ["每亩保额3000元"]], ["lang:en", "theme:insurance"])
multi(5, [6, 8, 9], "哪几份答复函提到了无人机？各拿无人机做什么？",
      [["夜间巡查"], ["鼠洞监测"], ["航测"]], ["lang:zh", "theme:drones"])
multi(6, [6, 8, 9], "Which replies mention drones, and what are they used for?",
      [["利用无人机开展夜间巡查"], ["引进无人机开展鼠洞监测"], ["利用无人机航测"]], ["lang:en", "theme:drones"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "肃州区总寨镇的玉米制种面积有多少亩？", "28.6万亩 for the district, spread over 总寨, 银达, 三墩, 金佛寺 and other towns; no split by town.", "part-of-stated-total", "zh"),
 (1, "在肃州制种，种子企业给农户的收购价一公斤多少钱？", "Output (1.27亿公斤) and insured sum (1400元/亩) only; no purchase price.", "price-not-stated", "zh"),
 (1, "How many mu of seed maize does Linze county grow?", "Linze (临泽) is not named; only Suzhou district's 28.6万亩 is given.", "another-place", "en"),
 (2, "克东县的乡镇药店有多少家没有配执业药师？", "克东 is not named; the inspection covered 拜泉, 克山 and 明水 (97 of 412 without a pharmacist on duty).", "another-place", "zh"),
 (2, "拜泉、克山的远程审方试点一共花了多少钱？", "Stores covered (326) and prescriptions (5.8万张) only; no cost.", "cost-not-stated", "zh"),
 (2, "How many licensed pharmacists were registered with retail pharmacies in Heilongjiang in 2020?", "Only the mid-2022 figure (1.94万) is given.", "another-year", "en"),
 (3, "静乐县杜家村镇有多少名护林员？", "1260 rangers in 14 townships; 杜家村镇 is not named and no split is given.", "part-of-stated-total", "zh"),
 (3, "护林员的意外伤害保险是哪家保险公司承保的？", "Cost (18.9万元), premium and cover only; the insurer is not named.", "who-not-stated", "zh"),
 (3, "How many ecological forest rangers does neighbouring Ningwu county employ?", "Ningwu (宁武) is not named; only Jingle's 1260 are given.", "another-place", "en"),
 (4, "临城的薄皮核桃现在一斤卖多少钱？", "Output (1.05万吨) and output value (3.1亿元) only; no price.", "price-not-stated", "zh"),
 (4, "隔壁内丘县种了多少亩核桃？", "内丘 is not named; only Lincheng's 21.3万亩 is given.", "another-place", "zh"),
 (4, "What was Lincheng's walnut output in 2014?", "Only 2015's 1.05万吨 is given.", "another-year", "en"),
 (5, "竹篙镇的羊肚菌鲜菇一斤能卖多少钱？", "Area and output (720吨) only; no price.", "price-not-stated", "zh"),
 (5, "隔壁赵镇有没有种羊肚菌？种了多少亩？", "赵镇 is not named; only 竹篙镇's 2400亩 is given.", "another-place", "zh"),
 (5, "How many mu of morels did Zhugao town grow in the 2021-2022 season?", "Only the 2022-2023 season's 2400亩 is given.", "another-year", "en"),
 (6, "涪陵的河砂现在一吨卖多少钱？", "Volumes only; price monitoring is another body's; no price given.", "price-not-stated", "zh"),
 (6, "乌江上那两个可采区具体在哪个镇？", "Two extractable zones on the Wu river are counted; their places are not given (珍溪, 南沱 are monitoring points).", "where-not-stated", "zh"),
 (6, "How many illegal sand mining cases did Wulong district handle in 2023?", "Wulong (武隆) is not named; only Fuling's 14 cases are given.", "another-place", "en"),
 (7, "永宁县的酒庄一年能产多少瓶葡萄酒？", "31 licensed wineries and sampling counts only; no output.", "count-not-stated", "zh"),
 (7, "贺兰县有多少家酒庄能用地理标志专用标志？", "贺兰县 is not named; 19 is Yongning's count.", "another-place", "zh"),
 (7, "How much were the fines in the fake wine cases handled by the Yongning market regulator in 2024?", "Five cases worth 27.6万元 in goods; no fine is given.", "money-not-stated", "en"),
 (8, "玛沁灭鼠用的生物毒素饵料，一亩要花多少钱？", "Areas only; no cost per mu.", "cost-not-stated", "zh"),
 (8, "优云乡的鼠害面积有多大？", "优云乡 is not named; the damage is in 拉加, 东倾沟 and 当洛 with no split.", "another-place", "zh"),
 (8, "How many mu of grassland did Maqin treat for rodents in 2018?", "Only 2019's 52万亩 and 2020's plan are given.", "another-year", "en"),
 (9, "雨河镇坡改梯做了多少亩？", "雨河 is not in the table; the six towns listed make up the total.", "another-place", "zh"),
 (9, "镇雄坡改梯的工程是哪家施工单位干的？", "No contractor is named.", "who-not-stated", "zh"),
 (9, "How many mu of slope-to-terrace conversion did Zhenxiong complete in 2014?", "Only 2015-2016's 1.4万亩 and the 2018 plan are given.", "another-year", "en"),
 (10, "舒兰大米现在一斤卖多少钱？", "Output and brand figures only; no price.", "price-not-stated", "zh"),
 (10, "舒兰上营镇有多少栋育秧大棚？", "上营 is not named; 1.6万栋 city-wide.", "another-place", "zh"),
 (10, "How many rice seedling greenhouses are there in Fate town?", "法特镇 is named among the main areas but 1.6万栋 is city-wide; no split.", "part-of-stated-total", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa27.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
