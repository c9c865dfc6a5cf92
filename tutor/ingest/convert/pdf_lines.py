"""The lines of a PDF as PDFium reads them, each with what its type says: its size, whether it is set bold
through and through (a subsection's heading at body size), whether it is set in a font of fixed pitch (code),
and whether its characters are text at all (a font without a map to Unicode gives control characters)."""

from __future__ import annotations

import ctypes
import math
import re
import statistics
import unicodedata
from dataclasses import dataclass
from typing import Any

from tutor import tuning
from tutor.ingest.convert.pdf_scripts import Glyphs, joined_scripts
from tutor.ingest.convert.pdf_spacing import spaced

SOFT_HYPHEN = "\ufffe"  # where PDFium cut a word at the end of a line

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


def read_lines(pdf: Any) -> list[PdfLine]:
    """Every line of every page."""
    out: list[PdfLine] = []
    for n in range(len(pdf)):
        page = pdf[n]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        count = textpage.count_chars()
        pos = 0
        segments: list[tuple[str, list[int]]] = []
        for line in text.split("\r\n"):
            segments.append((line, list(range(pos, min(pos + len(line), count)))))
            pos += len(line) + 2
        glyphs = Glyphs(textpage.raw, count)
        for line, at in (spaced(glyphs, *seg) for seg in joined_scripts(glyphs, segments)):
            out.append(_line(textpage.raw, n, line, at, glyphs.sizes))
        textpage.close()
        page.close()
    return out


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
