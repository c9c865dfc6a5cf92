"""The FAQ tab: the entries as HTML, the search handler, and the tab's layout.

Rendering and searching are plain functions; only `build_faq_tab` touches gradio.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from tutor.ui.web.article import ArticleIndex, open_link
from tutor.ui.web.render import answer_html

if TYPE_CHECKING:
    from tutor.faq import Faq, FaqEntry, FaqMatch


def faq_entry_html(entry: FaqEntry, article: ArticleIndex | None = None, open_: bool = False) -> str:
    cites = "".join(
        f'<li><span class="cite">[{c.n}]</span> {html.escape(c.section)} {open_link(c, article)}</li>'
        for c in entry.answer.citations
    )
    origin = "from the text’s own FAQ" if entry.origin == "article" else "from the section"
    return (
        f'<details class="faq-entry"{" open" if open_ else ""}><summary>{html.escape(entry.question)}</summary>'
        f'{answer_html(entry.answer)}<ul class="faq-cites">{cites}</ul>'
        f'<p class="muted">{origin} “{html.escape(entry.section)}”</p></details>'
    )


def faq_list_html(faq: Faq | None, article: ArticleIndex | None = None) -> str:
    if faq is None or not faq.entries:
        return '<p class="muted">The FAQ is empty.</p>'
    own = [e for e in faq.entries if e.origin == "article"]
    made = [e for e in faq.entries if e.origin != "article"]
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


def faq_search(faq: Faq | None, query: str, article: ArticleIndex | None = None) -> str:
    if faq is None:
        return '<p class="muted">The FAQ is not available.</p>'
    return faq_search_html(query, faq.search(query) if query.strip() else [], article)


def build_faq_tab(faq: Faq | None, article: ArticleIndex, busy: dict[str, Any]) -> None:
    """Lay out the FAQ tab inside the current `gr.Tab` and wire its search (`busy`: the model's queue)."""
    import gradio as gr

    with gr.Row():
        query = gr.Textbox(
            show_label=False,
            placeholder="Search the FAQ in your own words…",
            scale=5,
            elem_id="faq-query",
        )
        search = gr.Button("Search", scale=1, min_width=80, elem_id="faq-search")
    results = gr.HTML("", elem_id="faq-results")
    gr.HTML(faq_list_html(faq, article), elem_id="faq-list")

    def run(text: str) -> str:
        return faq_search(faq, text, article)

    query.submit(run, [query], [results], api_name="faq_search", **busy)
    search.click(run, [query], [results], api_visibility="private", **busy)
