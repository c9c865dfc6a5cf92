"""TeX math as a learner reads it: "$\\alpha$" reads "α", "$k_{t+1}$" "kₜ₊₁", "$\\frac{1}{1-b}$" "1/(1−b)". pylatexenc
turns the macros into Unicode; unicodeit writes short sub- and superscripts as Unicode has them ("₊₁", "ᵗ"); a word
stays a word ("w_area"), and a script Unicode lacks keeps its mark ("p_(T+1)")."""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pylatexenc.latex2text import LatexNodes2Text

# braces TeX writes as "\{" and "\}" are the reader's; pylatexenc's braces of a kept group are markup; a word in a
# script is kept from unicodeit ("w_{area}" reads "w_area", not "wₐᵣₑₐ")
_OPEN, _CLOSE, _SCRIPT = "\ue000", "\ue001", "\ue002"  # private-use characters; TeX holding one is left as written
_WORD_SCRIPT = re.compile(r"([_^])\{([A-Za-z]{3,})\}")
_GROUP = re.compile(r"([_^])\{([^{}]*)\}")
_BRACES = re.compile(r"\{([^{}]*)\}")
_FRACTIONS = re.compile(r"\\[dtc]frac(?![A-Za-z])")  # "\dfrac", "\tfrac": a fraction, displayed or in text size
_TEXT_IN_MATH = re.compile(r"\\(?:mathrm|textrm|text|mathit|textit|operatorname)\s*\{([^{}]*)\}")


def math_text(tex: str) -> str:
    """What inline math reads as; the TeX itself when it cannot be read."""
    return _read(tex.strip())


@lru_cache(maxsize=4096)
def _read(tex: str) -> str:
    import unicodeit

    if any(c in tex for c in (_OPEN, _CLOSE, _SCRIPT)):
        return tex
    source = _TEXT_IN_MATH.sub(r"{\1}", _FRACTIONS.sub(r"\\frac", tex))  # "w_\textrm{age}": the word is the script
    source = re.sub(r"\{\{([^{}]*)\}\}", r"{\1}", source)  # "w_{\mathrm{area}}"
    source = source.replace(r"\{", _OPEN).replace(r"\}", _CLOSE)
    try:
        shown = _converter().latex_to_text(source)
    except Exception:  # noqa: BLE001 - pylatexenc raises its own and Python's errors on TeX it cannot parse
        return tex
    if "%s" in shown and "%s" not in tex:
        return tex  # pylatexenc's template for a macro whose arguments it did not find ("\frac{1")
    shown = unicodeit.replace(_WORD_SCRIPT.sub(lambda m: _SCRIPT + m.group(2), shown))
    shown = _GROUP.sub(lambda m: m.group(1) + (m.group(2) if len(m.group(2)) == 1 else f"({m.group(2)})"), shown)
    shown = _BRACES.sub(r"\1", shown).replace(_OPEN, "{").replace(_CLOSE, "}").replace(_SCRIPT, "_")
    return " ".join(shown.split()) or tex


def _fraction(node: Any, l2tobj: LatexNodes2Text) -> str:
    """ "\\frac{1}{1-b}" reads "1/(1-b)": a numerator or denominator of more than one term in parentheses."""
    terms = [_term(l2tobj.node_arg_to_text(node, k)) for k in (0, 1)]
    return "%s/%s" if "()" in terms else "/".join(terms)  # "\frac{1": pylatexenc's template, which says it is unread


def _term(text: str) -> str:
    text = text.strip()
    text = text[1:-1].strip() if text.startswith("{") and text.endswith("}") else text
    return text if re.fullmatch(r"[\w.]+", text) else f"({text})"


@lru_cache(maxsize=1)
def _converter() -> LatexNodes2Text:
    from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # an unknown macro is read as its name, quietly
    context = get_default_latex_context_db()  # a copy of its own
    # "\\|x\\|" is a norm's bars, which pylatexenc reads as nothing
    macros = [MacroTextSpec("frac", simplify_repl=_fraction), MacroTextSpec("|", simplify_repl="‖")]
    context.add_context_category("tutor", macros=macros, prepend=True)
    return LatexNodes2Text(
        latex_context=context, math_mode="text", strict_latex_spaces="based-on-source", keep_braced_groups=True
    )
