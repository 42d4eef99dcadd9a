"""Sentences: a passage split into sentences, and the ones that are the letter's frame.

The frame — salutation, receipt and announcement of the reply, thanks, closing formulas
and the signing note, contact lines, the sign-off's name and date — says who wrote to
whom and when; it is never the evidence for what a letter says about a topic.
"""

from __future__ import annotations

import re

from rag.letters.fields import DATE_LINE, ORG_LINE
from rag.letters.genre import (
    CLOSING,
    CONTACT,
    FRAME_PARTS,
    OPENING_END,
    OPENING_START,
    SALUTATION,
    SENTENCE,
    SIGN_OFF_LABEL,
    THANKS,
)
from rag.models import Passage


def split_sentences(
    passages: list[Passage], frames: bool = True
) -> list[tuple[int, int, int, str]]:
    """(passage index, start, end, text) of every sentence of the passages; without
    `frames`, the letter's frame (salutation, receipt, thanks, sign-off, contact, the
    field card) is left out: it is evidence only of who wrote to whom, and when."""
    raw: list[tuple[int, int, int, str]] = []
    for index, passage in enumerate(passages):
        if not frames and passage.part in FRAME_PARTS:
            continue
        for match in SENTENCE.finditer(passage.text):
            for start, end in _frame_and_rest(match.group(0), match.start()):
                piece = passage.text[start:end]
                if not piece.strip() or (not frames and is_frame(piece.strip())):
                    continue
                lead = len(piece) - len(piece.lstrip())
                raw.append((index, start + lead, end, piece.strip()))
    return raw


# What may follow "现答复" in the same sentence before the substance starts.
_AFTER_OPENING = re.compile(r"(?:如下)?[\s:：,，]*")


def _frame_and_rest(piece: str, offset: int) -> list[tuple[int, int]]:
    """The sentence's span, or two when it opens with the frame and runs on into the
    substance because the letter put no full stop after "现答复如下" ("…收悉,现答复如下:
    按照“乡道乡建乡养…”的原则,乡镇政府和村委会分别为…养管主体。")."""
    end = offset + len(piece)
    opening = max(OPENING_END.finditer(piece), key=lambda m: m.end(), default=None)
    if opening is None or not is_frame(piece[: opening.end()].strip()):
        return [(offset, end)]
    if not OPENING_START.search(piece, 0, opening.start()):
        return [(offset, end)]  # "实现答复率100%": no receipt before it, no frame
    after = _AFTER_OPENING.match(piece, opening.end())
    rest = after.end() if after else opening.end()
    if len(piece[rest:].strip()) < _SUBSTANCE:
        return [(offset, end)]
    return [(offset, offset + rest), (offset + rest, end)]


def is_frame(sentence: str) -> bool:
    """Whether a sentence is part of the letter's frame rather than its substance: the
    salutation, the receipt and announcement of the reply, thanks, a closing formula or
    the signing note, a contact line, the sign-off's name and date."""
    return bool(
        SALUTATION.match(sentence)
        or ORG_LINE.match(sentence)
        or DATE_LINE.match(sentence)
        or _receipt(sentence)
        or OPENING_END.search(sentence)
        or CLOSING.match(sentence)
        or CONTACT.match(sentence)
        or SIGN_OFF_LABEL.match(sentence)
        or THANKS.search(sentence)
    )


# A receipt: "您提出的《…》收悉" — but "收到您提出的建议后，我局成立了…小组" goes on to say
# what was done, and is the letter's substance.
_RECEIPT_ONLY = 50
# Fewer characters than this after the announcement of the reply are not a sentence of
# substance ("现答复如下：" then a bracket or a number).
_SUBSTANCE = 10


def _receipt(sentence: str) -> bool:
    if not OPENING_START.search(sentence):
        return False
    return "收悉" in sentence or len(sentence) < _RECEIPT_ONLY
