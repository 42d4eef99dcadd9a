#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f16-01…f16-40), labelled by hand with the rules of fields_rules.md "
    "as fields8–fields15 applied them. Values are copied as printed from the page text after the 4-line front matter "
    "(traditional pages in traditional characters); a field not stated is null ([] for lists). title = the letter's own "
    "title (lines joined, layout spaces dropped, also when the wrap falls inside the unit's name or before a spaced 答    复); "
    "a unit line standing directly above the 关于 line is part of the title, a letterhead separated from it by a "
    "doc-number line is not; the own title wins over a differing portal heading (short heading, heading with the unit "
    "when the own title lacks it); when the letter prints no own title, the page heading kept whole (a bracketed unit "
    "suffix or a quoted proposal title included), else a metadata 名称/标题 field; genre headings (提案答复, 政协提案答复, "
    "提案办理) are never titles; a 建议题目/提案题目 card field names the proposal, not the reply; a body-only copy has none. "
    "issuer from the sign-off (unit line above the date, a labelled 答复单位：X closing line; a （盖章） note dropped), else "
    "the title prefix, else a bracketed title suffix; 来源/发布机构/稿源 lines, a footer 主办单位 (the portal host) and "
    "contact lines never; none of those -> null. A 会办意见 letter's issuer is the co-handling bureau that signs it. "
    "doc_number as printed on its line without a result category run on to it (…41号B类 -> …41号); a suggestion's "
    "registration code in the opening sentence (彬人大建〔2022〕第12号) is not the reply's doc number. proposal_no without "
    "第/号, leading zeros kept (0214, 0073, 0193, 0045, 0062, 0031, 0027, 06), year-serials kept whole with or without 第 "
    "(2022046, 2024031, 2019032, 2020014, 2021015), the serial of 〔2023〕第58号 / 〔2024〕第33号 taken, a number printed only "
    "in the opening sentence taken; 上一篇/下一篇 and appended-proposal lines never give another number. kind by the session: "
    "提案 (CPPCC) or 建议 (people's congress, also a town congress). proposers without 代表/委员 titles: every person in "
    "the salutation (names split over two or three lines, after a bare 尊敬的, or ending in 等代表), persons named before "
    "等/等N位, every name under a bare 代表姓名 or 提出人 label (one per line), under 建议人： (continued on indented lines), "
    "under 提案人： (two on one line), the 领衔代表 and every 附议代表 (a list continued on an indented line), a 第一提案人 "
    "with his 联名提案人, a name padded with a layout space joined (李　明 -> 李明), and a group that itself proposes (a "
    "party committee or 总支, a CPPCC 界别, a special committee). signer only from 签发人 lines (also beside the doc number) "
    "or an 审签 sentence (name only); 责任领导, an empty 领导签字, 承办负责人 and contacts are not signers. date_signed from "
    "the sign-off date (Chinese numerals converted); null when the copy ends without a date. date_published = "
    "发布日期/发布时间/發布時間/时间, else another page or metadata date (编稿时间, 发稿时间, 编发时间, 编辑时间, 刊发时间, 上网时间, "
    "更新日期, 更新时间, 信息发布时间, a dated 来源 line, a cut 布时间, 成文日期 when it is the only page date); when 成文日期 or "
    "生成日期 and 发布日期 are both printed, 发布日期; a card's 答复时间 yields to 发布时间; never 交办日期, an 印发 date or a body "
    "date; null when the copy prints no page date. co_handlers only units named as co-handling the reply: 经商X(、Y), "
    "经与X（共同）研究, 会同X对提案进行了（认真）研究, 会同X、Y进行了研究, a 会办单位/协办单位 line, a (会办) cell beside the (主办) "
    "cell, a header row 主办单位 | 会办单位 over a value row (both units of a cell joined by 、); when a card and the body "
    "name the same unit the fuller printing is taken; never future work (将与…对接), 抄送/抄报, units named only for field "
    "work, or the lead unit a 会办意见 letter is addressed to."
)

N = None
ROWS = {
 "f16-01.txt": ("七台河市卫生健康委员会关于市政协十一届二次会议第0214号提案的答复", "七台河市卫生健康委员会", N, "0214", "提案",
   ["孙丽娟", "韩志刚"], N, "2023-08-02", "2023-08-09", ["市医疗保障局"],
   "Bar-less pipe grid: 成文日期 2023-08-02 (= the sign-off) and 发布日期 2023-08-09, so date_published is the 发布日期. Heading = own title. Salutation split after a bare 尊敬的 line: both members on the next line. Zero-led 0214 kept. '我委会同市医疗保障局对提案进行了认真研究' -> co-handler. 发布机构 is furniture; the contact line is no signer."),
 "f16-02.txt": ("乌海市交通运输局关于市十届人大三次会议2022046号建议的答复", "乌海市交通运输局", N, "2022046", "建议",
   ["王建军", "苏日娜", "高志平"], N, "2022-07-15", "2022-07-21", ["乌海市公安局交通管理支队"],
   "Suggestion card: a bare 代表姓名 label with three deputies one per line, all proposers (the salutation says 王建军等代表). 建议题目 names the suggestion, not the reply; the heading is the title. Year-serial 2022046号 without 第 kept whole. 会办单位 -> co-handler (the body's '交警部门' is the same unit, unnamed). 编稿时间 -> date_published."),
 "f16-03.txt": ("克拉玛依市住房和城乡建设局关于市政协九届五次会议第37号提案的答复", "克拉玛依市住房和城乡建设局", N, "37", "提案",
   ["阿依古丽·买买提", "刘海涛", "周晓燕"], "马永福", "2021-06-24", "2021-06-30", ["市自然资源局"],
   "Short portal heading '关于第37号提案的答复' loses to the own title printed over three lines (unit line directly over the 关于 line), joined. Salutation split over two lines (first line ends in 、), three members. 签发人 -> signer. 发稿时间 -> date_published; 来源 is furniture. '我局经商市自然资源局' -> co-handler."),
 "f16-04.txt": ("怀化市农业农村局关于市六届人大四次会议第2024031号建议的答复", "怀化市农业农村局", "怀农函〔2024〕58号", "2024031", "建议",
   ["向红梅", "杨胜利", "舒国庆"], N, "2024-07-10", "2024-07-18", ["市水利局"],
   "Label-over-value bullets: 成文日期 2024-07-10 and 发布日期 2024-07-18 -> the 发布日期. 文号 bullet -> doc number. Year-serial with 第 kept whole. Three deputies over three salutation lines. '经与市水利局共同研究' -> co-handler. 沅陵 in the suggestion's title is a topic, not the setting."),
 "f16-05.txt": ("保山市文化和旅游局关于市政协五届四次会议第126号提案的答复函", "保山市文化和旅游局", N, "126", "提案",
   ["民盟保山市委员会"], N, "2020-09-07", "2020-09-14", [],
   "A party committee addressed on its own line is the proposer. 更新时间 2020/09/14 -> date_published; empty 来源. 类别 B is a category. 上一篇/下一篇 name siblings (125, 129): never this number. '将与隆阳区政府对接' is future work: no co-handlers. 责任编辑 and 联系人 are no signers."),
 "f16-06.txt": ("关于对市八届人大三次会议第62号建议的答复", "辽阳市教育局", "辽教函〔2019〕41号", "62", "建议",
   ["于洪波"], N, "2019-07-19", "2019-07-26", [],
   "Doc number printed with the category run on ('辽教函〔2019〕41号B类'): B类 dropped. Own title wrapped before a spaced '答    复', joined; equal to the heading. The dated 来源 line gives the only page date 2019-07-26. '于洪波等4位代表': the one named before 等. 承办负责人 is not a signer; 抄送 units are not co-handlers."),
 "f16-07.txt": ("永州市生态环境局关于市政协五届三次会议第58号提案的答复", "永州市生态环境局", N, "58", "提案",
   ["任晓东", "郝丽萍", "马文斌"], N, "2023-08-23", "2023-08-30", ["永州市水利局"],
   "Result card: 提案号 〔2023〕第58号 gives 58 (not the year); a bare 提案人 label with three names one per line (also all in the salutation). 提案题目 is the proposal's title; the reply's own title is taken. The page-date label is cut to '布时间': its date is still the page date. 会办单位 永州市水利局 (also '经与永州市水利局共同研究') -> co-handler. A类 is a category."),
 "f16-08.txt": ("关于市五届人大三次会议第88号建议的答复（贺州市市场监督管理局）", "贺州市市场监督管理局", N, "88", "建议",
   ["黄志坚"], N, N, "2018-08-02", [],
   "Congress-site reprint with the unit only in a bracketed heading suffix; the letter has no sign-off (it ends with a request for comments and a contact line), so the issuer is the title suffix and date_signed is null. The heading is kept whole as the title. 上网时间 -> date_published."),
 "f16-09.txt": ("新余市城市管理局关于市政协十一届一次会议第0073号提案的答复", "新余市城市管理局", "余城管函〔2022〕22号", "0073", "提案",
   ["九三学社新余市委员会"], "彭建华", "2022-07-06", "2022-07-12", ["新余市公安局交通警察支队"],
   "The 承办单位 line names the lead (主办, the issuer) and a co-handling unit marked （会办） -> co-handler. A 九三学社 city committee addressed on its own line is the proposer. 签发人 -> signer. 编稿时间 -> date_published; 来源 is furniture. Zero-led 0073 kept."),
 "f16-10.txt": ("关于市十六届人大六次会议第0193号建议的答复", "鸡西市水利局", "鸡水复〔2021〕27号", "0193", "建议",
   ["朱建国"], N, "2021-07-23", "2021-07-30", ["市农业农村局", "市财政局"],
   "PDF-style copy: the letterhead 鸡西市水利局 is separated from the 关于 line by the doc-number line, so the title has no unit (judgement, as fields15 f15-24). The sign-off keeps a stamp note （盖章）, dropped. Zero-led 0193 kept. 时间 2021-07-30 -> date_published. '我局会同市农业农村局、市财政局进行了研究' -> two co-handlers."),
 "f16-11.txt": ("巴彦淖尔市自然资源和规划局关于市政协十二届三次会议第0045号提案的答复", "巴彦淖尔市自然资源和规划局", N, "0045", "提案",
   ["民革巴彦淖尔市委员会"], N, "2024-08-20", "2024-08-28", ["市住房和城乡建设局"],
   "Two-column metadata lines: 成文日期 and 发布日期 on one line -> 发布日期 2024-08-28. The heading is the genre word 提案答复 and the letter prints no own title, so the 名　　称 value is the title. 文号 is empty -> null. A party committee as addressee is the proposer. '我局经商市住房和城乡建设局' -> co-handler."),
 "f16-12.txt": ("对延安市五届人大二次会议第106号建议的复函", "延安市民政局", "延民函〔2017〕63号", "106", "建议",
   ["刘秀兰", "王志强"], "高建民", "2017-08-04", "2017-08-11", [],
   "Doc number and 签发人 on one line. Salutation split over two lines. The appended proposal (附：106.标题 … 代表：) repeats the same deputies and number. 类别 A is a category. 发布时间 -> date_published. No unit is named as co-handling."),
 "f16-13.txt": ("雲浮市人力資源和社會保障局關於市政協七屆四次會議2019032號提案的答復", "雲浮市人力資源和社會保障局", N, "2019032", "提案",
   ["陳偉明"], N, "2019-06-28", "2019-07-05", ["市財政局"],
   "Traditional-character mirror; values in traditional characters. Year-serial 2019032號 printed without 第, kept whole. 發布時間 -> date_published; 來源 is furniture. '經與市財政局研究' -> co-handler; 抄送 units are not. 聯系人 is no signer."),
 "f16-14.txt": ("白城市水利局关于市八届人大四次会议第27号建议的答复", "白城市水利局", N, "27", "建议",
   ["李国华", "张红", "陈立新", "赵文博", "吴春燕"], N, "2025-06-26", "2025-07-03", [],
   "Congress-site page: 领衔代表 and a 附议代表 list continued on an indented line -> five proposers (the salutation names only the lead). 来源 names the congress office (furniture); empty 作者; 发布时间 -> date_published. '将与洮北区政府对接' is future work: no co-handlers."),
 "f16-15.txt": ("玉树藏族自治州农牧和科技局关于州政协十二届四次会议第15号提案的答复", "玉树藏族自治州农牧和科技局", N, "15", "提案",
   ["才仁多杰", "索南卓玛"], N, "2020-08-18", "2020-08-25", ["州林业和草原局"],
   "The letter ends with a bare date, so the issuer is the heading's prefix. Two members on one salutation line. 更新日期 -> date_published. '经与州林业和草原局研究' -> co-handler; 州人社部门 is named for staffing, not as co-handling."),
 "f16-16.txt": ("沁水县交通运输局关于县十七届人大二次会议第31号建议的答复", "沁水县交通运输局", N, "31", "建议",
   ["张海龙", "李春梅", "郭建平"], N, "2022-08-09", "2022-08-16", ["县财政局"],
   "A bar-less 办理单位 row prints the lead unit （主办） beside 县财政局（会办） -> co-handler. Salutation over two lines ending in '郭建平等代表': all three named persons. 建议号 第31号 = the title's number; B类 is a category. 发布日期 -> date_published."),
 "f16-17.txt": ("望谟县教育局关于县政协十届五次会议第0062号提案的答复", "望谟县教育局", "望教函〔2021〕19号", "0062", "提案",
   ["王德光"], "岑小红", "2021-09-03", "2021-09-10", ["县卫生健康局"],
   "Own title wrapped after 第 inside the zero-led number, joined; equal to the heading. Doc number and 签发人 on one line. '王德光等3位委员': the one named. 时间 -> date_published. '我局会同县卫生健康局进行了研究' -> co-handler."),
 "f16-18.txt": ("关于县十九届人大二次会议第76号建议的答复", "沂源县农业农村局", N, "76", "建议",
   ["刘秀芝"], N, "2023-07-14", "2023-07-21", ["县水利局", "县财政局"],
   "Bar-less pipe rows: 信息名称 (the reply's own title, also printed in the body), 发布机构 (furniture), 生成日期 2023-07-14 and 发布日期 2023-07-21 -> the 发布日期. Issuer from the sign-off. '我局经商县水利局、县财政局' -> two co-handlers."),
 "f16-19.txt": ("竹山县林业局关于县政协十一届三次会议第41号提案的答复", "竹山县林业局", N, "41", "提案",
   ["陈国平", "汪玉兰"], N, "2019-08-09", "2019-08-16", ["县自然资源和规划局"],
   "Genre heading 政协提案答复 is no title; the own title is taken. 提案人： holds two names on one line separated by a full-width space; both proposers. 编发时间 -> date_published; 稿源 is furniture. '经与县自然资源和规划局共同研究' -> co-handler."),
 "f16-20.txt": ("洛南县卫生健康局关于县十八届人大三次会议第112号建议的复函", "洛南县卫生健康局", N, "112", "建议",
   ["赵建设"], N, "2024-07-25", "2024-07-25", [],
   "Own title wrapped after 人大 and joined (= heading). 责任领导 is not a signer and 领导签字 is left blank -> signer null. 成文日期 is the only page date -> date_published (judgement: as fields14 f14-07); it equals the sign-off date."),
 "f16-21.txt": ("龙山县文化旅游广电局关于县政协十二届二次会议第45号提案的答复", "龙山县文化旅游广电局", N, "45", "提案",
   ["彭春花"], N, "2018-07-13", "2018-07-20", [],
   "Short portal heading; the unit line stands directly over the 关于 line, so the own title includes it. The footer 主办单位 is the portal host, never the issuer. 抄报 is never a co-handler. 发布时间 -> date_published."),
 "f16-22.txt": ("大通回族土族自治县住房和城乡建设局关于县十七届人大五次会议第23号建议的答复", "大通回族土族自治县住房和城乡建设局", N, "23", "建议",
   ["马成林", "韩玉梅", "李得福"], N, "2021-08-09", "2021-08-16", ["县自然资源局"],
   "建议人： with the first deputy on the label line and two more on indented lines -> three proposers. 承办单位 = the issuer; 协办单位 县自然资源局 (also '会同县自然资源局…逐项梳理') -> co-handler. 信息发布时间 -> date_published."),
 "f16-23.txt": ("精河县人力资源和社会保障局关于县政协十一届二次会议第23号提案的答复", "精河县人力资源和社会保障局", N, "23", "提案",
   ["县工商联界别"], N, N, "2022-09-06", [],
   "No sign-off: the copy ends with 以上答复 and contact lines, so the issuer is the heading's prefix (the 来源 line is furniture) and date_signed is null. The 界别 addressed on its own line is the proposer. 发布日期 -> date_published. 联系人 is no signer."),
 "f16-24.txt": (N, "木兰县水务局", N, "2020014", "建议",
   ["孙立国"], N, "2020-07-16", N, ["县财政局"],
   "Body-only copy: no heading, no title and no page date (title and date_published null). The year-serial number is printed only in the first sentence '（第2020014号）'; kind 建议 from 县十八届人大四次会议. '我局经商县财政局' -> co-handler."),
 "f16-25.txt": ("务川仡佬族苗族自治县市场监督管理局关于县政协十届二次会议第19号提案的答复", "务川仡佬族苗族自治县市场监督管理局", "务市监函〔2023〕31号", "19", "提案",
   ["申小兵", "邹玉芬"], N, "2023-08-01", "2023-08-08", ["县商务局"],
   "Genre heading 提案办理; the letter prints no own title, so the 标题 row is the title. 文号 row -> doc number; 发布日期 row -> date_published; 发布机构 is furniture. Salutation split over two lines. '我局会同县商务局进行了研究' -> co-handler."),
 "f16-26.txt": ("憑祥市交通運輸局關於市十五屆人大四次會議第0031號建議的答復", "憑祥市交通運輸局", N, "0031", "建议",
   ["農建華", "黃美玲"], N, "2019-08-13", "2019-08-20", ["憑祥市公安局交通管理大隊"],
   "Traditional-character mirror; values in traditional characters. 承辦單位 = the issuer; 會辦單位 line -> co-handler (the body's '市公安局交通管理大隊' is the same unit). Zero-led 0031 kept. Salutation split over two lines. 發布日期 -> date_published."),
 "f16-27.txt": ("广昌县文化广电新闻出版旅游局关于县政协十五届三次会议第28号提案的答复", "广昌县文化广电新闻出版旅游局", N, "28", "提案",
   ["罗小兰"], N, "2024-08-09", "2024-08-15", ["县财政局"],
   "Own title wrapped inside the unit's name, joined (= heading). The sign-off date is in Chinese numerals (二〇二四年八月九日). 编辑时间 -> date_published. '罗小兰等委员': the one named. '经与县财政局共同研究' -> co-handler."),
 "f16-28.txt": ("关于县十四届人大五次会议第19号建议的答复", N, N, "19", "建议",
   ["许红军"], N, "2016-08-15", "2016-08-22", [],
   "The heading has no unit and the letter ends with a bare date; the bureau is named only as 发布机构 (a publisher label), so the issuer is null (judgement: a reader taking 发布机构 would put 淇县城市管理局). The bare date is the sign-off. 发布时间 -> date_published. 抄报 is no co-handler."),
 "f16-29.txt": ("古蔺县农业农村局关于《关于发展赤水河流域有机高粱种植的提案》的答复", "古蔺县农业农村局", N, "52", "提案",
   ["县政协农业和农村委员会"], N, "2021-07-20", "2021-07-27", ["县供销合作社联合社"],
   "The heading names the proposal's title instead of a number and is the only title, kept whole. The number is printed only in the first sentence '（第52号）'. A CPPCC special committee addressed in the salutation is the proposer. '我局经商县供销合作社联合社' -> co-handler."),
 "f16-30.txt": ("彬州市民政局关于市十八届人大二次会议第12号建议的答复", "彬州市民政局", N, "12", "建议",
   ["杜文斌", "张桂兰"], N, "2022-08-12", "2022-08-19", ["市财政局"],
   "Card with a bare 提出人 label, two deputies one per line. The opening sentence cites the suggestion's registration code 彬人大建〔2022〕第12号: its serial 12 equals the title's number; it is not the reply's doc number (doc_number null). B类 is a category. 刊发时间 -> date_published. '我局会同市财政局进行了研究' -> co-handler."),
 "f16-31.txt": ("临潭县卫生健康局关于县政协九届三次会议第17号提案的答复", "临潭县卫生健康局", N, "17", "提案",
   ["马文忠", "杨海燕", "敏学礼"], N, "2019-07-29", "2019-08-05", [],
   "Card: 第一提案人 and two 联名提案人 -> three proposers (the salutation says 马文忠等委员). 承办单位 = the issuer. 交办日期 is never a page date; 发布时间 -> date_published."),
 "f16-32.txt": ("突泉县水利局关于县十七届人大三次会议第41号建议的答复", "突泉县水利局", N, "41", "建议",
   ["包金花", "白音仓"], N, "2023-08-04", "2023-08-11", ["县农牧局"],
   "The sign-off is a labelled '答复单位：突泉县水利局' line directly above the date -> issuer. Salutation split over two lines. 更新时间 -> date_published. '经与县农牧局研究' -> co-handler."),
 "f16-33.txt": ("景宁畲族自治县农业农村局关于县政协十一届四次会议第0027号提案的答复", "景宁畲族自治县农业农村局", "景农函〔2025〕18号", "0027", "提案",
   ["雷晓春"], N, "2025-06-12", "2025-06-20", ["县财政局"],
   "浙江-style page: doc number line; zero-led 0027 kept; '雷晓春等委员'. The 印发 line (2025-06-13, the office) is neither the sign-off nor a page date; 发布日期 2025-06-20 -> date_published. 抄送 units are not co-handlers; '我局会同县财政局进行了研究' -> co-handler."),
 "f16-34.txt": ("松溪縣教育局關於縣十七屆人大二次會議第06號建議的答復", "松溪縣教育局", N, "06", "建议",
   ["吳秀英", "陳志明"], N, "2018-07-05", "2018-07-12", ["縣財政局"],
   "Traditional-character page; values in traditional characters. Two-column metadata: 成文日期 2018-07-05 and 發布日期 2018-07-12 on one line -> the 發布日期. Salutation split after a bare 尊敬的. Zero-led 06 kept. '我局經商縣財政局' -> co-handler."),
 "f16-35.txt": ("滨海县医疗保障局关于县政协十三届二次会议第64号提案的会办意见", "滨海县医疗保障局", N, "64", "提案",
   ["徐建兵"], N, "2022-05-20", "2022-05-27", [],
   "A 会办意见 letter: the co-handling 医疗保障局 writes to the lead unit (县卫生健康委, addressed in the salutation and named '由…主办'). The issuer is the signing bureau; the lead unit is not a co-handler and not a proposer. '徐建兵等委员': the one named. 发布时间 -> date_published."),
 "f16-36.txt": ("蕉城区住房和城乡建设局关于区六届人大四次会议第57号建议的答复", "蕉城区住房和城乡建设局", N, "57", "建议",
   ["林秋菊"], N, "2020-07-16", "2020-07-22", ["区自然资源局", "区财政局"],
   "A bar-less header row 主办单位 | 会办单位 | 答复时间 over a value row: both units of the 会办 cell (joined by 、) are co-handlers. The card's 答复时间 2020-07-16 (= the sign-off) yields to 发布时间 2020-07-22."),
 "f16-37.txt": ("柯城区教育局关于区政协九届五次会议2021015号提案的答复", "柯城区教育局", "柯教函〔2021〕33号", "2021015", "提案",
   ["民进柯城区总支"], "徐卫东", "2021-07-02", "2021-07-09", ["区卫生健康局"],
   "Year-serial 2021015号 without 第, kept whole. A party 总支 addressed on its own line is the proposer. The closing '此复函已经局长徐卫东审签' gives the signer (name only). 发布日期 -> date_published; 信息来源 is furniture. '经与区卫生健康局研究' -> co-handler."),
 "f16-38.txt": ("平昌县白衣镇人民政府关于镇二十届人大三次会议第5号建议的答复", "平昌县白衣镇人民政府", N, "5", "建议",
   ["岳小红", "何世荣"], N, "2023-06-02", "2023-06-09", [],
   "Town government answering town-congress deputies: kind 建议. Salutation split over two lines. 发布时间 -> date_published. 县级有关部门 are unnamed: no co-handlers."),
 "f16-39.txt": ("对县政协〔2024〕第33号提案的复函", "略阳县接官亭镇人民政府", "略接政函〔2024〕7号", "33", "提案",
   ["苟建平"], "何玉龙", "2024-09-11", "2024-09-18", ["县交通运输局"],
   "The portal heading carries the unit; the own title under the doc-number line lacks it and wins (judgement: a reader keeping the heading would prefix 略阳县接官亭镇人民政府). 〔2024〕第33号 gives 33, not the year. Doc number and 签发人 on one line; 类别 A is a category. '我镇经商县交通运输局' -> co-handler; the 供电所 contact is future work."),
 "f16-40.txt": ("寧洱哈尼族彝族自治縣林業和草原局關於縣十八屆人大二次會議第118號建議的答復", "寧洱哈尼族彝族自治縣林業和草原局", N, "118", "建议",
   ["李明"], N, "2023-09-05", "2023-09-12", [],
   "Traditional-character mirror; values in traditional characters. The deputy's name is padded with a layout space (李　明), joined. 時間 -> date_published; 來源 is furniture. The 選舉聯絡工作委員會 in the feedback sentence is no proposer or co-handler."),
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
