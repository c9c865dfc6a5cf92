"""The answer contract of DESIGN.md, checked the same way everywhere."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any


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
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer["answer"])}
    assert markers <= {c["n"] for c in citations}
    if answer["in_scope"]:
        assert citations and markers == {c["n"] for c in citations}
        for line in answer["answer"].splitlines():
            for sentence, n in re.findall(r"(?:^|\] )(?:- )?(.+?) \[(\d+)\]", line):
                cited = citations[int(n) - 1]["text"]
                assert sentence.strip() in cited, (sentence, n)
    else:
        assert not citations
