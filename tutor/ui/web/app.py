"""The tutor in the browser: the page (Chat | FAQ | Read | Revise | Texts) put together from its tabs.

Thin on purpose: each tab lays itself out and wires its handlers, which take what the page sent, call the
tutor, the FAQ or the reviser, and render HTML (`render.py`, `article.py`, `faq_tab.py`, `quiz_md.py`). The FAQ
and Read tabs show the library through `shelf.py`, which follows the live tutor as texts are added and removed.
Serve the page with `server.launch()`.
"""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tutor.answer.wording import Wording
from tutor.errors import TutorError
from tutor.records import Document
from tutor.ui.web.article import ArticleIndex
from tutor.ui.web.chat import example_questions
from tutor.ui.web.chat_tab import ChatHandlers, build_chat_tab, wire_chat, wire_chat_refresh, wire_revision
from tutor.ui.web.faq_tab import FaqHandlers, build_faq_tab, wire_faq_refresh
from tutor.ui.web.read_tab import ReadHandlers, build_read_tab, wire_read_refresh
from tutor.ui.web.shelf import Edition, Shelf

if TYPE_CHECKING:
    import gradio as gr

    from tutor.answer.tutor import Answerer
    from tutor.faq import Faq
    from tutor.revision.store import ProgressStore
    from tutor.ui.web.revise_tab import ReviseHandlers


TITLE = "Tutor"


def _revise_tab(tutor: Answerer, knowledge: str | Path | None, store: ProgressStore | None) -> ReviseHandlers | None:
    """The Revise tab's handlers, or None (with the reason shown in the tab) when its items cannot be made."""
    import gradio as gr

    from tutor.ui.web.revise_tab import build_revise_tab

    try:
        return build_revise_tab(tutor, knowledge, store, explain_here=False)
    except TutorError as e:
        gr.Markdown(f"### Revision is not available\n\n{html.escape(str(e))}", elem_id="revise-error")
        return None


def create_app(
    tutor: Answerer,
    faq: Faq | None = None,
    documents: Sequence[Document] | None = None,
    examples: list[str] | None = None,
    knowledge: str | Path | None = None,
    store: ProgressStore | None = None,
) -> gr.Blocks:
    """The Blocks app; launch it with `server.launch()` so the CSS, script and offline theme come along.

    `knowledge` is the folder the index was built from (default: `config.knowledge_dir()`); the Revise tab
    makes its quiz items from it. `store` holds learner progress (default: under `$TUTOR_HOME`). Over a
    `LiveTutor` the FAQ, Read and Revise tabs follow the texts as they are added and removed.
    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from tutor import config
    from tutor.ui.web.revise_tab import wire_revise_refresh

    folder = config.knowledge_dir(knowledge)
    shelf = Shelf(tutor, folder, faq, documents or (), changed=lambda edition: _follow(handlers, edition))
    article = shelf.last.article
    examples = examples if examples is not None else example_questions(faq)
    handlers = ChatHandlers(tutor, faq, article)
    faq_handlers, read_handlers = FaqHandlers(shelf), ReadHandlers(shelf)
    wording = Wording.of(tutor.index)
    # one queue for everything that runs the model: answers never race each other for it
    busy = {"concurrency_id": "tutor", "concurrency_limit": 1}
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        history = gr.State([])
        gr.Markdown(f"## {TITLE} · {html.escape(_title(article))}", elem_id="app-title")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Chat", id="chat", elem_id="tab-chat") as chat_tab:
                chat = build_chat_tab(history, examples, wording, shelf.last.texts)
            with gr.Tab("FAQ", id="faq", elem_id="tab-faq") as faq_tab:
                faq_ui = build_faq_tab(faq_handlers, busy)
            with gr.Tab("Read", id="article", elem_id="tab-article") as read_tab:
                read_ui = build_read_tab(read_handlers)
            with gr.Tab("Revise", id="revise", elem_id="tab-revise") as revise_tab:
                handlers.revise = _revise_tab(tutor, folder, store)
            with gr.Tab("Texts", id="texts", elem_id="tab-texts"):
                _texts_tab(tutor, folder, shelf)
        wire_chat(chat, handlers, busy)
        wire_chat_refresh(chat_tab, chat, lambda: shelf.current().texts)
        wire_faq_refresh(faq_tab, faq_ui, faq_handlers, busy)
        wire_read_refresh(read_tab, read_ui, read_handlers, busy)
        if handlers.revise is not None:
            wire_revision(chat, handlers, tabs, busy)
            wire_revise_refresh(revise_tab, handlers.revise, busy)
    return app


def _follow(chat: ChatHandlers, edition: Edition) -> None:
    """The chat's FAQ and "Open in the text" links follow the library too."""
    chat.faq, chat.article = edition.faq, edition.article


def _texts_tab(tutor: Answerer, knowledge: Path, shelf: Shelf) -> None:
    """The library: over the live tutor of `tutor serve`, which reopens its index when the knowledge changes."""
    import gradio as gr

    from tutor.service import LiveTutor
    from tutor.ui.web.texts_tab import Library, build_texts_tab

    if isinstance(tutor, LiveTutor):
        # the FAQ and the texts of the new index are made at once, before anyone opens their tabs
        build_texts_tab(Library(knowledge, tutor, shelf.current))
    else:
        gr.Markdown("Adding and removing texts needs the tutor started with `tutor serve`.", elem_id="texts-off")


def _title(article: ArticleIndex) -> str:
    return article.docs[0].title if len(article.docs) == 1 else "your texts"
