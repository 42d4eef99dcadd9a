#!/usr/bin/env python3
"""Validate gold.json against the letters in letters/ beside it (set: fields12, f12-01.txt ... f12-40.txt)."""
import glob, json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers",
        "signer", "date_signed", "date_published", "co_handlers", "_note"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME = re.compile(r"^f12-\d{2}\.txt$")
YEARS = (2010, 2025)
TITLE_WORDS = ("代表", "委员", "委員")
WS = re.compile(r"\s+")  # includes the full-width space U+3000
# 答复单位 / 承办单位 are not publisher labels: f12-34 prints its sign-off as "承办单位：…"
PUBLISHER_LABELS = r"来源|來源|发布机构|發布機構|发布机关|发文机关|發文機關|主办[：:]|主辦[：:]|发布人|联系单位|聯系單位|作者|编辑|审核"
FURNITURE_DATES = r"星期|提交日期|提交时间|交办日期|印发"
GENRE = {"提案答复", "建议答复", "答复", "答复函", "提案答覆", "建議答復", "答復", "提案办理结果公开"}
SIGN_LABEL = r"(?:签发人?|签发领导|簽發人?|簽發領導)[：:]\s*"
NUMBER = re.compile(r"^[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*$")  # 1-0213 keeps its hyphen

# the place each letter is set in, as the letter prints it, and as the earlier READMEs would write it
PLACES = {
    "f12-01.txt": ("依安", "依安"), "f12-02.txt": ("汤原", "汤原"), "f12-03.txt": ("农安", "农安"),
    "f12-04.txt": ("辉南", "辉南"), "f12-05.txt": ("绥中", "绥中"), "f12-06.txt": ("昌图", "昌图"),
    "f12-07.txt": ("蔚县", "蔚县"), "f12-08.txt": ("滦州", "滦州"), "f12-09.txt": ("襄垣", "襄垣"),
    "f12-10.txt": ("朔州", "朔州"), "f12-11.txt": ("敖汉旗", "敖汉"), "f12-12.txt": ("太仆寺旗", "太仆寺"),
    "f12-13.txt": ("洛川", "洛川"), "f12-14.txt": ("临洮", "临洮"), "f12-15.txt": ("彭阳", "彭阳"),
    "f12-16.txt": ("民和", "民和"), "f12-17.txt": ("沙雅", "沙雅"), "f12-18.txt": ("林周", "林周"),
    "f12-19.txt": ("苍溪", "苍溪"), "f12-20.txt": ("秀山", "秀山"), "f12-21.txt": ("印江", "印江"),
    "f12-22.txt": ("宾川", "宾川"), "f12-23.txt": ("陆川", "陆川"), "f12-24.txt": ("澄迈", "澄迈"),
    "f12-25.txt": ("翁源", "翁源"), "f12-26.txt": ("德化", "德化"), "f12-27.txt": ("铅山", "铅山"),
    "f12-28.txt": ("旌德", "旌德"), "f12-29.txt": ("泗洪", "泗洪"), "f12-30.txt": ("遂昌", "遂昌"),
    "f12-31.txt": ("沂水", "沂水"), "f12-32.txt": ("新蔡", "新蔡"), "f12-33.txt": ("浠水", "浠水"),
    "f12-34.txt": ("安化", "安化"), "f12-35.txt": ("房山", "房山"), "f12-36.txt": ("西青", "西青"),
    "f12-37.txt": ("虹口", "虹口"), "f12-38.txt": ("潼南", "潼南"), "f12-39.txt": ("郧西", "郧西"),
    "f12-40.txt": ("陵水", "陵水"),
}
TRADITIONAL = {"f12-17.txt", "f12-26.txt", "f12-33.txt"}

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
    if head[0] != "source_url: made-up (fields12)" or not head[1].startswith("layout: ") \
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
            errors.append(f"{f}: file name not of the form f12-NN.txt")
    expected = [f"f12-{i:02d}.txt" for i in range(1, 41)]
    if files != expected:
        errors.append(f"letters/ holds {len(files)} files, expected f12-01.txt ... f12-40.txt")
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
        if "政协" in t and kind != "提案" or re.search(r"人大|人民代表大会", t) and kind != "建议":
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
        if isinstance(dn, str) and re.search(r"[A-Da-d][0-9]?[类類]$", dn):
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
            if isinstance(c, str) and isinstance(iss, str) and c in text and not any(
                    c in ln and iss not in ln for ln in lines):
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
            name_field = r"^\W*(题\s*目|提案标题|建议标题|信息名称)\s*[：:]"
            ok = False
            for i, ln in enumerate(lines):
                if ft in WS.sub("", ln) and not re.search(name_field, ln.strip()) and not (
                        i > 0 and lines[i - 1].strip() in ("提案标题", "建议标题", "信息名称")):
                    ok = True
            joined_ok = ft in WS.sub("", "".join(ln for ln in lines if not re.search(name_field, ln.strip())))
            if not (ok or joined_ok):
                errors.append(f"{name}: title printed only as a card field naming the proposal")
        p2 = rec.get("proposal_no")
        if isinstance(p2, str):
            sib = [ln for ln in lines if re.match(r"(上一篇|下一篇)", ln.strip())]
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
            if isinstance(item, str) and re.search(r"代表团$", item):
                errors.append(f"{name}: proposer {item!r} is a delegation printed beside a deputy's name")
        dp2 = rec.get("date_published")
        if isinstance(dp2, str) and DATE.match(dp2) and all(
                re.search(r"交办日期|提交时间|提交日期", ln) for ln in lines if dp2 in dates_in(ln)):
            errors.append(f"{name}: date_published {dp2} is an assignment or submission date")
        if not isinstance(rec.get("_note"), str) or not rec.get("_note"):
            errors.append(f"{name}: empty _note")
    places = [PLACES[f][1] for f in PLACES]
    if len(set(places)) != len(places):
        errors.append("two letters share a place")
    if len(TRADITIONAL) != 3:
        errors.append("expected 3 traditional-character pages")
    for e in errors:
        print(e)
    print(f"{len(letters)} letters checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
