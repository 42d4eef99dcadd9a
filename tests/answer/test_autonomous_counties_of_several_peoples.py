"""Met on made_up/qa41: a county named after the four peoples living in it
(双江拉祜族佤族布朗族傣族自治县) was longer than a place name could be, so its letter had
no place of its own: "the Shuangjiang forestry bureau" found another county's letter on
ancient tea trees, and a question about a neighbouring county (凤庆县) was answered from
it.  A name keeps its place and is said without its peoples, each as CC-CEDICT knows it.
The letters are made up."""

from __future__ import annotations

from letter_builders import indexed

from rag.answer.issuers import place_core, places_of


def _letter(issuer: str, title: str, body: str, date: str) -> str:
    return "\n".join([f"{issuer}{title}", "李明代表：", *body.split("|"), issuer, date])


TEA = _letter(
    "雙江拉祜族佤族布朗族傣族自治縣林業局",
    "對縣十六屆人大二次會議第27號建議的答復",
    "你提出的《關於加強古茶樹資源保護的建議》收悉，現答復如下：|"
    "一是對樹齡三百年以上的古茶樹逐株建立檔案，已掛牌保護2860株；|"
    "二是聘請古茶園管護員46名，實行分片巡護。",
    "2012年6月20日",
)
OTHER_TEA = _letter(
    "保靖县林业局",
    "关于县政协十一届四次会议第63号提案的答复",
    "你提出的关于做大做强黄金茶产业的提案收悉，现答复如下：|"
    "2019年，我局对全县古茶树开展普查，共登记树龄百年以上的古茶树2870株，已全部挂牌建档。|"
    "我局已设立护林防火检查站4个，聘请生态护林员86名。",
    "2020年7月1日",
)


def test_a_county_of_several_peoples_is_a_place_said_without_them():
    assert places_of("双江拉祜族佤族布朗族傣族自治县林业局") == ["双江拉祜族佤族布朗族傣族自治县"]
    assert place_core("双江拉祜族佤族布朗族傣族自治县") == "双江"
    # each people as the dictionary knows it: 积石山 keeps its 山 (no "山保安族")
    assert place_core("积石山保安族东乡族撒拉族自治县") == "积石山"
    assert place_core("湘西土家族苗族自治州") == "湘西"
    assert place_core("石林彝族自治县") == "石林"


def test_the_county_is_found_by_its_name_and_a_neighbour_is_not_it(tmp_path):
    qa = indexed(tmp_path / "letters", tmp_path / "home", tea=TEA, other=OTHER_TEA)
    answer = qa.ask(
        "How many ancient tea trees over 300 years old has the Shuangjiang forestry bureau tagged?"
    )
    assert answer.citations and answer.citations[0].source == "tea.txt"
    assert "2860" in answer.text
    assert qa.ask("凤庆县有多少株三百年以上的古茶树？").refused
