import json
meta = {  # file: (province, level, year, short layout)
"f6-01.txt":("全国（水利部）","ministry",2021,"alternating key/value lines + 标题 field"),
"f6-02.txt":("全国（交通运输部）","ministry",2019,"| table, 2 pairs per row; category no. beside proposal no."),
"f6-03.txt":("全国（国家中医药管理局）","ministry",2024,"gov.cn-style chrome; sign-off cut (partial)"),
"f6-04.txt":("广东","province",2016,"• bullet metadata; 协办单位 line; 抄送"),
"f6-05.txt":("浙江","province",2018,"B marker + doc no. + 签发人 above title; 〇 date"),
"f6-06.txt":("四川","province",2022,"会办意见 by co-handler to lead unit"),
"f6-07.txt":("湖北","province",2013,"portal chrome 字号/打印本页/关闭窗口; title over 2 lines"),
"f6-08.txt":("西藏","province",2020,"| metadata table with 标题 row; short sign-off"),
"f6-09.txt":("山东","province",2025,"alternating key/value lines; 审签; 生成日期"),
"f6-10.txt":("江苏","city",2015,"xmrd-style chrome; 第56号（C类）"),
"f6-11.txt":("福建","city",2017,"doc no. + 办理结果 top; 领导署名; 印发 line; no title"),
"f6-12.txt":("河南","city",2023,"genre heading only; body printed twice; 来源 only"),
"f6-13.txt":("湖南","city",2021,"doc no. + B1类 + 同意公开; 承办负责人; 报/抄送"),
"f6-14.txt":("辽宁","city",2012,"portal name + 信息来源/点击; 类别：A; group"),
"f6-15.txt":("广西","city",2019,"one-line ｜ metadata; 7-digit no.; short sign-off"),
"f6-16.txt":("黑龙江","city",2024,"答　复 spaced; 〇 date; chrome 浏览次数/字号"),
"f6-17.txt":("陕西","city",2016,"joint reply, two units on one sign-off line"),
"f6-18.txt":("甘肃","city",2018,"key：value one per line; 会同 + future 将会同"),
"f6-19.txt":("江西","city",2020,"partial: no title, no salutation name, no sign-off"),
"f6-20.txt":("吉林","city",2013,"misleading portal heading; letterhead; 签发人; date-only sign-off"),
"f6-21.txt":("山西","city",2014,"会办意见 to lead unit; 〇 date"),
"f6-22.txt":("云南","county",2025,"alternating lines, empty 文号; title with layout spaces"),
"f6-23.txt":("贵州","county",2017,"A类 + 签发人; 第D022号; 〇 date"),
"f6-24.txt":("安徽","county",2022,"issuer only as title suffix; 办复类别; no sign-off"),
"f6-25.txt":("河北","county",2012,"early portal chrome; short title prefix vs full sign-off"),
"f6-26.txt":("内蒙古","county",2016,"标题 field only (no heading); 发布机构 = gov office"),
"f6-27.txt":("宁夏","county",2019,"| table with 标题 row; 签发人; 会同"),
"f6-28.txt":("新疆","county",2021,"genre heading 答　复　函; 审核人 after date"),
"f6-29.txt":("青海","county",2023,"主办单位/协办单位 line; 〇 date"),
"f6-30.txt":("北京","district",2015,"[bracketed] metadata keys; 经商"),
"f6-31.txt":("天津","district",2022,"审签; short sign-off; group proposer"),
"f6-32.txt":("重庆","district",2020,"• bullets, title printed 3×, 建议的 答复函"),
"f6-33.txt":("上海","district",2025,"PDF copy: A + doc no. + 签发人; short sign-off"),
"f6-34.txt":("海南","district",2018,"cppcc-style chrome; sign-off cut; issuer in title only"),
"f6-35.txt":("江苏","district",2012,"truncated list heading before full title; 〇 date"),
"f6-36.txt":("湖北","district",2016,"相关文件 line (not title); 协办单位 in body"),
"f6-37.txt":("浙江","township",2024,"town government, 发布时间/浏览次数"),
"f6-38.txt":("山东","township",2019,"街道 reply; title over 2 lines"),
"f6-39.txt":("四川","township",2013,"发布单位 = county office; 答 复 spaced; 〇 date"),
"f6-40.txt":("江西","township",2021,"签发人; 第09号; 协办单位 in body; no page metadata"),
}
g = json.load(open("gold.json"))["letters"]
F = ["title","issuer","doc_number","proposal_no","kind","proposers","signer","date_signed","date_published","co_handlers"]
rows = ["| file | province | level | year | kind | layout | fields absent (null / []) |","|---|---|---|---|---|---|---|"]
for n in sorted(g):
    p,l,y,lay = meta[n]; r = g[n]
    absent = [k for k in F if r[k] in (None, [])]
    rows.append(f"| {n} | {p} | {l} | {y} | {r['kind']} | {lay} | {', '.join(absent) or '—'} |")
print("\n".join(rows))
print()
print("| field | stated | null/[] |\n|---|---|---|")
for k in F:
    s = sum(1 for r in g.values() if r[k] not in (None, []))
    print(f"| {k} | {s} | {40-s} |")
