"""Met on made_up/commit23: a grassland station, a prefecture's bureau and a county's
archives office write replies too.  What they promise and report is read as a county
bureau's is: a station speaks of itself as 我站, a 州's bureau is a city's level (the local
乡's service station 所在乡（镇、街道）…服务站 is another unit, in charge of its own work), a
report of the letter's own year needs no 已 when it opens with the year and counts a
result (not a target, nor a later year); a matter out of the bureau's remit, an expected
rate (有望…) and another county's scheme that will spread (贵定县城的…管理将在该县推开)
promise nothing; a plan table's row that opens with 会同 is the bureau's, with the unit as
partner, and one that opens with a town's government is the town's.  Made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import actions, commitments, kinds_of
from rag.letters.parse import parse_letter

LETTER = "\n".join(
    [
        "甘德县草原工作站关于县十八届人大三次会议第9号建议的答复",
        "多杰代表：",
        "您提出的《关于加快上贡麻乡黑土滩治理的建议》已由县农牧局交我站办理。现答复如下：",
        "上贡麻乡现有中度以上退化草原12万亩，其中黑土滩型退化草原3.1万亩。",
        "2024年，我站实施黑土滩综合治理项目，在上贡麻乡完成补播改良1.3万亩。",
        "您建议“为每个村聘请专职草原管护员”，该事项不在我站职责范围内，聘用经费需由县级财政统筹。",
        "下一步，我站将重点推进以下事项：",
        "| 事项 | 完成时间 |",
        "| 会同县林业和草原局在上贡麻乡补植牧草1000亩 | 今年秋季 |",
        "| 上贡麻乡人民政府建设草原生态展示馆 | 12月底前 |",
        "全乡草原综合植被盖度有望在明年达到60%以上。",
        "感谢您对草原保护工作的关心和支持。",
        "甘德县草原工作站",
        "2024年9月12日",
    ]
)


@pytest.fixture(scope="module")
def letter():
    return parse_letter(LETTER, source="grass.txt")


def test_a_stations_report_of_its_own_year_is_an_action(letter):
    done = [item.quote for item in actions(letter)]
    assert "2024年，我站实施黑土滩综合治理项目，在上贡麻乡完成补播改良1.3万亩。" in done
    assert not any("现有中度以上退化草原" in quote for quote in done)  # an inventory


def test_a_table_row_opening_with_a_partner_is_the_bureaus_and_a_towns_is_the_towns(letter):
    promised = {item.quote: item for item in commitments(letter)}
    row = promised["| 会同县林业和草原局在上贡麻乡补植牧草1000亩 | 今年秋季 |"]
    assert row.partners == ("县林业和草原局",)
    assert not any("上贡麻乡人民政府建设" in quote for quote in promised)


def test_a_matter_out_of_the_remit_and_an_expected_rate_promise_nothing(letter):
    promised = [item.quote for item in commitments(letter)]
    assert not any("职责范围" in quote for quote in promised)
    assert not any("有望" in quote for quote in promised)


@pytest.mark.parametrize(
    ("issuer", "sentence", "kinds"),
    [
        # another county's scheme, a thing that will spread: theirs
        (
            "黔南布依族苗族自治州城市管理局",
            "贵定县城的“积分兑换”分类管理将在该县各乡镇推开。",
            (),
        ),
        # the bureau's own county's scheme is its own
        ("某某县城市管理局", "某某县的“积分兑换”分类管理将在全县各乡镇推开。", ("commitment",)),
        # a thing promised of the bureau's own work, no place before it
        ("某某县教育局", "剩余农村学校的照明改造将于明年暑期实施。", ("commitment",)),
        # the local 乡's station is in charge: a division of duties, no deed of a 州's bureau
        (
            "怒江傈僳族自治州退役军人事务局",
            "零散烈士墓的日常管护由所在乡（镇、街道）退役军人服务站负责，州、县两级退役军人事务"
            "部门负责指导检查。",
            (),
        ),
        ("永平县地方志办公室", "村志编纂由所在村民委员会组织，乡镇人民政府负责审核。", ()),
    ],
)
def test_whose_plan_or_duty_a_sentence_states(issuer, sentence, kinds):
    assert kinds_of(sentence, (), 2025, "2025-08-20", issuer) == kinds


def test_a_plan_over_works_already_built_in_two_towns_is_a_promise():
    sentence = "2.年底前完成两镇已建供水工程的管网漏损排查。"
    assert kinds_of(sentence, (), 2025, "2025-08-20", "某某县水务局") == ("commitment",)


@pytest.mark.parametrize(
    "sentence",
    [
        "2025年，我局确保完成造林任务3万亩。",  # a target (review of session 42)
        "2025年，我局需完成植树造林2万亩。",
        "2026年，我局建成高标准农田1.2万亩。",  # a later year than the letter's
    ],
)
def test_a_target_or_a_later_year_opening_a_sentence_is_no_report(sentence):
    assert kinds_of(sentence, (), 2025, "2025-06-01", "某某县农业农村局") != ("action",)


def test_a_row_opening_with_the_bureaus_own_service_unit_is_the_bureaus():
    # (review of session 42: 县社会福利中心新增… read as another unit's row)
    from rag.answer.plan_rows import read_row

    row = read_row(
        "| 县社会福利中心新增床位50张 | 12月底前 |", "| 事项 | 完成时间 |", "某某县民政局"
    )
    assert not row.theirs and row.partners == ()
