"""A page's furniture, which is never letter text: the site's name, breadcrumbs labelled or
not (`您现在的位置：…`, `首页 >> …`, `某某区人民政府 > 政务公开 > 提案答复`), the QR-code prompt, print and share buttons, alone or
run into a line's end, links to the next letter, the site's registration numbers and
footer (`版权所有`, `主办单位：…　地址：…`), a disclosure note (`注：“主动公开”。`), table
rules, a printed page's number (`— 2 —`), an HTML comment, the site's login box, and a
file's front matter.

    is_furniture("【打印本页】【关闭窗口】")           # True
    without_toolbar("关于…的答复 【字体：大 中 小】")   # "关于…的答复"
"""

from __future__ import annotations

import re

# A page's toolbar buttons, the longer first (`打印本页` before `打印`).
_BUTTONS = "打印本页|关闭窗口|打印|关闭|收藏|返回顶部|分享到[:：]?"
# Page chrome that is never letter text.
_FURNITURE = re.compile(
    r"""^(?:
        (?:[您你](?:当前|现在|目前)?(?:所在|所处)?的?|(?:当前|现在|目前|所在)的?)位置
        \s*[:：].*                                           # breadcrumb: 您现在的位置：…
      | 扫一扫在?手机上?(?:打开|查看|浏览|阅读)当前页面?
      | [\u4e00-\u9fff]{2,30}(?:门户网站|网站|门户网|政府网|政务网)  # the site's name, alone
      | (?:(?:【[^】]{1,10}】|(?:[\[【]\s*)?(?:"""  # 【打印本页】【关闭窗口】, 打印 关闭
    + _BUTTONS
    + r""")(?:\s*[\]】])?)\s*)++
      | \|?[\s:|-]*-{3,}[\s:|-]*\|?                      # a copied table's rule row
      | [上下]一篇\s*[:：].*                                # links to the next letters
      | [(（]\s*此页无正文\s*[)）]                           # the printed form's note
      | [—－-]\s*\d{1,3}\s*[—－-]                              # a printed page's number: — 2 —
      | <!--.*?-->                                         # a copied page's HTML comment
      | (?:账号|手机|邮箱|用户名)\s*[+＋]?\s*(?:密码|验证码)\s*登录   # the site's login box
      | (?:立即|新用户|免费|快速)注册|还?没有账号[？?]?|(?:用户|会员)?登录\s*[|｜]\s*注册
      | 今天是\s*[:：].*                                      # the banner's date line
      | (?:(?:无障碍(?:浏览|阅读)?|长者模式|关怀版|适老化(?:模式)?|简体|繁體|繁体)\s*)+  # its modes
      | .*(?:ICP[备证]|公网安备)\s*\d{5,}.*                  # the site's registration numbers
      | [^，,。；;]{0,40}版权所有(?![人者权])[^，,。；;]*     # the footer: 某某县人民政府版权所有
      | 主办单位\s*[:：][^，,。；;]*(?:联系方式|网站地址|地址)\s*[:：][^，,。；;]*  # the host
      | 注\s*[:：]\s*[“"]?(?:主动|依申请|不予)?公开[”"]?[。.]?    # the page's disclosure note
      | (?:网站)?首页\s*(?P<sep>[>＞»/／→]{1,2})                 # a breadcrumb, unlabelled,
        (?:[^>＞»/／→]{1,24}(?P=sep))*+[^>＞»/／→]{1,24}        # one separator throughout
      | [^>＞»，,。；;:：\d]{1,30}?(?:政府|网站?|门户)\s+(?P<arrow>[>＞»]{1,2})  # …from a site:
        (?:[^>＞»，,。；;:：\d]{1,24}(?P=arrow))++[^>＞»，,。；;:：\d]{1,24}  # 某某区人民政府 > 政务公开 > …
      | [^>＞»，,。；;:：\d]{1,30}?\s+(?:网站)?首页\s*(?P<home>[>＞»]{1,2})  # (a site's name, then
        (?:[^>＞»，,。；;:：\d]{1,24}(?P=home))*+[^>＞»，,。；;:：\d]{1,24}  # 首页 > …)
    )$""",
    re.VERBOSE,
)
# The page's toolbar run into the end of a line of text (`关于…的答复 【字体：大 中 小】`).
_TOOLBAR_TAIL = re.compile(
    rf"(?:\s*[\[【]\s*(?:字\s*[体号]\s*[:：][^\]】]{{0,12}}|{_BUTTONS})"
    r"\s*[\]】])+\s*$"
)
# `source_url: …` / `completeness: …` closed by `---`: a file's front matter.
_FRONT_MATTER_KEY = re.compile(r"^[A-Za-z_][\w-]*\s*:")
_FRONT_MATTER_END = "---"
_FRONT_MATTER_MAX = 20


def is_furniture(line: str) -> bool:
    return bool(_FURNITURE.match(line))


def without_toolbar(line: str) -> str:
    """`line` without the page's toolbar buttons run into its end."""
    return _TOOLBAR_TAIL.sub("", line) or line


def strip_front_matter(lines: list[str]) -> list[str]:
    """`lines` without a file's front matter: `key: value` lines closed by `---` at the
    top (opened by `---` too, in the YAML style), which describe the file, not the letter."""
    start = 1 if lines and lines[0].strip() == _FRONT_MATTER_END else 0
    for i in range(start, min(len(lines), _FRONT_MATTER_MAX)):
        line = lines[i].strip()
        if line == _FRONT_MATTER_END and i > start:
            return lines[i + 1 :]
        if not _FRONT_MATTER_KEY.match(line):
            break
    return lines
