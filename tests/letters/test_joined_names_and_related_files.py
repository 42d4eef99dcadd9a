"""Met on made_up/fields23: members addressed as "王丽娟和赵文斌代表" are two proposers (a
name with 和 inside, 李和平, stays one); a reply worked out "已与X共同研究" or "会商X后" names
X as its co-handler (a plan to work with a unit later does not); a "相关文件" list under the
sign-off is the page's, not the letter's, so the date above it is the signing date; and a
card's 领导签发 cell names the signer.  The letters are made up."""

from __future__ import annotations

import pytest

from rag.letters.parse import parse_letter


def _letter(*lines: str):
    return parse_letter("\n".join(lines), source="t.txt")


def _reply(salutation: str, opening: str, *tail: str):
    return _letter(
        "关于镇十八届人大二次会议第6号建议的答复",
        salutation,
        opening,
        "目前全镇尚未硬化的村内街巷约4.2公里，下一步将联合县交通运输局分批实施。",
        "感谢你们对全镇工作的关心和支持。",
        "某某镇人民政府",
        "2024年6月18日",
        *tail,
    )


@pytest.mark.parametrize(
    ("salutation", "names"),
    [
        ("王丽娟和赵文斌代表：", ("王丽娟", "赵文斌")),
        ("周立新、吴海燕和陶德明代表：", ("周立新", "吴海燕", "陶德明")),
        ("李和平代表：", ("李和平",)),
    ],
)
def test_members_joined_by_he_are_each_a_proposer(salutation, names):
    letter = _reply(salutation, "你们提出的《关于硬化村内街巷的建议》收悉，现答复如下：")
    assert letter.proposers == names


@pytest.mark.parametrize(
    ("opening", "units"),
    [
        (
            "你们提出的建议收悉。镇政府已与镇农业综合服务中心共同研究，现答复如下：",
            ("镇农业综合服务中心",),
        ),
        ("你们提出的建议收悉。镇政府会商镇综合执法中心后，现答复如下：", ("镇综合执法中心",)),
        ("你们提出的建议收悉，经会商县水务局，现答复如下：", ("县水务局",)),
        ("你们提出的建议收悉，现答复如下：", ()),
    ],
)
def test_a_reply_worked_out_with_a_unit_names_it(opening, units):
    assert _reply("王丽娟代表：", opening).co_handlers == units


def test_a_related_files_list_under_the_sign_off_is_not_the_letter():
    letter = _reply(
        "王丽娟代表：",
        "你们提出的建议收悉，现答复如下：",
        "相关文件：",
        "某某镇人民政府关于镇十八届人大二次会议第9号建议的答复　发布日期：2024-06-30",
    )
    assert letter.date_signed == "2024-06-18"
    assert "第9号" not in letter.body


def test_a_cards_leader_signing_cell_names_the_signer():
    letter = _letter(
        "关于市政协九届二次会议第19号提案的答复",
        "| 提案编号 | 19 | 领导签发 | 曲洪波 |",
        "| 承办单位 | 某某市农业农村局 | 承办人 | 何雪 |",
        "农工党某某市委会：",
        "你们提出的《关于发展设施蔬菜的提案》收悉，现答复如下：",
        "今年我局争取资金600万元，新建日光温室120座。",
        "某某市农业农村局",
        "2022年8月3日",
    )
    assert letter.signer == "曲洪波"
