# Generates qa12.jsonl (kept for transparency; the jsonl is the deliverable).
# Run from anywhere: python3 made_up/qa12/make_qa.py
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F = lambda n: f"q12-{n:02d}.txt"
Q = []


def ans(id, typ, q, f, sec, must, ref, tags):
    d = {"id": id}
    if isinstance(q, list):
        d["turns"] = q
    else:
        d["question"] = q
    d.update({"type": typ, "answerable": True, "gold_file": F(f), "gold_section_keywords": sec,
              "must_include_any": must, "reference": ref, "tags": tags})
    Q.append(d)


def una(id, q, tags):
    Q.append({"id": id, "question": q, "type": "unanswerable", "answerable": False,
              "must_include_any": [], "tags": tags})


def ml(id, q, files, must, tags):
    Q.append({"id": id, "question": q, "type": "multi_letter", "answerable": True,
              "gold_files_any": [F(x) for x in files], "min_distinct_letters": 2,
              "must_include_any": must, "tags": tags})


PC = ["paraphrase", "colloquial"]

# ---------------- zh (32) ----------------
# q12-01 国家能源局 (Tibet), headings
ans("q12-zh-01", "zh", "十三五那几年，中央一共给西藏农网改造投了多少钱？", 1, ["农牧区电网延伸"], [["87.6亿元", "87.6亿"]],
    "“十三五”期间，中央预算内投资累计安排西藏农网改造升级资金87.6亿元，支持新建和改造35千伏及以下线路2.3万公里。",
    PC + ["figure", "done"])
ans("q12-zh-02", "zh", "双湖县建的那个光伏加储能的示范项目，能管多少户牧民用电？", 1, ["光伏微电网"], [["480户"]],
    "2020年，我局已支持西藏在那曲市双湖县建成光伏储能微电网示范项目1个，装机容量1.5兆瓦，配套储能3兆瓦时，可为周边480户牧民和乡政府、卫生院稳定供电。",
    PC + ["figure", "done"])
ans("q12-zh-03", "zh", "国家能源局力争什么时候实现西藏县城以上主电网全覆盖？", 1, ["下一步"], [["2023年底"]],
    "“十四五”期间，我局将会同国家发展改革委在中央预算内投资中对西藏农网巩固提升工程给予倾斜支持，力争到2023年底实现县城以上主电网全覆盖，并将具备条件的乡镇逐步纳入主电网供电范围。",
    ["plan", "date"])
# q12-02 青海省人社厅, headings
ans("q12-zh-04", "zh", "在青海学拉面考了个初级证，政府能补多少钱？", 2, ["技能培训"], [["1800元"]],
    "对参加培训并取得职业资格证书的人员，按初级每人1800元、中级每人2400元的标准给予培训补贴。",
    PC + ["figure"])
ans("q12-zh-05", "zh", "2016年青海给拉面经营户发放了多少创业担保贷款，扶持了多少户？", 2, ["创业担保贷款"], [["3.6亿元", "3.6亿"], ["2870户"]],
    "全年共为拉面经营户发放创业担保贷款3.6亿元，扶持2870户。", ["figure", "done"])
ans("q12-zh-06", "zh", "在外省开拉面馆的人找不到担保，贷不了款，青海那边咋解决的？", 2, ["创业担保贷款"], [["异地反担保"], ["县级担保基金", "化隆县担保中心"]],
    "对你们反映的省外经营户难以提供担保的问题，我们已协调化隆县担保中心开展异地反担保试点，由县级担保基金对省外经营户提供担保。",
    PC + ["done"])
ans("q12-zh-07", "zh", "青海人社厅打算在哪里建拉面技能实训基地？什么时候建成？", 2, ["下一步"], [["化隆"], ["循化"], ["2017年底前"]],
    "一是2017年底前在化隆、循化各建成1个拉面技能实训基地，每个基地年培训能力不少于3000人次",
    ["plan", "date"])
# q12-03 张家口市体育局, headings
ans("q12-zh-08", "zh", "张家口一共命名了多少所冰雪运动特色学校？其中全国级的有几所？", 3, ["基本情况"], [["86所"], ["21所"]],
    "截至2018年6月，全市已命名冰雪运动特色学校86所，其中全国青少年校园冰雪运动特色学校21所。", ["figure"])
ans("q12-zh-09", "zh", "张家口城区的学校带孩子去滑雪，路上单程得多长时间？", 3, ["已开展的工作"], [["1.5小时"]],
    "桥东区、桥西区的学校往返雪场单程需1.5小时以上，多数学校每学期只能组织1至2次上雪活动。",
    PC + ["figure", "reason"])
ans("q12-zh-10", "zh", "张家口对新命名的冰雪运动特色学校给予多少器材购置补助？", 3, ["已开展的工作"], [["8万元", "8万"]],
    "2017年市财政安排冰雪运动进校园专项资金1200万元，对每所新命名的特色学校给予8万元器材购置补助，并为参加冰雪活动的中小学生统一购买运动意外伤害保险。",
    ["paraphrase", "figure"])
ans("q12-zh-11", "zh", "张家口计划到2020年底把冰雪运动特色学校发展到多少所？", 3, ["下一步"], [["150所"]],
    "到2020年底，全市冰雪运动特色学校达到150所，每个县区至少有5所。", ["plan", "figure"])
# q12-04 门头沟区文旅局, no headings
ans("q12-zh-12", "zh", "在门头沟开民宿，办证现在要多少个工作日？原来要多久？", 4, [], [["12个工作日"], ["30个工作日"]],
    "在证照办理方面，2023年我局会同相关部门出台了《门头沟区乡村民宿发展管理办法》，建立了文旅、公安、消防、卫生健康、市场监管等部门联合审验机制，民宿开办证照办理时限由原来的30个工作日压缩至12个工作日。",
    PC + ["figure", "done"])
ans("q12-zh-13", "zh", "门头沟区对新评定的五星级民宿给予多少一次性奖励？", 4, [], [["30万元", "30万"]],
    "在扶持政策方面，我区对新评定的星级精品民宿实行以奖代补，对五星级、四星级民宿分别给予一次性奖励30万元和20万元，2024年共兑现奖补资金1380万元。",
    ["paraphrase", "figure"])
ans("q12-zh-14", "zh", "门头沟民宿旺季和淡季住得满不满，差多少？", 4, [], [["80%"], ["20%"]],
    "民宿平均入住率为46%，其中7、8月份超过80%，1、2月份不足20%", PC + ["figure"])
ans("q12-zh-15", "zh", "门头沟区文化和旅游局年底前要新培育多少家精品民宿？", 4, [], [["20家"]],
    "年底前新培育精品民宿20家", ["plan", "figure"])
# q12-05 徐汇区教育局, no headings
ans("q12-zh-16", "zh", "2016年暑假徐汇区的暑托班开了多少个点，有多少名额？", 5, [], [["26个"], ["2300个"]],
    "今年暑期，我区暑托班点位扩大到26个，名额增加到2300个，每期4周，分两期举办，覆盖全区13个街道（镇）。",
    ["figure", "done"])
ans("q12-zh-17", "zh", "孩子去徐汇的爱心暑托班，家里一期得掏多少钱？", 5, [], [["350元"]],
    "每名学生每期只需缴纳伙食费和保险费共计350元，其余费用由区财政和团区委承担，我局已为每名学员统一购买了意外伤害保险。",
    PC + ["figure"])
ans("q12-zh-18", "zh", "徐汇区准备搞的放学后托管要不要钱？能管到几点？", 5, [], [["不收取费用"], ["17时30分"]],
    "今年秋季学期起，我局将在8所公办小学试点开展课后延时服务，放学后托管至17时30分，由学校教师和志愿者轮流值守，不收取费用；试点情况良好的，2017年春季学期推广到全区43所公办小学。",
    PC + ["plan"])
# q12-06 玛纳斯县农业局, no headings
ans("q12-zh-19", "zh", "玛纳斯县农民用加厚地膜，一亩地补多少钱？", 6, [], [["8元"]],
    "从2012年起，对使用0.01毫米以上加厚地膜的农户，县财政按每亩8元给予补贴，当年推广面积达到21万亩。",
    PC + ["figure"])
ans("q12-zh-20", "zh", "农民把地里捡的残膜卖给玛纳斯那家加工厂，一公斤能卖几毛钱？", 6, [], [["0.3元"]],
    "引进新疆绿源塑业有限公司在县工业园区建设残膜加工厂，年加工能力5000吨，按每公斤0.3元的价格收购农户捡拾的残膜，2012年共收购残膜2100吨。",
    PC + ["figure"])
ans("q12-zh-21", "zh", "玛纳斯县农业局准备在哪两个镇开展整乡推进残膜回收试点？", 6, [], [["兰州湾镇"], ["六户地镇"]],
    "第一，2013年秋收后在兰州湾镇、六户地镇开展整乡推进残膜回收试点，试点乡镇回收率要达到85%以上，并在全县推广试点经验，力争到2015年全县农田残膜回收率达到85%以上。",
    ["plan"])
ans("q12-zh-22", "zh", "玛纳斯残膜回收机为什么回收效果不好？", 6, [], [["60%"]],
    "残膜回收机作业效率不高，对破碎残膜的拾净率只有60%左右", ["reason", "figure"])
# q12-07 郸城县卫健委, no headings
ans("q12-zh-23", "zh", "郸城县妇幼保健院能看病理片子的医生有几个？", 7, [], [["2名"]],
    "县妇幼保健院目前只有2名病理医生，每月阅片量超过4000张", PC + ["figure", "reason"])
ans("q12-zh-24", "zh", "郸城贫困妇女查出两癌，妇联给多少救助？", 7, [], [["1万元", "1万"]],
    "在救助保障上，县妇联对确诊的建档立卡贫困患者每人给予1万元救助，今年已救助21人。", PC + ["figure"])
ans("q12-zh-25", "zh", "郸城县财政每年给“两癌”筛查安排多少县级配套资金？主要用在哪？", 7, [], [["60万元", "60万"], ["取样设备", "人员培训"]],
    "对你们提出的增加财政投入的建议，县财政局已同意从今年起每年安排县级配套资金60万元，主要用于乡镇卫生院取样设备更新和人员培训。",
    ["figure"])
ans("q12-zh-26", "zh", "2018年郸城县乳腺癌筛查检出了多少例？", 7, [], [["13例"]],
    "2018年，全县共完成宫颈癌筛查2.4万人、乳腺癌筛查1.8万人，检出宫颈癌及癌前病变47例、乳腺癌13例，确诊患者均已转诊治疗。",
    ["figure", "done"])
# q12-08 湘潭市卫健委, headings
ans("q12-zh-27", "zh", "湘潭市普惠托育机构的收费标准上限是多少？", 8, ["基本情况"], [["1500元"]],
    "其中公办和普惠性托育机构57家，托位2860个，普惠托育机构收费标准不超过每月1500元。", ["paraphrase", "figure"])
ans("q12-zh-28", "zh", "在湘潭，单位自己办托育新增一个普惠托位，能拿多少建设补助？", 8, ["下一步"], [["3000元"]],
    "2023年底前出台《湘潭市托育机构等级评定办法》，对新增普惠托位的用人单位办托和社区托育点，按每个托位3000元给予一次性建设补助。",
    PC + ["plan", "figure"])
ans("q12-zh-29", "zh", "湘潭在哪两个区试点建设社区嵌入式托育点，建了几个？", 8, ["已开展的工作"], [["雨湖区"], ["岳塘区"], ["12个"]],
    "我们在雨湖区、岳塘区试点建设社区嵌入式托育点12个，利用社区综合服务用房提供就近托育服务", ["figure", "done"])
# q12-09 高陂镇, no headings
ans("q12-zh-30", "zh", "高陂镇陶瓷工业园至福塘村路灯工程估算总投资多少？", 9, [], [["92万元", "92万"]],
    "工程估算总投资92万元，资金通过三个渠道筹集", ["paraphrase", "figure"])
ans("q12-zh-31", "zh", "陶瓷工业园到福塘村那段路灯啥时候能全部装完？", 9, [], [["10月底前"]],
    "其余路段计划于今年8月完成招标，10月底前全部安装完成。", PC + ["plan", "date"])
# q12-10 文登区海洋与渔业局, headings
ans("q12-zh-32", "zh", "在文登，渔民交一吨旧渔网能拿多少奖励？", 10, ["废旧网具"], [["800元"]],
    "对渔民交售废旧渔网、网具的，我区实行以奖代补，按每吨800元给予奖励，2015年已回收废旧网具210吨，有效减少了渔民随意丢弃网具的现象。",
    PC + ["figure"])

# ---------------- en (18) ----------------
ans("q12-en-01", "en", "How long is the new line that links the central Tibet grid with the Ngari (Ali) grid, and when did it go into operation?", 1,
    ["农牧区电网延伸"], [["1720公里"], ["2020年12月"]],
    "藏中电网与阿里电网联网工程于2020年12月建成投运，新建线路1720公里，阿里地区7个县从此结束了依靠小水电和柴油发电机供电的历史。",
    ["figure", "date"])
ans("q12-en-02", "en", "Since 2019, how many household solar batteries have been replaced for herders in Tibet, and how much special funding was used?", 1,
    ["光伏微电网"], [["2.1万套"], ["4.2亿元", "4.2亿"]],
    "2019年以来，我局会同财政部安排专项资金4.2亿元，为农牧民更换户用光伏系统蓄电池2.1万套，并对其中6800套系统扩容至1千瓦以上，可满足照明、电视和小功率电暖器使用。",
    ["figure", "done"])
ans("q12-en-03", "en", "What is the new ceiling for a start-up guarantee loan for Qinghai noodle shop owners?", 2,
    ["创业担保贷款"], [["15万元", "15万"]],
    "2016年，我厅会同省财政厅、人民银行西宁中心支行将个人创业担保贷款最高额度由10万元提高到15万元，对符合条件的拉面经营户由财政全额贴息。",
    ["figure"])
ans("q12-en-04", "en", "In which cities has Qinghai set up service stations for people from the province who work in noodle restaurants?", 2,
    ["劳务品牌"], [["北京"], ["上海"], ["深圳"]],
    "同时，在北京、上海、深圳3个城市设立青海拉面从业人员服务站，为外出人员提供政策咨询、权益维护等服务。",
    ["done"])
ans("q12-en-05", "en", "How many PE teachers and coaches did Zhangjiakou train in winter sports in 2017?", 3,
    ["已开展的工作"], [["640人次"]],
    "我局会同市教育局委托河北体育学院和崇礼区万龙、云顶等雪场，开展冰雪运动体育教师和教练员培训，2017年共培训640人次，其中取得滑雪社会体育指导员资格的有212人。",
    ["figure", "done"])
ans("q12-en-06", "en", "By when does Zhangjiakou plan to build ten more simulated ice rinks on school grounds?", 3,
    ["下一步"], [["2018年10月底前"]],
    "2018年10月底前再建成校园仿真冰场10块，利用冬季在具备条件的学校操场浇筑室外冰场，力争主城区每所中小学每周至少开设1节冰雪体育课。",
    ["plan", "date"])
ans("q12-en-07", "en", "How many guesthouses are registered in Mentougou district, and how many of them count as boutique guesthouses?", 4,
    [], [["312家"], ["74家"]],
    "截至2024年底，全区登记在册民宿312家，其中精品民宿74家，主要分布在斋堂镇、清水镇和王平镇。",
    ["figure"])
ans("q12-en-08", "en", "What has been done in Mentougou about parking shortages at guesthouses in the busy season?", 4,
    [], [["3处"], ["420个"]],
    "对污水处理问题，区水务局已将斋堂镇、清水镇的11个民宿集中村纳入2025年农村污水治理计划；对停车问题，斋堂镇已利用闲置地块新建临时停车场3处，新增车位420个。",
    ["paraphrase", "done"])
ans("q12-en-09", "en", "Roughly how many children in Xuhui failed to get a place in the summer day-care classes the year before?", 5,
    [], [["400名"]],
    "据统计，去年报名高峰期部分热门点位报名人数超过名额2倍以上，约有400名学生未能报上。",
    ["paraphrase", "figure"])
ans("q12-en-10", "en", "Besides teachers, who helps look after the kids in Xuhui's summer care classes, and how many of them are there?", 5,
    [], [["510名"], ["志愿者"]],
    "在师资保障方面，暑托班由在职教师带班管理，并招募上海师范大学、华东理工大学等高校大学生志愿者510名参与看护和活动组织。",
    ["paraphrase", "figure"])
ans("q12-en-11", "en", "What share of residual plastic film did Manas county recover in 2012, and what rate is it aiming for by 2015?", 6,
    [], [["71%"], ["85%"]],
    "当年全县残膜回收面积达到38万亩，回收率约71%，比上年提高9个百分点。",
    ["figure", "plan"])
ans("q12-en-12", "en", "How many new collection points for used mulch film will Manas county set up, and by when?", 6,
    [], [["15个"], ["年底前"]],
    "第三，年底前在各乡镇新建残膜回收网点15个，做到每个乡镇至少有1个网点，方便农户就近交售。",
    ["plan", "figure"])
ans("q12-en-13", "en", "Since when has Dancheng county used HPV testing as the first screening step for cervical cancer?", 7,
    [], [["今年5月", "5月"]],
    "在检查方法上，从今年5月起在全县推行HPV检测初筛，检测灵敏度明显高于传统涂片检查",
    ["date", "done"])
ans("q12-en-14", "en", "How many women returning home from migrant work were screened in Dancheng around the Spring Festival?", 7,
    [], [["3200人"]],
    "今年春节期间已筛查外出返乡妇女3200人", ["figure", "done"])
ans("q12-en-15", "en", "How much central budget money did Xiangtan receive for affordable childcare in 2022, and how many new places did it create?", 8,
    ["已开展的工作"], [["1260万元", "1260万"], ["840个"]],
    "2022年，我市争取中央预算内投资普惠托育专项资金1260万元，支持9个普惠托育项目，新增托位840个。",
    ["figure", "done"])
ans("q12-en-16", "en", "What is Xiangtan's target for childcare places per 1,000 residents by the end of 2025?", 8,
    ["下一步"], [["4.5个"]],
    "到2025年底，全市每千人口托位数达到4.5个，其中普惠性托位占比不低于60%。", ["plan", "figure"])
ans("q12-en-17", "en", "How long is the coastline of Wendeng district, and into how many cleaning sections has it been split?", 10,
    ["岸滩垃圾清理"], [["155公里"], ["37个"]],
    "我区海岸线长约155公里，我局会同沿海各镇将全区岸线划分为37个保洁责任段，明确责任单位和责任人。",
    ["figure"])
ans("q12-en-18", "en", "Which company was hired to clean the beaches in Wendeng, and what is the yearly cleaning budget?", 10,
    ["岸滩垃圾清理"], [["威海洁海环境服务有限公司", "洁海"], ["460万元", "460万"]],
    "从2014年起，对旅游岸段和渔港周边岸段实行专业化保洁，通过公开招标委托第三方保洁公司威海洁海环境服务有限公司负责清理，每年保洁经费460万元，由区财政和沿海各镇按6比4分担。",
    ["figure", "who"])

# ---------------- metadata (8) ----------------
ans("q12-metadata-01", "metadata", "国家能源局对十三届全国人大四次会议第3572号建议的答复，文号是什么？", 1, [],
    [["国能建议复〔2021〕46号"]], "国能建议复〔2021〕46号", ["metadata", "doc-number"])
ans("q12-metadata-02", "metadata", "Who signed the Qinghai human resources department's reply to CPPCC proposal No. 0263, and which category (A/B/C) was it given?", 2, [],
    [["韩建军"], ["B类"]], "签发人：韩建军", ["metadata", "signer", "category"])
ans("q12-metadata-03", "metadata", "张家口市体育局答复赵丽萍委员冰雪运动进校园提案时，协办单位是哪家？", 3, [],
    [["市教育局"]], "协办单位：市教育局", ["metadata", "co-handler"])
ans("q12-metadata-04", "metadata", "What is the document number of the Mentougou culture and tourism bureau's reply to suggestion No. 0042, and on what date was the reply written?", 4, [],
    [["门文旅函〔2025〕31号"], ["2025年6月20日", "2025-06-20"]], "门文旅函〔2025〕31号", ["metadata", "doc-number", "date"])
ans("q12-metadata-05", "metadata", "徐汇区教育局关于暑期托管的那份提案答复，提案人是谁？", 5, [],
    [["民盟徐汇区委员会", "民盟徐汇区委"]], "民盟徐汇区委员会：", ["metadata", "proposer"])
ans("q12-metadata-06", "metadata", "郸城县卫健委答复“两癌”筛查的那份函，对应县政协第几号提案？是哪两位委员提的？", 7, [],
    [["56号"], ["刘春梅"], ["孙亚楠"]], "郸城县卫生健康委员会关于县政协十一届三次会议第56号提案的答复函", ["metadata", "proposal-number", "proposer"])
ans("q12-metadata-07", "metadata", "Which units co-handled the Xiangtan health commission's reply on affordable childcare?", 8, [],
    [["住房和城乡建设局"], ["市场监督管理局"]], "会办单位：市住房和城乡建设局、市市场监督管理局", ["metadata", "co-handler"])
ans("q12-metadata-08", "metadata", "高陂镇政府答复罗振华等代表路灯建议的落款日期是哪天？答复经过哪位镇长审阅？", 9, [],
    [["二〇一二年六月二十八日"], ["温志强"]], "二〇一二年六月二十八日", ["metadata", "date", "reviewer"])

# ---------------- multi_turn (6) ----------------
ans("q12-multi_turn-01", "multi_turn", ["国家能源局是怎么答复西藏牧区户用光伏供电问题的？", "那运维方面下一步怎么安排？"], 1,
    ["下一步"], [["28个"], ["2022年6月底前"]],
    "我局将会同财政部研究建立户用光伏系统运维补助机制，指导西藏自治区在2022年6月底前于那曲、阿里建成县级运维服务站28个，培训本地运维人员300名，做到小故障不出乡、大故障不出县。",
    ["follow-up", "plan"])
ans("q12-multi_turn-02", "multi_turn", ["高陂镇陶瓷工业园到福塘村的路灯装了没有？", "先装的那段装了多少盏？哪天亮的？"], 9,
    [], [["48盏"], ["6月15日"]],
    "为尽快解决群众夜间出行问题，镇政府已先行在福塘村人口集中的1.2公里路段安装路灯48盏，于今年6月15日亮灯使用。",
    ["follow-up", "done", "figure"])
ans("q12-multi_turn-03", "multi_turn", ["郸城县农村妇女“两癌”筛查现在做得怎么样？", "今年年底前宫颈癌筛查要做到多少人？"], 7,
    [], [["3万人"]],
    "今年底前全县完成宫颈癌筛查3万人，并建立阳性病例随访台账", ["follow-up", "plan", "figure"])
ans("q12-multi_turn-04", "multi_turn", ["What has Zhangjiakou done to bring winter sports into its schools?", "How much did the city budget spend on it in 2017?"], 3,
    ["已开展的工作"], [["1200万元", "1200万"]],
    "2017年市财政安排冰雪运动进校园专项资金1200万元，对每所新命名的特色学校给予8万元器材购置补助，并为参加冰雪活动的中小学生统一购买运动意外伤害保险。",
    ["follow-up", "figure"])
ans("q12-multi_turn-05", "multi_turn", ["How is Wendeng district dealing with rubbish on its beaches?", "And what will they do next so that remote stretches get checked more often?"], 10,
    ["下一步"], [["45名"], ["每周至少巡查2次"]],
    "2016年在泽头镇、小观镇两镇试行岸线网格化巡查，配备专职巡查员45名，做到偏远岸段每周至少巡查2次。",
    ["follow-up", "plan"])
ans("q12-multi_turn-06", "multi_turn", ["What has Xuhui district done about summer day care for primary school pupils?", "How much money did the district budget put into it that year, and how much more than before?"], 5,
    [], [["186万元", "186万"], ["70万元", "70万"]],
    "2016年区财政安排暑托班专项经费186万元，比上年增加70万元。", ["follow-up", "figure"])

# ---------------- multi_letter (6) ----------------
ml("q12-multi_letter-01", "哪些答复函提到组织志愿者参与工作？分别有多少人？", [3, 5, 10],
   [["136名", "510名", "3100人次", "600人"]], ["theme:volunteers"])
ml("q12-multi_letter-02", "Which replies say that accident or liability insurance was bought for the people or services involved?", [3, 5, 8],
   [["运动意外伤害保险", "意外伤害保险", "综合责任保险"]], ["theme:insurance"])
ml("q12-multi_letter-03", "各地答复里提到的“以奖代补”都是怎么补的？", [4, 9, 10],
   [["30万元", "20万元", "40万元", "800元"]], ["theme:以奖代补"])
ml("q12-multi_letter-04", "Which replies mention a WeChat mini-program or official account that the public can use?", [4, 5, 8],
   [["门头沟民宿", "徐汇教育", "湘潭托育"]], ["theme:wechat"])
ml("q12-multi_letter-05", "哪些答复函涉及太阳能或光伏供电？", [1, 9],
   [["光伏"], ["太阳能"]], ["theme:solar"])
ml("q12-multi_letter-06", "Which replies say the work was handed to a third-party company or organisation?", [5, 10],
   [["第三方社会组织", "第三方"], ["第三方保洁公司", "威海洁海环境服务有限公司"]], ["theme:third-party"])

# ---------------- unanswerable (20) ----------------
N = lambda n: ["near-topic", f"near:{F(n)}"]
una("q12-unanswerable-01", "双湖县那个光伏储能微电网示范项目总共投资了多少钱？", N(1) + ["cost"])
una("q12-unanswerable-02", "How many herder households in Ngari (Ali) prefecture still depend on household solar systems?", N(1) + ["sub-scope-count"])
una("q12-unanswerable-03", "化隆县的人在外面一共开了多少家拉面店？", N(2) + ["sub-scope-count"])
una("q12-unanswerable-04", "What interest rate does Qinghai's 'Lamian loan' product charge?", N(2) + ["rate"])
una("q12-unanswerable-05", "张家口的雪场给学生买门票打几折？", N(3) + ["discount"])
una("q12-unanswerable-06", "How many Zhangjiakou pupils were injured in school skiing activities in 2017?", N(3) + ["count"])
una("q12-unanswerable-07", "门头沟的精品民宿住一晚平均多少钱？", N(4) + ["price"])
una("q12-unanswerable-08", "How many of Mentougou's boutique guesthouses have been rated five-star?", N(4) + ["count"])
una("q12-unanswerable-09", "徐汇暑托班带班的在职老师每天能拿多少补贴？", N(5) + ["pay"])
una("q12-unanswerable-10", "徐汇区暑托班的午饭是哪家公司供应的？", N(5) + ["company-name"])
una("q12-unanswerable-11", "玛纳斯县买一台残膜回收机要多少钱？", N(6) + ["price"])
una("q12-unanswerable-12", "What was Manas county's residual film recovery rate in 2010?", N(6) + ["other-year"])
una("q12-unanswerable-13", "2018年郸城县“两癌”筛查查出的阳性病例里，有多少人已经完成了随访？", N(7) + ["count"])
una("q12-unanswerable-14", "“湘潭托育”小程序上线以来有多少家长用过？", N(8) + ["count"])
una("q12-unanswerable-15", "高陂镇装的太阳能路灯是什么牌子的？一盏多少瓦？", N(9) + ["brand"])
una("q12-unanswerable-16", "How much is a full-time coastal patrol officer in Wendeng paid each month?", N(10) + ["pay"])
una("q12-unanswerable-17", "北京市住房公积金贷款最高能贷多少？", ["off-topic"])
una("q12-unanswerable-18", "上海中考体育满分是多少分？", ["off-topic"])
una("q12-unanswerable-19", "What is the minimum monthly wage in Guangdong in 2024?", ["off-topic"])
una("q12-unanswerable-20", "How many new metro lines will Zhengzhou open this year?", ["off-topic"])

with open(os.path.join(HERE, "qa12.jsonl"), "w", encoding="utf-8") as fh:
    for d in Q:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions written")
