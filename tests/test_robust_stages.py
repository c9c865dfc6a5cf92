"""Property tests over every stage that reads text (issue 17): reading, chunking, sentences, answers, the FAQ, the
quiz items and the guided path never raise, on arbitrary text and on real documents mangled the ways real
extractions mangle them (hard-wrapped lines, lines without spaces, runs of punctuation, page numbers and running
headers between lines, one very long line, no sentence ends, tables as text, a file cut anywhere).

Each stage runs with a `Skips` of its own and must skip nothing: the build's safety net (a piece a stage cannot
use is skipped and counted) is not a licence to fail."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import citation_problems, tutor_over
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_books import chapters_one_to_three
from test_robust_fuzz import FILE_CHAR, _check_chunks, _check_document, documents

from tutor.errors import KnowledgeError
from tutor.faq.build import build_entries
from tutor.ingest.reading import parse
from tutor.records import Document
from tutor.revision.bank import ItemBank
from tutor.revision.items import generate_items
from tutor.revision.path import GuidedPath
from tutor.revision.reviser import Reviser
from tutor.revision.store import ProgressStore
from tutor.skips import Skips

EXAMPLES = int(os.environ.get("TUTOR_FUZZ_EXAMPLES", "150"))
STAGES = settings(
    max_examples=max(10, EXAMPLES // 3),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)

_REAL = [
    ROOT / "knowledge" / "cyber-diplomacy.md",
    ROOT / "tests" / "data" / "texts" / "mozilla-wikipedia" / "mozilla.md",
    ROOT / "tests" / "data" / "texts" / "sre-monitoring" / "monitoring.md",
]


def _real_texts() -> list[tuple[str, str]]:
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in _REAL]
    book = chapters_one_to_three()
    return [*texts, ("free-culture.txt", book[: len(book) // 3])]


REAL_TEXTS = _real_texts()


# ------------------------------------------------------------------ mutations, as extractions make them


def _hard_wrap(text: str, width: int) -> str:
    out = []
    for line in text.splitlines():
        row = ""
        for word in line.split(" "):
            if row and len(row) + len(word) + 1 > width:
                out.append(row)
                row = word
            else:
                row = f"{row} {word}" if row else word
        out.append(row)
    return "\n".join(out)


def _every_few_lines(text: str, n: int, furniture: list[str]) -> str:
    out = []
    for i, line in enumerate(text.splitlines(), 1):
        out.append(line)
        if i % n == 0:
            out.extend(f.format(page=i // n) for f in furniture)
    return "\n".join(out)


@st.composite
def mangled(draw: st.DrawFn) -> tuple[str, str]:
    """A real document, cut and changed by a few of the mutations real extractions make."""
    name, text = draw(st.sampled_from(REAL_TEXTS))
    a = draw(st.integers(0, len(text) // 2))
    text = text[a : a + draw(st.integers(200, 6000))]  # cut anywhere: mid-word, mid-markup, mid-table
    for mutation in draw(st.lists(st.integers(0, 8), max_size=4)):
        lines = text.splitlines() or [""]
        k = draw(st.integers(0, len(lines) - 1))
        if mutation == 0:
            text = _hard_wrap(text, draw(st.integers(8, 80)))
        elif mutation == 1:  # a line without spaces
            lines[k] = lines[k].replace(" ", "")
            text = "\n".join(lines)
        elif mutation == 2:  # a run of punctuation
            run = draw(st.text(st.sampled_from(list(".,;:!?-—…()[]*_#|>\"'“”")), min_size=1, max_size=40))
            at = draw(st.integers(0, len(text)))
            text = text[:at] + run + text[at:]
        elif mutation == 3:
            headers = draw(st.sampled_from([["{page}"], ["{page}", "A RUNNING HEADER"], ["CHAPTER {page} 12", "x"]]))
            text = _every_few_lines(text, draw(st.integers(2, 40)), headers)
        elif mutation == 4:  # one very long line
            text = " ".join(text.split())
        elif mutation == 5:  # no sentence ends
            text = text.translate(str.maketrans("", "", ".?!"))
        elif mutation == 6:  # a table as text
            cells = draw(st.lists(st.text(FILE_CHAR, max_size=12), min_size=1, max_size=6))
            row = draw(st.sampled_from(["| ", "   ", "\t"])).join(cells)
            lines[k:k] = [row] * draw(st.integers(1, 5))
            text = "\n".join(lines)
        elif mutation == 7:  # numbered and capital lines that look like headings
            lines[k:k] = [draw(st.sampled_from(["1. Introduction", "PART TWO", "CHAPTER 3: Soil", "2.1 Results"]))]
            text = "\n".join(lines)
        else:  # arbitrary characters spliced in
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.text(FILE_CHAR, max_size=30)) + text[at:]
    suffix = draw(st.sampled_from([".md", ".txt"]))
    return name.rsplit(".", 1)[0] + suffix, text


texts = st.one_of(mangled(), mangled(), documents().map(lambda t: ("fuzz.md", t)))


def _read(name: str, text: str) -> Document:
    return parse(text, f"knowledge/{name}", markdown=name.endswith(".md"), fallback_title="fuzz")


def _items_and_path(doc: Document, tmp: Path) -> None:
    skips = Skips("quiz items")
    items = generate_items([doc], skips)
    assert not skips.skipped, skips.skipped
    for it in items:
        assert it.text == doc.text[it.start : it.end]
    reviser = Reviser(ItemBank(items), ProgressStore(tmp / "progress.db"))
    path = GuidedPath(reviser)
    for section in path.sections:
        assert path.checks(section)
        path.key_points(section)
    step = path.step("learner")
    assert step.kind in ("points", "done")


@STAGES
@given(texts)
def test_reading_chunking_items_and_path_never_raise(tmp_path: Path, named: tuple[str, str]) -> None:
    name, text = named
    doc = _read(name, text)
    event(f"sections: {min(len(doc.sections), 4)}")
    _check_document(doc)
    _check_chunks(doc, 200)
    _items_and_path(doc, tmp_path)


@settings(
    max_examples=max(5, EXAMPLES // 10),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(mangled(), st.lists(st.text(FILE_CHAR, max_size=40), min_size=1, max_size=3))
def test_the_faq_and_answers_never_raise_and_keep_the_citation_contract(
    tmp_path_factory, fake_embedder, named: tuple[str, str], questions: list[str]
) -> None:
    name, text = named
    doc = _read(name, text)
    if not any(s.blocks for s in doc.sections):
        return  # refused by the reader with a message (a file with no text): not a stage's input
    try:
        tutor, knowledge = tutor_over(tmp_path_factory.mktemp("stage"), {name: text}, fake_embedder)
    except KnowledgeError:
        event("refused by the reader")
        return  # e.g. a NUL byte: "looks like a binary file", a message that names the file, which is the contract
    skips = Skips("FAQ")
    entries = build_entries(tutor, skips)
    assert not skips.skipped, skips.skipped
    for entry in entries:
        assert not citation_problems(entry.answer, knowledge)
    for question in [*questions, *(s.title for s in doc.sections[:2])]:
        answer = tutor.ask(question)
        assert answer.text.strip()
        assert not citation_problems(answer, knowledge)


# ------------------------------------------------------------------ the safety net, when a stage does fail


_TWO_SECTIONS = (
    "# Soil\n\n## Forming\n\nSoil forms over centuries as rock weathers into small grains.\n"
    "Earthworms mix the mineral layers of the ground.\n\n"
    "## Testing\n\nA soil test tells a gardener its acidity before anything is planted.\n"
    "Lime raises the acidity of a soil that is too sour for vegetables.\n"
)


def _build(tmp_path: Path, fake_embedder) -> tuple[list[str], list[object]]:
    from tutor.service import build_everything

    knowledge = tmp_path / "knowledge"
    knowledge.mkdir(exist_ok=True)
    (knowledge / "soil.md").write_text(_TWO_SECTIONS, encoding="utf-8")
    notices: list[str] = []
    steps = list(build_everything(notices.append, knowledge, tmp_path / "index", fake_embedder))
    return notices, steps


def test_a_section_the_items_stage_cannot_use_is_skipped_named_and_counted(tmp_path, fake_embedder, monkeypatch):
    import tutor.revision.items.generate as generate

    real = generate._section_offers

    def failing(doc, section, *rest):
        if section.title == "Testing":
            raise ValueError("substring not found")
        return real(doc, section, *rest)

    monkeypatch.setattr(generate, "_section_offers", failing)
    notices, _ = _build(tmp_path, fake_embedder)
    assert any("quiz items: skipped 1" in n and "knowledge/soil.md, section 'Testing'" in n for n in notices), notices
    header = json.loads((tmp_path / "index" / "items.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert len(header["skipped"]) == 1 and "ValueError: substring not found" in header["skipped"][0]
    items = [json.loads(line) for line in (tmp_path / "index" / "items.jsonl").read_text().splitlines()[1:]]
    assert {it["section"] for it in items} == {"Forming"}  # the other section's items were kept


def test_a_failing_stage_keeps_the_index_and_the_next_build_retries_it(tmp_path, fake_embedder, monkeypatch):
    import tutor.revision.bank as bank

    def broken(*args, **kwargs):
        raise RuntimeError("the generator broke")

    with monkeypatch.context() as m:
        m.setattr(bank, "generate_items", broken)
        notices, steps = _build(tmp_path, fake_embedder)
    assert any("The quiz items could not be made (RuntimeError: the generator broke)" in n for n in notices)
    assert any("next `tutor build` tries the quiz items again" in n for n in notices)
    assert (tmp_path / "index" / "manifest.json").is_file() and steps[-1].entries > 0  # index and FAQ are there
    assert not (tmp_path / "index" / "items.jsonl").exists()
    notices, _ = _build(tmp_path, fake_embedder)  # nothing changed in the knowledge: the index is kept...
    assert (tmp_path / "index" / "items.jsonl").is_file()  # ...and the items are made this time
    assert not [n for n in notices if "could not" in n]


def test_a_reader_failure_names_the_file_and_keeps_the_old_index(tmp_path, fake_embedder, monkeypatch):
    import tutor.ingest.reading as reading
    from tutor.errors import KnowledgeError

    _build(tmp_path, fake_embedder)
    before = (tmp_path / "index" / "manifest.json").read_bytes()
    (tmp_path / "knowledge" / "book.txt").write_text("A new text about compost.\n", encoding="utf-8")
    monkeypatch.setattr(reading, "plain_sections", lambda *a: (_ for _ in ()).throw(IndexError("list index")))
    with pytest.raises(KnowledgeError, match=r"book\.txt: the reader failed on this text \(IndexError: list index\)"):
        _build(tmp_path, fake_embedder)
    assert (tmp_path / "index" / "manifest.json").read_bytes() == before
