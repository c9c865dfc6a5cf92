"""Where exact search stops paying: `python -m tests.bench.search_scaling [--sizes 10000,50000]`.

For each size, times one-question searches (k=50, as retrieval asks) on an exact inner-product index and
on the HNSW index the build would make, and the HNSW build itself; recall@10 of HNSW against exact search.
Vectors are 384-d, normalised, clustered like sentence embeddings (random centres plus noise).
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np

from tutor.index import build as indexing

DIM = 384


def vectors(rng: np.random.Generator, centres: np.ndarray, n: int) -> np.ndarray:
    x = centres[rng.integers(0, len(centres), n)] + 0.6 * _unit(rng.standard_normal((n, DIM)))
    return np.ascontiguousarray(_unit(x), dtype=np.float32)


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def per_query_ms(index, queries: np.ndarray, k: int = 50) -> float:  # type: ignore[no-untyped-def]
    times = []
    for q in queries:
        t = time.perf_counter()
        index.search(q.reshape(1, -1), k)
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    import faiss

    p = argparse.ArgumentParser(prog="python -m tests.bench.search_scaling")
    p.add_argument("--sizes", default="2000,5000,10000,20000,50000")
    args = p.parse_args()
    rng = np.random.default_rng(0)
    centres = _unit(rng.standard_normal((2000, DIM)))
    queries = vectors(rng, centres, 300)
    print("chunks   exact ms/query   hnsw ms/query   saved ms   hnsw build s   recall@10  ef")
    for n in map(int, args.sizes.split(",")):
        x = vectors(rng, centres, n)
        flat = faiss.IndexFlatIP(DIM)
        flat.add(x)
        limit = indexing.EXACT_SEARCH_LIMIT
        indexing.EXACT_SEARCH_LIMIT = 0
        try:
            t = time.perf_counter()
            hnsw, info = indexing._faiss_index(x, queries)
            build_s = time.perf_counter() - t
        finally:
            indexing.EXACT_SEARCH_LIMIT = limit
        exact_ms, approx_ms = per_query_ms(flat, queries), per_query_ms(hnsw, queries)
        info = info.get("hnsw_rejected", info)
        print(
            f"{n:>6}   {exact_ms:>14.3f}   {approx_ms:>13.3f}   {exact_ms - approx_ms:>8.3f}   {build_s:>12.1f}   "
            f"{info['recall_at_10']:>9.3f}  {info['ef_search']}",
            flush=True,
        )


if __name__ == "__main__":
    main()
