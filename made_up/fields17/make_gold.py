#!/usr/bin/env python3
"""Writes gold.json from the labels typed below by hand (one row per letter, read off the
letter field by field). Nothing here reads the letters."""
import json, os

COMMENT = (
    "Gold labels for 40 synthetic reply letters (f17-01…f17-40), labelled by hand with the rules as fields16 applied them "
    "(its gold.json _comment, repeated here), with the additions for fields17 at the end. Values are copied as printed from the page text after the 4-line front matter "
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
    " Additions for fields17 (the same rules applied to new shapes): a title whose two halves are printed with a portal "
    "breadcrumb line between them is joined without the breadcrumb (f17-03, f17-31); a heading wrapped after 会议 is joined "
    "(f17-38); a generic own title naming no number (关于政协委员提案的答复, 关于…提案的答复) is still the own title (f17-04, "
    "f17-13, f17-22); a 【标题】 / 标　　题 metadata field never wins over a printed own title. issuer: a 发文机关 card field "
    "is a publisher/metadata label like 发布机构 and never gives the issuer, so a page whose only printing of the unit is "
    "发文机关 has issuer null (f17-06); a closing 答复单位：X line gives X (f17-14, f17-24); a forwarding congress or CPPCC "
    "office (…转： / （…转发）/ 作者：区政协提案委) is neither issuer nor proposer nor co-handler (f17-15, f17-29); the "
    "sign-off is copied as printed, also without the county (附城镇人民政府, f17-38) or with the prefecture (扬州市邗江区…). "
    "doc_number: also from a 文件信息 block after the body (文号：, 发文字号：) and from a 文　　号 / 文號 field on a "
    "two-field row; a bracketed （A类） after the number is dropped. proposal_no: also from a card labelled 提案号 / 建议号 / "
    "案　　号 / 【提案号】 when the letter prints it nowhere else (f17-13 案号 117), and from the opening sentence only "
    "(f17-04 0156, f17-22 47); 8-digit year-serials kept whole (20240087, 20230415); 1-0052 keeps its hyphen. proposers: "
    "names joined by 、, by full-width spaces (趙國富　張麗華, 李文清　岩块　赵丽娟) or by ordinary spaces in a card "
    "(【提案人】黄丽 蒙志强 覃海燕) are each a proposer; X等N名代表 / 等十名代表 gives only X; a 联名 suggestion's card "
    "(领衔代表 + 联名代表 a、b、c) gives every name; a 民建/民盟 city or county committee, 总支 or 支部, a provincial "
    "民建 committee and a CPPCC 界别 as addressee are proposers as printed in the salutation. signer: a 签发人 / 簽發人 / "
    "bare 签发： label on the doc-number line, or a spaced 签 发 人 label in a 文件信息 block. dates: Chinese numerals with 〇 "
    "converted; page dates with seconds (2024-06-18 09:32:11), slashes (2024/6/18) and 年月日 with leading zeros read as "
    "dates; an unlabelled page date under the heading is a page date (f17-40); a 文件信息 / 【文件信息】 block after the "
    "sign-off is this page's metadata, so its 发布日期 is date_published (f17-05, f17-21, f17-37); 发文日期 and 成文日期 yield "
    "to a printed 发布时间 / 发布日期 (f17-01, f17-06, f17-17, f17-32); a card's 答复日期 / 【答复时间】 is taken when no "
    "发布日期/时间 is printed (f17-11, f17-30). co_handlers: 经征求X(、Y)意见 is consultation on the reply like 经商 and "
    "gives co-handlers (f17-01, f17-14, f17-18, f17-26, f17-33, f17-11); a 协办单位 line naming two units joined by 、 "
    "gives both; future 将会同X…, 抄送 / 抄报 units, units named only for field work (联合县农技站) and 会同有关方面 never."
)

N = None
ROWS = {
 "f17-01.txt": ("关于对市十七届人大二次会议第83号建议的答复", "任丘市交通运输局", "任交函〔2023〕36号", "83", "建议",
   ["刘建华", "孙秀芬", "马占英"], N, "2023-08-18", "2023-08-24", ["任丘市公安局交通警察大队"],
   "Two fields per row with full-width colons: 发文日期 2023-08-21 (beside 发布机构) yields to the 发布时间 2023-08-24 09:… line under the heading. 文　　号 value on the second row is the doc number. Three deputies joined by 、. '经征求任丘市公安局交通警察大队意见' -> co-handler (consultation like 经商). Contact line is no signer."),
 "f17-02.txt": ("南皮县农业农村局关于县政协九届一次会议第0047号提案的答复", "南皮县农业农村局", N, "0047", "提案",
   ["民建南皮县总支"], N, "2022-07-08", "2022-07-15", ["县财政局"],
   "【标题】 field lacks the unit; the own title has the unit line directly over its 关于 line and wins. 【发布日期】2022/7/15 -> 2022-07-15. Sign-off 二〇二二年七月八日. The 民建 总支 is the proposer. '会同县财政局对提案进行了认真研究' -> co-handler. Zero-led 0047 kept."),
 "f17-03.txt": ("关于市十八届人大三次会议第112号建议的答复", "孝义市教育科技局", N, "112", "建议",
   ["任丽萍"], N, "2024-06-14", "2024-06-18", ["孝义市自然资源局"],
   "The heading's two halves are printed with the breadcrumb line between them; joined without it. Unlabelled page date 2024-06-18 09:32:11 beside 来源. 尊敬的任丽萍等6名代表 -> one proposer. 经与孝义市自然资源局共同研究 -> co-handler; '将会同市住建局' is future work; the 抄送 committee is no co-handler."),
 "f17-04.txt": ("关于政协委员提案的答复", "繁峙县砂河镇人民政府", "砂政函〔2023〕19号", "0156", "提案",
   ["赵文斌"], "武志强", "2023-06-20", N, ["县水利局"],
   "Letterhead separated from the own title by the doc-number line (not part of the title). The own title names no number; 第0156号 only in the opening sentence. 签发人 on the doc-number line. 二〇二三年六月二十日. No page date. 经商县水利局 -> co-handler."),
 "f17-05.txt": ("乌审旗林业和草原局关于旗十七届人大四次会议第27号建议的答复", "乌审旗林业和草原局", "乌林草字〔2021〕44号", "27", "建议",
   ["巴雅尔"], N, "2021-07-09", "2021-07-16", [],
   "The 文件信息 block after the sign-off carries the doc number (文号) and 发布日期 2021-07-16 (成文日期 = sign-off). 发文机关 there is a metadata label; the issuer comes from the sign-off. 抄送 units (congress committee, 旗财政局) are no co-handlers."),
 "f17-06.txt": ("对市政协第十届四次会议第38号提案的答复", N, N, "38", "提案",
   ["马淑琴"], N, "2020-09-03", "2020-09-10", [],
   "Judgement: the bureau is printed only in the 发文机关 card field and there is no sign-off unit (only (此件主动公开) and a bare date) and no unit in the title, so issuer is null (发文机关 treated as a publisher label, as fields9-fields16 did); a reader taking 发文机关 would put 北票市卫生健康局. 北票市人民政府 is the portal banner. 成文日期 2020-09-03 yields to 发布日期 2020-09-10."),
 "f17-07.txt": ("对县十八届人大三次会议第21号建议的答复", "西丰县交通运输局", N, "21", "建议",
   ["王长顺", "李玉芝", "周洪波", "韩立军", "邹德明"], N, "2019-07-02", "2019-07-05", ["西丰县财政局"],
   "联名 suggestion: 领衔代表 and every 联名代表 (、-joined) are proposers; the salutation 王长顺等5名代表 alone would give one. 建议题目 names the suggestion, not the reply. 协办单位 -> co-handler. 建议号：第21号 agrees with the heading."),
 "f17-08.txt": ("关于省十三届人大六次会议第0640号建议的答复", "吉林省交通运输厅", "吉交函〔2022〕187号", "0640", "建议",
   ["于海涛", "曲春燕"], "孙立军", "2022-06-27", N, ["吉林省财政厅", "吉林省自然资源厅"],
   "Province department; place of the letter is 双辽 (the suggestion's subject). Doc number printed with （A类） run on: dropped. 签发人 on the doc-number line. Letterhead separated by the doc line. No page date. 经商 two provincial departments -> co-handlers."),
 "f17-09.txt": ("依蘭縣住房和城鄉建設局關於縣政協十屆二次會議第62號提案的答復", "依蘭縣住房和城鄉建設局", N, "62", "提案",
   ["趙國富", "張麗華"], N, "2018-08-10", "2018-08-14", ["縣城市管理綜合執法局"],
   "Traditional page. Portal heading lacks the unit; the own title has the unit line directly over its 關於 line and wins. 發布時間 with seconds. Two members separated by a full-width space. 經與縣城市管理綜合執法局共同研究 -> co-handler. 來源 is furniture."),
 "f17-10.txt": ("双鸭山市民政局关于市十届人大四次会议第19号建议的答复", "双鸭山市民政局", N, "19", "建议",
   ["高玉兰"], N, "2025-05-26", "2025-05-30", ["双鸭山市卫生健康委员会"],
   "发布时间 2025/5/30 (slash date). 尊敬的高玉兰等3名代表 -> one proposer. '会同双鸭山市卫生健康委员会对建议进行了认真研究' -> co-handler. 抄送 双鸭山市财政局 and the congress office are decoys."),
 "f17-11.txt": ("关于区政协十届三次会议第20240087号提案的答复", "扬州市邗江区农业农村局", N, "20240087", "提案",
   ["区政协农业和农村界别"], N, "2024-07-10", "2024-07-11", ["区水利局"],
   "Result card: 提案号 year-serial kept whole; 提案者 and the salutation name a CPPCC 界别 (proposer as printed); 承办单位 repeats the issuer. 答复日期 2024-07-11 is the only page/metadata date and is taken (no 发布日期 printed). 经征求区水利局意见 -> co-handler."),
 "f17-12.txt": ("绍兴市柯桥区华舍街道办事处关于区十七届人大一次会议第45号建议的答复", "绍兴市柯桥区华舍街道办事处", N, "45", "建议",
   ["徐卫国"], N, "2022-06-02", "2022-06-09", ["区住房和城乡建设局", "区综合行政执法局"],
   "Street office. 经与X、Y共同研究 -> both co-handlers; later '配合区住建部门' is field work. (此件公开发布) stands between body and sign-off. 信息来源 is furniture."),
 "f17-13.txt": ("关于蓝莓产业提质增效提案的答复", "怀宁县林业局", "林函〔2021〕23号", "117", "提案",
   ["何光明", "汪红梅"], "程国胜", "2021-08-16", N, ["怀宁县市场监督管理局"],
   "The number 117 is printed only in the card's 案　　号 field (no 号); taken. The own title names no number and is the title; 案由 names the proposal. 提案人 with two names separated by a full-width space. 会办单位 -> co-handler ('会同市场监管部门' in the body is the same unit, unnamed). Letterhead over the doc line is not part of the title. 签发人 on the doc line. No page date."),
 "f17-14.txt": ("关于市四届人大一次会议第0093号建议的答复", "阜阳市环境保护局", N, "0093", "建议",
   ["郭德胜"], N, "2017-07-05", "2017-07-12", ["阜阳市农业委员会", "阜阳市水务局"],
   "The issuer is printed only on the closing '答复单位：阜阳市环境保护局' line -> issuer. 二〇一七年七月五日. 更新时间 -> date_published. 经征求X、Y意见 -> both co-handlers."),
 "f17-15.txt": ("区文广旅局关于区政协九届二次会议第41号提案的答复", "赣州市章贡区文化广电新闻出版旅游局", N, "41", "提案",
   ["刘春华"], N, "2023-07-20", "2023-07-28", [],
   "CPPCC site forwarding the reply: the heading (short unit name) is the only title; the issuer is the sign-off's full name. 作者：区政协提案委 and '（区政协提案委员会转发）' are neither issuer nor co-handler. 发布时间 with minutes."),
 "f17-16.txt": ("郯城县马头镇人民政府对县二十届人大三次会议第56号建议的答复", "郯城县马头镇人民政府", "马政复〔2024〕8号", "56", "建议",
   ["张伟", "刘玉霞", "孙成"], "宋广顺", "2024-06-17", "2024-06-21", ["县交通运输局"],
   "Town government name on the line directly over the 对… title line -> part of the title (rule). Doc number + 签发人 on one line under the title. 经商县交通运输局 -> co-handler; '将会同县供电公司' is future work."),
 "f17-17.txt": ("东昌府区教育和体育局关于区政协十三届三次会议第0028号提案的答复", "东昌府区教育和体育局", "东教体字〔2019〕31号", "0028", "提案",
   ["民盟东昌府区支部"], N, "2019-08-01", "2019-08-06", [],
   "Pipe grid with two fields per row: 成文日期 2019-08-01 yields to 发布日期 2019-08-06; 文号 cell -> doc number. The 民盟 支部 is the proposer. 抄报 the proposals committee is no co-handler."),
 "f17-18.txt": ("阳谷县博济桥街道办事处关于县十九届人大二次会议第132号建议的答复", "阳谷县博济桥街道办事处", N, "132", "建议",
   ["王秀英"], N, "2023-06-30", "2023-07-04", ["县自然资源和规划局"],
   "Street office. 时间：2023/7/4 -> date_published. 尊敬的王秀英等4名代表 -> one proposer. 经征求县自然资源和规划局意见 -> co-handler (it is also on the 抄送 line; the body names it as consulted). The congress committee on the 抄送 line is no co-handler."),
 "f17-19.txt": ("关于县政协九届五次会议第86号提案的答复", "郏县林业局", "郏林〔2016〕17号", "86", "提案",
   ["冯建伟"], "李国强", "2016-07-12", N, ["县财政局", "县农业局"],
   "Letter without portal furniture: letterhead separated from the title by the doc + 签发人 line. 会同县财政局、县农业局进行了研究 -> both. 二〇一六年七月十二日. No page date."),
 "f17-20.txt": ("固始縣水利局對縣十六屆人大四次會議第207號建議的答復", "固始縣水利局", N, "207", "建议",
   ["陳德明"], N, "2020-08-21", "2020-08-27", ["縣財政局"],
   "Traditional page. 來源 and 發布時間 (seconds) on one line. 尊敬的陳德明等5名代表 -> one proposer. 經商縣財政局 -> co-handler."),
 "f17-21.txt": ("安阳市民政局关于市政协十五届四次会议第1-0052号提案的答复", "安阳市民政局", N, "1-0052", "提案",
   ["民建安阳市委"], N, "2025-07-03", "2025-07-09", ["安阳市卫生健康委员会", "安阳市医疗保障局"],
   "民建安阳市委 is the proposer. Hyphenated number kept. The 【文件信息】 block after the sign-off is this page's metadata: 发布日期 2025年07月09日 -> date_published (成文日期 = sign-off). 会同X、Y进行了研究 -> both co-handlers."),
 "f17-22.txt": ("关于加快牛首镇集镇污水管网建设建议的答复", "樊城区住房和城乡建设局", N, "47", "建议",
   ["黄德成"], N, "2021-08-30", "2021-09-02", [],
   "The own title names no number; 第47号 only in the opening sentence. 编稿时间 with minutes -> date_published. 分管领导 and 承办人 are no signers. '会同有关方面' is future and names no unit."),
 "f17-23.txt": ("对县政协十二届一次会议第128号提案的答复", "攸县自然资源局", "攸自然资函〔2022〕64号", "128", "提案",
   ["谭丽君"], "罗建新", "2022-07-29", "2022-08-05", ["县农业农村局"],
   "Doc number with B类 and 签发人 on one line: category dropped, signer taken. Own title wrapped before a spaced 答　　复 (same as the heading). 日期 with minutes beside 来源 -> date_published. 承办负责人 is no signer. 经商县农业农村局 -> co-handler."),
 "f17-24.txt": ("洋溪镇关于县十八届人大二次会议第212号建议的答复", "新化县洋溪镇人民政府", N, "212", "建议",
   ["曾德胜", "罗艳", "邹建国", "刘冬梅"], N, "2023-08-08", "2023-08-11", [],
   "Township; the heading (short name) is the only title. Issuer only on the closing '答复单位：新化县洋溪镇人民政府' line. 联名 card: 领衔代表 + three 联名代表 -> four proposers (salutation 曾德胜等4名代表)."),
 "f17-25.txt": ("关于县政协十届二次会议第79号提案的答复", "桦南县教育局", N, "79", "提案",
   ["杨春林"], N, "2018-09-05", "2018-09-12", ["桦南县人力资源和社会保障局"],
   "主办单位 and 协办单位 on one line: the 协办 unit is the co-handler (the 主办单位 is the issuer, not a portal host). '将会同县人社局研究' is future work (the same unit, short name, not added twice). 二〇一八年九月五日."),
 "f17-26.txt": ("连州市农业农村局关于市十六届人大四次会议第35号建议的答复", "连州市农业农村局", N, "35", "建议",
   ["邓志坚", "梁碧莲", "黄国荣"], N, "2024-06-12", "2024-06-18", ["连州市林业局", "连州市水利局"],
   "发布时间 2024-06-18 09:32:11; 来源：本网 is furniture. Three deputies joined by 、. 经征求X、Y意见 -> both co-handlers."),
 "f17-27.txt": ("广东省林业局关于省政协十三届一次会议第20230415号提案答复的函", "广东省林业局", "粤林函〔2023〕211号", "20230415", "提案",
   ["民建广东省委员会"], N, "2023-07-25", N, ["广东省农业农村厅"],
   "Province department; place of the letter is 紫金 (the proposal's subject). Title ends 答复的函. 8-digit year-serial kept whole. A provincial 民建 committee is the proposer. No page date (公开方式 is no date). 经商广东省农业农村厅 -> co-handler."),
 "f17-28.txt": ("肇慶市教育局關於市政協十二屆四次會議第0061號提案的答復", "肇慶市教育局", "肇教函〔2020〕39號", "0061", "提案",
   ["陸家輝", "何艷芬"], "梁志文", "2020-09-02", "2020-09-08", ["市財政局"],
   "Traditional page. 發布日期 2020/9/8. 文號 and 簽發人 on one line. 尊敬的陸家輝、何艷芬委員 -> two. 經與市財政局研究 -> co-handler; '與財政部門研究確定' later is the same unit unnamed."),
 "f17-29.txt": ("东兰县水利局关于县十六届人大二次会议第26号建议的答复", "东兰县水利局", N, "26", "建议",
   ["覃秀英", "韦正勇"], N, "2022-08-10", "2022-08-16", ["县农业农村局", "县乡村振兴局"],
   "Congress site forwarding the reply: '…选举任免联络工作委员会转：' and 来源 人大选联工委 are neither addressee, issuer nor co-handler. 经商X、Y -> both."),
 "f17-30.txt": ("蒙山县市场监督管理局关于县政协十一届三次会议第24号提案的答复", "蒙山县市场监督管理局", N, "24", "提案",
   ["黄丽", "蒙志强", "覃海燕"], N, "2024-07-02", "2024-07-05", ["县商务局"],
   "【】 card: 【提案人】 three names separated by ordinary spaces; 【答复时间】2024年07月05日 is the only page date and is taken. 会同县商务局对提案进行了研究 -> co-handler."),
 "f17-31.txt": ("乐业县同乐镇人民政府关于县十七届人大四次会议第15号建议的答复", "乐业县同乐镇人民政府", N, "15", "建议",
   ["罗廷光"], N, "2019-06-20", "2019-06-25", [],
   "The heading wraps after 人大 and the breadcrumb line is printed between its halves; joined without it. 二〇一九年六月二十日. No co-handler (the bus company is future work)."),
 "f17-32.txt": ("关于县政协十届五次会议第0039号提案的答复", "北川羌族自治县文化旅游和体育局", "北文旅体函〔2021〕57号", "0039", "提案",
   ["母志刚"], N, "2021-06-28", "2021-07-02", ["县交通运输局", "县发展和改革局"],
   "Two metadata fields per row without separators: 成文日期 2021-06-28 yields to 发布日期 2021-07-02; 文号 on the third row. Own title without the unit; issuer from the sign-off (also in 发布机构). 经商X、Y -> both."),
 "f17-33.txt": ("对区十八届人大二次会议第0105号建议的复函", "宜宾市翠屏区卫生健康局", N, "0105", "建议",
   ["胡志强"], N, "2023-07-14", "2023-07-19", ["区医疗保障局", "区财政局"],
   "Breadcrumb run into the banner line. 时间 -> date_published. 尊敬的胡志强等十名代表 (count in Chinese numerals) -> one proposer. 经征求X、Y意见 -> both. 抄送 the congress committee is no co-handler."),
 "f17-34.txt": ("關於縣政協十屆四次會議第53號提案的答復", "鎮寧布依族苗族自治縣交通運輸局", "鎮交函〔2020〕22號", "53", "提案",
   ["伍明珍"], "韋國華", "2020-07-24", "2020-07-30", ["縣財政局"],
   "Traditional page with no own title: the portal heading is the title. The short letterhead 鎮寧縣交通運輸局 is not the issuer; the sign-off's full name is. 簽發人 on the doc line. 二〇二〇年七月二十四日. 經商縣財政局 -> co-handler."),
 "f17-35.txt": ("剑河县农业农村局关于县十八届人大三次会议第0078号建议的答复", "剑河县农业农村局", N, "0078", "建议",
   ["杨光荣", "龙秀英"], N, "2024-06-13", "2024-06-18", ["剑河县林业局", "剑河县供销合作社联合社"],
   "发布时间 2024/6/18. 协办单位 line with two units joined by 、 -> both co-handlers. '联合县农技站' is field work, no co-handler."),
 "f17-36.txt": ("临翔区教育体育局对区政协十届二次会议第103号提案的答复", "临翔区教育体育局", "临教体函〔2022〕41号", "103", "提案",
   ["李文清", "岩块", "赵丽娟"], "陈永明", "2022-08-24", "2022-08-30", ["区财政局", "区人力资源和社会保障局"],
   "更新时间 with seconds -> date_published. Bare '签发：' label on the doc-number line -> signer. Three members separated by full-width spaces. 类别 A is a category. 经与X、Y研究 -> both. Contact line no signer."),
 "f17-37.txt": ("子长市瓦窑堡街道办事处对市二届人大三次会议第64号建议的答复", "子长市瓦窑堡街道办事处", "瓦街函〔2023〕75号", "64", "建议",
   ["李红梅"], "王宏斌", "2023-07-06", "2023-07-12", [],
   "Street office. The 文件信息 block after the sign-off gives the doc number (发文字号), the signer (spaced 签 发 人 label) and 发布日期 2023-07-12. 李红梅等3名代表 -> one proposer."),
 "f17-38.txt": ("康乐县附城镇人民政府关于县政协十一届五次会议第27号提案的答复", "附城镇人民政府", N, "27", "提案",
   ["马世英"], N, "2021-08-03", "2021-08-09", ["县市场监督管理局"],
   "Heading wrapped after 会议, joined. The sign-off prints the town government without the county: issuer copied as printed (a reader may prefer the title prefix 康乐县附城镇人民政府). 经与县市场监督管理局研究 -> co-handler."),
 "f17-39.txt": ("甘肃省文化和旅游厅关于省十四届人大二次会议第0318号建议的答复", "甘肃省文化和旅游厅", "甘文旅函〔2024〕96号", "0318", "建议",
   ["李建军"], N, "2024-07-10", "2024-07-16", ["省财政厅", "省交通运输厅"],
   "Province department; place of the letter is 武都 (the suggestion's subject). 发布日期 with seconds. 李建军等6名代表 -> one. 经商省财政厅、省交通运输厅 -> both."),
 "f17-40.txt": ("关于县政协十一届二次会议第0019号提案的答复", "福海县畜牧兽医局", N, "0019", "提案",
   ["努尔兰·哈山", "马秀兰"], N, "2018-07-20", "2018-07-27", [],
   "An unlabelled page date with seconds under the heading -> date_published. '努尔兰·哈山、马秀兰等委员' -> both named (middle dot kept). '将会同县林业局研究' is future work and the 抄送 line is a decoy: no co-handler. 二〇一八年七月二十日."),
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
