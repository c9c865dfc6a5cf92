"""A PDF's outline (its bookmarks), and which of its lines carries one of the outline's titles."""

from __future__ import annotations

import re
from typing import Any

from tutor import tuning
from tutor.ingest.convert.pdf_lines import SOFT_HYPHEN

# words that number a heading rather than name it ("CHAPTER THIRTEEN", "Part II")
_NUMBERING = frozenset(
    "chapter part section appendix book lesson unit zero one two three four five six seven eight nine ten eleven "
    "twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split()
)
_ROMAN = re.compile(r"(?=[ivxlc])x{0,3}(?:ix|iv|v?i{0,3})|x?l|x?c")  # "ii", "xiv", "xl"


def outline(pdf: Any) -> dict[int, list[tuple[int, str]]]:
    """The PDF's bookmarks by page: (level, title)."""
    out: dict[int, list[tuple[int, str]]] = {}
    for mark in pdf.get_toc():
        dest = mark.get_dest()
        title = " ".join((mark.get_title() or "").split())
        if dest is not None and title and dest.get_index() is not None:
            out.setdefault(dest.get_index(), []).append((mark.level, title))
    return out


def outline_level(text: str, pending: list[tuple[int, str]]) -> int:
    """The heading level of a line that carries one of its page's outline titles (which is then used up)."""
    said = _naming_words(text)
    line = set(said)
    for k, (level, title) in enumerate(pending):
        named = _naming_words(title)
        wanted = set(named)
        if not wanted or not wanted <= line or line - wanted and said[0] not in wanted and not text.isupper():
            continue  # "CHAPTER TWO: Mere Copyists" carries "Mere Copyists"; "manipulating that state." no "State";
            # a title set in capitals may say more than its bookmark ("THE ABSTRACT NATURE OF MATHEMATICS")
        if len(said) <= len(named) + tuning.OUTLINE_EXTRA_WORDS:
            del pending[k]
            return level + 2
    return 0


def _naming_words(text: str) -> list[str]:
    """A heading's words that name it, not those that number it ("CHAPTER TWO", "Part II")."""
    words = re.findall(r"[a-z]{2,}", text.replace(SOFT_HYPHEN, "").lower())  # "indepen-dence" cut at the line's end
    return [w for w in words if w not in _NUMBERING and not _ROMAN.fullmatch(w)]
