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
from dataclasses import dataclass, replace
from typing import Literal

from tutor import tuning
from tutor.english.dictionary import is_english_word
from tutor.english.furniture import is_furniture
from tutor.english.text import fold_ligatures, sentence_spans, strip_span, word_count
from tutor.ingest.plain_lines import ENDS_SENTENCE, Line, full_line_length, furniture, lines_of, masked, wrapper
from tutor.records import Block, Section, Unit

BlockKind = Literal["paragraph", "list"]  # Block.kind

ITEM = re.compile(r"^[ \t]*(?:[-*+•▪●◦]|o(?=[ \t]{1,3}\S)|\d{1,3}[.)])[ \t]+")
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
)
_CHAPTER = re.compile(
    rf"^(?:chapter|part|book|appendix|lecture|lesson|unit)\s+(?:\d{{1,3}}|[ivxlc]{{1,7}}|[a-z]|{_NUMBER_WORDS})\b",
    re.I,
)
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S")
_DEPTH = re.compile(r"^((?:\d{1,2}|[A-Z])(?:\.\d{1,2})+|\d{1,2})\.?\s+\S")  # "1.3.1.", "A.2", "4."
_CAPTION = re.compile(r"^(?:Figure|Fig\.|Table|Listing|Exhibit)\s+[\dA-Z]{1,3}(?:[.:]|\s*$|\s+[-–—])")
_WORD = re.compile(r"\w+")
_HYPHEN_BREAK = re.compile(r"(\w+)-\s*\n\s*([a-z]\w*)")


# ------------------------------------------------------------------ headings


def headings(lines: list[Line], hidden: set[int], full_line: float) -> dict[int, tuple[int, str]]:
    """Line index → (level, title). A short line standing alone between blank lines, as before, at the body's
    margin or centred (not a line of an example set in deeper, nor a signature set right); and, in text without
    blank lines, a chapter line ("CHAPTER ONE: Creators", "Part II"), a numbered heading over a long body ("1.
    Introduction", "2.3 Results"), or a line in capitals ("PREFACE"), each where a sentence has ended or a page
    begins. A numbered heading's level is its number's depth ("1.3.1." under "1.3."), a centred line before the
    first heading is the title, and a figure's caption or a contents line (a title ending in its page number)
    is none of these. `full_line`: the length of a line of hard-wrapped text (0 when it is not), which a numbered
    heading never reaches."""
    shown = [i for i in range(len(lines)) if i not in hidden and not lines[i].blank]
    margins = Margins.of(lines, shown)
    out: dict[int, tuple[int, str]] = {}
    placed: dict[int, bool] = {}  # headings standing alone at level 2, to place among the others: early in the text
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
        alone = (
            (i == 0 or lines[i - 1].blank)
            and (i + 1 >= len(lines) or lines[i + 1].blank)
            and not continues(t, after[0].text.strip(), any(j in hidden for j in range(i + 1, shown[k + 1])))
            and margins.set_as_heading(lines[i].text, after[0].text)
            and not _CAPTION.match(after[0].text.strip())  # "Protocol Relationships" ⏎ "Figure 1.": a caption
        )
        level = _heading_level(t, opens, alone, after, full_line, _indent(lines[i].text))
        if alone and not level and ITEM.match(t) and after[0].text.strip().startswith(t.split()[0].rstrip(".") + "."):
            level = 2  # "8.  Extensibility" over "8.1.  Defining Access Token Types": a part, not a list's item
        if level:
            out[i] = (level, " ".join(t.split()))
            if level == 2 and (alone or _capitals(t)):
                placed[i] = k < len(shown) * tuning.PLAIN_TITLE_SHARE
    for i in _listed(lines, hidden, out):
        del out[i]
    for i, early in placed.items():  # placed among the headings that stay: not under the contents' chapter lines
        if i in out:
            out[i] = (_placed(lines, out, i, margins, early), out[i][1])
    return out


def _listed(lines: list[Line], hidden: set[int], found: dict[int, tuple[int, str]]) -> set[int]:
    """Lines that stand alone as headings do but are entries of a list: a book's contents (its chapter lines and
    titles, from a "CONTENTS" heading to where the first of them comes again at the body's start) and a run of
    lines with nothing under any of them (an index's entries, "Aberrant groups", "Abyssinia, plants of", …): the
    run's first line, the list's heading ("INDEX."), stays."""
    heads = sorted(found)
    out: set[int] = set()
    for n, i in enumerate(heads):
        if re.fullmatch(r"\W*index\W*", found[i][1], re.I):  # a book's index, at its end: entries, not headings
            out.update(j for j in heads[n + 1 :] if not _CHAPTER.match(found[j][1]))
            break
        if re.fullmatch(r"\W*contents\W*", found[i][1], re.I):
            seen: set[str] = set()
            for j in heads[n + 1 :]:
                key = re.sub(r"\W+", " ", found[j][1]).strip().lower()
                if key in seen:
                    break
                seen.add(key)
                out.add(j)
    run: list[int] = []
    for a, b in zip(heads, [*heads[1:], len(lines)][: len(heads)], strict=True):
        run.append(a)
        if any(not lines[k].blank and k not in hidden for k in range(a + 1, b)) or b == len(lines):
            if len(run) >= tuning.LISTED_HEADINGS:
                out.update(run[1:])
            run = []
    return out


def _placed(lines: list[Line], found: dict[int, tuple[int, str]], i: int, margins: Margins, early: bool) -> int:
    """The level of a heading standing alone: the title when it is centred early, before any numbered heading
    ("The OAuth 2.0 Authorization Framework"); a numbered one's by its number; one set in from the margin one
    level under the last heading set further out ("Fragmentation" indented under "2.3.  Function Description"), or
    under the last chapter line before it. `found`: the headings so far; only those above line `i` count."""
    text = lines[i].text
    t = text.strip()
    above = sorted((j for j in found if j < i), reverse=True)
    if margins.centred(text):
        first = all(found[j][0] == 2 and not _DEPTH.match(found[j][1]) for j in above)
        return 1 if early and first and not _DEPTH.match(t) and not _CHAPTER.match(t) else 2
    if _DEPTH.match(t) or _CHAPTER.match(t) or is_furniture(t, "", ()):
        return 2  # a part, a chapter, or the book's back matter ("ACKNOWLEDGMENTS"), in no chapter
    indent = _indent(text)
    for j in above:
        chapter = _CHAPTER.match(found[j][1]) and _capitals(found[j][1]) == _capitals(t)  # set alike, not a part's
        if _indent(lines[j].text) < indent or chapter:  # "PROPERTY" after "CHAPTER FIVE: “Piracy”"
            return min(found[j][0] + 1, 6)  # or under the chapter: "CAUSES OF VARIABILITY." in "CHAPTER I. …"
    return 2


@dataclass(frozen=True)
class Margins:
    """Where a text's lines stand: the indent of its prose and the width of its lines, to tell a heading at the
    margin or centred from a line of an example indented deeper or a name set against the right margin."""

    body: int
    width: int

    @staticmethod
    def of(lines: list[Line], shown: list[int]) -> Margins:
        prose = [lines[i].text.rstrip() for i in shown if word_count(lines[i].text) >= tuning.PLAIN_PROSE_WORDS]
        if not prose:
            return Margins(0, 0)
        indents = [_indent(t) for t in prose]
        widths = sorted(len(t) for t in prose)
        return Margins(statistics.mode(indents), widths[int(len(widths) * 0.95)])

    def centred(self, text: str) -> bool:
        body = text.rstrip()
        left, right = _indent(body), self.width - len(body)
        return left > self.body + 1 and abs(left - right) <= max(2, self.width * tuning.PLAIN_CENTRE_SHARE)

    def set_as_heading(self, text: str, nxt: str) -> bool:
        """At the body's margin or centred; set in deeper, only over what is set in as deep (not a line of an
        example the text goes on after: "Authorization: Basic czZCaGRS…") and not past the middle (a signature set
        right: "Jon Postel")."""
        left = _indent(text)
        if left <= self.body or self.centred(text):
            return True
        return left <= self.width / 2 and _indent(nxt) >= left  # past the middle: set right, not a heading


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def continues(line: str, nxt: str, page_break: bool) -> bool:
    """The next line, over a page break, goes on with this line's sentence: "… would call on a" ⏎ [Page 1] ⏎
    "local net module which …"."""
    return page_break and not ENDS_SENTENCE.search(line) and nxt[:1].islower()


def _capitals(t: str) -> bool:
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= tuning.CAPITALS_HEADING_LETTERS and all(c.isupper() for c in letters)


def _title_like(t: str) -> bool:
    return (
        bool(t)
        and (t[-1] not in ".,;:!-" or t[-1] == "." and _capitals(t))  # "CAUSES OF VARIABILITY.", an old book's
        and 1 <= word_count(t) <= tuning.PLAIN_HEADING_WORDS
        and not re.search(r"(?:\.{3,}|\s)\d{1,4}$|\.{3,}\s*[ivxlc]{1,7}$", t)  # a contents line: "CHAPTER ONE:
        # Creators 21", "PREFACE ........ iii"
        and not _CAPTION.match(t)
        and "   " not in t  # "LNI-1          LNI-1      LNI-2": a row of a drawing or a table
        and not re.match(r"\d{3,4}\s", t)  # a running header: "332 ACKNOWLEDGMENTS"
    )


def _heading_level(t: str, opens: bool, alone: bool, after: list[Line], full_line: float, indent: int = 0) -> int:
    numbered = _NUMBERED.match(t)
    if alone and (t[0].isupper() or t[0].isdigit() or re.match(r"^\d{1,2}\)\s", t)) and not ITEM.match(t):
        depth = _DEPTH.match(t)
        return min(2 + depth.group(1).count("."), 6) if depth else 2
    if not opens:
        return 0
    if _CHAPTER.match(t):
        return 2
    if numbered and t[numbered.end() - 1].isupper() and _long_body(after):
        short = len(t) < full_line * tuning.PARAGRAPH_END_SHARE if full_line else True
        if short and word_count(t) <= tuning.NUMBERED_HEADING_WORDS:
            return 2 + numbered.group(1).count(".")
    if _capitals(t):
        hung = [_indent(line.text) >= indent + tuning.GLOSSARY_INDENT for line in after[:2]]
        glossed = len(hung) == 2 and all(hung)  # "ICMP" ⏎ "      Internet Control Message …" ⏎ "      module, …"
        return 2 if _prose_follows(after[0].text.strip(), full_line) and not glossed else 0
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
    """Group lines into paragraphs and lists. A blank line ends a paragraph, unless a page break falls there
    inside a sentence; in hard-wrapped text without blank lines, so does a line that ends a sentence well short of
    a full line."""
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

    gap: list[Line] = []  # the blank and hidden lines since the last line read
    for line in lines:
        body = view[line.start : line.end]
        if not body.strip():
            gap.append(line)
            continue
        if any(ln.blank for ln in gap) and not (
            group and continues(group[-1].text.strip(), body.strip(), any(not ln.blank for ln in gap))
        ):
            flush()
        gap = []
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
        term = glossary_term(lines)
        if term and units and units[0].text.startswith(term + " "):  # "ARPANET message: The unit of transmission …"
            units[0] = replace(units[0], text=f"{term}: {units[0].text[len(term) + 1 :]}")
    start = units[0].start if units else lines[0].start
    end = units[-1].end if units else lines[-1].end
    return Block(kind, number, start, end, tuple(units))


def glossary_term(lines: list[Line]) -> str:
    """The term a paragraph opens with on a line of its own, its definition set in deeper below it, as a glossary
    sets it ("ARPANET message" ⏎ "      The unit of transmission between a host and an IMP …"); "" when it opens
    otherwise."""
    if len(lines) < 2 or lines[1].start - lines[0].end > len("\r\n"):
        return ""  # the definition on the next line, nothing set apart between
    term = lines[0].text.strip()
    if word_count(term) > tuning.GLOSSARY_TERM_WORDS or ENDS_SENTENCE.search(term) or ":" in term:
        return ""
    deeper = _indent(lines[1].text) >= _indent(lines[0].text) + tuning.GLOSSARY_INDENT
    return " ".join(term.split()) if deeper and lines[1].text.strip()[:1].isalpha() else ""


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
    wrapped, field = wrapper(lines)  # a published e-text's wrapping, and its "Title:" field
    hidden = furniture(lines, wrapped)
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
        name = heading or title or field or fallback_title or source
        s_start = lines[i].start if i < len(lines) else len(text)
        s_end = lines[j - 1].end if j - 1 < len(lines) and j > 0 else len(text)
        if parts or heading:
            out.append(Section(name, level, s_start, max(s_start, s_end), tuple(parts), parent))
    return title or field or fallback_title or source, tuple(out)
