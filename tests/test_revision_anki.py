"""The Anki export: one note per item, the cited passage on the back, stable note ids."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from tests.revision_helpers import bank_for
from tutor.errors import TutorError
from tutor.revision.anki import export_anki


def test_export_writes_every_item_with_its_passage(knowledge: Path, tmp_path: Path) -> None:
    bank = bank_for(knowledge, tmp_path / "index")
    deck = tmp_path / "deck.apkg"
    assert export_anki(bank, deck) == len(bank.items)
    with zipfile.ZipFile(deck) as z:
        z.extract("collection.anki2", tmp_path)
    conn = sqlite3.connect(tmp_path / "collection.anki2")
    notes = {row[0].split("\x1f")[0]: row[0].split("\x1f") for row in conn.execute("SELECT flds FROM notes")}
    conn.close()
    assert set(notes) == set(bank.by_id)
    item = next(it for it in bank.items if it.kind == "definition")
    _, front, back, passage, citation = notes[item.id]
    assert "define" in front and "diplomatic techniques" in back
    assert "Cyber Diplomacy is defined as" in passage and f"{item.start}-{item.end}" in citation


def test_export_refuses_a_wrong_suffix(knowledge: Path, tmp_path: Path) -> None:
    with pytest.raises(TutorError, match=".apkg"):
        export_anki(bank_for(knowledge, tmp_path / "index"), tmp_path / "deck.zip")
