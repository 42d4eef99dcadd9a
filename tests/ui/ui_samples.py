"""Citations and hostile strings shared by the UI tests."""

from __future__ import annotations

from rag.models import Citation

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
PASSAGE = (
    "(四)培育壮大科技服务业人才队伍。一是培育壮大科技服务人才队伍。"
    "结合我市科技工作实际,突出市场实绩评价,着重评价成果转化效益。二是健全科技服务人才评价激励机制。"
)
QUOTE = "突出市场实绩评价,着重评价成果转化效益"


def citation(**overrides: object) -> Citation:
    fields: dict[str, object] = {
        "letter_id": "abc",
        "source": "cq-kjj-0798.txt",
        "title": "重庆市科学技术局关于市政协六届二次会议第0798号提案答复的函",
        "issuer": "重庆市科学技术局",
        "doc_number": "渝科局函〔2024〕300号",
        "proposal_no": "0798",
        "section": "二、下一步工作重点 > (四)培育壮大科技服务业人才队伍",
        "text": PASSAGE,
        "quote": QUOTE,
        "date": "2024-05-23",
    }
    fields.update(overrides)
    return Citation(**fields)  # type: ignore[arg-type]
