"""What round 130's blind raters marked on an open psychology textbook in kramdown (generator 102, index format 32).
Every text here is written for the test."""

from __future__ import annotations

from pathlib import Path

from tests.test_revision_key_terms import generate_items_from, prompts_under, said_under
from tutor.ingest.reading import parse


def test_a_heading_right_after_an_html_tag_heads_its_section_and_an_entity_later_loses_no_words() -> None:
    text = (
        "## Sleep\n\nSleep is studied by many.\n\n### Review Questions\n\nWhat is sleep?\n\n"
        '<div data-type="glossary" markdown="1">\n### Glossary\n{: data-type="glossary-title"}\n\n'
        "pons\n: part of the brainstem\n^\n</div>\n"
    )
    doc = parse(text, "knowledge/sleep.md")
    assert [s.title for s in doc.sections] == ["Sleep", "Review Questions", "Glossary"]  # the glossary ran into
    # "Review Questions", whose sentences no item asks
    assert doc.sections[-1].blocks[0].units[0].text == "pons: part of the brainstem"
    text = (  # an attribute list, then an escaped character, then an entity later in the paragraph
        '## Perception\n\nOur perceptions rest on **perceptual hypotheses**{: data-type="term"}\\: educated '
        "guesses that we make. They differ (Goolkasian &amp; Woodbury, 2010).\n"
    )
    units = [u.text for b in parse(text, "knowledge/p.md").sections[0].blocks for u in b.units]
    assert units[0] == "Our perceptions rest on perceptual hypotheses: educated guesses that we make."  # was "eted"


def test_what_a_law_or_principle_says_is_asked_but_not_someones_claim_or_one_theory_of_several(
    tmp_path: Path,
) -> None:
    body = (
        "The principle of closure states that we organize our perceptions into complete objects rather than as a "
        "series of parts."
    )
    assert "What does the principle of closure state?" in prompts_under(tmp_path, body)
    assert "What does the law of demand say?" in prompts_under(
        tmp_path, "The law of demand says that a higher price leads to a lower quantity demanded."
    )
    for claim in (
        "Smith suggests that we organize our perceptions into complete objects rather than as parts.",
        "One evolutionary theory of sleep holds that sleep is essential for restoring the body's resources.",
        "The second model predicts that the new computer and communications technologies will raise pay.",
    ):
        assert not any(p.startswith("What does") for p in prompts_under(tmp_path, claim)), claim


def test_initials_with_a_hyphen_and_another_name_leave_the_prompt_an_ordering_adverb_and_a_comma_the_answer(
    tmp_path: Path,
) -> None:
    said = said_under(
        tmp_path,
        "The idea that information passes through three memory systems is called the Atkinson-Shiffrin (A-S) "
        "model of memory. Pairing a new neutral stimulus with the conditioned stimulus is called higher-order "
        "conditioning, or second-order conditioning.",
    )
    assert any(s.endswith("the _____ model of memory.” => Atkinson-Shiffrin (A-S)") for s in said), said  # was
    # "the _____ (A-S) model": initials with a hyphen
    assert any(s.endswith("is called _____.” => higher-order conditioning (second-order conditioning)") for s in said)
    stages = (
        "In order for a memory to go into storage, it has to pass through three distinct stages: Sensory Memory, "
        "Short-Term Memory, and finally Long-Term Memory."
    )
    said = said_under(tmp_path, stages)
    assert any(s.endswith("| Sensory Memory | Short-Term Memory | Long-Term Memory") for s in said), said
    said = said_under(
        tmp_path,
        "In classical conditioning, the initial period of learning is known as acquisition, when an organism "
        "learns to connect a neutral stimulus and an unconditioned stimulus.",
    )
    assert any(s.endswith("=> acquisition") for s in said), said  # was "acquisition,"


def test_a_doing_is_asked_in_lower_case_and_important_for_asks_what_for(tmp_path: Path) -> None:
    body = "Generalizing refers to the ability to apply the findings of a particular research project to society."
    assert "What does generalizing refer to?" in prompts_under(tmp_path, body)
    body = "The pons is important for regulating rapid eye movement sleep."
    assert "What is the pons important for?" in prompts_under(tmp_path, body)  # was "Why is the pons important?"
    body = "Cyber diplomacy is important to reduce cyber attacks and breaches of data."
    assert "Why is cyber diplomacy important?" in prompts_under(tmp_path, body)


def test_no_ranking_taken_for_a_definition_no_examples_apposition_and_no_frame_of_the_other_clause(
    tmp_path: Path,
) -> None:
    said = said_under(tmp_path, "Fixed interval is the least productive and the easiest to extinguish.")
    assert not any(s.startswith("What is fixed interval?") for s in said), said
    example = "For example, Spirit, a dolphin at the National Aquarium in Baltimore, does a flip when her trainer calls"
    assert not any("Spirit" in p for p in prompts_under(tmp_path, f"{example}."))
    assert "What is Spirit?" in prompts_under(tmp_path, f"{example.removeprefix('For example, ')}.")
    two = (
        "In deductive reasoning, ideas are tested against the empirical world; in inductive reasoning, empirical "
        "observations lead to new ideas."
    )
    assert "What do empirical observations lead to?" in prompts_under(tmp_path, two)  # not "In deductive reasoning, …"


def test_a_summarys_restatement_is_not_asked_again(tmp_path: Path) -> None:
    filler = (
        "Rivers carry water to the sea over many years. Mountains rise slowly as plates collide. Deserts receive "
        "little rain in the summer. Forests cover a third of the land. Glaciers carve valleys as they move. "
        "Volcanoes build islands from lava. Wind shapes dunes along the coast. Lakes freeze in the northern winter."
    )
    text = (
        f"# Sleep\n\n## The brainstem\n\nThe pons is important for regulating rapid eye movement sleep. {filler}\n\n"
        "## Summary\n\nThe brainstem's pons is important for regulating rapid eye movement sleep. Melatonin is a "
        "hormone that the pineal gland releases at night.\n"
    )
    items = generate_items_from(tmp_path, text)
    assert [it.answer for it in items].count("regulating rapid eye movement sleep") == 1, [it.prompt for it in items]
    assert {it.section for it in items} == {"The brainstem", "Summary"}  # a section keeps an item


def test_round131_a_sections_quiz_and_further_research_are_not_asked(tmp_path: Path) -> None:
    body = "Norms are the rules a society lives by, and every society enforces its norms through sanctions of its own."
    for heading in ("Section Quiz", "Further Research", "Critical Thinking Question", "Personal Application Questions"):
        assert prompts_under(tmp_path, body, heading) == [], heading
    assert prompts_under(tmp_path, body, "Norms and sanctions") != []


def test_round131_an_adverb_is_no_verb_and_a_worked_examples_step_no_claim(tmp_path: Path) -> None:
    said = said_under(tmp_path, "Cultural norms accompany even the smallest nonverbal signals between strangers.")
    assert not any("accompany even?" in s for s in said), said
    step = "In response to the higher wage, 1,600 workers look for jobs with the city."
    assert not any(p.endswith("Why?") for p in prompts_under(tmp_path, step))  # "… “1,600 workers look …” Why?"
    stated = "In response to the higher wage, unskilled workers look for jobs with the city."
    assert "In response to what do unskilled workers look for jobs with the city?" in prompts_under(tmp_path, stated)


def test_round131_answers_end_before_another_subjects_clause_and_a_phrase_after_the_last_element(
    tmp_path: Path,
) -> None:
    said = said_under(tmp_path, "A reference group is a group that people compare themselves to, as do most teenagers.")
    assert not any("as do" in s for s in said), said
    listed = "Researchers take several factors such as income, education, and overcrowded housing into consideration."
    said = said_under(tmp_path, listed)
    assert any(s.endswith("| income | education | overcrowded housing") for s in said), said  # not "… into …"


def test_round131_the_other_name_after_the_blank_answers_too_and_a_list_prompt_gives_no_element_away(
    tmp_path: Path,
) -> None:
    said = said_under(
        tmp_path,
        "Pairing a new neutral stimulus with the conditioned stimulus is called higher-order conditioning, or "
        "second-order conditioning.",
    )
    assert said == [
        "Fill in the term: “Pairing a new neutral stimulus with the conditioned stimulus is called _____.” => "
        "higher-order conditioning (second-order conditioning)"  # either name is right
    ]
    stages = (
        "In order for a memory to go into storage (i.e., long-term memory), it has to pass through three distinct "
        "stages: Sensory Memory, Short-Term Memory, and finally Long-Term Memory."
    )
    said = said_under(tmp_path, stages)
    assert said and not any("i.e." in s.split(" => ")[0] for s in said), said


def test_round132_a_place_or_a_things_name_is_no_person_and_a_year_is_offered_beside_near_ones(
    tmp_path: Path,
) -> None:
    from tutor.english.people import people_named

    text = "Many loyalists settled in Nova Scotia. The act angered them. Samuel Adams wrote to Mary Rose Black."
    named = ["Nova Scotia", "Virginia Stamp Act Resolutions", "Samuel Adams", "Mary Rose Black"]
    assert people_named(named, {"act", "stamp", "rose"}, text) == {"Samuel Adams", "Adams", "Mary Rose Black", "Black"}
    years = (
        "# Acts\n\n## Taxes\n\nParliament passed the Stamp Act in 1765 to pay for the troops in America. The Townshend "
        "Acts followed in 1767. The first colonists had landed in 1607. A war with Spain had begun in 1739.\n"
    )
    items = generate_items_from(tmp_path, years)
    dated = [it for it in items if it.answer == "1765"]
    assert dated and all(abs(int(c) - 1765) <= 15 for it in dated for c in it.choices), [it.choices for it in dated]


def test_round132_an_example_is_no_object_to_ask_for(tmp_path: Path) -> None:
    assert prompts_under(tmp_path, "The production of shoes provides a good example.") == []
    said = said_under(tmp_path, "The production of shoes provides a good example of the new system of manufacturing.")
    assert said == ["What does the production of shoes provide? => a good example of the new system of manufacturing"]


def test_round132_a_group_named_by_its_people_is_asked_who(tmp_path: Path) -> None:
    said = said_under(
        tmp_path, "The Sons of Liberty enforced the boycott on British goods in the port cities of the colonies."
    )
    assert said == ["Who enforced the boycott on British goods in the port cities of the colonies? => Sons of Liberty"]
