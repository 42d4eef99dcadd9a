#!/usr/bin/env python3
"""Validate gold.json against the letters in letters/ beside it (set: fields25, f25-01.txt ... f25-40.txt).
Adapted from fields24's check.py (itself grown from fields11-fields23's); the checks added for fields25 are at the
end of the loop, and earlier checks widened for fields25's shapes are marked "fields25". Letter references
in the comments of older checks (f17-…, f22-…) name the earlier sets' letters that led to them."""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers",
        "signer", "date_signed", "date_published", "co_handlers", "_note"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME = re.compile(r"^f25-\d{2}\.txt$")
YEARS = (2010, 2025)
TITLE_WORDS = ("代表", "委员", "委員")
WS = re.compile(r"\s+")  # includes the full-width space U+3000
# 答复单位 / 承办单位 are not publisher labels: f12-34 prints its sign-off as "承办单位：…"
PUBLISHER_LABELS = r"来源|來源|发布机构|發布機構|发布机关|发文机关|發文機關|发文机构|主办[：:]|主辦[：:]|发布人|联系单位|聯系單位|作者|编辑|审核"
FURNITURE_DATES = r"星期|提交日期|提交时间|交办日期|印发|反馈时间"
GENRE = {"提案答复", "建议答复", "答复", "答复函", "提案答覆", "建議答復", "答復", "提案办理结果公开",
         "人大代表建议答复", "政协提案答复", "代表建议答复", "提案办理"}
SIGN_LABEL = r"(?:签发人?|签发领导|簽發人?|簽發領導)(?:[：:]|】)\s*"  # fields18: 【签发人】 card field (f18-03)
NUMBER = re.compile(r"^[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*$")  # 1-0213 keeps its hyphen

# the place each letter is set in, as the letter prints it, and as the earlier READMEs would write it
PLACES = {
    "f25-01.txt": ('怀安', '怀安'),
    "f25-02.txt": ('顺平', '顺平'),
    "f25-03.txt": ('曲周', '曲周'),
    "f25-04.txt": ('天镇', '天镇'),
    "f25-05.txt": ('万荣', '万荣'),
    "f25-06.txt": ('扎鲁特旗', '扎鲁特旗'),
    "f25-07.txt": ('鄂托克旗', '鄂托克旗'),
    "f25-08.txt": ('鸡东', '鸡东'),
    "f25-09.txt": ('船营', '船营'),
    "f25-10.txt": ('宁江', '宁江'),
    "f25-11.txt": ('婺城', '婺城'),
    "f25-12.txt": ('吴兴', '吴兴'),
    "f25-13.txt": ('谯城', '谯城'),
    "f25-14.txt": ('裕安', '裕安'),
    "f25-15.txt": ('涵江', '涵江'),
    "f25-16.txt": ('薌城', '芗城'),
    "f25-17.txt": ('袁州', '袁州'),
    "f25-18.txt": ('信州', '信州'),
    "f25-19.txt": ('寒亭', '寒亭'),
    "f25-20.txt": ('牟平', '牟平'),
    "f25-21.txt": ('通許', '通许'),
    "f25-22.txt": ('偃师', '偃师'),
    "f25-23.txt": ('郧阳', '郧阳'),
    "f25-24.txt": ('襄州', '襄州'),
    "f25-25.txt": ('渌口', '渌口'),
    "f25-26.txt": ('大祥', '大祥'),
    "f25-27.txt": ('清新区', '清新区'),
    "f25-28.txt": ('云安', '云安'),
    "f25-29.txt": ('覃塘', '覃塘'),
    "f25-30.txt": ('金城江', '金城江'),
    "f25-31.txt": ('恩阳', '恩阳'),
    "f25-32.txt": ('龙马潭', '龙马潭'),
    "f25-33.txt": ('七星关', '七星关'),
    "f25-34.txt": ('昭阳', '昭阳'),
    "f25-35.txt": ('陈仓', '陈仓'),
    "f25-36.txt": ('商州', '商州'),
    "f25-37.txt": ('甘州', '甘州'),
    "f25-38.txt": ('金凤', '金凤'),
    "f25-39.txt": ('伊州', '伊州'),
    "f25-40.txt": ('淮阴', '淮阴'),
}
TRADITIONAL = {"f25-16.txt", "f25-21.txt", "f25-30.txt", "f25-37.txt"}
BREADCRUMB = r"^\s*(当前位置|您当前的位置|您当前所在的位置|當前位置|首页\s*[>＞]|首頁\s*[>＞])"

CN = {"〇": 0, "○": 0, "零": 0, "0": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
      "六": 6, "七": 7, "八": 8, "九": 9}


def cn_num(s):
    """二〇一八 -> 2018 (digit by digit); 二十一 -> 21 (tens form)."""
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return int("".join(str(CN[c]) for c in s))


def cn_num25(s):
    """fields25: Chinese numerals with 百 too: 一百零六 -> 106, 一百二十三 -> 123, 四十七 -> 47, 二〇二三 -> 2023."""
    if "百" in s:
        a, _, b = s.partition("百")
        rest = b.lstrip("零〇")
        return (CN[a] if a else 1) * 100 + (cn_num(rest) if rest else 0)
    return cn_num(s)


def dates_in(text):
    """All dates printed in the text, normalised to YYYY-MM-DD (dashes, slashes, dots, 年月日, spaces)."""
    out = set()
    for y, m, d in re.findall(r"(?<!\d)(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})(?!\d)", text):
        out.add(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    cn = "〇○零0Ｏ一二三四五六七八九十"
    for y, m, d in re.findall(f"([{cn}]{{4}})年([{cn}]{{1,3}})月([{cn}]{{1,3}})日", text):
        out.add(f"{cn_num(y):04d}-{cn_num(m):02d}-{cn_num(d):02d}")
    # fields15: a sign-off date printed run together on its own line (20220805, f15-07)
    for y, m, d in re.findall(r"(?m)^[\s　]*(20\d{2})(\d{2})(\d{2})[\s　]*$", text):
        if 1 <= int(m) <= 12 and 1 <= int(d) <= 31:
            out.add(f"{y}-{m}-{d}")
    return out


def page_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    head = lines[:4]
    errs = []
    if head[0] != "source_url: made-up (fields25)" or not head[1].startswith("layout: ") \
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
            errors.append(f"{f}: file name not of the form f25-NN.txt")
    expected = [f"f25-{i:02d}.txt" for i in range(1, 41)]
    if files != expected:
        errors.append(f"letters/ holds {len(files)} files, expected f25-01.txt ... f25-40.txt")
    readmes = earlier_readmes()
    for name, rec in sorted(letters.items()):
        path = os.path.join(HERE, "letters", name)
        if not os.path.exists(path):
            errors.append(f"{name}: letter file missing")
            continue
        text, herr = page_text(path)
        errors += [f"{name}: {e}" for e in herr]
        n = len(text)  # the letter/page text after the 4-line front matter
        if not 400 <= n <= 600:  # fields17: 400-600 characters of page text
            errors.append(f"{name}: letter length {n} outside 400-600")
        lines = text.split("\n")
        # fields17: a title may be printed in two halves with a breadcrumb line between them (f17-03, f17-31)
        flat = WS.sub("", "\n".join(ln for ln in lines if not re.match(BREADCRUMB, ln)))
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
                re.search(SIGN_LABEL + re.escape(s), text) or re.search(SIGN_LABEL + re.escape(s), flat)
                or any(s in line and re.search(r"审签|審簽|签发|簽發", line) for line in lines)
                or any(re.fullmatch(r"\s*(局长|局長)[：:]\s*" + re.escape(s) + r"\s*", line) for line in lines)):  # fields24 (f24-04, f24-25, f24-39)
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
            if v is not None and (not isinstance(v, str) or v not in text) and not (
                    k == "signer" and isinstance(v, str) and v in flat):  # fields20: 周　强 -> 周强 (f20-10)
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
            elif p in cn_nos or bare or re.search(r"(提案号|建议号|提案编号|建议编号|案\s*号)】?\s*[：:|]?\s*(第)?" + re.escape(p) + r"(?![0-9])", ntext):  # fields17: card value (f17-13); fields25: a pipe cell (f25-19)
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
            # fields17: a 文件信息 block after the sign-off is this page's own metadata (f17-05, f17-21, f17-37)
            info = next((i for i, ln in enumerate(lines) if re.fullmatch(r"\s*【?文件信息】?\s*", ln)), None)
            own_cell = own_cell or (info is not None and any(dp in dates_in(ln) and re.search(r"发布日期|發布日期", ln) for ln in lines[info:]))
            last = [ln for ln in lines if ln.strip()]
            own_cell = own_cell or bool(last and dp in dates_in(last[-1]) and re.match(r"\s*(发布日期|发布时间|發布日期|發布時間)[：:]", last[-1]))  # fields20 (f20-37)
            if first_sign is not None and not own_cell and not any(dp in dates_in(ln) for ln in lines[:first_sign + 1]):
                errors.append(f"{name}: date_published {dp} printed only below the sign-off (another letter's furniture?)")
        for c in rec.get("co_handlers") or []:
            # a card row may print the lead unit (the issuer) and the 会办 unit side by side (f13-06, f13-31)
            if isinstance(c, str) and isinstance(iss, str) and c in text and not any(
                    c in ln and (iss not in ln or re.search(r"会办|會辦|协办|協辦", ln)) for ln in lines) and not any(  # fields25: a value row under a 主办单位 | 协办单位 header row (f25-12)
                    c in ln and k > 0 and re.search(r"协办单位|協辦單位|会办单位|會辦單位", lines[k - 1]) for k, ln in enumerate(lines)):
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
            joined_ok = ft in WS.sub("", "".join(ln for ln in lines if not re.search(name_field, ln.strip()) and not re.match(BREADCRUMB, ln)))
            if not (ok or joined_ok):
                errors.append(f"{name}: title printed only as a card field naming the proposal")
        p2 = rec.get("proposal_no")
        if isinstance(p2, str):
            sib = [ln for ln in lines if re.match(r"(上一篇|下一篇|上一条|下一条|上一條|下一條)", ln.strip())]
            rest = "\n".join(ln for ln in lines if ln not in sib)
            cn_rest = {str(cn_num(x)) for x in re.findall(r"第([〇零一二三四五六七八九十]+)[号號]", rest)}  # fields20 (f20-26)
            if p2 not in rest and p2 not in cn_rest:
                errors.append(f"{name}: proposal_no {p2} printed only in a 上一篇/下一篇 line")
        for c in rec.get("co_handlers") or []:
            if not isinstance(c, str):
                continue
            # a co-handler is named where the reply is worked out with it (经商/研究/会商/会办/协办), or in a
            # card's 会办/会办单位 cell or column; never only as the lead unit (由X主办) or in field work
            where = [i for i, ln in enumerate(lines) if c in ln]
            good = [i for i in where if re.search(r"经商|經商|研究|会商|会办|會辦|协办|協辦|征求.{0,30}意见|徵求", lines[i])  # fields17: 经征求X意见
                    or (i > 0 and re.search(r"会办|會辦|协办单位|協辦單位", lines[i - 1]))]  # fields25: 协办单位 header row (f25-12)
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
                    ln.strip().startswith(item + "：") or re.search(r"\|\s*" + re.escape(item) + "：", ln)  # fields21: addressed at the start of a cell (f21-25)
                    for ln in lines):
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
                # fields23: a 签发人 / 领导签发 label with 承办人 / 经办人 beside it on the same line or row (f23-10, f23-24)
                if s14 in ln and re.search(r"审核人|審核人|承办负责人|承辦負責人|承办人|经办人|责任编辑", ln) and not re.search(
                        r"(?:签发人?|签发领导|领导签发|簽發人?|簽發領導|領導簽發)\s*[|：:]\s*" + re.escape(s14), ln):
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
            names = [x for x in re.split(r"[\s　、，,]+", m.group(3)) if x]  # fields17: 、 too
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
            # fields20: a line printing both 答复日期 and 发布时间 counts for the 发布 label that precedes the date (f20-35)
            own4 = [ln for ln in holders4 if re.search(r"(发布时间|发布日期|發布時間)[：:]\s*" + dp4.replace("-", r"[-/]0?"), ln)]
            if pub and holders4 and not own4 and all(re.search(r"答复时间|答复日期|答復時間", ln) for ln in holders4):
                errors.append(f"{name}: date_published {dp4} is the card's 答复时间 although a 发布时间 is printed")
        # checks added for fields15
        s15 = rec.get("signer")
        if isinstance(s15, str) and not re.search(SIGN_LABEL + re.escape(s15), text) and any(s15 in ln and re.search(r"责任领导|督办领导|主管领导|联系人|聯系人|聯繫人|经办人|具体经办", ln) for ln in lines):  # fields19: a 签发人 line wins (f19-21)
            errors.append(f"{name}: signer {s15!r} printed on a 责任领导/督办领导/联系人/经办 line")
        # a printed 签发人 / 审签 note means the letter has a signer, and it is that name
        for ln in lines:
            m = re.search(SIGN_LABEL + r"([\u4e00-\u9fff·]{2,4})", ln)
            m2 = re.search(r"经(?:局长|主任|主席|负责人|镇长|乡长)?([\u4e00-\u9fff]{2,3})审签|經(?:局長|主任)?([\u4e00-\u9fff]{2,3})審簽", ln)
            want = m.group(1) if m else (m2.group(1) or m2.group(2)) if m2 else None
            if want and not m and re.search(r"(镇长|乡长|局长|主任|书记|县长|区长|市长)$", want):
                want = None  # fields19: 已经梁镇长审签 names no person (f19-32)
            if want and s15 != want and not re.search(r"^[（(]\s*(签发|簽發)[：:]", ln.strip()):
                errors.append(f"{name}: the letter prints a signer {want!r} but signer is {s15!r}")
        # 成文日期 / 生成日期 yield to a printed 发布日期, also when both sit on one two-column line (f15-04)
        dp15 = rec.get("date_published")
        if isinstance(dp15, str) and DATE.match(dp15):
            labelled = {}
            for i, ln in enumerate(lines):
                for lab, val in re.findall(r"(成文日期|生成日期|发布日期|發布日期|成文時間|生成時間)\s*[：:]?\s*([0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2})", ln):
                    labelled.setdefault(lab, set()).update(dates_in(val))
            made = labelled.get("成文日期", set()) | labelled.get("生成日期", set())
            pub15 = labelled.get("发布日期", set()) | labelled.get("發布日期", set())
            if dp15 in made and dp15 not in pub15 and pub15:
                errors.append(f"{name}: date_published {dp15} is the 成文/生成日期 although a 发布日期 {sorted(pub15)} is printed")
        # every 领衔代表 / 附议代表 name (one per indented line under a bare label too) is a proposer (f15-13)
        props15 = rec.get("proposers") or []
        for i, ln in enumerate(lines):
            m = re.match(r"^\s*(领衔代表|附议代表|領銜代表|附議代表|联名代表|聯名代表)\s*[：:]\s*(.*)$", ln)  # fields17: 联名代表
            if not m:
                continue
            names = [x for x in re.split(r"[\s　、，,]+", m.group(2)) if x]
            j = i + 1
            while j < len(lines) and lines[j][:1] in " 　" and re.fullmatch(r"[\s　]*[\u4e00-\u9fff·]{2,8}[\s　]*", lines[j]):
                names.append(lines[j].strip())
                j += 1
            for nm in names:
                if nm not in props15:
                    errors.append(f"{name}: {nm!r} from the {m.group(1)} field missing from proposers")
        # a salutation split over lines: X、 / Y代表： or 尊敬的 / X代表： (f15-01, f15-05, f15-17, f15-24, f15-39)
        for i, ln in enumerate(lines[:-1]):
            st = ln.strip()
            if not (st.endswith("、") or st == "尊敬的"):
                continue
            if st.endswith("、") and not re.fullmatch(r"(尊敬的)?[\u4e00-\u9fff·、]{2,40}", st):
                continue
            block = [st]
            j = i + 1
            while j < len(lines) and not re.search(r"(代表|委员|委員)\s*[：:]?$", lines[j].strip()):
                block.append(lines[j].strip())
                j += 1
                if j - i > 3:
                    break
            if j >= len(lines) or j - i > 3:
                continue
            block.append(lines[j].strip())
            joined = re.sub(r"^尊敬的", "", "".join(block))
            joined = re.sub(r"(等\d*[名位]?)?(代表|委员|委員)\s*[：:]?$", "", joined)
            for nm in [x for x in joined.split("、") if x]:
                if nm not in props15:
                    errors.append(f"{name}: {nm!r} from a salutation split over lines missing from proposers")
        # the serial of 〔2023〕第12号 is 12, never the bracketed year
        p15 = rec.get("proposal_no")
        if isinstance(p15, str) and re.search(r"〔" + re.escape(p15) + r"〕第", text):
            errors.append(f"{name}: proposal_no {p15} is the bracketed year of 〔…〕第N号")
        if isinstance(iss, str) and re.search(r"盖章|蓋章", iss):
            errors.append(f"{name}: issuer keeps the stamp note")
        # a header row naming a 会办单位 column over a value row: the value cell's units are co-handlers (f15-08)
        for i, ln in enumerate(lines[:-1]):
            if "|" not in ln or not re.search(r"会办单位|會辦單位", ln) or re.search(r"[：:]", ln):
                continue
            heads = [c.strip() for c in ln.split("|")]
            vals = [c.strip() for c in lines[i + 1].split("|")]
            k = next(k for k, h in enumerate(heads) if re.search(r"会办单位|會辦單位", h))
            if len(vals) == len(heads) and vals[k] not in heads and re.search(r"[局委办中心队所院站]", vals[k]):
                for u in re.split(r"[、，,]", vals[k]):
                    if u and u not in (rec.get("co_handlers") or []):
                        errors.append(f"{name}: 会办 unit {u!r} in the value row under the header missing from co_handlers")
        # a result card's 提案名称 / 建议名称 names the proposal, not the reply
        if isinstance(title, str):
            for ln in lines:
                m = re.match(r"^\s*(提案名称|建议名称|提案名稱|建議名稱)\s*[：:]\s*(.+)$", ln)
                if m and WS.sub("", m.group(2)) == WS.sub("", title):
                    errors.append(f"{name}: title taken from a {m.group(1)} field")
        # a run-together sign-off date (20220805 on its own line) is date_signed (f15-07)
        for ln in lines:
            m = re.fullmatch(r"[\s　]*(20\d{2})(\d{2})(\d{2})[\s　]*", ln)
            if m and rec.get("date_signed") != f"{m.group(1)}-{m.group(2)}-{m.group(3)}":
                errors.append(f"{name}: a run-together sign-off date {ln.strip()} is printed but date_signed is {rec.get('date_signed')!r}")
        # a labelled 承办单位：X line directly above the sign-off date is the sign-off (f15-15)
        ds15 = rec.get("date_signed")
        for i, ln in enumerate(lines[1:], start=1):
            m = re.match(r"^\s*(承办单位|答复单位|承辦單位)\s*[：:]\s*(\S+?)(?:[（(]盖章[）)])?\s*$", lines[i - 1])
            if m and isinstance(ds15, str) and ds15 in dates_in(ln) and iss != m.group(2):
                errors.append(f"{name}: the sign-off is '{m.group(1)}：{m.group(2)}' but issuer is {iss!r}")
        # a number printed only in a sibling line (上一条/下一条) never counts, also when the digits recur in a date (f15-25)
        if isinstance(p15, str):
            rest15 = "\n".join(ln for ln in lines if not re.match(r"\s*(上一篇|下一篇|上一条|下一条|上一條|下一條)", ln))
            cut15 = next((i for i, ln in enumerate(lines) if re.match(r"(相关信息|【打印】【关闭】)", ln.strip())), None)
            if cut15 is not None:
                rest15 = "\n".join(ln for ln in lines[:cut15] if not re.match(r"\s*(上一篇|下一篇|上一条|下一条)", ln))
            if p15 not in {str(cn_num(x)) for x in re.findall(r"第([〇零一二三四五六七八九十]+)[号號]", rest15)} and not re.search(r"(?<![0-9])" + re.escape(p15) + r"\s*[号號]", unicodedata.normalize("NFKC", rest15)) and not any(  # fields20: 第三十一号 (f20-26)
                    ln.strip() == p15 for ln in lines) and not re.search(r"(提案号|建议号|提案编号|建议编号|案\s*号)】?\s*[：:|]?\s*(第)?" + re.escape(p15) + r"(?![0-9])", rest15):  # fields25: a pipe cell (f25-19)
                errors.append(f"{name}: proposal_no {p15} is not printed as a number of this letter (only in siblings or dates?)")
        # every unit in a pipe cell after a 会办单位 cell (two units joined by 、 too) is a co-handler (f15-19)
        for ln in lines:
            cells = [c.strip() for c in ln.split("|")]
            for k, c in enumerate(cells[:-1]):
                if re.fullmatch(r"会办单位|會辦單位|协办单位|協辦單位", c) and re.search(r"[局委办中心队所院站]", cells[k + 1]) \
                        and not re.search(r"类别|類別|结果|結果|日期|时间|編號|编号", cells[k + 1]):
                    for u in re.split(r"[、，,]", cells[k + 1]):
                        if u and u not in (rec.get("co_handlers") or []):
                            errors.append(f"{name}: unit {u!r} of the {c} cell missing from co_handlers")
        # a 成文日期 bullet over its value yields to a 发布日期 bullet over its value (f15-17, f15-18)
        if isinstance(dp15, str) and DATE.match(dp15):
            below = {}
            for i, ln in enumerate(lines[:-1]):
                m = re.search(r"(成文日期|生成日期|发布日期|發布日期)\s*[：:]?\s*$", ln)
                if m:
                    below.setdefault(m.group(1).replace("發", "发"), set()).update(dates_in(lines[i + 1]))
            if dp15 in (below.get("成文日期", set()) | below.get("生成日期", set())) and below.get("发布日期") and dp15 not in below["发布日期"]:
                errors.append(f"{name}: date_published {dp15} is the 成文日期 bullet although a 发布日期 bullet is printed")
        # a group addressed on a salutation line of its own (界别, party branch, committee, 委员小组) is a proposer (f15-08, f15-14, f15-21, f15-25, f15-33)
        for ln in lines:
            m = re.fullmatch(r"[\s　]*([\u4e00-\u9fff]{2,24}(?:界别|支部|支社|委员会|委员小组|代表团|界別|委員會|委員小組|代表團))[：:]?[\s　]*", ln)
            if m and not re.search(r"人民代表大会|代表大會|常务委员会|常務委員會|^政协|^政協|第.+届", m.group(1)) and m.group(1) not in props15 \
                    and m.group(1) != iss:  # the sign-off unit line (射阳县农业委员会, f15-20) is no salutation
                errors.append(f"{name}: the group {m.group(1)!r} addressed in the salutation is missing from proposers")
        # a genre heading above a 标题 metadata line never wins over it
        if isinstance(title, str) and WS.sub("", title) in {WS.sub("", g) for g in GENRE}:
            errors.append(f"{name}: title {title!r} is a genre heading")
        # checks added for fields16
        props16 = rec.get("proposers") or []
        cos16 = rec.get("co_handlers") or []
        # every name under a bare 代表姓名 / 提出人 label, one per line (f16-02, f16-30)
        for i, ln in enumerate(lines):
            if ln.strip() in ("代表姓名", "提出人", "提案人", "建议人"):
                j = i + 1
                while j < len(lines) and re.fullmatch(r"[\u4e00-\u9fff·]{2,8}", lines[j].strip()) and not re.search(r"单位|办理|结果", lines[j]):
                    if lines[j].strip() not in props16:
                        errors.append(f"{name}: {lines[j].strip()!r} under a bare {ln.strip()} label missing from proposers")
                    j += 1
        # 第一提案人 / 联名提案人 lists: every person is a proposer (f16-31)
        for ln in lines:
            m = re.match(r"^\s*(第一提案人|联名提案人|領銜提案人|聯名提案人)\s*[：:]\s*(.+)$", ln)
            if m:
                for nm in [x for x in re.split(r"[\s　、，,]+", m.group(2)) if x]:
                    if nm not in props16:
                        errors.append(f"{name}: {nm!r} from the {m.group(1)} field missing from proposers")
        # a unit marked （会办） beside the lead unit is a co-handler (f16-09, f16-16)
        for ln in lines:
            for u in re.findall(r"([\u4e00-\u9fff]{2,30}?)[（(]会办[）)]", ln):
                u = re.sub(r"^.*[（(]主办[）)]", "", u).strip()
                if u and u not in cos16:
                    errors.append(f"{name}: unit {u!r} marked （会办） missing from co_handlers")
        # a 会办意见 letter: the lead unit it is addressed to is neither a co-handler nor a proposer (f16-35)
        if isinstance(title, str) and re.search(r"会办意见|協辦意見|会办意见的函|协办意见", title):
            for ln in lines:
                m = re.fullmatch(r"\s*([\u4e00-\u9fff]{2,20})[：:]\s*", ln)
                if m and m.group(1) in cos16 + props16:
                    errors.append(f"{name}: the lead unit {m.group(1)!r} addressed by a 会办意见 letter is labelled as co-handler/proposer")
        # an 印发 date is neither the sign-off nor the page date (f16-33)
        for ln in lines:
            if "印发" in ln:
                for d in dates_in(ln):
                    if d in (rec.get("date_signed"), rec.get("date_published")) and not any(
                            d in dates_in(x) and "印发" not in x for x in lines):
                        errors.append(f"{name}: {d} is only an 印发 date")
        # a footer 主办单位：X (the portal host) is never the issuer (f16-21)
        # fields23: a result card (建议编号 / 答复时间 / 答复内容 fields) whose 主办单位 field names the handling unit is no footer (f23-12)
        card23 = bool(re.search(r"建议编号|提案编号|答复时间|答复内容", text))
        if isinstance(iss, str) and iss in text and all(re.search(r"^\s*主办单位[：:]|发布机构|來源|来源", ln) for ln in lines if iss in ln) \
                and not (card23 and any(re.match(r"^\s*主办单位[：:]\s*" + re.escape(iss) + r"\s*$", ln) for ln in lines)):
            errors.append(f"{name}: issuer {iss!r} printed only as a portal host / publisher")
        # a labelled page date printed above the letter means date_published is not null
        if rec.get("date_published") is None:
            for ln in lines[:8]:
                if re.search(r"(发布|發布|发稿|编稿|编发|刊发|上网|编辑|更新|布)(时间|日期|時間)|^\s*(时间|時間)[：:]|成文日期|信息时间", ln) and dates_in(ln):
                    errors.append(f"{name}: a page date is printed ({ln.strip()[:30]}) but date_published is null")
                    break
        # a unit line standing directly over the 关于/对 line belongs to the title (f16-03, f16-21)
        if isinstance(title, str):
            for i, ln in enumerate(lines[:-1]):
                st, nx = ln.strip(), lines[i + 1].strip()
                if re.fullmatch(r"[\u4e00-\u9fff]{4,30}(局|委员会|政府)", st) and re.match(r"(关于|對|对|關於)", nx) \
                        and WS.sub("", nx) in WS.sub("", title) and not WS.sub("", title).startswith(st):
                    errors.append(f"{name}: the unit line {st!r} over the title line is missing from the title")
        # a year-serial printed in the title (2022046号) is the whole proposal number
        if isinstance(title, str) and isinstance(p15, str):
            m = re.search(r"(?<![0-9〔])(20[12]\d{4})[号號]", title)
            if m and p15 != m.group(1):
                errors.append(f"{name}: the title prints the year-serial {m.group(1)} but proposal_no is {p15}")
        # a doc number printed with a run-on category (…41号B类) keeps only the number
        if isinstance(dn, str):
            for ln in lines:
                if dn in ln and re.search(re.escape(dn) + r"[A-D][0-9]?[类類]", ln) is None and re.search(r"号[A-D][类類]", ln) and dn.endswith("类"):
                    errors.append(f"{name}: doc_number keeps a run-on category")
        # pipe cells: 成文日期 | d1 | 发布日期 | d2 -> the 发布日期 wins (f16-01, f16-18)
        dp16 = rec.get("date_published")
        cells16 = {}
        for ln in lines:
            cs = [c.strip() for c in ln.split("|")]
            for k2, c in enumerate(cs[:-1]):
                if c in ("成文日期", "生成日期", "发布日期", "發布日期", "答复时间"):
                    cells16.setdefault(c.replace("發", "发"), set()).update(dates_in(cs[k2 + 1]))
        # a header row (… | 答复时间) over a value row: the value row's date is an 答复时间 cell (f16-36)
        for i, ln in enumerate(lines[:-1]):
            hs = [c.strip() for c in ln.split("|")]
            vs = [c.strip() for c in lines[i + 1].split("|")]
            if "|" in ln and len(hs) == len(vs):
                for h, v in zip(hs, vs):
                    if h in ("答复时间", "成文日期", "生成日期"):
                        cells16.setdefault(h, set()).update(dates_in(v))
        pub16 = cells16.get("发布日期", set()) | {d for ln in lines if "|" not in ln and not re.search(r"成文|生成", ln) and re.search(r"发布时间|發布時間|发布日期|發布日期", ln) for d in dates_in(ln)}
        if isinstance(dp16, str) and pub16 and dp16 not in pub16 and dp16 in (
                cells16.get("成文日期", set()) | cells16.get("生成日期", set()) | cells16.get("答复时间", set())):
            errors.append(f"{name}: date_published {dp16} is a 成文/生成日期 or 答复时间 cell although a 发布日期/时间 {sorted(pub16)} is printed")
        # date_published is never only the sign-off date line itself (a bare date on its own line)
        if isinstance(dp16, str) and DATE.match(dp16) and not any(
                dp16 in dates_in(ln) and not re.fullmatch(r"[\s　]*[0-9〇○零一二三四五六七八九十]{2,4}年[0-9〇○零一二三四五六七八九十]{1,2}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln)
                for ln in lines):
            errors.append(f"{name}: date_published {dp16} is printed only as the sign-off date")
        # a short title without the session while the page prints the full title with the session and the same number
        if isinstance(title, str) and not re.search(r"会议|會議|《|政协|人大", title):
            for m in re.finditer(r"(?:关于|對|对|關於)[^。，]{0,30}?(?:会议|會議)(?:第)?(\d+)[号號](?:提案|建议|建議)的(?:答复|复函|答復)", flat):
                if m.group(1) in title:
                    errors.append(f"{name}: title {title!r} is a short heading; the page prints the full title with the session")
                    break
        # issuer null although the title carries a unit as its prefix or bracketed suffix
        if iss is None and isinstance(title, str) and (
                re.match(r"^[\u4e00-\u9fff]{2,30}?(局|委员会|人民政府|局)(关于|對|对|關於)", title)
                or re.search(r"[（(][\u4e00-\u9fff]{2,30}(局|委员会)[）)]$", title)):
            errors.append(f"{name}: issuer is null but the title names the unit")
        # every unit of an 经商X、Y / 会同X、Y / 经与X、Y phrase is a co-handler
        for m in re.finditer(r"(?:经商|經商|会同|會同|经与|經與)((?:[县区市州旗縣區][\u4e00-\u9fff]{1,16}?(?:局|委员会|委|联合社|支队|大队|大隊|中心)、?)+)", text):
            if re.search(r"将$|將$", text[max(0, m.start() - 1):m.start()]):
                continue
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos16 and not any(u in c for c in cos16):
                    errors.append(f"{name}: unit {u!r} of '{m.group(0)[:20]}' missing from co_handlers")
        # a title ends with the reply's genre word (a cut printing ending in 第 is no title)
        if isinstance(title, str) and not re.search(r"(答复|复函|答復|復函|回复|会办意见|的函|）|\))$", WS.sub("", title)):  # fields19: 的回复 (f19-16)
            errors.append(f"{name}: title {title!r} does not end like a reply's title (cut?)")
        # proposal_no null although the page prints 第N号提案/建议 (or N号) outside siblings
        if rec.get("proposal_no") is None:
            body16 = "\n".join(ln for ln in lines if not re.match(r"\s*(上一篇|下一篇|上一条|下一条)", ln))
            if re.search(r"第?[0-9]+[号號](提案|建议|建議)|（第[0-9]+号）", body16):
                errors.append(f"{name}: proposal_no is null but the page prints the number")
        # date_signed null although a bare date line closes the letter
        if rec.get("date_signed") is None and any(
                re.fullmatch(r"[\s　]*[0-9〇○零一二三四五六七八九十]{4}年[0-9〇○零一二三四五六七八九十]{1,2}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln) for ln in lines):
            errors.append(f"{name}: date_signed is null but a bare date line is printed")
        # checks added for fields17
        props17 = rec.get("proposers") or []
        cos17 = rec.get("co_handlers") or []
        ds17, dp17, dn17, sg17 = rec.get("date_signed"), rec.get("date_published"), rec.get("doc_number"), rec.get("signer")
        # 经征求X(、Y)意见 (not future 将…) names units consulted on the reply: each is a co-handler (f17-01, f17-14 …)
        for m in re.finditer(r"(?<![将將])(?:经|經)?(?:征求|徵求)((?:[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|厅|大队|支队|中心|联合社)、?)+)(?:的)?意[见見]", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos17:
                    errors.append(f"{name}: unit {u!r} of '征求…意见' missing from co_handlers")
        # a 协办单位/会办单位 line (colon form) naming units joined by 、: each is a co-handler (f17-07, f17-25, f17-35)
        for ln in lines:
            m = re.search(r"(?:协办单位|会办单位|協辦單位|會辦單位)\s*[：:]\s*([^\s|　]+)", ln)
            if m:
                for u in [x for x in re.split(r"[、，,]", m.group(1)) if x]:
                    if re.search(r"[局委厅社心队]$", u) and u not in cos17:
                        errors.append(f"{name}: unit {u!r} of a 协办/会办单位 line missing from co_handlers")
        # a future 将会同X… names no co-handler unless the unit is also named as consulted/co-handling elsewhere
        for m in re.finditer(r"[将將]会同([\u4e00-\u9fff]{2,20}?(?:局|委员会|公司))", text):
            u = m.group(1)
            other = [ln for ln in lines if u in ln and not re.search(r"[将將]会同" + re.escape(u), ln) and not re.search(r"抄送|抄报", ln)]
            if u in cos17 and not other:
                errors.append(f"{name}: {u!r} is named only as future work (将会同) but is a co-handler")
        # salutation X等N名代表 / X、Y等委员: the names before 等 are proposers, and nobody after
        for ln in lines:
            m = re.fullmatch(r"\s*(?:尊敬的)?([\u4e00-\u9fff·、]{2,40}?)等(?:[0-9一二三四五六七八九十]+[名位])?(代表|委员|委員)[：:]\s*", ln)
            if m:
                for nm in [x for x in m.group(1).split("、") if x]:
                    if nm not in props17:
                        errors.append(f"{name}: {nm!r} named before 等 in the salutation missing from proposers")
        # a salutation of names separated by spaces (趙國富　張麗華委員：) or 、: every name is a proposer
        for ln in lines:
            m = re.fullmatch(r"\s*(?:尊敬的)?([\u4e00-\u9fff·]{2,6}(?:[\s　、]+[\u4e00-\u9fff·]{2,6})+)(代表|委员|委員)[：:]\s*", ln)
            if m and "等" not in m.group(1):  # X、Y等委员 is checked above
                for nm in [re.sub(r"政协$", "", x) for x in re.split(r"[\s　、]+", m.group(1)) if x]:  # fields20: X、Y政协委员 (f20-05)
                    if nm not in props17:
                        errors.append(f"{name}: {nm!r} from a multi-name salutation missing from proposers")
        # a 【提案人】/【建议人】 card field: every space-separated name is a proposer (f17-30)
        for ln in lines:
            m = re.match(r"^\s*【(提案人|建议人|提案者|代表)】\s*[：:]?\s*(.+)$", ln)  # fields19: 【提案人】：X (f19-03)
            if m:
                for nm in [x for x in re.split(r"[\s　、，,]+", m.group(2)) if x]:
                    if nm not in props17:
                        errors.append(f"{name}: {nm!r} from the 【{m.group(1)}】 field missing from proposers")
        # a 文件信息 block after the body: its 文号/发文字号 is the doc number, its (spaced) 签发人 the signer,
        # its 发布日期 the page date (f17-05, f17-21, f17-37)
        info = next((i for i, ln in enumerate(lines) if re.fullmatch(r"\s*【?文件信息】?\s*", ln)), None)
        if info is not None:
            pairs = []  # fields19: two fields per row (文　　号：X　　签 发 人：Y, f19-05)
            for ln in lines[info + 1:]:
                pairs += re.findall(r"(文号|发文字号|签发人|成文日期|发布日期)：(.+?)(?=(?:文号|发文字号|签发人|成文日期|发布日期)：|$)", WS.sub("", ln))
            for lab, val in pairs:
                if lab in ("文号", "发文字号") and val and dn17 != val:
                    errors.append(f"{name}: the 文件信息 block prints {lab} {val!r} but doc_number is {dn17!r}")
                if lab == "签发人" and val and sg17 != val:
                    errors.append(f"{name}: the 文件信息 block prints 签发人 {val!r} but signer is {sg17!r}")
                if lab == "发布日期" and dates_in(val) and dp17 not in dates_in(val):
                    errors.append(f"{name}: the 文件信息 block prints 发布日期 {sorted(dates_in(val))} but date_published is {dp17!r}")
        # a card's 提案号/建议号/案号 value is the proposal number (f17-07, f17-11, f17-13, f17-30)
        for ln in lines:
            m = re.search(r"(提案号|建议号|提案编号|建议编号|案\s*号)】?\s*[：:]?\s*(?:第)?([0-9][0-9-]*)", ln)
            # fields24: the letter's own heading printing 第N号 wins over a row printing it in another form (f24-03, f24-15, f24-27, f24-38)
            head24 = {x for h in lines[:3] if re.search(r"(关于|關於|对|對).*(答复|答復)", h) for x in re.findall(r"第([0-9]+)[号號](?:提案|建议|建議)", h)}
            if m and rec.get("proposal_no") in head24:
                continue
            if m and rec.get("proposal_no") != m.group(2):
                errors.append(f"{name}: the card's {WS.sub('', m.group(1))} is {m.group(2)} but proposal_no is {rec.get('proposal_no')!r}")
        # the last bare date line (also in Chinese numerals with 〇) is the sign-off date
        bare17 = [ln for ln in lines if re.fullmatch(r"[\s　]*([0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln)]
        if bare17 and ds17 not in dates_in(bare17[-1]):
            errors.append(f"{name}: the sign-off date line {bare17[-1].strip()} is not date_signed {ds17!r}")
        # an unlabelled page date with a time under the heading is a page date when no 发布/更新 label is printed (f17-03, f17-40)
        labelled17 = any(re.search(r"(发布|發布|更新|编稿|时间|時間|日期)", ln) and dates_in(ln) for ln in lines)
        for ln in lines[:6]:
            m = re.match(r"^\s*(\d{4}-\d{2}-\d{2})\s+\d{2}:\d{2}", ln)
            if m and not labelled17 and dp17 != m.group(1):
                errors.append(f"{name}: the unlabelled page date {m.group(1)} is not date_published {dp17!r}")
        # a card's 答复日期 / 【答复时间】 is a page date: when it is printed, date_published is not null (f17-11, f17-30)
        if dp17 is None and any(re.search(r"答复日期|答复时间|答復時間", ln) and dates_in(ln) for ln in lines):
            errors.append(f"{name}: a card prints an 答复日期/时间 but date_published is null")
        # every unit of 经商X、Y (also provincial or city units, f17-08, f17-27, f17-39) is a co-handler
        for m in re.finditer(r"(?<![将將])(?:经商|經商)((?:[\u4e00-\u9fff]{2,24}?(?:厅|局|委员会|委)、?)+)[，,]", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos17:
                    errors.append(f"{name}: unit {u!r} of '经商…' missing from co_handlers")
        # a proposer is never the issuer or a bureau; a letter with a salutation line has proposers
        for item in props17:
            if item == rec.get("issuer") or re.search(r"(局|厅|办事处|人民政府)$", item):
                errors.append(f"{name}: proposer {item!r} is a bureau/the issuer")
        if not props17 and any(re.fullmatch(r"\s*(?:尊敬的)?[\u4e00-\u9fff·、\s　0-9]{2,40}[：:]\s*", ln) and not re.search(r"转[：:]", ln) for ln in lines):
            errors.append(f"{name}: the letter has a salutation but proposers is empty")
        # a closing 答复单位：X line is the issuer (f17-14, f17-24)
        for ln in lines:
            m = re.match(r"^\s*答复单位\s*[：:]\s*(\S+?)(?:[（(]盖章[）)])?\s*$", ln)  # fields18: （盖章） dropped (f18-14)
            if m and rec.get("issuer") != m.group(1):
                errors.append(f"{name}: the closing 答复单位 is {m.group(1)!r} but issuer is {rec.get('issuer')!r}")
        # a 发文日期 yields to a printed 发布时间/发布日期 (f17-01)
        fw = {d for ln in lines for lab, val in re.findall(r"(发文日期)\s*[：:]\s*(\S+)", ln) for d in dates_in(val)}
        fb = {d for ln in lines if re.search(r"发布时间|发布日期|發布時間|發布日期", ln) and not re.search(r"发文日期", ln) for d in dates_in(ln)}
        if dp17 in fw and fb and dp17 not in fb:
            errors.append(f"{name}: date_published {dp17} is the 发文日期 although a 发布时间/日期 {sorted(fb)} is printed")
        # a title never keeps breadcrumb text, and the card's 【标题】/标题 field loses to a printed own title with the unit
        if isinstance(title, str) and re.search(r"首页|首頁|当前位置|[>＞]", title):
            errors.append(f"{name}: title keeps breadcrumb text")
        # a forwarding office (…转： / （…转发） / 作者：…提案委) is neither issuer, proposer nor co-handler (f17-15, f17-29)
        for ln in lines:
            m = re.match(r"^\s*[（(]?([\u4e00-\u9fff]{4,40}?)(?:转[：:]|转发[）)])\s*$", ln)
            if m:
                u = m.group(1)
                if u == rec.get("issuer") or u in props17 or u in cos17:
                    errors.append(f"{name}: the forwarding office {u!r} is labelled as issuer/proposer/co-handler")
        # doc_number never keeps the 签发人 beside it, nor a bracketed category
        if isinstance(dn17, str) and re.search(r"签发|簽發|[（(][A-D]类[）)]", dn17):
            errors.append(f"{name}: doc_number {dn17!r} keeps the signer or a bracketed category")
        # a signer printed on the doc-number line (签发人：X / 签发：X / 簽發人：X) is the signer
        for ln in lines:
            m = re.search(r"〕[0-9]+[号號].*?(?:签发人?|簽發人?)[：:]\s*([\u4e00-\u9fff]{2,4})", ln)
            if m and sg17 != m.group(1):
                errors.append(f"{name}: the doc-number line prints signer {m.group(1)!r} but signer is {sg17!r}")
        # checks added for fields18
        t18, iss18, dn18, pn18, sg18 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds18, dp18, props18, cos18 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        heads18 = [WS.sub("", ln) for ln in lines if re.fullmatch(r"[\s　]*\S*(关于|關於|对|對)\S*(答复|答復|复函|復函)(（[^）]*）)?[\s　]*", ln)
                   and not re.search(r"[：:|]", ln)]
        name18 = [WS.sub("", m.group(1)) for ln in lines for m in [re.search(r"名\s*称[：:]?\s*\|?\s*([^|]*?(?:答复|复函|答復|復函))\s*\|?", ln)] if m]
        # a page that prints no heading but a 名称 field naming the reply takes that field (f18-11)
        if not heads18 and name18 and (not isinstance(t18, str) or WS.sub("", t18) != name18[0]):
            errors.append(f"{name}: the page prints no heading; the 名称 field {name18[0]!r} is the title, not {t18!r}")
        # title null only when the page prints neither a heading/own title nor a 名称/标题 field (f18-16)
        if t18 is None and (heads18 or name18):
            errors.append(f"{name}: title is null but the page prints {(heads18 or name18)[0]!r}")
        # a bracketed unit suffix of the title gives the issuer when no sign-off unit is printed (f18-06, f18-36)
        if isinstance(t18, str):
            m = re.search(r"[（(]([\u4e00-\u9fff]{2,20}(?:局|委员会|委|办公室))[）)]$", t18)
            signoff = [ln for ln in lines if re.fullmatch(r"[\s　]*[\u4e00-\u9fff]{3,30}(局|厅|委员会|委|政府|办事处|政府办公室)[\s　]*", ln) and "转" not in ln]
            signoff += [ln for ln in lines if re.match(r"^\s*(答复单位|承办单位)[：:]\s*\S", ln)]  # fields19 (f19-31)
            if m and not signoff and iss18 != m.group(1):
                errors.append(f"{name}: no sign-off unit is printed; the title's bracketed suffix {m.group(1)!r} is the issuer, not {iss18!r}")
        # the unit printed only after 发文机关 / 发布机构 / 来源 never gives the issuer (f18-01)
        if isinstance(iss18, str) and all(re.search(r"发文机关|发布机构|來源|来源|發布機構", ln) for ln in lines if iss18 in ln):
            errors.append(f"{name}: issuer {iss18!r} printed only as 发文机关/发布机构/来源")
        # an 审阅 sentence names no signer (f18-12)
        if isinstance(sg18, str) and any(sg18 in ln for ln in lines) and all(re.search(r"审阅|審閱", ln) for ln in lines if sg18 in ln):  # fields20: a padded name is on no line (f20-10)
            errors.append(f"{name}: signer {sg18!r} is named only in an 审阅 sentence")
        # a 发文时间 that is the only page date is date_published (f18-22)
        fw18 = {d for ln in lines if re.search(r"发文时间", ln) for d in dates_in(ln.split("发文时间", 1)[1])}
        other18 = any(re.search(r"发布|發布|更新|成文|生成|来源.*\d{4}|答复时间|答复日期", ln) and dates_in(ln) for ln in lines)
        if fw18 and not other18 and dp18 not in fw18:
            errors.append(f"{name}: 发文时间 {sorted(fw18)} is the only page date but date_published is {dp18!r}")
        # a submission date in a suggestion paper (（…提出）) is neither date_signed nor date_published (f18-19)
        for ln in lines:
            if re.search(r"提出[）)]", ln):
                for d in dates_in(ln):
                    if d in (ds18, dp18):
                        errors.append(f"{name}: {d} is the suggestion's submission date")
        # a [ 发文字号 ] grid cell, a 文号 value after the 名称 value, or the line under a 签发人 line under an X局文件 letterhead is the doc number
        for i, ln in enumerate(lines):
            m = re.search(r"\[\s*发文字号\s*\]\s*\|\s*([^|\s]+)\s*\|", ln) or re.search(r"名称[:：].*?文号[:：]\s*(\S+)\s*$", ln)
            if m and dn18 != m.group(1):
                errors.append(f"{name}: the page prints doc number {m.group(1)!r} but doc_number is {dn18!r}")
            if re.fullmatch(r"\s*\S+文件\s*", ln) and i + 2 < len(lines) and re.match(r"\s*签发人", lines[i + 1]):
                cand = lines[i + 2].strip()
                if re.search(r"[〔【\[]\d{4}[〕】\]]\d+号", cand) and dn18 != cand:
                    errors.append(f"{name}: the doc number under the letterhead is {cand!r} but doc_number is {dn18!r}")
        # 【签 发 人】 card field -> signer (f18-03)
        for ln in lines:
            m = re.match(r"^\s*【签\s*发\s*人】\s*(\S+)", ln)
            if m and sg18 != m.group(1):
                errors.append(f"{name}: the card prints 签发人 {m.group(1)!r} but signer is {sg18!r}")
        # proposal_no null only when no number of this letter is printed anywhere (f18-29)
        if pn18 is None:
            nt = "\n".join(ln for ln in lines if not re.match(r"\s*(上一篇|下一篇)", ln))
            if re.search(r"第\s*[0-9]+\s*[号號]|(提案号|建议号|提案编号)\S*\s*[：:]?\s*[0-9]", nt):
                errors.append(f"{name}: proposal_no is null but a number is printed")
        # a number printed in brackets in the opening sentence ((建议第N号)) is the proposal number (f18-34)
        for m in re.finditer(r"[（(](?:建议|提案|建議)第([0-9]+)[号號][）)]", text):
            if pn18 != m.group(1):
                errors.append(f"{name}: the opening sentence prints (…第{m.group(1)}号) but proposal_no is {pn18!r}")
        # a salutation line without a colon (X、Y委员) still names the proposers (f18-22)
        for ln in lines:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff·]{2,6}(?:、[\u4e00-\u9fff·]{2,6})+)(代表|委员|委員)\s*", ln)
            if m:
                for nm in re.sub(r"等$", "", m.group(1)).split("、"):  # fields20: X、Y等代表 without a colon (f20-09)
                    if nm not in props18:
                        errors.append(f"{name}: {nm!r} from a salutation without a colon missing from proposers")
        # 附议代表 / 联名代表 names separated by spaces on one line (f18-07) are proposers; a bureau never is
        for item in props18:
            if re.search(r"(局|厅|委员会办公室|人民政府|街道办事处)$", item):
                errors.append(f"{name}: proposer {item!r} is a unit of government")
        # co-handlers: 会同X、Y with 市/区/县 units (also traditional 會同) -> each one; never a unit named only after 将会同 or on 抄送
        for c in cos18:
            ok18 = [ln for ln in lines if c in ln and not re.search(r"抄送|抄报|[将將]会同" + re.escape(c), ln)]
            if not ok18:
                errors.append(f"{name}: co_handler {c!r} named only in future work or on an 抄送 line")
        # a forwarding office (…转： / （…转发）) is never the addressee
        for ln in lines:
            m = re.match(r"^\s*[（(]?([\u4e00-\u9fff]{4,40}?)(?:转[：:]|转发[）)])\s*$", ln)
            if m and any(m.group(1) in p for p in props18):
                errors.append(f"{name}: the forwarding office {m.group(1)!r} is labelled as a proposer")
        # (added after round 1 of the planted errors) a title printed with a bracketed unit suffix keeps it (f18-06, f18-36)
        if isinstance(t18, str):
            for ln in lines:
                m = re.fullmatch(re.escape(WS.sub("", t18)) + r"([（(][\u4e00-\u9fff]{2,20}[）)])", WS.sub("", ln))
                if m:
                    errors.append(f"{name}: the title is printed with the suffix {m.group(1)!r}, which it drops")
        # a bracketed [ 成文日期 ] cell yields to a [ 发布日期 ] cell (f18-18)
        grid18 = {}
        for ln in lines:
            for lab, val in re.findall(r"\[\s*(成文日期|发布日期)\s*\]\s*\|\s*([^|]*)\|", ln):
                grid18.setdefault(lab, set()).update(dates_in(val))
        if grid18.get("发布日期") and dp18 not in grid18["发布日期"]:
            errors.append(f"{name}: the grid's [ 发布日期 ] is {sorted(grid18['发布日期'])} but date_published is {dp18!r}")
        # a dated 来源 line above the letter is a page date (f18-25, f18-31)
        if dp18 is None and any(re.search(r"来源|來源", ln) and dates_in(ln) for ln in lines[:8]):
            errors.append(f"{name}: a dated 来源 line is printed but date_published is null")
        # (added after round 2 of the planted errors) a salutation of 、-joined names, a name padded with a layout
        # space (岩　嘎 -> 岩嘎), gives every name (f18-35)
        for ln in lines:
            m = re.fullmatch(r"\s*(?:尊敬的)?([\u4e00-\u9fff·　 ]{2,12}(?:、[\u4e00-\u9fff·　 ]{2,12})+)(代表|委员|委員)[：:]\s*", ln)
            if m and "等" not in m.group(1):
                # fields23: the last two names may be joined by 和 (周立新、吴海燕和陶德明, f23-14)
                parts23 = []
                for x in m.group(1).split("、"):
                    y = WS.sub("", x)
                    parts23 += y.split("和") if len(y) >= 5 and all(len(z) >= 2 for z in y.split("和")) else [y]
                for nm in [re.sub(r"政协$", "", x) for x in parts23]:  # fields20 (f20-05)
                    if nm and nm not in props18:
                        errors.append(f"{name}: {nm!r} from a 、-joined salutation missing from proposers")
        # a pipe cell 文 号： / 文號 followed by a value cell is the doc number (f18-11, f18-16)
        for ln in lines:
            cs = [c.strip() for c in ln.split("|")]
            for k2, c in enumerate(cs[:-1]):
                if WS.sub("", c).rstrip("：:") in ("文号", "文號") and cs[k2 + 1] and not re.search(r"瀏覽|浏览", cs[k2 + 1]) and dn18 != cs[k2 + 1]:
                    errors.append(f"{name}: the pipe cell 文号 is {cs[k2 + 1]!r} but doc_number is {dn18!r}")
        # a bare unit line directly over the last bare date line is the sign-off: the issuer is that unit as printed
        dl = [i for i, ln in enumerate(lines) if re.fullmatch(r"[\s　]*([0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln)]
        if dl and dl[-1] > 0:
            up = lines[dl[-1] - 1].strip()
            if re.fullmatch(r"[\u4e00-\u9fff]{3,30}(局|厅|委员会|委|政府|办事处|辦事處|局）)", up) and iss18 != up:
                errors.append(f"{name}: the sign-off unit is {up!r} but issuer is {iss18!r}")
        # checks added for fields19
        t19, iss19, dn19, pn19, sg19 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds19, dp19, props19, cos19 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        # an 审签 sentence naming only a surname and a post (已经梁镇长审签) names no signer (f19-32)
        if sg19 is None:
            pass
        elif any(re.search(r"经[\u4e00-\u9fff](镇长|乡长|局长|主任|县长|区长|市长)审签", ln) for ln in lines) and not re.search(SIGN_LABEL, text):
            errors.append(f"{name}: the 审签 sentence names only a surname and post, but signer is {sg19!r}")
        # a unit printed only as an unlabelled metadata bullet is never the issuer (f19-16, f19-20)
        if isinstance(iss19, str) and all(ln.strip().startswith("•") for ln in lines if iss19 in ln):
            errors.append(f"{name}: issuer {iss19!r} printed only as a metadata bullet")
        # unlabelled bullet dates are page dates when no labelled page date is printed (f19-16)
        bullet19 = {d for ln in lines if ln.strip().startswith("•") for d in dates_in(ln)}
        lab19 = any(re.search(r"(发布|發布|更新|时间|時間|日期)", ln) and dates_in(ln) for ln in lines)
        if bullet19 and not lab19 and dp19 not in bullet19:
            errors.append(f"{name}: the bullet dates {sorted(bullet19)} are the only page dates but date_published is {dp19!r}")
        # a 【标　　题】 / 标题 field never wins over a differing own title printed as a heading (f19-33)
        fields19 = [WS.sub("", m.group(1)) for ln in lines for m in [re.search(r"(?:【标\s*题】|标\s*题[：:])\s*(\S+?(?:答复|复函|回复))(?=\s|$)", ln)] if m]
        heads19 = [WS.sub("", ln) for ln in lines if re.fullmatch(r"[\s　]*(关于|關於|对|對)\S*(答复|答復|复函|復函|回复)[\s　]*", ln)]
        if isinstance(t19, str) and WS.sub("", t19) in fields19 and heads19 and WS.sub("", t19) not in heads19:
            errors.append(f"{name}: title taken from the 标题 field although the letter prints its own title {heads19[0]!r}")
        # a closing 承办单位：X within two lines over the last bare date line is the sign-off (f19-25)
        bare19 = [i for i, ln in enumerate(lines) if re.fullmatch(r"[\s　]*([0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln)]
        if bare19:
            for ln in lines[max(0, bare19[-1] - 2):bare19[-1]]:
                m = re.match(r"^\s*(承办单位|答复单位|承辦單位)\s*[：:]\s*(\S+?)(?:[（(]盖章[）)])?\s*$", ln)
                if m and iss19 != m.group(2):
                    errors.append(f"{name}: the closing {m.group(1)} is {m.group(2)!r} but issuer is {iss19!r}")
        # a unit and the date printed in one table cell are the sign-off (f19-36)
        for ln in lines:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff]{3,30}(?:人民政府|局|办事处|委员会))\s+(\d{4}年\d{1,2}月\d{1,2}日)\s*\|?\s*", ln)
            if m and (iss19 != m.group(1) or ds19 not in dates_in(m.group(2))):
                errors.append(f"{name}: the cell '{m.group(1)} {m.group(2)}' is the sign-off but issuer/date_signed are {iss19!r}/{ds19!r}")
        # a unit line over a run-together sign-off date (20221018) is the issuer (f19-34)
        for i, ln in enumerate(lines[1:], start=1):
            if re.fullmatch(r"[\s　]*20\d{6}[\s　]*", ln):
                up = lines[i - 1].strip()
                if re.fullmatch(r"[\u4e00-\u9fff]{3,30}(局|大队|支队|政府|办事处|委员会)", up) and iss19 != up:
                    errors.append(f"{name}: the unit over the run-together date is {up!r} but issuer is {iss19!r}")
        # a card's 办理情况：已于…办复 date is no page date unless a 发布 label prints it too (f19-24)
        for ln in lines:
            if re.search(r"办理情况|辦理情況", ln) and re.search(r"办复|辦復", ln):
                for d in dates_in(ln):
                    if d == dp19 and not any(d in dates_in(x) and re.search(r"发布|發布", x) for x in lines):
                        errors.append(f"{name}: date_published {d} is the card's 办复 date")
        # a 时间： / 日期： label before 来源 (or alone) near the top is a page date (f19-20, f19-29, f19-32)
        for ln in lines[:8]:
            m = re.search(r"(?:^|\s|　)(?:时间|日期)[：:]\s*(\S+)", ln)
            if m and dates_in(m.group(1)) and not re.search(r"发布|發布|成文|更新", ln):
                if not any(re.search(r"发布|發布", x) and dates_in(x) for x in lines) and dp19 not in dates_in(m.group(1)):
                    errors.append(f"{name}: the page prints {ln.strip()[:24]!r} but date_published is {dp19!r}")
        # 尊敬X委员 / 尊敬X代表 without 的 gives X, never 尊敬X (f19-20)
        for ln in lines:
            m = re.fullmatch(r"\s*尊敬(?!的)([\u4e00-\u9fff·]{2,8}?)(委员|代表)[：:]?\s*", ln)
            if m and m.group(1) not in props19:
                errors.append(f"{name}: {m.group(1)!r} from '尊敬X{m.group(2)}' missing from proposers")
        # a name padded with spaces before 委员/代表 and no colon (农瑞祥  委员) is a proposer (f19-34)
        for ln in lines:
            m = re.fullmatch(r"[\s　]*([\u4e00-\u9fff·]{2,6})[\s　]+(委员|代表|委員)[\s　]*", ln)
            if m and m.group(1) not in props19:
                errors.append(f"{name}: {m.group(1)!r} padded before {m.group(2)} missing from proposers")
        # a heading 'unit, space, 对/关于…' with no sign-off unit: the title starts with the unit and the unit is the issuer (f19-30)
        for ln in lines[:4]:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff]{3,30}(?:局|厅|委员会))[\s　]+((?:对|关于)\S+(?:答复|复函))\s*", ln)
            if m:
                if not (isinstance(t19, str) and WS.sub("", t19) == m.group(1) + m.group(2)):
                    errors.append(f"{name}: the heading '{m.group(1)} {m.group(2)[:10]}…' joined is the title, not {t19!r}")
                if iss19 is None:
                    errors.append(f"{name}: the heading names the unit {m.group(1)!r} but issuer is null")
        # units named only in future collaboration (将联合X / 加强与X的协作) are no co-handlers (f19-11, f19-31)
        for c in cos19:
            where19 = [ln for ln in lines if c in ln]
            if where19 and all(re.search(r"[将將]联合" + re.escape(c) + r"|加强与[^。]*" + re.escape(c) + r"[^。]*的协作|[将將]会同" + re.escape(c) + r"|抄送", ln) for ln in where19):
                errors.append(f"{name}: co_handler {c!r} named only in future work")
        # a 【协办单位】 card field (with or without a colon) names co-handlers (f19-03)
        for ln in lines:
            m = re.match(r"^\s*【协办单位】\s*[：:]?\s*(\S+)", ln)
            if m:
                for u in re.split(r"[、，,]", m.group(1)):
                    if u and u not in cos19:
                        errors.append(f"{name}: unit {u!r} of the 【协办单位】 field missing from co_handlers")
        # a 发文字号 inside a one-line metadata run, or a 【文　　号】 field, is the doc number (f19-01, f19-22, f19-33)
        for ln in lines:
            for m in [re.search(r"发文字号[：:]\s*([^\s：:]+?号)", ln), re.search(r"【文\s*号】\s*[：:]?\s*(\S+?号)", ln)]:
                if m and dn19 != m.group(1):
                    errors.append(f"{name}: the page prints doc number {m.group(1)!r} but doc_number is {dn19!r}")
        # a department / bureau line directly over the 关于 line is part of the title, 厅 too (f19-27)
        if isinstance(t19, str):
            for i, ln in enumerate(lines[:-1]):
                st = ln.strip()
                if re.fullmatch(r"[\u4e00-\u9fff]{4,30}厅", st) and re.match(r"(关于|對|对|關於)", lines[i + 1].strip()) and not WS.sub("", t19).startswith(st):
                    errors.append(f"{name}: the department line {st!r} over the title line is missing from the title")
        # a heading printing a year-serial card number: the 8-digit 建议号 is the number, whole (f19-37)
        if isinstance(pn19, str) and re.fullmatch(r"0\d+", pn19) is None and any(re.search(r"(案\s*号|建议号|提案号)】?\s*[：:]?\s*0" + re.escape(pn19) + r"(?![0-9])", ln) for ln in lines):
            errors.append(f"{name}: proposal_no {pn19} drops the card's leading zero")
        # (added after round 1 of the planted errors) a title printed in two halves around a breadcrumb line, or a unit
        # line above the breadcrumb over the 关于 line, is joined (f19-04, f19-19)
        for i, ln in enumerate(lines[1:-1], start=1):
            if re.match(BREADCRUMB, ln):
                a, b = WS.sub("", lines[i - 1]), WS.sub("", lines[i + 1])
                if a and b and re.search(r"(关于|關於|局|厅|委员会)", a) and not re.search(r"(答复|复函)$", a) and re.search(r"(答复|复函|答復|復函)$", b) and not re.search(r"[：:]", a + b):
                    if not (isinstance(t19, str) and WS.sub("", t19) == a + b):
                        errors.append(f"{name}: the title printed around the breadcrumb is {a + b!r}, not {t19!r}")
        # 会同X、Y对…/进行了研究 with units of any prefix (图们市财政局), not future 将会同 (f19-08)
        for m in re.finditer(r"(?<![将將])(?:会同|會同)((?:[\u4e00-\u9fff]{2,20}?(?:局|委员会|委)、?)+)(?:对|對|进行了|進行了)", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos19:
                    errors.append(f"{name}: unit {u!r} of '会同…' missing from co_handlers")
        # 经与X（共同）研究 names a co-handler whatever the unit (a town service centre, f19-10)
        for m in re.finditer(r"(?:经与|經與)([\u4e00-\u9fff]{2,30}?)(?:共同)?(?:研究|研究)", text):
            if m.group(1) not in cos19 and not m.group(1).startswith(("协办单位", "協辦單位")):
                errors.append(f"{name}: unit {m.group(1)!r} of '经与…研究' missing from co_handlers")
        # a portal heading named after the proposal directly over the letter's own title: the own title wins (f19-16)
        hl = [i for i, ln in enumerate(lines) if re.fullmatch(r"[\s　]*(关于|關於|对|對)\S*(答复|答復|复函|復函|回复)[\s　]*", ln)]
        for i in hl:
            if i + 1 in hl and re.search(r"第\d+号(提案|建议)", lines[i + 1]) and not re.search(r"第\d+号", lines[i]):
                if not (isinstance(t19, str) and WS.sub("", t19) == WS.sub("", lines[i + 1])):
                    errors.append(f"{name}: the own title {lines[i + 1].strip()!r} under the portal heading is not the title {t19!r}")
        # an own title printed in indented lines (full-width spaces) is the title over the page heading (f19-25)
        for i, ln in enumerate(lines[:-1]):
            if ln.startswith("　") and lines[i + 1].startswith("　"):
                j = WS.sub("", ln + lines[i + 1])
                if re.fullmatch(r"(对|关于)\S+(答复|复函)", j) and not (isinstance(t19, str) and WS.sub("", t19) == j):
                    errors.append(f"{name}: the letter's own indented title is {j!r}, not {t19!r}")
        # a labelled 发布时间/发布日期 anywhere above the sign-off means date_published is not null (f19-24)
        sg_i = bare19[-1] if bare19 else len(lines)
        if dp19 is None and any(re.search(r"(发布|發布)(时间|日期|時間)", ln) and dates_in(ln) for ln in lines[:sg_i]):
            errors.append(f"{name}: a 发布时间/日期 is printed above the sign-off but date_published is null")
        # (added after round 2) a unit named only in future work (将与X研究 / 將與X研究) is no co-handler (f19-18)
        for c in cos19:
            w = [ln for ln in lines if c in ln]
            if w and all(re.search(r"[将將](?:与|與)" + re.escape(c), ln) for ln in w):
                errors.append(f"{name}: co_handler {c!r} named only in a future 将与… sentence")
        # a proposer is never printed only on a 作者/来源/抄送 line (the forwarding committee, f19-06, f19-31)
        for item in props19:
            w = [ln for ln in lines if item in ln]
            if w and all(re.search(r"作者|来源|來源|抄送", ln) for ln in w):
                errors.append(f"{name}: proposer {item!r} printed only on a 作者/来源/抄送 line")
        # checks added for fields20
        t20, iss20, dn20, pn20, sg20 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds20, dp20, props20, cos20 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        flat_lines = [WS.sub("", ln) for ln in lines]
        # an 审签 sentence naming the full name before the post (已经李卫东局长审签) gives that name (f20-04)
        for ln in lines:
            m = re.search(r"已?经([\u4e00-\u9fff]{2,3})(局长|主任|镇长|乡长|书记|县长|区长|市长|厅长)审签", ln)
            if m and sg20 != m.group(1):
                errors.append(f"{name}: the 审签 sentence names {m.group(1)!r} before the post but signer is {sg20!r}")
        # a 领导签批 line names the signer, layout spaces dropped (周　强 -> 周强, f20-10); a spaced 签 发 人 too (f20-28)
        for fl in flat_lines:
            m = re.search(r"(?:领导签批|签发人|簽發人|签发领导)[：:]([\u4e00-\u9fff·]{2,4}?)(?=公开日期|发布日期|成文日期|$|[0-9])", fl)
            if m and sg20 != m.group(1):
                errors.append(f"{name}: the page prints a signing line naming {m.group(1)!r} but signer is {sg20!r}")
        # a title never keeps layout spaces (…代表建议 第52号的答复 -> joined, f20-23, f20-38) nor a forwarding note (f20-17)
        if isinstance(t20, str) and WS.search(t20):
            errors.append(f"{name}: title {t20!r} keeps a layout space")
        if isinstance(t20, str) and re.search(r"转发[）)]$|轉發[）)]$", t20):
            errors.append(f"{name}: title {t20!r} keeps the forwarding office's note")
        # a number printed in Chinese numerals in the opening sentence (第三十一号建议) is the proposal number (f20-26)
        body20 = [ln for ln in lines if not re.match(r"\s*(上一篇|下一篇|上一条|下一条|上一條|下一條)", ln)]
        cn20 = [str(cn_num(x)) for ln in body20 for x in re.findall(r"第([〇零一二三四五六七八九十]+)[号號](?:建议|提案|建議)", ln)]
        if cn20 and pn20 not in cn20:
            errors.append(f"{name}: the opening prints the number in Chinese numerals ({cn20[0]}) but proposal_no is {pn20!r}")
        # a bracketed （第027号） at the end of the opening sentence gives the number, zero kept (f20-06)
        for ln in lines:
            m = re.search(r"[（(]第([0-9]+)[号號][）)](?:已?收?悉)", ln)
            if m and pn20 != m.group(1):
                errors.append(f"{name}: the opening prints （第{m.group(1)}号） but proposal_no is {pn20!r}")
        # 附议人 joined by 、 are proposers like 附议代表 (f20-32)
        for ln in lines:
            m = re.match(r"^\s*(附议人|附議人)\s*[：:]\s*(.+)$", ln)
            if m:
                for nm in [x for x in re.split(r"[\s　、，,]+", m.group(2)) if x]:
                    if nm not in props20:
                        errors.append(f"{name}: {nm!r} from the {m.group(1)} field missing from proposers")
        # a one-character given name padded with a full-width space before 代表/委员： (和　強 -> 和強, f20-34)
        for ln in lines:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff])[\s　]+([\u4e00-\u9fff]{1,2})(代表|委员|委員)[：:]\s*", ln)
            if m and m.group(1) + m.group(2) not in props20:
                errors.append(f"{name}: the padded name {m.group(1) + m.group(2)!r} missing from proposers")
        # X（等N位）代表 gives X, nobody else named (f20-06)
        for ln in lines:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff·]{2,8})[（(]等\d+[名位][）)](代表|委员)[：:]\s*", ln)
            if m and props20 != [m.group(1)]:
                errors.append(f"{name}: the salutation names only {m.group(1)!r} but proposers are {props20!r}")
        # a town delegation addressed at the start of a line (石门镇代表团：) is a proposer (f20-21)
        for ln in lines:
            m = re.match(r"\s*([\u4e00-\u9fff]{2,10}代表团)[：:]", ln)
            if m and m.group(1) not in props20:
                errors.append(f"{name}: the delegation {m.group(1)!r} addressed is missing from proposers")
        # a doc line with the result class and 公开 run on to it (川交函〔2023〕388号 A 类 公开) gives the number only (f20-31)
        for ln in lines:
            m = re.fullmatch(r"\s*(\S+〔\d{4}〕\d+号)\s*[A-D]\s*[0-9]?\s*类?\s*(公开|不公开|依申请公开)?\s*", ln)
            if m and dn20 != m.group(1):
                errors.append(f"{name}: the doc line prints {m.group(1)!r} but doc_number is {dn20!r}")
        # labelled bullets with the value on the next line (• 文　号： / • X; • 文号 / indented X): the value is the doc
        # number, an empty one gives null; a 成文日期/发布日期 bullet value is the page date when no other is labelled (f20-05, f20-14, f20-33)
        for i, ln in enumerate(lines[:-1]):
            lab = re.fullmatch(r"\s*•\s*(文\s*号|发布日期|成文日期)\s*[：:]?\s*", ln)
            if not lab:
                continue
            nxt = lines[i + 1]
            val = re.sub(r"^\s*•?\s*", "", nxt).strip()
            is_val = bool(val) and (nxt.startswith((" ", "　")) or (nxt.strip().startswith("•") and not re.search(r"[：:]\s*$", nxt) and not re.fullmatch(r"\s*•\s*(索引号|主题分类|发布机构|时效性|文\s*号|发布日期|成文日期)\s*", nxt)))
            kind20 = WS.sub("", lab.group(1))
            if kind20 == "文号":
                want = val if is_val else None
                if dn20 != want:
                    errors.append(f"{name}: the 文号 bullet gives {want!r} but doc_number is {dn20!r}")
            elif is_val and dates_in(val) and not any(re.search(r"(发布|發布)(时间|日期|時間)", x) and dates_in(x) for x in lines) and dp20 not in dates_in(val):
                errors.append(f"{name}: the {kind20} bullet prints {sorted(dates_in(val))} but date_published is {dp20!r}")
        # 【】 labels without colons (a 【文件信息】 block, 【發文字號】): 【发文字号】X -> doc, 【签发人】Y -> signer, 【发布日期】 -> page date (f20-12, f20-25)
        for ln in lines:
            for lab, val in re.findall(r"【(发文字号|發文字號|签发人|簽發人|发布日期|發布日期)】\s*([^\s【]+)", ln):
                if lab in ("发文字号", "發文字號") and dn20 != val:
                    errors.append(f"{name}: 【{lab}】 prints {val!r} but doc_number is {dn20!r}")
                if lab in ("签发人", "簽發人") and sg20 != val:
                    errors.append(f"{name}: 【{lab}】 prints {val!r} but signer is {sg20!r}")
                if lab in ("发布日期", "發布日期") and dates_in(val) and dp20 not in dates_in(val):
                    errors.append(f"{name}: 【{lab}】 prints {sorted(dates_in(val))} but date_published is {dp20!r}")
        # two fields per row with full-width colons: 发文字号：X / 文　　号：X -> doc (f20-01, f20-22, f20-28)
        # fields23: lines from a 相关文件 / 相关信息 heading on list other replies (f23-07, f23-38)
        rel23 = next((i for i, x in enumerate(lines) if re.match(r"^\s*(相关文件|相关信息|相關文件|相關信息)", x)), len(lines))
        for ln in lines[:rel23]:
            for m in re.finditer(r"(?:发文字号|文\s*号)：(\S+?号)(?=\s|$)", ln):
                if dn20 != m.group(1):
                    errors.append(f"{name}: the row prints doc number {m.group(1)!r} but doc_number is {dn20!r}")
        # 公开日期 / 发文日期 are metadata dates: the page date when no 发布 date is printed (f20-06, f20-28)
        pub20 = any(re.search(r"(发布|發布)(时间|日期|時間)", ln) and dates_in(ln) for ln in lines)
        for ln in lines:
            for m in re.finditer(r"(公开日期|发文日期)\s*[：:]?\s*[|｜]?\s*([0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2})", ln):
                if not pub20 and dp20 not in dates_in(m.group(2)):
                    errors.append(f"{name}: {m.group(1)} {m.group(2)} is the only page date but date_published is {dp20!r}")
        # an unlabelled date line directly under the heading is the page date when no labelled one is printed (f20-04, f20-27)
        if isinstance(t20, str):
            for i, ln in enumerate(lines[:-1]):
                if WS.sub("", ln) == WS.sub("", t20) and re.fullmatch(r"\s*\d{4}-\d{2}-\d{2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*", lines[i + 1]):
                    if not pub20 and dp20 not in dates_in(lines[i + 1]):
                        errors.append(f"{name}: the date under the heading {lines[i + 1].strip()!r} is the page date but date_published is {dp20!r}")
        # a sign-off unit printed with a second name in brackets over the last date is copied whole (f20-11)
        dl20 = [i for i, ln in enumerate(lines) if re.fullmatch(r"[\s　]*([0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln)]
        if dl20 and dl20[-1] > 0:
            up = lines[dl20[-1] - 1].strip()
            if re.fullmatch(r"[\u4e00-\u9fff]{3,30}(局|委员会|政府)[（(][\u4e00-\u9fff]{2,20}[）)]", up) and iss20 != up \
                    and not re.search(r"[（(](盖章|蓋章|公章|印章|章)[）)]$", up):  # fields25: a same-line seal note is dropped (f25-03, f25-23, f25-34)
                errors.append(f"{name}: the sign-off unit is {up!r} (with its bracket) but issuer is {iss20!r}")
        # 经X、Y会办 (f20-05) and '由我局主办，X协办' (f20-23) name co-handlers
        for m in re.finditer(r"经((?:[\u4e00-\u9fff]{2,20}?(?:局|委员会|委|厅)、?)+)会办", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos20:
                    errors.append(f"{name}: unit {u!r} of '经…会办' missing from co_handlers")
        for m in re.finditer(r"主办[，,]([\u4e00-\u9fff]{2,20}?(?:局|委员会|委))协办", text):
            if m.group(1) not in cos20:
                errors.append(f"{name}: unit {m.group(1)!r} of '…主办，X协办' missing from co_handlers")
        # a unit named only after 将征求 / 将会同 / 将与 / 抄送 is never a co-handler (f20-15, f20-39)
        for c in cos20:
            w = [ln for ln in lines if c in ln]
            if w and all(re.search(r"[将將](?:征求|徵求|会同|會同|与|與)" + re.escape(c) + r"|抄送", ln) for ln in w):
                errors.append(f"{name}: co_handler {c!r} named only in future work or on a 抄送 line")
        # a 协办件 reply or a 会办意见 letter: the lead unit addressed under the heading is neither issuer, co-handler nor proposer (f20-10, f20-37)
        if isinstance(t20, str) and re.search(r"协办件|會辦意見|会办意见|協辦件", t20):
            for ln in lines:
                m = re.fullmatch(r"\s*([\u4e00-\u9fff]{2,20}(?:局|厅|委员会|委))[：:]\s*", ln)
                if m and (m.group(1) in cos20 + props20 or m.group(1) == iss20):
                    errors.append(f"{name}: the lead unit {m.group(1)!r} addressed by a 协办/会办 reply is labelled as issuer/co-handler/proposer")
        # a 第一提案人 with 联名提案人: the first is a proposer although the card lists him alone (f20-27)
        for ln in lines:
            m = re.match(r"^\s*第一提案人\s*[：:]\s*(\S+)", ln)
            if m and (not props20 or props20[0] != m.group(1)):
                errors.append(f"{name}: the 第一提案人 {m.group(1)!r} should come first among the proposers")
        # a labelled 公开日期/发文日期 near the top means date_published is not null (f20-06, f20-28)
        if dp20 is None and any(re.search(r"公开日期|发文日期", ln) and dates_in(ln) for ln in lines[:8]):
            errors.append(f"{name}: a 公开日期/发文日期 is printed but date_published is null")
        # (added after round 1 of the planted errors) a doc number ends in its serial and 号 (f20-09's empty 文号 is null)
        if isinstance(dn20, str) and not re.search(r"\d+\s*[号號]$", dn20):
            errors.append(f"{name}: doc_number {dn20!r} is not a document number")
        # a line that is only a doc number (under a letterhead or a 签发人 line) gives the doc number (f20-36, f20-37)
        for ln in lines:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff]{1,8}[〔\[【（(]\d{4}[〕\]】）)]\d+[号號])\s*", ln)
            if m and dn20 != m.group(1):
                errors.append(f"{name}: the doc line prints {m.group(1)!r} but doc_number is {dn20!r}")
        # a forwarding office (…工委, 提案委, 人大常委会…) is never a proposer (f20-17, f20-20, f20-24)
        for item in props20:
            if re.search(r"(工委|提案委|提案委员会|常委会|办公室)$", item) or any(item in ln and re.search(r"转发|转[：:]|作者", ln) for ln in lines):
                errors.append(f"{name}: proposer {item!r} is a forwarding office or a 作者 line")
        # a proposer is a name or a group, never a count (等十二名, 等4名代表)
        for item in props20:
            if re.search(r"^等|等[0-9一二三四五六七八九十]+[名位]|[0-9]+[名位]", item):
                errors.append(f"{name}: proposer {item!r} is a count, not a name")
        # a table cell ending 'unit date |' is the sign-off: date_signed is that date (f20-21)
        for ln in lines:
            m = re.search(r"[\u4e00-\u9fff]{3,30}(?:局|政府|办事处|委员会)\s+(\d{4}年\d{1,2}月\d{1,2}日)\s*\|\s*$", ln)
            if m and ds20 not in dates_in(m.group(1)):
                errors.append(f"{name}: the cell closes with the date {m.group(1)} but date_signed is {ds20!r}")
        # a labelled 发布日期/发布时间 anywhere on the page (also below the sign-off) means date_published is not null (f20-37)
        if dp20 is None and any(re.search(r"(发布|發布)(时间|日期|時間)", ln) and dates_in(ln) for ln in lines):
            errors.append(f"{name}: a 发布日期/时间 is printed but date_published is null")
        # checks added for fields21
        t21, iss21, dn21, pn21, sg21 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds21, dp21, props21, cos21 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        # a closing table: | 答复单位 | X（盖章） | gives the issuer, | 签发人 | Y | the signer, the 答复日期 cell beside it the sign-off date (f21-18)
        for ln in lines:
            cs = [c.strip() for c in ln.split("|")]
            for k, c in enumerate(cs[:-1]):
                v = re.sub(r"[（(]盖章[）)]$", "", cs[k + 1])
                if c == "答复单位" and v and iss21 != v:
                    errors.append(f"{name}: the 答复单位 cell prints {v!r} but issuer is {iss21!r}")
                if WS.sub("", c) in ("签发人", "簽發人") and v and sg21 != WS.sub("", v):
                    errors.append(f"{name}: the 签发人 cell prints {v!r} but signer is {sg21!r}")
                if c in ("答复日期", "答复时间") and "签发人" in ln and dates_in(v) and ds21 not in dates_in(v):
                    errors.append(f"{name}: the closing table's {c} cell is {sorted(dates_in(v))} but date_signed is {ds21!r}")
                if c in ("答复日期", "答复时间") and "签发人" in ln and dp21 in dates_in(v) and any(
                        re.search(r"发布时间|发布日期", x) and dates_in(x) for x in lines):
                    errors.append(f"{name}: date_published {dp21} is the closing table's {c} although a 发布 date is printed")
        # an empty 文号 pipe cell (| 文号： | | or | 文號 | |) gives doc_number null (f21-30, f21-34)
        for ln in lines:
            if re.search(r"\|\s*(文\s*号|文\s*號)[：:]?\s*\|\s*(\||$)", ln) and dn21 is not None and dn21 not in ln:
                if not any(dn21 in x for x in lines if x is not ln):
                    errors.append(f"{name}: the 文号 cell is empty but doc_number is {dn21!r}")
        # 【发布日期】 / 【成文日期】 values printed with spaces inside (2022 - 06 - 24) are read whole (f21-24)
        for ln in lines:
            for lab, val in re.findall(r"【(发布日期|發布日期)】\s*([0-9][0-9\s\-/.年月日]*[0-9日])", ln):
                if dates_in(val) and dp21 not in dates_in(val):
                    errors.append(f"{name}: 【{lab}】 prints {sorted(dates_in(val))} but date_published is {dp21!r}")
        # a sign-off date printed with spaces inside on a line of its own (2022 年 6 月 28 日) is date_signed (f21-09)
        sp21 = [ln for ln in lines if re.fullmatch(r"[\s　]*\d{4}\s+年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[\s　]*", ln)]
        if sp21 and ds21 not in dates_in(sp21[-1]):
            errors.append(f"{name}: the spaced sign-off date {sp21[-1].strip()!r} is not date_signed {ds21!r}")
        # a page heading that is the suggestion's or proposal's own title (…的建议 / …的提案) is never the title (f21-27)
        if isinstance(t21, str) and re.search(r"的(建议|提案|建議)$", t21):
            errors.append(f"{name}: title {t21!r} names the suggestion/proposal, not the reply")
        # a unit line printed above a breadcrumb line over the 关于 line belongs to the title (f21-20)
        for i, ln in enumerate(lines[:-2]):
            st = ln.strip()
            if re.fullmatch(r"[\u4e00-\u9fff]{4,30}(局|委员会|政府|办事处)", st) and re.match(BREADCRUMB, lines[i + 1]) \
                    and re.match(r"\s*(关于|对)", lines[i + 2]) and isinstance(t21, str) and not t21.startswith(st):
                errors.append(f"{name}: the unit line {st!r} above the breadcrumb is missing from the title")
        # a 来源 / 作者 value naming another body (congress, CPPCC, government office) is neither issuer nor proposer (f21-07, f21-09, f21-17, f21-22, f21-37, f21-40)
        for ln in lines:
            for v in re.findall(r"(?:来源|來源|作者)[：:]\s*([^\s　|]+)", ln):
                if re.search(r"人大|政协|政協|人民政府|提案委", v) and (v == iss21 or v in props21 or v in cos21):
                    errors.append(f"{name}: the 来源/作者 value {v!r} is labelled as issuer/proposer/co-handler")
        # a 签发人 line directly above a doc line gives the signer (f21-33); the doc line under it the doc number
        for i, ln in enumerate(lines[:-1]):
            m = re.fullmatch(r"\s*签\s*发\s*人[：:]\s*([\u4e00-\u9fff·]{2,4})\s*", ln)
            if m and re.search(r"〔\d{4}〕\d+号", lines[i + 1]) and (sg21 != m.group(1) or dn21 != lines[i + 1].strip()):
                errors.append(f"{name}: the 签发人 line over the doc line gives {m.group(1)!r} / {lines[i + 1].strip()!r} but the labels say {sg21!r} / {dn21!r}")
        # a 提案人 / 领衔代表 / 联名代表 value in a pipe cell with its colon inside gives every name (f21-13)
        for ln in lines:
            for lab, val in re.findall(r"\|\s*(提案人|建议人|领衔代表|联名代表)[：:]\s*([^|]+)\|", ln):
                for nm in [x for x in re.split(r"[\s　、，,]+", val) if x]:
                    if nm not in props21:
                        errors.append(f"{name}: {nm!r} from the {lab} cell missing from proposers")
        # a 协办单位 cell or line is never the issuer's own unit and a 主办单位 cell naming the issuer gives no co-handler (f21-13)
        for ln in lines:
            for v in re.findall(r"主办单位[：:]\s*([^\s|]+)", ln):
                if v in cos21:
                    errors.append(f"{name}: the 主办单位 {v!r} is labelled as a co-handler")
        # a count is never part of a proposer and X、Y等N名 gives exactly the names before 等 (f21-22, f21-32)
        for ln in lines:
            m = re.fullmatch(r"\s*([\u4e00-\u9fff·]{2,8}(?:、[\u4e00-\u9fff·]{2,8})+)等[0-9一二三四五六七八九十]+[名位](代表|委员)[：:]\s*", ln)
            if m and props21 != m.group(1).split("、"):
                errors.append(f"{name}: the salutation names {m.group(1).split('、')} before 等 but proposers are {props21!r}")
        # (added after round 1 of the planted errors) a traditional 文件信息 block: 發文字號 -> doc, 簽發人 -> signer, 發布日期 -> page date (f21-04)
        info21 = next((i for i, ln in enumerate(lines) if re.fullmatch(r"\s*【?文件信息】?\s*", ln)), None)
        if info21 is not None:
            for ln in lines[info21 + 1:]:
                for lab, val in re.findall(r"(發文字號|文號|簽發人|發布日期)：(.+?)(?=(?:發文字號|文號|簽發人|成文日期|發布日期)：|$)", WS.sub("", ln)):
                    if lab in ("發文字號", "文號") and dn21 != val:
                        errors.append(f"{name}: the 文件信息 block prints {lab} {val!r} but doc_number is {dn21!r}")
                    if lab == "簽發人" and sg21 != val:
                        errors.append(f"{name}: the 文件信息 block prints 簽發人 {val!r} but signer is {sg21!r}")
                    if lab == "發布日期" and dates_in(val) and dp21 not in dates_in(val):
                        errors.append(f"{name}: the 文件信息 block prints 發布日期 {sorted(dates_in(val))} but date_published is {dp21!r}")
        # (added after round 1) a salutation at the start of a pipe cell (| 正　文 | X代表团：…) means proposers is not empty (f21-25)
        if not props21 and any(re.search(r"\|\s*[^|：:]{0,6}\|\s*[\u4e00-\u9fff·、]{2,30}(代表团|代表|委员)[：:]", ln) for ln in lines):
            errors.append(f"{name}: a table cell opens with a salutation but proposers is empty")
        # checks added for fields22
        t22, iss22, dn22, pn22, sg22 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds22, dp22, props22, cos22 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        # a 主送 line naming a deputy or member stands for the salutation (f22-10)
        for ln in lines:
            m = re.match(r"^\s*主送[：:]\s*([\u4e00-\u9fff·、]{2,30}?)(代表|委员|委員)\s*$", ln)
            if m:
                for nm in m.group(1).split("、"):
                    if nm not in props22:
                        errors.append(f"{name}: {nm!r} named on the 主送 line missing from proposers")
        # a closing table: | 承办单位 | X | 答复日期 | d | (f22-23), or rows | 答复单位 | X | then | 答复日期 | d | (f22-35)
        rows22 = [[c.strip() for c in ln.split("|")[1:-1]] for ln in lines if ln.strip().startswith("|")]
        # fields23: a card above the salutation is no closing table (f23-05)
        sal23 = next((i for i, x in enumerate(lines) if re.search(r"(代表|委员|委員|界别|界別|委员会|委會|支部|支社)[：:]\s*$", x)), 0)
        after23 = [[c.strip() for c in ln.split("|")[1:-1]] for ln in lines[sal23:] if ln.strip().startswith("|")]
        for k, cs in enumerate(rows22):
            for j, c in enumerate(cs[:-1]):
                if c in ("承办单位", "答复单位") and re.search(r"(局|政府|办事处|委员会)$", cs[j + 1]) and k >= len(rows22) - 3 and cs in after23:
                    if iss22 != cs[j + 1]:
                        errors.append(f"{name}: the closing table's {c} cell prints {cs[j + 1]!r} but issuer is {iss22!r}")
                if c == "答复日期" and dates_in(cs[j + 1]) and k >= len(rows22) - 3 and ds22 not in dates_in(cs[j + 1]):
                    errors.append(f"{name}: the closing table's 答复日期 is {sorted(dates_in(cs[j + 1]))} but date_signed is {ds22!r}")
        # a card's 答复日期 / 答复时间 / 【答复日期】 is the page date when no other page date is printed (f22-09, f22-14, f22-28)
        other22 = any(re.search(r"发布|發布|公开日期|成文日期|更新|^\s*(时间|時間)[：:]|[　 ](时间|時間)[：:]|来源.*\d{4}", ln) and dates_in(ln) for ln in lines) \
            or any(re.match(r"^\s*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}", ln) for ln in lines[:6])
        for i, ln in enumerate(lines):
            st = ln.strip()
            val = None
            if re.match(r"^【?(答复日期|答复时间)】?[：:]", st) or re.search(r"[　 ]【(答复日期|答复时间)】[：:]", st):
                val = re.split(r"(?:答复日期|答复时间)】?[：:]", st, 1)[1]
            elif st in ("答复日期", "答复时间") and i + 1 < len(lines):
                val = lines[i + 1]
            if val is not None and dates_in(val) and not other22 and dp22 not in dates_in(val):
                errors.append(f"{name}: the card's 答复日期/时间 {sorted(dates_in(val))} is the only page date but date_published is {dp22!r}")
        # 联名 pipe cells without colons: | 领衔代表 | X | 联名代表 | A、B | gives every name (f22-29)
        for cs in rows22:
            for j, c in enumerate(cs[:-1]):
                if c in ("领衔代表", "联名代表", "附议代表", "提案人", "建议人"):
                    for nm in [x for x in re.split(r"[\s　、，,]+", cs[j + 1]) if x]:
                        if nm not in props22:
                            errors.append(f"{name}: {nm!r} from the {c} cell missing from proposers")
        # 承办单位：主办：X　协办：Y、Z -> Y and Z are co-handlers, X the issuer (f22-14)
        for ln in lines:
            m = re.search(r"主办[：:]\s*(\S+?)[\s　]+协办[：:]\s*(\S+)", ln)
            if m:
                if iss22 != m.group(1):
                    errors.append(f"{name}: the 承办单位 field's 主办 is {m.group(1)!r} but issuer is {iss22!r}")
                for u in [x for x in m.group(2).split("、") if x]:
                    if u not in cos22:
                        errors.append(f"{name}: the 协办 unit {u!r} is missing from co_handlers")
        # a 协办单位 cell reading 无 names no co-handler unless the body names one (f22-29)
        if any(re.search(r"协办单位\s*\|\s*无\s*\|", ln) for ln in lines) and cos22 and not any(
                re.search(r"经商|经与|会同|征求|研究", ln) and any(c in ln for c in cos22) for ln in lines):
            errors.append(f"{name}: the 协办单位 cell reads 无 but co_handlers is {cos22!r}")
        # an own title ending in a spaced 答　复 / 答　復 line joins it (f22-25)
        for i, ln in enumerate(lines[1:], start=1):
            if re.fullmatch(r"\s*答[\s　]+(复|復)\s*", ln) and lines[i - 1].strip().endswith("的"):
                want = WS.sub("", lines[i - 1]) + WS.sub("", ln)
                if not (isinstance(t22, str) and WS.sub("", t22).endswith(want)):
                    errors.append(f"{name}: the title's last lines {want!r} are not the end of title {t22!r}")
        # an 审签 sentence naming a middle-dot full name after the post gives that name (f22-40)
        for ln in lines:
            m = re.search(r"经(?:局长|主任|镇长|乡长)?([\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff]{1,8})审签", ln)
            if m and sg22 != m.group(1):
                errors.append(f"{name}: the 审签 sentence names {m.group(1)!r} but signer is {sg22!r}")
        # a labelled 发布时间 / 发布日期 line or pipe cell (also with spaces inside the date) gives date_published (f22-07, f22-24, f22-32)
        pubvals = []
        for ln in lines:
            for m in re.finditer(r"(?:发布时间|发布日期|發布時間|發布日期)\s*[：:|]\s*\|?\s*([0-9][0-9\s\-/.年月日:]*)", ln):
                if dates_in(m.group(1)):
                    pubvals.append(dates_in(m.group(1)))
        if pubvals and not any(dp22 in v for v in pubvals):
            errors.append(f"{name}: a 发布 date {sorted(pubvals[0])} is printed but date_published is {dp22!r}")
        # 【提出人】 / 提案提出者 / 代表提案者 / 代表姓名 values: every name is a proposer (f22-09, f22-14, f22-19, f22-28)
        for i, ln in enumerate(lines):
            m = re.search(r"【提出人】[：:]?\s*(\S+(?:[ 　]\S+)*)", ln) or re.search(r"提案提出者[：:]\s*([\u4e00-\u9fff·、]+)", ln)
            vals = m.group(1) if m else (lines[i + 1] if ln.strip() in ("代表提案者", "代表姓名", "提案提出者") and i + 1 < len(lines) else None)
            if vals:
                for nm in [x for x in re.split(r"[\s　、，,]+", vals) if x and not re.search(r"【|：", x)]:
                    if nm not in props22:
                        errors.append(f"{name}: {nm!r} from a 提出人/提出者/代表姓名 field missing from proposers")
        # a bare 建议编号 / 建议提案编号 / 提案编号 label over its value: the value is the proposal number (f22-09, f22-19)
        for i, ln in enumerate(lines[:-1]):
            if ln.strip() in ("建议编号", "建议提案编号", "提案编号", "建议号", "提案号") and re.fullmatch(r"\s*[0-9][0-9-]*\s*", lines[i + 1]):
                if pn22 != lines[i + 1].strip():
                    errors.append(f"{name}: the card's {ln.strip()} value is {lines[i + 1].strip()} but proposal_no is {pn22!r}")
        # a sign-off unit printed as the last line of the letter (or just above a 文件信息 block) with no date: date_signed null (f22-04, f22-16)
        info22 = next((i for i, ln in enumerate(lines) if re.fullmatch(r"\s*【?文件信息】?\s*", ln)), None)
        body22 = [ln for ln in (lines[:info22] if info22 is not None else lines) if ln.strip()]
        if body22 and re.fullmatch(r"[\s　]*[\u4e00-\u9fff]{3,30}(局|委员会|政府|办事处)[\s　]*", body22[-1]) and ds22 is not None:
            errors.append(f"{name}: the letter closes with the unit {body22[-1].strip()!r} and no date, but date_signed is {ds22!r}")
        # a 发文机关 value is never the issuer when no sign-off, 答复单位 or heading prints the same unit (f22-27)
        fj = {v for ln in lines for v in re.findall(r"(?:发文机关|發文機關)】?[：:]\s*\|?\s*([^\s|　]+)", ln)}
        if isinstance(iss22, str) and iss22 in fj and not any(iss22 in ln and not re.search(r"发文机关|發文機關|来源|來源|发布机构", ln) for ln in lines):
            errors.append(f"{name}: issuer {iss22!r} is printed only after 发文机关")
        # (added after round 1 of the planted errors) a 【协办单位】 field and '与协办单位X共同研究' name co-handlers (f22-03)
        for ln in lines:
            for v in re.findall(r"【协办单位】[：:]?\s*([^\s【]+)", ln) + re.findall(r"与协办单位([\u4e00-\u9fff]{2,20}?(?:局|委员会|委|中心))共同研究", ln):
                for u in [x for x in v.split("、") if x]:
                    if u not in cos22:
                        errors.append(f"{name}: the 协办 unit {u!r} is missing from co_handlers")
        # (added after round 1) 会同 / 經商 units of any level (省X、省Y) before 进行了研究 are each co-handlers (f22-38)
        for m in re.finditer(r"(?<![将將])(?:会同|會同)((?:[省市县区旗縣區][\u4e00-\u9fff]{1,16}?(?:厅|局|委员会|委|大队|大隊|中心)、?)+)(?:对(?:提案|建议))?进行了", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos22 and not any(u in c for c in cos22):
                    errors.append(f"{name}: unit {u!r} of '会同…进行了研究' missing from co_handlers")
        # (added after round 1) a portal heading naming the suggestion in 《》 yields to an own title printed below it (f22-34)
        if isinstance(t22, str) and "《" in t22:
            for i, ln in enumerate(lines[:-1]):
                a, b = WS.sub("", ln), WS.sub("", lines[i + 1])
                if re.match(r"(对|关于|對|關於)", a) and not re.search(r"[：:|]", a + b) and re.search(r"(答复|答復|复函)$", b) and "《" not in a + b:
                    errors.append(f"{name}: the page prints its own title {a + b!r} below the portal heading, but title is the heading")
        # (added after round 2 of the planted errors) the unit between 会同/經與/经与 and 进行了研究/研究 is copied whole, not cut to its parent bureau (f22-25)
        for m in re.finditer(r"(?<![将將])(?:我局|我镇|我鎮)?(?:会同|會同|经与|經與)([\u4e00-\u9fff、]{3,40}?)(?:共同)?(?:对(?:提案|建议)|對(?:提案|建議))?(?:进行了|進行了)?(?:认真|認真)?(?:研究|研究)", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if re.search(r"有关|有關|社区|社區", u):
                    continue
                if u not in cos22:
                    errors.append(f"{name}: the unit {u!r} printed in '{m.group(0)[:24]}' is not a co-handler as printed")
        # checks added for fields23
        t23, iss23, dn23, pn23 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no")
        props23, sg23, cos23 = rec.get("proposers") or [], rec.get("signer"), rec.get("co_handlers") or []
        ds23, dp23 = rec.get("date_signed"), rec.get("date_published")
        rel23b = next((i for i, x in enumerate(lines) if re.match(r"^\s*(相关文件|相关信息|相關文件|相關信息)", x)), len(lines))
        body23 = lines[:rel23b]
        # a <title>-like first line 'heading_site' / 'heading - site' gives the heading without the site name
        m = re.match(r"^(.+?)(?:_| - )([\u4e00-\u9fff]{2,20}(?:网|網|网站|網站|政府))\s*$", lines[0]) if lines else None
        if m and t23 != m.group(1).strip():
            errors.append(f"{name}: the <title>-like first line gives {m.group(1).strip()!r} but title is {t23!r}")
        # proposal numbers 第2023-0036号 keep year and hyphen; (2024)第56号 / （2022）第19号 give the serial
        for ln in body23:
            if re.match(r"^\s*(附件|抄送|抄報|抄报)", ln):
                continue
            for v in re.findall(r"第(\d{4}-\d{3,4})号", ln):
                if pn23 != v:
                    errors.append(f"{name}: {v!r} printed as 第…号 but proposal_no is {pn23!r}")
            for v in re.findall(r"[（(]\d{4}[）)]第(\d+)[号號]", ln):
                if pn23 != v:
                    errors.append(f"{name}: the serial {v!r} of (year)第N号 but proposal_no is {pn23!r}")
        # numbers in a closing 附件 / 抄送 line and in a 相关文件 / 相关信息 list are never this letter's number, doc or date
        for ln in lines:
            closing = re.match(r"^\s*(附件|抄送|抄報|抄报)", ln)
            if closing or lines.index(ln) >= rel23b:
                for v in re.findall(r"(?:编号[：:]|第)([0-9A-Za-z-]+)(?:号|號|）|\)|\s|$)", ln):
                    if pn23 and (v == pn23 or v.lstrip("0") == pn23.lstrip("0")) and not any(v in x for x in lines[:lines.index(ln)]):
                        errors.append(f"{name}: proposal_no {pn23!r} is printed only in a closing 附件/抄送 line or a related-document list")
            if lines.index(ln) > rel23b:
                for d in dates_in(ln):
                    if dp23 == d and not any(d in dates_in(x) for x in lines[:rel23b]):
                        errors.append(f"{name}: date_published {d} belongs to a related document")
                m2 = re.search(r"文号[：:]\s*(\S+?号)", ln)
                if m2 and dn23 == m2.group(1):
                    errors.append(f"{name}: doc_number {dn23!r} belongs to a related document")
        # a 基本信息 block: 提案编号 / 建议编号, 提 案 人 / 领衔代表 / 联名代表 / 代表姓名, 公开时间 / 公开日期, 办理时限
        if any(ln.strip() == "基本信息" for ln in lines):
            i0 = [ln.strip() for ln in lines].index("基本信息")
            for ln in lines[i0 + 1:i0 + 9]:
                m = re.match(r"^\s*([\u4e00-\u9fff　 ]{2,8})[：:]\s*(.+?)\s*$", ln)
                if not m:
                    break
                lab, val = WS.sub("", m.group(1)), m.group(2)
                if lab in ("提案编号", "建议编号"):
                    v = re.sub(r"^第|号$", "", val)
                    if pn23 != v:
                        errors.append(f"{name}: 基本信息 {lab} {val!r} but proposal_no is {pn23!r}")
                if lab in ("提案人", "领衔代表", "联名代表", "代表姓名"):
                    for nm in re.split(r"[，、,]", val):
                        if nm and nm not in props23:
                            errors.append(f"{name}: {nm!r} under 基本信息 {lab} missing from proposers")
                if lab in ("公开时间", "公开日期", "发布日期") and dates_in(val) and dp23 not in dates_in(val):
                    errors.append(f"{name}: 基本信息 {lab} {sorted(dates_in(val))} but date_published is {dp23!r}")
                if lab == "办理时限" and dates_in(val) & {dp23, ds23}:
                    errors.append(f"{name}: a 办理时限 deadline is taken as a date")
        # labels with spaces inside: 发 布 日 期 / 發 布 日 期 give date_published
        for ln in lines[:8]:
            m = re.match(r"^\s*[|]?\s*(发|發)\s+布\s+日\s+期[：:]\s*(.+)$", ln)
            if m and dates_in(m.group(2)) and dp23 not in dates_in(m.group(2)):
                errors.append(f"{name}: the spaced 发 布 日 期 label prints {sorted(dates_in(m.group(2)))} but date_published is {dp23!r}")
        # three fields per row: 发布日期 on a row with two other labelled fields is the page date
        for ln in lines[:6]:
            if len(re.findall(r"[：:]", ln)) >= 3:
                m = re.search(r"发布日期[：:]\s*(\d{4}-\d{2}-\d{2})", ln)
                if m and dp23 != m.group(1):
                    errors.append(f"{name}: the three-field row's 发布日期 {m.group(1)} but date_published is {dp23!r}")
        # a result card's 主办单位 field gives the issuer when the reply closes with a bare date (f23-12)
        last23 = [x for x in lines if x.strip()][-1:] or [""]  # (fixed after round 1: the text ends with a newline)
        if re.search(r"建议编号|提案编号|答复时间", text) and re.fullmatch(r"\s*\d{4}年\d{1,2}月\d{1,2}日\s*", last23[0]):
            for ln in lines:
                m = re.match(r"^\s*主办单位[：:]\s*(\S+)\s*$", ln)
                if m and iss23 != m.group(1):
                    errors.append(f"{name}: the card's 主办单位 {m.group(1)!r} but issuer is {iss23!r}")
        # a sign-off inside the last table cell: '| … unit　date |'
        if lines:
            m = re.search(r"([\u4e00-\u9fff]{4,30}(?:局|政府|办事处|辦事處))[\s　]+(\d{4}年\d{1,2}月\d{1,2}日)\s*\|\s*$", lines[-1])
            if m and (iss23 != m.group(1) or ds23 not in dates_in(m.group(2))):
                errors.append(f"{name}: the last cell's sign-off {m.group(1)!r} {m.group(2)} disagrees with issuer/date_signed")
        # signer: a 领导签发 label gives the signer; a 负责人 line never does
        for ln in lines:
            m = re.search(r"领导签发\s*[|：:]\s*\|?\s*([\u4e00-\u9fff·]{2,8})", ln)
            if m and sg23 != m.group(1):
                errors.append(f"{name}: 领导签发 names {m.group(1)!r} but signer is {sg23!r}")
            m = re.search(r"(?<![承办辦位])负\s*责\s*人[：:]\s*([\u4e00-\u9fff·]{2,8})", ln)
            if m and sg23 == m.group(1):
                errors.append(f"{name}: signer {sg23!r} taken from a 负责人 line")
        # salutations joined by ， or 和, and 'X等N位' openings
        has_card23 = bool(re.search(r"领衔代表|領銜代表|联名代表|聯名代表|提\s*案\s*人[：:|]|代\s*表\s*[|]", text))
        for ln in lines:
            ln = re.sub(r"^\s*\|[^|]*\|\s*", "", ln)  # (added after round 1) a salutation at the start of a pipe cell (f23-34)
            m = re.fullmatch(r"\s*([\u4e00-\u9fff·，、和]{2,30}?)(?:等(\d+|[一二三四五六七八九十])位)?(代表|委员|委員)[：:]\s*", ln)
            if not m or not re.search(r"[，和]", m.group(1)) and not m.group(2):
                continue
            named = [x for x in re.split(r"[，、]", m.group(1)) if x]
            named = [z for x in named for z in (x.split("和") if len(x) >= 5 and all(len(y) >= 2 for y in x.split("和")) else [x])]
            for nm in named:
                if nm not in props23:
                    errors.append(f"{name}: {nm!r} named in the salutation missing from proposers")
            if m.group(2) and not has_card23 and sorted(props23) != sorted(named):
                errors.append(f"{name}: 'X等N位' gives only the named {named} but proposers are {props23}")
        # co-handlers: 本件由我局主办，Y、Z协办 / 已与X共同研究 / 会商X; never 下一步将联合X
        for m in re.finditer(r"本件由[^，,]{1,12}主[办辦][，,]([^，,。]+?)[协協][办辦]", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos23:
                    errors.append(f"{name}: the 协办 unit {u!r} of '本件由…主办' missing from co_handlers")
        for m in re.finditer(r"已[与與]([\u4e00-\u9fff]{3,20}?)共同研究", text):
            if m.group(1) not in cos23:
                errors.append(f"{name}: {m.group(1)!r} of '已与X共同研究' missing from co_handlers")
        for m in re.finditer(r"会商([\u4e00-\u9fff]{3,20}?(?:局|厅|中心|委员会|委))", text):
            if m.group(1) not in cos23:
                errors.append(f"{name}: {m.group(1)!r} of '会商X' missing from co_handlers")
        for m in re.finditer(r"(?:下一步|今后)[^。]{0,6}?[将將](?:联合|聯合)([\u4e00-\u9fff]{3,20}?(?:局|厅|委|中心))", text):
            if m.group(1) in cos23:
                errors.append(f"{name}: {m.group(1)!r} named only in future work (下一步将联合) is a co-handler")
        for ln in lines:
            if re.match(r"^\s*(抄送|抄報|抄报)", ln):
                for u in cos23:
                    if u in ln and text.count(u) == ln.count(u):
                        errors.append(f"{name}: co_handler {u!r} is named only on the 抄送 line")
        # a 来源 / 作者 line naming the portal owner never gives the issuer
        for ln in lines[:6]:
            m = re.search(r"(?:来源|來源|作者)[：:]\s*([\u4e00-\u9fff（）]{3,30})", ln)
            if m and iss23 == m.group(1) and sum(iss23 in x for x in lines) == 1:
                errors.append(f"{name}: issuer {iss23!r} printed only on a 来源/作者 line")
        # (added after round 1 of the planted errors) a doc line opening with the number, also with 签发人 after it (f23-14)
        for ln in body23:
            m = re.match(r"^\s*([\u4e00-\u9fff]{1,6}[〔【\[(（]\d{4}[〕】\])）]\d+号)(?:\s|$)", ln)
            if m and dn23 != m.group(1):
                errors.append(f"{name}: the doc line prints {m.group(1)!r} but doc_number is {dn23!r}")
        # (added after round 1) a heading line '…关于/关於…答复(的函)' means the title is not null (f23-16, f23-31)
        if t23 is None and any(re.fullmatch(r"\s*[\u4e00-\u9fff（）()]{0,30}(关于|關於|对|對)[^：:|]{4,80}(答复|答復|答复的函|答復的函|复函)\s*", ln) for ln in body23):
            errors.append(f"{name}: a heading line is printed but title is null")
        # (added after round 1) every unit of 经征求X、Y意见 is a co-handler, whatever its suffix (县妇联, f23-37)
        for m in re.finditer(r"(?<![将將])(?:经征求|經徵求)([\u4e00-\u9fff、]{3,40}?)意见", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos23:
                    errors.append(f"{name}: {u!r} of '经征求…意见' missing from co_handlers")
        # (added after round 2 of the planted errors) a name printed only after 承办人 / 经办人 / 联系人 / 负责人 is no proposer (f23-10)
        for nm in props23:
            hits = [ln for ln in lines if nm in ln]
            if hits and all(re.search(r"(承\s*办\s*人|经办人|联系人|负\s*责\s*人)\s*[|：:]\s*\|?\s*" + re.escape(nm), ln) for ln in hits):
                errors.append(f"{name}: proposer {nm!r} is printed only as a staff or contact name")
        # checks added for fields24
        t24, iss24, dn24, pn24, sg24 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds24, dp24, props24, cos24 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        # a <title>-like first line 'heading-site', 'heading——site', 'heading_site' gives the heading without the site name
        m = re.match(r"^(.+?(?:答复|答復|复函|復函|的函))\s*(?:_|-|——|—| - )\s*([\u4e00-\u9fff]{2,24}(?:网|網|网站|網站|政府|门户网站))\s*$", lines[0]) if lines else None
        if m and t24 != m.group(1).strip():
            errors.append(f"{name}: the <title>-like first line gives {m.group(1).strip()!r} (site {m.group(2)!r} dropped) but title is {t24!r}")
        if isinstance(t24, str) and re.search(r"(网|網|网站|政府)$", t24):
            errors.append(f"{name}: title {t24!r} keeps the site name")
        # a sign-off: unit line, a seal / publication note or a 局长 line, then the last bare date
        datepat = r"[\s　]*([0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*"
        dl24 = [i for i, ln in enumerate(lines) if re.fullmatch(datepat, ln)]
        note_re = r"\s*[（(](此件公开发布|此件公開發布|盖章|蓋章)[）)]\s*|\s*(局长|局長)[：:]\s*[\u4e00-\u9fff·]{2,8}\s*"
        if dl24 and dl24[-1] >= 2 and re.fullmatch(note_re, lines[dl24[-1] - 1]):
            up = lines[dl24[-1] - 2].strip()
            if re.fullmatch(r"[\u4e00-\u9fff]{3,30}(局|分局|委员会|政府|办事处|辦事處)", up) and iss24 != up:
                errors.append(f"{name}: the sign-off unit over the note {lines[dl24[-1] - 1].strip()!r} is {up!r} but issuer is {iss24!r}")
            if ds24 not in dates_in(lines[dl24[-1]]):
                errors.append(f"{name}: the sign-off date under the note is {lines[dl24[-1]].strip()!r} but date_signed is {ds24!r}")
        if isinstance(iss24, str) and re.search(r"此件|公开发布|公開發布|盖章|蓋章", iss24):
            errors.append(f"{name}: issuer {iss24!r} keeps the seal / publication note")
        # 局长：X on its own line in the sign-off block gives the signer (judgement call)
        for ln in lines:
            m = re.fullmatch(r"\s*(?:局长|局長)[：:]\s*([\u4e00-\u9fff·]{2,8})\s*", ln)
            if m and sg24 != m.group(1):
                errors.append(f"{name}: '局长：{m.group(1)}' is printed on its own line but signer is {sg24!r}")
        # a heading 第N号 printed in another form in a metadata row (提案编号：83, 提案号：20230152, 提案號：2022-047): the heading's N
        heads24 = [h for h in lines[:3] if re.search(r"(关于|關於|对|對).*(答复|答復)", h)]
        hn24 = [x for h in heads24 for x in re.findall(r"第([0-9]+)[号號](?:提案|建议|建議)", h)]
        if hn24 and pn24 != hn24[0]:
            errors.append(f"{name}: the heading prints 第{hn24[0]}号 but proposal_no is {pn24!r}")
        for ln in lines[:6]:
            for v in re.findall(r"(?:提案号|提案號|建议号|提案编号|建议编号|提案編號|建議編號)[：:]\s*([0-9][0-9-]*)", ln):
                if hn24 and v != hn24[0] and pn24 == v:
                    errors.append(f"{name}: proposal_no {v} is the metadata row's form, not the heading's 第{hn24[0]}号")
        # a pipe card '| 建议编号 | 14 |' (no colon) gives the number
        for ln in lines:
            m = re.search(r"\|\s*(?:建议编号|提案编号|建议号|提案号)\s*\|\s*第?([0-9]+)号?\s*\|", ln)
            if m and pn24 != m.group(1):
                errors.append(f"{name}: the card cell prints {m.group(1)} but proposal_no is {pn24!r}")
        # bare 领衔： / 附议： / 领衔人： / 附议人： lines, a 代表： row, 代表姓名 / 代表 pipe cells: every name is a proposer
        for ln in lines:
            m = re.match(r"^\s*(领衔|附议|領銜|附議|领衔人|附议人|領銜人|附議人|代表)[：:]\s*(.+)$", ln)
            if m:
                for nm in [x for x in re.split(r"[\s　、，,]+", m.group(2)) if x]:
                    if nm not in props24:
                        errors.append(f"{name}: {nm!r} after {m.group(1)}： missing from proposers")
            for lab, val in re.findall(r"\|\s*(代表姓名|代表)\s*\|\s*([^|]+)\|", ln):
                for nm in [x for x in re.split(r"[\s　、，,]+", val) if x]:
                    if nm not in props24:
                        errors.append(f"{name}: {nm!r} of the {lab} cell missing from proposers")
        # '本提案由我局主办，Y、Z会办' / '本建议由…' / '本提案由我局主辦，Y、Z會辦': Y and Z are co-handlers
        for m in re.finditer(r"本(?:提案|建议|建議|件)由[^，,。]{1,12}主[办辦][，,]([^，,。]+?)(?:会办|會辦|协办|協辦)", text):
            for u in [x for x in m.group(1).split("、") if x]:
                if u not in cos24:
                    errors.append(f"{name}: the 会办 unit {u!r} of '本…由…主办' missing from co_handlers")
        # units on a closing 抄送 line that are named nowhere else are no co-handlers
        for ln in lines:
            if re.match(r"^\s*(抄送|抄報|抄报)[：:]", ln):
                for u in re.split(r"[，,、。]", re.split(r"[：:]", ln, 1)[1]):
                    u = u.strip()
                    if u and u in cos24 and text.count(u) == ln.count(u):
                        errors.append(f"{name}: {u!r} is named only on the 抄送 line but is a co-handler")
        # a letter closing with a bare date and no unit line takes the heading's prefix as issuer
        body24 = [x for x in lines if x.strip()]
        if body24 and re.fullmatch(datepat, body24[-1]) and len(body24) >= 2 and not re.fullmatch(
                r"[\s　]*[\u4e00-\u9fff（）()]{3,40}(局|分局|委员会|政府|办事处)[\s　]*|" + note_re, body24[-2]) and isinstance(t24, str):
            m = re.match(r"^([\u4e00-\u9fff]{3,30}?(?:局|分局|委员会|人民政府|办事处))(?:关于|關於|对|對)", t24)
            if m and iss24 != m.group(1):
                errors.append(f"{name}: the letter names its unit only as the heading prefix {m.group(1)!r}, but issuer is {iss24!r}")
        # a 文号： / 文號： value on a metadata row is the doc number, with its brackets as printed
        for ln in lines[:6]:
            for v in re.findall(r"(?:文号|文號)[：:]\s*(\S+?[号號])(?=\s|$)", ln):
                if dn24 != v:
                    errors.append(f"{name}: the row prints 文号 {v!r} but doc_number is {dn24!r}")
        # a doc line of its own with [ ], （ ）, 【】 or 〔〕 (also traditional 號)
        for ln in lines[:6]:
            m = re.match(r"^\s*([\u4e00-\u9fff]{1,8}[〔\[【（(]\d{4}[〕\]】）)]\d+[号號])(?:\s|$)", ln)
            if m and dn24 != m.group(1):
                errors.append(f"{name}: the doc line prints {m.group(1)!r} but doc_number is {dn24!r}")
        # a 签发：X / 签发人：X line of its own gives the signer
        for ln in lines:
            m = re.fullmatch(r"\s*(?:签发|簽發|签发人|簽發人)[：:]\s*([\u4e00-\u9fff·]{2,8})\s*", ln)
            if m and sg24 != m.group(1):
                errors.append(f"{name}: the line '签发：{m.group(1)}' gives the signer but signer is {sg24!r}")
        # (added after round 1 of the planted errors) kind is stated by the session the page names, also without a heading (f24-29, f24-40)
        if rec.get("kind") is None and re.search(r"人大|人民代表大会|政协|政協|代表[：:]|委员[：:]|委員[：:]", text):
            errors.append(f"{name}: the page names a congress or CPPCC session but kind is null")
        if t24 is None and rec.get("kind") == "提案" and re.search(r"人大", text) and not re.search(r"政协|政協", text):
            errors.append(f"{name}: the page names only a congress session but kind is 提案")
        # (added after round 1) a middle-dot name is one proposer, never split at the dot (f24-39, f24-40)
        for nm in {re.sub(r"(等\d*位?)?(委员|代表|委員)$", "", x) for x in re.findall(r"[\u4e00-\u9fff]{1,12}·[\u4e00-\u9fff]{1,12}", text)}:
            for item in props24:
                if item != nm and item in nm and nm not in props24 and re.search(re.escape(nm) + r"(委员|代表|[、，]|\s|$)", text):
                    errors.append(f"{name}: proposer {item!r} is a part of the middle-dot name {nm!r}")
        # (added after round 2 of the planted errors) a heading line printing the unit before 关于 is the title whole, never cut to its 关于 part (f24-03)
        if isinstance(t24, str):
            for ln in lines[:3]:
                fl = WS.sub("", ln)
                m = re.fullmatch(r"([\u4e00-\u9fff]{3,30}?(?:局|分局|委员会|人民政府|办事处))((?:关于|關於|对|對)\S+(?:答复|答復|复函|的函))", fl)
                if m and WS.sub("", t24) == m.group(2):
                    errors.append(f"{name}: the heading {fl!r} prints the unit {m.group(1)!r}, which title {t24!r} drops")
        # checks added for fields25
        t25, iss25, dn25, pn25, sg25 = rec.get("title"), rec.get("issuer"), rec.get("doc_number"), rec.get("proposal_no"), rec.get("signer")
        ds25, dp25, props25, cos25 = rec.get("date_signed"), rec.get("date_published"), rec.get("proposers") or [], rec.get("co_handlers") or []
        body25 = [ln for ln in lines if not re.match(r"\s*(上一篇|下一篇|上一条|下一条|上一條|下一條|抄送|抄報|抄报|附件)", ln)]
        # the number in Chinese numerals with 百 (第一百零六号, 第一百二十三号) or without it (第四十七号, 第五十二號) is its Arabic value
        for ln in body25:
            for x in re.findall(r"第([〇零一二三四五六七八九十百]+)[号號](?:提案|建议|建議)?", ln):
                if pn25 != str(cn_num25(x)):
                    errors.append(f"{name}: 第{x}号 is {cn_num25(x)} but proposal_no is {pn25!r}")
        # the number in full-width digits (第１２３号) is the same number in ASCII digits
        for ln in body25:
            for x in re.findall(r"第([０-９]+)[号號]", ln):
                if pn25 != unicodedata.normalize("NFKC", x):
                    errors.append(f"{name}: 第{x}号 is {unicodedata.normalize('NFKC', x)} but proposal_no is {pn25!r}")
        if isinstance(pn25, str) and (re.search(r"[０-９〇零一二三四五六七八九十百]", pn25) or re.search(r"[第号號]", pn25)):
            errors.append(f"{name}: proposal_no {pn25!r} is not written in ASCII digits without 第/号")
        # a sign-off unit with a same-line seal note (X（盖章）/（公章）/（印章）) over the last date gives X
        dl25 = [i for i, ln in enumerate(lines) if re.fullmatch(r"[\s　]*([0-9]{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日[\s　]*", ln)]
        seal25 = r"[（(](?:盖章|蓋章|公章|印章|章|此件公开发布|此件公開發布)[）)]"
        signoff25 = None
        if dl25 and dl25[-1] >= 1:
            up1 = lines[dl25[-1] - 1].strip()
            m = re.fullmatch(r"([\u4e00-\u9fff]{3,30}(?:局|委员会|委員會|政府|办事处|辦事處))" + seal25, up1)
            if m:
                signoff25 = m.group(1)
            elif re.fullmatch(seal25 + r"|(?:局长|局長)[：:]\s*[\u4e00-\u9fff·]{2,8}", up1) and dl25[-1] >= 2:
                up2 = lines[dl25[-1] - 2].strip()
                if re.fullmatch(r"[\u4e00-\u9fff]{3,30}(?:局|委员会|委員會|政府|办事处|辦事處)", up2):
                    signoff25 = up2
            elif re.fullmatch(r"[\u4e00-\u9fff]{3,30}(?:局|委员会|委員會|政府|办事处|辦事處)", up1):
                signoff25 = up1
        if signoff25 and iss25 != signoff25:
            errors.append(f"{name}: the sign-off names {signoff25!r} but issuer is {iss25!r}")
        if isinstance(iss25, str) and re.search(r"章[）)]|[（(]", iss25):
            errors.append(f"{name}: issuer {iss25!r} keeps a seal note or bracket")
        # a 发文机关 / 发布机构 value in another form than the sign-off never replaces it
        for ln in lines[:6]:
            for v in re.findall(r"(?:发文机关|發文機關|发布机构|發布機構)[：:]\s*([\u4e00-\u9fff]+)", ln):
                if signoff25 and v != signoff25 and iss25 == v:
                    errors.append(f"{name}: issuer {v!r} is the metadata row's form, not the sign-off's {signoff25!r}")
        # a 主办单位 | 协办单位 header row over a value row: the 协办 cells are co-handlers, the 主办 cell is none
        for i, ln in enumerate(lines[:-1]):
            hs = [c.strip() for c in ln.split("|")]
            vs = [c.strip() for c in lines[i + 1].split("|")]
            if "|" in ln and len(hs) == len(vs) and any(h in ("协办单位", "協辦單位", "会办单位", "會辦單位") for h in hs):
                for h, v in zip(hs, vs):
                    units = [u for u in re.split(r"[、，,]", v) if u and u != "无"]
                    if h in ("协办单位", "協辦單位", "会办单位", "會辦單位"):
                        for u in units:
                            if u not in cos25:
                                errors.append(f"{name}: unit {u!r} under the {h} header missing from co_handlers")
                    if h in ("主办单位", "主辦單位"):
                        for u in units:
                            if u in cos25:
                                errors.append(f"{name}: the 主办 unit {u!r} is labelled as a co-handler")
        # a 协办单位 cell or colon value reading 无 gives none, and a 主办单位：X cell or line never a co-handler
        for ln in lines:
            for v in re.findall(r"(?:主办单位|主辦單位)\s*[：:|]\s*\|?\s*([^\s|　]+)", ln):
                if v in cos25:
                    errors.append(f"{name}: the 主办 unit {v!r} is labelled as a co-handler")
        # 承办处室 / 经办人 / 联系人 values are neither signer, proposer nor co-handler
        for ln in lines:
            for lab, v in re.findall(r"(承办处室|承辦處室|经办人|經辦人|联系人|聯系人|聯繫人)[：:]\s*([\u4e00-\u9fff·]{2,12})", ln):
                if v == sg25 or v in props25 or v in cos25 or v == iss25:
                    errors.append(f"{name}: {v!r} after {lab} is labelled as signer/proposer/co-handler/issuer")
        # a heading wrapped over two lines (also a unit line over the 关于 line) is joined
        if True:  # (fixed after round 1 of the planted errors: also when title is null, f25-01, 20, 25, 30, 33, 38)
            for i, ln in enumerate(lines[:8]):
                if i + 1 >= len(lines):
                    break
                a, b = WS.sub("", ln), WS.sub("", lines[i + 1])
                if not a or not b or re.search(r"[：:|>＞_]", a + b) or re.search(r"(答复|答復|复函|復函)$", a) or re.match(BREADCRUMB, ln):
                    continue
                if re.search(r"(答复|答復|复函|復函)$", b) and re.fullmatch(r"\S*(关于|關於|对|對)\S*第\S+?[号號](提案|建议|建議)的(答复|答復)", a + b) \
                        and not re.fullmatch(r"(关于|關於|对|對)\S+", b) or re.fullmatch(r"[\u4e00-\u9fff]{4,30}(局|委员会|政府)", a) and re.match(r"(关于|關於|对|對)", b) and re.search(r"(答复|答復)$", b):
                    if WS.sub("", t25 or "") != a + b:
                        errors.append(f"{name}: the heading printed over two lines is {a + b!r}, not {t25!r}")
        # the proposal's own title quoted in 《》 is never the reply's title
        if isinstance(t25, str):
            for q in re.findall(r"《([^》]+)》", text):
                if WS.sub("", q) == WS.sub("", t25) or WS.sub("", t25) in WS.sub("", q):
                    errors.append(f"{name}: title {t25!r} is the quoted proposal title")
        # only 成文日期 printed as a page date: it is date_published
        pubs25 = [ln for ln in lines if re.search(r"发布|發布|时间|時間|答复日期|公开日期", ln) and dates_in(ln)]
        cw25 = {d for ln in lines[:6] for v in re.findall(r"成文日期[：:]\s*(\S+)", ln) for d in dates_in(v)}
        if cw25 and not pubs25 and dp25 not in cw25:
            errors.append(f"{name}: 成文日期 {sorted(cw25)} is the only page date but date_published is {dp25!r}")
        # a 〇 sign-off of the same day as the metadata date: both read as that date
        if dl25 and ds25 not in dates_in(lines[dl25[-1]]):
            errors.append(f"{name}: the sign-off date {lines[dl25[-1]].strip()!r} is not date_signed {ds25!r}")
        # the session written long in the body: 人民代表大会 -> 建议, 政协…委员会 / 政協…委員會 -> 提案
        if re.search(r"人民代表大会|人民代表大會", text) and not re.search(r"政协|政協", text) and rec.get("kind") != "建议":
            errors.append(f"{name}: the body names a people's congress session but kind is {rec.get('kind')!r}")
        if re.search(r"(政协|政協)\S{0,12}第\S{1,3}届委员会|(政协|政協)\S{0,12}第\S{1,3}屆委員會", text) and rec.get("kind") != "提案":
            errors.append(f"{name}: the body names a CPPCC session but kind is {rec.get('kind')!r}")
        # (added after round 2 of the planted errors) a card's status / result cell (| 办理状态 | 已办结 |) names no proposer (f25-19)
        for ln in lines:
            for lab, v in re.findall(r"\|\s*(办理状态|办理结果|辦理狀態|答复类别|答复时间)\s*\|\s*([^|]+?)\s*(?=\|)", ln):
                if v in props25:
                    errors.append(f"{name}: {v!r} of the {lab} cell is labelled as a proposer")
        if not isinstance(rec.get("_note"), str) or not rec.get("_note"):
            errors.append(f"{name}: empty _note")
    places = [PLACES[f][1] for f in PLACES]
    if len(set(places)) != len(places):
        errors.append("two letters share a place")
    if len(TRADITIONAL) != 4:  # f25-16, f25-21, f25-30, f25-37
        errors.append("expected 4 traditional-character pages")
    for e in errors:
        print(e)
    print(f"{len(letters)} letters checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
