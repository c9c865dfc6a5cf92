"""List prompts named for the doing their heading names, as raters reworded them ("Name the two tips for writing
reducers well", not "… the text lists under “Writing reducers well”"; such prompts had 5 keep in 24 verdicts). Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under

TIPS = (
    "Keep these two tips in mind:\n\n- Logs must be kept every hour\n- Each entry names the ship that moored\n\n"
    "A pilot writes logs to pass the audit each month. "
)


def test_a_list_under_a_heading_that_names_a_doing_is_named_for_it(tmp_path: Path) -> None:
    (listed,) = said_under(tmp_path, f"{TIPS}{OTHER}", heading="Writing Logs to Pass the Audit")
    assert listed.startswith("Name the two tips for writing logs to pass the audit. =>"), listed


def test_a_heading_that_is_a_doings_name_still_places_the_list(tmp_path: Path) -> None:
    tips = TIPS.replace("two tips", "two logging tips")  # one noun alone names no list (generator 86)
    (listed,) = said_under(tmp_path, f"{tips}{OTHER}", heading="Shooting algorithm")
    assert listed.startswith("Name the two logging tips the text lists under “Shooting algorithm”. =>"), listed
