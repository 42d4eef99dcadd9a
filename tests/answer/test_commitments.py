"""What a letter promises and what it reports: one verbatim sentence each, by the
sentence's tense, else by its section; never the frame."""

from __future__ import annotations

from pathlib import Path

from rag.answer.commitments import actions, commitments, due_in, partners_in
from rag.answer.sentences import is_frame
from rag.letters.parse import load_letter, parse_letter

REFERENCE = Path(__file__).resolve().parents[2] / "corpus" / "cq-kjj-0798.txt"

NO_HEADINGS = """岭南县交通运输局关于县人大十七届二次会议第012号建议的答复

王五代表:

您提出的《关于改善乡村公路安全设施的建议》收悉,现答复如下。

2024年,我局已完成乡村公路安防设施改造86公里,累计投入资金1200万元。目前全县乡村公路弯道警示标志覆盖率达到92%。下一步,我局将会同县财政局、县公安局交通管理大队,在2025年底前完成剩余38公里临水临崖路段的护栏建设。同时,我们计划于明年上半年开展一次乡村公路安全隐患排查。

感谢您对交通运输工作的关心和支持。

联系人:李四  电话:0000-1234567

岭南县交通运输局
2024年9月10日
"""


def test_the_reference_letters_plans_are_commitments_and_its_results_actions() -> None:
    letter = load_letter(REFERENCE)
    promised, done = commitments(letter), actions(letter)
    assert promised and done
    assert all(item.quote in letter.body for item in promised + done)
    # Under 二、下一步工作重点 everything is promised; 工作开展情况 holds the results.
    assert all(not i.section.startswith("二、下一步") for i in done)
    assert sum(i.section.startswith("二、下一步") for i in promised) >= 20
    assert any("2023年,全市技术合同交易额同比增长54.3%" in i.quote for i in done)
    talent = [i for i in promised if "人才评价" in i.quote]
    assert talent and talent[0].section.endswith("二是健全科技服务人才评价激励机制")
    positions = [i.start for i in promised]
    assert positions == sorted(positions)  # letter order
    assert not any(is_frame(i.quote) for i in promised + done)


def test_a_letter_without_headings_is_read_sentence_by_sentence() -> None:
    letter = parse_letter(NO_HEADINGS, "no-headings.txt")
    promised = commitments(letter)
    assert [i.quote.split(",")[1][:6] for i in promised] == ["我局将会同县", "我们计划于明"]
    guardrails, survey = promised
    assert guardrails.due == "2025年底前"
    assert guardrails.partners == ("县财政局", "县公安局")
    assert survey.due == "明年上半年"
    done = actions(letter)
    assert [i.quote[:8] for i in done] == ["2024年,我局", "目前全县乡村公路"]
    assert all(i.due is None and i.partners == () for i in done)
    # Thanks, the contact line and the sign-off are never items.
    assert not any("感谢" in i.quote or "联系人" in i.quote for i in promised + done)


def test_due_dates_are_future_times_as_written() -> None:
    assert due_in("力争“十五五”期间实现全覆盖。") == "“十五五”期间"
    assert due_in("计划年内完成验收。") == "年内"
    assert due_in("将于2026年6月底前建成。") == "2026年6月底前"
    assert due_in("自2017年以来,我们将继续推进。", year=2024) is None  # history
    assert due_in("将持续推进。") is None


def test_partners_are_other_units_not_the_issuer_or_we() -> None:
    issuer = "岳阳市科学技术局"
    assert partners_in("我们将会同市财政局、市人社局开展评估。", issuer) == ("市财政局", "市人社局")
    assert partners_in("市科技局将牵头推进。", issuer) == ()  # the issuer's short name
    assert partners_in("不断改善我市科技人才不足的局面。", issuer) == ()
    assert partners_in("提升我市科技人才格局。", issuer) == ()
