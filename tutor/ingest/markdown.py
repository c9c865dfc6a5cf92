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

from tutor.english.text import fold_ligatures, sentence_spans, strip_span
from tutor.records import Block, Unit

if TYPE_CHECKING:
    from markdown_it.token import Token

# a paragraph that is only a preprocessor directive: mdBook's {{#include …}}, Jinja-like {% … %}
_DIRECTIVE = re.compile(r"^\s*(\{\{.*?\}\}|\{%.*?%\}|\s)+$", re.S)
# a definition's mark in Markdown Extra and pandoc (":   Collecting, processing … data"), which CommonMark reads as text
_DEFINITION_MARK = re.compile(r"^:[ \t]+")
_BRACKETED = re.compile(r"^\[[^\[\]]*\]$", re.S)  # a paragraph all in square brackets
SETEXT_TITLE_WORDS = 20  # a title longer than this, underlined, is a paragraph
# a heading before any prose that is a sentence this long, full stop and all, is the page's standfirst (a news page's
# "## The once-ubiquitous form of lighting was novel …, though it has since come to represent decline."), not a title
DEK_WORDS = 10
_SPACES = re.compile(r"\s+")
RUN_IN_LABEL_WORDS = 8  # a bold label that opens a paragraph names its point in a few words
ENTITY_CHARS = 12  # how far a character markdown-it decoded ("&amp;" -> "&") is looked for in the source


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
        # markdown-it ends a line at \r\n, \r or \n alike
        self.starts = [body] + [body + m.end() for m in re.finditer(r"\r\n|\r|\n", text[body:])]

    def span(self, lines: list[int] | None) -> tuple[int, int]:
        a, b = lines or [0, 0]
        start = self.starts[min(a, len(self.starts) - 1)]
        end = self.starts[b] if b < len(self.starts) else len(self.text)
        return start, end


def parse_markdown(text: str, body: int) -> Parsed:
    """Headings and prose blocks of text[body:], every offset absolute."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text[body:])
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


def _resume_after_quote(out: Parsed, source: _Source, before: int, lines: list[int] | None) -> None:
    """A heading inside a quote titles the quote (a sidebar such as "> ### The Stack and the Heap"): after the
    quote the text goes on under the heading it was in."""
    if len(out.headings) == before or before == 0 or not lines:
        return
    outer = out.headings[before - 1]
    resume = source.span([lines[1], lines[1]])[0]
    out.headings.append(Heading(outer.level, outer.title, resume))


# a heading's attributes, as Pandoc and markdown-it-attrs write them: "Headings {#headings}", "Setup {.tip}"
_HEADING_ATTRIBUTES = re.compile(r"\s*\{(?:\s*(?:[#.][^\s{}]+|[\w-]+=[^\s{}]+))+\s*\}$")
# a container's fence line, as VitePress and Docusaurus write admonitions: ":::warning Take care", ":::"
_CONTAINER_FENCE = re.compile(r":{3,}\s*(?:[\w-]+.*)?")


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
    kept = ("text", "code_inline")
    return "".join(c.content if c.type in kept else " " if "break" in c.type else "" for c in children)


def _prose_block(source: _Source, inlines: list[Token], lines: list[int] | None, number: int) -> Block:
    start, end = source.span(lines)
    units = _units(source.text, _aligned(source.text, start, end, inlines), number, -1)
    a = units[0].start if units else start
    b = units[-1].end if units else start
    return Block("paragraph", number, a, b, tuple(units))


def _list_block(source: _Source, paragraphs: list[tuple[int, int, Token]], number: int) -> Block:
    units: list[Unit] = []
    for item, level, inline in paragraphs:
        start, end = source.span(inline.map)
        found = _units(source.text, _aligned(source.text, start, end, [inline]), number, item)
        found = [replace(u, level=level) for u in found] if level else found
        units += [u for u in found if not units or units[-1].end <= u.start]
    a = units[0].start if units else 0
    b = units[-1].end if units else 0
    return Block("list", number, a, b, tuple(units))


@dataclass(frozen=True)
class _View:
    """The reading view of a paragraph: its characters, each one's offset in the file, and which are link text and
    which inline code."""

    clean: str
    where: list[int]
    linked: list[bool]
    code: list[bool]


def _aligned(text: str, start: int, end: int, inlines: list[Token]) -> _View:
    """The reading view of these inline tokens and, for each of its characters, its offset in the file.

    Each piece of text markdown-it returns is found again in the source, in order, so offsets are exact;
    a piece markdown-it changed (an entity, an escaped character) is matched character by character."""
    clean: list[str] = []
    where: list[int] = []
    linked: list[bool] = []  # the character is the text of a link
    code: list[bool] = []  # the character is inline code
    pos = start
    for n, inline in enumerate(inlines):
        cell = any(c.type in ("text", "code_inline") and c.content.strip() for c in inline.children or [])
        if n and cell:  # table cells: one row reads as its cells (the empty ones aside) separated by semicolons
            clean.extend("; ")
            where.extend((pos, pos))
        depth = 0
        line_start = True
        children = inline.children or []
        label = _run_in_label(children)
        for k, c in enumerate(children):
            depth += (c.type == "link_open") - (c.type == "link_close")
            if k == label:  # "**Delivery latency** 95% of tasks …" reads "Delivery latency: 95% of tasks …"
                clean.append(":")
                where.append(max(pos - 1, start))
            if c.type == "link_close":  # what follows a link is looked for after its target, not inside it
                pos = _after_link(text, pos, end)
            if c.type in ("softbreak", "hardbreak"):
                clean.append(" ")
                where.append(pos)
            elif c.type == "text" and line_start and _CONTAINER_FENCE.fullmatch(c.content.strip()):
                pass  # ":::tip Prerequisites": markup around a note, not its words
            elif c.type in ("text", "code_inline") and c.content:
                content = _DEFINITION_MARK.sub("", c.content) if line_start and c.type == "text" else c.content
                term = len(clean) > 1 and clean[-1] == " " and clean[-2] not in ".!?:;"  # the line above is no sentence
                if content != c.content and term:  # "Node and machine\n:   Used …"
                    clean.insert(-1, ":")  # reads "Node and machine: Used …", as a glossary does
                    where.insert(-1, text.find(":", pos, end))
                pos = _find(text, content, pos, end, clean, where) if content else pos
            line_start = c.type in ("softbreak", "hardbreak")
            code.extend([c.type == "code_inline"] * (len(clean) - len(code)))
            linked.extend([depth > 0] * (len(clean) - len(linked)))
        code.extend([False] * (len(clean) - len(code)))
        linked.extend([False] * (len(clean) - len(linked)))
    return _View("".join(clean), where, linked, code)


def _outside_code(spans: list[tuple[int, int]], view: _View) -> list[tuple[int, int]]:
    """Sentence spans joined where a stop inside inline code ended one ("the `myObj?.` usage is …")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _stop_in_code(out[-1], view):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _stop_in_code(span: tuple[int, int], view: _View) -> bool:
    a, k = span[0], span[1] - 1
    while k > a and view.clean[k] in "\"'”’)]":
        k -= 1
    return view.clean[k] in ".!?" and view.code[k]


def _run_in_label(children: list[Token]) -> int:
    """Where a bold label that opens a paragraph closes, when a sentence follows it with no stop between ("**Delivery
    latency** 95% of tasks …", "**Periodic task execution** Currently, …"): a colon goes there; -1 when none."""
    shown = [k for k, c in enumerate(children) if not (c.type == "text" and not c.content)][:4]
    if [children[k].type for k in shown] != ["strong_open", "text", "strong_close", "text"]:
        return -1
    label, after = children[shown[1]].content, children[shown[3]].content
    if not label.strip() or not label.rstrip()[-1].isalnum() or len(label.split()) > RUN_IN_LABEL_WORDS:
        return -1
    return shown[2] if re.match(r"\s+[A-Z0-9]", after) else -1


def _after_link(text: str, pos: int, end: int) -> int:
    """The offset after a link's target ("](url "title")", parentheses balanced) or reference ("][ref]") that
    starts at `pos`; `pos` itself when neither does."""
    if text.startswith("][", pos):
        close = text.find("]", pos + 2, end)
        return close + 1 if close >= 0 else pos
    if not text.startswith("](", pos):
        return pos
    depth = 0
    for i in range(pos + 1, end):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0:
            return i + 1
    return pos


def _find(text: str, piece: str, pos: int, end: int, clean: list[str], where: list[int]) -> int:
    at = text.find(piece, pos, end)
    near = 0 <= at - pos <= ENTITY_CHARS  # found where it is: only a piece further on may be the wrong one
    words = [] if near else _SPACES.split(piece)
    if len(words) > 1:  # a code span markdown-it joined across a line ("`key:\nvalue`" reads "key: value")
        pattern = re.compile(r"\s+".join(f"({re.escape(w)})" for w in words))
        joined = pattern.search(text, pos, end if at < 0 else at + len(piece))
        if joined and joined.start() - pos <= ENTITY_CHARS and (at < 0 or joined.start() < at):
            return _aligned_words(joined, piece, clean, where)  # nearer than the piece written on one line further on
    if at >= 0:
        clean.extend(piece)
        where.extend(range(at, at + len(piece)))
        return at + len(piece)
    for ch in piece:  # "&amp;" read as "&", "\*" as "*": the character is near; one that is not is left out
        found = text.find(ch, pos, min(end, pos + ENTITY_CHARS))
        if found >= 0:
            clean.append(ch)
            where.append(found)
            pos = found + 1
    return pos


def _aligned_words(found: re.Match[str], piece: str, clean: list[str], where: list[int]) -> int:
    """`piece` read where `found` matched it word for word, each run of spaces between its words standing for the
    run of white space (a line break) between them in the source."""
    for n, run in enumerate(_SPACES.split(piece)):
        if n:
            gap = found.end(n)
            clean.append(" ")
            where.append(gap)
        clean.extend(run)
        where.extend(range(found.start(n + 1), found.end(n + 1)))
    return found.end()


def _units(text: str, view: _View, block: int, item: int) -> list[Unit]:
    """Sentences of the reading view, each with the exact span of the file it was read from; a sentence whose
    words are all link text ("(source).") says nothing of its own."""
    clean, where, linked = view.clean, view.where, view.linked
    units: list[Unit] = []
    for a, b in _outside_code(sentence_spans(clean), view):
        reading = " ".join(fold_ligatures(clean[a:b]).split())
        if not any(ch.isalnum() and not linked[a + k] for k, ch in enumerate(clean[a:b])):
            continue
        # a table's cell separator stands where the row ends, which may be the end of the file
        start, end = strip_span(text, min(where[a], len(text)), min(where[b - 1] + 1, len(text)))
        if start < end and (not units or units[-1].end <= start):
            units.append(Unit(start, end, block, item, reading))
    return units
