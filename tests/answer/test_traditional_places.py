"""A letter printed in traditional characters is from the place its issuer names, read in
simplified characters, so an English question spelling it in pinyin finds it ("Gutian" is
古田縣農業局's 古田县)."""

from __future__ import annotations

from rag.answer.catalog import Catalog
from rag.answer.issuers import letter_places


def test_a_traditional_issuers_place_is_read_in_simplified_characters():
    record = {
        "letter_id": "x",
        "issuer": "古田縣農業局",
        "title": "古田縣農業局關於第45號提案的答復",
    }
    assert letter_places(record) == {"古田县"}
    assert "古田" in Catalog([record]).known_places
