"""A large knowledge base made deterministically from the article's sentences, for the benchmark.

Each generated section holds one short paragraph, so every section becomes one chunk: `write_corpus(folder,
10_000)` writes 10,000 chunks spread over many documents. Sentences are drawn with a seeded generator and
given a numbered lead-in ("In case 17, …") so no two texts are the same: the build cannot skip work by
de-duplication, as it could not for a real reading list.
"""

from __future__ import annotations

import random
from pathlib import Path

from tutor.chunking import chunk_documents
from tutor.knowledge import read_knowledge

SECTIONS_PER_DOCUMENT = 20
SEED = 20_240_601


def article_sentences(knowledge: Path) -> tuple[list[str], list[str]]:
    """(sentences, section titles) of the texts in `knowledge`, in reading order."""
    chunks = chunk_documents(read_knowledge(knowledge))
    sentences = [" ".join(c.unit_text(u).split()) for c in chunks for u in c.units if u.item < 0]
    titles = list(dict.fromkeys(c.section for c in chunks))
    return [s for s in sentences if len(s.split()) >= 4], titles


def write_corpus(folder: Path, chunks: int, source: Path, seed: int = SEED) -> int:
    """Write `chunks` one-paragraph sections, 20 to a Markdown file, into `folder`; return the number of files."""
    sentences, titles = article_sentences(source)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    case = 0
    files = 0
    for start in range(0, chunks, SECTIONS_PER_DOCUMENT):
        files += 1
        lines = [f"# Reading {files}", ""]
        for s in range(start, min(start + SECTIONS_PER_DOCUMENT, chunks)):
            lines += [f"## {rng.choice(titles)} (part {s + 1})", ""]
            paragraph = []
            for sentence in rng.sample(sentences, rng.randint(2, 5)):
                case += 1
                paragraph.append(f"In case {case}, {sentence[0].lower()}{sentence[1:]}")
            lines += [" ".join(paragraph), ""]
        (folder / f"reading-{files:05d}.md").write_text("\n".join(lines), encoding="utf-8")
    return files
