"""Read the knowledge folder: decode, find front matter, headings, paragraphs, lists and sentences.

Offsets always point into the file's text decoded as UTF-8 (a byte-order mark stays as a character),
so a span read back from the file is exactly what was indexed.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from tutor.english.text import sentence_spans, strip_span, word_count
from tutor.errors import KnowledgeError
from tutor.ingest.markdown import parse_markdown
from tutor.records import Block, Document, Section, Unit

BlockKind = Literal["paragraph", "list"]  # Block.kind

SUFFIXES = (".md", ".markdown", ".txt")
MAX_FILE_BYTES = 20 * 1024 * 1024

_ITEM = re.compile(r"^[ \t]*(?:[-*+•▪●◦]|\d{1,3}[.)])[ \t]+")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int  # without the line break
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


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
    return parse(text, source, markdown=markdown, fallback_title=path.stem.replace("-", " ").replace("_", " "))


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


def _lines(text: str, start: int) -> list[_Line]:
    out, pos = [], start
    for raw in text[start:].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return out


def _front_matter(text: str) -> tuple[dict[str, str], int]:
    """`---` delimited key: value lines at the top; returns them and where the body starts."""
    head = text[1:] if text.startswith("\ufeff") else text
    offset = len(text) - len(head)
    if not head.startswith("---"):
        return {}, 0
    lines = _lines(text, offset)
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
    lines = _lines(text, 0)
    headings = _text_headings(lines)
    sections: list[Section] = []
    block_no = 0
    title = ""
    stack: list[tuple[int, str]] = []
    bounds = [(i, lvl, t) for i, (lvl, t) in sorted(headings.items())]
    # content before the first heading belongs to a section named after the document
    starts = [(0, 1, "")] + bounds if not bounds or bounds[0][0] != 0 else bounds
    for k, (i, level, heading) in enumerate(starts):
        j = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        first = i + 1 if i in headings else i
        blocks, block_no = _blocks(text, lines[first:j], block_no)
        if not title and level == 1 and heading:
            title = heading
        parent = _parent(stack, level, heading)
        name = heading or title or fallback_title or source
        s_start = lines[i].start if i < len(lines) else len(text)
        s_end = lines[j - 1].end if j - 1 < len(lines) and j > 0 else len(text)
        if blocks or heading:
            sections.append(Section(name, level, s_start, max(s_start, s_end), tuple(blocks), parent))
    title = title or fallback_title or source
    return Document(source=source, text=text, title=title, meta={}, sections=tuple(sections))


def _parent(stack: list[tuple[int, str]], level: int, heading: str) -> str:
    """The enclosing section's title; the stack of open headings is updated for this one."""
    while stack and stack[-1][0] >= level:
        stack.pop()
    parent = stack[-1][1] if stack else ""
    if heading:
        stack.append((level, heading))
    return parent


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
        parent = _parent(stack, level, heading)
        if blocks or heading:
            end = strip_span(text, start, end)[1]
            sections.append(Section(heading or title, level, start, max(start, end), blocks, parent))
    return Document(source=source, text=text, title=title, meta=meta, sections=tuple(sections))


def _text_headings(lines: list[_Line]) -> dict[int, tuple[int, str]]:
    """Plain text: a heading is a short line standing alone, without closing punctuation, before body text."""
    out = {}
    for i, line in enumerate(lines):
        t = line.text.strip().lstrip("\ufeff")
        alone = (i == 0 or lines[i - 1].blank) and (i + 1 >= len(lines) or lines[i + 1].blank)
        if not t or not alone or t[-1] in ".,;:!" or not 1 <= word_count(t) <= 14 or _ITEM.match(line.text):
            continue
        if re.match(r"^\d{1,2}\)\s", t) or t[0].isupper() or t[0].isdigit():
            if any(not ln.blank for ln in lines[i + 1 :]):
                out[i] = (2, t)
    return out


def _blocks(text: str, lines: list[_Line], number: int) -> tuple[list[Block], int]:
    """Group lines into paragraphs (split at blank lines) and lists (items and their continuations)."""
    blocks: list[Block] = []
    group: list[_Line] = []
    kind: BlockKind = "paragraph"

    def flush() -> None:
        nonlocal group, number
        if group:
            number += 1
            block = _block(text, group, kind, number)
            if block.units:
                blocks.append(block)
            else:
                number -= 1
        group = []

    for line in lines:
        if line.blank:
            flush()
            continue
        is_item = bool(_ITEM.match(line.text))
        if is_item and kind != "list":
            flush()
            kind = "list"
        elif not is_item and kind == "list" and not line.text[:1].isspace():
            flush()
            kind = "paragraph"
        elif not group:
            kind = "list" if is_item else "paragraph"
        group.append(line)
    flush()
    return blocks, number


def _block(text: str, lines: list[_Line], kind: BlockKind, number: int) -> Block:
    units: list[Unit] = []
    if kind == "list":
        items: list[tuple[int, int]] = []
        for line in lines:
            m = _ITEM.match(line.text)
            if m:
                items.append((line.start + m.end(), line.end))
            elif items:
                items[-1] = (items[-1][0], line.end)
        for n, (a, b) in enumerate(items):
            a, b = strip_span(text, a, b)
            units.extend(Unit(s, e, number, n, " ".join(text[s:e].split())) for s, e in sentence_spans(text, a, b))
    else:
        a, b = strip_span(text, lines[0].start, lines[-1].end)
        units.extend(Unit(s, e, number, -1, " ".join(text[s:e].split())) for s, e in sentence_spans(text, a, b))
    start = units[0].start if units else lines[0].start
    end = units[-1].end if units else lines[-1].end
    return Block(kind, number, start, end, tuple(units))
