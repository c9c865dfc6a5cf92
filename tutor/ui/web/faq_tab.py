"""The FAQ tab: the entries as HTML, the handlers (list, search, follow the library), and the tab's layout.

Rendering and the handlers are plain functions and methods; only `build_faq_tab` and `wire_faq_refresh` touch
gradio. With several texts the tab can be limited to chosen ones: the list and the search show only their entries.
"""

from __future__ import annotations

import html
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tutor.errors import TutorError
from tutor.ui.web.article import ArticleIndex, open_link
from tutor.ui.web.render import answer_html
from tutor.ui.web.shelf import Shelf, Texts, texts_choice

if TYPE_CHECKING:
    import gradio as gr

    from tutor.faq import Faq, FaqEntry, FaqMatch


def faq_entry_html(entry: FaqEntry, article: ArticleIndex | None = None, open_: bool = False) -> str:
    cites = "".join(
        f'<li><span class="cite">[{c.n}]</span> {html.escape(c.section)} {open_link(c, article)}</li>'
        for c in entry.answer.citations
    )
    origin = "from the text’s own FAQ" if entry.origin == "article" else "from the section"
    docs = article.docs if article else ()
    title = next((d.title for d in docs if d.source == entry.source), "") if len(docs) > 1 else ""
    of_text = f" of “{html.escape(title)}”" if title else ""  # two texts may both have an "Introduction"
    return (
        f'<details class="faq-entry"{" open" if open_ else ""}><summary>{html.escape(entry.question)}</summary>'
        f'{answer_html(entry.answer)}<ul class="faq-cites">{cites}</ul>'
        f'<p class="muted">{origin} “{html.escape(entry.section)}”{of_text}</p></details>'
    )


def faq_list_html(faq: Faq | None, article: ArticleIndex | None = None, within: Collection[str] | None = None) -> str:
    """Every entry, or those of the chosen texts (`within`, by source; None or empty: every text)."""
    entries = [e for e in faq.entries if not within or e.source in within] if faq else []
    if not entries:
        return '<p class="muted">The FAQ is empty.</p>'
    own = [e for e in entries if e.origin == "article"]
    made = [e for e in entries if e.origin != "article"]
    parts = ['<div class="faq">']
    if own:
        parts.append('<p class="faq-group">The text’s own FAQ</p>')
        parts.extend(faq_entry_html(e, article) for e in own)
    if made:
        parts.append('<p class="faq-group">One question per section</p>')
        parts.extend(faq_entry_html(e, article) for e in made)
    parts.append("</div>")
    return "".join(parts)


def faq_search_html(query: str, matches: list[FaqMatch], article: ArticleIndex | None = None) -> str:
    if not query.strip():
        return ""
    if not matches:
        return (
            '<div class="faq-none"><p><strong>Nothing in the FAQ is close to</strong> '
            f"“{html.escape(query)}”.</p><p>Ask it in the Chat tab: the tutor searches the whole text.</p></div>"
        )
    parts = [f'<div class="faq-results"><p class="faq-group">Closest FAQ entries for “{html.escape(query)}”</p>']
    parts.extend(faq_entry_html(m.entry, article, open_=(i == 0)) for i, m in enumerate(matches))
    parts.append("</div>")
    return "".join(parts)


def faq_search(
    faq: Faq | None, query: str, article: ArticleIndex | None = None, within: Collection[str] | None = None
) -> str:
    if faq is None:
        return '<p class="muted">The FAQ is not available.</p>'
    return faq_search_html(query, faq.search(query, within=within) if query.strip() else [], article)


@dataclass(frozen=True)
class FaqShown:
    """What the FAQ tab shows after the library may have changed."""

    edition: int  # the edition the page now shows
    texts: Texts  # the choice of texts
    chosen: list[str]  # the chosen texts still in the library
    listing: str | None  # the entries again, or None when the page already shows this edition
    note: str = ""  # why the library could not be followed (a broken knowledge file), or ""


class FaqHandlers:
    """The FAQ tab's handlers over the shelf, so the FAQ follows the texts as they are added and removed."""

    def __init__(self, shelf: Shelf) -> None:
        self.shelf = shelf

    def listing(self, within: Sequence[str] | None = None) -> str:
        edition = self.shelf.current()
        return faq_list_html(edition.faq, edition.article, within)

    def search(self, query: str, within: Sequence[str] | None = None) -> str:
        edition = self.shelf.current()
        return faq_search(edition.faq, query, edition.article, within)

    def shown(self, seen: int, within: Sequence[str] | None = None) -> FaqShown:
        """When the tab is opened: the current edition's choice of texts, and its entries when the page shows an
        older one."""
        try:
            edition, note = self.shelf.refresh(), ""
        except TutorError as e:
            edition, note = self.shelf.last, str(e)
        chosen = edition.kept(within)
        listing = faq_list_html(edition.faq, edition.article, chosen) if edition.number != seen else None
        return FaqShown(edition.number, edition.texts, chosen, listing, note)


@dataclass(frozen=True)
class FaqTabUI:
    within: gr.Dropdown
    seen: gr.State  # the edition the page shows
    listing: gr.HTML
    results: gr.HTML


def build_faq_tab(handlers: FaqHandlers, busy: dict[str, Any]) -> FaqTabUI:
    """Lay out the FAQ tab inside the current `gr.Tab` and wire its search (`busy`: the model's queue)."""
    import gradio as gr

    edition = handlers.shelf.current()
    within = gr.Dropdown(**texts_choice(edition.texts, []), label="Show the FAQ of", elem_id="faq-within")
    seen = gr.State(edition.number)
    with gr.Row():
        query = gr.Textbox(
            show_label=False,
            placeholder="Search the FAQ in your own words…",
            scale=5,
            elem_id="faq-query",
        )
        search = gr.Button("Search", scale=1, min_width=80, elem_id="faq-search")
    results = gr.HTML("", elem_id="faq-results")
    listing = gr.HTML(handlers.listing(), elem_id="faq-list")

    query.submit(handlers.search, [query, within], [results], api_name="faq_search", **busy)
    search.click(handlers.search, [query, within], [results], api_visibility="private", **busy)
    within.input(handlers.listing, [within], [listing], api_visibility="private", **busy)
    within.input(handlers.search, [query, within], [results], api_visibility="private", **busy)
    return FaqTabUI(within, seen, listing, results)


def wire_faq_refresh(tab: gr.Tab, ui: FaqTabUI, handlers: FaqHandlers, busy: dict[str, Any]) -> None:
    """Opening the tab shows the FAQ of the texts as they are now."""
    import gradio as gr

    def opened(seen: int, within: list[str] | None) -> tuple[Any, ...]:
        shown = handlers.shown(seen, within)
        listing = shown.listing if shown.listing is not None else gr.update()
        note = f'<p class="note">{html.escape(shown.note)}</p>' if shown.note else gr.update()
        return shown.edition, gr.update(**texts_choice(shown.texts, shown.chosen)), listing, note

    outputs = [ui.seen, ui.within, ui.listing, ui.results]
    tab.select(opened, [ui.seen, ui.within], outputs, api_visibility="private", **busy)
