#!/usr/bin/env python3
"""Generate qa15.jsonl from the letters in letters/.

Every reference is looked up in its letter by a key substring and cut out as the whole sentence
(from the previous 。！？ or line break to the next 。！？ or line break), so it is verbatim.
Metadata references are the whole line holding the key.  Kept for transparency: the JSONL file is
the deliverable.  Run: python3 make_qa.py  (writes qa15.jsonl next to this file).
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
L = {f: open(os.path.join(LET, f), encoding="utf-8").read() for f in os.listdir(LET) if f.endswith(".txt")}


def sent(f, key):
    t = L[f]
    assert t.count(key) >= 1, (f, key)
    p = t.index(key)
    a = max(t.rfind(c, 0, p) for c in "。！？\n") + 1
    ends = [t.find(c, p + len(key)) for c in "。！？\n"]
    ends = [e for e in ends if e >= 0]
    b = min(ends)
    if t[b] in "。！？":
        b += 1
    return t[a:b].strip()


def line(f, key):
    for ln in L[f].split("\n"):
        if key in ln:
            return ln.strip()
    raise AssertionError((f, key))


rows = []


def add(id_, typ, f, q, must, key, sec=(), tags=(), turns=None, meta=False):
    d = {"id": id_}
    if turns:
        d["turns"] = turns
    else:
        d["question"] = q
    d.update({"type": typ, "answerable": True, "gold_file": f, "gold_section_keywords": list(sec),
              "must_include_any": must, "reference": line(f, key) if meta else sent(f, key), "tags": list(tags)})
    rows.append(d)


def un(id_, q, near, asks, lang_zh, extra=()):
    rows.append({"id": id_, "question": q, "type": "unanswerable", "answerable": False,
                 "must_include_any": [], "tags": ["near-topic", f"near:{near}", f"asks:{asks}"] + list(extra)})


def ml(id_, q, files, must, theme, tags=()):
    rows.append({"id": id_, "question": q, "type": "multi_letter", "answerable": True,
                 "gold_files_any": files, "min_distinct_letters": 2, "must_include_any": must,
                 "tags": [f"theme:{theme}"] + list(tags)})


F = {i: f"q15-{i:02d}.txt" for i in range(1, 11)}

# ---------------- zh (30) ----------------
add("q15-zh-01", "zh", F[1], "湖北红安和麻城这几年一共把多少座散落在山里的烈士墓迁进了陵园？国家给了多少钱？",
    [["1126座"], ["2180万元"]], "其中红安、麻城两地合计1126座", ["零散烈士墓迁移保护"], ["paraphrase", "colloquial", "figure", "done"])
add("q15-zh-02", "zh", F[1], "给烈士看墓的守护员，一年能拿多少补贴？这钱是谁出的？",
    [["2400元"], ["省级财政"]], "每人每年由省级财政给予补助2400元", ["日常管护"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-03", "zh", F[1], "不迁走、就地修的零散烈士墓，以后每座的修缮补助打算提到多少？从哪年开始？",
    [["5000元"], ["2023年"]], "由每座3000元提高到5000元", ["下一步工作"], ["paraphrase", "figure", "date", "plan"])
add("q15-zh-04", "zh", F[2], "百色、河池、崇左这三个地方，每一千人里献血的比例各是多少？",
    [["6.1‰"], ["5.8‰"], ["6.7‰"]], "三市千人口献血率分别只有", ["基本情况"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-05", "zh", F[2], "在广西献过血的人，以后自己用血能免多少？家里人用血呢？",
    [["5倍"], ["等量"]], "献血者本人可按献血量的5倍免费用血", ["已开展的工作"], ["paraphrase", "colloquial", "figure", "how"])
add("q15-zh-06", "zh", F[2], "桂西那三个市还要每个市再建几个献血屋？啥时候建好？",
    [["2座"], ["2020年底前"]], "在百色、河池、崇左各新建固定献血屋2座", ["下一步工作"], ["paraphrase", "colloquial", "figure", "date", "plan"])
add("q15-zh-07", "zh", F[3], "南充城区给楼换门牌，老百姓要自己掏钱吗？",
    [["不需要缴纳任何费用", "由两区财政承担"]], "所需经费312万元由两区财政承担", [], ["paraphrase", "colloquial", "how"])
add("q15-zh-08", "zh", F[3], "南充城区还剩几条路没起名字？名字啥时候能报上去？",
    [["45条"], ["2021年10月底前"]], "剩余45条无名道路的命名方案", [], ["paraphrase", "colloquial", "figure", "date", "plan"])
add("q15-zh-09", "zh", F[3], "能扫码查地址的那种门牌，南充是在哪儿试点的？装了多少块？",
    [["舞凤街道"], ["3600块"]], "试点安装二维码门牌3600块", [], ["paraphrase", "colloquial", "figure", "done"])
add("q15-zh-10", "zh", F[4], "郎溪县防治加拿大一枝黄花，去年和今年县里各拿出了多少钱？",
    [["85万元"], ["120万元"]], "县财政安排防控专项资金85万元", [], ["paraphrase", "colloquial", "figure"])
add("q15-zh-11", "zh", F[4], "在郎溪看到一枝黄花打哪个电话报告？报了有奖励吗？给多少？",
    [["0563-7021156"], ["200元"]], "并开通举报电话0563-7021156", [], ["paraphrase", "colloquial", "figure", "how"])
add("q15-zh-12", "zh", F[4], "拔下来的一枝黄花是怎么处理的，会不会把种子带得到处都是？",
    [["焚烧"], ["连根带土装袋"]], "拔除的植株一律连根带土装袋", [], ["paraphrase", "colloquial", "how", "done"])
add("q15-zh-13", "zh", F[5], "丰泽区在路边一共画了多少个停单车的框？",
    [["1260处"]], "施划非机动车停放区1260处", ["已开展的工作"], ["paraphrase", "colloquial", "figure", "done"])
add("q15-zh-14", "zh", F[5], "共享单车公司得按多少辆车配一个运维人员？现在几家公司一共配了多少人？",
    [["每200辆车配备1名", "200辆"], ["102名"]], "要求按每200辆车配备1名运维人员", ["已开展的工作"], ["paraphrase", "figure"])
add("q15-zh-15", "zh", F[5], "丰泽区打算把共享单车的总数控制在多少辆以内？",
    [["1.8万辆"]], "全区总量暂控制在1.8万辆以内", ["下一步工作打算"], ["paraphrase", "figure", "plan"])
add("q15-zh-16", "zh", F[6], "泼陂河镇在水库山塘边上一共放了多少个救生圈？",
    [["260个"]], "累计设置警示牌312块、救生圈260个", [], ["paraphrase", "colloquial", "figure", "done"])
add("q15-zh-17", "zh", F[6], "放暑假的时候护水员一天巡几趟？去年一共劝走了多少下水的人？",
    [["上午、下午各巡查一次", "各巡查一次"], ["1430人次"]], "暑期每天上午、下午各巡查一次", [], ["paraphrase", "colloquial", "figure"])
add("q15-zh-18", "zh", F[6], "泼陂河水库边上缺护栏的那段有多长？啥时候能装好？",
    [["1.2公里"], ["2025年7月10日前"]], "一是在2025年7月10日前完成泼陂河水库1.2公里防护栏安装", [], ["paraphrase", "colloquial", "figure", "date", "plan"])
add("q15-zh-19", "zh", F[7], "霸州一共查出来多少个拿不到房产证的老楼盘？牵涉多少套房子？",
    [["64个"], ["2.37万套"]], "共排查出“办证难”历史遗留项目64个", ["基本情况"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-20", "zh", F[7], "在霸州去办房子抵押登记，现在要等几天？",
    [["1个工作日"]], "抵押登记压缩至1个工作日", ["已开展的工作"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-21", "zh", F[7], "剩下那些办不了证的项目主要卡在哪儿？开发商一共欠了多少土地出让金？",
    [["3.6亿元"]], "开发企业欠缴土地出让金约3.6亿元", ["存在的困难"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-22", "zh", F[8], "泰州试点学校买那种能躺着睡的课桌椅，市里每套补贴多少？",
    [["300元"]], "市级财政对试点学校按每套300元给予补助", ["主要做法"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-23", "zh", F[8], "按泰州教育局的要求，小学生中午在学校至少得让休息多长时间？",
    [["40分钟"]], "保证学生在校午休时间不少于40分钟", ["主要做法"], ["paraphrase", "colloquial", "figure"])
add("q15-zh-24", "zh", F[8], "泰州市区的公办小学啥时候能全都让孩子躺着午睡？",
    [["2025年底"]], "到2025年底，实现市区公办小学躺睡条件全覆盖", ["下一步打算"], ["paraphrase", "colloquial", "date", "plan"])
add("q15-zh-25", "zh", F[9], "在盐亭县新种一亩桑树，县里给补多少钱？",
    [["400元"]], "按每畝400元給予補助", ["主要工作措施"], ["paraphrase", "colloquial", "figure", "traditional"])
add("q15-zh-26", "zh", F[9], "盐亭的蚕茧价格保险，保费县财政出几成？养蚕的自己掏几成？",
    [["60%"], ["40%"]], "保費由縣財政補貼60%", ["主要工作措施"], ["paraphrase", "colloquial", "figure", "traditional"])
add("q15-zh-27", "zh", F[9], "盐亭县打算到2020年把桑园恢复到多大面积？",
    [["7.5萬畝"]], "全縣桑園面積恢復到7.5萬畝", ["下一步工作打算"], ["paraphrase", "figure", "plan", "traditional"])
add("q15-zh-28", "zh", F[10], "冷水江的尘肺病人看门诊能报销多少？一年最多报多少钱？",
    [["70%"], ["8000元"]], "参保患者门诊治疗费用按70%报销", [], ["paraphrase", "colloquial", "figure"])
add("q15-zh-29", "zh", F[10], "毛易镇那边的尘肺病康复站什么时候能建成？",
    [["2020年9月底前"]], "计划于2020年9月底前在毛易镇卫生院建成第3个尘肺病康复站", [], ["paraphrase", "colloquial", "date", "plan"])
add("q15-zh-30", "zh", F[10], "冷水江现在登记管理的尘肺病人有多少？",
    [["1637人"]], "全市建档管理的尘肺病患者1637人", [], ["paraphrase", "figure"])

# ---------------- en (20) ----------------
add("q15-en-01", "en", F[1], "In 2021, for how many martyrs from Hong'an and Macheng buried elsewhere were relatives found, and how many of those were confirmed by DNA matching?",
    [["47例"], ["11例"]], "找到亲属47例", ["烈士寻亲"], ["figure", "done"])
add("q15-en-02", "en", F[1], "Why does the Ministry of Veterans Affairs not plan a new martyrs' cemetery in Macheng, as the deputy asked?",
    [["600个墓位空余", "约600个墓位"]], "仍有约600个墓位空余", ["零散烈士墓迁移保护"], ["reason"])
add("q15-en-03", "en", F[2], "What is the name of the WeChat mini-program Guangxi launched for blood donors, and how many bookings did it take in its first three months?",
    [["八桂献血"], ["2.7万人次"]], "小程序上线3个月累计预约2.7万人次", ["已开展的工作"], ["figure", "done"])
add("q15-en-04", "en", F[2], "By when should donors' blood fees be deducted directly at discharge in all second-level and higher hospitals in Baise, Hechi and Chongzuo?",
    [["2019年9月底前"]], "2019年9月底前，在桂西三市所有二级以上医院", ["下一步工作"], ["date", "plan"])
add("q15-en-05", "en", F[3], "How many roads in central Nanchong were given names in 2020, and how many public comments were collected on the names?",
    [["168条"], ["1150条"]], "2020年已完成168条道路的命名", [], ["figure", "done"])
add("q15-en-06", "en", F[3], "Which department will Nanchong's civil affairs bureau work with to match door-plate addresses against household-registration addresses, and by when?",
    [["市公安局"], ["2021年底前"]], "2021年底前会同市公安局完成门牌地址与户籍地址数据比对", [], ["date", "plan", "partner"])
add("q15-en-07", "en", F[4], "How many new Canadian goldenrod sites did Langxi county find with its drone survey this spring?",
    [["31处"]], "新发现发生点31处", [], ["figure", "done"])
add("q15-en-08", "en", F[4], "By when will Langxi finish its first full round of goldenrod removal, and when will the second check take place?",
    [["2020年9月底前"], ["11月中旬"]], "我们将在2020年9月底前完成第一轮全面除治", [], ["date", "plan"])
add("q15-en-09", "en", F[5], "When did the electronic-fence pilot for shared bikes start in Donghai subdistrict, Fengze, and how many virtual parking spots did it set up?",
    [["2018年3月"], ["380个"]], "在东海街道试点电子围栏", ["已开展的工作"], ["date", "figure", "done"])
add("q15-en-10", "en", F[5], "Which two subdistricts of Fengze will the electronic fence be extended to, and by when?",
    [["丰泽街道"], ["东湖街道"], ["2018年9月底前"]], "将电子围栏推广到丰泽街道、东湖街道", ["下一步工作打算"], ["date", "plan"])
add("q15-en-11", "en", F[6], "How many left-behind children in Popihe town are paired one-to-one with village cadres and teachers?",
    [["392名"]], "与392名留守儿童开展", [], ["figure"])
add("q15-en-12", "en", F[6], "How many drones does Popihe town use to patrol its reservoir and ponds, and what special function do they have?",
    [["2架"], ["喊话"]], "购置了带喊话功能的无人机2架", [], ["figure", "done"])
add("q15-en-13", "en", F[7], "Between January 2022 and June 2023, how many legacy projects did Bazhou resolve, and for how many homes were certificates registered?",
    [["39个"], ["1.52万套"]], "共化解39个项目", ["已开展的工作"], ["figure", "done"])
add("q15-en-14", "en", F[7], "By when will Bazhou open a property-registration service point in Nanmeng town?",
    [["2023年9月底前"]], "2023年9月底前在南孟镇增设不动产登记便民服务点", ["下一步工作"], ["date", "plan"])
add("q15-en-15", "en", F[8], "In Taizhou's survey of parents at the nap pilot schools, how many valid questionnaires came back and what share of parents were satisfied?",
    [["2415份"], ["94.6%"]], "回收有效问卷2415份", ["主要做法"], ["figure", "done"])
add("q15-en-16", "en", F[8], "According to the survey Taizhou's education bureau made last autumn, how many of the city's non-boarding primary and secondary schools already had the conditions for pupils to lie down for their nap, and how many such schools are there in all?",
    [["47所"], ["312所"]], "全市共有非寄宿制中小学312所", ["基本情况"], ["figure"])
add("q15-en-17", "en", F[9], "What minimum protection price per kilogram did the silk company pay Yanting farmers for fresh cocoons in 2016?",
    [["每公斤38元", "38元"]], "按不低於每公斤38元的保護價收購鮮繭", ["主要工作措施"], ["figure", "traditional"])
add("q15-en-18", "en", F[9], "How many small-silkworm co-rearing rooms does Yanting county have, and what is its co-rearing rate?",
    [["42個"], ["81%"]], "全縣已建成小蠶共育室42個", ["主要工作措施"], ["figure", "traditional"])
add("q15-en-19", "en", F[10], "How much medical assistance money went to pneumoconiosis patients in Lengshuijiang in 2019, and how many patients received it?",
    [["286万元"], ["743人"]], "2019年共发放救助资金286万元", [], ["figure", "done"])
add("q15-en-20", "en", F[10], "To what amount does Lengshuijiang's medical insurance bureau want to raise the yearly outpatient cap for pneumoconiosis, and from when?",
    [["1.2万元"], ["2020年底"]], "由8000元提高到1.2万元", [], ["figure", "date", "plan"])

# ---------------- metadata (8) ----------------
add("q15-metadata-01", "metadata", F[1], "退役军人事务部答复程秀兰代表那份建议的文号是多少？",
    [["退役军人建函〔2022〕173号"]], "退役军人建函〔2022〕173号", [], ["metadata", "lang:zh", "doc_number"], meta=True)
add("q15-metadata-02", "metadata", F[2], "广西那份关于桂西无偿献血的提案是哪两位委员提的？答复函的成文日期是哪天？",
    [["韦丽华"], ["黄振东"], ["2019-07-10", "2019年7月10日"]], "韦丽华、黄振东委员", [], ["metadata", "lang:zh", "proposer", "date"], meta=True)
add("q15-metadata-03", "metadata", F[4], "Who signed the Langxi forestry bureau's reply on Canadian goldenrod, and which handling category was it given?",
    [["汤立新"], ["B"]], "签发人：汤立新", [], ["metadata", "lang:en", "signer", "category"], meta=True)
add("q15-metadata-04", "metadata", F[5], "What is the document number of the Fengze urban management bureau's reply on shared-bike parking, and on what date was it written?",
    [["泉丰城管函〔2018〕27号"], ["2018-06-18", "2018年6月18日"]], "泉丰城管函〔2018〕27号", [], ["metadata", "lang:en", "doc_number", "date"], meta=True)
add("q15-metadata-05", "metadata", F[6], "泼陂河镇关于防溺水的那份答复，是哪位镇长审阅的？落款日期写的是哪天？",
    [["柯文军"], ["二〇二五年六月二十日"]], "以上答复已经镇长柯文军审阅", [], ["metadata", "lang:zh", "reviewer", "date"], meta=True)
add("q15-metadata-06", "metadata", F[7], "Who submitted the Bazhou CPPCC proposal No. 117 on property certificates, and who is the contact person for the reply?",
    [["民建霸州市委员会"], ["郑海涛"]], "民建霸州市委员会：", [], ["metadata", "lang:en", "proposer", "contact"], meta=True)
add("q15-metadata-07", "metadata", F[9], "盐亭县关于振兴蚕桑产业的那件提案是第几号？提案人是谁？",
    [["第43號", "43號"], ["何家瓊"]], "何家瓊委員：", [], ["metadata", "lang:zh", "proposal_no", "proposer", "traditional"], meta=True)
add("q15-metadata-08", "metadata", F[10], "冷水江关于尘肺病救治的那份答复是哪两个单位联合作出的？",
    [["冷水江市卫生健康局", "市卫生健康局"], ["冷水江市医疗保障局", "市医疗保障局"]], "冷水江市卫生健康局　　冷水江市医疗保障局", [], ["metadata", "lang:zh", "issuer", "joint"], meta=True)

# ---------------- multi_turn (6) ----------------
add("q15-multi_turn-01", "multi_turn", F[1], None, [["2022年10月底前"], ["120名"]], "培训讲解员120名", ["下一步工作"],
    ["lang:zh", "date", "figure", "plan"], turns=["退役军人事务部对湖北大别山区零散烈士墓的保护是怎么答复的？", "那讲解员培训班准备什么时候办？培训多少人？"])
add("q15-multi_turn-02", "multi_turn", F[4], None, [["姚村乡"], ["280亩"]], "组织农户复耕种植油菜和紫云英280亩", [],
    ["lang:zh", "figure", "done"], turns=["郎溪县是怎么防控加拿大一枝黄花的？", "说的那个替代控制是在哪个乡试的？种了多少亩？"])
add("q15-multi_turn-03", "multi_turn", F[7], None, [["6个"], ["3140户"]], "全市已有6个新建商品房项目实现交房当天发放不动产权证书", ["已开展的工作"],
    ["lang:zh", "figure", "done"], turns=["霸州市对商品房办证难的提案是怎么答复的？", "交房当天就拿到证的新楼盘已经有几个了？惠及多少户？"])
add("q15-multi_turn-04", "multi_turn", F[3], None, [["1万块"], ["高坪区"]], "2022年在高坪区推广二维码门牌1万块", [],
    ["lang:en", "figure", "plan"], turns=["How did Nanchong's civil affairs bureau answer the deputy's complaint about unnamed roads and missing door plates?", "And how many of those QR-code plates are planned for the following year, and in which district?"])
add("q15-multi_turn-05", "multi_turn", F[8], None, [["2024年9月底前"]], "2024年9月底前出台《泰州市中小学午休管理指导意见》", ["下一步打算"],
    ["lang:en", "date", "plan"], turns=["What did Taizhou's education bureau reply about letting pupils lie down for their midday nap?", "And by when will the city issue its guideline on this?"])
add("q15-multi_turn-06", "multi_turn", F[10], None, [["1210名"]], "为1210名接触粉尘的劳动者免费进行了职业健康检查", [],
    ["lang:en", "figure", "done"], turns=["How did Lengshuijiang answer the deputies' suggestion on help for pneumoconiosis patients?", "How many dust-exposed workers got a free occupational health check in 2019?"])

# ---------------- multi_letter (6) ----------------
ml("q15-multi_letter-01", "哪些答复函里提到了组织志愿者参与工作？志愿者都干了些什么？",
   [F[1], F[2], F[5]], [["整理烈士生平事迹", "献血志愿者服务队", "青年志愿者"]], "volunteers", ["lang:zh"])
ml("q15-multi_letter-02", "Which replies mention using drones, and what were the drones used for?",
   [F[4], F[6]], [["航拍巡查"], ["空中巡查"]], "drones", ["lang:en"])
ml("q15-multi_letter-03", "各地的答复函里，有哪些提到了保险？分别是什么保险？",
   [F[9], F[10]], [["蠶繭價格指數保險"], ["工伤保险"]], "insurance", ["lang:zh"])
ml("q15-multi_letter-04", "Which replies report or plan training courses, and who is trained?",
   [F[1], F[4], F[6], F[9]], [["讲解员培训班", "识别与除治技术培训班", "应急救护培训", "培訓蠶農2900人次"]], "training", ["lang:en"])
ml("q15-multi_letter-05", "有哪些答复函涉及中小学生？各地都是怎么做的？",
   [F[6], F[8]], [["防溺水安全课"], ["躺睡试点"]], "school pupils", ["lang:zh"])
ml("q15-multi_letter-06", "Which replies say the work will be written into some assessment or evaluation of the bodies responsible?",
   [F[2], F[4], F[5], F[6]], [["纳入年度卫生健康工作考核", "纳入乡镇林长制年度考核", "每季度对企业进行考核", "纳入各村年度综合考核"]], "assessment", ["lang:en"])

# ---------------- unanswerable (30, near-topic) ----------------
un("q15-unanswerable-01", "红安县烈士陵园这次扩建一共花了多少钱？", F[1], "cost of the cemetery extension", True, ["lang:zh"])
un("q15-unanswerable-02", "Is there an age limit for hiring martyrs' tomb guardians in Hong'an and Macheng?", F[1], "age limit for guardians", False, ["lang:en"])
un("q15-unanswerable-03", "2020年清明节，红安和麻城两地有多少群众去祭扫烈士墓？", F[1], "visitors in another year", True, ["lang:zh"])
un("q15-unanswerable-04", "在百色献一次血，能领多少营养补贴或者误餐费？", F[2], "allowance per donation", True, ["lang:zh"])
un("q15-unanswerable-05", "What are the opening hours of the fixed blood donation houses in Baise on public holidays?", F[2], "holiday opening hours", False, ["lang:en"])
un("q15-unanswerable-06", "崇左现在有几辆流动献血车？", F[2], "vehicles in one city", True, ["lang:zh"])
un("q15-unanswerable-07", "南充换一块新门牌，制作成本大概是多少钱一块？", F[3], "cost per door plate", True, ["lang:zh"])
un("q15-unanswerable-08", "How many unnamed roads are there in Jialing district of Nanchong?", F[3], "roads in another district", False, ["lang:en"])
un("q15-unanswerable-09", "在南充给一条新路起名字，从申报到批下来一般要多长时间？", F[3], "approval time for a road name", True, ["lang:zh"])
un("q15-unanswerable-10", "郎溪的农户自己动手拔一亩一枝黄花，县里补多少钱？", F[4], "payment per mu of removal", True, ["lang:zh"])
un("q15-unanswerable-11", "Which herbicide does Langxi spray against Canadian goldenrod?", F[4], "name of the herbicide", False, ["lang:en"])
un("q15-unanswerable-12", "去年加拿大一枝黄花给郎溪造成了多少农业损失？", F[4], "crop losses", True, ["lang:zh"])
un("q15-unanswerable-13", "在丰泽区共享单车乱停被逮到，一次罚多少钱？", F[5], "fine for bad parking", True, ["lang:zh"])
un("q15-unanswerable-14", "How much does a single shared-bike ride cost in Fengze district?", F[5], "ride price", False, ["lang:en"])
un("q15-unanswerable-15", "在丰泽区投放共享单车的那三家公司分别叫什么名字？", F[5], "names of the operators", True, ["lang:zh"])
un("q15-unanswerable-16", "泼陂河镇的护水员一个月能拿多少补贴？", F[6], "monthly pay of water guards", True, ["lang:zh"])
un("q15-unanswerable-17", "Does Popihe town offer free swimming lessons for children in the summer holidays?", F[6], "swimming lessons (close topic, not covered)", False, ["lang:en"])
un("q15-unanswerable-18", "2023年泼陂河镇发生了几起溺水事故？", F[6], "drownings in another year", True, ["lang:zh"])
un("q15-unanswerable-19", "在霸州办一本不动产权证书要交多少登记费？", F[7], "registration fee", True, ["lang:zh"])
un("q15-unanswerable-20", "How many registrations has the Shengfang service point handled since it opened?", F[7], "cases at the service point", False, ["lang:en"])
un("q15-unanswerable-21", "胜芳镇那18个办证难的项目，现在已经解决了几个？", F[7], "progress in one town", True, ["lang:zh"])
un("q15-unanswerable-22", "泰州试点用的那种能躺的课桌椅，一套到底多少钱？", F[8], "price of a reclining desk set", True, ["lang:zh"])
un("q15-unanswerable-23", "How long is the midday rest for junior high school students in Taizhou?", F[8], "nap time for another school level", False, ["lang:en"])
un("q15-unanswerable-24", "兴化市现在有几所学校能让学生躺着午睡？", F[8], "schools in one county-level city", True, ["lang:zh"])
un("q15-unanswerable-25", "盐亭蚕茧价格指数保险，一张蚕种的保费是多少钱？", F[9], "premium per sheet of eggs", True, ["lang:zh"])
un("q15-unanswerable-26", "How much mulberry land does neighbouring Santai county have?", F[9], "area in another county", False, ["lang:en"])
un("q15-unanswerable-27", "盐亭县的蚕桑产业发展基金规模有多大？", F[9], "size of a fund that was only proposed", True, ["lang:zh"])
un("q15-unanswerable-28", "冷水江的尘肺病人住院治疗能报销多少比例？", F[10], "inpatient reimbursement rate", True, ["lang:zh"])
un("q15-unanswerable-29", "On which days of the week is the pneumoconiosis rehabilitation station at Xikuangshan open?", F[10], "opening days", False, ["lang:en"])
un("q15-unanswerable-30", "给尘肺病重症病人配的家用制氧机，一台多少钱？", F[10], "price of an oxygen concentrator", True, ["lang:zh"])

with open(os.path.join(HERE, "qa15.jsonl"), "w", encoding="utf-8") as fh:
    for d in rows:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(rows), "questions written")
