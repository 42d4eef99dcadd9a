#!/usr/bin/env python3
"""Validate gold.json against the letters in letters/ beside it (set: fields10, f10-01.txt ... f10-40.txt)."""
import json, os, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["title", "issuer", "doc_number", "proposal_no", "kind", "proposers",
        "signer", "date_signed", "date_published", "co_handlers", "_note"]
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NAME = re.compile(r"^f10-\d{2}\.txt$")
YEARS = (2010, 2025)
TITLE_WORDS = ("代表", "委员", "委員")
WS = re.compile(r"\s+")  # includes the full-width space U+3000
PUBLISHER_LABELS = r"来源|來源|发布机构|發布機構|发布机关|发文机关|主办[：:]|主辦[：:]|答复单位|发布人"
FURNITURE_DATES = r"星期|提交日期|交办日期"
GENRE = {"提案答复", "建议答复", "答复", "答复函", "提案答覆", "建議答復", "答復"}


CN = {"〇": 0, "○": 0, "零": 0, "0": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5,
      "六": 6, "七": 7, "八": 8, "九": 9}


def cn_num(s):
    """二〇一八 -> 2018 (digit by digit); 二十一 -> 21 (tens form)."""
    if "十" in s:
        a, _, b = s.partition("十")
        return (CN[a] if a else 1) * 10 + (CN[b] if b else 0)
    return int("".join(str(CN[c]) for c in s))


def dates_in(text):
    """All dates printed in the text, normalised to YYYY-MM-DD."""
    out = set()
    for y, m, d in re.findall(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})", text):
        out.add(f"{int(y):04d}-{int(m):02d}-{int(d):02d}")
    cn = "〇○零0Ｏ一二三四五六七八九十"  # real pages also write the zero as an ASCII 0 (二0一七年)
    for y, m, d in re.findall(f"([{cn}]{{4}})年([{cn}]{{1,3}})月([{cn}]{{1,3}})日", text):
        out.add(f"{cn_num(y):04d}-{cn_num(m):02d}-{cn_num(d):02d}")
    return out


def page_text(path):
    lines = open(path, encoding="utf-8").read().split("\n")
    head = lines[:4]
    errs = []
    if head[0] != "source_url: made-up (fields10)" or not head[1].startswith("layout: ") \
            or head[2] != "note: synthetic content" or head[3] != "---":
        errs.append("bad front matter (4 lines)")
    return "\n".join(lines[4:]), errs


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
            errors.append(f"{f}: file name not of the form f10-NN.txt")
    expected = [f"f10-{i:02d}.txt" for i in range(1, 41)]
    if files != expected:
        errors.append(f"letters/ holds {len(files)} files, expected f10-01.txt ... f10-40.txt")
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
        if rec.get("kind") not in ("提案", "建议", None):
            errors.append(f"{name}: kind={rec.get('kind')!r}")
        for k in ("proposers", "co_handlers"):
            v = rec.get(k)
            if not isinstance(v, list):
                errors.append(f"{name}: {k} is not a list")
                continue
            if len(set(v)) != len(v):
                errors.append(f"{name}: {k} has duplicates")
            for item in v:
                if not isinstance(item, str) or not item or item not in text:
                    errors.append(f"{name}: {k} item {item!r} not in text")
                elif k == "proposers" and item.endswith(TITLE_WORDS):
                    errors.append(f"{name}: proposer {item!r} still carries a 代表/委员 title")
                elif k == "co_handlers" and item == rec.get("issuer"):
                    errors.append(f"{name}: co_handler {item!r} is the issuer")
        t = rec.get("title")
        if t is not None and (not isinstance(t, str) or WS.sub("", t) not in flat):
            errors.append(f"{name}: title not in text (whitespace removed)")
        if isinstance(t, str) and WS.sub("", t) in GENRE:
            errors.append(f"{name}: title {t!r} is a genre word, not a title")
        s = rec.get("signer")
        if isinstance(s, str) and s in text and not (
                re.search(r"签发人?[：:]\s*" + re.escape(s), text)
                or any(s in line and ("审签" in line or "審簽" in line) for line in text.split("\n"))):
            errors.append(f"{name}: signer {s!r} is neither after 签发人/领导签发 nor in an 审签 sentence")
        lines = text.split("\n")
        iss = rec.get("issuer")
        if isinstance(iss, str) and iss in text and not any(
                iss in ln and not re.search(PUBLISHER_LABELS, ln) for ln in lines):
            errors.append(f"{name}: issuer {iss!r} printed only in a publisher/source/footer line")
        for c in rec.get("co_handlers") or []:
            if isinstance(c, str) and c in text and not any(
                    c in ln and not re.search(r"抄送|抄报|^报[：:]", ln) for ln in lines):
                errors.append(f"{name}: co_handler {c!r} printed only in a 抄送/抄报 line")
        dp = rec.get("date_published")
        if isinstance(dp, str) and DATE.match(dp) and not any(
                dp in dates_in(ln) and not re.search(FURNITURE_DATES, ln) for ln in lines):
            errors.append(f"{name}: date_published {dp} printed only as furniture/提交/交办 date")
        dn = rec.get("doc_number")
        if isinstance(dn, str) and re.search(r"[A-Da-d][0-9]?[类類]$", dn):
            errors.append(f"{name}: doc_number keeps a trailing category")
        for k in ("issuer", "doc_number", "signer"):
            v = rec.get(k)
            if v is not None and (not isinstance(v, str) or v not in text):
                errors.append(f"{name}: {k}={v!r} not in text")
        p = rec.get("proposal_no")
        if p is not None:
            # full-width digits are read as ASCII digits; the doc number is taken out first, so a
            # number printed only inside it (…（2019）第8号) does not count
            ntext = unicodedata.normalize("NFKC", text)
            if isinstance(dn, str):
                ntext = ntext.replace(unicodedata.normalize("NFKC", dn), " ")
            cn_nos = {str(cn_num(m)) for m in re.findall(r"第([〇零一二三四五六七八九十]+)[号號]", ntext)}
            if not (isinstance(p, str) and re.fullmatch(r"[0-9A-Za-z]+", p)):
                errors.append(f"{name}: proposal_no={p!r} not digits/letters")
            elif p in cn_nos:
                pass  # printed only in Chinese numerals (第二十三号), converted
            elif not re.search(r"(?:第|(?<![0-9A-Za-z]))" + re.escape(p) + r"[号號]", ntext):
                errors.append(f"{name}: proposal_no={p!r} not in text (outside the doc number)")
            elif not re.search(r"(?:第|(?<![0-9A-Za-z类類]))" + re.escape(p) + r"[号號]", ntext):
                errors.append(f"{name}: proposal_no={p!r} printed only as a category number (…类{p}号)")
        # checks added for fields10
        if isinstance(iss, str) and re.search(r"[网網]站$", iss):
            errors.append(f"{name}: issuer {iss!r} is a site name")
        if isinstance(t, str) and isinstance(dn, str) and dn in t:
            errors.append(f"{name}: title keeps the doc number {dn!r}")
        ds = rec.get("date_signed")
        if isinstance(ds, str) and DATE.match(ds) and not any(
                ds in dates_in(ln) and not re.search(r"[：:]", ln) for ln in lines):
            errors.append(f"{name}: date_signed {ds} printed only after a label (not a sign-off line)")
        if isinstance(ds, str) and isinstance(dp, str) and DATE.match(dp):
            first_sign = next((i for i, ln in enumerate(lines)
                               if ds in dates_in(ln) and not re.search(r"[：:]", ln)), None)
            if first_sign is not None and not any(dp in dates_in(ln) for ln in lines[:first_sign + 1]):
                errors.append(f"{name}: date_published {dp} printed only below the sign-off (another letter's furniture?)")
        for c in rec.get("co_handlers") or []:
            if isinstance(c, str) and isinstance(iss, str) and c in text and not any(
                    c in ln and iss not in ln for ln in lines):
                errors.append(f"{name}: co_handler {c!r} printed only on the issuer's sign-off line (a co-signer)")
        if not isinstance(rec.get("_note"), str) or not rec.get("_note"):
            errors.append(f"{name}: empty _note")
    for e in errors:
        print(e)
    print(f"{len(letters)} letters checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
