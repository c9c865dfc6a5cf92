"""Check an answer against its citations before it is shown: every claim must be quoted from its source."""

from __future__ import annotations

import re
from collections.abc import Sequence

from tutor.records import Citation

_CLAIM = re.compile(r"(.+?) \[(\d+)\](?= |$)")


def claims(answer_text: str) -> list[tuple[str, int]]:
    """(sentence, n) for every sentence followed by its marker, line by line; list bullets dropped."""
    out = []
    for line in answer_text.splitlines():
        line = line[2:] if line.startswith("- ") else line
        out.extend((m.group(1).strip(), int(m.group(2))) for m in _CLAIM.finditer(line))
    return out


def problems(answer_text: str, citations: Sequence[Citation]) -> list[str]:
    """What breaks the contract: a marker without its citation, or a sentence not inside citation n's text."""
    found = []
    by_n = {c.n: c for c in citations}
    if [c.n for c in citations] != list(range(1, len(citations) + 1)):
        found.append("citations are not numbered 1..k in order")
    for sentence, n in claims(answer_text):
        if n not in by_n:
            found.append(f"[{n}] has no citation")
        elif sentence not in by_n[n].text:
            found.append(f"[{n}] does not contain: {sentence[:60]}")
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer_text)}
    if markers - by_n.keys():
        found.append(f"markers without citations: {sorted(markers - by_n.keys())}")
    return found
