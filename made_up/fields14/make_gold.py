#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f14-01…f14-40), labelled by hand with the rules of fields_rules.md "
    "as fields8–fields13 applied them. Values are copied as printed from the page text after the 4-line front matter "
    "(traditional pages in traditional characters); a field not stated is null ([] for lists). title = the letter's own "
    "title (lines joined, layout spaces dropped; own title over a differing portal heading or a short portal heading; a "
    "unit line standing directly above the 关于/对 line is part of the title); when the letter prints none, the page "
    "heading (kept whole, a bracketed unit suffix included), else a metadata 标题/信息名称 field that names the reply "
    "itself; a 标题 cell naming the proposal (《…的提案》的答复) yields to the own title; a heading cut with … is never "
    "taken. issuer from the sign-off (unit line above the date), else the title prefix, else a title suffix in brackets; "
    "portal banners and footers (主办单位：…人民政府办公室), publishing offices (发布机构/来源/信息来源), contact lines "
    "(联系单位) and 抄送/抄报 never; 承办单位/主办单位 card cells naming the issuer add nothing; no unit anywhere but 来源 -> "
    "null. doc_number as printed on its line, without a result category or disclosure note (A1类, 同意公开); never from an "
    "empty 文号 cell. proposal_no without 第/号, leading zeros kept (0219, 0045, 0058), a year-serial printed without 第 "
    "(2023015号, 2023156号) kept whole, the serial of 县政协〔2022〕第9号 taken as 9; when the title prints 第12号 and the body "
    "〔012〕号, the title's 12; siblings in 上一篇/下一条 never; null when none is printed. kind by the session: 提案 (CPPCC, "
    "also when the body calls it 第N号建议) or 建议 (people's congress, also a 议案 handled as a suggestion and a reply filed "
    "under the portal's 政协提案 column). proposers without 代表/委员 titles: every person in the salutation (also when it "
    "runs over two lines, or is cut so the next line starts with 们, or splits after 尊敬的); every person in a 提案人/建议人 "
    "field, names one per line or continued on an indented line; persons named before 等/等6位; a party branch or CPPCC "
    "界别 that itself proposes; the member in brackets in a 会办意见; masked names (符**) never. signer only from 签发人 / "
    "领导签发 lines (name only); 审核人, 承办负责人, 承办人, 责任编辑 and the web editorial chain （编辑：）（审核：）（签发：） "
    "after the letter are not signers. date_signed from the sign-off date (Chinese numerals converted), null when the copy "
    "has no sign-off date. date_published = 发布日期/发布时间/时间, else another page date (发稿时间, 编稿时间 even when the "
    "copy cut it to 稿时间, 发表时间, 信息时间, 更新日期/更新时间, 公开日期, a bare 日期 label, 成文日期 when it is the only "
    "page date); when 成文日期 and 发布日期 are both printed, 发布日期; a card's 答复时间 yields to 发布时间; never an 印发 "
    "date, a 面商 date or a body date; null when the copy prints no page date. co_handlers only units named as co-handling "
    "the reply: 经商X, 经与X（共同）研究, 我局会同X对提案/建议进行了（认真）研究, 会同X进行了研究, a 协办单位/会办单位 line or "
    "cell (also '经与会办单位共同研究' pointing to it); never the lead unit a 会办意见 is addressed to, field work (会同…实地勘察/"
    "调查), programme work (联合…开办培训班), future cooperation (将与…对接), the deputy met (面商), the congress body that "
    "turned a 议案 into a suggestion, or 抄送/抄报."
)

N = None
ROWS = {
 "f14-01.txt": ("嫩江市水务局关于市二届人大三次会议第47号建议的答复", "嫩江市水务局", "嫩水函〔2023〕18号", "47", "建议",
   ["臧玉田"], N, "2023-08-04", "2023-08-15", ["市财政局"],
   "Metadata copied as pipe rows without a leading bar: 文号's cell is the doc number; 成文日期 2023-08-04 (= the sign-off) and 发布日期 2023-08-15 are both printed, so date_published is the 发布日期. The heading is wrapped after 会议 and joined; it equals the 标题 row. 发布机构 is furniture. '我局经商市财政局' -> co-handler. The contact line is no signer."),
 "f14-02.txt": ("寶清縣農業農村局關於縣政協十一屆二次會議第38號提案的答復", "寶清縣農業農村局", "寶農函〔2022〕27號", "38", "提案",
   ["侯振江", "藺秀芝", "白殿奎"], "邱海成", "2022-08-16", "2022-08-23", ["縣財政局"],
   "Traditional-character page; values kept in traditional characters. The 提案人 label stands alone with its three names one per line under it; the salutation '各位委員' names nobody, so the three are the proposers. Doc number and 簽發人 share one line. 發稿時間 2022-08-23 -> date_published (來源 is furniture). '我局會同縣財政局對提案進行了認真研究' -> co-handler."),
 "f14-03.txt": ("宽城满族自治县住房和城乡建设局关于县十六届人大二次会议2023015号建议的答复", "宽城满族自治县住房和城乡建设局", N, "2023015", "建议",
   ["杜春生", "邢丽娟", "郝建业", "骆国平"], N, "2023-08-30", "2023-09-06", ["县自然资源和规划局"],
   "Card: 建议人 prints two names, and two more on an indented continuation line; all four (also in the salutation) are proposers. The number is a year-serial printed without 第 (2023015号) in the card, heading and nowhere else: kept whole. 承办单位 names the issuer itself; 协办单位 县自然资源和规划局 -> co-handler (the body also says 经与协办单位…共同研究). 编稿时间 2023-09-06 -> date_published."),
 "f14-04.txt": ("对政协香河县第十届委员会第四次会议第21号提案的答复", "香河县城市管理综合行政执法局", N, "21", "提案",
   ["鲍建新", "阎淑芬"], "孔令军", "2021-07-19", "2021-07-28", [],
   "The portal heading '第21号提案的答复' is a short label; the letter's own title, split over two lines, is taken. The salutation is cut after the names ('尊敬的鲍建新、阎淑芬委员' / '们提出的…'): both are proposers. 领导签发 gives the signer (a signing line, judgement: a reader taking only '签发人' would leave it null). 时间 2021-07-28 -> date_published; 来源 is furniture. 联系人 and 抄报 are never signer or co-handler."),
 "f14-05.txt": ("平山县交通运输局关于县十七届人大二次会议第59号建议的答复", "平山县交通运输局", N, "59", "建议",
   ["韩振山", "甄丽萍"], N, "2024-06-25", "2024-07-02", [],
   "The letter ends with a bare date: the issuer comes from the heading's prefix. '韩振山、甄丽萍等代表': the two named before 等. 发表时间 2024-07-02 -> date_published. '将积极与县文化广电和旅游局对接' is future cooperation: no co-handlers."),
 "f14-06.txt": ("左权县教育局关于县政协十届三次会议第0219号提案的答复", "左权县教育局", N, "0219", "提案",
   ["石玉兰"], N, "2020-09-04", "2020-09-11", ["县人力资源和社会保障局"],
   "Pipe result grid: the row '主办单位 | 左权县教育局 | 会办单位 | 县人力资源和社会保障局' names the co-handling unit beside the lead unit -> co-handler (the body refers to it only as 会办单位). Zero-led 0219 kept. 发布时间 2020-09-11 wins over the grid's 答复时间 (= the sign-off date). 办理类别 B is a category."),
 "f14-07.txt": ("五寨县自然资源局关于县十六届人大四次会议第71号建议的答复", "五寨县自然资源局", "五自然资函〔2019〕23号", "71", "建议",
   ["贾永福"], "牛凤岐", "2019-08-14", "2019-08-14", ["县林业局"],
   "Label-over-value bullets whose only page date is 成文日期 2019-08-14 -> date_published (equal to the sign-off). The '2019年8月16日印发' line is a print date, never taken. 签发人 -> signer. '经与县林业局共同研究' -> co-handler; 抄送 never."),
 "f14-08.txt": ("陵川县住房和城乡建设局关于县政协〔2022〕第9号提案办理情况的答复", "陵川县住房和城乡建设局", N, "9", "提案",
   ["秦红梅"], N, "2022-08-22", "2022-08-30", ["县文化和旅游局"],
   "Heading over three lines (unit / 关于…第9号提案 / 办理情况的答复), joined. The number is printed 〔2022〕第9号: the serial 9. 更新日期 2022-08-30 -> date_published. '经商县文化和旅游局' -> co-handler; '会同有关乡镇…调查摸底' is field work with unnamed towns. Sign-off date in Chinese numerals -> 2022-08-22."),
 "f14-09.txt": ("关于旗十八届人大四次会议第33号建议的答复", N, N, "33", "建议",
   ["那仁格日勒", "苏雅拉图", "王凤英"], N, "2021-09-10", "2021-09-17", [],
   "The copy is cut at the top: '稿时间：' keeps the end of 编稿时间; its date 2021-09-17 is still taken (judgement, as fields13 took a cut 时间). The heading has no unit prefix and the letter ends with a bare date; the only unit is in '来源：旗林业和草原局', a publisher line -> issuer null (judgement: a reader who takes 来源 would put 旗林业和草原局). Three deputies in the salutation."),
 "f14-10.txt": ("达拉特旗卫生健康委员会关于旗政协十一届二次会议第0045号提案的答复", "达拉特旗卫生健康委员会", N, "0045", "提案",
   ["刘海燕", "张志强"], N, "2023-08-15", "2023-08-21", [],
   "Card copied label over value: 提案号 0045 (zero-led, also in the title), 提案人 with two names one per line, 承办单位 = the issuer, 办理结果 B (a category). 信息时间 2023-08-21 -> date_published. No co-handlers."),
 "f14-11.txt": ("关于对陇县第十八届人大三次会议第26号建议的复函", "陇县农业农村局", "陇农函〔2022〕41号", "26", "建议",
   ["巩志刚"], "车永强", "2022-07-28", N, [],
   "类 别 / 签发人 / doc-number lines over the own title split after 会议 (joined; equal to the heading). No page date is printed -> date_published null. 抄送 never a co-handler."),
 "f14-12.txt": ("佳县财政局关于县政协十届二次会议第17号提案的答复", "佳县财政局", N, "17", "提案",
   ["苗翠英"], N, "2022-11-18", "2022-11-24", [],
   "A CPPCC proposal that the body numbers '（第17号建议）': kind 提案 by the session. 审核人 after the date is not a signer; the 联系人 line before the unit is no signer. 发布时间 2022-11-24 -> date_published; 来源 is furniture."),
 "f14-13.txt": ("吴起县林业局关于县十八届人大五次会议第64号建议的答复", "吴起县林业局", N, "64", "建议",
   ["拓海军"], N, "2020-08-19", "2020-08-26", ["县财政局"],
   "Pipe rows without a leading bar; the 文号 cell is empty ('文号 |  | 发布日期'), so no doc number (the next label is no value). 发布日期 2020-08-26 -> date_published. '我局会同县财政局对建议进行了认真研究' -> co-handler."),
 "f14-14.txt": ("关于对县政协第十届二次会议第12号提案的答复", "两当县卫生健康局", N, "12", "提案",
   ["杨文斌"], N, "2023-07-10", "2023-07-12", [],
   "No heading besides the column name: the 信息名称 field names the reply itself and is the title. Proposal number: the title prints 第12号, the body '〔012〕号'; taken as 12 from the title (judgement: a reader keeping the body's zero-padded form would put 012). 公开日期 2023-07-12 -> date_published; 失效日期 and 文号 are empty; 发布机构 is furniture, the sign-off gives the issuer. 上一条/下一条 siblings (15, 9) never."),
 "f14-15.txt": ("永登县红城镇人民政府关于镇十八届人大三次会议代表建议的答复", "永登县红城镇人民政府", N, N, "建议",
   ["蔺建国"], N, "2022-06-15", "2022-06-20", [],
   "Town government answering a town-congress suggestion that carries no number: proposal_no null. Sign-off date in Chinese numerals -> 2022-06-15. 发布日期 2022-06-20 -> date_published; 来源 is furniture."),
 "f14-16.txt": ("红寺堡区市场监督管理局关于区政协五届三次会议第52号提案的答复", "红寺堡区市场监督管理局", "红市监函〔2021〕33号", "52", "提案",
   ["九三学社红寺堡区支社"], "丁学军", "2021-09-02", "2021-09-09", ["区教育局", "区公安局"],
   "A party branch proposes (salutation '九三学社红寺堡区支社：'), kept as printed. Doc number and 签发人 share one line. '我局经商区教育局、区公安局' -> both co-handlers. 发布日期 2021-09-09 -> date_published."),
 "f14-17.txt": ("关于对县十七届人大一次会议第5号议案的答复（平罗县水务局）", "平罗县水务局", N, "5", "建议",
   ["马金山", "杨玉琴", "田志福", "何建军", "沙学仁", "王桂兰", "李德胜", "周海燕", "丁春花", "纳志忠"], N, N, "2017-08-14", [],
   "A 议案 the congress turned into a suggestion: kind 建议. The heading is the only title and is kept whole with its bracketed unit (judgement). The copy ends without a sign-off, so the issuer comes from the heading's bracketed suffix and date_signed is null. Ten deputies over two salutation lines, all proposers. 发布日期 '2017-08-14 0:0' -> date_published; 作者/来源 (人大办公室) are furniture. The 主任会议 is no co-handler."),
 "f14-18.txt": ("關於縣十七屆人大三次會議第41號建議的答復", "和靜縣農業農村局", N, "41", "建议",
   ["巴音克西克", "李春燕"], N, "2023-09-05", "2023-09-12", ["縣畜牧獸醫發展中心"],
   "Traditional-character page; values kept in traditional characters. The heading has no unit; the sign-off gives the issuer (信息來源 names the same bureau: furniture). '尊敬的巴音克西克、李春燕代表' -> both. 時間 2023-09-12 -> date_published. '我局會同縣畜牧獸醫發展中心進行了認真研究' -> co-handler."),
 "f14-19.txt": ("巴里坤哈萨克自治县畜牧兽医发展中心关于县政协十二届二次会议第27号提案的答复", "巴里坤哈萨克自治县畜牧兽医发展中心", N, "27", "提案",
   ["哈力木拉提·努尔兰"], N, "2019-07-31", "2019-08-07", ["县农业农村局"],
   "Ordinary page. Middle-dot name kept as printed. '经与县农业农村局共同研究' -> co-handler. 发布时间 2019-08-07 -> date_published; '来源：本站' is furniture."),
 "f14-20.txt": (N, "芒康县发展和改革委员会", N, "19", "建议",
   ["次仁旺堆"], N, "2020-08-21", N, [],
   "Bare copy: no heading, no title field and no page date -> title and date_published null. The number is printed only in the first sentence ('（第19号）'). '我委会同县供电公司技术人员…进行了调查' is field work, and '将与供电部门共同开展负荷测算' future work: no co-handlers. The contact line is no signer."),
 "f14-21.txt": ("正安县文体广电旅游局关于县政协十四届二次会议第88号提案的答复", "正安县文体广电旅游局", N, "88", "提案",
   ["黎仕兵"], N, "2018-08-27", "2018-09-03", [],
   "The letter ends with 注：“主动公开”, a bare date and (联系人): the issuer comes from the heading's prefix. The footer's '主办单位：正安县人民政府办公室' is the portal's host, never the issuer. 发布时间 2018-09-03 -> date_published; 信息来源 is furniture."),
 "f14-22.txt": ("沿河土家族自治县民族宗教事务局关于县十八届人大二次会议第112号建议的答复", "沿河土家族自治县民族宗教事务局", N, "112", "建议",
   ["田茂林"], N, "2023-07-18", "2023-07-25", ["县财政局", "县住房和城乡建设局"],
   "主办单位 and 会办单位 lines stand above the salutation: 主办单位 is the issuer; the two 会办单位 are co-handlers (the body says '经与会办单位共同研究'). 发布日期 2023-07-25 -> date_published; 来源 (县民宗局) is furniture."),
 "f14-23.txt": ("恭城瑶族自治县水利局关于县政协十一届三次会议第46号提案的答复", "恭城瑶族自治县水利局", N, "46", "提案",
   ["周春梅"], N, "2020-09-10", "2020-09-16", [],
   "After the letter's own sign-off the page prints its web editorial chain （编辑：…）（审核：…）（签发：陈家明）: that 签发 approves the web article, not the letter -> signer null (judgement: a reader taking every 签发 would put 陈家明). 发布时间 2020-09-16 -> date_published."),
 "f14-24.txt": ("那坡县教育局对县十七届人大二次会议第37号建议答复的函", "那坡县教育局", N, "37", "建议",
   ["农秀英", "黄德明", "梁志坚"], N, "2022-08-24", "2022-08-30", [],
   "Label-over-value bullets: the 文号 bullet has no value (the next bullet is 发布日期) -> doc_number null; 发布日期 2022-08-30 -> date_published; 发布机构 and 时效性 are furniture. '农秀英、黄德明、梁志坚等6位代表': the three named before 等."),
 "f14-25.txt": ("澜沧拉祜族自治县交通运输局关于对澜沧拉祜族自治县第十六届人民代表大会第三次会议代表第0058号建议的答复函", "澜沧拉祜族自治县交通运输局", N, "0058", "建议",
   ["扎约"], N, "2024-08-20", "2024-08-27", [],
   "Disclosure block copied label over value: 文  号 has no value (the next label is 日期); the bare 日期 label's 2024-08-27 -> date_published. Zero-led 0058 kept. 办理结果:B and 是否完成对外公开 are furniture. '扎约等代表' -> the person named before 等. 发布机构 (县交通运输局) is furniture; the sign-off gives the issuer."),
 "f14-26.txt": ("墨江哈尼族自治县林业和草原局关于政协墨江县第九届委员会第四次会议第73号提案的答复函", "墨江哈尼族自治县林业和草原局", N, "73", "提案",
   ["王建华"], N, "2021-09-07", "2021-09-14", [],
   "来源 is empty; 更新时间 '2021/09/14' -> date_published. 类别：B is a category. 联系人及电话 and 责任编辑 are no signers. 上一篇/下一篇 siblings (74, 72) never."),
 "f14-27.txt": ("上犹县农业农村局关于县十八届人大三次会议第85号建议的答复", "上犹县农业农村局", N, "85", "建议",
   ["钟桂生"], N, "2024-07-23", "2024-07-30", ["县林业局"],
   "The page is filed under the portal's 政协提案答复 column but answers a people's-congress suggestion (人大, 代表, 建议): kind 建议. The heading's space after the unit is dropped. '我局会同县林业局进行了认真研究' -> co-handler (the later 林业部门 programme work is the same unit)."),
 "f14-28.txt": ("对县政协十届二次会议第63号提案的答复", "灌南县教育局", "灌教复字(2022)第7号", "63", "提案",
   ["庄玉梅"], N, "2022-08-10", "2022-08-12", [],
   "The portal heading and 标 题 cell name the proposal ('灌南县教育局对《…的提案》的答复'); the letter prints its own title under the result line, which is taken (judgement: a reader who keeps the heading would put the longer string). 文 号 cell -> doc number (its 第7号 is not the proposal number). 发布日期 2022-08-12 -> date_published; 成文日期 is empty. 'A:解决采纳' is a result category."),
 "f14-29.txt": ("文成县交通运输局关于答复县十六届人大三次会议第215号代表建议的函", "文成县交通运输局", "文交函〔2023〕29号", "215", "建议",
   ["钟秀兰"], N, "2023-07-11", "2023-07-18", ["县公路与运输管理中心"],
   "发布时间 2023-07-18 -> date_published; the 印发 line repeats the sign-off date and is never taken. The doc number stands alone under the page line. '我局经商县公路与运输管理中心' -> co-handler; 抄送 never. (此件公开发布) is a disclosure note."),
 "f14-30.txt": ("蒙阴县水利局关于县十九届人大二次会议2023156号建议的答复", "蒙阴县水利局", N, "2023156", "建议",
   ["公茂林"], N, "2023-08-29", "2023-09-05", ["县财政局", "县应急管理局"],
   "Year-serial number printed without 第 (2023156号) in the heading and in brackets in the opening: kept whole. '我局会同县财政局、县应急管理局对建议进行了研究' -> both co-handlers. 公开日期 2023-09-05 -> date_published; 发布机构 is furniture."),
 "f14-31.txt": ("城步苗族自治县民族宗教事务局关于县政协十届二次会议第44号提案的答复", "城步苗族自治县民族宗教事务局", "城民宗函〔2023〕11号", "44", "提案",
   ["杨秀兰"], N, "2023-08-02", "2023-08-09", [],
   "Doc number, result category and disclosure note on one line ('城民宗函〔2023〕11号　A1类　同意公开'): the doc number alone. '杨秀兰等委员': the person named before 等. 承办负责人 and 承办人 are not signers. '联合县文化旅游广电体育局…开办刺绣培训班' is programme work: no co-handlers. 发布时间 2023-08-09 -> date_published."),
 "f14-32.txt": ("马边彝族自治县住房和城乡建设局对县十届人大四次会议第29号建议的答复", "马边彝族自治县住房和城乡建设局", N, "29", "建议",
   ["阿苏拉则"], N, "2025-07-29", "2025-08-06", [],
   "The heading prints a space after the unit; the own title repeats it as a unit line directly over the 对 line, so the title keeps the unit (both printings agree once joined). '我局会同县自然资源局对…危旧房进行了实地勘察' is field work: no co-handlers (judgement). 发布时间 2025-08-06 -> date_published. The 联系单位 line after the date is no issuer."),
 "f14-33.txt": ("莆田市秀嶼區農業農村局關於區政協九屆三次會議第104號提案的答復", "莆田市秀嶼區農業農村局", "莆秀農函〔2019〕36號", "104", "提案",
   ["林麗珍"], "翁建華", "2019-08-21", "2019-08-28", ["區海洋與漁業局", "區市場監督管理局"],
   "Traditional-character page; values kept in traditional characters. Doc number and 簽發人 on their own lines. '我局經商區海洋與漁業局、區市場監督管理局' -> both co-handlers (the later 市場監管部門 training is the same unit's programme work). 發布日期 2019-08-28 -> date_published."),
 "f14-34.txt": ("始興縣林業局關於縣十五屆人大三次會議第22號建議的答復", "始興縣林業局", N, "22", "建议",
   ["鄧國強"], N, "2018-07-06", "2018-07-10", [],
   "Traditional-character page; values kept in traditional characters. Pipe rows with leading bars; the 文號 cell is empty -> no doc number. 發布日期 2018-07-10 -> date_published. The 2018-07-04 面商 with the deputy is a body date and no co-handling. 公開目錄 is a column name."),
 "f14-35.txt": ("桐柏县交通运输局关于县政协〔2024〕第15号提案的会办意见", "桐柏县交通运输局", N, "15", "提案",
   ["程玉山"], N, "2024-06-11", "2024-06-18", [],
   "A 会办意见 addressed to the lead unit (县文化广电和旅游局：…由你局主办，我局会办): the lead unit is not a co-handler; the issuer is the bureau that signs. The number 〔2024〕第15号 -> 15 (the body's 第15号 agrees). The member is named only in brackets ('提案人：程玉山委员') -> proposer."),
 "f14-36.txt": ("远安县自然资源和规划局关于县十届人大二次会议第58号建议的答复", "远安县自然资源和规划局", N, "58", "建议",
   ["向红梅"], N, "2022-07-20", "2022-07-27", ["县住房和城乡建设局"],
   "The salutation splits after '尊敬的'; the deputy's name stands on the next line. 编稿时间 2022-07-27 -> date_published. '经与县住房和城乡建设局研究' -> co-handler (also 会商 in the next paragraph)."),
 "f14-37.txt": ("宿松县文化旅游体育局关于县政协十三届二次会议第31号提案的答复", "宿松县文化旅游体育局", N, "31", "提案",
   ["石家旺", "陈素芬", "汪林生", "吴翠兰", "何建华"], N, "2021-08-20", "2021-08-26", [],
   "The 提案人 field prints three names and continues with two more on an indented line: all five are proposers (the salutation says '石家旺等委员'). 主办单位 is the issuer itself. 发布时间 2021-08-26 wins over 答复时间 (= the sign-off date). No co-handlers."),
 "f14-38.txt": ("重庆市南川区文化和旅游发展委员会关于区十八届人大三次会议第142号建议的答复", "重庆市南川区文化和旅游发展委员会", "南川文旅函〔2019〕52号", "142", "建议",
   ["卢永红"], "冉光友", "2019-07-17", "2019-07-24", ["区城市管理局"],
   "District page: doc number and 签发人 on their own lines. '我委经商区城市管理局' -> co-handler. 发布日期 2019-07-24 -> date_published."),
 "f14-39.txt": ("关于县政协十四届三次会议第14号提案的答复", "称多县教育局", N, "14", "提案",
   ["县政协教育界别"], N, "2020-09-01", "2020-09-08", [],
   "No heading and no own title: the 标　　题 field gives the title. A CPPCC 界别 proposes (salutation '县政协教育界别：'), kept as printed. 时　　间 2020-09-08 -> date_published; 来　　源 is furniture, the sign-off gives the issuer."),
 "f14-40.txt": ("白沙黎族自治县卫生健康委员会关于县十六届人大四次会议第93号建议的答复", "白沙黎族自治县卫生健康委员会", "白卫健函〔2024〕78号", "93", "建议",
   [], N, "2024-08-27", "2024-09-03", [],
   "The heading is cut with '…'; the own title (unit line directly over the 关于 line) is taken whole. The deputy is masked ('符**代表') -> proposers []. 发布时间 2024-09-03 -> date_published; 来源 is furniture. The contact line is no signer."),
}

KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers", "signer",
        "date_signed", "date_published", "co_handlers", "_note"]


def main():
    letters = {name: dict(zip(KEYS, row)) for name, row in ROWS.items()}
    out = {"_comment": COMMENT, "letters": letters}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path} ({len(letters)} letters)")


if __name__ == "__main__":
    main()
