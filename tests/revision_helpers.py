"""Helpers shared by the revision tests: an item bank on disk without building a real index."""

from __future__ import annotations

import json
from pathlib import Path

from tutor.index.layout import knowledge_hashes
from tutor.revision.bank import ItemBank, ensure_item_bank


def fake_index(knowledge: Path, index: Path) -> Path:
    """The part of an index the item bank reads: a manifest recording the knowledge hashes."""
    index.mkdir(parents=True, exist_ok=True)
    (index / "manifest.json").write_text(json.dumps({"knowledge": knowledge_hashes(knowledge)}), encoding="utf-8")
    return index


def bank_for(knowledge: Path, index: Path) -> ItemBank:
    return ensure_item_bank(knowledge, fake_index(knowledge, index))
