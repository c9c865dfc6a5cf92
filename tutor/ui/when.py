"""Dates as both user interfaces show them: local time, to the minute."""

from __future__ import annotations

from datetime import datetime


def local_time(when: datetime | None) -> str:
    """`when` in the learner's time zone, e.g. "2025-03-01 14:05"; "—" for no date."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else "—"
