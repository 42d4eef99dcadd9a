"""What a letter promises and what it reports: one verbatim sentence each, by the
sentence's tense, else by its section; never the frame."""

from __future__ import annotations

from pathlib import Path

from rag.answer.commitments import actions, commitments, due_in, items, partners_in
from rag.answer.sentences import is_frame
from rag.letters.parse import load_letter, parse_letter
from rag.models import Letter

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
    assert guardrails.partners == ("县财政局", "县公安局交通管理大队")
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


def test_a_partner_is_brought_in_not_merely_named() -> None:
    issuer = "某县卫生健康局"
    # Brought in by 会同 / 配合 / 联合, by 由…负责, or with 与…共同: a list, as written.
    listed = partners_in("下一步将会同财政、石林街道政府等部门尽快商议。", issuer)
    assert listed == ("财政", "石林街道政府")
    assert partners_in("配合组织部、人社局加大工作力度。", issuer) == ("组织部", "人社局")
    assert partners_in("由东山镇政府负责规划用地。", issuer) == ("东山镇政府",)
    assert partners_in("与县科协共同做好储备工作。", issuer) == ("县科协",)
    # A unit's name that is a thing to build or a place it happens is no partner.
    assert partners_in("到2025年底建成市级高校概念验证中心8个。", issuer) == ()
    assert partners_in("实现乡镇卫生院和村卫生室人员统筹使用全覆盖。", issuer) == ()
    assert partners_in("联合建立以技术开发为主要内容的平台。", issuer) == ()  # jointly
    assert partners_in("鼓励企业参与政策制定。", issuer) == ()


# -- the rules that keep a promise apart from what only looks like one -------------------
# Each test reads a small made-up letter of 岭南县交通运输局, signed 2024年9月10日.

HEAD = """岭南县交通运输局关于县人大十七届二次会议第013号建议的答复

王五代表:

{opening}

"""
TAIL = """

感谢您对交通运输工作的关心和支持。

岭南县交通运输局
2024年9月10日
"""
RECEIPT = "您提出的《关于改善乡村公路安全设施的建议》收悉,现答复如下。"


def _read(*paragraphs: str, opening: str = RECEIPT) -> Letter:
    return parse_letter(HEAD.format(opening=opening) + "\n\n".join(paragraphs) + TAIL, "x.txt")


def _said(letter: Letter) -> dict[str, list[str]]:
    """kind → the first eight characters of each item of that kind (numbering dropped)."""
    said: dict[str, list[str]] = {"commitment": [], "action": []}
    for item in items(letter):
        said[item.kind].append(item.text[:8])
    return said


def test_what_a_sentence_only_quotes_has_no_tense() -> None:
    letter = _read(
        "您在建议中要求力争三年内实现村村通客车,我局已会同县财政局开展调研。"
        "我局印发了《关于明年实施农村公路提质改造的通知》。"
    )
    assert _said(letter) == {"commitment": [], "action": ["您在建议中要求力", "我局印发了《关于"]}


def test_a_jiang_that_moves_its_object_promises_nothing_by_itself() -> None:
    said = _said(
        _read(
            "一、工作开展情况",
            "将农村公路养护资金纳入县级财政预算,补助标准由每公里1000元提高到3000元。",
            "二、下一步工作打算",
            "将剩余路段纳入养护计划,确保路况良好。",
        )
    )
    assert said == {"commitment": ["将剩余路段纳入养"], "action": ["将农村公路养护资"]}


def test_a_predicted_effect_is_not_a_promise() -> None:
    said = _said(_read("下一步,我局将新建停车场2处。停车场建成后将有效缓解学校周边停车难问题。"))
    assert said == {"commitment": ["下一步,我局将新"], "action": []}


def test_recommendations_and_requests_are_not_promises() -> None:
    letter = _read(
        "二、下一步工作计划及建议",
        "一是加快推进县道改造。二是建议县政府加大农村公路投入。",
        "在工程实施前,请代表帮助宣传工程建设的必要性。",
        "下一步,我局将加快建设,请您放心。",
        "您对答复有何意见,请填写在征询意见表中寄回,以便我们进一步改进工作。",
    )
    assert _said(letter)["commitment"] == ["加快推进县道改造", "下一步,我局将加"]


def test_problems_refusals_and_turns_are_neither_and_are_not_carried() -> None:
    letter = _read(
        "我局已硬化村道120公里。随着群众出行需求增长,部分村道还不能满足通行要求。",
        "目前没有这方面的项目,暂时不能解决。",
        "下一步,我局将积极争取上级资金。我县是财政穷县,只有争取到项目后再改造。",
        "我局将督促乡镇做好养护。根据《公路法》,乡道应当由乡镇人民政府负责养护。",
    )
    assert _said(letter) == {
        "commitment": ["下一步,我局将积", "我局将督促乡镇做"],
        "action": ["我局已硬化村道1"],
    }


def test_the_handling_frame_is_no_action_unless_it_dates_what_was_done() -> None:
    letter = _read(
        "收到建议后,我局高度重视,组织人员进行了认真研究。",
        "我局高度重视,于6月5日组织人员到现场查看。",
    )
    assert _said(letter) == {"commitment": [], "action": ["我局高度重视,于"]}


def test_what_follows_the_announcement_of_the_reply_is_read() -> None:
    opening = (
        "您提出的关于乡间路维护的建议收悉,现答复如下: 按照“乡道乡建乡养”的原则,"
        "乡镇政府为养管主体。我局将加大督导力度,督促乡镇做好定期维护。"
    )
    assert _said(_read(opening=opening))["commitment"] == ["我局将加大督导力"]


def test_a_line_broken_mid_sentence_stays_in_its_paragraph() -> None:
    said = _said(_read("下一步,我局将新增地埋式垃圾箱30个,", "并安排专人值守,规范垃圾收集处理。"))
    assert said["commitment"] == ["下一步,我局将新", "并安排专人值守,"]


def test_a_list_is_what_its_introduction_says() -> None:
    letter = _read(
        "下一步,我局将重点做好以下工作:",
        "一、完善公交线网。新开通城乡接驳线路2条。",
        "二、改造候车设施。更换乡村候车亭20座。",
    )
    # (the introduction only leads in: its items are what is promised — commit5–20 label so)
    assert _said(letter)["commitment"] == ["新开通城乡接驳线", "更换乡村候车亭2"]


def test_an_introduction_with_a_promise_of_its_own_is_one_too() -> None:
    letter = _read(
        "下一步,我县将继续加大投入,重点做好以下工作:",
        "一、完善公交线网。新开通城乡接驳线路2条。",
    )
    assert _said(letter)["commitment"] == ["下一步,我县将继", "新开通城乡接驳线"]


def test_an_items_opening_words_say_what_the_item_goes_on_to_say() -> None:
    letter = _read(
        "一、关于开发旅居养老服务的建议。",
        "一是设计推出一批旅游线路。针对客源市场,打造旅游品牌。精心设计发布了20条线路产品。",
    )
    assert _said(letter)["action"] == ["设计推出一批旅游", "针对客源市场,打", "精心设计发布了2"]


def test_a_date_before_the_letters_reports_and_a_deadline_promises() -> None:
    letter = _read("今年6月,县政府印发实施《乡村公路养护办法》。计划于今年11月底前完成验收。")
    said = _said(letter)
    assert said == {"commitment": ["计划于今年11月"], "action": ["今年6月,县政府"]}
    assert commitments(letter)[0].due == "今年11月底前"


def test_the_outermost_heading_that_names_a_half_decides() -> None:
    letter = _read(
        "一、工作开展情况",
        "(一)实施道路安全行动计划。在全县开展道路安全隐患排查整治。",
        "二、存在的问题",
        "目前全县仍有38公里临水临崖路段未设护栏。",
        "下一步工作打算及建议",
    )
    assert _said(letter) == {"commitment": [], "action": ["在全县开展道路安"]}


def test_a_target_counts_toward_a_promise_and_reports_nothing() -> None:
    letter = _read("我局会同县财政局开展了检查。力争到2026年底累计完成改造200公里。")
    assert _said(letter) == {"commitment": ["力争到2026年"], "action": ["我局会同县财政局"]}
    assert commitments(letter)[0].due == "2026年底"
    assert _said(_read("我局也会持续关注该路段的养护。"))["commitment"] == ["我局也会持续关注"]
    assert _said(_read("2025年计划新建候车亭20座。"))["commitment"] == ["2025年计划新"]
    said = _said(_read("下一步,我局将改造村道5公里。届时群众出行条件将得到明显改善。"))
    assert said["commitment"] == ["下一步,我局将改"]


def test_a_due_date_is_read_from_the_promise() -> None:
    assert due_in("今年已完成12公里,明年将完成剩余路段。", year=2024) == "明年"
    assert due_in("计划于10月底前完成验收。") == "10月底前"
    assert due_in("2024年至2026年每年组织路演40场。", year=2024) == "2024年至2026年"
    assert due_in("力争在汛期前完成除险加固。") == "汛期前"


def test_a_deadline_promises_and_the_proposers_reaction_is_theirs() -> None:
    letter = _read(
        "您反映的村道已于5月修复,群众出行条件明显改善。剩余路段护栏2025年底前完工。",
        "我局已着手编制养护方案。王五代表对以上措施表示满意。",
    )
    said = _said(letter)
    assert said == {
        "commitment": ["剩余路段护栏20"],
        "action": ["您反映的村道已于", "我局已着手编制养"],
    }
    assert commitments(letter)[0].due == "2025年底前"


def test_a_report_of_what_was_striven_for_and_the_frames_now_are_no_promises() -> None:
    letter = _read(
        "在整治过程中,我局积极争取上级资金,重点实施污水治理项目,提升了整治成效。",
        "现将有关办理情况函告如下,请一并研究。",
    )
    assert _said(letter) == {"commitment": [], "action": ["在整治过程中,我"]}


def test_a_letter_is_dated_by_its_document_number_before_its_page() -> None:
    letter = parse_letter(
        "- 文号岭交函〔2017〕14号\n- 发布日期2018-08-19\n"
        + HEAD.format(opening=RECEIPT)
        + "下一步,我局将争取借助2017年全县建设村民活动场所契机,把该村活动场所列入建设项目。"
        + TAIL.replace("2024年9月10日", ""),
        "x.txt",
    )
    assert letter.year == 2018 and letter.doc_number == "岭交函〔2017〕14号"
    assert [i.due for i in commitments(letter)] == ["2017年"]


def test_a_unit_named_with_he_stays_one_partner() -> None:
    issuer = "某县卫生健康局"
    both = partners_in("会同市住房和城乡建设局、市人力资源和社会保障局共同推进。", issuer)
    assert both == ("市住房和城乡建设局", "市人力资源和社会保障局")
    assert partners_in("会同县财政局和县公安局开展整治。", issuer) == ("县财政局", "县公安局")
    assert partners_in("由于乡镇负责日常养护，…", issuer) == ()  # 由于 is "because"


# -- letters without the two halves: what a sentence says, where it stands --------------


def test_a_basic_situation_heading_reports_nothing_by_itself() -> None:
    letter = _read(
        "一、基本情况",
        "目前全县共有农村客运班线46条,日均客流约3000人次。近年来,我局新开通客运班线12条。",
        "二、工作开展情况",
        "在全县推行农村客运公交化改造。",
    )
    assert _said(letter) == {
        "commitment": [],
        "action": ["近年来,我局新开", "在全县推行农村客"],
    }


def test_a_description_a_finding_or_a_state_is_no_deed_and_stops_the_paragraphs_kind() -> None:
    letter = _read(
        "今年6月,我局对该路段进行了现场查看。该路段全长5公里,路面宽4.5米。"
        "经测算,全面改造约需资金300万元。目前该路段由乡政府负责日常养护。"
    )
    assert _said(letter) == {"commitment": [], "action": ["今年6月,我局对"]}


def test_the_problems_a_list_names_are_no_deeds() -> None:
    letter = _read(
        "经我局现场核查,问题主要有三个方面:一是部分路段排水不畅;二是部分护栏老化,"
        "存在安全隐患;三是沿线群众私自占道,加剧了通行困难。",
        "针对上述问题,我局已疏通边沟2公里。",
    )
    # The bureau's own check is a deed: the sentence that opens with it, up to its first
    # problem (one sentence: a colon ends none), reports; the problems after it do not.
    assert _said(letter) == {"commitment": [], "action": ["经我局现场核查,", "针对上述问题,我"]}
    assert items(letter)[0].quote.endswith("一是部分路段排水不畅;")


def test_a_list_whose_first_item_is_neither_gives_reasons_not_deeds() -> None:
    letter = _read(
        "从全县实际情况看:一是县级财力紧张,难以安排大额建设资金;二是沿线可用土地"
        "已优先保障学校建设;三是该项目尚未列入规划。",
        "近年来,我局已改造村道80公里。",
    )
    assert _said(letter) == {"commitment": [], "action": ["近年来,我局已改"]}


def test_a_plan_list_that_opens_on_advice_to_another_body_still_promises_the_rest() -> None:
    letter = _read(
        "二、下一步工作打算",
        "一是建议各乡镇将村道养护经费列入财政预算;二是加强村道日常巡查,及时处置路面病害;"
        "三是完善临水临崖路段警示标志和防护栏。",
    )
    # The advice is no promise, but the bureau's own items after it are.
    assert _said(letter) == {"commitment": ["加强村道日常巡查", "完善临水临崖路段"], "action": []}


def test_an_items_lead_sentence_is_an_item_however_short() -> None:
    letter = _read(
        "一、工作开展情况", "一是修路面。对村道坑槽进行修补。二是设标志。增设警示标志20块。"
    )
    assert _said(letter)["action"] == ["修路面", "对村道坑槽进行修", "设标志", "增设警示标志20"]


def test_the_handling_frame_reports_a_deed_besides_the_study() -> None:
    letter = _read(
        "收到建议后,我局组织技术人员对该路段进行了实地踏勘。",
        "对此,我局进行了认真研究。",
    )
    assert _said(letter) == {"commitment": [], "action": ["收到建议后,我局"]}


def test_a_request_to_the_proposer_is_theirs_to_do() -> None:
    letter = _read("下一步,我局将加强巡查。同时,也希望您协助做好群众宣传,共同保护好路面。")
    assert _said(letter)["commitment"] == ["下一步,我局将加"]


def test_partners_brought_in_by_xietiao_by_you_gongtong_and_as_a_set() -> None:
    issuer = "岭南县交通运输局"
    assert partners_in("我局将协调县公路养护中心采取临时管控措施。", issuer) == ("县公路养护中心",)
    assert partners_in("由学校和村委会共同做好学生接送登记。", issuer) == ("学校", "村委会")
    assert partners_in("同时配合各乡镇推进农村公路养护。", issuer) == ("各乡镇",)
    assert partners_in("我们将配合交通部门将其纳入防护工程。", issuer) == ("交通部门",)
    # 协调 as a noun, or with no unit after it, brings in no one.
    assert partners_in("我局将加大协调力度,争取早日解决。", issuer) == ()
    assert partners_in("沿线矛盾协调由镇政府负责。", issuer) == ("镇政府",)


# -- letters without headings: where a list, a half or a sentence runs on ----------------


def test_a_list_introduced_at_a_lines_end_runs_over_the_paragraphs_after_it() -> None:
    letter = _read(
        "我局已新建候车亭20座。",
        "下一步,我局将:",
        "优化公交线网,新开通城乡接驳线路2条。",
        "改造候车设施,更换乡村候车亭20座。",
        "另外,您反映的站牌破损问题,我局已于6月完成修复。",
        "该线路全长12公里,沿线有行政村5个。",
    )
    assert _said(letter) == {
        "commitment": ["下一步,我局将:", "优化公交线网,新", "改造候车设施,更"],
        "action": ["我局已新建候车亭", "另外,您反映的站"],
    }


def test_an_unnumbered_heading_line_names_the_half_below_it() -> None:
    letter = _read(
        "工作开展情况",
        "在全县开展农村公路安全隐患排查。",
        "下一步工作打算",
        "加强农村公路养护,确保路况良好。",
        "完善养护机制,落实管护责任。",
    )
    assert _said(letter) == {
        "commitment": ["加强农村公路养护", "完善养护机制,落"],
        "action": ["在全县开展农村公"],
    }


def test_a_numbered_line_with_nothing_under_it_is_an_item_of_its_list() -> None:
    letter = _read(
        "下一步,我们将采取以下措施:",
        "1.加大资金投入,完善养护机制。",
        "2.强化路政执法,严厉查处超限运输。",
    )
    assert _said(letter)["commitment"] == ["加大资金投入,完", "强化路政执法,严"]


def test_what_the_bureau_promises_amid_its_thanks_is_no_frame() -> None:
    letter = _read(
        "我局已硬化村道12公里。",
        "我们将积极响应,结合全县工作推进落实,再次感谢您对交通工作的关心。",
    )
    assert _said(letter) == {
        "commitment": ["我们将积极响应,"],
        "action": ["我局已硬化村道1"],
    }


def test_what_the_proposer_may_do_and_an_invitation_carry_no_promise() -> None:
    letter = _read(
        "下一步,我局将加强巡查。欢迎您继续监督我们的工作。",
        "该路段由县公路中心负责养护,我局已致函该中心。如您有意见,也可直接向县公路中心反映。",
    )
    assert _said(letter) == {
        "commitment": ["下一步,我局将加"],
        "action": ["该路段由县公路中"],
    }


PLAN_ITEMS_NAMING_RESULTS = """青川县科学技术局关于县政协九届三次会议第31号提案的答复

赵六委员:

您提出的《关于加快科技成果落地的提案》收悉,现答复如下。

近年来,我局围绕企业创新需求,组织科技特派员深入园区开展服务120余人次。

下一步,我局将重点做好以下工作:
一是搭建对接平台。建好用好县级技术交易服务窗口。二是推进科研成果转化中的权益保护。建立成果转化纠纷调处机制,为企业和科研人员提供法律咨询。三是完善工作进展情况通报。每季度向县政府报送一次项目清单。

感谢您对科技工作的关心和支持。

青川县科学技术局
2024年8月2日
"""


def test_an_items_topic_holding_a_results_word_does_not_make_it_a_report() -> None:
    # "成果" in 科研成果转化 and "情况" in 进展情况通报 name the measure's topic, not a
    # half of the reply ("工作开展情况", "取得的成效"): the items stay promises.
    letter = parse_letter(PLAN_ITEMS_NAMING_RESULTS, "plan-items.txt")
    promised = [i.quote for i in commitments(letter)]
    assert "二是推进科研成果转化中的权益保护。" in promised
    assert any(q.startswith("建立成果转化纠纷调处机制") for q in promised)
    assert "每季度向县政府报送一次项目清单。" in promised
    assert [i.quote[:6] for i in actions(letter)] == ["近年来,我局"]


def test_items_under_a_plan_line_after_a_list_of_difficulties_promise() -> None:
    letter = _read(
        "存在的困难",
        "一是巡诊队员均为兼职,人员紧张。",
        "二是流动医疗车车况较差,维护经费不足。",
        "下一步工作打算",
        "一是将巡回医疗纳入县域医共体统一管理,由县总医院统筹调配人员。",
        "二是与各乡镇政府协作,在夏季牧场设置临时巡诊点。",
    )
    assert _said(letter) == {"commitment": ["将巡回医疗纳入县", "与各乡镇政府协作"], "action": []}


def test_inviting_the_proposer_is_a_deed_and_a_plan_after_work_under_way_promises() -> None:
    letter = _read(
        "我局已于今年5月邀请您到零工驿站实地调研,收集意见建议23条。",
        "同时,街道正在与3家餐饮企业洽谈合作,计划在企业门店设立助餐专窗。",
        "另外,街道计划于明年一季度上线助餐订餐小程序。",
    )
    said = _said(letter)
    assert said["action"] == ["我局已于今年5月", "同时,街道正在与"]
    assert said["commitment"] == ["同时,街道正在与", "另外,街道计划于"]


def test_a_month_of_next_year_is_due_not_past():
    # signed in July 2014: 明年6月 is June 2015, not a June the letter has passed
    sentence = "市场已列入市政府2015年为民办实事项目,拟由市城投公司投资建设,计划明年6月建成投用。"
    assert due_in(sentence, 2014, "2014-07-22") == "明年6月"
