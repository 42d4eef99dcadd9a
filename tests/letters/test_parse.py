"""The parser: the reference letter against its golden file, every synthetic fixture
against its expected fields, and properties of the sections for generated letters."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rag.errors import LetterParseError
from rag.letters.dates import to_iso
from rag.letters.parse import load_letter, parse_letter
from rag.models import SECTION_SEP, Letter

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = Path(__file__).resolve().parents[1] / "golden"
PARTS = ("salutation", "opening", "body", "closing", "signature")
FIELDS = (
    "title", "issuer", "doc_number", "index_no", "proposal_no", "kind", "session",
    "proposers", "proposal_title", "co_handlers", "signer", "date_signed",
    "date_published", "category", "topic", "contact",
)  # fmt: skip


def assert_well_formed(letter: Letter) -> None:
    """The contract of `Letter.sections` (docs/ARCHITECTURE.md, rag/models.py)."""
    body = letter.body
    assert letter.letter_id == hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    previous_end = None
    for s in letter.sections:
        assert body[s.start : s.end] == s.text
        assert s.text.strip() == s.text != "", s
        assert s.part in PARTS
        assert all(h and "\n" not in h and SECTION_SEP not in h for h in s.path), s.path
        if s.part != "body":
            assert s.path == ()
        if previous_end is None:  # only the title comes before the first section
            assert body[: s.start].strip() == (letter.title or "")
        else:
            assert previous_end <= s.start and not body[previous_end : s.start].strip()
        previous_end = s.end
    if letter.sections:
        assert not body[previous_end:].strip()
    else:
        assert body.strip() == (letter.title or "")


# --- the reference letter -------------------------------------------------------------


def _golden() -> dict:
    with open(GOLDEN / "cq-kjj-0798.json", encoding="utf-8") as f:
        return json.load(f)


def test_reference_letter_matches_golden():
    golden = _golden()
    letter = load_letter(ROOT / "corpus" / "cq-kjj-0798.txt")
    fields = {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in ((name, getattr(letter, name)) for name in FIELDS)
    }
    assert fields == golden["fields"]
    assert letter.source == golden["source"]
    assert letter.body.startswith(golden["body_starts_with"])
    assert letter.body.endswith(golden["body_ends_with"])
    tree = [[s.part, s.section, s.text[:20]] for s in letter.sections]
    assert tree == golden["sections"]
    assert_well_formed(letter)


def test_reference_letter_loses_no_text_and_keeps_no_furniture():
    letter = load_letter(ROOT / "corpus" / "cq-kjj-0798.txt")
    for furniture in ("您当前的位置", "扫一扫", "索引号", "发文字号", "日期:2024-10-12"):
        assert furniture not in letter.body
    with open(ROOT / "corpus" / "cq-kjj-0798.txt", encoding="utf-8") as f:
        raw = f.read()
    start = raw.index("王晓颖委员")
    end = raw.index("2024年5月23日") + len("2024年5月23日")
    squeeze = "".maketrans("", "", " \n")
    sections_text = "".join(s.text for s in letter.sections)
    assert sections_text.translate(squeeze) == raw[start:end].translate(squeeze)


def test_section_paths_format_like_the_design_doc():
    letter = load_letter(ROOT / "corpus" / "cq-kjj-0798.txt")
    sections = {s.section for s in letter.sections}
    assert "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍" in sections


# --- synthetic fixtures ---------------------------------------------------------------

EXPECTED: dict[str, dict] = {
    "synthetic-renda-letterhead.txt": dict(
        title="重庆市潼南区民政局关于区十八届人大三次会议第182号建议办理情况的答复",
        issuer="重庆市潼南区民政局",
        doc_number="潼民发【2024】275号",
        proposal_no="182",
        kind="建议",
        session="区十八届人大三次会议",
        proposers=("李明",),
        proposal_title="关于加强农村养老服务的建议",
        co_handlers=("区卫生健康委", "区财政局"),
        signer="张三",
        date_signed="2024-06-03",
        category="A",
        contact="联系人：王五，联系电话：023-44551234",
    ),
    "synthetic-yingzheng-two-line-title.txt": dict(
        title="鹦鹉县人民政府关于县政协十届二次会议第0031号提案答复的函",
        issuer="鹦鹉县人民政府",
        doc_number="鹦政函〔2023〕74号",
        proposal_no="0031",
        kind="提案",
        session="县政协十届二次会议",
        proposers=("张三", "李四", "王五"),
        proposal_title="关于加快县域物流体系建设的提案",
        signer="陈刚",
        date_signed="2023-05-05",
        category="B",
    ),
    "synthetic-pipe-table.txt": dict(
        title="重庆市教育委员会关于市政协二届三次会议第0256号提案的复函",
        issuer="重庆市教育委员会",
        doc_number="渝教函〔2005〕18号",
        index_no="11500000009276524Y/2005-00012",
        proposal_no="0256",
        kind="提案",
        session="市政协二届三次会议",
        proposers=("民盟市委",),
        proposal_title="关于加强农村教师队伍建设的提案",
        date_signed="2005-08-03",
        date_published="2005-08-10",
        topic="教育",
    ),
    "synthetic-anonymised.txt": dict(
        title="重庆市璧山区科学技术局关于区政协十五届五次会议第120号提案的答复",
        issuer="重庆市璧山区科学技术局",
        proposal_no="120",
        kind="提案",
        session="区政协十五届五次会议",
        proposers=("xxx",),
        proposal_title="关于支持科技型中小企业发展的提案",
        date_signed="2021-10-26",
        contact="联系人：刘洋\u3000联系电话：023-41412345",
    ),
    "synthetic-no-salutation.txt": dict(
        title="重庆市交通运输委员会关于市六届人大二次会议第0417号建议的答复",
        issuer="重庆市交通运输委员会",
        proposal_no="0417",
        kind="建议",
        session="市六届人大二次会议",
        proposal_title="关于优化城市公交线网的建议",
    ),
    "synthetic-org-title-prefix.txt": dict(
        title="重庆市财政局关于市政协六届一次会议第0512号提案答复的函",
        issuer="重庆市财政局",
        proposal_no="0512",
        kind="提案",
        session="市政协六届一次会议",
        proposers=("王芳",),
        proposal_title="关于完善政府采购支持中小企业政策的提案",
        co_handlers=("市经济信息委", "市市场监管局"),
        signer="李强",
        date_signed="2023-05-05",
    ),
    "synthetic-paren-arabic.txt": dict(
        title="重庆市生态环境局关于市政协六届三次会议第1033号提案答复的函",
        issuer="重庆市生态环境局",
        proposal_no="1033",
        kind="提案",
        session="市政协六届三次会议",
        proposers=("陈静",),
        proposal_title="关于加强长江支流水质保护的提案",
        signer="王立新",
        date_signed="2025-04-18",
    ),
    "synthetic-portal.html": dict(
        title="重庆市水利局关于市政协六届二次会议第0655号提案答复的函",
        issuer="重庆市水利局",
        doc_number="渝水函〔2024〕88号",
        index_no="11500000009271230X/2024-00201",
        proposal_no="0655",
        kind="提案",
        session="市政协六届二次会议",
        proposers=("赵敏",),
        proposal_title="关于加强中小河流治理的提案",
        co_handlers=("市财政局",),
        signer="刘洋",
        date_signed="2024-05-30",
        date_published="2024-07-15",
        topic="水利",
    ),
    "synthetic-markdown.md": dict(
        title="重庆市农业农村委员会关于市政协六届二次会议第0321号提案答复的函",
        issuer="重庆市农业农村委员会",
        proposal_no="0321",
        kind="提案",
        session="市政协六届二次会议",
        proposers=("周强",),
        proposal_title="关于发展山地特色农业的提案",
        date_signed="2024-06-12",
    ),
    "synthetic-gb18030.txt": dict(
        title="重庆市璧山区住房和城乡建设委员会关于区十八届人大四次会议第75号建议的答复",
        issuer="重庆市璧山区住房和城乡建设委员会",
        proposal_no="75",
        kind="建议",
        session="区十八届人大四次会议",
        proposers=("何伟",),
        proposal_title="关于加快老旧小区改造的建议",
        co_handlers=("区财政局",),
        date_signed="2024-06-20",
    ),
    "synthetic-bom.txt": dict(
        title="重庆市文化和旅游发展委员会关于市政协六届一次会议第0188号提案答复的函",
        issuer="重庆市文化和旅游发展委员会",
        doc_number="渝文旅函〔2023〕156号",
        index_no="11500000MB1234567X/2023-00042",
        proposal_no="0188",
        kind="提案",
        session="市政协六届一次会议",
        proposers=("孙丽",),
        proposal_title="关于推动巴渝文化遗产活化利用的提案",
        co_handlers=("市规划自然资源局", "市住房城乡建委"),
        signer="冉华",
        date_signed="2023-07-20",
        date_published="2023-09-08",
        topic="文化",
    ),
    "synthetic-docx.docx": dict(
        title="重庆市经济和信息化委员会关于市政协六届二次会议第0902号提案答复的函",
        issuer="重庆市经济和信息化委员会",
        doc_number="渝经信函〔2024〕77号",
        index_no="11500000MB0000001A/2024-00310",
        proposal_no="0902",
        kind="提案",
        session="市政协六届二次会议",
        proposers=("吴刚", "郑洁"),
        proposal_title="关于推动制造业数字化转型的提案",
        signer="钱明",
        date_signed="2024-05-28",
        topic="工业",
    ),
    "synthetic-pdf.pdf": dict(
        title="重庆市卫生健康委员会关于市政协六届二次会议第0477号提案答复的函",
        issuer="重庆市卫生健康委员会",
        proposal_no="0477",
        kind="提案",
        session="市政协六届二次会议",
        proposers=("冯雪",),
        proposal_title="关于加强基层医疗卫生人才队伍建设的提案",
        co_handlers=("市人力社保局",),
        signer="黄涛",
        date_signed="2024-06-05",
    ),
}

# Parts and heading paths of every section, for the fixtures whose layout is the point.
EXPECTED_TREES: dict[str, list[tuple[str, str]]] = {
    "synthetic-yingzheng-two-line-title.txt": [
        ("salutation", ""),
        ("opening", ""),
        ("body", "1.关于物流园区建设"),
        ("body", "2、关于冷链物流"),
        ("body", "3.关于农村寄递"),
        ("closing", ""),  # 此致 / 敬礼！
        ("signature", ""),
    ],
    "synthetic-anonymised.txt": [
        ("salutation", ""),
        ("opening", ""),
        ("body", "一、已开展的工作"),
        ("body", "一、已开展的工作 > （一）落实研发费用补助"),
        (
            "body",
            "一、已开展的工作 > （一）落实研发费用补助 > 1、组织政策宣讲会12场，覆盖企业600余家",
        ),
        (
            "body",
            "一、已开展的工作 > （一）落实研发费用补助 > 2、建立企业服务专员制度，一对一指导企业申报",
        ),
        ("body", "一、已开展的工作 > （二）搭建融资平台"),
        ("body", "二、下一步工作"),
        ("closing", ""),
        ("signature", ""),  # 20211026
        ("closing", ""),  # the contact line after the date
    ],
    "synthetic-no-salutation.txt": [
        ("opening", ""),
        ("body", ""),
        ("body", ""),
        ("closing", ""),
        ("signature", ""),
    ],
    "synthetic-pipe-table.txt": [
        ("salutation", ""),
        ("opening", ""),
        ("body", "一、关于“提高农村教师待遇”的建议"),
        ("body", "二、关于“完善教师交流机制”的建议"),
        ("closing", ""),
        ("signature", ""),
    ],
    "synthetic-org-title-prefix.txt": [
        ("salutation", ""),
        ("opening", ""),
        ("body", "一是提高中小企业预留份额"),
        ("body", "二是降低投标成本"),
        ("body", "三是加快资金支付"),
        ("closing", ""),
        ("signature", ""),
    ],
    "synthetic-paren-arabic.txt": [
        ("salutation", ""),
        ("opening", ""),
        ("body", "一、工作开展情况"),
        ("body", "一、工作开展情况 > （1）开展入河排污口排查，累计排查整治排污口2100余个"),
        ("body", "一、工作开展情况 > （2）实施重点支流“一河一策”，水质优良比例达到98%"),
        ("body", "二、下一步工作"),
        ("body", "二、下一步工作 > （1）加强监测"),
        ("body", "二、下一步工作 > （2）强化执法"),
        ("closing", ""),
        ("signature", ""),
    ],
    "synthetic-renda-letterhead.txt": [
        ("salutation", ""),
        ("opening", ""),
        ("body", "一、基本情况"),
        ("body", "一、基本情况 > （一）加强设施建设"),
        ("body", "一、基本情况 > （二）提升服务质量"),
        ("body", "二、下一步打算"),
        ("body", "二、下一步打算 > （一）推进医养结合"),
        ("body", "二、下一步打算 > （一）推进医养结合 > 一是推动乡镇卫生院与敬老院签约合作"),
        ("body", "二、下一步打算 > （一）推进医养结合 > 二是探索家庭养老床位建设"),
        ("body", "二、下一步打算 > （二）加强队伍建设"),
        ("closing", ""),  # 特此函复 and the contact line before the signature
        ("signature", ""),
    ],
}


def test_there_are_enough_fixtures():
    files = sorted(p.name for p in FIXTURES.glob("synthetic-*") if p.suffix != ".py")
    assert files == sorted(EXPECTED)
    assert len(files) >= 12
    assert {Path(f).suffix for f in files} == {".txt", ".html", ".md", ".docx", ".pdf"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_fields(name):
    letter = load_letter(FIXTURES / name)
    # Fields a fixture does not list are ones its letter does not state: None or ().
    expected = {field: EXPECTED[name].get(field) for field in FIELDS}
    for field in ("proposers", "co_handlers"):
        expected[field] = expected[field] or ()
    assert {field: getattr(letter, field) for field in FIELDS} == expected
    assert letter.source == name and letter.path == str(FIXTURES / name)
    assert_well_formed(letter)


@pytest.mark.parametrize("name", sorted(EXPECTED_TREES))
def test_fixture_section_tree(name):
    letter = load_letter(FIXTURES / name)
    assert [(s.part, s.section) for s in letter.sections] == EXPECTED_TREES[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_body_has_no_page_furniture(name):
    body = load_letter(FIXTURES / name).body
    for furniture in ("您当前的位置", "扫一扫", "索引号", "发文字号", "签发人", "类别", "|"):
        assert furniture not in body
    assert body.startswith(EXPECTED[name]["title"])


def test_same_letter_in_other_formats_keeps_its_sections():
    """The .docx and .html fixtures carry 一是 items inside a (一) paragraph like the txt."""
    for name in ("synthetic-docx.docx", "synthetic-portal.html", "synthetic-pdf.pdf"):
        paths = [s.path for s in load_letter(FIXTURES / name).sections]
        assert any(len(path) == 3 and path[2].startswith("二是") for path in paths), name


# --- single behaviours ----------------------------------------------------------------


def _letter(*lines: str) -> Letter:
    return parse_letter("\n".join(lines), source="t.txt")


@pytest.mark.parametrize(
    ("salutation", "proposers"),
    [
        ("王晓颖委员:", ("王晓颖",)),
        ("尊敬的李明代表：", ("李明",)),
        ("张三、李四委员：", ("张三", "李四")),
        ("张三委员、李四委员：", ("张三", "李四")),
        ("民盟市委:", ("民盟市委",)),
        ("xxx委员：", ("xxx",)),
        ("各位委员：", ()),
    ],
)
def test_proposers_from_the_salutation(salutation, proposers):
    letter = _letter(
        "关于第1号提案的答复", salutation, "您提出的《关于x的提案》收悉，现答复如下。", "正文。"
    )
    assert letter.proposers == proposers
    assert letter.sections[0].part == "salutation"


@pytest.mark.parametrize(
    ("closing", "signer"),
    [
        ("此答复函已经明炬局长审签。", "明炬"),
        ("此答复已经李强副主任签发。", "李强"),
        ("此答复函已经局长审签。", None),  # no name: not a guess
    ],
)
def test_signer_from_the_closing(closing, signer):
    assert _letter("关于第1号提案的答复", "正文。", closing, "某某局").signer == signer


@pytest.mark.parametrize(
    ("written", "iso"),
    [
        ("2023年5月5日", "2023-05-05"),
        ("二OO五年八月三日", "2005-08-03"),
        ("二〇〇五年八月三日", "2005-08-03"),
        ("二〇二三年十二月三十一日", "2023-12-31"),
        ("20211026", "2021-10-26"),
        ("2024-05-23", "2024-05-23"),
        ("2023年2月30日", None),
        ("二十三日", None),
    ],
)
def test_dates(written, iso):
    assert to_iso(written) == iso


@pytest.mark.parametrize(
    ("salutation", "opening", "kind"),
    [
        ("张三委员：", "您提出的关于x的建议收悉，现答复如下。", "提案"),  # a passing 建议
        ("张三代表：", "您提出的关于x的意见收悉，现答复如下。", "建议"),
        ("张三代表：", "您提出的《关于x的提案》收悉，现答复如下。", "提案"),
        ("民盟市委：", "您在市五届人大二次会议上提出的意见收悉。", "建议"),
        ("民盟市委：", "您提出的意见收悉，现答复如下。", None),  # nothing says which
    ],
)
def test_kind_without_a_numbered_title(salutation, opening, kind):
    assert _letter(salutation, opening, "正文。").kind == kind


def test_signature_date_with_issuer_on_the_same_line():
    letter = _letter("关于第1号提案的答复", "正文。", "重庆市某某局 2024年5月23日")
    assert (letter.date_signed, letter.issuer) == ("2024-05-23", "重庆市某某局")


def test_date_in_the_body_is_not_the_signing_date():
    letter = _letter("关于第1号提案的答复", "2023年5月5日起我们开展了工作。", "重庆市某某局")
    assert letter.date_signed is None


def test_unnumbered_letter_has_one_body_section_per_paragraph():
    letter = _letter("甲委员：", "第一段。", "第二段。", "第三段。")
    body = [s for s in letter.sections if s.part == "body"]
    assert [s.text for s in body] == ["第一段。", "第二段。", "第三段。"]
    assert all(s.path == () for s in body)


def test_lead_sentence_before_items_is_its_own_section():
    letter = _letter("一、下一步", "(四)培育队伍。一是培育人才。着力培育。二是健全机制。组织评审。")
    assert [(s.section, s.text) for s in letter.sections] == [
        ("一、下一步", "一、下一步"),  # a bare heading followed by a child stands alone
        ("一、下一步 > (四)培育队伍", "(四)培育队伍。"),
        ("一、下一步 > (四)培育队伍 > 一是培育人才", "一是培育人才。着力培育。"),
        ("一、下一步 > (四)培育队伍 > 二是健全机制", "二是健全机制。组织评审。"),
    ]


def test_items_must_count_up_to_split():
    # `二是` without a `一是` before it is ordinary text, not an item.
    letter = _letter("(一)加强管理。其中二是重点。")
    assert [s.text for s in letter.sections] == ["(一)加强管理。其中二是重点。"]


def test_only_furniture_is_an_error():
    with pytest.raises(LetterParseError, match="no letter text"):
        parse_letter("扫一扫在手机打开当前页\n[ 索引号 ] 1\n", source="x.txt")


def test_letter_id_ignores_line_endings_and_blank_lines():
    a = parse_letter("关于第1号提案的答复\n\n甲委员：\n\n正文。\n", source="a.txt")
    b = parse_letter("关于第1号提案的答复\r\n甲委员：\r\n\r\n\r\n正文。", source="b.txt")
    assert a.letter_id == b.letter_id and a.body == b.body


def test_an_item_number_that_is_no_number_does_not_crash():
    # `十十是` opens like an item (`十是`) but is no number; reading it raised ValueError.
    text = "关于第1号提案的答复\n甲委员：\n您的提案收悉，现答复如下。\n一是加强政策。十十是完善机制。\n"
    letter = parse_letter(text, source="x.txt")
    assert_well_formed(letter)
    assert [s.path for s in letter.sections if s.part == "body"] == [("一是加强政策",)]


# --- properties -----------------------------------------------------------------------

_CN = "一二三四五六七八九"
_SENTENCES = (
    "加强政策落实和跟踪问效",
    "全面梳理国家和地方现有政策",
    "2023年全市技术合同交易额同比增长54.3%",
    "建设“重庆市成果快转平台”",
    "研究制定《构建科技成果转化机制改革方案》",
    "推动建设国家技术转移成渝中心(重庆)",
    "鼓励企业、高校、研究机构等多方参与",
)
sentence = st.sampled_from(_SENTENCES).map(lambda s: s + "。")
paragraph = st.lists(sentence, min_size=1, max_size=3).map("".join)
punct = st.sampled_from([("(", ")"), ("（", "）")])


@st.composite
def letters(draw):
    """A letter assembled from realistic pieces, with the heading paths it must yield."""
    lines: list[str] = []
    expected: list[tuple[str, tuple[str, ...]]] = []
    if draw(st.booleans()):
        lines += [
            "您当前的位置: 首页>>政务公开",
            "[ 索引号 ] 115/2024-1 [ 发文字号 ] 渝科局函〔2024〕3号",
        ]
    lines.append("重庆市某某局关于市政协六届二次会议第0001号提案答复的函")
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["王晓颖委员:", "尊敬的李明代表：", "民盟市委："])))
        expected.append(("salutation", ()))
    lines.append("您提出的《关于某事的提案》(第0001号)收悉,现答复如下。")
    expected.append(("opening", ()))
    for i in range(draw(st.integers(0, 3))):
        h1 = f"{_CN[i]}、{draw(st.sampled_from(['工作开展情况', '下一步工作重点', '其他']))}"
        _numbered_section(draw, h1, lines, expected)
    if not expected[-1][0] == "body":
        lines.append(draw(paragraph))
        expected.append(("body", ()))
    closing = draw(
        st.sampled_from(["此答复函已经明炬局长审签。", "特此函复。", "专此答复。", None])
    )
    if closing:
        lines.append(closing)
        expected.append(("closing", ()))
    date = draw(st.sampled_from(["2024年5月23日", "二〇二四年五月二十三日", "20240523", None]))
    lines.append("重庆市某某局")
    if date:
        lines.append(date)
    expected.append(("signature", ()))
    blank = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return blank.join(lines), expected, date is not None


def _numbered_section(draw, h1: str, lines: list[str], expected: list) -> None:
    """A `一、` section: its heading line, perhaps a paragraph, then `(一)` subsections."""
    lines.append(h1)
    if draw(st.booleans()):
        lines.append(draw(paragraph))
    expected.append(("body", (h1,)))
    open_, close = draw(punct)
    for j in range(draw(st.integers(0, 3))):
        title = draw(st.sampled_from(["优化政策措施", "培育市场主体", "打造平台载体"]))
        _subsection(draw, h1, f"{open_}{_CN[j]}{close}{title}", lines, expected)


def _subsection(draw, h1: str, h2: str, lines: list[str], expected: list) -> None:
    """A `(一)` paragraph with `一是…二是…` items inside, or followed by `1.` paragraphs."""
    items = draw(st.lists(st.sampled_from(_SENTENCES), max_size=4))
    if items:
        text = h2 + "。"
        expected.append(("body", (h1, h2)))
        for k, item in enumerate(items):
            text += f"{_CN[k]}是{item}。{draw(paragraph)}"
            expected.append(("body", (h1, h2, f"{_CN[k]}是{item}")))
        lines.append(text)
        return
    lines.append(h2 + "。" + draw(paragraph))
    expected.append(("body", (h1, h2)))
    mark = draw(st.sampled_from(["{}.", "{}、", "（{}）", "({})"]))
    for k, item in enumerate(draw(st.lists(st.sampled_from(_SENTENCES), max_size=3))):
        heading = mark.format(k + 1) + item
        lines.append(heading + "。" + draw(paragraph))
        expected.append(("body", (h1, h2, heading)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters())
def test_generated_letters_parse_to_their_heading_tree(case):
    text, expected, dated = case
    letter = parse_letter(text, source="generated.txt")
    assert_well_formed(letter)
    assert [(s.part, s.path) for s in letter.sections] == expected
    assert letter.proposal_no == "0001" and letter.issuer == "重庆市某某局"
    assert letter.date_signed == ("2024-05-23" if dated else None)


_FRAGMENTS = st.sampled_from(
    [
        "一、", "(一)", "（二）", "1.", "2、", "（3）", "一是", "二是", "。", "：", ":", "\n",
        "\n\n", "|", "| 索引号 | 1 |", "[ 发文字号 ] ", "委员:", "尊敬的", "收悉", "现答复如下",
        "此致", "敬礼", "2024年5月23日", "二OO五年八月三日", "20211026", "关于", "第0798号提案",
        "联系人：", "重庆市科学技术局", "扫一扫在手机打开当前页", "\r", "\ufeff", " ", "\u3000",
    ]
)  # fmt: skip
arbitrary_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(arbitrary_text)
def test_parse_never_crashes(text):
    try:
        letter = parse_letter(text, source="any.txt")
    except LetterParseError:
        return
    assert_well_formed(letter)


@pytest.mark.parametrize(
    ("opening", "proposal_title"),
    [
        (
            "您提出的关于新密市老旧小区改造加装电梯的建议收悉。现答复如下：",
            "关于新密市老旧小区改造加装电梯的建议",
        ),
        ("您提出的关于“乡间路维护的建议”收悉，现答复如下：", "关于乡间路维护的建议"),
        (
            "你提出的“关于加固河堤,提高防洪能力”的建议收悉。现答复如下：",
            "关于加固河堤,提高防洪能力的建议",
        ),
        (
            "您所提的“关于改善卫生院就医环境的建议”已收悉，现答复如下：",
            "关于改善卫生院就医环境的建议",
        ),
        ("您提出的关于农村公路养护的建议（第45号）已收悉，现答复如下：", "关于农村公路养护的建议"),
        ("您提出的建议收悉，现答复如下：", None),  # no title given
        ("您提出的关于道路的意见，我们高度重视。", None),  # no 收悉: not the receipt
    ],
)
def test_a_proposal_title_the_opening_gives_without_book_marks(opening, proposal_title):
    assert _letter("张三代表：", opening, "正文。").proposal_title == proposal_title


def test_the_salutation_is_the_line_nearest_the_opening_not_a_form_label():
    # a tracking form's "办理情况：" above the letter is no one addressed
    letter = _letter(
        "办理情况：", "张三代表：", "您提出的关于道路的建议收悉，现答复如下：", "正文。"
    )
    assert letter.proposers == ("张三",)
    # …and with no opening found, the first: not a body line's label
    letter = _letter("张三代表：", "经研究，现答复如下：", "具体情况：", "正文。")
    assert letter.proposers == ("张三",)
