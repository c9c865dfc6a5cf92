"""The tutor in the browser: the page (Chat | FAQ | Read | Revise | Texts) put together from its tabs.

Thin on purpose: each tab lays itself out and wires its handlers, which take what the page sent, call the
tutor, the FAQ or the reviser, and render HTML (`render.py`, `article.py`, `faq_tab.py`, `quiz_md.py`).
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
from tutor.ui.web.article import ArticleIndex, article_html, contents_html, page_html
from tutor.ui.web.chat import example_questions
from tutor.ui.web.chat_tab import ChatHandlers, build_chat_tab, wire_chat, wire_revision
from tutor.ui.web.faq_tab import build_faq_tab

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
    makes its quiz items from it. `store` holds learner progress (default: under `$TUTOR_HOME`).
    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    article = ArticleIndex(tuple(documents or ()))
    examples = examples if examples is not None else example_questions(faq)
    handlers = ChatHandlers(tutor, faq, article)
    wording = Wording.of(tutor.index)
    # one queue for everything that runs the model: answers never race each other for it
    busy = {"concurrency_id": "tutor", "concurrency_limit": 1}
    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        history = gr.State([])
        gr.Markdown(f"## {TITLE} · {html.escape(_title(article))}", elem_id="app-title")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Chat", id="chat", elem_id="tab-chat"):
                texts = [(t.title, source) for source, t in tutor.index.texts.items()]
                chat = build_chat_tab(history, examples, wording, texts)
            with gr.Tab("FAQ", id="faq", elem_id="tab-faq"):
                build_faq_tab(faq, article, busy)
            with gr.Tab("Read", id="article", elem_id="tab-article"):
                _article_tab(article)
            with gr.Tab("Revise", id="revise", elem_id="tab-revise"):
                handlers.revise = _revise_tab(tutor, knowledge, store)
            with gr.Tab("Texts", id="texts", elem_id="tab-texts"):
                _texts_tab(tutor, knowledge)
        wire_chat(chat, handlers, busy)
        if handlers.revise is not None:
            wire_revision(chat, handlers, tabs, busy)
    return app


def _article_tab(article: ArticleIndex) -> None:
    """The whole text when it is short; else the contents beside one page (a chapter), turned by the contents'
    links, the page's own links and "Open in the text" (the page script writes the page wanted into `goto`)."""
    import gradio as gr

    if not article.paged:
        gr.HTML(article_html(article.docs), elem_id="article")
        return
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=220):
            gr.HTML(contents_html(article), elem_id="article-contents")
        with gr.Column(scale=3):
            goto = gr.Textbox(elem_id="article-goto", show_label=False, container=False)
            page = gr.HTML(page_html(article, 0), elem_id="article")

    def turn(wanted: str) -> str:
        number = wanted.split(":", 1)[0]
        return page_html(article, int(number) if number.isdigit() else 0)

    goto.change(turn, goto, page, queue=False, show_progress="hidden", api_visibility="private")


def _texts_tab(tutor: Answerer, knowledge: str | Path | None) -> None:
    """The library: over the live tutor of `tutor serve`, which reopens its index when the knowledge changes."""
    import gradio as gr

    from tutor import config
    from tutor.service import LiveTutor
    from tutor.ui.web.texts_tab import Library, build_texts_tab

    if isinstance(tutor, LiveTutor):
        build_texts_tab(Library(config.knowledge_dir(knowledge), tutor))
    else:
        gr.Markdown("Adding and removing texts needs the tutor started with `tutor serve`.", elem_id="texts-off")


def _title(article: ArticleIndex) -> str:
    return article.docs[0].title if len(article.docs) == 1 else "your texts"
