import json
N=None
def R(title,issuer,doc,pno,kind,props,signer,ds,dp,co,note):
    return {"title":title,"issuer":issuer,"doc_number":doc,"proposal_no":pno,"kind":kind,
            "proposers":props,"signer":signer,"date_signed":ds,"date_published":dp,"co_handlers":co,"_note":note}
L={}
L["f7-01.txt"]=R("威县交通运输局关于县政协九届三次会议第45号提案的答复","威县交通运输局",N,"45","提案",["孟庆航"],N,"2019-08-09","2019-08-14",[],
 "County portal page; the heading is the only printing of the title (no 标题 field, the letter prints none). Sign-off is a bare date, so issuer from the title prefix. 发布时间 -> date_published; the closing date -> date_signed. 运输股 is an internal section; the 2020 plans are future work, so no co_handlers.")
L["f7-02.txt"]=R("关于对区十届人大二次会议第18号建议的答复","晋城市城区卫生健康局","城卫健函〔2022〕31号","18","建议",["牛春燕"],N,"2022-07-05",N,[],
 "Letterhead line is separated from the title by the doc number, so it is not part of the title; the two title lines are joined and the spaced 答　　复 becomes 答复. Issuer from the sign-off (same as the letterhead). '领导签字：' is empty -> signer null. Proposer only in the salutation 尊敬的牛春燕代表. No page metadata -> date_published null.")
L["f7-03.txt"]=R("伊金霍洛旗农牧局关于对伊金霍洛旗第十六届人民代表大会第五次会议代表第0027号建议的答复函","伊金霍洛旗农牧局",N,"0027","建议",["其木格"],N,"2016-09-20","2016-09-22",[],
 "Metadata labels sit above their values; 文号 is empty -> doc_number null; 日期 2016-09-22 -> date_published. Title's layout spaces dropped. 发布机构 '旗农牧局' is the publishing label; issuer from the sign-off. '其木格等3名代表' -> only the named deputy. proposal_no keeps the leading zeros (0027). 畜牧股 is an internal section; the 面商 with the deputy is not co-handling.")
L["f7-04.txt"]=R(N,N,N,N,"提案",["于海鹰"],N,"2014-09-26","2014-10-09",[],
 "Re-hosted copy with the letter printed twice. '提案答复' is a genre-word heading, not a title, and the letter prints none -> title null. No sign-off unit (bare date), no title, no letterhead; the unit appears only in the 联系单位及电话 contact line, which is not an issuer source under the rules, and the body says only 我局 -> issuer null. Kind from '提案收悉'/委员. No number is given. The 来源 line date is the page date -> date_published. 抄报 recipients and the 区环卫所 (future management) are not co-handlers.")
L["f7-05.txt"]=R("關於對縣十九屆人大二次會議第41號代表建議的答復","東豐縣水利局",N,"41","建议",["孫立國","曹桂芝"],N,"2023-10-27","2023-11-08",[],
 "Traditional-character mirror; values kept as printed. Title from the heading inside pipe residue. Sign-off unit and date sit on the contact line '聯系人姓名及電話：… 東豐縣水利局 2023年10月27日' after the contact name; issuer/date_signed from that sign-off. '孫立國、曹桂芝等代表' -> the two named deputies. '將與縣財政局溝通協調' is future cooperation, not co-handling. 發布時間 -> date_published.")
L["f7-06.txt"]=R("关于区政协八届二次会议第073号提案的答复","哈尔滨市香坊区教育局","香教函〔2012〕26号","073","提案",["薛长河"],N,"2012-09-28","2012-10-16",["区财政局"],
 "Pipe table with two key/value pairs per row; the letter prints no title, so title from the 名称 row. 发布机构 is the district government office (publisher), issuer from the sign-off. co_handlers from '经与区财政局研究'; the training run jointly with 区教师进修学校 is programme work.")
L["f7-07.txt"]=R("关于区十八届人大四次会议第0136号建议的答复","苏州市吴中区人力资源和社会保障局","吴人社复〔2020〕9号","0136","建议",["陆志刚","倪红英","邵国良"],N,"2020-08-19","2020-08-27",["区财政局"],
 "Two key：value pairs per line; 标题 field and the letter's own title identical. Issuer from the sign-off (same as 发布机构). Three named deputies, titles dropped. co_handlers from '经商区财政局'; reporting to 市人社局 is not co-handling; 抄送 recipients excluded.")
L["f7-08.txt"]=R("关于省政协十一届五次会议第236号提案的会办意见","浙江省林业厅","浙林提函〔2017〕7号","236","提案",["民盟浙江省委会"],"俞志坚","2017-05-16",N,[],
 "A 会办意见 sent to the lead department (省农业厅, the addressee). Issuer = the signing co-handling department; the lead unit is never a co-handler and the issuer is not listed as its own co-handler; '会同省财政厅实施林下经济示范基地建设' is past programme work, so co_handlers []. Proposer is the party committee named in the body. signer from 签发人. No page metadata -> date_published null.")
L["f7-09.txt"]=R("对县十七届人大一次会议第56号建议的答复（教育局）","教育局",N,"56","建议",["汪德胜","刘桂兰","钱学富","吴秀英","程光辉"],N,"2012-06-20","2012-07-03",[],
 "People's-congress site (banner 宿松县人大常委会 is the portal name, not the issuer); heading is the only printing of the title and is kept with its bracketed suffix. Sign-off is a bare date, title has no prefix, no letterhead -> issuer from the title suffix, kept as printed ('教育局'). 来源 人大办公室 is the publishing office; 作者 is page chrome. Five named deputies, none before 等.")
L["f7-10.txt"]=R("漳州市龙文区市场监督管理局关于区政协八届四次会议第0057号提案的答复","漳州市龙文区市场监督管理局","龙市监提〔2024〕5号","0057","提案",["致公党龙文区总支部"],"许立言","2024-07-22","2024-07-30",["区教育局"],
 "Title printed as heading and again in the letter (identical). doc_number drops the trailing result category 'A类'. signer from 签发人 on the same line. Party branch as group proposer. co_handlers from '经与区教育局研究'; '会同属地街道…划定临时疏导点' is field work with unnamed units.")
L["f7-11.txt"]=R("黄马乡人民政府关于乡第十五届人大一次会议第3号建议的答复","黄马乡人民政府",N,"3","建议",["徐长根"],N,"2017-06-12",N,[],
 "Township reply without metadata. '徐长根等代表' -> only the named deputy. Date in Chinese numerals converted. The 乡农业综合服务中心 that handled it is the township's own service centre (internal), not a co-handler. No page date -> date_published null.")
L["f7-12.txt"]=R("对市政协十五届三次会议第214号提案（关于在城区学校周边设置潮汐停车位的建议）的答复","日照市公安局","日公复字〔2024〕22号","214","提案",["卢向晖"],N,"2024-08-20","2024-08-28",["市交通运输局","市教育局"],
 "Spaced-label metadata, two pairs per line; 信息名称 and the heading carry the full title while the letter's own printing is cut off after '第214', so the first full printing is used. Letterhead and sign-off agree. 公开日期 -> date_published. co_handlers from '经与市交通运输局、市教育局研究'; '联合市综合行政执法局开展…整治' is field work.")
L["f7-13.txt"]=R("西平县国土资源局关于西平县第十四届人大五次会议第117号建议的答复函","西平县国土资源局",N,"117","建议",["宋德旺"],N,"2015-06-18","2015-07-02",["住建局"],
 "Tracking form then the reply. Title (with issuer prefix) from the letter; issuer from the sign-off. 责任领导 is not 签发人/审签 -> signer null. co_handlers from the 协办单位 field ('住建局', as printed). 发布时间 is the page date; 交办日期 is an assignment date and is not used.")
L["f7-14.txt"]=R("湖北省发展和改革委员会关于省十二届人大三次会议第20150287号建议的答复","湖北省发展和改革委员会","鄂发改议〔2015〕112号","20150287","建议",["恩施州代表团"],N,"2015-06-30","2015-07-21",["省交通运输厅","省财政厅"],
 "Labels and values on alternating lines; 标题 field and letter title identical. Delegation as group proposer. date_signed from the sign-off (same as 成文日期), date_published = 发布日期. co_handlers from '经商省交通运输厅、省财政厅'; liaison with national ministries is future work; 抄送 excluded.")
L["f7-15.txt"]=R("对华容县政协第十届一次会议第72号提案的答复",N,"华文旅广新字〔2017〕16号","72","提案",["彭松林","易红"],N,"2017-07-21",N,[],
 "doc_number without the trailing 'C类'. Title split over two lines with spaced 答　　复, joined. Sign-off is a bare date, the title has no unit, there is no letterhead, and the body only says 我局 -> issuer null (the doc-number abbreviation is not a unit name). 承办负责人 is not a signer. '将会同文物所在乡镇' is future work with unnamed units.")
L["f7-16.txt"]=R("关于区十六届人大六次会议第0093号建议的答复","佛山市南海区大沥镇人民政府　佛山市南海区住房城乡建设和水利局",N,"0093","建议",["梁锦华","冯少芬"],N,"2021-08-26","2021-09-03",["南海区住房城乡建设和水利局"],
 "Joint reply: both units sign on one line, kept as printed (full-width space between them). The body states '由大沥镇人民政府主办，南海区住房城乡建设和水利局协办', so the named 协办 unit is a co-handler even though it co-signs; the lead town government is not. '梁锦华、冯少芬等5位代表' -> the two named deputies.")
L["f7-17.txt"]=R("宾阳县医疗保障局关于县政协十届二次会议第0112号提案的答复","宾阳县医疗保障局",N,"0112","提案",["县政协医药卫生界别"],N,"2023-08-10","2023-08-15",["县卫生健康局"],
 "Portal heading ('县医保局答复县政协医药卫生界别提案') differs from the letter's own title; the own title wins. Sector group (界别) as proposer, name as printed in the salutation. 时间 -> date_published. co_handlers from '经与县卫生健康局研究'; reporting up to 市医保局 is not co-handling.")
L["f7-18.txt"]=R("关于市七届人大四次会议第112号建议的答复","儋州市旅游和文化广电体育局",N,"112","建议",["符海英"],N,"2019-08-28","2019-09-10",[],
 "Heading is the only printing of the title. 来源 names the city government office (publisher), which differs from the signing bureau; issuer from the sign-off. Proposer only in the salutation 尊敬的符海英代表. No co-handling named.")
L["f7-19.txt"]=R("关于区政协十二届四次会议第38号提案的答复","成都市武侯区教育局",N,"38","提案",["民建武侯区委"],N,"2011-08-29","2011-09-05",[],
 "Old portal; heading and letter title identical. 更新时间 is the only page date -> date_published. Chinese-numeral sign-off date converted. Party district committee as proposer. 文章来源 区教育局 is the publishing label.")
L["f7-20.txt"]=R(N,N,N,N,"建议",["杨光富"],N,"2018-07-16",N,[],
 "Copy without any heading, title or sign-off unit: title null, issuer null (footer '主办单位：开阳县人民政府办公室' is the portal operator; the body says only 我局). No proposal number. Kind from 代表/建议. The bare date is the sign-off date. '注：主动公开' is a disclosure note, not metadata with a date.")
L["f7-21.txt"]=R("麻栗镇人民政府关于对县政协十一届五次会议第31号提案的答复","麻栗镇人民政府",N,"31","提案",["段永福","杨春兰"],N,"2021-07-09",N,[],
 "Township government answering a county CPPCC proposal. The lone 'C' line is the result category, not a doc number. Two named 委员. Coordination with 县自然资源局 on land title is future work. No metadata -> date_published null.")
L["f7-22.txt"]=R("堆龙德庆区农业农村局关于区第十一届人民代表大会第二次会议第15号建议的答复","拉萨市堆龙德庆区农业农村局",N,"15","建议",["乃琼镇代表团"],N,"2022-07-18","2022-07-26",["区财政局"],
 "Heading with a short issuer prefix; sign-off gives the full name, which is used. Township delegation as group proposer. co_handlers from '经与区财政局研究'. 发布日期 -> date_published.")
L["f7-23.txt"]=R("宝鸡市渭滨区教育体育局关于区十八届人大四次会议第7号代表建议办理情况的复函","宝鸡市渭滨区教育体育局",N,"7","建议",["赵文博","钱淑芳","孙立业","姜红霞","周建勋","吴海宁"],N,"2024-06-28",N,[],
 "Title split mid-phrase over two lines, joined. 代表姓名 field lists six deputies, all named -> all six. 建议内容/办理结果 are form labels. No page date -> date_published null.")
L["f7-24.txt"]=R("城关区民政局关于区政协十届二次会议第66号提案的答复","城关区民政局",N,"66","提案",["马占林"],N,N,"2013-08-20",[],
 "Partial page: body cut off, no sign-off -> issuer from the title prefix ('城关区民政局', as printed; the banner 兰州市城关区人民政府 is the portal), date_signed null. 上一篇/下一篇 titles are navigation, not this letter's title. '正在会同区财政局研究提高补贴标准' is ongoing policy work on subsidy levels, not co-handling of the reply (judgement call).")
L["f7-25.txt"]=R("西宁市生态环境局关于市十七届人大五次会议第0315号建议的答复","西宁市生态环境局","宁环建〔2025〕14号","0315","建议",["祁永梅"],"韩德才","2025-07-11","2025-07-24",[ "市住房和城乡建设局"],
 "Pipe table with 成文日期 and 发布日期; date_published = 发布日期, date_signed from the sign-off (= 成文日期). signer from 签发人. co_handlers from '经商市住房和城乡建设局'; '将会同市城市管理局推进…试点' is future work.")
L["f7-26.txt"]=R("关于金凤区人大四届五次会议第22号“关于在阅海片区新建公办幼儿园的建议”的答复","银川市金凤区教育局",N,"22","建议",["马晓芸"],N,"2020-07-30","2020-08-05",[],
 "Metadata as an unlabelled bullet list (index no., publisher twice, validity, date). Heading is the only title printing. Issuer from the sign-off. 时间 2020年08月05日 -> date_published. Proposer from the salutation.")
L["f7-27.txt"]=R("关于县政协十一届四次会议第29号提案的答复","玛纳斯县住房和城乡建设局",N,"29","提案",["热合曼·吐尔逊","张建新"],N,"2016-07-08",N,[],
 "Generic salutation 各位委员; proposers named only in '（提案人：热合曼·吐尔逊、张建新）'. Sign-off '（盖章）' stamp note dropped from the issuer. Heat companies doing the survey are not co-handlers. No metadata.")
L["f7-28.txt"]=R("关于区十五届人大三次会议第2014087号建议的答复","北京市通州区园林绿化局","通园函〔2014〕36号","2014087","建议",["郭春生"],N,"2014-06-12","2014-07-02",["区水务局","区城管委"],
 "Issuer only in the letterhead line (title has no prefix, sign-off is a bare Chinese-numeral date). co_handlers from '区水务局、区城管委会办' (read 区城管委 + 会办) / '经与会办单位共同研究'; the lead (我局) excluded. 发布日期 at the foot -> date_published.")
L["f7-29.txt"]=R("关于区政协第十四届三次会议第61号提案的答复","天津市河西区人力资源和社会保障局",N,"61","提案",["九三学社河西区委员会"],N,"2010-08-20","2010-09-02",[],
 "2010 page; 录入时间 is the only page date -> date_published. Party committee as proposer (name keeps 委员会; only personal 代表/委员 titles are dropped). Chinese-numeral sign-off date converted.")
L["f7-30.txt"]=R("七届三次第88号代表建议的答复","上海市松江区规划和自然资源局",N,"88","建议",["沈建新"],N,"2023-09-26","2023-10-17",[],
 "Short heading naming session and number counts as the title (not a bare genre word). Dotted date 2023.10.17 under 主动公开 -> date_published. No salutation; proposer named in the opening sentence. '会同新浜镇人民政府…实地排查' is field work, so no co_handlers.")
L["f7-31.txt"]=R("重庆市江北区城市管理局关于区政协十五届二次会议第156号提案协办意见的函","重庆市江北区城市管理局",N,"156","提案",[],"李文彬","2022-05-10",N,[],
 "协办意见函 to the lead unit (观音桥街道办事处, addressee). signer from '已经李文彬局长审签' (name only). Proposers are not named -> []. The issuer is itself the co-handler and the lead unit is excluded; the joint site visit is field work -> co_handlers [].")
L["f7-32.txt"]=R("關於縣政協十四屆三次會議第68號提案的答覆","酉陽土家族苗族自治縣衛生健康委員會",N,"68","提案",["冉啟明"],N,"2019-08-12","2019-08-21",[],
 "Traditional-character mirror; values as printed. Heading is the only title printing. Page date line '2019-08-21 10:06' -> date_published. Issuer from the sign-off.")
L["f7-33.txt"]=R("关于十三届全国人大三次会议第5123号建议答复的函","国家林业和草原局","林办字〔2020〕188号","5123","建议",["吉木斯","王德顺"],N,"2020-08-21","2020-09-30",["财政部","自然资源部"],
 "Banner '国家林业和草原局政府网' is the portal and 发布机构 the general office (publisher); issuer from the sign-off. '吉木斯、王德顺等5名代表' -> the two named deputies. co_handlers from '经商财政部、自然资源部'.")
L["f7-34.txt"]=R("关于政协十三届全国委员会第四次会议第2231号（工交邮电类298号）提案答复的函","工业和信息化部","工信提函〔2021〕219号","2231","提案",["九三学社中央"],N,"2021-07-26","2021-09-03",["国家发展改革委","科技部"],
 "Pipe table; 标题 and letter title identical. proposal_no is 2231, not the category number 298. co_handlers from '经商国家发展改革委、科技部'; '将会同有关部门' is future work. date_published = 发布日期.")
L["f7-35.txt"]=R("關於對縣十五屆人大四次會議第46號建議的答覆","連山壯族瑤族自治縣住房和城鄉建設局",N,"46","建议",["莫桂蓮"],N,"2019-07-29","2019-08-06",[],
 "Traditional mirror; heading above the table is the title. 發布機構 is the county government office (publisher) and differs from the signing bureau; issuer from the sign-off. 文號 empty -> doc_number null.")
L["f7-36.txt"]=R("對十堰市鄖陽區政協第二屆一次會議第37號提案的答覆","十堰市鄖陽區文化體育局","鄖文體字〔2017〕9號","37","提案",["胡德發","柯小燕"],N,"2017-07-18",N,[],
 "Traditional mirror. doc_number without the trailing 'B類'. Title over two lines with spaced 答　　覆, joined. Two named 委員 in the salutation. 承辦負責人 is not a signer. No page date.")
L["f7-37.txt"]=R("宁波市鄞州区发展和改革局关于区十九届人大四次会议第0214号建议的答复","宁波市鄞州区发展和改革局","鄞发改建〔2019〕27号","0214","建议",["周海波","陈丽君","施国平"],N,"2019-08-15","2019-08-22",["区综合行政执法局"],
 "领衔代表 plus 附议代表 fields: all three named deputies are treated as proposers of the joint suggestion (judgement call; salutation names only the lead). co_handlers from '经与区综合行政执法局研究'. 信息来源 is the publisher label.")
L["f7-38.txt"]=R("关于区政协九届五次会议第1047号提案的答复","福州市仓山区卫生和计划生育局","仓卫〔2016〕41号","1047","提案",["朱晓鸥"],N,"2016-08-30","2016-09-12",[],
 "Page heading '提案答复' is a genre word, not a title; the letter prints none, so title from the 标题 field. doc_number from 文件编号. The hospital 帮扶 arrangement is programme work.")
L["f7-39.txt"]=R("关于市政协十四届二次会议第0209号提案的答复","长春市教育局　长春市财政局",N,"0209","提案",["邹立军"],N,"2022-09-06","2022-09-16",[],
 "Portal heading is truncated ('…的...'); the letter's full title is used. Joint sign-off of two bureaus on one line, kept as printed; no text names either as 会同/协办, so co_handlers [] (judgement call). Proposer from '（提案人：邹立军）'. 来源 is the publisher label.")
L["f7-40.txt"]=R("国家卫生健康委员会关于十四届全国人大一次会议第3318号建议的答复","国家卫生健康委员会","国卫体改建函〔2023〕142号","3318","建议",["宋立新","黄春燕"],N,N,"2023-09-19",["国家医保局"],
 "Partial page: body cut before the sign-off -> issuer from the title prefix, date_signed null. 来源 体制改革司 is an internal department. co_handlers from '经商国家医保局'; '我委会同有关部门印发…评判标准' is past policy work with unnamed units.")
comment=("Gold labels for 40 synthetic reply letters (f7-01…f7-40). Rules: values are copied as printed from the page text after the 4-line front matter; a field not stated is null ([] for lists). "
 "title = the letter's own title (lines joined, layout spaces dropped; own title over a differing portal heading; first full printing when one printing is truncated); when the letter prints none, the page heading, else a metadata 标题/名称/信息名称 field; genre-word headings such as 提案答复 are not titles. "
 "issuer from the sign-off, else the title prefix, else a letterhead line, else a title suffix; portal banners/footers, publishing offices (发布机构/来源), internal departments and contact lines never; only 我局 -> null; a joint signature is kept as printed on its line; a stamp note （盖章） is dropped. "
 "doc_number without a trailing result category (A类/B1类/C類). proposal_no without 第/号, leading zeros kept, the main number not a category number, also taken from the body. kind 提案 (CPPCC) or 建议 (people's congress). "
 "proposers without 代表/委员 titles: only persons named before 等/等N位, all persons in a 代表姓名 or 领衔/附议 list, or the group's name (party committee, delegation, 界别). signer only from 签发人 or an 审签 sentence (name only); 领导签字 left blank, 责任领导, 承办负责人 are not signers. "
 "date_signed from the sign-off date (YYYY-MM-DD, Chinese numerals converted), null when the sign-off is missing; date_published = 发布日期/发布时间, else another page or metadata date (公开日期, 时间, 更新时间, 录入时间, a dated 来源 line), never a date from the letter body or an assignment date (交办日期). "
 "co_handlers only units named as co-handling the reply (会同…研究, 经商, 经与…研究, 协办/会办单位), never the issuer's own unnamed role, the lead unit in a 会办/协办 letter, future cooperation, field or programme work, 抄送/抄报 or upward reporting. "
 "How made: 31 real reply pages found with the search tool were studied for layout only (addresses in README.md); the 40 letters were then written from scratch with invented persons, numbers, document numbers and dates, each imitating one layout; every letter was labelled by hand field by field and checked with check.py.")
gold={"_comment":comment,"letters":L}
json.dump(gold,open('/tmp/fields7/gold.json','w',encoding='utf-8'),ensure_ascii=False,indent=1)
print(len(L))
