#!/usr/bin/env python3
"""Generate qa16.jsonl from the letters in letters/ (kept for transparency; the JSONL is the deliverable).

Every reference is looked up in its letter by a key: the whole sentence holding the key is cut
out (a sentence ends at 。！？ or a line break; in letter 05, whose body is one paragraph joined
by ；, also at ；). Metadata references are whole lines.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
L = {f: open(os.path.join(LET, f), encoding="utf-8").read() for f in sorted(os.listdir(LET)) if f.endswith(".txt")}


def sent(n, key):
    f = f"q16-{n:02d}.txt"
    t = L[f]
    i = t.find(key)
    assert i >= 0, (f, key)
    assert t.count(key) == 1, (f, key, "key not unique")
    ends = "。！？\n" + ("；" if n == 5 else "")
    s = i
    while s > 0 and t[s - 1] not in ends:
        s -= 1
    e = i + len(key)
    while e < len(t) and t[e] not in ends:
        e += 1
    if e < len(t) and t[e] != "\n":
        e += 1
    return t[s:e].strip()


def line(n, key):
    f = f"q16-{n:02d}.txt"
    for ln in L[f].split("\n"):
        if key in ln:
            return ln.strip()
    raise AssertionError((f, key))


rows = []


def add(typ, n_id, **kw):
    d = {"id": f"q16-{typ}-{n_id:02d}", "type": typ}
    d.update(kw)
    rows.append(d)


def ans(typ, n_id, q, n, sec, must, key, tags, lang=None):
    d = dict(question=q, answerable=True, gold_file=f"q16-{n:02d}.txt", gold_section_keywords=sec,
             must_include_any=must, reference=sent(n, key), tags=tags)
    add(typ, n_id, **d)


def meta(n_id, q, n, must, key, tags):
    add("metadata", n_id, question=q, answerable=True, gold_file=f"q16-{n:02d}.txt", gold_section_keywords=[],
        must_include_any=must, reference=line(n, key), tags=["metadata"] + tags)


def mt(n_id, turns, n, sec, must, key, tags):
    add("multi_turn", n_id, turns=turns, answerable=True, gold_file=f"q16-{n:02d}.txt", gold_section_keywords=sec,
        must_include_any=must, reference=sent(n, key), tags=tags)


def ml(n_id, q, files, must, tags):
    add("multi_letter", n_id, question=q, answerable=True, gold_files_any=[f"q16-{n:02d}.txt" for n in files],
        min_distinct_letters=2, must_include_any=must, tags=tags)


def un(n_id, q, n, why, asks, lang):
    add("unanswerable", n_id, question=q, answerable=False, must_include_any=[], reference=why,
        tags=["near-topic", f"near:q16-{n:02d}.txt", f"asks:{asks}", f"lang:{lang}"])


# ---------------------------------------------------------------- zh (30)
Z = "zh"
ans(Z, 1, "凉山那三个彝族县的县级应急广播平台是哪家公司建的？啥时候建好的？", 1, ["县级平台和村级终端"],
    [["四川蜀声电子科技有限公司", "蜀声电子"], ["2018年12月"]], "承建单位为四川蜀声电子科技有限公司", ["paraphrase", "colloquial", "firm", "date", "done"])
ans(Z, 2, "昭觉、布拖、美姑村里的大喇叭一天响几回？都是几点？每回播多长时间？", 1, ["彝汉双语"],
    [["3次"], ["早7时"], ["30分钟"]], "日常节目每天播出3次", ["paraphrase", "colloquial", "figure", "frequency", "done"])
ans(Z, 3, "凉山三个县村里装的应急广播终端是啥型号的？一共装了多少套？", 1, ["县级平台和村级终端"],
    [["蜀声YJ-300"], ["2146套"]], "型主动发布终端2146套", ["paraphrase", "colloquial", "product", "figure", "done"])
ans(Z, 4, "贵州2020年一年帮农民工要回来多少工钱？涉及多少人？", 2, ["基本情况"],
    [["5.86亿元"], ["4.12万名"]], "为4.12万名农民工追回工资5.86亿元", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 5, "在贵州包工程的总承包单位，工资保证金按合同额交几个点？什么情况下能少交？", 2, ["主要工作"],
    [["2%"], ["连续2年未发生欠薪"], ["1%"]], "存储比例降至1%", ["paraphrase", "colloquial", "figure", "condition"])
ans(Z, 6, "贵州农民工工资专用账户是按哪个文件来管的？文号是多少？", 2, ["主要工作"],
    [["贵州省工程建设领域农民工工资专用账户管理实施细则"], ["黔人社发〔2020〕19号"]], "黔人社发〔2020〕19号",
    ["paraphrase", "document"])
ans(Z, 7, "绵阳搞“双减”以后，教语数外那种学科类补习班从多少家减到了多少家？", 3, [],
    [["1126家"], ["93家"]], "已压减至93家", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 8, "在绵阳给孩子报补习班，一次最多能预交多少钱的课？", 3, [],
    [["60课时"], ["3个月"]], "机构一次性收费不得超过60课时或3个月", ["paraphrase", "colloquial", "figure", "condition"])
ans(Z, 9, "绵阳学校里放学后的课后服务要交钱吗？一学期多少？家里困难的呢？", 3, [],
    [["300元"], ["免费"]], "收费标准为每生每学期不超过300元", ["paraphrase", "colloquial", "figure", "condition"])
ans(Z, 10, "西峡的贫困户买集中生产的菌棒，县里一袋给补多少？2015年补了多少户？", 4, ["已开展的工作"],
    [["0.2元"], ["1140户"]], "县财政每袋补贴0.2元", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 11, "西峡的香菇多长时间抽检一次质量？2015年合格的比例有多高？", 4, ["已开展的工作"],
    [["每月抽检1次"], ["99.6%"]], "每月抽检1次", ["paraphrase", "colloquial", "frequency", "figure", "done"])
ans(Z, 12, "西峡说要搞香菇价格保险，准备找哪家保险公司？先在哪个镇试？", 4, ["下一步打算"],
    [["中原农业保险股份有限公司", "中原农业保险"], ["双龙镇"]], "研究开展香菇价格指数保险试点", ["paraphrase", "colloquial", "firm", "place", "plan"])
ans(Z, 13, "安丰塘镇秋收的时候，种得少的散户烘一斤粮收多少钱？多少亩以下才算？", 5, [],
    [["1分5厘"], ["50亩以下"]], "烘干费按每斤1分5厘收取", ["paraphrase", "colloquial", "price", "condition", "plan"])
ans(Z, 14, "合作社新买烘干机，镇里每台另外补多少？现在一天能烘多少稻谷？", 5, [],
    [["1万元"], ["360吨"]], "镇政府对新购烘干机每台另行补助1万元", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 15, "安丰塘镇第二个烘干点放在哪个村？打算啥时候建好？", 5, [],
    [["丰安村"], ["9月底前"]], "计划于今年9月底前建成", ["paraphrase", "colloquial", "place", "date", "plan"])
ans(Z, 16, "商丘七到十四岁的孤独症孩子，做康复一年能补多少钱？从什么时候开始的？", 6, ["扩大康复救助范围"],
    [["1.2万元"], ["2024年1月1日"]], "7-14岁儿童救助标准为每人每年1.2万元", ["paraphrase", "colloquial", "figure", "date"])
ans(Z, 17, "商丘那些去不了学校的重度孤独症孩子，老师多久上门教一次？", 6, ["融合教育"],
    [["每周不少于2次"]], "每周不少于2次", ["paraphrase", "colloquial", "frequency"])
ans(Z, 18, "商丘要给大龄孤独症的人建托养机构，建在哪个区？几张床？交给谁来运营？", 6, ["下一步工作"],
    [["梁园区"], ["60张"], ["商丘仁和康复服务中心"]], "由市残联委托商丘仁和康复服务中心运营", ["paraphrase", "colloquial", "place", "figure", "firm", "plan"])
ans(Z, 19, "浦江2022年六十岁以上的老人被电信诈骗骗了多少起？一共损失多少钱？", 7, [],
    [["118起"], ["796万元"]], "全年60岁以上老年人被骗案件118起", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 20, "浦江的老人去银行柜台给不认识的账户转账，转多少钱以上银行会先问一问？", 7, [],
    [["5万元以上", "5万元"]], "单笔转账5万元以上的", ["paraphrase", "colloquial", "figure", "condition"])
ans(Z, 21, "浦江反诈中心收到预警以后多久打电话劝？要是打不通呢？", 7, [],
    [["10分钟内"], ["1小时内"]], "10分钟内电话劝阻", ["paraphrase", "colloquial", "figure", "how"])
ans(Z, 22, "裕华区跳广场舞晚上最晚几点得散？音响声音不能超过多少分贝？", 8, ["已采取的措施"],
    [["晚上9时以前", "9时"], ["60分贝"]], "晚上9时以前结束", ["paraphrase", "colloquial", "figure", "condition"])
ans(Z, 23, "裕西公园那种显示噪音的大屏是哪家公司装的？花了多少钱？", 8, ["已采取的措施"],
    [["河北清音环境科技有限公司", "清音环境"], ["21.6万元"]], "由河北清音环境科技有限公司承建", ["paraphrase", "colloquial", "firm", "figure", "done"])
ans(Z, 24, "裕华区给广场舞队发了多少副耳机？发给了几支队？", 8, ["已采取的措施"],
    [["480副"], ["12支"]], "向12支团队免费发放无线耳机480副", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 25, "东营搞暗管排盐，市里一亩补多少钱？得满足什么条件？", 9, [],
    [["300元"], ["连片500亩以上", "500亩以上"]], "对连片500亩以上的暗管排盐工程每亩补助300元", ["paraphrase", "colloquial", "figure", "condition"])
ans(Z, 26, "代表想把盐碱地补助提到每亩500块，东营为啥今年没答应？", 9, [],
    [["受财力限制"]], "受财力限制", ["paraphrase", "colloquial", "why"])
ans(Z, 27, "东营推广的那个耐盐小麦叫啥名？种了多大面积？", 9, [],
    [["东农盐麦3号"], ["5.6万亩"]], "东农盐麦3号", ["paraphrase", "colloquial", "product", "figure", "done"])
ans(Z, 28, "鄱阳县城2024年一年改了多少公里盲道？县里花了多少钱？", 10, ["已开展的工作"],
    [["21.4公里"], ["860万元"]], "改造盲道21.4公里", ["paraphrase", "colloquial", "figure", "done"])
ans(Z, 29, "在鄱阳打12345反映盲道被占了，城管几天之内处理？", 10, ["已开展的工作"],
    [["3个工作日内"]], "在3个工作日内处理", ["paraphrase", "colloquial", "figure", "how"])
ans(Z, 30, "鄱阳请的无障碍体验员多久走访一次？一共请了几个人？", 10, ["已开展的工作"],
    [["每季度开展1次"], ["8名"]], "每季度开展1次体验走访", ["paraphrase", "colloquial", "frequency", "figure"])

# ---------------------------------------------------------------- en (20)
E = "en"
ans(E, 1, "Who pays the running and maintenance costs of the emergency broadcast terminals in Zhaojue, Butuo and Meigu, and at what rate per terminal per year?", 1,
    ["保障运行维护"], [["县级财政", "地方财政"], ["180元"]], "按每套终端每年180元的标准安排", ["paraphrase", "figure", "who"])
ans(E, 2, "By when does the broadcasting administration plan to issue the Yi-Chinese bilingual emergency broadcasting handbook to the three Liangshan counties?", 1,
    ["下一步工作"], [["2020年3月前"]], "计划于2020年3月前印发三县使用", ["paraphrase", "date", "document", "plan"])
ans(E, 3, "What is the online platform Guizhou uses to monitor migrant workers' wage payments called, and by when should every project under construction be connected to it?", 2,
    ["下一步工作"], [["黔薪安"], ["2021年12月底前"]], "2021年12月底前，推动全省在建工程项目全部接入", ["paraphrase", "product", "date", "plan"])
ans(E, 4, "How many companies did Guizhou blacklist for malicious wage arrears in 2020, and on which website is the list published?", 2,
    ["主要工作"], [["28家"], ["信用贵州"]], "恶意欠薪的28家企业", ["paraphrase", "figure", "place", "done"])
ans(E, 5, "What is the government-guided base price per lesson for offline group classes at Mianyang's remaining tutoring centres, and by how much may it be raised?", 3,
    [], [["32元"], ["10%"]], "基准价为32元", ["paraphrase", "price", "figure"])
ans(E, 6, "What standard for non-academic tutoring operators does Mianyang plan to issue, and by when?", 3,
    [], [["非学科类校外培训机构设置标准"], ["2023年春季学期前"]], "计划在2023年春季学期前出台", ["paraphrase", "document", "date", "plan"])
ans(E, 7, "How much cold-storage capacity will phase two of the Xiping mushroom market add, and by when is it to be finished?", 4,
    ["下一步打算"], [["1.5万吨"], ["2016年底前"]], "新增冷藏保鲜库容1.5万吨", ["paraphrase", "figure", "date", "plan"])
ans(E, 8, "What share of oak sawdust does Xixia's substitute mushroom substrate replace, and with what materials?", 4,
    ["已开展的工作"], [["30%"], ["玉米芯"], ["果树枝屑"]], "用玉米芯、果树枝屑替代30%的栎木屑", ["paraphrase", "figure", "how", "done"])
ans(E, 9, "Which large grain grower in Xintang village built his own grain drying house, and when did it start operating?", 5,
    [], [["周立新"], ["今年5月", "5月"]], "新塘村种粮大户周立新的烘干房已于今年5月投入使用", ["paraphrase", "who", "date", "done"])
ans(E, 10, "During the harvest, how often do the police station and the traffic station patrol against grain being dried on the road in Anfengtang?", 5,
    [], [["上下午各巡查1次", "每天上下午"]], "由派出所、交管站每天上下午各巡查1次", ["paraphrase", "frequency", "done"])
ans(E, 11, "How often does Shangqiu's disabled persons' federation hold parent training at the 'Xingyu Classroom', and how many parent attendances were there in 2023?", 6,
    ["康复机构和人才队伍"], [["每月举办1次"], ["1380人次"]], "每月举办1次家长培训", ["paraphrase", "frequency", "figure", "done"])
ans(E, 12, "How is the cost of the 18,000-yuan yearly rehabilitation aid for young autistic children in Shangqiu shared between the city and county budgets?", 6,
    ["扩大康复救助范围"], [["6:4"]], "由市、县两级财政按6:4比例分担", ["paraphrase", "figure", "who"])
ans(E, 13, "How many members does Pujiang's 'Silver Guardian' anti-fraud team have, and who are they mainly?", 7,
    [], [["36人"], ["退休民警"], ["村干部"]], "成员36人", ["paraphrase", "figure", "who", "done"])
ans(E, 14, "Why will the Pujiang police not have anti-fraud blocking software installed on every elderly person's phone?", 7,
    [], [["个人信息"], ["手机使用自主权", "自主权"]], "不宜统一强制安装", ["paraphrase", "why"])
ans(E, 15, "How many noise complaints did Yuhua district receive through the hotlines in 2017, and what share concerned social-life noise such as square dancing?", 8,
    ["基本情况"], [["1472件"], ["58%"]], "共受理噪声投诉1472件", ["paraphrase", "figure"])
ans(E, 16, "How far from housing must the activity zones in new or rebuilt parks in Yuhua be?", 8,
    ["下一步工作"], [["50米"]], "不少于50米", ["paraphrase", "figure", "plan"])
ans(E, 17, "Who supplies the desulfurisation gypsum used on Dongying's saline fields, and what does it cost a farmer per mu?", 9,
    [], [["东营黄蓝热电有限公司", "黄蓝热电"], ["80元"]], "由东营黄蓝热电有限公司免费提供", ["paraphrase", "firm", "price"])
ans(E, 18, "How many soil monitoring points does Dongying plan to set up in 2013, and how often will they be monitored?", 9,
    [], [["60个"], ["春、秋季各监测1次", "各监测1次"]], "布设盐碱地土壤监测点60个", ["paraphrase", "figure", "frequency", "plan"])
ans(E, 19, "By when will Poyang finish the remaining blind-path renovation, and how many kilometres are left?", 10,
    ["下一步工作"], [["2025年12月底前"], ["17.3公里"]], "完成剩余盲道17.3公里的改造", ["paraphrase", "date", "figure", "plan"])
ans(E, 20, "Which company carried out Poyang's 2024 blind-path and curb-ramp works, and when were they accepted?", 10,
    ["已开展的工作"], [["江西鄱湖市政工程有限公司", "鄱湖市政"], ["2024年12月"]], "工程由江西鄱湖市政工程有限公司承建", ["paraphrase", "firm", "date", "done"])

# ---------------------------------------------------------------- metadata (8)
meta(1, "国家广电总局答复吉克阿芝代表应急广播建议的这份函，文号是多少？", 1, [["广电建复〔2019〕86号"]], "广电建复", ["lang:zh", "doc-number"])
meta(2, "Which two CPPCC members wrote the wage-arrears proposal answered by Guizhou's human resources department, and what handling result is recorded on the page?", 2,
     [["王国荣"], ["杨晓梅"], ["办理结果：B"]], "王国荣、杨晓梅委员", ["lang:en", "proposer", "label"])
meta(3, "关于规范校外培训机构的那份答复，是绵阳哪两个部门一起答复的？", 3,
     [["市教育和体育局"], ["市市场监督管理局"]], "绵阳市教育和体育局　　绵阳市市场监督管理局", ["lang:zh", "issuer", "joint"])
meta(4, "西峡县农业局那份香菇提案的答复是谁签发的？文号是多少？", 4,
     [["张保林"], ["西农提复〔2016〕11号"]], "签发人：张保林", ["lang:zh", "signer", "doc-number"])
meta(5, "Who is the contact person for Anfengtang town's reply on grain drying, and what is the phone number?", 5,
     [["鲍学军"], ["0564-4231076"]], "联系人：鲍学军", ["lang:en", "contact"])
meta(6, "浦江县公安局答复老年人防诈骗建议的这份函，办理类别是哪一类？签发人是谁？", 7,
     [["类别：A"], ["应卫东"]], "签发人：应卫东", ["lang:zh", "label", "signer"])
meta(7, "What is the document number of the Yuhua environmental protection bureau's reply on square-dance noise, and on what date was it written (not published)?", 8,
     [["裕环提字〔2018〕6号"], ["2018年07月03日", "2018年7月3日"]], "索引号：13010800-2018-00027", ["lang:en", "doc-number", "date"])
meta(8, "鄱阳县住建局答复徐丽君委员无障碍提案时，会办单位有哪些？", 10,
     [["县残疾人联合会"], ["县城市管理局"]], "本提案由我局主办", ["lang:zh", "co-handlers"])

# ---------------------------------------------------------------- multi_turn (6)
mt(1, ["凉山昭觉、布拖、美姑三县还有多少个行政村没通上应急广播？", "那下一步呢？这些村打算什么时候装好？"], 1,
   ["县级平台和村级终端"], [["2020年6月底前"]], "计划于2020年6月底前完成安装", ["lang:zh", "follow-up", "date", "plan"])
mt(2, ["西峡县那份推动香菇产业转型升级的提案是谁提的？", "他们要求设的贷款贴息基金是多少钱？", "那这个基金县里答应设了吗？为什么？"], 4,
   ["下一步打算"], [["尚难以实施", "难以实施"], ["县级财力"]], "受县级财力限制", ["lang:zh", "follow-up", "why", "refusal"])
mt(3, ["How many designated autism rehabilitation institutions are there in Shangqiu?", "And how many of those are public ones?"], 6,
   ["康复机构和人才队伍"], [["公办4家", "4家"]], "其中公办4家", ["lang:en", "follow-up", "figure"])
mt(4, ["In which two towns did Pujiang pilot village anti-fraud liaison officers?", "How many officers does each village get?", "And by when is that supposed to reach every village in the county?"], 7,
   [], [["2023年9月底前"]], "我局将在2023年9月底前把村级反诈联络员推广到全县所有行政村", ["lang:en", "follow-up", "date", "plan"])
mt(5, ["石家庄裕华区治理广场舞噪声，已经采取了哪几项措施？", "第二点具体是什么？花了多少钱？"], 8,
   ["已采取的措施"], [["噪声实时监测显示屏", "显示屏"], ["21.6万元"]], "投资21.6万元", ["lang:zh", "follow-up", "figure", "done"])
mt(6, ["How many blind-path problems did Poyang's 2024 survey of the county town find?", "And what has been done about them since? How much did that cost?"], 10,
   ["已开展的工作"], [["860万元"], ["21.4公里"]], "2024年县财政投入860万元", ["lang:en", "follow-up", "figure", "done"])

# ---------------------------------------------------------------- multi_letter (6)
ml(1, "哪些答复函提到了通过银行来做的事？各是干什么的？", [2, 3, 7],
   [["银行保函", "3家银行", "7家银行"]], ["lang:zh", "theme:bank"])
ml(2, "Which reply letters mention a blacklist for those who break the rules, and what happens to those on it?", [2, 3],
   [["28家企业", "信用贵州"], ["共7家", "三年内不得"]], ["lang:en", "theme:blacklist"])
ml(3, "哪几份答复里说群众可以打热线电话反映问题？是哪条热线？", [2, 8, 10],
   [["12333热线", "12369环保热线", "12345市长热线", "12345政务服务便民热线"]], ["lang:zh", "theme:hotline"])
ml(4, "Which replies report work done with volunteers?", [6, 7, 10],
   [["助残志愿者", "反诈志愿者", "无障碍志愿者"]], ["lang:en", "theme:volunteers"])
ml(5, "有哪些答复函提到了合作社？合作社在里面都做了什么？", [4, 5, 9],
   [["香菇专业合作社", "丰禾农机专业合作社", "农民专业合作社"]], ["lang:zh", "theme:cooperative"])
ml(6, "Which reply letters describe a check or visit that is carried out once every quarter?", [2, 10],
   [["每季度开展1次联合检查"], ["每季度开展1次体验走访"]], ["lang:en", "theme:quarterly"])

# ---------------------------------------------------------------- unanswerable (30)
un(1, "凉山州西昌市的农村应急广播覆盖率现在是多少？", 1,
   "The letter covers only 昭觉, 布拖 and 美姑 (86.2% of their villages); 西昌 is never named.", "other-place", "zh")
un(2, "凉山那些村里的广播员一个月能拿多少补贴？", 1,
   "The letter counts 312 announcers and maintainers and gives 180元 per terminal a year for upkeep; no pay for a person.", "pay", "zh")
un(3, "How many warning messages did the three Liangshan county platforms broadcast during the 2018 flood season?", 1,
   "Only the 2019 flood season is counted (1320条次); the platforms were finished in December 2018.", "other-year", "en")
un(4, "威宁县2020年一共帮农民工追回了多少欠薪？", 2,
   "The 5.86亿元 is province-wide; for 威宁 the letter gives only 214 projects inspected in the winter action.", "other-place", "zh")
un(5, "贵州省级的欠薪应急周转金有多少钱？", 2,
   "The letter says the province has not set up its own fund (待国家出台相关规定后再作研究); no amount for any level.", "fund-not-set-up", "zh")
un(6, "How many wage-arrears complaints did Guizhou's human resources departments handle in 2019?", 2,
   "Only 2020 is counted (2964件).", "other-year", "en")
un(7, "绵阳的舞蹈、美术这类非学科类培训班，一节课最多能收多少钱？", 3,
   "The 32元 base price is for the remaining 学科类 centres; for the 412 non-academic ones the letter sets no price.", "price", "zh")
un(8, "德阳市“双减”以后学科类校外培训机构压减了多少家？", 3,
   "The letter is about 绵阳 only (1126 → 93); 德阳 is never named.", "other-place", "zh")
un(9, "Which three banks hold Mianyang's prepaid tuition supervision accounts?", 3,
   "\"本市3家银行\": the banks are not named.", "firm", "en")
un(10, "西峡现在鲜香菇收购价一斤多少钱？", 4,
   "The only price is 2.6元 per bag of spawn logs (菌棒); no mushroom price.", "price", "zh")
un(11, "西峡农业局的技术员多久下一次乡给菇农做指导？", 4,
   "\"定期组织技术人员…巡回指导\": no frequency. (The every-month figure is the quality sampling.)", "frequency", "zh")
un(12, "How many mushroom cooperatives are there in Shuanglong town?", 4,
   "86 cooperatives county-wide; 双龙镇 is named only for oak plantations and the insurance pilot.", "count-part", "en")
un(13, "安丰塘镇建第二个烘干点，镇政府自己掏了多少钱？", 5,
   "The 180万元 is invested by the cooperative; the town only arranges 6亩 of land.", "money-other-payer", "zh")
un(14, "丰禾合作社那12台烘干机是什么牌子的？", 5,
   "The dryers are counted (8 + 4), never named or typed.", "brand", "zh")
un(15, "How much did Anfengtang town pay in total to cover the smallholders' reduced drying fees?", 5,
   "The town makes up the difference between 3分 and 1分5厘 a jin, but gives no total (and the harvest had not begun).", "total-not-stated", "en")
un(16, "商丘市残疾人康复中心孤独症康复部的负责人是谁？", 6,
   "The department is described (opened September 2023, 40 beds) but no head is named; 韩晓冬 is the letter's contact person.", "person", "zh")
un(17, "商丘2022年一共救助了多少名孤独症儿童？", 6,
   "Only 2023 is counted (1146名); 2022 is named only as the year the 1.8万元 standard began.", "other-year", "zh")
un(18, "How many children were screened for autism in Shangqiu in 2024?", 6,
   "Screening is planned from 2025 (不少于3万人 a year); nothing was counted for 2024.", "planned-not-done", "en")
un(19, "浦江的村级反诈联络员每个月有多少补贴？", 7,
   "One liaison per village in the two pilot towns; no allowance is mentioned.", "pay", "zh")
un(20, "2023年上半年，浦江的老年人被电信诈骗骗走了多少钱？", 7,
   "Losses are given for 2022 (796万元); for January–June 2023 only the losses avoided (1127万元).", "other-year", "zh")
un(21, "Which company makes the anti-fraud blocking app that Pujiang police encourage elderly people to install?", 7,
   "Neither the blocking software nor any maker is named; the only app named is the national 反诈中心APP, registration figures only.", "firm", "en")
un(22, "在裕华区广场舞音响超过60分贝，会被罚多少钱？", 8,
   "Repeat offenders have their speakers held by the police (5 sets); no fine is stated.", "fine", "zh")
un(23, "石家庄长安区2017年受理了多少件广场舞噪声投诉？", 8,
   "The letter is about 裕华区 only (1472 complaints in 2017).", "other-place", "zh")
un(24, "How many square-dance noise complaints did Yuhua district receive in the first half of 2018?", 8,
   "Complaints are counted for 2017 only; the January–June 2018 figures are joint inspections (43) and persuasions (136).", "other-year", "en")
un(25, "东营到2012年底累计改良了多少亩盐碱地？", 9,
   "The letter gives pilot areas and a target (20万亩 by 2015年底), not a running total for 2012.", "total-not-stated", "zh")
un(26, "东营“上农下渔”的台田，建一亩要花多少钱？", 9,
   "Only the gain in net income (1100元 a mu) and the height of the fields; no building cost.", "cost", "zh")
un(27, "In which year did Dongying start its desulfurisation gypsum trials with Shandong Agricultural University?", 9,
   "The gypsum trial is not dated; 2011 dates the raised-field model and 2012 the funding.", "date-other-event", "en")
un(28, "鄱阳计划装的过街语音提示装置，一套多少钱？", 10,
   "60 sets are planned for 2026; no price.", "price", "zh")
un(29, "鄱阳的无障碍体验员提的整改意见里，剩下那些为什么一直没改？", 10,
   "94 raised, 81 done; the letter gives no reason for the rest.", "reason", "zh")
un(30, "How much did Poyang spend on the accessible toilets and entrances at the 32 public buildings?", 10,
   "The 860万元 is for blind paths and curb ramps; no sum is given for the buildings.", "money-other-item", "en")

with open(os.path.join(HERE, "qa16.jsonl"), "w", encoding="utf-8") as fh:
    for d in rows:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(rows), "rows written")
