"""A library of several texts (issue 15): progress kept per text and section, the FAQ and Revise limited to chosen
texts, and the FAQ, Read and Revise tabs following texts added in the Texts tab, all without a server."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import FakeEmbedder
from revision_helpers import bank_for

from tutor.revision.path import GuidedPath
from tutor.revision.reviser import Reviser
from tutor.revision.store import ProgressStore
from tutor.ui.web.revise_tab import ReviseHandlers, make_handlers

SOIL = """# Soil

## Introduction

Soil is defined as the loose upper layer of the earth in which plants grow. Soil holds water, air and minerals for
the roots of plants. Farmers test the soil every spring, because healthy soil feeds the crops.

## What soil is made of

Soil is made of minerals, water, air and organic matter. Humus refers to the dark organic matter that forms when
leaves decay in the soil. Earthworms mix the layers of the soil and leave channels for roots.
"""
VOLCANOES = """# Volcanoes

## Introduction

A volcano is defined as an opening in the crust through which magma escapes to the surface. Volcanoes form where
tectonic plates meet or pull apart. Geologists watch volcanoes closely, because an eruption can bury whole towns.

## How volcanoes erupt

A volcano erupts when magma rises through the crust. Lava refers to the magma that reaches the surface of the
earth. The ash of an eruption can fall on towns far from the volcano.
"""
SOIL_MD, VOLCANOES_MD = "knowledge/soil.md", "knowledge/volcanoes.md"


@pytest.fixture
def two_texts(tmp_path: Path) -> Path:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "soil.md").write_text(SOIL, encoding="utf-8")
    (knowledge / "volcanoes.md").write_text(VOLCANOES, encoding="utf-8")
    return knowledge


def _right(item) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(item.elements) if item.elements else item.answer


def _walk_section(path: GuidedPath, learner: str) -> tuple[str, str]:
    """Answer the checks of the learner's current section rightly; (text, title) of the section reached."""
    step = path.start_checks(learner)
    first = (step.source, step.section)
    while step.kind == "question" and (step.source, step.section) == first:
        assert step.item is not None
        _, step = path.answer(learner, step.item.id, _right(step.item))
    return step.source, step.section


def test_two_texts_with_an_introduction_each_keep_separate_mastery_and_path_places(
    two_texts: Path, tmp_path: Path, fake_embedder: FakeEmbedder
) -> None:
    bank = bank_for(two_texts, tmp_path / "index")
    intros = [k for k in bank.sections if k.title == "Introduction"]
    assert [k.source for k in intros] == [SOIL_MD, VOLCANOES_MD]
    assert all(it.source == SOIL_MD for it in bank.in_section(intros[0]))
    store = ProgressStore(tmp_path / "p.sqlite3")
    everything = Reviser(bank, store, fake_embedder)
    for item in bank.in_section(intros[0]):
        everything.answer("ann", item.id, _right(item))
    mastery = {(s.source, s.section): s for s in everything.progress("ann").sections}
    assert mastery[(SOIL_MD, "Introduction")].mastery > 0.5 and mastery[(VOLCANOES_MD, "Introduction")].mastery == 0
    assert {"source": VOLCANOES_MD, "section": "Introduction", "items": len(bank.in_section(intros[1]))}.items() <= (
        mastery[(VOLCANOES_MD, "Introduction")].to_dict().items()
    )

    # the path through volcanoes alone, and the path through both texts, each keep their own place
    volcanoes = GuidedPath(Reviser(bank.within([VOLCANOES_MD]), store, fake_embedder))
    assert volcanoes.sections == [k for k in bank.sections if k.source == VOLCANOES_MD]
    assert _walk_section(volcanoes, "ann") == (VOLCANOES_MD, "How volcanoes erupt")
    both = GuidedPath(everything)
    assert (both.step("ann").source, both.step("ann").section, both.step("ann").number) == (SOIL_MD, "Introduction", 1)
    assert _walk_section(both, "ann") == (SOIL_MD, "What soil is made of")
    again = GuidedPath(Reviser(bank.within([VOLCANOES_MD]), ProgressStore(store.path), fake_embedder))
    assert (again.step("ann").source, again.step("ann").section) == (VOLCANOES_MD, "How volcanoes erupt")
    assert everything.progress("ann").path_source == SOIL_MD


@pytest.fixture
def handlers(two_texts: Path, tmp_path: Path, fake_embedder: FakeEmbedder) -> ReviseHandlers:
    from tests.revision_helpers import fake_index

    index = SimpleNamespace(
        folder=fake_index(two_texts, tmp_path / "index"),
        texts={SOIL_MD: SimpleNamespace(title="Soil"), VOLCANOES_MD: SimpleNamespace(title="Volcanoes")},
    )
    tutor = SimpleNamespace(index=index, embedder=fake_embedder)
    return make_handlers(tutor, two_texts, ProgressStore(tmp_path / "p.sqlite3"))  # type: ignore[arg-type]


def test_revise_limited_to_one_text_only_ever_asks_its_items(handlers: ReviseHandlers) -> None:
    volcano_items = {it.id for it in handlers.bank.items if it.source == VOLCANOES_MD}
    assert volcano_items and len(volcano_items) < len(handlers.bank.items)
    only = [VOLCANOES_MD]
    *_, quiz_id, chart = handlers.start("ann", only)
    asked = []
    while quiz_id:
        asked.append(quiz_id)
        handlers.quiz_answer("ann", quiz_id, "no idea", only)
        _, quiz_id = handlers.next_question("ann", False, only)
    assert set(asked) == volcano_items  # every one of them, and nothing else

    checked = []
    _, item_id = handlers.path_continue("ben", only)
    while item_id:
        checked.append(item_id)
        _, _, item_id, chart = handlers.path_answer("ben", item_id, "no idea", only)
        item_id = item_id or handlers.path_continue("ben", only)[1]
    assert checked and set(checked) <= volcano_items
    assert "Volcanoes" not in chart and "How volcanoes erupt" in chart and "What soil is made of" not in chart
    whole = handlers.chart("ben")  # every text: the sections under their text's title
    assert whole.index("Soil") < whole.index("What soil is made of") < whole.index("Volcanoes")
    assert handlers.texts(["knowledge/gone.md", SOIL_MD]) == (
        [("Soil", SOIL_MD), ("Volcanoes", VOLCANOES_MD)],
        [SOIL_MD],
    )


def test_the_faq_limited_to_one_text_lists_and_finds_only_its_entries(tmp_path: Path) -> None:
    from helpers import tutor_over

    from tutor.faq import open_faq
    from tutor.ui.web.faq_tab import faq_list_html, faq_search

    tutor, _ = tutor_over(tmp_path, {"soil.md": SOIL, "volcanoes.md": VOLCANOES}, FakeEmbedder())
    faq = open_faq(tutor, notify=lambda m: None)
    by_text = {source: [e for e in faq.entries if e.source == source] for source in (SOIL_MD, VOLCANOES_MD)}
    assert by_text[SOIL_MD] and by_text[VOLCANOES_MD]
    listed = faq_list_html(faq, within=[SOIL_MD])
    assert listed.count('class="faq-entry"') == len(by_text[SOIL_MD])
    assert "magma" not in listed.lower() and "soil" in listed.lower()
    assert faq_list_html(faq).count('class="faq-entry"') == len(faq.entries)
    lava = "What is lava?"
    assert {m.entry.source for m in faq.search(lava, threshold=-1.0)} == {SOIL_MD, VOLCANOES_MD}
    assert {m.entry.source for m in faq.search(lava, threshold=-1.0, within=[SOIL_MD])} == {SOIL_MD}
    assert "magma" not in faq_search(faq, lava, within=[SOIL_MD]).lower()


def test_a_text_added_in_the_texts_tab_reaches_the_faq_read_and_revise_handlers(
    tmp_path: Path, fake_embedder: FakeEmbedder
) -> None:
    from tutor.faq import open_faq
    from tutor.ingest.reading import read_knowledge
    from tutor.service import open_tutor
    from tutor.ui.web.faq_tab import FaqHandlers
    from tutor.ui.web.read_tab import ReadHandlers
    from tutor.ui.web.shelf import Shelf
    from tutor.ui.web.texts_tab import Library

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "soil.md").write_text(SOIL, encoding="utf-8")
    tutor = open_tutor(knowledge, tmp_path / "index", embedder=fake_embedder)
    shelf = Shelf(tutor, knowledge, open_faq(tutor, notify=lambda m: None), read_knowledge(knowledge))
    faq, read = FaqHandlers(shelf), ReadHandlers(shelf)
    revise = make_handlers(tutor, knowledge, ProgressStore(tmp_path / "p.sqlite3"))
    heard = []
    library = Library(knowledge, tutor, changed=lambda: heard.append(shelf.current().number))
    assert faq.shown(0).listing is None and read.opened(0) is None  # nothing changed: nothing sent again
    assert "magma" not in faq.listing().lower() and revise.texts()[0] == [("Soil", SOIL_MD)]

    upload = tmp_path / "uploads" / "volcanoes.md"
    upload.parent.mkdir()
    upload.write_text(VOLCANOES, encoding="utf-8")
    assert "Ready" in library.add([str(upload)], lambda *a, **k: None)
    assert heard == [1]
    (added,) = [s for s in library.files() if s != SOIL_MD]

    shown = faq.shown(0, [added])
    assert shown.edition == 1 and [s for _, s in shown.texts] == [SOIL_MD, added] and shown.chosen == [added]
    assert shown.listing is not None and "magma" in shown.listing.lower() and "humus" not in shown.listing.lower()
    assert faq.shown(1).listing is None  # this page already shows it
    page = read.opened(0)
    assert page is not None and "Volcanoes" in page.page and "magma" in page.page
    assert revise.opened([added]) == ([("Soil", SOIL_MD), ("Volcanoes", added)], [added])
    _, item_id = revise.next_question("ann", False, [added])
    assert revise.bank.get(item_id).source == added

    library.remove(added, lambda *a, **k: None)
    assert faq.shown(1, [added]).chosen == [] and "magma" not in faq.listing().lower()
    assert {it.source for it in revise.bank.items} == {SOIL_MD}


def test_the_revision_commands_take_within(two_texts: Path, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import json

    from helpers import run_cli

    where = ["--knowledge", str(two_texts), "--index", str(tmp_path / "index")]
    code, out, _ = run_cli(["items", "--json", "--within", SOIL_MD, *where], capsys, monkeypatch)
    sources = {json.loads(line)["source"] for line in out.splitlines()}
    assert code == 0 and sources == {SOIL_MD}
    progress = ["progress", "--learner", "kim", "--json", "--within", VOLCANOES_MD, *where]
    code, out, _ = run_cli(progress, capsys, monkeypatch)
    assert code == 0 and {s["source"] for s in json.loads(out)["sections"]} == {VOLCANOES_MD}
    code, _, err = run_cli(["items", "--within", "knowledge/none.md", *where], capsys, monkeypatch)
    assert code != 0 and "no such text" in err and SOIL_MD in err
