#!/usr/bin/env python3
"""Generate qa28.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa28.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q28-{n:02d}.txt"


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
    rows.append({"id": f"q28-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q28-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q28-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q28-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "青田那边稻田里养鱼的有多大面积？一年能出多少田鱼？", "2020年青田县稻鱼共生面积约8.2万亩", [["8.2万亩"], ["1460吨"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让中央按亩给稻鱼田发生态补偿，农业农村部同意了吗？", "此项建议暂难采纳", [["暂难采纳"], ["没有针对单一农业文化遗产地设立专项补偿资金", "专项补偿资金"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "青田那个养田鱼苗的良种场，一年能育出多少尾苗？", "年繁育优质苗种约1200万尾", [["1200万尾"]], [P, C, "figure"])
single("zh", 4, 2, "武鸣种沃柑的有多少亩？一年产多少？", "2022年武鸣区沃柑种植面积约41.5万亩", [["41.5万亩"], ["118万吨"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让自治区把沃柑价格保险的保费全包了，农业农村厅怎么说？", "全额补贴缺乏政策依据", [["暂不能采纳"], ["30%"]], [P, C, "declined", "rate"])
single("zh", 6, 2, "双桥镇那个沃柑分拣中心一天能分多少？啥时候开始用的？", "日分选能力1500吨", [["1500吨"], ["2023年1月"]], [P, C, "figure", "date", "done"])
single("zh", 7, 3, "分宜搞夏布的厂子、作坊一共多少家？一年产值多少？", "全县现有夏布生产企业和家庭作坊约140家", [["140家"], ["9.7亿元"]], [P, C, "figure"])
single("zh", 8, 3, "夏布厂买新织机，县里按多大比例补？一家最多拿多少？", "按设备投资额的20%给予补助", [["20%"], ["50万元"]], [P, C, "rate", "rule"])
single("zh", 9, 3, "代表想给坚持手工织夏布的人家每月发三百块，县里给不给？", "该建议暂不能采纳", [["暂不能采纳"], ["没有此项资金渠道", "认定标准难以界定"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "凤冈全县茶园有多大？已经投产的有多少？", "全县茶园面积约49.6万亩", [["49.6万亩"], ["38.2万亩"]], [P, C, "figure"])
single("zh", 11, 4, "委员说要给全县茶园都装上杀虫灯，县里为啥一下子做不到？", "县级财力难以一次到位", [["4000万元"], ["1.5万盏"]], [P, C, "declined", "reason", "figure"])
single("zh", 12, 4, "茶农买生物农药，现在能补几成？每户一年封顶多少？", "按30%给予补贴", [["30%"], ["1000元"]], [P, C, "rate", "rule"])
single("zh", 13, 5, "白霓镇新建的农贸市场花了多少钱？能摆多少个固定摊？", "总投资380万元", [["380万元"], ["260个"]], [P, C, "figure", "plan"])
single("zh", 14, 5, "代表提出干脆在公路边画线让大家摆摊，镇里同意没？", "在路边划线摆摊不符合公路安全管理要求", [["无法采纳"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "新市场的摊位费怎么收？本镇农民卖自家种的菜要钱吗？", "新市场固定摊位每个每月收费60元", [["60元"], ["免收摊位费"]], [P, C, "fee", "rule"])
single("zh", 16, 6, "张店城区一共有多少个井盖？归几家单位管？", "共有各类窨井盖约4.7万座", [["4.7万座"], ["11家"]], [P, C, "figure"])
single("zh", 17, 6, "委员想让住建局把所有井盖的维修都揽下来，住建局答应了吗？", "该建议不宜采纳", [["不宜采纳"], ["谁所有、谁负责", "无权代替"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "举报一个坏井盖能得什么奖励？去年一共奖了多少次？", "给予每次20元话费奖励", [["20元"], ["1140次"]], [P, C, "figure", "rule"])
single("zh", 19, 7, "鲁山2017年给柞蚕拿了多少钱？改了多少亩柞坡？", "2017年县财政安排柞蚕产业扶持资金120万元", [["120万元"], ["2600亩"]], [P, C, "figure", "done"])
single("zh", 20, 7, "提案想让县里把柞蚕保险的保费全掏了，财政局咋回的？", "县财政目前难以承担", [["暂无法采纳"], ["难以承担"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "今年县里准备给柞蚕这一块安排多少钱？", "安排柞蚕产业资金不低于150万元", [["150万元"]], [P, C, "figure", "plan"])
single("zh", 22, 8, "保亭槟榔黄化病现在发了多大面积？主要在哪几个镇？", "目前发病面积约2.8万亩", [["2.8万亩"], ["什玲"]], [P, C, "figure", "where"])
single("zh", 23, 8, "代表想按亩给得病的槟榔园发补助，农业农村局为啥不给？", "不在自然灾害救助范围内", [["超出我局职权"], ["不在自然灾害救助范围内", "难以承担"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "今年给受灾的槟榔户免费发了多少棵林下苗？", "免费发放益智、斑兰叶等林下种苗38万株", [["38万株"]], [P, C, "figure", "done"])
single("zh", 25, 9, "白兔镇种草莓有多少亩？产值多少？", "白兔镇　　9800", [["9800"], ["5.1"]], [P, C, "figure", "table"])
single("zh", 26, 9, "新建钢架大棚一亩补多少？2016年建了多少亩？", "对新建钢架大棚按每亩1500元给予补助", [["1500元"], ["3200亩"]], [P, C, "rate", "done"])
single("zh", 27, 9, "委员想让财政把草莓保险的钱全出了，农委怎么答的？", "保费全部由财政承担超出现行政策规定", [["暂不能采纳"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "柘荣会剪纸的艺人大概有多少？省级传承人有几个？", "全縣現有能獨立創作的剪紙藝人約420人", [["420人"], ["省級代表性傳承人3名"]], [P, C, "figure"])
single("zh", 29, 10, "剪纸传承人一年能领多少补助？", "每人每年給予傳承補助2400元", [["2400元"]], [P, C, "rate"])
single("zh", 30, 10, "委员要县里每年拿一百万搞剪纸基金，文体新局怎么回应？今年给了多少？", "一次性安排100萬元專項基金暫無法採納", [["暫無法採納"], ["30萬元"]], [P, C, "declined", "figure"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much central funding went to Qingtian County in 2020 for improving rice-fish paddies, and how many mu were upgraded?", "2020年，浙江省统筹中央资金680万元", [["680万元"], ["3400亩"]], [E, "figure", "done"])
single("en", 2, 1, "By when does the ministry expect the germplasm assessment of the Oujiang colour carp to be finished?", "预计2022年底前完成评估报告", [["2022年底前"]], [E, "date", "plan"])
single("en", 3, 2, "How much citrus greening control money did Wuming District receive in 2022, and how many diseased trees were removed across Guangxi?", "2022年自治区下达柑橘黄龙病防控资金2.3亿元", [["1350万元"], ["9.6万株"]], [E, "figure", "done"])
single("en", 4, 2, "How many cold storage facilities were built for Wuming's farm businesses in 2022, and how much capacity did they add?", "新增库容3.8万吨", [["62个"], ["3.8万吨"]], [E, "figure", "done"])
single("en", 5, 3, "How much did the Xiabu linen livestreaming base in Shuanglin sell online in the first half of 2019, and how many hosts work there?", "县工业和信息化局在双林镇建设夏布电商直播基地", [["1.3亿元"], ["35名"]], [E, "figure", "done"])
single("en", 6, 3, "Since 2018, how many batches of Fenyi linen products were spot-checked, and what was the pass rate?", "合格率为93.5%", [["46批次"], ["93.5%"]], [E, "figure", "done"])
single("en", 7, 4, "How many tea-garden pest monitoring points has Fenggang County built, and how many pest bulletins were issued in 2021?", "全县建成茶园病虫害监测点32个", [["32个"], ["18期"]], [E, "figure", "done"])
single("en", 8, 4, "By when should the remaining townships in Fenggang get pesticide-residue quick-test rooms, and how many townships is that?", "其余12个乡镇的快检室计划2023年底前建成", [["2023年底前"], ["12个"]], [E, "date", "plan"])
single("en", 9, 5, "On market days in Baini, how many traffic helpers are posted on the through road, and which body leads this?", "每个集日安排交通协管员6名", [["6名"], ["派出所"]], [E, "figure", "who"])
single("en", 10, 5, "How many cars will the new parking lot beside Baini's farmers' market hold?", "可停放车辆约80辆", [["80辆"]], [E, "figure", "plan"])
single("en", 11, 6, "How many smart monitoring manhole covers were installed in Zhangdian's pilot, and how quickly are alarms handled now?", "安装具有倾斜、位移报警功能的智能监测井盖620座", [["620座"], ["2小时"]], [E, "figure", "done"])
single("en", 12, 6, "How many anti-fall nets have been fitted in Zhangdian's drainage manholes, and how many more are planned this year?", "在排水检查井内加装防坠网9800座", [["9800座"], ["4000座"]], [E, "figure", "plan"])
single("en", 13, 7, "At what rate were tussah silkworm egg subsidies paid to rearing households in Lushan County in 2017?", "按每千克蚕卵60元的标准补贴给放养户", [["60元"]], [E, "rate", "done"])
single("en", 14, 7, "How much provincial intangible heritage money did the Lushan finance bureau pass on in 2017 for Lushan silk weaving, and what was it used for?", "2017年我局拨付省级非物质文化遗产保护专项资金20万元", [["20万元"], ["传习所", "带徒补助"]], [E, "figure", "done"])
single("en", 15, 8, "How many training sessions on areca palm disease control and fertilising did the Baoting bureau hold in the first half of 2020, and how many farmer attendances were there?", "举办槟榔病虫害绿色防控和科学施肥培训42期", [["42期"], ["2100人次"]], [E, "figure", "done"])
single("en", 16, 8, "Why does the Baoting agriculture bureau refuse to set a minimum purchase price for areca nuts?", "政府设定收购保护价缺乏法律和政策依据", [["缺乏法律和政策依据", "由市场供求决定"], ["无法采纳"]], [E, "declined", "reason"])
single("en", 17, 9, "Where and by when will Jurong's strawberry trading market be built, and how large is the site?", "交易市场拟建于白兔镇区北侧", [["白兔镇"], ["45亩"], ["2018年底前"]], [E, "where", "date", "plan"])
single("en", 18, 9, "How many virus-free strawberry seedlings can the Baitu nursery base supply a year, and what share of Jurong's growers used such seedlings in 2016?", "年可提供脱毒苗约3000万株", [["3000万株"], ["68%"]], [E, "figure"])
single("en", 19, 10, "How big will the Zherong paper-cutting exhibition hall be, and when is it due to open?", "建築面積860平方米", [["860平方米"], ["2016年5月"]], [E, "figure", "date", "plan"])
single("en", 20, 10, "How many primary and secondary schools in Zherong teach paper-cutting, and how many part-time teachers do they have?", "全縣已有14所中小學將剪紙納入興趣課或地方課程", [["14所"], ["26名"]], [E, "figure"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复青田稻鱼那件建议，发文字号是多少？", "=农渔议函〔2021〕76号", [["农渔议函〔2021〕76号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Guangxi agriculture department's reply on Wuming's wogan mandarins published online?", "发布日期：2023年07月31日", [["2023年07月31日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "分宜夏布那条建议，是哪两个部门联合答复的？", "=分宜县工业和信息化局　　分宜县市场监督管理局", [["分宜县工业和信息化局"], ["分宜县市场监督管理局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 4, "凤冈茶园病虫害那份提案答复，成文日期是哪天？", "[ 成文日期 ] | 2022-08-09", [["2022-08-09"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "白霓镇政府答复集市那条建议，落款日期是哪天？", "=二〇一六年八月二十九日", [["二〇一六年八月二十九日"]], [M, "lang:zh", "date"])
single("metadata", 6, 6, "Which session and proposal number does the Zhangdian reply on manhole covers answer?", "=关于区政协十五届三次会议第0086号提案的答复", [["十五届三次会议"], ["第0086号"]], [M, "lang:en", "proposal-number"])
single("metadata", 7, 7, "鲁山县财政局那份会办意见是写给哪个单位的？", "=县农业局：", [["县农业局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 8, 10, "Which CPPCC member submitted the Zherong paper-cutting proposal?", "=袁秀琴委員：", [["袁秀琴"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6: 3 zh + 3 en) ----------------
turns(1, 2, ["What did the Guangxi agriculture department say about price insurance for Wuming's wogan mandarins?", "And how much land was insured under the pilot in 2022?"],
      "2022年投保面积5.1万亩", [["5.1万亩"]], ["lang:en", "follow-up", "figure"])
turns(2, 4, ["凤冈县关于每个乡镇建茶叶农残快检室，是怎么答复的？", "已经建好的那两个，今年前七个月测了多少批茶青？查出禁用药没有？"],
      "2022年1—7月共检测茶青样品1260批次", [["1260批次"], ["未检出禁用农药"]], ["lang:zh", "follow-up", "figure", "done"])
turns(3, 6, ["How does Zhangdian's 'one manhole, one code' scheme work?", "How many codes have been sprayed so far?"],
      "已在排水井盖上喷涂编码3.2万个", [["3.2万个"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 7, ["鲁山县财政局对鲁山绸企业开发新产品有什么支持？", "那企业去外地参加丝绸展会，展位费能补吗？补多少？"],
      "可从县级商贸流通资金中按50%给予补助", [["50%"], ["3万元"]], ["lang:zh", "follow-up", "rate", "rule"])
turns(5, 9, ["What has Jurong done about strawberry pests and diseases?", "By how much did chemical pesticide use fall in those demonstration fields?"],
      "化学农药使用量较常规种植减少约30%", [["30%"]], ["lang:en", "follow-up", "figure", "done"])
turns(6, 3, ["分宜说要建夏布产业园，规划有多大？", "那搬进去的企业，厂房租金有啥优惠？"],
      "厂房租金前三年减半收取", [["前三年减半"]], ["lang:zh", "follow-up", "rule"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 4, 8, 9], "哪些答复函谈到了病虫害防控？各自做了些什么？",
      [["9.6万株", "33万亩次"], ["12.4万亩", "8.7万亩次"], ["42期", "1500亩"], ["6500亩"]], ["lang:zh", "theme:pest-control"])
multi(2, [2, 4, 8, 9], "Which replies deal with crop pest and disease control, and what did each bureau report doing?",
      [["木虱统防统治"], ["茶园病虫害监测点32个"], ["黄化病综合防控示范园"], ["捕食螨、使用熊蜂授粉"]], ["lang:en", "theme:pest-control"])
multi(3, [3, 7, 10], "各地答复里提到的非遗项目都有哪些？政府给了什么支持？",
      [["分宜夏布织造技艺"], ["鲁山绸织造技艺"], ["柘榮剪紙"]], ["lang:zh", "theme:intangible-heritage"])
multi(4, [3, 7, 10], "Which replies concern intangible cultural heritage, and what support do they describe for it?",
      [["传承补助"], ["20万元"], ["2400元"]], ["lang:en", "theme:intangible-heritage"])
multi(5, [2, 3, 9], "哪些答复函提到了用直播卖东西？效果怎么样？",
      [["28场", "4.6万吨"], ["1.3亿元", "35名"], ["12场"]], ["lang:zh", "theme:livestreaming"])
multi(6, [2, 3, 9], "Which replies mention livestream selling, and what do they report about it?",
      [["沃柑电商直播推介活动28场"], ["夏布电商直播基地"], ["网络直播推介12场"]], ["lang:en", "theme:livestreaming"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "方山乡一个乡就有多少亩稻鱼田？", "8.2万亩 county-wide; the core area lies in 方山乡, 仁庄镇 and 小舟山乡, with no split by township.", "part-of-stated-total", "zh"),
 (1, "青田田鱼在市场上多少钱一斤？", "Output (1460吨) only; no price.", "price-not-stated", "zh"),
 (1, "How many mu of rice-fish paddies are there in Wenxi town, Qingtian?", "温溪 is not named; only the county total and three core townships are given.", "another-place", "en"),
 (2, "陆斡镇种了多少亩沃柑？", "陆斡 is not named; the letter lists 双桥, 城厢, 宁武, 锣圩, 府城 and gives only the district total.", "another-place", "zh"),
 (2, "武鸣沃柑2021年产量是多少？", "Only 2022's 118万吨 is given.", "another-year", "zh"),
 (2, "What was the farm-gate price of wogan mandarins in Wuming in 2022?", "Output, insurance and sales only; no price (the letter speaks of 价格波动 only).", "price-not-stated", "en"),
 (3, "分宜夏布产业园一期总共要投资多少钱？", "Land (210亩), floor area (4.2万平方米) and a date only; no investment.", "cost-not-stated", "zh"),
 (3, "一米夏布现在卖多少钱？", "Output value (9.7亿元) only; no price.", "price-not-stated", "zh"),
 (3, "How many linen workshops are there in Yangqiao town alone?", "About 140 county-wide, concentrated in 双林, 湖泽 and 杨桥; no split by town.", "part-of-stated-total", "en"),
 (4, "土溪镇的茶园有多少亩？", "土溪 is not named; only the county total and four main towns are given.", "another-place", "zh"),
 (4, "凤冈2020年的茶叶产量是多少？", "Only 2021's 2.3万吨 is given.", "another-year", "zh"),
 (4, "Who heads the Fenggang County plant protection station?", "The station is named; no person is.", "person-not-stated", "en"),
 (5, "白霓新市场旁边的停车场，停一次车收多少钱？", "80 spaces; no parking fee (3元 is a temporary stall's fee).", "fee-not-stated", "zh"),
 (5, "白霓集市一个集日的成交额有多少？", "Visitors (1.2万人次) and stalls (430) only; no turnover.", "money-not-stated", "zh"),
 (5, "What is the name of the deputy mayor who led the inspection of the Baini market?", "The letter says 分管副镇长 without a name.", "person-not-stated", "en"),
 (6, "张店装一个智能井盖要花多少钱？", "620 installed; no cost.", "cost-not-stated", "zh"),
 (6, "车站街道有多少个问题井盖？", "车站街道 is not named; 1326 problem covers city-wide with no split.", "another-place", "zh"),
 (6, "How many problem manhole covers did Zhangdian find in 2022?", "Only the 2023 survey's 1326 are given.", "another-year", "en"),
 (7, "鲁山绸一米卖多少钱？", "New products and fair subsidies only; no price.", "price-not-stated", "zh"),
 (7, "鲁山县一年能产多少柞蚕茧？", "Area (1.1万亩) and money only; no output.", "count-not-stated", "zh"),
 (7, "How much did Lushan County spend on supporting tussah silkworm rearing in 2016?", "Only 2017's 120万元 and 2018's planned 150万元 are given.", "another-year", "en"),
 (8, "保亭槟榔现在的收购价一斤多少？", "The price is said to be set by the market; no figure.", "price-not-stated", "zh"),
 (8, "六弓乡槟榔黄化病的发病面积有多大？", "六弓 is not named; 2.8万亩 county-wide, mainly in 什玲, 三道, 加茂, 响水.", "another-place", "zh"),
 (8, "How much did the Baoting bureau spend on its yellow leaf disease demonstration gardens?", "1500亩 of gardens; no cost (2240万元 is the estimate for the refused subsidy).", "cost-not-stated", "en"),
 (9, "下蜀镇种了多少亩草莓？", "下蜀 is not named; 1100亩 is all other towns and streets together.", "another-place", "zh"),
 (9, "句容草莓采摘一斤多少钱？", "86万 pick-your-own visitors; no price.", "price-not-stated", "zh"),
 (9, "What was Jurong's strawberry output in 2015?", "Only 2016's figures are given.", "another-year", "en"),
 (10, "柘荣剪纸展示馆改造一共花了多少钱？", "Floor area and dates only; no cost.", "cost-not-stated", "zh"),
 (10, "柘荣剪纸是哪一年进的国家级非遗名录？", "The letter says it is on the national list, not since when.", "date-not-stated", "zh"),
 (10, "How many paper-cutting artists live in Fuxi town?", "About 420 county-wide; Fuxi has a training room, no count.", "part-of-stated-total", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa28.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
