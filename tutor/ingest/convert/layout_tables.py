"""Layout tables (a page laid out in `<table>` cells, as older sites are) unwrapped into the blocks they hold.

Left as tables, the converter writes the page's whole article into one Markdown table cell ("| LWN.net Weekly
Edition … 4,000 words … |") with its navigation as rows around it: no paragraphs, no headings, and answers that
quote the navigation. A table is for layout, as Readability judges (`_isDataTable`), when it says so
(`role="presentation"`) or a cell of it holds what no data cell does: a heading, paragraphs or a long text. (A
table merely holding another, Readability's other sign, is not enough here: a news page's photo gallery laid out so
then became the "main text" in place of its article.) A data table, whose cells hold values and short notes,
stays a table."""

from __future__ import annotations

import re
from typing import Any

from tutor.ingest.convert.line_breaks import INLINE

_HAS_TABLE = re.compile(r"<table[\s>]", re.I)
_HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
_CELL_WORDS = 150  # a data cell holds a value or a short note; a cell this long holds the page's text


def may_hold_layout(html: str) -> bool:
    """Cheap test before parsing a page: it has a `<table>` at all."""
    return bool(_HAS_TABLE.search(html))


def layout_tables_unwrapped(soup: Any) -> int:
    """Every layout table of a BeautifulSoup tree replaced in place by its cells' contents, each cell a `<div>` (a
    `<p>` when it holds text only);
    returns how many were unwrapped (outer tables first, so a nested one is judged on its own)."""
    unwrapped = 0
    for table in soup.find_all("table"):
        if not _for_layout(table):
            continue
        cells = _own(table, ["td", "th"])
        rows = _own(table, ["tr", "tbody", "thead", "tfoot", "colgroup", "col"])
        for cell in cells:
            cell.name = "div" if cell.find(_is_block) else "p"  # a cell of text only is a paragraph: as <div>s, a
            # play's lines (Standard Ebooks set a dialogue's speaker and speech in cells) took the place of the
            # introduction before them as the page's main text
            cell.attrs = {}
        for tag in rows:
            tag.unwrap()
        table.name = "div"
        table.attrs = {}
        unwrapped += 1
    return unwrapped


def _for_layout(table: Any) -> bool:
    if (table.get("role") or "").lower() == "presentation":
        return True
    for cell in _own(table, ["td", "th"]):
        if _holds_prose(cell) or len(cell.get_text(" ").split()) > _CELL_WORDS:
            return True
    return False


def _holds_prose(cell: Any) -> bool:
    """A heading, or two paragraphs: more than a data cell's one wrapped value ("<td><p>42</p></td>")."""
    return cell.find(_HEADINGS) is not None or len(cell.find_all("p")) >= 2


def _is_block(tag: Any) -> bool:
    return tag.name not in INLINE


def _own(table: Any, names: list[str]) -> list[Any]:
    """The table's own tags of these names, not those of a table nested inside it."""
    return [tag for tag in table.find_all(names) if tag.find_parent("table") is table]
