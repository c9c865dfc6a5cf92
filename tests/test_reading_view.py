"""What a learner sees is the reading view: no Markdown, URL, HTML, directive or hard line break reaches an
answer, the source pane, the Article tab, a quiz item or the FAQ; no quiz item is made from code.

Over the seed (`knowledge/`), two published lessons (`../shared/eval/foreign/ml-lessons/`) and a fixture of
every Markdown feature the reader handles (`tests/data/markdown-features.md`), with the fake embedder.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, FakeEmbedder
from markdown_it import MarkdownIt

from tutor.answer.tutor import Tutor
from tutor.faq.build import build_entries
from tutor.index.build import build_index
from tutor.index.load import load_index
from tutor.ingest.reading import read_knowledge
from tutor.records import Answer
from tutor.revision.bank import ItemBank
from tutor.revision.grading import Grader
from tutor.revision.items import BLANK, QuizItem, generate_items
from tutor.revision.links import explanation
from tutor.revision.terms import candidate_terms
from tutor.ui.terminal import format_answer
from tutor.ui.web.article import article_html
from tutor.ui.web.quiz_md import grade_md
from tutor.ui.web.render import answer_html, sources_html

FIXTURE = ROOT / "tests" / "data" / "markdown-features.md"
ML_LESSONS = ROOT.parent / "shared" / "eval" / "foreign" / "ml-lessons"

# ------------------------------------------------------------------ the checker

_MARKUP: list[tuple[str, re.Pattern[str]]] = [
    ("bold or underline markers", re.compile(r"\*\*|__")),
    (
        "emphasis markers",
        re.compile(r"(?<![\w*])\*(?![\s*])[^*\n]+(?<![\s*])\*(?![\w*])|(?<!\w)_(?!\s)[^_\n]+(?<!\s)_(?!\w)"),
    ),
    ("a backtick", re.compile(r"`")),
    ("a link target", re.compile(r"\]\(")),
    ("a reference link", re.compile(r"\[[^\]\n]*\]\[[^\]\n]*\]")),
    ("a heading marker", re.compile(r"^\s*#{1,6}(\s|$)", re.M)),
    ("a quote marker", re.compile(r"^\s*>", re.M)),
    ("a URL", re.compile(r"https?://|\bwww\.", re.I)),
    ("an HTML tag or comment", re.compile(r"<(?:[A-Za-z][\w-]*(?:\s[^<>]*)?/?|/[A-Za-z][\w-]*\s*|!--.*?--)>", re.S)),
    ("a directive", re.compile(r"\{\{|\{%")),
    ("a hard line break", re.compile(r"\n")),
]


def markup_in(text: str) -> list[str]:
    """What kinds of source markup `text` (a sentence, prompt, answer or pane's text) still carries."""
    return [what for what, pattern in _MARKUP if pattern.search(text)]


@pytest.mark.parametrize(
    "text",
    [
        "This is **bold** text.",
        "This is __bold__ text.",
        "A _vector_ grows.",
        "A *string slice* is a reference.",
        "Call the `Vec::new` function.",
        "See [the docs](ch08.html) for more.",
        "Read the [“Data Types”][data-types] section.",
        "## Adding elements",
        "> A quoted line.",
        "Visit https://example.com today.",
        "Visit www.example.com today.",
        'The <span class="filename">main</span> file.',
        '<Listing number="4-1">',
        "Read on.<!-- ignore -->",
        "{{#include ../listings/x.rs}}",
        "A sentence broken\nin the middle.",
    ],
)
def test_the_checker_sees_every_kind_of_markup(text: str) -> None:
    assert markup_in(text), f"the checker passes markup: {text!r}"


@pytest.mark.parametrize(
    "text",
    [
        "A vector is a list of values; 5 < 6 and 7 > 2.",
        "The zebra_counter variable, 2 * 3 * 4, and #1 on the list.",
        "The “Common Collections” chapter (see Listing 4-1).",
    ],
)
def test_the_checker_passes_plain_prose(text: str) -> None:
    assert markup_in(text) == []


# ------------------------------------------------------------------ the corpora


class Corpus:
    """A knowledge folder indexed with the fake embedder, its documents and a tutor over it."""

    def __init__(self, knowledge: Path, index: Path) -> None:
        embedder = FakeEmbedder()
        build_index(knowledge, index, embedder, progress=False)
        self.knowledge = knowledge
        self.docs = read_knowledge(knowledge)
        self.tutor = Tutor(load_index(index), embedder)


@pytest.fixture(scope="module")
def fixture_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    folder = tmp_path_factory.mktemp("features")
    (folder / "knowledge").mkdir()
    shutil.copy(FIXTURE, folder / "knowledge" / FIXTURE.name)
    return Corpus(folder / "knowledge", folder / "index")


@pytest.fixture(scope="module", params=["seed", "ml-lessons", "fixture"])
def corpus(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    if request.param == "fixture":
        return request.getfixturevalue("fixture_corpus")  # type: ignore[no-any-return]
    source = {"seed": ROOT / "knowledge", "ml-lessons": ML_LESSONS}[request.param]
    if not source.is_dir():
        pytest.skip(f"{source} is missing")
    folder = tmp_path_factory.mktemp(request.param)
    shutil.copytree(source, folder / "knowledge", ignore=shutil.ignore_patterns("README*", "*.json*"))
    return Corpus(folder / "knowledge", folder / "index")


# a list question per corpus, besides every heading
LIST_QUESTIONS = {
    "seed": ["What are the challenges of cyber diplomacy?"],
    "ml-lessons": ["What issues impacted confidence in AI?", "What can you use machine learning for?"],
    "fixture": ["What rules apply when you add elements to a vector?", "What shapes do loops over a vector take?"],
}


def _text_of(page: str) -> str:
    """An HTML fragment's text content: tags gone, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


def _answers(corpus: Corpus, extra: list[str]) -> Iterator[Answer]:
    for question in [section for _, section in corpus.tutor.index.sections] + extra:
        yield corpus.tutor.ask(question)


def _shown_of_answer(answer: Answer, corpus: Corpus) -> Iterator[tuple[str, str]]:
    """(where, text) for everything an answer shows a learner: its sentences, its HTML, the source pane, the
    terminal's sources."""
    for p in answer.pieces:
        for s in p.sentences:
            yield "answer sentence", s
    yield "answer HTML", " ".join(_text_of(answer_html(answer)).split())
    pane = sources_html(answer, None, corpus.tutor.index.chunks)
    for card in re.findall(r'<div class="passage">(.*?)</div>', pane, re.S):
        for block in re.findall(r"<(?:p|li)>(.*?)</(?:p|li)>", card, re.S):
            yield "source pane", _text_of(block)
    sources = format_answer(answer, corpus.tutor.index.chunks).split("\nSources:\n", 1)
    for line in sources[1].splitlines() if len(sources) > 1 else []:
        if line.startswith("    "):  # a passage's line; "[n] section — file:start-end" names where it is
            yield "terminal source", line.strip()


def _shown_of_item(it: QuizItem) -> Iterator[tuple[str, str]]:
    yield "prompt", it.prompt.replace(BLANK, "[blank]")  # the blank is the tutor's own, not markup
    yield "answer", it.answer
    for c in it.choices:
        yield "choice", c
    for e in it.elements:
        yield "element", e
    for line in it.reading.split("\n"):
        yield "reading", line


def _shown_of_revision(it: QuizItem, bank: ItemBank, corpus: Corpus) -> Iterator[tuple[str, str]]:
    """The graded feedback (terminal and web) and what "Explain" puts in the chat and the source pane."""
    grade = Grader().grade(it, "no idea")
    web = MarkdownIt("commonmark").render(grade_md(grade))  # the web's feedback is Markdown: as the page shows it
    for line in grade.feedback.splitlines() + _text_of(web).splitlines():
        yield "feedback", line.strip().replace(it.source, "the file")  # the file's name is not the text's
    for where, text in _shown_of_answer(explanation(bank, it.id, corpus.tutor.index.chunks), corpus):
        yield f"Explain {where}", text.replace(it.source, "the file")


def _problems(where: str, text: str) -> list[str]:
    found = markup_in(text)
    return [f"{where}: {', '.join(found)}: {text[:120]!r}"] if found else []


def test_nothing_a_learner_sees_carries_markup(corpus: Corpus, request: pytest.FixtureRequest) -> None:
    name = request.node.callspec.params["corpus"]
    problems: list[str] = []
    answered = 0
    for answer in _answers(corpus, LIST_QUESTIONS[name]):
        answered += answer.in_scope
        for where, text in _shown_of_answer(answer, corpus):
            problems += _problems(f"{where} ({answer.question})", text)
    items = generate_items(corpus.docs)
    bank = ItemBank(items)
    for it in items:
        for where, text in [*_shown_of_item(it), *_shown_of_revision(it, bank, corpus)]:
            problems += _problems(f"item {it.id} {where}", text)
    entries = build_entries(corpus.tutor)
    for e in entries:
        problems += _problems("FAQ question", e.question)
        for piece in e.answer.pieces:
            for sentence in piece.sentences:
                problems += _problems(f"FAQ answer ({e.question})", sentence)
    for sentence in re.findall(r'<span class="u"[^>]*>(.*?)</span>', article_html(corpus.docs)):
        problems += _problems("Article tab", html.unescape(sentence))
    assert answered >= len(corpus.tutor.index.sections) // 2 and items and entries, "the checks looked at little"
    assert not problems, "\n".join(problems[:40])


# ------------------------------------------------------------------ code


def _code_only_words(text: str) -> set[str]:
    """Words that appear in the file's fenced code and nowhere else in it."""
    fences = re.compile(r"^```.*?^```[ \t]*$", re.S | re.M)
    words = lambda s: {w.lower() for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]{2,}", s)}  # noqa: E731
    return words(" ".join(fences.findall(text))) - words(fences.sub(" ", text))


def test_no_item_or_answer_is_made_from_code(fixture_corpus: Corpus) -> None:
    code = _code_only_words(FIXTURE.read_text(encoding="utf-8"))
    assert {"quokka_shelf", "marmalade_total", "zebra_counter"} <= code

    def leaks(text: str) -> set[str]:
        return code & {w.lower() for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]{2,}", text)}

    items = generate_items(fixture_corpus.docs)
    for it in items:
        for where, text in _shown_of_item(it):
            assert not leaks(text), f"item {it.id} {where} is made from code: {text!r}"
    for question in ["What does the shelf hold?", "What is the zebra counter?", "Creating a vector"]:
        answer = fixture_corpus.tutor.ask(question)
        for where, text in _shown_of_answer(answer, fixture_corpus):
            assert not leaks(text), f"{where} quotes code: {text!r}"


# ------------------------------------------------------------------ a lead-in brings its list


def test_a_question_about_a_list_introduced_by_a_lead_in_gets_the_list(fixture_corpus: Corpus) -> None:
    answer = fixture_corpus.tutor.ask("What rules apply when you add elements to a vector?")
    assert answer.in_scope
    kinds = [p.kind for p in answer.pieces]
    items = [s for p in answer.pieces if p.kind == "item" for s in p.sentences]
    assert "lead_in" in kinds and kinds.index("lead_in") < kinds.index("item")
    assert items == [
        "The vector must be declared as mutable with the mut keyword.",
        "Every new element must have the same type as the others.",
        "No reference to an element may be alive while you add a new one.",
    ]
    pane = sources_html(answer, None, fixture_corpus.tutor.index.chunks)
    assert "<ol" in pane and "<mark>The vector must be declared as mutable with the mut keyword.</mark>" in pane


# ------------------------------------------------------------------ items keep both views


def test_items_keep_their_exact_source_and_store_their_reading(fixture_corpus: Corpus) -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    items = generate_items(fixture_corpus.docs)
    for it in items:
        assert text[it.start : it.end] == it.text and it.reading, it.id
        assert QuizItem.from_dict(json.loads(json.dumps(it.to_dict()))) == it, "items.jsonl keeps `reading`"
    lists = [it for it in items if it.kind == "list" and it.reading.startswith("There are three rules")]
    assert [line[:2] for line in lists[0].reading.splitlines()] == ["Th", "• ", "• ", "• "]
    assert "`mut`" in lists[0].text and "the mut keyword" in lists[0].reading


def test_a_name_in_quote_marks_is_blanked_without_them() -> None:
    (term,) = [t for t in candidate_terms("Read the “Common Collections” chapter next.") if t.kind == "name"]
    assert term.text == "Common Collections"
