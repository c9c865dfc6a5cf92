"""Open a ready tutor: find the folders, make sure the index is current, load the model once."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tutor import config

if TYPE_CHECKING:
    from tutor.answering import AnswerOptions, Tutor
    from tutor.embedding import Embedder
    from tutor.retrieval import Mode


def open_tutor(
    knowledge: str | Path | None = None,
    index: str | Path | None = None,
    rebuild: bool = True,
    mode: Mode = "hybrid",
    options: AnswerOptions | None = None,
    embedder: Embedder | None = None,
) -> Tutor:
    from tutor.answering import AnswerOptions, Tutor
    from tutor.embedding import default_embedder
    from tutor.indexing import open_index

    embedder = embedder or default_embedder()
    loaded = open_index(config.knowledge_dir(knowledge), config.index_dir(index), embedder, rebuild=rebuild)
    return Tutor(loaded, embedder, mode, options or AnswerOptions())
