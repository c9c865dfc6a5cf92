"""Paragraphs a page sets apart by blank lines of `<br>` rather than by `<p>`, as hand-written and older pages do
("… through a computer.<br /><br />This was the most powerful force …", every essay on paulgraham.com).

trafilatura reads such a block as one element and breaks it where it meets an inline one: a link in a sentence
("the way to take advantage of dramatic decreases in cost is to <a …>increase volume</a>.") came out as a paragraph
of its own, cutting the sentence in three, and a note's "[<a name=…>1</a>]" as three paragraphs, "\\[", "1" and
"\\]". Each run of the block's text and inline elements between two or more breaks becomes a `<p>`; a block inside
it (a heading, a list, a `<center>___</center>`) stays as it is. A single `<br>` inside a run stays a line break."""

from __future__ import annotations

import re
from typing import Any

_DOUBLE_BREAK = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.I)  # cheap test before parsing
# what may hold paragraphs set by breaks: blocks, and the <font>/<center> that older pages wrap their text in
_HOLDERS = ["body", "div", "td", "th", "blockquote", "center", "font", "section", "article", "main"]
# text-level elements: inside a run; any other element is a block and stands apart
INLINE = frozenset(
    "a abbr b big br cite code em font i img kbd label mark q s small span strike strong sub sup time tt u var".split()
)
# where a <p> may not go: inside a paragraph, a heading, a link or preformatted text
_NO_PARAGRAPHS = ["p", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "a", "li", "dt", "dd", "caption"]


def may_hold_break_paragraphs(html: str) -> bool:
    return bool(_DOUBLE_BREAK.search(html))


def break_paragraphs_made(soup: Any) -> int:
    """Every block whose text is paragraphs set apart by double `<br>` given a `<p>` for each (innermost blocks
    first, so that a `<font>` made into paragraphs is a block to the one holding it); the number of blocks changed."""
    changed = 0
    for block in reversed(soup.find_all(_HOLDERS)):
        if block.find_parent(_NO_PARAGRAPHS) is not None:
            continue
        groups = _runs(list(block.children))
        if sum(1 for is_run, _ in groups if is_run) < 2:
            continue
        if block.name in ("font", "center"):  # a text wrapper holding paragraphs is a block
            block.name, block.attrs = "div", {}
        for child in list(block.children):
            child.extract()
        for is_run, nodes in groups:
            if not is_run:
                block.extend(nodes)  # a block, or a menu's links as they were
                continue
            paragraph = soup.new_tag("p")
            paragraph.extend(nodes)
            block.append(paragraph)
        changed += 1
    return changed


def _runs(children: list[Any]) -> list[tuple[bool, list[Any]]]:
    """The children as groups: (True, a run of text and inline elements that says something besides links) or
    (False, what stands apart: a block, or a run of links only); the breaks between runs left out. Two or more
    breaks in a row end a run; no groups when no two do."""
    groups: list[tuple[bool, list[Any]]] = []
    run: list[Any] = []
    gap: list[Any] = []  # breaks and white space since the run's last word
    broken = False  # a run was ended by breaks

    def close() -> None:
        if any(not _blank(n) for n in run):
            groups.append((not _links_only(run), run[:]))
        run.clear()

    for node in children:
        if _blank(node):
            gap.append(node)
        elif node.name is not None and _block(node):
            close()
            groups.append((False, [node]))
            gap.clear()
        else:
            if sum(1 for n in gap if n.name == "br") >= 2 and any(not _blank(n) for n in run):
                close()
                broken = True
            else:
                run.extend(gap)
            gap.clear()
            run.append(node)
    close()
    return groups if broken else []


def _links_only(run: list[Any]) -> bool:
    """A run whose words are all links' ("Minecraft.net<br/>Minecraft Realms"): a sidebar's menu, not a paragraph;
    left as it was, for the converter to judge."""
    said = sum(len((str(n) if n.name is None else n.get_text(" ")).split()) for n in run)
    links = [a for n in run if n.name is not None for a in (n, *n.find_all("a")) if a.name == "a"]
    return sum(len(a.get_text(" ").split()) for a in links) == said


def _block(tag: Any) -> bool:
    """An element that stands apart: a block, or an inline one holding a block (a `<span>` wrapping paragraphs)."""
    return tag.name not in INLINE or tag.find(lambda t: t.name not in INLINE) is not None


def _blank(node: Any) -> bool:
    """A break, text that is only white space, or a comment."""
    from bs4 import NavigableString

    if node.name is not None:
        return bool(node.name == "br")
    return type(node) is not NavigableString or not str(node).strip()
