import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from tutor.errors import IndexStateError
from tutor.index import layout
from tutor.index.build import build_index
from tutor.index.layout import FAQ_FILE, FAQ_VECTORS, ITEMS_FILE, MANIFEST, new_index, write_beside
from tutor.index.load import load_index, open_index, stale_reason
from tutor.ingest.chunking import ChunkerSettings

SETTINGS = ChunkerSettings()


def test_round_trip(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    manifest = build_index(knowledge, index, fake_embedder, progress=False)
    loaded = load_index(index)
    assert manifest["counts"]["chunks"] == len(loaded.chunks) == loaded.faiss.ntotal
    assert loaded.unit_vectors.shape == (manifest["counts"]["sentences"], fake_embedder.dim)
    text = (knowledge / "cyber-diplomacy.md").read_text(encoding="utf-8")
    assert all(c.text == text[c.start : c.end] for c in loaded.chunks)
    assert manifest["model"] == {"id": fake_embedder.model_id, "dim": fake_embedder.dim}
    assert set(manifest["knowledge"]) == {"knowledge/cyber-diplomacy.md"}
    assert stale_reason(knowledge, index, fake_embedder, SETTINGS) is None


def test_each_text_keeps_its_title_and_front_matter(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    (knowledge / "notes.txt").write_text("Plain notes\n\nA text without front matter says something here.\n")
    build_index(knowledge, tmp_path / "index", fake_embedder, progress=False)
    texts = load_index(tmp_path / "index").texts
    assert list(texts) == ["knowledge/cyber-diplomacy.md", "knowledge/notes.txt"]
    article = texts["knowledge/cyber-diplomacy.md"]
    assert article.title == "The Significance of Cyber Diplomacy in the 21st Century"
    assert article.meta["author"] == "Oleksandra Mamchii"
    assert texts["knowledge/notes.txt"].meta == {}


def test_unchanged_knowledge_is_not_rebuilt(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    open_index(knowledge, index, fake_embedder, progress=False, notify=lambda m: None)
    calls = fake_embedder.calls
    notices: list[str] = []
    open_index(knowledge, index, fake_embedder, progress=False, notify=notices.append)
    assert fake_embedder.calls == calls and notices == []


@pytest.mark.parametrize("change", ["edit", "add", "remove"])
def test_changed_knowledge_is_stale_and_rebuilt(knowledge: Path, tmp_path: Path, fake_embedder, change: str) -> None:
    index = tmp_path / "index"
    (knowledge / "extra.md").write_text("# Extra\n\nSome extra text about treaties.\n", encoding="utf-8")
    build_index(knowledge, index, fake_embedder, progress=False)
    if change == "edit":
        with (knowledge / "cyber-diplomacy.md").open("a", encoding="utf-8") as f:
            f.write("\nOne more sentence.\n")
    elif change == "add":
        (knowledge / "new.txt").write_text("New Title\n\nNew body text.\n", encoding="utf-8")
    else:
        (knowledge / "extra.md").unlink()
    reason = stale_reason(knowledge, index, fake_embedder, SETTINGS)
    assert reason and "knowledge changed" in reason
    with pytest.raises(IndexStateError, match="tutor build"):
        open_index(knowledge, index, fake_embedder, rebuild=False)
    notices: list[str] = []
    loaded = open_index(knowledge, index, fake_embedder, progress=False, notify=notices.append)
    assert len(notices) == 1 and "knowledge changed" in notices[0]
    sources = {c.source for c in loaded.chunks}
    assert ("knowledge/new.txt" in sources) == (change == "add")
    assert ("knowledge/extra.md" in sources) == (change != "remove")


def test_rebuild_reuses_vectors_of_unchanged_text(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    first = build_index(knowledge, index, fake_embedder, progress=False)
    (knowledge / "extra.md").write_text("# Extra\n\nOne new sentence here. And another.\n", encoding="utf-8")
    second = build_index(knowledge, index, fake_embedder, progress=False)
    assert second["embedded"]["reused"] >= first["embedded"]["new"]
    assert 0 < second["embedded"]["new"] <= 4  # the new chunk, its two sentences, its heading
    reused = load_index(index)
    fresh = tmp_path / "fresh"
    build_index(knowledge, fresh, fake_embedder, progress=False)  # nothing to reuse: every vector embedded
    embedded = load_index(fresh)
    assert np.array_equal(
        reused.faiss.reconstruct_n(0, reused.faiss.ntotal), embedded.faiss.reconstruct_n(0, embedded.faiss.ntotal)
    )
    for name in ("unit_vectors", "context_vectors", "title_vectors"):
        assert np.array_equal(getattr(reused, name), getattr(embedded, name)), name


@pytest.mark.parametrize("damage", ["truncate-faiss", "edit-chunks", "delete-units", "other-model", "other-format"])
def test_damaged_index_is_detected(knowledge: Path, tmp_path: Path, fake_embedder, damage: str) -> None:
    index = tmp_path / "index"
    build_index(knowledge, index, fake_embedder, progress=False)
    if damage == "truncate-faiss":
        data = (index / "faiss.index").read_bytes()
        (index / "faiss.index").write_bytes(data[: len(data) // 2])
    elif damage == "edit-chunks":
        lines = (index / "chunks.jsonl").read_text(encoding="utf-8").splitlines()
        first = json.loads(lines[0])
        first["text"] = "Something the article never said."
        lines[0] = json.dumps(first)
        (index / "chunks.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    elif damage == "delete-units":
        (index / "units.npy").unlink()
    else:
        manifest = json.loads((index / MANIFEST).read_text())
        if damage == "other-model":
            manifest["model"] = {"id": "someone/else", "dim": 768}
        else:
            manifest["format_version"] = 999
        (index / MANIFEST).write_text(json.dumps(manifest))
    assert stale_reason(knowledge, index, fake_embedder, SETTINGS)
    with pytest.raises(IndexStateError, match="tutor build"):
        open_index(knowledge, index, fake_embedder, rebuild=False)
    loaded = open_index(knowledge, index, fake_embedder, progress=False, notify=lambda m: None)
    assert loaded.chunks and stale_reason(knowledge, index, fake_embedder, SETTINGS) is None


def test_interrupted_swap_recovers_the_previous_index(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    build_index(knowledge, index, fake_embedder, progress=False)
    # a crash between the two renames leaves only the moved-away copy
    os.replace(index, tmp_path / f".index.old-{os.getpid() + 1}")
    assert stale_reason(knowledge, index, fake_embedder, SETTINGS) is None
    assert load_index(index).chunks


def test_build_leaves_no_temporary_folders(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    build_index(knowledge, index, fake_embedder, progress=False)
    build_index(knowledge, index, fake_embedder, progress=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index", "knowledge"]
    shutil.rmtree(index)


def test_failed_build_leaves_the_index_and_no_temporary_folder(
    knowledge: Path, tmp_path: Path, fake_embedder, monkeypatch
) -> None:
    index = tmp_path / "index"
    build_index(knowledge, index, fake_embedder, progress=False)
    before = (index / MANIFEST).read_bytes()

    def full(folder: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layout, "_fsync_tree", full)
    with pytest.raises(OSError, match="No space left"):
        build_index(knowledge, index, fake_embedder, progress=False)
    assert (index / MANIFEST).read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index", "knowledge"]


def test_new_index_swaps_in_only_a_whole_folder(tmp_path: Path) -> None:
    index = tmp_path / "index"
    with new_index(index) as folder:
        (folder / MANIFEST).write_text("{}", encoding="utf-8")
    assert (index / MANIFEST).read_text(encoding="utf-8") == "{}"
    with pytest.raises(RuntimeError), new_index(index) as folder:
        (folder / MANIFEST).write_text('{"half": true}', encoding="utf-8")
        raise RuntimeError("killed mid-write")
    assert (index / MANIFEST).read_text(encoding="utf-8") == "{}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


def test_write_beside_replaces_files_whole_and_in_order(knowledge: Path, tmp_path: Path, fake_embedder) -> None:
    index = tmp_path / "index"
    build_index(knowledge, index, fake_embedder, progress=False)
    vectors = np.arange(6, dtype=np.float32).reshape(2, 3)
    write_beside(index, {FAQ_VECTORS: vectors, FAQ_FILE: b'{"key": 1}'})
    write_beside(index, {ITEMS_FILE: b"first\n"})
    write_beside(index, {ITEMS_FILE: b"second\n"})
    assert np.array_equal(np.load(index / FAQ_VECTORS), vectors)
    assert (index / FAQ_FILE).read_bytes() == b'{"key": 1}'
    assert (index / ITEMS_FILE).read_bytes() == b"second\n"
    assert not [p.name for p in index.iterdir() if ".tmp-" in p.name]
    # files beside the index are not part of the build: it stays current
    assert stale_reason(knowledge, index, fake_embedder, SETTINGS) is None


def test_write_beside_refuses_names_outside_the_layout(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="notes.txt: not a file written beside an index"):
        write_beside(tmp_path, {"notes.txt": b"x"})
    assert list(tmp_path.iterdir()) == []


def test_write_beside_failing_midway_replaces_nothing(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / FAQ_FILE).write_bytes(b"old")
    real = layout._write_synced

    def disk_full_on_the_second(path: Path, content: bytes | np.ndarray) -> None:
        if FAQ_VECTORS not in path.name:
            return real(path, content)
        path.write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layout, "_write_synced", disk_full_on_the_second)
    with pytest.raises(OSError, match="No space left"):
        write_beside(tmp_path, {FAQ_FILE: b"new", FAQ_VECTORS: np.zeros(3)})
    assert (tmp_path / FAQ_FILE).read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == [FAQ_FILE]
