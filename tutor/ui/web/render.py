"""Answers, their citations and the source pane as HTML (no gradio).

Answers are rendered from their typed pieces, never by reading their text back. Everything that reaches
the page from a learner or from the knowledge goes through `html.escape`, so a question containing HTML,
script or Markdown is shown as text and nothing in it runs.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import groupby

from tutor.records import Answer, Citation, Piece
from tutor.ui.web.article import ArticleIndex, open_link


def _marked_sentences(piece: Piece) -> str:
    """A piece's sentences, escaped, each followed by its [n] marker."""
    marker = f'<span class="cite" data-n="{piece.n}">[{piece.n}]</span>'
    return " ".join(f"{html.escape(s)} {marker}" for s in piece.sentences)


def answer_html(answer: Answer) -> str:
    """An answer as one HTML block (no blank lines, so Markdown never reads inside it)."""
    if not answer.in_scope:
        return refusal_html(answer)
    parts: list[str] = []
    for kind, group in groupby(answer.pieces, lambda p: "prose" if p.kind in ("sentence", "lead_in") else p.kind):
        pieces = list(group)
        if kind == "item":
            parts.append("<ul>" + "".join(f"<li>{_marked_sentences(p)}</li>" for p in pieces) + "</ul>")
        elif kind == "quote":  # a passage quoted whole (Explain)
            for p in pieces:
                lines = [html.escape(s) for s in p.sentences]
                lines[-1] += f' <span class="cite" data-n="{p.n}">[{p.n}]</span>'
                parts.append(f'<blockquote class="quote">{"<br>".join(lines)}</blockquote>')
        elif kind == "message":
            parts.extend(f"<p>{html.escape(p.sentences[0])}</p>" for p in pieces)
        else:  # sentences of one citation share a paragraph
            for _, same in groupby(pieces, lambda p: p.n):
                parts.append("<p>" + " ".join(_marked_sentences(p) for p in same) + "</p>")
    parts.extend(f'<p class="note">{html.escape(n)}</p>' for n in answer.notes)
    return '<div class="tutor-answer">' + "".join(parts) + "</div>"


def refusal_html(answer: Answer) -> str:
    body = html.escape(answer.text)
    notes = "".join(f'<p class="note">{html.escape(n)}</p>' for n in answer.notes)
    hint = '<p class="hint">Try one of the questions below the chat.</p>' if answer.closest_sections else ""
    return f'<div class="tutor-refusal"><p class="refusal-title">Not in the text</p><p>{body}</p>{hint}{notes}</div>'


def question_html(question: str) -> str:
    """The learner's words shown as text: escaped, line breaks kept."""
    return '<div class="tutor-question">' + html.escape(question).replace("\n", "<br>") + "</div>"


def _marked(text: str, base: int, highlights: Sequence[tuple[int, int]]) -> str:
    """`text` (which starts at offset `base`) escaped, with the highlighted spans in <mark>."""
    out: list[str] = []
    pos = 0
    for a, b in sorted(highlights):
        a, b = max(a - base, pos), min(b - base, len(text))
        if a >= b:
            continue
        out.append(html.escape(text[pos:a]))
        out.append("<mark>" + html.escape(text[a:b]) + "</mark>")
        pos = b
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n\n", "<br><br>").replace("\n", "<br>")


def citation_html(c: Citation, article: ArticleIndex | None = None) -> str:
    return (
        f'<div class="source" id="src-{c.n}"><div class="source-head"><span class="cite">[{c.n}]</span> '
        f'<span class="source-title">{html.escape(c.section)}</span></div>'
        f'<div class="passage">{_marked(c.text, c.start, c.highlights)}</div>'
        f'<div class="source-foot"><span class="source-file">{html.escape(c.source)}</span>'
        f"{open_link(c, article)}</div></div>"
    )


SOURCES_EMPTY = (
    '<div class="sources"><p class="sources-title">Sources</p>'
    '<p class="muted">The passages an answer cites appear here, with the quoted sentences highlighted.</p></div>'
)


def sources_html(answer: Answer | None, article: ArticleIndex | None = None) -> str:
    """The source pane for the latest answer."""
    if answer is None:
        return SOURCES_EMPTY
    if not answer.in_scope:
        closest = "".join(f"<li>{html.escape(s)}</li>" for s in answer.closest_sections)
        body = (
            f'<p class="muted">No passage answers this question.</p><p>Closest sections:</p><ul>{closest}</ul>'
            if closest
            else '<p class="muted">No passage answers this question.</p>'
        )
        return f'<div class="sources"><p class="sources-title">Sources</p>{body}</div>'
    cards = "".join(citation_html(c, article) for c in answer.citations)
    return f'<div class="sources"><p class="sources-title">Sources for the latest answer</p>{cards}</div>'
