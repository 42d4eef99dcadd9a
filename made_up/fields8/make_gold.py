#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f8-01…f8-40), labelled by hand with the rules of "
    "fields_rules.md as applied to fields7. Values are copied as printed from the page text after the "
    "4-line front matter; a field not stated is null ([] for lists). title = the letter's own title (lines "
    "joined, layout spaces dropped; own title over a differing portal heading; first full printing when one "
    "printing is cut); when the letter prints none, the page heading, else a metadata 标题/名称/信息名称 field; "
    "genre-word headings such as 提案答复 are not titles. issuer from the sign-off, else the title prefix, else a "
    "letterhead line, else a title suffix; portal banners/footers, publishing offices (发布机构/来源/信息来源), "
    "internal departments and contact lines never; only 我局/我办/我街道 -> null; a joint signature is kept as "
    "printed on its line. doc_number without a trailing result category (A类/（B类）/B). proposal_no without 第/号, "
    "leading zeros kept, the main number not a bracketed category number. kind 提案 (CPPCC) or 建议 (people's "
    "congress, including 建议案 and 代表书面意见). proposers without 代表/委员 titles: only persons named before "
    "等/等N位, every person in a name list, 领衔/附议 card or 提出人 field, or the group's name. signer only from "
    "签发人 or an 审签 sentence that names a person; 责任领导, 分管领导, 领导签字 left blank, 承办负责人, 审核 are "
    "not signers. date_signed from the sign-off date (Chinese numerals converted, 0 written as 〇 or as a digit), "
    "null when there is no sign-off date; date_published = 发布日期/发布时间/时间, else another page or metadata "
    "date (更新时间, 生效日期, 发文日期, 答复日期), never the day's date printed as page furniture, an assignment "
    "date (交办日期) or a date in the body. co_handlers only units named as co-handling the reply (会同…研究, "
    "经商, 经与…研究, 协办单位 / 会办意见 named in the letter); never future work, field or programme work "
    "(会同…开展检查/制定指南), 对接 or 征求意见 for a plan, the issuers of a joint reply, the lead unit of a "
    "会办意见, 报/抄送 lines."
)

N = None
# file: (title, issuer, doc_number, proposal_no, kind, proposers, signer, date_signed, date_published, co_handlers, note)
ROWS = {
 "f8-01.txt": ("漠河市文化广电和旅游局关于政协漠河市第一届委员会第四次会议第0027号提案的答复", "漠河市文化广电和旅游局", N, "0027", "提案", ["于海峰"], N, "2021-09-03", "2021-09-14", [],
   "The heading is the only printing of the title (the letter prints none). Issuer from the sign-off (the 来源 field names the same bureau but is never used). Only 于海峰 is named before 等9位委员. 发布时间 2021/9/14 -> date_published; the sign-off date 2021-09-03 -> date_signed. 与北极镇共同做好 is future work, so no co-handlers."),
 "f8-02.txt": ("互助土族自治县交通运输局关于互助土族自治县第十七届人民代表大会第三次会议第48号建议案的答复", "互助土族自治县交通运输局", N, "48", "建议", ["祁永寿"], N, "2019-06-20", N, [],
   "Tracking card: the card's first line '第48号 关于修缮…的建议' is the proposal's entry; the reply's own title, printed over two lines under 办理情况, wins and is joined. kind 建议: a county people's-congress item called 建议案 (the body even says 议案). 责任领导 and 政府督办领导 are not signers. 交办日期 is an assignment date and there is no page date, so date_published = null. 上一篇/下一篇 name other proposals (47, 49)."),
 "f8-03.txt": ("凌云县住房和城乡建设局关于政协凌云县第十一届委员会第二次会议第59号提案的答复函", "凌云县住房和城乡建设局", N, "59", "提案", ["罗世宽"], N, "2023-08-11", "2024-01-05", [],
   "Title from the heading (the letter prints none). 来源 is empty; the only page date is 更新时间 2024/01/05, months after the sign-off, used as date_published. 责任编辑 is no signer. The 上一篇/下一篇 titles (61, 58) belong to other letters."),
 "f8-04.txt": (N, "新晃侗族自治县农业农村局", N, N, "建议", ["杨光辉"], N, "2019-08-02", N, [],
   "No heading, no title, no proposal number anywhere: title and proposal_no null. '类别：C' is a result category, not a number. kind 建议 from 代表 and 建议. No page date."),
 "f8-05.txt": ("筠连县林业和竹业局对中国人民政治协商会议筠连县第十一届委员会第四次会议第83号提案的答复", "筠连县林业和竹业局", N, "83", "提案", ["王德川"], N, "2020-07-06", "2020-07-08", [],
   "The sign-off is a bare date, so the issuer comes from the title prefix (发布机构 '县林业和竹业局' and the 联系单位 line are not used). 文号 cell is empty (the next cell is the label 所属主题), so doc_number null. No 发布日期 on the page: 生效日期 2020-07-08 is the only metadata date and was taken as date_published (judgement call). 2020年5月12日 in the body is ignored."),
 "f8-06.txt": ("三穗县交通运输局关于三穗县第十六届人民代表大会第四次会议第7号代表建议的答复", "三穗县交通运输局", N, "7", "建议", ["吴光荣"], N, "2019-06-28", "2019-08-06", [],
   "The first line '2024年3月18日 星期一' is the portal's today-date furniture, not a publishing date; 发布时间 2019-08-06 is. Title from the heading. <!--EndFragment--> is editor residue."),
 "f8-07.txt": ("对安远县十七届人大一次会议第23号建议的回复", N, "安城管复〔2017〕11号", "23", "建议", ["钟华明"], N, "2017-05-19", "2017-06-09", [],
   "The bureau is named only in the 来源 field (a publishing office, never the issuer); the closing has a date and no unit, the title has no unit prefix, there is no letterhead, the body says 我局: issuer = null. Doc number printed with （B类）, category dropped. Closing date 二0一七年五月十九日 (zero written as a digit) -> 2017-05-19. Title printed twice, identical."),
 "f8-08.txt": ("关于对市政协五届二次会议第007号提案的答复", "乌兰察布市卫生健康委员会", N, "007", "提案", ["高志远"], N, "2022-08-30", "2022-09-28", [],
   "Two label:value pairs per line. 文号 has no value (关键字 follows), so doc_number null. 发布机构 is the city government and 所属机构/信息来源 the short name; issuer comes from the sign-off. Leading zeros kept (007). 发布时间 (= 生成日期) -> date_published."),
 "f8-09.txt": ("桓仁满族自治县自然资源局关于答复县政协十届五次会议第112号提案的函", "桓仁满族自治县自然资源局", "桓自然资函〔2021〕19号", "112", "提案", ["李春雷"], N, "2021-06-30", "2021-07-02", [],
   "One-line metadata: 文号 has a value, 著录日期 is empty. The page has no 发布日期; 发文日期 2021年07月02日 is the only metadata date and was taken as date_published (judgement: it differs from the sign-off 2021-06-30). '我局会同县农业农村局制定了…办事指南' is earlier programme work, not co-handling of this reply: co_handlers []."),
 "f8-10.txt": ("对区十七届人大三次会议第58号建议的复函", "太原市小店区教育局", N, "58", "建议", ["任晓燕"], "郝建军", "2023-06-16", N, [],
   "Heading '对…的复函' is the title (no issuer prefix). 类别：A类 is a result category. 签发人 line -> signer. No page date, so date_published null."),
 "f8-11.txt": ("理塘县住房和城乡建设局对县第十八届人大第四次会议第36号建议答复的函", "理塘县住房和城乡建设局", N, "36", "建议", ["泽仁多吉", "罗绒尼玛", "格桑拉姆"], N, "2024-08-19", "2024-10-22", [],
   "Card prints each label over its value; 文号 has no value (the next line is the label 发布日期), so doc_number null. The three deputies named before 等5位代表 are listed. 发布日期 2024-10-22 differs from the sign-off 2024-08-19."),
 "f8-12.txt": ("五峰土家族自治县交通运输局对县政协提案第17号的答复", "五峰土家族自治县交通运输局", "五交函〔2018〕14号", "17", "提案", ["覃玉林"], N, "2018-07-30", "2018-09-26", [],
   "Salutation '覃玉林政协五峰县委员' = name + body + 委员: proposer is the name alone. The body writes '17号提案' without 第; the title has 第17号. 发布机构 short form not used. The card's first bullet '人大建议和政协提案' is a column name."),
 "f8-13.txt": ("同心县卫生健康局关于县第十八届人大第二次会议第104号建议答复的函", "同心县卫生健康局", N, "104", "建议", ["马国强"], N, "2022-07-05", N, [],
   "Title printed as the heading and again as letterhead line + title line; both join to the same string. '将会同县发展改革局、县财政局和预旺镇人民政府尽快研究' is future work, so no co-handlers. Contact in brackets before the sign-off. No page date."),
 "f8-14.txt": ("对珲春市政协十三届一次会议第42号提案的答复", "珲春市建设局", N, "42", "提案", ["金永哲", "朴顺姬"], N, "2012-07-17", N, [],
   "Encyclopedia re-host: title is the 词条 cell; the whole letter, including sign-off unit and date 二〇一二年七月十七日, sits in the 释义 cell on one line. Two named 委员 both listed. The site has no page date."),
 "f8-15.txt": (N, "乳源瑶族自治县住房和城乡建设局", N, "36", "提案", ["邓丽芳"], N, "2017-10-20", "2017-11-02", [],
   "The only heading is the genre word 提案答复 and the letter prints no title: title null. Number only as '…的建议》第36号提案'. kind 提案 (政协, 委员) although the proposal's name ends in 建议. 来源 '县住建局' not used; issuer from the sign-off."),
 "f8-16.txt": ("慶元縣交通運輸局關於縣政協十屆三次會議第0045號提案的答復", "慶元縣交通運輸局", N, "0045", "提案", ["吳志剛"], N, "2019-07-10", "2019-07-22", ["縣財政局"],
   "Traditional-character mirror; values kept in traditional characters as printed. Only 吳志剛 named before 等委員. '經商縣財政局，現將辦理情況答復如下' names a co-handler. Leading zeros kept (0045)."),
 "f8-17.txt": ("关于在华城路增设公交停靠站的建议", N, N, N, "建议", ["蒋文斌", "汤丽娟", "殷建平", "王志强"], N, N, "2021-08-12", [],
   "The reply prints no title (建议答复 is a genre heading); the page heading, which is the proposal's own name, is taken as the title by the rule 'else the page heading' (judgement call). No sign-off, no unit line, the body says 我街道, 信息来源 never: issuer null; no sign-off date. All four deputies of the 领衔/附议 card listed. No number anywhere. '与区交通运输局、区公交公司进行了对接' was read as field coordination, not co-handling (a reader who counts 对接 would list both)."),
 "f8-18.txt": ("關於荷城街道滄江路段增設人行過街設施的建議", N, N, "57", "建议", ["梁志堅"], N, N, "2013-10-15", [],
   "Traditional database page: the reply prints no title and there is no heading, so the metadata 標題 cell (which holds the proposal's name) is the title by rule (judgement call). The reply names no unit (我局) and has no sign-off: issuer and date_signed null; 答復日期 is a metadata date and went to date_published (judgement call). Number from '閉會期間代表建議第57號'. 協調交警部門 is future field work."),
 "f8-19.txt": (N, N, N, "103", "建议", ["孔令华"], N, "2021-06-09", N, [],
   "Bare copy: no heading, no title, the unit is never named (我局 only): title and issuer null. The closing bare date is the sign-off date. 6月20日 in the body is a deadline. No page date."),
 "f8-20.txt": ("关于加快泾川镇老城区燃气管网改造的建议的答复", N, N, N, "建议", ["胡晓明"], N, N, "2023-07-21", [],
   "Heading = the letter's title (no unit prefix, no number). The bureau is named only by 发布机构 (never used) and the letter has no sign-off: issuer and date_signed null. No proposal number. '广泛征求县发展改革委、县城管局等部门和燃气企业意见，形成…实施方案' is programme work, not co-handling. 办复类别：B is a result category."),
 "f8-21.txt": ("福建省林业厅关于省政协十一届四次会议第20161087号提案的会办意见", "福建省林业厅", "闽林提函〔2016〕23号", "20161087", "提案", ["九三学社福建省委员会"], "林建新", "2016-05-27", N, [],
   "会办意见 addressed to the lead department: the lead (省国土资源厅) is not a co-handler and the issuer is itself the co-handling unit, so co_handlers []. Signer from '此件已经厅党组成员、副厅长林建新审签' (name only). 8-digit number kept whole. No page metadata."),
 "f8-22.txt": ("兰州市教育局、兰州市体育局关于市十六届人大四次会议第215号建议的联合答复", "兰州市教育局　　兰州市体育局", N, "215", "建议", ["马秀兰"], N, "2020-08-21", "2020-09-03", ["市财政局"],
   "Joint reply: issuer kept as printed on the sign-off line (two full-width spaces between the units); the co-signers are not co-handlers. '经商市财政局' names the co-handler. 信息来源 '市教育局' not used. '尊敬的' dropped with the title word."),
 "f8-23.txt": ("关于十三届全国人大三次会议第5237号建议的答复", "国家文物局", "文物督函〔2020〕612号", "5237", "建议", ["裴文娟"], N, "2020-08-10", "2020-09-18", ["财政部", "住房城乡建设部"],
   "Own title equals the 标题 field. 来源 '督察司' is an internal department, never the issuer. '经商财政部、住房城乡建设部' -> two co-handlers. '将会同有关部门' names nobody and is future. 2019年 in the body ignored."),
 "f8-24.txt": ("关于政协第十四届全国委员会第一次会议第01823号（城乡建设类236号）提案答复的函", "应急管理部", "应急提函〔2023〕118号", "01823", "提案", ["民革中央"], N, "2023-08-25", "2023-09-27", ["住房城乡建设部"],
   "Main number 01823 (leading zero kept), not the category number 236. Proposer is a party's central committee. '我部会同住房城乡建设部认真研究' -> co-handler; '联合有关部门开展…排查整治' names nobody. 来源 line names the ministry (not used; issuer from the sign-off)."),
 "f8-25.txt": ("海南省旅游和文化广电体育厅关于省六届人大二次会议第156号建议的答复", "海南省旅游和文化广电体育厅", "琼旅文函〔2019〕311号", "156", "建议", ["三亚市代表团"], "陈海波", "2019-07-24", "2019-08-05", ["省交通运输厅"],
   "Doc number and 签发人 on one line: doc_number is the number alone, signer the name. Proposer is a city delegation. '经与省交通运输厅研究' -> co-handler. The page line '时间：2019-08-05' is the publishing date."),
 "f8-26.txt": ("山西省水利厅关于省政协十一届二次会议第0317号提案的答复", "山西省水利厅", "晋水函〔2014〕240号", "0317", "提案", ["省政协农业界别"], N, "2014-07-22", "2014-07-29", ["省财政厅"],
   "Two-column metadata: 成文日期 equals the sign-off date, 发布日期 2014-07-29 -> date_published. Proposer is a 界别 (salutation '省政协农业界别'). '我厅会同省财政厅对提案进行了认真研究' -> co-handler."),
 "f8-27.txt": ("衡水市市场监督管理局关于市政协十届四次会议第86号提案的答复", "衡水市市场监督管理局", "衡市监函〔2020〕57号", "86", "提案", ["孙立新"], N, "2020-09-28", "2020-10-13", [],
   "The portal heading '关于加强校园周边食品安全监管的提案答复' differs from the letter's own title; the own title wins. '我局已会同市教育局开展校园及周边食品安全专项检查' is field work, not co-handling of the reply: co_handlers [] (a reader taking every 会同 would list 市教育局)."),
 "f8-28.txt": ("鹤岗市住房和城乡建设局关于市十届人大七次会议第0093号代表建议的答复", "鹤岗市住房和城乡建设局", N, "0093", "建议", ["王立东"], N, "2016-08-12", "2016-08-30", ["市财政局"],
   "'经与市财政局共同研究' sits in the third paragraph, not the opening, but names a unit studying the reply's subject with the bureau -> co-handler. '将会同市房产管理中心建立…巡查机制' is future work, not listed."),
 "f8-29.txt": ("关于县十六届人大四次会议第27号建议的答复", "伊宁县教育局", "伊教函〔2015〕46号", "27", "建议", ["阿不都热依木·买买提"], N, "2015-08-06", N, [],
   "Letterhead line above the doc number; title over two lines with layout spaces in 答　　复 dropped (the letterhead is not part of the title). Proposer named before 等3名代表, kept with the middle dot. 领导签字 left blank and 承办负责人 are not signers. 报/抄送 units are not co-handlers. No page date."),
 "f8-30.txt": ("洋县槐树关镇人民政府关于县十八届人大五次会议第62号建议的答复", "洋县槐树关镇人民政府", N, "62", "建议", ["张德明", "李秀英"], N, "2020-11-03", "2020-11-10", [],
   "Town government reply. Two deputies named without 等, both listed. Sign-off date in Chinese numerals 二〇二〇年十一月三日. 来源 '槐树关镇' not used. '向县民政局争取…项目' is future work."),
 "f8-31.txt": ("舟山市普陀區農業農村局關於區政協八屆二次會議第46號提案的答覆", "舟山市普陀區農業農村局", N, "46", "提案", ["民進普陀區基層委員會"], N, "2022-06-30", "2022-07-18", ["區財政局"],
   "Traditional mirror; title ends in the variant 答覆, kept as printed. Proposer is the democratic party's grassroots committee. '經與區財政局研究' -> co-handler."),
 "f8-32.txt": ("上海市金山区绿化和市容管理局对区六届人大三次会议第0105号代表书面意见的答复", "上海市金山区绿化和市容管理局", N, "0105", "建议", ["沈建国"], N, "2018-06-29", "2018-07-20", [],
   "A district people's-congress 代表书面意见 is kind 建议. '此答复已经局长审签' names no person, so signer null. Dotted 发布日期 2018.07.20 -> 2018-07-20. '将会同亭林镇加强…管理和巡查' is future field work, not co-handling."),
 "f8-33.txt": ("关于区政协五届二次会议第003号提案的答复", "北京市延庆区文化和旅游局", "延文旅函〔2019〕21号", "003", "提案", ["民盟延庆区工委"], N, "2019-07-12", "2019-07-25", [],
   "Heading is the title (the letter prints none). Doc number followed by A类 on one line; category dropped. Proposer is a party's district working committee. '配合相关单位' and '联合区内旅游企业' name no co-handling unit."),
 "f8-34.txt": ("宝坻区卫生健康委员会关于区十八届人大四次会议第2024017号建议的答复", "宝坻区卫生健康委员会", N, "2024017", "建议", ["张志刚", "李慧敏", "王建军", "赵春燕"], N, "2024-07-08", "2024-07-19", [],
   "Four deputies listed before one 代表 without 等: all listed. 7-digit number. Both 发布时间 (2024-07-19) and a later 更新时间 (2024-08-02) printed; 发布时间 wins."),
 "f8-35.txt": ("关于县政协十五届一次会议第0061号提案的答复", "城口县乡村振兴局", "城乡振函〔2022〕17号", "0061", "提案", ["冉小兵"], "向德明", "2022-06-17", N, [],
   "PDF copy: the letterhead line is not part of the title; the trailing bare 'B' on the doc-number line is a result category and is dropped. 签发人 -> signer. '— 1 —' page marks ignored. 抄送 units are not co-handlers. No page metadata."),
 "f8-36.txt": ("平泉县发展改革局关于县十五届人大二次会议第126号建议的答复", "平泉县发展改革局", N, "126", "建议", ["刘宝山"], N, "2013-08-08", "2013-08-20", ["县财政局", "县工业和信息化局"],
   "主办单位/协办单位 lines under the title: the two 协办 units are co-handlers (the body also says they gave 会办意见); the 主办 unit is the issuer. 发布时间 written 2013年08月20日. '报：县人大常委会…' is upward reporting."),
 "f8-37.txt": ("深圳市坪山区水务局关于区二届人大四次会议第48号建议的答复", "深圳市坪山区水务局", "深坪水函〔2025〕36号", "48", "建议", ["坑梓街道代表团"], N, "2025-05-28", "2025-06-10", [],
   "No portal heading: title only in the letter. Proposer is a sub-district delegation. 发布日期 only in the footer below the letter."),
 "f8-38.txt": ("日喀则市桑珠孜区人力资源和社会保障局关于区政协二届四次会议第19号提案答复的函", "日喀则市桑珠孜区人力资源和社会保障局", N, "19", "提案", ["扎西平措"], N, "2016-08-25", "2016-09-12", [],
   "Portal heading is cut off with '…' and lacks the city prefix; the letter's own full title is used. Sign-off date in Chinese numerals. '审核：次仁曲珍' after the date is not a signer. 来源 '本站'."),
 "f8-39.txt": ("昌江区城市管理局关于区政协十一届三次会议第17号提案的答复", "昌江区城市管理局", N, "17", "提案", ["黄志成"], N, "2024-06-20", "2024-07-03", [],
   "kind 提案: 区政协, 委员, title says 提案; the body's '（第17号建议）' is the writer's slip. 分管领导 is not a signer. No co-handlers."),
 "f8-40.txt": ("云溪区农业农村局关于区十届人大二次会议第102号建议的答复", "云溪区农业农村局", "云农函〔2023〕31号", "102", "建议", ["刘建平"], N, "2023-08-22", "2023-09-05", ["区水利局"],
   "The letter's own title is broken inside the number ('第1' / '02号'); joined it equals the 标题 cell. 发布机构 is the district government office, not the issuer. '我局会同区水利局进行了认真研究' -> co-handler; 区水利局's 2024 plan mentioned later is the same unit."),
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
