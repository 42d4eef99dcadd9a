#!/usr/bin/env python3
"""Validate gold.json against the letters in letters/ beside it (set: fields14, f14-01.txt ... f14-40.txt)."""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers",
        "signer", "date_signed", "date_published", "co_handlers", "_note"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME = re.compile(r"^f14-\d{2}\.txt$")
YEARS = (2010, 2025)
TITLE_WORDS = ("代表", "委员", "委員")
WS = re.compile(r"\s+")  # includes the full-width space U+3000
# 答复单位 / 承办单位 are not publisher labels: f12-34 prints its sign-off as "承办单位：…"
PUBLISHER_LABELS = r"来源|來源|发布机构|發布機構|发布机关|发文机关|發文機關|发文机构|主办[：:]|主辦[：:]|发布人|联系单位|聯系單位|作者|编辑|审核"
FURNITURE_DATES = r"星期|提交日期|提交时间|交办日期|印发"
GENRE = {"提案答复", "建议答复", "答复", "答复函", "提案答覆", "建議答復", "答復", "提案办理结果公开"}
SIGN_LABEL = r"(?:签发人?|签发领导|簽發人?|簽發領導)[：:]\s*"
NUMBER = re.compile(r"^[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*$")  # 1-0213 keeps its hyphen

# the place each letter is set in, as the letter prints it, and as the earlier READMEs would write it
PLACES = {
    "f14-01.txt": ("嫩江", "嫩江"), "f14-02.txt": ("寶清", "宝清"), "f14-03.txt": ("宽城", "宽城"),
    "f14-04.txt": ("香河", "香河"), "f14-05.txt": ("平山", "平山"), "f14-06.txt": ("左权", "左权"),
    "f14-07.txt": ("五寨", "五寨"), "f14-08.txt": ("陵川", "陵川"), "f14-09.txt": ("鄂托克", "鄂托克"),
    "f14-10.txt": ("达拉特", "达拉特"), "f14-11.txt": ("陇县", "陇县"), "f14-12.txt": ("佳县", "佳县"),
    "f14-13.txt": ("吴起", "吴起"), "f14-14.txt": ("两当", "两当"), "f14-15.txt": ("永登", "永登"),
    "f14-16.txt": ("红寺堡", "红寺堡"), "f14-17.txt": ("平罗", "平罗"), "f14-18.txt": ("和靜", "和静"),
    "f14-19.txt": ("巴里坤", "巴里坤"), "f14-20.txt": ("芒康", "芒康"), "f14-21.txt": ("正安", "正安"),
    "f14-22.txt": ("沿河", "沿河"), "f14-23.txt": ("恭城", "恭城"), "f14-24.txt": ("那坡", "那坡"),
    "f14-25.txt": ("澜沧", "澜沧"), "f14-26.txt": ("墨江", "墨江"), "f14-27.txt": ("上犹", "上犹"),
    "f14-28.txt": ("灌南", "灌南"), "f14-29.txt": ("文成", "文成"), "f14-30.txt": ("蒙阴", "蒙阴"),
    "f14-31.txt": ("城步", "城步"), "f14-32.txt": ("马边", "马边"), "f14-33.txt": ("秀嶼", "秀屿"),
    "f14-34.txt": ("始興", "始兴"), "f14-35.txt": ("桐柏", "桐柏"), "f14-36.txt": ("远安", "远安"),
    "f14-37.txt": ("宿松", "宿松"), "f14-38.txt": ("南川", "南川"), "f14-39.txt": ("称多", "称多"),
    "f14-40.txt": ("白沙", "白沙"),
}
TRADITIONAL = {"f14-02.txt", "f14-18.txt", "f14-33.txt", "f14-34.txt"}

CN = {"〇": 0, "○": 0, "零": 0, "0": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
      "六": 6, "七": 7, "八": 8, "九": 9}


def cn_num(s):
    """二〇一八 -> 2018 (digit by digit); 二十一 -> 21 (tens form)."""
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return int("".join(str(CN[c]) for c in s))


def dates_in(text):
    """All dates printed in the text, normalised to YYYY-MM-DD (dashes, slashes, dots, 年月日, spaces)."""
    out = set()
    for y, m, d in re.findall(r"(?<!\d)(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)", text):
        out.add(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    cn = "〇○零0Ｏ一二三四五六七八九十"
    for y, m, d in re.findall(f"([{cn}]{{4}})年([{cn}]{{1,3}})月([{cn}]{{1,3}})日", text):
        out.add(f"{cn_num(y):04d}-{cn_num(m):02d}-{cn_num(d):02d}")
    return out


def page_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    head = lines[:4]
    errs = []
    if head[0] != "source_url: made-up (fields14)" or not head[1].startswith("layout: ") \
            or head[2] != "note: synthetic content" or head[3] != "---":
        errs.append("bad front matter (4 lines)")
    return "\n".join(lines[4:]), errs


def earlier_readmes():
    """Text of every made_up/*/README.md except this set's own."""
    out = []
    for p in sorted(glob.glob(os.path.join(HERE, "..", "*", "README.md"))):
        if os.path.abspath(os.path.dirname(p)) != HERE:
            out.append(open(p, encoding="utf-8").read())
    return "\n".join(out)


def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    errors = []
    if not isinstance(gold.get("_comment"), str) or not gold["_comment"]:
        errors.append("missing _comment")
    letters = gold.get("letters", {})
    files = sorted(f for f in os.listdir(os.path.join(HERE, "letters")) if f.endswith(".txt"))
    for f in files:
        if f not in letters:
            errors.append(f"{f}: not in gold")
        if not NAME.match(f):
            errors.append(f"{f}: file name not of the form f14-NN.txt")
    expected = [f"f14-{i:02d}.txt" for i in range(1, 41)]
    if files != expected:
        errors.append(f"letters/ holds {len(files)} files, expected f14-01.txt ... f14-40.txt")
    readmes = earlier_readmes()
    for name, rec in sorted(letters.items()):
        path = os.path.join(HERE, "letters", name)
        if not os.path.exists(path):
            errors.append(f"{name}: letter file missing")
            continue
        text, herr = page_text(path)
        errors += [f"{name}: {e}" for e in herr]
        n = len(text)  # the letter/page text after the 4-line front matter
        if not 400 <= n <= 1300:
            errors.append(f"{name}: letter length {n} outside 400-1300")
        flat = WS.sub("", text)
        lines = text.split("\n")
        missing = [k for k in KEYS if k not in rec]
        extra = [k for k in rec if k not in KEYS]
        if missing:
            errors.append(f"{name}: missing keys {missing}")
        if extra:
            errors.append(f"{name}: unexpected keys {extra}")
        for k in ("date_signed", "date_published"):
            v = rec.get(k)
            if v is not None and not (isinstance(v, str) and DATE.match(v)):
                errors.append(f"{name}: {k}={v!r} not YYYY-MM-DD")
            if isinstance(v, str) and DATE.match(v) and v not in dates_in(text):
                errors.append(f"{name}: {k}={v} not printed in the letter")
            if isinstance(v, str) and DATE.match(v):
                y, m, d = map(int, v.split("-"))
                if not (YEARS[0] <= y <= YEARS[1] and 1 <= m <= 12 and 1 <= d <= 31):
                    errors.append(f"{name}: {k}={v} out of range")
        kind = rec.get("kind")
        if kind not in ("提案", "建议", None):
            errors.append(f"{name}: kind={kind!r}")
        # a people's-congress page (人大) is a 建议 even when it says 议案 or 意见; a CPPCC page (政协) is a 提案
        t = rec.get("title") or ""
        if re.search(r"政协|政協", t) and kind != "提案" or re.search(r"人大|人民代表大会|人民代表大會", t) and kind != "建议":
            errors.append(f"{name}: kind={kind!r} disagrees with the title's session")
        for k in ("proposers", "co_handlers"):
            v = rec.get(k)
            if not isinstance(v, list):
                errors.append(f"{name}: {k} is not a list")
                continue
            if len(set(v)) != len(v):
                errors.append(f"{name}: {k} has duplicates")
            for item in v:
                # proposers may drop layout spaces padded inside a name (杨　丽 -> 杨丽)
                present = item in text or (k == "proposers" and isinstance(item, str) and item in flat)
                if not isinstance(item, str) or not item or not present:
                    errors.append(f"{name}: {k} item {item!r} not in text")
                elif WS.search(item):
                    errors.append(f"{name}: {k} item {item!r} keeps whitespace")
                elif k == "proposers" and (item.endswith(TITLE_WORDS) or "*" in item):
                    errors.append(f"{name}: proposer {item!r} carries a title or is masked")
                elif k == "co_handlers" and item == rec.get("issuer"):
                    errors.append(f"{name}: co_handler {item!r} is the issuer")
        title = rec.get("title")
        if title is not None and (not isinstance(title, str) or WS.sub("", title) not in flat):
            errors.append(f"{name}: title not in text (whitespace removed)")
        if isinstance(title, str) and WS.sub("", title) in GENRE:
            errors.append(f"{name}: title {title!r} is a genre word or section heading, not a title")
        if isinstance(title, str) and ("…" in title or "..." in title):
            errors.append(f"{name}: title {title!r} is a truncated printing")
        if isinstance(title, str):
            for i, ln in enumerate(lines):  # a result table's 提案标题 value names the proposal, not the reply
                if ln.strip() == "提案标题" and i + 1 < len(lines) and WS.sub("", lines[i + 1]) == WS.sub("", title):
                    errors.append(f"{name}: title taken from a 提案标题 cell")
        s = rec.get("signer")
        if isinstance(s, str) and s in text and not (
                re.search(SIGN_LABEL + re.escape(s), text)
                or any(s in line and re.search(r"审签|審簽|签发|簽發", line) for line in lines)):
            errors.append(f"{name}: signer {s!r} is neither after a 签发 label nor in an 审签/签发 note")
        iss = rec.get("issuer")
        if isinstance(iss, str) and iss in text and not any(
                iss in ln and not re.search(PUBLISHER_LABELS, ln) for ln in lines):
            errors.append(f"{name}: issuer {iss!r} printed only in a publisher/source/contact line")
        for c in rec.get("co_handlers") or []:
            if isinstance(c, str) and c in text and not any(
                    c in ln and not re.search(r"抄送|抄报|抄　报|^报[：:]", ln) for ln in lines):
                errors.append(f"{name}: co_handler {c!r} printed only in a 抄送/抄报 line")
            if isinstance(c, str) and any(c in ln and "分办" in ln for ln in lines):
                errors.append(f"{name}: co_handler {c!r} is named in a 分办 sentence")
        dp = rec.get("date_published")
        if isinstance(dp, str) and DATE.match(dp) and not any(
                dp in dates_in(ln) and not re.search(FURNITURE_DATES, ln) for ln in lines):
            errors.append(f"{name}: date_published {dp} printed only as furniture/交办/印发 date")
        dn = rec.get("doc_number")
        if isinstance(dn, str) and (re.search(r"[A-Da-d][0-9]?[类類][）)]?$", dn) or re.search(r"[A-Da-d][0-9]?[类類]|同意公开|同意公開", dn)):
            errors.append(f"{name}: doc_number keeps a trailing category")
        if isinstance(dn, str) and re.search(r"[：:]|^(文号|文　　号|发布日期)", dn):
            errors.append(f"{name}: doc_number {dn!r} holds a label")
        for k in ("issuer", "doc_number", "signer"):
            v = rec.get(k)
            if v is not None and (not isinstance(v, str) or v not in text):
                errors.append(f"{name}: {k}={v!r} not in text")
        p = rec.get("proposal_no")
        if p is not None:
            # full-width digits read as ASCII; the doc number is taken out first, so a number printed
            # only inside it (…〔2025〕第12号) does not count; a bare line under an answer card's session
            # line counts (f11-27)
            ntext = unicodedata.normalize("NFKC", text)
            if isinstance(dn, str):
                ntext = ntext.replace(unicodedata.normalize("NFKC", dn), " ")
            cn_nos = {str(cn_num(m)) for m in re.findall(r"第([〇零一二三四五六七八九十]+)[号號]", ntext)}
            bare = any(ln.strip() == p and i > 0 and re.search(r"会议$", lines[i - 1].strip())
                       for i, ln in enumerate(lines))
            if not (isinstance(p, str) and NUMBER.match(p)):
                errors.append(f"{name}: proposal_no={p!r} not digits/letters (hyphen allowed inside)")
            elif p in cn_nos or bare:
                pass
            elif not re.search(r"(?:第|〕|(?<![0-9A-Za-z-]))" + re.escape(p) + r"[号號]", ntext):
                errors.append(f"{name}: proposal_no={p!r} not in text (outside the doc number)")
            elif not re.search(r"(?:第|〕|(?<![0-9A-Za-z类類-]))" + re.escape(p) + r"[号號]", ntext):
                errors.append(f"{name}: proposal_no={p!r} printed only as a category number (…类{p}号)")
            if isinstance(p, str) and p in {d.replace("-", "") for d in (rec.get("date_signed"), rec.get("date_published")) if d}:
                errors.append(f"{name}: proposal_no {p} equals a labelled date")
        if isinstance(iss, str) and re.search(r"[网網]站$", iss):
            errors.append(f"{name}: issuer {iss!r} is a site name")
        if isinstance(title, str) and isinstance(dn, str) and dn in title:
            errors.append(f"{name}: title keeps the doc number {dn!r}")
        ds = rec.get("date_signed")

        def sign_line(ln):
            """An unlabelled line holding date_signed, or (a reply set in one table cell, f12-03) a line where
            the date follows the issuer with no label between them."""
            if ds not in dates_in(ln) or "印发" in ln:
                return False
            if not re.search(r"[：:]", ln):
                return True
            return isinstance(iss, str) and iss in ln and ds in dates_in(ln.rsplit(iss, 1)[1]) \
                and not re.search(r"[：:]", ln.rsplit(iss, 1)[1])
        if isinstance(ds, str) and DATE.match(ds) and not any(sign_line(ln) for ln in lines):
            errors.append(f"{name}: date_signed {ds} printed only after a label or on an 印发 line (not a sign-off line)")
        if isinstance(ds, str) and isinstance(dp, str) and DATE.match(dp):
            # the sign-off is the last unlabelled line holding date_signed (a label/value table can print
            # the same date higher up); a date_published below it must be this letter's own table cell
            # (the line above it is a bare 答复时间/答复日期 label), not a second letter's furniture
            signs = [i for i, ln in enumerate(lines) if sign_line(ln)]
            first_sign = signs[-1] if signs else None
            own_cell = any(dp in dates_in(ln) and i > 0 and lines[i - 1].strip() in ("答复时间", "答复日期")
                           for i, ln in enumerate(lines))
            if first_sign is not None and not own_cell and not any(dp in dates_in(ln) for ln in lines[:first_sign + 1]):
                errors.append(f"{name}: date_published {dp} printed only below the sign-off (another letter's furniture?)")
        for c in rec.get("co_handlers") or []:
            # a card row may print the lead unit (the issuer) and the 会办 unit side by side (f13-06, f13-31)
            if isinstance(c, str) and isinstance(iss, str) and c in text and not any(
                    c in ln and (iss not in ln or re.search(r"会办|會辦|协办|協辦", ln)) for ln in lines):
                errors.append(f"{name}: co_handler {c!r} printed only on the issuer's sign-off line (a co-signer)")
        # checks added for fields11: places, traditional pages, a second letter's items
        printed, as_written = PLACES.get(name, (None, None))
        if printed is None:
            errors.append(f"{name}: no place recorded")
        else:
            if printed not in text:
                errors.append(f"{name}: place {printed!r} not printed in the letter")
            if as_written in readmes:
                errors.append(f"{name}: place {as_written!r} already named in an earlier set's README")
        is_trad = bool(re.search(r"關於|號|議|縣", text))
        if is_trad != (name in TRADITIONAL):
            errors.append(f"{name}: traditional-character page expected={name in TRADITIONAL}, found={is_trad}")
        cut = next((i for i, ln in enumerate(lines) if re.match(r"(上一篇|相关信息|【打印】【关闭】)", ln)), None)
        if cut is not None:
            tail = "\n".join(lines[cut + 1:])
            for k in ("proposers", "co_handlers"):
                for item in rec.get(k) or []:
                    if isinstance(item, str) and item in tail and item not in "\n".join(lines[:cut]):
                        errors.append(f"{name}: {k} item {item!r} comes from the second letter below the first")
        # checks added for fields12
        if isinstance(title, str):
            # a title must be printed on some line that is not a card field naming the proposal
            # (题目/提案标题/建议标题/信息名称), nor only as the value line under a bare 提案标题 label
            ft = WS.sub("", title)
            name_field = r"^\W*(题\s*目|提案标题|建议标题|信息名称|提案题目|建议题目|案\s*由)\s*[：:|]"
            ok = False
            for i, ln in enumerate(lines):
                # fields14: an 信息名称 whose value is the reply itself (…的答复/复函) is a title field (f14-14)
                reply_name = re.search(r"^\W*信息名称", ln.strip()) and re.search(r"答复|复函|答復|復函", ln)
                if ft in WS.sub("", ln) and (reply_name or not re.search(name_field, ln.strip())) and not (
                        i > 0 and lines[i - 1].strip() in ("提案标题", "建议标题", "信息名称")):
                    ok = True
            joined_ok = ft in WS.sub("", "".join(ln for ln in lines if not re.search(name_field, ln.strip())))
            if not (ok or joined_ok):
                errors.append(f"{name}: title printed only as a card field naming the proposal")
        p2 = rec.get("proposal_no")
        if isinstance(p2, str):
            sib = [ln for ln in lines if re.match(r"(上一篇|下一篇|上一条|下一条|上一條|下一條)", ln.strip())]
            rest = "\n".join(ln for ln in lines if ln not in sib)
            if p2 not in rest:
                errors.append(f"{name}: proposal_no {p2} printed only in a 上一篇/下一篇 line")
        for c in rec.get("co_handlers") or []:
            if not isinstance(c, str):
                continue
            # a co-handler is named where the reply is worked out with it (经商/研究/会商/会办/协办), or in a
            # card's 会办/会办单位 cell or column; never only as the lead unit (由X主办) or in field work
            where = [i for i, ln in enumerate(lines) if c in ln]
            good = [i for i in where if re.search(r"经商|經商|研究|会商|会办|會辦|协办|協辦", lines[i])
                    or (i > 0 and re.search(r"会办|會辦", lines[i - 1]))]
            if where and not good:
                errors.append(f"{name}: co_handler {c!r} is not named as co-handling the reply")
            if any(re.search(r"由" + re.escape(c) + r"主办", ln) for ln in lines):
                errors.append(f"{name}: co_handler {c!r} is the lead unit of a 会办 reply")
        for c in rec.get("co_handlers") or []:
            if isinstance(c, str) and isinstance(iss, str) and re.sub(r"^[县旗区市縣]", "", c) in iss:
                errors.append(f"{name}: co_handler {c!r} co-signs the reply (part of a joint issuer)")
        for item in rec.get("proposers") or []:
            if isinstance(item, str) and re.search(r"[、，,]", item):
                errors.append(f"{name}: proposer {item!r} joins several names")
            # a delegation is a proposer only when the reply is addressed to it (f13-35 "汪岗镇代表团：")
            if isinstance(item, str) and re.search(r"代表团$", item) and not any(
                    ln.strip().startswith(item + "：") for ln in lines):
                errors.append(f"{name}: proposer {item!r} is a delegation printed beside a deputy's name")
        dp2 = rec.get("date_published")
        if isinstance(dp2, str) and DATE.match(dp2) and all(
                re.search(r"交办日期|提交时间|提交日期", ln) for ln in lines if dp2 in dates_in(ln)):
            errors.append(f"{name}: date_published {dp2} is an assignment or submission date")
        # checks added for fields13
        dp3 = rec.get("date_published")
        if isinstance(dp3, str) and DATE.match(dp3):
            def cw_line(i):
                """line i prints a 成文日期 value: on the label's own line or on the line after a bare label"""
                ln = lines[i]
                return bool(re.search(r"成文日期|成文时间", ln) and not re.search(r"发布|發布", ln)) or (
                    i > 0 and re.search(r"成文日期|成文时间", lines[i - 1]) and not dates_in(lines[i - 1]))
            # lines printing the date under a label (the unlabelled sign-off line may print the same date)
            holders = [i for i, ln in enumerate(lines) if dp3 in dates_in(ln) and (
                re.search(r"[：:]", ln) or (i > 0 and re.search(r"[：:]\s*$", lines[i - 1])))]
            cw_only = bool(holders) and all(cw_line(i) for i in holders)
            pub_dates = set()
            for i, ln in enumerate(lines):
                if re.search(r"发布日期|发布时间|發布日期|發布時間", ln):
                    pub_dates |= dates_in(ln)
                elif i > 0 and re.search(r"发布日期|發布日期", lines[i - 1]) and not dates_in(lines[i - 1]):
                    pub_dates |= dates_in(ln)
            if cw_only and pub_dates:
                errors.append(f"{name}: date_published {dp3} is the 成文日期 although a 发布日期 is printed")
        for item in rec.get("proposers") or []:
            if isinstance(item, str) and re.search(r"所属代表团\s*[|：:]\s*" + re.escape(item), text):
                errors.append(f"{name}: proposer {item!r} printed only as a deputy's delegation cell")
        # checks added for fields14
        s14 = rec.get("signer")
        if isinstance(s14, str):
            for i, ln in enumerate(lines):
                if s14 in ln and re.search(r"^[（(]\s*(签发|簽發)[：:]", ln.strip()) and any(
                        re.search(r"^[（(]\s*(编辑|審核|审核|編輯)[：:]", x.strip()) for x in lines[max(0, i - 3):i]):
                    errors.append(f"{name}: signer {s14!r} comes from the web editorial chain (编辑/审核/签发), not the letter")
                if s14 in ln and re.search(r"审核人|審核人|承办负责人|承辦負責人|承办人|经办人|责任编辑", ln):
                    errors.append(f"{name}: signer {s14!r} printed on a 审核人/承办/经办/编辑 line")
        if isinstance(iss, str) and iss in text and not any(
                iss in ln and not re.search(PUBLISHER_LABELS + r"|版权|版權|联系方式|聯系方式", ln) for ln in lines):
            errors.append(f"{name}: issuer {iss!r} printed only in portal furniture")
        # every name in a 提案人/建议人 field (names one per line under a bare label, or continued on indented lines)
        props = rec.get("proposers") or []
        for i, ln in enumerate(lines):
            m = re.match(r"^\s*(提案人|建议人|建議人|提出人)\s*([：:]?)\s*(.*)$", ln)
            if not m:
                continue
            names = [x for x in re.split(r"[\s　]+", m.group(3)) if x]
            j = i + 1
            while j < len(lines) and re.fullmatch(r"[\s　]*(?:[\u4e00-\u9fff·]{2,8}[\s　]*)+", lines[j]) and (
                    lines[j][:1] in " 　" or not m.group(2)) and not re.search(r"单位|單位|办理|辦理|结果|結果", lines[j]):
                names += [x for x in re.split(r"[\s　]+", lines[j]) if x]
                j += 1
            for nm in names:
                if nm not in props:
                    errors.append(f"{name}: {nm!r} from the {m.group(1)} field missing from proposers")
        # a reply worked out with a named unit (经商X / 经与X研究 / 会同X对提案|建议进行了研究) has co_handlers
        if not rec.get("co_handlers") and any(re.search(
                r"经商[县区市旗縣區]|經商[縣區市旗]|经与[县区市旗].{0,20}研究|經與[縣區市旗].{0,20}研究|会同[县区市旗][^。，]{0,25}(对提案|对建议)?进行了(认真|专题)?研究|會同[縣區市旗][^。，]{0,25}進行了(認真|專題)?研究",
                ln) for ln in lines):
            errors.append(f"{name}: the letter names a unit it worked the reply out with, but co_handlers is empty")
        # a 会办单位/协办单位 line or cell that names a unit means the reply has co_handlers (f14-03, f14-06, f14-22)
        for ln in lines:
            m = re.search(r"(会办单位|协办单位|會辦單位|協辦單位)\s*[：:|]\s*([^|\s][^|]*)", ln)
            if m and re.search(r"[局委办中心队所院站社]", m.group(2)) and not rec.get("co_handlers"):
                errors.append(f"{name}: a {m.group(1)} cell names {m.group(2).strip()!r}, but co_handlers is empty")
        # a card's 答复时间 is a page date only when no 发布时间/发布日期 is printed (f14-37)
        dp4 = rec.get("date_published")
        if isinstance(dp4, str) and DATE.match(dp4):
            pub = any(re.search(r"发布时间|发布日期|發布時間|發布日期", ln) and dates_in(ln) for ln in lines)
            holders4 = [ln for ln in lines if dp4 in dates_in(ln) and re.search(r"[：:]", ln)]
            if pub and holders4 and all(re.search(r"答复时间|答复日期|答復時間", ln) for ln in holders4):
                errors.append(f"{name}: date_published {dp4} is the card's 答复时间 although a 发布时间 is printed")
        if not isinstance(rec.get("_note"), str) or not rec.get("_note"):
            errors.append(f"{name}: empty _note")
    places = [PLACES[f][1] for f in PLACES]
    if len(set(places)) != len(places):
        errors.append("two letters share a place")
    if len(TRADITIONAL) != 4:  # f14-02, f14-18, f14-33, f14-34
        errors.append("expected 4 traditional-character pages")
    for e in errors:
        print(e)
    print(f"{len(letters)} letters checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
