"""The lines of a PDF as PDFium reads them, each with what its type says: its size, whether it is set bold
through and through (a subsection's heading at body size), whether it is set in a font of fixed pitch (code),
and whether its characters are text at all (a font without a map to Unicode gives control characters)."""

from __future__ import annotations

import ctypes
import math
import re
import statistics
import unicodedata
from dataclasses import dataclass, replace
from typing import Any

from tutor import tuning
from tutor.ingest.convert.pdf_scripts import Char, Glyphs, joined_scripts
from tutor.ingest.convert.pdf_spacing import spaced

SOFT_HYPHEN = "\ufffe"  # where PDFium cut a word at the end of a line
WORDY = re.compile(r"[A-Za-z]{3}")  # a word in a line: one without is a formula's indices, a figure's marks

# a font's name that says bold: "Times-Bold", "Arial-BoldMT", "MinionPro-Semibold", TeX's "CMBX10" and "SFBX1200"
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi|^(?:[A-Z]{6}\+)?(?:CM|SF|LM)BX", re.I)


@dataclass(frozen=True)
class PdfLine:
    page: int  # 0-based
    text: str
    size: float  # the largest font size on the line
    bold: bool = False  # every letter of it set in a bold weight
    fixed: bool = False  # set in a font of fixed pitch: every letter as wide as the next
    readable: bool = True  # its characters are text, not the glyph numbers of a font PDFium cannot map
    left: float = 0.0  # where its first character starts, in points from the page's left edge
    upright: bool = True  # set level, not turned (an arXiv stamp up the margin, a chart's axis label)
    label: str = ""  # the bold words that open a line going on in the body's type ("Testing This is …")
    baseline: float = 0.0  # how far down the page its first letter stands, in points from the page's top
    bulleted: bool = False  # a small shape drawn just before it: a list item whose bullet is no character
    apart: bool = False  # set apart from the line above by more space than a paragraph's lines (a slide's block)


def read_lines(pdf: Any) -> list[PdfLine]:
    """Every line of every page."""
    out: list[PdfLine] = []
    for n in range(len(pdf)):
        page = pdf[n]
        width, height = page.get_size()
        top = page.get_bbox()[3]  # the page's top edge (its box need not start at 0)
        slide = width >= height * tuning.PDF_SLIDE_ASPECT
        marks = _marks(page) if slide else []  # a slide's drawn bullets
        textpage = page.get_textpage()
        count = textpage.count_chars()
        segments = _segments(textpage, count)
        glyphs = Glyphs(textpage.raw, count)
        for line, at in (spaced(glyphs, *seg) for seg in joined_scripts(glyphs, segments)):
            line, at = _overdrawn(glyphs, line, at)
            glyph_bullet = slide and _small_mark(glyphs, line, at)
            if glyph_bullet:
                line, at = line[2:], at[2:]
            first = next((i for c, i in zip(line, at, strict=False) if not c.isspace()), None)
            baseline = top - glyphs(first).y if first is not None else 0.0
            bulleted = glyph_bullet or first is not None and any(_bullets(glyphs(first), mark) for mark in marks)
            out.append(replace(_line(textpage.raw, n, line, at, glyphs.sizes), baseline=baseline, bulleted=bulleted))
        textpage.close()
        page.close()
    return out


def _segments(textpage: Any, count: int) -> list[tuple[str, list[int]]]:
    """The page's lines as PDFium breaks them, each with the index of each of its characters. PDFium's text
    leaves out a character that has no letter (code 0, a math font's glyph): where it does, the lines are read a
    character at a time, so that every index after it still points at its own character (its hyphen at a line's
    end, code 2, written as its text writes it)."""
    import pypdfium2.raw as raw

    text = textpage.get_text_range()
    if len(text) == count:
        out, pos = [], 0
        for line in text.split("\r\n"):
            out.append((line, list(range(pos, min(pos + len(line), count)))))
            pos += len(line) + 2
        return out
    chars = [(chr(raw.FPDFText_GetUnicode(textpage.raw, i)), i) for i in range(count)]
    kept = [(SOFT_HYPHEN if c == "\x02" else c, i) for c, i in chars if c != "\x00"]  # as its text gives them
    out, line = [], []
    for k, (c, i) in enumerate(kept):
        if c == "\n" and k and kept[k - 1][0] == "\r":
            out.append(("".join(c for c, _ in line), [i for _, i in line]))
            line = []
        elif c != "\r" or k + 1 < len(kept) and kept[k + 1][0] != "\n":
            line.append((c, i))
    return [*out, ("".join(c for c, _ in line), [i for _, i in line])]


def _marks(page: Any) -> list[tuple[float, float, float, float]]:
    """The bounds (left, bottom, right, top) of the shapes, pictures and forms drawn on a page that are small
    enough to be a bullet."""
    import pypdfium2.raw as raw

    out = []
    for obj in page.get_objects(max_depth=1):
        if obj.type != raw.FPDF_PAGEOBJ_TEXT:
            left, bottom, right, top = obj.get_bounds()
            if 0 < right - left <= tuning.PDF_BULLET_MAX_POINTS and 0 < top - bottom <= tuning.PDF_BULLET_MAX_POINTS:
                out.append((left, bottom, right, top))
    return out


def _bullets(first: Char, mark: tuple[float, float, float, float]) -> bool:
    """A mark drawn a little before a line's first character, no larger than a letter of it and level with its
    letters: the line's bullet (a slide's disc, triangle or ball)."""
    left, bottom, right, top = mark
    size = first.size or 1.0
    small = right - left <= size * tuning.PDF_BULLET_EMS and top - bottom <= size * tuning.PDF_BULLET_EMS
    before = 0 <= first.x - right <= size * tuning.PDF_BULLET_GAP_EMS
    return small and before and first.y - size * 0.1 <= (bottom + top) / 2 <= first.y + size * 0.8


def _small_mark(glyphs: Glyphs, line: str, at: list[int]) -> bool:
    """A slide's line that opens with a character set at half the size of the word after it or less: a bullet from a
    symbol font without letters (Beamer's triangle, which PDFium reads as "I")."""
    if len(line) < 3 or len(at) < 3 or line[1] != " " or line[0].isspace() or not line[2].isalnum():
        return False
    return glyphs.sizes[at[0]] <= glyphs.sizes[at[2]] * tuning.PDF_SMALL_MARK_RATIO


_REPEAT = 8  # a line that holds a run of this many characters twice may be drawn twice over in part
_WORDS_IN = re.compile(r"[A-Za-z].*[A-Za-z].*[A-Za-z].*[A-Za-z]")  # … a run with four letters in it


def _place(glyph: Char) -> tuple[float, float]:
    """Where a character is drawn, to a tenth of a point."""
    return round(glyph.x, 1), round(glyph.y, 1)


def _overdrawn(glyphs: Glyphs, text: str, at: list[int]) -> tuple[str, list[int]]:
    """The line without the characters drawn a second time on the very place of the first (a browser's PDF sets
    part of a title twice: "SEARCH P S 5, 7: SEARCH PART IV"), nor the space PDFium put before such a repeat."""
    first: dict[str, int] = {}
    for k in range(min(len(text), len(at)) - _REPEAT + 1):
        gram = text[k : k + _REPEAT]
        if gram in first and _WORDS_IN.search(gram) and _place(glyphs(at[first[gram]])) == _place(glyphs(at[k])):
            break  # a run of letters set twice on one place
        first.setdefault(gram, k)
    else:
        return text, at
    seen: set[tuple[str, tuple[float, float]]] = set()
    drop: set[int] = set()
    for k, (c, i) in enumerate(zip(text, at, strict=False)):
        key = (c, _place(glyphs(i)))
        if key in seen and not c.isspace():
            drop.add(k)
        seen.add(key)
    for k in range(len(text) - 1, -1, -1):  # a space before a character drawn again goes with it
        if text[k].isspace() and k + 1 in drop:
            drop.add(k)
    if not drop:
        return text, at
    kept = [k for k in range(len(text)) if k not in drop]
    return "".join(text[k] for k in kept), [at[k] for k in kept if k < len(at)]


def unreadable_pages(lines: list[PdfLine]) -> list[int]:
    """The pages (0-based) most of whose text is not text."""
    chars: dict[int, list[int]] = {}
    for ln in lines:
        n = len(ln.text.strip())
        tally = chars.setdefault(ln.page, [0, 0])
        tally[0] += n
        tally[1] += 0 if ln.readable else n
    return [p for p, (total, bad) in sorted(chars.items()) if total and bad * 2 > total]


def page_ranges(pages: list[int]) -> str:
    """The pages (0-based) named: "page 5", "pages 2–22", "pages 3, 7"."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    named = ", ".join(f"{r[0] + 1}–{r[-1] + 1}" if len(r) > 1 else str(r[0] + 1) for r in runs)
    return f"page {named}" if len(pages) == 1 else f"pages {named}"


def _line(textpage: Any, page: int, text: str, at: list[int], sizes: list[float]) -> PdfLine:
    import pypdfium2.raw as raw

    size = max((sizes[i] for i in at), default=0.0)
    letters = [i for i, c in zip(at, text, strict=False) if c.isalnum()]
    bold = bool(letters) and all(raw.FPDFText_GetFontWeight(textpage, i) >= tuning.PDF_BOLD_WEIGHT for i in letters)
    short = len(text.split()) <= 2 * tuning.PDF_BOLD_HEADING_WORDS  # a heading's length: worth naming its fonts
    bold = bold or short and bool(letters) and all(_bold_font(textpage, i) for i in {letters[0], letters[-1]})
    fixed = _fixed_pitch(textpage, text, at)
    angle = raw.FPDFText_GetCharAngle(textpage, letters[0]) if letters else 0.0
    upright = min(angle, 2 * math.pi - angle) < tuning.PDF_TURNED_RADIANS if angle >= 0 else True
    label = "" if bold or not letters else _bold_label(textpage, text, at)
    left = _left(textpage, text, at)
    return PdfLine(page, text, round(size, 1), bold, fixed, _readable(text), left, upright, label)


def _bold_label(textpage: Any, text: str, at: list[int]) -> str:
    """The whole words in bold that open the line, up to its first letter in another weight; "" if none."""
    import pypdfium2.raw as raw

    def bold(i: int) -> bool:
        return raw.FPDFText_GetFontWeight(textpage, i) >= tuning.PDF_BOLD_WEIGHT or _bold_font(textpage, i)

    for k, (i, c) in enumerate(zip(at, text, strict=False)):
        if c.isalnum() and not bold(i):
            label = text[: text.rfind(" ", 0, k) + 1].strip() if k else ""
            return label if re.match(r"[A-Z][A-Za-z]", label) else ""  # a word, not a bullet or a dash
        if k > tuning.PDF_LABEL_CHARS:
            break
    return ""


def turned_aside(lines: list[PdfLine]) -> list[PdfLine]:
    """The lines without those set turned on a page whose text is mostly level: a stamp up the margin, an axis
    label. A page turned whole (a landscape table) keeps its lines."""
    level: dict[int, list[int]] = {}
    for ln in lines:
        tally = level.setdefault(ln.page, [0, 0])
        tally[0 if ln.upright else 1] += len(ln.text)
    return [ln for ln in lines if ln.upright or level[ln.page][1] * 2 > sum(level[ln.page])]


def _left(textpage: Any, text: str, at: list[int]) -> float:
    import pypdfium2.raw as raw

    first = next((i for i, c in zip(at, text, strict=False) if not c.isspace()), None)
    box = [ctypes.c_double() for _ in range(4)]
    if first is None or not raw.FPDFText_GetCharBox(textpage, first, *(ctypes.byref(b) for b in box)):
        return 0.0
    return round(box[0].value, 1)


def _bold_font(textpage: Any, i: int) -> bool:
    """The character's font is named bold ("CenturySchoolbook-Bold", TeX's "CMBX12"): a font that gives no weight
    (PDFium reads 400) or a light bold (TeX's reads 545 to 570) is bold by its name."""
    import pypdfium2.raw as raw

    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage, i, name, len(name), ctypes.byref(flags))
    return bool(_BOLD_NAME.search(name.value.decode("latin-1")))


def _readable(text: str) -> bool:
    """Mostly letters, digits and punctuation: not control characters, private-use glyphs or U+FFFD."""
    shown = [c for c in text if not c.isspace() and c != SOFT_HYPHEN]
    bad = sum(1 for c in shown if unicodedata.category(c) in ("Cc", "Co", "Cn") or c == "\ufffd")
    return bad * 2 <= len(shown)


def _fixed_pitch(textpage: Any, text: str, at: list[int]) -> bool:
    """Every character of the line one width from the next: the steps between the origins of neighbouring
    characters (spaces included, as in code) all about the same, over a line long enough to tell (its first
    characters are enough)."""
    import pypdfium2.raw as raw

    x, y = ctypes.c_double(), ctypes.c_double()
    origins: list[float | None] = []
    for i, c in zip(at[: tuning.PDF_FIXED_SAMPLE], text, strict=False):
        drawn = raw.FPDFText_IsGenerated(textpage, i) != 1 and c != SOFT_HYPHEN  # not a space PDFium put in
        ok = drawn and raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
        origins.append(x.value if ok else None)
    steps = [b - a for a, b in zip(origins, origins[1:], strict=False) if a is not None and b is not None and b > a]
    if len(steps) < tuning.PDF_FIXED_MIN_STEPS:
        return False
    usual = statistics.median(steps)
    alike = sum(1 for s in steps if abs(s - usual) <= usual * tuning.PDF_FIXED_TOLERANCE)
    return alike >= len(steps) * tuning.PDF_FIXED_SHARE


_ACCENTS = {"¨": "\u0308", "˚": "\u030a", "´": "\u0301", "ˆ": "\u0302", "˜": "\u0303", "ˇ": "\u030c", "¸": "\u0327"}
_ACCENT = "[" + "".join(_ACCENTS) + "]"  # a cedilla, set under its letter, comes after it ("Pas¸ca")


def accented(line: str) -> str:
    """A TeX accent PDFium gives as a character of its own: set on the letter after it ("na¨ıve" → "naïve"), or
    left out where it stands alone at the line's end, away from its letter ("Nor- ˚")."""
    line = re.sub(rf"\s+{_ACCENT}$", "", line)
    line = re.sub(r"([A-Za-z])¸", lambda m: unicodedata.normalize("NFC", m.group(1) + _ACCENTS["¸"]), line)
    return re.sub(
        rf"({_ACCENT})([A-Za-zı])",
        lambda m: unicodedata.normalize("NFC", m.group(2).replace("ı", "i") + _ACCENTS[m.group(1)]),
        line,
    )
