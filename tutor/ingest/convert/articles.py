"""A research article's own elements, as the Distill template writes them (`<d-article>`, `<d-math>`, `<d-cite>`,
`<d-footnote>`; `dt-` in its first version) and as MathJax pages keep their TeX (`<script type="math/tex">`). The
converter knows none of them: an article inside `<dt-article>` lost every heading (Distill's "Why Momentum Really
Works" came out as one section, and its acknowledgments were asked about), its formulas were written as bare TeX among
the words, and its citations left a space before the comma. Before conversion the article becomes an `<article>`, a
formula becomes `$…$` (`$$…$$` for a display), which the Markdown reader reads as its symbols, and citations and
footnotes go, as a note mark and a note do (`notes.py`)."""

from __future__ import annotations

import re
from typing import Any

_ELEMENTS = re.compile(r"<(?:d|dt)-(?:article|math|cite|footnote|fn)\b|type=[\"']math/tex", re.I)
_ARTICLE = ("d-article", "dt-article")
_MATH = ("d-math", "dt-math")
_GONE = ("d-cite", "dt-cite", "d-footnote", "dt-fn")


def may_hold_article_elements(html: str) -> bool:
    return bool(_ELEMENTS.search(html))


def article_elements_read(soup: Any) -> int:
    """Rewrite the article's own elements as the converter reads them (see the module); the number rewritten."""
    changed = 0
    for tag in soup.find_all(list(_GONE)):
        if not tag.decomposed:
            _close_up(tag)
            tag.decompose()
            changed += 1
    for tag in soup.find_all(list(_ARTICLE)):
        tag.name = "article"
        changed += 1
    for tag in soup.find_all(list(_MATH)):
        tag.replace_with(_dollars(tag.get_text(), tag.has_attr("block")))
        changed += 1
    for tag in soup.find_all("script", attrs={"type": re.compile(r"^math/tex", re.I)}):
        tag.replace_with(_dollars(tag.get_text(), "mode=display" in tag["type"]))
        changed += 1
    return changed


def _close_up(tag: Any) -> None:
    """ "courtesy of Nesterov <dt-cite …>, states": no space is left before the punctuation that followed."""
    from bs4 import NavigableString

    before, after = tag.previous_sibling, tag.next_sibling
    if isinstance(before, NavigableString) and isinstance(after, NavigableString) and after[:1] in ",.;:!?)":
        before.replace_with(before.rstrip())


def _dollars(tex: str, display: bool) -> str:
    tex = " ".join(tex.split())
    return f"\n\n$${tex}$$\n\n" if display else f"${tex}$"
