"""The guided path: section by section, the key points (cited), then two or three check questions.

The learner's position is stored with each answer, so the path resumes where they stopped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from tutor import tuning
from tutor.english.text import word_count
from tutor.revision.items import QuizItem, SectionKey
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
    section: str  # its title
    number: int  # 1-based position of the section on the path
    total: int
    points: tuple[KeyPoint, ...] = ()
    item: QuizItem | None = None
    check: int = 0  # 1-based number of this check question
    checks: int = 0
    source: str = ""  # the section's text


class GuidedPath:
    """The path through the sections of the reviser's bank; a learner's place is kept per scope (the texts the
    bank is limited to), so revising one text does not lose the place in all of them."""

    def __init__(self, reviser: Reviser) -> None:
        self.reviser = reviser
        self.sections = reviser.bank.sections
        self.scope = reviser.bank.scope_key

    # ------------------------------------------------------------ content of a section

    def checks(self, section: SectionKey) -> list[QuizItem]:
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

    def key_points(self, section: SectionKey) -> list[KeyPoint]:
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

    def _place(self, state: PathState) -> SectionKey | None:
        """The section a stored place is at; a place kept before texts were told apart names a title only."""
        if state.source:
            key = SectionKey(state.source, state.section)
            return key if key in self.sections else None
        return next((k for k in self.sections if k.title == state.section), None)

    def _state(self, learner: str) -> tuple[SectionKey | None, PathState]:
        """Where the learner is: (the section, or None when done; the place)."""
        state = self.reviser.store.path_state(learner, self.scope)
        if state is not None and state.stage == "done":
            return None, state
        key = self._place(state) if state is not None else None
        if state is None or key is None:
            return (self.sections[0], _at(self.sections[0])) if self.sections else (None, _DONE)
        return key, state

    def _step(self, key: SectionKey | None, state: PathState) -> Step:
        total = len(self.sections)
        if key is None or state.stage == "done":
            return Step("done", "", total, total)
        number = self.sections.index(key) + 1
        if state.stage == "points":
            points = tuple(self.key_points(key))
            return Step("points", key.title, number, total, points=points, source=key.source)
        checks = self.checks(key)
        pending = [it for it in checks if it.id not in state.asked]
        if not pending:
            return self._step(*self._after(key))
        return Step(
            "question",
            key.title,
            number,
            total,
            item=pending[0],
            check=len(state.asked) + 1,
            checks=len(checks),
            source=key.source,
        )

    def _after(self, key: SectionKey) -> tuple[SectionKey | None, PathState]:
        i = self.sections.index(key)
        return (self.sections[i + 1], _at(self.sections[i + 1])) if i + 1 < len(self.sections) else (None, _DONE)

    def step(self, learner: str) -> Step:
        """Where the learner is: reading a section's key points, answering a check question, or done."""
        return self._step(*self._state(learner))

    def start_checks(self, learner: str) -> Step:
        key, state = self._state(learner)
        if key is not None and state.stage == "points":
            state = _at(key, "check")
            self.reviser.store.set_path_state(learner, state, self.scope)
        return self._step(key, state)

    def answer(self, learner: str, item_id: str, text: str, when: datetime | None = None) -> tuple[Outcome, Step]:
        """Grade a check question and move on, the answer and the new position committed together."""
        key, state = self._state(learner)
        checks = {it.id for it in self.checks(key)} if key is not None and state.stage == "check" else set()
        if key is not None and item_id in checks and item_id not in state.asked:
            asked = (*state.asked, item_id)
            state = _at(key, "check", asked)
            if checks <= set(asked):
                key, state = self._after(key)
        outcome = self.reviser.answer(learner, item_id, text, when, path=state)
        return outcome, self._step(key, state)

    def go_to(self, learner: str, section: SectionKey | None = None) -> Step:
        """Jump to a section's key points (the first one when `section` is None): to start over or skip ahead."""
        target = section or (self.sections[0] if self.sections else None)
        if target is None or target not in self.sections:
            names = ", ".join(f"{k.title} ({k.source})" for k in self.sections)
            raise ValueError(f"no section {target!r} on the path; sections: {names}")
        state = _at(target)
        self.reviser.store.set_path_state(learner, state, self.scope)
        return self._step(target, state)


_DONE = PathState("", "done")


def _at(key: SectionKey, stage: str = "points", asked: tuple[str, ...] = ()) -> PathState:
    return PathState(key.title, stage, asked, key.source)


def _family(item: QuizItem) -> str:
    return {"definition": "free", "short": "free", "cloze": "term", "choice": "term"}.get(item.kind, item.kind)
