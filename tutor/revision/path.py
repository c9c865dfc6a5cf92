"""The guided path: section by section, the key points (cited), then two or three check questions.

The learner's position is stored with each answer, so the path resumes where they stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from tutor import tuning
from tutor.english.text import word_count
from tutor.revision.items import QuizItem
from tutor.revision.reviser import Outcome, Reviser, _check_priority
from tutor.revision.store import PathState


@dataclass(frozen=True)
class KeyPoint:
    text: str  # what is shown: the sentence, shortened when long
    source: str
    section: str
    start: int
    end: int
    quote: str  # source_text[start:end]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Step:
    kind: Literal["points", "question", "done"]
    section: str
    number: int  # 1-based position of the section on the path
    total: int
    points: tuple[KeyPoint, ...] = ()
    item: QuizItem | None = None
    check: int = 0  # 1-based number of this check question
    checks: int = 0


class GuidedPath:
    def __init__(self, reviser: Reviser) -> None:
        self.reviser = reviser
        self.sections = reviser.bank.sections

    # ------------------------------------------------------------ content of a section

    def checks(self, section: str) -> list[QuizItem]:
        """Two or three items of different kinds and from different sentences."""
        ranked = sorted(self.reviser.bank.in_section(section), key=_check_priority)
        chosen: list[QuizItem] = []
        for distinct_kind in (True, False):
            for it in ranked:
                if len(chosen) >= tuning.PATH_CHECKS:
                    break
                if it in chosen or any(c.start == it.start for c in chosen):
                    continue
                if distinct_kind and any(_family(c) == _family(it) for c in chosen):
                    continue
                chosen.append(it)
        return sorted(chosen, key=lambda it: it.order)

    def key_points(self, section: str) -> list[KeyPoint]:
        items = self.reviser.bank.in_section(section)
        strong = [it for it in items if it.kind in ("definition", "short", "list")]
        spans: dict[tuple[int, int], QuizItem] = {}
        for it in strong + items:
            if not any(a <= it.start < b or it.start <= a < it.end for a, b in spans):
                spans[(it.start, it.end)] = it
            if len(spans) >= tuning.PATH_POINTS:
                break
        out = []
        for (start, end), it in sorted(spans.items()):
            text = it.reading
            if word_count(text) > tuning.PATH_POINT_WORDS and "\n" not in text:
                text = " ".join(text.split()[: tuning.PATH_POINT_WORDS]) + " …"
            out.append(KeyPoint(text, it.source, it.section, start, end, it.text))
        return out

    # ------------------------------------------------------------ moving along

    def _state(self, learner: str) -> PathState:
        state = self.reviser.store.path_state(learner)
        if state is None or (state.section not in self.sections and state.stage != "done"):
            return PathState(self.sections[0], "points") if self.sections else PathState("", "done")
        return state

    def _step(self, state: PathState) -> Step:
        total = len(self.sections)
        if state.stage == "done" or not self.sections:
            return Step("done", "", total, total)
        number = self.sections.index(state.section) + 1
        if state.stage == "points":
            return Step("points", state.section, number, total, points=tuple(self.key_points(state.section)))
        checks = self.checks(state.section)
        pending = [it for it in checks if it.id not in state.asked]
        if not pending:
            return self._step(self._after(state.section))
        return Step(
            "question", state.section, number, total, item=pending[0], check=len(state.asked) + 1, checks=len(checks)
        )

    def _after(self, section: str) -> PathState:
        i = self.sections.index(section)
        return PathState(self.sections[i + 1], "points") if i + 1 < len(self.sections) else PathState("", "done")

    def step(self, learner: str) -> Step:
        """Where the learner is: reading a section's key points, answering a check question, or done."""
        return self._step(self._state(learner))

    def start_checks(self, learner: str) -> Step:
        state = self._state(learner)
        if state.stage == "points":
            state = PathState(state.section, "check")
            self.reviser.store.set_path_state(learner, state)
        return self._step(state)

    def answer(self, learner: str, item_id: str, text: str, when: datetime | None = None) -> tuple[Outcome, Step]:
        """Grade a check question and move on, the answer and the new position committed together."""
        state = self._state(learner)
        checks = {it.id for it in self.checks(state.section)} if state.stage == "check" else set()
        if item_id in checks and item_id not in state.asked:
            asked = (*state.asked, item_id)
            state = PathState(state.section, "check", asked)
            if checks <= set(asked):
                state = self._after(state.section)
        outcome = self.reviser.answer(learner, item_id, text, when, path=state)
        return outcome, self._step(state)

    def go_to(self, learner: str, section: str | None = None) -> Step:
        """Jump to a section's key points (the first one when `section` is None): to start over or skip ahead."""
        target = section or (self.sections[0] if self.sections else "")
        if target not in self.sections:
            raise ValueError(f"no section {target!r} on the path; sections: {', '.join(self.sections)}")
        state = PathState(target, "points")
        self.reviser.store.set_path_state(learner, state)
        return self._step(state)


def _family(item: QuizItem) -> str:
    return {"definition": "free", "short": "free", "cloze": "term", "choice": "term"}.get(item.kind, item.kind)
