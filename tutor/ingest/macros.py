"""Template macros in a text's prose, as MDN's pages write a link or a badge ('{{jsxref("Map")}}',
'{{Glossary("Primitive", "primitive")}}', "{{optional_inline}}"): read as the page shows them. A directive on a line
of its own (mdBook's "{{#include …}}") is no prose at all (`markdown.py`)."""

from __future__ import annotations

import re

MACRO = re.compile(r"(\{\{\s*[A-Za-z_][\w-]*\s*(?:\((?:[^(){}]|\([^(){}]*\))*\))?\s*\}\})")  # split keeps it
_ARGUMENT = re.compile(r"\"([^\"]*)\"|'([^']*)'")


def macros_read(text: str) -> str:
    """Text with each template macro in it read as `macro_text` reads it (a heading's words)."""
    return MACRO.sub(lambda m: macro_text(m.group()), text)


def macro_text(macro: str) -> str:
    """What a template macro shows: its label when it gives one ('{{Glossary("Primitive", "primitive")}}' reads
    "primitive"), else the last part of the page it links ('{{jsxref("Global_Objects/String")}}' reads "String"); a
    badge without arguments ("{{optional_inline}}"), nothing."""
    args = [a or b for a, b in _ARGUMENT.findall(macro)]
    return args[1] if len(args) > 1 and args[1] else args[0].rsplit("/", 1)[-1] if args else ""
