"""A saved web page to Markdown with trafilatura: the page's main content only (navigation, sharing buttons,
comments, "related" boxes and cookie notices left out), headings, lists and tables kept, and its title,
author and date from the page's metadata.

Chosen by measurement on 47 English pages of mozilla/readability's test pages (README "Adding a text"):
trafilatura kept 96 % of the words of the expected main text at 97 % precision and 75 % of its headings, in
2.8 s for all 47; readability-lxml with markdownify kept 96 % at 87 % precision, 76 % of the headings, in 5.1 s."""

from __future__ import annotations

import re
from pathlib import Path

from tutor import tuning
from tutor.ingest.convert.articles import article_elements_read, may_hold_article_elements
from tutor.ingest.convert.book_parts import book_parts_read, may_hold_book_parts
from tutor.ingest.convert.glossaries import glossaries_as_lists, may_hold_glossary
from tutor.ingest.convert.layout_tables import layout_tables_unwrapped, may_hold_layout
from tutor.ingest.convert.line_breaks import break_paragraphs_made, may_hold_break_paragraphs
from tutor.ingest.convert.links import (
    incidental_links_unwrapped,
    link_paragraphs_removed,
    link_tables_removed,
    may_hold_links,
)
from tutor.ingest.convert.notes import may_hold_notes, notes_removed
from tutor.ingest.convert.page_marks import may_hold_page_marks, page_marks_removed
from tutor.ingest.convert.records import ConversionError, Converted, name_as_title, package_version

# the "[edit]" link a MediaWiki page (Wikipedia and the like) puts after every section heading
_EDIT_LINK = re.compile(r"^(#{1,6}\s.*?)\s*\\?\[edit(?: source)?\\?\]\s*$", re.M)
# the "¶" permalink Sphinx and MkDocs documentation put after every heading and term ("## Setting up¶"); a "¶"
# that cites a paragraph ("see ¶ 12") has words after it
_PERMALINK = re.compile(r"¶(?=\*\*|\s*$)", re.M)
# a note's or reference's mark in superscript: in brackets ("<sup>[11]</sup>", "<sup>[citation needed]</sup>"), a
# page of it (":p. 227"), or a bare number after punctuation ("… take 5 seconds.<sup>23</sup>"; "10<sup>6</sup>" stays)
_NOTE_MARK = re.compile(
    r"<sup>\s*\\?\[[^\]<>]{1,30}?\\?\]\s*</sup>|<sup>:\s*(?:pp?\.\s*)?[\d–-]+</sup>"
    r"|(?<=[.,;:!?\"”’)])<sup>\d{1,3}</sup>"
)

_XML_DECLARATION = re.compile(r"\A\s*<\?xml\b[^>]*\?>")  # '<?xml version="1.0" encoding="utf-8"?>'
_BODY = re.compile(r"<body[\s>]", re.I)  # a page's body: without one, the file is a fragment of a page
_BODY_OPEN, _BODY_CLOSE = re.compile(r"<body\b[^>]*>", re.I), re.compile(r"</body\s*>", re.I)
_HEADING = re.compile(r"<h[1-6][\s>]", re.I)

# a date in the text ("sailed from Devonport on the <time …>27th of December, 1831</time>.", a diary entry's
# "<time>November 15th</time>.—At daylight …"), which trafilatura drops with its element (it takes <time> for a
# byline's, whose header, footer or aside it drops anyway); the words stay, the element goes
_TIME = re.compile(r"<time\b[^>]*>(.*?)</time\s*>", re.I | re.S)

# a formula the page kept as TeX (`articles.py`), in which the converter escaped "_" and "*" as Markdown's
_MATH_SPAN = re.compile(r"\$\$?[^$\n]+?\$\$?")


# a heading broken over lines ("<h2>I<br /><br />THE ORIGIN OF MUSIC</h2>"), which trafilatura ends at the break, the
# rest becoming a paragraph; a numbering before the break ("I", "Chapter 3", "Lecture IV") reads "I. THE ORIGIN …"
_BROKEN_HEADING = re.compile(r"(<h[1-6]\b[^>]*>)(.*?)(</h[1-6]\s*>)", re.I | re.S)
_BREAKS = re.compile(r"(?:\s*<br\s*/?>\s*)+", re.I)
_NUMBERING = re.compile(r"(?i)(?:(?:chapter|part|book|lecture|lesson|section)\s+)?(?:[ivxlc]+|\d+)\.?")


# a line break inside a sentence, where the page set its lines by hand ("… the same as those passed to the <br/>
# <code>Request()</code> constructor …"): trafilatura makes each break a paragraph's end, cutting the sentence in two;
# a break after a word or a comma, before a word in lower case or code, is a space (a poem's or an address's lines,
# each opening on a capital, keep theirs)
_MID_SENTENCE_BREAK = re.compile(r"(?<=[a-z,])\s*<br\s*/?>\s*(?=[a-z]|<code\b)")


_PRE = re.compile(r"(<pre\b.*?</pre\s*>)", re.I | re.S)


def _sentences_unbroken(html: str) -> str:
    """The page with its line breaks inside a sentence read as spaces (`_MID_SENTENCE_BREAK`), outside
    preformatted text, where a break ends a line of code or output ("$ wasmer run hello.wasm<br>hello, world!")."""
    parts = _PRE.split(html)
    return "".join(part if k % 2 else _MID_SENTENCE_BREAK.sub(" ", part) for k, part in enumerate(parts))


def _joined(m: re.Match[str]) -> str:
    head, *rest = _BREAKS.split(m.group(2))
    if not rest:
        return m.group()
    glue = ". " if _NUMBERING.fullmatch(re.sub(r"<[^>]*>", "", head).strip()) else " "
    return m.group(1) + head.strip().rstrip(".") + glue + " ".join(r.strip() for r in rest) + m.group(3)


def convert_html(path: Path, data: bytes) -> Converted:
    import trafilatura

    html = _TIME.sub(r"\1", _BROKEN_HEADING.sub(_joined, _restructured(_decode(data))))
    html = _sentences_unbroken(html)
    if not _BODY.search(html):  # a fragment, as a book's chapter files are: trafilatura reads it as a page's only
        html = f"<html><body><article>{html}</article></body></html>"  # if it is one (else it drops headings, lists)
    elif _plain_document(html):  # a book's page, its prose straight in <body>: the body is the article
        html = _BODY_CLOSE.sub("</article></body>", _BODY_OPEN.sub(lambda m: m.group() + "<article>", html, 1), 1)
    markdown = trafilatura.extract(
        html,
        output_format="markdown",
        include_formatting=True,
        include_tables=True,
        include_comments=False,
        include_images=False,
        favor_precision=False,
    )
    words = len(re.findall(r"\w+", markdown or ""))
    if words < tuning.MIN_PAGE_WORDS:
        raise ConversionError(
            f"{path}: no main text found in this page ({words} words besides its navigation); save the page of "
            "the article itself, after it has loaded"
        )
    markdown = _EDIT_LINK.sub(r"\1", markdown or "")  # "## History[edit]": a wiki's edit link, not the heading
    markdown = _NOTE_MARK.sub("", markdown)  # "… in July 2003.<sup>[11]</sup>": a note's number, not the sentence's
    markdown = _PERMALINK.sub("", markdown)  # "## Setting up¶": a link to the heading, not its words
    markdown = _MATH_SPAN.sub(lambda m: m.group().replace("\\_", "_").replace("\\*", "*"), markdown)  # "$w\\_i$"
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or name_as_title(path)
    author = meta.author if meta and meta.author else ""
    return Converted(markdown.strip() + "\n", title, author, "trafilatura", package_version("trafilatura"))


def _plain_document(html: str) -> bool:
    """Whether the page is a document written plainly: headings, and most of its paragraphs' text straight in
    `<body>`, in no container, as Project Gutenberg's books and hand-written pages are. trafilatura finds no
    article frame there and gathers the paragraphs without a single heading (a 62,000-word book came out as one
    section); read as an article, the body keeps them."""
    if not _HEADING.search(html):
        return False
    import lxml.html

    body = lxml.html.fromstring(html).find(".//body")
    if body is None:
        return False
    paragraphs = [(p.getparent() is body, len(p.text_content())) for p in body.iter("p")]
    total = sum(n for _, n in paragraphs)
    return total > 0 and sum(n for top, n in paragraphs if top) > total * tuning.PLAIN_DOCUMENT_SHARE


def _restructured(html: str) -> str:
    """The page with its paragraphs set apart by `<br>` made paragraphs (`line_breaks.py`, first, so that a note is
    a block of its own), a research article's own elements read (`articles.py`), without its note marks and notes
    (`notes.py`) and a printed edition's page numbers (`page_marks.py`), its definition lists as lists of "term:
    definition" (`glossaries.py`), a book's heading groups as one heading and its publisher's pages left out
    (`book_parts.py`), its layout tables unwrapped (`layout_tables.py`), the links of its lists of prose as plain
    text and its paragraphs and tables that are only links left out (`links.py`); as it was when it has none of
    these."""
    holds = (
        may_hold_book_parts,
        may_hold_break_paragraphs,
        may_hold_glossary,
        may_hold_layout,
        may_hold_links,
        may_hold_notes,
        may_hold_page_marks,
        may_hold_article_elements,
    )
    if not any(may_hold(html) for may_hold in holds):
        return html
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    changed = break_paragraphs_made(soup) + article_elements_read(soup) + notes_removed(soup) + page_marks_removed(soup)
    changed += glossaries_as_lists(soup) + book_parts_read(soup)
    changed += layout_tables_unwrapped(soup)
    changed += incidental_links_unwrapped(soup) + link_paragraphs_removed(soup) + link_tables_removed(soup)
    return str(soup) if changed else html


def _decode(data: bytes) -> str:
    """The page as text: UTF-8 (with or without a byte-order mark), else the charset (or an XHTML file's encoding) it
    declares, else Latin-1; without the XML declaration an XHTML file opens with, which names an encoding the text
    no longer has (lxml refuses text that declares one)."""
    return _XML_DECLARATION.sub("", _decoded(data), count=1)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = re.search(rb"(?:charset|encoding)=[\"']?([A-Za-z0-9_-]+)", data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("latin-1")
