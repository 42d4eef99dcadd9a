"""Met on made_up/fields24: a title line a browser tab ends with the site after a dash,
spaced or not (`…的答复-某某区人民政府`, `…的答复——某某县人民政府门户网站`), is the
title without it; the head's own line under the sign-off (`局长：王立新`) names the signer,
above the date or below it; bare `领衔：` / `附议：` lines list the proposers. The letters
are made up."""

from __future__ import annotations

import pytest

from rag.letters.parse import parse_letter

_TITLE = "某某县农业农村局关于县十八届人大一次会议第22号建议的答复"


def _letter(*lines: str):
    return parse_letter("\n".join(lines), source="t.txt")


def _reply(*tail: str, head: tuple[str, ...] = (_TITLE,), salutation: str = "王明代表："):
    return _letter(
        *head,
        salutation,
        "您提出的《关于加快蔬菜基地建设的建议》收悉，现答复如下：",
        "今年我局争取资金600万元，新建日光温室120座。",
        "感谢您对农业农村工作的关心和支持。",
        *tail,
    )


@pytest.mark.parametrize("site", ["-某某县人民政府", "——某某县人民政府门户网站", "—某某县人民政府"])
def test_the_site_after_a_dash_is_no_part_of_the_title(site):
    letter = _reply("某某县农业农村局", "2023年7月7日", head=(_TITLE + site,))
    assert letter.title == _TITLE


@pytest.mark.parametrize(
    "tail",
    [
        ("某某县农业农村局", "局长：王立新", "2022年7月7日"),
        ("某某县农业农村局", "2022年7月7日", "局长：王立新"),
    ],
)
def test_the_heads_line_under_the_sign_off_names_the_signer(tail):
    letter = _reply(*tail)
    assert letter.signer == "王立新"
    assert letter.issuer == "某某县农业农村局"
    assert letter.date_signed == "2022-07-07"


def test_a_deputys_line_names_no_signer():
    assert _reply("某某县农业农村局", "副局长：王立新", "2022年7月7日").signer is None


def test_bare_lead_and_seconding_lines_list_the_proposers():
    letter = _reply(
        "某某县农业农村局",
        "2022年7月7日",
        head=(_TITLE, "领衔：巴特尔", "附议：刘志强、韩玉梅"),
        salutation="巴特尔等代表：",
    )
    assert letter.proposers == ("巴特尔", "刘志强", "韩玉梅")
