"""The Article tab: every text rendered with its offsets, and where a citation opens in it (no gradio).

Each sentence is shown as a learner reads it (its reading view: markup gone) and carries its source offsets, as
each paragraph does, so "Open in the article" can scroll to a cited passage and highlight its sentences.
Everything from the knowledge goes through `html.escape`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tutor.records import Block, Citation, Document, Unit


@dataclass(frozen=True)
class ArticleIndex:
    """Where each cited passage sits in the rendered article, so a citation can be opened there."""

    docs: tuple[Document, ...]

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


def open_link(c: Citation, article: ArticleIndex | None) -> str:
    target = article.anchor(c.source, c.start, c.end) if article else None
    if not target:
        return ""
    hl = ",".join(f"{a}-{b}" for a, b in (c.highlights or ((c.start, c.end),)))
    d = article.doc_number(c.source) if article else -1
    return (
        f'<a class="open-article" href="#{target}" data-target="{target}" data-doc="{d}" '
        f'data-range="{c.start}-{c.end}" data-hl="{hl}">Open in the text</a>'
    )


def article_html(docs: Sequence[Document]) -> str:
    """Every document, readable, with a contents list; each paragraph and sentence carries its offsets."""
    parts = ['<div class="article">']
    for d, doc in enumerate(docs):
        titled = [(i, s) for i, s in enumerate(doc.sections) if s.title and s.title != doc.title]
        parts.append(f'<h1 id="doc-{d}">{html.escape(doc.title)}</h1>')
        byline = " · ".join(html.escape(doc.meta[k]) for k in ("author", "publisher") if doc.meta.get(k))
        if byline:
            parts.append(f'<p class="byline">{byline}</p>')
        if titled:
            toc = "".join(
                f'<li class="toc-{min(s.level, 4)}"><a href="#s-{d}-{i}">{html.escape(s.title)}</a></li>'
                for i, s in titled
            )
            parts.append(f'<nav class="toc"><p>Contents</p><ul>{toc}</ul></nav>')
        for i, section in enumerate(doc.sections):
            if section.title and section.title != doc.title:
                level = min(max(section.level, 2), 4)
                parts.append(f'<h{level} id="s-{d}-{i}">{html.escape(section.title)}</h{level}>')
            for block in section.blocks:
                parts.append(_block_html(doc, d, block))
    parts.append("</div>")
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
