"""A cited passage as a learner reads it: its sentences' reading views, by paragraph and list element.

A citation's `text` is the exact source (Markdown and all), which the JSON contract keeps; what the
terminal and the web's source pane show are the reading views of the indexed sentences inside its span,
with the quoted ones marked. Without indexed sentences there (an item's own span, a test's citation)
the answer's own quotes of that citation stand in: they are reading views too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tutor.records import QUOTED, Answer, Chunk, Citation, Unit

_NUMBERED = re.compile(r"\s*(\d{1,3})[.)]\s")


@dataclass(frozen=True)
class Line:
    """A paragraph or one list element of a passage."""

    marker: str  # "" for a paragraph, "•" for a list element, its number ("3.") in a numbered list
    block: int  # lines of one list share it; 0 when unknown
    sentences: tuple[tuple[str, bool], ...]  # (reading view, quoted by the answer)

    @property
    def text(self) -> str:
        """The line as plain text, its marker first."""
        body = " ".join(s for s, _ in self.sentences)
        return f"{self.marker} {body}" if self.marker else body


def passage_lines(c: Citation, chunks: Sequence[Chunk] = (), answer: Answer | None = None) -> tuple[Line, ...]:
    """The citation's passage, a line per paragraph or list element, read from the indexed sentences inside
    its span; without any, the answer's own sentences cited [n]."""
    found = _units_inside(c, chunks)
    if not found:
        return _quoted_lines(c, answer)
    lines: list[Line] = []
    group: tuple[int, int] | None = None
    for chunk, u in found:
        sentence = (" ".join(chunk.unit_text(u).split()), _quoted(u, c.highlights))
        if (u.block, u.item) == group:
            last = lines[-1]
            lines[-1] = Line(last.marker, last.block, (*last.sentences, sentence))
            continue
        group = (u.block, u.item)
        lines.append(Line(_marker(chunk, u), u.block, (sentence,)))
    return tuple(lines)


def _units_inside(c: Citation, chunks: Sequence[Chunk]) -> list[tuple[Chunk, Unit]]:
    """Every indexed sentence of the citation's file inside its span, in reading order, each once."""
    seen: dict[tuple[int, int], tuple[Chunk, Unit]] = {}
    for chunk in chunks:
        if chunk.source != c.source or chunk.end <= c.start or chunk.start >= c.end:
            continue
        for u in chunk.units:
            if c.start <= u.start and u.end <= c.end:
                seen.setdefault((u.start, u.end), (chunk, u))
    return [seen[k] for k in sorted(seen)]


def _quoted(u: Unit, highlights: Sequence[tuple[int, int]]) -> bool:
    return any(a < u.end and u.start < b for a, b in highlights)


def _marker(chunk: Chunk, u: Unit) -> str:
    """ "" outside lists; a list element's number when its line in the source opens with one ("3. "), else "•"."""
    if u.item < 0:
        return ""
    at = u.start - chunk.start
    line_start = chunk.text.rfind("\n", 0, at) + 1
    m = _NUMBERED.match(chunk.text[line_start:at] + " ")
    return f"{m.group(1)}." if m else "•"


def _quoted_lines(c: Citation, answer: Answer | None) -> tuple[Line, ...]:
    lines: list[Line] = []
    for p in answer.pieces if answer else ():
        if p.n != c.n or p.kind not in QUOTED:
            continue
        if p.kind == "quote":  # a passage quoted whole, a line per paragraph
            lines.extend(Line("", 0, ((s, True),)) for s in p.sentences if s.strip())
        else:
            lines.append(Line("•" if p.kind == "item" else "", 0, tuple((s, True) for s in p.sentences)))
    return tuple(lines)
