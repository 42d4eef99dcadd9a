"""Short names of issuers: 市科技局 ↔ 重庆市科学技术局, 市人力社保局 ↔ 重庆市人力资源和社会保障局.

Letters and users name the same bureau in many ways.  From each issuer known to the index
we derive the forms people write (prefix stripped, common abbreviations applied, "市"
put back) so a question that says 市科技局 can be filtered to the letters the index
stores under 重庆市科学技术局, and the other way round.
"""

from __future__ import annotations

import re

# Full form → the abbreviation used in Chongqing government writing.  Longest first
# matters: 经济和信息化委员会 must be rewritten before the bare 委员会 rule fires.
ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    ("人力资源和社会保障", "人力社保"),
    ("经济和信息化委员会", "经济信息委"),
    ("发展和改革委员会", "发展改革委"),
    ("住房和城乡建设委员会", "住房城乡建委"),
    ("卫生健康委员会", "卫生健康委"),
    ("农业农村委员会", "农业农村委"),
    ("交通运输委员会", "交通运输委"),
    ("教育委员会", "教委"),
    ("规划和自然资源", "规划自然资源"),
    ("文化和旅游发展委员会", "文化旅游委"),
    ("科学技术", "科技"),
    ("市场监督管理", "市场监管"),
    ("委员会", "委"),
)
# Nicknames with no mechanical derivation.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "卫生健康委": ("卫健委",),
    "发展改革委": ("发改委",),
    "住房城乡建委": ("住建委",),
    "经济信息委": ("经信委",),
    "人力社保局": ("人社局",),
}

_CITY = re.compile(r"^(重庆市|重庆|市)")
_DISTRICT = re.compile(r"^([\u4e00-\u9fff]{1,6}?(?:自治县|区|县))")


def _abbreviate(name: str) -> set[str]:
    forms = {name}
    for full, short in ABBREVIATIONS:
        for form in list(forms):
            if full in form:
                forms.add(form.replace(full, short))
    for form in list(forms):
        for short, nicks in NICKNAMES.items():
            if short in form:
                forms.update(form.replace(short, nick) for nick in nicks)
    return forms


def _expand(name: str) -> set[str]:
    """The inverse of the abbreviations: 科技局 → 科学技术局."""
    forms = {name}
    for full, short in ABBREVIATIONS:
        if short == "委":
            continue  # "委" is too short to reverse safely
        for form in list(forms):
            if short in form and full not in form:
                forms.add(form.replace(short, full))
    return forms


def issuer_aliases(issuer: str) -> set[str]:
    """Every form a question may use for the issuer, at least three characters long."""
    issuer = issuer.strip()
    bare = _CITY.sub("", issuer)
    district = _DISTRICT.match(bare)
    aliases: set[str] = set()
    for core in _expand(bare):
        for form in _abbreviate(core):
            aliases.add(form)
            if district:
                continue  # 渝中区教委 stays qualified; bare 教委 means the city's
            aliases.update({"市" + form, "重庆市" + form, "重庆" + form})
    aliases.add(issuer)
    return {a for a in aliases if len(a) >= 3}


def match_issuers(question: str, issuers: list[str]) -> list[str]:
    """Known issuers the question names.  A match inside a longer one doesn't count:
    "沙坪坝区科技局" names the district's bureau, not also the city's 科技局."""
    spans: list[tuple[int, int, str]] = []
    for issuer in issuers:
        for alias in issuer_aliases(issuer):
            start = question.find(alias)
            while start >= 0:
                spans.append((start, start + len(alias), issuer))
                start = question.find(alias, start + 1)
    found = {
        issuer
        for start, end, issuer in spans
        if not any(
            s <= start and end <= e and (e - s) > (end - start) and i != issuer for s, e, i in spans
        )
    }
    return sorted(found)


# English names of bureaus, as English questions write them ("the Chongqing Science and
# Technology Bureau"), → the Chinese full form the aliases above are derived from.
BUREAUS_EN: dict[str, str] = {
    "science and technology bureau": "科学技术局",
    "bureau of science and technology": "科学技术局",
    "education commission": "教育委员会",
    "human resources and social security bureau": "人力资源和社会保障局",
    "economy and information technology commission": "经济和信息化委员会",
    "economic and information technology commission": "经济和信息化委员会",
    "health commission": "卫生健康委员会",
    "development and reform commission": "发展和改革委员会",
    "housing and urban-rural development commission": "住房和城乡建设委员会",
    "agriculture and rural affairs commission": "农业农村委员会",
    "ecology and environment bureau": "生态环境局",
    "intellectual property office": "知识产权局",
    "transport bureau": "交通局",
    "transportation bureau": "交通局",
    "civil affairs bureau": "民政局",
    "public security bureau": "公安局",
    "finance bureau": "财政局",
    "market supervision administration": "市场监督管理局",
}
_DISTRICTS_EN = {
    "yuzhong": "渝中区",
    "jiangbei": "江北区",
    "shapingba": "沙坪坝区",
    "jiulongpo": "九龙坡区",
    "nan'an": "南岸区",
    "nanan": "南岸区",
    "beibei": "北碚区",
    "yubei": "渝北区",
    "banan": "巴南区",
    "dadukou": "大渡口区",
    "fuling": "涪陵区",
    "wanzhou": "万州区",
    "qijiang": "綦江区",
}


def english_issuer(question: str) -> str | None:
    """The Chinese form of a bureau an English question names, or None:
    "Shapingba District Science and Technology Bureau" → "沙坪坝区科学技术局"."""
    text = question.lower()
    for english, chinese in sorted(BUREAUS_EN.items(), key=lambda kv: -len(kv[0])):
        at = text.find(english)
        if at < 0:
            continue
        before = [w.rstrip(",").removesuffix("'s") for w in text[:at].split()[-3:]]
        district = next((_DISTRICTS_EN[w] for w in before if w in _DISTRICTS_EN), None)
        return f"{district}{chinese}" if district else f"重庆市{chinese}"
    return None
