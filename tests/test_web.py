"""The web layer without a server: chat and FAQ handlers as plain functions, the rendered HTML, the CLI edges."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from conftest import FakeEmbedder

from tutor.errors import TutorError
from tutor.faq import open_faq
from tutor.ingest.reading import read_knowledge
from tutor.records import Answer, Citation, Piece
from tutor.service import open_tutor
from tutor.ui.web.article import ArticleIndex, article_html
from tutor.ui.web.chat import chat_turn, example_questions
from tutor.ui.web.faq_tab import faq_search
from tutor.ui.web.render import answer_html, question_html, sources_html
from tutor.ui.web.server import bind_warning, parse_auth

XSS = "<img src=x onerror=alert(1)>"


@pytest.fixture
def setup(knowledge: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    tutor = open_tutor(knowledge, tmp_path / "index", embedder=FakeEmbedder())
    faq = open_faq(tutor, notify=lambda m: None)
    return tutor, faq, ArticleIndex(tuple(read_knowledge(knowledge)))


def _last(turns):  # type: ignore[no-untyped-def]
    return list(turns)[-1]


def test_a_question_shows_first_then_its_cited_answer_and_sources(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, faq, article = setup
    chat: list[dict[str, str]] = []
    history: list[str] = []
    turns = list(chat_turn(tutor, faq, "What is the main function of cyber diplomacy?", chat, history, article))
    assert len(turns) == 2
    assert [m["role"] for m in turns[0].chat] == ["user", "assistant"] and "Looking" in turns[0].chat[1]["content"]
    final = turns[-1]
    assert chat == [] and history == [], "the session's lists are not mutated"
    assert final.history == ["What is the main function of cyber diplomacy?"]
    assert "[1]" in final.chat[-1]["content"] and 'class="tutor-answer"' in final.chat[-1]["content"]
    assert 'id="src-1"' in final.sources and "<mark>" in final.sources
    assert "Open in the text" in final.sources
    target = re.search(r'data-target="([^"]+)"', final.sources).group(1)
    assert f'id="{target}"' in article_html(article.docs)
    assert final.suggestions == []


def test_follow_up_uses_this_sessions_history_only(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, faq, article = setup
    first = _last(chat_turn(tutor, faq, "What are the challenges of cyber diplomacy?", [], [], article))
    second = _last(chat_turn(tutor, faq, "Which one concerns technology?", first.chat, first.history, article))
    assert len(second.chat) == 4
    assert second.history == ["What are the challenges of cyber diplomacy?", "Which one concerns technology?"]
    other = _last(chat_turn(tutor, faq, "What is cyber diplomacy?", [], [], article))
    assert other.history == ["What is cyber diplomacy?"] and len(other.chat) == 2


def test_refusal_looks_different_and_offers_follow_up_questions(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, faq, article = setup
    turn = _last(chat_turn(tutor, faq, "Who won the 2018 FIFA World Cup in Moscow?", [], [], article))
    content = turn.chat[-1]["content"]
    assert 'class="tutor-refusal"' in content and 'class="tutor-answer"' not in content
    assert "Not in the text" in content
    assert 1 <= len(turn.suggestions) <= 3
    faq_questions = {e.question for e in faq.entries}
    assert all(q in faq_questions for q in turn.suggestions)
    assert "Closest sections" in turn.sources and "<mark>" not in turn.sources


@pytest.mark.parametrize("question", [XSS, "<script>alert(1)</script> what?", "**bold** and [link](http://x.y)"])
def test_a_question_is_shown_as_text(setup, question: str) -> None:  # type: ignore[no-untyped-def]
    tutor, faq, article = setup
    turn = _last(chat_turn(tutor, faq, question, [], [], article))
    shown = turn.chat[0]["content"]
    assert "<img" not in shown and "<script" not in shown
    assert shown == question_html(question)
    assert "&lt;" in shown or "**bold**" in shown
    for message in turn.chat:
        assert "<img" not in message["content"] and "<script" not in message["content"]


def test_empty_question_changes_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, faq, article = setup
    turn = _last(chat_turn(tutor, faq, "   ", [{"role": "user", "content": "x"}], ["x"], article))
    assert turn.chat == [{"role": "user", "content": "x"}] and turn.history == ["x"]


def test_article_text_is_escaped_everywhere() -> None:
    citation = Citation(1, "k/a.md", "<b>Sec</b>", 0, 22, "a <script>x</script> b", 1.0, ((2, 20),))
    answer = Answer("q", (Piece("sentence", ("a <script>x</script> b",), 1),), True, (citation,))
    assert "<script>" not in answer_html(answer) and "&lt;script&gt;" in answer_html(answer)
    pane = sources_html(answer)
    assert "<script>" not in pane and "<b>Sec</b>" not in pane
    assert "<mark>a &lt;script&gt;x&lt;/script&gt; b</mark>" in pane  # no indexed passage: the answer's quote


def test_answer_pieces_become_paragraphs_lists_and_quotes() -> None:
    citation = Citation(1, "k/a.md", "Sec", 0, 5, "hello", 1.0)
    pieces = (
        Piece("lead_in", ("Lead-in",), 1),
        Piece("item", ("one",), 1),
        Piece("item", ("two <i>",), 1),
        Piece("quote", ("quoted <b>x</b>", "", "more"), 1),
        Piece("message", ("Answer: y",)),
    )
    shown = answer_html(Answer("q", pieces, True, (citation,)))
    assert shown.count("<ul>") == 1 and '<li>two &lt;i&gt; <span class="cite" data-n="1">[1]</span></li>' in shown
    assert '<blockquote class="quote">quoted &lt;b&gt;x&lt;/b&gt;<br><br>more <span class="cite"' in shown
    assert "<p>Answer: y</p>" in shown and "<p>Lead-in <span" in shown


def test_article_tab_has_every_section_and_escapes_the_text(knowledge: Path) -> None:
    (knowledge / "extra.md").write_text(
        "# Extra\n\n## Odd <b>Heading</b>\n\nText with <script>alert(1)</script> in it, where 5 < 6 & 7 > 2.\n"
    )
    docs = read_knowledge(knowledge)
    page = article_html(docs)
    for doc in docs:
        for s in doc.sections:
            assert html.escape(s.title) in page
    assert "<script>" not in page and "&lt;script&gt;" not in page, "inline HTML is not part of the reading view"
    assert "Text with alert(1) in it, where 5 &lt; 6 &amp; 7 &gt; 2." in page
    assert "Contents" in page and "<ol " in page  # the numbered list of practitioners stays numbered


def test_faq_search_says_when_nothing_is_close(setup) -> None:  # type: ignore[no-untyped-def]
    tutor, faq, article = setup
    assert "Nothing in the FAQ is close" in faq_search(faq, "zebra quantum pancakes", article)
    found = faq_search(faq, "Why is cyber diplomacy important?", article)
    assert "Why is cyber diplomacy important?" in found and "<details" in found
    assert faq_search(faq, "  ", article) == ""
    assert "&lt;img" in faq_search(faq, XSS, article)


def test_example_questions_come_from_the_faq(setup) -> None:  # type: ignore[no-untyped-def]
    _, faq, _ = setup
    examples = example_questions(faq)
    assert 2 <= len(examples) <= 4
    assert set(examples) <= {e.question for e in faq.entries}


def _elem_ids(block) -> set[str]:  # type: ignore[no-untyped-def]
    """The elem_ids of a block and everything inside it."""
    ids = {block.elem_id} if getattr(block, "elem_id", None) else set()
    for child in getattr(block, "children", []):
        ids |= _elem_ids(child)
    return ids


def test_create_app_builds_the_five_tabs(setup, knowledge: Path) -> None:  # type: ignore[no-untyped-def]
    from tutor.ui.web.app import create_app

    tutor, faq, article = setup
    app = create_app(tutor, faq, article.docs, knowledge=knowledge)
    tabs = next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == "tabs")
    assert [t.label for t in tabs.children] == ["Chat", "FAQ", "Read", "Revise", "Texts"]
    chat, _, _, revise, _ = tabs.children
    assert {"check-open", "check-panel", "check-answer"} <= _elem_ids(chat)
    assert {"revise-learner", "path-step", "quiz-question", "quiz-explain", "revise-mastery"} <= _elem_ids(revise)
    assert "revise-error" not in _elem_ids(revise)


def test_revise_tab_says_why_when_its_items_cannot_be_made(setup, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tutor.ui.web.app import create_app

    tutor, faq, article = setup
    other = tmp_path / "other"
    other.mkdir()
    (other / "notes.md").write_text("# Notes\n\nA different text altogether.\n", encoding="utf-8")
    app = create_app(tutor, faq, article.docs, knowledge=other)
    tabs = next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == "tabs")
    revise = tabs.children[3]
    assert "revise-error" in _elem_ids(revise) and "revise-learner" not in _elem_ids(revise)
    error = next(b for b in app.blocks.values() if getattr(b, "elem_id", None) == "revise-error")
    assert "tutor build" in error.value


def test_binding_beyond_this_machine_needs_auth_or_warns() -> None:
    assert bind_warning("127.0.0.1", None) is None
    assert bind_warning("0.0.0.0", ("a", "b")) is None
    warning = bind_warning("0.0.0.0", None)
    assert warning and "--auth" in warning
    assert parse_auth("alice:s3:cret") == ("alice", "s3:cret")
    for bad in ("alice", ":pw", "alice:"):
        with pytest.raises(TutorError, match="USER:PASSWORD"):
            parse_auth(bad)


@pytest.mark.slow  # a subprocess
def test_help_does_not_import_gradio() -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tutor.ui.cli", "--help"],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    imported = out.stderr
    assert "gradio" not in imported and "torch" not in imported
    assert "serve" in out.stdout and "faq" in out.stdout
