"""A book's notes, as EPUB 3 and DPUB-ARIA mark them: the mark in the sentence (`<a epub:type="noteref">113</a>`,
`role="doc-noteref"`, pandoc's `class="footnote-ref"`) and the notes themselves (`epub:type="endnotes"`, a
`footnote` aside, `role="doc-endnotes"`). Neither is the text's prose: a converter kept the mark's number as a word
("The greatest improvement113 in the productive powers of labour …", as Standard Ebooks' *Wealth of Nations* read),
and a book's endnotes as a chapter. As a Markdown footnote is read (its mark is markup, its note no prose), both go
before conversion."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_MARKED = re.compile(r"noteref|footnote|endnote|rearnote", re.I)  # cheap test before parsing
# a link into the page whose words are a note's label: "11", "[A]", "*" (a link's text, spaces and brackets aside)
_LINKED_MARK = re.compile(
    r"<a\b[^>]*href=[\"']#[^>]*>(?:\s|&nbsp;|<[^>]*>)*\[?(?:\d{1,3}|[A-Za-z]|[*†‡§])\]?(?:\s|&nbsp;|<)"
)
_LABEL = re.compile(r"\[?(\d{1,3}|[A-Za-z]|[*†‡§])\]?")
_BLOCKS = ("p", "div", "li", "aside", "section", "dd", "td")
_MARK_ROLES = frozenset({"noteref", "doc-noteref"})
_NOTE_ROLES = frozenset({"footnote", "footnotes", "endnote", "endnotes", "rearnote", "rearnotes"})
_NOTE_ROLES |= frozenset(f"doc-{r}" for r in _NOTE_ROLES)


def may_hold_notes(html: str) -> bool:
    return bool(_MARKED.search(html) or _LINKED_MARK.search(html))


def notes_removed(soup: Any) -> int:
    """Leave out every note mark and every block of notes; the number left out."""
    return removed_where(soup, _note_or_mark) + _linked_notes_removed(soup)


def removed_where(soup: Any, matches: Callable[[Any, set[str]], bool]) -> int:
    """Leave out every element that `matches` (the element, its EPUB and ARIA roles); the number left out."""
    gone = 0
    for tag in soup.find_all(True):
        if tag.decomposed:
            continue  # inside an element already left out
        if matches(tag, set(f"{tag.get('epub:type') or ''} {tag.get('role') or ''}".lower().split())):
            tag.decompose()
            gone += 1
    return gone


def _note_or_mark(tag: Any, roles: set[str]) -> bool:
    mark = tag.name in ("a", "sup") and bool(roles & _MARK_ROLES or "footnote-ref" in (tag.get("class") or []))
    return mark or tag.name in ("aside", "section", "div", "ol", "li") and bool(roles & _NOTE_ROLES)


def _linked_notes_removed(soup: Any) -> int:
    """Notes marked by nothing but their links, as Project Gutenberg's books and older pages write them: a mark that
    links to the note ('<a href="#fn11">11</a>', "[<a href="#f3n">3</a>]" with its brackets) and a note whose block
    opens with the same label and either links back into the page ('<p><a href="#ft11">11</a><a name="fn11"></a>Only
    principal … was sung to words.</p>') or is marked by the label itself ('<p>[<a name="f1n">1</a>] Thanks to …</p>',
    as paulgraham.com's essays). A link whose target is no such note (a page number in an index, "section <a
    href="#s2">2</a>") stays."""
    gone = 0
    for mark in soup.find_all("a", href=re.compile(r"^#.")):
        if mark.decomposed or not (label := _LABEL.fullmatch(mark.get_text().replace("\xa0", " ").strip())):
            continue
        target = soup.find(id=mark["href"][1:]) or soup.find(attrs={"name": mark["href"][1:]})
        note = target if target is None or target.name in _BLOCKS else target.find_parent(_BLOCKS)
        if note is None or mark in note.descendants:
            continue
        opening = _LABEL.match(note.get_text().replace("\xa0", " ").strip())
        back = note.find("a", href=re.compile(r"^#."))
        labelled = target is not note and _LABEL.fullmatch(target.get_text().replace("\xa0", " ").strip())
        if opening and opening.group(1) == label.group(1) and (back is not None or labelled):
            _unbracketed(mark)
            mark.decompose()
            note.decompose()
            gone += 2
    return gone


def _unbracketed(mark: Any) -> None:
    """The brackets a mark's link sits in ("[<a …>3</a>]") taken from the text around it."""
    before, after = mark.previous_sibling, mark.next_sibling
    if before is not None and before.name is None and after is not None and after.name is None:
        if str(before).endswith("[") and str(after).startswith("]"):
            before.replace_with(str(before)[:-1])
            after.replace_with(str(after)[1:])
