"""Met on made_up/commit25: a due keeps the words that bound it — "明年起", "明年旅游旺季到来前",
"明年3—6月" (it was cut to "明年") — and the year of a plan a thing joins ("纳入明年…项目")
gives way to the time the sentence sets ("年内完成项目储备"); a numbered line that sets its
own start ("（四）2026年起，每年…") is an item, not a topic heading; what a township reports
or a weather station foresees ("据…报告，该乡已…") is theirs; an inventory counted in 处 is
no deed (jieba tags a lone 处 a verb); "暂无力安排" refuses; a lead-in to a table ("将按下表
推进相关工作：") and a table's "—" cell are no promise and no partner.  The letter and the
sentences are made up."""

from __future__ import annotations

import pytest

from rag.answer.commitments import commitments, kinds_of
from rag.answer.due import due_in
from rag.letters.parse import parse_letter

ISSUER = "某某县文化广电和旅游体育局"
_PLAN = ("二、下一步工作计划",)
_DONE = ("一、工作开展情况",)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("明年起，我局每年组织一次讲解员培训。", "明年起"),
        ("2026年起，每年组织一次应急演练。", "2026年起"),
        ("明年旅游旺季到来前，我局将在观景台建成临时停车场1处。", "明年旅游旺季到来前"),
        ("明年清明节前，我局将完成2处旧居的陈列布展。", "明年清明节前"),
        ("下一步，我大队将在秋季开学前完成3所学校的消防设施检测。", "秋季开学前"),
        ("明年3—6月，我分局将在两镇设立汇算辅导点。", "明年3—6月"),
        ("拟将瞭望塔建设纳入明年省级项目，年内完成项目储备。", "年内"),
        ("同时，积极争取将其列入“十二五”期间农村公路改造计划。", "“十二五”期间"),
    ],
)
def test_a_due_keeps_the_words_that_bound_it(sentence, due):
    assert due_in(sentence, 2025, "2025-08-14") == due


@pytest.mark.parametrize(
    "sentence",
    [
        "据长冈乡人民政府报告，该乡已完成5处旧址周边环境整治。",
        "据县气象局预测，今年主汛期两镇降雨量较常年偏多两成。",
        "长冈乡、埠头乡现有不可移动革命文物23处，其中县级文物保护单位9处。",
    ],
)
def test_what_others_report_or_foresee_and_what_there_is_are_no_deeds(sentence):
    assert kinds_of(sentence, _DONE, 2025, "2025-08-14", ISSUER) == ()


def test_the_bureaus_own_count_is_still_a_deed():
    sentence = "据我局统计，全县已建成乡村旅游服务站点12个。"
    assert kinds_of(sentence, _DONE, 2025, "2025-08-14", ISSUER) == ("action",)


def test_unable_to_fund_refuses_under_a_plan_heading():
    sentence = "您建议城乡公交全部免费乘坐，所需补贴资金较大，三方暂无力安排。"
    assert not kinds_of(sentence, _PLAN, 2025, "2025-08-14", ISSUER)


LETTER = "\n".join(
    [
        "关于县政协十一届四次会议第37号提案的答复",
        "钟春华委员：",
        "您提出的提案收悉，现答复如下：",
        "一、工作开展情况",
        "2024年，我局完成3处革命旧居的抢险加固。",
        "二、下一步工作计划",
        "（一）年底前，我局将完成两乡革命文物资源调查。",
        "（二）2026年起，每年组织两乡讲解员开展一次业务培训。",
        "您建议由县财政全额承担看护人员工资，我局无权调整。",
        "根据办理工作安排，我局将按下表推进相关工作：",
        "| 序号 | 任务 | 牵头单位 | 配合单位 | 时限 |",
        "| 1 | 编制两乡红色旅游线路 | 县文化广电和旅游体育局 | — | 2026年春播前 |",
        "感谢您对文化工作的关心和支持。",
        ISSUER,
        "2025年8月14日",
    ]
)


def test_an_item_that_sets_its_start_is_promised_and_a_table_lead_in_is_not():
    promised = {i.quote: i for i in commitments(parse_letter(LETTER, source="x.txt"))}
    item = promised["（二）2026年起，每年组织两乡讲解员开展一次业务培训。"]
    assert item.due == "2026年起"
    assert "根据办理工作安排，我局将按下表推进相关工作：" not in promised
    row = next(i for q, i in promised.items() if "编制两乡红色旅游线路" in q)
    assert row.partners == ()
