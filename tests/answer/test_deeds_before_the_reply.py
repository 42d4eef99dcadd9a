"""Met on made_up/qa40: a township's reply reports a deed in the sentence that announces
the reply ("收到建议后，镇主要负责同志于4月18日带领…实地察看…，现答复如下："), and the whole
sentence was frame, so "when did the leaders inspect it" was refused.  The deed before the
announcing clause is substance; an opening with no deed in it is still all frame.  Every
letter here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.sentences import is_frame, split_sentences
from rag.models import Passage

OPENING = (
    "收到建议后，镇主要负责同志于5月9日带领镇村干部到古窑址周边实地察看，"
    "并听取了部分窑户的意见，现答复如下："
)
KILNS = "\n".join(
    [
        "青石镇人民政府关于镇第十八届人民代表大会第三次会议第5号建议的答复",
        "周立新等代表：",
        "你们提出的《关于保护古窑址周边环境的建议》已交镇人民政府办理。" + OPENING,
        "一、关于垃圾清运。镇里已在古窑址周边增设垃圾收集点6个。",
        "青石镇人民政府",
        "2024年6月20日",
    ]
)


def _pieces(text: str) -> list[str]:
    passage = Passage(
        chunk_id="c0",
        letter_id="k",
        source="kilns.txt",
        title=KILNS.split("\n")[0],
        issuer="青石镇人民政府",
        doc_number=None,
        proposal_no="5",
        section="",
        text=text,
        score=0.5,
    )
    return [s[3] for s in split_sentences([passage], frames=False)]


def test_a_deed_before_the_announcing_clause_is_substance():
    assert _pieces(OPENING) == [OPENING.split("现答复如下")[0].strip()]
    assert is_frame("现答复如下：")


@pytest.mark.parametrize(
    "opening", ["经认真研究，现答复如下：", "我局高度重视，经与县财政局认真研究，现答复如下："]
)
def test_an_opening_with_no_deed_is_all_frame(opening):
    assert _pieces(opening) == []


def test_the_date_of_the_deed_is_answered(tmp_path):
    qa = indexed(tmp_path / "letters", tmp_path / "home", kilns=KILNS)
    answer = qa.ask("青石镇领导是哪天去古窑址周边实地察看的？")
    assert not answer.refused
    assert "5月9日" in answer.text
