"""Word documents and EPUB books to Markdown: both are zip files of XML, checked before anything is unpacked.

DOCX: mammoth turns the document's styles into HTML headings (Title → h1, Heading 1 → h2, …), lists and tables;
markdownify writes that as Markdown. EPUB: the book's reading order (its OPF spine) gives the chapters, each
an XHTML file written as Markdown by markdownify. Title and author come from the document's own properties."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from tutor import tuning
from tutor.ingest.convert.book_parts import book_parts_read
from tutor.ingest.convert.glossaries import glossaries_as_lists
from tutor.ingest.convert.notes import notes_removed
from tutor.ingest.convert.page_marks import page_marks_removed
from tutor.ingest.convert.records import ConversionError, Converted, first_heading, name_as_title, package_version

_STYLE_MAP = """
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='Heading 1'] => h2:fresh
p[style-name='Heading 2'] => h3:fresh
p[style-name='Heading 3'] => h4:fresh
p[style-name='Heading 4'] => h5:fresh
p[style-name='Heading 5'] => h6:fresh
"""
_DC = "{http://purl.org/dc/elements/1.1/}"


def checked_zip(path: Path, data: bytes, kind: str) -> zipfile.ZipFile:
    """The zip inside a DOCX or EPUB, refused when it is not one, or when unpacking it would be a zip bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ConversionError(f"{path}: is not a readable {kind} file ({e}); it may be damaged") from None
    unpacked = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if unpacked > tuning.MAX_UNPACKED_BYTES or unpacked / packed > tuning.MAX_UNPACK_RATIO:
        raise ConversionError(
            f"{path}: would unpack to {unpacked / 2**20:,.0f} MiB from {len(data) / 2**20:,.1f} MiB "
            "(a zip bomb, or a document far larger than a text); it was not opened"
        )
    return archive


def convert_docx(path: Path, data: bytes) -> Converted:
    import mammoth

    archive = checked_zip(path, data, "Word (.docx)")
    if "word/document.xml" not in archive.namelist():
        raise ConversionError(f"{path}: is a zip file but not a Word document (.docx); save it as .docx and add it")
    try:
        result = mammoth.convert_to_html(io.BytesIO(data), style_map=_STYLE_MAP)
    except Exception as e:  # noqa: BLE001 - mammoth raises many kinds on broken XML; all mean the same to a user
        raise ConversionError(f"{path}: is not a readable Word document ({type(e).__name__}: {e})") from None
    markdown = _as_markdown(result.value, ["img"])
    title, author = _core_properties(archive)
    title = title or first_heading(markdown) or name_as_title(path)
    return Converted(markdown.strip() + "\n", title, author, "mammoth", package_version("mammoth"))


def _as_markdown(html: str, strip: list[str]) -> str:
    """HTML as Markdown by markdownify; a heading with no words (an empty paragraph styled as one) left out."""
    from markdownify import markdownify

    markdown = markdownify(html, heading_style="ATX", bullets="-", strip=strip)
    return re.sub(r"(?m)^#{1,6}[ \t]*$\n?", "", markdown)


def _core_properties(archive: zipfile.ZipFile) -> tuple[str, str]:
    try:
        root = ElementTree.fromstring(archive.read("docProps/core.xml"))
    except (KeyError, ElementTree.ParseError):
        return "", ""
    title = root.findtext(f"{_DC}title") or ""
    author = root.findtext(f"{_DC}creator") or ""
    return title.strip(), author.strip()


def convert_epub(path: Path, data: bytes) -> Converted:
    from bs4 import BeautifulSoup

    archive = checked_zip(path, data, "EPUB")
    try:
        container = ElementTree.fromstring(archive.read("META-INF/container.xml"))
        rootfile = next(e.get("full-path") for e in container.iter() if e.tag.endswith("rootfile"))
        opf = ElementTree.fromstring(archive.read(rootfile or ""))
    except (KeyError, StopIteration, ElementTree.ParseError) as e:
        raise ConversionError(f"{path}: is not a readable EPUB book ({e}); it may be damaged") from None
    base = posixpath.dirname(rootfile or "")
    items = {
        e.get("id"): e.get("href")
        for e in opf.iter()
        if e.tag.endswith("}item") and "nav" not in (e.get("properties") or "").split()  # the contents page
    }
    chapters = []
    for ref in (e.get("idref") for e in opf.iter() if e.tag.endswith("}itemref")):
        href = items.get(ref)
        if not href:
            continue
        try:
            xhtml = archive.read(posixpath.normpath(posixpath.join(base, href))).decode("utf-8", "replace")
        except KeyError:
            continue
        soup = BeautifulSoup(xhtml, "html.parser")
        notes_removed(soup)  # "improvement<a epub:type="noteref">113</a>": a note's mark; the endnotes: no prose
        book_parts_read(soup)  # "I" over "Laying Plans": one heading; the imprint, the colophon: the edition's
        page_marks_removed(soup)  # "in<span epub:type="pagebreak">149</span>stead": the paper edition's page
        glossaries_as_lists(soup)
        body = soup.body
        if body is not None:
            chapters.append(_as_markdown(str(body), ["img", "script", "style"]))
    markdown = "\n\n".join(c.strip() for c in chapters if c.strip())
    title = (opf.findtext(f".//{_DC}title") or "").strip()
    author = (opf.findtext(f".//{_DC}creator") or "").strip()
    title = title or first_heading(markdown) or name_as_title(path)
    return Converted(markdown + "\n", title, author, "markdownify", package_version("markdownify"))
