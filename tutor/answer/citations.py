"""Check an answer against its citations before it is shown: every claim must be quoted from its source."""

from __future__ import annotations

from collections.abc import Sequence

from tutor.records import QUOTED, Citation, Piece


def problems(pieces: Sequence[Piece], citations: Sequence[Citation]) -> list[str]:
    """What breaks the contract: a quoted piece without its citation, or a sentence that does not stand inside
    citation n (its span inside the citation's span, or, for a piece without spans, its words in its text)."""
    found = []
    by_n = {c.n: c for c in citations}
    if [c.n for c in citations] != list(range(1, len(citations) + 1)):
        found.append("citations are not numbered 1..k in order")
    for piece in pieces:
        if piece.kind not in QUOTED:
            continue
        cited = by_n.get(piece.n)
        if cited is None:
            found.append(f"[{piece.n}] has no citation")
        elif piece.spans:
            inside = len(piece.spans) == len(piece.sentences)
            inside = inside and all(cited.start <= a < b <= cited.end for a, b in piece.spans)
            found += [] if inside else [f"[{piece.n}] quotes outside its citation: {piece.sentences[0][:60]}"]
        else:
            found += [f"[{piece.n}] does not contain: {s[:60]}" for s in piece.sentences if s not in cited.text]
    return found
