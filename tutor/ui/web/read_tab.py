"""The Read tab: the texts as they read. A short library is shown whole; a long one (a book) a page at a time beside
contents that link every section, turned by the contents' links, the page's own links and "Open in the text" (the
page script writes the page wanted into the hidden `#article-goto` box).

The handlers are plain methods over the shelf, so the tab follows the texts as they are added and removed; only
`build_read_tab` and `wire_read_refresh` touch gradio.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.ui.web.article import ArticleIndex, article_html, contents_html, page_html
from tutor.ui.web.shelf import Shelf

if TYPE_CHECKING:
    import gradio as gr


@dataclass(frozen=True)
class ReadShown:
    """The tab's content for one edition of the library."""

    edition: int
    paged: bool  # a page at a time, beside the contents
    contents: str  # "" when not paged
    page: str  # the whole library, or its first page


def shown_of(number: int, article: ArticleIndex) -> ReadShown:
    if article.paged:
        return ReadShown(number, True, contents_html(article), page_html(article, 0))
    return ReadShown(number, False, "", article_html(article.docs))


class ReadHandlers:
    def __init__(self, shelf: Shelf) -> None:
        self.shelf = shelf

    def now(self) -> ReadShown:
        edition = self.shelf.current()
        return shown_of(edition.number, edition.article)

    def turn(self, wanted: str) -> str:
        """The page asked for as "NUMBER:…" (a time stamp follows, so asking twice still changes the box)."""
        number = wanted.split(":", 1)[0]
        return page_html(self.shelf.current().article, int(number) if number.isdigit() else 0)

    def opened(self, seen: int) -> ReadShown | None:
        """When the tab is opened: the texts as they are now, or None when the page already shows them."""
        try:
            edition = self.shelf.refresh()
        except TutorError:
            return None  # the Chat says what is wrong with the knowledge; the texts stay as they were
        return shown_of(edition.number, edition.article) if edition.number != seen else None


@dataclass(frozen=True)
class ReadTabUI:
    seen: gr.State
    contents_column: gr.Column
    contents: gr.HTML
    page: gr.HTML


def build_read_tab(handlers: ReadHandlers) -> ReadTabUI:
    import gradio as gr

    now = handlers.now()
    seen = gr.State(now.edition)
    with gr.Row(equal_height=False):
        with gr.Column(scale=1, min_width=220, visible=now.paged) as column:
            contents = gr.HTML(now.contents, elem_id="article-contents")
        with gr.Column(scale=3):
            goto = gr.Textbox(elem_id="article-goto", show_label=False, container=False)
            page = gr.HTML(now.page, elem_id="article")
    goto.change(handlers.turn, goto, page, queue=False, show_progress="hidden", api_visibility="private")
    return ReadTabUI(seen, column, contents, page)


def wire_read_refresh(tab: gr.Tab, ui: ReadTabUI, handlers: ReadHandlers, busy: dict[str, Any]) -> None:
    """Opening the tab shows the texts as they are now."""
    import gradio as gr

    def opened(seen: int) -> tuple[Any, ...]:
        shown = handlers.opened(seen)
        if shown is None:
            return gr.update(), gr.update(), gr.update(), gr.update()
        return shown.edition, gr.update(visible=shown.paged), shown.contents, shown.page

    outputs = [ui.seen, ui.contents_column, ui.contents, ui.page]
    tab.select(opened, [ui.seen], outputs, api_visibility="private", **busy)
