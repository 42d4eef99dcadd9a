"""Refusal: what to say instead of an answer when the letters do not answer.

    refusal = refusal_for(question, result, settings.refusal_threshold)   # Answer or None

A question refuses when it names a letter the index does not have, when its filters
match no letter, or when the retrieval confidence is below the threshold.  The refusal
names the closest letters, so the user sees what the index does hold.
"""

from __future__ import annotations

from rag.answer.result import RetrievalResult
from rag.answer.terms import is_english
from rag.models import Answer


def refusal_for(question: str, result: RetrievalResult, threshold: float) -> Answer | None:
    """The refusal to give instead of an answer, or None when the passages answer."""
    english = is_english(question)
    text = _reason(result, threshold, english)
    if text is None:
        return None
    if result.closest:
        names = ("; " if english else "；").join(result.closest)
        text += f" Closest letters: {names}." if english else f"最接近的答复函：{names}。"
    return Answer(
        text=text,
        citations=[],
        refused=True,
        closest=list(result.closest),
        question=result.standalone,
    )


def _reason(result: RetrievalResult, threshold: float, english: bool) -> str | None:
    numbers = [u for u in result.unmatched if "=" not in u]
    if numbers:
        if english:
            return f"No reply letter for {', '.join(numbers)} was found among the indexed letters."
        return f"没有找到{'、'.join(numbers)}的答复函。"
    if result.unmatched or not result.passages:
        if english:
            return "No indexed reply letter matches the requested filters."
        return "已收录的答复函中没有符合条件的答复函。"
    if result.confidence < threshold:
        if english:
            return "The indexed reply letters do not answer this question."
        return "已收录的答复函中没有找到能回答这个问题的内容。"
    return None
