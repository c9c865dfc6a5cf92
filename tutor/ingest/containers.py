"""A document's fenced containers: "::: challenge" … ":::" as Pandoc and the Carpentries' lessons write them,
":::{.callout-note}" as Quarto does, ":::{solution}" as MyST does, ":::tip" as Docusaurus and VitePress do, and the
HTML blocks Markdown may hold ('<div data-type="exercise">' … '</div>', as OpenStax's kramdown writes its exercises).
Where each is and the names its opening line gives it, so that what reads a text can tell an exercise from what it
teaches."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r" {0,3}(:{3,})\s*(.*?)\s*")  # a container's opening or closing line
_CODE_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})(.*)")  # a code block's, inside which nothing is a container
_ATTRIBUTES = re.compile(r"\{([^{}]*)\}")  # "{.callout-note}", "{#exr-mean .exercise}", "{solution}"
_NAME = re.compile(r"[A-Za-z][\w-]*")
_DIV = re.compile(r"<div\b([^>]*)>|</div\s*>", re.I)  # an HTML block's opening or closing tag
_DIV_NAMES = re.compile(r"""\b(?:class|data-type)\s*=\s*["']([^"']*)["']""", re.I)


@dataclass(frozen=True)
class Container:
    start: int  # of its opening line
    end: int  # after its closing line, or the end of the text when it is never closed
    names: frozenset[str]  # its class names' words in lower case: "callout-exercise" gives callout, exercise


def containers(text: str) -> tuple[Container, ...]:
    """Every fenced container of the text, nested ones too; a closing line closes the innermost one open."""
    found: list[Container] = []
    opened: list[tuple[int, frozenset[str]]] = []
    divs: list[tuple[int, frozenset[str]]] = []  # HTML blocks open, apart from the fences (each closes its own)
    code = ""  # the fence of the code block the line is in
    pos = 0
    for line in text.splitlines(keepends=True):
        here, pos = pos, pos + len(line)
        body = line.rstrip("\r\n")
        fenced = _CODE_FENCE.fullmatch(body)
        if code:
            closes = fenced and fenced.group(1)[0] == code[0] and len(fenced.group(1)) >= len(code)
            code = "" if closes and fenced and not fenced.group(2).strip() else code
        elif fenced:
            code = fenced.group(1)
        elif fence := _FENCE.fullmatch(body):
            if fence.group(2):
                opened.append((here, _names(fence.group(2))))
            elif opened:
                start, names = opened.pop()
                found.append(Container(start, pos, names))
        elif body.lstrip().startswith("<"):
            found.extend(_html_blocks(body, here, pos, divs))
    found.extend(Container(start, len(text), names) for start, names in opened + divs)
    return tuple(sorted(found, key=lambda c: c.start))


def _html_blocks(line: str, here: int, after: int, divs: list[tuple[int, frozenset[str]]]) -> list[Container]:
    """The HTML blocks a line of them closes, opening (on `divs`) those it opens: '<div data-type="exercise">' is
    named exercise, '<div class="art-connection">' art and connection; a block closed on its own line ('<div
    data-type="title">Art Connection</div>') holds that line."""
    closed: list[Container] = []
    for tag in _DIV.finditer(line):
        if tag.group(1) is not None:
            words = " ".join(_DIV_NAMES.findall(tag.group(1)))
            divs.append((here, frozenset(w.lower() for w in re.split(r"[\s_-]+", words) if w)))
        elif divs:
            start, names = divs.pop()
            closed.append(Container(start, after, names))
    return closed


def _names(opening: str) -> frozenset[str]:
    """ "challenge" → challenge; "{.callout-exercise}" → callout, exercise; "{#exr-1 .exercise}" → exercise;
    "warning Take care" → warning (the rest is its title)."""
    attributes = _ATTRIBUTES.match(opening)
    if attributes:
        classes = [a.lstrip(".") for a in attributes.group(1).split() if not a.startswith("#") and "=" not in a]
    else:
        classes = [m.group(0) for m in [_NAME.match(opening)] if m]
    return frozenset(w.lower() for c in classes for w in re.split(r"[-_]", c) if w)
