"""Met on made_up/fields21: two pages set the whole reply inside their card — a 答复内容 or
正文 cell running from the salutation to the sign-off — and were refused as holding "no
letter text"; a town's delegation was addressed run-in (`袁家镇代表团：你们…`); a page dated
itself with its separators set apart (`2021 - 06 - 30`); a card row paired a known label
with one this reader does not know (`| 提案号：045 | 提案类别：城乡建设 |`) and lost the
number.  Every page here is made up."""

from __future__ import annotations

from rag.letters.dates import to_iso
from rag.letters.parse import parse_letter

CARD = "\n".join(
    [
        "新安县文化广电旅游局关于县政协十一届三次会议第0052号提案的答复",
        "发布时间：2023-07-12 08:45　　发布机构：县文广旅局",
        "| 提案号：0052 | 提案人：陈晓东 |",
        "| 案　由 | 关于规范乡村民宿发展的提案 |",
        "| 协办单位 | 县市场监督管理局 |",
        "| 答复内容 | 陈晓东委员：您提出的提案收悉。经与县市场监督管理局研究，现答复如下："
        "一、我县现有乡村民宿三百余家，我局已会同有关部门制定民宿服务质量评定办法。"
        "二、我局将举办民宿管家培训班，提升从业人员服务水平。"
        "感谢您对全县文化和旅游工作的关心和支持。 新安县文化广电旅游局 2023年7月5日 |",
        "| 答复类别 | A |",
    ]
)
DELEGATION = "\n".join(
    [
        "嘉禾县交通运输局关于县人大代表建议的答复",
        "| 正　文 | 石桥镇代表团：你们在县十九届人大四次会议上提出的第36号建议收悉，现答复如下："
        "一、我局已对石桥镇至县城的客流进行调查，具备开通城乡公交的条件。"
        "二、延伸线路计划于八月底前开通。感谢代表团对全县交通工作的关心和支持。"
        " 嘉禾县交通运输局 2024年7月3日 |",
    ]
)


def test_a_reply_set_in_its_cards_cell_is_read_with_its_fields():
    letter = parse_letter(CARD, source="card.txt")
    assert letter.proposal_no == "0052"
    assert letter.proposers == ("陈晓东",)
    assert letter.co_handlers == ("县市场监督管理局",)
    assert letter.date_signed == "2023-07-05"
    assert "我局将举办民宿管家培训班" in letter.body


def test_a_delegation_addressed_run_in_is_the_proposer():
    letter = parse_letter(DELEGATION, source="d.txt")
    assert letter.proposers == ("石桥镇代表团",)
    assert letter.proposal_no == "36"


def test_a_date_with_its_separators_set_apart():
    assert to_iso("2021 - 06 - 30") == "2021-06-30"
    assert to_iso("2021 / 6 / 30") == "2021-06-30"
    assert to_iso("2021 - 2025") is None


def test_a_card_rows_number_beside_a_label_not_read():
    page = "\n".join(
        [
            "| 提案号：045 | 提案类别：城乡建设 |",
            "| 提案人：汪志明、何春燕 | 主办单位：华阳镇人民政府 |",
            "关于县政协委员提案的答复",
            "汪志明、何春燕委员：",
            "你们提出的《关于整治华阳镇老街环境的提案》收悉，现答复如下：",
            "今年以来，我镇组织对老街沿线店铺进行了规范整治。",
            "望江县华阳镇人民政府",
            "2021年7月14日",
        ]
    )
    assert parse_letter(page, source="p.txt").proposal_no == "045"


def test_a_plan_table_in_the_body_is_no_card_and_a_note_cell_no_reply():
    # (review of session 42: a body's rows of `任务：… | 协办单位：…` became co-handlers)
    page = "\n".join(
        [
            "关于县十八届人大三次会议第12号建议的答复",
            "李明代表：",
            "您提出的建议收悉，现答复如下：",
            "一、我局将抓好以下工作：",
            "| 工作任务：新建城东幼儿园 | 牵头单位：县教育局 | 协办单位：县财政局 |",
            "感谢您的关心和支持。",
            "| 备注：本答复已征得提案人同意。答复内容如有疑问请联系县教育局办公室。"
            "联系电话：0000-1234567，联系人：张老师。 |",
            "某某县教育局",
            "2024年6月1日",
        ]
    )
    letter = parse_letter(page, source="p.txt")
    assert letter.co_handlers == ()
    assert "新建城东幼儿园" in letter.body
