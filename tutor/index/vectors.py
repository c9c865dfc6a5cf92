"""Embedding a build's texts: vectors of text the previous build already embedded are reused, the rest go
to the model in batches sized to bound memory."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.index.layout import (
    CHUNKS_FILE,
    CONTEXTS_FILE,
    FAISS_FILE,
    TITLES_FILE,
    UNITS_FILE,
    read_chunks,
    read_manifest,
    shared_lock,
)

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.embedding import Embedder

EMBED_BATCH = 32
EMBED_CHARS = 6_000  # padded characters a batch; see _batches

Batch = list[tuple[str, str]]  # (text key, text)


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def embed_texts(embedder: Embedder, texts: list[str], index: Path, progress: bool) -> tuple[np.ndarray, int]:
    """Vectors for `texts` in order, and how many came from the previous build in `index` instead of the model."""
    import numpy as np

    keys = [text_key(t) for t in texts]
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    filled = _reuse_previous(index, embedder, keys, out)
    rows: dict[str, list[int]] = {}
    for i, (key, done) in enumerate(zip(keys, filled, strict=True)):
        if not done:
            rows.setdefault(key, []).append(i)
    todo = sorted(((k, texts[r[0]]) for k, r in rows.items()), key=lambda kv: len(kv[1]))
    if todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), desc="embedding", unit="text", delay=1.0, disable=not progress, file=sys.stderr)
        for batch in _batches(todo):
            for (key, _), vec in zip(batch, embedder.embed([t for _, t in batch]), strict=True):
                out[rows[key]] = vec
            bar.update(len(batch))
        bar.close()
    return out, int(filled.sum())


@shared_lock
def _reuse_previous(index: Path, embedder: Embedder, keys: list[str], out: np.ndarray) -> np.ndarray:
    """Copy into `out` the rows whose text the previous build (same model) already embedded; return which.

    The old vector files are memory-mapped and only the rows still wanted are copied, so a rebuild holds
    no second copy of the old index while it embeds the new text.
    """
    import faiss
    import numpy as np

    filled = np.zeros(len(keys), dtype=bool)
    try:
        manifest = read_manifest(index)
        if manifest.get("model") != {"id": embedder.model_id, "dim": embedder.dim}:
            return filled
        chunks = read_chunks(index / CHUNKS_FILE)
        search = faiss.read_index(str(index / FAISS_FILE))
        arrays = [
            search.reconstruct_n(0, search.ntotal),
            np.load(index / UNITS_FILE, mmap_mode="r"),
            np.load(index / CONTEXTS_FILE, mmap_mode="r"),
            np.load(index / TITLES_FILE, mmap_mode="r"),
        ]
    except Exception:  # noqa: BLE001 - a broken old index only means nothing to reuse
        return filled
    texts = [
        [c.indexed_text for c in chunks],
        [c.unit_text(u) for c in chunks for u in c.units],
        [c.context for c in chunks],
        [c.section for c in chunks],
    ]
    if any(len(t) != len(a) or a.shape[1:] != (embedder.dim,) for t, a in zip(texts, arrays, strict=True)):
        return filled
    where = {text_key(t): (n, row) for n, group in enumerate(texts) for row, t in enumerate(group)}
    for i, key in enumerate(keys):
        if key in where:
            n, row = where[key]
            out[i] = arrays[n][row]
            filled[i] = True
    return filled


def _batches(todo: Batch) -> list[Batch]:
    """Length-sorted texts in groups of at most EMBED_BATCH texts and EMBED_CHARS padded characters.

    A batch is padded to its longest text, so long passages go in small groups: that bounds the memory a
    batch of 256-token passages takes without slowing the short sentences down.
    """
    batches: list[Batch] = []
    batch: Batch = []
    for item in todo:
        if batch and (len(batch) >= EMBED_BATCH or (len(batch) + 1) * len(item[1]) > EMBED_CHARS):
            batches.append(batch)
            batch = []
        batch.append(item)
    if batch:
        batches.append(batch)
    return batches
