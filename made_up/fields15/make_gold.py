#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f15-01…f15-40), labelled by hand with the rules of fields_rules.md "
    "as fields8–fields14 applied them. Values are copied as printed from the page text after the 4-line front matter "
    "(traditional pages in traditional characters); a field not stated is null ([] for lists). title = the letter's own "
    "title (lines joined, layout spaces dropped, also when the wrap falls inside the number: …第 / 42号…); a unit line "
    "standing directly above the 关于 line is part of the title, a letterhead separated from it by a doc-number line is "
    "not; when the letter prints no own title, the page heading kept whole (a bracketed unit suffix or a trailing "
    "《…的建议》 included), else a metadata 名称/标题 field; genre headings (提案答复, 人大代表建议答复, 政协提案答复) are "
    "never titles; a body-only copy has none. issuer from the sign-off (unit line above the date, a 承办单位：X closing "
    "line, a unit followed by its phone number on one line; a （盖章） note dropped), else the title prefix; portal "
    "publisher lines (来源/信息来源/发布机构), 联系单位 lines, 责任编辑 brackets and a doc-number prefix never; none of those "
    "-> null. doc_number as printed on its line without a result category or disclosure note ((B类), A类 同意公开); "
    "never from an empty 文号 cell. proposal_no without 第/号, leading zeros kept (0107, 0088, 0063), year-serials "
    "printed without 第 kept whole (2023087, 2024087, 2025015), the serial of 〔2023〕第12号 taken as 12, a number printed "
    "only in the opening sentence (第18号建议) or a 建议号 card cell taken; 上一条/下一条 and 相关信息 siblings never. kind by "
    "the session: 提案 (CPPCC) or 建议 (people's congress, also when the card labels the deputy 提案人). proposers without "
    "代表/委员 titles: every person in the salutation (names split over two or three lines, or after a bare 尊敬的 line), "
    "persons named before 等/等6名/等3位, every name in a 提案人 field (one per line under a bare label, indented under "
    "提案人：, or two on one line), the 领衔代表 and every 附议代表 of a suggestion card, and a group that itself proposes "
    "(a party branch, a CPPCC 界别, a special committee, a 委员小组). signer only from 签发人/簽發人 lines (also beside "
    "the doc number) or an 审签 note (name only); 责任领导, 政府督办领导, 承办负责人, 联系人 and 责任编辑 are not signers. "
    "date_signed from the sign-off date (Chinese numerals and an Arabic 0 among them converted, a run-together 20220805 "
    "read as 2022-08-05); null when the copy ends without a date. date_published = 发布日期/发布时间/时间, else another "
    "page or metadata date (发稿时间, 编稿时间, 录入时间, 更新时间 with slashes, 信息时间, 信息发布日期, 发文日期/发文时间, a "
    "cut 布日期); when 成文日期 or 生成日期 and 发布日期 are both printed, 发布日期; never 交办日期, an empty 反馈时间, an "
    "印发 date or a body date; null when the copy prints no page date. co_handlers only units named as co-handling the "
    "reply: 经商X(、Y), 经与X（共同）研究, 我局会同X对提案/建议进行了（认真/专题）研究, 会同X进行了研究, a 会办单位/协办单位 "
    "line or cell (also a header row 主办单位 | 会办单位 over a value row, and a cell listing two units); never future work "
    "(将会同…实地踏勘, 将与…对接, 将会同属地镇政府…), 抄送/抄报, or the congress office in a 来源 line."
)

N = None
ROWS = {
 "f15-01.txt": ("通榆县水利局关于县十九届人大三次会议2023087号建议的答复", "通榆县水利局", "通水函〔2023〕31号", "2023087", "建议",
   ["韩立春", "钟玉霞"], N, "2023-08-09", "2023-08-17", ["县财政局"],
   "Pipe rows without a leading bar: 成文日期 2023-08-09 (= the sign-off) and 发布日期 2023-08-17 both printed, so date_published is the 发布日期. The 标题 row equals the heading. The number is a year-serial printed without 第 (2023087号): kept whole. The salutation is split after a bare 尊敬的 line; both deputies on the next line are proposers. '我局经商县财政局' -> co-handler. 发布机构 is furniture; the contact line is no signer."),
 "f15-02.txt": ("萝北县卫生健康局关于县政协〔2023〕第12号提案办理情况的答复", "萝北县卫生健康局", "萝卫健函〔2023〕26号", "12", "提案",
   ["邰明轩", "庞淑贤", "葛立新"], "曲宏亮", "2023-08-28", "2023-09-04", ["县医疗保障局"],
   "Heading wrapped over two lines, joined. The number 县政协〔2023〕第12号 gives the serial 12, not the year. A bare 提案人 label with three names one per line under it; the salutation '各位委员' names nobody. Doc number and 签发人 on separate lines. 发稿时间 2023-09-04 -> date_published (来源 is furniture). '我局会同县医疗保障局对提案进行了认真研究' -> co-handler."),
 "f15-03.txt": ("关于县十七届人大四次会议第0107号建议的答复", "法库县交通运输局", N, "0107", "建议",
   ["尹德胜"], N, "2021-07-16", "2021-07-23", ["县公路管理站"],
   "The heading has no unit and the letter prints no other title: the heading is the title; the issuer comes from the sign-off (the card's 主办单位 names the same bureau). Zero-led 0107 kept. 编稿时间 2021-07-23 -> date_published. The card's 会办单位 县公路管理站 (also '经与会办单位县公路管理站共同研究') -> co-handler."),
 "f15-04.txt": ("隆化县自然资源和规划局关于县政协十届三次会议第58号提案的答复函", "隆化县自然资源和规划局", N, "58", "提案",
   ["郗文博"], N, "2024-07-30", "2024-08-05", [],
   "The page prints no heading: the metadata 名称 field (printed twice) is the title. 文号 is empty. 生成日期 2024-07-30 and 发布日期 2024-08-05 are both printed: date_published is the 发布日期. '将会同县林业和草原局…开展实地踏勘' is future field work, not co-handling the reply: no co-handlers."),
 "f15-05.txt": ("灵丘县农业农村局关于县十七届人大四次会议第22号建议的答复", "灵丘县农业农村局", N, "22", "建议",
   ["贺守田", "冯兰英"], N, "2020-09-08", "2020-09-14", ["县财政局"],
   "The copy is cut at the top: '布日期：' keeps the end of 发布日期; its date 2020-09-14 is still taken (as fields13/14 took cut 时间/稿时间). The letter ends with a bare date, so the issuer comes from the heading's prefix. The salutation splits after the first name ('尊敬的贺守田、' / '冯兰英代表：'): both are proposers. '经与县财政局共同研究' -> co-handler."),
 "f15-06.txt": ("汾西县教育科技局关于县政协十一届三次会议第31号提案的答复", "汾西县教育科技局", N, "31", "提案",
   ["靳永红", "卫春桃", "段志国"], N, "2019-06-20", N, [],
   "Proposal card framing the reply: 提案人： with three names on indented lines (also all in the salutation). 承办单位 names the issuer; 责任领导 is not a signer. The only page-like dates are 交办日期 (an assignment date, never taken) and an empty 反馈时间, so date_published is null. The card's 提案号 31 equals the title's 第31号."),
 "f15-07.txt": ("德江县住房和城乡建设局关于县十八届人大二次会议第45号建议办理情况的复函", "德江县住房和城乡建设局", N, "45", "建议",
   ["安永贵"], "冉茂松", "2022-08-05", "2022-08-11", ["县城市管理局"],
   "作者 and 来源 are empty; 发布时间 2022-08-11 -> date_published. 签发人 above the salutation gives the signer. The sign-off date is printed run together (20220805) and read as 2022-08-05. '我局会同县城市管理局对建议进行了专题研究' -> co-handler; its later role (占用审批) does not change that."),
 "f15-08.txt": ("荔波县文体广电旅游局关于县政协十一届二次会议第33号提案的答复", "荔波县文体广电旅游局", N, "33", "提案",
   ["农工党荔波县支部"], N, "2021-09-18", "2021-09-27", ["县交通运输局"],
   "A bar-less pipe header row '主办单位 | 会办单位 | 办理类别' stands over the value row; the 会办单位 value 县交通运输局 -> co-handler (the body says only '经与会办单位共同研究'). B is a category. The party branch addressed in the salutation is the proposer. 时间 2021-09-27 -> date_published."),
 "f15-09.txt": ("巴马瑶族自治县人力资源和社会保障局关于县第十七届人大四次会议第16号建议的答复", "巴马瑶族自治县人力资源和社会保障局", N, "16", "建议",
   ["覃秀凤"], N, "2023-07-14", "2023-07-21", [],
   "Two-column metadata block (索引号 / 发布机构 / 发布日期 / 名 称 / empty 文号 and 关键字); the heading repeats the 名称. 发布日期 and 发布时间 agree (2023-07-21). The salutation '覃秀凤代表' has no colon; she is the proposer. The number is printed '第16号《…》' in the first sentence and in the title."),
 "f15-10.txt": ("对荔浦市政协第五届委员会第四次会议第27号提案的回复", N, "荔城管复〔2020〕7号", "27", "提案",
   ["莫晓峰"], N, "2020-06-19", "2020-06-24", [],
   "The title (heading and own title, identical) has no unit prefix and the letter ends with a date only ('二0二0年六月十九日', an Arabic 0 among Chinese numerals -> 2020-06-19). The only unit is in '来源：荔浦市城市管理局' (a publisher line) and in the doc-number prefix 荔城管: issuer null (judgement: a reader taking 来源 would put 荔浦市城市管理局). Doc number without （B类）."),
 "f15-11.txt": ("關於縣十六屆人大三次會議第0063號建議的答復", "樂東黎族自治縣農業農村局", N, "0063", "建议",
   ["符永財", "陳桂蘭"], N, N, "2018-08-20", [],
   "Traditional-character mirror; values kept in traditional characters. The letter closes with the unit and its phone number on one line and no date: issuer from that line (phone dropped), date_signed null. 辦復類別 A類 is a category. 發布日期 2018-08-20 -> date_published. 縣人社部門 is named for training, not as co-handling the reply."),
 "f15-12.txt": ("芷江侗族自治县民政局关于县政协十届三次会议第42号提案的答复", "芷江侗族自治县民政局", "芷民函〔2019〕19号", "42", "提案",
   ["龙启蓉"], "杨再明", "2019-07-31", "2019-08-06", ["县财政局", "县人力资源和社会保障局"],
   "The portal heading is only the genre word 提案答复 (never a title); the own title wraps inside the number ('…第' / '42号提案的答复') and is joined. Doc number and 签发人 share one line. 录入时间 2019-08-06 -> date_published. '我局经商县财政局、县人力资源和社会保障局' -> two co-handlers."),
 "f15-13.txt": ("溆浦县林业局关于县十八届人大四次会议2024087号建议的答复", "溆浦县林业局", N, "2024087", "建议",
   ["舒建平", "向春梅", "贺立新", "张德旺"], N, "2024-08-13", "2024-08-21", ["县自然资源局"],
   "Congress card: the 领衔代表 and the three 附议代表 listed one per indented line are all proposers (the salutation says '舒建平等代表'). The year-serial 2024087号 (no 第) is kept whole. 协办单位 县自然资源局 -> co-handler. 发布时间 2024-08-21 -> date_published; 来源 (the congress office) is furniture. 主办单位 names the issuer."),
 "f15-14.txt": ("宜黄县商务局关于县政协十一届二次会议第7号提案的答复", "宜黄县商务局", N, "7", "提案",
   ["县政协工商联界别"], N, "2022-07-12", "2022-07-12", [],
   "The letter ends with a bare date, so the issuer comes from the heading's prefix (信息来源 is furniture). The only page date is 发文日期 2022-07-12 -> date_published (equal to the sign-off date). The 界别 addressed in the salutation is the proposer. '与相关部门沟通' names no unit: no co-handlers."),
 "f15-15.txt": ("瑞金市教育体育局关于市十七届人大六次会议第63号建议的答复", "瑞金市教育体育局", N, "63", "建议",
   ["钟显华", "刘佩珍"], N, "2021-06-30", "2021-07-06", [],
   "The sign-off is a labelled '承办单位：瑞金市教育体育局' line above the date: issuer (as fields11/12 took 答复单位/承办单位 closings). '钟显华、刘佩珍等6名代表': the two named before 等. 编稿时间 2021-07-06 -> date_published. 抄送 is never a co-handler."),
 "f15-16.txt": ("县政协九届二次会议第46号提案的答复函《关于加强校园周边食品安全监管的建议》", "明溪县市场监督管理局", N, "46", "提案",
   ["陈淑华", "黄立新"], N, "2023-09-28", "2023-10-12", ["县教育局"],
   "The heading names the reply and then the proposal's title in 《》; the letter prints no own title, so the heading is taken whole (judgement: a reader cutting the trailing 《…》 would put '县政协九届二次会议第46号提案的答复函'). The column line '2023年' is furniture. 文章来源 is empty; 发布时间 -> date_published. '经与县教育局研究' -> co-handler. 【责任编辑：县市场监管局】 is furniture."),
 "f15-17.txt": ("南靖縣文化體育和旅遊局關於縣政協十屆四次會議第0107號提案的答復", "南靖縣文化體育和旅遊局", N, "0107", "提案",
   ["張麗琴", "林榮坤", "鄭秋菊"], "莊志雄", "2020-08-26", "2020-09-03", ["縣住房和城鄉建設局"],
   "Traditional-character mirror; values in traditional characters. Label-over-value bullets with 成文日期 2020-08-26 and 發布日期 2020-09-03: date_published is the 發布日期. Own title wrapped before 第0107號 and joined; zero-led 0107 kept. Three members over two salutation lines. 簽發人 -> signer. '我局經商縣住房和城鄉建設局' -> co-handler."),
 "f15-18.txt": ("苍南县交通运输局关于答复县十一届人大四次会议第306号代表建议的函", "苍南县交通运输局", "苍交〔2024〕58号", "306", "建议",
   ["金海燕"], N, "2024-07-02", "2024-07-09", ["县公路与运输管理中心"],
   "Label-over-value bullets: 文 号 苍交〔2024〕58号, 成文日期 2024-07-02 (= the sign-off), 发布日期 2024-07-09 -> date_published. The 印发 date (2024-07-03) is never taken. '我局会同县公路与运输管理中心进行了研究' -> co-handler. 抄送 never."),
 "f15-19.txt": ("关于县政协十一届四次会议第25号提案的答复", "衢州市生态环境局常山分局", N, "25", "提案",
   ["方志远"], N, "2025-07-15", "2025-07-21", ["县农业农村局", "县水利水电局"],
   "The genre heading 政协提案答复 is no title; the own title has no unit prefix. Bar-less pipe grid: the 会办单位 cell beside 主办单位 lists two units separated by 、 -> both co-handlers. 办理结果 A is a category. 发布日期 2025-07-21 -> date_published. Issuer from the sign-off (the city bureau's county branch)."),
 "f15-20.txt": ("对县十八届人大一次会议第28号建议的答复（农委）", "射阳县农业委员会", N, "28", "建议",
   ["陈国兵"], N, "2017-06-12", "2017-06-20", [],
   "Congress site: the heading is the only title and keeps its bracketed unit suffix （农委）; the issuer is the sign-off's full name. 发布日期 '2017-06-20 0:0' -> 2017-06-20; 作者 admin and 来源 代表工委 are furniture. Power-supply talks name no co-handling unit."),
 "f15-21.txt": ("涟水县文化广电和旅游局关于县政协十二届二次会议第64号提案的答复", "涟水县文化广电和旅游局", N, "64", "提案",
   ["九三学社涟水县支社"], "孙立群", "2023-08-24", "2023-08-30", ["县交通运输局"],
   "The party branch addressed in the salutation is the proposer. '（此件经局长孙立群审签）' after the date gives the signer (name only). 时间 2023-08-30 -> date_published. '经与县交通运输局共同研究' -> co-handler; 行业协会 is programme work."),
 "f15-22.txt": ("绩溪县林业局关于县十八届人大二次会议第112号建议的答复", "绩溪县林业局", N, "112", "建议",
   ["汪德明"], N, N, "2022-09-16", [],
   "No sign-off: the copy ends with 办复类别 and contact lines, so the issuer comes from the heading's prefix and date_signed is null. 发布时间 2022-09-16 -> date_published. 联系人 is not a signer. '与相关乡镇明确保护范围' names no unit."),
 "f15-23.txt": ("霍邱县医疗保障局关于县政协十五届三次会议第0088号提案的答复", "霍邱县医疗保障局", "霍医保函〔2024〕21号", "0088", "提案",
   ["秦玉梅"], "戴学勤", "2024-09-03", "2024-09-10", ["县卫生健康委员会"],
   "Heading and own title identical; zero-led 0088 kept. Doc number and 签发人 on separate lines. 发布时间 2024-09-10 -> date_published. '我局会同县卫生健康委员会进行了研究' -> co-handler."),
 "f15-24.txt": ("关于县十八届人大四次会议第35号建议的答复", "莘县水利局", "莘水函〔2020〕14号", "35", "建议",
   ["丁守仁", "管淑芬", "刘振华"], "厉洪涛", "2020-07-20", "2020-07-28", ["县财政局"],
   "PDF-style copy: the letterhead '莘县水利局' is separated from the 关于 line by the doc-number line, so the title is the 关于 line alone (judgement: a reader joining the letterhead would prefix the unit). 签发人 on the doc-number line. Three deputies listed one per salutation line. The page marks — 1 — / — 2 — are layout. 信息发布日期 2020-07-28 -> date_published. '我局经商县财政局' -> co-handler."),
 "f15-25.txt": ("郓城县住房和城乡建设局关于答复政协郓城县第十届委员会第五次会议第23号提案的函", "郓城县住房和城乡建设局", N, "23", "提案",
   ["县政协经济委员会"], N, "2016-08-12", "2016-08-19", [],
   "A CPPCC special committee addressed in the salutation is the proposer. The 上一条/下一条 line names sibling replies (第19号, 第31号): never this letter's number. 发布时间 -> date_published."),
 "f15-26.txt": ("关于县十六届人大四次会议第31号建议的答复", N, N, "31", "建议",
   ["孙怀礼", "闫素芳"], N, "2025-06-20", "2025-06-27", [],
   "The heading has no unit and the letter ends with a bare date; the bureau is named only in the '联系单位：' line after the date, which is a contact line: issuer null (judgement: a reader taking 联系单位 would put 方城县交通运输局). The bare date is the sign-off date. 发布日期 -> date_published. 联 系 人 is no signer; 抄报 never a co-handler."),
 "f15-27.txt": ("确山县教育局关于县政协十届五次会议第56号提案的答复", "确山县教育局", N, "56", "提案",
   ["牛红霞"], N, "2021-07-28", "2021-08-03", ["县卫生健康委员会"],
   "Heading with a layout space before 第56号, dropped. '牛红霞等3位委员': the one named before 等. 更新时间 '2021/08/03' -> date_published. 责任编辑 after the sign-off is no signer. '我局会同县卫生健康委员会对提案进行了认真研究' -> co-handler; the 县妇联/团县委 cooperation is future programme work."),
 "f15-28.txt": ("秭归县文化和旅游局关于县十八届人大三次会议第9号建议的答复", "秭归县文化和旅游局", N, "9", "建议",
   ["屈春华"], N, "2019-07-09", "2019-07-15", [],
   "The portal heading '…关于第9号建议的答复' is short; the own title (unit line directly over the 关于 line) is taken whole. Salutation split after a bare 尊敬的. 时间 2019-07-15 -> date_published; 来源 (the county government) is furniture. '将与县交通运输局对接' is future cooperation: no co-handlers."),
 "f15-29.txt": ("來鳳縣衛生健康局關於縣政協十屆二次會議第31號提案的答復", "來鳳縣衛生健康局", "來衛函〔2022〕44號", "31", "提案",
   ["田曉燕"], "向世林", "2022-08-12", "2022-08-19", ["縣醫療保障局"],
   "Traditional-character mirror; values in traditional characters. The own title wraps after 第 and is joined. 編稿時間 2022-08-19 -> date_published. Doc number and 簽發人 share one line. '經與縣醫療保障局共同研究' -> co-handler."),
 "f15-30.txt": ("剑阁县农业农村局关于《关于扶持剑门关豆腐产业发展的建议》的答复", "剑阁县农业农村局", N, "18", "建议",
   ["何光明"], N, "2023-07-18", "2023-07-25", ["县乡村振兴局"],
   "The heading names the suggestion's title and no number; the number is printed only in the first sentence '（第18号建议）' and taken. Kind 建议: the body names 县十八届人大三次会议. 发布日期 -> date_published. '经与县乡村振兴局研究' -> co-handler."),
 "f15-31.txt": ("峨边彝族自治县林业局关于县政协九届二次会议第14号提案的答复", "峨边彝族自治县林业局", N, "14", "提案",
   ["阿苏拉哈", "吉克依莫"], N, "2018-08-29", "2018-09-05", [],
   "Result card over the reply: '提 案 人：' holds two names on one line separated by a full-width space; both proposers. 办理结果 A类 is a category; 提案名称 names the proposal, not the reply, so the reply's own title is taken. 信息时间 2018-09-05 -> date_published. 承办负责人 after the date is not a signer."),
 "f15-32.txt": ("会泽县交通运输局关于会泽县第十七届人大五次会议第52号建议的答复函", "会泽县交通运输局", N, "52", "建议",
   ["何兴荣"], N, "2021-06-28", "2021-07-09", [],
   "Suggestion card whose deputy is labelled 提案人 (kind stays 建议 by the session). 建议号 52号 equals the title's 第52号. 承办单位 '交通运输局' is a short cell; the issuer is the sign-off. 责任领导 and 政府督办领导 are not signers; 交办日期 is never a page date and 反馈时间 is empty; 发布时间 2021-07-09 -> date_published."),
 "f15-33.txt": ("景谷傣族彝族自治县水务局关于对县政协第十届委员会第三次会议第29号提案的答复", "景谷傣族彝族自治县水务局", N, "29", "提案",
   ["永平镇委员小组"], N, N, "2024-10-15", [],
   "The heading (= the 名 称 value) keeps a stray space before 提案, dropped. The letter has no sign-off (it ends with '以上回复，不妥之处请予批评。'): issuer from the heading's prefix, date_signed null. The 委员小组 addressed without colon is the proposer. 发布日期/发布时间 2024-10-15 -> date_published."),
 "f15-34.txt": ("关于对米脂县第十八届人民代表大会第二次会议第29号建议的复函", "米脂县文化和旅游局", "米文旅函〔2022〕21号", "29", "建议",
   ["艾俊峰"], "高志宏", "2022-08-16", N, ["县住房和城乡建设局"],
   "类别 A / 公开属性 / 签发人 / doc-number lines over the own title split after 会议 (joined; equal to the heading). No page date is printed -> date_published null. '我局经商县住房和城乡建设局' -> co-handler."),
 "f15-35.txt": ("宁强县市场监督管理局关于县政协九届一次会议第5号提案的答复", "宁强县市场监督管理局", N, "5", "提案",
   ["郭银凤"], N, "2017-06-23", "2017-06-30", [],
   "The 相关信息 list after 【打印】【关闭】 names other replies (第8号 with 杜明远, 第21号建议): never this letter's number or proposer. '将会同属地镇政府落实…' is future work with no named unit. 发布时间 -> date_published."),
 "f15-36.txt": ("通渭县卫生健康局关于县十九届人大二次会议第41号建议的答复", "通渭县卫生健康局", N, "41", "建议",
   ["任守义"], N, "2023-08-01", "2023-08-08", ["县医疗保障局"],
   "The heading '人大代表建议答复' is a genre label; the letter prints no own title, so the 标　　题 metadata line gives the title. 发布日期 2023-08-08 -> date_published; 发布机构 is furniture. '我局会同县医疗保障局对建议进行了认真研究' -> co-handler."),
 "f15-37.txt": (N, "贵南县农牧水利和科技局", N, "7", "提案",
   ["才让多杰", "卓玛吉"], N, "2019-08-09", N, ["县林业和草原局"],
   "Body-only copy: no heading, no title, no page date (title and date_published null). The number is printed only in the first sentence '（第7号）'; kind 提案 from '政协贵南县第十届委员会'. The stamp note （盖章） is dropped from the issuer. '我局会同县林业和草原局进行了研究' -> co-handler."),
 "f15-38.txt": ("商都县教育局关于县十七届人大二次会议第36号建议的答复", "商都县教育局", N, "36", "建议",
   ["其木格", "乌云"], N, "2018-07-16", "2018-07-23", ["县财政局"],
   "The letter ends with a bare date, so the issuer comes from the heading's prefix. 发文时间 2018-07-23 is the only page date -> date_published. '经与县财政局共同研究' -> co-handler."),
 "f15-39.txt": ("拜城县住房和城乡建设局关于县政协十一届四次会议第19号提案的答复", "拜城县住房和城乡建设局", "拜建函〔2020〕9号", "19", "提案",
   ["阿不都热依木·买买提", "古丽米热·吐尔逊"], N, "2020-09-03", "2020-09-10", [],
   "The doc-number line carries 'A类　同意公开': the doc number is 拜建函〔2020〕9号. Two members with middle-dot names over two salutation lines (the first ending in 、). 时间 2020-09-10 -> date_published; 来源 is furniture."),
 "f15-40.txt": ("豐順縣自然資源局關於縣十七屆人大五次會議2025015號建議的答復", "豐順縣自然資源局", N, "2025015", "建议",
   ["黃振宇", "羅美霞"], N, "2025-06-30", "2025-07-08", ["縣林業局"],
   "Traditional-character mirror; values in traditional characters. The header line prints 主辦單位 (the issuer) and 會辦單位 縣林業局 side by side -> co-handler. Year-serial 2025015號 without 第 kept whole. 發布時間 2025-07-08 -> date_published; 信息來源 is furniture."),
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
