"""What a letter promises, and what it says it has already done.

    promised = commitments(letter)   # [Item], in letter order
    done = actions(letter)           # the same fields

Each item is one sentence of the letter's body, verbatim (`quote`), with its heading path,
the time it is due by when the sentence states one ("2025年底前", "十四五期间"), and the
units it names as doing it with the bureau.

A sentence's own words give its tense (`rag.answer.tense`: 将 / 拟 / a deadline promise;
已 / 了 / a date before the letter report). Neither, whatever the markers: advice to another
body ("建议市政府…"), a predicted effect ("建成后将有效缓解…"), a problem or a refusal
("暂时不能解决"), a rule ("乡道应当…"), the handling frame ("我局高度重视"), the proposer's
words. With no tense of its own a sentence goes by its section (under 下一步工作打算 it
promises, under 工作开展情况 it reports, under 存在的问题 neither, under 基本情况 nothing
by itself) or an unnumbered heading line above it; with none, a plan item with no doer
("继续做好…") promises; else by the list it is in ("重点做好以下工作：" — itself no item
— then 一、二、…, or the paragraphs after an introduction ending its line, up to one that
turns or takes up another topic; after "问题主要有三个方面：" neither); else by the one
before it in its paragraph, unless it turns from it ("但…", "该路段全长…", "经测算，…").
An introduction its first item runs on from ("…三个方面：一是…；") is one sentence with
it. The frame and headings are never items, but for what the bureau promises or reports
amid its thanks; a numbered heading with nothing under it is an item."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from rag.answer.aspect import completed
from rag.answer.deadlines import Written, written
from rag.answer.doers import WE, not_ours
from rag.answer.due import due_in
from rag.answer.heading_lines import (
    OWN_CLAUSE,
    lead_in,
    own_heading,
)
from rag.answer.letter_units import by_heading, ends_line, units
from rag.answer.partners import partners_in
from rag.answer.plan_rows import Row, header_of, read_row
from rag.answer.predictions import mask, predicts
from rag.answer.stances import effect, holds, on_request, states
from rag.answer.standing import STANDING
from rag.answer.tense import (
    FOUND,
    NEED,
    PROBLEM,
    STATUS,
    befell,
    own_words,
    tense,
    theirs,
)
from rag.answer.words import tagged, tokens_of
from rag.letters.genre import (
    CLOSING_MARKS,
    ITEM_RANK,
    SENTENCE_ENDS,
    heading_rank,
    strip_numbering,
)
from rag.letters.script import simplified, simplified_letter
from rag.models import SECTION_SEP, Letter, Section

# What ought to be, not what the bureau does: a rule ("乡道应当由乡镇负责养护") or advice;
# the modal is a word of its own (`_modal`: not 相应 / 供应, nor a slogan's 应X尽X).
_NORM = re.compile(r"应(?:当|该|予|由)?|必须|务必")
_SLOGAN = re.compile(r"应([\u4e00-\u9fff]{1,2})尽\1")
# The frame of handling a proposal ("我局高度重视，认真研究", "收到建议后，…"), unless it dates,
# counts or completes a deed besides the study ("进行了实地踏勘").
_STUDY = re.compile(r"(?:进行|作|做|开展)?了?(?:认真|专题|深入|仔细|反复)的?(?:研究|讨论|分析)")
_HANDLING = re.compile(
    r"(?:高度|十分|非常|极为|特别)重视|收到[^，,。；;]{0,30}?(?:建议|提案)后"
    rf"|(?:{_STUDY.pattern})[。！!]?$"
)
_PLAN_LEAD = re.compile(r"(?:[一二三四五六]是|同时|此外)?[，,]?(?:继续|进一步|尽快|适时|逐步)")
_RESULT = re.compile(r"\d|成立|出台|形成|达到|压缩|开通|查处|取得|明显|显著|是")
_REPORTS = re.compile(r"已|截至|截止|累计|正在|\d")
# A recommendation ("建议市政府加大投入", "同时，希望…", "考虑到…，建议…", "我们也希望全社会…"),
# unless the bureau goes on to say its own part ("建议由城管部门牵头，我局将积极配合").
_ASKS = re.compile(
    r"^(?:[^，,。；;]{0,6}[，,]|(?:考虑到|鉴于|由于|因为|针对|对于)[^，,。；;]*[，,])?"
    r"(?:同时|另外|此外|并|也|还|另)?(?:(?:我们|[我本][局委厅办部镇乡])(?:也|还)(?=希望))?"
    r"(?:建议|希望|恳请|呼吁|请(?!示))(?![中的书])"
)
# The proposer's part: the reply slip ("请填写在征询意见表中"), a call for help, their
# satisfaction, what they may do ("如您有意见，也可直接向…反映"), an invitation ("欢迎您…").
_TO_PROPOSER = re.compile(
    r"(?:(?<![邀申聘提报])请|希望)[^，,。；;]{0,4}?(?:您|你|代表|委员)|(?:您|你)[^。；;]*[，,]请(?!示)"
    r"|(?:您|你|代表|委员)[^，,。；;]{0,10}?(?:表示)?(?:满意|认可)"
    r"|(?:如|若|如果)(?:您|你)[^，,。；;]*[，,](?:您|你)?(?:也|还)?可(?!能)|欢迎(?:您|你)"
)
# What another unit has ruled ("县教育局已明确，明年起…", "县林业局已规定，…"): its rule, not
# a deed (not "我局已明确由…负责": the bureau's own).
_DECIDED = re.compile(r"^(?![^，,。]*[我本])[^，,。]{2,20}?已(?:明确|规定|要求|决定)")
# A rule a document lays down ("《条例》第十条规定…"): the document's words.
_RELAYS = re.compile(r"^《[^》]*》(?:第[^，,。]{1,8}条)?(?:规定|明确|提出|要求|指出)")
# A sentence that turns from the one before: a contrast, a reason, a condition, a belief
# ("相信…一定会早日落地"), a description ("我县是交通大县，…", "该路段全长…").
_TURN = re.compile(
    r"^(?:但|但是|然而|不过|可是|只是|只有|除非|由于|因为|随着|鉴于|虽然|尽管|相信|该|此(?!外)|这|"
    r"[^，,。；;]{1,10}?(?<![别其而或还凡就更总于要正便即])是(?!否))"
)
# A target a plan or a higher body sets, cited as such ("按照国家有关部署，到2025年全国…要达到
# 95%以上", "《…行动计划》提出，到2020年全省…将全部通客车"): the document's, not a promise,
# unless the bureau says it is its own ("根据《方案》，我局将于2025年前…").
_CITED_TARGET = re.compile(
    r"^(?:(?:按照|根据|依据)[^，,。；;]{0,40}?[，,]|□+(?:提出|要求|明确|规定)[，,：:]?)"
    r"(?=[^。；;]*?(?:全[国省市县区镇乡]|各[^，,。；;]{0,4}?[地省市县区]|[\u4e00-\u9fff]率))"
    r"[^。；;我本]*?(?:到|(?:要|须|应)在)20\d{2}年[^。；;我本]*[。；;]?\s*$"
)
# A list of problems or causes ("问题主要有三个方面：一是…；二是…"): its items are neither.
_PROBLEMS_LISTED = re.compile(r"(?:问题|困难|原因|不足|短板|隐患)[^，,。；;：:]{0,12}[：:]")
# So is a list whose first item is a problem or a need ("一是财力难以安排"), not advice.
_FIRST_ITEM = re.compile(
    r"(?:^|[：:])\s*(?:一是|第一[，,、]|首先[，,])"
    rf"(?!{_ASKS.pattern[1:]})(?=[^；;。]*?(?:{PROBLEM.pattern}|{NEED.pattern}))"
)
_LIST_INTRO = re.compile(r"[：:]$|(?:以下|如下)[^，,。]{0,8}(?:工作|措施|方面|举措)")
_NEW_TOPIC = re.compile(r"(?:关于|对于|另外|此外)")
_CLOSING_MARKS = CLOSING_MARKS + " \t\u3000"  # what may follow a sentence's end mark
_ITEM_FROM = 3  # heading ranks from 1. on number a list's items; 一、 (一) number parts


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


@dataclass(frozen=True)
class _List:
    """A list the letter introduced ("下一步，我局将重点做好以下工作："): its items' kinds."""

    path: tuple[str, ...]  # the introduction's heading path: its items are numbered below it
    kinds: tuple[str, ...]
    paragraphs: bool = False  # it ended its line: the paragraphs after it are its items


@dataclass
class _Context:
    """What the letter has said so far, for a sentence without a tense of its own."""

    carried: tuple[str, ...] = ()  # what the paragraph has said so far: 下一步… then 一是…
    listed: _List | None = None
    problems: bool = False  # the paragraph lists problems ("问题主要有三个方面：一是…")
    half: tuple[str, ...] = ()  # an unnumbered heading line above ("下一步工作打算")

    def taken(self, sentence: str) -> tuple[str, ...]:
        """The kinds of the sentence's list, else its paragraph's (none after "但…")."""
        if self.listed:
            return self.listed.kinds
        if _turns(sentence):
            self.carried = ()  # what follows a turn goes on from it, not from before it
        return self.carried

    def said(
        self, kinds: tuple[str, ...], sentence: str, path: tuple[str, ...], ends: bool
    ) -> tuple[str, ...]:
        """What a sentence of its own tense leaves for the next ones; its kinds as an item
        (none for a line that only leads in to them)."""
        self.carried = ("commitment",) if len(kinds) > 1 else kinds
        if kinds and _LIST_INTRO.search(own_words(sentence)):
            self.listed = _List(path, self.carried, ends)
        return () if lead_in(sentence) else kinds

    def paragraph(self, path: tuple[str, ...], first: str, kinds: tuple[str, ...] | None) -> None:
        """A new paragraph: what the one before said is no longer carried, and a list of
        paragraphs ends at one that turns, takes up another topic ("关于您提出的…") or says
        a kind of its own besides the list's."""
        listed = self.listed
        if listed and listed.paragraphs and path == listed.path:
            other = kinds is not None and not set(listed.kinds) <= set(kinds)
            if other or _turns(first) or _NEW_TOPIC.match(first):
                listed = None
        self.carried, self.listed, self.problems = (), listed, False


def items(letter: Letter) -> list[Item]:
    """Every sentence of the body that promises or reports, in letter order: of a letter
    in traditional characters, as its simplified view reads, in the letter's own words."""
    view = simplified_letter(letter)
    if view is None:
        return _items(letter)
    paths = {
        simplified(SECTION_SEP.join(s.path[:n])): SECTION_SEP.join(s.path[:n])
        for s in letter.sections
        for n in range(len(s.path) + 1)
    }
    return [_as_printed(item, letter.body, paths) for item in _items(view)]


def _as_printed(item: Item, body: str, paths: dict[str, str]) -> Item:
    """An item read on a letter's simplified view, in the letter's own characters."""
    quote = body[item.start : item.start + len(item.quote)]

    def printed(said: str) -> str:
        at = item.quote.find(said)
        return quote[at : at + len(said)] if at >= 0 else said

    return dataclasses.replace(
        item,
        text=printed(item.text),
        quote=quote,
        section=paths.get(item.section, item.section),
        due=printed(item.due) if item.due else None,
        partners=tuple(map(printed, item.partners)),
    )


def _items(letter: Letter) -> list[Item]:
    found: list[Item] = []
    context = _Context()
    leads: list[tuple[int, str]] | None = None  # an item's opening sentences, kind unsaid
    when = written(letter)
    end, previous, current = 0, "", None
    for section, start, sentence, heading in units(letter):
        if section is not current:
            current, leads = section, [] if _in_item(section) else None
            if context.half and any((heading_rank(h) or 0) < ITEM_RANK for h in section.path):
                context.half = ()  # numbered headings take over from a heading line
        if heading:
            context.half = (sentence,)
            continue
        closes = _closed(previous)  # the piece before ended its sentence
        # (一是 items under "下一步工作打算" are its items)
        header = header_of(letter.body, start)
        row = read_row(sentence, header, letter.issuer) if header else None
        said = row.text if row else sentence  # (a plan's row, as a sentence)
        kinds = kinds_of(said, context.half + section.path, *when, letter.issuer)
        if "\n" in letter.body[end:start] and closes:  # a new paragraph, not a broken line
            context.paragraph(section.path, sentence, kinds)
        if context.listed and not _in_list(section.path, context.listed):
            context.listed = None
        end, previous = start + len(sentence), sentence
        if context.problems and closes and heading_rank(sentence) is not None:
            kinds = ()  # a problem a list names, after the first
        neither = kinds == ()  # by its own words, not the paragraph's
        if kinds is None:
            kinds = context.taken(sentence) or _plan_item(sentence)
            if not kinds and leads is not None:
                leads.append((start, sentence))
        else:
            kinds = context.said(kinds, sentence, section.path, ends_line(letter, end))
            # An item's opening words ("一是设计推出…线路。") are what the item goes on to say.
            found += [
                _item(k, s, section, p, letter, when)
                for p, s in leads or ()
                for k in context.carried
            ]
            leads = None
        listed = neither and _FIRST_ITEM.search(own_words(sentence))  # "一是" of reasons
        context.problems |= bool(listed or _PROBLEMS_LISTED.search(own_words(sentence)))
        found += [
            _item(kind, sentence, section, start, letter, when, row) for kind in _of(row, kinds)
        ]
    return found


def _of(row: Row | None, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of a plan's row: a promise when the bureau leads it, and nothing else (a
    table of figures after a report is no list of deeds)."""
    if row is None:
        return kinds
    return () if row.theirs else tuple(kind for kind in kinds if kind == "commitment")


def _partners(sentence: str, row: Row | None, issuer: str | None) -> tuple[str, ...]:
    """The units a promise names as doing it with the bureau (a plan's row: its unit cells)."""
    if row is None:
        return partners_in(sentence, issuer)
    return tuple(dict.fromkeys([*row.partners, *partners_in(row.text, issuer)]))


def _item(
    kind: str,
    sentence: str,
    section: Section,
    start: int,
    letter: Letter,
    when: Written,
    row: Row | None = None,
) -> Item:
    promise = kind == "commitment"
    path = section.path
    if path and own_heading(sentence, path[-1]):
        path = path[:-1]  # a heading that is itself an item sits in its parent
    return Item(
        kind=kind,
        text=strip_numbering(sentence).strip() or sentence,
        quote=sentence,
        section=SECTION_SEP.join(path),
        due=due_in(sentence, *when) if promise else None,
        partners=_partners(sentence, row, letter.issuer) if promise else (),
        start=start,
    )


def _closed(sentence: str) -> bool:
    """Whether a sentence ends as one does (a page may break a line mid-sentence)."""
    return not sentence or sentence.rstrip(_CLOSING_MARKS)[-1:] in SENTENCE_ENDS


def _in_item(section: Section) -> bool:
    """Whether a section is one item of a list (1. (1) 一是), not a part or a topic."""
    rank = heading_rank(section.path[-1]) if section.path else None
    return rank is not None and rank >= _ITEM_FROM


def _in_list(path: tuple[str, ...], listed: _List) -> bool:
    """Whether a section holds a list's items: below its introduction, or its paragraphs."""
    below = len(path) > len(listed.path) and path[: len(listed.path)] == listed.path
    return below or (listed.paragraphs and path == listed.path)


def _turns(sentence: str) -> bool:
    """Whether a sentence turns from the ones before it ("但…", "该路段全长…", "经测算，")."""
    return bool(_TURN.match(strip_numbering(sentence)) or FOUND.match(sentence))


def kinds_of(
    sentence: str,
    path: tuple[str, ...] = (),
    year: int | None = None,
    date: str | None = None,
    issuer: str | None = None,
) -> tuple[str, ...] | None:
    """What a sentence is: ("commitment",), ("action",), both ("已建成…，下一步将…" reports
    and promises), () neither; None when neither its words nor its section say, and the
    paragraph or list it belongs to decides."""
    words = own_words(sentence)
    if not re.sub(r"[□\W]", "", words):  # only what the proposer or another unit said
        return ()
    plain = strip_numbering(words)
    asks = _ASKS.match(plain)
    relayed = (asks and not OWN_CLAUSE.search(plain, asks.end())) or _RELAYS.match(words)
    if relayed or on_request(plain):  # (…or what the bureau does if they write again)
        return ()
    future, done = tense(words, year, date, issuer)  # (a 把-like 将 promises nothing)
    if not future and (states(plain) or _DECIDED.match(plain)):
        return ()  # an inventory's state, or what another unit has ruled will be
    if _CITED_TARGET.match(words) or (STANDING.match(words) and not future):
        return ()  # a document's target or a policy in force, whatever its tense
    if future:
        return ("action", "commitment") if done else ("commitment",)
    if not done and (theirs(words, issuer) or holds(plain, lambda u: not_ours(u, issuer))):
        return ()  # another unit's plan, a stance or an inventory: no context makes it a deed
    deeds = _REPORTS.search(words) or completed(_STUDY.sub(mask, words))
    if _TO_PROPOSER.search(words) or (_HANDLING.search(words) and not deeds):
        return ()
    problem = PROBLEM.search(words) or befell(words) != words or _declines(words)
    if (predicts(words) or problem or _modal(words) or NEED.search(words)) and not done:
        return ()
    heading = by_heading(path)
    if done or (STATUS.search(words) and heading != ()) or _this_years(plain, heading, year):
        return ("action",)
    return ("action",) if heading is None and effect(plain) else heading


# A report of the letter's own year with no 已 ("2024年，我院投入…资金260万元，建成…实训室1间",
# "今年以来，我站…完成补播改良2.6万亩"): the year opens it, the bureau does it, and a result is
# counted; a plan or a target would say so (将, 计划, 确保, 目标, a plan's heading).
_THIS_YEARS = re.compile(
    rf"^(?P<year>(?:19|20)\d{{2}}年|今年)(?:以来)?[，,]{WE}"
    r"(?![^。；;]*?(?:确保|目标|任务|需|要|应|力争|争取))[^。；;]*?(?:建成|完成|实现|开通)[^。；;]*?\d"
)


def _this_years(plain: str, heading: tuple[str, ...] | None, year: int | None) -> bool:
    said = _THIS_YEARS.match(plain) if heading is None else None
    return said is not None and said["year"] in ("今年", f"{year}年")


def _plan_item(sentence: str) -> tuple[str, ...]:
    """A sentence nothing else places promises if it opens as a plan item with no doer
    ("继续做好…", "进一步加大…力度") and reports no result: the last resort."""
    lead = _PLAN_LEAD.match(plain := strip_numbering(own_words(sentence)))
    return ("commitment",) if lead and not _RESULT.search(plain, lead.end()) else ()


def _declines(words: str) -> bool:
    """Whether the sentence declines (我局不宜统一规定, 该建议不宜采纳): 不宜 after its subject
    or a break, its clause no noun phrase (在不宜种植粮食的坡地, 推动不宜单独建校的村小)."""
    parts = tagged(words) if "不宜" in words else []  # (most sentences are not tagged)
    return any(
        word == "不宜"
        and (i == 0 or parts[i - 1][1][:1] not in ("v", "p", "u"))
        and "的" not in re.split(r"[，,。；;]", "".join(w for w, _ in parts[i:]))[0]
        for i, (word, _) in enumerate(parts)
    )


def _modal(words: str) -> bool:
    """Whether the sentence says what ought to be: 应 / 应当 / 必须 as words of their own,
    a slogan's 应X尽X aside."""
    return any(_NORM.fullmatch(token) for token in tokens_of(_SLOGAN.sub(mask, words)))
