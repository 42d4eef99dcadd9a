# Generates qa11.jsonl (kept for transparency; the jsonl is the deliverable).
import json
F = lambda n: f"q11-{n:02d}.txt"
Q = []
def ans(id, typ, q, f, sec, must, ref, tags):
    d = {"id": id, "type": typ, "answerable": True, "gold_file": F(f),
         "gold_section_keywords": sec, "must_include_any": must, "reference": ref, "tags": tags}
    if isinstance(q, list): d["turns"] = q
    else: d["question"] = q
    # put question first for readability
    Q.append({k: d[k] for k in (["id", "turns" if "turns" in d else "question"] + [x for x in d if x not in ("id","turns","question")])})
def una(id, q, tags):
    Q.append({"id": id, "question": q, "type": "unanswerable", "answerable": False, "must_include_any": [], "tags": tags})
def ml(id, q, files, must, tags):
    Q.append({"id": id, "question": q, "type": "multi_letter", "answerable": True, "gold_files_any": [F(x) for x in files],
              "min_distinct_letters": 2, "must_include_any": must, "tags": tags})

# ---------------- zh (22) ----------------
ans("q11-zh-01","zh","2020年中央财政专门给辽宁治松材线虫病拿了多少钱？",1,["防治资金"],[["8600万元","8600万"]],
    "2020年，中央财政安排辽宁林业有害生物防治补助资金1.35亿元，其中用于松材线虫病防治8600万元，较上年增加2100万元。",["paraphrase","figure","colloquial"])
ans("q11-zh-02","zh","为了拦住疫区松木往外运，辽宁在路口设了几个卡点？查获了几批？",1,["疫木管控"],[["27个"],["11批次"]],
    "辽宁省已在主要公路出入口设立松木检查站27个，今年以来共检查过往车辆4.3万车次，截获违规调运的松木及制品11批次。",["paraphrase","figure"])
ans("q11-zh-03","zh","江苏运河上的船把生活垃圾交到船闸，要不要交钱？",2,["经费保障"],[["免费"]],
    "目前全省船闸和服务区对船舶生活垃圾一律免费接收。",["paraphrase","colloquial"])
ans("q11-zh-04","zh","江苏小吨位内河船装污水收集柜，省里每条船最多给多少补贴？今年计划改多少条？",2,["船舶改造"],[["3000元"],["5000艘"]],
    "对400总吨以下内河船舶加装生活污水收集储存柜的，省级财政按每艘最高3000元给予补助，今年计划完成改造5000艘。",["paraphrase","figure"])
ans("q11-zh-05","zh","黑龙江秸秆翻到地里埋掉，一亩地补多少钱？",3,[],[["40元"]],
    "2021年省级财政安排秸秆综合利用补助资金32亿元，对翻埋还田、碎混还田作业每亩分别补助40元和35元，对离田打包作业按每亩30元给予补助，补助资金直接兑付到作业主体。",["paraphrase","figure","colloquial"])
ans("q11-zh-06","zh","海伦和望奎被选进国家级秸秆利用重点县以后，每个县中央给多少钱？",3,[],[["800万元","800万"]],
    "关于您提出的在绥化市建设秸秆综合利用示范县的建议，我厅已将海伦市、望奎县纳入2021年国家秸秆综合利用重点县，每县安排中央资金800万元，重点支持秸秆收储中心和饲料化加工设施建设。",["paraphrase","figure"])
ans("q11-zh-07","zh","黑龙江农业农村厅希望到2022年底秸秆综合利用率稳在什么水平？",3,[],[["92%"]],
    "力争到2022年底，全省秸秆综合利用率稳定在92%以上，离田利用量突破3000万吨。",["paraphrase","plan"])
ans("q11-zh-08","zh","潍坊初中生里近视的占多少？",4,["基本情况"],[["71.4%"]],
    "2018年秋季，市教育局会同市卫生健康委对全市中小学生开展视力筛查，共筛查学生98.6万人，总体近视率为53.8%，其中小学36.1%、初中71.4%、高中81.2%。",["paraphrase","figure","colloquial"])
ans("q11-zh-09","zh","潍坊对老师课堂上用电子屏幕的时间有什么硬性要求？",4,["采纳情况"],[["30%"]],
    "您建议减少电子产品在教学中的使用时长，我局已印发通知，要求教师使用电子屏幕教学时长原则上不超过教学总时长的30%。",["paraphrase","figure"])
ans("q11-zh-10","zh","潍坊教室的灯还有多少间没换，啥时候能弄完？",4,["下一步"],[["1800间"],["2019年底前"]],
    "一是2019年底前完成剩余1800间教室的照明改造；二是每学年开展两次视力筛查并向家长反馈结果；三是会同市体育局推广课后体育服务。",["paraphrase","plan","colloquial"])
ans("q11-zh-11","zh","宜昌的柑橘上了保险，一亩地最多能保多少钱？",5,[],[["2000元"]],
    "目前柑橘保险每亩保险金额为2000元，保费由中央、省、县三级财政补贴75%，农户自缴25%。",["paraphrase","figure","colloquial"])
ans("q11-zh-12","zh","2022年底那场寒潮过后，宜昌柑橘保险赔付了多少，惠及多少户果农？",5,[],[["1860万元","1860万"],["1.2万户"]],
    "2022年12月下旬的低温冻害发生后，全市柑橘保险共支付赔款1860万元，受益农户1.2万户。",["paraphrase","figure"])
ans("q11-zh-13","zh","湛江虾塘新建尾水处理设施，政府一亩给多少奖补？",6,[],[["1500元"]],
    "省级下达养殖尾水治理专项资金2800万元，市级配套1200万元，对新建尾水处理设施的养殖主体按每亩1500元给予奖补。",["paraphrase","figure","colloquial"])
ans("q11-zh-14","zh","湛江2023年抽查的养殖尾水样品里，合格的比例有多少？",6,[],[["87.5%"]],
    "2023年，我局委托第三方检测机构抽检养殖尾水样品312个，达标率为87.5%。",["paraphrase","figure"])
ans("q11-zh-15","zh","腾冲那几个国家级传统村落，中央财政每个村给了多少钱？",7,["保护工作"],[["300万元","300万"]],
    "2014年至2015年，12个中国传统村落均获得中央财政补助，每村300万元，主要用于古民居修缮、街巷整治和排水设施建设。",["paraphrase","figure","colloquial"])
ans("q11-zh-16","zh","腾冲在传统村落里组织了多少支村民消防队伍，一共多少人？",7,["消防安全"],[["39支"],["468人"]],
    "组建村级志愿消防队39支，队员468人，每季度开展一次灭火演练。",["paraphrase","figure"])
ans("q11-zh-17","zh","泾县新栽青檀林，一亩给补多少钱？",8,[],[["300元"]],
    "2012年，县财政安排200万元专项资金扶持青檀原料基地建设，在丁家桥镇、榔桥镇新造青檀林3500亩，对新造青檀林每亩补助300元，并由县林业局提供苗木和技术指导。",["paraphrase","figure","colloquial"])
ans("q11-zh-18","zh","泾县造宣纸一年要消耗多少檀皮，本县自己能产多少？",8,[],[["1200吨"],["700吨"]],
    "全县现有青檀林面积约2.6万亩，宣纸企业每年需用青檀皮约1200吨，本地供应量约700吨，其余需从周边县市调入。",["paraphrase","figure"])
ans("q11-zh-19","zh","武清村里搞垃圾分类，老百姓怎么攒积分？",9,["试点"],[["积1分"]],
    "试点村推行“绿色积分”制度，村民每正确投放一次积1分，积分可在村内设立的兑换超市兑换洗衣粉、食用油等日用品，目前已设立兑换超市42个。",["paraphrase","colloquial"])
ans("q11-zh-20","zh","武清试点村分类以后，要拉走的垃圾少了多少？",9,["试点"],[["23%"]],
    "经初步测算，2017年试点村垃圾清运量减少约23%。",["paraphrase","figure"])
ans("q11-zh-21","zh","邵岗镇代表说的那几条斗渠，坏得最厉害的有多长？啥时候先补上？",10,[],[["4.2公里"],["2025年10月底前","10月底前"]],
    "一是2025年10月底前，使用镇级农田水利维修资金对破损严重的4.2公里渠段进行应急修补；",["paraphrase","plan","colloquial"])
ans("q11-zh-22","zh","邵岗镇五支渠下游的末梢村组，现在隔多少天能轮上一次浇水？",10,[],[["9天"]],
    "同时，我镇与灌区管理所协调，对五支渠下游末梢村组实行分段轮灌，将轮灌周期由原来的12天缩短为9天。",["paraphrase","figure"])

# ---------------- en (20) ----------------
ans("q11-en-01","en","How many monitoring sites for pine wilt disease did the National Forestry and Grassland Administration have Liaoning set up in its eastern mountain areas?",1,["疫情监测"],[["1260个","1260"]],
    "我局将辽宁省列为全国松材线虫病疫情监测重点省份，指导辽宁在辽东山区布设监测点位1260个，将媒介昆虫引诱剂诱捕器的设置密度提高到每100公顷1个，同时利用卫星遥感和无人机开展松树异常枯死监测。",["figure"])
ans("q11-en-02","en","What area did drones survey for pine wilt disease in Liaoning in the first half of 2020?",1,["疫情监测"],[["18.6万公顷"]],
    "2020年上半年，辽宁无人机航拍监测面积达到18.6万公顷。",["figure"])
ans("q11-en-03","en","By how much does the forestry administration want the number of infected townships in Liaoning to fall by the end of 2021?",1,["下一步"],[["10%"]],
    "力争2021年底前辽宁疫点乡镇数量下降10%以上，2025年底前辽东山区疫情发生面积和危害程度实现“双下降”。",["plan","figure"])
ans("q11-en-04","en","How many ship garbage reception points had Jiangsu built on its trunk waterways by the end of May 2017?",2,["接收设施"],[["312个"]],
    "截至2017年5月底，全省已在干线航道的船闸和水上服务区建成船舶生活垃圾接收点312个、生活污水接收设施86套、含油污水接收设施41套。",["figure"])
ans("q11-en-05","en","What is the mobile app that boatmen use to book the hand-over of ship waste in the Jiangsu Department of Transport's electronic manifest pilot?",2,["转运处置"],[["运河e行"]],
    "自2017年1月起，我厅在苏北运河试行船舶污染物接收“电子联单”，船员通过“运河e行”手机应用预约交付，接收、转运、处置各环节扫码确认。",["name"])
ans("q11-en-06","en","What was Heilongjiang's overall straw utilisation rate in 2020?",3,[],[["91.2%"]],
    "2020年全省秸秆产生量约1.1亿吨，综合利用率达到91.2%，其中还田面积1.05亿亩，离田利用量2860万吨。",["figure"])
ans("q11-en-07","en","How many straw-burning fire-point leads from satellite monitoring did Heilongjiang check in the autumn and winter of 2020?",3,[],[["1376条"]],
    "全省推广卫星遥感火点监测，2020年秋冬季共核查火点线索1376条，逐条反馈属地处置。",["figure"])
ans("q11-en-08","en","How many primary and secondary school students did Weifang screen for eyesight in autumn 2018?",4,["基本情况"],[["98.6万"]],
    "2018年秋季，市教育局会同市卫生健康委对全市中小学生开展视力筛查，共筛查学生98.6万人，总体近视率为53.8%，其中小学36.1%、初中71.4%、高中81.2%。",["figure"])
ans("q11-en-09","en","How many eye doctors are on the expert team that the Weifang health commission sends into schools?",4,["主要措施"],[["38名"]],
    "市卫生健康委组建由38名眼科医生组成的专家团队，每学期进校园开展近视防控讲座和用眼卫生指导，2018年共进校宣讲215场。",["figure"])
ans("q11-en-10","en","What share of the citrus insurance premium do growers in Yichang pay out of their own pocket?",5,[],[["25%"]],
    "目前柑橘保险每亩保险金额为2000元，保费由中央、省、县三级财政补贴75%，农户自缴25%。",["figure"])
ans("q11-en-11","en","Within how long are small citrus insurance claims settled through Yichang's online platform?",5,[],[["10个工作日"]],
    "同时推广“惠农保”线上平台，农户可通过手机报案、上传照片，小额案件理赔时限缩短至10个工作日。",["figure"])
ans("q11-en-12","en","Where is Yichang piloting citrus target-price insurance, and on how large an area?",5,[],[["宜都"],["枝江"],["3万亩"]],
    "关于你们建议的开展价格类保险，今年我市在宜都市、枝江市试点柑橘目标价格保险，试点面积3万亩，当柑橘地头收购价低于目标价格时按差额赔付。",["figure","place"])
ans("q11-en-13","en","How many online tailwater monitoring points has the Zhanjiang agriculture bureau set up?",6,[],[["36个"]],
    "同时，我局在雷州、徐闻、遂溪3个县（市）布设尾水在线监测点36个，实时监测总氮、总磷等指标。",["figure"])
ans("q11-en-14","en","By when is Zhanjiang's management measure for marine aquaculture tailwater discharge supposed to be issued?",6,[],[["2024年底前"]],
    "市生态环境局将牵头制定《湛江市海水养殖尾水排放管理办法》，明确排放限值和监管责任，计划于2024年底前出台。",["plan","date"])
ans("q11-en-15","en","How many old houses had Tengchong repaired in its traditional villages by the end of March 2016?",7,["保护工作"],[["146栋"]],
    "截至2016年3月底，全市已修缮古民居146栋，整治传统街巷21.5公里。",["figure"])
ans("q11-en-16","en","How many more households in Tengchong's traditional villages were to get their electrical wiring redone by the end of 2016?",7,["下一步"],[["1100户"]],
    "一是2016年底前完成剩余传统村落1100户民居电气线路改造；",["plan","figure"])
ans("q11-en-17","en","What self-sufficiency rate for wingceltis bark does Jingxian county aim to reach by the end of 2015?",8,[],[["80%"]],
    "下一步，我们将继续加大原料基地建设投入，2013年计划新造青檀林5000亩、改造低产青檀林2000亩，力争到2015年底全县青檀皮自给率达到80%以上。",["plan","figure"])
ans("q11-en-18","en","What is the capacity of the Xuan paper raw-material reserve warehouse in Jingxian?",8,[],[["1500吨"]],
    "此外，我委还支持县宣纸协会与县内骨干宣纸企业建立原料共储机制，在县经济开发区建设宣纸原料储备仓库1座，库容1500吨，用于丰年收储、歉年调剂，平抑原料价格波动。",["figure"])
ans("q11-en-19","en","How many towns and villages took part in Wuqing district's 2017 rural waste-sorting pilot?",9,["试点"],[["3个镇"],["42个村"]],
    "2017年，我委在3个镇的42个村开展农村生活垃圾分类试点，按照“可回收物、易腐垃圾、有害垃圾、其他垃圾”四类进行分类，共为试点村配置分类垃圾桶2.1万个。",["figure"])
ans("q11-en-20","en","How many kilometres of field canals did Shaogang town line in 2024 under the high-standard farmland project?",10,[],[["12.5公里"]],
    "2024年，我镇争取高标准农田建设项目，衬砌斗渠12.5公里，更换节制闸36座，新建农桥14座。",["figure"])

# ---------------- metadata (10) ----------------
ans("q11-metadata-01","metadata","国家林业和草原局答复宫振宇代表第6385号建议，用的文号是什么？",1,[],[["林生函〔2020〕217号"]],
    "林生函〔2020〕217号",["metadata","doc-number"])
ans("q11-metadata-02","metadata","江苏省交通运输厅对九三学社第0512号提案的答复是谁签发的，办理结果标的是哪一类？",2,[],[["周志坚"],["B类"]],
    "签发人：周志坚",["metadata","signer","label"])
ans("q11-metadata-03","metadata","What is the 成文日期 (date of writing) of the Heilongjiang agriculture department's reply to suggestion No. 0268?",3,[],[["2021-07-09","2021年7月9日"]],
    "成文日期：2021-07-09",["metadata","date"])
ans("q11-metadata-04","metadata","潍坊市教育局答复陈雅静委员的近视防控提案前，和哪几个部门会商过？",4,[],[["市卫生健康委","卫生健康委"],["市体育局","体育局"]],
    "经与市卫生健康委、市体育局会商，现将办理情况答复如下：",["metadata","co-handling"])
ans("q11-metadata-05","metadata","Which deputies raised the citrus insurance suggestion that the Yichang agriculture bureau answered, and what is the reply's document number?",5,[],[["覃德元"],["向春梅"],["宜农函〔2023〕58号"]],
    "宜农函〔2023〕58号",["metadata","proposer","doc-number"])
ans("q11-metadata-06","metadata","What document number does the Zhanjiang agriculture bureau's reply to CPPCC proposal No. 087 carry, and on what date was it published?",6,[],[["无"],["2024年08月12日"]],
    "• 发布日期：2024年08月12日",["metadata","doc-number","date"])
ans("q11-metadata-07","metadata","腾冲市住建局答复尹正华代表的，是哪次会议的第几号建议？",7,[],[["第38号","38号"],["十六届人大一次会议"]],
    "腾冲市住房和城乡建设局关于市十六届人大一次会议第38号代表建议的答复",["metadata","proposal-number"])
ans("q11-metadata-08","metadata","Who signed Jingxian's reply to county CPPCC proposal No. 45, and which member had raised the proposal?",8,[],[["汪建国"],["曹国良"]],
    "签发人：汪建国",["metadata","signer","proposer"])
ans("q11-metadata-09","metadata","What is the document number of the Wuqing district city management commission's reply to proposal No. 093?",9,[],[["武城管函〔2018〕22号"]],
    "武城管函〔2018〕22号",["metadata","doc-number"])
ans("q11-metadata-10","metadata","邵岗镇这份答复的承办人是谁？联系电话多少？",10,[],[["杨玉兰"],["0953-3051276"]],
    "承办人：杨玉兰　　联系电话：0953-3051276",["metadata","contact"])

# ---------------- multi_turn (6) ----------------
ans("q11-multi_turn-01","multi_turn",["国家林草局答复辽宁松材线虫病防控的建议时，说在哪些县选聘了生态护林员和疫情观察员？","一共选聘了多少人？"],1,["防治资金"],[["520名"]],
    "目前已指导辽宁在新宾、桓仁等4个县选聘生态护林员和专职疫情观察员共520名，参与疫情巡查和疫木除治质量监督。",["figure","follow-up"])
ans("q11-multi_turn-02","multi_turn",["江苏交通运输厅关于内河船舶污染物的答复里，无锡和常州在试点什么做法？","这两个市2016年一共抽运了多少？"],2,["转运处置"],[["3200吨"]],
    "无锡、常州两市试点以政府购买服务方式，由第三方专业单位上门抽运船舶生活污水，2016年两市共抽运生活污水3200吨。",["figure","follow-up"])
ans("q11-multi_turn-03","multi_turn",["How many straw solid-fuel stations has Heilongjiang built, according to the provincial agriculture department's reply?","And what is their combined annual processing capacity?"],3,[],[["460万吨"]],
    "全省已建成秸秆固化成型燃料站726个，年加工能力460万吨；在绥化、海伦等地培育秸秆饲料化加工龙头企业18家，带动建设村级收储点1300余个。",["figure","follow-up"])
ans("q11-multi_turn-04","multi_turn",["Does Weifang count changes in students' myopia rates when it evaluates schools?","How many points is that item worth?"],4,["主要措施"],[["3分"]],
    "在12个县市区各确定1所近视防控试点学校，并将学生近视率变化纳入学校办学水平督导评估，分值为3分。",["figure","follow-up"])
ans("q11-multi_turn-05","multi_turn",["湛江对虾养殖尾水治理，到2023年底完成了多少亩池塘？","那一共建成了多少套处理设施？"],6,[],[["420套"]],
    "截至2023年底，全市已完成尾水治理的养殖池塘3.1万亩，建成“三池两坝”尾水处理设施420套。",["figure","follow-up"])
ans("q11-multi_turn-06","multi_turn",["In Wuqing district's waste-sorting pilot, how many on-site treatment stations for perishable waste have been built?","What is the daily capacity of each one?"],9,["试点"],[["5吨"]],
    "已建成易腐垃圾就地处理站3座，每座日处理能力5吨，处理后的有机肥免费供村民使用。",["figure","follow-up"])

# ---------------- multi_letter (6) ----------------
ml("q11-multi_letter-01","哪些答复提到请第三方单位来干活？各自让第三方做什么？",[2,6,9],[["抽运","检测机构","保洁公司"]],["theme:third-party"])
ml("q11-multi_letter-02","Which replies mention running training courses, and who was trained?",[6,7,9],[["养殖户","工匠","指导员"]],["theme:training"])
ml("q11-multi_letter-03","哪几份答复提到把设施的日常管护写进村规民约？分别管护什么设施？",[7,10],[["消防设施"],["渠道"]],["theme:village-rules"])
ml("q11-multi_letter-04","Which replies mention a mobile app or an online platform, and what is each one called?",[2,4,5],[["运河e行","惠农保","学生视力健康电子档案平台"]],["theme:platform"])
ml("q11-multi_letter-05","哪些答复里用卫星遥感来做监测？分别监测的是什么？",[1,3],[["枯死"],["火点"]],["theme:satellite"])
ml("q11-multi_letter-06","Which replies give a per-mu (每亩) subsidy or reward rate, and how much is it?",[3,6,8],[["40元","35元","30元","1500元","300元"]],["theme:per-mu-subsidy"])

# ---------------- unanswerable (36) ----------------
U = [
 # near-topic, Chinese (22)
 ("辽宁清理一株病死松树，大概要花多少钱？",["near-topic","near:q11-01.txt","per-unit-cost"]),
 ("辽宁的生态护林员每人每年能拿多少补助？",["near-topic","near:q11-01.txt","per-unit-rate"]),
 ("江苏的船闸和服务区接收船舶含油污水，一吨收多少钱？",["near-topic","near:q11-02.txt","fee"]),
 ("苏州在运河沿线一共建了多少个船舶垃圾接收点？",["near-topic","near:q11-02.txt","other-place"]),
 ("在黑龙江露天烧秸秆被查到，要罚多少钱？",["near-topic","near:q11-03.txt","fee"]),
 ("黑龙江2020年的秸秆综合利用率比2019年提高了几个百分点？",["near-topic","near:q11-03.txt","year-comparison"]),
 ("潍坊给近视的中小学生配眼镜有没有补贴？一副补多少？",["near-topic","near:q11-04.txt","per-unit-rate"]),
 ("潍坊2017年中小学生总体近视率是多少？",["near-topic","near:q11-04.txt","year-comparison"]),
 ("宜昌柑橘保险每亩要交多少保费？",["near-topic","near:q11-05.txt","fee"]),
 ("宜昌柑橘目标价格保险里的目标价格定在每斤多少钱？",["near-topic","near:q11-05.txt","per-unit-rate"]),
 ("2022年12月那场冻害，宜昌一共有多少亩柑橘受了灾？",["near-topic","near:q11-05.txt","count"]),
 ("湛江养殖尾水总氮的排放限值定的是多少？",["near-topic","near:q11-06.txt","figure"]),
 ("湛江委托的是哪家第三方检测机构来抽检养殖尾水？",["near-topic","near:q11-06.txt","named-company"]),
 ("徐闻县目前完成了多少亩养殖尾水治理？",["near-topic","near:q11-06.txt","other-place"]),
 ("腾冲修缮一栋古民居，政府给补助多少钱？",["near-topic","near:q11-07.txt","per-unit-rate"]),
 ("腾冲的12个中国传统村落分别是哪些村？",["near-topic","near:q11-07.txt","named-village"]),
 ("泾县青檀皮现在的收购价是一吨多少钱？",["near-topic","near:q11-08.txt","price"]),
 ("泾县农民种沙田稻，每亩能拿到多少补贴？",["near-topic","near:q11-08.txt","per-unit-rate"]),
 ("武清的“绿色积分”一分能换多少钱的东西？",["near-topic","near:q11-09.txt","per-unit-rate"]),
 ("武清开展农村垃圾分类试点的是哪3个镇？",["near-topic","near:q11-09.txt","named-place"]),
 ("邵岗镇衬砌一公里斗渠大概要花多少钱？",["near-topic","near:q11-10.txt","per-unit-cost"]),
 ("邵岗镇农田灌溉的水费一亩地多少钱？",["near-topic","near:q11-10.txt","fee"]),
 # near-topic, English (10)
 ("How many pine-wilt-infected townships did Liaoning have in 2018?",["near-topic","near:q11-01.txt","year-comparison"]),
 ("How much did it cost to develop the Yunhe e-Xing app behind Jiangsu's electronic waste manifest for ships?",["near-topic","near:q11-02.txt","budget"]),
 ("What was Hailun city's own straw utilisation rate in 2020?",["near-topic","near:q11-03.txt","other-place"]),
 ("What is Qingdao's overall myopia rate among school students, for comparison with Weifang?",["near-topic","near:q11-04.txt","other-place"]),
 ("Which insurance company underwrites Yichang's policy-based citrus insurance?",["near-topic","near:q11-05.txt","named-company"]),
 ("What fine does Zhanjiang impose on shrimp farms whose tailwater fails the discharge standard?",["near-topic","near:q11-06.txt","fee"]),
 ("How many fires broke out in Tengchong's traditional villages in 2015?",["near-topic","near:q11-07.txt","count"]),
 ("What was the total output value of Jingxian's Xuan paper industry in 2012?",["near-topic","near:q11-08.txt","figure"]),
 ("How much is each waste-sorting instructor in Wuqing's pilot villages paid per month?",["near-topic","near:q11-09.txt","per-unit-rate"]),
 ("Which construction company lined Shaogang town's field canals in 2024?",["near-topic","near:q11-10.txt","named-company"]),
 # off-topic (4)
 ("申请个人住房公积金贷款，最高能贷多少？",["off-topic"]),
 ("今年高考对体育特长生的加分政策有什么变化？",["off-topic"]),
 ("What subsidy does Tianjin give residents for buying a new-energy car?",["off-topic"]),
 ("What is the monthly basic pension for rural residents in Guangdong?",["off-topic"]),
]
for i,(q,t) in enumerate(U,1):
    una(f"q11-unanswerable-{i:02d}", q, t)

with open(__import__("os").path.join(__import__("os").path.dirname(__import__("os").path.abspath(__file__)),"qa11.jsonl"),"w",encoding="utf-8") as f:
    for d in Q: f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(Q))
