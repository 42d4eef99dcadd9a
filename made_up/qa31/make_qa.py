#!/usr/bin/env python3
"""Generate qa31.jsonl (adapted from made_up/qa24/make_qa.py). Each reference is cut out of its
letter by a key that must occur once: the whole sentence holding the key (a sentence ends at 。！？
or a line break, so a row of letter 09's table is a line); for metadata, the whole line ("=" before a
key asks for a line equal to it). gold_section_keywords are the title of the top-level 一、 heading
above the reference ([] for letters without such headings, for metadata, and for a reference above
the first heading). Kept for transparency; qa31.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read().split("\n", 3)[3]
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q31-{n:02d}.txt"


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
    rows.append({"id": f"q31-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q31-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q31-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q31-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "察右前旗一年繁育种薯大概多大面积？能产多少种薯？", "2019年全旗种薯繁育面积约18.6万亩", [["18.6万亩"], ["37万吨"]], [P, C, "figure"])
single("zh", 2, 1, "代表想让国家把种薯列进强制认证的名单里，农业农村部同意没有？为啥？", "将种薯列入强制性认证目录缺乏法律依据", [["暂不能采纳"], ["缺乏法律依据", "自愿性认证"]], [P, C, "declined", "reason"])
single("zh", 3, 1, "从察右前旗往外省调种薯，运费部里能按吨给点补贴不？", "运输补贴不在种业扶持资金的支出范围之内", [["无法安排"], ["不在种业扶持资金的支出范围之内"]], [P, C, "declined", "reason"])
single("zh", 4, 2, "吉隆口岸2022年进出口货物走了多少吨？做了多少钱的买卖？", "2022年吉隆口岸完成进出口货运量6.8万吨", [["6.8万吨"], ["21.4亿元"]], [P, C, "figure"])
single("zh", 5, 2, "委员想按趟数给跑吉隆口岸的货车补运费，商务厅咋答复的？", "设立此项补贴缺乏依据", [["暂无法采纳"], ["缺乏依据"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "口岸那边打算盖的冷库能装多少吨？啥时候能建好？", "库容800吨", [["800吨"], ["2024年9月底前"]], [P, C, "figure", "date", "plan"])
single("zh", 7, 3, "庄浪那些淀粉厂一年设计能吃进多少鲜土豆？去年实际用了多少？", "年设计加工鲜薯48万吨", [["48万吨"], ["31万吨"]], [P, C, "figure"])
single("zh", 8, 3, "淀粉厂把处理过的污水浇到庄稼地里，县里一亩补几块钱？一个厂一年顶多补多少？", "每还田一亩补助60元", [["60元"], ["30万元"]], [P, C, "rate", "rule"])
single("zh", 9, 3, "老百姓自己开的小淀粉作坊，代表想让它们在加工季临时开工，县里答应了吗？", "该建议不能采纳", [["不能采纳"], ["违反水污染防治有关法律规定", "废水直排河道"]], [P, C, "declined", "reason"])
single("zh", 10, 4, "千阳现在有多少绣娘常年做刺绣？去年绣品一共卖了多少钱？", "目前全县常年从事刺绣的绣娘约3600人", [["3600人"], ["2900万元"]], [P, C, "figure"])
single("zh", 11, 4, "委员说给做刺绣的妇女每个月发点生活费，文旅局同意了没？", "此项建议暂不能采纳", [["暂不能采纳"], ["难以承担", "无此类补助政策"]], [P, C, "declined", "reason"])
single("zh", 12, 4, "刺绣产业园准备放在哪个镇？什么时候动工？", "拟选址张家塬镇", [["张家塬镇"], ["2026年上半年"]], [P, C, "where", "date", "plan"])
single("zh", 13, 5, "托斯特乡现在一共养了几峰骆驼？能挤奶的母驼有多少？", "全乡骆驼存栏2870峰", [["2870峰"], ["640峰"]], [P, C, "figure"])
single("zh", 14, 5, "代表想在乡里办个驼奶粉厂，乡政府是怎么说的？", "该建议无法采纳", [["无法采纳"], ["1500万元", "乡级财力无法承担"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "牧民新买种公驼，一峰能补多少钱？今年准备补几峰？", "每峰补助2000元", [["2000元"], ["20峰"]], [P, C, "rate", "plan"])
single("zh", 16, 6, "东丽区到2018年底总共改掉了多少台烧煤的锅炉？合计多少蒸吨？", "全区累计完成燃煤锅炉改燃或并网216台", [["216台"], ["1470蒸吨"]], [P, C, "figure", "done"])
single("zh", 17, 6, "改烧天然气以后企业嫌气太贵，委员想让政府贴补气价，环境局怎么回的？", "此项建议暂不能采纳", [["暂不能采纳"], ["区级无权调整", "缺乏政策依据"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "燃气锅炉做低氮改造，区里按啥标准给钱？今年已经拨了多少？", "区财政按每蒸吨1.5万元的标准给予改造补助", [["1.5万元"], ["186万元"]], [P, C, "rate", "done"])
single("zh", 19, 7, "海城眼下有多少个菱镁矿的采矿权？一年大概开采多少矿石？", "全市共有菱镁矿采矿权38个", [["38个"], ["1260万吨"]], [P, C, "figure"])
single("zh", 20, 7, "有委员想再批一些小型菱镁矿，自然资源局同意不？", "此项建议不予采纳", [["不予采纳"], ["须达到大型规模", "不再新设小型菱镁矿采矿权"]], [P, C, "declined", "reason"])
single("zh", 21, 7, "这几年废弃矿坑修复一共修了多少亩？用了多少钱？", "已完成修复面积约4300亩", [["4300亩"], ["1.36亿元"]], [P, C, "figure", "done"])
single("zh", 22, 8, "达古冰川2023年来了多少游客？一年出了多少起需要救助的事？", "2023年景区接待游客约29万人次", [["29万人次"], ["46起"]], [P, C, "figure"])
single("zh", 23, 8, "代表想修条路直通冰舌跟前，县文体旅局为啥不干？", "修建步道既不符合生态保护要求", [["无法采纳"], ["生态保护红线", "暗裂隙", "冰崩"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "景区专职救援队现在有几个人？医疗点备了多少个氧气瓶？", "现有队员16人", [["16人"], ["120个"]], [P, C, "figure", "done"])
single("zh", 25, 9, "霞若乡一年能采多少吨松茸？值多少钱？", "霞若乡　　1130", [["94"], ["4720"]], [P, C, "figure", "table"])
single("zh", 26, 9, "进山采松茸的人上的意外险，一个人一年保费多少？去年保了多少人？", "每人每年保费50元", [["50元"], ["4100人"]], [P, C, "rate", "figure", "done"])
single("zh", 27, 9, "委员建议给松茸定个保底的收购价，林草局答应没？", "政府制定最低收购价缺乏政策依据", [["不能采纳"], ["缺乏政策依据"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "龙井老梨园改造一亩给补多少？这两年一共改了多少亩？", "兩年共改造1650畝", [["600元"], ["1650畝"]], [P, C, "rate", "done"])
single("zh", 29, 10, "代表想让市里每年出一千万弄个苹果梨基金，农业局怎么答复的？", "單獨設立產業基金暫無法採納", [["暫無法採納"], ["市本級財力緊張"]], [P, C, "declined", "reason"])
single("zh", 30, 10, "合作社自己盖小冷库，龙井市给什么补助？", "每噸庫容補助300元", [["300元"], ["50噸以上"]], [P, C, "rate", "rule"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How much central budget investment did the Ministry give in 2019 for the virus-free seed potato multiplication base in Tuguiwula, and how much tissue culture floor space was built?", "安排中央预算内投资2600万元", [["2600万元"], ["9000平方米"]], [E, "figure", "done"])
single("en", 2, 1, "How long does it now take to get a quarantine certificate for shipping seed potatoes out of Inner Mongolia, and how long did it take before?", "办理时限由7个工作日压缩为3个工作日", [["3个工作日"], ["7个工作日"]], [E, "figure", "done"])
single("en", 3, 2, "How much money did the Tibet commerce department put into expanding the Gyirong port freight yard, and how many truck parking spaces were added?", "支持吉隆口岸货场扩建", [["1900万元"], ["140个"]], [E, "figure", "done"])
single("en", 4, 2, "How many snow-clearing machines are at the road maintenance point in Zongga, and by how many days did snow closures of the port road fall?", "配备除雪设备9台", [["9台"], ["11天"]], [E, "figure"])
single("en", 5, 3, "How much would a central starch wastewater treatment plant in Zhuanglang cost, and when do the bureaus hope to start building it?", "集中处理厂需投资约6500万元", [["6500万元"], ["2018年"]], [E, "figure", "plan"])
single("en", 6, 3, "During the last processing season, how many night inspections did the two Zhuanglang bureaus carry out, and how many illegal discharges did they catch?", "两局联合开展夜间检查23次", [["23次"], ["2起"]], [E, "figure", "done"])
single("en", 7, 4, "How many embroidery training classes did Qianyang run in 2024, and how many trainees earned a vocational skills certificate?", "举办刺绣技能培训班26期", [["26期"], ["412人"]], [E, "figure", "done"])
single("en", 8, 4, "Which body is handling the collective trademark application for Qianyang embroidery, and when was it filed?", "该局已于今年3月向国家知识产权局提交了集体商标注册申请", [["县市场监督管理局"], ["今年3月"]], [E, "who", "date"])
single("en", 9, 5, "How much county livestock money did Tosite township get for its milk collection point, and how many milking machines does the point have?", "争取县级畜牧业发展资金42万元", [["42万元"], ["12台"]], [E, "figure", "done"])
single("en", 10, 5, "Until its own refrigerated truck arrives, how does the Tosite cooperative get camel milk collected and moved?", "由合作社租用县城企业的冷藏车每周集中收运两次", [["租用县城企业的冷藏车"], ["每周集中收运两次"]], [E, "plan", "how"])
single("en", 11, 6, "How many kilometres of medium-pressure gas pipeline will be built in Junliangcheng and Jinqiao this year, and by when should gas flow?", "新建中压燃气管线21公里", [["21公里"], ["11月底前"]], [E, "figure", "date"])
single("en", 12, 6, "How many gas boilers did the Dongli ecology bureau inspect this year, and how many problems were found?", "检查锅炉148台", [["148台"], ["22个"]], [E, "figure", "done"])
single("en", 13, 7, "How much mined land does the Haicheng natural resources bureau plan to restore this year, and by when will work start?", "今年计划再完成修复面积1200亩", [["1200亩"], ["8月底前"]], [E, "figure", "plan"])
single("en", 14, 7, "How many geological hazard spots did last year's survey of magnesite mines in Haicheng find, and how many have been fixed?", "去年排查发现隐患点14处", [["14处"], ["11处"]], [E, "figure", "done"])
single("en", 15, 8, "Did the Heishui bureau agree to buy high-altitude accident insurance for every visitor to Dagu Glacier, and why?", "政府统一出资购买没有政策依据", [["不能采纳"], ["没有政策依据", "超出我局职权", "难以承担"]], [E, "declined", "reason"])
single("en", 16, 8, "According to the Heishui reply, which departments should study a helicopter landing site at Dagu Glacier?", "需由应急管理部门会同民航管理部门统筹研究", [["应急管理部门"], ["民航管理部门"]], [E, "who", "declined"])
single("en", 17, 9, "Where will Deqin's matsutake trading market be built, how much land will it take, and when should construction start?", "拟选址升平镇", [["升平镇"], ["30亩"], ["2022年"]], [E, "where", "figure", "plan"])
single("en", 18, 9, "How many matsutake buying points were registered in Deqin in 2020, and how many cases of buying immature mushrooms were dealt with?", "2020年全县登记松茸收购点68个", [["68个"], ["9起"]], [E, "figure", "done"])
single("en", 19, 10, "How big was the apple-pear frost insurance pilot in Dongshengyong town in 2016, and what is the premium per mu?", "2016年在東盛湧鎮投保果園1200畝", [["1200畝"], ["80元"]], [E, "figure", "rate"])
single("en", 20, 10, "Where will Longjing's new cold-chain logistics centre for fruit be built, and when is construction due to start?", "選址智新鎮", [["智新鎮"], ["2017年"]], [E, "where", "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "农业农村部答复察右前旗种薯认证那条建议，发文字号是多少？", "=农种字〔2020〕163号", [["农种字〔2020〕163号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "On what date was the Tibet commerce department's answer to proposal 0295 on the Gyirong port published online?", "发布日期：2023年08月22日", [["2023年08月22日"]], [M, "lang:en", "date"])
single("metadata", 3, 3, "庄浪淀粉废水那份答复，是哪两个单位一起落款的？", "=庄浪县工业和信息化局　　庄浪县环境保护局", [["庄浪县工业和信息化局"], ["庄浪县环境保护局"]], [M, "lang:zh", "issuer", "joint"])
single("metadata", 4, 4, "千阳县文旅局那份刺绣提案的答复，签发人是谁？", "签发人：杜文军", [["杜文军"]], [M, "lang:zh", "signer"])
single("metadata", 5, 5, "托斯特乡政府答复驼奶那条建议，落款日期是哪天？", "=二〇一五年七月二十日", [["二〇一五年七月二十日"]], [M, "lang:zh", "date"])
single("metadata", 6, 6, "Which CPPCC session and proposal number does the Dongli ecology bureau's reply on coal-fired boilers answer?", "=关于区政协十二届三次会议第0147号提案的答复", [["十二届三次会议"], ["第0147号"]], [M, "lang:en", "proposal-number"])
single("metadata", 7, 7, "海城自然资源局关于菱镁的会办意见，是写给哪个单位的？", "=海城市工业和信息化局：", [["海城市工业和信息化局"]], [M, "lang:zh", "addressee", "co-handling"])
single("metadata", 8, 10, "Who made the suggestion that the Longjing agriculture bureau answered about apple-pears?", "=金英哲代表：", [["金英哲"]], [M, "lang:en", "proposer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["What does the Ministry of Agriculture plan for tracing seed potato quality?", "Where will the pilot start, and what can buyers see when they scan the code?"],
      "明年先在察哈尔右翼前旗试点", [["察哈尔右翼前旗"], ["繁育企业", "种薯级别", "检验结果"]], ["lang:en", "follow-up", "plan"])
turns(2, 3, ["庄浪县对淀粉废水还田是怎么安排的？", "那些浇了废水的地，土壤多久测一回？谁去测？"],
      "每年监测一次", [["每年监测一次"], ["县环境保护局"]], ["lang:zh", "follow-up", "plan", "who"])
turns(3, 5, ["托斯特乡在驼奶合作社这块做了些啥？", "现在入社的有多少户？今年上半年收了多少奶？"],
      "目前入社牧户48户", [["48户"], ["96吨"]], ["lang:zh", "follow-up", "figure", "done"])
turns(4, 6, ["What will Dongli do next about coal-fired boilers?", "Which neighbourhoods will get regular patrols against coal boilers coming back?"],
      "对华明街道、新立街道等城乡结合部开展常态化巡查", [["华明街道"], ["新立街道"]], ["lang:en", "follow-up", "where", "plan"])
turns(5, 8, ["What has Heishui done so far about visitor safety at Dagu Glacier?", "How long are the new anti-slip railings, and how many warning signs were added?"],
      "防滑护栏1.4公里", [["1.4公里"], ["58块"]], ["lang:en", "follow-up", "figure", "done"])
turns(6, 9, ["德钦在松茸资源保护上做了些什么？", "轮采轮封的示范区划了几片？一共多大？"],
      "划定松茸轮采轮封示范区5片", [["5片"], ["3.2万亩"]], ["lang:zh", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [1, 3], "哪些答复函涉及马铃薯？分别讲的是什么事？",
      [["脱毒种薯", "种薯质量认证"], ["淀粉加工企业", "淀粉废水"]], ["lang:zh", "theme:potato"])
multi(2, [1, 3], "Which replies deal with potatoes, and what output figures do they give?",
      [["18.6万亩", "37万吨"], ["48万吨", "5.2万吨"]], ["lang:en", "theme:potato"])
multi(3, [2, 5, 10], "各地答复里哪些讲到了冷链？都是怎么安排的？",
      [["冷链查验平台"], ["驼奶冷链运输网络", "冷藏运输车"], ["冷鏈物流中心"]], ["lang:zh", "theme:cold-chain"])
multi(4, [2, 5, 10], "Which replies mention cold-chain facilities, and what sizes or dates do they give?",
      [["800吨", "2024年9月底前"], ["冷藏运输车1辆"], ["萬噸級", "2017年開工"]], ["lang:en", "theme:cold-chain"])
multi(5, [8, 9, 10], "哪几份答复函说到了保险？各是怎么答复的？",
      [["旅游意外保险", "意外保险"], ["人身意外伤害保险", "松茸采集人员"], ["凍害保險"]], ["lang:zh", "theme:insurance"])
multi(6, [8, 9, 10], "Which replies talk about insurance, and what did each bureau decide or report?",
      [["超出我局职权", "不能采纳"], ["4100人", "每人每年保费50元"], ["每畝保費80元", "1200畝"]], ["lang:en", "theme:insurance"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "平地泉镇有几家种薯企业参加了认证试点？", "平地泉镇 is not named; 3 firms are given for the whole banner.", "another-place", "zh"),
 (1, "察右前旗的脱毒种薯一斤卖多少钱？", "Area and output only; no price.", "price-not-stated", "zh"),
 (1, "How many seed potato firms in Chahar Right Front Banner were in the certification pilot in 2018?", "Only 2019's 3 firms are given.", "another-year", "en"),
 (2, "吉隆口岸货场停一辆货车一天收多少钱？", "The letter says parking fees were halved from July; the fee itself is not given.", "price-not-stated", "zh"),
 (2, "2021年吉隆口岸的进出口贸易额是多少？", "Only 2022's 21.4亿元 is given.", "another-year", "zh"),
 (2, "How many shops are there in the border trade market in Zongga town?", "The market with 52 shops is in 吉隆镇; 宗嘎镇 has only the road maintenance point.", "another-place", "en"),
 (3, "南湖镇有几家淀粉加工厂？", "11 firms county-wide; no split by town.", "part-of-stated-total", "zh"),
 (3, "庄浪生产的马铃薯精淀粉，一吨出厂卖多少钱？", "Output (5.2万吨) only; no price.", "price-not-stated", "zh"),
 (3, "What minimum purchase price for fresh potatoes has Zhuanglang county set?", "None: the deputies asked for one and the request was passed to the development and reform bureau.", "price-not-stated", "en"),
 (4, "千阳的布老虎一个卖多少钱？", "Sales totals only; no price.", "price-not-stated", "zh"),
 (4, "崔家头镇有多少个绣娘？", "3600 county-wide over four towns; no split.", "part-of-stated-total", "zh"),
 (4, "How many visitors did the Xiqin embroidery exhibition hall in Qianyang receive in 2023?", "Only 2024's 4.7万人次 is given.", "another-year", "en"),
 (5, "合作社收牧民的鲜驼奶，一公斤给多少钱？", "Volumes only; no purchase price.", "price-not-stated", "zh"),
 (5, "2013年托斯特乡产了多少吨鲜驼奶？", "Only 2014's 380吨 is given.", "another-year", "zh"),
 (5, "How many camels are kept in Jeminay town?", "吉木乃镇 is not named; 2870 camels are Tosite township's.", "another-place", "en"),
 (6, "东丽区企业现在用的天然气一立方米多少钱？", "Prices are set by the city; no price given (每立方米 figures are pollutant limits).", "price-not-stated", "zh"),
 (6, "军粮城街道还有几台燃气锅炉没做低氮改造？", "67 district-wide; no split by street.", "part-of-stated-total", "zh"),
 (6, "What was Dongli District's average PM2.5 concentration in 2017?", "Only 2018's 52 micrograms and the fall since 2016 are given.", "another-year", "en"),
 (7, "牌楼镇有几个菱镁矿采矿权？", "38 city-wide over several places; no split.", "part-of-stated-total", "zh"),
 (7, "海城的菱镁矿石现在一吨卖多少钱？", "Output only; no price.", "price-not-stated", "zh"),
 (7, "How many magnesite mining rights are there in Ximu town in Haicheng?", "析木 is not named; 38 is the whole city's count.", "another-place", "en"),
 (8, "达古冰川景区门票多少钱一张？", "Visitors and safety measures only; no ticket price.", "price-not-stated", "zh"),
 (8, "达古冰川专职救援队的队长叫什么名字？", "16 members; no leader named (余晓川 is the letter's contact).", "person-not-stated", "zh"),
 (8, "How many visitors did the Kalonggou scenic area in Heishui receive in 2023?", "卡龙沟 is not named; 29万 is Dagu Glacier's.", "another-place", "en"),
 (9, "德钦的松茸一年出口多少吨？", "Prices are said to follow export markets; no export volume is given.", "count-not-stated", "zh"),
 (9, "2019年德钦产了多少吨鲜松茸？", "Only 2020's 450吨 is given.", "another-year", "zh"),
 (9, "How many matsutake picking households are there in Yangla township in Deqin?", "羊拉 is not named; 1400 is all other townships together.", "another-place", "en"),
 (10, "龙井苹果梨现在一斤卖多少钱？", "Area, output and subsidies only; no price.", "price-not-stated", "zh"),
 (10, "东盛涌镇种了多少亩苹果梨？", "3.8万亩 city-wide; 东盛涌 has only the 1200亩 insured pilot.", "part-of-stated-total", "zh"),
 (10, "What is the budget for the apple-pear picking festival in Laotougou this September?", "The festival is announced; no budget (260萬元 is the year's whole support fund).", "cost-not-stated", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa31.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
