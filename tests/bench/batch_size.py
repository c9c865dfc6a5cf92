"""Which embedding batch size builds fastest on this machine: `python -m tests.bench.batch_size [--texts N]`.

Embeds the texts a build embeds (passages and sentences of `knowledge/` plus a generated base), sorted by
length as the build sends them, at each batch size in turn; rounds alternate so a busy machine slows every
size alike. Prints texts/s per size (median over rounds).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tests.bench.corpus import write_corpus
from tutor import config
from tutor.index.embedding import default_embedder
from tutor.ingest.chunking import chunk_documents
from tutor.ingest.reading import read_knowledge

SIZES = (4, 8, 16, 32, 64)


def build_texts(knowledge: Path) -> list[str]:
    chunks = chunk_documents(read_knowledge(knowledge))
    return [c.indexed_text for c in chunks] + [c.unit_text(u) for c in chunks for u in c.units]


def main() -> None:
    p = argparse.ArgumentParser(prog="python -m tests.bench.batch_size")
    p.add_argument("--texts", type=int, default=1500, help="how many texts per round (default 1500)")
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    source = config.knowledge_dir()
    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp), 400, source)
        texts = build_texts(source) + build_texts(Path(tmp))
    texts = sorted(texts[:: max(1, len(texts) // args.texts)], key=len)
    model = default_embedder()
    model.embed(["warm up"])
    rates: dict[int, list[float]] = {s: [] for s in SIZES}
    for _ in range(args.rounds):
        for size in SIZES:
            model.batch_size = size
            t = time.perf_counter()
            model.embed(texts)
            rates[size].append(len(texts) / (time.perf_counter() - t))
    print(f"{len(texts)} texts, {args.rounds} rounds")
    for size in SIZES:
        print(f"batch {size:>3}: {statistics.median(rates[size]):6.1f} texts/s  (rounds: {rates[size]})")


if __name__ == "__main__":
    main()
