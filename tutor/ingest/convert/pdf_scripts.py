"""Superscripts and subscripts in a PDF: characters set smaller, raised or lowered beside the one before. PDFium
breaks the line at each ("so that x⏎2⏎, x⏎3⏎, etc.", "Again 3x⏎2 − 2x + 1 = 0"), and the reader then took the
script for a line of its own (a lone "2" is a page number's shape) and ran "3x 2 − 2x" together. Here a script goes
back into its line: an exponent as Unicode writes it ("3x²", "10⁻³", "aᵢ"; "^(…)" where Unicode has no such
letters), a note's mark after a word left out ("improvement¹¹³", "Smith¹,²"), an ordinal's letters as letters
("21st"); the rest of the line, which PDFium broke off after the script, joins it again."""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import Any

from tutor import tuning
from tutor.english.dictionary import is_english_word
from tutor.ingest.latex import math_text

_MARK = re.compile(r"[\d,*∗†‡§+#$¶‖]+")  # what a note's mark is made of
_AFFILIATION = re.compile(r"[a-e](?:,[a-e\d*∗†‡§])*")  # … or an affiliation's, after a name
_ORDINAL = re.compile(r"st|nd|rd|th")
_PRIMES = re.compile(r"[′″‴'’]+")
_WORD_END = re.compile(r"([A-Za-z]{2,})$")
_CLOSING = ",.;:)]}!?"  # no space before these
_SCRIPT_CHARS = 4  # a script at a line's end is this many characters at most ("113", "n+1")


@dataclass
class Char:
    size: float
    x: float  # its origin
    y: float  # its baseline
    right: float  # where its box ends


class Glyphs:
    """A page's characters as PDFium places them: every size read once, a character's place when asked."""

    def __init__(self, textpage: Any, count: int) -> None:
        import pypdfium2.raw as raw

        self.textpage = textpage
        self.sizes = [raw.FPDFText_GetFontSize(textpage, i) for i in range(count)]
        self._placed: dict[int, Char] = {}

    def __call__(self, i: int) -> Char:
        if i not in self._placed:
            self._placed[i] = _char(self.textpage, i, self.sizes[i] if i < len(self.sizes) else 0.0)
        return self._placed[i]

    def body(self, text: str, at: list[int]) -> float:
        """The size of the line's own type: its largest letter or digit."""
        return max((self.sizes[i] for c, i in zip(text, at, strict=False) if c.isalnum()), default=0.0)


def joined_scripts(glyphs: Glyphs, segments: list[tuple[str, list[int]]]) -> list[tuple[str, list[int]]]:
    """The lines of a page (text, the index of each character) with every script set back into its line."""
    out: list[tuple[str, list[int]]] = []
    base: Char | None = None  # the last character of the line a script was set into, at the line's baseline
    ratio = tuning.PDF_SCRIPT_SIZE_RATIO
    for text, at in (_inline_scripts(glyphs, text, at) for text, at in segments):
        first = next((k for k, c in enumerate(text) if not c.isspace()), None)
        ends = _last_shown(*out[-1]) if out else None
        if first is None or first >= len(at) or ends is None:
            out.append((text, at))
            base = None
            continue
        own = base.size if base else glyphs.body(*out[-1])
        if base is None and glyphs.sizes[at[first]] > own * ratio and glyphs.sizes[out[-1][1][ends]] > own * ratio:
            out.append((text, at))  # neither this line opens with a script nor the line before ends in one
            continue
        head, last = glyphs(at[first]), glyphs(out[-1][1][ends])
        base = base or _ends_in_script(glyphs, *out[-1])  # "that x 2", the next line going on after the "2"
        ref = base or last  # the line's own type, which a script is told against (not a script before it)
        n = first + sum(1 for _ in _run(glyphs, text[first:], at[first:], head))
        word = text[first:n].isalpha() and text[n : n + 1].isalpha()  # "are" set on two baselines: a word, not "ᵃre"
        if not word and _script_of(head, ref, last):
            shown = _shown(out[-1][0], text[first:n], raised=head.y > ref.y)
            kept = at[first : first + len(shown)] if len(shown) <= n - first else [at[first]] * len(shown)
            line, where, rest = out[-1][0].rstrip(), out[-1][1], text[n:]
            space = " " * (n < len(text) and n < len(at) and _spaced(glyphs, text, at, (n, n), shown or line))
            out[-1] = (line + shown + space + rest, where[: len(line)] + kept + at[n : n + 1] * len(space) + at[n:])
            base = ref
        elif base is not None and _goes_on(head, base, last):
            wide = head.x - last.right > last.size * tuning.PDF_SCRIPT_SPACE_EMS
            space = " " * (wide and not text[:1].isspace() and text[first] not in _CLOSING)
            out[-1] = (out[-1][0] + space + text, out[-1][1] + at[:1] * len(space) + at)  # ", x" after "x²"
        else:
            out.append((text, at))
            base = None
    return out


def _inline_scripts(glyphs: Glyphs, text: str, at: list[int]) -> tuple[str, list[int]]:
    """A line with the scripts PDFium kept inside it ("improvement113in", "x 2 , x 3") read as `_shown` says."""
    body = glyphs.body(text, at)
    small = [
        not c.isspace() and 0 < glyphs.sizes[i] <= body * tuning.PDF_SCRIPT_SIZE_RATIO
        for c, i in zip(text, at, strict=False)
    ]
    if not any(small):
        return text, at
    chars: list[str] = []
    where: list[int] = []
    k = 0
    while k < len(text):
        if k >= len(small) or not small[k] or not "".join(chars).strip():
            chars.append(text[k])
            where.append(at[min(k, len(at) - 1)])
            k += 1
            continue
        end = next((e for e in range(k, len(small)) if not small[e]), len(small))
        keep = len("".join(chars).rstrip())
        last, head = glyphs(where[keep - 1]), glyphs(at[k])
        if not _script_of(head, last, last) or text[k:end].isalpha() and text[end : end + 1].isalpha():
            chars += text[k:end]
            where += at[k:end]
            k = end
            continue
        del chars[keep:], where[keep:]  # the space PDFium put before the script
        shown = _shown("".join(chars), text[k:end], raised=head.y > last.y)
        chars += shown
        where += [at[k]] * len(shown)
        after = next((e for e in range(end, min(len(text), len(at))) if not text[e].isspace()), len(text))
        if after < min(len(text), len(at)) and _spaced(glyphs, text, at, (end, after), shown or "".join(chars)):
            chars.append(" ")
            where.append(at[after])
        k = after
    return "".join(chars), where


def _spaced(glyphs: Glyphs, text: str, at: list[int], gap: tuple[int, int], before: str) -> bool:
    """Whether a space goes after a script: where the text had one (not before a closing mark: "x², y"), or where
    PDFium lost it ("σ²are", "weeks.¹From": the next word set apart, or a sentence's end)."""
    end, after = gap
    if text[after] in _CLOSING:
        return False
    if after > end:
        return True
    wide = glyphs(at[after]).x - glyphs(at[end - 1]).right > glyphs(at[end - 1]).size * tuning.PDF_SCRIPT_SPACE_EMS
    return wide or text[after].isalnum() and before[-1:] in ".;:"


def _script_of(head: Char, ref: Char, last: Char, near: bool = True) -> bool:
    """Set smaller than the line's type (`ref`), raised or lowered by part of its size, right after the line's last
    character (when `near`)."""
    shift = abs(head.y - ref.y)
    small = 0 < head.size <= ref.size * tuning.PDF_SCRIPT_SIZE_RATIO
    near = not near or last.x <= head.x <= last.right + ref.size * tuning.PDF_SCRIPT_GAP_EMS
    return small and near and ref.size * tuning.PDF_SCRIPT_SHIFT[0] <= shift <= ref.size * tuning.PDF_SCRIPT_SHIFT[1]


def _goes_on(head: Char, base: Char, last: Char) -> bool:
    """Back on the baseline of the line a script was set into, right after its last character (not the line of
    another column that shares its baseline)."""
    after = -last.size * tuning.PDF_SCRIPT_GAP_EMS <= head.x - last.right <= last.size * tuning.PDF_SCRIPT_NEXT_EMS
    return abs(head.y - base.y) <= base.size * tuning.PDF_SCRIPT_SHIFT[0] and after


def _run(glyphs: Glyphs, text: str, at: list[int], head: Char) -> Any:
    """The script's characters: set in its size and on its baseline."""
    for c, i in zip(text, at, strict=False):
        ch = glyphs(i)
        if c.isspace() or abs(ch.size - head.size) > 0.5 or abs(ch.y - head.y) > head.size * 0.5:
            return
        yield c


def _shown(line: str, script: str, raised: bool) -> str:
    """What the script reads as after `line`: nothing for a note's mark after a word or a sentence's stop, an
    ordinal's letters as letters, else the script as Unicode writes it."""
    before = line.rstrip()
    word = _WORD_END.search(before.rstrip("”’\"').,;:"))
    named = word is not None and (is_english_word(word.group(1).lower()) or word.group(1)[0].isupper())
    if raised and _MARK.fullmatch(script) and (named or before[-1:] in ".,;:"):
        return ""  # "improvement¹¹³", "languages.²", "(Smith, 2017).⁴", "Karpukhin∗": a note's mark
    if raised and _AFFILIATION.fullmatch(script) and word and word.group(1)[0].isupper() and before[-1:].isalpha():
        return ""  # "Lopatovskaᵃ", "Arapakisᵇ,∗": an author's affiliation
    if raised and (_ORDINAL.fullmatch(script) and line[-1:].isdigit() or _PRIMES.fullmatch(script)):
        return script  # "21ˢᵗ" reads "21st", "y′" as it is
    return math_text(("^{" if raised else "_{") + script + "}")


def _last_shown(text: str, at: list[int]) -> int | None:
    """Where the line's last character that is not a space stands; None for a line of spaces."""
    return next((k for k in range(min(len(text), len(at)) - 1, -1, -1) if not text[k].isspace()), None)


def _ends_in_script(glyphs: Glyphs, text: str, at: list[int]) -> Char | None:
    """The line's last character in its own type, when the line ends in a script set after it; else None."""
    marks = [k for k in range(min(len(text), len(at)) - 1, -1, -1) if not text[k].isspace()][: _SCRIPT_CHARS + 1]
    chars = [glyphs(at[k]) for k in marks]
    own = next((c for c in chars if c.size > chars[0].size / tuning.PDF_SCRIPT_SIZE_RATIO), None)
    return own if chars and own is not None and _script_of(chars[0], own, own, near=False) else None


def _char(textpage: Any, i: int, size: float) -> Char:
    import pypdfium2.raw as raw

    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage, i, ctypes.byref(x), ctypes.byref(y))
    box = [ctypes.c_double() for _ in range(4)]
    raw.FPDFText_GetCharBox(textpage, i, *(ctypes.byref(b) for b in box))
    return Char(size, x.value, y.value, box[1].value)
