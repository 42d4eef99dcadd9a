"""The body a portal names as publishing a reply (发布机构) is a field of its own: often a
general office, never the bureau that replied.  A reader who asks "发布机构是哪个" gets that
line; one who asks who replied does not get it passed off as the issuer.  The letter is
made up for these tests."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.answer.asks import asks_for
from rag.answer.meta_fields import fields_asked
from rag.letters.parse import parse_letter

PORTAL = "\n".join(
    [
        "- 索引号000014348/2020-02432",
        "- 发布机构某某市政府办公室",
        "- 文号某民函〔2019〕21号",
        "- 发布日期2019-09-02",
        "某某市民政局关于市人大代表建议第57号答复的函",
        "王东代表:",
        "你在人代会上提出的《关于建设村级养老服务站的建议》第57号建议收悉,现答复如下:",
        "今年我局已在3个村建成养老服务站,每站配备护理员2名。",
        "某某市民政局",
        "2019年8月20日",
    ]
)


@pytest.fixture(scope="module")
def qa(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("publisher")
    return indexed(root / "letters", root / "home", portal=PORTAL)


def test_the_page_publisher_is_read_apart_from_the_issuer() -> None:
    letter = parse_letter(PORTAL, source="portal.txt")
    assert letter.publisher == "某某市政府办公室"
    assert letter.issuer == "某某市民政局"


@pytest.mark.parametrize(
    "question",
    [
        "民政局那份养老服务站的答复，发布机构是哪个？",
        "这份答复网上是哪个机构发布的？",
        "Which institution is listed as the publisher on the web page of the reply?",
    ],
)
def test_questions_asking_who_published_the_page(question) -> None:
    assert "publisher" in [f.name for f in fields_asked(question)]


def test_a_document_the_letter_mentions_is_not_asked_its_publisher() -> None:
    assert "publisher" not in [f.name for f in fields_asked("那个养老通知是哪个部门发的？")]


def test_the_publisher_is_quoted_when_asked(qa) -> None:
    answer = qa.ask("民政局答复王东代表养老服务站那份函，发布机构是哪个？")
    assert not answer.refused
    assert "某某市政府办公室" in answer.text


def test_who_replied_is_not_answered_by_the_publisher(qa) -> None:
    answer = qa.ask("养老服务站那份答复是谁发的？")
    assert not answer.refused
    assert "某某市民政局" in answer.text
    assert "政府办公室" not in answer.text


@pytest.mark.parametrize(
    ("question", "field"),
    [
        ("那份答复网页上登记的发文单位写的是哪个？", "issuer"),
        ("对150号提案的答复，承办责任人写的是谁？", "contact"),
    ],
)
def test_a_field_asked_by_the_label_a_page_prints(question, field) -> None:
    assert [f.name for f in fields_asked(question)] == [field]


@pytest.mark.parametrize("question", ["项目经理是谁？", "施工方的总监是谁？"])
def test_a_person_asked_by_their_post(question) -> None:
    assert asks_for(question).kind == "person"


@pytest.mark.parametrize(
    ("question", "fields"),
    [
        ("暴雨预警的发布机构是哪个？", []),
        ("这份答复提到的招聘信息的发布机构是哪里？", []),
        ("Which publisher prints the local textbooks?", []),
        ("黔江财政局21号建议答复函，在政府网站上标的发布机构是谁？", ["publisher"]),
        ("邀请函是谁发的？", []),
        ("答复是由哪个部门发出的？", ["issuer"]),
        ("这份答复是哪一类的？", ["category"]),
        ("马关交通局对熊林花代表的答复，标的是哪一类？", ["category"]),
        ("某某路算哪一类？", []),
    ],
)
def test_what_the_review_found(question, fields) -> None:
    assert [f.name for f in fields_asked(question)] == fields
