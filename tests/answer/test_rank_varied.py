"""The passages an answer reads keep another letter in sight: when the last place read
holds one more passage of a runner-up letter, it goes to the best passage of a letter not
above it; the best letter's own passages keep their places."""

from __future__ import annotations

from rag.answer.catalog import Named
from rag.answer.rank import Ranked
from rag.models import Chunk


def _ranked(*letters: str) -> Ranked:
    """One chunk per entry, ranked as given; the id is the letter and its place."""
    chunks = {
        f"{letter}{i}": Chunk(
            chunk_id=f"{letter}{i}",
            letter_id=letter,
            source=f"{letter}.txt",
            ordinal=i,
            section="",
            part="body",
            text="……",
            header="",
            start=0,
            end=1,
        )
        for i, letter in enumerate(letters)
    }
    ranked = list(chunks)
    scores = {cid: 1.0 / (i + 1) for i, cid in enumerate(ranked)}
    return Ranked(chunks, ranked, scores, {}, True, [], None, Named(None), None)


def test_the_last_place_read_goes_to_the_best_letter_not_above_it() -> None:
    # a third passage of the runner-up b gives way to c's best passage (7th → 5th)
    found = _ranked("a", "b", "a", "b", "b", "a", "c", "c", "d")
    assert found.varied(5) == ["a0", "b1", "a2", "b3", "c6", "b4", "a5", "c7", "d8"]


def test_the_best_letters_own_passage_keeps_its_place() -> None:
    found = _ranked("a", "b", "a", "b", "a", "c")
    assert found.varied(5) == found.ranked


def test_a_ranking_that_already_shows_another_letter_there_is_kept() -> None:
    found = _ranked("a", "a", "b", "a", "c", "d")
    assert found.varied(5) == found.ranked


def test_one_letter_only_or_few_passages_are_kept() -> None:
    assert _ranked("a", "b", "b", "b", "b").varied(5) == ["a0", "b1", "b2", "b3", "b4"]
    assert _ranked("a", "b", "b", "b", "b", "b").varied(5) == ["a0", "b1", "b2", "b3", "b4", "b5"]


def test_a_name_the_user_quoted_weighs_three_times_its_idf_a_spelled_place_does_not():
    from rag.answer.rank import idf_weights

    df = {"吉林": 2, "林蛙": 2, "双倍增": 2}.__getitem__
    weights = idf_weights(["吉林", "林蛙", "双倍增"], df, 100, quoted=["双倍增"])
    assert weights["双倍增"] == 3 * weights["林蛙"] == 3 * weights["吉林"]
