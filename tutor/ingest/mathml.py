"""MathML as a line of text, as TeX math is read (`latex.py`): "<msup><mi>I</mi><mn>2</mn></msup>" reads "I²",
"<mfrac><mn>2</mn><mn>3</mn></mfrac>" reads "2/3", and a formula's annotation (its TeX or StarMath source) is left
out. OpenStax writes every formula of its science books so."""

from __future__ import annotations

import re
from xml.etree import ElementTree

from tutor.ingest.latex import math_text

_SPACED = frozenset("= + − - × ± ≈ ≠ ≤ ≥ < > →".split())  # operators read with a space each side
_SKIPPED = frozenset(["annotation", "annotation-xml", "none", "mprescripts"])


def mathml_text(source: str) -> str:
    """The formula's reading; "" when the source is no well-formed MathML."""
    try:
        root = ElementTree.fromstring(source)
    except ElementTree.ParseError:
        return ""
    return re.sub(r"\s+", " ", _read(root)).strip()


def _read(node: ElementTree.Element) -> str:
    tag = node.tag.rsplit("}", 1)[-1]
    parts = [_read(child) for child in node]
    if tag in _SKIPPED:
        return ""
    if tag in ("mi", "mn", "mtext", "ms"):
        return "".join(node.itertext())
    if tag == "mo":
        op = "".join(node.itertext()).strip()
        return f" {op} " if op in _SPACED else op
    if tag == "mspace":
        return " "
    if tag in ("msup", "msub", "msubsup") and len(parts) >= 2:
        marks = {"msup": ("^",), "msub": ("_",), "msubsup": ("_", "^")}[tag]
        return parts[0] + "".join(_script(mark, part) for mark, part in zip(marks, parts[1:], strict=False))
    if tag == "mfrac" and len(parts) == 2:
        return f"{_grouped(parts[0])}/{_grouped(parts[1])}"
    if tag == "msqrt":
        return f"√{_grouped(''.join(parts))}"
    if tag == "mroot" and len(parts) == 2:
        return f"{_script('^', parts[1])}√{_grouped(parts[0])}"
    return "".join(parts)


def _script(mark: str, part: str) -> str:
    """A superscript or subscript as Unicode writes it ("²", "₀"), else with its caret or underscore ("^n+1")."""
    shown = math_text(f"{mark}{{{part.strip()}}}")
    return shown if not re.search(r"[_^{}\\]", shown) else f"{mark}{_grouped(part)}"


def _grouped(part: str) -> str:
    part = part.strip()
    return part if re.fullmatch(r"[\w.]+|\(.*\)", part) else f"({part})"
