"""Generator 115 (Sun Tzu's *The Art of War*, Standard Ebooks' EPUB via `tutor add`, before and after round 140's
raters): a count and its things enumerated in the next sentence ("… five constant factors. These are: (1) …; (2) …")
make a list item named by the count; "X comprises …" and "X signifies …" ask what; a name's characters before its
romanisation, and "thus", "therefore", "then" tying a question to what came before, leave the prompt; an adjective
opening an inverted sentence ("Unhappy is the fate of …") is no term; "a most important element in war" is the
writer's emphasis, asked why; "six several calamities" counts calamities; a title before a name ends no sentence.
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under
from tutor.english.text import sentence_spans
from tutor.revision.items.appraisals import ranks
from tutor.revision.items.enumerated import enumerated


def test_things_enumerated_after_their_count_are_a_list(tmp_path: Path) -> None:
    body = (
        "The art of harbour pilotage, then, is governed by four constant factors, to be weighed before each "
        "crossing. These are: (1) the tide; (2) the wind; (3) the draught of the ship; and (4) the state of the bar."
    )
    said = said_under(tmp_path, f"{body} {OTHER}")
    expected = (
        "Name the four constant factors the art of harbour pilotage is governed by. => the tide; the wind; the "
        "draught of the ship; the state of the bar"
    )
    assert any(s.startswith(expected) for s in said), said
    miscounted = body.replace("four constant factors", "three constant factors")
    assert not any(s.startswith("Name the") for s in said_under(tmp_path, f"{miscounted} {OTHER}"))


def test_an_enumeration_counts_up_from_its_first_number() -> None:
    assert enumerated("(i) the tide; (ii) the wind, and (iii) the bar.") == ["the tide", "the wind", "the bar"]
    assert enumerated("(a) pilots (b) tugs (c) cranes") == ["pilots", "tugs", "cranes"]
    assert enumerated("(2) the wind; (3) the bar.") is None  # not from the first
    assert enumerated("(1) the tide; (3) the bar.") is None  # a number left out
    assert enumerated("the tide (1) and the bar (2).") is None  # numbers after, not before


def test_what_a_thing_comprises_or_signifies_is_asked(tmp_path: Path) -> None:
    comprises = "A harbour district comprises the quays, the warehouses and the pilot station of a port."
    said = said_under(tmp_path, f"{comprises} {OTHER}")
    assert "What does a harbour district comprise? => the quays, the warehouses and the pilot station of a port" in said
    denotes = "A fathom denotes a depth of six feet, measured with a weighted line from the side of a boat."
    said = said_under(tmp_path, f"{denotes} {OTHER}")
    assert any(s.startswith("What does a fathom denote? => a depth of six feet") for s in said), said


def test_a_names_characters_before_its_romanisation_leave_the_item(tmp_path: Path) -> None:
    body = "李筌 Li Chʽüan of the 8th century was a well-known writer on harbour pilotage and its many tactics."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert said and not any("李" in s for s in said), said


def test_a_question_is_not_tied_to_what_came_before(tmp_path: Path) -> None:
    body = "Sun Wu, the harbour master of Wu, was thus a well-seasoned pilot of the northern channels."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert said and not any(" thus " in s.split("=>")[0] for s in said), said


def test_an_adjective_opening_an_inverted_sentence_is_no_term(tmp_path: Path) -> None:
    body = "Unhappy is the fate of one who tries to cross the harbour bar without cultivating the spirit of caution."
    assert not any(s.startswith("What is Unhappy?") for s in said_under(tmp_path, f"{body} {OTHER}"))


def test_a_most_important_thing_is_the_writers_ranking_not_a_class() -> None:
    assert ranks("a most important element in war")  # "What are spies? a most important element in war": no class
    assert ranks("the most important part of a harbour") and not ranks("a most common element of harbour mud")


def test_several_is_no_part_of_a_counted_name(tmp_path: Path) -> None:
    body = "A harbour is exposed to five several dangers at sea:\n\n- Gales\n- Fog\n- Ice\n- Fire\n- Collision\n"
    said = said_under(tmp_path, f"{body}\n{OTHER}", heading="Harbour dangers")
    assert not any("several" in s for s in said), said


def test_a_title_before_a_name_ends_no_sentence() -> None:
    text = "Towards the end of 1908, a new and revised edition of Capt. Calthrop's translation appeared. It sold well."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Towards the end of 1908, a new and revised edition of Capt. Calthrop's translation appeared.",
        "It sold well.",
    ]
