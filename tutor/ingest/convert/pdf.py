"""PDF to Markdown with pypdfium2 (PDFium, the PDF engine of Chrome): text by page and line, font sizes, outline.

PDFium joins ligatures and marks the hyphens it inserted at line ends; the page furniture (running headers,
page and line numbers) is found as for plain text (`tutor.ingest.plain.furniture`) and left out. Headings come
from the PDF's outline where it has one, else from lines set in a larger font than the body; a short line that
ends a sentence ends its paragraph. The Markdown written is what the tutor cites."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tutor import tuning
from tutor.english.text import word_count
from tutor.ingest.convert.records import ConversionError, Converted, markdown_escape, package_version
from tutor.ingest.plain import ENDS_SENTENCE, full_line_length, furniture, join_cut_word, lines_of

_SOFT_HYPHEN = "\ufffe"  # where PDFium cut a word at the end of a line
_BULLET = re.compile(r"^[•▪●◦‣∙·–-]\s+")


@dataclass(frozen=True)
class _Line:
    page: int  # 0-based
    text: str
    size: float  # the largest font size on the line


def convert_pdf(path: Path) -> Converted:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        raise _refusal(path, str(e)) from None
    try:
        lines = _lines(pdf)
        labels = [re.sub(r"\s+", "", pdf.get_page_label(n) or "")[:16] or str(n + 1) for n in range(len(pdf))]
        meta = pdf.get_metadata_dict()
        outline = _outline(pdf)
        pages = len(pdf)
        if sum(len(ln.text.strip()) for ln in lines) < tuning.PDF_MIN_CHARS_PER_PAGE * max(pages, 1):
            raise _no_text(path, pdf)
    finally:
        pdf.close()
    title = meta.get("Title", "").strip()
    if not outline:  # the title set in the largest type on the first page, not a heading of the body
        top = [ln for ln in lines if ln.page == 0 and ln.text.strip()]
        size = max((ln.size for ln in top), default=0.0)
        big = [ln for ln in top if ln.size == size]
        numbered = big and re.match(r"\d{1,2}(\.\d{1,2})*\.?\s", big[0].text.strip())  # "1 Introduction"
        if 0 < len(big) <= 3 and size > min(ln.size for ln in top) and not numbered:
            title = title or " ".join(" ".join(ln.text.split()) for ln in big).replace(_SOFT_HYPHEN, "")
            lines = [ln for ln in lines if not (ln.page == 0 and ln.size == size)]
    body = _markdown(lines, outline, labels)
    return Converted(
        body, title or path.stem, meta.get("Author", "").strip(), "pypdfium2", package_version("pypdfium2")
    )


def _no_text(path: Path, pdf: Any) -> ConversionError:
    """Why a PDF gives (almost) no text: pages that are pictures, encryption, or nothing on them at all."""
    import pypdfium2.raw as raw

    pictured = sum(1 for page in pdf if any(page.get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE])))
    if pictured * 2 >= max(1, len(pdf)):
        return ConversionError(
            f"{path}: no text to read: the PDF is scanned images; OCR is not supported. "
            "Add a copy with a text layer, or the text itself as a .txt file"
        )
    if raw.FPDF_GetSecurityHandlerRevision(pdf.raw) != -1:
        return ConversionError(f"{path}: the PDF is encrypted and gives no text; save an unprotected copy and add that")
    return ConversionError(
        f"{path}: no text to read in this PDF (it is empty, or damaged); check it opens and shows text"
    )


def _refusal(path: Path, error: str) -> ConversionError:
    if "password" in error.lower():
        return ConversionError(
            f"{path}: the PDF is protected by a password; open it, save a copy without the password, and add that"
        )
    return ConversionError(f"{path}: is not a readable PDF ({error}); it may be damaged or not a PDF at all")


def _lines(pdf: Any) -> list[_Line]:
    """Every line of every page, with the largest font size on it."""
    import pypdfium2.raw as raw

    out: list[_Line] = []
    for n in range(len(pdf)):
        page = pdf[n]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        count = textpage.count_chars()
        pos = 0
        for line in text.split("\r\n"):
            end = min(pos + len(line), count)
            size = max((raw.FPDFText_GetFontSize(textpage.raw, i) for i in range(pos, end)), default=0.0)
            out.append(_Line(n, line, round(size, 1)))
            pos += len(line) + 2
        textpage.close()
        page.close()
    return out


def _outline(pdf: Any) -> dict[int, list[tuple[int, str]]]:
    """The PDF's bookmarks by page: (level, title)."""
    out: dict[int, list[tuple[int, str]]] = {}
    for mark in pdf.get_toc():
        dest = mark.get_dest()
        title = " ".join((mark.get_title() or "").split())
        if dest is not None and title and dest.get_index() is not None:
            out.setdefault(dest.get_index(), []).append((mark.level, title))
    return out


def _markdown(lines: list[_Line], outline: dict[int, list[tuple[int, str]]], labels: list[str]) -> str:
    """Headings, paragraphs and list items, page furniture left out, words cut at line ends joined; where each
    page begins, a comment `<!-- page 21 -->` (its printed label) that a reader does not see and a citation
    reads its page from."""
    plain = lines_of("\n".join(ln.text for ln in lines))
    hidden = furniture(plain)
    shown = [(i, ln) for i, ln in enumerate(lines) if i not in hidden and ln.text.strip()]
    full = full_line_length(plain, hidden)
    known = frozenset(w.lower() for _, ln in shown for w in re.findall(r"\w+", ln.text))  # cut words stay apart
    levels = _size_levels([ln for _, ln in shown]) if not outline else {}
    marks = {p: list(v) for p, v in outline.items()}
    blocks: list[str] = []
    paragraph: list[str] = []
    item = False  # the paragraph is a bulleted list item

    def close() -> None:
        if paragraph:
            text = markdown_escape(_join(paragraph, known))
            blocks.append("- " + text if item else text)
            paragraph.clear()

    heads = _headings([ln for _, ln in shown], levels, marks)
    skip, page = -1, -1
    for k, (_, ln) in enumerate(shown):
        if k <= skip:
            continue
        text = " ".join(ln.text.split())
        mark = f"<!-- page {labels[ln.page]} -->" if ln.page != page else ""
        page = ln.page
        if k in heads:
            close()
            if mark:
                blocks.append(mark)
            level, skip = heads[k]
            joined = " ".join(" ".join(shown[j][1].text.split()) for j in range(k, skip + 1))
            blocks.append("#" * min(level, 6) + " " + joined.replace(_SOFT_HYPHEN, ""))
            continue
        bullet = _BULLET.match(text)
        if bullet:
            close()
            text = text[bullet.end() :]
            item = True
        elif not paragraph:
            item = False
        if mark and paragraph:  # the page turns inside a paragraph
            text = f"{mark} {text}"
        elif mark:
            blocks.append(mark)
        paragraph.append(text)
        if ENDS_SENTENCE.search(text) and (not full or len(text) < full * tuning.PARAGRAPH_END_SHARE):
            close()
    close()
    return "\n\n".join(blocks) + "\n"


def _headings(
    lines: list[_Line], levels: dict[float, int], marks: dict[int, list[tuple[int, str]]]
) -> dict[int, tuple[int, int]]:
    """Line index → (level, index of the heading's last line). From the outline where the PDF has one; else a
    run of one or two lines in a heading size that reads as a title (a capital or digit first, a word in it);
    a longer run in that size is a block of text set large (the authors of a paper), not a heading."""
    out: dict[int, tuple[int, int]] = {}
    k = 0
    while k < len(lines):
        text = " ".join(lines[k].text.split())
        if marks:
            level = _outline_level(text, marks.get(lines[k].page, []))
            if level and word_count(text) <= tuning.PLAIN_HEADING_WORDS:
                out[k] = (level, k)
            k += 1
            continue
        level = levels.get(lines[k].size, 0)
        end = k
        while end + 1 < len(lines) and level and lines[end + 1].size == lines[k].size:
            end += 1
        run = " ".join(ln.text for ln in lines[k : end + 1])
        titled = text[:1].isupper() or text[:1].isdigit()
        if level and end - k < 2 and titled and re.search(r"[A-Za-z]{3}", run) and word_count(run) <= 14:
            out[k] = (level, end)
        k = end + 1
    return out


def _outline_level(text: str, pending: list[tuple[int, str]]) -> int:
    """The heading level of a line that carries one of its page's outline titles (which is then used up)."""
    line = set(re.findall(r"[a-z]{2,}", text.lower()))
    for k, (level, title) in enumerate(pending):
        wanted = set(re.findall(r"[a-z]{2,}", title.lower())) - {"chapter", "part", "section"}
        if wanted and wanted <= line and word_count(text) <= word_count(title) + tuning.OUTLINE_EXTRA_WORDS:
            del pending[k]
            return level + 2
    return 0


def _size_levels(lines: list[_Line]) -> dict[float, int]:
    """Font sizes larger than the body's, largest first, as heading levels 2, 3, 4 (a small share of the text
    each at most: a size that sets much of it is body text of another kind)."""
    chars: Counter[float] = Counter()
    for ln in lines:
        chars[ln.size] += len(ln.text)
    if not chars:
        return {}
    body = chars.most_common(1)[0][0]
    bigger = sorted((s for s in chars if s >= body * tuning.PDF_HEADING_SIZE_RATIO), reverse=True)
    total = sum(chars.values())
    heads = [s for s in bigger if chars[s] <= total * tuning.PDF_HEADING_CHARS_SHARE]
    return {s: 2 + min(k, 2) for k, s in enumerate(heads)}


def _join(lines: list[str], known: frozenset[str]) -> str:
    """Lines of one paragraph as one line: a word PDFium cut at a line end is joined when English or written
    whole elsewhere in the document, else keeps its hyphen."""
    text = " ".join(lines)
    joined = re.sub(rf"(\w+){_SOFT_HYPHEN}\s*(\w+)", lambda m: join_cut_word(m.group(1), m.group(2), known), text)
    return joined.replace(_SOFT_HYPHEN, "-")
