"""A PDF's headings: from its outline where it has one (a title its bookmark places on the page before, or set on
two lines, found too), else from lines set larger than the body or set bold, and a numbered heading's level by its
number ("3.2 Trace Trees" under "3 Tracing"); a running header that repeats a one-page section's heading with the
page's number is none of them."""

from __future__ import annotations

import re
from collections import Counter

from tutor import tuning
from tutor.english.text import word_count
from tutor.ingest.convert.pdf_lines import WORDY, PdfLine
from tutor.ingest.convert.pdf_outline import outline_level
from tutor.ingest.plain_lines import ENDS_SENTENCE

# a list item's mark; a control character alone is a bullet whose glyph the font gives no letter for (TeX's)
BULLET = re.compile(r"^\s*[•▪●◦‣∙·–\x80-\x9f-]\s+")
_NUMBER = re.compile(r"(\d{1,2}(?:\.\d{1,2})*)")  # a heading's number: "2", "2.1", "2.1.3"


def spaced_number(text: str) -> str:
    """A heading's number typed without its space written with it: "7.Final Comments" → "7. Final Comments"."""
    return re.sub("^" + _NUMBER.pattern + r"\.(?=[A-Z][a-z])", r"\1. ", text)


def running_headers(lines: list[PdfLine]) -> set[int]:
    """The lines that head a page with the section's title and the page's number ("1.3. The first program 3") where
    the section's own heading follows on the same page ("1.3. The first program", set larger): a running header that
    names a section one page long, which the furniture, repeated from page to page, does not catch."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        header = re.fullmatch(r"(.*[A-Za-z].*?)\s+\d{1,4}", " ".join(line.text.split()))
        if not header or k and lines[k - 1].page == line.page:
            continue
        title = header.group(1)
        later = (ln for ln in lines[k + 1 : k + _PAGE_LINES] if ln.page == line.page)
        if any(" ".join(ln.text.split()) == title for ln in later):
            out.add(k)
    return out


_PAGE_LINES = 120  # the lines of a page, at most, looked through for the heading a running header repeats


def headings(lines: list[PdfLine], marks: dict[int, list[tuple[int, str]]], body: float) -> dict[int, tuple[int, int]]:
    """Line index → (level, index of the heading's last line). From the outline where the PDF has one; else a
    run of one or two lines in a heading size that reads as a title (a capital or digit first, a word in it);
    a longer run in that size is a block of text set large (the authors of a paper), not a heading. A short bold
    line at the body's size between plain ones, or numbered beside numbered ones ("2.1 Assumptions"), heads one."""
    levels = _size_levels(lines, body) if not marks else {}
    out: dict[int, tuple[int, int]] = {}
    outlined: dict[tuple[float, bool], int] = {}  # the type of the outline's headings found so far: their level
    k = 0
    while k < len(lines):
        text = " ".join(lines[k].text.split())
        if marks:
            if _title_goes_on(lines, k):  # "Variables, expressions and ⏎ statements": one title on two lines
                joined = _outlined(f"{text} {' '.join(lines[k + 1].text.split())}", marks, lines[k].page)
                if joined:
                    out[k] = (joined, k + 1)
                    k += 2
                    continue
            level = 0 if BULLET.match(text) else _outlined(text, marks, lines[k].page)
            if level and word_count(text) <= tuning.PLAIN_HEADING_WORDS:
                out[k] = (level, k)
                outlined.setdefault((lines[k].size, lines[k].bold), level)
            elif _set_as(lines, k, outlined, body):
                out[k] = (outlined[(lines[k].size, lines[k].bold)], k)  # "References", which outlines often leave out
            k += 1
            continue
        level = levels.get(lines[k].size, 0)
        end = k
        while end + 1 < len(lines) and level and lines[end + 1].size == lines[k].size:
            end += 1
        level = level or _bold_level(lines, k, levels, body)
        if not level and _two_line_heading(lines, k):  # "4.The Developed Template for … Software ⏎ Engineering"
            level, end = _numbered_level(text), k + 1
        run = " ".join(ln.text for ln in lines[k : end + 1])
        titled = text[:1].isupper() or text[:1].isdigit()
        if level and end - k < 2 and titled and WORDY.search(run) and word_count(run) <= 14:
            out[k] = (_numbered_level(text) or level, end)
        k = end + 1
    return out


def _title_goes_on(lines: list[PdfLine], k: int) -> bool:
    """The next line is set in the same type on the same page, larger than the body's: a title may go on there."""
    if k + 1 >= len(lines):
        return False
    line, after = lines[k], lines[k + 1]
    return line.page == after.page and (line.size, line.bold) == (after.size, after.bold) and line.bold


def _outlined(text: str, marks: dict[int, list[tuple[int, str]]], page: int) -> int:
    """The outline level of a line that carries a title its page's bookmarks hold, or the page before's, not yet
    found there (LaTeX's hyperref anchors a section that opens a page at the foot of the page before)."""
    return outline_level(text, marks.get(page, [])) or outline_level(text, marks.get(page - 1, []))


def _set_as(lines: list[PdfLine], k: int, outlined: dict[tuple[float, bool], int], body: float) -> bool:
    """A short unnumbered title alone on its line, set larger than the body in the type of an outline heading
    already found: a heading the outline does not list."""
    line, text = lines[k], " ".join(lines[k].text.split())
    if (line.size, line.bold) not in outlined or line.size <= body or ENDS_SENTENCE.search(text):
        return False
    return word_count(text) <= tuning.OUTLINE_EXTRA_WORDS and text[:1].isupper() and not _numbered_level(text)


def _bold_level(lines: list[PdfLine], k: int, levels: dict[float, int], body: float) -> int:
    """The level of a heading set bold at line k, at the body's size or a little larger ("3.2 Trace Trees", "1
    Introduction"): one below its number's parent ("3.2" under "3"); a bold line without a number heads a part
    only when set larger than the body ("Abstract"), not a table's bold header row ("Top-1 Top-5 Top-20"); 0 for a
    line that is no such heading."""
    line, text = lines[k], " ".join(lines[k].text.split())
    beside = [" ".join(lines[j].text.split()) for j in (k - 1, k + 1) if 0 <= j < len(lines) and lines[j].bold]
    listed = re.search(r"\s\d{1,4}$", text)  # "2 The Consensus Algorithm 1": a contents line and its page
    alone = all(_numbered_level(b) and _numbered_level(text) and not listed for b in beside)  # "2. … ⏎ 2.1 …"
    if not (line.bold and alone and line.size >= body and not ENDS_SENTENCE.search(text)):
        return 0
    if word_count(text) > tuning.PDF_BOLD_HEADING_WORDS or not (text[:1].isupper() or text[:1].isdigit()):
        return 0
    return _numbered_level(text) or (2 if line.size > body else 0)  # "Abstract": a part, as "1 Introduction" is


def _two_line_heading(lines: list[PdfLine], k: int) -> bool:
    """A bold numbered heading's last words on a bold line of their own: "4.The Developed Template … ⏎ Engineering"."""
    if k + 1 >= len(lines) or not (lines[k].bold and lines[k + 1].bold) or k and lines[k - 1].bold:
        return False
    if k + 2 < len(lines) and lines[k + 2].bold or lines[k].size != lines[k + 1].size:
        return False
    text, rest = (" ".join(ln.text.split()) for ln in lines[k : k + 2])
    if _numbered_level(rest) or not rest[:1].isalpha():
        return False  # "3. Studies Selection ⏎ 3.1. Studies Definition": two headings; "- Objective …": an item
    return bool(_numbered_level(text)) and word_count(rest) <= 4 and not ENDS_SENTENCE.search(f"{text} {rest}")


def _numbered_level(text: str) -> int:
    """A numbered heading's level by its number, whatever its size: "2. Defining tidy data" 2, "2.1. Data
    structure" 3, "7.Final Comments" 2 (a report typed without the space); 0 unnumbered."""
    number = re.match(_NUMBER.pattern + r"(?:\.?\s+|\.(?=[A-Z][a-z]))[A-Za-z]", text)
    return 1 + len(number.group(1).split(".")) if number else 0


def body_size(lines: list[PdfLine]) -> float:
    """The size that sets the most characters."""
    chars: Counter[float] = Counter()
    for ln in lines:
        chars[ln.size] += len(ln.text)
    return chars.most_common(1)[0][0] if chars else 0.0


def _size_levels(lines: list[PdfLine], body: float) -> dict[float, int]:
    """Font sizes larger than the body's (`body`, the size that sets the most characters), largest first, as
    heading levels 2, 3, 4 (a small share of the text each at most: a size that sets much of it is body text of
    another kind)."""
    chars: Counter[float] = Counter()
    for ln in lines:
        chars[ln.size] += len(ln.text)
    if not chars:
        return {}
    bigger = sorted((s for s in chars if s >= body * tuning.PDF_HEADING_SIZE_RATIO), reverse=True)
    total = sum(chars.values())
    heads = [s for s in bigger if chars[s] <= total * tuning.PDF_HEADING_CHARS_SHARE]
    return {s: 2 + min(k, 2) for k, s in enumerate(heads)}
