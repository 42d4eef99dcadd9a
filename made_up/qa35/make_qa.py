#!/usr/bin/env python3
"""Generate qa35.jsonl (adapted from made_up/qa34/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa35.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q35-{n:02d}.txt"


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
    rows.append({"id": f"q35-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q35-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q35-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q35-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "安平那边搞丝网的企业大概有多少家？真正做进出口的有几家？", "安平县现有丝网生产和贸易企业约1.1万家", [["1.1万家"], ["860家"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让国家专门给安平丝网提高退税，商务部答应了没有？理由是啥？", "单独为一个地区的产品调整退税率不符合现行政策", [["暂不能采纳"], ["不符合现行政策"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "安平丝网碰上国外反倾销调查，商务部帮着组织了几家企业去应诉？结果咋样？", "组织46家企业积极应诉", [["46家"], ["2起"]], [P, C, "figure", "done"])
single("zh", 4, 2, "宣威做火腿的厂子有多少家？一年能出多少吨火腿？", "宣威市共有火腿加工企业156家", [["156家"], ["3.2万吨"]], [P, C, "figure"])
single("zh", 5, 2, "委员想让省里专门给宣威火腿弄个产业基金，厅里同意吗？为什么？", "省财政不再为单个产品新设基金", [["暂不能采纳"], ["不再为单个产品新设基金"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "宣威那个火腿检验站啥时候能建好？能测几项？", "可开展亚硝酸盐", [["2022年底前"], ["23项"]], [P, C, "date", "plan"])
single("zh", 7, 3, "岐山卖臊子面的馆子有多少家？给馆子做面条、臊子的小作坊又有多少户？", "全县登记经营臊子面的餐馆共426家", [["426家"], ["58户"]], [P, C, "figure"])
single("zh", 8, 3, "县里给小作坊改造一共拿了多少钱？一户最多能补多少？", "今年县财政安排资金90万元", [["90万元"], ["1.5万元"]], [P, C, "figure", "rule"])
single("zh", 9, 3, "代表想在县城弄个做臊子面的加工园子，为啥没同意？", "集中搬迁意愿不强", [["暂不能采纳"], ["3500万元", "县级财力难以承担", "集中搬迁意愿不强"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "瓜州的蜜瓜种了多少亩？一年能收多少？", "全县蜜瓜种植面积约11.6万亩", [["11.6万亩"], ["29万吨"]], [P, C, "figure"])
single("zh", 11, 4, "瓜州这两年盖了多少座冷库？瓜摘下来以后能预冷的比例提到多少了？", "建成预冷库、冷藏库31座", [["31座"], ["35%"]], [P, C, "figure", "done"])
single("zh", 12, 4, "往省外用冷链发蜜瓜，县里能补多少运费？一户一年封顶多少？", "县财政按实际运费的20%给予补贴", [["20%"], ["5万元"]], [P, C, "rate", "rule"])
single("zh", 13, 5, "三道桥镇种了多少葵花？一年产多少？", "2014年全镇葵花种植面积约9.8万亩", [["9.8万亩"], ["2.1万吨"]], [P, C, "figure"])
single("zh", 14, 5, "镇上花了多少钱修晒葵花的场子？修了几处？", "今年镇政府利用一事一议财政奖补资金115万元", [["115万元"], ["9处"]], [P, C, "figure", "done"])
single("zh", 15, 5, "代表想让镇政府自己盖个葵花烘干塔，镇里怎么回的？", "宜由企业或合作社投资建设", [["不能采纳"], ["超出镇级财力", "经营性项目", "400万元"]], [P, C, "declined", "reason"])
single("zh", 16, 6, "合川做桃片的有证企业有几家？小作坊有多少？", "目前全区取得食品生产许可证的桃片生产企业9家", [["9家"], ["43家"]], [P, C, "figure"])
single("zh", 17, 6, "今年查桃片，一共查出多少问题？罚了多少钱？", "发现问题隐患74个", [["74个"], ["4.6万元"]], [P, C, "figure", "done"])
single("zh", 18, 6, "委员想让小作坊做检验不花钱，市场监管局能不能给免了？", "我局无权决定免收", [["无法采纳"], ["无权决定免收"]], [P, C, "declined", "reason"])
single("zh", 19, 7, "荥经现在还在烧砂器的窑口有多少个？每个窑一年烧掉多少柴？", "目前古城村及周边仍在生产的砂器窑口共27个", [["27个"], ["40吨"]], [P, C, "figure"])
single("zh", 20, 7, "能不能每年给窑口划一片山专门砍柴？林业局怎么说？", "不能为砂器烧制专门安排采伐指标", [["无法采纳"], ["天然林禁止商业性采伐", "不能为砂器烧制专门安排采伐指标"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "种薪炭林有补助吗？一亩补多少？要种多大才给？", "按每亩300元给予一次性苗木补助", [["300元"], ["50亩以上"]], [P, C, "rate", "rule"])
single("zh", 22, 8, "兴凯湖大白鱼一年产多少？值多少钱？", "2023年全市兴凯湖大白鱼捕捞和养殖产量约1350吨", [["1350吨"], ["1.1亿元"]], [P, C, "figure"])
single("zh", 23, 8, "代表想让市里掏钱建个大白鱼加工园，为啥不行？", "再由财政投资新建加工园区既无必要", [["不能采纳"], ["不足加工能力的四成", "既无必要"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "打鱼的日子能不能放长一点？市里能定吗？", "市级无权调整", [["无法采纳"], ["省级主管部门", "市级无权调整"]], [P, C, "declined", "who"])
single("zh", 25, 9, "瓦房镇种了多少绿豆？产值多少？", "瓦房镇　　8.2", [["8.2"], ["7200"]], [P, C, "figure", "table"])
single("zh", 26, 9, "洮南绿豆示范区搞了几个？亩产比一般地里高多少？", "示范区亩产比全市平均水平高约18公斤", [["2个"], ["18公斤"]], [P, C, "figure", "done"])
single("zh", 27, 9, "委员想按亩给种绿豆的补钱，农业局给不给？", "暂时无法按面积对绿豆种植给予补贴", [["暂时无法按面积对绿豆种植给予补贴"], ["没有针对绿豆种植的专项补贴", "市级财力有限"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "玉屏做箫笛的有多少家？一年能做多少支？", "目前全縣從事簫笛生產的企業和作坊共37家", [["37家"], ["62萬支"]], [P, C, "figure"])
single("zh", 29, 10, "箫笛展示馆准备放在哪？啥时候能开门？", "縣政府已同意利用平溪街道原縣文化館舊址", [["平溪街道"], ["2021年9月前"]], [P, C, "where", "date", "plan"])
single("zh", 30, 10, "做箫笛的企业想少交点税，县里能不能给免？", "縣級無權減免", [["無法採納"], ["縣級無權減免", "由國家統一制定"]], [P, C, "declined", "reason"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much were Anping's wire mesh exports worth in 2015, and to how many countries and regions are the products sold?", "2015年丝网产品出口额约9.3亿美元", [["9.3亿美元"], ["150多个"]], [E, "figure"])
single("en", 2, 1, "How much provincial money did Hebei set aside for the Anping wire mesh base's public service platform, and what is it for?", "省财政安排公共服务平台建设资金600万元", [["600万元"], ["丝网产品检测中心", "海外市场信息服务平台"]], [E, "figure", "done"])
single("en", 3, 2, "Since 2019, how many Xuanwei ham projects has the Yunnan agriculture department supported, and with how much money?", "累计支持宣威火腿企业改造发酵库", [["19个"], ["1680万元"]], [E, "figure", "done"])
single("en", 4, 2, "In the 2020 check on the geographical indication mark, how many Xuanwei ham companies were checked and how many were told to stop using the mark?", "2020年共核查使用企业63家", [["63家"], ["8家"]], [E, "figure", "done"])
single("en", 5, 3, "When will the unified packaging for Qishan saozi noodles be handed out, and how many bags will be printed in the first batch?", "拟于今年9月底前", [["9月底前"], ["20万个"]], [E, "date", "figure", "plan"])
single("en", 6, 3, "How many saozi noodle businesses in Qishan have opened online shops, and how many people were trained to run them?", "目前全县有42户在电商平台开设网店", [["42户"], ["210人次"]], [E, "figure", "done"])
single("en", 7, 4, "Where will Guazhou build its melon trading market, how much land will it take, and when should construction start?", "县政府已同意在渊泉镇规划建设蜜瓜产地交易市场", [["渊泉镇"], ["80亩"], ["2020年4月"]], [E, "where", "figure", "plan"])
single("en", 8, 4, "Where will Guazhou pilot target-price insurance for melons, and over how large an area?", "计划2020年在锁阳城镇开展蜜瓜目标价格保险试点", [["锁阳城镇"], ["3000亩"]], [E, "where", "figure", "plan"])
single("en", 9, 5, "How many weighing instruments at sunflower seed buying points in Sandaoqiao were checked, and how many failed?", "今年共检定计量器具46台", [["46台"], ["5台"]], [E, "figure", "done"])
single("en", 10, 5, "What training did Sandaoqiao give against sunflower disease, and how large is the crop-rotation demonstration field?", "培训农民420人次", [["6场", "420人次"], ["800亩"]], [E, "figure", "done"])
single("en", 11, 6, "Where will Hechuan build the concentrated processing area for peach slice workshops, how many workshops will it hold, and by when?", "区政府已同意在钱塘镇规划桃片小作坊集中加工区", [["钱塘镇"], ["20家"], ["2023年6月前"]], [E, "where", "figure", "plan"])
single("en", 12, 6, "How many batches of peach slices were sampled in the first half of the year, and why did the failed batches fail?", "今年上半年抽检桃片产品88批次", [["88批次"], ["过氧化值超标"]], [E, "figure", "reason"])
single("en", 13, 7, "How much forest tending residue has the Yingjing forestry bureau arranged for the pottery kilns since 2016?", "已协调供应抚育剩余物约620吨", [["620吨"]], [E, "figure", "done"])
single("en", 14, 7, "How many fire-fighting kits did the Yingjing forestry bureau give to Gucheng village, and how many joint patrols were held in the spring fire season?", "我局已为古城村配发灭火器具60套", [["60套"], ["12次"]], [E, "figure", "done"])
single("en", 15, 8, "To which department did the Mishan agriculture bureau pass the suggestion about a whitefish food festival?", "我局已将建议转市文化广电和旅游局研究", [["市文化广电和旅游局"]], [E, "who", "declined"])
single("en", 16, 8, "What cold storage did Mishan help build for Xingkai Lake whitefish in 2023?", "我局支持2家企业在当壁镇建成冷藏库2座", [["2座"], ["800吨"]], [E, "figure", "done"])
single("en", 17, 9, "How many companies and cooperatives may use the Taonan mung bean geographical indication, and how often does the bureau check them?", "全市获准使用农产品地理标志的企业和合作社共14家", [["14家"], ["每年组织1次"]], [E, "figure", "rule"])
single("en", 18, 9, "How much mung bean did Taonan export in 2013, and how many sorting and processing companies does it have?", "2013年出口绿豆约1.2万吨", [["1.2万吨"], ["23家"]], [E, "figure"])
single("en", 19, 10, "How much training subsidy do national-level and provincial-level inheritors of Yuping flute making receive each year?", "對國家級、省級傳承人每年分別給予傳習補助2萬元", [["2萬元"], ["8000元"]], [E, "figure", "rate"])
single("en", 20, 10, "How large is the water bamboo base for Yuping flutes, in which town is it, and how large should it be by the end of 2021?", "縣林業局已在朱家場鎮建成水竹原料基地1200畝", [["1200畝"], ["2000畝"], ["朱家場鎮"]], [E, "figure", "where", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "商务部答复安平丝网那条建议，文号是多少？", "文　　号：商贸函〔2016〕512号", [["商贸函〔2016〕512号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "According to the index table, on what date was the Yunnan agriculture department's reply on the Xuanwei ham proposal written?", "发布机构：云南省农业农村厅", [["2021-07-20"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "岐山臊子面那份答复是哪两个单位联合答复的？", "=岐山县市场监督管理局　　岐山县商务局", [["岐山县市场监督管理局"], ["岐山县商务局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 5, "三道桥镇政府对葵花那条建议的答复，落款是哪天？", "=二〇一五年六月二十九日", [["二〇一五年六月二十九日"]], [M, "lang:zh", "date"])
single("metadata", 5, 6, "What is the index number of the Hechuan market supervision bureau's reply on peach slices?", "| 索引号 |", [["11500117MB1K23-2022-00093"]], [M, "lang:en", "index-number"])
single("metadata", 6, 7, "荥经县林业局关于砂器的会办意见是发给哪个单位的？", "=荥经县文化体育和旅游局：", [["荥经县文化体育和旅游局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 7, 8, "密山市农业农村局那份大白鱼答复，签发人是谁？", "签发人：栾树森", [["栾树森"]], [M, "lang:zh", "signer"])
single("metadata", 8, 10, "Who made the suggestion on Yuping flutes that the county culture bureau answered?", "=楊勝權代表：", [["楊勝權"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What will the Ministry of Commerce do next for Anping wire mesh companies facing trade remedy cases abroad?", "What exactly will be set up, and how often will warnings go out?"],
      "每季度向企业发布重点市场预警信息", [["贸易摩擦预警点"], ["每季度"]], ["lang:en", "follow-up", "plan"])
turns(2, 3, ["岐山臊子面打算定个统一的做法规矩吗？", "谁来起草？啥时候发布？"],
      "正在指导县餐饮行业协会起草", [["县餐饮行业协会"], ["今年11月"]], ["lang:zh", "follow-up", "who", "date", "plan"])
turns(3, 4, ["What has Guazhou done to standardise melon growing?", "How many demonstration bases were built, and how much more do they earn per mu?"],
      "建设蜜瓜标准化示范基地4个", [["4个"], ["900元"]], ["lang:en", "follow-up", "figure", "done"])
turns(4, 6, ["桃片小作坊改造升级，区里有没有奖励？", "一家能拿多少？今年改好了几家？"],
      "给予每户1万元奖励", [["1万元"], ["17家"]], ["lang:zh", "follow-up", "figure", "done"])
turns(5, 8, ["捕大白鱼的人想要燃油补贴，有戏吗？", "那现在这笔油价补贴是怎么用的？"],
      "不再按船发放", [["按项目统筹使用"], ["暂不能采纳", "不再按船发放"]], ["lang:zh", "follow-up", "declined", "reason"])
turns(6, 10, ["What is Yuping doing to train young flute makers?", "Where is the flute-making class, and how many students has it trained?"],
      "在縣職業技術學校開設簫笛製作班", [["縣職業技術學校"], ["74名"]], ["lang:en", "follow-up", "where", "figure"])
# ---------------- multi_letter (6) ----------------
multi(1, [3, 7, 10], "哪些答复函提到了非物质文化遗产？分别是什么手艺？",
      [["岐山臊子面制作技艺"], ["荥经砂器烧制技艺"], ["玉屏簫笛製作技藝"]], ["lang:zh", "theme:intangible-heritage"])
multi(2, [3, 7, 10], "Which replies concern a craft listed as intangible cultural heritage, and at what level is each listed?",
      [["陕西省非物质文化遗产"], ["国家级非物质文化遗产"], ["國家級非物質文化遺產"]], ["lang:en", "theme:intangible-heritage"])
multi(3, [2, 4, 9], "哪几份答复里讲到了地理标志产品？各是什么东西？",
      [["宣威火腿"], ["瓜州蜜瓜"], ["洮南绿豆"]], ["lang:zh", "theme:geographical-indication"])
multi(4, [2, 4, 9], "Which replies report on the use of a geographical indication mark, and what figures do they give?",
      [["63家", "8家"], ["12家", "3起"], ["14家"]], ["lang:en", "theme:geographical-indication"])
multi(5, [4, 8], "哪些答复函讲到了冷链或者冷藏库？各建了多少？",
      [["31座"], ["冷藏库2座"]], ["lang:zh", "theme:cold-chain"])
multi(6, [4, 8], "Which replies mention cold-chain support, and what figures do they give?",
      [["1260万元", "2.3万吨"], ["冷链运输车4辆", "800吨"]], ["lang:en", "theme:cold-chain"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "饶阳县有多少家丝网企业？", "饶阳 is not named; 1.1万家 and 860家 are Anping's.", "another-place", "zh"),
 (1, "安平的不锈钢丝网出口一平方米卖多少钱？", "Export value (9.3亿美元) and markets only; no unit price.", "price-not-stated", "zh"),
 (1, "What were Anping's wire mesh exports worth in 2014?", "Only 2015's 9.3亿美元 is given.", "another-year", "en"),
 (2, "富源县有多少家火腿加工企业？", "富源 is not named; 156 firms are Xuanwei's.", "another-place", "zh"),
 (2, "宣威火腿现在多少钱一斤？", "Output (3.2万吨) and output value (37亿元) only; no price.", "price-not-stated", "zh"),
 (2, "When will the Xuanwei ham industry development plan be issued?", "The department will guide Xuanwei to draw up a 2021-2025 plan; no issue date is given.", "date-not-stated", "en"),
 (3, "扶风县有多少家臊子面馆？", "扶风 is not named; the 426 restaurants are Qishan's.", "another-place", "zh"),
 (3, "岐山臊子面一碗卖多少钱？", "Restaurants counted and revenue (3.4亿元) only; no price.", "price-not-stated", "zh"),
 (3, "Who is the head of the Qishan catering industry association?", "The association drafts the group standard; no person in it is named.", "person-not-named", "en"),
 (4, "玉门市种了多少亩蜜瓜？", "玉门 is not named; 11.6万亩 is Guazhou's.", "another-place", "zh"),
 (4, "瓜州蜜瓜地头收购价一斤多少钱？", "Prices are said to swing; no price is given (价格 appears only in 价格波动 and 目标价格保险).", "price-not-stated", "zh"),
 (4, "How much will the Guazhou melon trading market cost to build?", "Site (渊泉镇), land (80亩) and start (2020年4月) only; no investment.", "money-not-stated", "en"),
 (5, "五原县种了多少亩葵花？", "五原 is not named; 9.8万亩 is Sandaoqiao's.", "another-place", "zh"),
 (5, "三道桥今年葵花籽收购价是多少钱一斤？", "Scales and complaints are discussed; no purchase price.", "price-not-stated", "zh"),
 (5, "How large was Sandaoqiao's sunflower area in 2013?", "Only 2014's 9.8万亩 is given.", "another-year", "en"),
 (6, "华蓥市有几家桃片企业？", "华蓥 is not named; 9 licensed firms and 43 workshops are Hechuan's.", "another-place", "zh"),
 (6, "合川桃片一盒卖多少钱？", "Output (2600吨) and value (1.9亿元) only; no price.", "price-not-stated", "zh"),
 (6, "How much does a food inspection of a peach slice workshop cost?", "Fees are charged at market prices (检验费用按市场价格收取); no figure.", "fee-not-stated", "en"),
 (7, "天全县还有多少个砂器窑口？", "天全 is not named; the 27 kilns are in and around 古城村.", "another-place", "zh"),
 (7, "一口荥经砂锅卖多少钱？", "Kilns and fuel are counted; no price.", "price-not-stated", "zh"),
 (7, "How many inheritors of Yingjing black pottery firing have been recognised?", "Inheritor recognition is said to be the culture bureau's remit; no count.", "count-not-stated", "en"),
 (8, "虎林市大白鱼一年产多少？", "虎林 is not named; 1350吨 is Mishan's.", "another-place", "zh"),
 (8, "兴凯湖大白鱼现在多少钱一斤？", "Output (1350吨) and value (1.1亿元) only; no price.", "price-not-stated", "zh"),
 (8, "How many tonnes of Xingkai Lake whitefish did Mishan produce in 2022?", "Only 2023's 1350吨 is given.", "another-year", "en"),
 (9, "大安市种了多少亩绿豆？", "大安 is not named; 46万亩 is Taonan's.", "another-place", "zh"),
 (9, "洮南绿豆现在收购价一斤多少钱？", "Area, output and value only; no price.", "price-not-stated", "zh"),
 (9, "How much will the Taonan mung bean and grain trading market cost to build?", "Site (万宝镇), land (50亩) and listing as a 2015 key project only; no investment.", "money-not-stated", "en"),
 (10, "岑巩县有几家做箫笛的企业？", "岑巩 is not named; the 37 producers are Yuping's.", "another-place", "zh"),
 (10, "玉屏箫笛一支卖多少钱？", "Output (62萬支) and sales (5400萬元) only; no price.", "price-not-stated", "zh"),
 (10, "How much will it cost to turn the old cultural centre into the Yuping flute exhibition hall?", "Floor area (1500平方米) and dates only; no investment.", "money-not-stated", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa35.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
