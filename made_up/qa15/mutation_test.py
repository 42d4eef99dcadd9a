#!/usr/bin/env python3
"""Seed faults into a scratch copy of the set and show that check_qa.py reports each one.

Run: python3 mutation_test.py   (the set itself is never modified)
"""
import json, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def save(path, rows):
    with open(path, "w", encoding="utf-8") as fh:
        for d in rows:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


def by_id(rows, i):
    return next(d for d in rows if d["id"] == i)


def m_reference(rows, d): by_id(rows, "q15-zh-01")["reference"] += "（改）"
def m_section(rows, d): by_id(rows, "q15-zh-04")["gold_section_keywords"] = ["下一步工作"]
def m_kw_noheads(rows, d): by_id(rows, "q15-zh-07")["gold_section_keywords"] = ["门牌"]
def m_string(rows, d): by_id(rows, "q15-zh-10")["must_include_any"] = [["86万元"]]
def m_cjk_en(rows, d): by_id(rows, "q15-en-07")["question"] += " 郎溪"
def m_dup(rows, d): rows.append(dict(by_id(rows, "q15-zh-02")))
def m_unans_strings(rows, d): by_id(rows, "q15-unanswerable-04")["must_include_any"] = [["1460万元"]]
def m_near_tag(rows, d):
    x = by_id(rows, "q15-unanswerable-08"); x["tags"] = [t for t in x["tags"] if not t.startswith("near:")]
def m_padded(rows, d): by_id(rows, "q15-multi_letter-02")["gold_files_any"].append("q15-01.txt")
def m_missing(rows, d): rows.remove(by_id(rows, "q15-en-20"))
def m_trap_letter(rows, d):
    x = by_id(rows, "q15-unanswerable-28"); x["tags"] = [t if not t.startswith("near:") else "near:q15-02.txt" for t in x["tags"]]
def m_short_number(rows, d): by_id(rows, "q15-zh-28")["must_include_any"] = [["70%"], ["800"]]
def m_letter_answers(rows, d):
    p = os.path.join(d, "letters", "q15-10.txt"); t = open(p, encoding="utf-8").read()
    open(p, "w", encoding="utf-8").write(t.replace("感谢你们对尘肺病患者", "尘肺病患者住院费用按85%报销。\n\n感谢你们对尘肺病患者"))


MUTATIONS = [m_reference, m_section, m_kw_noheads, m_string, m_cjk_en, m_dup, m_unans_strings,
             m_near_tag, m_padded, m_missing, m_trap_letter, m_short_number, m_letter_answers]

ok = True
for m in MUTATIONS:
    d = tempfile.mkdtemp()
    shutil.copytree(os.path.join(HERE, "letters"), os.path.join(d, "letters"))
    shutil.copy(os.path.join(HERE, "check_qa.py"), d)
    rows = load(os.path.join(HERE, "qa15.jsonl"))
    m(rows, d)
    save(os.path.join(d, "qa15.jsonl"), rows)
    r = subprocess.run([sys.executable, os.path.join(d, "check_qa.py")], capture_output=True, text=True)
    errs = [l for l in r.stdout.splitlines() if l.startswith("ERROR")]
    caught = r.returncode != 0 and errs
    ok &= bool(caught)
    print(f"{'caught' if caught else 'MISSED'}  {m.__name__}: {errs[0] if errs else ''}")
    shutil.rmtree(d)
print("all mutations caught" if ok else "some mutations missed")
sys.exit(0 if ok else 1)
