"""Building the index: read and chunk the knowledge, embed it (reusing the previous build's vectors), make the
dense and BM25 searches and the vocabulary, and write it all through the one writer of `layout`."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor import __version__
from tutor.english.text import STOPWORDS, acronyms, content_terms, stem, words
from tutor.errors import KnowledgeError
from tutor.index.layout import (
    BM25_DIR,
    CHUNKS_FILE,
    CONTEXTS_FILE,
    FAISS_FILE,
    FORMAT_VERSION,
    TEXTS_FILE,
    TITLES_FILE,
    UNITS_FILE,
    VOCAB_FILE,
    check_replaceable,
    knowledge_hashes,
    new_index,
    recover,
    write_chunks,
    write_manifest,
)
from tutor.index.vectors import embed_texts
from tutor.ingest.chunking import ChunkerSettings, chunk_documents
from tutor.ingest.reading import read_knowledge
from tutor.records import Chunk, Document, TextInfo

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.embedding import Embedder

# Exact search up to this many chunks. Measured (tests/bench/search_scaling.py, 2 busy cores): exact and HNSW
# both take ~0.25 ms a question up to 8,000 chunks; from ~10,000 faiss runs exact search on several threads,
# which on a busy machine costs 15-45 ms a question, while HNSW stays under 0.5 ms.
EXACT_SEARCH_LIMIT = 8_000
HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 64
RECALL_TARGET = 0.95  # recall@10 of HNSW against exact search, checked on every build that uses it
RECALL_PROBES = 200
RECALL_DEPTH = 10  # the k of that recall@k
MAX_EF_SEARCH = 8 * HNSW_EF_SEARCH  # efSearch doubles up to this while the recall falls short


@dataclass(frozen=True)
class _Vectors:
    """A build's embeddings, one row per chunk except `units` (one per sentence, in chunk order)."""

    chunks: np.ndarray
    units: np.ndarray
    contexts: np.ndarray
    titles: np.ndarray
    new: int  # texts the model embedded
    reused: int  # texts whose vectors came from the previous build


def build_index(
    knowledge: Path,
    index: Path,
    embedder: Embedder,
    settings: ChunkerSettings = ChunkerSettings(),
    progress: bool = True,
) -> dict[str, Any]:
    """Read, chunk, embed (reusing vectors of unchanged text) and write the index atomically."""
    import faiss
    import numpy as np

    started = time.perf_counter()
    check_replaceable(index)
    recover(index)
    hashes, docs, chunks = _read(knowledge, settings)
    vectors = _embed(embedder, chunks, index, progress)
    search, search_info = _faiss_index(vectors.chunks, vectors.units)
    bm25, vocab = _lexical(chunks, docs)
    with new_index(index) as folder:
        faiss.write_index(search, str(folder / FAISS_FILE))
        np.save(folder / UNITS_FILE, vectors.units)
        np.save(folder / CONTEXTS_FILE, vectors.contexts)
        np.save(folder / TITLES_FILE, vectors.titles)
        write_chunks(folder / CHUNKS_FILE, chunks)
        (folder / VOCAB_FILE).write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
        texts = [TextInfo(d.source, d.title, d.meta).to_dict() for d in docs]
        (folder / TEXTS_FILE).write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        bm25.save(str(folder / BM25_DIR), show_progress=False)
        return write_manifest(
            folder,
            {
                "format_version": FORMAT_VERSION,
                "tutor_version": __version__,
                "model": {"id": embedder.model_id, "dim": embedder.dim},
                "chunker": settings.to_dict(),
                "search": search_info,
                "knowledge": hashes,
                "counts": {"documents": len(docs), "chunks": len(chunks), "sentences": len(vectors.units)},
                "embedded": {"new": vectors.new, "reused": vectors.reused},
                "build_seconds": round(time.perf_counter() - started, 3),
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            },
        )


def _read(knowledge: Path, settings: ChunkerSettings) -> tuple[dict[str, str], list[Document], list[Chunk]]:
    """The knowledge's file hashes, documents and chunks, refused if a file changed while it was read."""
    hashes = knowledge_hashes(knowledge)
    docs = read_knowledge(knowledge)
    if knowledge_hashes(knowledge) != hashes:
        raise KnowledgeError(f"files in {knowledge} changed while they were read; run the build again")
    chunks = chunk_documents(docs, settings)
    if not chunks:
        raise KnowledgeError(f"{knowledge} has no text to index")
    return hashes, docs, chunks


def _embed(embedder: Embedder, chunks: list[Chunk], index: Path, progress: bool) -> _Vectors:
    """Every text the index searches, embedded once: chunks, their sentences, and each heading."""
    import numpy as np

    unit_texts = [c.unit_text(u) for c in chunks for u in c.units]
    headings = sorted({c.context for c in chunks} | {c.section for c in chunks})
    texts = [c.indexed_text for c in chunks] + unit_texts + headings
    vectors, reused = embed_texts(embedder, texts, index, progress)
    n, units = len(chunks), len(unit_texts)
    heading_rows = {h: vectors[n + units + i] for i, h in enumerate(headings)}
    return _Vectors(
        chunks=vectors[:n],
        units=vectors[n : n + units],
        contexts=np.stack([heading_rows[c.context] for c in chunks]),
        titles=np.stack([heading_rows[c.section] for c in chunks]),
        new=len(texts) - reused,
        reused=reused,
    )


def _lexical(chunks: list[Chunk], docs: list[Document]) -> tuple[Any, dict[str, Any]]:
    """The BM25 index over the chunks, and the vocabulary: document frequencies, common forms, acronyms."""
    import bm25s

    chunk_texts = [c.indexed_text for c in chunks]
    tokens = [content_terms(t) or ["_"] for t in chunk_texts]
    bm25 = bm25s.BM25()
    bm25.index(tokens, show_progress=False)
    doc_freq = Counter(term for toks in tokens for term in set(toks))
    forms = Counter(w for t in chunk_texts for w in words(t) if w not in STOPWORDS)
    surface: dict[str, str] = {}
    for form, _ in forms.most_common():
        surface.setdefault(stem(form), form)
    defined: dict[str, str] = {}
    for doc in docs:
        for short, long in acronyms(doc.text).items():
            defined.setdefault(short, long)
    return bm25, {"df": doc_freq, "surface": surface, "acronyms": defined}


def _faiss_index(vectors: np.ndarray, probes: np.ndarray) -> tuple[Any, dict[str, Any]]:
    """Exact search up to EXACT_SEARCH_LIMIT chunks, HNSW above it, kept only if its recall@10 holds up.

    The recall is measured on `probes` (sentence vectors: what questions look like) against exact search,
    and efSearch doubles until the recall reaches RECALL_TARGET; it is recorded in the manifest.
    """
    import faiss
    import numpy as np

    dim = vectors.shape[1]
    flat = faiss.IndexFlatIP(dim)
    flat.add(vectors)
    if len(vectors) <= EXACT_SEARCH_LIMIT:
        return flat, {"kind": "flat-ip"}
    hnsw = faiss.IndexHNSWFlat(dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
    hnsw.add(vectors)
    step = max(1, len(probes) // RECALL_PROBES)
    queries = np.ascontiguousarray(probes[::step][:RECALL_PROBES])
    _, truth = flat.search(queries, RECALL_DEPTH)
    ef, recall = HNSW_EF_SEARCH, 0.0
    while True:
        hnsw.hnsw.efSearch = ef
        _, found = hnsw.search(queries, RECALL_DEPTH)
        hits = [len(set(t) & set(f)) / RECALL_DEPTH for t, f in zip(truth, found, strict=True)]
        recall = float(np.mean(hits))
        if recall >= RECALL_TARGET or ef >= MAX_EF_SEARCH:
            break
        ef *= 2
    info = {"kind": "hnsw", "m": HNSW_M, "ef_search": ef, "recall_at_10": round(recall, 4), "probes": len(queries)}
    if recall < RECALL_TARGET:  # never trade answers for speed: keep exact search, and say why
        return flat, {"kind": "flat-ip", "hnsw_rejected": info}
    return hnsw, info
