"""Deterministic synthetic reply letters (答复函) for benchmarks: NOT real documents.

    letters = synth_letters(200, seed=20240523)      # same seed → same letters, byte for byte
    paths = write_letters(folder, 200)               # synthetic-bench-00000.txt …

Every letter imitates the genre of the reference letter (title, salutation, an opening
citing 第NNNN号, `一、` › `(一)` › `一是…` structure, closing, signature, date) from
word banks, and says in its own text that it is synthetic, so a generated letter can
never be mistaken for, or quoted as, a real one. Issuers, names, numbers and figures are
invented. The benchmark needs realistic *shape* (lengths, headings, vocabulary spread for
BM25), not realistic content.

Each letter comes from its own `random.Random(seed, index)` stream, so letter 17 is the
same whether 20 or 20,000 letters are generated: the 200 ingest letters are a prefix of
the 1,000-letter corpus.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

DEFAULT_SEED = 20240523
SYNTHETIC_NOTE = (
    "(本函为性能基准自动生成的合成样例(synthetic),机构、人名、编号和数据均为虚构,非真实公文。)"
)
FILE_PREFIX = "synthetic-bench-"

# Invented cities: every issuer is "<city><bureau>", so no real bureau is impersonated.
_CITIES = ("云岭市", "澜江市", "青川市", "望山市", "临溪市", "东陵市", "北湖市", "南屏市")
_SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕"
_GIVEN = "晓伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩然欣怡子涵"
_NUMERALS = "一二三四五六七八九十"
_SESSIONS = (  # (CPPCC session, People's Congress session, year of the reply)
    ("市政协五届五次会议", "市五届人大五次会议", 2022),
    ("市政协六届一次会议", "市六届人大一次会议", 2023),
    ("市政协六届二次会议", "市六届人大二次会议", 2024),
    ("市政协六届三次会议", "市六届人大三次会议", 2025),
)

# Word banks are whitespace-separated strings: one line per bank reads better than a
# formatter-exploded tuple of words.
_VERBS = "加快 推动 健全 完善 深化 强化 优化 实施 落实 支持 引导 探索 提升 扩大 规范 统筹 培育 加强".split()
_RESULTS = (
    "取得阶段性成效 形成了一批可复制可推广的经验 群众满意度持续提升 "
    "有关工作走在全市前列 相关指标明显改善 为下一步工作打下了坚实基础"
).split()
_CLOSINGS = (
    "此答复函已经{signer}局长审签。对以上答复你们有什么意见,请填写在回执上寄给我们,以便进一步改进工作。",
    "感谢您对{field}工作的关心和支持,欢迎继续提出宝贵意见和建议。特此函复。",
    "再次感谢您对我们工作的关心和支持。专此答复。",
)


@dataclass(frozen=True)
class _Topic:
    field: str  # the policy field, e.g. "科技服务业"
    bureau: str
    co_handlers: tuple[str, ...]
    objects: tuple[str, ...]  # things a bureau does something to
    metrics: tuple[str, ...]  # things a bureau counts


def _topic(field: str, bureau: str, co_handlers: str, objects: str, metrics: str) -> _Topic:
    words = str.split
    return _Topic(
        field, bureau, tuple(words(co_handlers)), tuple(words(objects)), tuple(words(metrics))
    )


_TOPICS = (
    _topic(
        "科技服务业",
        "科学技术局",
        "人力社保局 经济信息委 财政局",
        "科技服务平台 技术转移机构 科技成果转化 技术经纪人队伍 孵化载体 知识产权服务 "
        "检验检测认证服务 科技金融服务 产学研合作 人才评价机制",
        "技术合同交易额 科技型企业数量 孵化载体面积 技术经纪人数量",
    ),
    _topic(
        "养老服务",
        "民政局",
        "卫生健康委 医保局 财政局",
        "社区养老服务设施 居家养老上门服务 医养结合机构 养老护理员培训 老年助餐服务 "
        "适老化改造 长期护理保险试点 农村互助养老",
        "养老机构床位数 社区养老服务站数量 老年助餐点数量 护理员持证人数",
    ),
    _topic(
        "义务教育",
        "教育委员会",
        "财政局 人力社保局 规划自然资源局",
        "学位供给 教师队伍建设 课后服务 集团化办学 校园安全管理 乡村学校建设 心理健康教育 智慧校园",
        "新增学位数 课后服务覆盖率 集团化办学覆盖学校数 交流轮岗教师人数",
    ),
    _topic(
        "城市交通",
        "交通局",
        "公安局 住房城乡建委 城市管理局",
        "公交线路网络 轨道交通接驳 停车设施供给 慢行交通系统 交通拥堵治理 定制公交服务 "
        "公交专用道 智慧交通管理",
        "公交站点覆盖率 新增停车位数量 公交专用道里程 轨道接驳线路数量",
    ),
    _topic(
        "生态环境保护",
        "生态环境局",
        "水利局 农业农村委 住房城乡建委",
        "次级河流治理 大气污染防治 固体废物处置 污水管网建设 生态修复 环境执法监管 "
        "排污许可管理 农村面源污染治理",
        "优良天数比例 水质达标断面比例 污水集中处理率 固废综合利用率",
    ),
    _topic(
        "中小企业发展",
        "经济和信息化委员会",
        "财政局 金融监管局 市场监管局",
        "中小企业数字化转型 专精特新企业培育 融资担保服务 企业减负政策 产业链协同 "
        "工业互联网平台 首贷续贷服务 营商环境",
        "专精特新企业数量 新增贷款规模 上云企业数量 减税降费金额",
    ),
    _topic(
        "医疗卫生",
        "卫生健康委员会",
        "医保局 人力社保局 财政局",
        "基层医疗卫生人才 家庭医生签约服务 医联体建设 公共卫生应急体系 中医药服务 分级诊疗 "
        "县域医共体 村医队伍",
        "家庭医生签约率 基层诊疗量占比 每千人口执业医师数 医联体覆盖率",
    ),
    _topic(
        "乡村振兴",
        "农业农村委员会",
        "商务委 交通局 供销合作社",
        "农产品冷链物流 农村电商 高标准农田建设 特色产业发展 农村人居环境整治 "
        "新型农业经营主体 农业社会化服务 乡村人才振兴",
        "冷链库容 农村网络零售额 高标准农田面积 农村居民人均可支配收入",
    ),
    _topic(
        "住房保障",
        "住房和城乡建设委员会",
        "规划自然资源局 财政局 城市管理局",
        "既有住宅增设电梯 老旧小区改造 保障性租赁住房 物业服务管理 城市更新 住房公积金服务 "
        "完整社区建设 建筑节能改造",
        "增设电梯数量 改造小区数量 筹集保障性租赁住房套数 惠及居民户数",
    ),
    _topic(
        "就业创业",
        "人力资源和社会保障局",
        "教育委员会 财政局 团委",
        "高校毕业生就业 职业技能培训 创业担保贷款 零工市场建设 技能人才评价 劳动权益保障 "
        "返乡创业 公共就业服务",
        "城镇新增就业人数 职业技能培训人次 创业担保贷款发放额 技能人才数量",
    ),
)


@dataclass(frozen=True)
class SynthLetter:
    """One generated letter: its text and the structure it was written with (for tests)."""

    index: int
    file_name: str
    title: str
    issuer: str
    kind: str  # "提案" or "建议"
    session: str
    proposal_no: str  # as written, e.g. "0412"
    proposers: tuple[str, ...]
    proposal_title: str
    date_signed: str  # ISO date
    sections: tuple[tuple[tuple[str, ...], str], ...]  # (heading path, text) in order
    text: str


def synth_letter(index: int, seed: int = DEFAULT_SEED) -> SynthLetter:
    """Letter number `index` of the corpus generated from `seed`."""
    # An int seed per letter (not hash()) keeps the stream identical across processes.
    rng = random.Random(seed * 1_000_003 + index)
    topic = rng.choice(_TOPICS)
    city = rng.choice(_CITIES)
    issuer = f"{city}{topic.bureau}"
    cppcc, congress, year = rng.choice(_SESSIONS)
    is_proposal = rng.random() < 0.7
    kind = "提案" if is_proposal else "建议"
    session = cppcc if is_proposal else congress
    number = rng.randint(1, 999)
    proposal_no = f"{number:04d}" if is_proposal else str(number)
    proposers = tuple(_name(rng) for _ in range(1 if rng.random() < 0.8 else 2))
    focus = rng.sample(topic.objects, 2)
    proposal_title = f"关于{_verb(rng)}{focus[0]} {_verb(rng)}{focus[1]}的{kind}"
    title = f"{issuer}关于{session}第{proposal_no}号{kind}答复的函"
    role = "委员" if is_proposal else "代表"
    salutation = (
        f"{'、'.join(proposers)}{role}:" if is_proposal else f"尊敬的{'、'.join(proposers)}{role}:"
    )
    cited = f"(第{proposal_no}号)" if is_proposal else f"(第{proposal_no}号建议)"
    co = "、".join(city + c for c in rng.sample(topic.co_handlers, 2))
    opening = f"您提出的《{proposal_title}》{cited}收悉,经与{co}等协办单位共同研究办理,现答复如下。"

    sections: list[tuple[tuple[str, ...], str]] = []
    done = "一、工作开展情况"
    sections.append(((done,), _paragraph(rng, topic, year, sentences=2)))
    for n in range(rng.randint(2, 4)):
        heading = f"({_NUMERALS[n]}){_verb(rng)}{rng.choice(topic.objects)}。"
        sections.append(
            ((done, heading), heading + _paragraph(rng, topic, year, rng.randint(2, 4)))
        )
    plan = "二、下一步工作重点"
    intro = f"下一步,我们将充分吸纳您的建议,聚焦{topic.field}领域的堵点难点问题,重点做好以下工作。"
    sections.append(((plan,), intro))
    for n in range(rng.randint(2, 4)):
        heading = f"({_NUMERALS[n]}){_verb(rng)}{rng.choice(topic.objects)}。"
        items = "".join(
            f"{_NUMERALS[i]}是{_verb(rng)}{rng.choice(topic.objects)}。{_sentence(rng, topic, year)}"
            for i in range(rng.randint(2, 4))
        )
        sections.append(((plan, heading), heading + items))

    signer = _name(rng)[0] + rng.choice(_GIVEN)
    closing = rng.choice(_CLOSINGS).format(signer=signer, field=topic.field)
    month, day = rng.randint(4, 9), rng.randint(1, 28)
    date_cn = f"{year}年{month}月{day}日"
    # The note sits under the title, where letterheads put their lines: the parser keeps it
    # in the body (so every chunk list contains it) without mistaking it for the date line.
    lines = [title, "", SYNTHETIC_NOTE, "", salutation, "", opening, ""]
    top = None
    for path, text in sections:
        if path[0] != top:  # a top-level heading goes on its own line before its first text
            top = path[0]
            lines += [top, ""]
        lines += [text, ""]
    lines += [closing, "", issuer, "", date_cn, ""]
    return SynthLetter(
        index=index,
        file_name=f"{FILE_PREFIX}{index:05d}.txt",
        title=title,
        issuer=issuer,
        kind=kind,
        session=session,
        proposal_no=proposal_no,
        proposers=proposers,
        proposal_title=proposal_title,
        date_signed=f"{year}-{month:02d}-{day:02d}",
        sections=tuple(sections),
        text="\n".join(lines),
    )


def synth_letters(n: int, seed: int = DEFAULT_SEED, start: int = 0) -> list[SynthLetter]:
    return [synth_letter(i, seed) for i in range(start, start + n)]


def write_letters(folder: Path, n: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write `n` letters as UTF-8 .txt files into `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for letter in synth_letters(n, seed):
        path = folder / letter.file_name
        path.write_text(letter.text, encoding="utf-8")
        paths.append(path)
    return paths


# -- word-bank helpers ----------------------------------------------------------------------


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def _verb(rng: random.Random) -> str:
    return rng.choice(_VERBS)


def _sentence(rng: random.Random, topic: _Topic, year: int) -> str:
    a, b = rng.sample(topic.objects, 2)
    shape = rng.randrange(4)
    if shape == 0:
        metric = rng.choice(topic.metrics)
        return f"{year - 1}年,全市{metric}同比增长{rng.randint(3, 60)}.{rng.randint(0, 9)}%,{rng.choice(_RESULTS)}。"
    if shape == 1:
        return f"{_verb(rng)}{a}与{b}协同联动,建立常态化沟通机制,{rng.choice(_RESULTS)}。"
    if shape == 2:
        return f"累计建成{a}相关项目{rng.randint(5, 300)}个,覆盖{rng.randint(10, 40)}个区县,惠及群众{rng.randint(1, 90)}万人次。"
    return f"围绕{a},{_verb(rng)}政策供给,{_verb(rng)}{b},切实解决群众急难愁盼问题。"


def _paragraph(rng: random.Random, topic: _Topic, year: int, sentences: int) -> str:
    return "".join(_sentence(rng, topic, year) for _ in range(sentences))
