"""PDF to Markdown with pypdfium2 (PDFium, the PDF engine of Chrome): text by page and line, with what each
line's type says (`pdf_lines`), and the outline.

PDFium joins ligatures and marks the hyphens it inserted at line ends; the page furniture (running headers,
page and line numbers) is found as for plain text (`tutor.ingest.plain_lines.furniture`) and left out, and so are a
figure's labels (set tiny) and lines turned on a level page (a stamp up the margin). Headings come from the PDF's
outline where it has one, else from lines set in a larger font than the body or set bold (`pdf_headings`); a
short line that ends a sentence, or a first-line indent, ends a paragraph; lines set smaller that cut into a
paragraph (a footnote, a copyright notice) are set apart before it; runs of code in a font of fixed pitch become
code blocks. The Markdown written is what the tutor cites."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tutor import tuning
from tutor.ingest.convert.pdf_headings import BULLET, body_size, headings, running_headers, spaced_number
from tutor.ingest.convert.pdf_lines import (
    SOFT_HYPHEN,
    WORDY,
    PdfLine,
    accented,
    page_ranges,
    read_lines,
    turned_aside,
    unreadable_pages,
)
from tutor.ingest.convert.pdf_matter import author_property, back_matter_headed, title_property
from tutor.ingest.convert.pdf_outline import outline as read_outline
from tutor.ingest.convert.pdf_slides import is_deck, slide_furniture, slide_headings, slide_lines
from tutor.ingest.convert.records import ConversionError, Converted, markdown_escape, name_as_title, package_version
from tutor.ingest.plain import join_cut_word
from tutor.ingest.plain_lines import ENDS_SENTENCE, full_line_length, furniture, lines_of

_MARK = r"<!-- page [^>]*-->\s*"  # where a page begins, written before a paragraph's line
_PAGE_MARK = re.compile("^" + _MARK)
_LABELLED = re.compile(r"^[A-Za-z][\w'’-]*(?: [\w'’-]+){0,3}: [A-Z]")  # "high-level language: A programming …"
_CODE_MARK = re.compile(r"[{}\[\];=]|//|\w\(|->|:=|^\s*#")  # what a line of code has and a line of prose seldom


def convert_pdf(path: Path) -> Converted:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        raise _refusal(path, str(e)) from None
    try:
        lines = read_lines(pdf)
        labels = [re.sub(r"\s+", "", pdf.get_page_label(n) or "")[:16] or str(n + 1) for n in range(len(pdf))]
        meta = pdf.get_metadata_dict()
        outline = read_outline(pdf)
        pages = len(pdf)
        sizes = [pdf.get_page_size(n) for n in range(pages)]
        if sum(len(ln.text.strip()) for ln in lines) < tuning.PDF_MIN_CHARS_PER_PAGE * max(pages, 1):
            raise _no_text(path, pdf)
    except pdfium.PdfiumError as e:  # it opened, but a page of it cannot be loaded (a broken page tree)
        raise _refusal(path, str(e)) from None
    finally:
        pdf.close()
    unreadable = unreadable_pages(lines)
    if unreadable and len(unreadable) * 2 >= len({ln.page for ln in lines if ln.text.strip()}):
        raise ConversionError(
            f"{path}: the text of {page_ranges(unreadable)} of {pages} cannot be read: the PDF's fonts give "
            "no letters for what they draw, so what comes out is not words. OCR is not supported; add the text "
            "itself as a .txt file, or a copy of the PDF saved with its text"
        )
    lines = turned_aside([ln for ln in lines if ln.readable])
    their = "their" if len(unreadable) > 1 else "its"
    note = f"{page_ranges(unreadable)} left out: {their} text cannot be read (the PDF's fonts give no letters)"
    title = meta.get("Title", "").strip()
    title = title_property(title, " ".join(ln.text for ln in lines if ln.page == 0))
    if not (outline and title):  # the title set in the largest type on page 1, not a heading the outline names
        titles = {t.lower() for marks in outline.values() for _, t in marks}
        top = [ln for ln in lines if ln.page == 0 and ln.text.strip()]
        size = max((ln.size for ln in top), default=0.0)
        big = [ln for ln in top if ln.size == size]
        numbered = big and re.match(r"\d{1,2}(\.\d{1,2})*\.?\s", big[0].text.strip())  # "1 Introduction"
        bookmarked = any(" ".join(ln.text.split()).lower() in titles for ln in big)  # the outline's first heading
        if 0 < len(big) <= 3 and size > min(ln.size for ln in top) and not numbered and not bookmarked:
            title = title or " ".join(" ".join(ln.text.split()) for ln in big).replace(SOFT_HYPHEN, "")
            lines = [ln for ln in lines if not (ln.page == 0 and ln.size == size)]
    heights = [height for _, height in sizes] if is_deck(sizes) else []
    body = back_matter_headed(_markdown(lines, outline, labels, heights))
    author = meta.get("Author", "").strip()
    author = author_property(author)
    notes = (note,) if unreadable else ()
    return Converted(body, title or name_as_title(path), author, "pypdfium2", package_version("pypdfium2"), notes)


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


# characters Python splits lines at besides "\n" ("Trace\u20291" in a figure's label): inside a PDF's line they would
# cut it in two and shift every line after it from the page furniture found for it
_SEPARATORS = re.compile("[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _markdown(
    lines: list[PdfLine],
    outline: dict[int, list[tuple[int, str]]],
    labels: list[str],
    heights: list[float] | None = None,
) -> str:
    """Headings, paragraphs, list items and code, page furniture and the words of figures left out, words cut at
    line ends joined; where each page begins, a comment `<!-- page 21 -->` (its printed label) that a reader
    does not see and a citation reads its page from. `heights`, the pages' heights of a slide deck (else empty):
    its slides read as such (`pdf_slides`)."""
    plain = lines_of("\n".join(_SEPARATORS.sub(" ", ln.text) for ln in lines))  # one line each, indices aligned
    hidden = slide_furniture(lines, heights, furniture(plain)) if heights else furniture(plain)
    shown = [(i, ln) for i, ln in enumerate(lines) if i not in hidden and ln.text.strip()]
    full = full_line_length(plain, hidden)
    body = body_size([ln for _, ln in shown])
    shown = [(i, ln) for i, ln in shown if ln.size >= body * tuning.PDF_FIGURE_SIZE_RATIO]  # a figure's labels
    known = frozenset(w.lower() for _, ln in shown for w in re.findall(r"\w+", ln.text))  # cut words stay apart
    kept = [ln for _, ln in shown]
    if heights:
        kept, heads = slide_headings(slide_lines(kept), outline, body)
    else:
        headers = running_headers(kept)
        kept = [ln for k, ln in enumerate(kept) if k not in headers]
        heads = headings(kept, {p: list(v) for p, v in outline.items()}, body)
    page = _Page(known, full, body, slides=bool(heights))
    skip = -1
    for k, ln in enumerate(kept):
        if k <= skip:
            continue
        page.turn(labels[ln.page], ln.page)
        if k in heads:
            level, skip = heads[k]
            page.heading(level, " ".join(" ".join(kept[j].text.split()) for j in range(k, skip + 1)))
        elif ln.fixed or _goes_on(page.code, ln):
            page.code.append(ln)
        else:
            page.line(" ".join(ln.text.split()), ln)
    page.close()
    return "\n\n".join(page.blocks) + "\n"


class _Page:
    """The Markdown written so far, and the paragraph, aside or code block being gathered."""

    def __init__(self, known: frozenset[str], full: float, body: float, slides: bool = False) -> None:
        self.known, self.full, self.body = known, full, body
        self.slides = slides  # a deck's: its items hang from their bullets, a line set out to their left ends one
        self.blocks: list[str] = []
        self.paragraph: list[str] = []
        self.small = False  # the paragraph is set smaller than the body (a footnote, a notice)
        self.item = False  # the paragraph is a bulleted list item
        self.described = False  # the last paragraph of the body was a described term ("**Testing**: This is …")
        self.aside: list[str] = []  # smaller lines that cut into a paragraph of the body: set apart before it
        self.code: list[PdfLine] = []
        self.number = -1
        self.mark = ""  # where the page begins, not yet written
        self.left = 0.0  # where the line before began
        self.bullets: list[tuple[int, float]] = []  # (page, left) of the list's items, each nested in the one before

    def turn(self, label: str, number: int) -> None:
        if number != self.number:
            self.number, self.mark = number, f"<!-- page {label} -->"

    def heading(self, level: int, text: str) -> None:
        self.close()
        self.bullets.clear()
        self._place_mark()
        self.blocks.append("#" * min(level, 6) + " " + spaced_number(text).replace(SOFT_HYPHEN, ""))

    def line(self, text: str, ln: PdfLine) -> None:
        self._close_code()
        if ln.apart:
            self.close()
        small = ln.size < self.body * tuning.PDF_SMALL_SIZE_RATIO
        indent = ln.left - self.left
        ended = not self.paragraph or bool(ENDS_SENTENCE.search(self.paragraph[-1]))
        if self.slides and self.item and self.paragraph and self.bullets and self._outdented(ln):
            self.close()  # a line set out to the left of the item it follows on its page: the item has ended
        bulleted = self.item and bool(self.paragraph) and not self._describing()  # a described term's run as prose
        if not bulleted and ended and ln.size * tuning.PDF_INDENT_MIN < indent < ln.size * tuning.PDF_INDENT_MAX:
            self.close()  # a first line set in from the one above begins a paragraph; after a sentence cut at the
            # line's end, a line set in goes on with it (a description's hanging indent: "the problem (as / seen …")
        elif ended and indent <= 0 and _LABELLED.match(text):
            self.close()  # "… and expressing it. ⏎ high-level language: A programming language …": a glossary's
            # next entry, its term not set apart by type
        self.left = ln.left
        if small and self.paragraph and not self.small and not ENDS_SENTENCE.search(self.paragraph[-1]):
            self.aside.append(text)  # a page's footnote or notice set inside a paragraph that goes on after it
            return
        if self.aside:
            self._set_apart()
        if self.paragraph and small != self.small:
            self.close()
        bullet = BULLET.match(text)
        described = bool(ln.label) and text.startswith(ln.label) and self._leads_to_description()
        if bullet or described or ln.bulleted:
            self.close()
            text = _described(ln.label, text) if described else text[bullet.end() :] if bullet else text
            self._nest(ln if bullet or ln.bulleted else None)
        self.item = bool(bullet or described or ln.bulleted) or (self.item and bool(self.paragraph))
        if not self.item:
            self.bullets.clear()
        self.small = small
        if self.mark and self.paragraph:  # the page turns inside a paragraph
            text, self.mark = f"{self.mark} {text}", ""
        self._place_mark()
        self.paragraph.append(text)
        if ENDS_SENTENCE.search(text) and (not self.full or len(text) < self.full * tuning.PARAGRAPH_END_SHARE):
            self.close()

    def _nest(self, ln: PdfLine | None) -> None:
        """An item's place in the list: under the last item when set in from it on its page by a little (a
        sub-bullet), else beside the last item set as far left; an item in another column or on another page
        begins again at the top (a slide's second column of bullets)."""
        if ln is None or self.bullets and (ln.page != self.bullets[-1][0] or ln.left > self._indent(ln)[1]):
            self.bullets = [(ln.page, ln.left) if ln else (0, 0.0)]
            return
        while self.bullets and self.bullets[-1][1] > self._indent(ln)[0]:
            self.bullets.pop()
        self.bullets = [*self.bullets[: tuning.PDF_NEST_MAX - 1], (ln.page, ln.left)]

    def _outdented(self, ln: PdfLine) -> bool:
        page, left = self.bullets[-1]
        return ln.page == page and ln.left < left - ln.size * tuning.PDF_NEST_EMS

    def _indent(self, ln: PdfLine) -> tuple[float, float]:
        """Where an item nested under the last one may begin: (after, up to)."""
        return ln.left - ln.size * tuning.PDF_NEST_EMS, self.bullets[-1][1] + ln.size * tuning.PDF_INDENT_MAX

    def _leads_to_description(self) -> bool:
        """After a lead-in ("… two approaches to understanding systems:") or a description, a line that opens
        with bold words ("Testing This is …") is the next term described: a list item "**Testing**: This is …"."""
        last = self.paragraph[-1] if self.paragraph else self.blocks[-1] if self.blocks else ""
        return last.rstrip().endswith(":") or self._describing() or not self.paragraph and self.described

    def _describing(self) -> bool:
        """The paragraph gathered is a described term's ("**Testing**: This is …"), not yet ended."""
        return self.item and bool(self.paragraph) and self.paragraph[0].startswith("**")

    def close(self) -> None:
        self._close_code()
        if self.paragraph:
            text = markdown_escape(_join(self.paragraph, self.known))
            if not self.small or WORDY.search(text):
                self.blocks.append("  " * (len(self.bullets) - 1) + "- " + text if self.item else text)
            if not self.small:  # a footnote set apart between two described terms parts no glossary
                self.described = self._describing()
            self.paragraph.clear()
        if self.aside:
            self._set_apart()

    def _set_apart(self) -> None:
        """The smaller lines gathered inside a paragraph, as a paragraph before it; a formula's sub- and
        superscripts ("(i)", ", w", "· · ·") are no text."""
        text = markdown_escape(_join(self.aside, self.known))
        if WORDY.search(text):
            self.blocks.append(text)
        self.aside.clear()

    def _close_code(self) -> None:
        """A run of lines in a font of fixed pitch as a code block, when half of them or more write as code does
        (brackets, "=", ";", "//", a call); a line or two of it (an address, names in a sentence) and prose set in
        a typewriter's type (a book's front matter) are text."""
        code, self.code = self.code, []
        marked = sum(1 for ln in code if _CODE_MARK.search(ln.text))
        if len(code) >= tuning.PDF_CODE_MIN_LINES and marked * 2 >= len(code):
            self.close()
            self._place_mark()
            margin = min(ln.left for ln in code)
            text = "\n".join(_indented(ln, margin).replace(SOFT_HYPHEN, "-") for ln in code)
            self.blocks.append(f"```\n{text}\n```")
        else:
            for ln in code:
                self.line(" ".join(ln.text.split()), ln)

    def _place_mark(self) -> None:
        if self.mark:
            self.blocks.append(self.mark)
            self.mark = ""


def _described(label: str, text: str) -> str:
    """A described term as a glossary's list item: "**Testing**: This is attempting …"; a term that is its
    sentence's subject keeps its verb ("**Base Relations** are those which …", "… requirements which were …")."""
    rest = text[len(label) :].lstrip()
    label = label.rstrip(":")  # "Cooperative: The agents …" set with its colon in bold
    told = rest.split(" ", 1)[0] in ("is", "are", "was", "were", "which", "who", "that", "such") or rest[:1] == "("
    return f"**{label}**{' ' if told else ': '}{rest}"


def _goes_on(code: list[PdfLine], ln: PdfLine) -> bool:
    """A line too short to tell its pitch ("{", "int i, k;") goes on a run of code in its size."""
    if not code or ln.size != code[-1].size:
        return False
    text = ln.text.strip()
    return len(text) < tuning.PDF_FIXED_MIN_STEPS or text.endswith((";", "{", "}"))


def _indented(ln: PdfLine, margin: float) -> str:
    """A line of code set in from the block's margin by as many spaces as fill the gap."""
    width = ln.size * tuning.PDF_FIXED_CHAR_WIDTH
    return " " * max(0, round((ln.left - margin) / width)) + ln.text.strip() if width else ln.text.strip()


def _join(lines: list[str], known: frozenset[str]) -> str:
    """Lines of one paragraph as one line: a word PDFium cut at a line end (or the PDF cut with a hyphen of its
    own, "rep-⏎resentations") is joined when English or written whole elsewhere in the document, else keeps its
    hyphen."""
    lines = [accented(ln) for ln in lines]
    cut = [
        ln[:-1] + SOFT_HYPHEN if re.search(r"[a-z]-$", ln) and _PAGE_MARK.sub("", nxt)[:1].islower() else ln
        for ln, nxt in zip(lines, lines[1:], strict=False)
    ]
    text = " ".join([*cut, *lines[-1:]])
    joined = re.sub(  # a page that turns inside the word begins before it
        rf"(\w+){SOFT_HYPHEN}\s*({_MARK})?(\w+)",
        lambda m: (m.group(2) or "") + join_cut_word(m.group(1), m.group(3), known),
        text,
    )
    return joined.replace(SOFT_HYPHEN, "-")
