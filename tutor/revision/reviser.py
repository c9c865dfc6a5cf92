"""One learner's revision: pick the next item (due first), grade an answer, schedule it, measure mastery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tutor.revision.bank import ItemBank
from tutor.revision.grading import Grade, Grader
from tutor.revision.items import QuizItem, SectionKey
from tutor.revision.scheduling import Schedule, due_of, now_utc
from tutor.revision.store import PathState, ProgressStore, Review, check_name

if TYPE_CHECKING:
    from tutor.index.embedding import Embedder


@dataclass(frozen=True)
class Outcome:
    grade: Grade
    next_due: datetime

    def to_dict(self) -> dict[str, Any]:
        """The contract of `tutor revise --item --answer --json`."""
        return {
            "item": self.grade.item,
            "score": round(self.grade.score, 3),
            "rating": self.grade.rating,
            "feedback": self.grade.feedback,
            "citation": self.grade.citation,
            "next_due": self.next_due.isoformat(timespec="seconds"),
        }


@dataclass(frozen=True)
class SectionMastery:
    source: str  # the section's text: two texts may both have an "Introduction"
    section: str
    items: int
    reviewed: int
    mastery: float  # 0..1: last score of each item times how likely it is still recalled, averaged

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "mastery": round(self.mastery, 3)}


@dataclass(frozen=True)
class Progress:
    learner: str
    sections: tuple[SectionMastery, ...]
    reviews: int
    seen: int
    items: int
    due_now: int
    next_due: datetime | None
    path_section: str | None
    path_source: str | None = None  # the text of `path_section`

    @property
    def mastery(self) -> float:
        total = sum(s.items for s in self.sections)
        return sum(s.mastery * s.items for s in self.sections) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "learner": self.learner,
            "mastery": round(self.mastery, 3),
            "reviews": self.reviews,
            "items_seen": self.seen,
            "items": self.items,
            "due_now": self.due_now,
            "next_due": self.next_due.isoformat(timespec="seconds") if self.next_due else None,
            "path_section": self.path_section,
            "path_source": self.path_source,
            "sections": [s.to_dict() for s in self.sections],
        }


@dataclass(frozen=True)
class NextUp:
    """What a learner answers next, and what to say when it is nothing."""

    item: QuizItem | None
    due: int  # how many items are due now
    next_due: datetime | None  # with no item: when the next review falls (None when nothing is scheduled)


class Reviser:
    def __init__(
        self,
        bank: ItemBank,
        store: ProgressStore | None = None,
        embedder: Embedder | None = None,
        schedule: Schedule | None = None,
        grader: Grader | None = None,
    ) -> None:
        self.bank = bank
        self.store = store or ProgressStore()
        self.schedule = schedule or Schedule()
        self.grader = grader or Grader(embedder)

    # ------------------------------------------------------------ answering

    def answer(
        self, learner: str, item_id: str, text: str, when: datetime | None = None, path: PathState | None = None
    ) -> Outcome:
        """Grade, schedule and commit one answer (with the path position, if any) before returning."""
        learner = check_name(learner)
        item = self.bank.get(item_id)
        when = when or now_utc()
        grade = self.grader.grade(item, text)
        card = self.store.cards(learner).get(item.id)
        card = self.schedule.review(card, item.id, grade.rating, when)
        due = due_of(card)
        review = Review(
            learner,
            item.id,
            item.section,
            when.isoformat(),
            text,
            grade.score,
            grade.rating,
            due.isoformat(),
            item.source,
        )
        self.store.record(review, card, path, self.bank.scope_key)
        return Outcome(grade, due)

    # ------------------------------------------------------------ choosing

    def due_items(self, learner: str, when: datetime | None = None) -> list[QuizItem]:
        when = when or now_utc()
        cards = self.store.cards(check_name(learner))
        due = [(due_of(c), i) for i, c in cards.items() if i in self.bank.by_id and due_of(c) <= when]
        return [self.bank.by_id[i] for _, i in sorted(due)]

    def next_item(
        self, learner: str, when: datetime | None = None, section: SectionKey | None = None
    ) -> QuizItem | None:
        """Due items first (most overdue first), then items never seen in reading order, else None."""
        pool = self.bank.items if section is None else self.bank.in_section(section)
        ids = {it.id for it in pool}
        for item in self.due_items(learner, when):
            if item.id in ids:
                return item
        cards = self.store.cards(check_name(learner))
        for item in pool:
            if item.id not in cards:
                return item
        return None

    def next_up(self, learner: str, due_only: bool = False, when: datetime | None = None) -> NextUp:
        """Due items first (most overdue first); then, unless `due_only`, an item never seen."""
        due = self.due_items(learner, when)
        item = due[0] if due else (None if due_only else self.next_item(learner, when))
        next_due = self.progress(learner, when).next_due if item is None else None
        return NextUp(item, len(due), next_due)

    def item_for_section(
        self, section: SectionKey, learner: str | None = None, when: datetime | None = None
    ) -> QuizItem | None:
        """An item about `section` to check oneself: due or unseen first when a learner is known."""
        items = self.bank.in_section(section)
        if not items:
            return None
        if learner:
            item = self.next_item(learner, when, section)
            if item:
                return item
        return sorted(items, key=_check_priority)[0]

    # ------------------------------------------------------------ progress

    def progress(self, learner: str, when: datetime | None = None) -> Progress:
        learner = check_name(learner)
        when = when or now_utc()
        cards = self.store.cards(learner)
        reviews = self.store.reviews(learner)
        if self.bank.scope:  # revising chosen texts: the answers given on them
            reviews = [r for r in reviews if r.item_id in self.bank.by_id]
        last_score = {r.item_id: r.score for r in reviews}
        sections = []
        for section in self.bank.sections:
            items = self.bank.in_section(section)
            total = 0.0
            reviewed = 0
            for it in items:
                if it.id in cards and it.id in last_score:
                    reviewed += 1
                    total += last_score[it.id] * self.schedule.retrievability(cards[it.id], when)
            mastery = total / len(items) if items else 0.0
            sections.append(SectionMastery(section.source, section.title, len(items), reviewed, mastery))
        live = {i: c for i, c in cards.items() if i in self.bank.by_id}
        dues = sorted(due_of(c) for c in live.values())
        state = self.store.path_state(learner, self.bank.scope_key)
        return Progress(
            learner,
            tuple(sections),
            len(reviews),
            len(live),
            len(self.bank.items),
            sum(1 for d in dues if d <= when),
            dues[0] if dues else None,
            state.section if state else None,
            state.source if state else None,
        )


_KIND_ORDER = {"definition": 0, "list": 1, "short": 2, "choice": 3, "cloze": 4}


def _check_priority(item: QuizItem) -> tuple[int, int]:
    return (_KIND_ORDER.get(item.kind, 9), item.order)
