#!/usr/bin/env python3
"""Generate qa19.jsonl. Each reference is cut out of its letter by a key: the whole sentence
holding the key (a sentence ends at 。！？ or a line break); for metadata, the whole line.
gold_section_keywords are the title of the top-level 一、 heading above the reference.
Kept for transparency; qa19.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters")))}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q19-{n:02d}.txt"


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
    rows.append({"id": f"q19-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q19-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q19-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q19-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})
P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "国家市场监管总局2019年一共抽了多少批枸杞？有多少批没过关？", "共抽检枸杞及其制品1326批次", [["1326批次"], ["29批次"]], [P, C, "figure", "done"])
single("zh", 2, 1, "现在能合法用“中宁枸杞”地理标志的企业有几家？", "地理标志专用标志的企业共47家", [["47家"]], [P, C, "figure"])
single("zh", 3, 1, "代表想让全国的枸杞都强制搞一品一码，总局答应了没有？", "我局暂不能采纳", [["暂不能采纳"]], [P, C, "declined"])
single("zh", 4, 2, "查干湖冬捕那一季一共来了多少游客？挣了多少钱？", "查干湖景区共接待游客46.8万人次", [["46.8万人次"], ["3.2亿元"]], [P, C, "figure", "done"])
single("zh", 5, 2, "从松原市里坐专线车去查干湖看冬捕，车票多少钱？", "单程票价每人10元", [["10元"]], [P, C, "price"])
single("zh", 6, 2, "查干湖冰面上哪些地方不让游客去？配了多少救援的人？", "冰层厚度低于35厘米的区域一律禁止游客进入", [["35厘米"], ["120名"]], [P, C, "rule", "figure"])
single("zh", 7, 3, "岫岩现在有多少户做玉石生意的？2022年产值多少？", "从事岫玉开采、加工、销售的市场主体约3100户", [["3100户"], ["38亿元"]], [P, C, "figure"])
single("zh", 8, 3, "拿块玉去县里的检验站鉴定，一件收多少钱？个体户有优惠吗？", "检验收费按每件15元执行", [["15元"], ["减半"]], [P, C, "price", "rule"])
single("zh", 9, 3, "代表们想让县里每年给每家雕玉的小作坊补一万块，县里怎么说？", "这一建议暂无法采纳", [["暂无法采纳"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "额济纳胡杨林的门票多少钱？老人有没有优惠？", "景区门票（含区间车）执行每人130元的标准", [["130元"], ["半价"]], [P, C, "price", "rule"])
single("zh", 11, 4, "2016年胡杨节国庆那七天来了多少人？哪天人最多，来了多少？", "其中国庆七天接待23.6万人次", [["23.6万人次"], ["4.8万人次"]], [P, C, "figure", "done"])
single("zh", 12, 4, "有委员想在八道桥边上盖宾馆，旅游局同意了没？为啥？", "这一建议我局不能采纳", [["不能采纳"], ["自然保护区"]], [P, C, "declined", "reason"])
single("zh", 13, 5, "芝阳镇从外地请来的采椒工，工钱是怎么算的？", "采摘工钱按每斤鲜椒1.5元", [["1.5元"]], [P, C, "price", "rule"])
single("zh", 14, 5, "镇上新建的花椒烘干点一天能烘多少鲜椒？烘一斤收多少钱？", "日烘干鲜椒能力60吨", [["60吨"], ["0.3元"]], [P, C, "figure", "price"])
single("zh", 15, 5, "2015年大红袍干椒的收购价大概多少钱一公斤？", "今年大红袍干椒收购价稳定在每公斤78元至84元之间", [["78元至84元"]], [P, C, "price"])
single("zh", 16, 6, "郫都区现在有多少家做豆瓣的企业？一年能产多少豆瓣？", "全区有豆瓣生产企业96家", [["96家"], ["41.6万吨"]], [P, C, "figure"])
single("zh", 17, 6, "豆瓣厂买设备搞技改，区里按啥比例补？一家最多补多少？", "按设备投资额的15%给予补助", [["15%"], ["200万元"]], [P, C, "rate", "figure"])
single("zh", 18, 6, "外地厂子卖的“郫县风味豆瓣”，能不能全都查禁掉？", "不能一律查禁", [["不能一律查禁"], ["个案认定"]], [P, C, "declined", "rule"])
single("zh", 19, 7, "曲阳有人想重新开汉白玉矿，国土局为啥不批？", "我局无权审批", [["无权审批"], ["不能采纳"]], [P, C, "declined", "reason"])
single("zh", 20, 7, "代表要在羊平镇划300亩地建石雕园，能批吗？今年县里一共就多少新增建设用地指标？", "新增建设用地计划指标仅186亩", [["无法采纳"], ["186亩"]], [P, C, "declined", "figure"])
single("zh", 21, 7, "羊平镇现在摸出来多少处闲置厂房可以给石雕厂用？有多大？", "可盘活的闲置厂房14处", [["14处"], ["9.6万平方米"]], [P, C, "figure", "done"])
single("zh", 22, 8, "鄯善县有多少座晾房？已经改造了多少座？", "鄯善县　　　17900", [["17900"], ["1900"]], [P, C, "figure", "table"])
single("zh", 23, 8, "把晾房改成钢结构的，一座补多少钱？2023年一共发了多少补助？", "每座补助8000元", [["8000元"], ["4480万元"]], [P, C, "figure", "rate"])
single("zh", 24, 8, "代表想把晾房全改成用电烘的，农业农村局为啥不同意全面推开？", "每吨葡萄干电费约1100元", [["1100元"], ["传统风味"]], [P, C, "reason", "declined"])
single("zh", 25, 9, "抚远2020年秋天一共打了多少大马哈鱼？", "2020年秋汛全市大马哈鱼捕捞量约62吨", [["62吨"]], [P, C, "figure"])
single("zh", 26, 9, "在抚远能不能钓大马哈鱼？不行的话有没有别的打算？", "目前暂不开放", [["暂不开放"], ["海青镇"]], [P, C, "declined", "plan"])
single("zh", 27, 9, "抚远要新建的孵化车间花多少钱？今年打算放多少鱼苗？", "2021年计划投资380万元新建孵化车间1座", [["380万元"], ["150万尾"]], [P, C, "figure", "plan"])
single("zh", 28, 10, "桃花节坐旅游专线从八一镇去嘎拉村，票价多少？多久一班？", "票价每人次5元", [["5元"], ["15分钟"]], [P, C, "price", "frequency"])
single("zh", 29, 10, "有委员想修一条八一镇到嘎拉村的旅游专用路，交通局能拍板吗？", "不属于我局能够决定的事项", [["不属于我局能够决定"], ["自治区交通运输厅"]], [P, C, "who", "declined"])
single("zh", 30, 10, "2025年桃花节那条旅游专线一共跑了几天？总共拉了多少人？", "旅游专线共运营16天", [["16天"], ["19万人次"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "What were the main problems found in the goji berry samples that failed national inspection in 2019?", "不合格项目主要是二氧化硫残留量超标", [["二氧化硫残留量超标"], ["柠檬黄"]], [E, "what", "done"])
single("en", 2, 1, "How many test items will the revised goji sampling rules cover, up from how many now?", "将检验项目由现行的17项增加到26项", [["26项"], ["17项"]], [E, "figure", "plan"])
single("en", 3, 2, "Why would Jilin's tourism bureau not upgrade the Chagan Lake winter fishing festival to a national festival?", "各地不得新设或升格节庆活动", [["不得新设或升格节庆活动"], ["暂不具备办理条件"]], [E, "reason", "declined"])
single("en", 4, 2, "How large is the Chagan Lake visitor service centre, and when is it supposed to open?", "查干湖游客服务中心建筑面积2800平方米", [["2800平方米"], ["2013年冬捕季开始前"]], [E, "figure", "date", "plan"])
single("en", 5, 3, "How many livestream sellers work at the Hadabei jade e-commerce base, and what were their 2022 sales?", "现入驻直播商户210户", [["210户"], ["6.5亿元"]], [E, "figure", "done"])
single("en", 6, 3, "How many cases of fake Xiuyan jade or false material labels has the county market regulator handled since 2022?", "查处以其他玉石冒充岫玉", [["14起"]], [E, "figure", "done"])
single("en", 7, 4, "How many extra beds will the temporary camper and tent camps near Dalaihubu add during the Golden Autumn Populus festival?", "可增加床位2000张", [["2000张"]], [E, "figure", "plan"])
single("en", 8, 4, "By when will Ejina Banner open online booking for the Populus forest scenic area, and how many new toilets are planned?", "一是8月底前开通胡杨林景区网上预约购票", [["8月底前"], ["12座"]], [E, "date", "plan"])
single("en", 9, 5, "Why did Zhiyang town refuse to buy up unsold Sichuan pepper at a guaranteed price?", "这一做法无法实施", [["无法实施"], ["不是市场经营主体"]], [E, "reason", "declined"])
single("en", 10, 5, "How many pepper pickers did Zhiyang town bring in from other provinces in 2015?", "联系采椒工1400余人", [["1400余人"]], [E, "figure", "done"])
single("en", 11, 6, "How many small bean paste workshops have moved into the Ande food park in Pidu?", "已引导28家小作坊入园生产", [["28家"]], [E, "figure", "done"])
single("en", 12, 6, "How many smart fermentation demonstration lines does Pidu plan, and by when?", "2018年底前建成豆瓣智能化发酵示范生产线2条", [["2条"], ["2018年底前"]], [E, "figure", "date", "plan"])
single("en", 13, 7, "How many illegal quarries did Quyang close in 2014, and how much land has been re-greened?", "关闭非法采石点57处", [["57处"], ["1300亩"]], [E, "figure", "done"])
single("en", 14, 7, "Which body was given the request to subsidise dust removal equipment for Quyang's stone carving firms?", "我局已将建议转交县环境保护局研究办理", [["县环境保护局"]], [E, "who"])
single("en", 15, 8, "How many batches of Turpan raisins were sampled in 2023, and what was the pass rate?", "抽检420批次", [["420批次"], ["98.7%"]], [E, "figure", "done"])
single("en", 16, 8, "How many more drying houses does Turpan plan to renovate in 2024, and whose come first?", "2024年计划再改造晾房4000座", [["4000座"], ["脱贫户"]], [E, "figure", "plan"])
single("en", 17, 9, "How many chum salmon fry did Fuyuan release into the Ussuri River in May 2020, and at which stretch?", "在乌苏里江抓吉江段放流大马哈鱼苗种120万尾", [["120万尾"], ["抓吉江段"]], [E, "figure", "done"])
single("en", 18, 9, "How much cold storage does the cold chain park on Heixiazi Island have?", "黑瞎子岛冷链物流园冷库容量1.2万吨", [["1.2万吨"]], [E, "figure"])
single("en", 19, 10, "How many parking spaces were set up around Gala village during the Nyingchi peach blossom festival?", "共设车位1100个", [["1100个"]], [E, "figure", "done"])
single("en", 20, 10, "What does Nyingchi's transport bureau propose for the 2026 peach blossom festival?", "一是将旅游专线延伸至南伊沟方向", [["南伊沟"], ["停车换乘"]], [E, "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "市场监管总局答复中宁枸杞那份建议，发文字号是多少？", "市监食复〔2020〕63号", [["市监食复〔2020〕63号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "吉林省旅游局答复查干湖冬捕那份提案，签发人是谁？文号是多少？", "吉旅函〔2013〕37号", [["孙德林"], ["吉旅函〔2013〕37号"]], [M, "lang:zh", "signer", "doc-number"])
single("metadata", 3, 3, "Which two bureaus jointly signed the reply on the Xiuyan jade industry?", "=岫岩满族自治县工业和信息化局　岫岩满族自治县市场监督管理局", [["岫岩满族自治县工业和信息化局"], ["岫岩满族自治县市场监督管理局"]], [M, "lang:en", "issuer", "joint"])
single("metadata", 4, 4, "额济纳旗旅游局那份胡杨节的答复是哪天在网上发布的？", "发布日期：2017-06-01", [["2017-06-01"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "芝阳镇花椒那份答复，联系人是谁？电话多少？", "雷文斌", [["雷文斌"], ["0913-5613208"]], [M, "lang:zh", "contact"])
single("metadata", 6, 6, "What is the document number of the Pidu economy and information bureau's reply on Pixian bean paste?", "郫经信提〔2018〕11号", [["郫经信提〔2018〕11号"]], [M, "lang:en", "doc-number"])
single("metadata", 7, 7, "曲阳县国土资源局那份石雕的答复，回的是县人大第几号？是建议还是提案？", "=曲阳县国土资源局对县十六届人大五次会议第41号建议的答复", [["第41号建议"]], [M, "lang:zh", "number", "kind"])
single("metadata", 8, 10, "What kind of document did Nyingchi's transport bureau issue on the peach blossom festival proposal, and what is the proposal's number?", "=林芝市交通运输局对市政协五届四次会议第0117号提案的会办意见", [["会办意见"], ["第0117号提案"]], [M, "lang:en", "kind", "number"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["市场监管总局对枸杞那份建议，下一步打算做哪些事？", "第一条说的快检试点放在哪儿？收不收钱？"],
      "在宁夏中宁县开展枸杞二氧化硫快速检测试点", [["中宁县"], ["免费"]], ["lang:zh", "follow-up", "where", "plan"])
turns(2, 2, ["What did Jilin's tourism bureau do to support winter fishing tourism at Chagan Lake?", "On the money: how much did the bureau give Qian Gorlos county, and for what?"],
      "我局从省旅游发展专项资金中安排前郭县600万元", [["600万元"], ["游客服务中心"]], ["lang:en", "follow-up", "figure"])
turns(3, 3, ["岫岩那份玉石产业的答复里，人才培养方面做了什么？", "那个玉雕专业现在有多少学生？评了几个县级大师？"],
      "现有在校生180人", [["180人"], ["12名"]], ["lang:zh", "follow-up", "figure"])
turns(4, 4, ["What has Ejina Banner's tourism bureau done about transport inside the Populus forest scenic area?", "How many shuttle buses run there now, and how many more will be rented this year?"],
      "现有区间车86辆", [["86辆"], ["30辆"]], ["lang:en", "follow-up", "figure"])
turns(5, 6, ["What has Pidu done to upgrade the Pixian bean paste industry?", "On the sunning yards: how much area was built, and what was the hygiene pass rate?"],
      "新建标准化发酵晒露场180亩", [["180亩"], ["99.2%"]], ["lang:en", "follow-up", "figure"])
turns(6, 9, ["抚远农业农村局对大马哈鱼那份提案，捕捞这块是怎么管的？", "那2020年查了多少起非法捕捞？收了多少套网具？"],
      "2020年查处非法捕捞案件23起", [["23起"], ["410套"]], ["lang:zh", "follow-up", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 3], "哪几份答复说了打假查处后罚没了多少钱？", [["罚没款216万元"], ["罚没款37.5万元"]], ["lang:zh", "theme:fines"])
multi(2, [7, 9], "Which replies report action against the illegal taking of natural resources, such as mining or fishing?", [["关闭非法采石点57处"], ["查处非法捕捞案件23起"]], ["lang:en", "theme:illegal-extraction"])
multi(3, [5, 8], "哪些答复讲到了用机器烘干农产品？", [["烘干机23台"], ["热风烘干线46条"]], ["lang:zh", "theme:drying"])
multi(4, [2, 4], "Which replies mention building tourist toilets, and how many?", [["4座旅游厕所"], ["旅游厕所12座"]], ["lang:en", "theme:toilets"])
multi(5, [2, 10], "哪些答复提到为节庆活动开通了旅游专线车？", [["冬捕旅游专线"], ["八一镇至嘎拉村旅游专线"]], ["lang:zh", "theme:shuttle-line"])
multi(6, [1, 6, 8], "Which replies report the results of sampling inspections?", [["1326批次"], ["99.2%"], ["98.7%"]], ["lang:en", "theme:sampling"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "2020年下半年国家又抽检了多少批枸杞？", "Only 2019's 1326 batches and the first half of 2020 (612) are given.", "another-period", "zh"),
 (1, "2019年光宁夏一个区查处了多少起冒用中宁枸杞的案子？", "83 cases is the total of three provinces; Ningxia's share is not given.", "part-of-total", "zh"),
 (1, "What was the largest single fine imposed in 2019 for passing off goods as Zhongning goji?", "Only the total confiscations and fines (216万元) are given.", "money-of-another-kind", "en"),
 (2, "2013年省旅游局给前郭县安排了多少旅游专项资金？", "Only 2012's 600万元 is given.", "another-year", "zh"),
 (2, "查干湖冬捕景区的门票多少钱一张？", "Only the shuttle bus fare (10元) is given; no admission price.", "price-not-stated", "zh"),
 (2, "How many kilograms of fish were landed from the first net at Chagan Lake?", "Visitors on the first-net day (5.3万人次) are counted; no catch.", "figure-of-another-kind", "en"),
 (3, "哈达碑镇玉石市场一共有多少户商户？", "210户 are livestream sellers at the base; the market's own merchants are not counted.", "figure-of-another-kind", "zh"),
 (3, "拿玉去检验站鉴定，几天能拿到证书？", "The fee (15元) and yearly certificates (1.9万份) are given; no turnaround time.", "time-not-stated", "zh"),
 (3, "How much rent do sellers pay at the Hadabei jade livestreaming base?", "Sellers (210户) and sales are given; no rent.", "price-not-stated", "en"),
 (4, "胡杨节临时房车营地住一晚多少钱？", "The fee is still to be set by the banner's price office.", "price-not-stated", "zh"),
 (4, "额济纳黑城遗址的门票多少钱？", "Only the Populus forest ticket (130元) is given; 黑城 is not mentioned.", "another-place", "zh"),
 (4, "How much does a shuttle bus ticket alone cost inside the Ejina Populus forest?", "The 130元 ticket includes the shuttle; no separate fare.", "price-not-stated", "en"),
 (5, "镇上那23台花椒烘干机，一台多少钱买的？", "46万元 funded five drying points; no machine price.", "price-not-stated", "zh"),
 (5, "2014年芝阳镇产了多少吨干椒？", "Only this year's (2015) 3800吨 is given.", "another-year", "zh"),
 (5, "How much did Zhiyang town pay towards travel costs for pickers coming from Gansu?", "Pickers (1400余人) and the picking rate are given; no travel money.", "cost-not-stated", "en"),
 (6, "唐昌镇有多少家豆瓣小作坊？", "About 60 workshops over 安德街道 and 唐昌镇 together; no split.", "part-of-scope", "zh"),
 (6, "小作坊搬进川菜产业园，每年要交多少租金？", "28 workshops moved in; no rent is stated.", "cost-not-stated", "zh"),
 (6, "How much bean paste did Pidu produce in 2016?", "Only 2017's 41.6万吨 is given.", "another-year", "en"),
 (7, "2014年关掉的57处采石点里，有几处在羊平镇？", "57 is county-wide; no split by town.", "part-of-scope", "zh"),
 (7, "羊平镇那14处闲置厂房，石雕厂租一平米要多少钱？", "Count and area (9.6万平方米) are given; no rent.", "price-not-stated", "zh"),
 (7, "How much new construction land quota did the province give Quyang in 2015?", "Only this year's (2016) 186亩 is given.", "another-year", "en"),
 (8, "建一座钢结构晾房总共要花多少钱？", "The 8000元 subsidy per house is given; no building cost.", "cost-not-stated", "zh"),
 (8, "2022年吐鲁番全市产了多少吨葡萄干？", "Only 2023's output is tabled.", "another-year", "zh"),
 (8, "How many drying houses are there in Yar town of Gaochang district?", "21400 is Gaochang district's total; 亚尔镇 is named without a count.", "part-of-scope", "en"),
 (9, "抚远2021年秋汛捕了多少大马哈鱼？", "Only 2020's 62吨 is given.", "another-year", "zh"),
 (9, "抚远放流的大马哈鱼回捕率是多少？", "The fry were marked to track it; no rate is given.", "figure-not-stated", "zh"),
 (9, "On what date will Fuyuan's salmon culture festival be held this year?", "The festival is named only as 今年举办; no date.", "date-not-stated", "en"),
 (10, "嘎拉村桃花节的门票多少钱？", "Only the shuttle fare (5元) is given; no admission price.", "price-not-stated", "zh"),
 (10, "嘎拉村那几个临时停车场停一次车收多少钱？", "Three car parks and 1100 spaces; no parking fee.", "price-not-stated", "zh"),
 (10, "How many visitors did the Nyingchi peach blossom shuttle carry in 2024?", "Only 2025's figures (19万人次 over 16 days) are given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa19.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
