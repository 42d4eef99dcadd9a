#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f12-01…f12-40), labelled by hand with the rules of "
    "fields_rules.md as fields8–fields11 applied them. Values are copied as printed from the page text after the "
    "4-line front matter; a field not stated is null ([] for lists). title = the letter's own title (lines joined, "
    "layout spaces dropped; own title over a differing or truncated portal heading; a unit line standing directly above "
    "the 关于 line is part of the title, a letterhead separated from it by doc-number/签发人 lines is not); when the "
    "letter prints none, the page heading (also when the heading repeats the suggestion's name above the reply), else a "
    "metadata 标题 field; a heading that names the proposal (第27号 关于…的提案) yields to the reply's own title printed "
    "below it; a card's 提案标题/建议标题/信息名称 that names the proposal is never the title. issuer from the sign-off "
    "(a joint signature kept as printed on its line; （盖章） dropped; a labelled 承办单位：X line standing where the "
    "sign-off belongs counts as the sign-off), else the title prefix; publishing offices (发布机构/发文机关/来源/信息来源), "
    "contact lines (联系单位), form fields (答复单位 of an online form) and site footers never; only 我局 -> null. "
    "doc_number as printed after its label or on its own line, without a trailing result category (A类/B类); never from "
    "an empty 文号 cell or '文 号：无'; an 索取号/索引号 is no doc number. proposal_no without 第/号, leading zeros kept; a "
    "number printed bare on its own line under the session line of a card is taken; a number given only in the body "
    "('（第16号建议）', '（提案第35号）') is taken; sibling numbers in 上一篇/下一篇 never; null when none is printed. kind 提案 "
    "(CPPCC) or 建议 (people's congress, also when the reply calls the suggestion 议案). proposers without 代表/委员 titles: "
    "every person named in the salutation or a 提案人 line, the persons named before 等, a member named only in the first "
    "sentence of a 会办意见, all persons of an appended 领衔/附议 list, a party branch or a CPPCC sector as printed; a masked "
    "name (马**) is no proposer; a deputy's delegation printed beside his name is not a group proposer. signer from "
    "签发人 lines or an 审签 note (name only); 责任人, 责任领导, 分管领导, 承办负责人, 单位负责人 and 责任编辑 are not signers. "
    "date_signed from the sign-off date (Chinese numerals with 〇 converted; a bare date with no unit line counts); null "
    "when the letter has no sign-off date or its date cannot be read (a blank month). date_published = 发布日期/发布时间/"
    "日期/时间/公开日期/发表时间, else another page or metadata date (更新时间, 编稿时间, 生成日期, 成文/发文时间 when they are "
    "the only page dates, a card's 答复时间/答复日期, a dated 来源 line, a 发布日期 whose first character the copy cut); "
    "never a 交办日期, a 提交时间, an 印发 date or a body date; on a republished page the page's own 发布日期, not the inner "
    "newspaper date. co_handlers only units named as co-handling the reply: 经商, 经与…共同研究, 经与…会商, 会同…对建议进行了"
    "研究, X协办 in the body, and the 会办/会办单位 cells of a card beside the reply; never the lead unit of a 会办 letter "
    "(该提案由X主办，我大队会办; a 会办意见 addressed to it), a body that co-signs the reply, programme or field work "
    "(会同…实地查看, 会同…开设专业班, 会同…编制方案, 联合…勘察), future cooperation, upward reporting, 分办, or 抄送/抄报."
)

N = None
# file: (title, issuer, doc_number, proposal_no, kind, proposers, signer, date_signed, date_published, co_handlers, note)
ROWS = {
 "f12-01.txt": ("依安县水务局关于对政协依安县第九届五次会议第27号委员提案的答复函", "依安县水务局", N, "27", "提案",
   ["鲁振江", "韩玉芬", "訾立国", "蒋丽华"], N, "2016-08-22", "2016-08-30", [],
   "Proposal page: the heading '第27号 关于加快城区雨污分流管网改造的提案' names the proposal, not the reply; the reply prints its own title inside 办理情况, and that is the title. 提案号：27号 and the own title agree. The four 提案人 are printed with spaces and again in the salutation. 责任人 is a card field, not a signer. 交办日期 never; 反馈时间 is empty; 更新时间 2016/08/30 -> date_published; the sign-off date -> date_signed."),
 "f12-02.txt": ("汤原县交通运输局关于汤原县第十七届人大三次会议第118号建议的答复函", "汤原县交通运输局", N, "118", "建议",
   ["曲永胜"], N, "2023-08-07", "2023-09-14", [],
   "Empty 来源 beside 更新时间 2023/09/14 (date_published). 类别：B is a result category, not a doc number. The 上一篇/下一篇 headings carry sibling numbers 119 and 117 and another bureau: decoys. 责任编辑 is no signer. No unit is named as co-handling."),
 "f12-03.txt": ("2022年度农安县住建局关于县十八届人大一次会议第36号代表建议的答复（关于改善合隆镇老街排水条件的建议）", "农安县住房和城乡建设局", N, "36", "建议",
   ["滕广利"], N, "2022-07-18", "2022-07-21", [],
   "The letter prints no title of its own, so the page heading (= the 标 题 value) is the title, bracketed suggestion name included. '文 号：无' means no doc number. The reply sits in one pipe-grid cell; its sign-off 'X局 2022年7月18日' at the cell's end gives issuer and date_signed. The 提建议代表 cell 'delegation + name': the deputy 滕广利 is the proposer (the delegation is his delegation, not a group proposer; judgement). 发文时间/成文时间 2022-07-21 is the only page date -> date_published. '会同合隆镇政府…清淤' is field work, not co-handling the reply; 具体承办人 is empty."),
 "f12-04.txt": ("关于辉南县政协十届五次会议第36号“关于加强农村寄宿制学校食堂管理的提案”的答复", "辉南县教育局", N, "36", "提案",
   ["金英淑"], N, "2021-07-30", "2021-08-05", [],
   "Value-only bullets print index, publisher, source, validity and date without labels; the bureau there is publisher furniture, the sign-off gives the issuer. Heading has no unit prefix and quotes the proposal name; it is the only title. 时间 2021-08-05 -> date_published, later than the sign-off 2021-07-30. Salutation '尊敬金英淑委员' lacks 的 and a comma; the name is the proposer."),
 "f12-05.txt": ("绥中县农业农村局关于答复绥中县第十七届人大第二次会议第45号建议的函", "绥中县农业农村局", "绥农函〔2023〕21号", "45", "建议",
   ["庞立新", "欧阳秀梅"], N, "2023-09-26", "2023-10-12", [],
   "Heading and 标题 print a space before 第45号; the title is joined without it. 发布机构 names the portal (绥中县人民政府网), never an issuer. 文号 value is the doc number (主题词 empty beside it). The salutation '庞立新、欧阳秀梅代表' has no colon and runs on into '提出的…收悉' on the next line: both deputies are proposers. 日期/公开日期 2023-10-12 -> date_published. The supply co-op named in the body is programme work, no co-handler."),
 "f12-06.txt": ("关于祝海峰委员提案的回复", "昌图县林业和草原局", N, N, "提案",
   ["祝海峰"], N, "2019-08-16", "2025-03-11", [],
   "A 2025 republication of a 2019 reply. Labels run into values: '发布日期2025-03-11' is the page's publishing date and is taken as date_published (judgement: the inner '时间：2019-08-20' with 来源 铁岭日报 is the original newspaper date; a labeller who wants the first publication would put 2019-08-20). 发文字号 and 主题词 are both empty on one line: no doc number. No proposal number is printed anywhere: proposal_no null. 发文机关 is furniture; the sign-off gives the issuer."),
 "f12-07.txt": ("蔚县文化和旅游局关于县政协九届二次会议第52号提案办理情况的复函", "蔚县文化和旅游局", N, "52", "提案",
   ["阎秋菊"], "邸振国", "2022-10-24", "2022-10-28", [],
   "Heading has a space between unit and 关于; joined without it. 签发人 stands above the salutation. Empty 作者/来源. '会同南张庄村编制…建设方案' is programme work with a village, not co-handling the reply."),
 "f12-08.txt": ("滦州市公安局关于市十六届人大三次会议第104号建议的答复", "滦州市公安局", N, "104", "建议",
   ["付连山"], N, "2024-09-20", "2024-10-09", ["城市管理综合执法局", "教育局"],
   "'经与城市管理综合执法局、教育局共同研究。现答复如下' — the clause is closed by a full stop but still names the two units that studied the reply with the bureau: both co-handlers, as printed without a 市 prefix. 交警部门 is the bureau's own branch."),
 "f12-09.txt": ("关于襄垣县政协十一届二次会议第12号提案的答复", "襄垣县公安局交通警察大队", "襄公交提字〔2023〕3号", "12", "提案",
   ["庞宏伟", "訾丽娜", "冀建军"], N, "2023-05-22", N, [],
   "A 会办 reply: '该提案由县城市管理局主办，我大队会办' names the lead unit, which is not a co-handler of this reply (rules: never the lead unit in a 会办 letter); the issuer is the brigade that signs. Doc number without the trailing 'A类'. The own title over two lines equals the heading once spaces are dropped. 来源 and 日期 are empty: date_published null. 承办负责人 is not a signer; 委员反馈意见 is empty."),
 "f12-10.txt": ("关于加快桑干河朔城区段生态修复的建议", "朔州市生态环境局", N, N, "建议",
   ["霍建英"], N, "2020-06-19", "2020-06-19", ["市水务局"],
   "Congress-site card. The 会办 unit is named only in the card: the header line '主办单位 会办 交办日期' stands over the value line '市生态环境局 市水务局 2020-03-02', so 市水务局 is the co-handler (the body names none). 2020-03-02 is the 交办日期, never a publishing date; the card's 答复日期 2020年6月19日 -> date_published (it equals the sign-off). The letter prints no title of its own; the heading above it repeats the suggestion's name and is taken as the page heading (judgement: a labeller who treats it like a 题目 field would put null). No number anywhere: proposal_no null. 领衔代表 and the salutation name the same deputy."),
 "f12-11.txt": ("敖汉旗民政局关于对旗十六届人大三次会议第83号建议答复的函", "敖汉旗民政局", "敖民字〔2019〕38号", "83", "建议",
   ["包海龙", "乌云", "宋建民"], N, "2019-07-02", "2019-07-09", [],
   "Card copied one bullet per label and one per value: the bullet after '文号' is its value (敖民字〔2019〕38号), the bullet after '发布日期' is date_published. 发布机构's value is furniture; the sign-off names the same bureau. '包海龙、乌云、宋建民等5位代表': only the three named before 等. Sign-off date in Chinese numerals with 〇 -> 2019-07-02."),
 "f12-12.txt": ("关于旗政协十届四次会议第0061号提案的答复", "太仆寺旗卫生健康委员会　　太仆寺旗医疗保障局", N, "0061", "提案",
   ["民进太仆寺旗支部"], N, "2021-08-10", "2021-08-17", [],
   "Two bodies sign on one line separated by two full-width spaces; kept as printed (joint signature). The heading has no unit. The second signer 旗医疗保障局 also appears in '我委与旗医疗保障局…经两部门联合研究', but it signs the reply, so it is part of the issuer and not listed as a co-handler (judgement). Party branch as proposer. 发布日期 '2021-08-17 0:0' -> 2021-08-17; 作者 admin and 来源 旗政府办 are furniture. Leading zeros kept in 0061."),
 "f12-13.txt": ("关于对政协洛川县第十届委员会第二次会议第14号提案的复函", "洛川县交通运输局", "洛交函〔2023〕34号", "14", "提案",
   ["樊志荣"], "屈永红", "2023-10-09", N, [],
   "Heading and the own title split over two lines agree once joined. 类 别：B is the result category; 签发人 gives the signer; the doc number stands on its own line. The page prints no date of its own (only the breadcrumb): date_published null. The 养护站 is the bureau's own unit."),
 "f12-14.txt": ("关于“加快临洮县城区便民生活圈建设”提案的答复", "临洮县商务局", N, "0093", "提案",
   ["欧阳俊", "米淑芳"], N, "2022-08-05", "2022-08-09", [],
   "Tab card: the proposal number '0093' is printed bare on its own line under the session line (no 第/号) and is taken, zeros kept (judgement: a stricter labeller leaves it null). Labels stand over values: 提案人 / 主办单位 / 答复时间. 主办单位 县商务局 is the lead unit and the issuer, not a co-handler. The reply has no title of its own; the heading names the reply (…提案的答复) and is the title. 答复时间 2022-08-09 -> date_published; sign-off 2022-08-05 -> date_signed."),
 "f12-15.txt": ("关于对县十八届人大三次会议第20号建议的答复", "彭阳县水务局", "彭阳水函〔2024〕27号", "20", "建议",
   ["马志兰"], "虎占林", "2024-06-28", "2024-07-05", ["县财政局"],
   "Letterhead '彭阳县水务局' is separated from the 关于 line by the doc-number/签发人 line, so it is not part of the title. Doc number and 签发人 share one line. '我局会同县财政局对建议进行了认真研究' -> co-handler. 来源：县水务局 is a publisher line. 抄送 never."),
 "f12-16.txt": (N, "民和回族土族自治县市场监督管理局", N, "31", "建议",
   [], N, "2023-07-25", "2023-07-27", [],
   "Online handling form. 建议标题 names the suggestion, not the reply, and the page has no heading: title null. The deputy is masked (马**): proposers []. 建议编号：第31号 and the body's 第31号建议 agree. 答复单位 '市场监督管理局' is a form field; the sign-off prints the bureau's full name, the issuer. 提交时间 is the suggestion's submission date, never date_published; 答复时间 2023-07-27 is. '会同县城市管理局、川口镇人民政府对农贸市场周边进行了实地查看' is field work, so no co-handlers (judgement: a reader who takes 会同 as co-handling would add both)."),
 "f12-18.txt": (N, "林周县农业农村局", N, "16", "建议",
   ["次仁旺堆"], N, "2020-08-14", N, [],
   "Copy without heading or page date: title and date_published null. The number is printed only in the first sentence as '（第16号建议）'. 附件 names a feedback form. The contact line after the sign-off names an internal section (种植业股)."),
 "f12-19.txt": ("苍溪县文化广播电视和旅游局关于县政协十二届五次会议第105号提案的答复", "苍溪县文化广播电视和旅游局", N, "105", "提案",
   ["蒲永康"], N, "2021-06-25", "2021-07-02", [],
   "Pipe grid: the row '文号 | 浏览量 |' has two empty cells, so no doc number (the next label is not a value). 发布机构 is furniture; the sign-off gives the issuer. 发布日期 2021-07-02 -> date_published. '县人民政府已交我局办理' is assignment, not co-handling."),
 "f12-20.txt": ("关于秀山县人大十七届三次会议23号建议的回复", N, N, "23", "建议",
   ["田兴旺"], N, "2021-05-06", "2021-08-23", [],
   "No unit anywhere: the heading has no prefix, the page ends with a bare date, and 来源 is the portal (秀山县政府门户网); only 我局 -> issuer null. The number is printed without 第 ('23号建议'). 编稿时间 2021-08-23 is the page's date -> date_published. 分管领导 / 分管单位 / 承办人 are no signers. The 市级主管部门 the bureau consulted is unnamed."),
 "f12-21.txt": ("对县政协九届四次会议第58号提案的答复", "印江自治县住房和城乡建设局", "印建字[2020]2号", "58", "提案",
   ["杨秀英"], N, "2020-09-24", "2020-10-13", [],
   "Doc number printed with square brackets and run into 'B类'; the category is dropped. '同意公开' is a disclosure note. The own title is split with a spaced '答   复' and equals the heading when joined. 来源 is the suggestions office; 日期 2020-10-13 -> date_published. 承办负责人 is not a signer."),
 "f12-22.txt": ("宾川县水务局关于宾川县第十七届人大三次会议第61号建议的答复", "宾川县水务局", "宾水字〔2023〕93号", "61", "建议",
   ["杞春华"], N, "2023-07-17", "2023-10-27", ["大理州生态环境局宾川分局"],
   "The unit is printed three times: a banner line, the heading prefix and a letterhead standing over the short own title. The letterhead stands directly above the 关于 line (a blank line between), so the own title keeps it and equals the heading (judgement: a labeller who drops the letterhead would put the title without the unit prefix). The stray 'Document' line is copy residue. '经商大理州生态环境局宾川分局' (a prefecture bureau's county branch) -> co-handler. 发布日期 2023-10-27 -> date_published, three months after the sign-off."),
 "f12-23.txt": ("陆川县教育局关于县政协十一届三次会议第0147号提案的答复", "陆川县教育局", N, "0147", "提案",
   ["庞秀梅"], N, "2019-07-22", "2019-07-29", ["县财政局", "县人力资源和社会保障局"],
   "Proposal card as a pipe grid framing the reply. The co-handling units are named only in the card's 会办单位 row; the body names none: both are co-handlers. 主办单位 is the issuer itself. 提案标题 names the proposal; the heading is the title. 发布时间 2019-07-29 -> date_published (the card's 答复时间 equals the sign-off date)."),
 "f12-24.txt": ("关于县十六届人大五次会议第0208号建议的答复", "澄迈县交通运输局　　澄迈县公路管理站", "澄交函〔2018〕57号", "0208", "建议",
   ["王文海"], "吴明达", "2018-07-30", "2018-08-06", [],
   "Two bodies sign on one line (two full-width spaces): kept as printed. The road station also appears in '我局和县公路管理站…联合开展了实地勘察', but it co-signs, so it is part of the issuer, not a co-handler (and the sentence is field work). 来源：县交通运输局 is furniture; the heading has no unit. Doc number and 签发人 on one line above the salutation."),
 "f12-25.txt": ("翁源县人力资源和社会保障局关于县政协十三届五次会议第0128号提案的答复", "翁源县人力资源和社会保障局", N, "0128", "提案",
   ["赖国平"], N, "2021-11-30", "2021-12-06", ["县财政局"],
   "Dash bullets run labels into values; the 文号 bullet is empty and 发布机构 is the county office (furniture). '本提案由我局主办，县财政局协办' names a co-handling unit in the body -> co-handler. '联合县兰花产业协会开展…培训' is programme work. Sign-off date in Chinese numerals -> 2021-11-30. The site footer under the sign-off (主办单位…) is furniture."),
 "f12-17.txt": ("沙雅縣自然資源局對縣十六屆人大二次會議第25號建議的答復", "沙雅縣自然資源局", N, "25", "建议",
   ["艾爾肯·吐爾遜"], N, "2022-08-09", "2022-08-11", [],
   "Traditional-character page. The letter ends with a bare date, so the issuer comes from the heading's prefix. '來源:縣政府辦2022-08-11' is a dated 來源 line: its date is date_published (the office itself is furniture). The reply calls the suggestion 議案 once ('接到該議案後'); the heading says 建議 and the session is the people's congress: kind 建议. Middle-dot name kept as printed."),
 "f12-26.txt": ("德化縣陶瓷產業發展服務中心關於縣政協十屆二次會議第0086號提案的答復", "德化縣陶瓷產業發展服務中心", N, "0086", "提案",
   ["鄭麗雲"], N, "2018-09-05", "2018-09-12", ["縣財政局"],
   "Traditional mirror under a spam title line (furniture). A service centre, not a bureau, signs. '經商縣財政局' -> co-handler (kept in traditional characters). '已會同縣職業中專學校開設…專業班' is programme work. Sign-off date in Chinese numerals with 〇 -> 2018-09-05. 來源 names the county government: furniture."),
 "f12-31.txt": ("关于县十九届人大三次会议第0052号建议的答复", "沂水县教育和体育局", "沂教体函〔2024〕15号", "0052", "建议",
   ["尹秀兰"], "薛家宁", "2024-06-20", "2024-07-03", ["县委编办", "县人力资源和社会保障局"],
   "PDF text with page marks ('— 1 —') inside the letter and after the sign-off. The letterhead is separated from the title by the doc-number/签发人 line, so the title is the two title lines joined. '经商县委编办、县人力资源和社会保障局' -> both co-handlers. 抄送 and the disclosure note never."),
 "f12-32.txt": ("新蔡县水利局关于县政协十届三次会议第0072号提案的会办意见", "新蔡县水利局", "新水函〔2022〕9号", "0072", "提案",
   ["祁红梅"], "邵国强", "2022-06-08", "2022-06-15", [],
   "A co-handling opinion written to the lead unit (县农业农村局, the addressee). The lead unit of a 会办 letter is not a co-handler, and the issuer's own 会办 role is not one either. The member is named only in the first sentence (the salutation addresses the bureau): she is the proposer. '配合贵局做好…技术指导' is future cooperation. Sign-off date in Chinese numerals -> 2022-06-08. Doc number and 签发人 above the addressee."),
 "f12-33.txt": ("浠水縣農業農村局關於縣十九屆人大二次會議第0149號建議的答復", "浠水縣農業農村局", N, "0149", "建议",
   ["項國平", "童春燕"], "詹志剛", "2023-08-21", "2023-08-29", ["縣財政局", "縣水產局"],
   "Traditional mirror. Spaced labels two per line, 主題分類 empty; 發布機構 is furniture. 簽發人 gives the signer. '經與縣財政局、縣水產局共同研究' -> both co-handlers. 承辦負責人 is not a signer."),
 "f12-34.txt": ("对县十八届人大二次会议第72号建议答复", "安化县住房和城乡建设局", N, "72", "建议",
   ["刘湘平"], N, N, "2024-01-08", [],
   "The portal heading ('2023年…《…》(72号)的答复') differs from the letter's own title, printed over two lines, which is taken (own title over a differing heading). The sign-off is a labelled '承办单位：安化县住房和城乡建设局' line standing where the sign-off belongs: it gives the issuer (judgement, as fields11 took a 答复单位 sign-off). 单位负责人 is empty. The sign-off date has a blank month ('二〇二三年　月二十六日'), so it cannot be read: date_signed null. 时间 2024年1月8日 -> date_published. The salutation has no colon. The water company is supervised, not a co-handler."),
 "f12-35.txt": ("北京市房山区园林绿化局关于区十七届人大四次会议第0135号建议的答复", "北京市房山区园林绿化局", "房园林函〔2021〕16号", "0135", "建议",
   ["郝建军", "孟凡英", "贾文彬", "史春雷"], "牛振山", "2021-07-16", "2021-07-23", ["区文化和旅游局"],
   "The suggestion is appended below the sign-off ('附：建议原文') with 领衔代表 and three 附议代表; by the rule 'all persons in a 领衔/附议 list' all four are proposers (judgement: a labeller who reads only the salutation would put 郝建军 alone). Doc number and 签发人 share the line under 发布日期. '经与区文化和旅游局共同研究' -> co-handler."),
 "f12-36.txt": ("西青区教育局关于区政协第三届第四次会议第0311号提案答复的函", "天津市西青区教育局", N, "0311", "提案",
   ["邢立伟", "鲍海燕"], N, "2020-08-11", "2020-08-04", ["区住房和建设委员会"],
   "Pipe rows with paired labels; the 文　　号 cell is empty. 发布机构 is furniture; the sign-off prints the full name 天津市西青区教育局, which differs from the heading prefix: the sign-off wins. Both page dates (2020-08-04) come before the sign-off (2020-08-11); labelled as printed. 办理结果：A is a result category. '经商区住房和建设委员会' -> co-handler; '将会同区规划部门' is future work."),
 "f12-37.txt": ("关于区十七届人大四次会议第0316号代表建议的答复", "虹口区市场监督管理局", N, "0316", "建议",
   ["谈丽华"], "顾伟民", "2024-06-18", "2024-06-25", [],
   "The letter prints no title; there is no page heading, so the metadata 标题 field is the title. 索取号 is an index number, not a doc number. 签发人 gives the signer. The sign-off '（盖章）' is dropped. 生成日期 is the only page date -> date_published. '将会同街道…' is future work and names no unit."),
 "f12-38.txt": ("重庆市潼南区农业农村委员会关于区政协十四届三次会议第133号提案的复函", "重庆市潼南区农业农村委员会", "潼南农委函〔2022〕88号", "133", "提案",
   ["胥德明"], "庞建国", "2022-08-26", "2022-09-02", ["区商务委员会"],
   "'经与区商务委员会会商' is read as 经与…研究 (the commission worked the reply out with it) -> co-handler (judgement: 会商 is not among the listed verbs). The 审签 note before the sign-off gives the signer (name only). '会同区商务委员会组织企业参加…展销会' in item 三 is programme work with the same unit; it is a co-handler through the 会商 sentence only. The doc number stands alone under 日期. The footer under the sign-off is furniture."),
 "f12-39.txt": ("上津镇人民政府关于镇十九届人大一次会议代表建议的答复", "上津镇人民政府", N, N, "建议",
   ["储德胜"], N, "2022-08-30", "2022-09-05", [],
   "A township government answers a township-congress suggestion that carries no number: proposal_no null. 来源：上津镇 is furniture. '向县文化和旅游局申报…项目' is future upward reporting, not co-handling. Sign-off date in Chinese numerals -> 2022-08-30."),
 "f12-40.txt": ("陵水黎族自治县旅游和文化广电体育局关于县政协十四届四次会议第0038号提案的答复", "陵水黎族自治县旅游和文化广电体育局", N, "0038", "提案",
   ["符海英", "陈德胜"], N, N, "2025-08-12", [],
   "The copy is cut inside the metadata: the first line '布日期：2025-08-12' lost the 发 of 发布日期 and is taken as date_published (judgement). The letter ends with a 联系单位 line and no sign-off: date_signed null, and the issuer comes from the heading's prefix (a 联系单位 line is never the issuer). 办复类别：A类 is a result category."),
 "f12-27.txt": ("铅山县交通运输局关于县十七届人大四次会议第0044号建议的答复", "铅山县交通运输局", N, "0044", "建议",
   ["吴建华"], N, "2019-07-26", "2019-08-02", [],
   "The heading is cut with '…' ('…第0…'), so the own title printed in full over two lines is taken. 信息名称 names the suggestion, not the reply. 文　号 and 废止日期 are empty. （A类） is a result category. 发布日期 2019-08-02 -> date_published; 成文日期 equals the sign-off date. 责任领导 is not a signer; 抄送 never."),
 "f12-28.txt": ("关于县政协十届二次会议第41号提案的答复", "旌德县文化旅游体育局", N, "41", "提案",
   ["汪国庆"], N, "2022-07-14", "2022-07-19", ["县商务局", "旌阳镇人民政府"],
   "Result card copied label over value: 提案编号 / 第41号, 提案人, 提案标题 (the proposal's name, not the title), 答复单位, 答复内容 framing the reply, whose own title is the title. 答复时间 2022-07-19, printed under its label below the sign-off, is the card's date -> date_published. '经与县商务局、旌阳镇人民政府共同研究' -> both co-handlers. The breadcrumb's 提案办理结果公开 is a section name."),
 "f12-29.txt": ("泗洪县住房和城乡建设局对县人大十六届四次会议第74号建议的答复", "泗洪县住房和城乡建设局", "泗住建函〔2020〕41号", "74", "建议",
   ["陆传宝", "朱晓琴", "季宏亮"], "孙立成", "2020-07-10", "2020-07-16", ["县自然资源和规划局"],
   "All furniture on one line; 信息来源 is a publisher label. Doc number and 签发人 share the line under the heading. '陆传宝、朱晓琴、季宏亮等8位代表': only the three named. '经与县自然资源和规划局共同研究' -> co-handler."),
 "f12-30.txt": ("关于《关于推进遂昌竹产业高质量发展》提案的答复", "遂昌县林业局", "遂林函〔2024〕22号", "35", "提案",
   ["县政协经济界别"], "叶建峰", "2024-08-15", "2024-08-21", ["县经济商务局"],
   "The heading carries no number; the number is printed only in the body as '（提案第35号）'. A CPPCC sector (界别) proposes, kept as printed. '经商县经济商务局' -> co-handler. The sign-off's '（盖章）' is dropped from the issuer. 信息来源 names the bureau with a bracketed second name: furniture. 发表时间 2024-08-21 -> date_published. Doc number and 签发人 on two lines under the page line."),
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
