"""The fields of a letter a question can ask for, and the words that ask for them.

    [f.name for f in fields_asked("这份答复是谁签发的？什么时候？")]   # ["signer", "date"]

Each `MetaField` says how a question asks for the field (Chinese and English question
forms: genre grammar, not words of any letter), how a letter's sentence states it, and
which fields of the letter's record hold it.  `query` reads the same forms to tell a
metadata question from one about a letter's content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.letters.genre import DATE_MENTION, DOC_NUMBER, ORG_NAME, SESSION

# The units a reply was agreed with, asked in other words than 协办: "和哪些部委商量过",
# "征求了哪些部门的意见", "which ministries were consulted" (not "会商机制", "能商量吗").
CONSULTED = (
    r"(?:和|与|同|跟|向)(?:哪些|哪个|哪几个)[^，,。？?]{0,8}(?:会商|商量|商议|协商)|"
    r"(?:征求|经商|会商|商请)了?(?:哪些|哪个|哪几个)(?:部门|单位|部委|机关)|"
    # "是跟哪些单位一起办的": handled together with
    r"(?:和|与|同|跟|会同)(?:哪些|哪个|哪几个)(?:部门|单位|部委|机关)[^，,。？?]{0,4}?"
    r"(?:一起|一道|共同|联合)(?:办|研究|答复|回复|处理)"
)
# A question about what the bureau will do: whom it will consult is no co-handler.
_PLANNED = r"下一?步|今后|将来|接下来|打算|准备|将要|\b(?:will|going to)\b"
EN_CONSULTED = (
    r"\b(?:which|what) (?:\w+ )?(?:departments|ministries|agencies|units|bureaus) "
    r"(?:were|was) consulted\b|\bwho was consulted\b|"
    # "which departments did the bureau consult / work with on it"
    r"\b(?:which|what) (?:\w+ )?(?:departments|ministries|agencies|units|bureaus|offices) "
    r"did\b[^?]{0,80}?\b(?:consult|work with|handle it with)\b|"
    # "which departments helped the bureau handle the suggestion" (not "helped farmers")
    r"\bhelped (?:the|this|that) (?:[\w-]+ ){0,3}(?:bureau|department|commission|committee|"
    r"office|government|ministry) (?:to )?(?:handle|answer|reply|deal with)\b|"
    r"\bhelped (?:to )?(?:handle|answer|deal with) (?:the|this|that) (?:[\w-]+ ){0,6}?"
    r"(?:proposal|suggestion|letter|reply)\b"
)
# The letter's own date: 落款日期, 成文日期, 答复函的日期, or 日期 asked alone.
LETTER_DATE = r"(?:落款|答复|复函|回复|发文|成文|印发|签发|发布|公开|函的?|信末?的?)日期|^\s*日期"
# The reply itself named in English: "the reply", "the letter", "the response" — not "the
# emergency response drill".
# (a co-handling unit's reply is its "co-handling opinion", 协办意见)
_REPLY = (
    r"(?:letter|reply|response|(?:co-?)?handling opinion)"
    r"(?=\s*(?:to|from|of|on|by|dated|signed|written|posted|[?,.]|$))"
)
# The letter's own date in English: "the date of the reply", "the letter's date", "when was
# proposal 0412 answered", "when did the bureau respond" — not a date the letter mentions
# ("the completion date mentioned in the reply", "when did the city issue its opinions",
# "when did the villagers sign the contracts", "when does the hotline respond").
EN_LETTER_DATE = (
    rf"\b(?:date|day) (?:of|on) (?:\S+ ){{0,6}}?{_REPLY}|"
    r"\b(?:letter|reply|response)(?:'s| is| was) dated?\b|"
    rf"\bwhat date (?:is|was|did|does) (?:\S+ ){{0,8}}?(?:{_REPLY}|answer\b|reply\b|respond\b|"
    r"sign (?:its|the|this|that) (?:letter|reply|response)\b)|"
    r"\bwhen (?:was|were|did) (?:\S+ ){0,10}?(?:answered|replied|responded|respond|reply|"
    r"answer|dated)\b|"
    r"\bwhen (?:is|was) (?:\S+ ){0,10}?dated\b|"
    r"\bwhen (?:was|were|did) (?:\S+ ){0,10}?(?:signed|sign) (?:its|the|this|that) "
    r"(?:letter|reply|response)\b|"
    # "when was the Qianjiang bureau's letter … written", not "when was the plan issued"
    rf"\bwhen (?:was|is) (?:\S+ ){{0,10}}?{_REPLY}(?: \S+){{0,6}}? "
    r"(?:sent|issued|written|signed|published|posted)\b|"
    # "the … bureau's reply to No. 21: when was it written?"
    rf"(?<!emergency )\b{_REPLY}(?:(?!\b(?:mentions?|names?|lists?|cites?|says?|describes?|"
    r"refers?)\b)[^?;])*?\bwhen (?:was|is) it (?:sent|issued|written|signed|published|dated)\b|"
    # "who replied to …, and on what date?"
    r"\b(?:replied|answered|responded)\b[^?]*\b(?:on )?what date\b"
)
# Who made the proposal, asked in English: "who raised suggestion 56", "which deputy asked
# Beibei to …", "who put forward the proposal", "the proposer" — not "which members of the
# public can apply", "which committee members will review it".
EN_PROPOSER = (
    r"\bproposer\w*|\bwho (?:proposed|submitted|raised|tabled|filed|put forward|suggested|"
    r"asked|urged|called for|(?:made|wrote|put forward) the (?:suggestion|proposal|motion))\b|"
    r"\b(?:which|what) (?:CPPCC |NPC |congress )?(?:deputy|deputies|delegates?|members?|"
    r"representatives?|legislators?|lawmakers?) (?:\w+ ){0,2}?(?:asked|raised|proposed|put|"
    r"submitted|made|wrote|suggested|called|urged|pushed|filed|tabled)\b|"
    r"\b(?:which|what) (?:CPPCC|NPC) (?:member|deputy|delegate)s?\b|"
    # an organisation proposes too, when it is a proposal it made ("which organization
    # submitted proposal 8206"), not an application or a donation
    r"\b(?:which|what) (?:organi[sz]ations?|part(?:y|ies)|groups?) (?:\w+ ){0,1}?(?:submitted|"
    r"raised|proposed|made|filed|tabled|put forward) (?:\w+ ){0,2}?(?:proposal|suggestion|motion)"
)
# Who answered: "哪个部门回的", "是谁答复的", "who replied to …", "which bureau answered" —
# not "由谁回收", "到哪个部门办".
ISSUER_ASKED = (
    r"发文(?:单位|机关|机构)|"
    # (a joint reply's: "哪两个单位联合答复的")
    r"哪[两二三]?个(?:部门|单位|机关|局)(?:联合|一起|共同)?(?:答复|回复|作答|回(?=的|了|[？?]|$))|"
    r"谁(?:答复|回复|回(?=的|了|[？?]|$))|"
    # the reply named, then who sent it: "那份答复是谁发的", "答复是由哪个部门发出的" (not
    # "补贴是谁发的", "邀请函是谁发的")
    r"(?:答复函?|复函|回复|这份|那份|该函)(?:是由?|由)?(?:谁|哪(?:个|一个|家)?(?:部门|单位|机关|局))"
    r"(?:印?发|发出来?)的|"
    r"\bwho (?:replied|answered|responded|wrote back|issued the (?:reply|letter|response))\b|"
    r"\b(?:which|what) (?:\w+ )?(?:department|bureau|office|agency|government|authority|body) "
    r"(?:replied|answered|responded|wrote the reply|issued the reply)\b|"
    # the units the reply is signed by: "落款单位", "哪些单位落款的", "which units signed the
    # … reply" (not "which units signed the agreement")
    r"落款(?:的)?(?:单位|部门|机关)|(?:哪个|哪些|什么)(?:部门|单位|机关)(?:落款|署名)|"
    r"\b(?:which|what) (?:\w+ )?(?:units?|departments?|bureaus?|offices?|agencies|bodies) "
    r"(?:signed|issued|sent|wrote) (?:the|this|that|its) (?:[\w-]+ ){0,4}?(?:reply|letter|response)\b|"
    # the names at the foot of the reply: "which units are named at the end of the … reply",
    # "末尾署名的是哪些单位"
    r"\b(?:which|what) (?:\w+ )?(?:units?|departments?|bureaus?|offices?|agencies|bodies) "
    r"(?:are|is|were|was) (?:named|listed|signed|given) at the (?:end|bottom|foot) of "
    r"(?:the|this|that|its) (?:[\w'-]+ ){0,4}?(?:reply|letter|response)\b|"
    r"(?:末尾|结尾|文末)(?:署名|落款)的?(?:是)?(?:哪些|哪个|什么)(?:单位|部门|机关)"
)
# The session that received it: "是哪届哪次会议上提的", "哪次人代会上提的", "at which session
# was it raised" — not "哪届毕业生", "哪次会议研究决定的".
SESSION_ASKED = (
    r"(?:哪一?届|哪一?次)[^，,。？?]{0,10}?(?:会议?|人代会|人大|政协|全会)[^，,。？?]{0,3}?"
    r"(?:提|交|上的(?:建议|提案|议案))|"
    r"\b(?:which|what) (?:\w+ )?session (?:\w+ ){0,4}?(?:raised|proposed|submitted|put|tabled|"
    r"made)\b|\bat (?:which|what) (?:\w+ )?session\b"
)

# -- a letter's fields ----------------------------------------------------------------------


@dataclass(frozen=True)
class MetaField:
    """A field of a letter that a metadata question can ask for."""

    name: str
    asks: re.Pattern[str]  # the question asks for it
    states: re.Pattern[str]  # a sentence of the letter that states it
    record: tuple[str, ...]  # the letter record's fields that hold it
    # Words that ask for it only loosely ("什么时候完成" is about the content's timing):
    # they pick the sentence that states it, but don't ask for the record's field.
    loosely: re.Pattern[str] | None = None
    # Whether letters cite other documents' values of it in their body ("按照《…方案》(南府办
    # 〔2022〕16号)"): such a value is the letter's own only where it speaks of itself.
    cited_of_others: bool = False

    def asked_by(self, question: str) -> bool:
        return bool(self.asks.search(question) or (self.loosely and self.loosely.search(question)))


# A document other than the reply, by its kind ("实施意见", "管理办法", "那份通知").
OTHER_DOCUMENT = r"文件|通知|办法|方案|规划|决定|规定|条例|细则|纲要|(?:若干|实施|指导)意见"
# …not a word of a bureau's name ("自然资源和规划局") or of a proposal's title ("关于修订管理
# 办法的提案")
_NOT_A_NAME = r"(?![局厅委办部院所处站和]|[^，,。？?]{0,3}的?(?:提案|建议|议案))"
# …and the reply itself, not the proposal it answers ("提案的补贴类别有几类")
_REPLY_ITSELF = "答复|复函|回复|函复|这份|这封|该函"
# A question about the reply itself names it ("这份答复", "那条建议的复函").
_THE_REPLY = _REPLY_ITSELF + "|建议|提案"
# …and asks no field of something it mentions ("答复中提到的…", "回复说的…")
_NOT_ITS_CONTENT = r"(?:(?!提到|说|里|中|涉及|所述|将)[^。？?])"
# Stricter, for whether a field question is about the reply itself: the reply named as a
# thing ("那份函，发文字号是多少", "答复的落款日期", "the date on the reply"), not the verb
# of "由哪个部门回复" nor the proposal a question names its topic by.  A field's word alone
# may ask about what the letter reports ("实施方案的文号", "抢修电话多少", "协议是哪天签的").
_REPLY_NAMED = re.compile(
    rf"答复函|复函|(?:这|那|该|此)[份封](?![^，,。？?]{{0,12}}?(?:{OTHER_DOCUMENT}))|"
    r"该函|函(?=[，,的是]|$)|(?:答复|回复)(?=[，,的]|$)|"
    r"\b(?:the|this|that|its|their) (?:[\w'-]+ ){0,4}?(?:reply|response|letter)\b",
    re.I,
)


def names_the_reply(question: str) -> bool:
    """Whether the question names the reply itself as what it asks a field of."""
    return bool(_REPLY_NAMED.search(question))


META_FIELDS: tuple[MetaField, ...] = (
    MetaField(
        "signer",
        # "who signed", "the signer", "signed by" — not "when did … sign its reply"
        re.compile(
            r"审签|审阅|签发|谁签|签字|\bsign(?:er|atory|ature)|\bwho (?:\w+ ){0,2}signed|"
            r"signed (?:it )?off|signed by|"
            # "which bureau head approved the Haimen reply" (not "how many projects were
            # approved", "who approved the plan mentioned in the reply")
            r"\b(?:who|which\b[^?,]{0,40}?) approved (?:the|this|its|that) "
            r"(?:(?!(?:in|of|by|to|for|mentioned|according|which|that)\b)[\w'-]+ ){0,4}"
            r"(?:reply|letter)\b",
            re.I,
        ),
        re.compile(r"审签|审阅|签发|签发人"),
        ("signer",),
    ),
    MetaField(
        "doc_number",
        re.compile(
            r"发文字号|文号|(?<!老)字号|document number|reference number|doc(?:ument)? no", re.I
        ),
        DOC_NUMBER,
        ("doc_number",),
        cited_of_others=True,
    ),
    MetaField(
        "co_handlers",
        # The units a reply was agreed with: "协办单位", "会办", and as letters say it, "经商…",
        # "征求…意见" (CONSULTED) — not a 协办意见 named as the kind of letter it is.
        # Whom the bureau will consult ("下一步要跟哪些部门商量") is its plan, not the reply's.
        re.compile(
            rf"协办(?!(?:工作)?的?意见)|(?<!现场)会办(?!会|(?:工作)?的?意见)|co-?organi[sz]er|"
            rf"co-?handl(?!ing opinion)|(?:^|[？?。；;])(?![^？?。；;]*?(?:{_PLANNED}))"
            rf"[^？?。；;]*?(?:{CONSULTED}|{EN_CONSULTED})",
            re.I,
        ),
        re.compile(r"协办|(?<!现场)会办(?!会)|会同|共同研究|经商|商请|征求"),
        ("co_handlers",),
    ),
    MetaField(
        "proposers",
        re.compile(
            r"提案人|建议人|哪[一两几二三四五六七八九十\d]?位[^，,。？?]{0,4}?(?:委员|代表)|谁(?:领头|牵头|带头)?提出|"
            r"谁(?:领头|牵头|带头)?提的|谁领衔|几[位名](?:委员|代表)|"
            r"who wrote|" + EN_PROPOSER,
            re.I,
        ),
        # The salutation names the proposers (or a CPPCC party's or the federation's branch:
        # the eight parties and 工商联 are the groups that propose, not a lead unit such as
        # 市发展和改革委员会 a co-handling opinion writes to), or a co-handling opinion's
        # opening ("现对九三学社提出的…", "冉启华代表提出的…由你局主办"), or a session's
        # 集体提案, which no one person made; "您提出的…" only says someone did.
        re.compile(
            r"集体提案|(?:委员|代表)[们]?\s*[:：]|^(?:中国)?(?:民革|民盟|民建|民进|农工|致公|九三学社|台盟|"
            r"工商联)[^，,。；;]{0,24}[:：]|提案人|建议人|现对[^，,。；;您你]{2,30}?提出的|"
            r"^[\u4e00-\u9fff·]{2,8}?(?<!人大|政协)(?:等\d*[位名人]?)?(?:委员|代表)们?提出的|"
            # the role first, with the title the member gave: "关于区政协委员李明华提出的《…》"
            r"^(?:关于|对)?[省市区县州乡镇]?(?:人大代表|政协委员)(?![会团])[\u4e00-\u9fff·]{2,4}?"
            r"(?:等\d*[位名人]?)?提出的?[《“]"
        ),
        ("proposers",),
    ),
    MetaField(
        "date",
        # 哪天 asks the letter's date when what happened that day is the letter's own act
        # ("哪天答复的", "是哪天发的", "网站哪天发布的") or nothing more; "哪天开会研究",
        # "哪天发放", "哪天签约" ask an event's.
        re.compile(
            # 日期 / "date" of the letter, not of a policy it cites ("On what date did the
            # city issue its opinions on …" asks the body).
            LETTER_DATE + "|"
            r"(?:答复函|复函|这封|这份|该函)[^。？?]*日期|"
            # (not the day another document was issued: "实施意见是哪天印发的"; but "纳入十四五
            # 规划那个提案的答复是哪天发的" asks the reply's)
            rf"(?<![^，,。？?])(?![^，,。？?]*?(?:{OTHER_DOCUMENT}){_NOT_A_NAME}"
            r"(?:(?!答复|回复|函)[^，,。？?])*?哪天)"
            r"[^，,。？?]*?哪天(?=[^，,。？?]*?(?:答复|回复|复函|函复|印发|签发|签署|办结|写的|成文|发布|公布|落款"
            r"|发(?=[的了出文函]|[\s？?。]*$)|签(?=[的了字]|[\s？?。]*$))|[\s？?。]*$)|"
            + EN_LETTER_DATE,
            re.I,
        ),
        DATE_MENTION,
        ("date_signed", "date_written", "date_published"),
        loosely=re.compile(r"什么时候|何时|when|date", re.I),
    ),
    MetaField(
        "contact",
        re.compile(
            r"联系人|联系电话|电话多少|承办(?:责任|负责)?人|经办人|谁承办|\bcontact|"
            r"\b(?:tele)?phone (?:number|no)\b|"
            # whom to call about the reply itself, not a service the letter names ("答复中
            # 提到的法律援助中心联系方式", "找谁联系办理")
            rf"(?:{_THE_REPLY}){_NOT_ITS_CONTENT}{{0,30}}?(?:联系方式|[找跟和]谁联系|联系谁|向谁咨询)"
            r"(?![^。？?]*办理)|有事找谁",
            re.I,
        ),
        # "承办负责人:李石六", "承办责任人:何军"
        re.compile(r"联系人|联系电话|电话|承办(?:责任)?人|经办人|负\s*责\s*人[:：]"),
        ("contact",),
    ),
    MetaField(
        "index_no",
        # "the index number of the … reply", "its index number" (not a price index's)
        re.compile(
            r"索引号|\b(?:the|its|this|that)(?: reply'?s| letter'?s)? index (?:number|no)\b", re.I
        ),
        re.compile(r"索\s*引\s*号"),
        ("index_no",),
    ),
    # the 办复类别 (A: adopted, B: being solved, C: explained), as the portal or letterhead
    # marks it: "办理结果算哪一类", "what result category was it given"
    MetaField(
        "category",
        re.compile(
            # (a bare "算哪一类" of the reply: "这份答复是哪一类的", not "那条路算哪一类路")
            r"办理结果|答复类型|办复类别|答复类别|[ABC]类还是|"
            rf"(?:{_THE_REPLY})[^。？?]{{0,12}}?(?:算|是)哪一?类(?:的|答复|办复)?(?=[了呢吗啊]?(?:[？?。，,]|$))|"
            # of the reply, not of a project, a fund or what the reply mentions ("这笔资金归
            # 哪类", "建议中提到的产业园属于哪一类园区")
            rf"(?:{_THE_REPLY}){_NOT_ITS_CONTENT}{{0,30}}?(?:属于?|归|被?归为|列为|定为)(?:哪一?|什么)"
            r"类(?!型|别)(?:[了呢吗]|的?(?:办理结果|办复|答复))?(?:[？?。]|$)|"
            # "那份答复函，类别标的是几类" (the reply itself named, not a 提案's 补贴类别)
            rf"(?:{_REPLY_ITSELF}){_NOT_ITS_CONTENT}{{0,30}}?(?:类别[^，,。？?]{{0,6}}?(?:几|哪一?|什么)|"
            r"(?:什么|哪一?个?)类别)|"
            r"\b(?:result|reply|response|handling) (?:category|class|type)\b|"
            r"\b(?:what|which) (?:category|class)\b(?! of)|\bA\s*/\s*B\s*/\s*C\b",
            re.I,
        ),
        re.compile(r"办复类别|办理结果|答复类型|类别\s*[:：]|^\s*[(（]?[ABCＡＢＣ]\s*类", re.M),
        ("category",),
    ),
    MetaField("session", re.compile(SESSION_ASKED, re.I), SESSION, ("session",)),
    # the letter's title as its field card prints it ("标题怎么写的", "the title of the
    # reply"), not a professional title (职称)
    MetaField(
        "title",
        re.compile(
            rf"(?:{_THE_REPLY}){_NOT_ITS_CONTENT}{{0,8}}?(?:标题|题目)(?!党)|^(?:标题|题目)(?=是|怎么|叫|为|[:：？?])|"
            r"\btitle of (?:the|its|this|that) (?:\w+ )?(?:reply|letter|response)\b|"
            r"\b(?:reply|letter|response)'s title\b|\bwhat is (?:the|its) title\b(?! of)",
            re.I,
        ),
        re.compile(r"^\s*(?:标题|(?:提案|建议|来文)标题)\s*[:：]", re.M),
        ("title",),
    ),
    # the unit the letter is written to: a co-handling opinion's salutation names the lead
    # unit ("市市场监督管理局:"), not a proposer — "写给哪个部门的", "发给了哪个单位", "主送",
    # "which department was it sent to"; no record field holds it
    MetaField(
        "addressee",
        re.compile(
            r"(?:意见|函|答复|回复|这份|那份|这封|那封|它)[^，,。？?]{0,6}?"
            r"(?:写给|发给|寄给|送给|报送给?)了?(?:哪个|哪一?家|哪一个|哪些|什么|谁)|主送|"
            r"\b(?:opinion|reply|letter|response|it)\b[^?]{0,30}?\b(?:sent|written|addressed) "
            r"to\b(?! (?:the )?(?:proposer|member|deputy|deputies))|"
            r"\b(?:sent|written|addressed) to (?:which|what|whom)\b|"
            r"\bto (?:which|what|whom) (?:\w+ )?(?:department|bureau|unit|office|agency|body)?"
            r"\s*(?:was|were|is) (?:it|the [\w-]+(?: [\w-]+){0,3}) (?:sent|addressed|written)\b",
            re.I,
        ),
        re.compile(rf"^\s*(?:主送(?:单位|机关)?\s*[:：].*|{ORG_NAME}\s*[:：]\s*)$", re.M),
        (),
    ),
    # the units sent a copy (抄送/抄报 at the letter's foot); no record field holds them
    MetaField(
        "copied_to",
        re.compile(r"抄送|抄报|\bcop(?:y|ies|ied) (?:to|sent)\b|\bcc(?:'?d)?\b", re.I),
        re.compile(r"抄送|抄报"),
        (),
    ),
    # the postal code at the letter's foot, beside its contact line
    MetaField(
        "postcode",
        re.compile(r"邮编|邮政编码|\b(?:postal|post|zip) ?code\b|\bpostcode\b", re.I),
        re.compile(r"邮编|邮政编码"),
        (),
    ),
    # how the page was made public (主动公开 / 依申请公开 / 不予公开), as portals mark it
    MetaField(
        "disclosure",
        # (of the reply itself: "学校的收费标准会主动公开吗" asks about fees)
        re.compile(
            rf"(?:{_REPLY_ITSELF}){_NOT_ITS_CONTENT}{{0,30}}?(?:公开方式|公开属性|(?:主动|依申请|不予)公开)|"
            r"\b(?:reply|letter|response|opinion)\b[^?]{0,40}?\bdisclosed\b",
            re.I,
        ),
        re.compile(r"公开方式|公开属性|(?:主动|依申请|不予)公开"),
        (),
    ),
    # the body a portal names as publishing the page (发布机构), often a general office and
    # not the issuer, asked of the reply or its page: "那条建议的答复，发布机构是哪个", "网上
    # 是哪个机构发布的", "the publisher on the web page of the reply" (not "暴雨预警的发布机构",
    # "招聘信息的发布单位", "which publisher prints the textbooks")
    MetaField(
        "publisher",
        re.compile(
            rf"(?:{_THE_REPLY}|网上|网站|网页|页面|门户)[^。？?]{{0,30}}?"
            r"(?<!预警)(?<!信息)(?<!消息)(?<!通知)(?<!公告)(?<!数据)(?<![^标写记列示明]的)(?:发布机构|发布单位)|"
            r"(?:答复|函|网页|页面)的发布(?:机构|单位)|"
            r"(?:网上|网站|网页|页面|门户)[^，,。？?]{0,6}?(?:哪个|哪家|哪一个|什么)(?:机构|单位|部门)"
            r"[^，,。？?]{0,4}?(?:发布|公布|挂)|"
            r"\b(?:publisher|publishing (?:body|office|institution|agency|organi[sz]ation))\b"
            r"(?=[^?]*\b(?:reply|letter|response|web ?page|web ?site|portal)\b)|"
            r"\b(?:which|what) (?:\w+ )?(?:institution|organi[sz]ation|office|body|agency) "
            r"(?:published|posted) (?:it|the (?:[\w'-]+ ){0,4}?(?:reply|letter|page))\b",
            re.I,
        ),
        re.compile(r"^\s*发布机构", re.M),
        (),
    ),
    # the number of the proposal it answers: "对应第几号提案", "建议的编号是多少", "what
    # number was the proposal" — not "第几期", "几号开工", "第几号台风", "第几号文件"
    MetaField(
        "proposal_no",
        re.compile(
            r"第几号(?=[^，,。？?]{0,6}?(?:提案|建议|议案))|"
            r"(?:提案|建议|议案)(?:的)?(?:编号|号)(?:是|为)?(?:多少|什么|几)|"
            # asked, not named: "proposal number?", not "suggestion No. 21", "number 0798"
            r"\b(?:proposal|suggestion|motion)(?:'s)? number\b(?! ?(?:no\.? ?)?\d)|"
            r"\bwhat number\b(?! of\b)[^?]*\b(?:proposal|suggestion|motion)\b",
            re.I,
        ),
        re.compile(r"第\s*[A-Za-z]?\d+\s*号|(?:提案|建议)(?:编号|号)\s*[:：]"),
        ("proposal_no",),
    ),
    MetaField(
        "issuer",
        re.compile(ISSUER_ASKED, re.I),
        # the field card's line, or a sign-off line that is an organisation's name (not the
        # page's 发布机构, often a general office: the publisher field)
        re.compile(rf"发文机关|^\s*来源\s*[:：]|^\s*{ORG_NAME}\s*$", re.M),
        ("issuer",),
    ),
)


def fields_asked(question: str) -> list[MetaField]:
    """The letter fields the question asks for, loosely worded ones included."""
    return [f for f in META_FIELDS if f.asked_by(question)]


def fields_named(question: str) -> list[MetaField]:
    """The letter fields the question asks for in so many words (not "什么时候" alone): a
    question about the letter itself, which its frame answers."""
    return [f for f in META_FIELDS if f.asks.search(question)]
