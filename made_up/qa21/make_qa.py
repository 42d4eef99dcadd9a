#!/usr/bin/env python3
"""Generate qa21.jsonl (adapted from made_up/qa20/make_qa.py). Each reference is cut out of its
letter by a key: the whole sentence holding the key (a sentence ends at 。！？ or a line break; a
table row of letter 09 is a line); for metadata, the whole line ("=" before a key asks for a line
equal to it). gold_section_keywords are the title of the top-level 一、 heading above the
reference ([] for letters without such headings and for metadata). Letter 04 is printed in
traditional characters, so its keys and must strings are traditional. Kept for transparency;
qa21.jsonl is the deliverable."""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
LET = {f: open(os.path.join(HERE, "letters", f), encoding="utf-8").read()
       for f in sorted(os.listdir(os.path.join(HERE, "letters"))) if f.endswith(".txt")}
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)


def L(n):
    return f"q21-{n:02d}.txt"


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
    rows.append({"id": f"q21-{typ}-{n:02d}", "type": typ, "question": q, "answerable": True,
                 "gold_file": f, "gold_section_keywords": kws, "must_include_any": must,
                 "reference": ref, "tags": tags})


def turns(n, letter, ts, key, must, tags):
    f = L(letter)
    ref = sentence(f, key)
    rows.append({"id": f"q21-multi_turn-{n:02d}", "type": "multi_turn", "turns": ts, "answerable": True,
                 "gold_file": f, "gold_section_keywords": section(f, ref), "must_include_any": must,
                 "reference": ref, "tags": tags})


def multi(n, letters, q, must, tags):
    rows.append({"id": f"q21-multi_letter-{n:02d}", "type": "multi_letter", "question": q, "answerable": True,
                 "gold_files_any": [L(x) for x in letters], "min_distinct_letters": 2,
                 "must_include_any": must, "tags": tags})


def unans(n, letter, q, why, asks, lang):
    rows.append({"id": f"q21-unanswerable-{n:02d}", "type": "unanswerable", "question": q, "answerable": False,
                 "must_include_any": [], "reference": why,
                 "tags": ["near-topic", f"near:{L(letter)}", f"asks:{asks}", f"lang:{lang}"]})


P, C = "paraphrase", "colloquial"
# ---------------- zh (30) ----------------
single("zh", 1, 1, "蒙医院自己配的制剂，能不能直接放开到全国各家医院去用？", "您建议将蒙药制剂调剂范围一次性放开到全国", [["暂不具备条件"]], [P, C, "declined"])
single("zh", 2, 1, "内蒙古那本蒙药材标准要重修，打算动多少个品种？啥时候弄完？", "拟新增和修订蒙药材品种76个", [["76个"], ["2021年底前"]], [P, C, "figure", "date", "plan"])
single("zh", 3, 1, "2019年内蒙古批了多少个蒙药制剂能在区里各医院之间调着用？牵涉几家医院？", "2019年共批准蒙药制剂区内调剂品种214个", [["214个"], ["37家"]], [P, C, "figure", "done"])
single("zh", 4, 2, "眉县果园搭防雹网，省里一亩地给补多少钱？", "标准为每亩1200元", [["1200元"]], [P, C, "rate", "done"])
single("zh", 5, 2, "代表提议省里搞个猕猴桃价格调节基金，农业农村厅答应没有？", "设立价格调节基金暂无政策依据", [["暂不能采纳"]], [P, C, "declined", "reason"])
single("zh", 6, 2, "2020年眉县新盖了多少座冷藏库？一共能多放多少吨果子？", "全县新建冷藏保鲜库146座", [["146座"], ["9.2万吨"]], [P, C, "figure", "done"])
single("zh", 7, 3, "吴桥有多少所中小学开了杂技课？一周上几节？", "开设杂技兴趣课，每周2课时", [["12所"], ["2课时"]], [P, C, "figure", "done"])
single("zh", 8, 3, "孩子去吴桥那个杂技夏令营，家里要掏钱吗？", "营员食宿费用全部由县财政承担", [["不向家长收费", "全部由县财政承担"]], [P, C, "price", "done"])
single("zh", 9, 3, "吴桥的老杂技艺人一个月能领多少生活补助？要满多大岁数？", "每人每月发放生活补助300元", [["300元"], ["70周岁"]], [P, C, "rate", "rule"])
single("zh", 10, 4, "环县皮影戏班下乡去演一场，县里给补多少？", "每場補助500元", [["500元"]], [P, C, "rate", "done"])
single("zh", 11, 4, "委员想让县里每年拿两百万专门保护皮影，县里实际给了多少？", "今年縣財政安排皮影保護經費60萬元", [["60萬元"], ["暫不具備條件"]], [P, C, "figure", "declined"])
single("zh", 12, 4, "环县唱皮影的艺人平均多大岁数？三十五岁以下的还剩多少？", "藝人平均年齡58歲", [["58歲"], ["不足20人"]], [P, C, "figure"])
single("zh", 13, 5, "李家山镇2017年一共种了多少亩土豆？种的有多少户？", "全镇种植马铃薯1.9万亩", [["1.9万亩"], ["2600户"]], [P, C, "figure"])
single("zh", 14, 5, "代表想让镇上按一公斤一块钱兜底收土豆，镇里怎么说？", "此项建议无法采纳", [["无法采纳"], ["无定价权限"]], [P, C, "declined", "reason"])
single("zh", 15, 5, "李家山镇今年还要修多少座土豆窖？啥时候修完？", "今年计划再建贮藏窖40座", [["40座"], ["9月底前"]], [P, C, "figure", "date", "plan"])
single("zh", 16, 6, "斗南新修的公共保鲜库，小花农去用收不收钱？", "按成本收取电费和管理费", [["按成本收取"]], [P, C, "price", "done"])
single("zh", 17, 6, "鲜花走冷链运出去，区里能不能按一枝补一点运费？", "此项建议暂无法采纳", [["暂无法采纳"]], [P, C, "declined", "reason"])
single("zh", 18, 6, "呈贡种花的一共有多少户？种了多少亩？", "花农约3500户", [["3500户"], ["1.2万亩"]], [P, C, "figure"])
single("zh", 19, 7, "在乌兰布和沙漠里开越野车线路，林草局同意吗？为啥？", "该段线路我局不能同意", [["不能同意"], ["封禁保护区"]], [P, C, "declined", "reason"])
single("zh", 20, 7, "磴口要弄的那个沙生植物观赏园有多大？栈道修多长？", "划出约500亩", [["500亩"], ["3公里"]], [P, C, "figure", "plan"])
single("zh", 21, 7, "磴口现在人工种锁阳种了多少亩？一年能出多少吨？", "锁阳人工接种面积约2.1万亩", [["2.1万亩"], ["900吨"]], [P, C, "figure"])
single("zh", 22, 8, "能不能让企业去挖恐龙化石出来卖？", "此项建议不能采纳", [["不能采纳"]], [P, C, "declined"])
single("zh", 23, 8, "想在地质公园里面盖度假营地，为什么批不了？", "拟选地块位于国家地质公园核心保护区内", [["核心保护区"], ["无法采纳"]], [P, C, "declined", "reason"])
single("zh", 24, 8, "二连浩特的化石巡护队有几个人？2012年出去巡了多少趟？", "队员11人", [["11人"], ["186次"]], [P, C, "figure", "done"])
single("zh", 25, 9, "静宁治平镇种了多少万亩苹果？一年产多少万吨？", "治平镇　　9.8", [["9.8"], ["12.6"]], [P, C, "figure", "table"])
single("zh", 26, 9, "静宁果园挂防雹网，县里一亩补多少？2021年补了多大面积？", "按每亩800元给予补助", [["800元"], ["0.9万亩"]], [P, C, "rate", "done"])
single("zh", 27, 9, "委员想让全县苹果园都盖上防雹网，县里为啥说一下子办不到？", "全面覆盖需投入超过28亿元", [["28亿元"], ["暂不具备全面推开的条件"]], [P, C, "declined", "reason"])
single("zh", 28, 10, "兴城的中小泳装厂把样品送去检测，市里能补多少？", "市财政按50%给予补贴", [["50%"]], [P, C, "rate", "done"])
single("zh", 29, 10, "兴城那个泳装产业三年行动方案打算啥时候出台？", "计划2025年12月底前印发实施", [["2025年12月底前"]], [P, C, "date", "plan"])
single("zh", 30, 10, "兴城的泳装检测中心能测多少个项目？到5月底测了多少批？", "可开展色牢度", [["32项"], ["1380批次"]], [P, C, "figure", "done"])
# ---------------- en (20) ----------------
E = "pinyin"
single("en", 1, 1, "How many Mongolian medicine manufacturers did Inner Mongolia have at the end of 2019, and how many drug approval numbers did they hold?", "共有蒙药生产企业19家", [["19家"], ["421个"]], [E, "figure"])
single("en", 2, 1, "Where and in which year will the training course on quality control of Mongolian medicine preparations be held?", "于2021年在通辽市举办", [["通辽市"], ["2021年"]], [E, "date", "plan"])
single("en", 3, 2, "How many mu of kiwifruit orchards in Meixian were damaged by hail in June 2020?", "受灾果园约2.3万亩", [["2.3万亩"]], [E, "figure"])
single("en", 4, 2, "Where and when will Shaanxi hold its provincial kiwifruit supply-and-marketing matchmaking fair?", "今年9月在眉县举办", [["今年9月"], ["眉县"]], [E, "date", "plan"])
single("en", 5, 3, "How much will the planned acrobatics training hall in Wuqiao cost, and in which town will it be built?", "估算投资1800万元", [["1800万元"], ["桑园镇"]], [E, "figure", "plan"])
single("en", 6, 3, "How many acrobatic troupes are there in Wuqiao county, and how many students does the county acrobatics school have?", "各类杂技演出团体47个", [["47个"], ["680人"]], [E, "figure"])
single("en", 7, 4, "In how many schools in Huanxian are shadow puppetry interest classes taught, and how many pupils took part in the first half of 2016?", "9所中小學開設皮影興趣課", [["9所"], ["780人"]], [E, "figure", "done"])
single("en", 8, 4, "What did the Huanxian culture bureau do with the proposal to subsidise old-age insurance for elderly puppeteers?", "該事項屬縣人力資源和社會保障局職責", [["縣人力資源和社會保障局"]], [E, "who", "declined"])
single("en", 9, 5, "How many mu of potatoes in Lijiashan township were hit by hail in late June 2018, and how many villages were affected?", "受灾马铃薯约2100亩", [["2100亩"], ["5个村"]], [E, "figure"])
single("en", 10, 5, "How much virus-free seed potato did Lijiashan township hand out before spring sowing in 2018, and did growers have to pay for it?", "免费发放脱毒原种280吨", [["280吨"], ["免费"]], [E, "figure", "done"])
single("en", 11, 6, "How many cases of flower variety rights infringement or fake brands did Chenggong's market regulator deal with in the first half of 2019?", "查处案件7起", [["7起"]], [E, "figure", "done"])
single("en", 12, 6, "In which two subdistricts does Chenggong plan to build two more public pre-cooling storehouses?", "吴家营街道、洛羊街道", [["吴家营街道"], ["洛羊街道"]], [E, "where", "plan"])
single("en", 13, 7, "According to the Dengkou forestry bureau, which bodies should handle the visitor centre and road building in the Ulan Buh desert tourism proposal?", "不属于我局职责", [["县住房和城乡建设局"], ["县交通运输局"]], [E, "who", "declined"])
single("en", 14, 7, "How much of the Ulan Buh desert in Dengkou had been brought under control by the end of 2023?", "累计完成治理面积186万亩", [["186万亩"]], [E, "figure"])
single("en", 15, 8, "How many pupils went to Erenhot's first geology summer camp, and which body co-organised it with the land and resources bureau?", "小小地质学家", [["80人"], ["市教育局"]], [E, "figure", "who", "done"])
single("en", 16, 8, "Which body was asked to study the proposal to spend 30 million yuan on expanding Erenhot's dinosaur museum?", "已将建议转交市文体局研究", [["市文体局"]], [E, "who", "declined"])
single("en", 17, 9, "How many controlled-atmosphere storage rooms for apples were built in Jingning in 2021, and until when can the stored apples be sold?", "新建苹果气调保鲜库31座", [["31座"], ["次年5月"]], [E, "figure", "done"])
single("en", 18, 9, "How many hail suppression operations were carried out in Jingning's apple areas in 2021?", "共开展防雹作业118次", [["118次"]], [E, "figure", "done"])
single("en", 19, 10, "How many above-designated-size swimwear firms did Xingcheng have in 2024, and what were its swimwear exports worth?", "全市泳装规模以上企业86家", [["86家"], ["4.7亿美元"]], [E, "figure"])
single("en", 20, 10, "When is Xingcheng's cross-border e-commerce public service centre for swimwear expected to start operating?", "预计今年10月上线运营", [["今年10月"]], [E, "date", "plan"])
# ---------------- metadata (8: 5 zh + 3 en) ----------------
M = "metadata"
single("metadata", 1, 1, "国家药监局答复蒙药传承发展那份建议，文号是多少？", "=药监建复〔2020〕112号", [["药监建复〔2020〕112号"]], [M, "lang:zh", "doc-number"])
single("metadata", 2, 2, "陕西省农业农村厅那份眉县猕猴桃建议的答复，是哪天在网上发布的？", "| 文号 | 陕农建函", [["2021-08-03"]], [M, "lang:zh", "date"])
single("metadata", 3, 3, "Which two bodies signed the joint reply on acrobatics in Wuqiao?", "=吴桥县文化广电新闻出版局　　吴桥县教育局", [["吴桥县文化广电新闻出版局"], ["吴桥县教育局"]], [M, "lang:en", "issuer", "joint"])
single("metadata", 4, 4, "环县道情皮影那份提案答复是哪天发布到网上的？", "發布日期：2016-08-09", [["2016-08-09"]], [M, "lang:zh", "date"])
single("metadata", 5, 5, "李家山镇那份马铃薯建议的答复，联系人是谁？电话多少？", "联系人：祁海英", [["祁海英"], ["0971-2231568"]], [M, "lang:zh", "contact"])
single("metadata", 6, 6, "What is the document number of the Chenggong agriculture bureau's reply on keeping cut flowers fresh?", "呈农函〔2019〕47号", [["呈农函〔2019〕47号"]], [M, "lang:en", "doc-number"])
single("metadata", 7, 7, "To which unit was the Dengkou forestry bureau's co-handling opinion on desert tourism addressed?", "=县文化旅游体育局：", [["县文化旅游体育局"]], [M, "lang:en", "addressee", "co-handling"])
single("metadata", 8, 8, "二连浩特国土资源局那份恐龙化石建议的答复，签发人是谁？", "签发人：张海东", [["张海东"]], [M, "lang:zh", "signer"])
# ---------------- multi_turn (6) ----------------
turns(1, 1, ["国家药监局对蒙药新药研发这一块是怎么答复的？", "今年跟申请人就几个蒙药复方制剂沟通过？"],
      "就3个蒙药复方制剂", [["3个"]], ["lang:zh", "follow-up", "figure", "done"])
turns(2, 3, ["吴桥县对老杂技艺人有什么照顾？", "代表想把补助提到每月一千块，答应了吗？"],
      "对于将补助标准提高到每月1000元的意见", [["暂不能采纳"]], ["lang:zh", "follow-up", "declined"])
turns(3, 4, ["What has Huanxian done to bring shadow puppetry into schools?", "And the summer camp: how many campers did it take, and who taught them?"],
      "招收營員60名", [["60名"], ["國家級傳承人"]], ["lang:en", "follow-up", "figure", "who"])
turns(4, 6, ["What has Chenggong done to help small flower growers keep cut flowers fresh?", "Who runs the post-harvest training, and how many growers has it reached since 2018?"],
      "云南省农业科学院花卉研究所", [["云南省农业科学院花卉研究所"], ["1200人次"]], ["lang:en", "follow-up", "who", "figure"])
turns(5, 9, ["静宁苹果2021年遭了冰雹，受灾情况怎么样？", "那威戎镇现在挂了多少万亩防雹网？"],
      "威戎镇　　7.4", [["0.6"]], ["lang:zh", "follow-up", "figure", "table"])
turns(6, 10, ["What has Xingcheng done about testing swimwear fabrics?", "And the original design selection: how many entries came in, and how many gold awards were given?"],
      "征集作品612件", [["612件"], ["3名"]], ["lang:en", "follow-up", "figure", "done"])
# ---------------- multi_letter (6) ----------------
multi(1, [2, 5, 9], "哪些答复函提到了冰雹？各地是怎么应对的？", [["防雹网1.8万亩"], ["补种油菜和饲草"], ["人工防雹作业点23个"]], ["lang:zh", "theme:hail"])
multi(2, [2, 5, 9], "Which replies mention hail damage, and how large an area was hit in each case?", [["2.3万亩"], ["2100亩"], ["2.9万亩"]], ["lang:en", "theme:hail"])
multi(3, [3, 4, 8], "哪几份答复函办了少儿夏令营？分别是什么营？", [["小小杂技家"], ["少兒皮影夏令營"], ["小小地质学家"]], ["lang:zh", "theme:summer-camp"])
multi(4, [3, 4, 8], "Which replies mention a summer camp for children, and how many campers did each take?", [["120名"], ["60名"], ["80人"]], ["lang:en", "theme:summer-camp"])
multi(5, [2, 6, 9], "各地答复里，哪些讲到了建保鲜库？分别建了多少？", [["146座"], ["800立方米"], ["31座"]], ["lang:zh", "theme:fresh-keeping"])
multi(6, [2, 6, 9], "Which replies deal with keeping farm produce fresh after harvest, and for which products?", [["猕猴桃"], ["鲜切花"], ["苹果"]], ["lang:en", "theme:fresh-keeping"])
# ---------------- unanswerable (30: 20 zh + 10 en) ----------------
U = [
 (1, "向国家药监局申请蒙药制剂跨省调剂，一般多长时间能批下来？", "The letter says such requests will be 优先受理; no time limit is given.", "duration-not-stated", "zh"),
 (1, "修订《内蒙古蒙药材标准》，国家给了多少经费？", "76 varieties and a 2021 deadline are given; no money.", "budget-not-stated", "zh"),
 (1, "How many Mongolian medicine preparations were approved for use within Inner Mongolia in 2018?", "Only 2019's 214 is given.", "another-year", "en"),
 (2, "眉县猕猴桃现在地头收购价一斤多少钱？", "Area, output and varieties are given; no price.", "price-not-stated", "zh"),
 (2, "溃疡病2020年让眉县果农损失了多少钱？", "Canker training (12 sessions, 2600 attendances) is given; no loss.", "money-not-stated", "zh"),
 (2, "How many households grow kiwifruit in Meixian?", "Only a share (约七成农户) is given; no count.", "part-of-stated-total", "en"),
 (3, "吴桥中小学杂技兴趣课的兼职教练，一节课补贴多少钱？", "The subsidy is paid 由县财政列支; no rate.", "money-not-stated", "zh"),
 (3, "吴桥县杂技艺术学校一年学费多少钱？", "680 students are counted; no fees.", "price-not-stated", "zh"),
 (3, "How many pupils took acrobatics interest classes in Wuqiao in the autumn term of 2016?", "Only the spring 2017 term's 1460 is given.", "another-year", "en"),
 (4, "环县皮影合作社做的影人挂件多少钱一个？", "20-odd products and 2015 sales of 260萬元; no unit price.", "price-not-stated", "zh"),
 (4, "环县那两位国家级皮影传承人叫什么名字？", "2 national inheritors are counted; nobody is named.", "person-not-named", "zh"),
 (4, "How much did Huanxian county budget for shadow puppetry protection in 2014?", "Only this year's (2016) 60萬元 budget is given; the per-show subsidy began in 2015, and 260萬元 is 2015 product sales.", "another-year", "en"),
 (5, "李家山镇的土豆今年地头收购价一公斤多少钱？", "Only the deputies' proposed floor price (每公斤1元, refused) is given; no market price.", "price-not-stated", "zh"),
 (5, "李家山镇北部遭冰雹的是哪几个村？", "Only 北部5个村; the two villages named (上西河, 岗岔) are seed-multiplication sites, not the hail-hit ones.", "places-not-named", "zh"),
 (5, "How many mu of potatoes did Lijiashan township plant in 2016?", "Only 2017's 1.9万亩 is given.", "another-year", "en"),
 (6, "斗南公共预冷保鲜库的电费和管理费，一立方米收多少钱？", "The fee is 按成本收取; no rate.", "price-not-stated", "zh"),
 (6, "斗南花卉市场一年的鲜切花交易额有多少亿元？", "A daily volume in stems (1600万枝) is given; no money value.", "figure-of-another-kind", "zh"),
 (6, "How many flower growers in Chenggong were trained in post-harvest handling in 2017?", "1200人次 is counted since 2018; nothing for 2017.", "another-year", "en"),
 (7, "磴口的沙生植物观赏园建好以后，门票多少钱？", "500 mu and a 3 km boardwalk; no ticket.", "price-not-stated", "zh"),
 (7, "磴口有几家合作社在做锁阳茶？", "Cooperatives will be guided to make 锁阳茶; no count.", "count-not-stated", "zh"),
 (7, "When will the sand-plant garden west of Bayan Gol open to visitors?", "Seedlings come from the 2024 greening project; no opening date.", "date-not-stated", "en"),
 (8, "二连浩特国土资源局化石巡护队的值班电话是多少？", "The team has 11 members; the letter prints no phone number at all.", "phone-not-stated", "zh"),
 (8, "在二连浩特私挖恐龙化石被抓住，要罚多少钱？", "9 cases were stopped in 2012; no fine.", "money-not-stated", "zh"),
 (8, "What did Erenhot's culture and sports bureau finally decide about the dinosaur museum renovation, and what will it cost?", "The bureau 正在编制 a plan; no decision or cost.", "another-body-decision", "en"),
 (9, "静宁红富士现在收购价一斤多少钱？", "Area, output and 52亿元 output value; no price.", "price-not-stated", "zh"),
 (9, "治平镇那个苹果冷链集配中心哪年能建好？", "Only 计划2023年开工; no completion date.", "date-not-stated", "zh"),
 (9, "How many mu of apples are grown in Jiahe township in Jingning?", "Four towns are tabled and the rest lumped as 其他乡镇; 贾河 is not named.", "another-place", "en"),
 (10, "兴城的泳装出口到俄罗斯的有多少？", "4.7亿美元 in all; no market is named.", "part-of-stated-total", "zh"),
 (10, "兴城原创泳装设计评选拿金奖的是哪几位设计师？", "3 gold awards are counted; nobody is named.", "person-not-named", "zh"),
 (10, "What were Xingcheng's swimwear exports worth in 2023?", "Only 2024's 4.7亿美元 is given.", "another-year", "en"),
]
for i, (letter, q, why, asks, lang) in enumerate(U, 1):
    unans(i, letter, q, why, asks, lang)

with open(os.path.join(HERE, "qa21.jsonl"), "w", encoding="utf-8") as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
