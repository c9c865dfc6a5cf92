"""Read Markdown as Markdown: markdown-it-py (CommonMark, with tables) finds the blocks, and every prose block
gets two views of the same text — what a learner reads (inline markup, link targets, HTML and hard wraps gone)
and where it came from (exact offsets into the file, so a citation is `file[start:end]`).

Only prose teaches: paragraphs, list items, quotes and table rows give sentences. Headings (also inside a
quote) start sections. Code, HTML blocks, directives (`{{#include …}}`), images and lines that are only links
give none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tutor.ingest.inline import MATH, aligned, read_units
from tutor.ingest.latex import math_text
from tutor.ingest.macros import macros_read
from tutor.ingest.references import targets
from tutor.records import Block, Unit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.rules_inline import StateInline
    from markdown_it.token import Token

# a paragraph that is only a preprocessor directive: mdBook's {{#include …}}, Jinja-like {% … %}
_DIRECTIVE = re.compile(r"^\s*(\{\{.*?\}\}|\{%.*?%\}|\s)+$", re.S)
_FOOTNOTE = re.compile(r"\[\^[^\]\s]+\]:")  # "[^CrockfordCoercion]: …": a footnote's note
_BRACKETED = re.compile(r"^\[[^\[\]]*\]$", re.S)  # a paragraph all in square brackets
SETEXT_TITLE_WORDS = 20  # a title longer than this, underlined, is a paragraph
# a heading before any prose that is a sentence this long, full stop and all, is the page's standfirst (a news page's
# "## The once-ubiquitous form of lighting was novel …, though it has since come to represent decline."), not a title
DEK_WORDS = 10


@dataclass
class Heading:
    level: int
    title: str  # the reading view
    start: int  # offset of its first line in the file


@dataclass
class Parsed:
    """A Markdown body as the reader needs it: its headings and its prose blocks, in reading order."""

    headings: list[Heading] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)  # in reading order


class _Source:
    """Line offsets of the body inside the file, so a token's line map becomes a character span."""

    def __init__(self, text: str, body: int) -> None:
        self.text = text
        self.targets = targets(text)  # what a cross-reference to each of its labels reads as
        # markdown-it ends a line at \r\n, \r or \n alike
        self.starts = [body] + [body + m.end() for m in re.finditer(r"\r\n|\r|\n", text[body:])]

    def span(self, lines: list[int] | None) -> tuple[int, int]:
        a, b = lines or [0, 0]
        start = self.starts[min(a, len(self.starts) - 1)]
        end = self.starts[b] if b < len(self.starts) else len(self.text)
        return start, end


# an HTML tag alone on the line before a heading: CommonMark would take the heading into the tag's HTML block, as
# OpenStax's kramdown writes a glossary ('<div data-type="glossary" markdown="1">' then "### Glossary"); read as a
# blank line (of as many spaces, so every offset stays), the heading is one
_TAG_BEFORE_HEADING = re.compile(r"(?m)^[ \t]*</?[A-Za-z][^<>\r\n]*>[ \t]*(?=\r?\n[ \t]{0,3}#{1,6}[ \t])")


def _parser() -> MarkdownIt:
    """CommonMark with tables, dollar math, MathJax's bracketed math and kramdown's markup read as markup."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.dollarmath import dollarmath_plugin

    # "$\alpha$" is math, "$5 and $10" money: no space inside the dollars, no digit right after the closing one
    md = MarkdownIt("commonmark").enable("table").use(dollarmath_plugin, allow_space=False, allow_digits=False)
    md.inline.ruler.before("escape", "bracketed_math", _bracketed_math)
    md.inline.ruler.before("escape", "kramdown_markup", _kramdown_markup)
    return md


def parse_markdown(text: str, body: int) -> Parsed:
    """Headings and prose blocks of text[body:], every offset absolute."""
    tokens = _join_formulas(_parser().parse(_TAG_BEFORE_HEADING.sub(lambda m: " " * len(m.group()), text[body:])))
    source = _Source(text, body)
    out = Parsed()
    number = 0
    items: list[tuple[int, int, Token]] = []  # the open list's paragraphs: (item index, nesting, inline token)
    item = -1
    depth = 0  # nesting of lists: items of nested lists belong to the outermost list, one level deeper
    row: list[Token] = []
    quotes: list[tuple[int, list[int] | None]] = []  # open quotes: (headings before it, its lines)
    last_image = False  # the paragraph before was only an image: a short one after it is its caption
    for i, tok in enumerate(tokens):
        if tok.type in ("heading_open", "bullet_list_open", "ordered_list_open", "table_open", "fence", "hr"):
            last_image = False
        if tok.type == "blockquote_open":
            quotes.append((len(out.headings), tok.map))
        elif tok.type == "blockquote_close" and quotes:
            _resume_after_quote(out, source, *quotes.pop())
        elif tok.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0 and items:
                number += 1
                _add(out, _list_block(source, items, number))
                items, item = [], -1
        elif tok.type == "list_item_open":
            item += 1
        elif tok.type == "heading_open" and i + 1 < len(tokens) and _prose_heading(tok, tokens[i + 1], out):
            number += 1
            _add(out, _prose_block(source, [tokens[i + 1]], tokens[i + 1].map, number))
        elif tok.type == "heading_open" and i + 1 < len(tokens):
            title = _HEADING_ATTRIBUTES.sub("", clean_inline(tokens[i + 1]))
            if title:
                out.headings.append(Heading(int(tok.tag[1:]), title, source.span(tok.map)[0]))
        elif tok.type == "paragraph_open" and i + 1 < len(tokens):
            inline = tokens[i + 1]
            after_image, last_image = last_image, _is_image(inline)
            if not _teaches(inline) or (after_image and _is_caption(inline, quoted=bool(quotes))):
                continue  # an image's caption ("Sketchnote by …", "A diagram showing …") is not prose
            if depth:
                items.append((item, depth - 1, inline))
            else:
                number += 1
                _add(out, _prose_block(source, [inline], tok.map, number))
        elif tok.type == "tr_open":
            row = []
        elif tok.type == "inline" and tokens[i - 1].type in ("th_open", "td_open"):
            row.append(tok)
        elif tok.type == "tr_close" and any(_teaches(c) for c in row):
            number += 1
            _add(out, _prose_block(source, row, tokens[i - 1].map or _row_map(tokens, i), number))
    return out


def _join_formulas(tokens: list[Token]) -> list[Token]:
    """Paragraphs a MathML formula between blank lines cut inside a sentence, joined again: "… the resistance in
    an⏎⏎<math>…RC…</math>⏎⏎ circuit." (as OpenStax's kramdown writes every formula) is one paragraph. A paragraph
    that opens on a formula joins the one before when that one does not end its sentence; one that goes on in lower
    case or with a stop joins the one before when that one ends on a formula."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if not (_paragraph_at(tokens, i) and len(out) >= 3 and _paragraph_at(out, len(out) - 3)):
            out.append(tokens[i])
            i += 1
            continue
        before, content = out[-2].content.rstrip(), tokens[i + 1].content
        opens = content.lstrip().startswith("<math") and not re.search(r"[.!?:]\W*$", before)
        goes_on = before.endswith("</math>") and re.match(r"\s*[a-z,.;:)]", content)
        if opens or goes_on:
            out[-3:] = _merged(out[-3:], tokens[i : i + 3])
        else:
            out.extend(tokens[i : i + 3])
        i += 3
    return out


_PARAGRAPH = ["paragraph_open", "inline", "paragraph_close"]


def _paragraph_at(tokens: list[Token], i: int) -> bool:
    return i >= 0 and [t.type for t in tokens[i : i + 3]] == _PARAGRAPH


def _merged(first: list[Token], second: list[Token]) -> list[Token]:
    """Two paragraphs (open, inline, close) as one, a line break between their words."""
    from markdown_it.token import Token

    opening, inline, closing = first[0].copy(), first[1].copy(), second[2]
    opening.map = inline.map = [first[0].map[0], second[0].map[1]] if first[0].map and second[0].map else None
    inline.content = f"{first[1].content}\n{second[1].content}"
    gap = [] if re.match(r"\s*[,.;:)]", second[1].content) else [Token("softbreak", "br", 0)]  # "PE=qV, where …"
    inline.children = [*(first[1].children or []), *gap, *(second[1].children or [])]
    return [opening, inline, closing]


# MathJax's other delimiters: "\\(x_i\\)" and "\\[ … \\]" as Jekyll and kramdown sites write them, "\(x_i\)" as
# pandoc's does (not "\[1\]", CommonMark's square brackets); each closes with as many backslashes as it opened with
_BRACKETED_MATH = re.compile(r"(\\{1,2})([(\[])(.+?)\1([)\]])", re.S)


def _bracketed_math(state: StateInline, silent: bool) -> bool:
    """An inline rule for markdown-it: math between MathJax's bracket delimiters reads as dollarmath's does."""
    m = _BRACKETED_MATH.match(state.src, state.pos) if state.src[state.pos] == "\\" else None
    if not m or "([".index(m.group(2)) != ")]".index(m.group(4)) or not m.group(3).strip() or m.group(0)[:2] == "\\[":
        return False
    if not silent:
        token = state.push("math_inline" if m.group(2) == "(" else "math_inline_double", "math", 0)
        token.content = m.group(3)
        token.markup = m.group(1) + m.group(2)
    state.pos = m.end()
    return True


# kramdown's (Jekyll's) markup: an attribute list after a span or a block ('**anatomy**{: data-type="term"}', a line
# '{: #fig-1 data-title="…"}' under an image) or an extension ("{::comment}"), and a line of only "^" that ends a block
_KRAMDOWN_MARKUP = re.compile(r"""\{:(?:[^{}"'\n]|"[^"\n]*"|'[^'\n]*')*\}|(?<![^\n])\^[ \t]*(?=\n|$)""")


def _kramdown_markup(state: StateInline, silent: bool) -> bool:
    """An inline rule for markdown-it: kramdown's attribute lists and block-end marks are markup, no words."""
    if state.src[state.pos] not in "{^":
        return False
    m = _KRAMDOWN_MARKUP.match(state.src, state.pos)
    if not m:
        return False
    if not silent:
        state.push("kramdown_markup", "", 0).markup = m.group()
    state.pos = m.end()
    return True


def _resume_after_quote(out: Parsed, source: _Source, before: int, lines: list[int] | None) -> None:
    """A heading inside a quote titles the quote (a sidebar such as "> ### The Stack and the Heap"): after the
    quote the text goes on under the heading it was in."""
    if len(out.headings) == before or before == 0 or not lines:
        return
    outer = out.headings[before - 1]
    resume = source.span([lines[1], lines[1]])[0]
    out.headings.append(Heading(outer.level, outer.title, resume))


# a heading's attributes, as Pandoc and markdown-it-attrs write them: "Headings {#headings}", "Setup {.tip}"; an MDX
# comment holding its anchor, as React's and Docusaurus's docs write it ("Step 1 {/*step-1*/}", read "{/step-1/}"); the
# anchor Hugging Face's doc-builder writes ("Unigram tokenization[[unigram-tokenization]]") and javascript.info's
# ("querySelector [#querySelector]")
_HEADING_ATTRIBUTES = re.compile(
    r"\s*(?:\{(?:\s*(?:[#.][^\s{}]+|[\w-]+=[^\s{}]+))+\s*\}|\{/\*?[^{}]*?\*?/\}|\[\[[\w.-]+\]\]|\[#[\w.-]+\])$"
)


def _prose_heading(heading: Token, inline: Token, out: Parsed) -> bool:
    """A heading that is prose in fact: a paragraph underlined by a rule (`_setext_paragraph`), or a page's
    standfirst marked up as a heading above its first paragraph (`DEK_WORDS`)."""
    if _setext_paragraph(heading, inline):
        return True
    title = clean_inline(inline).rstrip()
    return not out.blocks and title.endswith(".") and len(title.split()) >= DEK_WORDS


def _setext_paragraph(heading: Token, inline: Token) -> bool:
    """A paragraph written right above a `---` line reads as a heading in CommonMark; a long one, or one that ends
    like a sentence, is a paragraph its author separated from what follows, not a title."""
    if heading.markup not in ("-", "="):
        return False
    title = clean_inline(inline)
    return len(title.split()) > SETEXT_TITLE_WORDS or title.rstrip()[-1:] in tuple(".:;!?")


def _row_map(tokens: list[Token], close: int) -> list[int] | None:
    for j in range(close, -1, -1):
        if tokens[j].type == "tr_open":
            return tokens[j].map
    return None


def _add(out: Parsed, block: Block) -> None:
    if block.units:
        out.blocks.append(block)


CAPTION_WORDS = 40  # a caption under an image is a line or two; a paragraph after an image may teach


def _teaches(inline: Token) -> bool:
    """Prose, not an image, a line of links (a video thumbnail, "Pre-lecture quiz"), a directive or a placeholder."""
    children = inline.children or []
    words = "".join(c.content for c in children if c.type in ("text", "code_inline"))
    linked = _link_text(children)
    if not words.strip() or _DIRECTIVE.match(inline.content):
        return False
    if _BRACKETED.match(words.strip()):
        return False  # "[figure SG09: Bob's repo with 2 heads …]", "[Image: …]": a placeholder for what is not text
    if _FOOTNOTE.match(inline.content):
        return False  # "[^CrockfordCoercion]: "JavaScript: …"; 2001; https://…": a note's source, not the text
    return words.strip() != linked.strip()


def _is_image(inline: Token) -> bool:
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    return bool(children) and all(c.type in ("image", "softbreak") for c in children)


def _is_caption(inline: Token, quoted: bool) -> bool:
    """Right under an image, a short quote ("> Sketchnote by …") or a line all in emphasis ("*Figure 2: …*")."""
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    emphasised = len(children) > 2 and children[0].type in ("em_open", "strong_open")
    emphasised = emphasised and children[-1].type in ("em_close", "strong_close")
    return (quoted or emphasised) and len(inline.content.split()) <= CAPTION_WORDS


def _link_text(children: list[Token]) -> str:
    """The words of a paragraph that sit inside links."""
    inside, out = 0, []
    for c in children:
        inside += c.type == "link_open"
        inside -= c.type == "link_close"
        if inside and c.type in ("text", "code_inline"):
            out.append(c.content)
    return "".join(out)


def clean_inline(inline: Token) -> str:
    """The reading view of an inline token: text and code as written, breaks as spaces, markup dropped."""
    return " ".join(_pieces_text(inline.children or []).split())


def _pieces_text(children: list[Token]) -> str:
    return "".join(
        macros_read(c.content)
        if c.type == "text"
        else c.content
        if c.type == "code_inline"
        else math_text(c.content)
        if c.type in MATH
        else " "
        if "break" in c.type
        else ""
        for c in children
    )


def _prose_block(source: _Source, inlines: list[Token], lines: list[int] | None, number: int) -> Block:
    start, end = source.span(lines)
    units = read_units(source.text, aligned(source.text, start, end, inlines, source.targets), number, -1)
    a = units[0].start if units else start
    b = units[-1].end if units else start
    return Block("paragraph", number, a, b, tuple(units))


def _list_block(source: _Source, paragraphs: list[tuple[int, int, Token]], number: int) -> Block:
    units: list[Unit] = []
    for item, level, inline in paragraphs:
        start, end = source.span(inline.map)
        found = read_units(source.text, aligned(source.text, start, end, [inline], source.targets), number, item)
        found = [replace(u, level=level) for u in found] if level else found
        units += [u for u in found if not units or units[-1].end <= u.start]
    a = units[0].start if units else 0
    b = units[-1].end if units else 0
    return Block("list", number, a, b, tuple(units))
