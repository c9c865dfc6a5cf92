"""Generator 86: list prompts raters fixed most are not made, read off rounds 60–119's verdicts (issue 14). Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under

ELEMENTS = "- Heavy crates ride low in the hold\n- Light crates ride high on the deck\n- Loose sacks fill the gaps\n"


def named(tmp_path: Path, lead: str, heading: str = "Loading a ship") -> list[str]:
    return [s.split(" => ")[0] for s in said_under(tmp_path, f"{lead}\n\n{ELEMENTS}", heading) if s.startswith("Name")]


def test_a_list_named_by_one_noun_is_not_asked(tmp_path: Path) -> None:
    assert named(tmp_path, "The main habits are:", "Harbour life") == []  # "… the three habits the text lists …"
    assert named(tmp_path, "The main stowage habits are:", "Harbour life") == ["Name the three main stowage habits."]


def test_a_lead_in_is_never_quoted_as_the_lists_name(tmp_path: Path) -> None:
    lead = "At dawn, when the tide turns, keep the following responsibilities in mind:"
    assert named(tmp_path, lead, "Harbour life") == []  # not "Name the three responsibilities: “At dawn, …”"
    lead = lead.replace("following responsibilities", "following deck duties")
    assert named(tmp_path, lead, "Harbour life") == ["Name the three deck duties the text lists under “Harbour life”."]
    lead = "When joining the crew at dawn, sailors agree to take on the following responsibilities:"
    assert named(tmp_path, lead, "Harbour life") == ["Name the three responsibilities sailors agree to take on."]


def test_a_label_and_its_gloss_make_no_claim_to_ask_why_of(tmp_path: Path) -> None:
    glossed = "Summative tests - used after the voyage to verify whether the crew achieved the stated objectives."
    assert not any(s.startswith("For what purpose") for s in said_under(tmp_path, f"{glossed} {OTHER}"))
    claim = "Summative tests are used after the voyage to verify whether the crew achieved the stated objectives."
    assert any(s.startswith("For what purpose") for s in said_under(tmp_path, f"{claim} {OTHER}"))


def test_a_count_before_the_following_noun_is_not_the_lists(tmp_path: Path) -> None:
    two = "- every chart marks the same rocks\n- this means that no single rock tells the charts apart\n"
    lead = "A tide table compares two distinct harbour charts that are hard to tell apart for the following reason:"
    said = said_under(tmp_path, f"{lead}\n\n{two}", "Harbour life")
    assert not any(s.startswith("Name") for s in said), said  # "the two distinct harbour charts": one reason is listed
    said = said_under(tmp_path, f"A tide table compares two distinct harbour charts:\n\n{two}", "Harbour life")
    assert any(s.startswith("Name the two distinct harbour charts") for s in said), said
