"""Hand labels for the commit8 letters.

Per letter: list of rows. A(i) = action for sentence i (index printed by
tools/split.py). C(i, due, partners) = commitment. A sentence that reports a done
clause and promises a future clause gets both A(i) and C(i, ...).
Sentences not listed are "neither" (frame, background, refusals, predictions,
recommendations to others, quoted wishes, contact lines, headings).
"""


def A(i):
    return (i, "action", None, [])


def C(i, due=None, partners=()):
    return (i, "commitment", due, list(partners))


LABELS = {
    "c8-01": [
        A(5),                       # 4月12日 site visit with the deputy
        A(8),
        A(9), C(9, "9月底前"),        # 已将其纳入 ... / 计划 ... 力争9月底前
        A(10),                      # 已经完成 / 正在开展
        C(12),                      # 向县农业农村局争取衔接资金 (funding source, no partner)
        C(13),                      # 指导枫林村 (guided, not partner)
        C(14, None, ["县供电公司"]),  # 协调县供电公司
        A(15),
        C(16),
    ],
    "c8-02": [
        A(5),
        A(6),                       # 极大地改善了 (qualitative result)
        A(8),
        A(9), C(9, "今年"),
        A(10), C(10, "10月底"),
        C(13, None, ["清河镇政府"]),  # 配合清河镇政府
        C(14, "“十五五”期间"),
        C(15, "今年下半年"),          # 按照省交通运输厅的统一部署 (guiding authority)
        A(16), C(16),               # 已向市交通运输局专题报告 / 将积极争取上级补助资金
    ],
    "c8-03": [
        A(13),                      # handling step under 一、办理工作开展情况
        A(14),
        A(15),
        A(18),
        A(20),
        C(22, "2025年3月底前"),
        C(23, "今年9月底前", ["县水务局"]),
        C(24),
    ],
    "c8-04": [
        A(5),
        A(6),
        A(7),                       # 区政府 (own government) added funds
        A(8),
        C(12, "今年下半年"),
        C(13, None, ["区民政局"]),
        C(14, None, ["区老年大学"]),
        C(16),                      # 向市卫生健康委争取 (source, not partner)
    ],
    "c8-05": [
        A(5),                       # dated phone call with the member
        A(8),
        C(9, "10月"),               # 预计10月可投入使用 (planned opening)
        C(11),                      # 适时 (vague)
        A(13),
        C(14, "年底前", ["区城管局", "区交警大队"]),
        C(15),                      # 推动医院 (target, not partner)
    ],
    "c8-06": [
        A(7),
        A(8),
        A(10),
        A(11),
        A(12),
        A(14),
        A(15),
        A(16),
        C(19, "今年"),
        C(20, "2025年"),
        C(22, None, ["各区城管部门"]),
        C(23),                      # 鼓励周边企业和社区居民 (targets)
        A(25), C(25),               # 市财政今年已安排 / 我局将积极争取
    ],
    "c8-07": [
        A(6),
        A(7),
        A(8),
        A(9),
        C(15, "今年汛期前"),          # numbered heading that is a concrete statement
        A(16),                      # past sentence inside 下步措施 section
        C(17),                      # numbered heading that is a concrete statement
        C(18, "8月底前"),
        C(19, "2025年", ["市排水公司"]),
        C(21, None, ["滨河街道办事处"]),  # imperative under 下步措施
        C(22),
    ],
    "c8-08": [
        A(5),
        A(6),
        A(7),
        A(8),
        A(9),
        A(10), C(10, "2025年6月底"),
        C(11, "三年内", ["区自然资源局", "区交通运输局"]),
        C(12),
        C(13, "今年下半年"),
        C(14),
    ],
    "c8-09": [
        A(8),
        A(9),
        A(10),
        A(12),
        A(13),
        C(14, "今年10月前"),
        C(15),                      # 待资金到位后 (not a due)
        C(16, None, ["龙潭镇人民政府"]),
    ],
    "c8-10": [
        A(7),
        A(9),
        A(10),
        A(12), C(12, "11月底前"),
        C(13),                      # 督促县公共交通公司 (target, not partner)
        C(14, None, ["县住建局", "白沙镇人民政府"]),
        C(15, "明年"),
        A(17),
        A(18),
    ],
    "c8-11": [
        A(5),
        A(6),
        A(8), C(8, "今年汛期前"),
        C(9),                       # 尽快 (vague)
        A(10),                      # 已通报 (+ recommendation, not a commitment)
        C(11, None, ["长岭镇人民政府"]),
        A(14),
        A(15),
        C(16, "今年"),
        C(17, "明年"),
    ],
    "c8-12": [
        A(4),
        A(6),
        A(7), C(7, "2024年秋季开学前"),
        C(8, "今年秋季"),
        A(9),
        C(10),                      # lead-in 我局将从以下几方面推进：
        A(12), C(12, "2025年上半年", ["区住建局"]),
        C(15, "今年秋季学期起"),
        A(16),
        C(18),                      # 适时 (vague)
    ],
    "c8-13": [
        A(15),
        A(16),
        A(17),
        A(18), C(18, "10月"),
        C(19, "2024年汛期前"),
        A(22),
        C(23),                      # 指导西畴镇 (target)
        A(24),
    ],
    "c8-14": [
        A(5),                       # dated face-to-face talk with the deputy
        A(8),
        A(9),
        A(10),
        A(11),                      # 经与区自然资源局对接 (communication took place)
        C(12, None, ["解放街道办事处"]),
        C(13, "国庆节前"),
        C(14),                      # conditional
        C(17),
    ],
    "c8-15": [
        A(10),
        A(11),
        A(13),
        A(14), C(14, "秋季开学前", ["市教育局"]),
        A(16),
        A(17),
        A(19),
        C(21),
        C(22, None, ["市城管局", "市公安局"]),
        C(23, "2025年底前"),
        C(24),                      # conditional enforcement
    ],
    "c8-16": [
        A(2),
        A(3),                       # 一是完善了基础设施。
        A(4),
        A(5),
        A(6),
        A(7),                       # 三是正在推进业态融合。
        A(8), C(8, "今年9月底前"),
        A(9),
        A(10),
        C(13),                      # lead-in 下一步,我县将继续加大投入...
        C(14, "明年"),
        C(15, None, ["市文化广电和旅游局"]),
        C(16),                      # 鼓励/引导 targets
        C(17, "三年内"),
    ],
}
