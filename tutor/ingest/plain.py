"""Plain text as a document: headings, paragraphs, lists and sentences of a `.txt` file.

A plain text may be a short note with blank lines between paragraphs, or a whole book extracted from a PDF:
hard-wrapped lines with no blank line anywhere, the chapter lines ("CHAPTER ONE: Creators", "1. Introduction")
between page numbers, running headers ("INTRODUCTION 3", the book's title on every page) and printer's
marks. Page furniture is set apart (masked by spaces, so every offset still points into the file), chapter
lines become headings, and a short line that ends a sentence ends a paragraph.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from typing import Literal

from tutor import tuning
from tutor.english.dictionary import is_english_word
from tutor.english.text import fold_ligatures, sentence_spans, strip_span, word_count
from tutor.records import Block, Section, Unit

BlockKind = Literal["paragraph", "list"]  # Block.kind

ITEM = re.compile(r"^[ \t]*(?:[-*+•▪●◦]|\d{1,3}[.)])[ \t]+")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
_CHAPTER = re.compile(
    rf"^(?:chapter|part|book|appendix|lecture|lesson|unit)\s+(?:\d{{1,3}}|[ivxlc]{{1,7}}|[a-z]|{_NUMBER_WORDS})\b",
    re.I,
)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")
_PAGE_MARK = re.compile(
    r"[A-Za-z]?\d{1,4}[A-Za-z]?|[ivxlcIVXLC]{1,7}|[-–—(\[ ]*(?:page|p\.)?\s*\d{1,4}(?:\s*of\s*\d{1,4})?[-–—)\] ]*",
    re.I,
)
_ROMAN = re.compile(r"^[ivxlc]{1,7}$")
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")  # "5.1.1", "3.2.": a section's, not a page's
ENDS_SENTENCE = re.compile(r"[.?!…][\"'”’)\]]*$|:$")
_WORD = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(\w+)-\s*\n\s*([a-z]\w*)")


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


def furniture(lines: list[Line]) -> set[int]:
    """Lines that are page furniture, not text: bare page and line numbers, lines of symbols only (rules,
    ornaments), and short lines repeated page after page with only their number changing (running headers and
    footers, printer's marks, the title on every page). A repeated line that ends a sentence ("Yes.") is text,
    and so is one whose repeats come closer together than pages do."""
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
            out.add(i)
    return out


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


# ------------------------------------------------------------------ headings


def headings(lines: list[Line], hidden: set[int], full_line: float) -> dict[int, tuple[int, str]]:
    """Line index → (level, title). A short line standing alone between blank lines, as before; and, in text
    without blank lines, a chapter line ("CHAPTER ONE: Creators", "Part II"), a numbered heading over a long
    body ("1. Introduction", "2.3 Results"), or a line in capitals ("PREFACE"), each where a sentence has ended
    or a page begins. A contents line (a title ending in its page number) is none of these. `full_line`: the
    length of a line of hard-wrapped text (0 when it is not), which a numbered heading never reaches."""
    shown = [i for i in range(len(lines)) if i not in hidden and not lines[i].blank]
    out: dict[int, tuple[int, str]] = {}
    for k, i in enumerate(shown):
        t = lines[i].text.strip().lstrip("\ufeff")
        if not _title_like(t):
            continue
        after = [lines[j] for j in shown[k + 1 : k + 1 + tuning.NUMBERED_HEADING_LOOKAHEAD]]
        if not after:
            continue
        before = lines[shown[k - 1]].text.strip() if k else ""
        page_starts = i > 0 and (i - 1 in hidden or lines[i - 1].blank)
        opens = not before or page_starts or bool(ENDS_SENTENCE.search(before))
        alone = (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)
        level = _heading_level(t, opens, alone, after, full_line)
        if level:
            out[i] = (level, t)
    return out


def _title_like(t: str) -> bool:
    return (
        bool(t)
        and t[-1] not in ".,;:!-"
        and 1 <= word_count(t) <= tuning.PLAIN_HEADING_WORDS
        and not re.search(r"(?:\.{3,}|\s)\d{1,4}$", t)  # a contents line: "CHAPTER ONE: Creators 21"
        and not re.match(r"\d{3,4}\s", t)  # a running header: "332 ACKNOWLEDGMENTS"
    )


def _heading_level(t: str, opens: bool, alone: bool, after: list[Line], full_line: float) -> int:
    numbered = _NUMBERED.match(t)
    if alone and (t[0].isupper() or t[0].isdigit() or re.match(r"^\d{1,2}\)\s", t)) and not ITEM.match(t):
        return 2
    if not opens:
        return 0
    if _CHAPTER.match(t):
        return 2
    if numbered and t[numbered.end() - 1].isupper() and _long_body(after):
        short = len(t) < full_line * tuning.PARAGRAPH_END_SHARE if full_line else True
        if short and word_count(t) <= tuning.NUMBERED_HEADING_WORDS:
            return 2 + numbered.group(1).count(".")
    letters = [c for c in t if c.isalpha()]
    if len(letters) >= tuning.CAPITALS_HEADING_LETTERS and all(c.isupper() for c in letters):
        return 2 if _prose_follows(after[0].text.strip(), full_line) else 0
    return 0


def _prose_follows(nxt: str, full_line: float) -> bool:
    """A sentence starts on the next line, not a table's next row: it opens with a capital and is no line in
    capitals; in hard-wrapped text it runs at least half a full line."""
    if not nxt[:1].isupper() or nxt.upper() == nxt:
        return False
    return not full_line or len(nxt) >= full_line * tuning.PROSE_LINE_SHARE


def _long_body(after: list[Line]) -> bool:
    """Prose follows before the next numbered line: a heading's body, not a list's next item."""
    words = 0
    for line in after:
        if _NUMBERED.match(line.text.strip()):
            break
        words += word_count(line.text)
    return words >= tuning.NUMBERED_HEADING_BODY_WORDS


# ------------------------------------------------------------------ paragraphs and sentences


@dataclass(frozen=True)
class Reading:
    """What reading a plain text needs besides its lines: the text with its furniture masked, the length of a
    full line (0: not hard-wrapped), and the words the text writes whole (to join "Dis-\nney")."""

    view: str
    full_line: float
    words: frozenset[str]


def blocks(read: Reading, lines: list[Line], number: int) -> tuple[list[Block], int]:
    """Group lines into paragraphs and lists. A blank line ends a paragraph; in hard-wrapped text without blank
    lines, so does a line that ends a sentence well short of a full line."""
    view = read.view
    short = read.full_line * tuning.PARAGRAPH_END_SHARE
    out: list[Block] = []
    group: list[Line] = []
    kind: BlockKind = "paragraph"

    def flush() -> None:
        nonlocal group, number
        if group:
            block = _block(read, group, kind, number + 1)
            if block.units:
                out.append(block)
                number += 1
        group = []

    for line in lines:
        body = view[line.start : line.end]
        if not body.strip():
            if line.blank:
                flush()
            continue
        is_item = bool(ITEM.match(body))
        if (is_item and kind != "list") or (not is_item and kind == "list" and not body[:1].isspace()):
            flush()
        if not group:
            kind = "list" if is_item else "paragraph"
        group.append(line)
        if kind == "paragraph" and len(body.strip()) < short and ENDS_SENTENCE.search(body.strip()):
            flush()
    flush()
    return out, number


def full_line_length(lines: list[Line], hidden: set[int]) -> float:
    """The length of a full line when the text is hard-wrapped (most lines about one length, as a PDF's are),
    else 0 (a paragraph per line, or too few lines to tell)."""
    lengths = [len(ln.text.strip()) for i, ln in enumerate(lines) if i not in hidden and not ln.blank]
    if len(lengths) < tuning.WRAPPED_MIN_LINES:
        return 0
    typical = statistics.quantiles(lengths, n=10)[7]  # the 80th percentile: a full line
    return typical if typical <= tuning.WRAPPED_MAX_LINE_CHARS else 0


def _block(read: Reading, lines: list[Line], kind: BlockKind, number: int) -> Block:
    view = read.view
    units: list[Unit] = []
    if kind == "list":
        items: list[tuple[int, int]] = []
        for line in lines:
            m = ITEM.match(view[line.start : line.end])
            if m:
                items.append((line.start + m.end(), line.end))
            elif items:
                items[-1] = (items[-1][0], line.end)
        for n, (a, b) in enumerate(items):
            a, b = strip_span(view, a, b)
            units.extend(Unit(s, e, number, n, reading(view[s:e], read.words)) for s, e in sentence_spans(view, a, b))
    else:
        a, b = strip_span(view, lines[0].start, lines[-1].end)
        units.extend(Unit(s, e, number, -1, reading(view[s:e], read.words)) for s, e in sentence_spans(view, a, b))
    start = units[0].start if units else lines[0].start
    end = units[-1].end if units else lines[-1].end
    return Block(kind, number, start, end, tuple(units))


def reading(span: str, known: frozenset[str] = frozenset()) -> str:
    """A sentence as a learner reads it: one line, a word hyphenated across a line break joined when the joined
    word is English or written whole elsewhere in the text (`known`): "unam-\nbiguous", "Dis-\nney"; "well-\nknown"
    keeps its hyphen. Typographic ligatures read as letters."""
    if "-" in span and "\n" in span:
        span = _HYPHEN_BREAK.sub(lambda m: join_cut_word(m.group(1), m.group(2), known), span)
    return " ".join(fold_ligatures(span).split())


def join_cut_word(first: str, second: str, known: frozenset[str]) -> str:
    """A word cut at a line end, joined when the whole is English or written whole elsewhere in the text
    (`known`, lower-case), else with its hyphen: one rule for plain text and PDFs."""
    whole = fold_ligatures(first + second)
    return first + second if whole.lower() in known or is_english_word(whole) else f"{first}-{second}"


def heading_parent(stack: list[tuple[int, str]], level: int, heading: str) -> str:
    """The enclosing section's title; the stack of open headings is updated for this one."""
    while stack and stack[-1][0] >= level:
        stack.pop()
    parent = stack[-1][1] if stack else ""
    if heading:
        stack.append((level, heading))
    return parent


def sections(text: str, source: str, fallback_title: str) -> tuple[str, tuple[Section, ...]]:
    """The document's title and its sections, each holding the blocks that follow its heading."""
    lines = lines_of(text)
    hidden = furniture(lines)
    view = masked(text, lines, hidden)
    full_line = full_line_length(lines, hidden)
    found = headings(lines, hidden, full_line)
    words = frozenset(w.lower() for w in _WORD.findall(fold_ligatures(view))) if full_line else frozenset()
    read = Reading(view, full_line, words)
    out: list[Section] = []
    number, title = 0, ""
    stack: list[tuple[int, str]] = []
    bounds = [(i, lvl, t) for i, (lvl, t) in sorted(found.items())]
    starts = [(0, 1, "")] + bounds if not bounds or bounds[0][0] != 0 else bounds
    for k, (i, level, heading) in enumerate(starts):
        j = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        first = i + 1 if i in found else i
        parts, number = blocks(read, lines[first:j], number)
        if not title and level == 1 and heading:
            title = heading
        parent = heading_parent(stack, level, heading)
        name = heading or title or fallback_title or source
        s_start = lines[i].start if i < len(lines) else len(text)
        s_end = lines[j - 1].end if j - 1 < len(lines) and j > 0 else len(text)
        if parts or heading:
            out.append(Section(name, level, s_start, max(s_start, s_end), tuple(parts), parent))
    return title or fallback_title or source, tuple(out)
