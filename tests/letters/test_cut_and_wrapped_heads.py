"""Web copies whose head was cut or wrapped, and whose foot runs into the next letter: a
heading cut at the top under a 信息名称 field that prints the title whole, a 标题 value
wrapped onto the next line, a title that quotes a bracketed number (no document number),
a `签发：` line, a masked or space-padded proposer, and the next reply's title printed
under the sign-off.  The letters are made up."""

from __future__ import annotations

from rag.letters.genre import unpad_names
from rag.letters.parse import parse_letter

OPENING = [
    "您提出的《关于完善农村客运站点的建议》收悉。现答复如下：",
    "今年我局新建农村候车亭36个，覆盖12个行政村。",
    "感谢您对交通运输工作的关心和支持。",
]


def test_a_heading_cut_at_the_top_gives_way_to_the_title_field() -> None:
    text = "\n".join(
        [
            "五届人大三次会议第0077号建议的答复",
            "信息名称：某某县交通运输局关于县十五届人大三次会议第0077号建议的答复",
            "发布机构：某某县交通运输局　　公开日期：2021-07-09",
            "王伟代表：",
            *OPENING,
            "某某县交通运输局",
            "2021年7月2日",
        ]
    )
    letter = parse_letter(text, source="bus.txt")
    assert letter.title == "某某县交通运输局关于县十五届人大三次会议第0077号建议的答复"


def test_a_title_value_wrapped_under_its_label_is_read_whole() -> None:
    text = "\n".join(
        [
            "标题",
            "某某市交通运输局关于市政协九届五次会议",
            "第118号提案的答复",
            "文号",
            "某交函〔2021〕32号",
            "王伟委员：",
            *OPENING,
            "某某市交通运输局",
            "2021年8月20日",
        ]
    )
    letter = parse_letter(text, source="bus.txt")
    assert letter.title == "某某市交通运输局关于市政协九届五次会议第118号提案的答复"
    assert letter.doc_number == "某交函〔2021〕32号"


def test_a_title_quoting_a_bracketed_year_is_no_document_number() -> None:
    text = "\n".join(
        [
            "某某市交通运输局",
            "签发：李明远",
            "某交函〔2022〕17号",
            "关于市政协〔2022〕第56号提案的答复",
            "王伟委员：",
            *OPENING,
            "某某市交通运输局",
            "2022年7月8日",
        ]
    )
    letter = parse_letter(text, source="bus.txt")
    assert letter.title == "关于市政协〔2022〕第56号提案的答复"
    assert letter.doc_number == "某交函〔2022〕17号"
    assert letter.signer == "李明远"


def test_a_masked_proposer_names_nobody() -> None:
    text = "\n".join(
        ["关于第45号建议的答复", "***代表：", *OPENING, "某某市交通运输局", "2017年8月15日"]
    )
    assert parse_letter(text, source="bus.txt").proposers == ()


def test_padded_names_are_joined_and_names_written_apart_stay_apart() -> None:
    assert unpad_names("杨　丽　段金华　委员") == "杨丽\u3000段金华\u3000委员"
    assert unpad_names("王  芳委员") == "王芳委员"
    assert unpad_names("张三 李四") == "张三 李四"


def test_the_next_replys_title_below_the_sign_off_ends_the_letter() -> None:
    text = "\n".join(
        [
            "某某区交通运输局关于区政协一届二次会议第17号提案的答复",
            "王伟委员：",
            *OPENING,
            "某某区交通运输局",
            "2014年7月9日",
            "某某区交通运输局关于区政协一届二次会议第18号提案的答复",
            "发布时间：2014-07-14",
            "李强委员：",
            "您提出的《关于加强公路养护的提案》收悉。现答复如下：",
            "全区现有养护站19个。",
        ]
    )
    letter = parse_letter(text, source="bus.txt")
    assert letter.date_signed == "2014-07-09"
    assert letter.issuer == "某某区交通运输局"
    body = "".join(s.text for s in letter.sections)
    assert "养护站" not in body and "李强" not in body
