"""The answer contract of DESIGN.md, checked the same way everywhere."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tutor.citations import problems
from tutor.records import Citation


def check_answer_contract(answer: dict[str, Any], root: Path) -> None:
    """Citations are exact spans of their files, numbered 1..k, and every [n] refers to one of them.

    `root` is the folder that holds the knowledge folder (citation sources are relative to it).
    """
    citations = answer["citations"]
    assert [c["n"] for c in citations] == list(range(1, len(citations) + 1))
    for c in citations:
        text = (root / c["source"]).read_bytes().decode("utf-8")
        assert c["text"] == text[c["start"] : c["end"]]
        for a, b in c.get("highlights", []):
            assert c["start"] <= a < b <= c["end"]
    records = [Citation(**{k: v for k, v in c.items() if k != "highlights"}) for c in citations]
    assert problems(answer["answer"], records) == []
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer["answer"])}
    if answer["in_scope"]:
        assert citations and markers == {c["n"] for c in citations}
    else:
        assert not citations and not markers
