"""Answers, their citations and the source pane as HTML (no gradio).

Answers are rendered from their typed pieces, never by reading their text back. Everything that reaches
the page from a learner or from the knowledge goes through `html.escape`, so a question containing HTML,
script or Markdown is shown as text and nothing in it runs.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from itertools import groupby

from tutor.records import Answer, Chunk, Citation, Piece
from tutor.ui.passage import Line, passage_lines
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


def _sentences_html(line: Line) -> str:
    return " ".join(f"<mark>{html.escape(t)}</mark>" if quoted else html.escape(t) for t, quoted in line.sentences)


def passage_html(lines: Sequence[Line]) -> str:
    """A passage's reading view: paragraphs as paragraphs, list elements as lists, the quoted sentences marked."""
    parts: list[str] = []
    for (marker, _block), group in groupby(lines, lambda line: (line.marker[-1:], line.block)):
        same = list(group)
        if not marker:
            parts.extend(f"<p>{_sentences_html(line)}</p>" for line in same)
        elif marker == ".":
            start = same[0].marker[:-1]
            lis = "".join(f"<li>{_sentences_html(line)}</li>" for line in same)
            parts.append(f'<ol start="{html.escape(start)}">{lis}</ol>')
        else:
            parts.append("<ul>" + "".join(f"<li>{_sentences_html(line)}</li>" for line in same) + "</ul>")
    return "".join(parts)


def citation_html(
    c: Citation,
    article: ArticleIndex | None = None,
    chunks: Sequence[Chunk] = (),
    answer: Answer | None = None,
    titles: Mapping[str, str] | None = None,
) -> str:
    """A source card: the cited passage as a learner reads it (see `tutor.ui.passage`), which text and section it
    is in, and a link to it. `titles`: each source's title (the loaded index's)."""
    title = (titles or {}).get(c.source, "")
    text = f'<span class="source-text">{html.escape(title)}</span> · ' if title else ""
    text += f'<span class="source-page">p. {html.escape(c.page)}</span> · ' if c.page else ""
    return (
        f'<div class="source" id="src-{c.n}"><div class="source-head"><span class="cite">[{c.n}]</span> '
        f'<span class="source-title">{html.escape(c.section)}</span></div>'
        f'<div class="passage">{passage_html(passage_lines(c, chunks, answer))}</div>'
        f'<div class="source-foot"><span class="source-file">{text}{html.escape(c.source)}</span>'
        f"{open_link(c, article)}</div></div>"
    )


SOURCES_EMPTY = (
    '<div class="sources"><p class="sources-title">Sources</p>'
    '<p class="muted">The passages an answer cites appear here, with the quoted sentences highlighted.</p></div>'
)


def sources_html(
    answer: Answer | None,
    article: ArticleIndex | None = None,
    chunks: Sequence[Chunk] = (),
    titles: Mapping[str, str] | None = None,
) -> str:
    """The source pane for the latest answer; `chunks` are the loaded index's passages, whose sentences it shows,
    and `titles` its texts' titles."""
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
    cards = "".join(citation_html(c, article, chunks, answer, titles) for c in answer.citations)
    return f'<div class="sources"><p class="sources-title">Sources for the latest answer</p>{cards}</div>'
