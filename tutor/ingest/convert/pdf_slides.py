"""Slide decks: a PDF most of whose pages are wider than high, as Beamer and a browser printing slides (reveal.js,
Quarto) make them. A slide is read as a slide: its title (the largest type at its top) a heading under the sections
of the deck's outline, its bullets (shapes drawn before a line, found by `pdf_lines`) list items, a block set apart
by space a paragraph of its own, nothing running on from one slide into the next; the small type in the bands at
its top and foot (a navigation bar, the author and date, the slide's number) is furniture. A slide built up step by
step is printed a page a step: only the last page, which holds the others, is kept; and a page that shows again
what an earlier one showed (the outline before each section) is left out. `pdf.py` reads a deck so when
`is_deck` says it is one."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from tutor import tuning
from tutor.english.lexicon import STOPWORDS
from tutor.ingest.convert.pdf_headings import body_size
from tutor.ingest.convert.pdf_lines import WORDY, PdfLine


def is_deck(sizes: list[tuple[float, float]]) -> bool:
    """Most pages (width, height) wider than high by the share slides are: 4:3 and 16:9 are, a page of a book or
    paper is not, nor a book's odd table turned on its page."""
    wide = sum(1 for width, height in sizes if width >= height * tuning.PDF_SLIDE_ASPECT)
    return wide * 2 > len(sizes)


def slide_furniture(lines: list[PdfLine], heights: list[float], repeated: set[int]) -> set[int]:
    """The furniture of a deck's pages (indices of `lines`): its lines set outside the page (a step not yet
    shown), and in the bands at a slide's top and foot, small type and the lines repeated page after page
    (`repeated`). Elsewhere on a slide a line repeated is text: the same words on every step of a slide built
    up step by step, or said again on the next slide."""
    body = body_size(lines)
    band = tuning.PDF_SLIDE_BAND
    out = set()
    for i, ln in enumerate(lines):
        depth = ln.baseline / heights[ln.page]
        if not 0 <= depth <= 1 or (depth < band or depth > 1 - band) and (ln.size < body or i in repeated):
            out.add(i)
    return out


def slide_lines(lines: list[PdfLine]) -> list[PdfLine]:
    """The lines of the slides kept, each marked where it opens a block."""
    pages = [list(group) for _, group in groupby(lines, key=lambda ln: ln.page)]
    texts = [_texts(page) for page in pages]
    kept: list[list[PdfLine]] = []
    seen: set[tuple[str, ...]] = set()
    for k, page in enumerate(pages):
        if texts[k] in seen or k + 1 < len(pages) and _holds(texts[k + 1], texts[k]):
            continue  # shown before, or a step of the slide the next page shows whole
        seen.add(texts[k])
        kept.append(page)
    return [ln for page in kept for ln in _rows_listed([_apart(page, j) for j in range(len(page))])]


def _rows_listed(page: list[PdfLine]) -> list[PdfLine]:
    """A slide's lines with the rows a lead-in announces as items: after a line that ends with a colon, two or more
    blocks that open at one margin on a term and go on with its description, none bulleted ("… consists of the
    following four things:" over "Performance measure the agent's criterion for success", "Environment the outside
    world …": a table its lead-in brings)."""
    out = list(page)
    for j, line in enumerate(page):
        if not line.text.rstrip().endswith(":") or line.bulleted:
            continue
        rows = [k for k in range(j + 1, len(page)) if page[k].apart]
        rows = rows[: next((n for n, k in enumerate(rows) if not _row(page[k], page[rows[0]])), len(rows))]
        rows = [k for k in rows if k + 1 < len(page) and not page[k + 1].apart]  # each with its description
        for k in rows if len(rows) >= 2 else ():
            out[k] = replace(page[k], bulleted=True)
    return out


def _row(line: PdfLine, first: PdfLine) -> bool:
    """A block that opens at the first row's margin, unbulleted, in the first row's type, on a term: a cell of a few
    words, no sentence, that the next cell describes ("Performance measure" | "the agent's criterion …")."""
    words = line.text.split()
    term = 0 < len(words) <= _TERM_WORDS and WORDY.search(line.text) and not line.text.rstrip().endswith((".", "?"))
    return bool(term) and not line.bulleted and _aligned(line, first) and line.size == first.size


_TERM_WORDS = 4


def _texts(page: list[PdfLine]) -> tuple[str, ...]:
    return tuple(" ".join(ln.text.split()) for ln in page)


def _holds(whole: tuple[str, ...], step: tuple[str, ...]) -> bool:
    """Every line of a step shown again, in order, on the page of the whole slide, whole or filled in ("Actions:"
    → "Actions: move the blank space")."""
    lines = iter(whole)
    return step != whole and all(any(line.startswith(text) for line in lines) for text in step)


def _apart(page: list[PdfLine], j: int) -> PdfLine:
    """A slide's line j, marked apart when it opens the slide, stands a block's space below the line above, or opens
    on a capital or a figure where the line above ends without a word or mark that goes on (a table's next row,
    "1950 Alan Turing's …" under "1943 McCulloch & Pitts: …"; not "… developed by ⏎ Google scientists", nor a
    bullet's second sentence set under its first)."""
    line = page[j]
    if j == 0 or line.baseline - page[j - 1].baseline >= line.size * tuning.PDF_SLIDE_GAP:
        return replace(line, apart=True)
    above = page[j - 1].text.split()
    goes_on = not above or above[-1].lower() in STOPWORDS or above[-1][-1:] in ",;(-–—&/"
    return replace(line, apart=bool(re.match(r"\s*[A-Z0-9]", line.text)) and not goes_on and not _in_item(page, j))


def _in_item(page: list[PdfLine], j: int) -> bool:
    """Line j hangs under the bullet of the item above it: set as far in as the item's first line."""
    first = next((k for k in range(j - 1, -1, -1) if page[k].bulleted or page[k].apart), -1)
    if first < 0 or not page[first].bulleted:
        return False
    return all(_aligned(page[k], page[first]) for k in range(first + 1, j + 1))


def _aligned(line: PdfLine, other: PdfLine) -> bool:
    """The two lines begin at one margin, within the share of an em an item nested under another is set in by."""
    return abs(line.left - other.left) < line.size * tuning.PDF_NEST_EMS


def slide_headings(
    lines: list[PdfLine], outline: dict[int, list[tuple[int, str]]], body: float
) -> tuple[list[PdfLine], dict[int, tuple[int, int]]]:
    """The lines with the outline's titles set in where their pages begin, and the headings among them (line
    index → (level, index of the heading's last line)): the outline's at their levels (a bookmark to a page
    left out on the next page kept), each slide's title one level below the outline's deepest. A title the slide
    before bore too (a slide continued) is left out."""
    level = 3 + max((lv for marks in outline.values() for lv, _ in marks), default=-1)
    out: list[PdfLine] = []
    heads: dict[int, tuple[int, int]] = {}
    last = ""
    pending = sorted(outline.items())  # a bookmark to a page left out heads the next page kept
    for page, group in groupby(lines, key=lambda ln: ln.page):
        slide = list(group)
        marks = [mark for at, held in pending if at <= page for mark in held]
        pending = [(at, held) for at, held in pending if at > page]
        for mark, title in marks:
            heads[len(out)] = (mark + 2, len(out))
            out.append(PdfLine(page, title, body, apart=True))
            last = title.lower()
        titled = _title(slide, body)
        title = " ".join(" ".join(ln.text.split()) for ln in slide[:titled])
        if titled and title.lower() == last:
            slide = slide[titled:]
        elif titled:
            heads[len(out)] = (level, len(out) + titled - 1)
            last = title.lower()
        out += slide
    return out, heads


def _title(slide: list[PdfLine], body: float) -> int:
    """How many lines at the slide's top are its title: set in the slide's largest type of words, larger than the
    document's body, two lines at most; 0 for a slide without one."""
    largest = max((ln.size for ln in slide if WORDY.search(ln.text)), default=0.0)  # not a formula set large
    if slide[0].size < largest or slide[0].size < body * tuning.PDF_HEADING_SIZE_RATIO:
        return 0
    if len(slide) > 1 and slide[1].size == largest and not slide[1].apart and not slide[1].bulleted:
        return 2
    return 1
