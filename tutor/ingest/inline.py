"""The reading view of a paragraph's inline tokens: what a learner reads (markup, link targets, a MyST role's name
and hard wraps gone) with, for each character, its exact offset in the file; and its sentences."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tutor.english.text import fold_ligatures, sentence_spans, strip_span
from tutor.ingest.latex import math_text
from tutor.ingest.macros import MACRO, macro_text
from tutor.ingest.mathml import mathml_text
from tutor.ingest.references import QUARTO_KINDS, ROLES
from tutor.records import Unit

if TYPE_CHECKING:
    from collections.abc import Mapping

    from markdown_it.token import Token

# a definition's mark in Markdown Extra and pandoc (":   Collecting, processing … data"), which CommonMark reads as text
_DEFINITION_MARK = re.compile(r"^:[ \t]+")
_SPACES = re.compile(r"\s+")
RUN_IN_LABEL_WORDS = 8  # a bold label that opens a paragraph names its point in a few words
ENTITY_CHARS = 12  # how far a character markdown-it decoded ("&amp;" -> "&") is looked for in the source
# a container's fence line, as VitePress, Docusaurus and MyST write admonitions (":::warning Take care", ":::{note}",
# ":::"), a notebook's cell marker in MyST Markdown ('+++ {"user_expressions": []}'), or a bare role on a line of its
# own, as d2lbook closes a tab (":end_tab:"), or MyST's target before what it labels ("(sec-break)=")
_FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\]")  # a footnote's mark: where its note is, not words to read
_CONTAINER_FENCE = re.compile(r":{3,}\s*(?:[{\w-].*)?|\+{3}(?:\s*\{.*\})?|:[a-z][\w-]*:|\([^()\s]+\)=")
# inline math, as markdown-it's dollarmath plugin reads "$…$" and "$$…$$" inside a paragraph
MATH = ("math_inline", "math_inline_double")
# a role before its inline code, as MyST (Jupyter Book) writes it, "{cite}`sargent2002`", "{ref}`the next section
# <sec>`", or as Sphinx and d2lbook do, ":cite:`Ioffe.2015`", ":numref:`sec_resnet`"
_ROLE = re.compile(r"(?:\{([\w:-]+)\}|(?<![\w:]):([a-z][\w-]*):)$")
# a d2lbook citation key, its authors' surnames and year: "Ioffe.Szegedy.2015", "Yang.Moczulski.Denil.ea.2015"
_KEY = re.compile(r"[A-Z][\w'-]*(?:\.[A-Z][\w'-]*)*(?:\.ea)?\.\d{4}[a-z]?")
_ANCHORS = ("label", "eqlabel")  # ":label:`sec_batch_norm`": where a link lands, no words of the text
# a cross-reference as Quarto writes it, "@fig-join-left", "@sec-joins" (not an address's "@", nor a citation's key)
_ELSEWHERE = {"sec": "another section", "eq": "an equation"}  # a reference to a label no line of the file defines
_QUARTO_REFERENCE = re.compile(rf"(?<![\w@.])(@(?:{'|'.join(QUARTO_KINDS)})-[\w-]*\w)")


# a superscript or subscript in HTML ("<sup>", "</sub>"), of a few characters; an ordinal's letters set raised
_SCRIPT_TAG = re.compile(r"<(/?)(sup|sub)(?:\s[^<>]*)?>", re.I)
_SCRIPT_CHARS = 6
_ORDINAL = re.compile(r"st|nd|rd|th", re.I)

_Out = tuple[list[str], list[int], dict[int, int]]  # a reading view being written: characters, offsets, ends


@dataclass(frozen=True)
class View:
    """The reading view of a paragraph: its characters, each one's offset in the file, and which are link text and
    which inline code."""

    clean: str
    where: list[int]
    linked: list[bool]
    code: list[bool]
    ends: dict[int, int]  # a formula read as one symbol: where its source ends, past its closing delimiter


def aligned(text: str, start: int, end: int, inlines: list[Token], targets: Mapping[str, str] | None = None) -> View:
    """The reading view of these inline tokens and, for each of its characters, its offset in the file; a
    cross-reference to one of the document's `targets` reads as the book prints it ("{eq}`eq:debt`" reads "(3)").

    Each piece of text markdown-it returns is found again in the source, in order, so offsets are exact;
    a piece markdown-it changed (an entity, an escaped character) is matched character by character."""
    labels = targets or {}
    clean: list[str] = []
    where: list[int] = []
    linked: list[bool] = []  # the character is the text of a link
    code: list[bool] = []  # the character is inline code
    ends: dict[int, int] = {}  # see View.ends
    pos = start
    for n, inline in enumerate(inlines):
        cell = any(c.type in ("text", "code_inline") and c.content.strip() for c in inline.children or [])
        if n and cell:  # table cells: one row reads as its cells (the empty ones aside) separated by semicolons
            clean.extend("; ")
            where.extend((pos, pos))
        depth = 0
        line_start = True
        formula = False  # inside a MathML formula, read whole at its opening tag
        children = inline.children or []
        label = _run_in_label(children)
        for k, c in enumerate(children):
            depth += (c.type == "link_open") - (c.type == "link_close")
            if formula or c.type == "html_inline" and c.content.startswith("<math"):  # "<msup><mi>I</mi><mn>2</mn>
                pos = pos if formula else _formula(text, c.content, pos, end, (clean, where, ends))  # </msup>": "I²"
                formula = not (c.type == "html_inline" and c.content.startswith("</math"))
                code.extend([True] * (len(clean) - len(code)))
                continue
            if k == label:  # "**Delivery latency** 95% of tasks …" reads "Delivery latency: 95% of tasks …"
                clean.append(":")
                where.append(max(pos - 1, start))
            if c.type == "link_close":  # what follows a link is looked for after its target, not inside it
                pos = _after_link(text, pos, end)
            if c.type in ("softbreak", "hardbreak"):
                clean.append(" ")
                where.append(pos)
            elif c.type == "kramdown_markup" and (at := text.find(c.markup, pos, end)) >= 0:  # '{: data-type=…}'
                pos = at + len(c.markup)  # passed over, not searched for an entity's characters
            elif c.type == "text" and line_start and _CONTAINER_FENCE.fullmatch(c.content.strip()):
                pass  # ":::tip Prerequisites": markup around a note, not its words
            elif c.type in MATH or _role(children, k) == "math":  # "$\\alpha$", "{math}`\\alpha`" read "α"
                pos = _replaced(text, c.content, math_text(c.content), pos, end, (clean, where, ends))
            elif script := _html_script(children, k, clean):  # "(1 + 0.06)<sup>30</sup>" reads "(1 + 0.06)³⁰"
                pos = _replaced(text, c.content, script, pos, end, (clean, where, ends))
            elif _role(children, k) in ROLES and c.content.strip() in labels:  # "{eq}`eq:debt`" reads "(3)"
                pos = _replaced(text, c.content, labels[c.content.strip()], pos, end, (clean, where, ends))
            elif _cited(c.content, _role(children, k, True)) and not _bracketed_line(children, k):  # "(Ioffe, 2015)"
                cited = _cited(c.content, _role(children, k, True))
                pos = _replaced(text, c.content, cited, pos, end, (clean, where, ends))
            elif c.type in ("text", "code_inline") and c.content:
                pos = _read_text(text, (children, k), line_start, (pos, end), labels, (clean, where, ends))
            line_start = c.type in ("softbreak", "hardbreak")
            code.extend([c.type == "code_inline" or c.type in MATH] * (len(clean) - len(code)))
            linked.extend([depth > 0] * (len(clean) - len(linked)))
        code.extend([False] * (len(clean) - len(code)))
        linked.extend([False] * (len(clean) - len(linked)))
    return View("".join(clean), where, linked, code, ends)


def _read_text(
    text: str,
    at: tuple[list[Token], int],
    line_start: bool,
    bounds: tuple[int, int],
    labels: Mapping[str, str],
    out: _Out,
) -> int:
    """A text or code token's words read into `out`; the position after them."""
    (children, k), (pos, end), (clean, where, _) = at, bounds, out
    piece = _piece(children, k)  # a MyST role's name is markup
    content = _DEFINITION_MARK.sub("", piece) if line_start and children[k].type == "text" else piece
    term = len(clean) > 1 and clean[-1] == " " and clean[-2] not in ".!?:;"  # the line above is no sentence
    if content != piece and term:  # "Node and machine\n:   Used …"
        clean.insert(-1, ":")  # reads "Node and machine: Used …", as a glossary does
        where.insert(-1, text.find(":", pos, end))
    prose = children[k].type == "text"  # code is read as written: "`{{ message }}`" is Vue's, no macro
    for part in _FOOTNOTE_REF.split(content):  # "implicit coercion[^CrockfordCoercion], but …"
        pos = _read_part(text, part, (pos, end), labels, out, prose)
    return pos


def _formula(text: str, opening: str, pos: int, end: int, out: _Out) -> int:
    """A MathML formula from its opening tag to "</math>", read as `mathml_text` reads it (its annotation, the
    formula's source again, left out); the position after it."""
    at = text.find(opening, pos, end)
    close = text.find("</math>", at, end) if at >= 0 else -1
    if close < 0:
        return pos
    source = text[at : close + len("</math>")]
    return _replaced(text, source, mathml_text(source), pos, end, out)


def _html_script(children: list[Token], k: int, clean: list[str]) -> str:
    """A superscript or subscript written in HTML, as Unicode writes it ("S<sub>0</sub>" reads "S₀", "10<sup>6</sup>"
    "10⁶", not "106"); "" when Unicode lacks one of its characters ("v<sub>max</sub>") or it is an ordinal's letters
    ("21<sup>st</sup>" reads "21st")."""
    if not 0 < k < len(children) - 1 or children[k].type != "text" or len(children[k].content) > _SCRIPT_CHARS:
        return ""
    tags = (children[k - 1], children[k + 1])
    opening, closing = (_SCRIPT_TAG.fullmatch(t.content.strip()) if t.type == "html_inline" else None for t in tags)
    if not (opening and closing) or (opening[1], opening[2].lower()) != ("", closing[2].lower()) or not closing[1]:
        return ""  # not "<sup>…</sup>" nor "<sub>…</sub>" round the text
    raised, written = opening[2].lower() == "sup", children[k].content
    if raised and _ORDINAL.fullmatch(written) and clean[-1:] and clean[-1].isdigit():
        return ""
    written = re.sub(r"^[–‒](?=\d)", "-", written)  # "10<sup>–43</sup>": a dash set for the minus, "10⁻⁴³"
    shown = math_text(("^{" if raised else "_{") + written + "}")
    return "" if re.search(r"[_^{}\\\s]", shown) else shown


def _piece(children: list[Token], k: int) -> str:
    """What a text or code piece reads as: a role's name is markup, what it marks reads as its shown text
    ("{ref}`the next section <sec>`": "the next section") or its target ("{cite}`Prais1955`": "Prais1955", which
    stands in its sentence as a name does: "… begins with {cite}`Prais1955`, who applied …")."""
    c = children[k]
    if c.type == "text" and k + 1 < len(children) and children[k + 1].type == "code_inline":
        role = _ROLE.search(c.content)
        before = c.content[: role.start()] if role else c.content
        return before.rstrip() if _unprinted(children, k + 1) else before  # "shows :cite:`Vapnik95`." reads "shows."
    name = _role(children, k)
    if name in _ANCHORS or name and _alone_on_its_line(children, k):
        return ""  # ":label:`sec_norm`", ":begin_tab:`pytorch`" on a line of its own: markup, not words
    if _unprinted(children, k):
        return ""  # "The MDP :cite:`BellmanMDP` is …": d2lbook prints the entry's authors and year, which the key
        # does not hold (an author-year key is read so, `_cited`)
    if name:
        shown = re.fullmatch(r"\s*(.*?)\s*<[^<>]+>\s*", c.content)
        return shown.group(1) if shown else c.content
    return c.content


def _unprinted(children: list[Token], k: int) -> bool:
    """Sphinx's bracketed citation of a key that is no author and year (":cite:`BellmanMDP`")."""
    keys = [key.strip() for key in children[k].content.split(",")]
    return _role(children, k, colons=True) == ":cite:" and not all(_KEY.fullmatch(key) for key in keys)


def _cited(keys: str, role: str) -> str:
    """d2lbook's citation keys as its book prints them: ":cite:" in brackets, "(Scholkopf and Smola, 2002)",
    "(Yang et al., 2015; Ioffe, 2015)"; ":citet:" in the sentence, "first introduced by Fechner (1860)"; "" for keys
    of another kind (see `_piece`)."""
    split = [key.strip() for key in keys.split(",")]
    role = role.strip(":")
    if role not in ("cite", "citet") or not all(_KEY.fullmatch(key) for key in split):
        return ""
    years = [key.rsplit(".", 1)[1] for key in split]
    if role == "citet":
        return " and ".join(f"{_authors(key)} ({year})" for key, year in zip(split, years, strict=True))
    return "(" + "; ".join(f"{_authors(key)}, {year}" for key, year in zip(split, years, strict=True)) + ")"


def _authors(key: str) -> str:
    """ "Scholkopf.Smola.2002" -> "Scholkopf and Smola", "Yang.Moczulski.Denil.ea.2015" -> "Yang et al."."""
    names = key.split(".")[:-1]
    return f"{names[0]} et al." if len(names) > 2 or names[-1] == "ea" else " and ".join(names)


def _role(children: list[Token], k: int, colons: bool = False) -> str:
    """The name of the role that marks inline code ("math" for "{math}`\\alpha`", "cite" for ":cite:`key`", with
    `colons` ":cite:" as Sphinx writes it); "" when none does."""
    c = children[k]
    role = _ROLE.search(children[k - 1].content) if k and children[k - 1].type == "text" else None
    if not role or c.type != "code_inline":
        return ""
    return role.group(1) or (f":{role.group(2)}:" if colons else role.group(2))


def _bracketed_line(children: list[Token], k: int) -> bool:
    """A bracketed citation with its line to itself, after its sentence's stop: markup as ":label:" is (its
    sentence is read without it); a citation in the sentence (":citet:") is read wherever it stands."""
    return _role(children, k) == "cite" and _alone_on_its_line(children, k)


def _alone_on_its_line(children: list[Token], k: int) -> bool:
    """The role at `k` has its line to itself: nothing but its marker before it, a break or the end after it."""
    marker = _ROLE.search(children[k - 1].content)
    before = children[k - 1].content[: marker.start()] if marker else "x"
    opens = not before.strip() and (k < 2 or children[k - 2].type in ("softbreak", "hardbreak"))
    return opens and (k + 1 == len(children) or children[k + 1].type in ("softbreak", "hardbreak"))


# the delimiters around what `_replaced` reads: "$", "`", MathJax's "\\(" and "\\[" (doubled, as Jekyll writes them)
_OPENS = re.compile(r"(?:\\{1,2}[(\[]|[$`])$")
_CLOSES = re.compile(r"\\{1,2}[)\]]|[$`]")


def _replaced(text: str, written: str, shown: str, pos: int, end: int, out: _Out) -> int:
    """`shown` read in place of `written` (math as its symbols): its first character stands for the delimiter
    before the source ("$", "`", "\\("), the others for the one after, so a sentence's span holds the whole of it;
    a one-character reading (":$0$" reads ":0") stands for both, its end recorded in `out`'s ends."""
    clean, where, ends = out
    at = text.find(written, pos, end)
    if at < 0 or not shown:
        return pos
    after = at + len(written)
    opening = _OPENS.search(text, pos, at)
    first = opening.start() if opening else at
    role = _ROLE.search(text, pos, first)  # "{prf:ref}`thm-oe1` says …": the span holds the role's name
    first = role.start() if role else first
    closing = _CLOSES.match(text, after, end)
    last = closing.end() - 1 if closing else after - 1
    clean.extend(shown)
    where.extend([first] + [last] * (len(shown) - 1))
    ends[len(clean) - 1] = last + 1
    return last + 1


def _outside_code(spans: list[tuple[int, int]], view: View) -> list[tuple[int, int]]:
    """Sentence spans joined where a stop inside inline code ended one ("the `myObj?.` usage is …")."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _stop_in_code(out[-1], view):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _stop_in_code(span: tuple[int, int], view: View) -> bool:
    a, k = span[0], span[1] - 1
    while k > a and view.clean[k] in "\"'”’)]":
        k -= 1
    return view.clean[k] in ".!?" and view.code[k]


def _run_in_label(children: list[Token]) -> int:
    """Where a bold label that opens a paragraph closes, when a sentence follows it with no stop between ("**Delivery
    latency** 95% of tasks …", "**Periodic task execution** Currently, …"): a colon goes there; -1 when none."""
    shown = [k for k, c in enumerate(children) if not (c.type == "text" and not c.content)][:4]
    if [children[k].type for k in shown] != ["strong_open", "text", "strong_close", "text"]:
        return -1
    label, after = children[shown[1]].content, children[shown[3]].content
    if not label.strip() or not label.rstrip()[-1].isalnum() or len(label.split()) > RUN_IN_LABEL_WORDS:
        return -1
    return shown[2] if re.match(r"\s+[A-Z0-9]", after) else -1


def _after_link(text: str, pos: int, end: int) -> int:
    """The offset after a link's target ("](url "title")", parentheses balanced) or reference ("][ref]") that
    starts at `pos`; `pos` itself when neither does."""
    if text.startswith("][", pos):
        close = text.find("]", pos + 2, end)
        return close + 1 if close >= 0 else pos
    if not text.startswith("](", pos):
        return pos
    depth = 0
    for i in range(pos + 1, end):
        depth += (text[i] == "(") - (text[i] == ")")
        if depth == 0:
            return i + 1
    return pos


def _read_part(text: str, part: str, bounds: tuple[int, int], labels: Mapping[str, str], out: _Out, prose: bool) -> int:
    """A piece of text, each template macro in its prose read as the page shows it (`macro_text`), each Quarto
    cross-reference as the book prints it ("@fig-join-left" reads "Figure 2"), or as its kind when its label is in
    another file ("@fig-x" reads "Figure", "@sec-joins" "another section")."""
    pos, end = bounds
    for n, piece in enumerate(MACRO.split(part) if prose else [part]):
        if n % 2:
            pos = _replaced(text, piece, macro_text(piece), pos, end, out)
        elif piece:
            pos = _read_references(text, piece, pos, end, labels, out)
    return pos


def _read_references(text: str, part: str, pos: int, end: int, labels: Mapping[str, str], out: _Out) -> int:
    clean, where, _ = out
    for n, piece in enumerate(_QUARTO_REFERENCE.split(part)):
        if n % 2:
            kind = piece[1:].split("-")[0]
            shown = labels.get(piece[1:]) or _ELSEWHERE.get(kind) or QUARTO_KINDS[kind]
            pos = _replaced(text, piece, shown, pos, end, out)
        elif piece:
            pos = _find(text, piece, pos, end, clean, where)
    return pos


def _find(text: str, piece: str, pos: int, end: int, clean: list[str], where: list[int]) -> int:
    at = text.find(piece, pos, end)
    near = 0 <= at - pos <= ENTITY_CHARS  # found where it is: only a piece further on may be the wrong one
    words = [] if near else _SPACES.split(piece)
    if len(words) > 1:  # a code span markdown-it joined across a line ("`key:\nvalue`" reads "key: value")
        pattern = re.compile(r"\s+".join(f"({re.escape(w)})" for w in words))
        joined = pattern.search(text, pos, end if at < 0 else at + len(piece))
        if joined and joined.start() - pos <= ENTITY_CHARS and (at < 0 or joined.start() < at):
            return _aligned_words(joined, piece, clean, where)  # nearer than the piece written on one line further on
    if at >= 0:
        clean.extend(piece)
        where.extend(range(at, at + len(piece)))
        return at + len(piece)
    for ch in piece:  # "&amp;" read as "&", "\*" as "*": the character is near; one that is not is left out
        found = text.find(ch, pos, min(end, pos + ENTITY_CHARS))
        if found >= 0:
            clean.append(ch)
            where.append(found)
            pos = found + 1
    return pos


def _aligned_words(found: re.Match[str], piece: str, clean: list[str], where: list[int]) -> int:
    """`piece` read where `found` matched it word for word, each run of spaces between its words standing for the
    run of white space (a line break) between them in the source."""
    for n, run in enumerate(_SPACES.split(piece)):
        if n:
            gap = found.end(n)
            clean.append(" ")
            where.append(gap)
        clean.extend(run)
        where.extend(range(found.start(n + 1), found.end(n + 1)))
    return found.end()


def read_units(text: str, view: View, block: int, item: int) -> list[Unit]:
    """Sentences of the reading view, each with the exact span of the file it was read from; a sentence whose
    words are all link text ("(source).") says nothing of its own."""
    clean, where, linked = view.clean, view.where, view.linked
    units: list[Unit] = []
    for a, b in _outside_code(sentence_spans(clean), view):
        reading = " ".join(fold_ligatures(clean[a:b]).split())
        if not any(ch.isalnum() and not linked[a + k] for k, ch in enumerate(clean[a:b])):
            continue
        # a table's cell separator stands where the row ends, which may be the end of the file
        last = view.ends.get(b - 1, where[b - 1] + 1)  # a formula read as one symbol ends past its delimiter
        start, end = strip_span(text, min(where[a], len(text)), min(last, len(text)))
        if start < end and (not units or units[-1].end <= start):
            units.append(Unit(start, end, block, item, reading))
    return units
