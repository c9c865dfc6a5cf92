"""A large knowledge base made deterministically from the article's sentences, for the benchmark.

Each generated section holds one short paragraph, so every section becomes one chunk: `write_corpus(folder,
10_000)` writes 10,000 chunks spread over many documents. Sentences are drawn with a seeded generator, each
with one to three of its inner words left out, so no two texts are the same (the build cannot skip work by
de-duplication, as it could not for a real reading list) while the vocabulary stays the article's (no numbering
in titles either: thousands of made-up numbers would swell the vocabulary as no reading list does).
"""

from __future__ import annotations

import random
from pathlib import Path

from tutor.ingest.chunking import chunk_documents
from tutor.ingest.reading import read_knowledge

SECTIONS_PER_DOCUMENT = 20
SEED = 20_240_601
MIN_WORDS = 16  # shorter sentences have too few distinct variants


def article_sentences(knowledge: Path) -> tuple[list[str], list[str]]:
    """(sentences, section titles) of the texts in `knowledge`, in reading order."""
    chunks = chunk_documents(read_knowledge(knowledge))
    sentences = [" ".join(c.unit_text(u).split()) for c in chunks for u in c.units if u.item < 0]
    titles = list(dict.fromkeys(c.section for c in chunks))
    return [s for s in sentences if len(s.split()) >= MIN_WORDS], titles


def write_corpus(folder: Path, chunks: int, source: Path, seed: int = SEED) -> int:
    """Write `chunks` one-paragraph sections, 20 to a Markdown file, into `folder`; return the number of files."""
    sentences, titles = article_sentences(source)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    files = 0
    for start in range(0, chunks, SECTIONS_PER_DOCUMENT):
        files += 1
        lines = [f"# {rng.choice(titles)}: further reading", ""]
        for _ in range(start, min(start + SECTIONS_PER_DOCUMENT, chunks)):
            lines += [f"## {rng.choice(titles)}", ""]
            paragraph = []
            for sentence in rng.sample(sentences, rng.randint(2, 5)):
                paragraph.append(_variant(sentence, rng, used))
            lines += [" ".join(paragraph), ""]
        (folder / f"reading-{files:05d}.md").write_text("\n".join(lines), encoding="utf-8")
    return files


def _variant(sentence: str, rng: random.Random, used: set[str]) -> str:
    """`sentence` with a few inner words left out, different from every variant made before."""
    words = sentence.split()
    for attempt in range(1000):
        drop = set(rng.sample(range(1, len(words) - 1), min(len(words) - 3, 1 + attempt // 50 + rng.randint(0, 2))))
        text = " ".join(w for i, w in enumerate(words) if i not in drop)
        if text not in used:
            used.add(text)
            return text
    raise ValueError(f"cannot make another distinct variant of {sentence!r}")
