"""A timeline's headings say when: a section headed "1956: Dartmouth workshop" asks in what year the text dates it,
answered by the heading's date, a period chosen among the text's other headed periods (issue 14: dates that
matter; issue 13: a date in a heading counts)."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from
from tutor.revision.items.record import QuizItem

_BODY = "Researchers met for a summer to discuss thinking machines and coined several lasting terms."


def _timeline(tmp_path: Path, headings: list[str]) -> list[QuizItem]:
    text = "# A history of computing\n\n" + "".join(f"## {h}\n\n{_BODY}\n\n" for h in headings)
    return [it for it in generate_items_from(tmp_path, text) if "the text date" in it.prompt or "give for" in it.prompt]


def test_a_heading_that_opens_with_a_date_asks_when_answered_by_it(tmp_path: Path) -> None:
    items = _timeline(tmp_path, ["1956: Dartmouth workshop", '1974 - 1980: "AI Winter"', "1980s Expert systems"])
    asked = [(it.kind, it.prompt, it.answer, it.key_terms) for it in items]
    assert asked == [
        ("short", "In what year does the text date “Dartmouth workshop”?", "1956", ("1956",)),
        ("short", "Which years does the text give for “AI Winter”?", "1974–1980", ("1974", "1980")),
        ("short", "In what decade does the text date “Expert systems”?", "1980s", ("1980s",)),
    ]
    assert items[0].reading.splitlines()[0] == "1956: Dartmouth workshop"  # the passage shows the date


def test_a_period_is_chosen_among_the_texts_other_headed_periods(tmp_path: Path) -> None:
    periods = ["1956 - 1974: Golden years", "1974 - 1980: AI Winter", "1980 - 1987: Boom", "1987 - 1993: AI Chill"]
    items = _timeline(tmp_path, [*periods, "1950: Turing test"])
    chill = next(it for it in items if "AI Chill" in it.prompt)
    assert chill.kind == "choice" and chill.answer == "1987–1993"
    assert sorted(chill.choices) == ["1956–1974", "1974–1980", "1980–1987", "1987–1993"]  # no lone year among them


def test_a_heading_that_is_only_a_date_tells_something_or_names_a_thing_twice_asks_nothing(tmp_path: Path) -> None:
    headings = [
        "1993 - 2011",
        "2007: Apple launched a phone",
        "Common problems (2011)",
        "2011: Common problems",
        "2013: Common problems",
        "2024 Global DevOps Survey",
        "1950: Machines that think",  # a theme the section describes, no name to date
    ]
    assert _timeline(tmp_path, headings) == []
