"""A book's own parts as EPUB 3 (`epub:type`) and DPUB-ARIA (`role="doc-…"`) mark them, read before conversion.

A heading group (`<hgroup><h2>I</h2><p epub:type="title">Laying Plans</p></hgroup>`, as Standard Ebooks set every
chapter) is one heading, "I: Laying Plans": converted as it stands, the heading reads "I" and its title becomes a
paragraph, so every section of *The Art of War* was headed by a numeral. The publisher's pages (imprint, colophon,
copyright page, title page, dedication) are left out: they say who made the edition, not what the book says."""

from __future__ import annotations

import re
from typing import Any

_FURNITURE = frozenset(
    "imprint colophon copyright-page titlepage halftitlepage cover toc landmarks loi lot dedication".split()
)
_MARKED = re.compile(r"<hgroup[\s>]|epub:type=|role=\"doc-", re.I)
_HEADING = re.compile(r"^h[1-6]$")
_CONTAINERS = ["body", "section", "div", "article", "aside", "nav"]


def may_hold_book_parts(html: str) -> bool:
    """Cheap test before parsing a page: it has a heading group or a part marked as a book's."""
    return bool(_MARKED.search(html))


def book_parts_read(soup: Any) -> int:
    """The publisher's pages of a BeautifulSoup tree removed and its heading groups joined, in place; returns how many
    were changed."""
    changed = 0
    for part in soup.find_all(_CONTAINERS):
        if part.decomposed:
            continue  # inside a part already removed
        kinds = set((part.get("epub:type") or "").split())
        kinds |= {role.removeprefix("doc-") for role in (part.get("role") or "").split()}
        if kinds & _FURNITURE:
            part.decompose()
            changed += 1
    for group in soup.find_all("hgroup"):
        heading = group.find(_HEADING)
        if heading is None:
            continue
        words = [w for w in (el.get_text(" ", strip=True) for el in group.find_all(["p", _HEADING])) if w]
        joined = soup.new_tag(heading.name)
        joined.string = ": ".join(words)
        group.replace_with(joined)
        changed += 1
    return changed
