"""What a cross-reference to a label of the same document reads as, as the book prints it: an equation's number
("{eq}`eq:debt`", ":eqref:`eq_loss`" read "(3)"), a theorem-like statement's kind and number ("{prf:ref}`thm-oe1`"
reads "Theorem 1"), a figure's number ("{numref}`fig-loci`" reads "Fig. 2") and a section's title ("{ref}`mc_eg2`"
reads "Stationary Distributions"); as Quarto writes them, a reference is "@" and the label ("@fig-join-left" reads
"Figure 2", "@eq-debt" "(1)", "@thm-oe" "Theorem 1", "@sec-joins" the section's title).

Numbers count in the document's order, as Sphinx counts on a page: equations that carry a label, each kind of
statement on its own, figures that carry a name. A book that numbers by chapter ("(3.1.2)") prints a prefix a
single file does not hold; a label that is not in the document is read as it is written."""

from __future__ import annotations

import re

# a labelled display equation: MyST's "$$ … $$ (eq:debt)", a math directive's ":label: eq_x", d2lbook's
# ":eqlabel:`eq_x`"
_EQUATION = re.compile(
    r"\$\$[ \t]*\(([^()\s]+)\)[ \t]*$|^[`:]{3,}\{math\}[^\n]*\n(?:[ \t]*:[\w-]+:[^\n]*\n)*?[ \t]*:label:[ \t]*(\S+)"
    r"|:eqlabel:`([^`]+)`",
    re.M,
)
# a theorem-like statement of sphinx-proof ("```{prf:theorem} Title" then ":label: thm-x"), numbered unless its
# options say ":nonumber:"
_STATEMENT = re.compile(r"^[`:]{3,}\{prf:(\w+)\}[^\n]*\n((?:[ \t]*:[\w-]+:[^\n]*\n)*)", re.M)
# a figure, numbered whether or not it is named: MyST's "```{figure} path" with its options (":name: fig-x"), a
# notebook cell's "mystnb:" with "figure:" options ("name: fig-x"), d2lbook's image with ":label:`fig_x`" after it
_FIGURE = re.compile(
    r"^[`:]{3,}\{figure\}[^\n]*\n((?:[ \t]*:[\w-]+:[^\n]*\n)*)"
    r"|^mystnb:[ \t]*\n[ \t]+figure:[ \t]*\n((?:[ \t]{4,}\w+:[^\n]*\n)*)"
    r"|^!\[[^\n]*\]\([^\n]*\)[ \t]*\n:label:`(fig[^`]*)`",
    re.M,
)
_NAME = re.compile(r"^[ \t]*:?name:[ \t]*(\S+)", re.M)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
# "(mc_eg2)=" on the line before what it labels: a section's title when a heading comes next
_MYST_TARGET = re.compile(r"^\(([^()\s]+)\)=[ \t]*\n(?:[ \t]*\n)*#{1,6}[ \t]+(.+?)[ \t#]*$", re.M)
_D2L_LABEL = re.compile(r"[ \t]*\n?:label:`([^`]+)`")  # d2lbook's ":label:`sec_x`" on the line after a heading
_MARKUP = re.compile(r"[*_`]|\{[\w:-]+\}|\s*\{#[^}]*\}")  # emphasis, code marks, a role's name, "{#id}"
_SHOWN = re.compile(r"`([^`<]*?)\s*<[^`<>]*>`")  # a role's shown text before its target
ROLES = ("eq", "eqref", "prf:ref", "ref", "numref")  # the roles whose target is a label of the document
# Quarto's labels, each kind numbered on its own as Quarto prints it: an image's or a div's "{#fig-x}", a code cell's
# "#| label: fig-x", a display equation's "$$ {#eq-x}", a theorem-like div's "::: {#thm-x}"
QUARTO_KINDS = {
    "fig": "Figure",
    "tbl": "Table",
    "eq": "",
    "thm": "Theorem",
    "lem": "Lemma",
    "cor": "Corollary",
    "prp": "Proposition",
    "cnj": "Conjecture",
    "def": "Definition",
    "exm": "Example",
    "exr": "Exercise",
    "sec": "Section",
}
_QUARTO_KIND = "|".join(k for k in QUARTO_KINDS if k != "sec")
_QUARTO_LABEL = re.compile(
    rf"\{{#((?:{_QUARTO_KIND})-[\w-]*\w)[^{{}}\n]*\}}|^[ \t]*#\|[ \t]*label:[ \t]*((?:fig|tbl)-[\w-]*\w)", re.M
)
_QUARTO_SECTION = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*\{#(sec-[\w-]*\w)[^{}\n]*\}[ \t]*$", re.M)


def targets(text: str) -> dict[str, str]:
    """Each label the document defines, with what a reference to it reads as."""
    if "`" not in text and "(" not in text and "{#" not in text and "#|" not in text:
        return {}
    found: dict[str, str] = _quarto(text)
    for n, m in enumerate(_EQUATION.finditer(text), 1):
        found[next(g for g in m.groups() if g)] = f"({n})"
    counts: dict[str, int] = {}
    for m in _STATEMENT.finditer(text):
        kind, options = m.group(1), m.group(2)
        if ":nonumber:" in options:
            continue
        counts[kind] = counts.get(kind, 0) + 1
        label = re.search(r":label:[ \t]*(\S+)", options)
        if label:
            found[label.group(1)] = f"{kind.capitalize()} {counts[kind]}"
    for n, m in enumerate(_FIGURE.finditer(text), 1):
        name = m.group(3) or next((k.group(1) for k in _NAME.finditer(m.group(1) or m.group(2) or "")), "")
        if name:
            found[name] = f"Fig. {n}"
    found.update(_sections(text))
    return found


def _quarto(text: str) -> dict[str, str]:
    """Quarto's labels, numbered in the document's order by kind ("Figure 2", "(1)"); a section's, its title."""
    found: dict[str, str] = {}
    counts: dict[str, int] = {}
    for m in _QUARTO_LABEL.finditer(text):
        label = m.group(1) or m.group(2)
        kind = label.split("-")[0]
        if label not in found:
            counts[kind] = counts.get(kind, 0) + 1
            found[label] = f"{QUARTO_KINDS[kind]} {counts[kind]}" if QUARTO_KINDS[kind] else f"({counts[kind]})"
    for m in _QUARTO_SECTION.finditer(text):
        found.setdefault(m.group(2), _title(m.group(1)))
    return found


def _sections(text: str) -> dict[str, str]:
    """A section's label with its heading's title: MyST's "(label)=" before the heading, d2lbook's ":label:" after."""
    found: dict[str, str] = {}
    for m in _MYST_TARGET.finditer(text):
        found.setdefault(m.group(1), _title(m.group(2)))
    for heading in _HEADING.finditer(text):
        label = _D2L_LABEL.match(text, heading.end() + 1)
        if label:
            found.setdefault(label.group(1), _title(heading.group(1)))
    return found


def _title(written: str) -> str:
    """A heading as it reads: "{index}`Stochastic Matrices <single: Stochastic Matrices>`" reads its shown text."""
    return " ".join(_MARKUP.sub("", _SHOWN.sub(r"\1", written)).split())
