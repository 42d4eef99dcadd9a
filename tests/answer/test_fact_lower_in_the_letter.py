"""Met on made_up/qa37: a fact asked may sit in a passage of the right letter ranked below
the top five ("区里拿了多少钱帮豆腐干厂换设备？" — the 一是 passage names no 豆腐干, the others
do).  Before it says the letters "do not state" a figure, the answer reads the rest of the
letter's candidate passages; what no passage of it states is still refused.  Every sentence
here is made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

from rag.qa import ReplyLetterQA
from rag.settings import Settings

LETTER = """关于县政协第九届第三次会议第27号提案的答复

周明远委员：
　　您提出的《关于推动茶油产业高质量发展的提案》收悉。经商县市场监督管理局、县商务局，现答复如下：
　　一、全县茶油产业现状
　　茶油是我县的传统特色产品。目前全县有茶油加工企业36家，其中规模以上企业9家，另有小榨坊110余家，从业人员约6200人。2022年全县茶油产值约18亿元，其中通过电商平台销售约4.1亿元。茶油产业存在的主要问题是小榨坊卫生条件参差不齐、茶油产品同质化、茶籽原料大多从外地购进。
　　二、近年来开展的工作
　　一是支持企业技术改造。2022年，财政安排特色产业发展资金860万元，支持14家企业更新精炼、灌装和冷榨设备。二是建设茶油产业园。茶油产业园一期已建成标准厂房2.8万平方米，入驻茶油企业7家，园区集中建设了污水预处理站。三是培育销售渠道。县商务局举办茶油电商直播培训6期，培训茶油企业员工和个体商户410人次。四是规范小榨坊。县市场监督管理局2022年检查茶油小榨坊110家次，责令整改19家，取缔无证榨坊3家。
　　三、关于提案所提建议的办理意见
　　一是关于统一收购茶籽原料以稳定茶油成本的建议。原料采购属于企业自主经营行为，该建议不能采纳。我局将引导茶油龙头企业与种植大户签订订单。
　　二是关于建设茶油检测公共服务平台的建议。我局计划于2023年12月底前在茶油产业园建成茶油检测公共服务平台，为中小企业提供检测。
　　三是关于制定茶油团体标准的建议。我局已委托县茶油行业协会起草茶油团体标准，计划于2024年3月前发布。
　　感谢您对全县工业经济发展的关心和支持。

某县经济和信息化局
2023年8月4日
"""


# Other letters of the index, on other topics: the tea-oil words are rare among them.
OTHERS = {
    f"other{n}": f"""关于县政协第九届第三次会议第{n}号提案的答复

{name}委员：
　　您提出的《关于{topic}的提案》收悉。现答复如下：
　　一是{topic}工作已纳入年度计划，2022年完成投资{n}00万元。二是我局将会同有关部门继续推进{topic}。
　　感谢您对全县工作的关心和支持。

某县{bureau}
2023年7月{n}日
"""
    for n, name, topic, bureau in [
        (3, "李华", "改善农村公路养护", "交通运输局"),
        (5, "王芳", "加强中小学食堂管理", "教育局"),
        (8, "赵强", "推进老旧小区改造", "住房和城乡建设局"),
        (11, "钱敏", "提升基层医疗服务能力", "卫生健康局"),
        (14, "孙伟", "加强河道垃圾清理", "水利局"),
        (17, "周洁", "发展乡村民宿", "文化和旅游局"),
    ]
}


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    """Two passages shown (`top_k=2`): the figure's passage, third for this question, falls
    below them, as it falls below five in an index of hundreds of letters."""
    root = tmp_path_factory.mktemp("lower")
    indexed(root / "letters", root / "home", camellia=LETTER, **OTHERS)
    return ReplyLetterQA(Settings(home=root / "home", openai_api_key=None, top_k=2))


ASKED = "茶油产业园和茶油小榨坊的茶油企业换设备，县里拿了多少钱？"


def test_a_figure_in_a_passage_ranked_below_those_shown_is_found(qa):
    assert not any("860万元" in p.text for p in qa.retrieve(ASKED))  # (not among those shown)
    answer = qa.ask(ASKED)
    assert not answer.refused
    assert "860万元" in answer.text
    assert any("860万元" in c.quote for c in answer.citations)


def test_a_figure_no_passage_of_the_letter_states_is_still_refused(qa):
    answer = qa.ask("茶油产业园和茶油小榨坊的茶油企业换设备，每家补了多少钱？")
    assert answer.refused
    assert "860万元" not in answer.text
