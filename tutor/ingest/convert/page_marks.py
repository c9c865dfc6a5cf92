"""A printed book's page numbers, as e-books mark them where each page began: EPUB 3's `epub:type="pagebreak"`,
DPUB-ARIA's `role="doc-pagebreak"`, and Project Gutenberg's `<span class="pagenum">[Pg 149]</span>`. They are the
paper edition's furniture, not the text: a Gutenberg book read "… composition designed to stand as independent
pieces in[Pg 149]stead of …", its page mark splitting a word."""

from __future__ import annotations

import re
from typing import Any

from tutor.ingest.convert.notes import removed_where

_MARKED = re.compile(r"pagebreak|pagenum", re.I)  # cheap test before parsing
_ROLES = frozenset({"pagebreak", "doc-pagebreak"})


def may_hold_page_marks(html: str) -> bool:
    return bool(_MARKED.search(html))


def page_marks_removed(soup: Any) -> int:
    """Leave out every page mark; the number left out."""
    return removed_where(soup, lambda tag, roles: bool(roles & _ROLES) or "pagenum" in (tag.get("class") or []))
