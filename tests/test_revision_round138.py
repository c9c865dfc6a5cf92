"""Generators 113 (round 138: the lecture notes of MIT's *The Missing Semester*): a tool named by a person noun is
asked "What", a term plural by its head "What are", a claim's condition stays in its question, a command glossed by
what it does is asked so, code keeps its dashes; no item says what holds "currently", no series is named by what its
things have or by a label, no list by a singular noun or of statements; a list's name may speak to the learner. Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, said_under


def test_a_tool_named_by_a_person_noun_is_asked_what(tmp_path: Path) -> None:
    body = "Quillpad is a modal editor: it has different operating modes for writing and for reviewing."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What is Quillpad? => a modal editor" in said, said


def test_a_term_plural_by_its_head_is_asked_what_are(tmp_path: Path) -> None:
    body = "Baker's percentages, commonly abbreviated as ratios, is a notation used to write dough recipes by weight."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert any(s.startswith("What are Baker's percentages?") for s in said), said


def test_the_condition_a_claim_holds_under_stays_in_its_question(tmp_path: Path) -> None:
    body = "Harbour pilots receive a list of free moorings when they are assigned to a ship."
    said = said_under(tmp_path, f"{body} {OTHER}")
    assert "What do harbour pilots receive when they are assigned to a ship? => a list of free moorings" in said, said


def test_a_command_glossed_by_what_it_does_is_asked_what_it_does(tmp_path: Path) -> None:
    body = (
        "Some commands take the sail's knots as their objects:\n\n"
        "- `rk'` release the knot at the top of the mast, including the rope around it\n"
        "- `tk[` tighten the knot inside the current pair of brass rings\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}", heading="Knots")
    assert any(s.startswith("In the section “Knots”, what does tk[ do? => tighten the knot") for s in said), said
    assert not any(" do rk' " in s or " do tk[ " in s for s in said), said


def test_code_keeps_its_dashes_and_tex_gets_its_en_dash(tmp_path: Path) -> None:
    code = "Then the `rw-r--r--` are a shorthand notation for the permissions of the harbour log file."
    assert any("rw-r--r--" in s for s in said_under(tmp_path, f"{code} {OTHER}"))
    tex = "The Nadaraya--Watson estimator is a kernel method that weights nearby tide readings by their distance."
    assert any("Nadaraya–Watson" in s for s in said_under(tmp_path, f"{tex} {OTHER}"))


def test_no_item_says_what_holds_currently(tmp_path: Path) -> None:
    now = "Harbour cranes currently rely on diesel engines because the electric grid cannot carry their load."
    assert not any("currently" in s for s in said_under(tmp_path, f"{now} {OTHER}"))
    aside = "Portwatch is a web-based harbour tracking system, which is currently maintained by the Harbour Trust."
    said = said_under(tmp_path, f"{aside} {OTHER}")
    assert "What is Portwatch? => a web-based harbour tracking system" in said, said


def test_a_series_after_of_is_named_only_by_a_class_noun(tmp_path: Path) -> None:
    had = "A good way to learn the particulars of tide tables, mooring knots, and harbour signals is by example."
    assert not any(s.startswith("Fill in") for s in said_under(tmp_path, f"{had} {OTHER}"))
    kinds = "The concepts of buoyancy, displacement, and stability keep a ship upright in rough water."
    said = said_under(tmp_path, f"{kinds} {OTHER}")
    assert any(s.startswith("Fill in the three concepts:") for s in said), said


def test_a_label_before_a_colon_names_no_series(tmp_path: Path) -> None:
    body = "**Harbours:** Raise the flag, sound the horn twice, and wait for the pilot boat."
    assert not any(s.startswith("Fill in the three harbours") for s in said_under(tmp_path, f"{body} {OTHER}"))


def test_a_list_counted_by_a_singular_noun_is_not_named_so(tmp_path: Path) -> None:
    body = (
        "We use the following sequence of moves to bring the ship in:\n\n"
        "- Lower the mainsail\n- Start the engine\n- Throw the bow line\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}", heading="Mooring")
    assert not any(s.startswith("Name the three sequence") for s in said), said


def test_a_list_may_be_named_by_what_the_learner_may_do(tmp_path: Path) -> None:
    body = (
        "Some of the aspects that you may want to check in your harbour include:\n\n"
        "- Tide tables\n- Mooring lines\n- Fuel levels\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}", heading="Harbour Emulators")
    assert any(s.startswith("Name the three aspects that you may want to check in your harbour.") for s in said), said


def test_a_list_of_statements_is_not_asked_by_name(tmp_path: Path) -> None:
    body = (
        "The harbour office keeps three records:\n\n"
        "- The tide log describes every high and low tide\n"
        "- The mooring book contains every ship in port\n"
        "- The pilot roster assigns a pilot to each arrival\n"
    )
    said = said_under(tmp_path, f"{body}\n{OTHER}", heading="Records")
    assert not any(s.startswith("Name the three records") for s in said), said
