"""Opening the index: check that it is current and whole, load it, or rebuild it with a one-line notice."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tutor.errors import IndexStateError
from tutor.index.build import build_index
from tutor.index.layout import (
    BM25_DIR,
    CHUNKS_FILE,
    CONTEXTS_FILE,
    FAISS_FILE,
    FORMAT_VERSION,
    INDEX_FILES,
    MANIFEST,
    TEXTS_FILE,
    TITLES_FILE,
    UNITS_FILE,
    VOCAB_FILE,
    knowledge_hashes,
    read_chunks,
    read_manifest,
    recover,
    sha256_file,
    shared_lock,
)
from tutor.ingest.chunking import ChunkerSettings
from tutor.records import Chunk, TextInfo

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.embedding import Embedder

Notify = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@dataclass
class KnowledgeIndex:
    """A loaded index: what retrieval and answering read."""

    folder: Path
    manifest: dict[str, Any]
    chunks: list[Chunk]
    faiss: Any
    unit_vectors: np.ndarray
    unit_offsets: list[int]  # chunk i's sentences are rows unit_offsets[i]:unit_offsets[i + 1]
    context_vectors: np.ndarray  # row i: chunk i's heading path
    title_vectors: np.ndarray  # row i: chunk i's own heading
    bm25: Any
    doc_freq: dict[str, int]  # stemmed term -> number of chunks that contain it
    surface: dict[str, str]  # stemmed term -> its most common form in the knowledge
    acronyms: dict[str, str]  # acronyms the knowledge defines -> their long forms
    texts: dict[str, TextInfo]  # source -> the text's title and front matter, in reading order
    _sections: list[tuple[str, str]] = field(default_factory=list)

    @property
    def sections(self) -> list[tuple[str, str]]:
        """(source, section title) in reading order, once each."""
        if not self._sections:
            seen: dict[tuple[str, str], None] = {}
            for c in self.chunks:
                seen.setdefault((c.source, c.section), None)
            self._sections = list(seen)
        return self._sections


# ---------------------------------------------------------------- checking


def stale_reason(knowledge: Path, index: Path, embedder: Embedder, settings: ChunkerSettings) -> str | None:
    """Why the index cannot be used as it is, or None when it is current and whole."""
    recover(index)
    return _stale_reason(index, knowledge, embedder, settings)


@shared_lock
def _stale_reason(index: Path, knowledge: Path, embedder: Embedder, settings: ChunkerSettings) -> str | None:
    path = index / MANIFEST
    if not path.exists():
        return f"no index in {index}"
    try:
        manifest = read_manifest(index)
    except (OSError, ValueError):
        return f"{path} is not valid JSON"
    if manifest.get("format_version") != FORMAT_VERSION:
        return f"index format {manifest.get('format_version')} is not the current {FORMAT_VERSION}"
    model = manifest.get("model", {})
    if model.get("id") != embedder.model_id or model.get("dim") != embedder.dim:
        return f"index was built with model {model.get('id')} ({model.get('dim')}-d), not {embedder.model_id}"
    if manifest.get("chunker") != settings.to_dict():
        return "chunker settings changed"
    return _files_change(index, manifest.get("files", {})) or _knowledge_change(
        manifest.get("knowledge", {}), knowledge_hashes(knowledge)
    )


def _files_change(index: Path, listed: dict[str, str]) -> str | None:
    missing = [name for name in INDEX_FILES if name not in listed]
    if missing:
        return f"the manifest in {index} lists no {', '.join(missing)}"
    for name, digest in listed.items():
        f = index / name
        if not f.exists():
            return f"{f} is missing"
        if sha256_file(f) != digest:
            return f"{f} was changed or truncated after the build"
    return None


def _knowledge_change(old: dict[str, str], new: dict[str, str]) -> str | None:
    changes = [f"{s} added" for s in new if s not in old]
    changes += [f"{s} removed" for s in old if s not in new]
    changes += [f"{s} edited" for s in new if s in old and old[s] != new[s]]
    return "knowledge changed: " + ", ".join(sorted(changes)) if changes else None


# ---------------------------------------------------------------- loading


@shared_lock
def load_index(index: Path) -> KnowledgeIndex:
    """Load a checked index; any unreadable part raises IndexStateError naming it."""
    import bm25s
    import faiss
    import numpy as np

    try:
        manifest = read_manifest(index)
        chunks = read_chunks(index / CHUNKS_FILE)
        search = faiss.read_index(str(index / FAISS_FILE))
        units = np.load(index / UNITS_FILE)
        contexts = np.load(index / CONTEXTS_FILE)
        titles = np.load(index / TITLES_FILE)
        vocab = json.loads((index / VOCAB_FILE).read_text(encoding="utf-8"))
        texts = [TextInfo.from_dict(d) for d in json.loads((index / TEXTS_FILE).read_text(encoding="utf-8"))]
        bm25 = bm25s.BM25.load(str(index / BM25_DIR), show_progress=False)
    except Exception as e:  # noqa: BLE001 - every way a file can be broken ends here
        raise IndexStateError(f"the index in {index} is broken ({type(e).__name__}: {e})") from None
    offsets = [0]
    for c in chunks:
        offsets.append(offsets[-1] + len(c.units))
    sizes = (search.ntotal, contexts.shape[0], titles.shape[0])
    if any(n != len(chunks) for n in sizes) or units.shape[0] != offsets[-1]:
        raise IndexStateError(f"the index in {index} is inconsistent: its files disagree on the number of chunks")
    info = manifest.get("search")
    if isinstance(info, dict) and info.get("kind") == "hnsw":
        # faiss types read_index as a plain Index; a manifest that says "hnsw" means it read an IndexHNSWFlat
        search.hnsw.efSearch = int(info["ef_search"])  # type: ignore[attr-defined]
    return KnowledgeIndex(
        index,
        manifest,
        chunks,
        search,
        units,
        offsets,
        contexts,
        titles,
        bm25,
        vocab["df"],
        vocab["surface"],
        vocab["acronyms"],
        {t.source: t for t in texts},
    )


def open_index(
    knowledge: Path,
    index: Path,
    embedder: Embedder,
    rebuild: bool = True,
    settings: ChunkerSettings = ChunkerSettings(),
    notify: Notify = _stderr,
    progress: bool = True,
) -> KnowledgeIndex:
    """The index for `knowledge`, rebuilt with a one-line notice when missing or stale (unless `rebuild` is off)."""
    reason = stale_reason(knowledge, index, embedder, settings)
    if reason is None:
        try:
            return load_index(index)
        except IndexStateError as e:
            reason = str(e)
    if not rebuild:
        raise IndexStateError(f"{reason}; run `tutor build` (or drop --no-rebuild)")
    notify(f"Building the index ({reason})…")
    build_index(knowledge, index, embedder, settings, progress=progress)
    return load_index(index)
