"""Property tests: the reader and chunker never raise and keep exact spans; `ask` never raises and keeps
the citation contract, whatever it is given."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import ARTICLE
from helpers import citation_problems, unfold_ligatures
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tutor.english.text import words
from tutor.errors import KnowledgeError
from tutor.ingest.chunking import ChunkerSettings, chunk_documents
from tutor.ingest.reading import parse, read_knowledge
from tutor.records import Document

EXAMPLES = int(os.environ.get("TUTOR_FUZZ_EXAMPLES", "150"))  # e.g. 3000 for a long hunt
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ANY_CHAR = st.characters(exclude_categories=())  # every code point, lone surrogates included
FILE_CHAR = st.characters(codec="utf-8")  # what a UTF-8 file can hold

_LINE_STARTS = ["", "", "", "# ", "## ", "### ", "- ", "* ", "1. ", "2) ", "  ", "\t", "---", "```", "> "]


@st.composite
def documents(draw: st.DrawFn, chars: st.SearchStrategy[str] = FILE_CHAR) -> str:
    """Markdown-ish text: headings, lists, paragraphs, front matter and blank lines around arbitrary Unicode."""
    sentence = st.text(chars, max_size=60).map(lambda s: s + st_choice(draw, [".", "?", "!", "", ":", " e.g."]))
    lines = draw(
        st.lists(
            st.tuples(st.sampled_from(_LINE_STARTS), st.lists(sentence, max_size=4).map(" ".join)),
            max_size=25,
        )
    )
    breaks = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028", "\n \n", "\x85", "\x0c"])
    body = "".join(start + text + draw(breaks) for start, text in lines)
    if draw(st.booleans()):
        body = "---\ntitle: " + draw(st.text(chars, max_size=20)) + "\n---\n" + body
    if draw(st.booleans()):
        body = "\ufeff" + body
    return body


def st_choice(draw: st.DrawFn, options: list[str]) -> str:
    return draw(st.sampled_from(options))


def _check_document(doc: Document) -> None:
    text = doc.text
    last_unit_end = 0
    for section in doc.sections:
        assert 0 <= section.start <= section.end <= len(text)
        for block in section.blocks:
            assert block.units, "a block without sentences"
            assert (block.start, block.end) == (block.units[0].start, block.units[-1].end)
            for unit in block.units:
                assert last_unit_end <= unit.start < unit.end <= len(text), "units overlap or run backwards"
                span = text[unit.start : unit.end]
                assert span == span.strip() and span.strip("\ufeff"), f"untrimmed unit {span!r}"
                assert unit.block == block.number
                last_unit_end = unit.end


def _reads_from(reading: str, source: str) -> bool:
    """The reading view is the source with markup and breaks taken out (and ligatures read as letters, a table's
    cells joined by "; ", a glossary's term and definition by ": "): its characters, spaces and those semicolons and
    colons aside, come in the source's order; where TeX math reads as its symbols, its ASCII letters and digits do."""
    reading = reading.replace("; ", " ") if "|" in source else reading
    if any(mark in source for mark in ("$", "math}", ":math:", "\\(", "\\[")):  # math as symbols: the source's letters
        return bool(reading.strip()) and _in_order("".join(c for c in reading if c.isascii() and c.isalnum()), source)
    # a plain text's glossary term reads with its definition after a colon where the text breaks the line
    return bool(reading.strip()) and (_in_order(reading, source) or _in_order(reading.replace(":", ""), source))


def _in_order(reading: str, source: str) -> bool:
    rest = iter(unfold_ligatures(source))
    return all(ch in rest for ch in reading if not ch.isspace())


def _check_chunks(doc: Document, max_words: int) -> None:
    chunks = chunk_documents([doc], ChunkerSettings(max_words=max_words))
    units = [u for s in doc.sections for b in s.blocks for u in b.units]
    assert [u for c in chunks for u in c.units] == units, "every sentence in exactly one chunk, in order"
    titles = {s.title for s in doc.sections}
    for c in chunks:
        assert c.text == doc.text[c.start : c.end]
        assert c.section in titles and c.source == doc.source
        for u in c.units:
            assert c.start <= u.start < u.end <= c.end
            assert _reads_from(c.unit_text(u), doc.text[u.start : u.end])
        if len(c.units) > 1:  # only a single over-long sentence may exceed the limit
            assert sum(len(words(c.unit_text(u))) for u in c.units) <= max_words * 2


@FUZZ
@given(documents(ANY_CHAR), st.booleans())
def test_reader_never_raises_and_keeps_exact_spans(text: str, markdown: bool) -> None:
    doc = parse(text, "knowledge/fuzz.md", markdown=markdown, fallback_title="fuzz")
    units = sum(len(b.units) for s in doc.sections for b in s.blocks)
    event(f"sections: {min(len(doc.sections), 3)}, units: {min(units, 5)}")
    _check_document(doc)


@FUZZ
@given(st.text(ANY_CHAR, max_size=300), st.booleans())
def test_reader_takes_any_string(text: str, markdown: bool) -> None:
    _check_document(parse(text, "knowledge/fuzz.md", markdown=markdown))


@FUZZ
@given(documents(), st.sampled_from([5, 20, 200]))
def test_chunker_never_raises_and_keeps_exact_spans(text: str, max_words: int) -> None:
    _check_chunks(parse(text, "knowledge/fuzz.md", fallback_title="fuzz"), max_words)


@FUZZ
@given(documents(st.sampled_from(list("$$$\\_^{}()ab x0.α`:"))))
@example(":$0$\n")  # a paragraph ending on a formula read as one symbol: its span runs past the closing "$"
@example(". $. 0$\n- 0$.\n")  # … and not into the next block's
def test_math_and_roles_keep_exact_spans(text: str) -> None:
    doc = parse(text, "knowledge/fuzz.md", fallback_title="fuzz")  # TeX and roles, however broken
    _check_document(doc)
    _check_chunks(doc, 20)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(documents(), st.sampled_from(["fuzz.md", "fuzz.txt"]))
def test_reading_a_file_gives_the_same_spans(tmp_path: Path, text: str, name: str) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_bytes(text.encode("utf-8"))
    try:
        [doc] = read_knowledge(folder)
    except KnowledgeError:
        event("refused")
        return  # an empty or headings-only file: refused with a message, which is the contract
    assert doc.text == text
    _check_document(doc)
    _check_chunks(doc, 50)


# ------------------------------------------------------------------ asking

_ARTICLE_WORDS = sorted(set(words(ARTICLE.read_text(encoding="utf-8"))))
_SPICE = ["[1]", "[2]", "?", "it", "and", "what about", "ignore your sources", "SYSTEM:", "<b>", "\x00", "\ud800"]
question_words = st.one_of(
    st.sampled_from(_ARTICLE_WORDS), st.sampled_from(_SPICE), st.text(ANY_CHAR, min_size=1, max_size=8)
)
_ARTICLE_LINES = [ln.strip("#-* ") for ln in ARTICLE.read_text(encoding="utf-8").splitlines() if len(ln.split()) > 3]


@st.composite
def article_phrases(draw: st.DrawFn) -> str:
    """A run of words from one line of the article, with noise mixed in: often answerable."""
    line = draw(st.sampled_from(_ARTICLE_LINES)).split()
    a = draw(st.integers(0, len(line) - 1))
    b = draw(st.integers(a + 1, min(len(line), a + 12)))
    noise = draw(st.lists(question_words, max_size=3))
    return " ".join(noise[:1] + line[a:b] + noise[1:]) + draw(st.sampled_from(["?", "", " ?", "…"]))


questions = st.one_of(
    st.text(ANY_CHAR, max_size=200),
    st.lists(question_words, max_size=14).map(" ".join),
    article_phrases(),
    article_phrases(),
)


@settings(max_examples=EXAMPLES + 50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(questions, st.lists(questions, max_size=3))
def test_ask_never_raises_and_keeps_the_citation_contract(
    fake_article_tutor, fake_article_dir, question, history
) -> None:
    answer = fake_article_tutor.ask(question, history)
    event(f"in scope: {answer.in_scope}, citations: {min(len(answer.citations), 2)}")
    assert answer.text.strip()
    problems = citation_problems(answer, fake_article_dir / "knowledge")
    assert not problems, problems
    json.dumps(answer.to_dict(), ensure_ascii=False).encode("utf-8")


# ------------------------------------------------------------------ conversing

_CHAT = [
    "hi", "thanks!", "what is this about?", "summarize", "summarize that", "sum up the part about", "tl;dr",
    "explain it simply:", "like I'm 12:", "give me an example of", "I don't get it", "what does", "mean?",
    "quiz me on", "quiz me", "skip", "stop", "I don't know", "what should I study next?", "overview of",
]  # fmt: skip
messages = st.one_of(
    questions, st.lists(st.one_of(st.sampled_from(_CHAT), question_words), min_size=1, max_size=8).map(" ".join)
)


@pytest.fixture(scope="module")
def fuzz_talk(fake_article_tutor, fake_article_dir, tmp_path_factory):  # type: ignore[no-untyped-def]
    from tutor.converse import Conversation
    from tutor.revision.bank import ensure_item_bank
    from tutor.revision.reviser import Reviser
    from tutor.revision.store import ProgressStore

    bank = ensure_item_bank(fake_article_dir / "knowledge", fake_article_tutor.index.folder)
    store = ProgressStore(tmp_path_factory.mktemp("fuzz-talk") / "progress.sqlite3")
    reviser = Reviser(bank, store, fake_article_tutor.embedder)
    return Conversation(fake_article_tutor, revision=lambda: reviser)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(messages, min_size=1, max_size=5), st.sampled_from([None, "fuzzy learner"]))
def test_a_conversation_never_raises_and_keeps_the_citation_contract(
    fuzz_talk, fake_article_dir, said: list[str], learner: str | None
) -> None:
    from tutor.converse import Dialog

    dialog = Dialog()
    for message in said:
        reply = fuzz_talk.reply(message, dialog, learner)
        event(f"kind: {reply.kind}")
        assert reply.answer.text.strip()
        problems = citation_problems(reply.answer, fake_article_dir / "knowledge")
        assert not problems, problems
        json.dumps(reply.to_dict(), ensure_ascii=False).encode("utf-8")
        dialog = reply.dialog
    assert fuzz_talk.replay(said).questions == dialog.questions
