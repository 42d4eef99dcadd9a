"""The genre of a reply letter, in one place: how its headings are numbered, where its
sentences end, how it writes numbers, which kinds of proposal it answers, and the frame
sentences every letter has (receipt, thanks, sign-off, contact).

Every step reads these facts from here: the parser finds headings and parts with them,
the chunker and the answerer split sentences with them, retrieval strips numbering off
headings and reads a letter's kind with them.
"""

from __future__ import annotations

import re
import unicodedata

# -- numerals -----------------------------------------------------------------------------

CN_NUMERALS = "一二三四五六七八九十"
CN_NUMERAL = f"[{CN_NUMERALS}]"
# Letters write the zero of a year as 〇, ○, the letters O/o (full-width too), a Cyrillic О,
# a full-width ０ or an ASCII 0 (二0一七年), or 零.
CN_ZEROS = "〇○OoОＯｏ０0零"
_DIGITS = {c: 0 for c in CN_ZEROS} | {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def cn_digit(char: str) -> int | None:
    """一 → 1, 〇 → 0; None for anything else."""
    return _DIGITS.get(char)


def cn_number(text: str) -> int | None:
    """A small number as letters write it: 一 → 1, 十 → 10, 十二 → 12, 二十 → 20,
    三十一 → 31, or Arabic digits; None when `text` is not one (十十, 三五)."""
    text = text.strip()
    if text.isdigit():
        return int(halfwidth(text))
    if "十" not in text:
        return _DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    high = _DIGITS.get(tens) if tens else 1
    low = _DIGITS.get(units) if units else 0
    if high is None or low is None or len(tens) > 1 or len(units) > 1:
        return None
    return high * 10 + low


# -- width --------------------------------------------------------------------------------


def halfwidth(text: str) -> str:
    """Full-width digits, letters and punctuation as their half-width forms (NFKC), the
    form numbers, headings and document numbers are compared in."""
    return unicodedata.normalize("NFKC", text)


# Full-width digits and Latin letters (２０２２年, ＧＤＰ) are the same characters to a
# reader and to every question, which types them half-width; a letter's text takes the
# half-width form, one character for one, as it takes joined lines. Chinese punctuation
# （，：） is the letter's own and stays.
_NARROW = {wide: wide - 0xFEE0 for wide in range(0xFF10, 0xFF1A)} | {
    wide: wide - 0xFEE0 for wide in (*range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF05)
}
# １．５万 → 1.5万; not 1．降低成本, nor an item's number at a line's start (2．3个乡镇…)
_WIDE_POINT = re.compile(r"(?m)(?P<item>^[ \t\u3000]*[0-9]{1,2}(?=．))?(?<=[0-9])．(?=[0-9])")


def narrow_alphanumerics(text: str) -> str:
    """Full-width digits, Latin letters and ％ as half-width; a full-width point between
    digits as `.`, unless it numbers a line's item; everything else as it is."""
    return _WIDE_POINT.sub(
        lambda m: m.group(0) if m.group("item") else ".", text.translate(_NARROW)
    )


# Chinese is written without spaces: a space between two Chinese characters or marks is
# layout (a line wrap, `答 复` spread over a line), one beside a digit is written (`第 91号`).
_CJK = "\u3000-\u303f\u3400-\u9fff\uff01-\uff0f\uff1a-\uff20"
_LAYOUT_SPACE = re.compile(f"(?<=[{_CJK}])[ \t\u3000\u00a0]+(?=[{_CJK}])")


# A two-character name is often padded to the width of three: `王  芳委员`, `签发人:张  平`;
# names so padded stand side by side in pairs (`王　芳　李　强委员`, `杨　丽　段金华委员`).
_PADDED_NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \t\u3000]+([\u4e00-\u9fff])")


def unpad_names(text: str) -> str:
    """`王  芳委员` → `王芳委员`, `王　芳　李　强` → `王芳　李强`; names written apart (`张三
    李四`) stay apart."""
    return _PADDED_NAME.sub(r"\1\2", text)


# A line set out one character at a time, as a sign-off spread to the page's width is:
# `清 河 县 交 通 运 输 局`.
_SPREAD = re.compile(rf"[{_CJK}](?:[ \t\u3000\u00a0]+[{_CJK}]){{3,}}")


def unspread(line: str) -> str:
    """`清 河 县 交 通 局` → `清河县交通局`; a line with words of two or more characters
    (`张三 李四`, `2023 年 6 月`) stays as it is."""
    return drop_layout_spaces(line) if _SPREAD.fullmatch(line) else line


def drop_layout_spaces(text: str) -> str:
    """`重庆市科学技术局 关于…第0226号 建议` → `…局关于…号建议`; `第 91号` stays."""
    return _LAYOUT_SPACE.sub("", text).strip()


# -- sentences ----------------------------------------------------------------------------

# A sentence ends at 。！？； or their half-width forms, followed by any closing quotes or
# brackets. Half-width "." is not an end: "15.4%".
SENTENCE_ENDS = "。！？；!?;"
CLOSING_MARKS = "”’\"'）)」』】》"
SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}][{re.escape(CLOSING_MARKS)}]*")
# One sentence (or the rest of a line) at a time, its end and closing marks included.
SENTENCE = re.compile(f"[^{SENTENCE_ENDS}\\n]+(?:[{SENTENCE_ENDS}][{re.escape(CLOSING_MARKS)}]*)?")
# Bracket pairs a heading or title may open and must close.
OPENING_BRACKETS, CLOSING_BRACKETS = "《“‘（(「『〈【", "》”’）)」』〉】"

# -- headings -----------------------------------------------------------------------------

# By rank: a heading of one rank nests inside every smaller rank.
HEADING_RANKS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"^{CN_NUMERAL}{{1,3}}、(?!{CN_NUMERAL}+[季月年届])")),  # 一、 (not 一、二季度)
    (2, re.compile(rf"^[(（]{CN_NUMERAL}{{1,3}}[)）]")),  # (一) （一）
    # 1. 1、 — but not a decimal (1.5亿元), though an item may open with a year (1.2023年)
    (3, re.compile(r"^[0-9０-９]{1,2}(?:、|[.．](?!(?!(?:19|20)\d\d年)[0-9０-９]))")),
    (4, re.compile(r"^[(（][0-9０-９]{1,2}[)）]")),  # (1) （1）
    (5, re.compile(rf"^{CN_NUMERAL}{{1,3}}是")),  # 一是 二是
)
ITEM_RANK = 5  # 一是 … 二是 …: items, which may also run inside a paragraph
# `一是` items inside a paragraph start after a sentence end (not in `这一是非问题`).
INLINE_ITEM = re.compile(rf"(?<=[。；;！!？?：:])\s*(?P<num>{CN_NUMERAL}{{1,3}})是")
# A heading's numbering, whatever its rank: stripped to compare headings by their words.
NUMBERING = re.compile(
    rf"^\s*(?:{CN_NUMERAL}+[、.．]|[(（][{CN_NUMERALS}\d]+[)）]|\d+[.．、]|{CN_NUMERAL}+是)\s*"
)
# A sentence that opens with a section's number ("(一)实施…行动。"): it names a topic.
SECTION_NUMBER = re.compile(rf"\s*(?:[(（]{CN_NUMERAL}+[)）]|{CN_NUMERAL}+、|\d+[.．、])")


def heading_rank(line: str) -> int | None:
    """The rank of the heading numbering `line` opens with (1 for 一、 … 5 for 一是), or None."""
    for rank, pattern in HEADING_RANKS:
        if pattern.match(line):
            return rank
    return None


def heading_number(line: str) -> int | None:
    """The number a heading's or an item's numbering gives: 一、 → 1, (三) → 3, 2. → 2,
    四是 → 4; None when the line opens with none."""
    match = NUMBERING.match(line)
    return cn_number(halfwidth(match.group(0)).strip().strip("()、.是")) if match else None


def strip_numbering(heading: str) -> str:
    """A heading without its numbering or closing stop: "二、下一步工作重点" → "下一步工作重点"."""
    return halfwidth(NUMBERING.sub("", heading)).strip().rstrip("。.")


# -- the frame every letter has ------------------------------------------------------------
# SALUTATION is a whole paragraph, CLOSING and CONTACT are how a paragraph starts (use
# `.match`); the others may be anywhere in a paragraph (use `.search`).

# `王晓颖委员:` `尊敬的李明代表：` `民盟市委:` — a short line that ends in a colon (not `现答复如下:`,
# nor a portal's forwarding note `…联络工作委员会转：`);
# names may be listed with commas before 代表/委员 (`刘家伟，张晓红代表：`).
# A page that lost the colon still ends the line with who is addressed (`陈国华委员`, or
# spaced: `农瑞祥  委员`); a line a title may wrap at is none (`关于对市政协…会议张三委员`,
# `对市人大第123号代表`): a title opens with 关于/对 and names the session or the number, a
# salutation does not.
SALUTATION = re.compile(
    r"^(?!.*(?:如下|答复|函复)|.*转[:：]$)(?:(?:[^。！？!?；;，,]{1,60}|[^。！？!?；;]{1,60}"
    r"(?:代表|委员|同志)们?)[:：]|(?!关于|对|.*(?:关于|会议|届|提出|所提|号))(?:尊敬的)?"
    r"(?:[^\s。！？!?；;，,:：]{2,20}|[\u4e00-\u9fff]{2,4}[ \t\u3000]+)(?:代表|委员|同志)们?[，,！!]?)$"
)
# The opening acknowledges the proposal: `您提出的《…》(第0798号)收悉`.
OPENING_START = re.compile(
    r"收悉|(?:[您你](?:们|[(（]们[)）])?|贵(?:单位|党派|会))(?:[在向][^。]{0,40})?(?:领衔|联名)?"
    r"(?:提出|所提|提)的"
)
# The opening ends by announcing the reply: `现答复如下`, `现将办理情况答复如下`, `现予函复`.
# 现 is "now" here, not the end of a word (实现答复率, 出现, 体现).
OPENING_END = re.compile(
    r"(?:答复|函复|回复|报告|函告)如下|现(?:提出|提供)如下[^。]{0,6}意见|(?<![实出发体表呈兑再])现(?:予以?|将[^。]{0,20})?(?:答复|函复)"
    r"|作如下(?:答复|回复)"
)
# A closing paragraph: the signing note, 此致 敬礼, 特此函复, thanks, 如有疑问…, 抄送, 报:, the
# page's disclosure note `(此件公开发布)` `(依申请公开)`, the list of attachments (`附件:…`),
# and the printing office's line a document ends with (`…办公室  2022年6月29日印发`).
CLOSING = re.compile(
    r"^(?:[此本](?:答复|复)函?(?:已经|已由|由|经)|此件已经|此致|敬礼|特此(?:函复|答复|复函|函告|回复|说明)|"
    r"专此(?:答复|函复)|以上答复|对以上答复|再次感谢|衷心感谢|感谢您|感谢你们?(?:对|长期|一直|多年|的关心|的理解|的支持)[^。！!？?]*[。！!]?$|如有(?:疑问|不同意见)|抄\s*[送报]|(?:主送|报送?)\s*[:：]|"
    r"[(（](?:此件|[^()（）]{0,8}公开)|(?:主动|依申请|不予)公开$|[^。！？!?]{0,60}日\s*印发$"
    # (the office's name set apart from the date by the page's width)
    r"|[^。！？!?\s]{1,30}\s+[^。！？!?]{0,20}日\s*印发$"
    r"|(?:相关)?附件(?:下载)?\s*[:：0-9【\[])"
)
# Thanks for the proposal, wherever it stands: `感谢您对科技工作的关心和支持`.
THANKS = re.compile(
    r"(?:感谢|谢谢)[^。！？!?]{0,40}(?:关心|支持|关注|理解|帮助)"
    # … and the invitation to comment that closes many letters: `希望多提宝贵意见`.
    r"|宝贵意见|批评指正|请予指正"
    # … or to keep caring, addressed to the member and ending the sentence: `希望您一如既往
    # 关心和支持科技工作。` (not `希望继续加大对中小企业的支持力度。`, which asks for more)
    r"|^(?:希望|欢迎|恳请|敬请|请)(?:(?:您|你们|你)(?:今后)?(?:继续|一如既往地?)|一如既往地?)"
    r"[^。！？!?]{0,12}?(?:关心|支持|关注)[^。！？!?]{0,12}[。！!]?\s*$"
)
# A contact line: `联系人:张三`, `联系电话:…`, `(经办人:…)`, `承办人及联系电话:…`,
# `承办科室:…`, `联系地址:…`, `邮政编码:…`, `传真:…`, and `人:黎浩`, a 联系人 line whose
# label a page lost.
CONTACT = re.compile(
    r"^[(（]?\s*(?:(?:联\s*系\s*(?:人|单位|电\s*话|方式|地\s*址|邮\s*箱)|经\s*办\s*(?:人|科\s*室)"
    r"|承\s*办\s*(?:人|单位|责任人|负责人|科\s*室|处\s*室|部\s*门))"
    r"[^:：;；。]{0,8}?|(?:办\s*公\s*)?电\s*话|手\s*机|传\s*真|(?:电\s*子\s*)?邮\s*箱|地\s*址"
    r"|邮\s*(?:政\s*编\s*码|编)|人|负\s*责\s*人"
    # a person's post, then their name and phone: "主管领导人姓名：曾国华 联系电话：…"
    r"|(?:(?!提案人|建议人|议案人)[\u4e00-\u9fff]){1,6}?人\s*姓\s*名)\s*[:：;；]"
)
# A contact line's continuation: another unit's person and phone under it
# (`　　　　县应急管理局　邹立强　0411-89882605`).
PHONE_LINE = re.compile(r"^[^。！？:：]{0,30}?(?:\d{3,4}[-－]\d{7,8}|1[3-9]\d{9})$")
# Who approved or answers for the letter, in its sign-off: `签发人:张三`, `签发领导:张三`,
# `领导签批:张三`, `领导签字:`, `主管领导:刘**` (a 签发 / 签批 line names the signer; the
# others name no one who signed).
_SIGNED_BY = r"(?:领\s*导\s*)?签\s*[发批]\s*(?:人|领\s*导)?"
# …or the head's own line under it: `局长：王立新` (not a deputy's, 副局长, nor 分管领导).
_HEAD = r"(?:[\u4e00-\u9fff]{2,6}、)?代?(?:局|厅|部|院|校|镇|乡|县|区|市)\s*长"
# Staff who checked or drafted it (`审核人:`, `拟稿人:`) sign nothing either.
SIGN_OFF_LABEL = re.compile(
    rf"^[(（]?\s*(?:{_SIGNED_BY}|{_HEAD}|领导签字|(?:主管|分管)领导|(?:审\s*核|核\s*稿|拟\s*稿)\s*人)\s*[:：]"
)
SIGNER_LINE = re.compile(
    rf"^[(（]?\s*(?:{_SIGNED_BY}|{_HEAD})\s*[:：]\s*(?P<name>[^\s:：,，;；、)）]{{2,4}})"
)
# `张三委员: 您提出的…`, `张三委员：您好！`, `李四代表：你提出的…` — a salutation run into the
# first paragraph (or a greeting, after a comma too: `马丽代表，您好！`) on one line.
# Names may be listed with commas or spaces (`张三，李四代表：`, `张三 李四代表：`) or padded
# (`王　芳代表：`), the role set a space apart (`张三 代表：`) and followed by a group in
# brackets (`张三代表（城关代表团）：`), or a town's delegation (`袁家镇代表团：你们…`).
_SALUTED = (
    r"(?:尊敬的)?(?:[\u4e00-\u9fff]{1,4}(?:[，,]\s*|[ \t\u3000]+)){0,5}[^\s。，,；;:：]{1,30}[ \t\u3000]?"
    r"(?:代表团?|委员|同志)(?:们)?(?:[(（][^()（）:：]{1,20}[)）])?(?:[:：]|[，,](?=\s*[您你]们?好))"
)
SALUTATION_START = re.compile(_SALUTED)
SALUTATION_RUN_IN = re.compile(rf"^(?P<salutation>{_SALUTED})(?:\s+|(?=[您你]))(?P<rest>\S.*)$")
# The number of the proposal or suggestion answered, and its kind when stated: `第0798号提案`.
# Numbers run to 8 digits (`第2024087号`, year-prefixed), after a letter or two some places
# give their series (`第BH037号`, `第2025B017号` after the year) or with a serial after a
# dash (`第2023-012号`), or in Chinese numerals (`第二十三号`: `proposal_digits`); 代表/委员/
# 重点 may stand between the number and the kind (`第1235号代表建议`, `第12号重点提案`).
# Without 第 a number only counts when its kind follows (`…会议2024087号提案`, `"125号"建议`);
# a decree's or notice's number (`令第5号`) is none.
_PROPOSAL_NUMBER = (
    r"(?:[0-9０-９]{4}[A-Za-zＡ-Ｚａ-ｚ]{1,3}|[A-Za-zＡ-Ｚａ-ｚ]{0,3})[0-9０-９]{1,8}(?:[-－][0-9０-９]{1,6})?"
    r"|[一二三四五六七八九十百零〇]{1,6}(?=\s*号\s*(?:代表|委员|重点|集体|联名)*\s*(?:提案|建议))"
)
_NUMBER_AS_WRITTEN = rf'["“「]?(?P<no>{_PROPOSAL_NUMBER})\s*号["”」]?'
_BY = r"\s*(?:代表|委员|重点|集体|联名)*\s*"
PROPOSAL_NO = re.compile(
    # 第, but not a decree's or a document number's (`令第5号`, `〔2023〕第5号`) …
    rf"(?:(?<![令告〕\]】﹞])第\s*"
    # … or no 第 when the kind follows, with no digit, letter or bracket before it.
    rf"|(?<![0-9A-Za-z０-９Ａ-Ｚａ-ｚ〔〕\[\]【】﹝﹞{CN_NUMERALS}百零〇-])"
    rf"(?={_NUMBER_AS_WRITTEN.replace('?P<no>', '?:')}{_BY}(?:提案|建议)))"
    rf"{_NUMBER_AS_WRITTEN}(?:{_BY}(?P<kind>提案|建议))?"
)


def proposal_digits(number: str) -> str:
    """A proposal number in digits: `二十三` → `23`, `一百零五` → `105`; one written in
    digits as it is."""
    if not number or number[0] not in "一二三四五六七八九十百":
        return number
    hundreds, _, rest = number.rpartition("百")
    high = (_DIGITS.get(hundreds) if hundreds else 1) if "百" in number else 0
    low = cn_number(rest.lstrip("零〇")) if rest.lstrip("零〇") else 0
    return str(high * 100 + low) if high is not None and low is not None else number


# The session that received it: `市政协六届二次会议`, `区第十八届人大第四次会议`.
SESSION = re.compile(
    rf"(?:[市区县省州]|全国)?(?:政协|人大)?第?{CN_NUMERAL}{{1,3}}届"
    rf"(?:政协|人大|人民代表大会|全国委员会|委员会)?第?{CN_NUMERAL}{{1,3}}次(?:全体)?会议"
)

# -- who writes ---------------------------------------------------------------------------

# Words that count or point at the members addressed without naming one: `部分委员`,
# `各位代表`, `有关人大代表`. They are determiners (closed-class grammar), not names.
DETERMINER = re.compile(r"^(?:各位|诸位|列位|部分|有关|相关|广大|全体|其他|其余|多位|多名|各)")

# How the name of a government body or organisation ends: the signature, a letterhead,
# the issuer before a title's 关于/对.
# A website (`…门户网站`) is no body, whatever its name says.
# (`…合作社联合社`, `…科协`, `…工商联`, `…行政公署`, `…海关`, `…分行`, `…研究室`,
# `…党校` too.) A second name may follow
# in brackets, as a merged office signs: `市委改革办(市营商环境建设局)`.
ORG_SUFFIX = (
    r"(?:局|委|委员会|政府|人民政府|办公室|办公厅|办|厅|部|院|中心|公司|集团|银行|会|"
    r"所|处|(?<!网)站|队|馆|室|署|段|街道办事处|街道|管委会|党组|支部|社|联|协|海关|支行|分行|党校|学校|大学|(?<![中小])[中小]学(?!生)|幼儿园|"
    r"林场|农场|气象台|电视台)"
)
_ORG_WORDS = rf"[\u4e00-\u9fff（）()]{{2,30}}{ORG_SUFFIX}"
ORG_NAME = rf"{_ORG_WORDS}(?:[(（]{_ORG_WORDS}[)）])?"
# A co-handling unit's opinion (`…第041号建议会办工作的意见`, `…提案的协办意见`) is written
# to the lead unit, which answers the proposer: its salutation names no proposer.
CO_HANDLING_OPINION = re.compile(r"(?:协办|会办)(?:工作)?的?意见")

# -- places and parts -------------------------------------------------------------------------

# The administrative units a place name ends with, longest first where one ends another
# (自治县 before 县): 丽水市, 石林彝族自治县, 桃矿街道, 阿拉善左旗.
PLACE_UNITS = (
    "特别行政区",
    "自治区",
    "自治州",
    "自治县",
    "街道",
    "地区",
    "省",
    "市",
    "州",
    "盟",
    "县",
    "区",
    "旗",
    "镇",
    "乡",
)
# Parts of a letter that are only its frame: who wrote to whom, when, and the field card.
FRAME_PARTS = frozenset({"meta", "signature", "salutation", "title"})


# -- what a letter answers ----------------------------------------------------------------

KINDS = ("提案", "建议")  # a CPPCC member's proposal, a deputy's suggestion
_KIND_IN_TITLE = re.compile(r"号\s*(?:代表|委员)?\s*(提案|建议)")


def kind_in_title(title: str | None) -> str | None:
    """提案 or 建议 as the title names it ("…第182号建议的答复", "…第1235号代表建议答复的函"),
    None when it does not."""
    match = _KIND_IN_TITLE.search(title or "")
    return match.group(1) if match else None


# -- dates --------------------------------------------------------------------------------

# A date as a sentence may state it (for "when" questions); `rag.letters.dates` reads every
# form into ISO.
DATE_MENTION = re.compile(
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|[〇○OО零一二三四五六七八九]{4}年"
)
DOC_NUMBER = re.compile(r"[〔【\[(（﹝〖]\s*\d{4}\s*[〕】\])）﹞〗]\s*\d+\s*号")
