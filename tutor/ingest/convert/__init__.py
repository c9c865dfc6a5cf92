"""Bringing documents into the knowledge folder: `tutor add` turns a PDF, a Word file, a saved web page or an
EPUB book into one Markdown file in `knowledge/` (a `.md` or `.txt` is copied as it is), with front matter
that says where it came from. The Markdown is what the tutor then reads and cites."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tutor import tuning
from tutor.errors import TutorError
from tutor.ingest.convert.records import ConversionError, Converted
from tutor.ingest.reading import MAX_FILE_BYTES, SUFFIXES, decode

log = logging.getLogger("tutor")

KINDS = {
    ".pdf": "PDF",
    ".docx": "Word document",
    ".html": "web page",
    ".htm": "web page",
    ".xhtml": "web page",
    ".epub": "EPUB book",
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".txt": "plain text",
}


@dataclass(frozen=True)
class Added:
    """What became of one document: the file written (or the one that already held it), or why not."""

    source: Path
    written: Path | None = None
    already: bool = False  # the same document (by SHA-256) was added before, as `written`
    error: str = ""
    notes: tuple[str, ...] = ()  # what the conversion left out, and why


def documents_in(paths: list[Path]) -> list[Path]:
    """The files named, and the documents of a supported kind inside the folders named (hidden ones passed over)."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = (p for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in KINDS)
            out.extend(p for p in found if not any(part.startswith(".") for part in p.relative_to(path).parts))
        else:
            out.append(path)
    return out


def add_documents(paths: list[Path], knowledge: Path) -> list[Added]:
    """Every document converted and written into `knowledge`; one that cannot be is named with what to do, and
    the others still go in."""
    knowledge.mkdir(parents=True, exist_ok=True)
    results = []
    for path in documents_in(paths):
        try:
            results.append(add_document(path, knowledge))
        except TutorError as e:  # a document the tutor refuses, with the reason and what to do
            results.append(Added(path, error=str(e)))
        except Exception as e:  # noqa: BLE001 - a converter's own failure on one document stops no other
            log.warning("converting %s failed", path, exc_info=True)
            error = f"{path}: could not be converted ({type(e).__name__}: {e}); it may be damaged. Please report it"
            results.append(Added(path, error=error))
    return results


def add_document(path: Path, knowledge: Path) -> Added:
    data = _read(path)
    digest = hashlib.sha256(data).hexdigest()
    existing = _added_before(knowledge, digest)
    if existing:
        return Added(path, existing, already=True)
    suffix = path.suffix.lower()
    if suffix in SUFFIXES:  # a text the tutor reads as it is
        decode(path, data)  # refused as the build would refuse it: empty, binary, not UTF-8
        same = next((p for p in sorted(knowledge.glob(f"*{suffix}")) if _same_bytes(p, data)), None)
        return Added(path, same, already=True) if same else Added(path, _write(knowledge, path.stem, suffix, data))
    converted = convert(path, data)
    if not re.search(r"\w", converted.markdown):
        raise ConversionError(f"{path}: nothing to read came out of this {KINDS[suffix]}; it holds no text")
    text = front_matter(path, digest, converted) + _body(converted)
    written = _write(knowledge, converted.title or path.stem, ".md", text.encode("utf-8"))
    return Added(path, written, notes=converted.notes)


def convert(path: Path, data: bytes) -> Converted:
    """The document as Markdown, by the converter of its kind (see README "Adding a text" for why each)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from tutor.ingest.convert.pdf import convert_pdf

        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise ConversionError(f"{path}: is not a PDF (it does not start as one); check the file")
        return convert_pdf(path)
    if suffix in (".html", ".htm", ".xhtml"):
        from tutor.ingest.convert.web import convert_html

        return convert_html(path, data)
    if suffix == ".docx":
        from tutor.ingest.convert.office import convert_docx

        return convert_docx(path, data)
    if suffix == ".epub":
        from tutor.ingest.convert.office import convert_epub

        return convert_epub(path, data)
    raise _unsupported(path)


def _unsupported(path: Path) -> ConversionError:
    kinds = ", ".join(sorted(KINDS))
    what = path.suffix.lower() or "file without a suffix"
    return ConversionError(f"{path}: cannot add a {what} file; the tutor reads {kinds}")


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ConversionError(f"{path}: cannot be read ({e.strerror or e}); check the path") from None
    if path.suffix.lower() not in KINDS:
        raise _unsupported(path)
    limit = MAX_FILE_BYTES if path.suffix.lower() in SUFFIXES else tuning.MAX_DOCUMENT_BYTES
    if size > limit:
        raise ConversionError(
            f"{path}: {_mib(size)} is more than the {_mib(limit)} the tutor adds from one document; split it "
            "(a book into its parts) and add the parts"
        )
    if size == 0:
        raise ConversionError(f"{path}: is empty")
    try:
        return path.read_bytes()
    except OSError as e:
        raise ConversionError(f"{path}: cannot be read ({e.strerror or e}); check that it is readable") from None


def _mib(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB" if n < 10 * 2**20 else f"{n / 2**20:,.0f} MiB"


def front_matter(path: Path, digest: str, converted: Converted) -> str:
    """Where the text came from: title, author, the original file's name and SHA-256, the converter, the date."""
    fields = {
        "title": converted.title,
        "author": converted.author,
        "original": path.name,
        "sha256": digest,
        "converter": f"{converted.converter} {converted.version}",
        "added": time.strftime("%Y-%m-%d"),
    }
    lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in fields.items() if v]
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def _body(converted: Converted) -> str:
    """The Markdown under a `#` title, unless the document already opens with one."""
    body = converted.markdown.lstrip()
    if body.startswith("# ") or not converted.title:
        return body
    return f"# {converted.title}\n\n{body}"


def _added_before(knowledge: Path, digest: str) -> Path | None:
    """A Markdown file in `knowledge` whose front matter records this SHA-256."""
    needle = f'sha256: "{digest}"'
    for path in sorted(knowledge.glob("*.md")):
        try:
            with path.open(encoding="utf-8", errors="replace") as f:
                head = f.read(2048)
        except OSError:
            continue
        if needle in head:
            return path
    return None


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def _write(knowledge: Path, name: str, suffix: str, data: bytes) -> Path:
    """Write a new file in `knowledge` named after the text, never over another: through a hidden temporary file
    (the reader passes over hidden files) renamed into place, so no half-written text is ever read."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60].strip("-") or "text"
    target = knowledge / f"{slug}{suffix}"
    n = 2
    while target.exists():
        target = knowledge / f"{slug}-{n}{suffix}"
        n += 1
    fd, tmp = tempfile.mkstemp(prefix=".tutor-add-", dir=knowledge)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as any file the user saves, not mkstemp's owner-only
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
