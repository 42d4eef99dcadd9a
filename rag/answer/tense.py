"""When a sentence of a reply places what it says: promised, done, and by when.

    tense(own_words("下一步，我局将于2025年底前完成改造。"), 2024, "2024-09-10", issuer)
    # → (True, False): it promises and reports nothing (by when: `rag.answer.due`)

A sentence is read in its own words: what it only quotes (《…》, “…”, the proposer's
request, what another unit answered) has no tense. 将 / 拟 / 计划 / 力争 / 下一步 / 预计 with
a time / a deadline promise, unless the clause's doer is another unit ("县商务局已将…列入计
划，拟…", "由市卫健局负责实施，预计…", a 市 centre in a 镇's reply) or 已 opened the clause
("已于4月将…转…": 将 as 把, as is 将 before a noun phrase and its verb's complement, "将该
路段纳入…"), or it qualifies a noun ("计划改造的小区"), or a tally opened the clause ("累计争
取资金…"); a year's target (今年的目标任务为…) promises too. 已 / 截至 / 累计 / 正在 / the
particle 了 / a date before the letter / a total over a period up to now (近三年共…) report,
but not in what befell a thing ("挡墙去年出现开裂") nor before an inability or a need ("已难以
满足", "已刻不容缓"). What a work once done will bring about ("建成后，停车压力将大为缓解")
is a prediction. A due date is a time the promise states, never a past or unmeetable one.
"""

from __future__ import annotations

import re
from itertools import accumulate, islice

from rag.answer.aspect import ALREADY, NOW, completed
from rag.answer.deadlines import DUE, YEAR_DATED, dated_before
from rag.answer.doers import WE as _WE
from rag.answer.doers import after_its_own, others
from rag.answer.future import FUTURE, lead, past_plan, plan_noun
from rag.answer.predictions import mask, unpredicted
from rag.answer.words import masked_inside_words, opens_noun, tagged, tokens_of, word_ends
from rag.letters.genre import ORG_SUFFIX

# Done: 已, 截至, 正在 (ongoing work is reported), the aspect particle 了 (`completed`), a
# total over a period that ends now ("近三年内，全县共投入…", "今年以来共…"). After a
# promise only what is done already reports (not 已建成的…, a thing the promise is about):
# a target may count (力争到2025年累计…).
_NUMBER = r"[一二两三四五六七八九十\d]"
_BACK = rf"近(?:{_NUMBER}+|几|些)年|近年[来内]|过去的?(?:{_NUMBER}+|几)?年|以来|多年来"
PAST = re.compile(rf"已|截至|截止|累计|先后|共计|去年|此前|{NOW}|(?:{_BACK})[^。；;]*?共")
# A clause that 已 opens up to here ("已于4月将…"): what follows in it is done, its 将 is 把;
# so is one a tally opens ("累计争取资金9.8亿元": striven for and got).
_SO_FAR_DONE = re.compile(
    r"(?:已(?![\u4e00-\u9fff]{1,3}的)|累计|共计|先后)[^，,。；;：:并且还也]*$"
)
# A period that ends now (近年来, 过去两年, 2023年以来) reports, unless a problem is all it
# frames. A present state (目前有…) by itself is a description, not a deed.
STATUS = re.compile(_BACK)
# 将 as 把, in any tense: 将 + its object + a verb that carries the object somewhere — a result
# complement ("纳入", "列为", "压缩至", "建成", "改造为"), a hand-over ("转交", "交由第三方
# 公司") or a report to a body ("将…清单反馈两县水利局", "将…线路报省交通运输厅备案") — or
# joins it to another that closes the clause ("将监管与创建要求相结合，"). The object is a
# noun phrase ("该路段", "时限", "老化器材更新"); a future 将 is followed instead
# by how (积极, 进一步, 重点), by a preposition (在, 于, 对) or by a verb with an object of its
# own ("将加大资金投入", "将督促施工单位做到…"). The nearest 将 to the verb is the one
# ("将配合交通部门将其纳入…" still promises).
_TAKEN = (
    r"将(?!继续|进一步|积极|努力|全力|加快|尽快|逐步|认真|切实|会同|联合|按照|根据|结合|"
    r"重点|大力|不断|持续|依法|依规|严格|全面|及时|主动|着力|统筹|在|于|以|把|对)(?P<object>[^，,；;。将]{1,24}?)"
)
# …or a report to a body (not 报告 / 报请 / 报批: "将书面报告市政府" promises), looked for
# on its own too ("将调查形成的…建议报送…": 形成 is no result complement of the 将)
_REPORT = rf"(?P<report>反馈|通报|报送|抄送|上报|告知|函告|函送|转告|报(?![告请批]))(?=[^，,；;。]{{0,10}}?{ORG_SUFFIX})"
_DISPOSAL = re.compile(
    _TAKEN
    + r"(?:[\u4e00-\u9fff][入为至到给成]|[\u4e00-\u9fff]{2}[为成]|[转移送呈][交送达报]|交[由给]"
    rf"|{_REPORT}|与[^，,；;。]{{1,20}}?相..(?=[，,；;。]))"
)
_REPORTED = re.compile(_TAKEN + _REPORT)
# A refusal ("无法实施", "暂时不能解决"; not the 无权 of 无权属争议), or a matter out of the
# bureau's remit ("该事项不在我局职责范围内", "不属于我局职权范围").
_REFUSAL = (
    r"无法|不能|无权(?!属)|无力(?!感)|暂不|暂时不|难以|不具备"
    r"|不(?:在|属于?)[^，,。；;]{0,8}?(?:职责|职权|管辖|业务)范围"
)
# A problem, a lack or a refusal ("尚未联网", "暂时不能解决"): neither promised nor done.
PROBLEM = re.compile(
    rf"尚未|尚无|还未|还没有|没有|未能|{_REFUSAL}|暂未|仍然?(?:有|存在)(?![^，,。；;]{{0,8}}的)|"
    r"存在[^，,。；;]{0,20}?(?:问题|困难|不足|隐患|短板)"
    # a study put off until conditions allow ("待财力允许时，再作研究"): a refusal, politely
    r"|待[^。；;]{2,30}?[时后][，,]?再(?:作|行|予|进行)?(?:进一步)?的?(?:研究|考虑|论证)"
)
# A need or an urgency (亟需, 确需, 刻不容缓): what ought to be, like a rule; a 已 before it
# ("…已刻不容缓") tells how pressing, not a deed, and so does one before an inability
# ("设施已难以满足需求": no longer able).
NEED = re.compile(
    r"(?:亟需|亟待|急需|确需|迫切需要|刻不容缓|迫在眉睫|势在必行)(?![\u4e00-\u9fff]{0,4}的)"
)
_NO_LONGER = re.compile(rf"已经?(?=难以|无法|不能|不足以|不适应|{NEED.pattern})")
# What befell a thing ("挡墙受雨季冲刷出现开裂", "发生塌方86处"): a clause that tells it is
# no deed, and its date and 了 are when it happened; not "出现问题的路段", a noun phrase, nor
# a clause `_AVERTED`: what the bureau will prevent ("将严防事故发生", "确保不发生…") or a
# condition ("道路发生塌方时"). "将出现…" foretells, it does not promise.
BEFELL = re.compile(
    r"(?:^|(?<=[，,。；;]))[^，,。；;我本]*"
    r"(?<![止免绝不未无少防])(?:出现|发生|遭受|遭到)(?![^，,。；;]*的)"  # not 防止出现
    r"[^，,。；;我本]*(?=[，,。；;]|$)"
)
_AVERTED = re.compile(
    r"(?<![消国])防(?![汛洪疫火护水])|避免|杜绝|确保|不再|减少|降低|时$"
    rf"|(?:{FUTURE.pattern})(?!会?(?:可能)?(?:出现|发生|遭受|遭到))"
)
# What checking found ("经测算，约需…", "经核实，原因是…"): a finding, not a deed; before a
# plan ("经初步选址，拟在…建设") it is the step done on the way to it. The bureau's own check
# ("经我局组织技术人员实地调查，…") is a deed, its deliberation ("经我局研究，") the frame.
FOUND = re.compile(r"^经过?[^，,。；;]{1,12}?(?<!后)[，,]")
_CHECKED = re.compile(rf"^经过?{_WE}[^，,。；;]*?(?<!研究|讨论|商议|协商|同意)[，,]")
# What a sentence quotes rather than says: a title, a quotation, the proposal it answers;
# then the proposer's words ("您反映的…" up to 的, "您要求…" to the clause's end, "您在建议
# 中提出，…" to the sentence's end) and what another unit said ("供电公司答复将…", "据某乡报告，…").
_QUOTED = re.compile(
    r"《[^》]*》|“[^”]*”|‘[^’]*’|\"[^\"]*\"|关于[^，,。；;]{0,40}?的(?:建议|提案|议案|意见)"
    # the suggestion named by what it asks, as the subject of a report: "（同时，）将…提高到
    # 每台10万元的建议已报区政府研究" (not "将增设路灯的建议列入…项目", a promise)
    r"|(?:^|(?<=[，,；;：:]))将[^，,。；;]{2,40}?的(?:建议|提案|议案|意见)(?=已经?(?:报|转|提交|呈|送))"
)
_SAID = r"[^。；;]*?(?=[，,](?:我|本)|[。；;！!？?]|$)"
_THEIRS = re.compile(
    rf"(?:您|你)们?[^，,。；;我]{{0,30}}?(?:提出|反映|提到|指出)(?=[，,：:]){_SAID}"
    r"|(?:您|你|贵(?=[社会党委院校所司部]))[^，,。；;我]{0,30}?(?:提出|所提|反映|提到)的"
    r"[^，,。；;]{2,60}?的(?:建议|提案|议案|意见|要求)"  # "贵社提出的将…纳入…的建议"
    r"|(?:您|你)们?[^，,。；;我]{0,30}?(?:提出|所提|反映|建议|要求|提到)(?:的|[^，,。；;我]*)"
    rf"|(?<![我本])[^，,。；;：:我本\s]{{0,14}}?{ORG_SUFFIX}(?:答复|表示|回复|称)[，,：:]?{_SAID}"
    rf"|^据(?![我本])[^，,。；;：:\s]{{0,14}}?{ORG_SUFFIX}(?:报告|反映|介绍|预测|称)[，,：:]{_SAID}"
    # what the proposal asks: "关于提案建议将…两站合一，我委认为…"
    r"|(?:提案|建议|议案)中?(?:提出|建议|要求|提到)[^，,。；;我本]*(?=[，,])"
)
_CLAUSE_OWNER = re.compile(rf"{_WE}|[^，,。；;]{{0,12}}?{ORG_SUFFIX}")
_DIGIT = re.compile(r"\d")
# A year's target ("今年的目标任务为…", "2025年度目标是…").
_TARGET = re.compile(r"(?:(20\d{2})|[今明本])年度?的?(?:工作)?目标(?:任务)?(?:为|是)")


def own_words(sentence: str) -> str:
    """The sentence with what it only quotes blanked out, offsets kept."""
    quoted = _QUOTED.sub(mask, sentence)
    words = _THEIRS.sub(mask, quoted)
    return _proposers(words) if re.match(r"[您你]", quoted) else words


def _proposers(words: str) -> str:
    """A sentence the proposer opens ("您在建议中分析了…，提出了…，具有重要参考价值") is
    theirs or about their proposal, its 了 theirs too, up to a clause that the bureau or a
    unit opens, or that dates, counts, promises or reports."""
    end = 0
    for clause in re.finditer(r"[^，,。；;]+", words):
        text = clause.group(0)
        owned = end and _CLAUSE_OWNER.match(text)  # the first clause is the proposer's
        if owned or any(r.search(text) for r in (_DIGIT, FUTURE, PAST)):
            break
        end = clause.end()
    return "□" * end + words[end:]


def befell(words: str) -> str:
    """The sentence with what befell a thing blanked out (`BEFELL`, but not `_AVERTED`)."""
    return BEFELL.sub(lambda m: m.group(0) if _AVERTED.search(m.group(0)) else mask(m), words)


def tense(words: str, year: int | None, date: str | None, issuer: str | None) -> tuple[bool, bool]:
    """Whether a sentence (its own words) promises, and whether it reports. A predicted effect, a 将
    that only moves its object ("将该路段纳入计划") or follows 已 in its clause, and another unit's
    plan promise nothing; what a promise goes on to count ("力争到2025年累计…") or date is its
    target, not a report; nor is what befell a thing or how pressing a need is ("已刻不容缓")."""
    words = befell(_NO_LONGER.sub(mask, unpredicted(_attributive(words))))
    glued = masked_inside_words(words, "报")
    for moved in [*_DISPOSAL.finditer(glued), *_REPORTED.finditer(glued)]:
        # (the 成 of 成立 is no result complement: "将指导各县成立协会" promises)
        complement = moved.group(0).endswith("成") and not word_ends(words, moved.end())
        # (an object of one character is read with the word it begins: "将优先为…" promises,
        # "将油茶作为…" does not)
        thing = words[moved.start("object") : moved.end("object")]
        thing = thing if len(thing) > 1 else words[moved.start("object") : moved.end()]
        # (what is reported is a phrase: "将调查结果报送…", not how: "将第一时间上报…")
        phrase = not moved.group("report") or "的" in thing or len(tokens_of(thing)) >= 3
        # (a report dated before the letter: "5月，我局将检查中发现的问题清单反馈…" is done)
        past = (
            bool(moved.group("report"))
            and phrase
            and dated_before(words[: moved.start()], year, date)
        )
        if (past or _nominal(thing) and phrase) and not complement:
            words = words[: moved.start()] + "□" + words[moved.start() + 1 :]
    timed = [_deadline(words, year), _target(words, year)]  # promises without a 将
    markers = [*FUTURE.finditer(words), *filter(None, timed)]
    ended = completed(words)
    # (a marker may open with the clause break before it: ",计划于…" — a clause of its own)
    markers = [m for m in markers if not _SO_FAR_DONE.search(words, 0, m.start() + lead(m))]
    markers = [m for m in markers if not _ongoing(words, m) and not _secured(words, m, year, date)]
    markers = [m for m in markers if not plan_noun(m, words) and not past_plan(words, m, year)]
    markers = [m for m in markers if not _imminent(m, words, ended)]
    markers = [m for m in markers if m.group(0) != "将" or not opens_noun(words, m.start())]
    future = next((m for m in markers if not others(words, m.start(), issuer)), None)
    if future and _refused_after(words, future):
        future = None
    before = words[: future.start()] if future else words
    done = bool(PAST.search(before) or dated_before(before, year, date) or _CHECKED.match(words))
    done = done or bool(future and FOUND.match(words)) or any(at < len(before) for at in ended)
    last = max((m.end() for m in FUTURE.finditer(words)), default=0)
    if future and any(at >= last for at in ended):
        return False, True  # "积极争取资金，…提升了成效": the last verb is a report's
    if not future:
        return False, done
    later = ALREADY.search(words, future.end()) or any(at >= future.end() for at in ended)
    return True, bool(done or later)


def _attributive(words: str) -> str:
    """The words with each 已 that only describes what a plan is about masked ("对已治理水体
    开展监测", "年底前完成全市已建防火检查站…排查"): right after a preposition, or after the
    verb of a clause that a promise or a deadline opens, a scope word (全市, 各) between
    them at most — not after a subject ("该段河道治理已纳入…", "…开工的道路改造已完成…")."""
    if "已" not in words:
        return words
    parts = tagged(words)
    starts, out = list(accumulate((len(w) for w, _ in parts), initial=0)), list(words)
    for i, (word, _) in enumerate(parts):
        j = _before_scope(parts, i)
        if word != "已" or j < 0:
            continue
        clause = re.split(r"[，,；;。：:]", words[: starts[j]])[-1]
        planned = bool(FUTURE.search(clause) or DUE.search(clause))
        after = re.split(r"[，,；;。：:]", words[starts[i] :])[0]
        if parts[j][1][:1] == "n" and _plans_on(clause, after):  # "计划年内对镇区已建停车场
            j = _preposition_before(parts, j)  # 进行…": in a preposition's object
        if j < 0 or parts[j][1] not in ("p", "v"):
            continue
        if parts[j][1] == "v" and j and parts[j - 1][1][:1] in ("n", "u"):
            continue  # a subject: "农村公路维修已完成", "年底前完成的修缮已完工"
        if parts[j][1] == "p" or planned:
            out[starts[i]] = "□"
    return "".join(out)


def _before_scope(parts: list[tuple[str, str]], i: int) -> int:
    """The word before the scope (全市, 各县, 两镇) before `i`: "完成" of 完成两镇已建…."""
    j = i - 1
    if j > 0 and len(parts[j][0]) == 1 and parts[j][0] in "省市县区镇乡村":
        return j - 2 if parts[j - 1][1][:1] == "m" else j  # (两镇, 三县)
    return j - (j > 0 and parts[j][0][:1] in "全各")


def _plans_on(clause: str, after: str) -> bool:
    """Whether a plan's marker opens the clause up to a 已 (no 的 makes it a noun phrase's:
    力争年底前完工的项目; no 按照 / 通过 a reference's or a means'), and a verb of the plan
    follows the 已's noun ("…已建停车场进行扩容改造")."""
    marks = [*FUTURE.finditer(clause), *DUE.finditer(clause)]
    last = max((m.end() for m in marks), default=-1)
    opens = not re.match(r"(?:按照|根据|依照|通过)", clause)
    return last >= 0 and "的" not in clause[last:] and opens and bool(_PLAN_VERB.search(after, 3))


_PLAN_VERB = re.compile(r"进行|开展|实施|组织")


def _preposition_before(parts: list[tuple[str, str]], j: int) -> int:
    """The preposition whose object the nouns ending at `j` are ("对镇区"), else -1."""
    while j >= 0 and parts[j][1][:1] == "n":
        j -= 1
    return j if j >= 0 and parts[j][1] == "p" else -1


# What 将 foretells as the reason for a refusal the sentence ends on ("…，无法全部实施。").
_CONSEQUENCE = re.compile(r"将会?(?:严重)?(?:影响|造成|导致|增加|加重|带来|引发)")


def theirs(words: str, issuer: str | None) -> bool:
    """Whether every future marker of the sentence is another unit's ("县财政局将按照…足额拨付",
    "省文化厅将于明年组织评审" in a county bureau's reply): their plan, not the bureau's."""
    markers = [m.start() + lead(m) for m in FUTURE.finditer(words)]
    if not markers:  # …or the one plan it states with 计划 / 拟 ("县妇联计划在…开展评选"),
        # not one the bureau follows ("按照市民政局计划，…")
        planned = (m.start() for m in _PLANNED.finditer(words))
        markers = [at for at in planned if not _FOLLOWS.search(words[:at])][:1]
    own = any(after_its_own(words, at) for at in markers)
    return bool(markers) and not own and all(others(words, at, issuer) for at in markers)


_PLANNED = re.compile("(?<![模虚草比])拟(?!定)|计划(?!生育)")
_FOLLOWS = re.compile(r"(?:按照|根据|依据|依照)[^，,。；;]{0,14}$")


def _refused_after(words: str, marker: re.Match[str]) -> bool:
    """Whether a sentence ends refusing after a 将 that foretells a consequence ("施划后将
    影响消防通道畅通，无法全部实施"): why not, not a promise ("我局将积极争取，但暂时无法
    解决" promises)."""
    clauses = re.split(r"[，,；;]", words.rstrip("。！!？? "))
    return (
        len(clauses) > 1
        and bool(_CONSEQUENCE.match(words, marker.start()))
        and bool(re.search(_REFUSAL, clauses[-1]))
        and not FUTURE.search(clauses[-1])
    )


def _secured(words: str, marker: re.Match[str], year: int | None, date: str | None) -> bool:
    """Whether 争取 reports what it got: in a sentence dated before the letter ("2023年，我局…
    争取中央预算内投资1.36亿元", "2019年，我会争取省残联支持，为…"), or an amount in yuan over
    a period that ends now or with no time ahead ("今年以来，我局争取…资金1200万元，…"); not
    a plan ("争取每年安排200万元", "争取明年落实资金500万元")."""
    if marker.group(0) != "争取":
        return False
    before, clause = words[: marker.start()], _clause_after(words, marker)
    later = year is not None and any(int(y) >= year for y in re.findall(r"(20\d{2})年", clause))
    if dated_before(before, year, date):  # …unless it strives on to a time ("争取2025年开工")
        return not (later or DUE.search(clause))
    amount = re.search(r"\d+(?:\.\d+)?[万亿]?元", clause)
    ahead = re.search(rf"每年|[明今本]年|年[内底]|{DUE.pattern}", words)
    return bool(amount and (STATUS.search(before) or not ahead))


# Work under way: 正在 opens the clause up to the marker ("正在积极争取").
_UNDER_WAY = re.compile(r"正在[^，,。；;：:]*$")


def _ongoing(words: str, marker: re.Match[str]) -> bool:
    """Whether the marker goes on with work under way ("正在积极争取"), which reports, not
    with a time it will be done by ("正在积极争取列入2026年度…计划" still promises)."""
    clause = _clause_after(words, marker)
    return (
        not lead(marker)  # (",计划在…" opens a clause of its own after "正在洽谈合作")
        and bool(_UNDER_WAY.search(words, 0, marker.start()))
        and not DUE.search(clause)
        and not YEAR_DATED.search(clause)
    )


def _clause_after(words: str, marker: re.Match[str]) -> str:
    """The rest of the marker's clause: what it goes on to say."""
    return re.split(r"[，,。；;]", words[marker.end() :])[0]


def _imminent(marker: re.Match[str], words: str, ended: list[int]) -> bool:
    """Whether 即将 tells the stage of what the sentence reports before it ("已列入计划，
    即将开工": a status), not a promise."""
    before = words[: marker.start()]
    return marker.group(0) == "即将" and bool(
        PAST.search(before) or any(at < marker.start() for at in ended)
    )


def _nominal(phrase: str) -> bool:
    """Whether a phrase opens with a noun, a pronoun or a number (as jieba tags its first
    word), not with a verb, an adverb or a preposition; what 的 follows is an attribute of
    one ("原来的7个环节", "新建的道路", "未经处理的粪污"), as is an adjective before nouns only."""
    import jieba.posseg  # jieba's dictionary is loaded by `tokens_of`, on first use

    tokens_of(phrase)
    words = list(islice(jieba.posseg.cut(phrase), 5))
    if len(words) >= 2 and words[1].word == "的":
        return True
    # …or a clause that 的 turns into one before a noun, opened by no verb ("未经处理的粪污";
    # "将增设路灯的建议列入…" promises)
    at = next((i for i, w in enumerate(words[:4]) if w.word == "的"), None)
    if at and at + 1 < len(words) and words[at + 1].flag.startswith("n"):
        return not words[0].flag.startswith("v")
    if words and words[0].flag == "a":  # an adjective before nouns only ("老旧梭式窑")
        rest = list(jieba.posseg.cut(phrase[len(words[0].word) :]))
        return bool(rest) and rest[-1].flag.startswith("n") and all(w.flag[0] in "an" for w in rest)
    return bool(words) and not re.match(r"[vdpcliau]", words[0].flag)


# A rule's deadline, a modal right before it in a clause no doer of ours opens ("…设施须于
# 2025年底前实现全覆盖"; "我局须于…前完成" is the bureau's own).
_NORM_BEFORE = re.compile(
    rf"(?:^|[，,；;：:])(?:(?!{_WE})[^，,。；;])*?(?<![无毋])(?:必须|务必|须|应当?)[^，,。；;]{{0,3}}$"
)
# A clause requiring something of others, after a deed that did so.
_REQUIRED = re.compile(r"(?:已|(?<!为)了(?!解))[^。；;]*?[，,](?:要求|责令|通知)[^，,。；;]*$")


def _deadline(words: str, year: int | None) -> re.Match[str] | None:
    """A time something is to be done by ("2025年底前", "三年内"), not before the letter's
    year nor heading or ending a clause already done ("开学前，已新增…", "已于5月底前完成",
    "本学期内，全市共开展…"):
    a sentence that sets one promises, though it says no 将. (A year alone may be a target.)"""
    for match in DUE.finditer(words):
        years = [int(y) for y in re.findall(r"20\d{2}", match.group(0))]
        heads = re.match(r"[，,]?[^，,。；;]*", words[match.end() :])
        done = heads and re.search(rf"{ALREADY.pattern}|共(?!同)|累计", heads.group(0))
        if done or _SO_FAR_DONE.search(words, 0, match.start()):
            continue
        if heads and _MAY.search(heads.group(0)):
            continue  # "在线路开通前，群众可继续乘坐…"
        if words[match.start() - 1 : match.start()] == "在" and not _does(heads):
            continue  # "在该桥建成前，两岸群众需绕行…": how things are until then
        if _REQUIRED.search(words, 0, match.start()):
            continue  # "已下发通知，要求各县6月底前上报": the time others were set
        if _NORM_BEFORE.search(words, 0, match.start()):
            continue  # "根据《规划》，…设施须于2025年底前实现全覆盖": a rule's deadline
        if match.group(0)[-1] in "前内" and not (year and years and max(years) < year):
            return match
    return None


def _does(heads: re.Match[str] | None) -> bool:
    """Whether the clause after "在…前，" says what the bureau does: it opens with the bureau
    or a verb ("，完成沿线…", "，我委将…"), not with someone else or how things were."""
    clause = heads.group(0).lstrip("，,") if heads else ""
    first = next(iter(tagged(clause[:6])), ("", "x"))
    return not re.search(r"曾|仍|只能|暂时", clause) and (
        clause.startswith(("我", "本")) or first[1].startswith("v")
    )


# …what someone else may do until then (not "年底前可投入运行": when it will be in use)
_MAY = re.compile(r"^[，,]?(?![我本])[\u4e00-\u9fff]{2,12}?(?<![认许])可(?:以)?(?![持行靠视控])")


def _target(words: str, year: int | None) -> re.Match[str] | None:
    """A target set for a year not over yet ("今年的目标任务为完工650台"), which the bureau
    undertakes; one of a year gone by is history."""
    match = _TARGET.search(words)
    if match and year and match.group(1) and int(match.group(1)) < year:
        return None
    return match
