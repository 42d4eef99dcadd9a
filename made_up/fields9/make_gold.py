#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f9-01…f9-40), labelled by hand with the rules of "
    "fields_rules.md as applied to fields7 and fields8. Values are copied as printed from the page text after "
    "the 4-line front matter; a field not stated is null ([] for lists). title = the letter's own title (lines "
    "joined, layout spaces dropped; own title over a differing portal heading; the first full printing when "
    "another printing is cut or has lost a character); when the letter prints none, the page heading, else a "
    "metadata 标题/名称/信息名称 field (a form's 提案标题, which names the proposal, is not taken); genre-word "
    "headings are not titles. issuer from the sign-off (a stamp note （盖章） dropped), else the title prefix, else "
    "a letterhead line, else a title suffix; portal banners/footers (主办: lines included), publishing offices "
    "(发布机构/发布机关/发文机关/来源/答复单位 of a form), internal departments and contact lines never; only "
    "我局 -> null. doc_number as printed after its label (发文字号, 文号, 建议字), without a trailing result "
    "category (A类/（B类）/A). proposal_no without 第/号, leading zeros kept, also from 立案号 or 提案编号, also "
    "when printed as (N号) or N号 without 第. kind 提案 (CPPCC) or 建议 (people's congress). proposers without "
    "代表/委员 titles: only persons named before 等/等N位, every person in a name list, 提案人/附议人 or "
    "建议人/联名代表 fields, the unmasked name of the salutation over a masked form field, or the group's name. "
    "signer from 签发人 or 领导签发 (a filled label; an empty one is null) or an 审签 sentence (name only); 审阅, "
    "核稿人, 拟稿人 are not signers. date_signed from the sign-off date (Chinese numerals converted); null when "
    "there is no sign-off date or the printed date is garbled (digits run together) or lacks the day; "
    "date_published = 发布日期/发布时间/时间/日期, else another page or metadata date (a dated 来源 line, an "
    "unlabelled date on the source line, 公开日期, 生成日期, a form's 答复日期), never the day's date printed as "
    "page furniture, a proposal's 提交日期, 成文日期 when a publishing date is printed, or a date in the body. "
    "co_handlers only units named as co-handling the reply (会同…研究, 经商, 经与…研究, 经结合…共同研究, "
    "会办/协办单位 lines); never joint site surveys or household checks (会同…调查/摸底), drafting or programme "
    "work, future work, the lead unit of a 协办/会办意见, 抄送/抄报 lines."
)

N = None
# file: (title, issuer, doc_number, proposal_no, kind, proposers, signer, date_signed, date_published, co_handlers, note)
ROWS = {
 "f9-01.txt": ("南涧彝族自治县水务局关于对南涧彝族自治县第十七届人民代表大会第三次会议第64号建议办理情况的复函", "南涧彝族自治县水务局", N, "64", "建议",
   ["字开顺", "李凤仙", "罗文刚", "茶建华", "自正国", "杨丽琼", "鲁德明"], N, "2023-09-18", N, [],
   "One-line metadata with spaced labels: 标      题 holds the same string as the heading (the letter prints no own title). 发布机关 is never the issuer; the sign-off names the same bureau. 发文字号, 著录日期 and 生效日期 are empty, so doc_number and date_published are null (the index number 2023-0926007 is not a date). Seven deputies listed before one 代表 with no 等: all listed. The proposal began as an 议案 and was turned into a 建议: kind 建议. '指导小湾东镇…临时衬砌' is future work."),
 "f9-02.txt": ("关于对市二届人大二次会议第41号建议的答复函", N, N, "41", "建议", ["汪立新", "程美华", "储国栋"], N, N, "2023-10-19", [],
   "The letter's own printing '关于对市二届人大次会议…' has lost the 二 of 二次; the full printing (heading, 名称) was taken (judgement: a damaged own title treated like a cut one). No unit signs, the title has no prefix, 发布机构/来源 '市住建局' are never used: issuer null. The three names before 等代表 are all listed (the salutation runs on into the next line). The sign-off '2023105' has lost 年/月/日 and cannot be read safely (10-5? 1-05?): date_signed null. 发布日期 = 生成日期 2023-10-19. The joint survey by 市住建局 and 港口镇政府 is field work; '配合港口镇' is future."),
 "f9-03.txt": ("松阳县水利局关于县十七届人大四次会议第021号闭会建议的答复", "松阳县水利局", N, "021", "建议", ["叶建平"], N, "2025-03-14", N, [],
   "Mirror page: the injected spam name in the banner and in the body ('您在云端快讯网_官方入口第十七届…') is ignored. Heading = title (the letter prints none). Leading zero kept (021). '县水利局会同象溪镇、县农投公司赴现场开展了实地调查，经综合研究' was read as a joint site survey (field work), not co-handling (judgement: a reader who counts every 会同 would list 象溪镇 and 县农投公司). No page date."),
 "f9-04.txt": ("对县政协十届五次会议第0118号提案的答复", "永兴县自然资源局", N, "0118", "提案", ["曹丽萍"], N, "2021-09-14", "2021-09-16", [],
   "Heading = 名称 = title (the letter prints none). 发文机关 '县自然资源局' and the footer '主办:永兴县自然资源局' are never the issuer; the sign-off is. 文号 empty. The unlabelled date on the 来源 line (2021-09-16, equal to 发文日期) is the page date; the sign-off is two days earlier. 来源 '综合股' is an internal section."),
 "f9-05.txt": ("对开远市十八届人大一次会议第96号建议的答复", "开远市自然资源局", "开自然资函〔2022〕31号", "96", "建议", ["普建华"], N, "2022-08-15", "2022-11-03", [],
   "Heading without unit = title (the letter prints none). 时间 2022/11/03 -> date_published, months after the sign-off. Contact line before the sign-off is not the issuer. '市自然资源局会同乐白道街道对…违规建房进行了逐户摸底' is a household check (field work), not co-handling of the reply."),
 "f9-06.txt": (N, "英德市自然資源局", "英自然資規劃【2020】19號", "2020114", "建议", ["黃志強"], N, "2020-07-28", N, [],
   "Traditional mirror of a 會辦意見 sent to the lead unit 市交通運輸局 (not a co-handler; the issuer is itself the co-handling unit). No heading and no title: title null. Doc number kept with its 【】 brackets. proposal_no from '立案號：2020114號'. kind 建议 (代表). '請提前與市林業局溝通' is advice for the future. No page date."),
 "f9-07.txt": ("关于县政协九届五次会议第87号提案的答复", "长兴县交通运输局", N, "87", "提案", ["俞晓春"], N, "2021-07-12", "2021-07-15", ["县财政局"],
   "Heading printed twice, identical; the letter prints no own title. 文件编号 empty (发布机构 follows). 成文日期 2021-07-12 equals the sign-off; 发布日期 2021-07-15 15:01:24 -> date_published. '我局会同县财政局对提案进行了认真研究' -> co-handler. 公开方式/公开时限 are not fields."),
 "f9-08.txt": ("县政协十届三次会议《关于加强老旧小区物业管理的建议》(63号)答复", "彰武县住房和城乡建设局", N, "63", "提案", ["韩玉梅"], N, "2021-04-09", "2021-04-14", [],
   "Heading = title (the letter prints none); it names the proposal and '(63号)' without 第. kind 提案: a 县政协 item to a 委员, although the proposal's name ends in 建议. 来源 names the bureau but the issuer comes from the sign-off. 日期 2021-04-14 -> date_published. '会同县司法局开展《…物业管理办法》起草论证工作' is drafting work, not co-handling of the reply."),
 "f9-09.txt": (N, "澧县农业农村局", N, "56", "提案", ["彭建国"], N, "2022-06-08", "2022-06-10", ["县商务局"],
   "Online form: 提案标题 holds the proposal's name, not the reply's title, and the reply prints no heading: title null (judgement; fields8 took a database 標題 cell, but here the label itself says it is the proposal's title). 提案人 is masked (彭**); the salutation gives 彭建国. 提案编号 第56号 and '第56号提案' in the body. 答复单位 is a form field (the sign-off gives the issuer). 答复日期 2022-06-10 -> date_published; 提交日期 is the proposal's date, never used. '经与县商务局共同研究' -> co-handler."),
 "f9-10.txt": ("对政协献县第十届委员会第一次会议19号提案的答复", N, N, "19", "提案", ["孙立华", "马德胜", "郑秀云"], "杜宏伟", "2017-07-06", N, [],
   "The letter's own title (two lines, number without 第) wins over the short heading '第19号提案的答复'. No unit signs, the title has no prefix, the breadcrumb names only the portal office: issuer null. Three 委员 all listed (the salutation's 们 slipped to the next line). '领导签发：杜宏伟' taken as a 签发 line -> signer (judgement: the rule names 签发人; 领导签发 is the same sign-off label). The top date 2017年8月21日 星期一 is page furniture, so date_published null. 抄报 units are not co-handlers; 附件 is empty."),
 "f9-11.txt": ("关于县十八届人大三次会议第57号代表建议的答复函", N, N, "57", "建议", ["孙玉兰"], N, "2023-05-09", N, [],
   "The bureau appears only in the portal banner (never the issuer); the letter ends with 办复类别/联系电话/联系人 and a bare date, so issuer null and date_signed = that date. '尊敬的' and 代表 dropped. 联合县邮政管理部门开展专项整治 is field work. No page date."),
 "f9-12.txt": ("大姚县交通运输局关于政协大姚县第九届委员会第二次会议第41号提案的续复", "大姚县交通运输局", N, "41", "提案", ["杨家富", "段兴美"], N, "2019-06-20", "2019-06-27", ["县财政局"],
   "A follow-up reply (续复); the heading is the title. Two 委员 listed. The earlier reply date 2018年7月10日 is in the body and is ignored. '经与县财政局共同研究' -> co-handler. 发布时间 2019/6/27 -> date_published; 来源 not used."),
 "f9-13.txt": ("范縣農業農村局對縣十一屆人大一次會議第31號建議的答復", "范縣農業農村局", N, "31", "建议", ["王書林"], N, "2022-08-12", "2022-08-16", [],
   "Traditional mirror. The letter ends with a bare date, so the issuer comes from the title prefix. '來源:縣政府辦2022-08-16' runs the office and the date together: the office is not used, the date is the page date -> date_published. 農田建設股 is an internal section."),
 "f9-14.txt": ("关于州十四届人大一次会议65号建议的答复", "德宏傣族景颇族自治州交通运输局", "德交发(2017)214号", "65", "建议", ["岳正荣"], N, "2017-08-25", "2017-12-20", [],
   "The letter's own title (no 对, number without 第) wins over the heading '关于对州…第65号建议的答复'. Doc number kept with half-width brackets. Long autonomous-prefecture name from the sign-off; 来源 short name not used. 发布时间 2017-12-20 -> date_published. Contact line before the sign-off ignored."),
 "f9-15.txt": ("对南和区第三届人民代表大会第二次会议第27号建议的答复", N, "〔2023〕11号", "27", "建议", ["郭振海"], "王建国", "2023-07-20", "2023-07-25", ["和阳镇"],
   "Title = the repeated printing (the heading is the same string with a stray space). No unit signs (bare date), the title has no prefix, 来源 '交通局' never: issuer null. '建议字:〔2023〕11号' is the only document number; the value after the label is taken (judgement: its 建议字 prefix became the label). 办理结果:(B) is a category. Only 郭振海 named before 等4名代表. '领导签发:王建国' -> signer (judgement, as f9-10). '经结合和阳镇共同研究' read like 经与…共同研究 -> co-handler (judgement). 抄送 units never."),
 "f9-16.txt": ("重庆市綦江区横山镇人民政府关于横山镇第十八届人民代表大会第一次会议第12号建议的复函", "重庆市綦江区横山镇人民政府", "2022-47", "12", "建议", ["罗长春"], N, "2022-05-20", "2022-05-23", [],
   "Heading = unit line + the two title lines joined (the unit line stands directly above the 关于 line, as in fields8's f8-13), so the title keeps the unit. [ 发文字号 ] holds '2022-47', copied as printed (judgement: it looks like a serial, but it is the value of the doc-number label). 成文日期 equals the sign-off; 发布日期 2022-05-23 -> date_published. '已经镇政府镇长周明辉审阅' is 审阅, not 审签: signer null. 镇水利站 is the town's own station."),
 "f9-17.txt": ("关于加强农村饮水工程管护的建议的答复", N, N, "112", "建议", ["刘春生"], N, N, "2023-07-28", [],
   "No sign-off at all: issuer and date_signed null (the body says 我县 only). The heading names the proposal's subject plus 的答复 and is the only title. Number from '（第112号）'. 来源 is empty; 发布时间 -> date_published."),
 "f9-18.txt": ("自然资源部对十四届全国人大一次会议第3317号建议的答复", "自然资源部", "自然资人议复字〔2023〕116号", "3317", "建议", ["马晓东"], N, "2023-07-14", "2023-08-02", ["中国气象局"],
   "Heading = title (the letter prints none). '经商中国气象局' -> co-handler; '与中国气象局联合开展…预警' is programme work and '将会同有关部门' names nobody. （此件公开发布） is a publication note."),
 "f9-19.txt": ("关于政协十三届全国委员会第五次会议第01462号提案答复的函", "国家林业和草原局", "林办提字〔2022〕58号", "01462", "提案", ["农工党中央"], N, "2022-08-26", "2022-09-21", ["财政部", "中国农业发展银行"],
   "Heading = title; the 摘要 line is a summary, not a title. Leading zero kept. 来源 '办公室' is an internal office. '经商财政部、中国农业发展银行' -> two co-handlers (a bank is a unit named as consulted). 公开方式 line is not a field."),
 "f9-20.txt": ("江西省水利厅关于省政协十三届一次会议第20230145号提案的答复", "江西省水利厅", "赣水提字〔2023〕22号", "20230145", "提案", ["江西省工商业联合会"], N, "2023-07-18", "2023-07-31", ["省财政厅", "省农业农村厅"],
   "Heading = title. The bare 'A' after the doc number is a result category and is dropped. Proposer is a people's organisation addressed as 贵会. '我厅会同省财政厅、省农业农村厅进行了认真研究' -> two co-handlers. The 附件 file names are not titles."),
 "f9-21.txt": ("关于省政协十二届二次会议第0236号提案的答复", "甘肃省文化和旅游厅", "甘文旅函〔2019〕173号", "0236", "提案", ["刘文杰"], "王文涛", "2019-08-02", "2019-08-16", [],
   "Heading = title. 来源 '政策法规处' is an internal division. '（本件经厅长王文涛审签）' -> signer, name only. 时间 2019-08-16 -> date_published. '将联合省文物局推进…' is future programme work; 抄送 units never."),
 "f9-22.txt": ("关于省十三届人大三次会议第0468号建议的答复", "黑龙江省农业农村厅", "黑农厅函〔2020〕231号", "0468", "建议", ["绥化市代表团"], N, "2020-07-17", "2020-07-21", ["省财政厅"],
   "Own title equals 信息名称. （B类） is a category. Doc number from 发文字号 in the metadata. No 发布日期: 生成日期 2020-07-21 is the only page date and was taken (the sign-off is 2020-07-17). Proposer is a city delegation. '经与省财政厅共同研究' -> co-handler."),
 "f9-23.txt": ("贵州省教育厅关于省政协十二届四次会议第1208号提案的答复", "贵州省教育厅", "黔教提复〔2021〕47号", "1208", "提案", ["中国民主建国会贵州省委员会"], N, "2021-08-12", "2021-08-30", ["省人力资源社会保障厅"],
   "Title printed as heading and again in the letter (same). Proposer is a democratic party's provincial committee (full name in the salutation). '我厅会同省人力资源社会保障厅进行了认真研究' -> co-handler."),
 "f9-24.txt": ("關於市五屆人大三次會議第79號建議的答覆", "玉林市林業局", N, "79", "建议", ["陸海燕", "龐國強"], N, "2019-08-20", "2019-09-05", ["市農業農村局"],
   "Traditional page; values kept in traditional characters, 答覆 as printed. Two deputies without 等, both listed. '經與市農業農村局研究' -> co-handler. 發布日期 -> date_published; 信息來源 names the bureau but the issuer comes from the sign-off."),
 "f9-25.txt": ("关于市政协十六届四次会议第125号提案的答复", "日照市生态环境局", "日环函〔2020〕88号", "125", "提案", ["民进日照市委员会"], "孙立强", "2020-08-05", "2020-08-14", ["市财政局"],
   "Doc number and 签发人 on one line: doc_number is the number alone, signer the name. Proposer is a democratic party's city committee. '经商市财政局' -> co-handler. 发布日期 in the card -> date_published."),
 "f9-26.txt": ("关于市九届人大二次会议第143号建议的协办意见", "荆门市财政局", "荆财教函〔2018〕17号", "143", "建议", ["吴德华"], N, "2018-05-30", "2018-06-12", [],
   "协办意见 addressed to the lead unit 市教育局: the lead is not a co-handler and the issuer is itself the co-handling unit, so co_handlers []. '由主办单位会同人社部门研究提出' is the lead's future work. Number also printed '（第143号）'."),
 "f9-27.txt": ("关于市政协八届四次会议第0072号提案办理情况的函", "乐山市农业农村局", N, "0072", "提案", ["杨文秀"], N, "2020-08-28", "2020-09-09", ["市财政局", "市市场监管局"],
   "Heading = title (…提案办理情况的函). '我局会同市财政局、市市场监管局进行了认真研究' -> two co-handlers. The 附件下载 file names (one is a plan's title) are not titles."),
 "f9-28.txt": ("关于市政协七届五次会议第34号提案的答复", "白山市卫生和计划生育委员会", "白卫计提复〔2016〕9号", "34", "提案", ["金海峰"], "张德福", "2016-07-08", "2016-07-21", [],
   "The letterhead is separated from the title by the doc number and the 签发人 line, so it is not part of the title. 签发人 -> signer; 核稿人 and 拟稿人 are not signers. '与吉林医药学院签订协议' is programme work. 抄送 units never."),
 "f9-29.txt": ("盐城市交通运输局关于市八届人大三次会议第0215号建议的答复", "盐城市交通运输局", N, "0215", "建议", ["盐都区代表团"], N, "2022-07-22", "2022-08-03", ["市公安局交警支队"],
   "Heading = title. '答复类型：A（已解决）' is a category line. Proposer is a district delegation. '经与市公安局交警支队研究' -> co-handler (the detachment's own lane work is reported later)."),
 "f9-30.txt": ("关于市政协五届一次会议第0157号提案的答复", "安康市人力资源和社会保障局", N, "0157", "提案", ["农工党安康市委会"], N, "2021-08-30", "2021-09-13", [],
   "Heading = title. Proposer is a democratic party's city committee in its short form, kept as printed. 来源/作者 '市人社局/人社局' not used. '将会同市财政局研究…' is future, so no co-handlers."),
 "f9-31.txt": ("关于县十七届人大四次会议第23号建议的答复", "门源回族自治县林业和草原局", "门林草函〔2024〕9号", "23", "建议", ["祁成林"], "马永福", "2024-06-28", "2024-07-05", [],
   "'A类' and '签发人：马永福' share the first line: A类 is a category, 签发人 -> signer. The letterhead is separated from the title by the doc number. 发布时间 -> date_published. 抄送 units never."),
 "f9-32.txt": ("奇台县文化体育广播电视和旅游局关于县政协十四届四次会议第26号提案的答复", "奇台县文化体育广播电视和旅游局", N, "26", "提案", ["努尔兰·加帕尔"], N, "2020-08-10", "2020-08-22", [],
   "Only the person named before 等2位委员 is listed, kept with the middle dot. Sign-off date 二〇二〇年八月十日 -> 2020-08-10. 来源 short name not used."),
 "f9-33.txt": ("准格尔旗住房和城乡建设局关于旗十七届人大三次会议第45号建议的答复", "准格尔旗住房和城乡建设局", N, "45", "建议", ["高占军"], N, "2019-07-26", "2019-08-01", ["旗财政局"],
   "信息名称 equals the letter's own title. 发布机构 is the banner government's office, never the issuer. No 发布日期: 公开日期 2019-08-01 -> date_published (成文日期 equals the sign-off). '经与旗财政局共同研究' -> co-handler."),
 "f9-34.txt": ("西吉县教育体育局关于县政协十四届一次会议第036号提案的答复", "西吉县教育体育局", N, "036", "提案", ["马玉兰"], N, "2022-06-30", "2022-07-11", [],
   "Sign-off '西吉县教育体育局（盖章）': the stamp note is dropped. （A类） is a category. Leading zero kept (036). 发布时间 with clock time -> date."),
 "f9-35.txt": ("雷山县卫生健康局关于县十八届人大一次会议第19号建议的答复", "雷山县卫生健康局", N, "19", "建议", ["杨昌林"], N, "2021-07-28", "2021-08-09", ["雷山县医疗保障局", "雷山县财政局"],
   "The top date 2024年3月5日 星期二 is the day's date (furniture), not a page date; 发布时间 2021-08-09 is. 主办单位 is the issuer; the two 会办单位 are co-handlers (the body also reports what the 医保部门 and 县财政 did)."),
 "f9-36.txt": ("宣恩县农业农村局对县政协十届四次会议第36号提案的答复", "宣恩县农业农村局", N, "36", "提案", ["向志红", "田明贵", "彭俊"], N, "2020-09-03", "2020-09-18", [],
   "The salutation names only the lead member ('您领衔提出的'); the appended 提案原文 gives 提案人 and 附议人, and by the 领衔/附议 rule all three are proposers (judgement: a reader who stops at the salutation would list only 向志红). The 案由 line repeats the proposal's name, not the reply's title."),
 "f9-37.txt": ("关于区十七届人大四次会议第0037号建议的答复", "苏州市吴江区交通运输局", N, "0037", "建议", ["沈国平", "吴晓燕", "钱志明", "陆建忠", "费丽娟"], N, "2024-06-14", "2024-06-27", [],
   "建议人 + 联名代表 line above the salutation: all five are proposers (like a 领衔/附议 card), although the salutation names only 沈国平. Leading zeros kept (0037). 来源 '区交通运输局' not used; issuer from the sign-off with the city prefix."),
 "f9-38.txt": ("长汀县旅游局关于县政协九届五次会议第52号提案的答复", "长汀县旅游局", "汀旅函〔2016〕14号", "52", "提案", ["傅志坚"], N, "2016-07-25", "2016-08-05", [],
   "'B类' and an empty '签发人：' on one line: the category is dropped and the empty label gives no signer (null). Heading = title (the letter prints none)."),
 "f9-39.txt": ("润城镇人民政府关于县十七届人大五次会议第88号建议的答复", "润城镇人民政府", N, "88", "建议", ["李建斌"], N, "2021-09-27", "2021-10-12", [],
   "Town government reply on the county portal. Sign-off date 二〇二一年九月二十七日 -> 2021-09-27. 发布日期 in the 主题分类 | 公开方式 | 发布日期 line -> date_published. 阳城县人民政府 is the portal banner."),
 "f9-40.txt": ("关于区政协七届三次会议第0119号提案的答复", "北京市怀柔区园林绿化局", N, "0119", "提案", ["张淑芬"], N, N, "2024-08-06", ["区财政局", "区水务局"],
   "The sign-off date '2024年7月' has no day, so date_signed null (judgement: a YYYY-MM-DD value cannot be formed). '经商区财政局、区水务局' -> two co-handlers; 区水务局's own restoration work is also reported. 来源 not used."),
}

KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers", "signer",
        "date_signed", "date_published", "co_handlers", "_note"]
letters = {f: dict(zip(KEYS, row)) for f, row in sorted(ROWS.items())}
assert len(letters) == 40
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump({"_comment": COMMENT, "letters": letters}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("wrote", out, len(letters), "letters")
