"""Scale behaviour of the index: incremental rebuilds, no re-embedding on load, approximate search when large."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tests.bench.corpus import write_corpus
from tutor.index import build, vectors
from tutor.index.build import build_index
from tutor.index.load import load_index, open_index
from tutor.index.retrieval import Retriever
from tutor.ingest.chunking import chunk_documents
from tutor.ingest.reading import read_knowledge


def file_texts(knowledge: Path, name: str) -> set[str]:
    """Every text the build embeds for one file: its passages and its sentences."""
    chunks = [c for c in chunk_documents(read_knowledge(knowledge)) if c.source.endswith(name)]
    return {c.indexed_text for c in chunks} | {c.unit_text(u) for c in chunks for u in c.units}


class Recording:
    """Wraps an embedder and keeps every text it was asked to embed."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner, self.model_id, self.dim = inner, inner.model_id, inner.dim
        self.seen: list[str] = []

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        self.seen.extend(texts)
        return self.inner.embed(texts)


@pytest.fixture
def corpus(tmp_path: Path, knowledge: Path) -> Path:
    folder = tmp_path / "many"
    write_corpus(folder, 60, knowledge)
    return folder


def test_rebuild_after_editing_one_file_embeds_only_that_files_new_text(corpus: Path, tmp_path, fake_embedder):
    index = tmp_path / "index"
    build_index(corpus, index, fake_embedder, progress=False)
    edited = sorted(corpus.glob("*.md"))[1]
    before = file_texts(corpus, edited.name)
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace("In case", "In example", 2) + "\nOne more sentence for this file.\n", "utf-8")
    after = file_texts(corpus, edited.name)

    recording = Recording(fake_embedder)
    manifest = build_index(corpus, index, recording, progress=False)

    assert recording.seen, "the edited file's new sentences must be embedded"
    assert set(recording.seen) <= after - before
    assert len(recording.seen) == len(set(recording.seen)) == manifest["embedded"]["new"]


def test_opening_a_current_index_embeds_nothing(corpus: Path, tmp_path, fake_embedder):
    index = tmp_path / "index"
    build_index(corpus, index, fake_embedder, progress=False)
    recording = Recording(fake_embedder)
    opened = open_index(corpus, index, recording, rebuild=True, notify=pytest.fail, progress=False)
    assert recording.seen == []
    assert len(opened.chunks) == 60


def test_above_the_exact_search_limit_the_index_is_hnsw_with_measured_recall(
    corpus: Path, tmp_path, fake_embedder, monkeypatch
):
    monkeypatch.setattr(build, "EXACT_SEARCH_LIMIT", 20)
    index = tmp_path / "index"
    manifest = build_index(corpus, index, fake_embedder, progress=False)

    search = manifest["search"]
    assert search["kind"] == "hnsw"
    assert search["recall_at_10"] >= build.RECALL_TARGET
    assert json.loads((index / "manifest.json").read_text())["search"] == search
    loaded = load_index(index)
    assert type(loaded.faiss).__name__ == "IndexHNSWFlat"
    assert loaded.faiss.hnsw.efSearch == search["ef_search"]

    # the approximate index finds the passage a sentence comes from, as exact search does
    chunk = loaded.chunks[17]
    vector = fake_embedder.embed([chunk.indexed_text])[0]
    hits = Retriever(loaded, "dense").search(vector, [], k=3)
    assert hits[0].chunk == 17


def test_at_or_below_the_limit_search_is_exact(corpus: Path, tmp_path, fake_embedder, monkeypatch):
    monkeypatch.setattr(build, "EXACT_SEARCH_LIMIT", 60)
    manifest = build_index(corpus, tmp_path / "index", fake_embedder, progress=False)
    assert manifest["search"] == {"kind": "flat-ip"}
    assert type(load_index(tmp_path / "index").faiss).__name__ == "IndexFlatIP"


def test_hnsw_that_misses_the_recall_target_is_not_used(corpus: Path, tmp_path, fake_embedder, monkeypatch):
    monkeypatch.setattr(build, "EXACT_SEARCH_LIMIT", 20)
    monkeypatch.setattr(build, "RECALL_TARGET", 1.01)  # unreachable
    manifest = build_index(corpus, tmp_path / "index", fake_embedder, progress=False)
    assert manifest["search"]["kind"] == "flat-ip"
    assert manifest["search"]["hnsw_rejected"]["recall_at_10"] <= 1.0
    assert type(load_index(tmp_path / "index").faiss).__name__ == "IndexFlatIP"


def test_generated_corpus_is_deterministic_and_has_the_asked_size(tmp_path: Path, knowledge: Path):
    a, b = tmp_path / "a", tmp_path / "b"
    assert write_corpus(a, 45, knowledge) == write_corpus(b, 45, knowledge) == 3
    assert [p.read_bytes() for p in sorted(a.iterdir())] == [p.read_bytes() for p in sorted(b.iterdir())]
    chunks = chunk_documents(read_knowledge(a))
    assert len(chunks) == 45
    sentences = [c.unit_text(u) for c in chunks for u in c.units]
    assert len(set(sentences)) == len(sentences)


def test_build_sends_long_passages_in_small_batches(corpus: Path, tmp_path, fake_embedder):
    calls: list[list[str]] = []

    class Calls:
        model_id, dim = fake_embedder.model_id, fake_embedder.dim

        def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
            calls.append(texts)
            return fake_embedder.embed(texts)

    build_index(corpus, tmp_path / "index", Calls(), progress=False)
    assert sum(len(c) for c in calls) > vectors.EMBED_BATCH * 3
    for texts in calls:
        assert len(texts) <= vectors.EMBED_BATCH
        assert len(texts) == 1 or len(texts) * max(map(len, texts)) <= vectors.EMBED_CHARS
    assert any(len(c) == vectors.EMBED_BATCH for c in calls)  # short sentences still go many at a time
    assert any(len(c) < vectors.EMBED_BATCH // 2 for c in calls[:-1])  # long passages go a few at a time
