"""A book's notes, as EPUB 3 and DPUB-ARIA mark them: the mark in the sentence (`<a epub:type="noteref">113</a>`,
`role="doc-noteref"`, pandoc's `class="footnote-ref"`) and the notes themselves (`epub:type="endnotes"`, a
`footnote` aside, `role="doc-endnotes"`). Neither is the text's prose: a converter kept the mark's number as a word
("The greatest improvement113 in the productive powers of labour …", as Standard Ebooks' *Wealth of Nations* read),
and a book's endnotes as a chapter. As a Markdown footnote is read (its mark is markup, its note no prose), both go
before conversion."""

from __future__ import annotations

import re
from typing import Any

_MARKED = re.compile(r"noteref|footnote|endnote|rearnote", re.I)  # cheap test before parsing
_MARK_ROLES = frozenset({"noteref", "doc-noteref"})
_NOTE_ROLES = frozenset({"footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes"})
_NOTE_ROLES |= frozenset(f"doc-{r}" for r in _NOTE_ROLES)


def may_hold_notes(html: str) -> bool:
    return bool(_MARKED.search(html))


def notes_removed(soup: Any) -> int:
    """Leave out every note mark and every block of notes; the number left out."""
    gone = 0
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue
        roles = set(f"{tag.get('epub:type') or ''} {tag.get('role') or ''}".lower().split())
        classes = set(tag.get("class") or [])
        mark = tag.name in ("a", "sup") and (roles & _MARK_ROLES or "footnote-ref" in classes)
        notes = tag.name in ("aside", "section", "div", "ol", "li") and roles & _NOTE_ROLES
        if mark or notes:
            tag.decompose()
            gone += 1
    return gone
