"""The Read tab: every text rendered with its offsets, and where a citation opens in it (no gradio).

A long text (a book) is shown a page at a time, a page per chapter, beside contents that link every section:
the browser never receives a multi-megabyte page.

Each sentence is shown as a learner reads it (its reading view: markup gone) and carries its source offsets, as
each paragraph does, so "Open in the article" can scroll to a cited passage and highlight its sentences.
Everything from the knowledge goes through `html.escape`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from tutor import tuning
from tutor.records import Block, Citation, Document, Unit


@dataclass(frozen=True)
class Page:
    """A part of the texts the Read tab shows at once: a whole text, or in a long text one or more sections."""

    doc: int
    first: int  # section indexes, inclusive
    last: int
    title: str


@dataclass(frozen=True)
class ArticleIndex:
    """Where each cited passage sits in the rendered texts, so a citation can be opened there, and how the texts
    are cut into pages: a text longer than `tuning.ARTICLE_PAGE_CHARS` is shown a section at a time (a book's
    chapter), so the page stays small whatever the size of the library."""

    docs: tuple[Document, ...]
    pages: tuple[Page, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pages", tuple(p for d, doc in enumerate(self.docs) for p in _pages(d, doc)))

    @property
    def paged(self) -> bool:
        return len(self.pages) > len(self.docs)

    def anchor(self, source: str, start: int, end: int) -> str | None:
        for d, doc in enumerate(self.docs):
            if doc.source != source:
                continue
            for section in doc.sections:
                for block in section.blocks:
                    if block.start < end and block.end > start:
                        return f"a-{d}-{block.start}"
        return None

    def doc_number(self, source: str) -> int:
        return next((d for d, doc in enumerate(self.docs) if doc.source == source), -1)

    def page_of(self, d: int, offset: int) -> int:
        """The page that shows offset `offset` of text `d` (its first page when no section holds it)."""
        first = -1
        for k, page in enumerate(self.pages):
            if page.doc != d:
                continue
            first = k if first < 0 else first
            sections = self.docs[d].sections[page.first : page.last + 1]
            if any(s.start <= offset < max(s.end, s.start + 1) for s in sections):
                return k
        return max(first, 0)


def _pages(d: int, doc: Document) -> list[Page]:
    """A short text is one page; a long one a page per section, short sections joined to the section before."""
    last = len(doc.sections) - 1
    if len(doc.text) <= tuning.ARTICLE_PAGE_CHARS or last < 1:
        return [Page(d, 0, max(last, 0), doc.title)]
    pages: list[Page] = []
    for i, section in enumerate(doc.sections):
        size = section.end - section.start
        if pages and (size < tuning.ARTICLE_MIN_PAGE_CHARS or not section.title or section.title == doc.title):
            pages[-1] = Page(d, pages[-1].first, i, pages[-1].title)
        else:
            pages.append(Page(d, i, i, section.title or doc.title))
    return pages


def open_link(c: Citation, article: ArticleIndex | None) -> str:
    target = article.anchor(c.source, c.start, c.end) if article else None
    if not target:
        return ""
    hl = ",".join(f"{a}-{b}" for a, b in (c.highlights or ((c.start, c.end),)))
    d = article.doc_number(c.source) if article else -1
    page = f' data-page="{article.page_of(d, c.start)}"' if article and article.paged else ""
    return (
        f'<a class="open-article" href="#{target}" data-target="{target}" data-doc="{d}"{page} '
        f'data-range="{c.start}-{c.end}" data-hl="{hl}">Open in the text</a>'
    )


def article_html(docs: Sequence[Document]) -> str:
    """Every document, readable, with a contents list; each paragraph and sentence carries its offsets."""
    parts = ['<div class="article">']
    for d, doc in enumerate(docs):
        titled = [(i, s) for i, s in enumerate(doc.sections) if s.title and s.title != doc.title]
        parts.append(_doc_head(d, doc))
        if titled:
            toc = "".join(
                f'<li class="toc-{min(s.level, 4)}"><a href="#s-{d}-{i}">{html.escape(s.title)}</a></li>'
                for i, s in titled
            )
            parts.append(f'<nav class="toc"><p>Contents</p><ul>{toc}</ul></nav>')
        parts.extend(_section_html(doc, d, i) for i in range(len(doc.sections)))
    parts.append("</div>")
    return "".join(parts)


def contents_html(article: ArticleIndex) -> str:
    """The contents of paged texts: every text and section, each a link to the page that shows it."""
    parts = ['<nav class="toc pages"><p>Contents</p><ul>']
    for d, doc in enumerate(article.docs):
        parts.append(f'<li class="toc-doc"><a href="#doc-{d}" data-page="{article.page_of(d, 0)}">')
        parts.append(f"{html.escape(doc.title)}</a></li>")
        for k, page in enumerate(article.pages):
            if page.doc != d:
                continue
            for i in range(page.first, page.last + 1):
                s = doc.sections[i]
                if s.title and s.title != doc.title:
                    level = min(s.level, 4)
                    link = f'<a href="#s-{d}-{i}" data-page="{k}">{html.escape(s.title)}</a>'
                    parts.append(f'<li class="toc-{level}">{link}</li>')
    parts.append("</ul></nav>")
    return "".join(parts)


def page_html(article: ArticleIndex, k: int) -> str:
    """One page of the texts, with links to the pages before and after it."""
    k = min(max(k, 0), len(article.pages) - 1) if article.pages else 0
    if not article.pages:
        return '<div class="article"></div>'
    page = article.pages[k]
    doc = article.docs[page.doc]
    parts = [f'<div class="article" data-page="{k}">']
    if page.first == 0:
        parts.append(_doc_head(page.doc, doc))
    parts.extend(_section_html(doc, page.doc, i) for i in range(page.first, page.last + 1))
    nav = []
    if k > 0:
        nav.append(f'<a href="#article" data-page="{k - 1}">← {html.escape(article.pages[k - 1].title)}</a>')
    if k + 1 < len(article.pages):
        nav.append(f'<a href="#article" data-page="{k + 1}">{html.escape(article.pages[k + 1].title)} →</a>')
    parts.append(f'<nav class="page-nav">{"".join(nav)}</nav></div>')
    return "".join(parts)


def _doc_head(d: int, doc: Document) -> str:
    byline = " · ".join(html.escape(doc.meta[k]) for k in ("author", "publisher") if doc.meta.get(k))
    return f'<h1 id="doc-{d}">{html.escape(doc.title)}</h1>' + (f'<p class="byline">{byline}</p>' if byline else "")


def _section_html(doc: Document, d: int, i: int) -> str:
    section = doc.sections[i]
    parts = []
    if section.title and section.title != doc.title:
        level = min(max(section.level, 2), 4)
        parts.append(f'<h{level} id="s-{d}-{i}">{html.escape(section.title)}</h{level}>')
    parts.extend(_block_html(doc, d, block) for block in section.blocks)
    return "".join(parts)


def _unit_span(doc: Document, d: int, u: Unit) -> str:
    """A sentence as a learner reads it, carrying its exact span in the source."""
    shown = " ".join((u.text or doc.text[u.start : u.end]).split())
    return f'<span class="u" data-doc="{d}" data-s="{u.start}" data-e="{u.end}">{html.escape(shown)}</span>'


def _block_html(doc: Document, d: int, block: Block) -> str:
    attrs = f'id="a-{d}-{block.start}" class="blk" data-doc="{d}" data-s="{block.start}" data-e="{block.end}"'
    if block.kind != "list":
        return f"<p {attrs}>" + " ".join(_unit_span(doc, d, u) for u in block.units) + "</p>"
    items: dict[int, list[str]] = {}
    for u in block.units:
        items.setdefault(u.item, []).append(_unit_span(doc, d, u))
    line_start = doc.text.rfind("\n", 0, block.start) + 1
    tag = "ol" if re.match(r"\s*\d{1,3}[.)]", doc.text[line_start : block.start]) else "ul"
    lis = "".join("<li>" + " ".join(spans) + "</li>" for spans in items.values())
    return f"<{tag} {attrs}>{lis}</{tag}>"
