"""Hand labels for the commit7 letters.

Per letter: a list of rows in letter order. Each row is
    (sentence_index, kind, due, partners)
sentence_index refers to tools/split.py's numbering of the page text
(print it with `python3 tools/split.py letters/c7-XX.txt`).
kind: "A" = action, "C" = commitment. due/partners only on commitments.
A sentence that reports something done AND promises something gets two rows
(action first, then commitment), in the order of its clauses.
Every row is a hand decision; see README.md for the judgement calls.
"""


def A(i):
    return (i, "action", None, [])


def C(i, due=None, partners=()):
    return (i, "commitment", due, list(partners))


LABELS = {
    "c7-01.txt": [
        A(8),                                   # 5月12日…实地踏勘 (handling step)
        A(10), C(10, "明年3月"),                # 已列入…计划，将于明年3月开工
        A(11), C(11, "今年11月底前"),           # 正在进行，预计…完成
        A(14), C(14),                           # 已纳入项目库，一旦…将优先申报
        C(15, None, ["枫木镇人民政府"]),        # 将会同…
    ],
    "c7-02.txt": [
        A(6),
        A(7),
        A(8),                                   # 已列入《…规划》 (no future verb)
        A(9),
        C(10, "2021年雨季前"),                  # 待资金到位后…力争
        C(12),                                  # 将指导镇政府 (guided, not partner)
        C(13),
    ],
    "c7-03.txt": [
        A(9), A(10), A(12), A(13),
        C(16, "明年", ["省财政厅"]),
        C(18, "2025年底前"),
        C(19, None, ["省自然资源厅"]),          # refusal + promise in one sentence
        C(21, "今年年底前"),
    ],
    "c7-04.txt": [
        A(8), A(9), A(10), A(11),
        A(13), C(13, "今年10月底"),
        A(15), C(15, "2022年"),                 # 已纳入2022年…计划，待…后，将同步实施
        C(16, "明年上半年", ["市住房公积金管理中心"]),
        C(17),
    ],
    "c7-05.txt": [
        A(3),
        A(4), C(4, "9月底前"),
        A(6),
        C(8),                                   # 一是科学规划布点。
        C(9, "年内", ["市自然资源和规划局"]),
        C(10),                                  # 二是…
        A(11), C(11, "明年6月", ["市城投公司"]),
        C(13),                                  # 三是…
        C(14, None, ["市城管局", "市市场监管局"]),
        C(15),
    ],
    "c7-06.txt": [
        A(4),
        A(6), A(7), A(8),                       # ；-separated measures
        A(9), A(10),
        A(12), C(12, "明年"),
        C(13),                                  # 近期 → no due
        C(14, "6月底前"),
        C(15),
        C(16),
    ],
    "c7-07.txt": [
        A(4), A(5), A(6),
        A(7), C(7, "年底前"),
        C(8, "“十四五”期间", ["国家发展改革委"]),
        A(11),
        C(13, None, ["人力资源社会保障部"]),
        A(15),
        C(16, None, ["国家医保局"]),
    ],
    "c7-08.txt": [
        A(5), A(6), A(7), A(8),
        A(9), C(9),                             # 正在…，计划改造…，已完成…
        C(10, "2026年汛后"),
        C(11, None, ["县财政局"]),
        C(12),
        C(13),
    ],
    "c7-09.txt": [
        A(6), A(7), A(8), A(9), A(10),
        A(11), C(11, "2019年秋季"),
        A(12),
        A(13),                                  # 同时，我局持续实施… (ongoing)
        C(14, "明年"),
        C(15, "2020年底前", ["市自然资源和规划局"]),
        C(16, "明年秋季学期"),
    ],
    "c7-10.txt": [
        A(9), A(10),
        C(11, "8月底前"),
        A(13), C(13, "本月底前"),
        C(15),
        C(16, "年内", ["县农业农村局"]),
        C(17),
        C(18, None, ["县自然资源局"]),
    ],
    "c7-11.txt": [
        A(6),
        A(8),
        A(9),
        A(10),
        C(11, None, ["县运管所", "镇区客运企业"]),
        C(12),
        C(13, None, ["县交通局"]),
    ],
    "c7-12.txt": [
        A(4), A(5), A(6), A(7),                 # 7: 拟定为 = drafted, not 拟
        A(8), C(8, "2016年9月1日"),
        A(9), C(9, None, ["园区管委会"]),
        C(10, "年底前", ["市公交集团"]),
        C(11),                                  # refusal + promise
        C(12),
    ],
    "c7-13.txt": [
        A(10),
        A(11), C(11, "11月底前"),
        A(12), A(13),
        C(14, None, ["县财政局"]),
        A(15),                                  # heading that is itself a statement
        A(16),
        C(17, "2018年度"),
    ],
    "c7-14.txt": [
        A(8), A(9), A(10), A(11), A(12), A(13), A(14),
        A(15), C(15, "10月份", ["省农科院"]),
        C(16, "“十二五”末"),
        C(17, None, ["省人力资源和社会保障厅"]),
        C(18),                                  # refusal + 待…后再予以落实
    ],
}
