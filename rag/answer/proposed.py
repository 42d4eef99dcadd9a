"""What the proposer asked for: its figures in a letter's sentence are theirs, not facts
the letter states ("你们建议由镇政府按每公斤1元的保护价收购" gives no purchase price), unless
the question asks what they asked for.

    unproposed("代表建议在镇区增设路灯200盏。")       # the clause blanked out (□)
    asks_proposed("代表想让镇上按一公斤多少钱兜底收？")  # True
"""

from __future__ import annotations

import re

# A clause the proposer opens with what they ask ("您建议…", "你们提出…", "代表建议…",
# "委员在提案中提出…"), or one of their requests named as a heading names it ("关于县财政设立
# 300万元专项资金的建议"); not one that takes up their suggestion ("我镇已采纳您的建议安排…").
_PROPOSED = re.compile(
    r"(?:^|(?<=[，,；;。：:]))(?:您|你们?|代表们?|委员们?|提案人|建议人)"
    r"(?:在[^，,。；;]{0,12}?中)?(?:建议|提出|要求|希望|提议|请求|呼吁)[^，,。；;]*"
    r"|关于[^，,。；;]{0,40}?的(?:建议|提案|议案)"
)
# A question about what they asked for ("代表想让镇上…", "提案中的保护价是多少",
# "what did the deputies suggest").
_ASKED = re.compile(
    r"(?:代表|委员|提案人|建议人|你们|他们|您|群众)[^，,。；;？?]{0,12}?"
    r"(?:建议|提出|提议|希望|要求|想|请求|呼吁|反映|所提)"
    r"|(?:提案|建议|议案)(?:中|里|里面)?(?:的|说的|提的|提出的)"
    r"|\b(?:deput(?:y|ies)|members?|proposers?|representatives?)\b[^,.?;]{0,40}?"
    r"\b(?:suggest|propos|ask|want|request|call)"
    r"|\b(?:the|their|his|her) (?:suggestion|proposal)\b",
    re.IGNORECASE,
)


def unproposed(sentence: str) -> str:
    """The sentence with each clause the proposer opens with a request blanked out."""
    return _PROPOSED.sub(lambda m: "□" * len(m.group()), sentence)


def asks_proposed(question: str) -> bool:
    """Whether the question asks about what the proposer said or asked for."""
    return bool(_ASKED.search(question))


def request_blanked(question: str) -> str:
    """The question without the request it asks the bureau's answer to ("委员希望由政府来定
    手工镜子卖多少钱，市场监管局同意吗？": whether it agreed, not a price), blanked (□)."""
    return _REQUEST_THEN_ANSWER.sub(lambda m: "□" * len(m.group("request")), question)


# A clause with the proposer's request, then one asking whether or how it was answered.
_REQUEST_THEN_ANSWER = re.compile(
    r"(?:^|(?<=[，,。？?]))(?P<request>[^，,。？?]*?(?:代表|委员|提案人|建议人|群众)[^，,。？?]{0,12}?"
    r"(?:建议|提出|提议|希望|要求|想|请求|呼吁)(?!知道|了解|问)[^，,。？?的]*)[，,]"
    # (not whether the reply states it: "…，答复里有没有说？")
    r"(?![^，,。？?]*答复[^，,。？?]*(?:说|提|有没有|写))"
    r"(?=[^，,。？?]*(?:吗|不[\u4e00-\u9fff]|没有|怎么(?:答复|回|说|办)|如何(?:答复|回应))[^，,。？?]*[？?])"
)
