"""A plain text's lines, and the page furniture among them: what a printed page repeats (page numbers, running
headers and footers, rules) and is no part of the text. Plain text and PDFs are read with it."""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

from tutor import tuning
from tutor.english.text import word_count

_PAGE_MARK = re.compile(
    r"[A-Za-z]?\d{1,4}[A-Za-z]?|[ivxlcIVXLC]{1,7}|[-–—(\[ ]*(?:page|p\.)?\s*\d{1,4}(?:\s*of\s*\d{1,4})?[-–—)\] ]*",
    re.I,
)
_ROMAN = re.compile(r"^[ivxlc]{1,7}$")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")  # "5.1.1", "3.2.": a section's, not a page's
ENDS_SENTENCE = re.compile(r"[.?!…][\"'”’)\]]*$|:$")


@dataclass(frozen=True)
class Line:
    start: int
    end: int  # without the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def lines_of(text: str, start: int = 0) -> list[Line]:
    out, pos = [], start
    for raw in text[start:].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


# ------------------------------------------------------------------ page furniture


# Project Gutenberg's plain texts, the most common free books: its header and licence wrap the book
_BOOK_STARTS = re.compile(r"^\W*\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)\b", re.I)
_BOOK_ENDS = re.compile(r"^\W*(?:\*{3}\s*)?END OF (?:THE |THIS )?PROJECT GUTENBERG\b", re.I)
_CREDIT = re.compile(r"^(?:Produced|Transcribed|Prepared|E-text prepared) by\b", re.I)
_TITLE_FIELD = re.compile(r"^Title:\s+(\S.*)$")


def wrapper(lines: list[Line]) -> tuple[set[int], str]:
    """A published e-text's wrapping, which is no part of the book: Project Gutenberg's header (up to its "*** START
    OF THE PROJECT GUTENBERG EBOOK …" line, and the producers' credit after it) and its licence (from "*** END OF
    …"), with the book's title from the header's "Title:" field; (set(), "") for any other text."""
    start = next((i for i, ln in enumerate(lines) if _BOOK_STARTS.match(ln.text)), None)
    if start is None:
        return set(), ""
    end = next((i for i in range(start + 1, len(lines)) if _BOOK_ENDS.match(lines[i].text)), len(lines))
    hidden = set(range(start + 1)) | set(range(end, len(lines)))
    shown = [i for i in range(start + 1, end) if not lines[i].blank]
    if shown and _CREDIT.match(lines[shown[0]].text):  # "Produced by Sue Asscher", to the paragraph's end
        i = shown[0]
        while i < end and not lines[i].blank:
            hidden.add(i)
            i += 1
    titles = (_TITLE_FIELD.match(lines[i].text.strip()) for i in range(start))
    title = next((m.group(1).strip() for m in titles if m), "")
    return hidden, title


def furniture(lines: list[Line], wrapped: set[int] | None = None) -> set[int]:
    """Lines that are page furniture, not text: bare page and line numbers, lines of symbols only (rules,
    ornaments), and short lines repeated page after page with only their number changing (running headers and
    footers, printer's marks, the title on every page), and a published e-text's wrapping (`wrapper`). A repeated
    line that ends a sentence ("Yes.") is text, and so is one whose repeats come closer together than pages do.
    `wrapped`: the wrapping's lines when the caller has found them already."""
    keys = [_furniture_key(ln.text) for ln in lines]
    seen: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            seen.setdefault(key, []).append(i)
    out = set()
    for i, line in enumerate(lines):
        t = line.text.strip()
        if not t:
            continue
        if _PAGE_MARK.fullmatch(t) or not any(c.isalnum() for c in t):  # a page number, a rule or ornament
            out.add(i)
        elif keys[i] and ENDS_SENTENCE.search(t) is None and _page_after_page(seen[keys[i]]):
            if not (t.isupper() and sum(lines[j].text.strip().isupper() for j in seen[keys[i]]) == 1):
                out.add(i)  # but "GLOSSARY", once in capitals, under "Glossary" on every page: the chapter's heading
    return out | _header_mates(lines, out) | (wrapper(lines)[0] if wrapped is None else wrapped)


def _header_mates(lines: list[Line], found: set[int]) -> set[int]:
    """The other lines of a running header of a few lines ("September 1981" ⏎ "Internet Protocol" ⏎
    "Introduction"): a short line with no sentence in it, standing between blank lines with furniture only."""
    out: set[int] = set()
    group: list[int] = []
    for i in [*range(len(lines)), -1]:
        if i >= 0 and not lines[i].blank:
            group.append(i)
            continue
        if 1 < len(group) <= tuning.HEADER_LINES and set(group) & found:
            rest = [j for j in group if j not in found]
            if all(_short_label(lines[j].text.strip()) for j in rest):
                out.update(rest)
        group = []
    return out


def _short_label(t: str) -> bool:
    return word_count(t) <= tuning.HEADER_LABEL_WORDS and not ENDS_SENTENCE.search(t)


def _page_after_page(at: list[int]) -> bool:
    """Seen often enough, and never closer together than a short page."""
    if len(at) < tuning.FURNITURE_REPEATS:
        return False
    return min(b - a for a, b in zip(at, at[1:], strict=False)) >= tuning.FURNITURE_MIN_GAP_LINES


def _furniture_key(text: str) -> str:
    """A line with its numbers (Arabic, or Roman at either end) made alike; "" for a line too long to be furniture.
    A section's number ("5.1.1 State", "5.2.1 State") stays: headings of that name in two sections are text."""
    pieces = text.lower().split()
    if not pieces or len(pieces) > tuning.FURNITURE_MAX_WORDS:
        return ""
    if len(pieces) > 1:  # a Roman page number at either end ("PREFACE xv", "xi CONTENTS")
        pieces[0], pieces[-1] = _ROMAN.sub("#", pieces[0]), _ROMAN.sub("#", pieces[-1])
    return " ".join(p if _SECTION_NUMBER.fullmatch(p) else re.sub(r"\d+", "#", p) for p in pieces)


def masked(text: str, lines: list[Line], hidden: set[int]) -> str:
    """The text with the hidden lines blanked out by spaces: same length, same offsets, line breaks kept."""
    if not hidden:
        return text
    chars = list(text)
    for i in hidden:
        line = lines[i]
        chars[line.start : line.end] = " " * (line.end - line.start)
    return "".join(chars)


def full_line_length(lines: list[Line], hidden: set[int]) -> float:
    """The length of a full line when the text is hard-wrapped (most lines about one length, as a PDF's are),
    else 0 (a paragraph per line, or too few lines to tell)."""
    lengths = [len(ln.text.strip()) for i, ln in enumerate(lines) if i not in hidden and not ln.blank]
    if len(lengths) < tuning.WRAPPED_MIN_LINES:
        return 0
    typical = statistics.quantiles(lengths, n=10)[7]  # the 80th percentile: a full line
    return typical if typical <= tuning.WRAPPED_MAX_LINE_CHARS else 0
