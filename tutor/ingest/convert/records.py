"""What a converter gives back, the error it raises, and Markdown that stays the text it was written from."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tutor.errors import TutorError


class ConversionError(TutorError):
    """A document that cannot be turned into a text: the message names the file and what to do."""


@dataclass(frozen=True)
class Converted:
    markdown: str  # the body, without front matter
    title: str
    author: str
    converter: str  # the library that read it
    version: str  # its version
    notes: tuple[str, ...] = ()  # what was left out, for the one who added it ("pages 3, 7 left out: …")


_STARTS_MARKUP = re.compile(r"^(\s*)([#>+*-]|\d{1,9}[.)])(?=\s|$)")


def markdown_escape(paragraph: str) -> str:
    """A paragraph of plain text that Markdown reads as the same text: a line that would open a heading, a
    quote or a list ("1928. That year…", "- 5 degrees") gets its marker escaped."""
    return _STARTS_MARKUP.sub(lambda m: m.group(1) + re.sub(r"([#>+*.)-])", r"\\\1", m.group(2), count=1), paragraph)


def package_version(package: str) -> str:
    """The installed version of the library that converted a document, for its front matter."""
    from importlib.metadata import version

    return version(package)


def first_heading(markdown: str) -> str:
    """The text of the first `#` heading, for a document that names no title in its properties."""
    m = re.search(r"^#\s+(.+?)\s*#*\s*$", markdown, re.M)
    return m.group(1).strip() if m else ""


def name_as_title(path: Path) -> str:
    """A title read off the file's name, for a document that gives none: "the-google-file-system.pdf" -> "The google
    file system" (a prompt and a citation quote it)."""
    words = re.sub(r"[-_]+", " ", path.stem).strip() or path.stem
    return words[:1].upper() + words[1:] if words.islower() else words
