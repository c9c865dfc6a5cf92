"""Find the passages that answer a query: dense (FAISS), BM25, or both fused by reciprocal rank."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from tutor.tuning import RETRIEVAL_POOL, RRF_K

if TYPE_CHECKING:
    import numpy as np

    from tutor.index.load import KnowledgeIndex

Mode = Literal["dense", "bm25", "hybrid"]
Allowed = frozenset[int] | None  # the passages a search may return (None: all)
MODES: tuple[Mode, ...] = ("dense", "bm25", "hybrid")


@dataclass(frozen=True)
class Hit:
    chunk: int  # position in index.chunks
    score: float  # the fused score that orders hits
    dense: float  # cosine of query and chunk
    bm25: float


class Retriever:
    def __init__(self, index: KnowledgeIndex, mode: Mode = "hybrid") -> None:
        if mode not in MODES:
            raise ValueError(f"unknown retriever {mode!r}: choose one of {', '.join(MODES)}")
        self.index = index
        self.mode = mode
        self._vocab = index.bm25.vocab_dict
        self._matrix: np.ndarray | None = None

    def dense_scores(self, query: np.ndarray, k: int, allowed: Allowed = None) -> dict[int, float]:
        if allowed is not None:  # only some texts: exact cosines over their passages
            import numpy as np

            ids = np.fromiter(sorted(allowed), dtype=np.int64)
            cos = self._vectors()[ids] @ query
            top = np.argsort(-cos)[:k]
            return {int(ids[j]): float(cos[j]) for j in top}
        k = min(k, self.index.faiss.ntotal)
        scores, ids = self.index.faiss.search(query.reshape(1, -1), k)
        return {int(i): float(s) for i, s in zip(ids[0], scores[0], strict=True) if i >= 0}

    def bm25_scores(self, terms: list[str], k: int, allowed: Allowed = None) -> dict[int, float]:
        import numpy as np

        known = [t for t in terms if t in self._vocab]
        if not known:
            return {}
        scores = self.index.bm25.get_scores(known)
        if allowed is not None:
            mask = np.zeros(len(scores), dtype=bool)
            mask[sorted(allowed)] = True
            scores = np.where(mask, scores, 0.0)
        k = min(k, len(scores))
        top = np.argpartition(-scores, k - 1)[:k]
        return {int(i): float(scores[i]) for i in top if scores[i] > 0}

    def search(self, query: np.ndarray, terms: list[str], k: int = 8, allowed: Allowed = None) -> list[Hit]:
        """The k best passages (of the `allowed` ones, when given: the passages of the texts asked about)."""
        dense = self.dense_scores(query, RETRIEVAL_POOL, allowed) if self.mode != "bm25" else {}
        lexical = self.bm25_scores(terms, RETRIEVAL_POOL, allowed) if self.mode != "dense" else {}
        fused: dict[int, float] = {}
        for scores in (dense, lexical):
            for rank, i in enumerate(sorted(scores, key=scores.__getitem__, reverse=True)):
                fused[i] = fused.get(i, 0.0) + 1.0 / (RRF_K + rank + 1)
        order = sorted(fused, key=lambda i: (-fused[i], i))[:k]
        dense.update(self._cosines(query, [i for i in order if i not in dense]))
        return [Hit(i, fused[i], dense.get(i, 0.0), lexical.get(i, 0.0)) for i in order]

    def by_sentence(self, query: np.ndarray, k: int, allowed: Allowed = None) -> list[Hit]:
        """The passages of the k sentences nearest the query: a sentence that says what was asked in other
        words can be lost in its passage's average, and in a fusion where other passages match twice."""
        import numpy as np

        vectors = self.index.unit_vectors
        if not len(vectors) or k <= 0:
            return []
        cos = vectors @ query
        if allowed is not None:
            of_chunk = np.searchsorted(np.asarray(self.index.unit_offsets), np.arange(len(cos)), side="right") - 1
            cos = np.where(np.isin(of_chunk, sorted(allowed)), cos, -np.inf)
        m = min(k * 4, len(cos))
        top = np.argpartition(-cos, m - 1)[:m]
        top = top[np.argsort(-cos[top])]
        chunks = np.searchsorted(np.asarray(self.index.unit_offsets), top, side="right") - 1
        order = [c for c in dict.fromkeys(int(c) for c in chunks) if allowed is None or c in allowed][:k]
        return [self.hit(c, query) for c in order]

    def hit(self, chunk: int, query: np.ndarray) -> Hit:
        """A passage added by a caller that knows it is relevant, scored like the rest."""
        return Hit(chunk, 0.0, self._cosines(query, [chunk])[chunk], 0.0)

    def _vectors(self) -> np.ndarray:
        """Every passage's vector, read out of the search index once (for searches limited to some texts)."""
        if self._matrix is None:
            self._matrix = self.index.faiss.reconstruct_n(0, self.index.faiss.ntotal)
        return self._matrix

    def _cosines(self, query: np.ndarray, ids: list[int]) -> dict[int, float]:
        return {i: float(self.index.faiss.reconstruct(i) @ query) for i in ids}
