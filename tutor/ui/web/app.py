"""The tutor in the browser: a Gradio app with Chat | FAQ | Article | Revise tabs.

Thin on purpose: handlers take what the page sent, call the tutor, the FAQ or the reviser, and render HTML.
Everything that reaches the page from a learner or from the knowledge goes through `html.escape`,
so a question containing HTML, script or Markdown is shown as text and nothing in it runs.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any

import tutor.faq as faq_mod
from tutor.errors import TutorError
from tutor.records import Answer, Chunk, Citation, Document, Piece

if TYPE_CHECKING:
    import gradio as gr

    from tutor.answer.tutor import Tutor
    from tutor.faq import Faq, FaqMatch
    from tutor.revision.bank import ItemBank
    from tutor.revision.store import ProgressStore

TITLE = "Tutor"
MAX_SUGGESTIONS = 3
MAX_EXAMPLES = 4
Message = dict[str, str]

# ------------------------------------------------------------------ rendering (plain functions, no gradio)

_NUMBERING = re.compile(r"^\d{1,2}[.)]\s+")


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
    return f'<div class="tutor-refusal"><p class="refusal-title">Not in the article</p><p>{body}</p>{hint}{notes}</div>'


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


def _open_link(c: Citation, article: ArticleIndex | None) -> str:
    target = article.anchor(c.source, c.start, c.end) if article else None
    if not target:
        return ""
    hl = ",".join(f"{a}-{b}" for a, b in (c.highlights or ((c.start, c.end),)))
    d = article.doc_number(c.source) if article else -1
    return (
        f'<a class="open-article" href="#{target}" data-target="{target}" data-doc="{d}" '
        f'data-range="{c.start}-{c.end}" data-hl="{hl}">Open in the article</a>'
    )


def citation_html(c: Citation, article: ArticleIndex | None = None) -> str:
    return (
        f'<div class="source" id="src-{c.n}"><div class="source-head"><span class="cite">[{c.n}]</span> '
        f'<span class="source-title">{html.escape(c.section)}</span></div>'
        f'<div class="passage">{_marked(c.text, c.start, c.highlights)}</div>'
        f'<div class="source-foot"><span class="source-file">{html.escape(c.source)}</span>'
        f"{_open_link(c, article)}</div></div>"
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


def suggestions(answer: Answer, faq: Faq | None) -> list[str]:
    """Follow-up questions for a refusal: the FAQ question of each closest section."""
    if answer.in_scope:
        return []
    out = []
    for section in answer.closest_sections[:MAX_SUGGESTIONS]:
        q = faq.question_for(section) if faq else None
        out.append(q or f"What does the article say about {_NUMBERING.sub('', section)}?")
    return out


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


def _unit_span(doc: Document, d: int, a: int, b: int) -> str:
    return f'<span class="u" data-doc="{d}" data-s="{a}" data-e="{b}">{html.escape(doc.text[a:b])}</span>'


def _block_html(doc: Document, d: int, block: Any) -> str:
    attrs = f'id="a-{d}-{block.start}" class="blk" data-doc="{d}" data-s="{block.start}" data-e="{block.end}"'
    if block.kind != "list":
        return f"<p {attrs}>" + " ".join(_unit_span(doc, d, u.start, u.end) for u in block.units) + "</p>"
    items: dict[int, list[str]] = {}
    for u in block.units:
        items.setdefault(u.item, []).append(_unit_span(doc, d, u.start, u.end))
    line_start = doc.text.rfind("\n", 0, block.start) + 1
    tag = "ol" if re.match(r"\s*\d{1,3}[.)]", doc.text[line_start : block.start]) else "ul"
    lis = "".join("<li>" + " ".join(spans) + "</li>" for spans in items.values())
    return f"<{tag} {attrs}>{lis}</{tag}>"


def faq_entry_html(entry: faq_mod.FaqEntry, article: ArticleIndex | None = None, open_: bool = False) -> str:
    cites = "".join(
        f'<li><span class="cite">[{c.n}]</span> {html.escape(c.section)} {_open_link(c, article)}</li>'
        for c in entry.answer.citations
    )
    origin = "from the article's FAQ" if entry.origin == "article" else "from the section"
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
        parts.append('<p class="faq-group">The article’s own FAQ</p>')
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
            f"“{html.escape(query)}”.</p><p>Ask it in the Chat tab: the tutor searches the whole article.</p></div>"
        )
    parts = [f'<div class="faq-results"><p class="faq-group">Closest FAQ entries for “{html.escape(query)}”</p>']
    parts.extend(faq_entry_html(m.entry, article, open_=(i == 0)) for i, m in enumerate(matches))
    parts.append("</div>")
    return "".join(parts)


# ------------------------------------------------------------------ handlers (plain functions, testable)


@dataclass(frozen=True)
class Turn:
    """What one chat step changes on the page."""

    chat: list[Message]
    history: list[str]
    sources: str
    suggestions: list[str]
    answer: Answer | None = None  # the finished answer (None while it is being made)


def chat_turn(
    tutor: Tutor,
    faq: Faq | None,
    message: str,
    chat: list[Message] | None,
    history: list[str] | None,
    article: ArticleIndex | None = None,
) -> Iterator[Turn]:
    """One question: first the question appears, then the answer with its sources.

    `history` is this session's earlier questions (oldest first); it is returned extended, never mutated.
    """
    chat = list(chat or [])
    history = list(history or [])
    question = (message or "").strip()
    if not question:
        yield Turn(chat, history, SOURCES_EMPTY, [])
        return
    pending = [*chat, {"role": "user", "content": question_html(question)}]
    yield Turn(
        [*pending, {"role": "assistant", "content": '<div class="thinking">Looking in the article…</div>'}],
        history,
        SOURCES_EMPTY,
        [],
    )
    try:
        answer = faq_mod.ask(tutor, faq, question, history)
    except TutorError as e:  # the knowledge broke while the app runs: say what to do, keep the conversation
        failed = [*pending, {"role": "assistant", "content": f'<p class="note">{html.escape(str(e))}</p>'}]
        yield Turn(failed, history, SOURCES_EMPTY, [])
        return
    done = [*pending, {"role": "assistant", "content": answer_html(answer)}]
    yield Turn(done, [*history, question], sources_html(answer, article), suggestions(answer, faq), answer)


def explain_turn(
    bank: ItemBank,
    item_id: str,
    chat: list[Message] | None,
    history: list[str] | None,
    article: ArticleIndex | None = None,
    chunks: Sequence[Chunk] = (),
) -> Turn:
    """A quiz item's passage put into the chat as a cited answer, with the source pane showing it.

    The conversation's questions (`history`) are left as they were: "Explain" is not a question to follow up.
    """
    from tutor.ui.web.links import explanation

    answer = explanation(bank, item_id, chunks)
    chat = [
        *(chat or []),
        {"role": "user", "content": question_html(answer.question)},
        {"role": "assistant", "content": answer_html(answer)},
    ]
    return Turn(chat, list(history or []), sources_html(answer, article), [], answer)


def faq_search(faq: Faq | None, query: str, article: ArticleIndex | None = None) -> str:
    if faq is None:
        return '<p class="muted">The FAQ is not available.</p>'
    return faq_search_html(query, faq.search(query) if query.strip() else [], article)


def example_questions(faq: Faq | None, limit: int = MAX_EXAMPLES) -> list[str]:
    """Starting points: a definition, the article's own FAQ, then section questions, in reading order."""
    if faq is None:
        return []
    own = [e.question for e in faq.entries if e.origin == "article"]
    made = [e.question for e in faq.entries if e.origin == "section"]
    picked: list[str] = []
    for q in [*made[1:2], *own[:1], *made[2:]]:
        if q not in picked and len(q) <= 60:
            picked.append(q)
    return picked[:limit]


# ------------------------------------------------------------------ the app

CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto; }
#chat .tutor-question, #chat .tutor-answer, #chat .tutor-refusal { overflow-wrap: anywhere;
  color: var(--body-text-color); }
#chat .prose.chatbot { opacity: 1 !important; }
.tutor-answer p, .tutor-refusal p { margin: 0 0 .5em 0; }
.tutor-answer ul { margin: .25em 0 .5em 1.2em; padding: 0; }
.tutor-answer .note, .tutor-refusal .note { font-size: .85em; opacity: .8; font-style: italic; }
.cite { font-weight: 600; color: #1d4ed8; cursor: pointer; white-space: nowrap; }
.dark .cite { color: #93c5fd; }
.tutor-refusal { border-left: 4px solid #d97706; background: #fffbeb; color: #3f2d04; padding: .5em .75em;
  border-radius: 6px; }
.tutor-refusal .refusal-title { font-weight: 700; color: #92400e; margin-bottom: .25em; }
.thinking { opacity: .7; font-style: italic; }
.tutor-answer blockquote.quote { border-left: 3px solid #93c5fd; margin: .25em 0 .5em; padding: .3em .75em;
  background: var(--background-fill-secondary); border-radius: 4px; }
#check-open { align-self: flex-start; width: auto; }
#check-panel { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em .75em; }
#sources { max-height: 640px; overflow-y: auto; }
.sources .sources-title { font-weight: 700; font-size: 1.05em; margin: 0 0 .5em 0; }
.source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .6em .75em; margin-bottom: .75em;
  background: var(--background-fill-secondary); }
.source.flash { outline: 3px solid #f59e0b; }
.source-head { font-weight: 600; margin-bottom: .35em; }
.passage { line-height: 1.5; overflow-wrap: anywhere; }
.passage mark, .article mark, .article .u.hl { background: #fde68a; color: inherit; padding: 0 .1em;
  border-radius: 3px; }
.source-foot { display: flex; flex-wrap: wrap; gap: .25em 1em; justify-content: space-between; margin-top: .5em;
  font-size: .85em; }
.source-file { opacity: .7; overflow-wrap: anywhere; }
.open-article { font-weight: 600; }
.muted { opacity: .75; }
#suggestions button { white-space: normal; text-align: left; height: auto; }
.article { max-width: 46em; margin: 0 auto; line-height: 1.65; font-size: 1.05em; overflow-wrap: anywhere; }
.article h1 { font-size: 1.6em; margin: .4em 0; }
.article h2 { font-size: 1.3em; margin: 1.2em 0 .4em; }
.article h3, .article h4 { font-size: 1.1em; margin: 1em 0 .3em; }
.article .byline { opacity: .75; }
.article .toc { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em 1em; margin: 1em 0; }
.article .toc p { font-weight: 700; margin: 0; }
.article .toc ul { list-style: none; padding-left: 0; margin: .3em 0; }
.article .toc .toc-3, .article .toc .toc-4 { padding-left: 1.2em; }
.article .blk { scroll-margin-top: 80px; border-radius: 6px; transition: background-color .6s; }
.article .blk.flash { background: rgba(245, 158, 11, .15); }
.faq-entry { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5em .75em; margin: .5em 0; }
.faq-entry summary { font-weight: 600; cursor: pointer; }
.faq-entry .tutor-answer { margin-top: .5em; }
.faq-cites { list-style: none; padding-left: 0; font-size: .9em; }
.faq-cites .open-article { margin-left: .5em; }
.faq-group { font-weight: 700; margin: 1em 0 .25em; }
.faq-none { border-left: 4px solid #d97706; padding: .25em .75em; }
footer { display: none !important; }
@media (max-width: 640px) {
  .gradio-container { padding: 0 6px !important; }
  /* on a phone the page scrolls, not a box inside it: nothing of an answer is hidden */
  #chat { height: auto !important; min-height: 240px; max-height: none !important; overflow: visible !important; }
  #chat .bubble-wrap { height: auto !important; max-height: none !important; overflow: visible !important; }
  #sources { max-height: none; }
  .article { font-size: 1em; }
}
"""

# Opening a citation: switch to the Article tab, scroll to the passage, highlight the cited sentences.
HEAD = """
<script>
(() => {
  function highlight(link) {
    const doc = link.dataset.doc;
    const hl = (link.dataset.hl || "").split(",").filter(Boolean).map(r => r.split("-").map(Number));
    const [rs, re] = (link.dataset.range || "0-0").split("-").map(Number);
    document.querySelectorAll(".article .u.hl").forEach(el => el.classList.remove("hl"));
    document.querySelectorAll(".article .blk").forEach(el => {
      if (el.dataset.doc !== doc) return;
      const s = +el.dataset.s, e = +el.dataset.e;
      if (s < re && e > rs) { el.classList.add("flash"); setTimeout(() => el.classList.remove("flash"), 2500); }
    });
    document.querySelectorAll(".article .u").forEach(el => {
      if (el.dataset.doc !== doc) return;
      const s = +el.dataset.s, e = +el.dataset.e;
      if (hl.some(([a, b]) => s < b && e > a)) el.classList.add("hl");
    });
  }
  function open(link, tries) {
    const el = document.getElementById(link.dataset.target);
    if (el && el.offsetParent !== null) {
      highlight(link);
      el.scrollIntoView({ block: "center" });
    } else if (tries > 0) {
      setTimeout(() => open(link, tries - 1), 100);
    }
  }
  document.addEventListener("click", (ev) => {
    const link = ev.target.closest && ev.target.closest("a.open-article");
    if (link) {
      ev.preventDefault();
      const tab = document.getElementById("tab-article-button");
      if (tab) tab.click();
      open(link, 50);
      return;
    }
    const cite = ev.target.closest && ev.target.closest("#chat .cite");
    if (cite) {
      const card = document.getElementById("src-" + cite.dataset.n);
      if (card) {
        card.scrollIntoView({ block: "nearest" });
        card.classList.add("flash");
        setTimeout(() => card.classList.remove("flash"), 1500);
      }
    }
  });
})();
</script>
"""


def _theme():  # type: ignore[no-untyped-def]
    import gradio as gr

    system = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"]
    mono = ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"]
    # system fonts only: the default theme would fetch Google Fonts, a network call at run time
    return gr.themes.Default(font=system, font_mono=mono)


def _revise_tab(tutor: Tutor, knowledge: str | Path | None, store: ProgressStore | None) -> Any:
    """The Revise tab's handlers, or None (with the reason shown in the tab) when its items cannot be made."""
    import gradio as gr

    from tutor.ui.web.revise_tab import build_revise_tab

    try:
        return build_revise_tab(tutor, knowledge, store, explain_here=False)
    except TutorError as e:
        gr.Markdown(f"### Revision is not available\n\n{html.escape(str(e))}", elem_id="revise-error")
        return None


def create_app(
    tutor: Tutor,
    faq: Faq | None = None,
    documents: Sequence[Document] | None = None,
    examples: list[str] | None = None,
    knowledge: str | Path | None = None,
    store: ProgressStore | None = None,
) -> gr.Blocks:
    """The Blocks app; launch it with `launch()` so the CSS, script and offline theme come along.

    `knowledge` is the folder the index was built from (default: `config.knowledge_dir()`); the Revise tab
    makes its quiz items from it. `store` holds learner progress (default: under `$TUTOR_HOME`).
    """
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from tutor.ui.web import links as chat_links

    article = ArticleIndex(tuple(documents or ()))
    examples = examples if examples is not None else example_questions(faq)
    revise: Any = None  # the Revise tab's handlers, once it is built
    no_check = (gr.update(visible=False), gr.update(visible=False))

    def _shown(turn: Turn) -> tuple[Any, ...]:
        """Suggestions and the "Check yourself" offer for a turn."""
        hidden = [gr.update(visible=False, value="")] * MAX_SUGGESTIONS
        shown = [gr.update(visible=True, value=q) for q in turn.suggestions]
        buttons = shown + hidden[len(shown) :]
        section = chat_links.offer_check(revise.reviser, turn.answer) if revise and turn.answer else ""
        return gr.update(visible=bool(shown)), *buttons, section, gr.update(visible=bool(section)), no_check[1]

    def respond(message: str, chat: list[Message], history: list[str]):  # type: ignore[no-untyped-def]
        for turn in chat_turn(tutor, faq, message, chat, history, article):
            yield turn.chat, turn.history, turn.sources, *_shown(turn), ""

    def new_conversation():  # type: ignore[no-untyped-def]
        hidden = [gr.update(visible=False, value="")] * MAX_SUGGESTIONS
        return [], [], SOURCES_EMPTY, gr.update(visible=False), *hidden, "", *no_check, ""

    def check_open(section: str, learner: str):  # type: ignore[no-untyped-def]
        q = chat_links.check_question(revise.reviser, section, learner)
        return q.item_id, q.text, "", "", gr.update(visible=True)

    def check_submit(learner: str, item_id: str, text: str) -> str:
        return chat_links.check_answer(revise.reviser, learner, item_id, text)

    def explain(item_id: str, chat: list[Message], history: list[str]):  # type: ignore[no-untyped-def]
        if not item_id:
            return gr.update(), gr.update(), gr.update(), *[gr.update()] * MAX_SUGGESTIONS, "", *no_check, gr.update()
        turn = explain_turn(revise.bank, item_id, chat, history, article, tutor.index.chunks)
        return turn.chat, turn.sources, *_shown(turn), gr.Tabs(selected="chat")

    def search(query: str) -> str:
        return faq_search(faq, query, article)

    with gr.Blocks(title=TITLE, analytics_enabled=False) as app:
        history = gr.State([])
        gr.Markdown(f"## {TITLE} · {html.escape(_title(article))}", elem_id="app-title")
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("Chat", id="chat", elem_id="tab-chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3, min_width=360):
                        chatbot = gr.Chatbot(
                            label="Conversation",
                            show_label=False,
                            elem_id="chat",
                            height=520,
                            buttons=["copy"],
                            feedback_options=None,
                            placeholder="Ask about the article. Every answer quotes it and cites its passages.",
                            autoscroll=True,
                        )
                        check_section = gr.State("")  # the cited section "Check yourself" asks about
                        check_item = gr.State("")
                        check_button = gr.Button(
                            "Check yourself", visible=False, size="sm", variant="secondary", elem_id="check-open"
                        )
                        with gr.Column(visible=False, elem_id="check-panel") as check_panel:
                            check_md = gr.Markdown(elem_id="check-question")
                            with gr.Row():
                                check_box = gr.Textbox(
                                    show_label=False,
                                    placeholder="Your answer…",
                                    lines=1,
                                    scale=5,
                                    elem_id="check-answer",
                                )
                                check_go = gr.Button("Check", scale=1, min_width=80, elem_id="check-submit")
                            check_feedback = gr.Markdown(elem_id="check-feedback")
                        with gr.Column(visible=False, elem_id="suggestions") as suggest_box:
                            gr.Markdown("**Closest sections — ask about one of them:**")
                            suggest_buttons = [
                                gr.Button("", visible=False, size="sm", variant="secondary", elem_classes="suggestion")
                                for _ in range(MAX_SUGGESTIONS)
                            ]
                        with gr.Row():
                            box = gr.Textbox(
                                show_label=False,
                                placeholder="Your question…",
                                lines=1,
                                max_lines=6,
                                scale=5,
                                elem_id="question",
                                autofocus=True,
                            )
                            send = gr.Button("Ask", variant="primary", scale=1, min_width=80, elem_id="ask")
                        with gr.Row():
                            new = gr.Button("New conversation", size="sm", elem_id="new-conversation")
                        if examples:
                            starters = gr.Dataset(
                                components=[gr.Textbox(visible=False)],
                                samples=[[q] for q in examples],
                                label="Example questions",
                                elem_id="examples",
                            )
                    with gr.Column(scale=2, min_width=300):
                        sources = gr.HTML(SOURCES_EMPTY, elem_id="sources")
            with gr.Tab("FAQ", id="faq", elem_id="tab-faq"):
                with gr.Row():
                    faq_box = gr.Textbox(
                        show_label=False,
                        placeholder="Search the FAQ in your own words…",
                        scale=5,
                        elem_id="faq-query",
                    )
                    faq_go = gr.Button("Search", scale=1, min_width=80, elem_id="faq-search")
                faq_results = gr.HTML("", elem_id="faq-results")
                gr.HTML(faq_list_html(faq, article), elem_id="faq-list")
            with gr.Tab("Article", id="article", elem_id="tab-article"):
                gr.HTML(article_html(article.docs), elem_id="article")
            with gr.Tab("Revise", id="revise", elem_id="tab-revise"):
                revise = _revise_tab(tutor, knowledge, store)

        checks = [check_section, check_button, check_panel]
        outputs = [chatbot, history, sources, suggest_box, *suggest_buttons, *checks, box]
        # one queue for everything that runs the model: answers never race each other for it
        busy = {"concurrency_id": "tutor", "concurrency_limit": 1}
        box.submit(respond, [box, chatbot, history], outputs, api_name="chat", **busy)
        send.click(respond, [box, chatbot, history], outputs, api_name=False, **busy)
        for b in suggest_buttons:
            b.click(respond, [b, chatbot, history], outputs, api_name=False, **busy)
        if examples:
            starters.click(lambda s: s[0], [starters], [box], api_name=False).then(
                respond, [box, chatbot, history], outputs, api_name=False, **busy
            )
        new.click(new_conversation, None, outputs, api_name="new_conversation")
        chatbot.clear(new_conversation, None, outputs, api_name=False)
        if revise is not None:
            learner = revise.ui.learner
            check_button.click(
                check_open, [check_section, learner], [check_item, check_md, check_box, check_feedback, check_panel]
            )
            for event in (check_go.click, check_box.submit):
                event(check_submit, [learner, check_item, check_box], [check_feedback], api_name=False, **busy)
            revise.ui.explain.click(
                explain,
                [revise.ui.quiz_item, chatbot, history],
                [chatbot, sources, suggest_box, *suggest_buttons, *checks, tabs],
                api_name=False,
            )
        faq_box.submit(search, [faq_box], [faq_results], api_name="faq_search", **busy)
        faq_go.click(search, [faq_box], [faq_results], api_name=False, **busy)
    return app


def _title(article: ArticleIndex) -> str:
    return article.docs[0].title if len(article.docs) == 1 else "your texts"


def launch(
    app: gr.Blocks,
    host: str = "127.0.0.1",
    port: int = 7860,
    auth: tuple[str, str] | None = None,
    open_browser: bool = False,
    block: bool = True,
    quiet: bool = False,
) -> Any:
    """Serve the app locally: no share link, no analytics, no API/Gradio footer, offline fonts."""
    return app.launch(
        server_name=host,
        server_port=port,
        auth=auth,
        share=False,
        inbrowser=open_browser,
        prevent_thread_lock=not block,
        quiet=quiet,
        footer_links=[],
        show_error=False,
        theme=_theme(),
        css=CSS,
        head=HEAD,
        mcp_server=False,
        ssr_mode=False,
        pwa=False,
    )


def bind_warning(host: str, auth: tuple[str, str] | None) -> str | None:
    """The warning to print when the app is reachable from other machines without a password."""
    if host in ("127.0.0.1", "localhost", "::1") or auth:
        return None
    return (
        f"WARNING: serving on {host} without --auth: anyone who can reach this machine can use the tutor. "
        "Add --auth USER:PASSWORD, or serve on 127.0.0.1."
    )


def parse_auth(value: str | None) -> tuple[str, str] | None:
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise TutorError(f"--auth {value!r}: expected USER:PASSWORD, e.g. --auth alice:s3cret")
    return user, password
