"""Met on made_up/qa49 and qa50: a letter with no headings answers the proposal's points in
paragraphs it labels itself ("关于第一条，…", "关于第三条，…"), so a follow-up "那第三条呢？"
asks for the paragraph the letter labels 第三条 — not the third sentence the last answer
quoted, nor the last turn's 第一条 again.  The letters are made up."""

from __future__ import annotations

import pytest
from letter_builders import indexed

POINTS = """关于县十六届人大四次会议第33号建议的答复

王建军代表：
　　您提出的《关于扶持砚台产业发展的建议》收悉，现答复如下：
　　砚台是我县的传统手工艺品，目前全县有制作作坊约60家。
　　关于第一条，建议设立产业发展专项资金。县财政目前没有此项资金安排，此项建议暂不能采纳。
　　关于第二条，建议允许作坊在河滩取泥。河道内取土须由水利部门依法审批，此项建议无法采纳。
　　关于第三条，建议由政府出资建设砚台博物馆。博物馆建设不属于我局职责范围，我局已将此项建议转县文化和旅游局研究。
　　感谢您对工业和信息化工作的关心和支持。

某某县工业和信息化局
2021年6月20日
"""

OTHER = """关于县十六届人大四次会议第35号建议的答复

李红代表：
　　您提出的《关于发展乡村旅游的建议》收悉，现答复如下：
　　下一步，我局将在年内建成游客服务中心1处。
　　感谢您对文化旅游工作的关心和支持。

某某县文化和旅游局
2021年6月25日
"""


@pytest.fixture(scope="module")
def qa(tmp_path_factory):
    root = tmp_path_factory.mktemp("labelled_points")
    return indexed(root / "letters", root / "home", points=POINTS, other=OTHER)


def test_a_follow_up_ordinal_is_the_point_the_letter_labels_so(qa):
    first = "那件砚台的建议，第一条工信局是怎么答复的？"
    answer = qa.ask(first)
    follow = qa.ask("那第三条呢？", history=[(first, answer.text)])
    assert not follow.refused
    assert "不属于我局职责范围" in follow.text
    assert "关于第一条" not in follow.text
