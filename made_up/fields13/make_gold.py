#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f13-01…f13-40), labelled by hand with the rules of fields_rules.md "
    "as fields8–fields12 applied them. Values are copied as printed from the page text after the 4-line front matter "
    "(traditional pages in traditional characters); a field not stated is null ([] for lists). title = the letter's own "
    "title (lines joined, layout spaces dropped; own title over a differing portal heading, also over a year-prefixed "
    "heading that carries the unit only in brackets; a unit line standing directly above the 关于 line is part of the "
    "title); when the letter prints none, the page heading, else a metadata 标题/名称 field (also a 标题 field that prints "
    "whole what a cut heading ends with …); 提案题目/建议题目/案由 fields name the proposal and are never the title. issuer "
    "from the sign-off (（盖章） dropped), else the title prefix; portal banners, publishing offices (发布机构/发文机构/来源/"
    "信息来源/发布人), contact lines (联系单位, even when they name a section of the bureau) and 抄送/抄报 lines never; no "
    "unit anywhere -> null. doc_number as printed after its label or on its own line, without a trailing result "
    "category ((B类)); never from an empty 文号 cell; an 索引号 is no doc number. proposal_no without 第/号, leading zeros "
    "kept (0107, 0036), a year-serial number printed without 第 (2024087号) kept whole, the serial of '〔2023〕第12号' "
    "taken as 12, a number given only in the body taken, sibling numbers in 上一篇/下一篇 never, null when none is "
    "printed. kind 提案 (CPPCC) or 建议 (people's congress), by the session, not by the page's column (a 人大 reply filed "
    "under 政协提案办理结果 is a 建议; a CPPCC reply that calls the proposal 《…的建议》 is a 提案; a 议案 turned into a "
    "suggestion is a 建议). proposers without 代表/委员 titles: every person named in the salutation, also when the "
    "names run over several lines; every person in a 提案人/提出人 field, also when the names stand one per line or "
    "continue on an indented line; a 领衔代表 and all 附议代表; the persons named before 等; the member named in "
    "brackets in a 会办意见's first sentence; a party branch, a CPPCC 界别 or a delegation that itself proposes, as "
    "printed. signer only from 签发人 lines or an 审签 note (name only); an empty 领导签字, 承办人, 经办人, 责任编辑 are not "
    "signers. date_signed from the sign-off date (Chinese numerals with 〇 converted; dotted dates read; a bare date "
    "under a 联系单位 line counts); null when the letter has no sign-off date or its day is blank. date_published = "
    "发布日期/发布时间/时间/公开日期, else another page date (编稿时间, 发稿时间, 录入时间, 上传时间, 添加时间, 更新时间, "
    "生成日期, 公开时间, a card's 答复时间/答复日期, a 时间 label whose first character the copy cut, 成文日期 when it is "
    "the only page date); when both 成文日期 and 发布日期 are printed, 发布日期; never an 印发 date or a body date. "
    "co_handlers only units named as co-handling the reply: 经商X, 经与X（共同）研究, 我局会同X对提案/建议进行了研究, a "
    "会办单位 cell beside the 主办单位 cell of a card or a 会办单位 line among the paragraphs; never the lead unit a "
    "会办意见 is addressed to, field or programme work (会同…实地踏勘, 会同…完成规划修编, 会同…开展清理整治, 联合…举办培训), "
    "future cooperation, upward reporting, the congress body that turned a 议案 into a suggestion, or 抄送/抄报."
)

N = None
ROWS = {
 "f13-01.txt": ("桦川县水务局关于县十八届人大三次会议2024087号建议的答复", "桦川县水务局", N, "2024087", "建议",
   ["宫立新"], N, "2024-08-12", "2024-08-19", ["县财政局"],
   "编稿时间 2024-08-19 is the page's only date -> date_published (来源 names the bureau: furniture). The suggestion number is a year-serial printed without 第 (2024087号) in the heading and the first sentence; kept whole. '经商县财政局' -> co-handler. The contact line after the sign-off is no signer."),
 "f13-02.txt": ("东丰县农业农村局关于县政协十届一次会议第63号提案的答复", "东丰县农业农村局", "东农函〔2022〕19号", "63", "提案",
   ["邹雅琴"], N, "2022-08-09", "2022-08-16", ["县畜牧业发展服务中心"],
   "Metadata grid copied as pipe rows that start without a bar ('索引号 | … |'): 发文字号's cell is the doc number, 发布日期's cell date_published; 发布机构 is furniture. The breadcrumb's 东丰县人民政府 is a portal banner. '我局会同县畜牧业发展服务中心对提案进行了认真研究' -> co-handler."),
 "f13-03.txt": ("康平县教育局关于县十八届人大二次会议第91号建议的答复", "康平县教育局", "康教函〔2023〕42号", "91", "建议",
   ["柴丽萍"], "吕国栋", "2023-07-06", "2023-07-20", ["县公安局交通管理大队"],
   "Bulleted card printing each label over its value: 成文日期 2023-07-06 (= the sign-off date) and 发布日期 2023-07-20 are both printed; 发布日期 is date_published. 文 号's value bullet is the doc number. 签发人 under the heading gives the signer. '经与县公安局交通管理大队共同研究' -> co-handler."),
 "f13-04.txt": ("涞源县交通运输局关于县政协十届三次会议第28号提案的答复", "涞源县交通运输局", N, "28", "提案",
   ["彭卫国", "贾淑敏", "谷长海"], N, "2021-09-03", "2021-09-14", [],
   "The 提案人 field prints its three names one per line under the label; the salutation '各位委员' names nobody, so the three are the proposers. 提案题目 names the proposal, not the reply; the heading is the title. 发稿时间 2021-09-14 -> date_published (来源：本站 is furniture). No unit is named as co-handling."),
 "f13-05.txt": ("灵寿县自然资源和规划局关于县十七届人大四次会议第46号建议的答复", "灵寿县自然资源和规划局", N, "46", "建议",
   ["郄建波"], N, "2019-09-26", "2019-10-08", [],
   "The letter ends with a bare date, so the issuer comes from the heading's prefix (the only place the unit is printed). 录入时间 2019-10-08 -> date_published. '我局会同慈峪镇政府对该村宅基地情况进行了实地踏勘' is field work, not co-handling the reply: no co-handlers (judgement: a reader who takes every 会同 would add 慈峪镇政府)."),
 "f13-06.txt": ("代县文化和旅游局关于县政协十届二次会议第15号提案的答复", "代县文化和旅游局", N, "15", "提案",
   ["白晓峰"], N, "2022-08-22", "2022-08-26", ["县住房和城乡建设局"],
   "Result card framing the reply: 主办单位 (the issuer) and 会办单位 stand side by side on one line; the 会办单位 cell names 县住房和城乡建设局 -> co-handler (the body names none). The card's 答复时间 2022-08-26 is the only page date -> date_published; the sign-off 2022-08-22 -> date_signed. 案由 names the proposal; the reply's own title inside 答复内容 is the title."),
 "f13-07.txt": ("托克托县卫生健康委员会关于县十七届人大三次会议第0107号建议的答复", "托克托县卫生健康委员会", N, "0107", "建议",
   ["云海霞"], "乔振华", "2023-07-14", "2023-07-21", ["县医疗保障局"],
   "The page sits under the breadcrumb '政协提案办理结果', but it answers a people's-congress suggestion (人大, 代表, 建议): kind 建议. The own title over three lines equals the heading once joined. Zero-led number 0107 kept. 签发人 -> signer. '经与县医疗保障局共同研究' -> co-handler. 信息来源 is furniture."),
 "f13-08.txt": ("凉城县民政局关于县政协十一届四次会议第72号提案的答复", "凉城县民政局", N, "72", "提案",
   ["民盟凉城县支部"], N, "2020-09-01", "2020-09-07", ["县财政局", "县人力资源和社会保障局"],
   "A party branch proposes (salutation '民盟凉城县支部：'), kept as printed. '经商县财政局、县人力资源和社会保障局' -> both co-handlers. 时间 2020/09/07 -> date_published. Sign-off date in Chinese numerals with 〇 -> 2020-09-01."),
 "f13-09.txt": ("旬邑縣住房和城鄉建設局關於縣十九屆人大三次會議第53號建議的答復", "旬邑縣住房和城鄉建設局", "旬住建函〔2022〕66號", "53", "建议",
   ["馬秋菊"], "權志軍", "2022-08-26", "2022-09-02", ["縣自然資源局"],
   "Traditional-character page; values kept in traditional characters. Doc number and 簽發人 share one line: the doc number without the label, the signer after it. 類別：B is a result category. 來源 names the bureau (furniture); 發布時間 2022-09-02 -> date_published. '經與縣自然資源局共同研究' -> co-handler."),
 "f13-10.txt": ("镇巴县林业局关于县政协十届二次会议第41号提案办理情况的复函", "镇巴县林业局", "镇林函〔2021〕31号", "41", "提案",
   ["向德芬"], "符永庆", "2021-08-26", "2021-09-03", [],
   "The heading has a space after the unit; joined without it. The reply calls the proposal '《关于发展林下魔芋种植的建议》提案', but the session is the CPPCC: kind 提案. 类别：A is a result category; 签发人 and the doc number stand on their own lines. Sign-off date printed with dots (2021.08.26). Empty 作者/来源. '联合县农技中心…举办…现场会' is programme work: no co-handlers."),
 "f13-11.txt": ("关于县十七届人大五次会议第0036号建议的答复", N, N, "0036", "建议",
   ["黄振宁", "农美兰", "陆启明"], N, "2024-06-28", "2024-07-05", [],
   "The salutation lists three deputies over three lines ('黄振宁、' / '农美兰、' / '陆启明代表：'): all three are proposers. No unit is printed as issuer: the heading has no prefix, the letter ends with a bare date, 来源：县农业农村局 is a publisher line and 隆安县人民政府门户网站 a portal banner -> issuer null (judgement: a reader who takes 来源 would put 县农业农村局). 上传时间 2024-07-05 -> date_published. Zero-led 0036 kept."),
 "f13-12.txt": ("靖远县水务局关于县政协〔2023〕第12号提案的答复", "靖远县水务局", "靖水函〔2023〕57号", "12", "提案",
   ["苏建功"], N, N, "2023-08-03", [],
   "The proposal's number is printed '〔2023〕第12号' (year bracket + serial): proposal_no 12. The pipe grid's 文号 cell is the doc number; its only date is 成文日期 2023-08-03, taken as date_published because the page prints no other page date. The sign-off '2023年7月　日' has a blank day: date_signed null. '将与县农业农村局加强配合' is future cooperation: no co-handlers. The 标题 cell equals the heading."),
 "f13-13.txt": ("会宁县教育局关于县十八届人大二次会议第84号建议的答复", "会宁县教育局", N, "84", "建议",
   ["景永红", "魏春燕", "牛天宝"], N, "2024-07-22", "2024-07-30", [],
   "Card copied label over value. 领衔代表 景永红 and the two 附议代表 printed one per line are all proposers. The 会办单位 label has an empty value line followed by the next label 公开时间: no co-handler (a reader that takes the line after 会办单位 would read '公开时间'). 公开时间 2024-07-30 -> date_published. 主办单位 is the issuer itself."),
 "f13-14.txt": ("尉犁县文化体育广播电视和旅游局关于县政协十届二次会议第33号提案的答复", "尉犁县文化体育广播电视和旅游局", N, "33", "提案",
   ["阿不都热合曼·吐尔逊"], N, "2018-08-13", "2018-08-20", ["县财政局", "县发展和改革委员会"],
   "'我局…会同县财政局、县发展和改革委员会对提案进行了专题研究' -> both co-handlers. The sign-off's '（盖章）' is dropped from the issuer. 更新时间 2018-08-20 is the page's only date -> date_published. Middle-dot name kept as printed."),
 "f13-15.txt": ("察布查尔锡伯自治县农业农村局关于县十七届人大五次会议第19号建议的答复", "察布查尔锡伯自治县农业农村局", "察农函〔2021〕44号", "19", "建议",
   ["佟春林"], N, "2021-08-04", "2021-08-11", [],
   "Doc number printed with a bracketed '（B类）' run onto it; the category is dropped. 发布日期 '2021年08月11日' -> 2021-08-11. 发布机构 and 编辑 are furniture. The 抄送 line (县人大常委会代表工作委员会, 县人民政府办公室) is never a co-handler."),
 "f13-16.txt": (N, "墨竹工卡县住房和城乡建设局", N, "27", "建议",
   ["次仁卓嘎"], N, "2020-08-17", N, [],
   "Bare copy: no heading, no title field, no page date -> title and date_published null. The number is printed only in the first sentence ('（第27号）'). 经办人 is not a signer. '我局将会同乡政府逐户登记' is future field work: no co-handlers. The 附件 line names a feedback form."),
 "f13-17.txt": ("丰都县交通局关于县政协十五届一次会议第126号提案的答复", "丰都县交通局", N, "126", "提案",
   ["冉学勤"], N, "2022-08-31", "2022-09-09", ["县财政局", "县乡村振兴局"],
   "Pipe grid: the 文号 cell is empty ('| 文号 | |'), so no doc number (the next label is no value). 发布日期 2022-09-09 -> date_published. '经与县财政局、县乡村振兴局研究' -> both co-handlers. The 联系人 line after the sign-off is no signer."),
 "f13-18.txt": ("思南县教育局关于县政协十四届三次会议第19号提案的答复", "思南县教育局", N, "19", "提案",
   ["县政协教育界别"], N, "2020-09-08", "2020-09-15", [],
   "A CPPCC sector proposes (salutation '县政协教育界别：'), kept as printed. 生成日期 2020-09-15 is the page's only date -> date_published. '办理结果：A类' is a result category, not a doc number. No co-handlers."),
 "f13-19.txt": ("祥雲縣衛生健康局對祥雲縣十八屆人大二次會議第75號建議的答復", "祥雲縣衛生健康局", "祥衛復〔2023〕28號", "75", "建议",
   ["楊麗瓊"], N, "2023-09-08", "2023-09-15", ["縣醫療保障局"],
   "Traditional-character page; values kept in traditional characters. All metadata run on one line: 發文字號's value is the doc number, 標 題 equals the heading, 發布日期 '2023年09月15日' -> date_published; 發布機構 is furniture. '經商縣醫療保障局' -> co-handler. The contact line before the sign-off is no signer."),
 "f13-20.txt": ("鹤庆县商务局关于对县十八届人大三次会议第62号建议的答复", "鹤庆县商务局", "鹤商复〔2023〕17号", "62", "建议",
   ["李绍华"], N, "2023-08-02", "2023-08-09", [],
   "The unit line stands directly above the 关于 line, so the title keeps it; the spaced '答 复' on its own line is joined. The doc number stands under the title. '领导签字：' is empty and 承办人 is no signer: signer null. '联合县人力资源和社会保障局举办…培训' is programme work: no co-handlers. 发布时间 2023-08-09 -> date_published."),
 "f13-21.txt": ("新丰县林业局关于县政协十一届二次会议第55号提案答复的函", "新丰县林业局", N, "55", "提案",
   ["谭碧云"], N, "2022-07-21", "2022-07-29", ["县财政局"],
   "'我局…会同县财政局对提案进行了专题研究' -> co-handler. '整理上报市林业局' is upward reporting, never a co-handler. 信息来源 names the bureau itself (furniture). Sign-off date in Chinese numerals with 〇 -> 2022-07-21."),
 "f13-22.txt": ("宝应县交通运输局关于县十八届人大二次会议第103号建议的答复", "宝应县交通运输局", N, "103", "建议",
   ["孔德荣"], "季成刚", "2016-07-11", "2016-07-18", [],
   "The 审签 note '（本件经局长季成刚审签）' gives the signer (name only). 公开日期 2016-07-18 -> date_published. The 抄报 line is never a co-handler."),
 "f13-23.txt": ("莒南县水利局关于县政协十七届二次会议第56号提案的会办意见", "莒南县水利局", N, "56", "提案",
   ["厉建文"], N, "2019-06-14", "2019-06-24", [],
   "A 会办意见 addressed to the lead unit (县农业农村局：…由你局主办，我局会办): the lead unit is not a co-handler, and the issuer is the bureau that signs. The member is named only in brackets in the first sentence ('提案人：厉建文委员') -> proposer. 发布时间 2019-06-24 -> date_published."),
 "f13-24.txt": ("东明县卫生健康局关于县二十届人大一次会议第27号建议的答复", "东明县卫生健康局", N, "27", "建议",
   ["秦玉霞"], N, "2024-06-19", "2024-06-27", ["县民政局"],
   "The heading is cut ('…第…'); the 标题 field prints the title whole and is taken. 发布日期 2024-06-27 -> date_published. '经商县民政局' -> co-handler (the later 县民政局 sentence is programme work by the same unit)."),
 "f13-25.txt": ("关于县政协十一届三次会议第88号提案的答复", "鹿邑县城市管理局", N, "88", "提案",
   ["邵明轩"], N, "2021-08-23", "2021-08-30", [],
   "No heading and no own title: the 标题 field gives the title. 发布人 names the bureau (furniture); the sign-off gives the issuer. '邵明轩等委员': only the person named before 等. 发布时间 2021-08-30 -> date_published. The joint patrol with 市场监管、公安 is programme work."),
 "f13-26.txt": ("通山县农业农村局关于县十九届人大三次会议第68号建议的答复", "通山县农业农村局", N, "68", "建议",
   ["方桂英"], N, "2018-07-30", "2018-08-06", ["县供销合作社联合社"],
   "添加时间 2018-08-06 (an older CMS's page date) -> date_published; 作者 is furniture. '经与县供销合作社联合社共同研究' -> co-handler. Sign-off date in Chinese numerals with 〇 -> 2018-07-30."),
 "f13-27.txt": ("关于县政协十二届一次会议第104号提案的答复", "桑植县文化旅游广电体育局", "桑文旅函〔2022〕23号", "104", "提案",
   ["谷春燕"], "钟卫民", "2022-08-08", "2022-08-15", [],
   "The heading is year-prefixed and carries the unit only in brackets ('2022年…第104号提案答复（桑植县文化旅游广电体育局）'); the reply's own title below the doc-number line is taken (judgement: a reader who keeps the heading would put the longer string). Doc number and 签发人 share one line. '联合县民宗局举办民歌擂台赛' is future programme work. '（此件主动公开）' is a disclosure note."),
 "f13-28.txt": ("江華瑤族自治縣民族宗教事務局關於縣政協十一屆三次會議第47號提案的答復", "江華瑤族自治縣民族宗教事務局", N, "47", "提案",
   ["盤秀英"], N, "2019-08-20", "2019-08-27", ["縣文化旅遊廣電體育局"],
   "Traditional-character page; values kept in traditional characters. '我局會同縣文化旅遊廣電體育局進行了研究' -> co-handler. 發布時間 2019-08-27 -> date_published; 來源 is furniture. Sign-off date in Chinese numerals with 〇 -> 2019-08-20."),
 "f13-29.txt": ("武汉市黄陂区园林和林业局关于区十六届人大二次会议第0213号建议的答复", "武汉市黄陂区园林和林业局", N, "0213", "建议",
   ["雷光明", "甘淑珍"], N, "2017-08-18", "2017-08-25", ["区应急管理局"],
   "A '会办单位：区应急管理局' line stands among the paragraphs after the opening -> co-handler (the later joint fire brigade is programme work by the same unit). '雷光明、甘淑珍等代表': the two named before 等. Zero-led 0213 kept. 发布日期 2017-08-25 -> date_published."),
 "f13-30.txt": ("大邑县教育局关于县政协十五届五次会议第31号提案的答复", "大邑县教育局", "大教函〔2021〕58号", "31", "提案",
   ["龚海燕"], N, "2021-08-27", "2021-09-03", [],
   "No heading and no own title: the 名称 field gives the title; the doc number and 发布日期 stand beside it on the same line (文号：… 发布日期：…). '我局已会同县自然资源局完成城区中小学布局规划修编' is programme work, not co-handling the reply: no co-handlers (judgement)."),
 "f13-31.txt": ("金寨县林业局关于县十七届人大一次会议第132号建议的答复", "金寨县林业局", N, "132", "建议",
   ["余德胜"], N, "2017-08-22", "2017-08-29", ["县财政局"],
   "Congress card copied as pipe rows without a leading bar. The row '主办单位 | 金寨县林业局 | 会办单位 | 县财政局 |' names the co-handling unit in the cell beside the lead unit -> co-handler. 所属代表团 (青山镇) is not a proposer. 发布时间 2017-08-29 wins over the card's 答复日期 (= the sign-off date). 题目 names the suggestion."),
 "f13-32.txt": ("海原县文化旅游广电局关于县政协十一届三次会议第21号提案的答复", "海原县文化旅游广电局", N, "21", "提案",
   ["马晓梅"], N, "2024-07-03", "2024-07-11", [],
   "The copy is cut at the top: the first line keeps only '间：' of a 时间 label; its date 2024-07-11 is still taken as date_published (judgement). The heading is lost; the own title below is the title. 来源 is furniture; the 联系人 line is no signer."),
 "f13-33.txt": ("仙居县农业农村局关于答复县十七届人大三次会议第156号代表建议的函", "仙居县农业农村局", "仙农函〔2023〕27号", "156", "建议",
   ["陈可忠"], N, "2023-06-20", "2023-06-20", ["县财政局"],
   "Bulleted label-over-value card whose only date is 成文日期 2023-06-20 -> date_published (it equals the sign-off). The '2023年6月21日印发' line is a print date, never date_published. '经商县财政局' -> co-handler; 抄送 never. '（此件公开发布）' is a disclosure note."),
 "f13-34.txt": ("临高县农业农村局关于县政协十五届三次会议第0042号提案的答复", "临高县农业农村局", N, "0042", "提案",
   ["农工党临高县支部"], N, "2020-09-21", "2020-09-28", [],
   "The sign-off is a bare date under a 联系单位 line naming a section of the bureau (渔业股): the 联系单位 line is never the issuer, so the issuer comes from the heading's prefix. 来源 is the portal. A party branch proposes. Zero-led 0042 kept. The bare date counts as date_signed."),
 "f13-35.txt": ("商城县民政局关于县十六届人大二次会议第3号议案（转建议）的答复", "商城县民政局", N, "3", "建议",
   ["汪岗镇代表团"], "熊德宝", "2017-08-30", "2017-09-06", [],
   "A people's-congress 议案 turned into a suggestion: kind 建议. The delegation itself proposes (salutation '汪岗镇代表团：', '你团提出的'), so it is the proposer as printed. 签发人 -> signer; 责任编辑 never. The 主任会议 that turned the 议案 into a suggestion is no co-handler. 类别：议案建议 is a column name."),
 "f13-36.txt": ("詔安縣海洋與漁業局關於縣政協十屆一次會議第0118號提案的答復", "詔安縣海洋與漁業局", "詔海漁函〔2022〕36號", "0118", "提案",
   ["沈麗娥"], "許振東", "2022-08-10", "2022-08-18", ["縣財政局", "縣自然資源局"],
   "Traditional-character page; values kept in traditional characters. Doc number and 簽發人 on two lines under the page line. '經商縣財政局、縣自然資源局' -> both co-handlers; '已會同相關鄉鎮開展…清理整治' is programme work. 時間 2022-08-18 -> date_published. Zero-led 0118 kept."),
 "f13-37.txt": ("北京市顺义区交通局关于区十七届人大二次会议第58号建议的答复", "北京市顺义区交通局", "顺交函〔2022〕35号", "58", "建议",
   ["常建国"], N, "2022-07-12", "2022-07-19", ["区城市管理委员会"],
   "Labelled lines: 发文机构 (furniture, the same bureau), 成文日期 2022年07月12日 (= the sign-off) and 发布日期 2022年07月19日; date_published is the 发布日期. 文　　号 -> doc number; 标　　题 equals the heading. '经商区城市管理委员会' -> co-handler."),
 "f13-38.txt": ("铜鼓县林业局关于县十七届人大二次会议第29号建议的答复", "铜鼓县林业局", N, "29", "建议",
   ["温建明", "戴丽娟", "邹国华"], N, "2025-06-23", "2025-06-30", ["县自然资源局"],
   "The 提 出 人 field holds two names and continues on an indented second line with a third; the salutation names the same three. 建议题目 names the suggestion. '我局会同县自然资源局对建议进行了认真研究' -> co-handler."),
 "f13-39.txt": ("尖扎县坎布拉镇人民政府关于镇十八届人大三次会议代表建议的答复", "尖扎县坎布拉镇人民政府", N, N, "建议",
   ["才让东知"], N, "2023-09-05", "2023-09-12", [],
   "A town government answers a town-congress suggestion that carries no number: proposal_no null. 来源：坎布拉镇 is furniture. Sign-off date in Chinese numerals with 〇 -> 2023-09-05. The village committee and water keepers are the town's own work, no co-handlers."),
 "f13-40.txt": ("天津市北辰区教育局关于区政协十二届四次会议第97号提案的答复", "天津市北辰区教育局", N, "97", "提案",
   ["宋雅楠"], "郑立民", "2024-08-16", "2024-08-23", ["区卫生健康委"],
   "签发人 under the page line -> signer. '经商区卫生健康委' -> co-handler. 上一篇/下一篇 name sibling proposals 95 and 101 of the same bureau: decoys. 信息来源 is furniture; 发布时间 2024-08-23 -> date_published."),
}

KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers", "signer",
        "date_signed", "date_published", "co_handlers", "_note"]
letters = {f: dict(zip(KEYS, row)) for f, row in sorted(ROWS.items())}
assert len(letters) == 40, len(letters)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.json")
with open(out, "w", encoding="utf-8") as fh:
    json.dump({"_comment": COMMENT, "letters": letters}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print("wrote", out, len(letters), "letters")
