"""Read the knowledge folder: decode, find front matter, headings, paragraphs, lists and sentences.

Offsets always point into the file's text decoded as UTF-8 (a byte-order mark stays as a character),
so a span read back from the file is exactly what was indexed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from tutor.english.text import strip_span
from tutor.errors import KnowledgeError
from tutor.ingest.markdown import parse_markdown
from tutor.ingest.plain import heading_parent
from tutor.ingest.plain import sections as plain_sections
from tutor.ingest.plain_lines import lines_of
from tutor.records import Document, Section, file_title

SUFFIXES = (".md", ".markdown", ".txt")
MAX_FILE_BYTES = 20 * 1024 * 1024

PAGE_MARK = re.compile(r"<!-- page (\S{1,16}) -->")  # written by `tutor add` where a page of a PDF begins
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


def knowledge_files(folder: Path) -> list[Path]:
    """The texts in a knowledge folder, sorted; a missing folder is an error that says what to do."""
    return sorted(Path(entry.path) for entry in _listing(folder))


def knowledge_stats(folder: Path) -> dict[str, tuple[int, int]]:
    """(mtime in ns, size) of every text `knowledge_files` lists, by path: cheap enough for every answer."""
    out = {}
    for entry in _listing(folder):
        try:
            st = entry.stat()
        except OSError:  # removed since it was listed
            continue
        out[entry.path] = (st.st_mtime_ns, st.st_size)
    return out


def _listing(folder: Path) -> list[os.DirEntry[str]]:
    if not folder.is_dir():
        raise KnowledgeError(
            f"knowledge folder {folder} does not exist: create it and add .md or .txt files, "
            "or point --knowledge / TUTOR_KNOWLEDGE at one"
        )
    entries = [e for e in _texts_under(folder) if e.name.lower() != "readme.md"]
    undecodable = sorted(e.path for e in entries if not _utf8_name(e.path))
    if undecodable:
        names = ", ".join(os.fsencode(p).decode("utf-8", "replace") for p in undecodable)
        raise KnowledgeError(f"file names that are not UTF-8: {names}; rename them")
    return entries


def _utf8_name(path: str) -> bool:
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _texts_under(folder: Path) -> Iterator[os.DirEntry[str]]:
    """Files with a text suffix in `folder` and its sub-folders, skipping hidden ones (names starting with a
    dot, at any depth) and not following links to folders. `os.scandir`: cheap enough to run before every answer."""
    pending = [str(folder)]
    while pending:
        try:
            listing = os.scandir(pending.pop())
        except PermissionError:  # as Path.rglob: an unreadable sub-folder is passed over
            continue
        with listing as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    pending.append(entry.path)
                elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in SUFFIXES:
                    yield entry


def display_source(path: Path, folder: Path) -> str:
    """`knowledge/<relative path>`: the name a citation gives its file."""
    return (Path(folder.name) / path.relative_to(folder)).as_posix()


def _too_big(path: Path, size: int) -> KnowledgeError:
    return KnowledgeError(
        f"{path}: {size / 1e6:.0f} MB is more than the {MAX_FILE_BYTES // 2**20} MiB the tutor reads "
        "from one file; split it into several files"
    )


def decode(path: Path, data: bytes) -> str:
    """UTF-8 text of a knowledge file, or a KnowledgeError naming the file and the fix."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(path, len(data))
    if b"\x00" in data[:65536]:
        raise KnowledgeError(f"{path}: looks like a binary file, not text; remove it from the knowledge folder")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise KnowledgeError(
            f"{path}: is not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "save it as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)"
        ) from None
    if not text.replace("\ufeff", "").strip():
        raise KnowledgeError(f"{path}: is empty; add text to it or remove it")
    return text


def read_bytes(path: Path) -> bytes:
    """The file's bytes, never more than the limit; a file that vanished or cannot be read names itself."""
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_big(path, size)
            return f.read(MAX_FILE_BYTES + 1)
    except OSError as e:
        raise KnowledgeError(
            f"{path}: cannot be read ({e.strerror or e}); check that it exists and is readable, or remove it"
        ) from None


def read_document(path: Path, folder: Path) -> Document:
    text = decode(path, read_bytes(path))
    source = display_source(path, folder)
    markdown = path.suffix.lower() in (".md", ".markdown")
    try:
        return parse(text, source, markdown=markdown, fallback_title=file_title(path.name))
    except Exception as e:  # noqa: BLE001 - a reader's bug on one text is named with its file, never a traceback
        raise KnowledgeError(
            f"{path}: the reader failed on this text ({type(e).__name__}: {e}); the index is kept as it was. "
            "Please report it with the file; to build the other texts meanwhile, move it out of the knowledge folder"
        ) from e


def read_knowledge(folder: Path) -> list[Document]:
    """Every text in the folder; all unreadable files are reported together, nothing half-read."""
    files = knowledge_files(folder)
    if not files:
        raise KnowledgeError(f"knowledge folder {folder} has no .md or .txt files: add the texts to teach from")
    docs, problems = [], []
    for path in files:
        try:
            doc = read_document(path, folder)
        except KnowledgeError as e:
            problems.append(str(e))
            continue
        if not any(s.blocks for s in doc.sections):
            problems.append(f"{path}: has no text, only headings or front matter; add text or remove it")
            continue
        docs.append(doc)
    if problems:
        raise KnowledgeError("cannot read the knowledge folder:\n  " + "\n  ".join(problems))
    return docs


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """`---` delimited key: value lines at the top; returns them and where the body starts."""
    head = text[1:] if text.startswith("\ufeff") else text
    offset = len(text) - len(head)
    if not head.startswith("---"):
        return {}, 0
    lines = lines_of(text, offset)
    if not lines or lines[0].text.strip() != "---":
        return {}, 0
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:], 1):
        if line.text.strip() in ("---", "..."):
            body = lines[i + 1].start if i + 1 < len(lines) else len(text)
            return meta, body
        m = _FRONT_KEY.match(line.text)
        if m:
            meta[m.group(1).lower()] = m.group(2).strip().strip("\"'")
    return {}, 0  # no closing fence: not front matter


def parse(text: str, source: str, markdown: bool = True, fallback_title: str = "") -> Document:
    if markdown:
        return _parse_markdown(text, source, fallback_title)
    title, sections = plain_sections(text, source, fallback_title)
    return Document(source=source, text=text, title=title, meta={}, sections=sections)


def _parse_markdown(text: str, source: str, fallback_title: str) -> Document:
    """Sections from the parsed headings (a quote's too), each holding the prose blocks that follow it."""
    meta, body = _front_matter(text)
    parsed = parse_markdown(text, body)
    title = meta.get("title", "") or next((h.title for h in parsed.headings if h.level == 1), "")
    title = title or fallback_title or source
    heads = [(h.start, h.level, h.title) for h in parsed.headings]
    if not heads or heads[0][0] > body:
        heads.insert(0, (body, 1, ""))  # content before the first heading: a section named after the document
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []
    for k, (start, level, heading) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else len(text)
        blocks = tuple(b for b in parsed.blocks if start <= b.start < end)
        parent = heading_parent(stack, level, heading)
        if blocks or heading:
            end = strip_span(text, start, end)[1]
            sections.append(Section(heading or title, level, start, max(start, end), blocks, parent))
    pages = tuple((m.start(), m.group(1)) for m in PAGE_MARK.finditer(text))
    return Document(source=source, text=text, title=title, meta=meta, sections=tuple(sections), pages=pages)
