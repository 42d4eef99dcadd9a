#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f11-01…f11-40), labelled by hand with the rules of "
    "fields_rules.md as fields8–fields10 applied them. Values are copied as printed from the page text after the "
    "4-line front matter; a field not stated is null ([] for lists). title = the letter's own title (lines joined, "
    "layout spaces dropped; own title over a differing or truncated portal heading; a title printed only in a "
    "metadata value broken over two lines is joined; the first full printing when another printing is cut at the top "
    "of the copy; a unit line standing directly above the 关于 line is part of the title, a letterhead separated from "
    "it by 签发/doc-number lines is not; a bracketed unit suffix on a heading is kept); when the letter prints none, "
    "the page heading, else a metadata 标题/名称/信息名称 field; a result table's 提案标题 names the proposal, not the "
    "reply, and a section heading such as 提案办理结果公开 is not a title. issuer from the sign-off (a labelled "
    "答复单位：X line standing where the sign-off belongs counts as the sign-off; the sign-off's short name, e.g. "
    "国家药监局, is kept as printed), else the title prefix, else a letterhead line, else a title suffix; portal "
    "banners and footers, publishing offices (发布机构/发文机关/来源), contact lines (联系单位) and the 主办单位 line "
    "never. doc_number as printed after its label or on its own line, never from an empty 文号 cell (the next label is "
    "not a value). proposal_no without 第/号, leading zeros kept, a hyphenated number kept whole (1-0213), an "
    "eight-digit number that looks like a date kept as a number (20240315), the 〔2022〕 year bracket of 〔2022〕第56号 "
    "dropped, a number printed without 第 (0056号) or as a bare line under the session line of an answer card (17) "
    "taken; the heading's number when the body cites another; never a number inside a doc number (…〔2025〕第12号) or a "
    "sibling letter's number. kind 提案 (CPPCC) or 建议 (people's congress: 代表建议, 代表建议、批评和意见, and a 议案 the "
    "presidium turned into a suggestion). proposers without 代表/委员 titles: every person named in the salutation or a "
    "建议人 line (layout spaces inside a name dropped), the persons named before 等, a party branch, a CPPCC sector "
    "(界别) or a township delegation as printed; a masked name (***) is no proposer. signer from 签发人, 签发, 签发领导 "
    "lines or a (此件经局长X签发/审签) note or 审签 sentence (name only); a 局长：X line under the sign-off, 承办负责人, "
    "编辑 and 审核 are not signers. date_signed from the sign-off date (Chinese numerals with 〇 or 零, dots and spaces "
    "converted), including a bare date with no unit line; null when the copy is cut before the sign-off or the "
    "letter has none. date_published = 发布日期/发布时间/时间/日期/公开日期 (dots converted), else another page or "
    "metadata date (更新时间, 成文日期 when it is the only page date, a result table's 答复时间); never a date from a "
    "second letter's furniture below the sign-off, an 印发 line, or the body. co_handlers only units named as "
    "co-handling the reply: 经商, 经与…研究/共同研究, 会同…研究, 经X、Y会办, and 会办单位/协办单位 lines; never 分办 "
    "(each unit answers its own part), programme or field work (会同…编制导则, 配合…修订导则, 会同…实地踏勘, 联合…巡查, "
    "会同…委托设计), future 会同, an unnamed partner (公交企业), 抄送/抄报 lines, or the units named in a second letter "
    "printed on the same page. Where a page carries a second letter (f11-08, f11-35) only the first is labelled."
)

N = None
# file: (title, issuer, doc_number, proposal_no, kind, proposers, signer, date_signed, date_published, co_handlers, note)
ROWS = {
 "f11-01.txt": ("讷河市水务局关于市政协十届五次会议第47号提案的答复", "讷河市水务局", N, "47", "提案",
   ["孔德成"], N, "2021-08-16", "2021-08-23", ["市财政局"],
   "Metadata table flattened to alternating label/value lines. The 文号 cell is empty, so the line after '文号' is the next label '发布日期', not a value: doc_number null. 发文机关 names the bureau but is never used; the sign-off is. 成文日期 equals the sign-off date; 发布日期 2021-08-23 is the page date. '经商市财政局' -> co-handler; the 抄送 line never."),
 "f11-02.txt": ("凤城市交通运输局关于市十七届人大三次会议第1-0213号代表建议的答复", "凤城市交通运输局", "凤交函〔2019〕29号", "1-0213", "建议",
   ["于永辉"], N, "2019-07-24", "2019-07-30", [],
   "Pipe grid with empty 主题分类 and 成文日期 cells. The letter's own title runs over two lines and wins over the short portal heading '关于第1-0213号建议的答复'. The number is printed with a hyphen and kept whole, '1-0213' (judgement: a parser may split it). 发文机关 never the issuer. The bus company named in the body is not a co-handler."),
 "f11-03.txt": ("关于市政协〔2022〕第56号提案的答复", "和龙市教育局", "和教函〔2022〕17号", "56", "提案",
   ["民盟和龙市支部"], "南昌浩", "2022-07-08", "2022-07-15", [],
   "PDF-like letter under one page line. The letterhead '和龙市教育局' is separated from the 关于 line by the 签发 and doc-number lines, so it is not part of the title. '签发：南昌浩' is taken as a 签发人 line (judgement: the label lacks 人). The number '〔2022〕第56号提案' gives '56': the bracket is the year, not a doc number. A party branch is the proposer."),
 "f11-04.txt": ("涉县农业农村局关于对县十八届人大三次会议第20240315号建议的答复", "涉县农业农村局", N, "20240315", "建议",
   ["偏城镇代表团"], N, "2024-06-18", "2024-06-25", [],
   "The heading with issuer prefix is the only title. The eight-digit number 20240315 reads like a date but is the proposal number; it is no date. A township delegation is the proposer. The sign-off date is printed with dots, '2024.6.18'. No unit is named as co-handling."),
 "f11-05.txt": ("沁源县林业局关于县政协十届四次会议第33号提案的答复", "沁源县林业局", N, "33", "提案",
   ["县政协农业和农村界别"], N, "2020-08-12", "2020-08-20", ["县财政局", "县文化和旅游局"],
   "主办单位 / 会办单位 lines above the salutation: the two 会办 units are co-handlers (the body says 我局与会办单位共同进行了研究); the 主办单位 is the issuer itself. A CPPCC sector (界别) is the proposer, kept as printed. Sign-off date 二〇二〇年八月十二日. The provincial forestry academy is future technical help, not co-handling."),
 "f11-06.txt": ("对旗十五届人大二次会议第8号议案的答复", "阿荣旗住房和城乡建设局", "阿住建函〔2018〕21号", "8", "建议",
   ["王淑芬", "赵德胜", "李金柱", "包银花"], "韩振江", "2018-06-27", "2018-07-02", [],
   "A people's-congress 议案 that the presidium turned into a suggestion: kind 建议 (judgement: the title says 议案). Four deputies named without 等, all listed. 类别：B is a category. 签发人 -> signer. 日期 is the page date; 来源 never the issuer."),
 "f11-07.txt": ("北京市平谷区园林绿化局关于区十七届人大二次会议第0142号代表建议、批评和意见的答复", "北京市平谷区园林绿化局", N, "0142", "建议",
   ["刘建国"], "杜文海", "2022-07-11", "2022-07-19", ["区应急管理局"],
   "Own title over two lines, joined; it names a 代表建议、批评和意见 (kind 建议). The metadata prints both 发文日期 (= the sign-off date) and 发布日期: the latter is date_published. '我局会同区应急管理局对建议进行了认真研究' -> co-handler; the town government's interim guards are future work; the 抄送 line never. No doc number is printed."),
 "f11-08.txt": ("宁河区教育局关于区政协一届一次会议第62号提案的答复", "天津市宁河区教育局", N, "62", "提案",
   ["周立民"], N, "2016-08-29", "2016-09-05", ["区财政局"],
   "Only the first letter is labelled. Below it, 上一篇/下一篇 and a 相关信息 box print the 64号 letter's heading, its 发布时间 2016-09-07, its member and its '经与区住房和建设委员会研究': none of these belong to this letter. The sign-off prints the full name 天津市宁河区教育局, which is the issuer; the heading's shorter prefix stays in the title."),
 "f11-09.txt": ("睢宁县住房和城乡建设局关于县十七届人大五次会议第0056号建议的答复", "睢宁县住房和城乡建设局", "睢住建函〔2021〕44号", "0056", "建议",
   ["孙立新", "葛红梅"], N, "2021-07-02", "2021-07-09", [],
   "The copy starts inside the portal heading, whose first characters are lost ('七届人大五次会议第0056号建议的答复'); the 信息名称 field prints the full title and is taken (first full printing). The body prints the number without 第, '（0056号）'. 公开日期 is the page date. 县机关事务服务中心 is a partner for future sharing, not a co-handler."),
 "f11-10.txt": ("桐庐县卫生健康局关于县政协十一届三次会议第0128号提案的答复", "桐庐县卫生健康局", "桐卫健〔2024〕61号", "0128", "提案",
   ["俞晓琳"], N, N, "2024-06-14", [],
   "Nested-bullet metadata with an empty 主题分类 bullet. The copy is cut in mid-sentence before any sign-off: date_signed null, issuer from the title prefix (发布机构 also names it but is never used). No 发布日期 is printed, so 成文日期 2024-06-14, the only page date, is date_published (judgement: a stricter reading leaves it null, or reads it as the signing date)."),
 "f11-11.txt": ("永春縣農業局關於縣十七屆人大一次會議第112號建議的答覆", "永春縣農業局", N, "112", "建议",
   ["林建華"], N, "2017-08-09", "2017-08-15", ["縣財政局"],
   "Traditional mirror; values kept in traditional characters. Heading with issuer prefix is the only title. Only 林建華 is named before 等代表. '經商縣財政局' -> co-handler. Sign-off date 二〇一七年八月九日. 信息來源 never the issuer."),
 "f11-12.txt": ("对县政协十一届三次会议第19047号提案的答复", "宁海县商务局", N, "19047", "提案",
   ["应海峰"], N, "2019-07-29", "2019-08-02", ["宁海县市场监督管理局", "宁海县跃龙街道办事处"],
   "Accessibility toolbar words, one per line, above the heading (furniture). The heading has no unit; the issuer comes from the sign-off (发布机构 and 编辑 also name it). The number is year-prefixed (19047) and kept whole. '经宁海县市场监督管理局、宁海县跃龙街道办事处会办' -> both co-handlers. '审核：系统管理员' is no signer."),
 "f11-13.txt": ("海阳市文化和旅游局关于市十八届人大五次会议第76号建议的答复", "海阳市文化和旅游局", N, "76", "建议",
   ["姜振东"], N, "2020-09-03", "2020-09-10", [],
   "The unit line stands directly above the 关于 line, so the title keeps the unit. The sign-off prints '局长：于建波' between the unit and the date: a job-title line, not a 签发人 label or an 审签 note, so signer null (judgement: a labeller who reads the head of the bureau as the signer would put 于建波). The date is printed with spaces, '2020 年 9 月 3 日'. The schools programme with 市教育和体育局 is programme work."),
 "f11-14.txt": ("关于县政协十四届四次会议第21号提案的答复", "资溪县旅游局", N, "21", "提案",
   ["吴秋萍"], "熊国华", "2015-07-14", "2015-07-21", [],
   "Metadata printed twice (pairs per line, then one per line); 名称 equals the heading; 文号 empty in both printings, so doc_number null. '签发领导：熊国华' is taken as a signing label (as fields9 took 领导签发). '我局已会同县住建局编制民宿发展导则' is programme work, not co-handling the reply."),
 "f11-15.txt": ("汉川市城市管理执法局关于市十届人大二次会议第97号建议的答复", "汉川市城市管理执法局", N, "97", "建议",
   ["胡德明"], N, "2023-07-14", "2023-07-21", [],
   "The letter ends with a bare date and no unit line: the date is date_signed; the issuer comes from the title prefix (联系单位 and 来源 never). '该建议由我局与马口镇人民政府分办' means each unit answers its own part, so the town government is not a co-handler (judgement). 抄　报 never."),
 "f11-16.txt": ("关于县十八届人大二次会议第39号建议办理情况的答复", "祁门县交通运输局", N, "39", "建议",
   ["汪志刚"], N, "2022-06-30", "2022-07-11", [],
   "The sign-off is printed as a labelled line '答复单位：祁门县交通运输局' above the date; it stands where the sign-off belongs, so it gives the issuer (judgement: fields10 never took an 答复单位 field of a result block, which stood apart from the sign-off). The banner, 发布机构 and 来源 also name the bureau. 文号 empty. The salutation pads the name with spaces; the name alone is the proposer."),
 "f11-17.txt": ("汝州市民政局关于市政协九届五次会议第104号提案的答复", "汝州市民政局", "汝民函〔2021〕32号", "104", "提案",
   ["牛建军", "陈丽娟", "郭宏伟"], N, "2021-08-20", "2021-08-27", ["市卫生健康委", "市妇联"],
   "Alternating label/value metadata whose 标题 value is broken over two lines; the letter prints no other title, so the 标题 value is joined. Three members named without 等. '经与市卫生健康委、市妇联共同研究' -> both co-handlers (their later work is reported, not listed again)."),
 "f11-18.txt": ("對縣十五屆人大五次會議第58號建議的答覆", "盧氏縣交通運輸局", "盧交〔2016〕19號", "58", "建议",
   ["張秋生", "趙玉蘭"], N, "2016-07-18", "2016-07-26", [],
   "Traditional mirror; values kept in traditional characters. Heading without unit; the doc number stands on its own line under the page line. '我局已會同縣旅遊局對沿線進行了實地踏勘' is field work, not co-handling. Sign-off date written with 零: 二零一六年七月十八日."),
 "f11-19.txt": ("对县十八届人大四次会议第0087号建议的答复", "桃江县林业局", "桃林函〔2024〕15号", "0087", "建议",
   ["夏国平"], "符立明", "2024-07-05", "2024-07-12", [],
   "发布时间 printed with dots, '2024.07.12'. Doc number and 签发人 on one line. 承办负责人 and 承办人 are not signers. The 印发 line repeats the sign-off date and is not a publishing date. 信息来源 never the issuer."),
 "f11-20.txt": ("梅县水务局关于县政协十一届二次会议第36号提案的答复", "梅县水务局", N, "36", "提案",
   ["李伟华"], N, "2013-08-26", "2013-08-30", ["县国土资源局", "县环境保护局"],
   "The own title is printed again over two lines under the page line, identical to the heading once joined. '经与县国土资源局、县环境保护局共同研究' -> both co-handlers; '会同公安等部门开展夜间巡查' is field work. Sign-off date 二〇一三年八月二十六日."),
 "f11-21.txt": ("连平县自然资源局关于县十六届人大七次会议第21号建议的答复", "连平县自然资源局", N, "21", "建议",
   ["黄志坚", "叶春梅", "曾繁荣"], N, "2021-06-24", "2021-06-30", ["连平县林业局", "连平县农业农村局"],
   "Heading with issuer prefix is the only title. Three deputies without 等. After the sign-off a 主办单位 line (the issuer) and a 协办单位 line naming two units: those two are co-handlers."),
 "f11-22.txt": (N, "德保县农业农村局", N, "0035", "提案",
   ["黄春兰"], N, "2019-07-10", "2019-07-16", [],
   "A result table copied as alternating label/value lines. Its 提案标题 is the proposal's name and '提案办理结果公开' is a section heading, so title null (as fields9 f9-09; judgement: fields8 f8-18 took such a cell). 提案编号 0035 is confirmed by the body's '第0035号'. 承办单位 and the sign-off name the bureau. The table's 答复时间 2019-07-16 is the only page date -> date_published."),
 "f11-23.txt": ("儋州市旅遊和文化廣電體育局關於市十六屆人大一次會議第0149號建議的答覆", "儋州市旅遊和文化廣電體育局", N, "0149", "建议",
   ["吳春梅"], "符明輝", "2022-07-29", "2022-08-05", [],
   "Traditional mirror; values kept in traditional characters. Spaced labels, two per line, with empty 主題分類 and 文號 cells: doc_number null. '（此件經局長符明輝審簽）' -> signer, name only. 成文日期 equals the sign-off date; 發布日期 is the page date."),
 "f11-24.txt": ("关于市政协七届二次会议第0093号提案的答复", "文昌市交通运输局", N, "0093", "提案",
   ["林海燕"], "邢益民", "2023-07-21", "2023-07-28", [],
   "'（此件经局长邢益民签发）' is taken like an 审签 note -> signer, name only (judgement). '经与公交企业共同测算' names no unit, so no co-handler. 抄报 and 抄送 lines never."),
 "f11-25.txt": ("重庆市彭水苗族土家族自治县民族宗教事务委员会关于县十七届人大五次会议第112号建议的复函", "重庆市彭水苗族土家族自治县民族宗教事务委员会", N, "112", "建议",
   ["任国清"], "冉继红", "2020-06-29", "2020-07-03", ["县住房城乡建委", "县文化旅游委"],
   "'本复函已由冉继红主任审签' -> signer. '经与县住房城乡建委、县文化旅游委共同研究办理' -> both co-handlers. The site footer (…人民政府版权所有 / …办公室主办) under the contact line is furniture. 日期 is the page date."),
 "f11-26.txt": ("重庆市酉阳县科学技术局关于县政协十七届三次会议第0044号提案的复函", "酉阳土家族苗族自治县科学技术局", N, "0044", "提案",
   ["九三学社酉阳县支社"], N, "2024-06-17", "2024-06-21", [],
   "The heading prefix shortens the unit (重庆市酉阳县…) while the sign-off prints the autonomous county's full name: the issuer is the sign-off; the heading is the title as printed. 类别：A is a category. A party branch is the proposer. '将会同县教委研究' is future work."),
 "f11-27.txt": ('关于"改善漩口镇场镇排水设施"建议的答复', "汶川县住房和城乡建设局", N, "17", "建议",
   ["马永康", "杨秀英", "王登科", "余德华", "韩小军"], N, "2019-06-26", "2019-06-26", ["漩口镇人民政府"],
   "Answer card: the number '17' stands alone on the line under the session line and is taken as the proposal number (judgement: it carries no 第/号; a stricter labeller would leave it null). Five persons on the 建议人 line and in the salutation. 主办单位 is the issuer; the 协办单位 line names 漩口镇人民政府 -> co-handler (the body's 会同…委托设计单位 is programme work and names the same unit). The card's 答复时间 is the only page date -> date_published, equal to the sign-off date."),
 "f11-28.txt": ("关于县政协十一届四次会议第25号提案的答复", "冕宁县林业和草原局", "冕林草函〔2025〕第12号", "25", "提案",
   ["刘国富"], N, "2025-07-08", "2025-07-03", [],
   "Pipe metadata rows. The doc number '冕林草函〔2025〕第12号' holds a 第12号 of its own, which is not the proposal number (25). Only 刘国富 is named before 等委员. The page's 成文日期/发布日期 (2025-07-03) are earlier than the sign-off date (2025-07-08); both are labelled as printed (a page copied from a database whose dates were set before the letter was signed)."),
 "f11-29.txt": ("对市十三届人大五次会议第12号建议的答复(凯里市水务局)", "凯里市水务局", N, "12", "建议",
   ["潘文清"], N, N, "2021-07-15", [],
   "A people's-congress page: the heading carries the answering unit in brackets as a suffix, kept in the title. There is no sign-off, so date_signed is null and the issuer comes from the title suffix (作者 admin and 来源 人大办公室 never). 发布日期 has a '0:0' time."),
 "f11-30.txt": ("弥渡县教育体育局关于县十七届人民代表大会第二次会议第110号代表建议办理情况的答复函", "弥渡县教育体育局", N, "110", "建议",
   ["杨德昌"], N, "2018-07-30", "2018-08-06", [],
   "Heading over three lines, joined. The heading says 第110号 while the body cites '（第111号）': proposal_no is the heading's 110, the number the reply names itself by (judgement: a labeller who trusts the body would put 111). Bare date sign-off: issuer from the title prefix. 更新时间 2018/08/06 is the page date."),
 "f11-31.txt": ("剑川县文化和旅游局关于县政协十届二次会议第29号提案的答复", "剑川县文化和旅游局", N, "29", "提案",
   ["杨丽", "段金华"], N, "2022-07-19", "2022-07-25", [],
   "The salutation '杨　丽　段金华　委员：' pads names with spaces: two members, 杨丽 with the layout space dropped (judgement: copied literally it is '杨　丽'). 办复类别：B is a category. '我局配合县住建局修订…导则' is programme work. Sign-off date 二〇二二年七月十九日."),
 "f11-32.txt": ("当雄县纳木湖乡人民政府关于县十一届人大五次会议第9号建议的答复", "当雄县纳木湖乡人民政府", N, "9", "建议",
   ["次仁多吉", "格桑卓玛"], N, "2021-07-26", "2021-08-02", [],
   "A township government's reply. '我乡联合县水利局对放牧点开展了巡查' is field work, not co-handling. Sign-off date 二〇二一年七月二十六日. 来源 (纳木湖乡) never."),
 "f11-33.txt": ("富平县交通运输局关于县政协十一届四次会议第0071号提案的答复", "富平县交通运输局", "富交函〔2020〕45号", "0071", "提案",
   ["王晓军"], "雷振华", "2020-08-07", "2020-08-14", [],
   "The copy is cut at the top inside the metadata (the first line starts in the middle of the index number); the heading and the letter survive whole. 签发人 under the heading -> signer. 成文日期 equals the sign-off date; 发布日期 is the page date. 抄送 with numbers of copies never."),
 "f11-34.txt": ("对市十七届人大一次会议第45号建议办理情况的答复", "临夏市商务局", N, "45", "建议",
   [], N, "2017-08-15", "2017-08-21", [],
   "The deputy's name is masked as '***代表': no person is named, so proposers [] (judgement). '我局会同街道办事处对夜市进行了重新规划' is programme work with an unnamed partner."),
 "f11-35.txt": ("乐都区农牧局关于区政协一届二次会议第17号提案的答复", "乐都区农牧局", N, "17", "提案",
   ["张海林"], N, "2014-07-09", "2014-07-14", ["区财政局"],
   "Two letters run one after the other; only the first (第17号) is labelled. '经商区财政局' -> co-handler. The second letter's 第18号, 祁生梅 and '经与区编办、区人社局研究' belong to it, not to this letter; its 发布时间 is the same day."),
 "f11-36.txt": ("灵武市农业农村局关于市十一届人大二次会议第0061号建议的答复", "灵武市农业农村局", N, "0061", "建议",
   ["梧桐树乡代表团"], N, "2023-07-10", "2023-07-17", [],
   "A township delegation is the proposer. Sign-off date '2023.07.10' with dots. '我局将会同有关部门开展可行性研究' is future work and names no unit."),
 "f11-37.txt": ("库车县畜牧兽医局关于县政协十届二次会议第0052号提案的答复", "库车县畜牧兽医局", N, "0052", "提案",
   ["阿不都热合曼·买买提", "王志强"], N, "2018-08-03", "2018-08-09", ["县财政局", "县林业局"],
   "Two members without 等, one name with a middle dot (kept). '经商县财政局、县林业局' -> both co-handlers. 抄送 never."),
 "f11-38.txt": ("关于政协十三届全国委员会第四次会议第03127号提案答复的函", "国家药监局", "国药监提函〔2021〕118号", "03127", "提案",
   ["丁文博"], N, "2021-08-26", "2021-09-30", ["国家中医药局", "国家卫生健康委"],
   "The sign-off prints the administration's short name '国家药监局', kept as printed; the banner's full name is furniture. 来源 is an internal department. '经商国家中医药局、国家卫生健康委' -> both co-handlers."),
 "f11-39.txt": ("对十四届全国人大一次会议第5821号建议的答复", "中国民用航空局", "民航建议〔2023〕87号", "5821", "建议",
   ["阿依古丽·吐尔逊"], N, "2023-07-31", "2023-08-18", ["财政部"],
   "'经商财政部' -> co-handler. '我局将会同新疆维吾尔自治区人民政府研究…' is future work. The doc number stands on its own line under the page line. 来源 (运输司) never."),
 "f11-40.txt": ("上海市闵行区房屋管理局关于区七届人大五次会议第0038号代表建议的答复", "上海市闵行区房屋管理局", "闵房管建〔2025〕19号", "0038", "建议",
   ["徐建平", "陆晓燕"], "沈国良", "2025-07-15", "2025-07-22", ["区规划资源局"],
   "The portal heading is truncated with '…' ('…代表建…'); the own title, printed in full over two lines, is taken. Doc number and 签发人 between them. '我局会同区规划资源局对建议进行了认真研究' -> co-handler. Two deputies without 等."),
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
