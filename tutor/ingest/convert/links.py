"""What a page's links say about its prose: a list of prose keeps its items, a paragraph that is only a link goes.

Links inside a list of prose are made plain text, so that the converter does not take the list for navigation.
trafilatura drops a short list (under 100 characters, 300 when it ends its block) whose links are mostly short
words, whatever share of the list they are: its test for a menu. A list that names two tools in passing ("for
example, a code repository and a master for a configuration system like Puppet or Chef") went with them, and its
lead-in ("The services may either be:") was left pointing at nothing. The tutor writes no links, so a link only
tells the converter what is furniture; in a list that is mostly its own words it tells it wrong. A menu, a list of
related pages or of sharing buttons is mostly its links' words, and keeps them.

A table that is nothing but links is a menu laid out in a grid (an essay's translations) and goes too.

A paragraph that is nothing but a link points to another page ("Read more: Tunisia’s Islamists get a sobering lesson
in governing"): the converter, told to write no links, kept its words as a paragraph of the article, and answers
quoted a headline of another story. The Markdown reader already leaves out a line that is only a link; such a
paragraph goes before conversion, with the short label that introduces it ("Read more:")."""

from __future__ import annotations

import re
from typing import Any

_HAS_LINK = re.compile(r"<a[\s>]", re.I)
# a list whose links hold less than this share of its words' characters is prose that cites; a menu is nearly all
# links. Half: as far from a menu's share (near 1) as from the prose lists of the test pages (under 0.1)
_PROSE_LINK_SHARE = 0.5
# trafilatura's test looks at lists shorter than this (characters); a longer list of teasers ("related stories",
# each a linked title and its summary) is no prose however few of its words are links, and is left to it
_SHORT_LIST = 300
# ... and prose has a sentence: some item says this many words besides its links ("Share 0 All Share Services",
# a row of sharing buttons, does not)
_SENTENCE_WORDS = 6


_LABEL_WORDS = 4  # "Read more:", "See also:", "Related coverage:": a label, not a lead-in to prose


def may_hold_links(html: str) -> bool:
    """Cheap test before parsing a page: it has a link at all."""
    return bool(_HAS_LINK.search(html))


def incidental_links_unwrapped(soup: Any) -> int:
    """In every short list of a BeautifulSoup tree that has two links or more and is mostly its own words, each link
    replaced in place by its text; returns how many lists changed (an outer list changed takes its nested ones
    with it)."""
    changed = 0
    for listing in soup.find_all(["ul", "ol"]):
        links = listing.find_all("a")
        worded = [len("".join(a.get_text().split())) for a in links]
        text = len("".join(listing.get_text().split()))
        if sum(n > 0 for n in worded) < 2 or text >= _SHORT_LIST or sum(worded) >= _PROSE_LINK_SHARE * text:
            continue  # no menu by trafilatura's test (fewer than two worded links), too long for it, or a menu
        if not any(_own_words(item) >= _SENTENCE_WORDS for item in listing.find_all("li")):
            continue
        for a in links:
            a.unwrap()
        changed += 1
    return changed


def _own_words(item: Any) -> int:
    """The words of a list item outside its links."""
    linked = sum(len(a.get_text().split()) for a in item.find_all("a"))
    return len(item.get_text().split()) - linked


def link_paragraphs_removed(soup: Any) -> int:
    """Every paragraph of a BeautifulSoup tree that is one link and nothing else removed, with a short label ending in
    a colon right before it ("Read more:"); returns how many paragraphs went."""
    removed = 0
    for p in soup.find_all("p"):
        links = p.find_all("a")
        said = " ".join(p.get_text().split())
        if len(links) != 1 or not said or " ".join(links[0].get_text().split()) != said:
            continue
        label = p.find_previous_sibling()
        p.decompose()
        removed += 1
        if label is not None and label.name == "p" and _is_label(label):
            label.decompose()
    return removed


def link_tables_removed(soup: Any) -> int:
    """Every table of a BeautifulSoup tree whose words are all its links' (a grid of "Japanese Translation", "Arabic
    Translation" … under an essay) removed: a menu laid out as a table, which the converter would write as a table
    of the article; returns how many went."""
    removed = 0
    for table in soup.find_all("table"):
        if table.decomposed:
            continue
        links = table.find_all("a")
        linked = sum(len(a.get_text(" ").split()) for a in links)
        if linked and linked == len(table.get_text(" ").split()):
            table.decompose()
            removed += 1
    return removed


def _is_label(p: Any) -> bool:
    said = " ".join(p.get_text().split())
    return not p.find("a") and said.endswith(":") and len(said.split()) <= _LABEL_WORDS
