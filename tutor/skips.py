"""A stage that cannot use a piece of text skips it and counts what it skipped: text nobody has seen before
(a book, a converted page) must never stop a build with a traceback.

Each stage that works piece by piece (a section's quiz items, a section's FAQ entry) runs the piece through
`Skips.attempt`; what was skipped is reported by `tutor build` and kept in the stage's own file."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger("tutor")


@dataclass(frozen=True)
class Skip:
    stage: str  # "quiz items", "FAQ"
    where: str  # "knowledge/free-culture.txt, section 'CHAPTER ONE: Creators'"
    error: str  # "ValueError: substring not found"

    def __str__(self) -> str:
        return f"{self.stage}: skipped {self.where} ({self.error})"


@dataclass
class Skips:
    stage: str
    skipped: list[Skip] = field(default_factory=list)

    def attempt(self, where: str, work: Callable[[], T], default: T) -> T:
        """`work()`, or `default` when it raises: the piece is skipped and counted, the stage goes on."""
        try:
            return work()
        except Exception as e:  # noqa: BLE001 - the contract: no piece of text stops the stage
            skip = Skip(self.stage, where, f"{type(e).__name__}: {e}"[:300])
            log.warning("%s", skip, exc_info=True)
            self.skipped.append(skip)
            return default

    def summary(self) -> str:
        """One line for the build's output; "" when nothing was skipped."""
        if not self.skipped:
            return ""
        first = self.skipped[0]
        more = f" and {len(self.skipped) - 1} more" if len(self.skipped) > 1 else ""
        return f"{self.stage}: skipped {len(self.skipped)} piece(s) of text: {first.where} ({first.error}){more}"


def where(source: str, section: str) -> str:
    return f"{source}, section {section!r}"
