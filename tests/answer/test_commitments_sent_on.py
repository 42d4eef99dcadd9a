"""Met on made_up/commit22: a suggestion the bureau sent on by letter before it replied ("5月，
我大队将…的建议函告县公路管理段") is a report — its 将 only moves the suggestion, as in "5月，我局
将…清单反馈…" — while one it will send on ("下一步，我大队将…函告…") is a promise.  Every
sentence here is made up."""

from __future__ import annotations

from rag.answer.commitments import kinds_of

ISSUER = "某某县公安局交通警察大队"


def test_a_suggestion_sent_on_by_letter_before_the_reply_is_an_action():
    sentence = "5月，我大队将镇中心完小门前增设减速带的建议函告县公路管理段。"
    assert kinds_of(sentence, (), 2025, "2025-09-10", ISSUER) == ("action",)


def test_one_it_will_send_on_is_a_commitment():
    sentence = "下一步，我大队将增设减速带的建议函告县公路管理段。"
    assert kinds_of(sentence, (), 2025, "2025-09-10", ISSUER) == ("commitment",)
