"""The Texts tab's handlers without a browser (issue 15): an upload lands in the knowledge folder under the text's
own title whatever its file name, a bad one is named, a text can be removed, and the chat answers from the change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ARTICLE, ROOT

DOCS = ROOT / "tests" / "data" / "documents"


@pytest.fixture
def library(tmp_path: Path, fake_embedder):  # type: ignore[no-untyped-def]
    from tutor.service import open_tutor
    from tutor.ui.web.texts_tab import Library

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(ARTICLE, knowledge / ARTICLE.name)
    return Library(knowledge, open_tutor(knowledge, tmp_path / "index", embedder=fake_embedder))


def _progress(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
    pass


@pytest.mark.parametrize("name", ["../../escape.epub", "..\\..\\escape.epub", "/etc/passwd.epub", "a\x00b.epub"])
def test_an_upload_lands_in_the_knowledge_folder_whatever_its_name(library, tmp_path: Path, name: str) -> None:
    upload = tmp_path / "uploads" / "x"
    upload.mkdir(parents=True)
    hostile = upload / name.replace("/", "_").replace("\x00", "_")  # what a browser can send, as a file here
    shutil.copy(DOCS / "test.epub", hostile)
    report = library.add([str(hostile)], _progress)
    assert "added as `test-epub-document.md`" in report
    assert sorted(p.name for p in library.knowledge.iterdir()) == ["cyber-diplomacy.md", "test-epub-document.md"]
    assert not list(tmp_path.glob("escape*")) and not list(tmp_path.parent.glob("escape*"))
    rows = library.rows()
    assert ["Test EPUB Document", "EPUB book"] == rows[-1][:2] and rows[-1][-1] == "knowledge/test-epub-document.md"
    assert library.tutor.ask("What does chapter 2 contain?").in_scope is not None  # the live tutor reopened


def test_a_bad_upload_is_named_and_the_library_is_unchanged(library, tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    shutil.copy(DOCS / "scan-bad.pdf", bad)
    report = library.add([str(bad)], _progress)
    assert "**scan.pdf** could not be added: no text to read: the PDF is scanned images" in report
    assert [p.name for p in library.knowledge.iterdir()] == ["cyber-diplomacy.md"]


def test_a_text_is_removed_but_never_the_last_one_nor_a_file_outside(library, tmp_path: Path) -> None:
    added = tmp_path / "book.epub"
    shutil.copy(DOCS / "test.epub", added)
    library.add([str(added)], _progress)
    assert library.remove("knowledge/../outside.md", _progress) == "Choose a text of the library to remove."
    assert library.remove("../outside.md", _progress) == "Choose a text of the library to remove."
    assert library.remove("knowledge/test-epub-document.md", _progress) == "Removed `test-epub-document.md`."
    assert library.files() == ["knowledge/cyber-diplomacy.md"]
    assert "only text" in library.remove("knowledge/cyber-diplomacy.md", _progress)
    assert (library.knowledge / "cyber-diplomacy.md").is_file()


_SOIL = (
    "# Soil\n\n## What soil is made of\n\nSoil is made of minerals, water, air and organic matter. "
    "Earthworms mix the layers of the soil and leave channels for roots.\n"
)
_VOLCANOES = (
    "# Volcanoes\n\n## How volcanoes erupt\n\nA volcano erupts when magma rises through the crust. "
    "The magma that reaches the surface is called lava.\n"
)


def test_a_question_can_be_limited_to_chosen_texts(tmp_path: Path, fake_embedder) -> None:
    from helpers import tutor_over

    from tutor.ui.web.chat import chat_turn

    tutor, _ = tutor_over(tmp_path, {"soil.md": _SOIL, "volcanoes.md": _VOLCANOES}, fake_embedder)
    question = "What is soil made of?"
    everywhere = tutor.ask(question)
    assert everywhere.in_scope and {c.source for c in everywhere.citations} == {"knowledge/soil.md"}
    assert tutor.ask(question, within={"knowledge/soil.md"}).citations == everywhere.citations
    elsewhere = tutor.ask(question, within={"knowledge/volcanoes.md"})
    assert {c.source for c in elsewhere.citations} <= {"knowledge/volcanoes.md"}
    assert not elsewhere.in_scope or "soil" not in elsewhere.text.lower()
    lava = tutor.ask("What is lava?", within=["knowledge/volcanoes.md"])
    assert lava.in_scope and {c.source for c in lava.citations} == {"knowledge/volcanoes.md"}
    *_, turn = chat_turn(tutor, None, "What is lava?", [], [], None, ["knowledge/soil.md"])
    assert turn.answer is not None and all(c.source == "knowledge/soil.md" for c in turn.answer.citations)


def test_tutor_ask_within_names_a_text_it_does_not_know(tmp_path: Path, capsys, monkeypatch) -> None:
    from helpers import run_cli

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "soil.md").write_text(_SOIL, encoding="utf-8")
    (knowledge / "volcanoes.md").write_text(_VOLCANOES, encoding="utf-8")
    where = ["--knowledge", str(knowledge), "--index", str(tmp_path / "index")]
    code, out, _ = run_cli(
        ["ask", "--json", "What is lava?", "--within", "knowledge/volcanoes.md", *where], capsys, monkeypatch
    )
    assert code == 0 and '"source": "knowledge/volcanoes.md"' in out
    code, _, err = run_cli(["ask", "What is lava?", "--within", "knowledge/lava.md", *where], capsys, monkeypatch)
    assert code == 1 and "--within knowledge/lava.md: no such text" in err
