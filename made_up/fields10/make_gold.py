#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f10-01…f10-40), labelled by hand with the rules of "
    "fields_rules.md as applied to fields7, fields8 and fields9. Values are copied as printed from the page text "
    "after the 4-line front matter; a field not stated is null ([] for lists). title = the letter's own title "
    "(lines joined, layout spaces dropped; own title over a differing portal heading; the first full printing "
    "when another printing is cut or has lost a character; a unit line standing directly above the 关于 line is "
    "part of the title, a letterhead separated from it by 类别/签发人/doc-number lines is not; a doc number "
    "appended to the heading in square brackets is not part of the title); when the letter prints none, the page "
    "heading, else a metadata 标题/名称/信息名称 field; genre-word headings (建议答复, 提案答复) are not titles; a "
    "copy cut before its heading has no title. issuer from the sign-off (a stamp note （盖章） dropped; a joint "
    "signature kept as printed on its line, full-width spaces included), else the title prefix, else a letterhead "
    "line, else a title suffix; portal banners/footers, a mirror's site name standing where the sign-off unit "
    "belongs, publishing offices (发布机构/来源/来源于/发布人/答复单位), internal departments, contact lines and a "
    "blank 承办单位：（公章） template never; only 我局 -> null. doc_number as printed after its label or in the "
    "heading's brackets (inner spaces kept), without a trailing result category (A类/B类). proposal_no without "
    "第/号, leading zeros kept, letters kept (2025B017), full-width digits written as ASCII digits and a number "
    "in Chinese numerals (第二十三号) converted; never a category number (…类189号), a number inside a doc number "
    "(…（2019）第8号), or a sibling letter's number; also taken from the body. kind 提案 (CPPCC) or 建议 "
    "(people's congress). proposers without 代表/委员 titles: persons named before 等/等N名, every person in a "
    "name list, 提案人/附议人 fields, members named in the opening sentence as joint proposers (与X、Y委员联名提出), "
    "the member named in a 协办意见 to the lead unit, or the group's name (party committee, delegation); the "
    "delegation field of a deputy's card is not a proposer. signer from 签发人 (a filled label; an empty one is "
    "null) or an 审签 note (name only); 主管领导, 承办负责人, 网络编辑, 审核 are not signers. date_signed from "
    "the sign-off date (Chinese numerals and full-width digits converted, spaces inside a date ignored); a date "
    "standing where the sign-off belongs under a site name is taken; null when there is no sign-off date, the "
    "template date is blank (二0 年 月 日), or the printed date is garbled (digits run together: 2021819, "
    "20211012). date_published = 发布日期/发布时间/时间/日期 (a metadata 发布日期 of a republished page is "
    "preferred to an inner 时间 line), else another page or metadata date (an unlabelled date before 信息来源, "
    "a dated 来源 line, 更新时间, 添加时间, 发文时间/发文日期 when no publishing date is printed, a card's or "
    "block's 答复日期/答复时间), never a 交办日期, the dates of a second letter's furniture on the same page, or "
    "a date in the body. co_handlers only units named as co-handling the reply (会同…研究, 经商, 经与…研究, 经与…"
    "共同研究, a card's 会办 column); never joint field work (会同…实地踏勘/实地调查, 联合…整治), programme "
    "work (会同…列入扶持名单), future work (将会同), the lead unit of a 协办意见, co-signers of a joint reply, "
    "抄送/报 lines. Where a page carries a second letter's furniture (f10-13) or prints the letter twice (f10-06, "
    "f10-23), only the first letter is labelled."
)

N = None
# file: (title, issuer, doc_number, proposal_no, kind, proposers, signer, date_signed, date_published, co_handlers, note)
ROWS = {
 "f10-01.txt": ("临朐县交通运输局关于对政协临朐县第十五届委员会第五次会议第73号提案的答复函", "临朐县交通运输局", "临交函〔2021〕46号", "73", "提案",
   ["贾文涛", "孙丽娜"], N, N, "2021-08-19", ["县财政局"],
   "All metadata run into one line; 标 题 equals the heading (the letter prints no own title). 发布机构 is never the issuer; the sign-off is. The sign-off '2021819' has lost 年/月/日 (like the body's '420日'): date_signed null. No 发布日期 is printed: 发文时间 2021-08-19 is the only page date and was taken (judgement: it equals what the sign-off seems to say). '经与县财政局研究' -> co-handler. The salutation has no colon; both members listed."),
 "f10-02.txt": ("蒲城县民政局关于对政协蒲城县十届四次会议第58号提案的答复", "蒲城县民政局", "蒲民函【2024】131号", "58", "提案",
   ["刘晓燕", "高建军"], "王振宇", "2024-06-21", "2024-07-02", [],
   "The heading prints the unit line directly above the 关于 line, so the title keeps the unit (as fields8 f8-13). '类别：提案' names the genre, not a result category. '蒲城县民政局文件' is a red-header line. Doc number kept with its 【】 brackets. Two members named before 等委员, both listed. 签发人 -> signer."),
 "f10-03.txt": ("对县政协十届二次会议第41号提案的复函", "武功县住房和城乡建设局", "武住建函〔2023〕 62号", "41", "提案",
   ["孟凡清", "赵雅琴"], N, "2023-07-05", "2023-07-12", [],
   "Heading = title (the letter prints none). 类别：A is a category. '签发人：' is empty: signer null; 主管领导 席卫东 is not a signer. Doc number copied as printed with its stray space before 62 (judgement: a parser may drop the space). Sign-off date '2023年 7 月 5 日' printed with spaces -> 2023-07-05. 信息来源 short name never the issuer."),
 "f10-04.txt": ("鄯善县农业农村局关于县十八届人大一次会议第0032号建议办理情况的答复", "鄯善县农业农村局", N, "0032", "建议",
   ["艾尔肯·吐尔逊"], N, "2022-06-20", "2022-06-28", ["县水利局"],
   "Suggestion card and reply on one page. The card's 题目 is the suggestion's name; the reply prints its own title. 领衔代表 is the proposer (kept with the middle dot); the 代表团 field is the deputy's delegation, not a group proposer. (A类) is a category. 县水利局 is both the card's 会办 unit and named in '我局会同县水利局进行了认真研究' -> co-handler. The card's 答复日期 2022年6月28日 is the only page date -> date_published; 交办日期 2022-03-15 never."),
 "f10-05.txt": ("关于县十六届人大四次会议第27号建议的答复", "嵊泗县交通运输局", "嵊交〔2019〕38号", "27", "建议",
   ["陈海波"], N, "2019-07-04", "2019-07-09", ["嵊泗海事处"],
   "The heading appends the doc number in square brackets: the title is the heading without it, the doc number is the bracketed string (judgement). The unlabelled date before 信息来源 (2019-07-09) is the page date. '经与嵊泗海事处研究' -> co-handler. 联系人 line names an internal section (运输科), never the issuer."),
 "f10-06.txt": ("对县政协九届二次会议第29号提案的复函", "宁化县教育局", N, "29", "提案",
   ["张秀英", "邱明辉", "巫志强", "伍丽华"], N, "2018-08-30", "2018-09-04", [],
   "The page prints the letter twice (the second copy after '标题：…，正文：' is cut); only one letter is labelled. Four members listed without 等 and without a colon: all four. 联系单位 line, 作者 and 来源 never the issuer (the sign-off is). 网络编辑 is not a signer."),
 "f10-07.txt": ("崇義縣文化廣電新聞出版旅遊局關於縣政協九屆四次會議第35號提案的答覆", "崇義縣文化廣電新聞出版旅遊局", N, "35", "提案",
   ["鍾立新"], N, "2020-09-11", "2020-09-18", ["縣交通運輸局"],
   "Traditional mirror; values kept in traditional characters. Heading with issuer prefix = title. 發布機構 short form (文廣新旅局) never the issuer. '尊敬的' and 委員 dropped. '經商縣交通運輸局' -> co-handler. Sign-off date 二〇二〇年九月十一日 -> 2020-09-11."),
 "f10-08.txt": ("对隆回县十七届人大一次会议第103号建议答复", N, "隆林函〔2017〕19号", "103", "建议",
   ["谢永春"], N, "2017-07-28", "2017-08-02", [],
   "The letter's own title (two lines, '答　　复' spaced, no 的) wins over the heading '…第103号建议的答复'. The doc number is run into 'B类 同意公开': category dropped. No unit signs (bare date), neither title has a prefix, 来源 '县林业局' never: issuer null. 'X县人大代表' -> the name alone. 承办负责人 is not a signer."),
 "f10-09.txt": ("关于县十九届人大三次会议第66号建议的答复", "嘉鱼县水利和湖泊局　　嘉鱼县农业农村局", N, "66", "建议",
   ["方卫国"], N, "2024-07-19", "2024-07-25", [],
   "Joint reply signed by two bureaus on one line: kept as printed with the two full-width spaces. The co-signers are not co-handlers, and no sentence names a unit as 会同/经商. Only 方卫国 named before 等代表. 潘家湾镇's future upkeep is not co-handling."),
 "f10-10.txt": ("鹤壁市城市管理局关于市政协十一届一次会议第139号提案的答复", "鹤壁市城市管理局", "鹤城管函〔2022〕27号", "139", "提案",
   ["王建勋"], N, "2022-08-24", "2022-08-30", ["市公安局"],
   "Metadata card printed label over value (主题分类 empty). The heading runs over three lines with the unit line directly above the 关于 line, so the title keeps the unit. '经商市公安局' -> co-handler (its traffic police detachment's work is reported later, not listed separately). '将会同淇滨区政府研究' is future work."),
 "f10-11.txt": ("泗县市场监督管理局关于县十八届人大二次会议第118号建议的答复函", "泗县市场监督管理局", N, "118", "建议",
   ["孙德兵"], N, N, "2023-06-19", [],
   "No sign-off at all: issuer from the title prefix (来源 also names the bureau but is never used), date_signed null. The letter ends with 办复类别 (a category), 联系电话 and ': 黄国庆', a contact whose label was lost - not a signer. 督促泗城镇划定经营区 is field work, not co-handling."),
 "f10-12.txt": ("对县政协九届五次会议第46号提案的答复", N, N, "46", "提案",
   ["于海英"], N, N, "2016-09-14", [],
   "The whole letter is collapsed into one line; its own title '对县政协九届五次会议 第46号提案的答复' (layout space dropped) wins over the portal heading '2016年县政协…委员提案《…建议》(46号)答复' (judgement). The tail '承办单位: (公章) 承办负责人: (签字) 二0 年 月 日' is a blank template: issuer null, date_signed null. 时间 2016年9月14日 -> date_published. kind 提案 although the proposal's name ends in 建议."),
 "f10-13.txt": ("关于市八届人大五次会议第71号建议的答复", "漯河市自然资源和规划局", "漯自然资规函〔2021〕58号", "71", "建议",
   ["姜玉梅"], N, "2021-07-26", "2021-07-30", ["市住房和城乡建设局", "召陵区人民政府"],
   "The page carries a second letter's furniture after 上一篇/下一篇 (its own 索引号, 发布日期 2021-08-03, 文号 …61号 and heading for 第0152号提案, cut after one character): none of it is used. '我局会同市住房和城乡建设局、召陵区人民政府进行了认真研究' -> two co-handlers; the district's later supplementary procedures are its own work."),
 "f10-14.txt": ("关于对政协阜平县第十届委员会第二次会议第33号提案的复函", "阜平县人力资源和社会保障局", "阜人社函〔2019〕15号", "33", "提案",
   ["冯淑娟"], "赵春生", "2019-06-24", "2019-06-28", [],
   "The letterhead unit line is separated from the own title by the 类别/签发人/doc-number lines, so it is not part of the title (as fields8 f8-29); the own title over two lines equals the heading. 类　别:B is a category. 签发人 -> signer. 抄送 units never."),
 "f10-15.txt": ("米林县应急管理局关于县十七届人大四次会议第9号建议的答复", "米林县应急管理局", N, "9", "建议",
   ["次仁卓玛"], N, N, "2020-09-07", [],
   "A PDF's first page only: the copy ends mid-sentence at '— 1 —', before any sign-off, so date_signed null and the issuer comes from the title prefix (unit line directly above the 关于 line; the heading joins them). '我局会同县林业和草原局对…进行了实地踏勘' is field work, not co-handling."),
 "f10-16.txt": ("巍山縣永建鎮人民政府關於縣十八屆人大一次會議第24號建議的答覆", "巍山縣永建鎮人民政府", N, "24", "建议",
   ["馬國勇"], N, "2021-07-20", "2021-08-06", [],
   "Traditional mirror; a town government answers a county-level suggestion. Only the person named before 等3名代表 is listed. Sign-off date 二〇二一年七月二十日 -> 2021-07-20. 來源 '永建鎮' never the issuer. The village committee's future upkeep is not co-handling."),
 "f10-17.txt": ("对扎赉特旗政协第十届三次会议第12号提案的答复", N, "扎教体函〔2015〕23号", "12", "提案",
   ["宝音图", "孟祥云"], N, "2015-08-21", "2015-08-27", [],
   "Mirror page: the line where the sign-off unit belongs reads '扎赉特旗教育体育局政府网站', the site's name, as in the page's title bar; it is furniture, so issuer null (judgement: a labeller who reads the bureau out of the site name would put 扎赉特旗教育体育局). The date under it is taken as the sign-off date. 发布机构 is empty. 添加时间 2015-08-27 -> date_published; the 相关新闻 dates never."),
 "f10-18.txt": ("关于高淑华代表建议的回复", "阜新市水务局", N, N, "建议",
   ["高淑华"], N, "2014-08-15", "2019-03-11", [],
   "The page was republished: the metadata 发布日期 (= 成文日期) 2019-03-11 was taken as date_published over the inner '时间：2014-08-20' line (judgement: the rule puts 发布日期 first; a labeller preferring the original date would put 2014-08-20). The title names the deputy but no number, and the letter gives none: proposal_no null. 发文机关 is never the issuer; the sign-off is. 发文字号 empty. '将会同太平区政府' is future work."),
 "f10-19.txt": ("石阡县交通运输局关于县政协十二届二次会议第００１７号提案的答复", "石阡县交通运输局", N, "0017", "提案",
   ["杨再兴"], N, "2013-08-27", "2013-09-02", [],
   "Full-width digits: the title is copied as printed; proposal_no written with ASCII digits, leading zeros kept (judgement); the sign-off date ２０１３年８月２７日 -> 2013-08-27. （盖章） dropped from the issuer. 更新时间 2013-9-2 -> date_published. 报/抄送 lines never co-handlers."),
 "f10-20.txt": ("丹巴县自然资源局关于对丹巴县第十八届人民代表大会第二次会议代表第37号建议的答复", "丹巴县自然资源局", N, "37", "建议",
   ["泽郎拥措"], N, "2022-09-16", "2022-09-22", [],
   "The letter's own title has lost the 二 of 第二次 ('第次会议'); the heading is the first full printing and was taken, its layout space dropped (as fields9 f9-02; judgement, since the heading also reads 关于对 where the own title reads 关于). 来源于/发布人 never the issuer. Contact line before the sign-off ignored."),
 "f10-21.txt": ("对县政协十二届三次会议第31号提案的答复", "贵德县卫生健康局", "贵卫健复字（2019）第8号", "31", "提案",
   ["韩玉芳"], N, "2019-08-19", "2019-08-22", [],
   "The letter's own title wins over the heading and 标 题 field, which name the proposal ('…对《…的建议》的答复'). The doc number contains '第8号'; the proposal number is 31. 'A：解决采纳' is a category. 成文日期 empty; 发布日期 -> date_published. kind 提案 (政协, 委员) although the proposal's name ends in 建议."),
 "f10-22.txt": ("对县十九届人大四次会议第2025B017号建议的答复", "隆德县住房和城乡建设局", "隆住建议字〔2025〕9号", "2025B017", "建议",
   ["沙塘镇代表团"], "马志刚", "2025-06-25", "2025-07-03", [],
   "The own title (two lines) wins over the heading with the issuer prefix. Doc number and 签发人 on one line: the number alone and the name. Alphanumeric suggestion number kept with its letter. Proposer is a township delegation addressed as 贵团. 分类标识【B】 is a category."),
 "f10-23.txt": ("崇左市江州区农业农村局关于区三届人大三次会议第45号建议的协办意见", "崇左市江州区农业农村局", N, "45", "建议",
   ["黄志坚"], N, "2019-08-26", "2019-09-02", [],
   "A co-handling reply printed twice with PDF page marks; labelled once. The lead unit 区交通运输局 (主办单位) is not a co-handler, and the issuer is itself the co-handling unit: co_handlers []. Only 黄志坚 named before 等代表."),
 "f10-24.txt": ("琼中黎族苗族自治县旅游和文化广电体育局关于县政协十一届五次会议第22号提案办理情况的复函", "琼中黎族苗族自治县旅游和文化广电体育局", N, "22", "提案",
   ["符明珠"], "王春燕", N, "2021-10-15", [],
   "Heading = title, the space between unit and 关于 dropped. 签发人 -> signer. The sign-off date '20211012' has its digits run together: date_signed null, as fields9 did for garbled dates (judgement: this one could be read as 2021-10-12). 作者/来源 empty."),
 "f10-25.txt": ("关于县十五届人大六次会议第14号建议的答复", "连山壮族瑶族自治县交通运输局　连山壮族瑶族自治县公路局", N, "14", "建议",
   ["廖远才", "莫桂英"], N, "2016-08-05", "2016-08-11", [],
   "A bureau and its road agency sign jointly on one line: kept as printed with the full-width space. The co-signer is not a co-handler. Two deputies without 等, both listed. 时间 -> date_published."),
 "f10-26.txt": ("关于县政协十五届二次会议第0064号提案的答复", "巫溪县城市管理局", N, "0064", "提案",
   ["周美玲"], N, "2023-07-10", "2023-07-14", [],
   "A handling-result block above the letter: 办理结果 '已解决（A类）' is a category; 答复单位 '县城市管理局' is a block field, never the issuer (the sign-off is, with （盖章） dropped); 答复时间 2023-07-14 is the only page date -> date_published. Leading zeros kept. 协调沿街单位开放厕所 is not co-handling."),
 "f10-27.txt": ("關於區十八屆人大一次會議第0093號建議的答覆", "北京市密雲區水務局", N, "0093", "建议",
   ["張德華"], N, "2017-08-03", "2017-08-09", ["區園林綠化局"],
   "Traditional mirror; heading = title. '經與區園林綠化局共同研究' -> co-handler (its later permit work is reported too). 來源 '區水務局' never; the issuer comes from the sign-off with its city prefix."),
 "f10-28.txt": ("关于区政协三届四次会议第二十三号提案的答复", "天津市静海区教育局", N, "23", "提案",
   ["九三学社天津市静海区基层委员会"], N, "2020-08-25", "2020-09-01", ["区卫生健康委"],
   "The proposal number is printed only in Chinese numerals (第二十三号): converted to 23 (judgement, as dates are converted). Proposer is a democratic party's district committee addressed as 贵会. '经商区卫生健康委' -> co-handler. Sign-off date 二〇二〇年八月二十五日 -> 2020-08-25."),
 "f10-29.txt": ("关于政协十三届全国委员会第五次会议第03915号（科学技术类189号）提案答复的函", "国家知识产权局", "国知发办函字〔2022〕307号", "03915", "提案",
   ["卢振华"], N, "2022-08-19", "2022-09-27", ["工业和信息化部", "市场监管总局"],
   "Heading = title, the bracketed category number kept in it. proposal_no is the main number 03915 with its leading zero, not the category number 189. '经商工业和信息化部、市场监管总局' -> two co-handlers. 来源 '办公室' is an internal office. '将会同有关部门' names nobody. 公开方式 is not a field."),
 "f10-30.txt": ("对十二届全国人大二次会议第6532号建议的答复", "国家邮政局", "国邮函〔2014〕188号", "6532", "建议",
   ["宋立民"], N, "2014-08-15", "2014-08-18", ["国家发展改革委"],
   "名称 equals the heading (the letter prints no own title). 发布机构 '国家邮政局办公室' is the general office, never the issuer. No 发布日期: 发文日期 2014-08-18 taken as the only page date (judgement). '我局会同国家发展改革委进行了认真研究' -> co-handler."),
 "f10-31.txt": ("关于省政协十二届四次会议第0416号提案的答复", "江苏省药品监督管理局", "苏药监提复〔2021〕12号", "0416", "提案",
   ["民革江苏省委员会"], "程立群", "2021-07-20", "2021-07-29", [],
   "Doc number and 签发人 on one line. Proposer is a democratic party's provincial committee addressed as 贵会. 信息来源 '政策法规处' is an internal division. 抄送 units never co-handlers."),
 "f10-32.txt": ("吉林省民族事务委员会关于省十三届人大一次会议第0386号建议的答复", "吉林省民族事务委员会", N, "0386", "建议",
   ["四平代表团"], N, "2018-07-10", "2018-07-17", ["省财政厅"],
   "Heading = title. Proposer is a city delegation. '经商省财政厅' -> co-handler. '今年我委会同省文化和旅游厅将…12个满族特色村寨列入重点扶持名单' is programme work, not co-handling of the reply (judgement: a reader who counts every 会同 would add 省文化和旅游厅). 来源 '本网' not used."),
 "f10-33.txt": ("关于省政协十届五次会议第0278号提案的答复", "山西省人民防空办公室", "晋人防提字〔2012〕7号", "0278", "提案",
   ["李春旺", "杜红霞", "常建新"], N, "2012-06-29", "2012-07-06", [],
   "The salutation names only 李春旺, but the opening sentence says the proposal was filed jointly with 杜红霞 and 常建新: all three are proposers (judgement, like a 联名 list; a reader who stops at the salutation would list one). '将会同省住房和城乡建设厅研究' is future work. 来源 '综合处' internal."),
 "f10-34.txt": (N, "黟县宏村镇人民政府", N, "61", "建议",
   ["汪建平"], N, "2024-08-07", "2024-08-13", [],
   "The only heading is the genre word 建议答复: no title. The number comes from the body '（第61号）'. 发布机构 '宏村镇' never the issuer; the sign-off is. '联合县公安局交警大队…开展了集中整治' is field work, not co-handling."),
 "f10-35.txt": ("勐海縣農業農村局關於縣政協十屆三次會議第0058號提案的答覆", "勐海縣農業農村局", N, "0058", "提案",
   ["岩溫罕"], N, "2019-09-05", "2019-09-10", [],
   "Traditional mirror. The letter ends with a bare date in Chinese numerals (二〇一九年九月五日 -> 2019-09-05), so the issuer comes from the title prefix. '來源:縣政府辦2019-09-10' runs the office and the date together: the office is not used, the date is the page date. '聯合鄉政府劃定…保護範圍' is programme work."),
 "f10-36.txt": ("关于市四届人大二次会议第0152号建议的答复", "安顺市林业局", N, "0152", "建议",
   ["罗建红"], "潘明辉", "2022-07-22", "2022-07-28", [],
   "'（此件经局长潘明辉审签）' -> signer, name only. '我局会同市生态环境局对…开展了实地踏勘' is a site survey (field work), not co-handling. Contact line after the sign-off ignored."),
 "f10-37.txt": ("关于市政协四届四次会议第87号提案的答复", "张掖市水务局", "张水函〔2020〕63号", "87", "提案",
   ["钱玉琴"], "常继红", "2020-08-06", "2020-08-12", [],
   "The own title (关于…) wins over the heading (对…). '类别：B（正在解决）' is a category. Doc number and 签发人 on one line. '我局会同甘州区水务局对灌区末级渠系进行了实地调查' is field work, not co-handling."),
 "f10-38.txt": (N, "上海市松江区绿化和市容管理局", N, N, "建议",
   [], N, "2021-06-18", N, [],
   "The copy starts in the middle of the first numbered part: no heading, salutation, number or page date survive, so title, proposal_no, proposers and date_published are null. kind 建议 from '对代表提出的…建议'. The 上一篇/下一篇 titles carry sibling letters' numbers (0127, 0203), never this letter's."),
 "f10-39.txt": ("湟源县财政局关于县政协十五届二次会议第15号提案的协办意见", "湟源县财政局", N, "15", "提案",
   ["马晓燕"], N, "2023-06-26", "2023-06-30", [],
   "协办意见 addressed to the lead unit 县教育局: the lead is not a co-handler and the issuer is itself the co-handling unit, so co_handlers []. The member is named only in the opening sentence ('马晓燕委员提出的') and is the proposer (as fields9 f9-26)."),
 "f10-40.txt": ("盐源县林业和草原局关于县政协十一届二次会议第0047号提案的答复", "盐源县林业和草原局", N, "0047", "提案",
   ["杨秀珍", "吉克伍呷", "李林春"], N, "2023-08-02", "2023-08-08", ["县应急管理局"],
   "The proposal card's 提案人 and 附议人 are all proposers, although the salutation names only the lead member. The card's 案由 is the proposal's name, not the reply's title (the heading is). '经与县应急管理局研究' -> co-handler."),
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
