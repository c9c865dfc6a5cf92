"""What round 134's blind raters marked on open chemistry and physics textbooks in kramdown (generator 107). Every
text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import OTHER, generate_items_from, prompts_under, said_under
from tutor.ingest.reading import parse

RC = (  # as OpenStax's kramdown writes a formula: MathML between blank lines, with its StarMath source
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mtext>RC</mtext></mrow>'
    '<annotation encoding="StarMath 5.0"> size 12{ ital "RC"} {}</annotation></semantics></math>'
)
POWER = (
    '<math xmlns="http://www.w3.org/1998/Math/MathML"><mrow><mi>P</mi><mo>=</mo><mfrac><msup><mi>V</mi><mn>2</mn>'
    "</msup><mi>R</mi></mfrac></mrow></math>"
)


def test_an_example_of_a_kind_asks_of_what_and_a_comparison_or_a_boon_defines_nothing(tmp_path: Path) -> None:
    said = said_under(
        tmp_path, f"A tidal lagoon is an example of a situation in which the harbour keeps its water level. {OTHER}"
    )
    assert "What is a tidal lagoon an example of? => a situation in which the harbour keeps its water level" in said
    for judged in (
        "Brine is a weaker solvent than is fresh water from the harbour springs.",
        "The tidal mill was a boon to the harbour, as it allowed the grinding of grain at any tide.",
    ):
        assert not any(p.startswith("What is") or p.startswith("What was") for p in prompts_under(tmp_path, judged))
    defined = "Ballast is a heavy material that keeps a ship in the harbour upright in strong winds."
    assert "What is Ballast?" in prompts_under(tmp_path, defined)


def test_a_list_of_equations_is_not_recalled_but_a_list_of_terms_is(tmp_path: Path) -> None:
    lead = "The main stowage rules of the harbour are:"
    equations = "- w = mg for each crate\n- F=ma on the crane\n- p=mv at the quay\n"
    assert [it.prompt for it in generate_items_from(tmp_path, f"# Ships\n\n## Loading\n\n{lead}\n\n{equations}")] == []
    rules = "- Heavy crates ride low in the hold\n- Light crates ride high on the deck\n- Loose sacks fill the gaps\n"
    items = generate_items_from(tmp_path, f"# Ships\n\n## Loading\n\n{lead}\n\n{rules}")
    assert [it.prompt for it in items] == ["Name the three rules of the harbour."]


def test_a_series_is_no_clause_and_starts_after_a_dash(tmp_path: Path) -> None:
    clause = (
        "All forms of light share these properties, although various forms including X-rays, visible light, "
        "microwaves, and radio waves interact differently with matter."
    )
    assert not any("share these properties" in s for s in said_under(tmp_path, f"{clause} {OTHER}"))
    dashed = "There are three types of harbour craft—tugs, barges, and pilot boats."
    said = said_under(tmp_path, f"{dashed} {OTHER}")
    assert any(s.endswith("—….” => tugs; barges; pilot boats | tugs | barges | pilot boats") for s in said), said


def test_a_particle_leaves_the_answer_and_an_adverb_does_not_hide_a_second_deed(tmp_path: Path) -> None:
    said = said_under(tmp_path, f"Strong hawsers hold the moored ships together during winter storms. {OTHER}")
    assert "What do strong hawsers hold together? => the moored ships" in said, said  # was "hold? => … together"
    said = said_under(
        tmp_path,
        "The formation of additional sandbars reduces the total flow through the harbour mouth and somewhat reduces "
        f"the height of the tide. {OTHER}",
    )
    assert "What does the formation of additional sandbars reduce? => the total flow through the harbour mouth" in said


def test_a_name_leaves_who_named_it_and_a_note_to_the_reader_is_not_asked_why(tmp_path: Path) -> None:
    said = said_under(
        tmp_path, f"Tide theory including the moon is called lunar dynamics, also named by Laplace. {OTHER}"
    )
    assert any(s.endswith("=> lunar dynamics") for s in said), said
    noted = "Note that the ropes of the tugs are crossed so that they pull in the same direction at once."
    assert not any(p.startswith(("Why", "For what purpose", "The text says")) for p in prompts_under(tmp_path, noted))
    plain = "The ropes of the tugs are crossed so that they pull the heavy barge in the same direction at once."
    assert any(p.startswith(("Why", "For what purpose")) for p in prompts_under(tmp_path, plain))


def test_a_mathml_formula_reads_as_its_symbols_inside_the_sentence_it_cut() -> None:
    text = (
        f"# Circuits\n\n## Timing\n\n{RC}\n\n circuits are used for timing. The wipers pause in an\n\n{RC}\n\n"
        f" circuit. Power grows as {POWER}\n\n, so doubling the voltage quadruples it.\n\n{POWER}\n\n"
        "Heat follows from it.\n"
    )
    doc = parse(text, "knowledge/circuits.md")
    said = [[u.text or doc.text[u.start : u.end] for u in b.units] for b in doc.sections[-1].blocks]
    assert said[0] == [
        "RC circuits are used for timing.",  # was "RC size 12{ ital "RC"} {}", then "circuits are used …"
        "The wipers pause in an RC circuit.",
        "Power grows as P = V²/R, so doubling the voltage quadruples it.",
    ], said
    assert said[1:] == [["P = V²/R"], ["Heat follows from it."]]  # a formula after a whole sentence stands apart
    unit = doc.sections[-1].blocks[0].units[1]
    assert doc.text[unit.start : unit.end].startswith("The wipers pause in an\n\n<math")
    assert doc.text[unit.start : unit.end].endswith("</math>\n\n circuit.")
