"""The question's words as the letters hold them, and the subject a letter leaves out: a
word jieba's search cutter made up is read as its tagger cuts it, a year counted from now
that the letters do not write is no term, and a letter's issuer is the 我区 / 我局 of its
sentences when deciding whether one of them is on the question's topic.  Every letter and
question here is made up."""

from __future__ import annotations

from rag.answer.extractive import answer_extractive
from rag.answer.terms import content_terms
from rag.models import Passage


def held_in(text: str):
    return text.__contains__


def test_a_made_up_word_is_read_as_the_tagger_cuts_it():
    letters = held_in("今年暑期，我区暑托班点位扩大到26个，名额增加到2300个。")
    terms = content_terms("徐汇区的暑托班开了多少个点？", letters)
    assert "暑托班" in terms
    assert "暑托班开" not in terms


def test_a_dictionary_word_or_a_held_one_is_kept_whole():
    letters = held_in("全县新建公益性公墓12处。")
    assert "公益性公墓" in "".join(content_terms("公益性公墓建了几处？", letters))


def test_a_year_counted_from_now_counts_only_where_the_letters_write_it():
    unsaid = held_in("区财政对普惠性民办园按每生每年600元给予补助，2023年共拨付51.6万元。")
    assert "去年" not in content_terms("普惠性民办园去年一共拨了多少？", unsaid)
    said = held_in("今年，我局计划新建村道联网路100公里。")
    assert "今年" in content_terms("今年打算新修多少公里村道？", said)


def passage(text: str, n: int, issuer: str | None = "淄博市周村区交通运输局") -> Passage:
    return Passage(
        chunk_id=f"c{n}",
        letter_id="zhoucun",
        source="zhoucun-30.txt",
        title="对区十九届人大三次会议第30号建议的答复",
        issuer=issuer,
        doc_number=None,
        proposal_no="30",
        section="",
        text=text,
        score=1.0 - n / 10,
    )


LETTER = [
    "一、关于学生出行问题。目前我区共增加了八条助学定制公交专线，分别是王村中学5条，淄博六中两条。",
    "二、关于公交站点。258路在大学城增设公交站点一处。",
]


def test_the_issuer_is_the_place_its_sentences_leave_out():
    question = "周村这次新增了几条专门接送学生的公交？"
    answer = answer_extractive(question, [passage(t, n) for n, t in enumerate(LETTER)])
    assert not answer.refused
    assert "八条" in answer.text
    # without an issuer nothing in the letter says it is 周村's: too little of the
    # question is held for a figure to answer it
    bare = answer_extractive(question, [passage(t, n, None) for n, t in enumerate(LETTER)])
    assert bare.refused


def test_the_issuer_alone_does_not_put_a_sentence_on_topic():
    # every sentence holds the issuer's place; one that holds nothing else the question
    # asks is not about it ("本科分数线" is in no sentence)
    question = "周村今年高考本科分数线是多少？"
    answer = answer_extractive(question, [passage(t, n) for n, t in enumerate(LETTER)])
    assert answer.refused
