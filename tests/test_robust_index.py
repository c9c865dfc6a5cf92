"""A missing, damaged or foreign index is caught on load: rebuilt with a notice, or refused under --no-rebuild."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FakeEmbedder
from helpers import assert_citation_contract, run_cli

from tutor.answer.tutor import Tutor
from tutor.errors import IndexStateError
from tutor.index.build import build_index
from tutor.index.load import load_index, open_index, stale_reason
from tutor.ingest.chunking import ChunkerSettings

QUESTION = "What is cyber diplomacy?"


class OtherModel(FakeEmbedder):
    model_id = "fake/other-model"


class WiderModel(FakeEmbedder):
    dim = 96


def _manifest(index: Path, change: Callable[[dict], None]) -> None:
    path = index / "manifest.json"
    m = json.loads(path.read_text(encoding="utf-8"))
    change(m)
    path.write_text(json.dumps(m), encoding="utf-8")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _edit_chunk_text(index: Path) -> None:
    """Change one letter of a chunk's text: same size, same line count, still valid JSON."""
    path = index / "chunks.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    chunk = json.loads(lines[1])
    assert "diplomacy" in chunk["text"]
    lines[1] = lines[1].replace("diplomacy", "diplomaci", 1)
    path.write_text("".join(lines), encoding="utf-8")


def _drop_chunk(index: Path) -> None:
    path = index / "chunks.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], None]] = {
    "index folder missing": lambda i: shutil.rmtree(i),
    "manifest missing": lambda i: (i / "manifest.json").unlink(),
    "manifest not JSON": lambda i: (i / "manifest.json").write_text("{not json", encoding="utf-8"),
    "faiss file missing": lambda i: (i / "faiss.index").unlink(),
    "faiss file truncated": lambda i: _truncate(i / "faiss.index"),
    "faiss file empty": lambda i: (i / "faiss.index").write_bytes(b""),
    "chunks.jsonl edited": _edit_chunk_text,
    "chunks.jsonl line removed": _drop_chunk,
    "units.npy truncated": lambda i: _truncate(i / "units.npy"),
    "vocab.json edited": lambda i: (i / "vocab.json").write_text('{"df": {}, "surface": {}}', encoding="utf-8"),
    "bm25 folder removed": lambda i: shutil.rmtree(i / "bm25"),
    "format version": lambda i: _manifest(i, lambda m: m.update(format_version=m["format_version"] + 1)),
    "other model": lambda i: _manifest(i, lambda m: m.update(model={"id": "someone/else", "dim": 64})),
    "other dimension": lambda i: _manifest(i, lambda m: m.update(model={"id": FakeEmbedder.model_id, "dim": 32})),
    "other chunker": lambda i: _manifest(i, lambda m: m.update(chunker={"max_words": 7, "version": 1})),
}


@pytest.fixture
def built(knowledge: Path, tmp_path: Path) -> tuple[Path, Path]:
    build_index(knowledge, tmp_path / "index", FakeEmbedder(), progress=False)
    return knowledge, tmp_path / "index"


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_detected_and_no_rebuild_refuses(built, damage: str) -> None:
    knowledge, index = built
    DAMAGE[damage](index)
    assert stale_reason(knowledge, index, FakeEmbedder(), ChunkerSettings()) is not None
    with pytest.raises(IndexStateError, match="run `tutor build`"):
        open_index(knowledge, index, FakeEmbedder(), rebuild=False)


@pytest.mark.parametrize("damage", DAMAGE)
def test_damage_is_rebuilt_with_a_one_line_notice(built, damage: str) -> None:
    knowledge, index = built
    DAMAGE[damage](index)
    notices: list[str] = []
    loaded = open_index(knowledge, index, FakeEmbedder(), notify=notices.append, progress=False)
    assert len(notices) == 1 and "\n" not in notices[0] and notices[0].startswith("Building the index (")
    assert stale_reason(knowledge, index, FakeEmbedder(), ChunkerSettings()) is None
    assert_citation_contract(Tutor(loaded, FakeEmbedder()).ask(QUESTION), knowledge)


@pytest.mark.parametrize("damage", ["faiss file truncated", "chunks.jsonl edited", "other model"])
def test_cli_refuses_or_rebuilds_a_damaged_index(built, capsys, monkeypatch, damage: str) -> None:
    knowledge, index = built
    DAMAGE[damage](index)
    base = ["ask", "--knowledge", str(knowledge), "--index", str(index)]
    code, out, err = run_cli([*base, "--no-rebuild", QUESTION], capsys, monkeypatch)
    assert code == 1 and not out and err.startswith("tutor: ") and "run `tutor build`" in err
    code, out, err = run_cli([*base, "--json", QUESTION], capsys, monkeypatch)
    assert code == 0 and err.startswith("Building the index (")
    assert_citation_contract(json.loads(out), knowledge)


@pytest.mark.parametrize("damage", ["faiss file truncated", "manifest not JSON", "units.npy truncated"])
def test_load_index_names_what_is_broken(built, damage: str) -> None:
    _, index = built
    DAMAGE[damage](index)
    with pytest.raises(IndexStateError, match=str(index)):
        load_index(index)


@pytest.mark.parametrize("model", [OtherModel, WiderModel])
def test_index_of_another_model_is_rebuilt_for_this_one(built, model: type[FakeEmbedder]) -> None:
    knowledge, index = built
    embedder = model()
    reason = stale_reason(knowledge, index, embedder, ChunkerSettings())
    assert reason and "model" in reason
    with pytest.raises(IndexStateError, match="run `tutor build`"):
        open_index(knowledge, index, embedder, rebuild=False)
    loaded = open_index(knowledge, index, embedder, notify=lambda _: None, progress=False)
    assert loaded.manifest["model"] == {"id": embedder.model_id, "dim": embedder.dim}
    assert loaded.unit_vectors.shape[1] == embedder.dim


def test_build_refuses_to_replace_a_folder_that_is_not_an_index(knowledge, tmp_path, capsys, monkeypatch) -> None:
    precious = tmp_path / "notes"
    precious.mkdir()
    (precious / "thesis.md").write_text("years of work", encoding="utf-8")
    code, _, err = run_cli(["build", "--knowledge", str(knowledge), "--index", str(precious)], capsys, monkeypatch)
    assert code == 1 and "is not a tutor index" in err
    assert (precious / "thesis.md").read_text(encoding="utf-8") == "years of work"
    file = tmp_path / "file.txt"
    file.write_text("keep me", encoding="utf-8")
    code, _, err = run_cli(["build", "--knowledge", str(knowledge), "--index", str(file)], capsys, monkeypatch)
    assert code == 1 and file.read_text(encoding="utf-8") == "keep me"


def test_crash_between_the_two_renames_is_recovered(built) -> None:
    knowledge, index = built
    old = index.parent / ".index.old-999999999"  # a build that died after moving the index aside
    index.rename(old)
    (index.parent / ".index.tmp-999999999").mkdir()  # and its half-written next index
    assert stale_reason(knowledge, index, FakeEmbedder(), ChunkerSettings()) is None
    assert not old.exists() and not (index.parent / ".index.tmp-999999999").exists()
    load_index(index)


def test_readers_never_see_half_an_index_while_another_build_swaps(built) -> None:
    """Rebuilds from two different knowledge states swap back and forth while readers load and check."""
    knowledge, index = built
    other = knowledge.parent / "other"
    other.mkdir()
    (other / "tea.md").write_text("# Tea\n\nGreen tea is grown in Shizuoka. Matcha is ground tea.\n", encoding="utf-8")
    errors: list[BaseException] = []
    done = threading.Event()

    def builder() -> None:
        try:
            for k in range(12):
                build_index(other if k % 2 == 0 else knowledge, index, FakeEmbedder(), progress=False)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)
        finally:
            done.set()

    thread = threading.Thread(target=builder)
    thread.start()
    loads = 0
    while not done.is_set() or loads == 0:
        try:
            loaded = load_index(index)
        except IndexStateError as e:
            errors.append(e)
            break
        sources = {c.source for c in loaded.chunks}
        assert len(sources) == 1 and loaded.faiss.ntotal == len(loaded.chunks)
        knowledge_now = other if sources == {"other/tea.md"} else knowledge
        for c in loaded.chunks:  # never an old chunk beside new files
            text = (knowledge_now / Path(c.source).name).read_text(encoding="utf-8")
            assert text[c.start : c.end] == c.text
        loads += 1
    thread.join()
    assert not errors, errors
