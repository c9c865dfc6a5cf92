"""The old import path of the index, split into `layout`, `build`, `vectors` and `load`.

Kept only until the modules and tests outside tutor/index import from those (see the restructure's
integration notes); nothing new should import from here.
"""

from __future__ import annotations

from tutor.index.build import build_index
from tutor.index.layout import MANIFEST, knowledge_hashes, sha256_file
from tutor.index.load import KnowledgeIndex, Notify, load_index, open_index, stale_reason

__all__ = [
    "MANIFEST",
    "KnowledgeIndex",
    "Notify",
    "build_index",
    "knowledge_hashes",
    "load_index",
    "open_index",
    "sha256_file",
    "stale_reason",
]
