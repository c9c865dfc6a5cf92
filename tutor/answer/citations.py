"""Check an answer against its citations before it is shown: every claim must be quoted from its source."""

from __future__ import annotations

from collections.abc import Sequence

from tutor.records import QUOTED, Citation, Piece


def problems(pieces: Sequence[Piece], citations: Sequence[Citation]) -> list[str]:
    """What breaks the contract: a quoted piece without its citation, or a sentence not inside citation n's text."""
    found = []
    by_n = {c.n: c for c in citations}
    if [c.n for c in citations] != list(range(1, len(citations) + 1)):
        found.append("citations are not numbered 1..k in order")
    for piece in pieces:
        if piece.kind not in QUOTED:
            continue
        if piece.n not in by_n:
            found.append(f"[{piece.n}] has no citation")
            continue
        found += [f"[{piece.n}] does not contain: {s[:60]}" for s in piece.sentences if s not in by_n[piece.n].text]
    return found
