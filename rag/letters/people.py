"""Who a letter names: the proposers it answers, who signed it off, who co-handled it.

    proposers(salutation, title, opening)  # ("王晓颖",) from `王晓颖委员:`
    signer(meta_signer, tail)              # "明炬" from `此答复函已经明炬局长审签。`
    co_handlers(opening, body)             # ("市人力社保局", "市经济信息委")

`proposers` are the names in the salutation as written (`王  芳委员` padded to three
characters is 王芳; `马晓东等五位代表` is 马晓东); an anonymised `xxx委员` gives `("xxx",)`,
since the letter does state that a (hidden) member wrote it, a salutation without a name
(`各位委员:`, `部分代表:`: a determiner, `genre.DETERMINER`, is no name) gives `()`, and
so does a co-handling unit's opinion, whose salutation names the lead unit it writes to.
Without a
salutation, the title or the opening may name them (`关于张立新代表提出的…`). The signer
is the letterhead's or the sign-off's `签发人:`, else the name in the signing note
(`…已经我局余兵局长审签`, `…已经分管副局长黄志诚审签`); the
handling staff (`承办人`, `主管领导`, `审核人`) did not sign. Co-handlers are the units the
opening (or the paragraph after it, opening `经与…`) says the reply was worked out with
(`经与…等协办单位`, `会同…研究`, `经商…,现答复如下`, `经征求…意见`), or that the letter
calls 协办单位 anywhere (`与区城管局等协办单位`); units named for future work (`下一步将会同…`)
are not, and neither are people whose views were asked (`经征求群众意见`): a co-handler
is named as a body is (`…局`, `…中心`, `genre.ORG_SUFFIX`).
"""

from __future__ import annotations

import re

from rag.letters.genre import (
    CN_NUMERALS,
    CO_HANDLING_OPINION,
    DETERMINER,
    ORG_NAME,
    SIGNER_LINE,
    heading_rank,
    unpad_names,
)

# `尊敬的市人大代表张伟:`: the role may come first; `致:` opens it (not 致公党's 致); a
# greeting may end it (`霍建英代表您好:`), and 尊敬 may lose its 的 (`尊敬金英淑委员:`).
_SALUTATION_TRIM = re.compile(
    r"^(?:致(?!公党)\s*[:：]?\s*)?(?:尊敬的?|敬爱的|亲爱的)?"
    r"(?:[省市区县州乡镇]?(?:人大代表|政协委员)(?![会们])(?=[\u4e00-\u9fff]{2})"
    r"(?![\u4e00-\u9fff]*(?:站|会|室|局|委|处|组|团|部|办)[:：]?$))?"
    r"|[，,]?\s*(?:[您你]们?好[!！。]?\s*)?[:：]?$"  # `霍建英代表您好:`
)
# `李明代表`, `张三等5名代表`, `马晓东等五位代表`, `姜欣(等10位)代表`, `张三委员们`,
# `谢春生代表（城关代表团）`.
_NAME_SUFFIX = re.compile(
    rf"(?:[(（]?等\s*[\d{CN_NUMERALS}]*\s*[位名人]?[)）]?)?(?:委员|代表|同志|先生|女士)(?:们)?"
    r"(?:[(（][^()（）]{1,20}[)）])?$|等$"
)
_NAME_SPLIT = re.compile(r"[、，,；;]|\s+")
_TWO_JOINED = re.compile(r"([\u4e00-\u9fff]{2,3})[和及与]([\u4e00-\u9fff]{2,3})")
# Where the person sits, between the name and the role: `覃玉林政协五峰县委员` (a place's unit
# before 人大 stays: `王海州人大代表` may be 王海州's).
_AFFILIATION = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?:政协|人大)[\u4e00-\u9fff]{0,8}?(?=(?:委员|代表)们?$)"
)
# A space a page set before the role (`张三 代表`, `姜欣(等10位) 代表`) parts no names.
_SPACE_BEFORE_ROLE = re.compile(r"\s+(?=(?:委员|代表|同志|先生|女士)(?:们)?(?:[(（]|$))")
# A title or an opening that names who proposed: `关于张立新代表提出的第45号建议的答复`,
# `张立新等5位代表提出的《…》收悉`.
# `陈建国代表在镇十七届人大三次会议期间提出的`: where and when, between role and verb.
_AT = r"(?:在[^，,。；《“]{1,40}?)?"
_NAME = r"(?:[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10})"
_NAMES = rf"(?P<names>{_NAME}(?:、{_NAME})*)"
_SOME = rf"(?:等\s*[\d{CN_NUMERALS}]*\s*[位名人]?)?"
_NAMED = rf"{_NAMES}{_SOME}(?:委员|代表)(?:们)?{_AT}(?:领衔|联名)?(?:提出|所提)"
_NAMES_IN_TITLE = re.compile(rf"(?:关于|对){_NAMED}")
_NAMES_OPENING = (
    re.compile(rf"^(?:关于|对)?{_NAMED}", re.M),
    # `县人大代表赵国华在…提出的`: the role first; after 关于 or 对 only with the title the
    # member gave (`关于区政协委员李明华提出的《…》`), not `关于人大代表多次提出的…问题`
    re.compile(rf"^[省市区县州乡镇]?(?:人大代表|政协委员){_NAMES}{_SOME}{_AT}(?:提出|所提)", re.M),
    re.compile(
        rf"^(?:关于|对)[省市区县州乡镇]?(?:人大代表|政协委员)(?![会团]){_NAMES}{_SOME}提出的?[《“]",
        re.M,
    ),
    # a group proposes under its own name: `民盟泉州市委提出的《…》`
    re.compile(
        r"^(?!中共)(?P<names>[\u4e00-\u9fff]{2,12}?(?:委员会|[省市区县州]委会?|支社|总支|小组|界别))"
        rf"{_AT}(?:提出|所提)的?[《“<]",
        re.M,
    ),
    # the proposal cited with its proposers: `第29号提案（提案人：热合曼·吐尔逊、张建新）`
    re.compile(
        rf"[(（](?:提案人|建议人|领衔人|领衔代表)\s*[:：]\s*{_NAMES}{_SOME}(?:委员|代表)?[)）]"
    ),
)
# …nor a group that proposes (`人大代表小组`, `代表工作站`, `界别`: see the third pattern).
_NOT_A_NAME = re.compile(r"人大|政协|会议|届|全国|小组|工作站|界别")
_NO_NAME = {"", "您", "您好", "领导"}

_SIGNER_TITLE = (
    r"(?:副)?(?:局长|主任|厅长|部长|区长|县长|市长|镇长|乡长|书记|院长|秘书长|会长|"
    r"行长|主席|处长|站长|所长|队长|校长|理事长|委员长|总经理|董事长)"
)
# `此答复函已经明炬局长审签`, `此复函已经我局余兵局长审签`, `已经分管副局长黄志诚审签`,
# `本答复由局长陈建国签发`.
_SIGNING_NOTE = re.compile(
    rf"(?:已经|已由|经|由)(?:我[局委厅部办院处镇乡县区市司所站队])?(?:(?:主要|分管)(?:负责同志|领导)?)?"
    r"(?:[\u4e00-\u9fff]{2,10}、)?"  # another post first: `厅党组成员、副厅长林建新`
    rf"(?:{_SIGNER_TITLE})?(?P<name>[\u4e00-\u9fff]{{1,8}}·[\u4e00-\u9fff]{{1,8}}?|"
    r"[\u4e00-\u9fff·]{2,4}?)(?:同志)?"  # (a name of two parts is longer: 艾尔肯·吐尔逊)
    rf"{_SIGNER_TITLE}?(?:审签|签发|审定|审核签发)"
)

# The units, after any word saying what they are: `经与协办单位市商务局、市城管局共同研究`.
_UNIT_WORD = r"(?:协办|会办|相关|有关)(?:单位|部门)"
_ORGS = rf"(?:{_UNIT_WORD})?(?!{_UNIT_WORD})(?P<orgs>[^。；;，,]{{2,150}}?)"
# Said by the opening: how the reply was worked out.
_WORKED_OUT_WITH = (
    # `经与市人力社保局、市经济信息委等协办单位共同研究` / `会同A、B等部门`
    re.compile(rf"(?:经与|会同|经商){_ORGS}(?:等)?(?:协办|会办|相关|有关)?(?:单位|部门)"),
    # `我厅会同省发展改革委对建议进行了认真研究`: the units end where what they studied begins
    # (not field work: `会同…对农贸市场周边进行了实地查看`)
    re.compile(
        rf"(?:经与|已与|会同){_ORGS}(?:共同|认真|联合|进行了?(?:认真|深入)?(?:研究|协商|会商|商议|沟通)|"
        r"研究|协商|会商|商议|"
        r"对(?:该|此|您|你|建议|提案|议案))"
    ),
    # `经征求市教育局、市财政局意见`
    re.compile(rf"征求{_ORGS}(?:等(?:单位|部门))?的?意见"),
    # `经市财政局、市住建局会办，现答复如下`
    re.compile(rf"经{_ORGS}(?:共同)?(?:会办|协办)(?=[，,])"),
    # `经商人力资源社会保障部、财政部,现答复如下`; a page in half-width punctuation may
    # list them with commas (`经商省农业农村厅,省财政厅,现答复如下`)
    re.compile(r"经商(?P<orgs>[^。；;]{2,150}?)(?=[，,]\s*现)"),
    # …or before what was done with them (`我局经商县住建局，于6月召开专题会议进行研究`)
    re.compile(r"经商(?P<orgs>[^。；;，,]{2,60}?)(?=[，,])"),
    # `经会商县水务局，现答复如下`, `镇政府会商镇综合执法中心后，现答复如下`
    re.compile(r"会商(?P<orgs>[^。；;，,]{2,60}?)后?(?=[，,]\s*现)"),
)
# `…收悉，会办意见如下：`, `现将我局协办意见答复如下：`
_OPINION_FOLLOWS = re.compile(rf"(?:{CO_HANDLING_OPINION.pattern})(?:答复)?如下")
_UNIT = re.compile(ORG_NAME)  # a co-handler is named as a body is: `…局`, `…中心`
# …and, opening a later sentence, consulted: not work done together (`经与县交通运输局共同
# 努力，…`, `我局经与县公安局联合执法，…`)
_CONSULTED = (
    _WORKED_OUT_WITH[0],
    re.compile(
        rf"(?:经与|会同){_ORGS}(?:共同|认真)?(?:进行了?(?:认真|深入)?)?(?:研究|协商|会商|商议|沟通)"
    ),
    re.compile(rf"(?:经与|会同){_ORGS}对(?:(?:该|此)?(?:建议|提案|议案)|您|你)"),
    *_WORKED_OUT_WITH[2:],
)
_HANDLED = re.compile(r"提案|建议|议案|办理")
_CONSULTS = r"经与|经会同|经商|经征求"
_WE = r"[我本](?:[局委厅部办镇乡]|街道)"
_SAYS_HOW = re.compile(rf"(?:^\s*|[，,]\s*)(?:{_CONSULTS}|{_WE}经(?:商|征求|与))")
# …and a later sentence opening so, the bureau named or not (`我乡经与…`, `我乡会同…对建议…`)
# (not a plan item's bare 会同: `会同县财政局研究将…纳入…` is work to come)
_OPENS = re.compile(rf"^\s*(?:{_CONSULTS}|{_WE}(?:经与|经商|经征求|会同))")
# Named as 协办单位 anywhere: `与区城管局等协办单位`, `与协办单位指挥协调中心、秩序大队负责人`.
_NAMED_CO_HANDLERS = (
    re.compile(rf"与{_ORGS}等?协办单位"),
    re.compile(r"协办单位(?P<orgs>[^。；;，,]{2,60}?)(?:负责人|等|共同|到|进行)"),
    # a line of its own in the body, as in a field card: `协办单位：区财政局、区人力资源局`
    re.compile(r"^\s*(?:协办|会办)单位\s*[:：]\s*(?P<orgs>[^。；;\n]{2,80}?)\s*$", re.M),
    # `本提案由我委主办，省人社厅、省财政厅协办` (not a contest another body held)
    re.compile(
        r"(?:本|该|此)件?(?:提案|建议|议案|件)[^。；;]{0,12}?主办[，,]\s*"
        r"(?P<orgs>[^。；;，,]{2,60}?)等?(?:协办|会办)"
    ),
)


# A salutation to members by name (`黄志坚等代表`), not to units (`县交通运输局、县公安局等`).
_TO_MEMBERS = re.compile(r"^(?!.*(?:局|厅|办|委员会|政府|中心|公司|工委)).+(?:代表|委员)们?$")


def proposers(salutation: str | None, title: str | None, opening: str = "") -> tuple[str, ...]:
    """The names the salutation addresses, as written; without a salutation, the names
    the title or the opening gives as the proposers."""
    to_a_unit = bool(salutation and _UNIT.fullmatch(salutation.strip().rstrip(":：")))
    opinion = CO_HANDLING_OPINION.search(title or "") or (
        to_a_unit and _OPINION_FOLLOWS.search(opening)
    )
    to_members = bool(salutation and _TO_MEMBERS.search(salutation.strip().rstrip(":：")))
    if salutation and (not opinion or to_members):
        # (a co-handling unit's opinion is addressed to the lead unit, not to them — unless
        # it writes to the members (`黄志坚等代表：`); a page without its title says so as
        # its opening ends: `…收悉，会办意见如下：`)
        names: list[str] = []
        addressed = _SPACE_BEFORE_ROLE.sub("", unpad_names(_SALUTATION_TRIM.sub("", salutation)))
        for part in _NAME_SPLIT.split(addressed):
            name = _NAME_SUFFIX.sub("", _AFFILIATION.sub("", part.strip()))
            pair = _TWO_JOINED.fullmatch(name)  # `王丽娟和赵文斌代表` (not 李和平 alone)
            names += [n for n in (pair.groups() if pair else (name,)) if _is_name(n)]
        if names:
            return tuple(names)
    # No salutation, or one naming nobody (`各位委员:`): the title or the opening may.
    match = _NAMES_IN_TITLE.search(title or "") or next(
        filter(None, (pattern.search(opening) for pattern in _NAMES_OPENING)), None
    )
    if not match or _NOT_A_NAME.search(match.group("names")):
        return ()
    return tuple(name for name in match.group("names").split("、") if _is_name(name))


_A_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")  # a character or a letter of a name, no mask (***)


def _is_name(name: str) -> bool:
    """Whether the words before 委员/代表 name someone: `部分`, `各位人大` count or point;
    a portal's mask (`***代表`, `马**代表`) names nobody."""
    masked = re.search(r"[*＊×]", name)
    return (
        name not in _NO_NAME
        and not DETERMINER.match(name)
        and bool(_A_LETTER.search(name))
        and not masked
    )


_PERSON = re.compile(r"[\u4e00-\u9fff·]{2,4}")
_NOT_PERSON = ("局", "委", "厅", "府", "院", "会", "办", "长", "记", "任", "司", "处", "室")


def signer(letterhead_signer: str | None, tail: list[str]) -> str | None:
    """Who signed the letter off, as the letterhead, a `签发人:` line or the note says: a
    name, not a post, a unit or a date a bare `签发：` line may hold (`签发：局长 李建国` is
    李建国; `签发：2024年6月18日` names nobody)."""
    if letterhead_signer:
        words = unpad_names(letterhead_signer).split()
        last = re.sub(f"^{_SIGNER_TITLE}", "", words[-1]) if words else ""  # (局长李明)
        named = _PERSON.fullmatch(last) and not last.endswith(_NOT_PERSON)
        return last if named else None
    for line in tail:
        match = SIGNER_LINE.match(unpad_names(line))
        if match:
            return match.group("name")
    match = _SIGNING_NOTE.search(" ".join(tail))
    if not match or re.fullmatch(rf"[\u4e00-\u9fff]?{_SIGNER_TITLE}", match.group("name")):
        return None  # `已经局长审签`, `已经梁镇长审签`: a post, no name
    if match.group("name").endswith(("会", "会议")):
        return None  # `已经我县县长办公会议审定`: a meeting
    return match.group("name")


def co_handlers(opening: str, body: list[str]) -> tuple[str, ...]:
    """The units the reply was worked out with, as the letter names them."""
    # The first paragraph after the opening may say it instead, in its first sentence:
    # `经与区住建局共同研究,…`, `接到提案后，我局高度重视，经与市交通运输局、市教育局研究，…`.
    # (the first that is prose: a title's line the head left over is not), before any
    # heading, about handling the proposal: not `近年来，经与市交通运输局共同努力，…`
    prose = next((p for p in body if re.search(r"[，,。]", p) or heading_rank(p)), "")
    first = "" if heading_rank(prose) else re.split(r"[。；;]", prose, maxsplit=1)[0]
    says = _SAYS_HOW.search(first)  # opening the sentence, or after a clause about the proposal
    said_next = first if says and (says.start() == 0 or _HANDLED.search(first)) else ""
    # …or a later paragraph, after a clause naming the proposal: `对您提出的…的建议，经与
    # 市财政局共同研究，…` (not `经与市交通运输局共同努力` of some other work)
    said_later = next(
        (
            sentence
            for paragraph in body
            for sentence in re.split(r"[。；;]", paragraph)
            if (says := _SAYS_HOW.search(sentence))
            and _OF_THE_PROPOSAL.search(sentence[: says.start()])
        ),
        "",
    )
    # …or a sentence of any paragraph that opens with it: `经商县林业局，对其中涉及林地的…`,
    # `我街道经征求市民政局意见，…` (not one that names it after something else was done)
    opens = next(
        (
            sentence
            for paragraph in body
            for sentence in re.split(r"[。；;]", paragraph)
            if _OPENS.match(sentence)
        ),
        "",
    )
    return (
        _first_units(_WORKED_OUT_WITH, opening)
        or _first_units(_CONSULTED, said_next)
        or _first_units(_WORKED_OUT_WITH, said_later)
        or _first_units(_NAMED_CO_HANDLERS, "\n".join([opening, *body]))
        or _first_units(_CONSULTED, opens)
    )


_OF_THE_PROPOSAL = re.compile(  # (or after it came: `收到建议后，我街道经征求…意见`)
    r"(?:您|你)们?[^。，,]{0,60}?(?:建议|提案|议案)|(?:收到|接到)[^。，,]{0,8}?(?:建议|提案|议案)后"
)


def _first_units(patterns: tuple[re.Pattern[str], ...], text: str) -> tuple[str, ...]:
    """The units of the first statement naming any: `征求群众意见` names none."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            units = _units(match.group("orgs"))
            if units:
                return units
    return ()


def _units(orgs: str) -> tuple[str, ...]:
    """The names in a list written as a unit's are (`市财政局`); people (`群众`) are not."""
    names = (org.strip() for org in re.split(r"[、，,]", orgs))
    return tuple(name for name in names if _UNIT.fullmatch(re.sub(r"\s+", "", name)))
