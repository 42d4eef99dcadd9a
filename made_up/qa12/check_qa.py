#!/usr/bin/env python3
"""Check qa12.jsonl against the letters in letters/ (adapted from qa11/check_qa.py).

Checks: every line parses, ids unique and of the form q12-<type>-NN, fields per type,
every must_include_any alternative and every reference verbatim in the gold letter
(multi_letter: each alternative in at least one listed letter, and each listed letter
holds at least one alternative), gold_section_keywords all inside the numbered heading
(一、二、…) that sits above the reference ([] for letters without such headings and for
metadata questions), en questions free of Chinese characters, the question mix, at
least 3 answerable single-letter questions per letter, and letter body lengths.
Prints errors; exit code 1 if any.
"""
import json, re, sys, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LET = os.path.join(HERE, "letters")
QA = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "qa12.jsonl")
CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
HEAD = re.compile(r"^\s*([一二三四五六七八九十]+)、(.+)$", re.M)
TYPES = {"zh": 32, "en": 18, "metadata": 8, "multi_turn": 6, "multi_letter": 6, "unanswerable": 20}
UNA_LANG = {"zh": 12, "en": 8}
NEAR, OFF = 16, 4

errors = []
def err(i, msg): errors.append(f"{i}: {msg}")

letters = {f: open(os.path.join(LET, f), encoding="utf-8").read()
           for f in sorted(os.listdir(LET)) if f.endswith(".txt")}
if len(letters) != 10: err("letters", f"{len(letters)} letters (want 10)")

def headings(text):
    return [(m.start(), m.group(0).strip()) for m in HEAD.finditer(text)]

def section_of(text, pos):
    h = [x for x in headings(text) if x[0] <= pos]
    return h[-1][1] if h else None

# ---- letters ----
body_len = {}
for f, t in letters.items():
    lines = t.split("\n")
    sal = [i for i, l in enumerate(lines) if re.search(r"(代表|委员|委员会)：\s*$", l)]
    dat = [i for i, l in enumerate(lines) if re.match(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日|二〇.+日)\s*$", l)]
    if not sal or not dat:
        err(f, "cannot find salutation or date line"); continue
    body = re.sub(r"\s", "", "".join(lines[sal[0]:dat[-1] + 1]))
    han = len(re.findall(r"[\u4e00-\u9fff]", body))
    body_len[f] = (len(body), han)
    if not 900 <= len(body) <= 1600: err(f, f"body length {len(body)} outside 900-1600")
    if not 900 <= han <= 1600: err(f, f"body has {han} Chinese characters, outside 900-1600")
no_heads = [f for f, t in letters.items() if not headings(t)]
if len(no_heads) < 4: err("letters", f"only {len(no_heads)} letters without numbered headings (want >= 4)")

# ---- questions ----
rows = []
with open(QA, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        line = line.strip()
        if not line: continue
        try:
            rows.append(json.loads(line))
        except Exception as e:
            err(f"line {n}", f"bad JSON: {e}")

seen = set(); counts = Counter(); una_lang = Counter(); near = off = colloquial = 0
lang_by_type = Counter()
for d in rows:
    i = d.get("id", "?")
    if i in seen: err(i, "duplicate id")
    seen.add(i)
    typ = d.get("type")
    if typ not in TYPES: err(i, f"bad type {typ}"); continue
    counts[typ] += 1
    if not re.fullmatch(rf"q12-{typ}-\d\d", i): err(i, "id does not match q12-<type>-NN")
    has_q, has_t = "question" in d, "turns" in d
    if typ == "multi_turn":
        if not has_t or not isinstance(d["turns"], list) or not 2 <= len(d["turns"]) <= 3:
            err(i, "multi_turn needs turns (2-3)")
        if has_q: err(i, "multi_turn must not also have question")
    elif not has_q or not d["question"].strip(): err(i, "needs question")
    text_q = " ".join(d["turns"]) if has_t else d.get("question", "")
    lang = "zh" if CJK.search(text_q) else "en"
    lang_by_type[(typ, lang)] += 1
    must = d.get("must_include_any")
    if not isinstance(must, list): err(i, "must_include_any missing"); continue
    tags = d.get("tags", [])

    if typ == "unanswerable":
        if d.get("answerable") is not False: err(i, "unanswerable must have answerable=false")
        if must: err(i, "unanswerable must have empty must_include_any")
        for k in ("gold_file", "gold_proposal", "reference", "gold_files_any", "min_distinct_letters"):
            if k in d: err(i, f"unanswerable must not have {k}")
        una_lang[lang] += 1
        if "off-topic" in tags: off += 1
        elif "near-topic" in tags:
            near += 1
            nl = [t[5:] for t in tags if t.startswith("near:")]
            if len(nl) != 1 or nl[0] not in letters: err(i, "near-topic needs one near:<letter> tag naming a letter")
        else: err(i, "unanswerable needs tag near-topic or off-topic")
        continue

    if d.get("answerable") is not True: err(i, "answerable must be true")
    if not must or any(not isinstance(g, list) or not g or any(not isinstance(a, str) or not a for a in g) for g in must):
        err(i, "must_include_any must be a non-empty list of non-empty lists of strings"); continue

    if typ == "multi_letter":
        files = d.get("gold_files_any", [])
        if len(set(files)) < 2: err(i, "gold_files_any needs >= 2 distinct letters")
        if d.get("min_distinct_letters") != 2: err(i, "min_distinct_letters must be 2")
        if "gold_file" in d or "reference" in d: err(i, "multi_letter uses gold_files_any, not gold_file/reference")
        for f in files:
            if f not in letters: err(i, f"unknown letter {f}")
        texts = {f: letters[f] for f in files if f in letters}
        for g in must:
            for a in g:
                if not any(a in t for t in texts.values()): err(i, f"alternative {a!r} not in any gold letter")
        for f, t in texts.items():
            if not any(a in t for g in must for a in g): err(i, f"listed letter {f} holds none of the alternatives")
        if lang == "en" and CJK.search(d["question"]): err(i, "English question contains Chinese")
        continue

    f = d.get("gold_file")
    if f not in letters: err(i, f"gold_file {f} unknown"); continue
    t = letters[f]
    for g in must:
        for a in g:
            if a not in t: err(i, f"alternative {a!r} not verbatim in {f}")
    ref = d.get("reference")
    if not ref: err(i, "reference missing"); continue
    pos = t.find(ref)
    if pos < 0: err(i, f"reference not verbatim in {f}"); continue
    kws = d.get("gold_section_keywords")
    if not isinstance(kws, list): err(i, "gold_section_keywords missing"); continue
    has_heads = bool(headings(t))
    if typ == "metadata":
        if "metadata" not in tags: err(i, "metadata question needs tag metadata")
        if kws: err(i, "metadata questions use []")
    else:
        if has_heads and not kws: err(i, f"{f} has headings: gold_section_keywords must be filled")
        if not has_heads and kws: err(i, f"{f} has no headings: gold_section_keywords must be []")
        if kws:
            sec = section_of(t, pos)
            if sec is None: err(i, "reference sits above the first heading")
            else:
                for k in kws:
                    if k not in sec: err(i, f"keyword {k!r} not in heading above reference ({sec})")
    if typ == "en" and CJK.search(text_q): err(i, "en question contains Chinese characters")
    if typ == "zh" and lang != "zh": err(i, "zh question has no Chinese")
    if typ == "zh" and "colloquial" in tags: colloquial += 1

for typ, n in TYPES.items():
    if counts[typ] != n: err("mix", f"{typ}: {counts[typ]} (want {n})")
if dict(una_lang) != UNA_LANG: err("mix", f"unanswerable languages {dict(una_lang)} (want {UNA_LANG})")
if near != NEAR or off != OFF: err("mix", f"near-topic {near}, off-topic {off} (want {NEAR}, {OFF})")
if not 13 <= colloquial <= 19: err("mix", f"colloquial zh {colloquial} (want about half of 32)")
for typ in ("multi_turn", "multi_letter", "metadata"):
    if lang_by_type[(typ, "zh")] == 0 or lang_by_type[(typ, "en")] == 0: err("mix", f"{typ} should mix Chinese and English")
cov = Counter(d.get("gold_file") for d in rows if d.get("type") in ("zh", "en", "metadata", "multi_turn"))
for f in letters:
    if cov[f] < 3: err("mix", f"{f} has only {cov[f]} answerable single-letter questions")
near_cov = Counter(t[5:] for d in rows for t in d.get("tags", []) if t.startswith("near:"))

print(f"{len(rows)} questions; types {dict(counts)}")
print(f"unanswerable: near-topic {near}, off-topic {off}, languages {dict(una_lang)}; colloquial zh {colloquial}")
print("by type and language:", {f"{a}/{b}": n for (a, b), n in sorted(lang_by_type.items())})
print("answerable single-letter per letter:", {f[4:6]: cov[f] for f in letters})
print("near-topic per letter:", {f[4:6]: near_cov[f] for f in letters})
print("body length (chars / Chinese chars):", {f[4:6]: v for f, v in body_len.items()})
print("letters without numbered headings:", [f[4:6] for f in no_heads])
for e in errors: print("ERROR", e)
print(f"{len(errors)} errors")
sys.exit(1 if errors else 0)
