"""FSRS-6 spaced repetition (the `fsrs` package): each item a card, each graded answer a review."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from fsrs import Card, Rating, Scheduler

if TYPE_CHECKING:
    from fsrs.card import CardDict

RATING_NAMES = {"Again": Rating.Again, "Hard": Rating.Hard, "Good": Rating.Good, "Easy": Rating.Easy}


def now_utc() -> datetime:
    return datetime.now(UTC)


def _to_json(card: Card) -> dict[str, Any]:
    return dict(card.to_dict())


def _from_json(card: dict[str, Any]) -> Card:
    # The dict is one that _to_json wrote and the store kept as JSON, so it has CardDict's keys.
    return Card.from_dict(cast("CardDict", card))


class Schedule:
    """Wraps one fsrs.Scheduler; cards travel as JSON dicts so the store never sees fsrs types."""

    def __init__(self, desired_retention: float = 0.9, fuzzing: bool = True) -> None:
        self.scheduler = Scheduler(desired_retention=desired_retention, enable_fuzzing=fuzzing)

    def new_card(self, item_id: str) -> dict[str, Any]:
        card_id = int(hashlib.sha1(item_id.encode()).hexdigest()[:12], 16)
        return _to_json(Card(card_id=card_id))

    def review(
        self, card: dict[str, Any] | None, item_id: str, rating: str, when: datetime | None = None
    ) -> dict[str, Any]:
        """The card after answering with `rating` ("Again", "Hard", "Good", "Easy") at `when`."""
        if rating not in RATING_NAMES:
            raise ValueError(f"rating must be one of {', '.join(RATING_NAMES)}, not {rating!r}")
        current = _from_json(card if card else self.new_card(item_id))
        updated, _log = self.scheduler.review_card(current, RATING_NAMES[rating], review_datetime=when or now_utc())
        return _to_json(updated)

    def retrievability(self, card: dict[str, Any], when: datetime | None = None) -> float:
        """Probability the learner still recalls the item now (1 right after a review, then decaying)."""
        return float(self.scheduler.get_card_retrievability(_from_json(card), when or now_utc()))


def due_of(card: dict[str, Any]) -> datetime:
    return datetime.fromisoformat(card["due"])
