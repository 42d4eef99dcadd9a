"""The chunker: coverage, order, budget and sentence boundaries (properties), plus examples."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from letter_builders import build_letter, reference_letter

from rag.index.chunk import chunk_id, chunk_letter, count_tokens
from rag.models import Chunk, Letter

_END = re.compile(r"[。！？；!?;][”’\"'）)」』】》]*")

# -- strategies ---------------------------------------------------------------------------

_words = st.text(
    alphabet=st.sampled_from(list("科技服务业人才评价机制政策重庆市局abcXYZ0123456789") + [" "]),
    min_size=1,
    max_size=20,
)
_sentence = st.builds(
    lambda words, end: ",".join(words) + end,
    st.lists(_words, min_size=1, max_size=6),
    st.sampled_from(["。", "！", "？", "；", "!", "?", ";", "。”", ""]),
)
# Now and then a run-on sentence with no punctuation at all: only a hard cut can split it.
_runon = st.builds(
    lambda word, n: word * n,
    st.sampled_from(["科技服务人才评价", "talent review "]),
    st.integers(20, 120),
)
_unit_text = st.lists(
    st.one_of(_sentence, _sentence, _sentence, _runon), min_size=1, max_size=8
).map(lambda sentences: "".join(sentences).strip() or "空")
_paths = st.sampled_from(
    [
        (),
        ("一、工作开展情况",),
        ("一、工作开展情况", "(一)实施行动"),
        ("二、下一步",),
        ("二、下一步", "(四)人才"),
    ]
)
_parts = st.sampled_from(["salutation", "opening", "body", "body", "body", "closing", "signature"])


@st.composite
def letters(draw) -> Letter:
    blocks = draw(st.lists(st.tuples(_paths, _parts, _unit_text), min_size=0, max_size=6))
    return build_letter(
        blocks,
        preamble=draw(st.sampled_from(["", "重庆市科学技术局关于第0798号提案答复的函"])),
        sep=draw(st.sampled_from(["\n\n", "\n", " ", ""])),
        title=draw(st.sampled_from([None, "关于第0798号提案答复的函", "函" * 300])),
        proposal_no=draw(st.sampled_from([None, "0798"])),
        doc_number=draw(st.sampled_from([None, "渝科局函〔2024〕300号"])),
    )


def body_chunks(chunks: list[Chunk]) -> list[Chunk]:
    return [c for c in chunks if c.part != "meta"]


# -- properties ---------------------------------------------------------------------------

_fast = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fast
@given(letters(), st.integers(min_value=40, max_value=400))
def test_chunks_cover_the_letter_in_order(letter: Letter, budget: int) -> None:
    chunks = body_chunks(chunk_letter(letter, max_tokens=budget))
    if not letter.sections:
        assert chunks == [] if not letter.body.strip() else chunks
        return
    covered = letter.body[letter.sections[0].start :]
    assert "".join(c.text for c in chunks).replace(" ", "").replace("\n", "") == covered.replace(
        " ", ""
    ).replace("\n", "")
    cursor = letter.sections[0].start
    for chunk in chunks:
        assert chunk.text == letter.body[chunk.start : chunk.end]
        assert letter.body[cursor : chunk.start].strip() == "", "text skipped between chunks"
        cursor = chunk.end
    assert letter.body[cursor:].strip() == ""


@_fast
@given(letters(), st.integers(min_value=40, max_value=400))
def test_chunks_are_never_empty_and_stay_within_budget(letter: Letter, budget: int) -> None:
    chunks = chunk_letter(letter, max_tokens=budget)
    for chunk in chunks:
        assert chunk.text.strip()
        assert chunk.text == chunk.text.strip()
        assert count_tokens(chunk.indexed_text) <= budget
    assert [c.ordinal for c in chunks] == list(range(len(chunks)))
    assert len({c.chunk_id for c in chunks}) == len(chunks)


@_fast
@given(letters(), st.integers(min_value=40, max_value=400))
def test_a_sentence_that_fits_is_never_split(letter: Letter, budget: int) -> None:
    body = letter.body
    boundaries = {m.end() for m in _END.finditer(body)}
    boundaries |= {s.end for s in letter.sections} | {s.start for s in letter.sections}
    boundaries |= {i for i, ch in enumerate(body) if ch == "\n"} | {0, len(body)}
    for chunk in body_chunks(chunk_letter(letter, max_tokens=budget)):
        for cut in (chunk.start, chunk.end):
            if cut in boundaries or _blank_to_boundary(body, cut, boundaries):
                continue
            # A cut inside a sentence is allowed only when the sentence alone is over budget.
            start = max(b for b in boundaries if b < cut)
            end = min(b for b in boundaries if b > cut)
            sentence = body[start:end].strip()
            assert count_tokens(f"{chunk.header}\n{sentence}") > budget, sentence


def _blank_to_boundary(body: str, cut: int, boundaries: set[int]) -> bool:
    """True when only whitespace separates the cut from a sentence boundary."""
    left, right = cut, cut
    while left > 0 and body[left - 1].isspace():
        left -= 1
    while right < len(body) and body[right].isspace():
        right += 1
    return left in boundaries or right in boundaries


# -- examples -----------------------------------------------------------------------------


def test_reference_letter_chunks() -> None:
    letter = reference_letter()
    chunks = chunk_letter(letter)
    by_section = {c.section: c for c in chunks}

    talent = "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍 > 一是培育壮大科技服务人才队伍"
    assert by_section[talent].header == (
        "重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函 | 第0798号 | " + talent
    )
    # The heading-only unit "(四)…队伍。" travels with its first item instead of standing alone.
    assert by_section[talent].text.startswith("(四)培育壮大科技服务业人才队伍。")
    assert not any(c.text == "(四)培育壮大科技服务业人才队伍。" for c in chunks)
    # Salutation with opening, signature and date with the closing.
    opening = next(c for c in chunks if c.part == "opening")
    assert opening.text.startswith("王晓颖委员:") and "协办单位" in opening.text
    closing = next(c for c in chunks if c.part == "closing")
    assert "明炬局长审签" in closing.text and closing.text.endswith("2024年5月23日")
    assert all(c.proposal_no == "0798" and c.year == 2024 for c in chunks)
    assert len(chunks) == 21


def test_meta_chunk_renders_only_stated_fields() -> None:
    letter = reference_letter()
    meta = chunk_letter(letter)[0]
    assert (meta.part, meta.ordinal, meta.start, meta.end) == ("meta", 0, 0, 0)
    assert "发文字号：渝科局函〔2024〕300号" in meta.text
    assert "协办单位：市人力社保局、市经济信息委" in meta.text
    assert "落款日期：2024-05-23" in meta.text and "发布日期：2024-10-12" in meta.text
    assert "None" not in meta.text and "联系人" not in meta.text and "办复类别" not in meta.text


def test_letter_without_fields_has_no_meta_chunk() -> None:
    letter = build_letter([((), "body", "第一段。"), ((), "body", "第二段。")])
    assert all(c.part != "meta" for c in chunk_letter(letter))


def test_unnumbered_letter_is_split_by_paragraphs_and_sentences() -> None:
    paragraph = "我们高度重视您的建议,已会同有关部门认真研究落实。" * 12
    letter = build_letter([((), "body", paragraph), ((), "body", paragraph)])
    chunks = chunk_letter(letter, max_tokens=200)
    assert len(chunks) > 2
    assert all(c.text.endswith("。") for c in chunks)
    assert all(count_tokens(c.indexed_text) <= 200 for c in chunks)


def test_long_unit_is_split_into_balanced_pieces() -> None:
    sentence = "加快推进科技服务业重点任务落地见效。"
    letter = build_letter([(("一、工作",), "body", sentence * 30)])
    sizes = [count_tokens(c.text) for c in chunk_letter(letter, max_tokens=300)]
    assert len(sizes) >= 2 and max(sizes) - min(sizes) <= count_tokens(sentence) * 2


def test_run_on_sentence_is_cut_at_commas_then_hard() -> None:
    clauses = ",".join(["科技服务人才评价机制"] * 80) + "。"
    runon = "科技服务人才评价" * 200
    letter = build_letter([(("一、工作",), "body", clauses), (("二、下一步",), "body", runon)])
    chunks = chunk_letter(letter, max_tokens=100)
    first = [c for c in chunks if c.section == "一、工作"]
    assert all(c.text.endswith((",", "。")) for c in first)
    assert "".join(c.text for c in chunks if c.section == "二、下一步") == runon
    assert all(count_tokens(c.indexed_text) <= 100 for c in chunks)


def test_chunk_ids_are_content_hashes() -> None:
    first, again = chunk_letter(reference_letter()), chunk_letter(reference_letter())
    assert [c.chunk_id for c in first] == [c.chunk_id for c in again]
    c = first[3]
    assert c.chunk_id == chunk_id(c.letter_id, c.section, c.start, c.text)
    assert len(c.chunk_id) == 32


def test_budget_below_minimum_is_rejected() -> None:
    with pytest.raises(ValueError, match="max_tokens"):
        chunk_letter(reference_letter(), max_tokens=10)


def test_count_tokens_uses_cl100k() -> None:
    assert count_tokens("") == 0
    assert count_tokens("hello world") == 2


def test_hard_cut_does_not_split_a_short_section_merged_after_a_run_on() -> None:
    # Found by test_a_sentence_that_fits_is_never_split: the closing ends in a run-on with
    # no 。, so the signature merged into it ("0XZ0。", body[324:329]) read as the run-on's
    # tail, and the last hard cut fell at 328, leaving a chunk that was only "。".
    runon = "科技服务人才评价" * 20
    letter = build_letter(
        [((), "salutation", runon), ((), "closing", "0。" + runon), ((), "signature", "0XZ0。")],
        sep=" ",
    )
    assert letter.body[324:329] == "0XZ0。"
    chunks = chunk_letter(letter, max_tokens=40)
    assert not [c.text for c in chunks if 324 < c.start < 329 or 324 < c.end < 329]
    assert all(c.text.strip("。") for c in chunks)
    assert "".join(c.text for c in chunks if c.part == "closing") == "0。" + runon + "0XZ0。"


@pytest.mark.parametrize(
    ("contact", "row"),
    [
        ("联系人：张敏  联系电话：023-6301234", "联系人：张敏  联系电话：023-6301234"),
        ("承办人及电话：李静 0571-8701234", "承办人及电话：李静 0571-8701234"),
        ("人：黎浩", "联系人：黎浩"),  # a 联系人 line whose label a page cut
        ("张敏", "联系人：张敏"),
    ],
)
def test_meta_chunk_shows_a_contact_line_with_its_own_label_once(contact: str, row: str) -> None:
    meta = chunk_letter(replace(reference_letter(), contact=contact))[0]
    assert row in meta.text.splitlines()
    assert "联系人：联系人" not in meta.text and "联系人：承办人" not in meta.text
