"""Definition lists (`<dl>`: a term `<dt>`, its definition `<dd>`) as bulleted lists of "**term**: definition".

Both converters flatten a definition list on their own: trafilatura writes the term and its definition as two
separate list items, markdownify writes the definition on a line starting ":" with the term on the line above,
which Markdown readers without the extension show as two paragraphs. Either way the definition loses its term
("- Collecting, processing … data about a system" under "- Monitoring"), and a passage or a quiz item made of it
does not say what it defines. One list item a term keeps the two together, the shape a glossary has in Markdown.

A `<dl>` that is not a glossary is left as it is: Wikipedia's pseudo-headings (a `<dt>` with no `<dd>`) and its
indented lines (a `<dd>` with no `<dt>`)."""

from __future__ import annotations

import re
from typing import Any

_HAS_TERM = re.compile(r"<dt[\s>]", re.I)
_SPACES = re.compile(r"\s+")


def may_hold_glossary(html: str) -> bool:
    """Cheap test before parsing a page: it has a `<dt>` at all."""
    return bool(_HAS_TERM.search(html))


def glossaries_as_lists(soup: Any) -> int:
    """Each definition list of a BeautifulSoup tree that pairs every term with a definition rewritten in place as a
    `<ul>` of "<b>term</b>: definition" items; returns how many were rewritten."""
    rewritten = 0
    for dl in soup.find_all("dl"):
        entries = _entries(dl)
        if not entries:
            continue
        ul = soup.new_tag("ul")
        for terms, definitions in entries:
            li = soup.new_tag("li")
            b = soup.new_tag("b")
            b.string = ", ".join(terms)
            li.append(b)
            li.append(": ")
            for i, dd in enumerate(definitions):
                if i:
                    li.append(" ")
                for p in dd.find_all("p", recursive=False):  # a definition's paragraphs run on as sentences
                    p.insert_after(" ")
                    p.unwrap()
                for child in list(dd.contents):
                    li.append(child.extract())
            _tidy(li)
            ul.append(li)
        dl.replace_with(ul)
        rewritten += 1
    return rewritten


def _tidy(li: Any) -> None:
    """The page's indentation is no line break: runs of white space made one space, none after "term:" and none
    doubled where two strings meet."""
    spaced = True  # after the term's colon
    for text in li.find_all(string=True)[2:]:
        if text.parent.name in ("pre", "code"):
            spaced = False
            continue
        tidy = _SPACES.sub(" ", text)
        tidy = tidy.lstrip() if spaced else tidy
        spaced = tidy.endswith(" ") or spaced and not tidy
        text.replace_with(tidy)


def _entries(dl: Any) -> list[tuple[list[str], list[Any]]]:
    """The list's (terms, definitions) in order, or [] when some term has no definition or some definition no
    term. Terms in a row share the definitions after them; `<div>` groups (HTML5) are looked into."""
    entries: list[tuple[list[str], list[Any]]] = []
    for el in dl.find_all(["dt", "dd"]):
        if el.find_parent("dl") is not dl:
            continue  # a nested list's own: rewritten on its own turn
        if el.name == "dt":
            term = " ".join(el.get_text("").split()).rstrip("¶ ")  # "join(path, *paths)¶": no permalink
            if not term:
                return []
            if entries and not entries[-1][1]:
                entries[-1][0].append(term)
            else:
                entries.append(([term], []))
        elif not entries:
            return []
        else:
            entries[-1][1].append(el)
    return entries if entries and all(definitions for _, definitions in entries) else []
