"""What holds whoever acts: a policy or rule in force, described, and a procedure anyone
follows — neither a promise nor a deed of the bureau's, whatever its tense markers.

    STANDING.match("按照现行政策，在岗乡村医生每人每月享受定额补助800元。")  # a match
"""

from __future__ import annotations

import re

from rag.answer.doers import WE as _WE

# A policy or rule in force, described ("按照现行政策，在岗乡村医生每人每月享受定额补助800元",
# "根据国家林草局规定，野猪猎捕须经批准"), not what the bureau did by it ("根据规定，我局已…").
STANDING = re.compile(
    r"^(?:按照|根据|依[照据])(?:现行的?(?:政策|规定|标准|办法)|[^，,。；;]{0,16}?(?:规定|政策)[，,]"
    r"(?![^。；;]*?(?:[我本已了共]|正在|截至|累计|20\d{2}年))"
    # …or what a document lays down ("按照《…技术规范》，当归种植须实行三年以上轮作"), not
    # the bureau's plan under it ("按照《实施方案》，将…")
    r"|(?:《[^》]{2,40}》|□{4,42})[，,](?=[^。；;]*?(?:须|必须|应当|不得))"  # (□: a title masked)
    r"(?![^。；;]*?(?:[我本已了共将拟]|正在|截至|累计|计划|力争|20\d{2}年))"
    # …or a rule, a requirement or a plan cited so, that forbids or requires ("按照省里的统一
    # 要求，渔船出海须…", "按照区物业管理办法，…由业主大会决定"; not "根据工作安排，…须配合",
    # nor a deed: "印发了通知，要求…须…")
    r"|[^，,。；;]{0,16}?(?:规定|要求|规划|条例|办法|标准|规范)[，,]"
    r"(?=[^。；;]*?(?:不得|禁止|严禁|须|应当|不予|由[^，,。；;]{1,12}?(?:决定|负责)))"
    r"(?![^。；;]*?(?:我|本[局委厅办]|已|了|(?<!公)共|正在|截至|累计|将|拟|计划|力争)))"
    # …or a procedure: what follows a case ("用户室温低于18℃的，可拨打…"), what anyone but the
    # bureau may do ("企业可通过园区环保平台申报…", not "目前我局可通过平台监控…"), unless the
    # bureau is what then acts ("对确有困难的，由我局协调解决")
    rf"|^(?:[^，,。；;]{{2,30}}?的[，,](?:可|须|应|按|由|不予|予以|一律)(?![^。；;]*?{_WE})"
    r"|(?:(?![我本])[^，,。；;]){1,12}?可以?(?:通过|向|凭|持|拨打|登录))"
    r"(?![^。；;]*?(?:已|了|(?<!公)共|正在|截至|累计|20\d{2}年))"
)
