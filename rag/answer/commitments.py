"""What a letter promises, and what it says it has already done.

    promised = commitments(letter)   # [Item], in letter order
    done = actions(letter)           # the same fields

Each item is one sentence of the letter's body, verbatim (`quote`), with its heading path,
the time it is due by when the sentence states one ("2025年底前", "十四五期间"), and the
units it names as doing it with the bureau.

A sentence is read in its own words: what it only quotes (《…》, “…”, the proposer's
request) has no tense. 将 / 拟 / 计划 / 力争 / 下一步 / a deadline promise; 已 / 截至 /
累计 / 正在 / the particle 了 / a date before the letter / a total over a period up to now
(近三年共…) report. Neither, whatever the markers: advice to another body ("建议市政府…"),
a predicted effect ("建成后将有效缓解…"), a problem or a refusal ("暂时不能解决"), a rule
("乡道应当…"), the handling frame ("我局高度重视"). With no tense of its own a sentence
goes by its section (under 下一步工作打算 it promises, under 工作开展情况 it reports, under
存在的问题 neither), else by the list it is in ("重点做好以下工作：" then 一、二、…), else by
the sentence before it in its paragraph, unless it turns from it ("但…", "由于…"). The
frame (receipt, thanks, sign-off, contact) and headings are never items.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rag.answer.partners import partners_in
from rag.answer.sentences import is_frame
from rag.answer.terms import tokens_of
from rag.letters.genre import (
    CLOSING_MARKS,
    DOC_NUMBER,
    ITEM_RANK,
    OPENING_END,
    SENTENCE,
    SENTENCE_ENDS,
    heading_rank,
    strip_numbering,
)
from rag.models import Letter, Section

# Headings of the halves most replies have (the genre's words, not a topic's); 计划 names
# a half only as a work plan (工作计划), not as a programme's name (行动计划).
PLAN_HEADING = re.compile(
    r"下一?步|下阶段|今后|打算|(?:工作|下步)计划|思路|努力方向|展望|拟采取|工作重点|工作安排|举一反三"
)
DONE_HEADING = re.compile(r"情况|进展|成效|成果|做法|已做|已开展|现状")
PROBLEM_HEADING = re.compile(r"存在的?(?:主要)?(?:问题|困难|不足)|面临的?(?:主要)?(?:问题|困难)")
# The sentence's own tense. 将 after 已 ("已将…纳入") reports, 必将 predicts, 现将 is the
# frame's "now" ("现将有关情况函告如下"); before a pronoun ("将其纳入") it is 把, and 将近 /
# 将军 are words. 计划 promises only where a clause or a time starts it ("计划于明年…",
# "今年计划…"), not as a noun (行动计划); 下一步 after 为 ("为下一步…打下基础") is a noun
# too. 争取到 has got something, unless a time follows ("争取到2025年底…": by then). 我局会/要
# promise; 会同 does not.
FUTURE = re.compile(
    r"(?<![已必现])将(?![其该此这它之近军领士])|(?<![模虚草比])拟(?!定)|"
    r"(?:^|[，,；;。：:]|我们|我[局委厅办]|(?:\d{4}|今|明|本)年|并|还|也)计划(?!生育)|"
    r"力争|争取(?!到(?!20\d{2}|[今明本]?年))|(?<![为对])下一?步|今后|明年|下阶段|接下来|"
    r"预计|即将|(?<!已)着手|(?:我们|我[局委厅办])(?:也|还|都|一定)?(?:会|要)(?![同议商签审求])"
)
# Done: 已, 截至, 正在 (ongoing work is reported), the aspect particle 了 (`_completed`), a
# total over a period that ends now ("近三年内，全县共投入…", "今年以来共…"). After a
# promise only what is done already reports: a target may count (力争到2025年累计…).
_NUMBER = r"[一二两三四五六七八九十\d]"
_BACK = rf"近(?:{_NUMBER}+|几|些)年|近年[来内]|过去的?(?:{_NUMBER}+|几)?年|以来|多年来"
PAST = re.compile(rf"已|截至|截止|累计|先后|共计|去年|此前|正在|(?:{_BACK})[^。；;]*?共")
_ALREADY = re.compile(r"已|截至|截止|正在|去年|此前|先后")
# 将 as 把: it moves its object somewhere ("将X纳入…", "将时限压缩至20日") or joins it to
# another that closes the clause ("将监管与创建要求相结合，"), in any tense.
_DISPOSAL = re.compile(
    r"将(?!继续|进一步|积极|努力|全力|加快|尽快|逐步|认真|切实|会同|联合|按照|根据|结合|"
    r"重点|大力|不断|持续|在|于|以|把|对)[^，,；;。]{1,24}?"
    r"(?:纳入|列入|列为|纳为|作为|确定为|调整为|上报为|转化为|改为|交由|移交|"
    r"(?:压缩|提高|降低|增加|扩大|延长|缩短|调整)[至到为]|与[^，,；;。]{1,20}?相..(?=[，,；;。]))"
)
# A state rather than a deed: it reports only when nothing says the state is a problem.
# So does a period that ends now (近年来, 过去两年, 2023年以来).
STATUS = re.compile(rf"目前|至今|{_BACK}")
# A predicted effect of a measure — on people or a problem, not the bureau's own doing.
_EFFECT = re.compile(
    r"将会?(?:有效|极大地?|大大|明显|显著|缓解|方便|便利|惠及|"
    r"得[到以](?:有效|极大|明显|进一步)?(?:改善|缓解|提升|提高))"
)
# A problem, a lack or a refusal ("尚未联网", "暂时不能解决"): neither promised nor done.
_PROBLEM = re.compile(
    r"尚未|尚无|还未|还没有|没有|未能|不能|无法|难以|暂不|暂未|暂时不|不具备|"
    r"存在[^，,。；;]{0,20}?(?:问题|困难|不足|隐患|短板)"
)
# What ought to be, not what the bureau does: a rule ("乡道应当由乡镇负责养护") or advice.
# The modal is a word of its own (`_modal`), not the 应 of 相应 / 应对 / 供应, and a
# slogan's 应X尽X (应保尽保) names a policy; what else the sentence says decides.
_NORM = re.compile(r"应(?:当|该|予|由)?|必须|务必")
_SLOGAN = re.compile(r"应([\u4e00-\u9fff]{1,2})尽\1")
# The frame of handling a proposal ("我局高度重视，认真研究", "收到建议后，…进行了研究"),
# unless it dates or counts what was done.
_HANDLING = re.compile(r"(?:高度|十分|非常|极为|特别)重视|收到[^，,。；;]{0,30}?(?:建议|提案)后")
_REPORTS = re.compile(r"已|截至|截止|累计|正在|\d")
# A recommendation to another body ("建议市政府加大投入", "同时，希望…"), not a promise.
_ASKS = re.compile(r"^(?:[^，,。；;]{0,6}[，,])?(?:建议|希望|恳请|呼吁|请(?!示))(?![中的书])")
# The proposer's part: the reply slip ("请填写在征询意见表中"), a call for help, their
# satisfaction ("代表表示满意").
_TO_PROPOSER = re.compile(
    r"请[^，,。；;]{0,4}?(?:您|你|代表|委员)|(?:您|你)[^。；;]*[，,]请(?!示)"
    r"|(?:您|你|代表|委员)[^，,。；;]{0,10}?(?:表示)?(?:满意|认可)"
)
# A rule a document lays down ("《条例》第十条规定…"): the document's words.
_RELAYS = re.compile(r"^《[^》]*》(?:第[^，,。]{1,8}条)?(?:规定|明确|提出|要求|指出)")
# A sentence that turns from the one before it: a contrast, a reason, a condition, or a
# description ("我县是交通大县，…").
_TURN = re.compile(
    r"^(?:但|但是|然而|不过|可是|只是|只有|除非|由于|因为|随着|鉴于|虽然|尽管|"
    r"[^，,。；;]{1,10}?(?<![别其而或还凡就更总于要正便即])是(?!否))"
)
# What a sentence quotes rather than says: a title, a quotation, the proposal it answers,
# the proposer's own request ("您反映的…" up to 的, "您要求…" to the clause's end).
_QUOTED = re.compile(
    r"《[^》]*》|“[^”]*”|‘[^’]*’|\"[^\"]*\""
    r"|关于[^，,。；;]{0,40}?的(?:建议|提案|议案|意见)"
    r"|(?:您|你)们?[^，,。；;我]{0,30}?(?:提出|所提|反映|建议|要求|提到)(?:的|[^，,。；;我]*)"
)
_LIST_INTRO = re.compile(r"[：:]$|(?:以下|如下)[^，,。]{0,8}(?:工作|措施|方面|举措)")
_YEAR = re.compile(r"(20\d{2})年(?![底内前至到—–-])")
# A date (2023年6月, 今年6月, 6月20日), not a deadline (6月底前).
_DATE = re.compile(
    r"(?:(20\d{2}|今)年)?(?<!\d)(\d{1,2})月(?:(\d{1,2})日)?(?![^，,。；;]{0,2}?[前内])"
)
DUE = re.compile(
    r"20\d{2}年?\s*(?:至|到|—|–|-)\s*20\d{2}年(?:底|末)?(?:前|之前)?"
    r"|(?:20\d{2}|今|明|本|当)年(?:年?底|末|内|上半年|下半年|第[一二三四]季度|\d{1,2}月(?:底|份)?)?"
    r"(?:前|之前|以前|内)?"
    r"|年底前?|(?<![近几些\d一二两三四五六七八九十])(?<!过去)年内前?"
    r"|(?<![年今明本当])[上下]半年"
    r"|(?:春节|元旦|国庆|汛期|汛|雨季|开学|入冬|冬季|夏季|秋季|春季)(?:前|之前)"
    r"|(?<![年\d])(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}日|底|中旬|上旬|下旬)?(?:前|之前|以前)"
    # a plan period, not a plan's name ("十四五规划", "“十四五”时期…发展规划")
    r"|[“\"]?十[一二三四五六七八九]五[”\"]?(?:期间|时期|末|期)?(?![^，,。；;]{0,14}规划)"
    # a span counted forward ("三年内"), not back from now ("近三年内", "过去两年内")
    r"|(?<![近\d一二两三四五六七八九十])(?<!过去)[一二两三四五六七八九十\d]+年内"
)
_CLOSING_MARKS = CLOSING_MARKS + " \t\u3000"  # what may follow a sentence's end mark
_ITEM_FROM = 3  # heading ranks from 1. on number a list's items; 一、 (一) number parts
_MIN_CHARS = 8  # shorter pieces are headings' remains or list labels
_PUNCTUATION = re.compile(r"[，,、。；;：:！!？?（(）)“”\"]")


@dataclass(frozen=True)
class Item:
    """A commitment (or an action): one sentence of the letter, in its words."""

    kind: str  # "commitment" or "action"
    text: str  # the sentence without its leading numbering (一是, (一), 1.)
    quote: str  # the sentence verbatim: a substring of the letter's body
    section: str  # its heading path, " > "-joined
    due: str | None  # when the sentence says it will be done, for a commitment
    partners: tuple[str, ...]  # the other units it names as doing it
    start: int  # offset of the quote in `Letter.body`


def commitments(letter: Letter) -> list[Item]:
    """What the letter promises, one sentence each, in letter order."""
    return [item for item in items(letter) if item.kind == "commitment"]


def actions(letter: Letter) -> list[Item]:
    """What the letter says has been done, one sentence each, in letter order."""
    return [item for item in items(letter) if item.kind == "action"]


def items(letter: Letter) -> list[Item]:
    """Every sentence of the body that promises or reports, in letter order."""
    found: list[Item] = []
    carried: tuple[str, ...] = ()  # what the paragraph has said so far: 下一步… then 一是…
    listed: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # (intro's path, kinds)
    leads: list[tuple[int, str]] | None = None  # an item's opening sentences, kind unsaid
    year, date = _written(letter)
    end, previous = 0, ""
    for section in letter.sections:
        if section.part not in ("opening", "body"):
            continue
        leads = [] if _in_item(section) else None
        for start, sentence in _sentences(section):
            if "\n" in letter.body[end:start] and _closed(previous):
                carried = ()  # a new paragraph, not a line that a page broke mid-sentence
            if listed and not _extends(section.path, listed[0]):
                listed = None
            end, previous = start + len(sentence), sentence
            kinds = kinds_of(sentence, section.path, year, date)
            if kinds is None:  # nothing of its own: the list it is in, else its paragraph
                turns = _TURN.match(strip_numbering(sentence))
                kinds = listed[1] if listed else () if turns else carried
                if not kinds and leads is not None:
                    leads.append((start, sentence))
            else:
                one = ("commitment",) if len(kinds) > 1 else kinds
                carried = one
                if kinds and _LIST_INTRO.search(_own_words(sentence)):
                    listed = (section.path, one)
                # An item's opening words ("一是设计推出…线路。") are what the item goes on to say.
                found += [
                    _item(k, s, section, p, letter, year) for p, s in leads or () for k in one
                ]
                leads = None
            for kind in kinds:
                found.append(_item(kind, sentence, section, start, letter, year))
    return found


def _item(
    kind: str, sentence: str, section: Section, start: int, letter: Letter, year: int | None
) -> Item:
    promise = kind == "commitment"
    return Item(
        kind=kind,
        text=strip_numbering(sentence).strip() or sentence,
        quote=sentence,
        section=section.section,
        due=due_in(sentence, year) if promise else None,
        partners=partners_in(sentence, letter.issuer) if promise else (),
        start=start,
    )


def _written(letter: Letter) -> tuple[int | None, str | None]:
    """The year and date the letter was written: signed, else the year of its document
    number (弥民函〔2017〕14号, on a page published in 2018), else the page's date."""
    numbered = DOC_NUMBER.search(letter.doc_number or "")
    if letter.date_signed or not numbered:
        return letter.year, letter.date_signed or letter.date_published
    written = int(re.sub(r"\D", "", numbered.group(0))[:4])
    published = letter.date_published
    return written, published if published and published.startswith(str(written)) else None


def _closed(sentence: str) -> bool:
    """Whether a sentence ends as one does (a page may break a line mid-sentence)."""
    return not sentence or sentence.rstrip(_CLOSING_MARKS)[-1:] in SENTENCE_ENDS


def _in_item(section: Section) -> bool:
    """Whether a section is one item of a list (1. (1) 一是), not a part or a topic."""
    rank = heading_rank(section.path[-1]) if section.path else None
    return rank is not None and rank >= _ITEM_FROM


def _extends(path: tuple[str, ...], intro: tuple[str, ...]) -> bool:
    """Whether a section opened below the one that introduced a list (its items)."""
    return len(path) > len(intro) and path[: len(intro)] == intro


def kinds_of(
    sentence: str, path: tuple[str, ...] = (), year: int | None = None, date: str | None = None
) -> tuple[str, ...] | None:
    """What a sentence is: ("commitment",), ("action",), both ("已建成…，下一步将…" reports
    and promises), () neither; None when neither its words nor its section say, and the
    paragraph or list it belongs to decides."""
    words = _own_words(sentence)
    if _ASKS.match(strip_numbering(words)) or _RELAYS.match(words):
        return ()
    future, done = _tense(words, year, date)
    if future:
        return ("action", "commitment") if done else ("commitment",)
    if _TO_PROPOSER.search(words) or (_HANDLING.search(words) and not _REPORTS.search(words)):
        return ()
    if (_EFFECT.search(words) or _PROBLEM.search(words) or _modal(words)) and not done:
        return ()
    heading = _by_heading(path)
    if done or (STATUS.search(words) and heading != ()):
        return ("action",)
    return heading


def _tense(words: str, year: int | None, date: str | None) -> tuple[bool, bool]:
    """Whether a sentence promises, and whether it reports. A predicted effect and a 将 that
    only moves its object ("将该路段纳入计划") promise nothing; what a promise goes on to
    count ("力争到2025年累计…") or date is its target, not a report."""
    words = _EFFECT.sub(_mask, words)
    for moved in _DISPOSAL.finditer(words):
        words = words[: moved.start()] + "□" + words[moved.start() + 1 :]
    future = FUTURE.search(words) or _deadline(words, year)
    before = words[: future.start()] if future else words
    completed = _completed(words)
    done = PAST.search(before) or _dated_before(before, year, date)
    done = done or any(at < len(before) for at in completed)
    last = max((m.end() for m in FUTURE.finditer(words)), default=0)
    if future and any(at >= last for at in completed):
        return False, True  # "积极争取资金，…提升了成效": the last verb is a report's
    if not future:
        return False, bool(done)
    later = _ALREADY.search(words, future.end()) or any(at >= future.end() for at in completed)
    return True, bool(done or later)


def _completed(words: str) -> list[int]:
    """Offsets of the aspect particle 了 ("纳入了", "成为了"): a word of its own after a
    word, as jieba cuts the sentence; the 了 of 了解 / 为了 / 一目了然 is inside its word."""
    found, at, previous = [], 0, ""
    for token in tokens_of(words):
        if token == "了" and re.fullmatch(r"[\u4e00-\u9fff]+", previous):
            found.append(at)
        at, previous = at + len(token), token
    return found


def _modal(words: str) -> bool:
    """Whether the sentence says what ought to be: 应 / 应当 / 必须 as words of their own,
    a slogan's 应X尽X aside."""
    return any(_NORM.fullmatch(token) for token in tokens_of(_SLOGAN.sub(_mask, words)))


def _deadline(words: str, year: int | None) -> re.Match[str] | None:
    """A time something is to be done by ("2025年底前", "三年内"), not before the letter's
    year: a sentence that sets one promises, though it says no 将. (A year alone may be a
    document's target: "方案提出到2025年…".)"""
    for match in DUE.finditer(words):
        years = [int(y) for y in re.findall(r"20\d{2}", match.group(0))]
        if match.group(0)[-1] in "前内" and not (year and years and max(years) < year):
            return match
    return None


def _by_heading(path: tuple[str, ...]) -> tuple[str, ...] | None:
    """The kind the outermost heading that names a half of the reply gives its sentences."""
    for heading in path:
        words = _own_words(heading)
        if PROBLEM_HEADING.search(words):
            return ()
        if PLAN_HEADING.search(words):
            return ("commitment",)
        if DONE_HEADING.search(words):
            return ("action",)
    return None


def _own_words(sentence: str) -> str:
    """The sentence with what it only quotes blanked out, offsets kept."""
    return _QUOTED.sub(_mask, sentence)


def _mask(match: re.Match[str]) -> str:
    return "□" * len(match.group(0))


def _dated_before(words: str, year: int | None, date: str | None) -> bool:
    """Whether the sentence dates itself before the letter ("2021年，我部认定…", "今年6月，
    市发改委印发…" in a letter of September); a deadline ("6月底前") is no date."""
    if year is not None and any(int(y) < year for y in _YEAR.findall(words)):
        return True
    if not date:
        return False
    signed = tuple(int(part) for part in date.split("-"))
    for match in _DATE.finditer(words):
        when_year = year if match.group(1) in (None, "今") else int(match.group(1))
        when = (when_year or 0, int(match.group(2)), int(match.group(3) or 0))
        if when[:2] < signed[:2] or (match.group(3) and when < signed):
            return True
    return False


def due_in(sentence: str, year: int | None = None) -> str | None:
    """The time a sentence says something will be done by, as written: looked for from the
    clause that promises on ("争取借助2017年…契机"), then anywhere. A bare year before the
    letter's own ("自2017年以来") is history, and so is one outside the promise when the
    letter's year is unknown."""
    promise = FUTURE.search(_own_words(sentence))
    clause = 0
    if promise:
        clause = max(sentence.rfind(mark, 0, promise.start()) for mark in "，,；;：:") + 1
    parts = [(sentence[clause:], True)] if promise else []
    for text, promised in [*parts, (sentence, False)]:
        for match in DUE.finditer(text):
            when = match.group(0).strip()
            bare = re.fullmatch(r"(20\d{2})年", when)
            if text.startswith(("以来", "来"), match.end()):
                continue  # "今年以来": a period that ends now
            if bare and (int(bare.group(1)) < year if year else not promised):
                continue
            return when
    return None


def _sentences(section: Section) -> Iterator[tuple[int, str]]:
    """(offset in the body, sentence) of the section's substance: no frame, no heading. Of
    the opening, only what follows its announcement of the reply ("现答复如下：按照…")."""
    headings = {strip_numbering(h) for h in section.path}
    matches = list(SENTENCE.finditer(section.text))
    if section.part == "opening":
        ends = [i for i, m in enumerate(matches) if OPENING_END.search(m.group(0))]
        matches = matches[ends[-1] + 1 :] if ends else []
    for match in matches:
        sentence = match.group(0).strip()
        if len(sentence) < _MIN_CHARS or is_frame(sentence) or _bare_heading(sentence):
            continue
        if _topic_heading(sentence, headings) or _heading_line(match, section.text):
            continue
        lead = len(match.group(0)) - len(match.group(0).lstrip())
        yield section.start + match.start() + lead, sentence


def _topic_heading(sentence: str, headings: set[str]) -> bool:
    """A numbered heading that names a topic ("（一）优化提升政策措施。"): the section of
    the sentences under it, not an item, unless it says what was done or will be."""
    rank = heading_rank(sentence)
    if rank is None or rank >= ITEM_RANK or strip_numbering(sentence) not in headings:
        return False
    words = _own_words(sentence)
    return not (FUTURE.search(words) or PAST.search(words) or _completed(words))


def _bare_heading(sentence: str) -> bool:
    """A heading line by itself ("（一）加强人才培养"): numbered, and no sentence end."""
    return heading_rank(sentence) is not None and sentence[-1] not in "。；;！!？?"


def _heading_line(match: re.Match[str], text: str) -> bool:
    """An unnumbered heading ("下一步工作打算"): a line of its own without a mark in it."""
    before = text[: match.start()].rstrip(" \t\u3000")
    alone = (not before or before.endswith("\n")) and text[match.end() :][:1] in ("", "\n")
    return alone and not _PUNCTUATION.search(match.group(0))
