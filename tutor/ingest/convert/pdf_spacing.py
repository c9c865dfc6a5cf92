"""Words a PDF sets apart with no space character between them: PDFium writes a space where the gap between two
words is wide for the font it reads, and a font whose metrics it misreads loses some ("chunkreplicas",
"networkbandwidth" in one paper, each word after a "k"). Where a run of letters is no English word, a gap inside it
as wide as a good part of a letter's step is a space, when the words it parts are English or names ("tablet
server", "how PageRank"; not "b ecause" of a letter set apart, "Rei l l y" of a name set letter-spaced)."""

from __future__ import annotations

import functools
import re
import statistics

from tutor import tuning
from tutor.english.dictionary import is_english_word
from tutor.english.lexicon import STOPWORDS
from tutor.ingest.convert.pdf_scripts import Glyphs

_RUN = re.compile(r"[A-Za-z]{6,}")  # two words run together: six letters at least


def spaced(glyphs: Glyphs, text: str, at: list[int]) -> tuple[str, list[int]]:
    """The line (its text and each character's index) with a space put where a gap parts two words."""
    cuts: list[int] = []
    wide = tuning.PDF_WORD_GAP_STEPS
    for m in _RUN.finditer(text):
        if m.end() > len(at) or _known(m.group(0)):
            continue
        chars = [glyphs(at[k]) for k in range(m.start(), m.end())]
        steps = [b.x - a.x for a, b in zip(chars, chars[1:], strict=False)]
        step = statistics.median(steps)
        if step <= 0:
            continue
        gaps = [j + 1 for j, (a, b) in enumerate(zip(chars, chars[1:], strict=False)) if b.x - a.right > wide * step]
        words = [m.group(0)[i:j] for i, j in zip([0, *gaps], [*gaps, len(chars)], strict=False)]
        if gaps and all(_known(w) or w[:1].isupper() and len(w) > 2 for w in words):
            cuts += [m.start() + j for j in gaps]
    for k in reversed(cuts):
        text, at = f"{text[:k]} {text[k:]}", [*at[:k], at[k], *at[k:]]
    return text, at


@functools.cache
def _known(word: str) -> bool:
    return word.lower() in STOPWORDS or is_english_word(word.lower())  # "a", "I": stopwords
